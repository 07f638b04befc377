"""The curated records file, ``data/activities.json``: read, write atomically, detect hand edits.

The file is written by ``graphbuild ingest`` only. It carries the SHA-256 of its records,
so a hand edit (which should have been a correction) is seen before it is overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphbuild import __version__
from graphbuild.errors import RecordsError, utf8_text, where
from graphbuild.records import Activity, activity_from_dict, activity_to_dict


@dataclass(frozen=True)
class SourceInfo:
    id: str
    sha256: str
    title: str
    url: str | None = None
    language: str = "en"
    # for a page saved as HTML, the file's SHA-256 (``sha256`` is that of the text read)
    original_sha256: str | None = None


@dataclass(frozen=True)
class CuratedRecords:
    activities: tuple[Activity, ...]
    sources: tuple[SourceInfo, ...]
    corrections_applied: tuple[str, ...]


def _source_dict(s: SourceInfo) -> dict[str, str | None]:
    """A source document as data/activities.json lists it (both hashes for an HTML page)."""
    out = {"id": s.id, "sha256": s.sha256, "title": s.title, "url": s.url, "language": s.language}
    if s.original_sha256 is not None:
        out["original_sha256"] = s.original_sha256
    return out


def _canonical(value: list[dict[str, Any]] | dict[str, Any]) -> str:
    """The records (or one record, as it is written within the list) as hashed."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def records_document(
    activities: Sequence[Activity], sources: Sequence[SourceInfo], corrections: Sequence[str]
) -> str:
    """The text of ``activities.json``: stable key order, one trailing newline.

    The text of ``indented_json`` of the whole document, made a record at a time: each
    record's dictionary is hashed (as :func:`_canonical` writes the list) and written, then
    let go, so that no more than one is held beside the text (at scale the dictionaries of
    all records and the pieces of their text were several times the file's size)."""
    digest = hashlib.sha256(b"[")
    texts: list[str] = []
    for i, activity in enumerate(activities):
        record = activity_to_dict(activity)
        if i:
            digest.update(b",")
        digest.update(_canonical(record).encode("utf-8"))
        # Indented one level further (the newlines are the layout's: JSON escapes a string's)
        texts.append(indented_json(record).replace("\n", "\n  "))
    digest.update(b"]")
    doc = {
        "generator": f"graphbuild {__version__}",
        "note": (
            "Written by `graphbuild ingest`: the ingested records with data/corrections.toml "
            "applied. Do not edit by hand: add a correction and re-run the ingest."
        ),
        "records_sha256": digest.hexdigest(),
        "corrections_applied": list(corrections),
        "sources": [_source_dict(s) for s in sources],
        "activities": [],
    }
    head = indented_json(doc)
    if not texts:
        return head + "\n"
    assert head.endswith(_NO_ACTIVITIES)
    return "".join(
        (head[: -len(_NO_ACTIVITIES)], ' "activities": [\n  ', ",\n  ".join(texts), "\n ]\n}\n")
    )


#: How ``indented_json`` ends a records document with no activities.
_NO_ACTIVITIES = ' "activities": []\n}'


