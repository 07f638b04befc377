"""The records every stage passes on: frozen dataclasses and enums, nothing else.

An :class:`Activity` is one trip or one hosted event, as read from one page, with the
exact character spans it came from. Gazetteer entries (:class:`Organization`,
:class:`Country`, :class:`Person`, :class:`Place`) are the reviewed reference data in
``data/``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ActivityKind(StrEnum):
    """The controlled list of activity kinds (codes used in CSV, JSON and RDF)."""

    OBSERVATION = "observation"
    TECHNICAL_ASSISTANCE = "technical-assistance"
    EVALUATION = "evaluation"
    TRAINING = "training"
    CONFERENCE = "conference"  # conference or meeting: seminars, workshops, committees
    GENERAL_ASSEMBLY = "general-assembly"
    RECEPTION = "reception"  # reception of a delegation or visitor at home


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class OrgRole(StrEnum):
    """An organisation's part in an activity: a closed list in two families.

    *Took part*: organiser, co-organiser, funder, host, partner, participant, counterpart.
    *Contact*: met, consulted, mentioned (a body the participants only met or named).
    """

    PARTICIPANT = "participant"  # the publisher, or a body attending
    ORGANISER = "organiser"
    CO_ORGANISER = "co-organiser"
    PARTNER = "partner"
    HOST = "host"
    FUNDER = "funder"
    COUNTERPART = "counterpart"  # the body an assistance or evaluation was carried out with
    MET = "met"  # met during the activity (briefings, meetings), not a partner
    CONSULTED = "consulted"
    MENTIONED = "mentioned"

    @property
    def took_part(self) -> bool:
        """Whether the role is one of the took-part family (not a contact)."""
        return self not in CONTACT_ROLES


#: The contact family of roles: bodies met, consulted or named, not partners.
CONTACT_ROLES = frozenset({OrgRole.MET, OrgRole.CONSULTED, OrgRole.MENTIONED})


class OrgType(StrEnum):
    ELECTORAL_MANAGEMENT_BODY = "electoral-management-body"
    INTERGOVERNMENTAL = "intergovernmental-organization"
    NETWORK = "network-of-electoral-bodies"
    NGO = "ngo"
    GOVERNMENT_AGENCY = "government-agency"
    PARLIAMENTARY_ASSEMBLY = "parliamentary-assembly"
    ACADEMIC = "academic"
    ASSOCIATION = "association"


class ElectionType(StrEnum):
    PRESIDENTIAL = "presidential"
    LEGISLATIVE = "legislative"
    SENATORIAL = "senatorial"
    MUNICIPAL = "municipal"
    LOCAL = "local"
    GENERAL = "general"
    CONSTITUENT = "constituent"
    GUBERNATORIAL = "gubernatorial"
    REFERENDUM = "referendum"


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of a page's characters, with its first line (1-based)."""

    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Mention:
    """A name as written in the page, with its gazetteer id (``ref``), None when unresolved."""

    text: str
    category: str  # organization | country | place | person
    span: Span
    ref: str | None = None


@dataclass(frozen=True)
class PartyRole:
    """An organisation's part in an activity; ``org`` is a gazetteer id or, unresolved, the name."""

    org: str
    role: OrgRole
    resolved: bool = True


@dataclass(frozen=True)
class Election:
    country: str  # ISO 3166-1 alpha-3
    date: str  # ISO date, possibly partial (YYYY-MM or YYYY)
    types: tuple[ElectionType, ...] = ()
    round: int | None = None

    @property
    def code(self) -> str:
        """``ALPHA3:DATE:type+type``, the research table's form."""
        return f"{self.country}:{self.date}:{'+'.join(t.value for t in self.types)}"


@dataclass(frozen=True)
class NamedEvent:
    """A conference, seminar, workshop, general assembly, committee or programme."""

    name: str
    category: (
        str  # conference | seminar | workshop | general-assembly | committee | programme | meeting
    )
    span: Span
    ordinal: int | None = None
    organisers: tuple[str, ...] = ()
    start_date: str | None = None
    end_date: str | None = None


