"""The benchmark: what `make run` runs, from scratch, and the whole pipeline at 1x-1000x.

``python bench/run.py`` (``make bench``) measures, in one run, and writes ``results.md``:

1. **The main job on the source pages, as `make run` runs it**: ``graphbuild run`` (the
   one command `make run` calls) and, beside it, the five commands `make run` called before
   (ingest, extract, build, network draw, docs), each in a fresh process, from scratch (a
   fresh folder: no ``dist/``, no ``data/activities.json``), beside the import floor
   (``python -c 'import rdflib, pyshacl, networkx'``). Medians of ``--repeat`` rounds, the
   commands of a round one after the other.
2. **Scales** (pages from ``bench/generate.py``): ``graphbuild run`` on the generated pages
   (wall, the stages it reports, CPU, the peak memory of its whole process tree), then the
   query catalog through the served endpoint on what it wrote (``bench/endpoint.py``);
   the plain stack (``bench/plain.py``: rdflib, pySHACL, its own research table) measured
   scale after scale until a run passes ``--budget`` seconds (it is stopped there) or its
   estimate from the scale below does: nothing is extrapolated. At 222x, the code of the day
   issue 13 was filed runs on the same pages (``bench/baseline.py``): the "before" of "as
   today or better", measured on this machine in this run.

Memory: the peak of the sum of the proportional set sizes (``Pss`` of
``/proc/PID/smaps_rollup``) of the command and every process below it, sampled every
0.2 s: pages shared by forked workers count once. The largest ``ru_maxrss`` of a single
process of the tree is given beside it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
SOURCES = ROOT.parent / "shared" / "sources"
CATALOG_VALUES = {
    "activities-of-person": {"person": "jacques-drouin"},
    "activities-per-country": {},
    "title-search": {"text": "observation"},
    "country-timeline": {"country": "HTI"},
}
QUERY_TIMEOUT = 60.0
#: Rows of one page when a catalog answer is too slow or too large whole.
PAGE_ROWS = 1000
HAND_MARKER = (
    "<!-- Below: analysis written by hand from the figures above; make bench keeps it. -->"
)


# -- measuring one command -----------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Every process below ``pid`` (from /proc)."""
    below: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        below.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += below.get(current, [])
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _TreeMemory(threading.Thread):
    """Samples the sum of PSS over a process tree until stopped; ``peak_mb`` is its maximum."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_kb = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            total = sum(_pss_kb(p) for p in _children(self.pid))
            self.peak_kb = max(self.peak_kb, total)
            self._stop_event.wait(self.every)

    def stop(self) -> float:
        self._stop_event.set()
        self.join()
        return self.peak_kb / 1024


def measure(
    command: list[str],
    *,
    cwd: Path,
    timeout: float | None = None,
    memory: bool = True,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Run ``command``; its wall seconds, the CPU seconds of it and its children, the peak
    memory of its process tree, its exit status and output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        found = _measure(command, cwd, timeout, memory, out, err, env)
    return found


def _measure(
    command: list[str],
    cwd: Path,
    timeout: float | None,
    memory: bool,
    out: Any,
    err: Any,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=out, stderr=err, start_new_session=True, env=env
    )
    sampler = _TreeMemory(process.pid) if memory else None
    if sampler:
        sampler.start()
    timer = None
    if timeout:

        def stop() -> None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, stop)
        timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if timer:
        timer.cancel()
    peak = sampler.stop() if sampler else None
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)  # workers left behind by a stopped run
    out.seek(0)
    err.seek(0)
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": peak,
        "max_rss_mb": usage.ru_maxrss / 1024,
        "status": process.returncode,
        "timed_out": bool(timeout) and wall >= timeout and process.returncode != 0,
        "stdout": out.read().decode("utf-8", "replace"),
        "stderr": err.read().decode("utf-8", "replace")[-2000:],
    }


# -- 1. the main job on the source pages, from scratch ------------------------------------------


def _fresh_folder(work: Path, name: str) -> Path:
    """A folder with the project's data/ but no records file and no dist/."""
    folder = work / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copytree(ROOT / "data", folder / "data")
    (folder / "data" / "activities.json").unlink(missing_ok=True)
    return folder


