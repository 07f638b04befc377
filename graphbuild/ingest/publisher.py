"""The page's publisher: the home organisation its records speak for.

A page published by a body (the DGEQ, the RECEF, the COPA ...) tells that body's activities:
"a representative", "our institution", "the network" are its people, and it takes part in
each activity the page records. A page of the press (a newspaper, a news site) is nobody's
home: its records name only the bodies the text says took part.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.names import NameIndex, fold
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import Organization
from graphbuild.sources import PageMeta


@dataclass(frozen=True)
class Home:
    """The organisation a page speaks for: a gazetteer id, or the name as written, and its
    country (alpha-3) where known: the gazetteer's, or a country its name holds ("CENI
    Niger", "Commission électorale nationale indépendante du Burkina Faso", "Australian
    Electoral Commission")."""

    org: str
    resolved: bool
    country: str | None = None


def home_organization(
    meta: PageMeta, gazetteer: Gazetteer, index: NameIndex, text: str = ""
) -> Home | None:
    """The home organisation of a page with this metadata; None for the press or when the
    publisher is not known.

    The publisher may be written as a gazetteer id, an acronym, a name or an alias; a
    publisher the gazetteer does not know is kept as written (``resolved`` False), in the
    country its name holds (a country, a people, a city: "CENI Niger", "Australian Electoral
    Commission"; a province, state or canton: "Élections Nouveau-Brunswick", "Chancellerie
    d'État du canton de Vaud") or, failing that, the one its address on the page (``text``)
    names ("36, rue du Louvre, 75042 Paris Cedex 01"), or its web address's country domain
    ("www.elections.gouv.bj", "www.vd.ch").
    """
    home = _home(meta, gazetteer, index, text)
    if home is not None and not home.resolved and text:
        # an acronym the page spells out at its top ("ENEMO" / "European Network of Election
        # Monitoring Organizations"): a network of members has no home country (an institute
        # has its seat's: "EISA – Electoral Institute for ... in Africa", in Johannesburg)
        spelled = _spelled_out(home.org, text)
        if spelled is not None and _MEMBERS_NAME.search(spelled):
            return Home(home.org, home.resolved, None)
    if home is not None and home.country is None and _national(home, gazetteer):
        country = (
            region_country(gazetteer, index, home.org)
            or (address_country(index, gazetteer, text) if text else None)
            or address_domain_country(gazetteer, meta.url)
            or (masthead_state(index, text) if text else None)
            or (hosting_country(index, gazetteer, text, home.org) if text else None)
            # (or the seat the page says it has: "IIIDEM ... has its campus at Dwarka, New
            # Delhi")
            or (
                gazetteer.places[seat].country
                if text
                and (seat := stated_seat(index, gazetteer, text, own=True, name=home.org))
                is not None
                else None
            )
            # (or the country of the name it introduces itself by, speaking of itself in the
            # first person: "The Norwegian Directorate of Elections was established in 2016
            # ... Our main task is ...", the publisher written in its own tongue)
            or (self_introduced_country(index, text) if text else None)
        )
        return Home(home.org, home.resolved, country)
    return home


# Words of the names of international and regional bodies and networks, whose seat is no
# home country of their activities.
INTERNATIONAL_NAME = compile_pattern(
    r"\b(?:international\w*|commonwealth|union|network|réseau|association|forum|assembly|"
    r"assemblée|francophon\w*|organi[sz]ation|institute?|secretariat|secrétariat|foundation|"
    r"fondation|centre for|center for|programme|program|nations|observatory|observatoire|"
    r"parliament\w*|parlement\w*)\b",
    re.IGNORECASE,
)
_INTERNATIONAL_KINDS = frozenset(
    [
        "intergovernmental-organization",
        "parliamentary-assembly",
        "network-of-electoral-bodies",
        "ngo",
    ]
)


