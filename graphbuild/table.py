"""The research table: one row per activity, the columns researchers asked for."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from graphbuild.gazetteer import Gazetteer
from graphbuild.records import Activity

COLUMNS = (
    "id",
    "title",
    "start_date",
    "end_date",
    "date_precision",
    "year_inferred",
    "kind",
    "countries",
    "cities",
    "organizations",
    "people",
    "dgeq_roles",
    "elections",
    "source",
    "section_year",
)


def _join(values: Iterable[str]) -> str:
    seen: dict[str, None] = {}
    for v in values:
        seen.setdefault(v, None)
    return ";".join(seen)


def activity_row(a: Activity, gazetteer: Gazetteer) -> dict[str, str]:
    """A record as a table row: acronyms for organisations, English names for places.

    ``organizations`` lists the bodies that took part (a took-part role); bodies only met,
    consulted or mentioned stay in the record (and its JSON), not in this column.
    """

    def org_name(org: str) -> str:
        known = gazetteer.organizations.get(org)
        return known.acronym if known else org

    def place_name(place: str) -> str:
        known = gazetteer.places.get(place)
        return known.name_en if known else place

    def person_name(person: str) -> str:
        known = gazetteer.people.get(person)
        return known.name if known else person

    return {
        "id": a.id,
        "title": a.title,
        "start_date": a.start_date,
        "end_date": a.end_date,
        "date_precision": a.date_precision.value,
        "year_inferred": "true" if a.year_inferred else "false",
        "kind": a.kind.value,
        "countries": _join(a.countries),
        "cities": _join(place_name(c) for c in a.cities),
        "organizations": _join(org_name(p.org) for p in a.organizations if p.role.took_part),
        "people": _join(person_name(p) for p in a.people),
        "dgeq_roles": _join(a.dgeq_roles),
        "elections": _join(e.code for e in a.elections),
        "source": a.source,
        "section_year": "" if a.section_year is None else str(a.section_year),
    }


def rows_csv(rows: Sequence[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