def _graphbuild() -> str:
    return str(Path(sys.executable).parent / "graphbuild")


#: `graphbuild run` with its regular expressions compiled anew: the programs the install
#: keeps beside the bytecode (graphbuild/pattern_cache.py) set aside for the run.
COLD = "graphbuild run, its patterns compiled anew"


@contextlib.contextmanager
def _patterns_aside() -> Iterator[None]:
    from graphbuild import pattern_cache

    kept = pattern_cache.CACHE_FILE
    aside = kept.with_name(kept.name + ".aside") if kept is not None else None
    moved = kept is not None and aside is not None and kept.exists()
    if moved:
        os.replace(kept, aside)  # type: ignore[arg-type]
    try:
        yield
    finally:
        if moved:
            os.replace(aside, kept)  # type: ignore[arg-type]


def main_job(work: Path, repeat: int) -> dict[str, Any]:
    pages = [str(p) for p in sorted(SOURCES.glob("*.txt"))]
    if not pages:
        raise SystemExit(f"no source pages in {SOURCES}")
    gb = _graphbuild()
    separate = {
        "ingest": [gb, "ingest", *pages, "--report", "dist/ingest-report.json"],
        "extract": [gb, "extract", *pages, "--format", "csv", "-o", "dist/raw-missions.csv"],
        "build": [gb, "build", "--data", "data", "--out", "dist"],
        "network draw": [gb, "network", "draw", "--out", "dist"],
        "docs": [gb, "docs", "--out", "dist"],
    }
    floors = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import rdflib, pyshacl, networkx": [
            sys.executable,
            "-c",
            "import rdflib, pyshacl, networkx",
        ],
        "graphbuild --help": [gb, "--help"],
    }
    runs: dict[str, list[dict[str, Any]]] = {}
    for round_ in range(repeat):
        print(f"main job, round {round_ + 1}", file=sys.stderr, flush=True)
        for name, command in floors.items():
            runs.setdefault(name, []).append(measure(command, cwd=ROOT, memory=False))
        folder = _fresh_folder(work, "main-job-one")
        one = measure([gb, "run", *pages, "--data", "data", "--out", "dist"], cwd=folder)
        one["stages"] = run_stages(one["stdout"])
        runs.setdefault("graphbuild run", []).append(one)
        folder = _fresh_folder(work, "main-job-cold")
        with _patterns_aside():
            cold = measure(
                [gb, "run", *pages, "--data", "data", "--out", "dist"],
                cwd=folder,
                env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            )
        runs.setdefault(COLD, []).append(cold)
        folder = _fresh_folder(work, "main-job-separate")
        for name, command in separate.items():
            runs.setdefault(name, []).append(measure(command, cwd=folder))
    for name, found in runs.items():
        bad = [r for r in found if r["status"] != 0]
        if bad:
            raise SystemExit(f"{name} failed: {bad[0]['stderr']}")
    return {"runs": runs, "separate": list(separate), "floors": list(floors)}


_STAGES = re.compile(r"files in .* in ([\d.]+) s \((.*)\)")


def run_stages(stdout: str) -> dict[str, float]:
    """The stage seconds `graphbuild run` prints on its last line."""
    for line in reversed(stdout.splitlines()):
        match = _STAGES.search(line)
        if match:
            stages = {"total": float(match.group(1))}
            for part in match.group(2).split(", "):
                name, _, seconds = part.rpartition(" ")[0].rpartition(" ")
                stages[name] = float(seconds)
            return stages
    return {}


# -- 2. scales -----------------------------------------------------------------------------


def _scale_data(work: Path) -> Path:
    """data/ for generated pages: the gazetteers, no corrections (they are about the real
    pages' records) and no records file."""
    folder = work / "data-generated"
    if not folder.exists():
        shutil.copytree(ROOT / "data", folder)
        (folder / "corrections.toml").unlink(missing_ok=True)
        (folder / "activities.json").unlink(missing_ok=True)
    return folder


