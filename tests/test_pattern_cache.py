"""The compiled patterns kept between runs (graphbuild/pattern_cache.py): a kept program is
the one ``re`` compiles, a pattern made from it matches what ``re.compile`` matches, and a
file that is damaged, of another Python or missing is not used."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

import graphbuild.ingest  # noqa: F401  (every rule compiled, so every program is known)
from graphbuild import pattern_cache
from graphbuild.ingest.names import NameIndex

pytestmark = pytest.mark.skipif(not pattern_cache.TAG, reason="no CPython regex internals")


def _known() -> dict[tuple[str, int], pattern_cache.Program]:
    return {**pattern_cache._programs(), **pattern_cache._added}


def test_every_kept_program_is_the_one_re_compiles(gazetteer: object) -> None:
    NameIndex(gazetteer)  # type: ignore[arg-type]  (its name patterns too)
    known = _known()
    assert len(known) > 400  # the ingester's rules: several hundred patterns
    for (pattern, flags), program in known.items():
        fresh = re.compile(pattern, flags)
        kept = pattern_cache.compile_pattern(pattern, flags)
        assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        ), pattern
        assert pattern_cache._compile(pattern, flags)[1] == program, pattern


def test_patterns_from_a_written_file_match_what_re_compile_matches(
    tmp_path: Path, pages: list[Path]
) -> None:
    path = tmp_path / "patterns.marshal"
    assert pattern_cache.write(path) == path
    read = pattern_cache._read(path)
    assert read.keys() >= pattern_cache._programs().keys() and read
    import _sre

    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    for (pattern, flags), program in list(read.items())[::7]:
        ours = _sre.compile(pattern, *program)
        theirs = re.compile(pattern, flags)
        assert [m.span() for m in ours.finditer(text)] == [
            m.span() for m in theirs.finditer(text)
        ], pattern


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal at all",
        marshal.dumps((1, "cpython-99-0-4", {("a", 0): (0, [1], 0, {}, (None,))})),
        marshal.dumps((pattern_cache._FORMAT, pattern_cache.TAG, [1, 2, 3])),
        marshal.dumps((pattern_cache._FORMAT, pattern_cache.TAG, {("a", 0): "no program"})),
    ],
    ids=["empty", "garbage", "another Python", "not a table", "not a program"],
)
def test_a_file_that_is_not_this_python_s_programs_is_not_used(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    assert pattern_cache._read(path) == {}
    assert pattern_cache._read(tmp_path / "missing.marshal") == {}


def test_a_program_the_engine_refuses_is_compiled_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    key = (r"(?P<x>ab+)c", 0)
    monkeypatch.setitem(
        pattern_cache._programs(), key, (32, [99, 99, 99], 1, {"x": 1}, (None, "x"))
    )
    compiled = pattern_cache.compile_pattern(*key)
    assert compiled.fullmatch("abbc") is not None and compiled.groupindex == {"x": 1}
    assert pattern_cache._added.pop(key) == pattern_cache._compile(*key)[1]


def test_where_the_folder_cannot_be_written_nothing_is_written(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way of a folder")
    assert pattern_cache.write(blocked / "patterns.marshal") is None
