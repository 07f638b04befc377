"""Recorded manual corrections: load them, check them, apply them to ingested records.

A correction names the record it changes, the field, the value the ingester produced
(``was``) and the new value, with a reason. When the ingester later produces something
else for that field, the correction is *stale*: it is reported and nothing is written, so a
human decision is never overridden silently.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from graphbuild.errors import CorrectionError, where
from graphbuild.records import (
    Activity,
    Correction,
    activity_from_dict,
    activity_to_dict,
    check_activity_field,
    is_iso_date,
)

#: Fields a ``set`` correction may change.
SETTABLE = {
    "title",
    "start_date",
    "end_date",
    "date_precision",
    "year_inferred",
    "kind",
    "countries",
    "cities",
    "organizations",
    "people",
    "dgeq_roles",
    "dgeq_count",
    "elections",
    "events",
}


def _line_of(path: Path, ident: str) -> int | None:
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.replace(" ", "") == f'id="{ident}"':
                return n
    except OSError:
        return None
    return None


#: The keys a correction may have.
KEYS = ("id", "activity", "op", "field", "was", "value", "reason", "author", "date")


def load_corrections(path: str | Path) -> list[Correction]:
    """The corrections of ``path`` (none when the file does not exist), each checked:
    its keys, their types, and (for ``set`` and ``add``) that the new value fits."""
    p = Path(path)
    if not p.exists():
        return []
    try:
        data = tomllib.loads(p.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CorrectionError(
            f"not UTF-8 (byte at {exc.start})", str(p), "save the file as UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise CorrectionError(f"not valid TOML: {exc}", str(p), "fix the syntax") from None
    except OSError as exc:
        raise CorrectionError(f"cannot be read: {exc.strerror or exc}", str(p)) from None
    hint = "write each correction as a [[correction]] table (see the comment at the top)"
    for key in data:
        if key != "correction":
            raise CorrectionError(f"unknown key '{key}'", str(p), hint)
    entries = data.get("correction", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CorrectionError("'correction' is not a list of tables", str(p), hint)
    out: list[Correction] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        ident = entry.get("id")
        if not isinstance(ident, str) or not ident or ident in seen:
            shown = ident if isinstance(ident, str) and ident else f"correction {n}"
            raise CorrectionError(
                "missing or duplicate correction id",
                where(str(p), _line_of(p, str(ident)), shown),
                'give each correction its own id, such as id = "c004"',
            )
        seen.add(ident)
        out.append(_correction(entry, where(str(p), _line_of(p, ident), ident)))
    return out


def _correction(entry: dict[str, Any], loc: str) -> Correction:
    for key in entry:
        if key not in KEYS:
            raise CorrectionError(f"unknown key '{key}'", loc, "the keys are " + ", ".join(KEYS))
    for key in ("activity", "op", "field", "reason", "author"):
        if key in entry and not isinstance(entry[key], str):
            raise CorrectionError(f"'{key}' is not a text", loc, "write it in quotes")
    if "date" in entry and not is_iso_date(str(entry["date"])):
        raise CorrectionError(
            f"'date' {entry['date']!r} is not a date", loc, "write it as YYYY-MM-DD"
        )
    op = entry.get("op", "set")
    if op not in ("set", "drop", "add"):
        raise CorrectionError(f"op '{op}' is not set, drop or add", loc)
    if not entry.get("reason"):
        raise CorrectionError("a correction needs a reason", loc, "say why in 'reason'")
    if not entry.get("activity"):
        raise CorrectionError("a correction names the activity it changes", loc)
    if op == "set" and entry.get("field") not in SETTABLE:
        raise CorrectionError(
            f"field '{entry.get('field')}' cannot be corrected",
            loc,
            "one of " + ", ".join(sorted(SETTABLE)),
        )
    if op == "set" and ("value" not in entry or "was" not in entry):
        raise CorrectionError("a 'set' correction gives 'was' and 'value'", loc)
    if op == "set":
        try:
            check_activity_field(entry["field"], _normalise(entry["field"], entry["value"]))
        except ValueError as exc:
            raise CorrectionError(
                f"'value' does not fit: {exc}", loc, "give a value of the field's type"
            ) from None
    if op == "add":
        value = entry.get("value")
        if not isinstance(value, dict):
            raise CorrectionError(
                "an 'add' correction gives the whole record as its 'value' table", loc
            )
        try:
            activity_from_dict({**_plain(value), "id": entry["activity"]})
        except (KeyError, TypeError, ValueError) as exc:
            raise CorrectionError(f"the added record is incomplete: {exc}", loc) from None
    return Correction(
        id=entry["id"],
        op=op,
        activity=entry["activity"],
        reason=entry["reason"],
        field=entry.get("field"),
        value=entry.get("value"),
        was=entry.get("was"),
        author=entry.get("author"),
        date=str(entry["date"]) if entry.get("date") else None,
    )


def _plain(value: Any) -> Any:
    """Tuples to lists, so values compare as they are written in TOML/JSON."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_DEFAULTS: dict[str, dict[str, Any]] = {
    "elections": {"round": None, "types": []},
    "organizations": {"resolved": True},
    "events": {
        "ordinal": None,
        "organisers": [],
        "start_date": None,
        "end_date": None,
        "span": None,
    },
}


def _normalise(field: str, value: Any) -> Any:
    """A value as the records file writes it: TOML has no null, so absent keys mean None."""
    value = _plain(value)
    defaults = _DEFAULTS.get(field)
    if defaults and isinstance(value, list):
        return [{**defaults, **v} if isinstance(v, dict) else v for v in value]
    return value


def apply_corrections(
    records: Sequence[Activity], corrections: Sequence[Correction], *, path: str = "corrections"
) -> list[Activity]:
    """The records with the corrections applied, in order; stale ones raise CorrectionError."""
    by_id = {r.id: r for r in records}
    order = [r.id for r in records]
    stale: list[str] = []
    for c in corrections:
        loc = where(path, None, c.id)
        if c.op == "add":
            if c.activity in by_id:
                stale.append(f"{loc}: adds '{c.activity}', which the ingester now finds itself")
                continue
            try:
                record = activity_from_dict({**_plain(c.value), "id": c.activity})
            except (KeyError, TypeError, ValueError) as exc:
                raise CorrectionError(f"the added record is incomplete: {exc}", loc) from None
            by_id[c.activity] = record
            order.append(c.activity)
            continue
        if c.activity not in by_id:
            stale.append(f"{loc}: activity '{c.activity}' is no longer produced by the ingester")
            continue
        if c.op == "drop":
            del by_id[c.activity]
            order.remove(c.activity)
            continue
        current = activity_to_dict(by_id[c.activity])
        assert c.field is not None
        if _normalise(c.field, current[c.field]) != _normalise(c.field, c.was):
            stale.append(
                f"{loc}: {c.activity}.{c.field} is now {current[c.field]!r}, "
                f"the correction expected {c.was!r}"
            )
            continue
        current[c.field] = _normalise(c.field, c.value)
        try:
            by_id[c.activity] = activity_from_dict(current)
        except (KeyError, TypeError, ValueError) as exc:
            raise CorrectionError(f"value does not fit field '{c.field}': {exc}", loc) from None
    if stale:
        raise CorrectionError(
            "stale corrections (the ingester's output changed under them):\n  "
            + "\n  ".join(stale),
            path,
            "review each one: update 'was', or remove the correction if it is no longer needed",
        )
    return [replace(by_id[i]) for i in order if i in by_id]
