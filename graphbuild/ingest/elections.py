"""Elections: the elections a record observed or went for, by country and day.

An election is a date phrase whose role is *election* (``date_roles.py``), its year resolved
as any date's (``years.py``). With several trips in a section, an election belongs to the
trip whose days it falls within (ten days either way); one more than a year before the trip
or two after it is of another time ("similar to the 2003 elections"). Its country is the
place its sentence names, else the record's. Its types (presidential, legislative, ...) and
round are the words around it, organisation names blanked; "respectively" gives the rounds
in order. An observation with no dated election takes the types its heading or anchor
sentence names, dated by the trip's year. One election per country and day, with all the
types named for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from graphbuild.ingest.context import PageContext
from graphbuild.ingest.date_roles import Dated
from graphbuild.ingest.dates import PartialDate, month_length
from graphbuild.ingest.names import fold
from graphbuild.ingest.places import locations
from graphbuild.ingest.sentences import Sentence
from graphbuild.ingest.trips import Trip
from graphbuild.ingest.years import resolve_year
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import ActivityKind, Election, ElectionType


def trip_elections(
    ex: PageContext,
    trip: Trip,
    dated: list[Dated],
    countries: Sequence[str],
    start: str,
    end: str,
    *,
    peers: Sequence[Trip],
    heading: Sentence | None,
    kind: ActivityKind,
) -> list[Election]:
    """The elections of a record of ``kind`` from ``start`` to ``end`` (ISO dates) in
    ``countries``, made from ``trip``, one of the trips of its section (``peers``)."""
    own = {s.start for s in trip.own}
    out: list[Election] = []
    elections = [d for d in dated if d.role == "election"]
    for d in elections:
        m = resolve_year(ex, d, dated, _year_of(start))
        if m.start.year is None:
            continue
        if len(peers) > 1 and d.sentence.start not in own:
            # With several trips in a section, an election belongs to the trip around it.
            if not (start[:4] and _within(m.start, start, end, slack_days=10)):
                continue
        elif len(peers) > 1 and not _within(m.start, start, end, slack_days=10):
            continue
        trip_year = _year_of(start)
        if trip_year is not None and not trip_year - 1 <= m.start.year <= trip_year + 2:
            continue  # an election of another time: "similar to the 2003 elections"
        s = d.sentence
        rel = m.start_offset - s.start
        window = fold(ex.without_names(s)[max(0, rel - 160) : rel + 80])
        types = _election_types(window)
        rnd: int | None = None
        rounds = _rounds(window)
        same_sentence = [e for e in elections if e.sentence is s]
        if "respectively" in s.text and len(same_sentence) > 1:
            rnd = same_sentence.index(d) + 1
        elif len(set(r.lower()[:1] for r in rounds)) == 1:
            rnd = 1 if rounds[0].lower() in ("first", "1st", "premier") else 2
        country = countries[0]
        here = locations(ex, s)[0]
        if here:
            country = here[0]
        out.append(Election(country, m.start.iso(), types, rnd))
    if not out and trip.anchor_sentence is not None:
        # An election observed but not dated ("the first round of Colombia's presidential
        # election"): dated by the trip's year, with the types the text names.
        texts = [ex.without_names(s) for s in ([heading] if heading else [])]
        texts.append(ex.without_names(trip.anchor_sentence))
        for text in texts:
            folded = fold(text)
            if not ELECTION_NOUN.search(folded):
                continue
            types = _election_types(folded)
            year = _year_of(start)
            if types and year is not None and kind is ActivityKind.OBSERVATION:
                out.append(Election(countries[0], f"{year:04d}", types, None))
                break
    # One election per country and day: the types named anywhere are all its types.
    merged: dict[tuple[str, str], Election] = {}
    for e in out:
        key = (e.country, e.date)
        if key in merged:
            old = merged[key]
            types = tuple(t for t in ElectionType if t in old.types or t in e.types)
            rnd = old.round if old.round == e.round or e.round is None else old.round or e.round
            merged[key] = Election(e.country, e.date, types, rnd)
        else:
            merged[key] = Election(
                e.country, e.date, tuple(t for t in ElectionType if t in e.types), e.round
            )
    return sorted(merged.values(), key=lambda e: (e.date, e.country))


_ELECTION_TYPES = [
    # Matched on accent-folded text, English and French.
    (ElectionType.PRESIDENTIAL, r"presiden\w*"),
    (ElectionType.LEGISLATIVE, r"legislatives?|parliamentary|mid-?terms?"),
    (ElectionType.SENATORIAL, r"senatorial|senatoriales?"),
    (ElectionType.MUNICIPAL, r"municipal|communal|municipales?|communales?"),
    (ElectionType.LOCAL, r"local|locales?"),
    (ElectionType.GENERAL, r"general(?=\s+(?:elections?|vote|polls?))|(?<=elections\s)generales"),
    (ElectionType.CONSTITUENT, r"constituent|constituante"),
    (ElectionType.GUBERNATORIAL, r"gubernatorial"),
    (ElectionType.REFERENDUM, r"referendum"),
]

_ELECTION_TYPE_PATTERNS = [
    (t, compile_pattern(r"\b(?:" + pat + r")\b", re.IGNORECASE)) for t, pat in _ELECTION_TYPES
]

_ROUND = compile_pattern(r"\b(first|second|1st|2nd|premier|second)\s+(?:round|tour)", re.IGNORECASE)

# (folded text: "législatives", "présidentielle" as French names an election by its type)
ELECTION_NOUN = compile_pattern(
    # (or a vote's second round: "the presidential run-off", "le second tour")
    r"\b(?:elections?|scrutin|polls?|legislatives|presidentielles?|municipales|referendum|"
    r"run-?offs?|second tour)\b",
    re.IGNORECASE,
)


def _election_types(text: str) -> tuple[ElectionType, ...]:
    """The types of election a (folded) text names, in the order of ``_ELECTION_TYPES``."""
    return tuple(t for t, pattern in _ELECTION_TYPE_PATTERNS if pattern.search(text))


def _rounds(text: str) -> tuple[str, ...]:
    """The rounds a (folded) text names ("first", "2nd", ...), in order."""
    return tuple(_ROUND.findall(text))


def _year_of(iso: str) -> int | None:
    return int(iso[:4]) if iso[:4].isdigit() else None


def _within(d: PartialDate, start: str, end: str, *, slack_days: int) -> bool:
    if d.year is None or not start[:4].isdigit():
        return False
    lo = _parse_first(start) - dt.timedelta(days=slack_days)
    hi = _parse_last(end) + dt.timedelta(days=slack_days)
    y, mo, da = d.first_day()
    return lo <= dt.date(y, mo, da) <= hi


def _parse_first(iso: str) -> dt.date:
    parts = [int(p) for p in iso.split("-")]
    month = parts[1] if len(parts) > 1 else 1
    # (a day its year does not have, a 29 February given a year by inference: its month's last)
    day = min(parts[2], month_length(parts[0], month)) if len(parts) > 2 else 1
    return dt.date(parts[0], month, day)


def _parse_last(iso: str) -> dt.date:
    parts = [int(p) for p in iso.split("-")]
    month = parts[1] if len(parts) > 1 else 12
    last = month_length(parts[0], month)
    day = min(parts[2], last) if len(parts) > 2 else last
    return dt.date(parts[0], month, day)
