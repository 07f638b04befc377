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

import datetime as dt
import os
from collections.abc import Sequence

from graphbuild.forks import Forked
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.context import PageContext
from graphbuild.ingest.date_roles import (
    byline_day,
    closing_day,
    copyright_year,
    first_dateline_day,
    news_day,
    publication_day,
    publication_month,
    stamp_line_day,
    update_day,
    yearless_dateline_day,
)
from graphbuild.ingest.issues import IngestIssue
from graphbuild.ingest.layout import Section
from graphbuild.ingest.names import NameIndex, index_of
from graphbuild.ingest.records import (
    at_the_same_venue,
    before_publication,
    build_record,
    captions_of_one_mission,
    days_of_one_visit,
    deployment_after_arrival,
    each_bodys_mission,
    national_only,
    releases_of_one_mission,
    since_before_the_stay,
    summarised,
    told_twice,
    trip_told_from_home,
    undated_beside_dated,
    vote_day_of_a_stay,
    within_other_records,
)
from graphbuild.ingest.trips import Trip, page_sections, sections_trips
from graphbuild.ingest.years import infer_years, intro_year, page_year
from graphbuild.records import Activity
from graphbuild.sources import SourcePage

#: A page of at least this many characters, read by a process that reads no other page
#: meanwhile, has its later sections read by a forked worker while it reads the first ones
#: (the sections' trips and records are their own: see :func:`_sections_records`).
SPLIT_FROM = 20_000


def _real_days(record: Activity) -> bool:
    """Whether a record's days exist (a day of no year yet, "XXXX-02-29", is judged later)."""
    for iso in (record.start_date, record.end_date):
        if len(iso) == 10 and iso[:4].isdigit():
            try:
                dt.date.fromisoformat(iso)
            except ValueError:
                return False
    return True


def extract_page(
    page: SourcePage, gazetteer: Gazetteer, index: NameIndex | None = None, *, split: bool = False
) -> tuple[list[Activity], list[IngestIssue]]:
    """The activities of one page (without ids), and what could not be settled.

    ``split``: a long page's sections are shared with a forked worker (where there is
    fork and a second core); the records and issues are the same, in the same order."""
    ex = PageContext(page, gazetteer, index or index_of(gazetteer))
    found = page_sections(ex)
    cut = _cut(page, found) if split else len(found)
    if cut < len(found):
        records = _shared_out(ex, found, cut)
    else:
        records, _, _ = _sections_records(ex, found)
    # failing the page's metadata, the day the page says it was published or modified
    # ("Date modified: 2017-06-30"): the year of what it tells, the year before for a
    # month after that day
    told_on = publication_day(page.text)
    fallback = page_year(page.meta) or (int(told_on[:4]) if told_on else None)
    before = None if page_year(page.meta) else told_on
    if before is None and (yearless := yearless_dateline_day(ex)) is not None:
        # (a stamp without its year, the year in the page's metadata: "Posted on December 11"
        # under a year hint of 2024: a month after that day is of the year before)
        before = yearless.isoformat()
    if fallback is None and (dateline := first_dateline_day(page.text)) is not None:
        # (or its opening dateline's: "Abidjan, 27 oct. 2025 (AIP) – Au lendemain de ...",
        # over items of the days before it, each under a title of its own)
        fallback, before = int(dateline[:4]), dateline
    if fallback is None and (news := news_day(ex.clean)[1]) is not None:
        # (failing those, the news item's date line under its title: "News | 2 January 2024")
        fallback, before = int(news[:4]), news
    if fallback is None and (stamped := stamp_line_day(ex.clean)) is not None:
        # (or its stamp line's, a post's or a mail's: "Date: Tuesday, March 5, 2024 at 9:00")
        fallback, before = int(stamped[:4]), stamped
    if fallback is None and (written := byline_day(page.text)) is not None:
        # (failing those, the day of the author's byline: "By ..., Electoral IT Expert · 10
        # October 2023 · 6 min read")
        fallback, before = int(written[:4]), written
    if fallback is None and (closed := closing_day(page.text)) is not None:
        # (or the day of its closing line, a letter's, a speech's, a report's: "Québec, le
        # vendredi 16 mai 2025" / "Le secrétaire général,")
        fallback, before = int(closed[:4]), closed
    if fallback is None and (month_end := publication_month(page.text)) is not None:
        # (or the month it says it was published in, with no day: "Issue No. 2 of 2025
        # (published July 2025)")
        fallback, before = int(month_end[:4]), month_end
    if fallback is None:
        # (failing those, the year the page's opening paragraph gives its scope: "les
        # rendez-vous du réseau pour l'année 2025")
        fallback = intro_year(ex)
    if fallback is None:
        # (failing all, the page's copyright year: about when it was saved)
        fallback = copyright_year(page.text)
    if before is not None and (updated := update_day(page.text)) is not None and updated > before:
        # (a page updated since, over what was done after: "UPDATE - December 2022: activities
        # carried out", its days without a year of before that month, not of the year before)
        before = updated
    records = infer_years(records, fallback, before=before, text=ex.clean)
    for rec in [r for r in records if not _real_days(r)]:
        # (a day given a year it does not have: "February 29 to March 3" on a page of 2019)
        span = rec.date_span or rec.paragraph_spans[0]
        ex.issue(
            "bad-date",
            f"{rec.start_date} to {rec.end_date}: a day its year does not have (is the year "
            "the page's?): not recorded",
            span.start,
            span.end,
        )
    records = [r for r in records if _real_days(r)]
    records = within_other_records(
        ex,
        vote_day_of_a_stay(ex, deployment_after_arrival(ex, releases_of_one_mission(ex, records))),
    )
    records = at_the_same_venue(ex, since_before_the_stay(records))
    records = days_of_one_visit(ex, captions_of_one_mission(ex, records))
    records = undated_beside_dated(trip_told_from_home(ex, told_twice(records)))
    records = summarised(ex, records)
    records = national_only(ex, before_publication(ex, records))
    records = each_bodys_mission(ex, records)
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


