"""The records every stage passes on: frozen dataclasses and enums, nothing else.

An :class:`Activity` is one trip or one hosted event, as read from one page, with the
exact character spans it came from. Gazetteer entries (:class:`Organization`,
:class:`Country`, :class:`Person`, :class:`Place`) are the reviewed reference data in
``data/``.
"""

from __future__ import annotations

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
    """The inverse of :func:`activity_to_dict`; raises ``KeyError``/``ValueError`` on bad data."""
    return Activity(
        id=d["id"],
        title=d["title"],
        start_date=d["start_date"],
        end_date=d["end_date"],
        date_precision=DatePrecision(d["date_precision"]),
        year_inferred=bool(d["year_inferred"]),
        kind=ActivityKind(d["kind"]),
        countries=tuple(d["countries"]),
        cities=tuple(d["cities"]),
        organizations=tuple(
            PartyRole(p["org"], OrgRole(p["role"]), bool(p.get("resolved", True)))
            for p in d["organizations"]
        ),
        people=tuple(d["people"]),
        dgeq_roles=tuple(d["dgeq_roles"]),
        dgeq_count=d["dgeq_count"],
        elections=tuple(
            Election(
                e["country"], e["date"], tuple(ElectionType(t) for t in e["types"]), e["round"]
            )
            for e in d["elections"]
        ),
        events=tuple(
            NamedEvent(
                name=e["name"],
                category=e["category"],
                span=_span(e["span"]) or Span(0, 0, 0),
                ordinal=e["ordinal"],
                organisers=tuple(e["organisers"]),
                start_date=e["start_date"],
                end_date=e["end_date"],
            )
            for e in d["events"]
        ),
        source=d["source"],
        source_sha256=d["source_sha256"],
        heading_span=_span(d["heading_span"]),
        paragraph_spans=tuple(s for s in (_span(x) for x in d["paragraph_spans"]) if s),
        date_phrase=d["date_phrase"],
        date_span=_span(d["date_span"]),
        section_year=d["section_year"],
        unresolved=tuple(
            Mention(m["text"], m["category"], _span(m["span"]) or Span(0, 0, 0))
            for m in d["unresolved"]
        ),
    )
