"""Hostile and random pages: a correct record or a clear located error, never a traceback,
a hang, or a partial file.

Each case runs under a time bound (SIGALRM) far above its normal cost, to catch hangs
(catastrophic regex backtracking, quadratic loops) without asserting timings.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.cli import main
from graphbuild.errors import GraphBuildError, SourceError
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import IngestResult, ingest_pages
from graphbuild.sources import PageMeta, page_from_text

# The made-up pages are pages of the DGEQ, as the seeds are.
DGEQ_PAGE = PageMeta(publisher="DGEQ")

T = TypeVar("T")
TRIP = (
    "From April 12 to 15, 2016, a representative of the Chief Electoral Officer of Québec "
    "took part in an observation mission in Mali."
)


@contextmanager
def time_bound(seconds: int) -> Iterator[None]:
    def alarm(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"no answer within {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def bounded(seconds: int, func: Callable[[], T]) -> T:
    with time_bound(seconds):
        return func()


def ingest_text(text: str, gazetteer: Gazetteer) -> IngestResult | GraphBuildError:
    try:
        return ingest_pages([page_from_text(text, doc_id="hostile", meta=DGEQ_PAGE)], gazetteer)
    except GraphBuildError as exc:
        return exc


def check_records(result: IngestResult, text: str) -> None:
    """What every record must satisfy, whatever the page."""
    iso = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
    for a in result.activities:
        assert iso.match(a.start_date) and iso.match(a.end_date), a
        assert a.start_date[: len(a.end_date)] <= a.end_date or a.start_date <= a.end_date
        for span in (*a.paragraph_spans, *(s for s in [a.heading_span, a.date_span] if s)):
            assert 0 <= span.start < span.end <= len(text)
        if a.date_span is not None and a.date_phrase is not None:
            assert text[a.date_span.start : a.date_span.end] == a.date_phrase
        if len(a.start_date) == 10:
            y, m, d = map(int, a.start_date.split("-"))
            assert 1 <= d <= calendar.monthrange(y, m)[1]


HOSTILE = {
    "megabyte-line": "2016\n\nMission to Mali\n\n" + "word " * 200_000 + TRIP,
    "megabyte-line-no-stop": "2016\n\nMission to Mali\n\n"
    + TRIP[:-1]
    + " and the Commission of Mali" * 30_000,
    "many-headings": "\n\n".join(["Mission to Mali"] * 100_000),
    "many-year-headings": "\n\n".join(str(1900 + i % 120) for i in range(100_000)),
    "html-and-script": "2016\n\nMission to Mali\n\n<script>alert('x')</script>"
    + TRIP
    + '<a href="javascript:x">&amp;&nbsp;',
    "lookalike-letters": "2016\n\nMission to M\u0430li\n\n" + TRIP.replace("Mali", "M\u0430li"),
    "long-names": "2016\n\nMission to Mali\n\n"
    + TRIP
    + " Mr. "
    + "A" * 100_000
    + " met the "
    + "B" * 50_000
    + " Commission.",
    "nested-brackets": "2016\n\nMission to Mali\n\n" + "(" * 50_000 + TRIP + ")" * 50_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_pages(name: str, gazetteer: Gazetteer) -> None:
    text = HOSTILE[name]
    result = bounded(60, lambda: ingest_text(text, gazetteer))
    if isinstance(result, GraphBuildError):
        assert str(result).startswith("hostile:"), str(result)
        return
    check_records(result, text)
    if name in ("html-and-script", "lookalike-letters", "long-names", "nested-brackets"):
        [a] = result.activities
        assert (a.start_date, a.end_date, a.countries) == ("2016-04-12", "2016-04-15", ("MLI",))


@pytest.mark.parametrize(
    ("phrase", "problem"),
    [
        ("On February 30, 2018", "no such day"),
        ("From May 20 to 12, 2018", "ends before it starts"),
        ("From April 12 to 15, 0000", "not a calendar year"),
    ],
)
def test_impossible_dates_are_reported_not_recorded(
    phrase: str, problem: str, gazetteer: Gazetteer
) -> None:
    text = f"2018\n\nMission to Peru\n\n{phrase}, a representative took part in a mission in Peru."
    result = bounded(20, lambda: ingest_text(text, gazetteer))
    assert isinstance(result, IngestResult)
    assert any(i.category == "bad-date" and problem in i.text for i in result.issues)
    for a in result.activities:
        assert a.start_date <= a.end_date
        assert "-02-30" not in a.start_date


def test_dates_centuries_away_are_kept_as_written(gazetteer: Gazetteer) -> None:
    text = "2016\n\nMission to Mali\n\n" + TRIP.replace("2016", "1516")
    result = bounded(20, lambda: ingest_text(text, gazetteer))
    assert isinstance(result, IngestResult)
    assert result.activities[0].start_date == "1516-04-12"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_random_text_never_crashes(gazetteer: Gazetteer, text: str) -> None:
    result = bounded(20, lambda: ingest_text(text, gazetteer))
    if isinstance(result, IngestResult):
        check_records(result, text)
    else:
        assert isinstance(result, SourceError) or str(result)


MONTHS = list(calendar.month_name)[1:]
COUNTRIES = [("Mali", "MLI"), ("Peru", "PER"), ("Armenia", "ARM"), ("Senegal", "SEN")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    year=st.integers(1990, 2030),
    start=st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)),
    length=st.integers(0, 20),
    country=st.sampled_from(COUNTRIES),
    shape=st.sampled_from(["month-first", "day-first", "between"]),
)
def test_generated_trips_round_trip(
    gazetteer: Gazetteer,
    year: int,
    start: dt.date,
    length: int,
    country: tuple[str, str],
    shape: str,
) -> None:
    first = start.replace(year=year) if not (start.month == 2 and start.day == 29) else None
    if first is None:
        return
    last = first + dt.timedelta(days=length)
    if last.year != first.year:
        return
    m1, m2 = MONTHS[first.month - 1], MONTHS[last.month - 1]
    if shape == "month-first":
        phrase = f"From {m1} {first.day} to {m2} {last.day}, {year}"
    elif shape == "day-first":
        phrase = f"From {first.day} {m1} to {last.day} {m2} {year}"
    else:
        phrase = f"Between {m1} {first.day} and {m2} {last.day}, {year}"
    name, code = country
    text = (
        f"{year}\n\nMission to {name}\n\n{phrase}, a representative of the Chief Electoral "
        f"Officer of Québec took part in an election observation mission in {name}."
    )
    result = bounded(20, lambda: ingest_text(text, gazetteer))
    assert isinstance(result, IngestResult)
    [a] = result.activities
    assert (a.start_date, a.end_date) == (first.isoformat(), last.isoformat())
    assert a.countries == (code,)
    assert a.kind.value == "observation"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00" * 100,
        bytes(range(256)) * 10,
        "\ufeffMission to Mali\n\n<script>".encode(),
        b"\xff\xfe2\x000\x001\x006\x00",
    ],
)
def test_cli_never_leaves_a_partial_file(tmp_path: Path, data_copy: Path, content: bytes) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    before = {p.name: p.read_bytes() for p in data_copy.iterdir()}
    out = tmp_path / "out.csv"
    for args in (
        ["extract", str(page), "--data", str(data_copy), "-o", str(out)],
        ["ingest", str(page), "--data", str(data_copy)],
    ):
        result = bounded(30, lambda a=args: CliRunner().invoke(main, a))  # type: ignore[misc]
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output + result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert str(page) in result.stderr
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]
    assert {p.name: p.read_bytes() for p in data_copy.iterdir()} == before


def test_a_page_with_no_year_anywhere_is_refused_not_misdated(gazetteer: Gazetteer) -> None:
    text = (
        "Recent missions\n\nMission to Peru\n\nFrom May 2 to 9, a representative of the DGEQ "
        "took part in an observation mission in Peru."
    )
    result = bounded(20, lambda: ingest_text(text, gazetteer))
    assert isinstance(result, SourceError)
    assert "no recognisable activity" in str(result)


def test_a_fault_of_the_parser_on_one_page_spares_the_others(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fault of the parser itself (a bug, here made to happen on one page): that page's
    # issue, naming the fault; the other pages are read all the same; on a page alone, a
    # clear error naming the page, not a traceback.
    import graphbuild.ingest as ingest

    real = ingest.extract_page

    def faulty(page, *args, **kwargs):  # type: ignore[no-untyped-def]
        if page.id == "broken":
            raise IndexError("list index out of range")
        return real(page, *args, **kwargs)

    monkeypatch.setattr(ingest, "extract_page", faulty)
    text = (
        "Missions 2019\n\nFrom May 2 to 9, 2019, a representative of the DGEQ took part in an "
        "observation mission in Peru."
    )
    meta = PageMeta(publisher="DGEQ", publisher_kind="body")
    pages = [page_from_text(text, doc_id=name, meta=meta) for name in ("broken", "fine")]
    result = ingest_pages(pages, gazetteer)
    assert [a.countries for a in result.activities] == [("PER",)]
    faults = [i for i in result.issues if i.category == "parser-error"]
    assert [(i.source, i.text) for i in faults] == [
        ("broken", "IndexError: list index out of range")
    ]
    with pytest.raises(SourceError, match="the parser failed on this page"):
        ingest_pages(pages[:1], gazetteer)