# The words of a name of a body of members: a network, a platform, an association.
_MEMBERS_NAME = compile_pattern(
    r"\b(?:network|réseau|platform|plateforme|association|union|forum|assembly|assemblée|"
    r"conference|conférence|organi[sz]ations)\b",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset(
    ["of", "the", "and", "for", "de", "des", "du", "la", "le", "l", "et", "d", "on", "in"]
)


def _spelled_out(acronym: str, text: str) -> str | None:
    """The line among the page's first ones that spells out an acronym ("European Network of
    Election Monitoring Organizations" for "ENEMO", "ANFREL – Asian Network for Free
    Elections"): its words' initials open with the acronym's first three letters, or it
    gives the acronym in brackets or before a dash."""
    if not acronym.isupper() or not 3 <= len(acronym) <= 8 or not acronym.isalpha():
        return None
    for line in [ln for ln in text.splitlines() if ln.strip()][:4]:
        words = [w for w in re.findall(r"[^\W\d_]+", line) if w.lower() not in _SMALL_WORDS]
        words = [w for w in words if w != acronym]
        if len(words) >= 3 and "".join(w[0] for w in words).upper().startswith(acronym[:3]):
            return line
        if len(words) >= 3 and re.search(rf"\(\s*{acronym}\s*\)|\b{acronym}\s*[–—:-]\s", line):
            return line  # "Réseau des commissions électorales de la CEDEAO (ECONEC)"
    return None


def _national(home: Home, gazetteer: Gazetteer) -> bool:
    """Whether a publisher is a body of one country (a commission, a ministry), not an
    international body or a network, by its gazetteer entry or its name."""
    org = gazetteer.organizations.get(home.org) if home.resolved else None
    if org is not None:
        return org.type not in _INTERNATIONAL_KINDS
    return INTERNATIONAL_NAME.search(home.org) is None


def _home(meta: PageMeta, gazetteer: Gazetteer, index: NameIndex, text: str) -> Home | None:
    if meta.publisher is None or meta.publisher_kind == "press":
        return None
    written = " ".join(meta.publisher.split())
    if written in gazetteer.organizations:
        return Home(written, True, gazetteer.organizations[written].country)
    wanted = fold(written).lower()
    matching = [
        org
        for org in gazetteer.organizations.values()
        if any(
            fold(n).lower() == wanted for n in (org.acronym, org.name_en, org.name_fr, *org.aliases)
        )
    ]
    if matching:
        # (an acronym several bodies share, "CEI": the one of the country the page's top
        # names, "Commission Électorale Indépendante (CEI) – République de Côte d'Ivoire")
        named = _of_the_named_country(matching, index, text)
        if named is None and len(matching) > 1:
            # ... or the one of the country where the page says it received or has its
            # address ("reçu à son siège de Niamey"); a body of none of them is kept as
            # written, its country found as for any body the gazetteer does not know
            country = address_country(index, gazetteer, text) or hosting_country(
                index, gazetteer, text, written
            )
            named = next((org for org in matching if org.country == country), None)
            if named is None:
                return Home(written, False, country)
        org = named or matching[0]
        return Home(org.id, True, org.country)
    found = index.find(written)
    # A name that holds one known organisation's name and little else ("Élections Québec
    # (DGEQ)", "the RECEF network").
    hits = [h for h in found if h.category == "organization" and len(h.refs) == 1]
    if len({h.refs[0] for h in hits}) == 1:
        covered = sum(h.end - h.start for h in hits)
        if covered >= 0.5 * len(written):
            org_id = hits[0].refs[0]
            return Home(org_id, True, gazetteer.organizations[org_id].country)
    return Home(written, False, country_in_name(index, written))


# A page's opening sentence naming the body it is by: "The Norwegian Directorate of
# Elections was established in 2016", "La Commission électorale du Bénin est ...".
_INTRODUCED = compile_pattern(
    r"(?:^|\n)[ \t]*(?:The|La|Le|L['’])\s*(?P<name>[^\n.,;:()]{8,90}?)\s+"
    r"(?:was|is|has been|est|a été|fut)\b"
)
# ... then speaking of itself in the first person in the same paragraph.
_FIRST_PERSON = compile_pattern(r"\b(?:Our|our|We|we|Nous|nous|Notre|notre|Nos|nos)\b")
_INTRODUCTION_SPAN = 1500


def self_introduced_country(index: NameIndex, text: str) -> str | None:
    """The country of the body a page's opening paragraphs name as the subject of a sentence
    and then speak for in the first person ("The Norwegian Directorate of Elections was
    established in 2016 and is based in Tønsberg. Our main task is ..."); None when none."""
    top = text[:_INTRODUCTION_SPAN]
    for m in _INTRODUCED.finditer(top):
        name = m.group("name")
        if not _BODY_WORD.search(name) or INTERNATIONAL_NAME.search(name):
            continue
        paragraph_end = top.find("\n\n", m.end())
        rest = top[m.end() : paragraph_end if paragraph_end >= 0 else len(top)]
        if _FIRST_PERSON.search(rest) is None:
            continue
        country = country_in_name(index, name)
        if country is not None:
            return country
    return None


def _of_the_named_country(
    orgs: list[Organization], index: NameIndex, text: str
) -> Organization | None:
    """Of bodies sharing a name, the one whose country the page's first lines name alone."""
    if len(orgs) < 2 or not text:
        return None
    hits = index.find(text[:_TOP])
    # (one of them by its full name: "Bulletin trimestriel de la Commission électorale
    # indépendante de Côte d'Ivoire")
    spelled = {h.refs[0] for h in hits if h.category == "organization"}
    found = [org for org in orgs if org.id in spelled]
    if len(found) == 1:
        return found[0]
    top = text[:_TOP]
    named = {
        h.refs[0]
        for h in hits
        if h.category in ("country", "demonym")
        # (not a country an entry's heading names, with its vote or its day: "Sénégal –
        # Élection présidentielle (24 mars 2024)" over the missions of a CENA)
        and not _ENTRY_LINE.search(_line_at(top, h.start))
    }
    found = [org for org in orgs if org.country in named]
    return found[0] if len(found) == 1 else None


# An entry's line: one that names a vote or holds a year ("Sénégal – Élection présidentielle
# (24 mars 2024)", "Mission to Malawi, 2019").
_ENTRY_LINE = compile_pattern(r"\b(?:[ée]lections?|scrutin|vote|polls?|(?:19|20)\d\d)\b", re.I)


def _line_at(text: str, offset: int) -> str:
    """The line of ``text`` that holds ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


#: How far into a page its top goes: its site's name, its breadcrumb, its title.
_TOP = 400


def country_in_name(index: NameIndex, name: str) -> str | None:
    """The one country (alpha-3) a body's name holds, by its name or its people's
    ("CENI Niger", "Electoral Commission of Ghana", "Australian Electoral Commission"), if
    it names one."""
    # (not the country a body studies: "Observatoire sur les États-Unis", "Centre for the
    # Study of Africa")
    found = [h for h in index.find(name) if not _ABOUT.search(name, 0, h.start)]
    named = [h.refs[0] for h in found if h.category == "country"] or [
        h.refs[0] for h in found if h.category == "demonym"
    ]
    return named[0] if len(set(named)) == 1 else None


_ABOUT = compile_pattern(
    r"\b(?:sur|about|on|study of|studies of|research on|recherches? sur)\s+(?:les?\s+|la\s+|l['’]|"
    r"the\s+)?$",
    re.IGNORECASE,
)


# Kinds of the first-level parts of a country whose names say where a body is (ISO 3166-2,
# from pycountry): a province's or a canton's electoral office is at home there.
_REGION_TYPES = frozenset(
    [
        "Province",
        "State",
        "Canton",
        "Territory",
        "Region",
        "Autonomous community",
        "Autonomous region",
        "Land",
        "Federal district",
        "Federal territory",
    ]
)
# Names of such parts that are also words of bodies' names ("Centre", "Nord", "Capital").
_COMMON_REGION_WORDS = frozenset(
    [
        "nord",
        "sud",
        "est",
        "ouest",
        "centre",
        "center",
        "central",
        "north",
        "south",
        "east",
        "west",
        "capital",
        "littoral",
        "plateau",
        "plateaux",
        "maritime",
        "maritimes",
        "national",
        "unite",
        "unity",
        "lakes",
        "lacs",
        "union",
    ]
)


@functools.cache
def _region_names() -> dict[str, frozenset[str]]:
    """Folded, lower-case names (in English and in French) of the first-level parts of the
    countries -> the alpha-2 codes of the countries that have a part of that name."""
    import gettext

    import pycountry

    fr: gettext.NullTranslations
    try:
        fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        fr = gettext.NullTranslations()
    found: dict[str, set[str]] = {}
    for part in pycountry.subdivisions:
        if part.type not in _REGION_TYPES or getattr(part, "parent_code", None):
            continue
        for written in {part.name, fr.gettext(part.name)}:
            # "Catalunya [Cataluña]", "wallonne, Région": the names in it, each alone
            for name in re.split(r"\s*[\[\],]\s*", written):
                key = " ".join(fold(name).replace("-", " ").lower().split())
                if len(key) >= 4 and key not in _COMMON_REGION_WORDS:
                    found.setdefault(key, set()).add(part.country_code)
    return {k: frozenset(v) for k, v in found.items()}


def region_country(gazetteer: Gazetteer, index: NameIndex, name: str) -> str | None:
    """The country (alpha-3) of the places a body's name holds: a city of the gazetteer
    ("Service des élections de Genève") or a province, state or canton, with a capital
    ("Élections Nouveau-Brunswick", "Elections Saskatchewan", "Chancellerie d'État du canton
    de Vaud"), if they are all in one country."""
    cities = {
        gazetteer.places[h.refs[0]].country for h in index.find(name) if h.category == "place"
    }
    if len(cities) == 1:
        return cities.pop()
    if cities:
        return None
    regions = _region_names()
    words = re.findall(r"[^\W\d_]+", fold(name).replace("-", " "))
    codes: set[str] = set()
    for i, word in enumerate(words):
        if not word[0].isupper():
            continue
        for size in (3, 2, 1):
            key = " ".join(words[i : i + size]).lower()
            if key in regions:
                codes |= regions[key]
                break
    if len(codes) != 1:
        return None
    (alpha2,) = codes
    return next((c.alpha3 for c in gazetteer.countries.values() if c.alpha2 == alpha2), None)


# Country domains that are sold to anyone (".tv", ".io", ".co" ...): a site under one of
# them is in that country only when its name says it is a government's ("gouv", "gov").
_OPEN_DOMAINS = frozenset(
    [
        "io",
        "co",
        "tv",
        "me",
        "ly",
        "fm",
        "ai",
        "cc",
        "ws",
        "to",
        "la",
        "gg",
        "ac",
        "am",
        "is",
        "nu",
        "sh",
        "vc",
        "st",
        "ms",
    ]
)
_GOVERNMENT_LABEL = frozenset(["gov", "gouv", "gob", "govt", "go", "gv"])


def address_domain_country(gazetteer: Gazetteer, url: str | None) -> str | None:
    """The country (alpha-3) a page's web address is under: a country domain ("vd.ch",
    "elections.gouv.bj"); none for ".org", ".int", ".eu" and the domains sold to anyone."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    labels = host.split(".")
    top = labels[-1] if labels else ""
    if len(top) != 2 or not top.isalpha():
        return None
    if top in _OPEN_DOMAINS and not _GOVERNMENT_LABEL & set(labels[:-1]):
        return None
    code = "GB" if top == "uk" else top.upper()
    return next((c.alpha3 for c in gazetteer.countries.values() if c.alpha2 == code), None)


# A line of a postal address: a street, a post box, a postcode, a telephone.
_ADDRESS = compile_pattern(
    # (a square by its name, not an event that "took place in Ljubljana")
    r"\bplace(?=\s+(?:de|du|des|d['’]|(?-i:[A-ZÀ-Ý])))|"
    r"\b(?:rue|avenue|av\.|boulevard|bd|chemin|quai|route|street|st\.|road|rd\.|"
    # (a postal code before its town's capital: "75042 Paris", not a recent year before a
    # word: "2018 General Election")
    r"drive|lane|P\.?\s?O\.?\s?Box|B\.?\s?P\.?|Cedex|CS|tél|tel|phone|fax)\b|"
    # an abbreviated street ("17th St. and Constitution Ave. NW"), a ZIP code ending the line
    r"\b(?:St|Ave|Av|Rd|Blvd)\.(?=\s)|\b\d{5}(?:-\d{4})?\s*$|"
    r"\b(?!(?:19[89]\d|20[0-3]\d)\b)\d{4,5}\s+(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)


def footer_address(text: str, start: int, page: str) -> bool:
    """Whether ``text`` (at ``start`` in ``page``) is a postal address among the page's last
    lines: the publisher's footer ("OAS Headquarters · 17th St. ... Washington, D.C. 20006"),
    where no activity of the page was."""
    if len(text) > 160 or not _ADDRESS.search(text):
        return False
    tail = page.rstrip()
    for _ in range(6):  # (from the start of the sixth last line)
        cut = tail.rfind("\n", 0, len(tail))
        if cut < 0:
            return True
        tail = tail[:cut].rstrip()
    return start >= len(tail)


def hosting_country(index: NameIndex, gazetteer: Gazetteer, text: str, name: str) -> str | None:
    """The one country where the page's body (``name``, as the publisher is written) says it
    hosted visitors ("The Commission hosted a delegation ... at Anniversary Towers,
    Nairobi", "The Independent National Electoral Commission (INEC) hosted ... in Abuja"),
    by the cities of those sentences, if they name one: its home."""
    found: set[str] = set()
    by_name = compile_pattern(rf"\b{re.escape(name)}\)?\s+{_HOSTED_VERB}", re.IGNORECASE)
    for m in [*_WE_HOSTED.finditer(text), *by_name.finditer(text)]:
        end = min(
            (i for i in (text.find(". ", m.end()), text.find(".\n", m.end())) if i >= 0),
            default=len(text),
        )
        for hit in index.find(text[m.end() : min(end, m.end() + 300)]):
            if hit.category == "place":
                found.add(gazetteer.places[hit.refs[0]].country)
    first = re.escape(name.split()[0]) if name.split() else ""
    at_seat = compile_pattern(
        # (its own seat in a city: "accueil au siège du SPF à Bruxelles", "at its headquarters
        # in Accra"; not another body's, "au siège de l'OIF à Paris")
        r"\b(?:(?:au|à son|à notre|à leur) siège(?: (?:du|de la|de l['’]|des|de) ?"
        + first
        + r"\b[^,.;\n]{0,30}?)?|at (?:its|our|their) (?:headquarters|head office|seat)|"
        # (its seat's town in the same words: "à son siège de Niamey", "at its headquarters
        # in Accra")
        r"(?:à|en) (?:son|notre|leur) siège(?=[ \t]+(?:de|d['’])[ \t]*[A-ZÀ-Ý])|"
        # (or named: "welcomes the delegation to the INEC headquarters in Abuja")
        r"(?:at|to) the " + first + r"(?:['’]s)? (?:headquarters|head office|head offices|seat))"
        # (its town after a comma too: "au siège de l'AIGE, à Bamako")
        r"(?:,?[ \t]+(?:à|in)[ \t]+|[ \t]+(?:de[ \t]+|d['’]))(?=[A-ZÀ-Ý])",
        re.IGNORECASE,
    )
    for m in at_seat.finditer(text):
        for hit in index.find(text[m.end() : m.end() + 40])[:1]:
            if hit.start == 0 and hit.category == "place":
                found.add(gazetteer.places[hit.refs[0]].country)
    for m in _HOSTED_TITLE.finditer(text):
        # (or the cities of the list under a title telling the visits it received: "6.2
        # Delegations hosted by the Commission" / "• 26th–28th October: ... at Anniversary
        # Towers, Nairobi"; up to the next numbered heading)
        stop = _NEXT_NUMBERED.search(text, m.end())
        listed = text[m.end() : min(stop.start() if stop else len(text), m.end() + 1500)]
        for hit in index.find(listed):
            if (
                hit.category == "place"
                and gazetteer.places[hit.refs[0]].kind == "city"
                and not _FROM_WORD.search(listed, max(0, hit.start - 8), hit.start)
            ):
                found.add(gazetteer.places[hit.refs[0]].country)
    return found.pop() if len(found) == 1 else None


# A title over the visits a body received: "6.2 Delegations hosted by the Commission",
# "Visites reçues", "Accueil de délégations étrangères".
_HOSTED_TITLE = compile_pattern(
    r"(?m)^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:(?:foreign |international )?(?:delegations?|"
    r"visits?|visitors?|délégations?|visites?)(?:[ \t]+étrangères)?[ \t]+(?:hosted|received|"
    r"welcomed|reçues?|accueillies?)|(?:accueil|réception)[ \t]+de(?:s)?[ \t]+(?:délégations?|"
    r"visiteurs?))\b[^\n]{0,60}$",
    re.IGNORECASE,
)
_NEXT_NUMBERED = compile_pattern(r"(?m)^[ \t]*\d+(?:\.\d+)+\.?[ \t]+[A-ZÀ-Ý]")
_FROM_WORD = compile_pattern(r"\b(?:from|de|du|d['’])\s*$", re.IGNORECASE)


# The page's body as the host: "The Commission hosted", "la Commission a accueilli".
_HOSTED_VERB = (
    r"(?:has\s+|have\s+|also\s+)?(?:hosted|received|welcomed|a accueilli|a reçu|avons accueilli|"
    r"avons reçu)\b"
)
# ... the first person alone: "We hosted election administrators from ...", "nous avons
# accueilli" (where the teller is the publisher, whatever its name).
WE_HOSTED = compile_pattern(r"\b(?:we|nous)\s+" + _HOSTED_VERB, re.IGNORECASE)
_WE_HOSTED = compile_pattern(
    r"\b(?:the (?:commission|board|council|authority|institution|office)|we|our (?:commission|"
    r"office)|la (?:commission|cour|ceni|cena|institution)|nous|notre (?:commission|institution))"
    r"\s+" + _HOSTED_VERB,
    re.IGNORECASE,
)


# An event the page's body held, ran or organised itself, told by its pronoun or the word for
# it in its name, a partner beside it or not: "we held a regional workshop", "the Commission
# and UNDP ran a BRIDGE course", "la CENI a organisé un atelier régional".
_OWN_EVENT_HELD = compile_pattern(
    r"\b(?:we|nous|(?:the|la|le|l['’]|our|notre)\s*(?P<word>commission|board|council|"
    r"authority|office|institute|network|forum|ceni|cena|cei|réseau|institution))\s+"
    r"(?:\((?-i:[A-Z]{2,8})\)\s+)?"
    r"(?:(?:and|et|with|avec)\s+(?:the\s+|l['’]|le\s+|la\s+)?(?-i:[A-Z][\w'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s+)?"
    r"(?:has\s+|have\s+|also\s+|avons\s+|a\s+|ont\s+)?(?:aussi\s+|également\s+)?"
    r"(?:held|ran|organi[sz]ed|co-organi[sz]ed|convened|hosted|tenu|organisé|co-organisé|"
    r"accueilli)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:courses?|workshops?|trainings?|seminars?|sessions?|conferences?|forums?|meetings?|"
    r"modules?|retreats?|réunions?|ateliers?|séminaires?|formations?|rencontres?|colloques?|"
    r"conférences?)\b",
    re.IGNORECASE,
)


def held_by_the_publisher(text: str, publisher: str) -> bool:
    """Whether ``text`` tells of an event the publisher held itself, by its pronoun or by a
    word of its name ("the Commission" on the pages of the "Electoral Commission of
    Zambia")."""
    name = publisher.lower()
    return any(
        m.group("word") is None or m.group("word").lower() in name
        for m in _OWN_EVENT_HELD.finditer(text)
    )


def address_country(index: NameIndex, gazetteer: Gazetteer, text: str) -> str | None:
    """The one country the page's address lines name (its first and last lines: a header
    or a footer), by a city or a country, if they name one."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    found: set[str] = set()
    for line in [*lines[:8], *lines[-8:]]:
        if len(line) > 160 or not _ADDRESS.search(line):  # (a paragraph is no address)
            continue
        for hit in index.find(line):
            if hit.category == "country":
                found.add(hit.refs[0])
            elif hit.category == "place":
                found.add(gazetteer.places[hit.refs[0]].country)
    return found.pop() if len(found) == 1 else None


# A seat's town, after the words stating it: "Cotonou", "Dwarka, New Delhi" (a district
# before its city).
_TOWN = (
    r"(?P<town>(?-i:[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)"
    r"(?:,\s*(?-i:[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?))?)"
)


# A page's statement of its body's seat: "Son siège se trouve à Cotonou", "dont le siège est
# à Dakar", "Its headquarters are in Gaborone", "Seat: Nairobi", "Siège : Lomé".
_SEAT_STATED = compile_pattern(
    r"\b(?:son siège (?:se trouve|est(?: situé| établi| installé| fixé)?)|dont le siège est"
    r"(?: situé| établi| installé| fixé)?|siège\s*:|seat\s*:|headquarters\s*:|"
    r"(?:its|whose) (?:headquarters|seat) (?:is|are)(?: located| based)?|headquartered|"
    r"(?:is|are) based)\s*(?:à|a|au|in|at)?\s*" + _TOWN,
    re.IGNORECASE,
)
# ... in the body's own words, told of itself, not of a member or a partner ("Seat: Dhaka"
# on a network's members' list, "A-WEB, whose secretariat is based in Incheon"): "son siège
# se trouve à Cotonou", "has its campus at Dwarka, New Delhi", "its headquarters are in".
_OWN_SEAT_STATED = compile_pattern(
    r"\b(?:son siège (?:se trouve|est(?: situé| établi| installé| fixé)?)|"
    r"its (?:headquarters|head office|seat) (?:is|are)(?: located| based)?|"
    r"(?:has|have) (?:its|their) (?:campus|headquarters|head office|seat|main office))"
    r"\s*(?:à|a|au|in|at)?\s*" + _TOWN,
    re.IGNORECASE,
)


def stated_seat(
    index: NameIndex, gazetteer: Gazetteer, text: str, *, own: bool = False, name: str = ""
) -> str | None:
    """The city a page says its body has its seat in, if it says so (the first such
    statement naming a city of the gazetteers); with ``own``, only in the body's words of
    itself (``_OWN_SEAT_STATED``), or by a word of its ``name`` ("take place at the
    Institute's campus in Accra", on the page of a "Training institute")."""
    found = [*(_OWN_SEAT_STATED if own else _SEAT_STATED).finditer(text)]
    words = [w for w in re.findall(r"[^\W\d_]{4,}", name) if _BODY_WORD.fullmatch(w)]
    if words:
        named = "|".join(map(re.escape, words))
        for by_name in (
            # "take place at the Institute's campus in Accra"
            r"\b(?:at|in|on)\s+the\s+(?:" + named + r")['’]s\s+"
            r"(?:campus|headquarters|head office|premises|offices|seat)\s+(?:in|at)\s+",
            # "Held on Monday, 3 March 2025, at the seat of the Pan-African Parliament, Midrand"
            r"\b(?:at|in)\s+the\s+(?:seat|headquarters|head office)\s+of\s+the\s+[^,\n]{0,50}?"
            r"\b(?:" + named + r")\b[^,\n]{0,30}?,\s*(?:in\s+)?",
        ):
            found += compile_pattern(by_name + _TOWN, re.IGNORECASE).finditer(text)
    for m in found:
        for hit in index.find(m.group("town")):
            if hit.category == "place" and gazetteer.places[hit.refs[0]].kind == "city":
                return str(hit.refs[0])
    return None


# The words a state's name is written with around its country's: "Republic of the
# Philippines", "United Republic of Tanzania", "République du Sénégal".
_STATE_WORDS = frozenset(
    [
        "republic",
        "of",
        "the",
        "united",
        "federal",
        "democratic",
        "islamic",
        "kingdom",
        "state",
        "people's",
        "socialist",
        "government",
        "république",
        "de",
        "la",
        "du",
        "des",
        "l'",
        "fédérale",
        "démocratique",
        "islamique",
        "royaume",
        "état",
        "gouvernement",
    ]
)


_BODY_WORD = compile_pattern(
    r"\b(?:commission|office|council|board|authority|tribunal|court|institute|agency|"
    r"department|parliament|assembly|conseil|cour|bureau|direction|autorité|instance|institut|"
    r"directorate|ministry|ministère|chancellery|chancellerie|"
    r"parlement|assemblée|ceni|cena|cei)\b",
    re.IGNORECASE,
)


def masthead_state(index: NameIndex, text: str) -> str | None:
    """The country (alpha-3) a line of the page's top names alone, as a state's masthead
    writes it under the body's name ("INDEPENDENT NATIONAL ELECTORAL COMMISSION" / "United
    Republic of Tanzania"), if one line does."""
    found: set[str] = set()
    lines = [ln for ln in text[:_TOP].splitlines()[:6] if ln.strip()]
    for above, line in itertools.pairwise(lines):
        # (under a body's name, not a report's cover, the state over its election: "Republic
        # of Ghana" / "General Elections, 7 December 2024")
        if not _BODY_WORD.search(above) or any(ch.isdigit() for ch in above):
            continue
        hits = [h for h in index.find(line) if h.category == "country"]
        if len(hits) != 1:
            continue
        rest = (line[: hits[0].start] + " " + line[hits[0].end :]).replace("’", "'").lower()
        if all(w in _STATE_WORDS for w in re.findall(r"[\w']+", rest)):
            found.add(hits[0].refs[0])
    return found.pop() if len(found) == 1 else None


# The words of the name of a house of study telling others' work: an academic press, a centre
# of studies, a science's association (not a university or a chair alone: many run their own
# courses and missions, "Griffith University", "University of Oslo (... NORDEM)").
_STUDY_NAME = compile_pattern(
    r"\b(?:sciences po|presses|political science|science politique|études|etudes|studies|"
    r"think[- ]tank|archive ouverte)\b",
    re.IGNORECASE,
)
# The words of a scholarly genre in a page's first lines (its title, breadcrumb and byline):
# "Thèses et mémoires", "CMI Working Papers", "Notes de recherche", "Policy briefs".
_STUDY_GENRE = compile_pattern(
    r"\b(?:thèses?|theses|thesis|mémoires? de maîtrise|working papers?|documents? de travail|"
    r"notes? de recherche|research notes?|policy briefs?|briefing notes?|conference papers?|"
    r"revue de (?:la )?littérature|literature review|prépublications?|preprints?|"
    r"archive ouverte|book chapter)\b",
    re.IGNORECASE,
)


def tells_of_others(meta: PageMeta, text: str) -> bool:
    """Whether a page's publisher is a house of study telling others' work (a university, a
    research centre, an academic press; a thesis, a working paper, a policy brief): by its
    name, or by the genre its first lines give. Such a publisher takes part only in the
    activities its text says it took part in."""
    if meta.publisher is None or meta.publisher_kind == "press":
        return False
    if _STUDY_NAME.search(meta.publisher):
        return True
    head = [ln for ln in re.sub(r"<[^>]{0,2000}>", " ", text).splitlines() if ln.strip()][:14]
    return any(_STUDY_GENRE.search(ln) for ln in head)
