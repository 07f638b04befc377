"""The code of the day issue 13 was filed, run on the same pages, on the same machine, in the
same run: what "at 222x as today or better" is measured against.

The issue's figures (39.3 s and 681 MB at 222x) were measured on the machine of that day;
this machine's speed varies from run to run by more than twice (the import floor has taken
0.35 s to 1.1 s), so seconds of another day compare with nothing. ``make bench`` therefore
also runs the code of that day, :data:`COMMIT` (taken out of the repository's history with
``git archive``, run with this environment's packages), on the 222x pages it generated:
that code's own benchmark child (``bench/run.py --child PAGES --engine fast``), whose stages
are ingest, build, the store's load, validation, the exports, the network views, then its
query catalog. Its *end to end* is what its own report called so: every stage but the
catalog queries (and the format writers' own rows, counted by the wait for them). The
child is stopped once its network views are done: its catalog is not what is compared, and
the memory measured (the peak of its process tree's PSS, as for ``graphbuild run``, and its
main process's peak RSS, as its own report gave it) is then that of its pipeline alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The last commit before issue 13 was filed (its bench/results.md gives the 222x figures
#: the issue quotes: 39.31 s end to end, 681 MB).
COMMIT = "9c3f5615c8680df19193db001a6a082c6c2b4634"
SCALE = 222
#: Seconds the code of that day may take on the pages, until its network views are done.
TIMEOUT = 1800.0
#: Rows of its child that are not in its end to end.
_NOT_END_TO_END = ("query ", "endpoint ", "worker ", "largest worker")


def end_to_end(rows: list[dict[str, Any]]) -> float:
    """The child's *end to end*, as its report summed it: every stage but the catalog's
    queries and the format writers' own rows."""
    return sum(r["seconds"] or 0.0 for r in rows if not r["stage"].startswith(_NOT_END_TO_END))


def stage_groups(rows: list[dict[str, Any]]) -> dict[str, float]:
    """The child's stages in the groups of ``graphbuild run``'s: ingest, build (the graph,
    the store, validation, the exports), network views."""
    kept = [r for r in rows if not r["stage"].startswith(_NOT_END_TO_END)]
    ingest = sum(r["seconds"] or 0.0 for r in kept if r["stage"] == "ingest")
    views = sum(r["seconds"] or 0.0 for r in kept if r["stage"] == "networks")
    return {"ingest": ingest, "build": end_to_end(rows) - ingest - views, "network views": views}


def baseline_at_scale(work: Path, pages: Path, tree_memory: Callable[[int], Any]) -> dict[str, Any]:
    """The code of :data:`COMMIT` on ``pages``, stopped once its pipeline is done (before its
    catalog): its stages, end to end, the peak of its process tree's PSS (``tree_memory``:
    bench/run.py's sampler) and its main process's peak RSS over that time; ``{"skipped":
    why}`` where it cannot run."""
    root = Path(__file__).resolve().parent.parent
    code = work / "code-of-issue-13"
    out = work / "out-code-of-issue-13"
    for folder in (code, out):
        shutil.rmtree(folder, ignore_errors=True)
    code.mkdir(parents=True)
    try:
        archive = subprocess.run(
            ["git", "-C", str(root), "archive", "--format=tar", COMMIT],
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
        return _run_until_views(code, pages, out, tree_memory)
    except (OSError, subprocess.CalledProcessError) as exc:
        return {"skipped": f"the commit could not be taken out or run ({exc})"}
    finally:
        shutil.rmtree(code, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)


#: The last stage of the pipeline in that code's child; its catalog comes after.
LAST_STAGE = "networks"
_STAGE_LINE = re.compile(r"^  (?P<stage>[^:]+): (?P<seconds>[0-9.]+) s$")


def _run_until_views(
    code: Path, pages: Path, out: Path, tree_memory: Callable[[int], Any]
) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "bench/run.py", "--child", str(pages), "--out", str(out)]
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--engine", "fast"],
        cwd=code,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    sampler = tree_memory(process.pid)
    sampler.start()
    timer = threading.Timer(TIMEOUT, os.killpg, (process.pid, signal.SIGKILL))
    timer.start()
    rows: list[dict[str, Any]] = []
    peak_rss_mb = None
    tail: list[str] = []
    try:
        assert process.stderr is not None
        for line in process.stderr:
            tail = [*tail[-5:], line.rstrip()]
            m = _STAGE_LINE.match(line.rstrip("\n"))
            if m is None:
                continue
            rows.append({"stage": m["stage"], "seconds": float(m["seconds"])})
            if m["stage"] == LAST_STAGE:
                peak_rss_mb = _peak_rss_mb(process.pid)
                break
    finally:
        tree_peak_mb = sampler.stop()
        timer.cancel()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    if peak_rss_mb is None:
        return {"skipped": "it ended before its network views: " + " / ".join(tail)}
    return {
        "commit": COMMIT,
        "rows": rows,
        "end_to_end": end_to_end(rows),
        "groups": stage_groups(rows),
        "peak_rss_mb": peak_rss_mb,
        "tree_peak_mb": tree_peak_mb,
        "wall": time.perf_counter() - started,
    }


def _peak_rss_mb(pid: int) -> float | None:
    """The peak resident memory of a running process (``VmHWM``), MB."""
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None
