"""Records + gazetteers -> tables a researcher can join: one CSV per entity and relation.

Every table is declared once here (:data:`TABLES`: its columns with their types and
meanings, its primary key, its foreign keys); :mod:`graphbuild.datapackage` turns the
declarations into ``datapackage.json`` and the codebook, and :func:`dataset_tables` fills
them. Ids are the graph's (activity ids, gazetteer ids, ISO alpha-3 codes), so a row joins
the graph too; organisations are named by their unique label (:mod:`graphbuild.labels`).
Values are plain text: dates ISO ``YYYY-MM-DD`` (a month or a year given as its first or
last day, with the precision beside it), booleans ``true``/``false``, nothing for a value
that is not known, several values in one cell sorted and joined by ``;``.

>>> full_date("2016-02", end=True), full_date("2007"), full_date("2014-10-22")
('2016-02-29', '2007-01-01', '2014-10-22')
"""

from __future__ import annotations

import calendar
import csv
import io
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphbuild.labels import gazetteer_labels, unresolved_label
from graphbuild.records import (
    CONTACT_ROLES,
    Activity,
    ActivityKind,
    DatePrecision,
    ElectionType,
    OrgRole,
    OrgType,
)

if TYPE_CHECKING:
    from graphbuild.gazetteer import Gazetteer
    from graphbuild.store import SourceInfo


