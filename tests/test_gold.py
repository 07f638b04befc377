"""The raw ingester against the gold annotation of tests/gold (written by reading the pages).

Records are paired by source page, the line of their date phrase (or paragraph), and
country overlap; the figures are printed (``pytest -s``) and held to the issue's bar.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_paths
from graphbuild.records import Activity

GOLD = Path(__file__).parent / "gold" / "activities.json"


def _lines(a: Activity) -> set[int]:
    lines = {s.line for s in a.paragraph_spans}
    if a.date_span is not None:
        lines.add(a.date_span.line)
    return lines


def _pair(
    gold: list[dict[str, Any]], found: list[Activity]
) -> list[tuple[dict[str, Any], Activity]]:
    scored = []
    for gi, g in enumerate(gold):
        for fi, a in enumerate(found):
            if a.source != g["source"]:
                continue
            line_match = g["line"] in _lines(a)
            overlap = len(set(g["countries"]) & set(a.countries))
            if not line_match and not (overlap and a.start_date == g["start_date"]):
                continue
            score = 4 * line_match + 2 * overlap + (a.start_date == g["start_date"])
            scored.append((score, gi, fi))
    scored.sort(reverse=True)
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs = []
    for _score, gi, fi in scored:
        if gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        pairs.append((gold[gi], found[fi]))
    return pairs


def _dates_agree(g: dict[str, Any], a: Activity) -> bool:
    if g["year_inferred"] or a.year_inferred:
        # The page does not say the year: compare what it says, and that both know it.
        return (
            g["year_inferred"] == a.year_inferred
            and g["start_date"][4:] == a.start_date[4:]
            and g["end_date"][4:] == a.end_date[4:]
        )
    return g["start_date"] == a.start_date and g["end_date"] == a.end_date


def _f1(gold_set: set[str], found_set: set[str]) -> float:
    if not gold_set and not found_set:
        return 1.0
    tp = len(gold_set & found_set)
    if tp == 0:
        return 0.0
    p, r = tp / len(found_set), tp / len(gold_set)
    return 2 * p * r / (p + r)


@pytest.fixture(scope="module")
def scores(pages: list[Path], gazetteer: Gazetteer) -> dict[str, float]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    result = ingest_paths(pages, gazetteer)
    found = list(result.activities)
    pairs = _pair(gold, found)
    n = len(pairs)
    orgs = [
        _f1({o for o in g["organizations"] if not o.startswith("?")}, set(a.org_ids))
        for g, a in pairs
    ]
    figures = {
        "gold": len(gold),
        "found": len(found),
        "precision": n / len(found),
        "recall": n / len(gold),
        "dates": sum(_dates_agree(g, a) for g, a in pairs) / n,
        "precision_field": sum(g["date_precision"] == a.date_precision.value for g, a in pairs) / n,
        "countries": sum(set(g["countries"]) == set(a.countries) for g, a in pairs) / n,
        "kind": sum(g["kind"] == a.kind.value for g, a in pairs) / n,
        "organizations_f1": sum(orgs) / n,
        "count": sum(g["dgeq_count"] == a.dgeq_count for g, a in pairs) / n,
    }
    print("\ningester vs gold:", json.dumps(figures, indent=1))
    for g, a in pairs:
        wrong = []
        if not _dates_agree(g, a):
            wrong.append(
                f"dates {a.start_date}..{a.end_date} != {g['start_date']}..{g['end_date']}"
            )
        if set(g["countries"]) != set(a.countries):
            wrong.append(f"countries {a.countries} != {g['countries']}")
        if g["kind"] != a.kind.value:
            wrong.append(f"kind {a.kind.value} != {g['kind']}")
        if wrong:
            print(f"  {a.id} (line {g['line']}): " + "; ".join(wrong))
    paired = {id(a) for _g, a in pairs}
    for a in found:
        if id(a) not in paired:
            print(f"  extra: {a.id} lines {sorted(_lines(a))}")
    paired_g = {id(g) for g, _a in pairs}
    for g in gold:
        if id(g) not in paired_g:
            print(f"  missed: {g['source']}:{g['line']} {g['start_date']} {g['countries']}")
    return figures


def test_activities_found(scores: dict[str, float]) -> None:
    assert scores["precision"] >= 0.95
    assert scores["recall"] >= 0.95


def test_dates(scores: dict[str, float]) -> None:
    assert scores["dates"] >= 0.95
    assert scores["precision_field"] >= 0.95


def test_countries(scores: dict[str, float]) -> None:
    assert scores["countries"] >= 0.95


def test_kind(scores: dict[str, float]) -> None:
    assert scores["kind"] >= 0.85


def test_organizations(scores: dict[str, float]) -> None:
    assert scores["organizations_f1"] >= 0.8