@dataclass(frozen=True)
class Activity:
    id: str
    title: str
    start_date: str  # ISO, possibly partial: YYYY-MM-DD, YYYY-MM or YYYY
    end_date: str
    date_precision: DatePrecision
    year_inferred: bool
    kind: ActivityKind
    countries: tuple[str, ...]  # alpha-3, in order of mention
    cities: tuple[str, ...]  # place gazetteer ids
    organizations: tuple[PartyRole, ...]
    people: tuple[str, ...]  # person gazetteer ids, or names as written when unresolved
    dgeq_roles: tuple[str, ...]
    dgeq_count: int | None
    elections: tuple[Election, ...]
    events: tuple[NamedEvent, ...]
    source: str  # source document id (the page's file stem)
    source_sha256: str
    heading_span: Span | None
    paragraph_spans: tuple[Span, ...]
    date_phrase: str | None  # the date phrase as written, None when the date comes from the heading
    date_span: Span | None
    section_year: int | None
    unresolved: tuple[Mention, ...] = field(default=())

    @property
    def org_ids(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for party in self.organizations:
            seen.setdefault(party.org, None)
        return tuple(seen)


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    name_en: str
    name_fr: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class Organization:
    id: str
    acronym: str  # the usual short name, used in the research table
    name_en: str
    name_fr: str
    type: OrgType
    aliases: tuple[str, ...] = ()
    country: str | None = None  # alpha-3, for national bodies
    wikidata: str | None = None
    member_of: tuple[str, ...] = ()
    parent: str | None = None
    generic_names: tuple[str, ...] = ()  # names shared by several countries' bodies
    home_city: str | None = None
    # the body whose activity this one's is too (an institution acting for its parent:
    # ODIHR for the OSCE): it takes part wherever this one does
    acts_for: str | None = None


@dataclass(frozen=True)
class Post:
    role: str
    organization: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class Place:
    id: str
    name_en: str
    name_fr: str
    country: str  # alpha-3
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    kind: str = "city"  # city | region


@dataclass(frozen=True)
class Correction:
    """One manual correction of an ingested record, with its reason.

    ``op`` is ``set`` (replace ``field`` of ``activity``: ``was`` must equal what the
    ingester produced, so that a changed ingester never overrides a human silently),
    ``drop`` (the record is not an activity) or ``add`` (``value`` is a whole record).
    """

    id: str
    op: str
    activity: str
    reason: str
    field: str | None = None
    value: object = None
    was: object = None
    author: str | None = None
    date: str | None = None


# -- plain-data form (JSON) ---------------------------------------------------------------


def _span(data: dict[str, int] | None) -> Span | None:
    return None if data is None else Span(data["start"], data["end"], data["line"])


def _span_dict(span: Span | None) -> dict[str, int] | None:
    return None if span is None else {"start": span.start, "end": span.end, "line": span.line}


def activity_to_dict(a: Activity) -> dict[str, Any]:
    """The JSON form of an activity: plain types, stable key order."""
    return {
        "id": a.id,
        "title": a.title,
        "start_date": a.start_date,
        "end_date": a.end_date,
        "date_precision": a.date_precision.value,
        "year_inferred": a.year_inferred,
        "kind": a.kind.value,
        "countries": list(a.countries),
        "cities": list(a.cities),
        "organizations": [
            {"org": p.org, "role": p.role.value, "resolved": p.resolved} for p in a.organizations
        ],
        "people": list(a.people),
        "dgeq_roles": list(a.dgeq_roles),
        "dgeq_count": a.dgeq_count,
        "elections": [
            {
                "country": e.country,
                "date": e.date,
                "types": [t.value for t in e.types],
                "round": e.round,
            }
            for e in a.elections
        ],
        "events": [
            {
                "name": e.name,
                "category": e.category,
                "ordinal": e.ordinal,
                "organisers": list(e.organisers),
                "start_date": e.start_date,
                "end_date": e.end_date,
                "span": _span_dict(e.span),
            }
            for e in a.events
        ],
        "source": a.source,
        "source_sha256": a.source_sha256,
        "heading_span": _span_dict(a.heading_span),
        "paragraph_spans": [_span_dict(s) for s in a.paragraph_spans],
        "date_phrase": a.date_phrase,
        "date_span": _span_dict(a.date_span),
        "section_year": a.section_year,
        "unresolved": [
            {"text": m.text, "category": m.category, "span": _span_dict(m.span)}
            for m in a.unresolved
        ],
    }


def activity_from_dict(d: dict[str, Any]) -> Activity:
    """The inverse of :func:`activity_to_dict`; raises ``KeyError``/``ValueError`` on bad
    data, naming the field: every value is checked for its type, and dates for their form.

    >>> activity_from_dict({"id": "x", "title": 5})
    Traceback (most recent call last):
    ValueError: field 'title': 5 is not a text
    """
    if not isinstance(d, dict):
        raise ValueError(f"{_shown(d)} is not an object")
    r = _Reader(d, "")
    return Activity(
        id=r.text("id", empty=False),
        title=r.text("title"),
        start_date=r.date("start_date"),
        end_date=r.date("end_date"),
        date_precision=r.choice("date_precision", DatePrecision),
        year_inferred=r.flag("year_inferred"),
        kind=r.choice("kind", ActivityKind),
        countries=r.texts("countries"),
        cities=r.texts("cities"),
        organizations=tuple(
            PartyRole(
                p.text("org", empty=False),
                p.choice("role", OrgRole),
                p.flag("resolved", default=True),
            )
            for p in r.objects("organizations")
        ),
        people=r.texts("people"),
        dgeq_roles=r.texts("dgeq_roles"),
        dgeq_count=r.number("dgeq_count", optional=True),
        elections=tuple(
            Election(
                e.text("country", empty=False),
                e.date("date"),
                tuple(ElectionType(t) for t in e.choices("types", ElectionType)),
                e.number("round", optional=True),
            )
            for e in r.objects("elections")
        ),
        events=tuple(
            NamedEvent(
                name=e.text("name"),
                category=e.text("category"),
                span=e.span("span") or Span(0, 0, 0),
                ordinal=e.number("ordinal", optional=True),
                organisers=e.texts("organisers"),
                start_date=e.date("start_date", optional=True),
                end_date=e.date("end_date", optional=True),
            )
            for e in r.objects("events")
        ),
        source=r.text("source", empty=False),
        source_sha256=r.text("source_sha256"),
        heading_span=r.span("heading_span"),
        paragraph_spans=r.spans("paragraph_spans"),
        date_phrase=r.optional_text("date_phrase"),
        date_span=r.span("date_span"),
        section_year=r.number("section_year", optional=True),
        unresolved=tuple(
            Mention(m.text("text"), m.text("category"), m.span("span") or Span(0, 0, 0))
            for m in r.objects("unresolved")
        ),
    )


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def is_iso_date(value: object) -> bool:
    """Whether ``value`` is a real date written YYYY-MM-DD, or a month or year of one.

    >>> is_iso_date("2016-02-29"), is_iso_date("2016-13"), is_iso_date("2017-02-29")
    (True, False, False)
    """
    match = _ISO_DATE.match(value) if isinstance(value, str) else None
    if match is None:
        return False
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is not None:
            datetime.date(year or 1, month, day or 1)
    except ValueError:
        return False
    return True


class _Reader:
    """Typed reads of one JSON object's fields; errors name the field's path."""

    def __init__(self, data: dict[str, Any], path: str) -> None:
        self.data, self.path = data, path

    def _error(self, key: str, problem: str) -> ValueError:
        return ValueError(f"field '{self.path}{key}': {problem}")

    def _get(self, key: str) -> Any:
        if key not in self.data:
            raise self._error(key, "missing")
        return self.data[key]

    def text(self, key: str, *, empty: bool = True) -> str:
        value = self._get(key)
        if not isinstance(value, str) or (not empty and not value):
            raise self._error(key, f"{_shown(value)} is not a{'' if empty else ' non-empty'} text")
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self._get(key) is None else self.text(key)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._error(key, f"{_shown(value)} is not a list of texts")
        return tuple(value)

    def flag(self, key: str, *, default: bool | None = None) -> bool:
        value = self.data.get(key, default) if default is not None else self._get(key)
        if not isinstance(value, bool):
            raise self._error(key, f"{_shown(value)} is not true or false")
        return value

    def number(self, key: str, *, optional: bool = False) -> Any:
        value = self._get(key)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._error(key, f"{_shown(value)} is not a whole number")
        return value

    def choice(self, key: str, kind: type[StrEnum]) -> Any:
        value = self._get(key)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(k.value for k in kind)
            raise self._error(key, f"{_shown(value)} is not one of {allowed}") from None

    def choices(self, key: str, kind: type[StrEnum]) -> tuple[Any, ...]:
        values = self.texts(key)
        return tuple(_Reader({key: v}, self.path).choice(key, kind) for v in values)

    def date(self, key: str, *, optional: bool = False) -> Any:
        value = self._get(key)
        if value is None and optional:
            return None
        if not is_iso_date(value):
            raise self._error(
                key, f"{_shown(value)} is not a date like YYYY-MM-DD, YYYY-MM or YYYY"
            )
        return value

    def span(self, key: str) -> Span | None:
        value = self._get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self._error(key, f"{_shown(value)} is not a span {{start, end, line}}")
        inner = _Reader(value, f"{self.path}{key}.")
        start, end, line = (inner.number(k) for k in ("start", "end", "line"))
        if not 0 <= start <= end or line < 0:
            raise self._error(key, f"{_shown(value)} is not a span of the page")
        return Span(start, end, line)

    def spans(self, key: str) -> tuple[Span, ...]:
        value = self._get(key)
        if not isinstance(value, list):
            raise self._error(key, f"{_shown(value)} is not a list of spans")
        found = (
            _Reader({f"{key}[{i}]": v}, self.path).span(f"{key}[{i}]") for i, v in enumerate(value)
        )
        return tuple(s for s in found if s is not None)

    def objects(self, key: str) -> list[_Reader]:
        value = self._get(key)
        if not isinstance(value, list):
            raise self._error(key, f"{_shown(value)} is not a list")
        readers = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise self._error(f"{key}[{i}]", f"{_shown(item)} is not an object")
            readers.append(_Reader(item, f"{self.path}{key}[{i}]."))
        return readers


def check_activity_field(name: str, value: Any) -> None:
    """Raise ``ValueError`` (naming the field) if ``value`` cannot be the ``name`` field of
    an activity's JSON form; a field that is not an activity's raises it too.

    >>> check_activity_field("start_date", "2017-11-07")
    >>> check_activity_field("start_date", 5)
    Traceback (most recent call last):
    ValueError: field 'start_date': 5 is not a date like YYYY-MM-DD, YYYY-MM or YYYY
    """
    template = activity_to_dict(_TEMPLATE)
    if name not in template or name == "id":
        raise ValueError(f"'{name}' is not a field of an activity")
    activity_from_dict({**template, name: value})


_TEMPLATE = Activity(
    id="template",
    title="",
    start_date="2000",
    end_date="2000",
    date_precision=DatePrecision.YEAR,
    year_inferred=False,
    kind=ActivityKind.CONFERENCE,
    countries=(),
    cities=(),
    organizations=(),
    people=(),
    dgeq_roles=(),
    dgeq_count=None,
    elections=(),
    events=(),
    source="template",
    source_sha256="",
    heading_span=None,
    paragraph_spans=(),
    date_phrase=None,
    date_span=None,
    section_year=None,
)