def _fresh_data(work: Path, name: str) -> Path:
    target = work / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(_scale_data(work), target)
    return target


def fast_at_scale(work: Path, pages: Path, scale: int) -> dict[str, Any]:
    data = _fresh_data(work, f"data-fast-{scale}")
    out = work / f"out-fast-{scale}"
    shutil.rmtree(out, ignore_errors=True)
    found = measure(
        [_graphbuild(), "run", str(pages), "--data", str(data), "--out", str(out)], cwd=work
    )
    found["stages"] = run_stages(found["stdout"])
    if found["status"] != 0:
        return found
    from recall import score  # bench/recall.py

    from graphbuild.store import load_records

    activities = load_records(data / "activities.json").activities
    found["recall"] = score(pages, activities)
    found["activities"] = len(activities)
    found["triples"] = _triples(out)
    found["endpoint"] = catalog_through_endpoint(out)
    with open(out / "missions.csv", "rb") as table:
        found["missions_rows"] = sum(1 for _ in table) - 1
    return found


def _triples(out: Path) -> int:
    with open(out / "graph.nt", "rb") as f:
        return sum(1 for _ in f)


def catalog_through_endpoint(out: Path) -> list[dict[str, Any]]:
    """Each catalog query through the served endpoint, whole; a paged query (``#+ page:``)
    also page by page, as ``graphbuild query --page-size`` sends it (its first, a middle
    and its last page of :data:`graphbuild.catalog.PAGE_SIZE` activities, each two
    requests); any other query over 1 s (or refused) again as a first page of
    :data:`PAGE_ROWS` rows (the query with a LIMIT)."""
    from endpoint import time_catalog_through_endpoint  # bench/endpoint.py

    from graphbuild.catalog import bind, load_catalog

    catalog = {n: q for n, q in load_catalog().items() if not n.startswith("network-")}
    bound = {name: bind(q, CATALOG_VALUES.get(name, {}))[0] for name, q in sorted(catalog.items())}
    paged = frozenset(n for n, q in catalog.items() if q.paged)
    rows = time_catalog_through_endpoint(out, bound, timeout_s=QUERY_TIMEOUT, paged=paged)
    slow = {
        r["stage"].removeprefix("endpoint "): bound[r["stage"].removeprefix("endpoint ")]
        for r in rows
        if (r["seconds"] is None or r["seconds"] >= 1.0)
        and r["stage"].removeprefix("endpoint ") not in paged
    }
    limited = {
        name: text.rstrip() + f"\nLIMIT {PAGE_ROWS}"
        for name, text in slow.items()
        if not re.search(r"\bLIMIT\s+\d+\s*$", text, re.IGNORECASE)
    }
    if limited:
        for row in time_catalog_through_endpoint(out, limited, timeout_s=QUERY_TIMEOUT):
            name = row["stage"].removeprefix("endpoint ")
            for whole in rows:
                if whole["stage"] == f"endpoint {name}":
                    whole["first_page"] = row
    return rows


def plain_at_scale(work: Path, pages: Path, scale: int, budget: float) -> dict[str, Any]:
    data = _fresh_data(work, f"data-plain-{scale}")
    out = work / f"out-plain-{scale}"
    shutil.rmtree(out, ignore_errors=True)
    found = measure(
        [sys.executable, str(BENCH / "plain.py"), str(pages), str(data), str(out)],
        cwd=work,
        timeout=budget,
    )
    if found["status"] == 0:
        found.update(json.loads(found["stdout"].splitlines()[-1]))
        fast_table = work / f"out-fast-{scale}" / "missions.csv"
        if fast_table.exists():
            found["same_research_table"] = (out / "missions.csv").read_bytes() == (
                fast_table.read_bytes()
            )
    return found


# -- the whole run ---------------------------------------------------------------------------


def _cpu() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def _memory() -> str:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "?"


