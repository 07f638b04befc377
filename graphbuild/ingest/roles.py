"""Organisations and their roles in a record, coded from the clause that names them.

Known bodies are the gazetteer's; a generic name ("the electoral commission") is the body of
the record's country, or stays unresolved; a name shaped like an organisation's that the
gazetteers lack ("the Electoral Council of X", "Commission électorale nationale autonome du
Bénin") is kept whole, with its bracketed acronym ("National Democratic Institute (NDI)"),
and reported. A body's role (``OrgRole``, the codebook in the README), in this order:

1. *contact*: ``met`` after "met with", "held meetings with", "briefed by", "s'entretenir
   avec"; ``consulted`` after "consulted", "consultations with"; ``mentioned`` in a
   person's former post ("qui a été ... de la Céni"), when thanked, or in a partnership
   still to come ("des partenariats se dessinent avec"). A national electoral body met in
   its own country during an assistance, evaluation or training is the ``counterpart``;
2. a cue just before the name: funder ("financial support of", "thanks to"), host ("hosted
   by", "at the invitation of"), organiser ("organized by", "mission of", "for"; never for
   an electoral body), partner ("jointly with", "in partnership with");
3. the verb after a list of names: "X, Y and Z jointly organized" (organiser), "L'ISIE
   était partenaire" (partner);
4. an electoral body of the record's country: ``counterpart``; any other: ``participant``.

One role per body: a role of the took-part family outweighs a contact, a contact a mere
mention; the publisher is a participant. Electoral bodies of sub-national jurisdictions,
named by their jurisdiction among those represented at a meeting of electoral bodies
("Pays représentés : Bénin, ..., Québec"), are participants.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.context import PageContext
from graphbuild.ingest.date_roles import PAST_EN, PAST_VERB, tells_future
from graphbuild.ingest.layout import CELL_BREAK
from graphbuild.ingest.lexicon import WORDS, alternatives
from graphbuild.ingest.memo import text_memo
from graphbuild.ingest.names import NameHit, fold
from graphbuild.ingest.sentences import Sentence
from graphbuild.ingest.text import has_any
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import ActivityKind, Mention, OrgRole, OrgType, PartyRole


def organizations(
    ex: PageContext, sents: Iterable[Sentence], countries: Sequence[str], kind: ActivityKind
) -> tuple[list[PartyRole], list[Mention]]:
    """The organisations the sentences name, each with its role in a record of this kind
    in these countries, and the names the gazetteers lack (kept whole, with their
    bracketed acronym)."""
    home = ex.home
    sents = list(sents)
    if home is not None and ex.home_tells_of_others and not _home_told(ex, sents):
        home = None  # a thesis's university, a working paper's institute: the narrator
    found: dict[tuple[str, OrgRole], PartyRole] = {}
    if home is not None:
        found[(home.org, OrgRole.PARTICIPANT)] = PartyRole(
            home.org, OrgRole.PARTICIPANT, resolved=home.resolved
        )
    unresolved: list[Mention] = []
    for s in sents:
        hits = ex.hits(s)
        # Names of known bodies and people are not unknown organisations; a country's
        # name may well be part of one ("the Vanuatu Electoral Office").
        covered = _Spans((h.start, h.end) for h in hits if h.category not in ("country", "place"))
        for h in hits:
            if h.category not in ("organization", "generic-organization"):
                continue
            refs = h.refs
            if h.category == "organization" and _defined_otherwise(ex, h.text, refs[0]):
                # an acronym the page spells out for another body ("The Electoral Commission
                # (EC)" on a Ghanaian paper's page: not the European Commission)
                covered.add(h.start, h.end)
                continue
            if h.category == "generic-organization":
                of_country = _of_country(ex, h, hits)
                if of_country is None and _the_publishers_own(ex, h.text, refs):
                    # the publisher's own name, generic, on its own page ("Commission électorale
                    # nationale autonome" over the pages of "CENA"): the publisher, not the
                    # body of that name in the activity's country
                    covered.add(h.start, h.end)
                    continue
                if of_country is not None:
                    # "the Independent Electoral Commission of Botswana": that country's body
                    refs = tuple(r for r in refs if ex.g.organizations[r].country == of_country[0])
                else:
                    narrowed = tuple(
                        r for r in refs if ex.g.organizations[r].country in set(countries)
                    )
                    told = page_body_country(ex, h.text, refs) if len(narrowed) != 1 else None
                    if told is not None:
                        # the country the page names after that name elsewhere: "the
                        # Commission électorale nationale autonome (CENA) of Senegal" / "three
                        # CENA commissioners were welcomed at our offices in Québec City"
                        narrowed = tuple(r for r in refs if ex.g.organizations[r].country == told)
                    refs = narrowed
                if len(refs) != 1:
                    end = of_country[1] if of_country is not None else h.end
                    name = ex.clean[h.start : end] if of_country is not None else h.text
                    name = " ".join(name.split())
                    unresolved.append(Mention(name, "organization", ex.span(h.start, end)))
                    found.setdefault(
                        (name, OrgRole.PARTICIPANT),
                        PartyRole(name, OrgRole.PARTICIPANT, resolved=False),
                    )
                    continue
            org_id = refs[0]
            role = _role(ex, org_id, s, h, countries, kind)
            found.setdefault((org_id, role), PartyRole(org_id, role))
        for a, b, name in _unknown_orgs(s):
            if covered.overlaps(a, b):
                continue
            if len(name.split()) < 2:
                continue
            acronym = _BRACKET_ACRONYM.match(ex.clean, b)
            if acronym is not None and not covered.overlaps(a, acronym.end()):
                b = acronym.end()  # "National Democratic Institute (NDI)": kept whole
                name = f"{name} ({acronym.group('acr')})"
            covered.add(a, b)
            unresolved.append(Mention(name, "organization", ex.span(a, b)))
            role = (
                _contact_role(ex, s, NameHit(a, b, name, "organization", ())) or OrgRole.PARTICIPANT
            )
            found.setdefault((name, role), PartyRole(name, role, resolved=False))
        for a, b, name in _cued_acronyms(ex, s):
            if covered.overlaps(a, b):
                continue
            covered.add(a, b)
            unresolved.append(Mention(name, "organization", ex.span(a, b)))
            role = (
                _contact_role(ex, s, NameHit(a, b, name, "organization", ())) or OrgRole.PARTICIPANT
            )
            found.setdefault((name, role), PartyRole(name, role, resolved=False))
    # One role per organisation when it has a specific one; DGEQ stays a participant.
    by_org: dict[str, list[PartyRole]] = {}
    for p in found.values():
        by_org.setdefault(p.org, []).append(p)
    out: list[PartyRole] = []
    for org, parties in by_org.items():
        specific = [p for p in parties if p.role is not OrgRole.PARTICIPANT]
        if any(p.role.took_part for p in specific):
            # a body that took part somewhere in the text is no mere contact
            specific = [p for p in specific if p.role.took_part]
        elif any(p.role is not OrgRole.MENTIONED for p in specific):
            specific = [p for p in specific if p.role is not OrgRole.MENTIONED][:1]
        elif len(specific) < len(parties):
            specific = []  # named plainly elsewhere: more than a mention
        else:
            specific = specific[:1]
        if any(p.role is OrgRole.COUNTERPART for p in specific):
            specific = [p for p in specific if p.role is not OrgRole.PARTNER]
        plain = [p for p in parties if p.role is OrgRole.PARTICIPANT] or parties
        out.extend(specific if specific and org != ex.home_id else plain[:1])
    return _with_principals(ex, out), unresolved


def _home_told(ex: PageContext, sents: Sequence[Sentence]) -> bool:
    """Whether the sentences tell the publisher's part: its name or a part of it ("Griffith
    University", "NORDEM" for "University of Oslo (... / NORDEM)"); not the first person, an
    author's ("Nos propres séjours de terrain", "que nous avons pu consulter")."""
    assert ex.home is not None
    names = [
        part.strip()
        for part in re.split(r"[()/,;–—]", ex.page.meta.publisher or "")
        if len(part.strip()) >= 3
    ]
    for s in sents:
        if any(ex.home.org in h.refs for h in ex.hits(s)):
            return True
        lower = s.text.lower()
        if any(name.lower() in lower for name in names):
            return True
    return False