@dataclass(frozen=True)
class Column:
    """One column: its name, Table Schema type (string, integer, boolean, date), meaning,
    whether it always has a value, and the values it may take."""

    name: str
    type: str
    description: str
    required: bool = False
    enum: tuple[str, ...] = ()
    unique: bool = False


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """One table: its file is ``NAME.csv``."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default=())

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _fk(column: str, table: str, reference: str = "id") -> ForeignKey:
    return ForeignKey((column,), table, (reference,))


_ACTIVITY_ID = Column("activity_id", "string", "The activity (activities.id).", required=True)
_PRECISIONS = tuple(p.value for p in DatePrecision)

TABLES: tuple[Table, ...] = (
    Table(
        "activities",
        "Activities",
        "One row per activity: a trip, mission, hosted visit or event the publisher (or a "
        "body of its network) took part in, on dates the page gives.",
        (
            Column(
                "id",
                "string",
                "The activity's id, YYYY-MM-country as published (-2, -3 ... when several "
                "share one; records of pages outside the project's corpus start with the page "
                "id). An id is a name, not a date: it stays as published when a correction "
                "moves the record's date (2016-11-madagascar starts in 2017). Use start_date.",
                required=True,
                unique=True,
            ),
            Column("title", "string", "The heading the activity is listed under.", True),
            Column(
                "kind",
                "string",
                "What kind of activity (the codebook in the README says how each is coded).",
                True,
                tuple(k.value for k in ActivityKind),
            ),
            Column(
                "start_date",
                "date",
                "The first day: a date given as a month or a year starts on its first day.",
                True,
            ),
            Column(
                "end_date",
                "date",
                "The last day: a date given as a month or a year ends on its last day.",
                True,
            ),
            Column(
                "date_precision",
                "string",
                "How precisely the page dates the activity: day, month or year. The dates "
                "at that precision are start_date and end_date cut to YYYY-MM or YYYY.",
                True,
                _PRECISIONS,
            ),
            Column("start_year", "integer", "The year of start_date.", True),
            Column(
                "year_inferred",
                "boolean",
                "true when the page does not give the year with the date and it was taken "
                "from around it (a heading, a neighbouring record, the page's date).",
                True,
            ),
            Column(
                "section_year",
                "integer",
                "The year heading the activity is listed under on its page, if any (it may "
                "differ from start_year: missions of late 2014 listed under 2015).",
            ),
            Column(
                "delegation_size",
                "integer",
                "How many people of the publisher took part, when the page says.",
            ),
            Column(
                "publisher_roles",
                "string",
                "What the publisher's people were (representative, observer, ...), sorted "
                "and joined by ';'.",
            ),
            Column("date_phrase", "string", "The date as the page writes it, if it gives one."),
            Column("source_id", "string", "The page it was read from (sources.id).", True),
        ),
        ("id",),
        (_fk("source_id", "sources"),),
    ),
    Table(
        "activity-organisations",
        "Organisations in activities",
        "One row per organisation and role in an activity. Took-part roles (organiser, "
        "participant, counterpart ...) make partners; contact roles (met, consulted, "
        "mentioned) do not.",
        (
            _ACTIVITY_ID,
            Column(
                "organisation_id",
                "string",
                "The organisation (organisations.id); empty for a name the gazetteer lacks.",
            ),
            Column(
                "organisation",
                "string",
                "The organisation's unique label (organisations.label), or the name as "
                "written when the gazetteer lacks it (followed by ' (unresolved)' when a "
                "label reads the same).",
                True,
            ),
            Column(
                "role", "string", "Its part in the activity.", True, tuple(r.value for r in OrgRole)
            ),
            Column(
                "role_family",
                "string",
                "took-part (a partner in the activity) or contact (only met, consulted or named).",
                True,
                ("took-part", "contact"),
            ),
        ),
        ("activity_id", "organisation", "role"),
        (_fk("activity_id", "activities"), _fk("organisation_id", "organisations")),
    ),
    Table(
        "activity-countries",
        "Countries of activities",
        "One row per country an activity took place in (or concerned), in the page's order.",
        (
            _ACTIVITY_ID,
            Column("country_id", "string", "ISO 3166-1 alpha-3 (countries.id).", True),
            Column("position", "integer", "1 for the first country named, 2 ...", True),
        ),
        ("activity_id", "country_id"),
        (_fk("activity_id", "activities"), _fk("country_id", "countries")),
    ),
    Table(
        "activity-people",
        "People in activities",
        "One row per person named as taking part in an activity.",
        (
            _ACTIVITY_ID,
            Column(
                "person_id",
                "string",
                "The person (people.id); empty for a name the gazetteer lacks.",
            ),
            Column("person", "string", "The person's name (as written when unknown).", True),
        ),
        ("activity_id", "person"),
        (_fk("activity_id", "activities"), _fk("person_id", "people")),
    ),
    Table(
        "activity-elections",
        "Elections of activities",
        "One row per election an activity concerned (observed, evaluated, prepared).",
        (
            _ACTIVITY_ID,
            Column("election_id", "string", "The election (elections.id).", True),
        ),
        ("activity_id", "election_id"),
        (_fk("activity_id", "activities"), _fk("election_id", "elections")),
    ),
    Table(
        "elections",
        "Elections",
        "One row per election (a country and a polling day): the activities that concern "
        "the same day share it.",
        (
            Column(
                "id",
                "string",
                "ALPHA3-DATE, the graph's id (HTI-2015-10-25).",
                True,
                unique=True,
            ),
            Column("country_id", "string", "ISO 3166-1 alpha-3 (countries.id).", True),
            Column("date", "date", "The polling day (the first day of a month or year).", True),
            Column("date_precision", "string", "day, month or year.", True, _PRECISIONS),
            Column("year", "integer", "The year of the election.", True),
            Column(
                "types",
                "string",
                "What was elected, sorted and joined by ';' ("
                + ", ".join(t.value for t in ElectionType)
                + "); empty when the page does not say.",
            ),
            Column("rounds", "string", "The round(s) when the page says, joined by ';'."),
        ),
        ("id",),
        (_fk("country_id", "countries"),),
    ),
    Table(
        "organisations",
        "Organisations",
        "Every organisation of the gazetteer, with a label no other shares.",
        (
            Column("id", "string", "The gazetteer id (ceni-bfa).", True, unique=True),
            Column(
                "label",
                "string",
                "Unique label: the acronym, with the country (or the name) when several "
                "organisations share it: 'CENI (Burkina Faso)'.",
                True,
                unique=True,
            ),
            Column("acronym", "string", "The usual short name (not unique).", True),
            Column("name_en", "string", "Name in English.", True),
            Column("name_fr", "string", "Name in French.", True),
            Column("type", "string", "Kind of body.", True, tuple(t.value for t in OrgType)),
            Column(
                "country_id",
                "string",
                "The country a national body serves (countries.id); empty for international ones.",
            ),
            Column("parent_id", "string", "The body it is part of (organisations.id)."),
            Column(
                "member_of",
                "string",
                "The networks it is a member of (organisations.id), sorted and joined by ';'.",
            ),
            Column("wikidata", "string", "Wikidata QID, where certain (Q7159)."),
        ),
        ("id",),
        (
            _fk("country_id", "countries"),
            ForeignKey(("parent_id",), "organisations", ("id",)),
        ),
    ),
    Table(
        "countries",
        "Countries",
        "Every country of ISO 3166-1, with the names the project uses.",
        (
            Column("id", "string", "ISO 3166-1 alpha-3.", True, unique=True),
            Column("alpha2", "string", "ISO 3166-1 alpha-2.", True, unique=True),
            Column("name_en", "string", "Name in English.", True),
            Column("name_fr", "string", "Name in French.", True),
            Column("wikidata", "string", "Wikidata QID, where given."),
        ),
        ("id",),
    ),
    Table(
        "people",
        "People",
        "Every person of the gazetteer.",
        (
            Column("id", "string", "The gazetteer id.", True, unique=True),
            Column("name", "string", "The person's name.", True),
            Column(
                "posts",
                "string",
                "Posts held, as 'role @ organisations.id', sorted and joined by ';'.",
            ),
            Column("wikidata", "string", "Wikidata QID, where certain."),
        ),
        ("id",),
    ),
    Table(
        "sources",
        "Sources",
        "The pages the activities were read from.",
        (
            Column("id", "string", "The page id (its file name without extension).", True),
            Column("title", "string", "The page's title.", True),
            Column("url", "string", "The page's address, when known."),
            Column("language", "string", "The page's language tag.", True),
            Column("sha256", "string", "SHA-256 of the text the offsets refer to.", True),
        ),
        ("id",),
    ),
)

#: The tables by name.
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}

Rows = list[dict[str, str]]


# -- values -------------------------------------------------------------------------------


def full_date(text: str, *, end: bool = False) -> str:
    """A date of any precision as a day: its first day, or with ``end`` its last."""
    parts = text.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    last_day = calendar.monthrange(year, month)[1]
    day = int(parts[2]) if len(parts) > 2 else (last_day if end else 1)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _precision(text: str) -> str:
    return (DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY)[text.count("-")].value


def _joined(values: Iterable[str]) -> str:
    return ";".join(sorted(set(values)))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- the rows -----------------------------------------------------------------------------


def dataset_tables(
    activities: Sequence[Activity],
    gazetteer: Gazetteer,
    sources: Sequence[SourceInfo] = (),
) -> dict[str, Rows]:
    """Every table of :data:`TABLES`, by name: rows of text values, sorted by primary key."""
    labels = gazetteer_labels(gazetteer)
    tables: dict[str, Rows] = {t.name: [] for t in TABLES}
    elections: dict[str, tuple[str, str, set[str], set[int]]] = {}
    known_sources = {s.id: s for s in sources}
    concerned: set[tuple[str, str]] = set()
    for a in activities:
        end = a.end_date or a.start_date
        tables["activities"].append(
            {
                "id": a.id,
                "title": a.title,
                "kind": a.kind.value,
                "start_date": full_date(a.start_date),
                "end_date": full_date(end, end=True),
                "date_precision": a.date_precision.value,
                "start_year": a.start_date[:4],
                "year_inferred": _text(a.year_inferred),
                "section_year": _text(a.section_year),
                "delegation_size": _text(a.dgeq_count),
                "publisher_roles": _joined(a.dgeq_roles),
                "date_phrase": _text(a.date_phrase),
                "source_id": a.source,
            }
        )
        seen: set[tuple[str, str]] = set()
        for party in a.organizations:
            org_id = party.org if party.resolved and party.org in labels else ""
            name = labels[org_id] if org_id else unresolved_label(party.org, labels.values())
            if (name, party.role.value) in seen:
                continue
            seen.add((name, party.role.value))
            tables["activity-organisations"].append(
                {
                    "activity_id": a.id,
                    "organisation_id": org_id,
                    "organisation": name,
                    "role": party.role.value,
                    "role_family": "contact" if party.role in CONTACT_ROLES else "took-part",
                }
            )
        for position, alpha3 in enumerate(dict.fromkeys(a.countries), 1):
            tables["activity-countries"].append(
                {"activity_id": a.id, "country_id": alpha3, "position": str(position)}
            )
        for person in dict.fromkeys(a.people):
            known = gazetteer.people.get(person)
            tables["activity-people"].append(
                {
                    "activity_id": a.id,
                    "person_id": known.id if known else "",
                    "person": known.name if known else person,
                }
            )
        for e in a.elections:
            election_id = f"{e.country}-{e.date}"
            _, _, types, rounds = elections.setdefault(
                election_id, (e.country, e.date, set(), set())
            )
            types.update(t.value for t in e.types)
            if e.round is not None:
                rounds.add(e.round)
            if (a.id, election_id) not in concerned:
                concerned.add((a.id, election_id))
                tables["activity-elections"].append(
                    {"activity_id": a.id, "election_id": election_id}
                )
        if a.source not in known_sources:  # a record whose page the records file lacks
            from graphbuild.store import SourceInfo

            known_sources[a.source] = SourceInfo(a.source, a.source_sha256, a.source, None, "en")
    for election_id, (alpha3, date, types, rounds) in elections.items():
        tables["elections"].append(
            {
                "id": election_id,
                "country_id": alpha3,
                "date": full_date(date),
                "date_precision": _precision(date),
                "year": date[:4],
                "types": _joined(types),
                "rounds": ";".join(str(r) for r in sorted(rounds)),
            }
        )
    for org in gazetteer.organizations.values():
        tables["organisations"].append(
            {
                "id": org.id,
                "label": labels[org.id],
                "acronym": org.acronym,
                "name_en": org.name_en,
                "name_fr": org.name_fr,
                "type": org.type.value,
                "country_id": _text(org.country),
                "parent_id": _text(org.parent),
                "member_of": _joined(org.member_of),
                "wikidata": _text(org.wikidata),
            }
        )
    for c in gazetteer.countries.values():
        tables["countries"].append(
            {
                "id": c.alpha3,
                "alpha2": c.alpha2,
                "name_en": c.name_en,
                "name_fr": c.name_fr,
                "wikidata": _text(c.wikidata),
            }
        )
    for p in gazetteer.people.values():
        posts = (f"{post.role or 'member'} @ {post.organization}" for post in p.posts)
        tables["people"].append(
            {
                "id": p.id,
                "name": p.name,
                "posts": _joined(post for post in posts if not post.endswith("@ ")),
                "wikidata": _text(p.wikidata),
            }
        )
    for s in known_sources.values():
        tables["sources"].append(
            {
                "id": s.id,
                "title": s.title,
                "url": _text(s.url),
                "language": s.language,
                "sha256": s.sha256,
            }
        )
    for table in TABLES:
        _sort_rows(tables[table.name], table.primary_key)
    return tables


def _sort_rows(rows: Rows, key: Sequence[str]) -> None:
    rows.sort(key=lambda row: [row[k] for k in key])


def table_text(table: Table, rows: Sequence[Mapping[str, str]]) -> str:
    """The CSV text of one table: a header row, ``\\n`` line ends, UTF-8 without BOM."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.column_names)
    cells = operator.itemgetter(*table.column_names)  # every table has two columns or more
    writer.writerows(cells(row) for row in rows)
    return out.getvalue()
