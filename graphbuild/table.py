"""The research table: one row per activity, the columns researchers asked for."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

from graphbuild.gazetteer import Gazetteer
from graphbuild.labels import gazetteer_labels, unresolved_label
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


def activity_row(
    a: Activity, gazetteer: Gazetteer, labels: Mapping[str, str] | None = None
) -> dict[str, str]:
    """A record as a table row: unique labels for organisations (see
    :mod:`graphbuild.labels`; ``labels`` when already computed), English names for places.

    ``organizations`` lists the bodies that took part (a took-part role); bodies only met,
    consulted or mentioned stay in the record (and its JSON), not in this column. A name
    the gazetteer lacks is kept as written ("EC (unresolved)" when a label reads "EC").
    """
    known_labels = labels if labels is not None else gazetteer_labels(gazetteer)

    def org_name(org: str) -> str:
        label = known_labels.get(org)
        return label if label is not None else unresolved_label(org, known_labels.values())

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