def _cued_acronyms(ex: PageContext, s: Sentence) -> list[tuple[int, int, str]]:
    """Acronyms the gazetteers do not know that the sentence gives as a body's: after what
    only a body is ("General Assembly of A-WEB", "organisé par l'ECONEC", "with the support
    of the AAEA"); not the publisher's own. Offsets in the page's clean text."""
    if not has_any(s.text, _ACRONYM_CUE_WORDS):
        return []
    own = set(ex.home.org.split()) if ex.home is not None and not ex.home.resolved else set()
    out = []
    for m in _CUED_ACRONYM.finditer(s.text):
        name = m.group("acronym")
        if name in own or name.rstrip("-").isdigit():
            continue
        out.append((s.start + m.start("acronym"), s.start + m.end("acronym"), name))
    return out


_ACRONYM_CUE_WORDS = (
    "Assembly",
    "Assemblée",
    "by",
    "par",
    "with",
    "avec",
    "invitation",
    "appui",
    "soutien",
    "concours",
    "égide",
    "auspices",
)
_CUED_ACRONYM = compile_pattern(
    r"(?:\bGeneral Assembly of|\bAssemblée générale|"
    r"\b(?:organi[sz]ed|hosted|convened|sponsored|funded|supported|facilitated) by|"
    r"\b(?:organisée?s?|accueillie?s?|convoquée?s?|financée?s?|soutenue?s?|appuyée?s?|"
    r"facilitée?s?) par|"
    r"\bin (?:partnership|cooperation|collaboration) with|\bjointly with|"
    r"\ben (?:partenariat|collaboration|coopération) avec|"
    r"\bat the invitation of|\bà l['’]invitation|\bwith the (?:support|assistance) of|"
    r"\bavec l['’]appui|\bavec le (?:soutien|concours)|\bsous l['’]égide|"
    r"\bunder the auspices of|\bsous les auspices)"
    r"\s*(?:of\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+)?"
    r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
    r"(?P<acronym>[A-Z](?:[A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})?|-[A-Z0-9]{2,6}))(?![\w’'-])"
)


def _defined_otherwise(ex: PageContext, text: str, org_id: str) -> bool:
    """Whether the page spells out the acronym ``text`` (a gazetteer body's) as the name of
    another body: "The Electoral Commission (EC)" where EC is the European Commission's."""
    if not (text.isupper() and 2 <= len(text) <= 8):
        return False
    defined = ex.acronym_memo.get(text)
    if defined is None:
        m = re.search(
            r"((?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:of|for|de|du|des|la|le|the)\s+)?){1,8})\("
            + re.escape(text)
            + r"\)",
            ex.clean,
        )
        defined = " ".join(m.group(1).split()) if m else ""
        ex.acronym_memo[text] = defined
    if not defined:
        return False
    org = ex.g.organizations[org_id]
    names = {n.casefold() for n in (org.name_en, org.name_fr, *org.aliases) if n}
    spelled = defined.casefold()
    return not any(spelled.endswith(n) or n.endswith(spelled) for n in names)


def _the_publishers_own(ex: PageContext, text: str, refs: Sequence[str]) -> bool:
    """Whether a generic name is the name of the page's publisher, one the gazetteers do not
    tell apart ("CENA", its bodies' acronym, or the name itself)."""
    home = ex.home
    if home is None or home.resolved:
        return False
    own = fold(home.org)
    return fold(text) == own or (
        bool(refs) and all(fold(ex.g.organizations[r].acronym or "") == own for r in refs)
    )


# What joins a body's generic name to its country: "of", "of the", "du", "de la", "d'".
_OF = compile_pattern(r"\s+(?:of(?:\s+the)?|du|de\s+la|de\s+l['’]|des|de|d['’])\s*", re.IGNORECASE)


