"""Ingest: pages of the DGEQ mission-archive family -> activity records with provenance."""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from graphbuild.errors import GraphBuildError, SourceError
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.extract import extract_page
from graphbuild.ingest.ids import assign_ids
from graphbuild.ingest.issues import IngestIssue
from graphbuild.ingest.names import NameIndex, index_of
from graphbuild.records import Activity
from graphbuild.sources import SourcePage, read_page

__all__ = ["IngestIssue", "IngestResult", "ingest_pages", "ingest_paths"]


@dataclass(frozen=True)
class IngestResult:
    activities: tuple[Activity, ...]
    issues: tuple[IngestIssue, ...]
    pages: tuple[SourcePage, ...]


Progress = Callable[[str, int, int], None]  # (what, done, total)

# Pages are independent until ids are given, so a corpus this large (in characters) is read
# by forked worker processes, a run of pages each, in page order.
PARALLEL_FROM = 2_000_000
_PAGE_RUNS = 32  # runs per worker: small enough to keep both busy to the end

_Found = tuple[list[Activity], list[IngestIssue]]
_JOB: list[tuple[Sequence[SourcePage], Gazetteer]] = []  # inherited by forked workers


def ingest_pages(
    pages: Sequence[SourcePage], gazetteer: Gazetteer, *, progress: Progress | None = None
) -> IngestResult:
    """Every activity of the pages, in page order, with stable ids.

    A page where no activity can be found is reported among the issues, not refused;
    only when no page at all holds one is it an error (:class:`SourceError`).
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
    records: list[Activity] = []
    issues: list[IngestIssue] = []
    extracted = _extracted(pages, gazetteer)
    with contextlib.closing(extracted):  # on an error, the workers are stopped at once
        _collect(pages, extracted, records, issues, progress)
    if pages and not records:
        _refuse_empty(pages[0], issues)
    registered = frozenset(p.id for p in pages if p.meta.registered)
    return IngestResult(
        tuple(assign_ids(records, gazetteer, registered)), tuple(issues), tuple(pages)
    )


def _page_found(
    page: SourcePage, gazetteer: Gazetteer, index: NameIndex, *, split: bool = False
) -> _Found:
    """What a page holds; a fault of the parser on it (a bug, not the page's) is reported as
    the page's issue, its activities not recorded, and the other pages read all the same."""
    try:
        return extract_page(page, gazetteer, index, split=split)
    except GraphBuildError:
        raise
    except Exception as exc:  # (any fault of the parser: reported, not raised)
        said = f"{type(exc).__name__}: {exc}"
        return [], [IngestIssue(page.id, 1, PARSER_FAULT, said, 0, 0)]


#: The issue of a page the parser failed on (its message the fault's).
PARSER_FAULT = "parser-error"


def _refuse_empty(page: SourcePage, issues: Sequence[IngestIssue]) -> None:
    """Pages of which not one holds an activity are not of this family: an error, naming
    the first page and, where the year was what was missing, the line."""
    fault = [i for i in issues if i.source == page.id and i.category == PARSER_FAULT]
    if fault:
        raise SourceError(
            f"the parser failed on this page ({fault[0].text})",
            f"{page.path}:1",
            "this is a fault of graphbuild, not of the page: please report it with the page",
        )
    undated = [i for i in issues if i.source == page.id and i.category == "no-year"]
    if undated:
        raise SourceError(
            "no recognisable activity: trips are described but no year is given "
            "anywhere (no year heading, no dated paragraph, no year in the page's metadata)",
            f"{page.path}:{undated[0].line}",
            "add the page's year headings, or its year_hint in PAGE.toml",
        )
    raise SourceError(
        "no recognisable activity (no dated activity in any page given)",
        f"{page.path}:1",
        "is this a page of the family of international-activity pages?",
    )


def _collect(
    pages: Sequence[SourcePage],
    extracted: Iterator[_Found],
    records: list[Activity],
    issues: list[IngestIssue],
    progress: Progress | None,
) -> None:
    """Check each page's findings, in page order, and gather them."""
    for done, (page, (found, page_issues)) in enumerate(zip(pages, extracted, strict=True), 1):
        if progress is not None:
            progress(f"ingest {page.id}", done, len(pages))
        if not found:
            # Not a reason to refuse the page: what could not be settled is in the issues.
            page_issues = [
                *page_issues,
                IngestIssue(
                    page.id,
                    1,
                    "no-activity",
                    "no activity recorded on this page (see the issues above for the dated "
                    "passages that could not be settled)",
                    0,
                    0,
                ),
            ]
        records.extend(found)
        issues.extend(page_issues)


def _workers(pages: Sequence[SourcePage]) -> int:
    if len(pages) < 2 or not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return 1
    if sum(len(page.text) for page in pages) < PARALLEL_FROM:
        return 1
    return min(2, os.cpu_count() or 1)


def _extracted(pages: Sequence[SourcePage], gazetteer: Gazetteer) -> Generator[_Found, None, None]:
    """What each page holds, in page order: in this process, or by forked workers."""
    workers = _workers(pages)
    if workers == 1:
        # (a long page's later sections read by a forked worker meanwhile)
        index = index_of(gazetteer)
        for page in pages:
            yield _page_found(page, gazetteer, index, split=True)
        return
    import multiprocessing

    runs = min(len(pages), workers * _PAGE_RUNS)
    bounds = [len(pages) * k // runs for k in range(runs + 1)]
    _JOB[:] = [(pages, gazetteer)]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for run in pool.imap(_extract_run, itertools.pairwise(bounds)):
                yield from run
    finally:
        _JOB.clear()


def _extract_run(span: tuple[int, int]) -> list[_Found]:
    """In a forked worker: the pages ``pages[start:stop]`` of the inherited job."""
    pages, gazetteer = _JOB[0]
    index = index_of(gazetteer)  # (made at its first run; what it finds: kept run to run)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return [_page_found(page, gazetteer, index) for page in pages[span[0] : span[1]]]
    finally:
        if collecting:
            gc.enable()


def ingest_paths(
    paths: Sequence[str | Path], gazetteer: Gazetteer, *, progress: Progress | None = None
) -> IngestResult:
    """Read and ingest pages from disk, in the order given."""
    return ingest_pages([read_page(p) for p in paths], gazetteer, progress=progress)
