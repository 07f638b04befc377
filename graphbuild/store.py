"""The curated records file, ``data/activities.json``: read, write atomically, detect hand edits.

The file is written by ``graphbuild ingest`` only. It carries the SHA-256 of its records,
so a hand edit (which should have been a correction) is seen before it is overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphbuild import __version__
from graphbuild.errors import RecordsError
from graphbuild.records import Activity, activity_from_dict, activity_to_dict


@dataclass(frozen=True)
class SourceInfo:
    id: str
    sha256: str
    title: str
    url: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class CuratedRecords:
    activities: tuple[Activity, ...]
    sources: tuple[SourceInfo, ...]
    corrections_applied: tuple[str, ...]


def _canonical(records: list[dict[str, Any]]) -> str:
    return json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def records_document(
    activities: Sequence[Activity], sources: Sequence[SourceInfo], corrections: Sequence[str]
) -> str:
    """The text of ``activities.json``: stable key order, one trailing newline."""
    records = [activity_to_dict(a) for a in activities]
    doc = {
        "generator": f"graphbuild {__version__}",
        "note": (
            "Written by `graphbuild ingest`: the ingested records with data/corrections.toml "
            "applied. Do not edit by hand: add a correction and re-run the ingest."
        ),
        "records_sha256": hashlib.sha256(_canonical(records).encode("utf-8")).hexdigest(),
        "corrections_applied": list(corrections),
        "sources": [
            {"id": s.id, "sha256": s.sha256, "title": s.title, "url": s.url, "language": s.language}
            for s in sources
        ],
        "activities": records,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_records(path: str | Path) -> CuratedRecords:
    """Read ``activities.json``; a malformed or hand-edited file raises RecordsError."""
    p = Path(path)
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RecordsError(
            "no curated records", str(p), "run `graphbuild ingest PAGE...` first"
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RecordsError(f"not valid JSON: {exc}", str(p), "restore it with git") from None
    records = doc.get("activities")
    if not isinstance(records, list):
        raise RecordsError("no 'activities' list", str(p), "restore it with git")
    check_not_hand_edited(p, doc)
    activities = []
    for i, rec in enumerate(records):
        try:
            activities.append(activity_from_dict(rec))
        except (KeyError, TypeError, ValueError) as exc:
            ident = rec.get("id") if isinstance(rec, dict) else None
            raise RecordsError(f"record {i} is malformed: {exc}", f"{p} [{ident}]") from None
    sources = tuple(
        SourceInfo(s["id"], s["sha256"], s["title"], s.get("url"), s.get("language", "en"))
        for s in doc.get("sources", [])
    )
    return CuratedRecords(tuple(activities), sources, tuple(doc.get("corrections_applied", [])))


def check_not_hand_edited(path: Path, doc: dict[str, Any]) -> None:
    records = doc.get("activities", [])
    digest = hashlib.sha256(_canonical(records).encode("utf-8")).hexdigest()
    if digest != doc.get("records_sha256"):
        raise RecordsError(
            "the records were edited by hand since `graphbuild ingest` wrote them",
            str(path),
            "put the change in data/corrections.toml (with its reason) and re-run the ingest, "
            "or restore the file with git",
        )