_BRACKETS_AFTER = compile_pattern(r"\s*\([^()\n]{1,80}\)")


def page_body_country(ex: PageContext, form: str, refs: tuple[str, ...]) -> str | None:
    """The one country the page names right after a name several bodies share, written as
    ``form`` or with ``form`` in brackets after it ("the Commission électorale nationale
    autonome (CENA) of Senegal", "CENA du Sénégal"), wherever it does; or None."""
    key = (form, *refs)
    if key not in ex.body_country_memo:
        hits = ex.page_hits()
        told = set()
        for h in hits:
            bracket = _BRACKETS_AFTER.match(ex.clean, h.end)
            spelled = bracket is not None and bracket.group(0).strip(" \n()") == form
            if h.category == "organization" and spelled and h.refs[0] in refs:
                # (a body's own full name, the shared one in brackets after it: "Togo's
                # Independent National Electoral Commission (CENI)")
                told.add(ex.g.organizations[h.refs[0]].country)
                continue
            if h.category != "generic-organization" or not set(h.refs) & set(refs):
                continue
            if (h.text == form or spelled) and (of := _of_country(ex, h, hits)) is not None:
                told.add(of[0])
            elif (h.text == form or spelled) and (owner := _country_owning(ex, h, hits)):
                told.add(owner)
        ex.body_country_memo[key] = told.pop() if len(told) == 1 else None
    return ex.body_country_memo[key]


_POSSESSIVE = compile_pattern(r"['’]s\s+(?:own\s+)?")


def _country_owning(ex: PageContext, h: NameHit, hits: Sequence[NameHit]) -> str | None:
    """The country (alpha-3) a generic name of a body is told as owned by, right before it
    ("Benin's Autonomous National Electoral Commission", "Togo's CENI"), if one is."""
    for other in hits:
        if (
            other.category == "country"
            and other.end < h.start
            and _POSSESSIVE.fullmatch(ex.clean, other.end, h.start)
        ):
            return other.refs[0]
    return None


def _of_country(ex: PageContext, h: NameHit, hits: Sequence[NameHit]) -> tuple[str, int] | None:
    """The country (alpha-3) a generic name of a body is followed by ("Independent Electoral
    Commission of Botswana", "la Commission électorale nationale du Ghana") and where the
    name ends with it; None when no country follows."""
    joint = _OF.match(ex.clean, h.end)
    if joint is None:
        # (its name in full in brackets first: "la CEI (Commission électorale indépendante)
        # de Côte d'Ivoire")
        bracket = _BRACKETS_AFTER.match(ex.clean, h.end)
        joint = _OF.match(ex.clean, bracket.end()) if bracket is not None else None
    if joint is None:
        return None
    for other in hits:
        if other.start == joint.end() and other.category == "country":
            return other.refs[0], other.end
    return None


def _with_principals(ex: PageContext, parties: list[PartyRole]) -> list[PartyRole]:
    """The parties, and the body each one taking part acts for (the gazetteer's
    ``acts_for``: ODIHR for the OSCE) when the text does not name it: in the same role."""
    took_part = {p.org for p in parties if p.role.took_part}
    principals: dict[str, OrgRole] = {}
    for p in parties:
        org = ex.g.organizations.get(p.org)
        if org is not None and org.acts_for is not None and p.role.took_part:
            principals.setdefault(org.acts_for, p.role)
    principals = {o: r for o, r in principals.items() if o not in took_part}
    if not principals:
        return parties
    # (named only as a contact, "OSCE participating States": it took part all the same)
    out = [p for p in parties if p.org not in principals]
    return out + [PartyRole(org, role) for org, role in principals.items()]


def _role(
    ex: PageContext,
    org_id: str,
    s: Sentence,
    h: NameHit,
    countries: Sequence[str],
    kind: ActivityKind,
) -> OrgRole:
    """The role of the known body ``org_id``, named at ``h`` in ``s``."""
    if org_id == ex.home_id:
        return OrgRole.PARTICIPANT
    org = ex.g.organizations[org_id]
    contact = _contact_role(ex, s, h)
    if contact is not None:
        if (
            contact is not OrgRole.MENTIONED
            and org.type is OrgType.ELECTORAL_MANAGEMENT_BODY
            and org.country in set(countries)
            and kind in _WORKED_FOR_KINDS
        ):
            return OrgRole.COUNTERPART  # the body an assistance was carried out with
        return contact
    before = fold(ex.clean[max(s.start, h.start - 120) : h.start])
    cue = _cue_role(before)
    if cue is not None and not (
        cue is OrgRole.ORGANISER and org.type is OrgType.ELECTORAL_MANAGEMENT_BODY
    ):
        return cue
    # "X, Y and Z jointly organized ...": names, commas and brackets up to the verb.
    rest = _BRACKETED.sub(" ", _names_masked_after(ex, s, h.end))
    for found in itertools.islice(_TOKEN.finditer(rest), 60):
        token = found.group()
        if token in (",", "and", "et", "the", "la") or token[:1].isupper():
            continue
        if token in ("organized", "organised", "held", "hosted", "jointly", "also"):
            if token not in ("jointly", "also"):
                return OrgRole.ORGANISER
            continue
        if token == "presented" and _PRESENTED_A.search(rest):
            return OrgRole.ORGANISER
        if _PARTNER_AFTER.match(rest, found.start()):
            return OrgRole.PARTNER  # "L'ISIE était partenaire de la rencontre"
        break
    if org.type is OrgType.ELECTORAL_MANAGEMENT_BODY and org.country in set(countries):
        return OrgRole.COUNTERPART
    return OrgRole.PARTICIPANT


