"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

The ingester's rules are some 750 regular expressions. ``re`` parses and compiles a pattern
in Python code: together about 0.17 s at every start, a sixth of the main job on the two
source pages. What ``re.compile`` makes of a pattern, its program for the ``_sre`` engine,
depends only on the pattern, its flags and the Python that compiled it, so the programs are
kept in one file beside the package's bytecode (``__pycache__/patterns.TAG.marshal``, TAG
naming the Python and its ``_sre`` engine), read with :mod:`marshal` as ``.pyc`` files are:

- :func:`compile_pattern` is ``re.compile`` for the project's patterns: a pattern whose
  program is kept is made by the call ``re.compile`` itself ends with (``_sre.compile``, which
  checks the program), any other is compiled as usual and its program remembered;
- a process that compiled patterns the file lacked writes it again when it ends (atomically,
  only where the folder is writable and Python writes bytecode), and ``python -m
  graphbuild.pattern_cache`` writes it at install, after the bytecode (``make``).

Where the file is missing, of another Python, unreadable or of another shape, or where this
Python lacks those internals, every pattern is compiled as usual: the file can only make a
start faster, never change what a pattern matches (``tests/test_pattern_cache.py`` compares
each kept program with a fresh compile).
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython's engine and the compiler ``re`` runs (private: checked, else not used)
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")

    TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - another Python
    TAG = ""

#: The file of this Python's programs (none where the internals are missing).
CACHE_FILE = Path(__file__).parent / "__pycache__" / f"patterns.{TAG}.marshal" if TAG else None
#: At most this many patterns are kept (the gazetteers' name patterns change with them):
#: past it, a process writes only the patterns it used.
MOST_KEPT = 4096
_FORMAT = 1

# (pattern, flags) -> (flags as compiled, program, groups, group index, index group)
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_kept: dict[tuple[str, int], Program] | None = None
_added: dict[tuple[str, int], Program] = {}
_used: set[tuple[str, int]] = set()
_owner = os.getpid()


def compile_pattern(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the kept program when there is one."""
    flags = int(flags)
    if not TAG or flags & re.DEBUG or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    kept = _programs().get(key) or _added.get(key)
    if kept is not None:
        try:
            compiled = _sre.compile(pattern, kept[0], kept[1], kept[2], kept[3], kept[4])
        except Exception:  # a program this engine refuses: compiled anew below
            pass
        else:
            _used.add(key)
            return compiled  # type: ignore[no-any-return]
    compiled, program = _compile(pattern, flags)
    _added[key] = program
    _used.add(key)
    return compiled


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], Program]:
    """What ``re._compiler.compile`` does, keeping the program it hands to ``_sre``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    program: Program = (
        int(flags | parsed.state.flags),
        [int(c) for c in code],  # (opcodes are int subclasses marshal refuses)
        int(parsed.state.groups - 1),
        groupindex,
        tuple(indexgroup),
    )
    compiled = _sre.compile(pattern, *program)
    return compiled, program


def _programs() -> dict[tuple[str, int], Program]:
    global _kept
    if _kept is None:
        _kept = _read(CACHE_FILE) if CACHE_FILE is not None else {}
        atexit.register(_write_at_exit)
    return _kept


def _read(path: Path) -> dict[tuple[str, int], Program]:
    """The programs of the file, or none where it is missing, damaged or of another shape."""
    try:
        # (read whole first: marshal.load reads a file object a few bytes at a time)
        data: Any = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(data, tuple) and len(data) == 3 and data[:2] == (_FORMAT, TAG)):
        return {}
    programs = data[2]
    if not isinstance(programs, dict):
        return {}
    return {k: v for k, v in programs.items() if _well_formed(k, v)}


def _well_formed(key: object, value: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(value, tuple)
        and len(value) == 5
        and isinstance(value[0], int)
        and isinstance(value[1], list)
        and isinstance(value[2], int)
        and isinstance(value[3], dict)
        and isinstance(value[4], tuple)
    )


def write(path: Path | None = None) -> Path | None:
    """Write the programs kept and compiled in this process into ``path`` (by default
    :data:`CACHE_FILE`), replacing it at once; the path, or None where it cannot be
    written (a read-only installation: patterns are then compiled at each start)."""
    target = path or CACHE_FILE
    if target is None:
        return None
    programs = {**_programs(), **_added}
    if len(programs) > MOST_KEPT:
        programs = {k: programs[k] for k in _used if k in programs}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".patterns-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as file:
                marshal.dump((_FORMAT, TAG, programs), file)
            os.chmod(temporary, 0o644)  # as Python's own bytecode files
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return None
    if _kept is not None:
        _kept.update(_added)
    _added.clear()
    return target


def _write_at_exit() -> None:
    # Only the process that read the file (not a forked worker), only when it compiled
    # something new, and not where Python is told to write no bytecode.
    if _added and os.getpid() == _owner and not sys.dont_write_bytecode:
        write()


def warm() -> None:
    """Compile what every run compiles: the ingester's rules (on import) and the name
    patterns of the gazetteers shipped with the package."""
    from graphbuild.gazetteer import load_gazetteer
    from graphbuild.ingest import extract  # noqa: F401  (every rule module)
    from graphbuild.ingest.names import NameIndex
    from graphbuild.resources import resource_dir

    NameIndex(load_gazetteer(resource_dir("gazetteers")))


def main() -> None:
    """Compile and keep what every run compiles (``python -m graphbuild.pattern_cache``)."""
    warm()
    written = write()
    print(f"{len(_programs())} compiled patterns -> {written}" if written else "not written")


if __name__ == "__main__":  # at install, after the bytecode: run as the package's module, so
    # that the rules' modules and this one share the same programs
    from graphbuild import pattern_cache

    pattern_cache.main()
