"""Named events: the conferences, seminars and assemblies a record's text names.

An event is a name built on an event noun ("the 3rd Conference of ...", "XVth General
Assembly of the RECEF", "Séminaire international ..."), with its ordinal and its category
(general assembly, committee, workshop, seminar, meeting, conference), the bodies named right
after it as its organisers (the publisher never), and the days of the trip's sub-event told
in its sentence (``trips.py``). A lower-case noun counts only with an ordinal or a
complement, never in the plural; a sentence that only points to more information names none.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphbuild.ingest.context import PageContext
from graphbuild.ingest.dates import ordinal_number
from graphbuild.ingest.memo import text_memo
from graphbuild.ingest.sentences import Sentence, is_info
from graphbuild.ingest.text import WHITESPACE, has_any
from graphbuild.ingest.trips import Trip
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import NamedEvent

_EVENT_NOUN = (
    r"(?:Conference|Seminar|Workshop|General Assembly|Assembly|Joint Committee|Committee|"
    r"Debates|Journées|Days|Forum|Symposium|Round Table|Colloque|Séminaire|Atelier|"
    r"Assemblée générale)"
)

_W = r"[\w'’-]{1,40}"  # a word, bounded: no regex here may crawl a megabyte token

_EVENT = compile_pattern(
    r"(?<![\w'’-])"
    r"(?:(?P<ord>\d{1,2}(?:st|nd|rd|th|e|ème)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|"
    r"[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth)\s+)?"
    r"(?P<pre>(?:[A-Z][\w'’-]{0,40}\s+|(?:annual|biennial|international|technical|electoral)\s+)"
    r"{0,6})"
    r"(?P<noun>" + _EVENT_NOUN + r"|(?:general assembly|seminar|workshop|conference)s?)"
    r"(?P<post>(?:\s+(?:of|on|de|des|du|for)\s+(?:the\s+|la\s+|l')?" + _W + r"(?:\s+(?:[A-Z]"
    r"[\w'’-]{0,40}|of|and|on|for|in|de|des|du|la|et|the)(?![\w'’-])){0,10})?)"
)

# Words one of which every event name has (as written).
_EVENT_WORDS = (
    "Conference",
    "Seminar",
    "Workshop",
    "Assembl",
    "Committee",
    "Debates",
    "Journées",
    "Days",
    "Forum",
    "Symposium",
    "Round Table",
    "Colloque",
    "Séminaire",
    "Atelier",
    "general assembly",
    "seminar",
    "workshop",
    "conference",
)


@text_memo
def _event_names(text: str) -> tuple[tuple[int, str, str, str | None, str], ...]:
    """The event names of a text: offset, phrase, noun, ordinal and what follows the noun."""
    if not has_any(text, _EVENT_WORDS):
        return ()
    return tuple(
        (m.start(), m.group(0), m.group("noun"), m.group("ord"), m.group("post"))
        for m in _EVENT.finditer(text)
    )


_TRAILING_SMALL = compile_pattern(r"(?:\s+(?:of|and|on|for|in|de|des|du|la|et|the))+$")


def _cat_of_event(noun: str) -> str:
    n = noun.lower()
    if "assembl" in n:
        return "general-assembly"
    if "committee" in n:
        return "committee"
    if "workshop" in n or "atelier" in n:
        return "workshop"
    if "seminar" in n or "séminaire" in n:
        return "seminar"
    if n in ("journées", "days", "debates", "forum", "round table"):
        return "meeting"
    return "conference"


def named_events(ex: PageContext, sents: Sequence[Sentence], trip: Trip) -> list[NamedEvent]:
    """The events the sentences name, each dated by the sub-event of ``trip`` told in its
    sentence, if any."""
    events: list[NamedEvent] = []
    for s in sents:
        if is_info(s):
            continue
        for start, phrase, noun, ordinal_word, post in _event_names(s.text):
            name = _TRAILING_SMALL.sub("", WHITESPACE.sub(" ", phrase).strip(" ,."))
            if noun.islower() and not ordinal_word and not post:
                continue
            if noun.lower().endswith("s") and noun.islower():
                continue
            ordinal = ordinal_number(ordinal_word) if ordinal_word else None
            a, b = start + s.start, start + s.start + len(phrase.rstrip(" ,."))
            organisers = tuple(
                h.refs[0]
                for h in ex.hits(s)
                if h.category == "organization"
                and a <= h.start < b + 40
                and h.refs[0] != ex.home_id
            )[:2]
            when = next(
                (
                    sub
                    for sub in trip.subs
                    if s.start <= sub.start_offset < s.end and sub.start.year is not None
                ),
                None,
            )
            events.append(
                NamedEvent(
                    name=name,
                    category=_cat_of_event(noun),
                    span=ex.span(a, b),
                    ordinal=ordinal,
                    organisers=organisers,
                    start_date=when.start.iso() if when else None,
                    end_date=when.end.iso() if when else None,
                )
            )
    return events