_ROLE_CUES: list[tuple[OrgRole, re.Pattern[str]]] = [
    (
        OrgRole.FUNDER,
        compile_pattern(
            r"(?:financial (?:support|contribution)|financing|funded by|funding|thanks to|"
            # (not past a nearer cue of another role: "a conference on party funding
            # organised by the Council of Europe")
            r"agreement with|contribution from)\b"
            r"(?:(?!organi[sz]ed by|hosted by|led by|convened by)[^.;]){0,90}$",
            re.IGNORECASE,
        ),
    ),
    (
        OrgRole.HOST,
        compile_pattern(
            r"(?:hosted by|head offices? of|received at|welcomed by|invitation of)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        OrgRole.ORGANISER,
        compile_pattern(
            r"(?:organi[sz]ed by|led (?:jointly )?by|sent by|sponsored by|offered by|dispatched by|"
            r"coordinated by|presented by|convened by|delegation of|mission of|missions of|"
            r"organis\w* par|dirig\w* par|men\w* par|"
            r"(?:mission|programme|delegation)\s+(?:[\w'-]+\s+){0,4}?(?:de|pour)\s+(?:la\s+|le\s+|l')?|"
            r"program of|programme of|mission for|missions for|for|under|by|"
            r"(?:mission|program\w*|delegation)\s+(?:[\w-]+\s+){1,4}?(?:of|for))\s+(?:the\s+)?"
            r"(?:(?:International|OIF|IOF|fact-finding|networking|and)\s+){0,3}$",
            re.IGNORECASE,
        ),
    ),
    (
        OrgRole.PARTNER,
        compile_pattern(
            r"(?:with|jointly with|partnership with|conjunction with|co-?sponsored by|between)"
            r"\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    ),
]

# Words one of which each cue but the organiser's needs (matched case-insensitively).
_CUE_WORDS: dict[OrgRole, tuple[str, ...]] = {
    OrgRole.FUNDER: (
        "financ",
        "funded by",
        "funding",
        "thanks to",
        "agreement with",
        "contribution from",
    ),
    OrgRole.HOST: ("hosted by", "head office", "received at", "welcomed by", "invitation of"),
    OrgRole.PARTNER: ("with", "sponsored by", "between"),
}

# The organiser's cue ends with a word ending so ("organized by", "mission of", "for"), then
# only words of these.
_ORGANISER_WORD_ENDS = ("by", "of", "for", "under", "par", "de", "pour")

_ORGANISER_TAIL = frozenset(
    ["the", "international", "oif", "iof", "fact-finding", "networking", "and", "la", "le", "l'"]
)


def _cue_start(role: OrgRole, lower: str) -> int | None:
    """Where, at the earliest, the cue of ``role`` may start in a text whose ASCII lower
    case is ``lower``; None when it cannot match (a quick test: only its search tells)."""
    if role is not OrgRole.ORGANISER:
        return 0 if has_any(lower, _CUE_WORDS[role]) else None
    words = lower.split()
    last = len(words) - 1  # the word ending the cue proper: "by", "of", "pour", ...
    while last >= 0 and words[last] in _ORGANISER_TAIL:
        last -= 1
    if last < 0 or not words[last].endswith(_ORGANISER_WORD_ENDS):
        return None
    # The cue proper is six words at most ("mission ... de", four words between): it
    # starts after what comes before them.
    first = max(0, last - 5)
    return len(lower.rsplit(None, len(words) - first)[0]) if first else 0


@text_memo
def _cue_role(before: str) -> OrgRole | None:
    """The role the first cue matching the end of ``before`` gives, if any."""
    # On ASCII text, ignoring case is ASCII case folding: ``str.lower`` tests it.
    lower = before.lower() if before.isascii() else None
    for role, pattern in _ROLE_CUES:
        start = 0 if lower is None else _cue_start(role, lower)
        if start is not None and pattern.search(before, start):
            return role
    return None


_BRACKETED = compile_pattern(r"\([^)]*\)")

_TOKEN = compile_pattern(r"[\w'’-]+|[^\w\s]")

_PRESENTED_A = compile_pattern(r"presented\s+(?:a|an)\b")

_PARTNER_AFTER = compile_pattern(
    r"(?:était|étaient|est|sont|was|were|is|are|a été|ont été)\s+(?:(?:le|la|les|un|une|a|the|"
    r"main|principal\w*)\s+)?(?:partenaires?|partners?|co-?organisat\w+|co-?organi[sz]ers?)\b",
    re.IGNORECASE,
)

_WORKED_FOR_KINDS = frozenset(
    [ActivityKind.TECHNICAL_ASSISTANCE, ActivityKind.EVALUATION, ActivityKind.TRAINING]
)


class _Spans:
    """Spans of a text that do not overlap, kept sorted: whether a new one overlaps any is a
    binary search (a sentence may hold tens of thousands of names)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in sorted(spans):
            if not self.overlaps(a, b):
                self.add(a, b)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self._starts, b) - 1  # the last span starting before b
        return k >= 0 and self._ends[k] > a

    def add(self, a: int, b: int) -> None:
        k = bisect.bisect_left(self._starts, a)
        self._starts.insert(k, a)
        self._ends.insert(k, b)


def _contact_role(ex: PageContext, s: Sentence, h: NameHit) -> OrgRole | None:
    """``met``, ``consulted`` or ``mentioned`` when the clause naming the body tells only
    a contact: named after "met with", "held meetings with", "s'entretenir avec",
    "briefed by"; in a person's former post ("qui a été ... de la Céni"); thanked; or
    in a sentence about the future ("des partenariats se dessinent avec")."""
    before = ex.clean[max(s.start, h.start - 120) : h.start]
    if _PAST_POST.search(before) or _THANKED.search(before) or _REPORTED_BY.search(before):
        return OrgRole.MENTIONED
    if _RECALLED.match(s.text):
        # a sentence told as a reminder of standing facts: "Rappelons qu'Élections Québec
        # assure le secrétariat général du RECEF depuis 2011"
        return OrgRole.MENTIONED
    future, meetings, stops = _contact_cues(ex, s)
    if future:
        return OrgRole.MENTIONED  # "A delegation from Nigeria's INEC is expected in early 2017"
    k = bisect.bisect_right([m[0] for m in meetings], h.start) - 1
    if k < 0:
        return None
    start, end, consulted = meetings[k]
    if end > h.start:
        return None
    if bisect.bisect_left(stops, end) < bisect.bisect_left(stops, h.start):
        return None  # a ";" closes the clause of the meeting
    if _TOOK_PART_IN.search(ex.clean[max(s.start, start - 60) : start]):
        return None  # "participated in various working meetings ... with the OIF": worked with
    return OrgRole.CONSULTED if consulted else OrgRole.MET


def _told_future(s: Sentence) -> bool:
    """Whether a sentence tells only of what is to come (a future or planning word, no past
    tense but that of the words reporting it): the bodies it names have not taken part."""
    # (an English past in "-ed" too: "NEC leadership, USAID and IFES met in Monrovia for a
    # review that identified 27 lessons for the next cycle")
    said = _REPORTING.sub(" ", s.text)
    return (
        tells_future(s.text)
        and not PAST_VERB.search(said)
        # (not a passive to come: "is expected to be presented in Washington")
        and not any(
            not _TO_BE_BEFORE.search(said, 0, m.start()) and not _DECIDED.fullmatch(m.group(0))
            for m in PAST_EN.finditer(said)
        )
    )


# A past of deciding what is to come: "The Board approved the participation of one member of
# staff in a peer exchange ... in November".
_DECIDED = compile_pattern(
    r"(?:approv|agre|decid|authori[sz]|endors|request|confirm|announc|invit|recommend)ed",
    re.IGNORECASE,
)


# The words of a passive to come, before its participle: "to be ", "will be ".
_TO_BE_BEFORE = compile_pattern(
    r"\b(?:to|will|shall|would|could|may|might|can|should|must)\s+(?:not\s+)?be\s+$",
    re.IGNORECASE,
)


# The words reporting what someone said will come, in the past: "Il a également annoncé
# que", "ont fait part de leur intention de", "announced that".
_REPORTING = compile_pattern(
    r"\b(?:a|ont|avait|avaient)\s+(?:également\s+|aussi\s+|par ailleurs\s+)?(?:annoncé|indiqué|"
    r"déclaré|précisé|affirmé|fait savoir|fait part)\b|"
    r"\b(?:has|have|had)?\s*(?:announced|indicated|stated|declared|said)\b",
    re.IGNORECASE,
)


def _contact_cues(
    ex: PageContext, s: Sentence
) -> tuple[bool, list[tuple[int, int, bool]], list[int]]:
    """A sentence's contact cues, found once: whether it speaks of partnerships to come or
    only of the future, its meeting words (page offsets, and whether it is a consultation),
    its semicolons."""
    key = (s.start, s.end)
    cached = ex.contact_memo.get(key)
    if cached is None:
        meetings = [
            (m.start() + s.start, m.end() + s.start, m.group(0).lower().startswith("consult"))
            for m in _MEETING.finditer(s.text)
        ]
        stops = [i + s.start for i, ch in enumerate(s.text) if ch == ";"]
        cached = (bool(_FUTURE.search(s.text)) or _told_future(s), meetings, stops)
        ex.contact_memo[key] = cached
    return cached


# Contact, not partnership (see :func:`_contact_role`).
_MEETING = compile_pattern(
    # (not the French verb: "met à la disposition de l'OIF", "met en place", "met l'accent")
    r"\b(?:met(?!\s+(?:à|au|aux|en|sur|l['’]accent)\b)|meet|meets|meeting with|"
    r"meetings\b[^.;]{0,40}?\bwith|talked with|talks with|"
    r"briefed by|consulted|consultations? with|discussions? with|interviews? with|"
    # the verb, not the noun ("la rencontre" is the meeting itself)
    r"rencontr(?:é|ée|és|ées|er|ons|ent|ait|aient|era|eront)|s['’]entret\w*|"
    r"s['’](?:est|sont) entretenu\w*|entretiens? avec|"
    r"se sont entretenu\w*|ont consulté|"
    # (an audience: "presented their draft plans to representatives of ... the UNDP")
    r"presented\b[^.;]{0,60}?\bto\s+(?:the\s+)?representatives\s+of|"
    r"présenté\w*\b[^.;]{0,60}?\baux\s+représentants\s+d|"
    r"consulté)\b",
    re.IGNORECASE,
)

_PAST_POST = compile_pattern(
    r"(?:\bqui (?:a été|était|fut|a occupé|avait été)|\bex-|\bancien(?:ne)?s?\b|\bformer\b|"
    r"\bwho (?:was|had been|served as))[^.;()]{0,80}$",
    re.IGNORECASE,
)

# A body named as the source of what is reported: "According to the results made public
# ... by the Independent National Electoral Commission".
_REPORTED_BY = compile_pattern(r"\b(?:according to|selon|d['’]après)\b[^.;]{0,100}$", re.IGNORECASE)
# A sentence opening as a reminder: "Rappelons que", "Pour rappel,", "Il convient de
# rappeler que", "As a reminder,", "It should be recalled that".
_RECALLED = compile_pattern(
    r"\W*(?:rappelons\s+qu|pour\s+rappel\b|il\s+(?:convient|faut)\s+de\s+rappeler|"
    r"(?:à|a)\s+titre\s+de\s+rappel|as\s+a\s+reminder\b|it\s+should\s+be\s+recalled|"
    r"(?:it\s+is\s+)?worth\s+recalling|recall(?:ing)?\s+that)",
    re.IGNORECASE,
)
# Taking part in meetings is working with: "he participated in various working meetings".
_TOOK_PART_IN = compile_pattern(
    r"\b(?:participated in|took part in|attended|a participé à|ont participé à|a pris part à|"
    r"ont pris part à)\b[^.;]{0,50}$",
    re.IGNORECASE,
)
_THANKED = compile_pattern(
    # ("thanks to the support of": a funder, not thanks)
    r"\b(?:thank(?:ed|ing| you)?|thanks(?! to)|grateful to|gratitude to|remerci\w*|"
    r"hommage|tribute|salu[ée]\w*)\b[^.;]{0,80}$",
    re.IGNORECASE,
)

# Partnerships still to come: "des partenariats se dessinent avec ...", "future cooperation".
_FUTURE = compile_pattern(
    r"\b(?:partenariats?|partnerships?|coopération|cooperation|collaborations?)\b[^.;]{0,80}"
    r"\b(?:se dessinent|à venir|prochaines? années?|envisag\w*|planned|prévue?s?|will)\b"
    r"|\b(?:future|futur(?:e|s)?|prochaines? années?|à venir)\b[^.;]{0,60}"
    r"\b(?:partenariats?|partnerships?|coopération|cooperation)\b",
    re.IGNORECASE,
)


def _names_masked_after(ex: PageContext, s: Sentence, start: int) -> str:
    """The sentence from ``start`` on, with the names there written as X's."""
    clean = ex.clean
    pieces: list[str] = []
    pos = start
    for other in ex.hits(s):  # in order, without overlaps
        if other.start >= start:
            pieces += (clean[pos : other.start], "X" * (other.end - other.start))
            pos = other.end
    pieces.append(clean[pos : s.end])
    return "".join(pieces)


def _unknown_orgs(s: Sentence) -> list[tuple[int, int, str]]:
    """Names shaped like organisations' ("the Electoral Council of X"), as page offsets
    and stripped text, by start (longest first)."""
    return [(a + s.start, b + s.start, name) for a, b, name in unknown_org_names(s.text)]


_ORG_HEAD = (
    r"Commission|Council|Association|Network|Office|Ministry|Department|Centre|Center|"
    r"Foundation|Institute|Agency|Court|Union|Organization|Organisation|Bureau|Tribunal|"
    r"Delegation|Authority|Authorities|School|Confederation|Parliament|Secretariat|League|"
    r"Community|Chancellery"
)

# (a day after a name is no part of it: "Jordan's Independent Election Commission on April 5")
_NO_DAY_NEXT = rf"(?!(?i:{alternatives([*WORDS.months, *WORDS.weekdays])})\b)"

_UNKNOWN_ORG = compile_pattern(
    # (not across "and the" between two bodies: "the Junta Central Electoral of the Dominican
    # Republic and the Electoral Commission of South Africa")
    r"(?<![\w'’-])(?:[A-Z][\w'’-]{1,40}\s+(?:(?:of|for|on|de|des|du|pour)\s+"
    r"(?:the\s+|la\s+|l')?|and\s+(?!the\b))?){0,6}"
    r"(?:"
    + _ORG_HEAD
    + r")\b(?:\s+(?:of|for|on|de|du|des)\s+(?:the\s+)?"
    + _NO_DAY_NEXT
    + r"[A-Z][\w'’-]{1,40}"
    r"(?:\s+[A-Z][\w'’-]{1,40}){0,4}"
    # "... for Democratic Institutions and Human Rights": the whole name
    r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]{1,40}(?:\s+[A-Z][\w'’-]{1,40}){0,3})?"
    # "Office of the Electoral Commissioner of Samoa": a second "of", or a third
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]{1,40}(?:\s+[A-Z][\w'’-]{1,40}){0,2}){0,2})?"
)

# Small words a name does not end with ("Commission permanente sur la femme et").
_ORG_NAME_TAIL = compile_pattern(
    r"(?:\s+(?:et|and|de|du|des|la|le|les|pour|sur|of|for|on|the|à|au|aux|en)|\s+[ld]['’])+$"
)

# Articles and determiners before a generic head noun: "La Commission", "The Commission".
_ARTICLES = frozenset(["la", "le", "les", "l'", "l’", "the", "this", "our", "notre", "cette"])

# Words no organisation's name holds: "Réseau remercie les autorités", "Réseau depuis ...".
_NOT_IN_NAMES = frozenset(
    [
        "que",
        "qui",
        "depuis",
        "remercie",
        "remercient",
        "salue",
        "félicite",
        "lors",
        "dont",
        "pendant",
        "durant",
        "tient",
        "organise",
        "annonce",
        "accueille",
        "au plus tard",
        "plus",
        "tard",
        "rappelle",
        "rappellent",
        "souligne",
        "précise",
        "indique",
        "leur",
        "leurs",
    ]
)
_NOT_NAME_WORDS = frozenset(
    [
        "y",
        "a",
        "ont",
        "est",
        "sont",
        "été",
        "était",
        "qui",
        "que",
        "se",
        "s",
        "il",
        "elle",
        "ils",
        "elles",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
    ]
)

# An acronym in brackets right after a name: "(NDI)", "(BIDDH)".
_BRACKET_ACRONYM = compile_pattern(r"\s*\((?P<acr>[A-ZÀ-Ý][A-Za-zÀ-ÿ&-]{1,11})\)")

# French names put the head noun first: "Commission électorale nationale autonome du Bénin".
_ORG_HEAD_FR = (
    r"Commission|Conseil|Cour|Instance|Haute Autorité|Agence|Bureau|Direction|"
    r"Délégation|Ministère|Organisation|Réseau|Centre|Institut|Fondation|Association|"
    r"Assemblée nationale|Tribunal|Observatoire|Chancellerie"
)

_UNKNOWN_ORG_FR = compile_pattern(
    r"(?<![\w'’-])(?:" + _ORG_HEAD_FR + r")"
    r"(?:\s+(?!de\b|du\b|des\b|d')[a-zà-ÿ][\w'’-]{0,40}){1,5}"
    r"(?:\s+(?:du|de la|de l'|des|de|d')\s*[A-ZÀ-Ý][\w'’-]{0,40}(?:\s+[A-ZÀ-Ý][\w'’-]{0,40}){0,3})?"
)

# A French name whose head goes on with its members: "Ligue des États arabes", "Communauté
# des États sahélo-sahariens" (an adjective after them, if any, in lower case).
_UNKNOWN_ORG_FR_OF = compile_pattern(
    r"(?<![\w'’-])(?:Ligue|Communauté|Organisation|Conférence|Réseau|Association|Union|Forum)"
    r"\s+(?:des|du|de la|de l['’])\s*[A-ZÀ-Ý][\w'’-]{1,40}"
    r"(?P<adjectives>(?:\s+[a-zà-ÿ][\w'’-]{1,40}){0,2})"
)

# The object of an English verb, first words after it: "a", "the", "two".
_ENGLISH_OBJECT = compile_pattern(r"(?:a|an|the|its|their|his|her|two|three|four|five|\d+)\b")

# Adjectives of peoples and groups of states: "arabes", "africains", "unies".
_PEOPLE_ADJECTIVE = compile_pattern(r"[a-zà-ÿ-]*(?:abes?|ains?|aines?|ois|oises?|unies?)")

# A French adjective after an organisation's head noun: "électorale", "nationale",
# "permanente", "supérieure", "indépendant".
_FRENCH_ADJECTIVE = compile_pattern(
    r"[a-zà-ÿ'’-]*(?:[àâçéèêëîïôûùü][a-zà-ÿ'’-]*|ales?|aux|antes?|entes?|aires?|iques?|ère|ères|"
    r"ée|ées|iennes?|aises?|elles?|el|iels?|ives?|ifs?|ant|ent|ien|ais|eur|eure|eures|eurs)"
)

# Words one of which each pattern needs, as written (the patterns heed case).
_ORG_HEAD_WORDS = tuple(_ORG_HEAD.split("|"))

_ORG_HEAD_FR_WORDS = tuple(_ORG_HEAD_FR.split("|"))

_ORG_HEAD_FR_OF_WORDS = (
    "Ligue",
    "Communauté",
    "Organisation",
    "Conférence",
    "Réseau",
    "Union",
    "Forum",
    "Association",
)


# Words naming a body's premises, not a body: "Siège de la Commission", "Hôtel de ville".
_PREMISES = frozenset(
    ["siège", "headquarters", "hôtel", "hotel", "bureaux", "offices", "locaux", "premises"]
)


@text_memo
def unknown_org_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """Names shaped like organisations' in a text: offsets and stripped name, by start
    (longest first)."""
    candidates: list[re.Match[str]] = []
    if has_any(text, _ORG_HEAD_WORDS):
        candidates.extend(_UNKNOWN_ORG.finditer(text))
    if has_any(text, _ORG_HEAD_FR_WORDS):
        # (a French name's head goes on with a French adjective: "Commission électorale
        # nationale", not "Commission advisers support", "Commission in Wellington")
        # (nor an English verb shaped like one, its object after it: "Commission sent a
        # delegation", "Commission spent two weeks")
        candidates.extend(
            m
            for m in _UNKNOWN_ORG_FR.finditer(text)
            if _FRENCH_ADJECTIVE.fullmatch(
                m.group(0).split()[1] if len(m.group(0).split()) > 1 else ""
            )
            and not _ENGLISH_OBJECT.match(
                m.group(0).split(None, 2)[2] if m.group(0).count(" ") >= 2 else ""
            )
        )
    if has_any(text, _ORG_HEAD_FR_OF_WORDS):
        for m in _UNKNOWN_ORG_FR_OF.finditer(text):
            # (the name ends before a word that is no adjective: "Union des Comores organise")
            end = m.start("adjectives")
            for word in re.finditer(r"\s+(\S+)", m.group("adjectives")):
                if not (
                    _FRENCH_ADJECTIVE.fullmatch(word.group(1))
                    or _PEOPLE_ADJECTIVE.fullmatch(word.group(1))
                ):
                    break
                end = m.start("adjectives") + word.end()
            shorter = _UNKNOWN_ORG_FR_OF.match(text[:end], m.start())
            if shorter is not None:
                candidates.append(shorter)
    out = []
    for m in sorted(candidates, key=lambda m: (m.start(), -m.end())):
        name = _ORG_NAME_TAIL.sub("", m.group(0).strip())
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        cells = CELL_BREAK.split(name)
        if len(cells) > 1:
            # a name stops at a table's column break ("... of Maldives<TAB>Third National
            # Council Elections"): the cell that holds the body's head noun
            at = 0
            for cell in cells:
                found = name.index(cell, at)
                if has_any(cell, _ORG_HEAD_WORDS) or has_any(cell, _ORG_HEAD_FR_WORDS):
                    name, start = _ORG_NAME_TAIL.sub("", cell.strip()), start + found
                    break
                at = found + len(cell)
        verbs = list(_TITLE_VERB.finditer(name))
        verb = verbs[-1] if verbs else None
        if verb is not None:  # a title's verb: "KPU Welcomes Delegation of the ...": after it
            name, start = name[verb.end() :], start + verb.end()
        lead = _EVENT_LEAD.match(name)
        if lead is not None:  # "Visit of the Electoral Commission of Ghana": the body
            name, start = name[lead.end() :], start + lead.end()
        sent = _DELEGATION_OF.match(name)
        if sent is not None and _BODY_HEAD.search(name, sent.end()):
            # "Delegation of the Election Commission of Thailand": the commission (not "the
            # Delegation of the European Union", a body itself)
            name, start = name[sent.end() :], start + sent.end()
        words = name.split()
        if not words:
            continue
        if (len(words) <= 2 and words[0].lower() in _ARTICLES) or (
            lead is not None and len(words) == 1 and _BODY_HEAD.fullmatch(words[0])
        ):
            # "La Commission rappelle ...", "The Commission", "The Chairperson of the
            # Commission": a body named generically
            continue
        if words[0].lower() in _PREMISES:
            continue  # "Siège de la Commission", "Headquarters of the Commission": a place
        if len(words) > 1 and (
            words[1].lower() in _NOT_NAME_WORDS or any(w.lower() in _NOT_IN_NAMES for w in words)
        ):
            continue  # "Réseau y ont été dépêchés", "Réseau depuis sa création": sentences
        clause = next(
            (i for i, w in enumerate(words) if i >= 2 and _CLAUSE_WORD.fullmatch(w)), None
        )
        if clause is not None:
            # the name stops where a clause goes on after it: "Commission politique s'est
            # réunie", "Commission électorale nationale autonome a reçu"
            name = " ".join(name.split(None, clause)[:clause])
        out.append((start, start + len(name), name))
    return tuple(out)


# A word that goes on with a clause, not a name: a verb's pronoun or auxiliary ("s'est",
# "n'a", "qu'elle", "a", "ont", "est", "was").
_CLAUSE_WORD = compile_pattern(
    r"(?:s|n|qu|j|m|t)['’][\w-]+|a|ont|est|sont|était|étaient|qui|que|se|y|was|were|is|are|"
    r"has|have|had"
)

_DELEGATION_OF = compile_pattern(
    r"(?:delegations?|délégations?)\s+(?:of|from|de la|de l['’]|du|de|des)\s*(?:the\s+)?",
    re.IGNORECASE,
)
_BODY_HEAD = compile_pattern(
    r"\b(?:Commission|Council|Board|Tribunal|Court|Office|Authority|Institute)\b"
)

# A headline's verb, in title case: no organisation's name holds one ("KPU Welcomes
# Delegation of the Election Commission of Thailand").
_TITLE_VERB = compile_pattern(
    r"\b(?:Welcomes|Receives|Hosts|Visits|Joins|Meets|Opens|Closes|Signs|Launches|Holds|"
    r"Trains|Supports|Sends|Completes|Concludes|Deploys|Observes|Attends|Accueille|Reçoit)\s+"
)

# The event a title names before the body it names: "Visit of the ", "Mission de la ".
_EVENT_LEAD = compile_pattern(
    # (a count first: "Two Commissioners of the National Electoral Commission")
    r"(?:(?:\w+|\d+)\s+)?"
    r"(?:visits?|visite|missions?|meeting|réunion|workshop|atelier|seminar|séminaire|"
    r"conference|conférence|training|formation|reception|réception|welcome|accueil|"
    # the people of a body: "Staff of the Tonga Electoral Commission"
    r"staff|team|members|officials|officers|membres|agents|cadres|commissioners|"
    r"commissaires|experts|representatives|représentants|delegates|délégués|"
    # its officers: "The Chairperson of the Commission", "Le Président de la CENI"
    r"chair(?:person|man|woman)?|president|présidente?|vice-présidente?|vice-president|"
    r"secretary[- ]general|secrétaire général(?:e)?|director(?:[- ]general)?|"
    r"directeur(?:[- ]général)?|directrice(?:[- ]générale)?)\s+"
    r"(?:of|by|from|with|to|for|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?",
    re.IGNORECASE,
)


def represented_bodies(ex: PageContext, sents: Sequence[Sentence]) -> list[str]:
    """Electoral bodies of sub-national jurisdictions named by their jurisdiction in a
    list of those represented at a meeting of electoral bodies ("Pays représentés :
    Bénin, ..., Québec, ..."; "délégués ... venus du Gabon ... du Québec"): the one body
    of the gazetteer named after that jurisdiction ("... des élections du Québec")."""
    if not jurisdictions(ex) or not any(_EMB_WORDS.search(s.text) for s in sents):
        return []
    out: list[str] = []
    for s in sents:
        if not _REPRESENTED.search(s.text):
            continue
        for name, org in jurisdictions(ex).items():
            if org not in out and re.search(rf"\b{re.escape(name)}\b(?!\s+City)", s.text):
                out.append(org)
    return out


_REPRESENTED = compile_pattern(
    r"\b(?:représentée?s|represented|venue?s? (?:du|de|des|d['’])|delegates? from|"
    r"representatives? (?:from|of)|délégués? (?:du|de|des)|y ont (?:pris part|participé)|"
    # "des représentants du Bénin, ...", "représentant les administrations électorales de",
    # "Ont pris part à l'atelier une trentaine de responsables des organismes électoraux du"
    r"représentants? (?:du|de|des|d['’]|les)|responsables (?:du|de|des|d['’])|"
    r"ont (?:pris part|participé)|took part|participants? from|"
    # "Ils provenaient du Bénin, ..., du Québec", "came from"
    r"provena\w+ (?:du|de|des|d['’])|originaires? (?:du|de|des|d['’])|came from|coming from|"
    r"(?:pays|états)(?: et gouvernements)? suivants|following (?:countries|states))",
    re.IGNORECASE,
)

_EMB_WORDS = compile_pattern(
    r"\b(?:organismes? (?:électora\w+|chargés des (?:scrutins|élections)|de gestion des "
    r"élections|membres)|administrations? électorales?|commissions? électorales?|OGE|"
    r"electoral (?:management )?bodies|election management bodies|EMBs?|"
    r"organizations that manage elections)\b",
    re.IGNORECASE,
)


def jurisdictions(ex: PageContext) -> dict[str, str]:
    """The page's gazetteer's electoral bodies named after a jurisdiction that is no country
    (see :func:`_jurisdiction_bodies`), found once."""
    if ex.jurisdiction_memo is None:
        ex.jurisdiction_memo = _jurisdiction_bodies(ex.g)
    return ex.jurisdiction_memo


_JURISDICTION = compile_pattern(r"(?:\bdu|\bde la|\bof)\s+([A-ZÀ-Ý][\w'’-]+)$")


def _jurisdiction_bodies(g: Gazetteer) -> dict[str, str]:
    """Electoral bodies named after a jurisdiction that is no country ("... du Québec"), by
    that jurisdiction's name; a name two bodies share is left out."""
    countries = {fold(n).lower() for c in g.countries.values() for n in (c.name_en, c.name_fr)}
    found: dict[str, set[str]] = {}
    for org in g.organizations.values():
        if org.type is not OrgType.ELECTORAL_MANAGEMENT_BODY:
            continue
        for name in (org.name_en, org.name_fr):
            m = _JURISDICTION.search(name)
            if m and fold(m.group(1)).lower() not in countries:
                found.setdefault(m.group(1), set()).add(org.id)
    return {name: next(iter(ids)) for name, ids in found.items() if len(ids) == 1}