def indented_json(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``, the same text, written without
    the generators ``json`` falls back to when it indents (its C encoder writes only
    compact text): a third of the time on large records files."""
    out: list[str] = []
    put = out.append
    string = json.encoder.encode_basestring  # (its C version, as json.dumps uses)

    def write(v: Any, pad: str) -> None:
        if isinstance(v, str):
            put(string(v))
        elif v is None or v is True or v is False:
            put("null" if v is None else "true" if v else "false")
        elif isinstance(v, int):
            put(int.__repr__(v))
        elif isinstance(v, float):
            put(json.dumps(v))
        elif isinstance(v, dict):
            if not v:
                put("{}")
                return
            inner, lead = pad + " ", "{\n"
            for key, item in v.items():
                put(f"{lead}{inner}{string(key if isinstance(key, str) else json.dumps(key))}: ")
                lead = ",\n"
                write(item, inner)
            put(f"\n{pad}}}")
        elif isinstance(v, list | tuple):
            if not v:
                put("[]")
                return
            inner, lead = pad + " ", "[\n"
            for item in v:
                put(f"{lead}{inner}")
                lead = ",\n"
                write(item, inner)
            put(f"\n{pad}]")
        else:
            raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")

    write(value, "")
    return "".join(out)


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename: all or nothing.

    The temporary file, ``.NAME.PID-XXXXXXXX`` beside the target, names the process
    writing it: the ones of processes that no longer run (killed before their rename) are
    removed by the next write of the same file.
    """
    from graphbuild.publish import rename

    path.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_scratch(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content.encode("utf-8") if isinstance(content, str) else content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual mode
        rename(Path(tmp), path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_dead_scratch(path: Path) -> list[Path]:
    """Remove the temporary files of ``path`` left by processes that were killed: those
    tagged with the id of a process that no longer runs, and untagged ones (``.NAME.XXXXXXXX``,
    as earlier versions named them)."""
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.(?:(\d+)-)?[a-z0-9_]{{8}}$")
    removed: list[Path] = []
    try:
        names = os.listdir(path.parent)
    except OSError:
        return removed
    for name in names:
        match = pattern.match(name)
        if match is None or (match.group(1) and _running(int(match.group(1)))):
            continue
        try:
            (path.parent / name).unlink()
        except OSError:
            continue
        removed.append(path.parent / name)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, but someone else's
        return True
    return True


# A SHA-256 digest as the ingest writes it: 64 lowercase hexadecimal digits.
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _fail(path: Path, problem: str, record: str | None = None) -> RecordsError:
    return RecordsError(
        problem,
        where(str(path), None, record),
        "restore the file with git, or re-run `graphbuild ingest PAGE...`",
    )


def parse_records_document(path: Path, text: str) -> dict[str, Any]:
    """The JSON object of an ``activities.json`` text; RecordsError if it is not one."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordsError(
            f"not valid JSON: {exc.msg} (column {exc.colno})",
            where(str(path), exc.lineno),
            "restore the file with git, or re-run `graphbuild ingest PAGE... --force`",
        ) from None
    except RecursionError:
        raise _fail(path, "not valid JSON: nested too deeply") from None
    if not isinstance(doc, dict):
        raise _fail(path, f"holds {_kind(doc)}, not the object `graphbuild ingest` writes")
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:  # "\ud800" alone: JSON can write it, no text holds it
        escape = re.compile(rf"\\u{ord(exc.object[exc.start]):04x}", re.IGNORECASE)
        found = escape.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        raise RecordsError(
            f"holds half a surrogate pair (U+{ord(exc.object[exc.start]):04X}), not a character",
            where(str(path), line),
            "restore the file with git, or re-run `graphbuild ingest PAGE... --force`",
        ) from None
    return doc


def _kind(value: object) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def load_records(path: str | Path) -> CuratedRecords:
    """Read ``activities.json``; a malformed or hand-edited file raises RecordsError naming
    the file, the line (bad JSON) or the record and field."""
    from graphbuild.sources import MetaValueError, meta_value

    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise RecordsError(
            "no curated records", str(p), "run `graphbuild ingest PAGE...` first"
        ) from None
    except OSError as exc:
        raise RecordsError(f"cannot be read: {exc.strerror or exc}", str(p)) from None
    text = utf8_text(
        raw,
        str(p),
        RecordsError,
        "restore the file with git, or re-run `graphbuild ingest PAGE... --force`",
    )
    doc = parse_records_document(p, text)
    records = doc.get("activities")
    if not isinstance(records, list):
        raise _fail(p, "no 'activities' list")
    check_not_hand_edited(p, doc)
    activities = []
    for i, rec in enumerate(records):
        ident = rec.get("id") if isinstance(rec, dict) else None
        label = ident if isinstance(ident, str) and ident else f"record {i + 1}"
        try:
            activities.append(activity_from_dict(rec))
        except (KeyError, TypeError, ValueError) as exc:
            problem = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise _fail(p, f"malformed record: {problem}", label) from None
    sources = []
    listed = doc.get("sources", [])
    if not isinstance(listed, list):
        raise _fail(p, f"'sources' is {_kind(listed)}, not a list of source documents")
    for i, s in enumerate(listed):
        ident = s.get("id") if isinstance(s, dict) else None
        label = ident if isinstance(ident, str) and ident else f"source {i + 1}"
        if not isinstance(s, dict):
            raise _fail(p, f"'sources' item is {_kind(s)}, not an object", label)
        for key, optional in (
            ("id", False),
            ("sha256", False),
            ("title", False),
            ("url", True),
            ("language", True),
            ("original_sha256", True),
        ):
            value = s.get(key)
            if not (isinstance(value, str) and value) and not (optional and value is None):
                raise _fail(p, f"source field '{key}' is {_kind(value)}, not a text", label)
        for key in ("sha256", "original_sha256"):
            if s.get(key) is not None and not _SHA256.fullmatch(s[key]):
                raise _fail(p, f"source field '{key}' is not a SHA-256 digest", label)
        for key in ("url", "language"):
            if s.get(key) is not None:
                try:
                    meta_value(key, s[key])
                except MetaValueError as exc:
                    raise _fail(p, f"source field '{key}': {exc.problem}", label) from None
        sources.append(
            SourceInfo(
                s["id"],
                s["sha256"],
                s["title"],
                s.get("url"),
                s.get("language") or "en",
                s.get("original_sha256"),
            )
        )
    listed_sha = {info.id: info.sha256 for info in sources}
    for a in activities:
        if a.source in listed_sha and listed_sha[a.source] != a.source_sha256:
            # (a record read from another version of its page than the one listed)
            raise _fail(
                p,
                f"was read from a page with SHA-256 {a.source_sha256}, but source "
                f"'{a.source}' has {listed_sha[a.source]}",
                a.id,
            )
    applied = doc.get("corrections_applied", [])
    if not isinstance(applied, list) or not all(isinstance(c, str) for c in applied):
        raise _fail(p, "'corrections_applied' is not a list of correction ids")
    return CuratedRecords(tuple(activities), tuple(sources), tuple(applied))


def write_records(path: Path, document: str, *, force: bool = False) -> bool:
    """Replace ``path`` with ``document`` (atomically) unless it holds it already; return
    whether it was written. A file edited by hand, or one that is not a records file, is
    not overwritten (RecordsError) unless ``force``. What killed writes left beside it is
    removed either way."""
    remove_dead_scratch(path)
    try:
        current: bytes | None = path.read_bytes()
    except FileNotFoundError:
        current = None
    except OSError as exc:
        raise RecordsError(f"cannot be read: {exc.strerror or exc}", str(path)) from None
    if current == document.encode("utf-8"):
        return False
    if current is not None and not force:
        try:
            text = current.decode("utf-8")
        except UnicodeDecodeError:
            raise RecordsError(
                "not UTF-8, so not a records file `graphbuild ingest` wrote",
                str(path),
                "restore it with git, or give --force to overwrite it",
            ) from None
        check_not_hand_edited(path, parse_records_document(path, text))
    write_atomic(path, document)
    return True


def records_up_to_date(path: Path, document: str) -> bool:
    """Whether ``path`` holds ``document`` byte for byte (False when it does not exist)."""
    try:
        return path.read_bytes() == document.encode("utf-8")
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise RecordsError(f"cannot be read: {exc.strerror or exc}", str(path)) from None


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
