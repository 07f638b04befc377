"""The benchmark: plain stack and fast path side by side, at several scales -> results.md.

``python bench/run.py`` (``make bench``) generates the pages of each scale
(``bench/generate.py``), then for each scale and engine runs one child process that goes
through every stage (ingest, build, SHACL validation, each export, each catalog query, the
network views) and reports seconds and peak memory (``ru_maxrss`` of the child) per stage.
The plain stack is skipped at a scale where its estimate, from the scale below, passes the
time budget; its figures there are extrapolated linearly and marked so.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CATALOG_VALUES = {
    "activities-of-person": {"person": "jacques-drouin"},
    "activities-per-country": {},
    "title-search": {"text": "observation"},
    "country-timeline": {"country": "HTI"},
}


# -- the child: one scale, one engine, every stage ------------------------------------------


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Stages:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def run(self, name: str, work: Callable[[], Any], triples: int | None = None) -> Any:
        started = time.perf_counter()
        result = work()
        seconds = time.perf_counter() - started
        self.rows.append(
            {"stage": name, "seconds": seconds, "peak_mb": _rss_mb(), "triples": triples}
        )
        print(f"  {name}: {seconds:.2f} s", file=sys.stderr, flush=True)
        return result


QUERY_TIMEOUT = 60.0
HAND_MARKER = (
    "<!-- Below: analysis written by hand from the figures above; make bench keeps it. -->"
)


def run_query_forked(stages: _Stages, name: str, work: Callable[[], Any], triples: int) -> None:
    """Time one query in a forked copy of this process (the graph is shared copy-on-write),
    so that a query past ``QUERY_TIMEOUT`` can be stopped and recorded as such."""
    import select
    import signal

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the copy: run, report the seconds, leave without cleanup
        os.close(read)
        started = time.perf_counter()
        work()
        os.write(write, f"{time.perf_counter() - started}".encode())
        os._exit(0)
    os.close(write)
    ready, _, _ = select.select([read], [], [], QUERY_TIMEOUT)
    if ready:
        seconds: float | None = float(os.read(read, 64).decode() or "nan")
    else:
        os.kill(pid, signal.SIGKILL)
        seconds = None
    os.close(read)
    os.waitpid(pid, 0)
    row = {"stage": name, "seconds": seconds, "peak_mb": _rss_mb(), "triples": triples}
    stages.rows.append(row)
    print(f"  {name}: {seconds if seconds is not None else 'timeout'}", file=sys.stderr)


def child(pages_dir: Path, engine: str, out: Path) -> dict[str, Any]:
    from graphbuild.catalog import bind, load_catalog
    from graphbuild.export import RdfFormat
    from graphbuild.gazetteer import load_gazetteer
    from graphbuild.ingest import ingest_paths
    from graphbuild.rdf import SourceDocument

    stages = _Stages()
    data_dir = str(ROOT / "data")
    paths = sorted(str(p) for p in pages_dir.glob("*.txt"))
    gaz = load_gazetteer(data_dir)
    # Both engines use the project's ingester (pages read by two worker processes from 2 MB).
    activities = stages.run("ingest", lambda: list(ingest_paths(paths, gaz).activities))
    from recall import score  # bench/recall.py

    from graphbuild.sources import read_page

    found = score(pages_dir, activities) if (pages_dir / "manifest.json").exists() else None
    pages = [read_page(p) for p in paths]
    sources = [SourceDocument(p.id, p.id, p.sha256) for p in pages]
    out.mkdir(parents=True, exist_ok=True)
    catalog = {n: q for n, q in load_catalog().items() if not n.startswith("network-")}
    if engine == "plain":
        from rdflib import Graph

        from graphbuild import export
        from graphbuild.networks import write_main_views
        from graphbuild.rdf import build_dataset
        from graphbuild.validate import validate

        ds = stages.run("build", lambda: build_dataset(activities, gaz, sources=sources))
        triples = sum(len(g) for g in ds.graphs())
        stages.rows[-1]["triples"] = triples
        stages.run("validate", lambda: validate(ds), triples)
        for fmt in RdfFormat:
            data = stages.run(
                f"export {fmt.file_name}", lambda fmt=fmt: export.serialise(ds, fmt), triples
            )
            (out / fmt.file_name).write_bytes(data)
        stages.run("export missions.csv", lambda: export.research_table(ds), triples)
        stages.run(
            "export void.ttl",
            lambda: export.void_description(ds, version="bench", created="2024-01-01"),
            triples,
        )
        union: Graph = stages.run("query: union graph", lambda: export.union_graph(ds))
        for name, query in sorted(catalog.items()):
            text, _ = bind(query, CATALOG_VALUES.get(name, {}))
            run_query_forked(
                stages, f"query {name}", lambda text=text: list(union.query(text)), triples
            )
        stages.run("networks", lambda: write_main_views(union, out), triples)
    else:
        from graphbuild import fastexport
        from graphbuild.fastpath import StoreBackedGraph, build_store
        from graphbuild.fastshacl import validate_store
        from graphbuild.networks import write_main_views

        # What `graphbuild build --engine fast` does, stage by stage: the formats are written
        # by worker processes from the files while this process loads, validates and queries.
        graph = stages.run(
            "build", lambda: build_store(activities, gaz, sources=sources, workdir=out)
        )
        triples = graph.counts["union"]
        stages.rows[-1]["triples"] = triples
        del activities  # not needed past the build (the plain run keeps its dataset)
        writer = stages.run("start format writers", lambda: fastexport.FileWriter(graph, out))
        stages.run("load store", lambda: graph.store, triples)
        stages.run("validate", lambda: validate_store(graph), triples)
        stages.run(
            "export missions.csv",
            lambda: fastexport.write_research_csv(graph, out / "missions.csv"),
            triples,
        )
        stages.run("counts", lambda: fastexport.summary_counts(graph), triples)
        _written, counted = stages.run("wait for format writers", writer.collect, triples)
        stages.run("export void.ttl", lambda: fastexport.statistics(graph, counted), triples)
        # The ingest, describe and format workers (before the catalog forks copies of this).
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        stages.rows.append({"stage": "largest worker", "seconds": None, "peak_mb": children})
        for name, seconds in sorted(writer.seconds.items()):
            label = "VoID counts" if name == "statistics" else name
            stages.rows.append(
                {
                    "stage": f"worker {label}",
                    "seconds": seconds,
                    "peak_mb": None,
                    "triples": triples,
                    "overlapped": True,
                }
            )
        for name, query in sorted(catalog.items()):
            text, _ = bind(query, CATALOG_VALUES.get(name, {}))
            run_query_forked(stages, f"query {name}", lambda text=text: graph.select(text), triples)
        stages.run("networks", lambda: write_main_views(StoreBackedGraph(graph), out), triples)
        if (BENCH / "endpoint.py").exists():
            from endpoint import time_catalog_through_endpoint  # bench/endpoint.py

            bound = {
                name: bind(query, CATALOG_VALUES.get(name, {}))[0]
                for name, query in sorted(catalog.items())
            }
            for row in time_catalog_through_endpoint(out, bound, timeout_s=QUERY_TIMEOUT):
                stages.rows.append({**row, "peak_mb": None, "triples": triples})
        shutil.rmtree(graph.union.parent)  # the describe's sorted files (a scratch folder)
    return {"rows": stages.rows, "recall": found}


# -- the parent ----------------------------------------------------------------------------


def _run_child(pages: Path, engine: str, out: Path, timeout: float) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", str(pages), "--engine", engine]
    command += ["--out", str(out)]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "wall": time.perf_counter() - started, "rows": []}
    wall = time.perf_counter() - started
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode != 0:
        return {"status": f"failed: {done.stderr[-800:]}", "wall": wall, "rows": []}
    report = json.loads(done.stdout)
    return {"status": "ok", "wall": wall, "peak": child_peak, **report}


def _median_wall(command: list[str], n: int = 5) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100,222,1000")
    parser.add_argument("--budget", type=float, default=600.0, help="seconds per plain run")
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    parser.add_argument("--work", type=Path, default=None, help="folder for pages and outputs")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="fast", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.engine, args.out)))
        return 0

    from generate import generate  # bench/ is the script's folder, on sys.path

    work = args.work or Path(tempfile.mkdtemp(prefix="graphbuild-bench-"))
    scales = [int(s) for s in args.scales.split(",")]
    results: dict[tuple[int, str], dict[str, Any]] = {}
    recall: dict[int, Any] = {}
    bench_started = time.perf_counter()
    for scale in scales:
        pages = work / f"pages-{scale}"
        if not (pages / "manifest.json").exists():
            generate(scale, pages)
        for engine in ("fast", "plain"):
            print(f"scale {scale}, {engine}", file=sys.stderr, flush=True)
            measured = [
                (s, results[(s, engine)])
                for s in scales[: scales.index(scale)]
                if results.get((s, engine), {}).get("status") == "ok"
            ]
            if engine == "plain" and measured:
                last_scale, last = measured[-1]
                ratio = scale / last_scale
                estimate = last["wall"] * ratio
                if estimate > args.budget:
                    results[(scale, engine)] = _extrapolated(last, ratio, estimate)
                    continue
            results[(scale, engine)] = _run_child(
                pages, engine, work / f"out-{scale}-{engine}", args.budget * 1.5
            )
        recall[scale] = results[(scale, "fast")].get("recall")
    startup = _startup()
    source = _source_pipeline(work)
    text = _report(results, recall, scales, startup, source, time.perf_counter() - bench_started)
    # The analysis written by hand below the marker is kept; the tables above it are replaced.
    kept = HAND_MARKER + "\n"
    if args.results.is_file():
        previous = args.results.read_text(encoding="utf-8")
        if HAND_MARKER in previous:
            kept = previous[previous.index(HAND_MARKER) :]
    scratch = args.results.with_name(args.results.name + ".tmp")
    scratch.write_text(text.rstrip("\n") + "\n\n" + kept, encoding="utf-8")
    os.replace(scratch, args.results)
    raw = {f"{s}-{e}": r for (s, e), r in results.items()}
    (work / "results.json").write_text(
        json.dumps({"results": raw, "recall": recall, "startup": startup, "source": source}),
        encoding="utf-8",
    )
    print(f"wrote {args.results}", file=sys.stderr)
    return 0


def _extrapolated(previous: dict[str, Any], ratio: float, estimate: float) -> dict[str, Any]:
    rows = [
        {
            **row,
            "seconds": row["seconds"] * ratio if row["seconds"] is not None else None,
            "peak_mb": row["peak_mb"] * ratio if row["peak_mb"] is not None else None,
            "triples": row["triples"] * ratio if row.get("triples") else None,
        }
        for row in previous["rows"]
    ]
    return {"status": "extrapolated", "wall": estimate, "rows": rows, "peak": None}


def _startup() -> dict[str, float]:
    py = sys.executable
    bin_dir = Path(py).parent
    return {
        "python -c pass": _median_wall([py, "-c", "pass"]),
        "import rdflib": _median_wall([py, "-c", "import rdflib"]),
        "import rdflib, pyshacl, networkx": _median_wall(
            [py, "-c", "import rdflib, pyshacl, networkx"]
        ),
        "graphbuild --help": _median_wall([str(bin_dir / "graphbuild"), "--help"]),
    }


def _source_pipeline(work: Path) -> dict[str, float]:
    """Whole pipeline on the two real pages (ingest + build + validate + every file +
    network views), per engine, wall time of a fresh process, median of 3."""
    sources = ROOT.parent / "shared" / "sources"
    script = (
        "import sys, pathlib\n"
        "from graphbuild.pipeline import curate, build\n"
        "from graphbuild.networks import write_main_views\n"
        "from rdflib import Graph\n"
        "engine, out = sys.argv[1], pathlib.Path(sys.argv[2])\n"
        f"pages = sorted(pathlib.Path({str(sources)!r}).glob('*.txt'))\n"
        "curate(pages, 'data')\n"
        "build('data', out, engine=engine)\n"
        "if engine == 'fast':\n"
        "    from graphbuild.fastpath import StoreBackedGraph, load_ntriples\n"
        "    write_main_views(StoreBackedGraph(load_ntriples(out / 'graph.nt')), out)\n"
        "else:\n"
        "    write_main_views(Graph().parse(out / 'graph.nt'), out)\n"
    )
    found = {}
    for engine in ("fast", "plain"):
        out = work / f"source-{engine}"
        command = [sys.executable, "-c", script, engine, str(out)]
        found[engine] = statistics.median([_timed(command) for _ in range(3)])
    return found


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def _report(
    results: dict[tuple[int, str], dict[str, Any]],
    recall: dict[int, Any],
    scales: list[int],
    startup: dict[str, float],
    source: dict[str, float],
    bench_seconds: float,
) -> str:
    from report import render  # bench/report.py

    machine = {
        "CPU": _cpu(),
        "cores": str(os.cpu_count()),
        "memory": _memory(),
        "Python": platform.python_version(),
        **{name: version(name) for name in ("rdflib", "pyshacl", "pyoxigraph", "networkx")},
    }
    return render(results, recall, scales, startup, source, machine, bench_seconds)


if __name__ == "__main__":
    raise SystemExit(main())
