"""The stages end to end: pages -> curated records (ingest) and curated records -> dist/ (build)."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from graphbuild.corrections import apply_corrections, load_corrections
from graphbuild.errors import GazetteerError
from graphbuild.gazetteer import Gazetteer, load_gazetteer
from graphbuild.ingest import IngestResult, ingest_paths
from graphbuild.records import Activity, Correction
from graphbuild.sources import SourcePage
from graphbuild.store import SourceInfo, records_document


@dataclass(frozen=True)
class Curated:
    raw: IngestResult
    activities: tuple[Activity, ...]
    corrections: tuple[Correction, ...]
    sources: tuple[SourceInfo, ...]
    document: str  # the text of data/activities.json


def source_infos(pages: Sequence[SourcePage], data_dir: Path) -> tuple[SourceInfo, ...]:
    path = data_dir / "sources.toml"
    known: dict[str, dict[str, str]] = {}
    if path.exists():
        try:
            for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("source", []):
                known[str(entry.get("id"))] = entry
        except tomllib.TOMLDecodeError as exc:
            raise GazetteerError(f"not valid TOML: {exc}", str(path), "fix the syntax") from None
    return tuple(
        SourceInfo(
            id=p.id,
            sha256=p.sha256,
            title=str(known.get(p.id, {}).get("title", p.id)),
            url=known.get(p.id, {}).get("url"),
            language=str(known.get(p.id, {}).get("language", "en")),
        )
        for p in pages
    )


def curate(
    paths: Sequence[str | Path], data_dir: str | Path, gazetteer: Gazetteer | None = None
) -> Curated:
    """Ingest the pages and apply the recorded corrections; nothing is written."""
    data = Path(data_dir)
    gaz = gazetteer or load_gazetteer(data)
    ordered = sorted(paths, key=lambda p: Path(p).name)
    raw = ingest_paths(ordered, gaz)
    corrections = tuple(load_corrections(data / "corrections.toml"))
    curated = apply_corrections(raw.activities, corrections, path=str(data / "corrections.toml"))
    sources = source_infos(raw.pages, data)
    doc = records_document(curated, sources, [c.id for c in corrections])
    return Curated(raw, tuple(curated), corrections, sources, doc)