def _sections_records(
    ex: PageContext, found: Sequence[Section]
) -> tuple[list[Activity], list[IngestIssue], list[IngestIssue]]:
    """The records of some of the page's sections, with the issues reported while their
    trips were found, then while their records were built."""
    first = len(ex.issues)
    rows = sections_trips(ex, found)
    middle = len(ex.issues)
    peers: dict[int, list[Trip]] = {}
    for section, trip, _dated, _sents in rows:
        peers.setdefault(id(section), []).append(trip)
    records: list[Activity] = []
    for section, trip, dated, sents in rows:
        rec = build_record(ex, section, trip, dated, sents, list(peers[id(section)]))
        if rec is not None:
            records.append(rec)
    return records, ex.issues[first:middle], ex.issues[middle:]


def _cut(page: SourcePage, found: Sequence[Section]) -> int:
    """Where to share the sections out: the first of those past half of the page's text
    (all of them, for a short page or where no worker can be forked)."""
    if len(page.text) < SPLIT_FROM or len(found) < 2:
        return len(found)
    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return len(found)
    half = len(page.text) // 2
    for k, section in enumerate(found[1:], 1):
        first = section.heading or (section.paragraphs[0] if section.paragraphs else None)
        if first is not None and first.start >= half:
            return k
    return len(found)


def _shared_out(ex: PageContext, found: Sequence[Section], cut: int) -> list[Activity]:
    """The records of the sections, those from ``cut`` on read by a forked worker; the
    issues reported as :func:`_sections_records` over all of them reports them (those of
    the trips of every section, then those of their records)."""
    before = len(ex.issues)
    worker = Forked(lambda: _sections_records(ex, found[cut:]))
    try:
        mine, my_trips, my_records = _sections_records(ex, found[:cut])
        theirs, their_trips, their_records = worker.result()
    finally:
        worker.stop()
    del ex.issues[before:]
    ex.issues.extend([*my_trips, *their_trips, *my_records, *their_records])
    return [*mine, *theirs]
