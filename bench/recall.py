"""How many of a generated corpus's activities the ingester finds: ``{"found": N}``.

An activity of ``manifest.json`` is found when the ingest gives a record of the same page
with the same start and end dates and the same country among its countries.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from graphbuild.gazetteer import load_gazetteer
from graphbuild.ingest import ingest_paths
from graphbuild.records import Activity

ROOT = Path(__file__).resolve().parent.parent


def found(pages: Path) -> tuple[int, int, int]:
    """(expected activities found, expected activities, records the ingester made)."""
    gaz = load_gazetteer(ROOT / "data")
    return score(pages, ingest_paths(sorted(pages.glob("*.txt")), gaz).activities)


def score(pages: Path, activities: Sequence[Activity]) -> tuple[int, int, int]:
    records: dict[tuple[str, str, str], list[tuple[str, ...]]] = {}
    for a in activities:
        records.setdefault((a.source, a.start_date, a.end_date), []).append(a.countries)
    expected = json.loads((pages / "manifest.json").read_text(encoding="utf-8"))
    hits = sum(
        any(
            e["country"] in countries
            for countries in records.get((e["page"], e["start"], e["end"]), [])
        )
        for e in expected
    )
    return hits, len(expected), len(activities)


if __name__ == "__main__":
    hits, total, made = found(Path(sys.argv[1]))
    print(json.dumps({"found": hits, "expected": total, "records": made}))
