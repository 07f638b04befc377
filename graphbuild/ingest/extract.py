"""Page -> activity records: the entry point, which runs the stages in order.

1. ``layout.py``: the page's blocks (headings, list items, listing lines) grouped into
   sections under their year headings;
2. ``sentences.py``, ``mentions.py``: each section's sentences and the names they hold;
3. ``date_roles.py``: the role of each date (activity, election, reference, planned, ...);
4. ``trips.py``: the trips of each section (years: ``years.py``);
5. ``records.py``: a record per trip: places (``places.py``), kind (``kinds.py``),
   organisations and roles (``roles.py``), people (``people.py``), elections
   (``elections.py``), events (``events.py``); or none, reported;
6. the years the page never gives, from neighbouring records and the page's metadata
   (``years.py``); one record per trip, and none dated after the page was published
   (``records.py``).

What could not be settled is reported as :class:`~graphbuild.ingest.issues.IngestIssue`.
Ids are given last, over all pages (``ids.py``).
"""

from __future__ import annotations

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.context import PageContext
from graphbuild.ingest.date_roles import copyright_year, publication_day
from graphbuild.ingest.issues import IngestIssue
from graphbuild.ingest.names import NameIndex
from graphbuild.ingest.records import (
    before_publication,
    build_record,
    captions_of_one_mission,
    releases_of_one_mission,
    told_twice,
    undated_beside_dated,
    within_other_records,
)
from graphbuild.ingest.trips import Trip, page_trips
from graphbuild.ingest.years import infer_years, page_year
from graphbuild.records import Activity
from graphbuild.sources import SourcePage


def extract_page(
    page: SourcePage, gazetteer: Gazetteer, index: NameIndex | None = None
) -> tuple[list[Activity], list[IngestIssue]]:
    """The activities of one page (without ids), and what could not be settled."""
    ex = PageContext(page, gazetteer, index or NameIndex(gazetteer))
    records: list[Activity] = []
    rows = page_trips(ex)
    peers: dict[int, list[Trip]] = {}
    for section, trip, _dated, _sents in rows:
        peers.setdefault(id(section), []).append(trip)
    for section, trip, dated, sents in rows:
        rec = build_record(ex, section, trip, dated, sents, list(peers[id(section)]))
        if rec is not None:
            records.append(rec)
    # failing the page's metadata, the day the page says it was published or modified
    # ("Date modified: 2017-06-30"): the year of what it tells, the year before for a
    # month after that day
    told_on = publication_day(page.text)
    fallback = page_year(page.meta) or (int(told_on[:4]) if told_on else None)
    before = None if page_year(page.meta) else told_on
    if fallback is None:
        # (failing all, the page's copyright year: about when it was saved)
        fallback = copyright_year(page.text)
    records = infer_years(records, fallback, before=before)
    records = releases_of_one_mission(ex, within_other_records(records))
    records = undated_beside_dated(told_twice(captions_of_one_mission(ex, records)))
    records = before_publication(ex, records)
    for rec in [r for r in records if r.start_date.startswith("XXXX")]:
        span = rec.date_span or rec.paragraph_spans[0]
        ex.issue(
            "no-year",
            "a trip whose year neither the page nor its neighbours give: not recorded",
            span.start,
            span.end,
        )
    records = [r for r in records if not r.start_date.startswith("XXXX")]
    for rec in records:
        if rec.year_inferred:
            span = rec.date_span or rec.paragraph_spans[0]
            ex.issue(
                "inferred-year",
                f"year {rec.start_date[:4]} inferred from page order",
                span.start,
                span.end,
            )
        for m in rec.unresolved:
            where = rec.countries[0] if m.category == "place" and rec.countries else None
            ex.issues.append(
                IngestIssue(
                    page.id,
                    m.span.line,
                    f"unresolved-{m.category}",
                    m.text,
                    m.span.start,
                    m.span.end,
                    country=where,
                )
            )
    return records, ex.issues