def _others() -> list[str]:
    """Other busy processes on the machine when the run starts (not ours): what else ran."""
    mine = set(_children(os.getpid()))
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in mine:
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                args = f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        cpu_s = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        if args and cpu_s > 5 and ("pytest" in args or "python" in args or "oxigraph" in args):
            words = [w.rsplit("/", 1)[-1] for w in args.split()]  # no machine paths
            found.append(" ".join(words)[:90])
    return sorted(set(found))


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100,222,1000")
    parser.add_argument("--plain-scales", default="1,10,100,222,1000")
    parser.add_argument("--budget", type=float, default=600.0, help="seconds per plain run")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the main job")
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    parser.add_argument("--work", type=Path, default=None, help="folder for pages and outputs")
    parser.add_argument(
        "--no-baseline", action="store_true", help="do not run the code of issue 13's day"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(BENCH))
    import baseline  # bench/baseline.py
    from generate import generate  # bench/generate.py
    from report import render  # bench/report.py

    work = args.work or Path(tempfile.mkdtemp(prefix="graphbuild-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    began = time.time()
    context = {"others at start": _others(), "load at start": _load()}
    bench_started = time.perf_counter()
    job = main_job(work, args.repeat)
    machine = {
        "CPU": _cpu(),
        "cores": str(os.cpu_count()),
        "memory": _memory(),
        "Python": platform.python_version(),
        **{name: version(name) for name in ("rdflib", "pyshacl", "pyoxigraph", "networkx")},
    }
    started_at = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(began))

    def write(*, done: bool) -> None:
        """results.md from what is measured so far: after each scale, so that a run stopped
        early leaves its figures (marked as such), and at the end."""
        context["load at end"] = _load()
        context["others at end"] = _others()
        text = render(
            job,
            fast,
            plain,
            before,
            scales,
            machine,
            context,
            budget=args.budget,
            started_at=started_at,
            minutes=(time.perf_counter() - bench_started) / 60,
            done=done,
        )
        kept = HAND_MARKER + "\n"
        if args.results.is_file():
            previous = args.results.read_text(encoding="utf-8")
            if HAND_MARKER in previous:
                kept = previous[previous.index(HAND_MARKER) :]
        scratch = args.results.with_name(args.results.name + ".tmp")
        scratch.write_text(text.rstrip("\n") + "\n\n" + kept, encoding="utf-8")
        os.replace(scratch, args.results)
        raw = {
            "job": job,
            "fast": fast,
            "plain": plain,
            "before": before,
            "context": context,
            "machine": machine,
        }
        (work / "results.json").write_text(json.dumps(raw, indent=1, default=str), "utf-8")
        print(f"wrote {args.results} (raw figures: {work / 'results.json'})", file=sys.stderr)

    scales = [int(s) for s in args.scales.split(",")]
    plain_scales = [int(s) for s in args.plain_scales.split(",")]
    fast: dict[int, Any] = {}
    plain: dict[int, Any] = {}
    before: dict[int, Any] = {}  # the code of issue 13's day, on the same pages
    last_plain: tuple[int, float] | None = None
    for scale in scales:
        pages = work / f"pages-{scale}"
        if not (pages / "manifest.json").exists():
            generate(scale, pages)
        print(f"scale {scale}, fast", file=sys.stderr, flush=True)
        fast[scale] = fast_at_scale(work, pages, scale)
        if scale == baseline.SCALE and not args.no_baseline:
            print(f"scale {scale}, the code of {baseline.COMMIT[:7]}", file=sys.stderr, flush=True)
            before[scale] = baseline.baseline_at_scale(work, pages, _TreeMemory)
        if scale in plain_scales and not any(r.get("timed_out") for r in plain.values()):
            estimate = last_plain[1] * scale / last_plain[0] if last_plain else 0.0
            if estimate > args.budget:
                plain[scale] = {"skipped": estimate}
            else:
                print(f"scale {scale}, plain", file=sys.stderr, flush=True)
                plain[scale] = plain_at_scale(work, pages, scale, args.budget)
                if plain[scale]["status"] == 0:
                    last_plain = (scale, plain[scale]["wall"])
        write(done=False)
    write(done=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
