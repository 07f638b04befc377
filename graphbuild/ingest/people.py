"""People: who is named, and the publisher's own people (their posts and how many went).

People are the gazetteer's, or names it lacks, found beside a title ("Mr. X", "Mme Y") or a
post ("the Chief Electoral Officer, Pierre Reid," / "Jean Roy, Secretary General"), kept
whole and reported. The publisher's people (``dgeq_roles`` of a record) are named by their
posts: a post before the publisher's name ("the Director of ... of the DGEQ"), a person's
post before a travel verb ("Marcel Blanchet, Chief Electoral Officer, took part"; "the
Electoral Operations Manager, Mr. Jacque Drouin, participated"), "the Chief Electoral
Officer travelled", never a post in another body; known posts by their usual name
("représentante" -> "representative"). Their head count is the number the text gives ("two
representatives of the DGEQ", "two of them"), else the number of posts named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from graphbuild.ingest.context import PageContext
from graphbuild.ingest.memo import text_memo
from graphbuild.ingest.names import NameHit
from graphbuild.ingest.sentences import Sentence
from graphbuild.ingest.text import WHITESPACE, has_any, may_contain
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import Mention


def find_people(ex: PageContext, sents: Iterable[Sentence]) -> tuple[list[str], list[Mention]]:
    """The people the sentences name (gazetteer ids, or names as written), and those the
    gazetteer lacks, to report."""
    people: list[str] = []
    unresolved: list[Mention] = []
    for s in sents:
        hits = ex.hits(s)
        for h in hits:
            if h.category == "person" and h.refs[0] not in people:
                people.append(h.refs[0])
        for unknown in unknown_people(ex, s):
            a, b = unknown.start, unknown.end
            unresolved.append(Mention(unknown.text, "person", ex.span(a, b)))
            if unknown.text not in people:
                people.append(unknown.text)
    return people, unresolved


def unknown_people(ex: PageContext, s: Sentence) -> list[NameHit]:
    """Names the gazetteer lacks, found by a title ("Mr. X") or a post beside them
    ("the Chief Electoral Officer, Pierre Reid," / "Jean Roy, Secretary General")."""
    key = (s.start, s.end)
    cached = ex.unknown_people_memo.get(key)
    if cached is None:
        cached = ex.unknown_people_memo[key] = _find_unknown_people(ex, s)
    return cached


def _find_unknown_people(ex: PageContext, s: Sentence) -> list[NameHit]:
    """The work of :func:`unknown_people`."""
    hits = ex.hits(s)
    found: list[NameHit] = []
    for a0, b0, name in _person_names(s.text):
        a, b = a0 + s.start, b0 + s.start
        if any(h.start < b and a < h.end for h in hits) or any(
            f.start < b and a < f.end for f in found
        ):
            continue
        found.append(NameHit(a, b, name, "person", ()))
    return found


_PERSON_NAME = r"([A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ'’]+){1,2})"

_POST_TITLE = (
    r"(?:Chief Electoral Officer|Secretary[- ]General|General Secretary|President|Chairman|"
    r"Chairperson|Director(?: [A-Za-z]+){0,6}|Commissioner|Minister(?: [A-Za-z]+){0,6})"
)

# "the Chief Electoral Officer of Québec, Pierre Reid," (a post, then the name)
_POST_THEN_NAME = compile_pattern(
    r"\b" + _POST_TITLE + r"(?: of (?:the )?[A-ZÀ-Ý][\w'’ ]{1,40}?)?,\s+" + _PERSON_NAME + r"(?=,)"
)

# "Jean Roy, Secretary General of ..." (a name, then the post)
_NAME_THEN_POST = compile_pattern(
    r"(?<![\w'’-])" + _PERSON_NAME + r",\s+(?:the\s+)?" + _POST_TITLE + r"\b"
)

_TITLED_PERSON = compile_pattern(
    r"\b(?:Mr|Mrs|Ms|Dr|Mme|M)\.?\s+([A-Z][\w'’-]{1,40}(?:\s+[A-Z][\w'’-]{1,40}){0,3})(?![\w'’-])"
)

# Words one of which each pattern needs, as written (the patterns heed case).
_TITLE_WORDS = ("M", "Dr")

_POST_TITLE_WORDS = (
    "Chief Electoral Officer",
    "Secretary",
    "President",
    "Chair",
    "Director",
    "Commissioner",
    "Minister",
)


@text_memo
def _person_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """Names beside a title or a post in a text, known or not: offsets and name, in order."""
    patterns: list[re.Pattern[str]] = []
    if has_any(text, _TITLE_WORDS):
        patterns.append(_TITLED_PERSON)
    if has_any(text, _POST_TITLE_WORDS):
        patterns += (_POST_THEN_NAME, _NAME_THEN_POST)
    return tuple(
        sorted((m.start(1), m.end(1), m.group(1)) for p in patterns for m in p.finditer(text))
    )


def dgeq_roles(ex: PageContext, sents: Sequence[Sentence]) -> tuple[list[str], int | None]:
    """The posts of the publisher's people the sentences name, and how many of its people
    went (None when the text does not tell)."""
    home_id = ex.home_id
    home = ex.g.organizations.get(home_id) if home_id else None
    roles: list[str] = []
    count: int | None = None
    for s in sents:
        counted = _home_count(s.text) if count is None else None
        if counted is not None:
            count, representatives = counted
            if representatives:
                roles.append("representative")
        if home is None:
            continue
        for h in ex.hits(s):
            if h.category != "organization" or h.refs != (home_id,):
                continue
            before = ex.clean[max(s.start, h.start - 100) : h.start]
            m2 = _DGEQ_ROLE_BEFORE.search(before)
            if m2:
                role = WHITESPACE.sub(" ", m2.group("role")).strip(" ,").lower()
                role = _ROLE_ARTICLE.split(role)[-1].strip(" ,")
                role = _normal_role(role)
                if (
                    role
                    and len(role.split()) <= 8
                    and role not in roles
                    and not _NOT_A_ROLE.search(role)
                ):
                    roles.append(role)
            elif (
                _CEO_VERB_AFTER.match(ex.clean[h.end : h.end + 60])
                and _CEO_NAME.search(h.text)
                and not _WAS_REPRESENTED.match(ex.clean[h.end : h.end + 40])
            ) and "chief electoral officer" not in roles:
                roles.append("chief electoral officer")
        # "the Chief Electoral Officer travelled ..." (the title alone, as a subject)
        ceo = _CEO_SUBJECT.finditer(s.text) if _CEO_TITLE in s.text else ()
        for m3 in ceo:
            if "chief electoral officer" not in roles:
                roles.append("chief electoral officer")
            if m3.group("assistant") and "assistant" not in roles:
                roles.append("assistant")
        # "Marcel Blanchet, Chief Electoral Officer, took part ..."
        for h in [*ex.hits(s), *unknown_people(ex, s)]:
            if h.category != "person":
                continue
            after = ex.clean[h.end : min(s.end, h.end + 160)]
            m4 = _PERSON_POST_VERB.match(after)
            if not m4:
                continue
            post = WHITESPACE.sub(" ", (m4.group("post") or "")).strip(" ,").lower()
            if not post:
                # The post may stand before the name: "the Electoral Operations Manager,
                # Mr. Jacque Drouin, participated"; a CEO already counted is the same person.
                before = ex.clean[max(s.start, h.start - 120) : h.start]
                m6 = _POST_BEFORE_NAME.search(before)
                post = WHITESPACE.sub(" ", m6.group("post")).lower() if m6 else ""
            if _POST_ELSEWHERE.search(post):
                continue  # a post in another body: not one of DGEQ's people
            post = _normal_role(_OF_HOME_TAIL.sub("", post))
            if post.startswith("chief electoral officer"):
                post = "chief electoral officer"
            if post == "chief electoral officer" and post in roles:
                continue
            role = post or "participant"
            if role not in roles and (post or not roles):
                roles.append(role)
        if count is None:
            count = _of_them(s.text)
    if count is None and roles:
        # "a representative" and a post name the same person when both are there.
        specific = [r for r in roles if r != "representative"]
        count = len(specific) or len(roles)
    return roles, count


_NUMBER = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
}

_COUNT = compile_pattern(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|un|une|deux|trois|"
    r"quatre|cinq)\s+(?:DGEQ\s+|Québec\s+|Quebec\s+)?(representatives?|people|persons|members|"
    r"delegates|experts?|représentant\w*|personnes)\b",
    re.IGNORECASE,
)

# Words one of which _COUNT needs (lower case).
_COUNT_NOUNS = ("repr", "people", "person", "member", "delegate", "expert")

_NEAR_HOME = compile_pattern(
    r"(?:of|from|at)\s+(?:the\s+)?(?:office of the\s+)?"
    r"(?:Chief|Directeur|DGEQ|institution|Institution)|DGEQ|Québec|Quebec"
)

_HOME_NAME = compile_pattern(r"DGEQ|Qu[ée]bec")


def _home_count(text: str) -> tuple[int, bool] | None:
    """How many of DGEQ's people a text counts ("two representatives of the DGEQ"), and
    whether as representatives; None when it does not."""
    if not may_contain(text, _COUNT_NOUNS):
        return None
    for m in _COUNT.finditer(text):
        n = m.group(1).lower()
        value = int(n) if n.isdigit() else _NUMBER.get(n)
        noun = m.group(2).lower()
        near_home = (
            bool(_NEAR_HOME.search(text[m.start() : m.end() + 60]))
            or "represented by" in text[max(0, m.start() - 30) : m.start()]
        )
        own_expert = "expert" not in noun or _HOME_NAME.search(m.group(0))
        if value and near_home and own_expert:
            representatives = noun.startswith("representative") or noun.startswith("représentant")
            return value, representatives
    return None


_OF_THEM = compile_pattern(r"\b(Two|Three|Four|Five|two|three|four|five)\s+of\s+them\b")


def _of_them(text: str) -> int | None:
    """The number in "two of them", if the text says so."""
    m = _OF_THEM.search(text) if "them" in text else None
    return _NUMBER.get(m.group(1).lower()) if m else None


_DGEQ_ROLE_BEFORE = compile_pattern(
    r"(?P<role>[^\W\d_][^\W\d_ ,\-]*(?:[ ,\-]+[^\W\d_]+){0,12}?)\s+(?:of|from|at|du|de)\s+"
    r"(?:the\s+)?"
    r"(?:office of the\s+)?$"
)

_NOT_A_ROLE = compile_pattern(
    r"\b(?:mission|missions|part|program|experience|functions|participation|time|offices?|"
    r"secretariat|framework|context|behalf|role|activities|tradition|expertise|report)\b"
)

_CEO_SUBJECT = compile_pattern(
    r"(?:^|[.;]\s+|,\s+)(?:The|the)\s+Chief Electoral Officer(?:\s+of\s+Qu[ée]bec)?"
    r"(?P<assistant>\s+and\s+(?:his|her)\s+(?:assistant|deputy)(?:,\s+the\s+[\w ]{3,60},)?)?,?\s+"
    r"(?:(?:Mr\.?|Mrs\.?|Ms\.?)?\s*[A-ZÀ-Ý][\w .'’-]{2,40},\s+)?(?:also\s+)?"
    r"(?:took part|participated|travel+ed|went|was in|"
    r"was there|gave|attended|joined|co-hosted|delivered)"
)

_CEO_TITLE = "Chief Electoral Officer"  # in every match of _CEO_SUBJECT

_POST_NOUN = (
    r"(?:officer|manager|director|assistant|secretary|president|coordinator|advis[eo]r|"
    r"representative|chairman|chair|head|commissioner|expert|counsel|analyst)"
)

_PERSON_POST_VERB = compile_pattern(
    r"(?:,\s*(?P<post>[^,.;]{0,60}?\b" + _POST_NOUN + r"\b[^,.;]{0,40}?),)?,?\s*(?:also\s+)?"
    r"(?:took part|participated|travel+ed|"
    r"went|was in|gave|attended|joined|co-hosted|delivered)\b",
    re.IGNORECASE,
)

_POST_BEFORE_NAME = compile_pattern(
    r"\b(?:the|a|an)\s+(?P<post>[A-Za-z][\w -]{0,60}?\b" + _POST_NOUN + r"\b[\w -]{0,30}?),"
    r"\s*(?:Mr|Mrs|Ms|M|Mme)?\.?\s*$",
    re.IGNORECASE,
)

_KNOWN_ROLES = [
    ("representative", r"representatives?|représentante?s?"),
    ("secretary general", r"general secretary|secretary[- ]general|secrétaire général"),
    ("assistant", r"assistant"),
    ("advisor", r"advis[eo]r|conseill\w+"),
    ("expert", r"experts?"),
]

_POST_TAIL = compile_pattern(r"\b" + _POST_NOUN + r"|representative|représentant")

_KNOWN_ROLE_PATTERNS = [
    (name, compile_pattern(r"(?:\w+\s+){0,2}(?:" + pattern + ")")) for name, pattern in _KNOWN_ROLES
]

_ROLE_ARTICLE = compile_pattern(r"\b(?:the|a|an|its|his|her|by|with|un|une|le|la|les|son|sa)\s+")

_CEO_VERB_AFTER = compile_pattern(
    r"\s*(?:of\s+Qu[ée]bec\s*)?(?:,\s*Mr\.?\s+[\w ]+,\s*)?(?:took|participated|"
    r"travel|went|was|gave|and his|attended|joined|co-hosted)"
)

_CEO_NAME = compile_pattern(r"chief electoral officer|directeur|dge\b", re.IGNORECASE)

_WAS_REPRESENTED = compile_pattern(r"\s*(?:of\s+Qu[ée]bec\s*)?was represented")

_POST_ELSEWHERE = compile_pattern(r"\bof (?!qu[ée]bec|the dgeq|dgeq)")

_OF_HOME_TAIL = compile_pattern(r"\s+of\s+(?:the\s+)?(?:dgeq|qu[ée]bec)$")


def _normal_role(role: str) -> str:
    """A DGEQ role as a short lower-case name: the comma-separated tail that names a post
    ("october 2017, jean roy, secretary general" -> "secretary general"), known roles by
    their usual name."""
    pieces = role.split(",")
    for k in range(len(pieces) - 1, -1, -1):
        tail = ",".join(pieces[k:]).strip()
        if _POST_TAIL.search(tail):
            role = tail
            break
    for name, pattern in _KNOWN_ROLE_PATTERNS:
        if pattern.fullmatch(role):
            return name
    return role
