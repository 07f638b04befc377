"""Pages made up for a test, read as the ingester reads a page: their records and, in
short, their rows (days, kind, countries)."""

from __future__ import annotations

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_pages
from graphbuild.records import Activity
from graphbuild.sources import PageMeta, page_from_text


def records_of(text: str, gazetteer: Gazetteer, **meta: str) -> list[Activity]:
    """The records of one made-up page, with its metadata (``publisher``, ``language``...)."""
    page = page_from_text(text, doc_id="made-up", meta=PageMeta(**meta))  # type: ignore[arg-type]
    return list(ingest_pages([page], gazetteer).activities)


def rows_of(records: list[Activity]) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Each record's first and last day, kind and countries."""
    return [(r.start_date, r.end_date, r.kind.value, r.countries) for r in records]
