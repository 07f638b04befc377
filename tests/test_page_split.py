"""A long page read in two processes (graphbuild/ingest/extract.py, ``split``): its later
sections by a forked worker, the first ones here; the records and the issues are those of
one process reading it all, in the same order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graphbuild.forks import Forked
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import extract
from graphbuild.ingest.names import NameIndex
from graphbuild.sources import read_page

HELDOUT = Path(__file__).parent / "heldout63"


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    started: list[int] = []

    def forked(work: Any) -> Forked:
        started.append(1)
        return Forked(work)

    monkeypatch.setattr(extract, "Forked", forked)
    return started


def test_the_long_source_page_read_in_two_processes_gives_the_same_records_and_issues(
    pages: list[Path], gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = NameIndex(gazetteer)
    longest = max(pages, key=lambda p: p.stat().st_size)
    page = read_page(longest)
    assert len(page.text) >= extract.SPLIT_FROM
    alone = extract.extract_page(page, gazetteer, index)
    started = _counting(monkeypatch)
    shared = extract.extract_page(page, gazetteer, index, split=True)
    assert started == [1]
    assert shared == alone
    assert len(alone[0]) > 40 and alone[1]  # records and issues on both sides of the cut


def test_pages_of_every_layout_read_in_two_processes_give_the_same(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = NameIndex(gazetteer)
    found = sorted(HELDOUT.glob("*.txt"))
    assert found, f"no pages in {HELDOUT}"
    started = _counting(monkeypatch)
    monkeypatch.setattr(extract, "SPLIT_FROM", 0)  # every page of two sections or more
    for path in found:
        page = read_page(path)
        assert extract.extract_page(page, gazetteer, index, split=True) == extract.extract_page(
            page, gazetteer, index
        ), path.name
    assert len(started) >= len(found) // 2


def test_a_short_page_is_read_here_alone(
    pages: list[Path], gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    shortest = min(pages, key=lambda p: p.stat().st_size)
    started = _counting(monkeypatch)
    extract.extract_page(read_page(shortest), gazetteer, split=True)
    assert started == []
