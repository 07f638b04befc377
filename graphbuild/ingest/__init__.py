"""Ingest: pages of the DGEQ mission-archive family -> activity records with provenance."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from graphbuild.errors import SourceError
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.extract import IngestIssue, assign_ids, extract_page
from graphbuild.ingest.names import NameIndex
from graphbuild.records import Activity
from graphbuild.sources import SourcePage, read_page

__all__ = ["IngestIssue", "IngestResult", "ingest_pages", "ingest_paths"]


@dataclass(frozen=True)
class IngestResult:
    activities: tuple[Activity, ...]
    issues: tuple[IngestIssue, ...]
    pages: tuple[SourcePage, ...]


Progress = Callable[[str, int, int], None]  # (what, done, total)


def ingest_pages(
    pages: Sequence[SourcePage], gazetteer: Gazetteer, *, progress: Progress | None = None
) -> IngestResult:
    """Every activity of the pages, in page order, with stable ids.

    A page where no activity can be found is an error: it is not of this family.
    """
    # The ingest makes many small objects and keeps most; the cyclic collector, run over
    # the growing heap again and again, would cost more and more per page. It is off for
    # the ingest (which makes no garbage cycles of note) and back as it was after.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _ingest_pages(pages, gazetteer, progress)
    finally:
        if collecting:
            gc.enable()


def _ingest_pages(
    pages: Sequence[SourcePage], gazetteer: Gazetteer, progress: Progress | None
) -> IngestResult:
    """The work of :func:`ingest_pages`."""
    index = NameIndex(gazetteer)
    records: list[Activity] = []
    issues: list[IngestIssue] = []
    for done, page in enumerate(pages, 1):
        found, page_issues = extract_page(page, gazetteer, index)
        if progress is not None:
            progress(f"ingest {page.id}", done, len(pages))
        if not found:
            undated = [i for i in page_issues if i.category == "no-year"]
            if undated:
                raise SourceError(
                    "no recognisable activity: trips are described but no year is given "
                    "anywhere (no year heading, no dated paragraph)",
                    f"{page.path}:{undated[0].line}",
                    "add the page's year headings",
                )
            raise SourceError(
                "no recognisable activity (no dated mission paragraph under a heading)",
                f"{page.path}:1",
                "is this a page of the DGEQ mission-archive family?",
            )
        records.extend(found)
        issues.extend(page_issues)
    return IngestResult(tuple(assign_ids(records, gazetteer)), tuple(issues), tuple(pages))


def ingest_paths(
    paths: Sequence[str | Path], gazetteer: Gazetteer, *, progress: Progress | None = None
) -> IngestResult:
    """Read and ingest pages from disk, in the order given."""
    return ingest_pages([read_page(p) for p in paths], gazetteer, progress=progress)
