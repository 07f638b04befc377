"""The catalog on a second store at scale: the benchmark graph pushed into Virtuoso and
every catalog query timed there, beside the same queries on the served Oxigraph.

``python bench/virtuoso.py --scale 222`` (about a million triples):

1. writes the pages of ``bench/generate.py`` at that scale and builds the graph from them
   as ``graphbuild build`` does (the project's ingester, ``fastpath.build_store``);
2. starts Debian's Virtuoso on loopback with its own ``virtuoso.ini`` in a scratch folder
   (``tests/virtuoso_server.py``, with a larger page cache than the tests) and pushes
   ``graph.nt`` into a named graph with ``graphbuild.push`` (Graph Store PUT, Digest
   credentials), timed; with ``--update`` also by the batched update protocol;
3. starts ``graphbuild serve`` on the same ``graph.nt``;
4. sends every catalog query (bound with ``bench/run.py``'s values) to both with the same
   client (``graphbuild.catalog.select_endpoint``: one POST, JSON results read whole),
   Virtuoso with ``default-graph-uri`` set to the pushed graph, and compares the answers
   (rows as multisets, integer subtypes as ``xsd:integer``, ``#+ lists:`` cells sorted);
5. writes its section of ``bench/results.md`` (between its own markers; the rest of the
   file is left as it is) and ``bench/virtuoso.json``.

Every request has a deadline (``--timeout`` per query); the servers are stopped at the end,
whatever happens.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "tests"))

GRAPH = "https://w3id.org/dgeq-kg/id/graph/all"
BEGIN = "<!-- bench/virtuoso.py: begin -->"
END = "<!-- bench/virtuoso.py: end -->"


def build_graph(scale: int, work: Path) -> tuple[Path, int, float]:
    """Pages at ``scale`` -> the graph's ``graph.nt`` in ``work/dist``; its triples and the
    seconds the build took."""
    from graphbuild.fastpath import build_store
    from graphbuild.gazetteer import load_gazetteer
    from graphbuild.ingest import ingest_paths
    from graphbuild.rdf import SourceDocument
    from graphbuild.sources import read_page

    pages = work / "pages"
    subprocess.run(
        [sys.executable, str(BENCH / "generate.py"), "--scale", str(scale), "--out", str(pages)],
        check=True,
        timeout=1800,
    )
    started = time.perf_counter()
    gazetteer = load_gazetteer(ROOT / "data")
    paths = sorted(str(p) for p in pages.glob("*.txt"))
    activities = list(ingest_paths(paths, gazetteer).activities)
    sources = [SourceDocument(p.id, p.id, p.sha256) for p in map(read_page, paths)]
    dist = work / "dist"
    dist.mkdir(parents=True, exist_ok=True)
    graph = build_store(activities, gazetteer, sources=sources, workdir=work)
    shutil.copyfile(graph.union, dist / "graph.nt")
    triples = int(graph.counts["union"])
    return dist, triples, time.perf_counter() - started


def catalog_cases() -> dict[str, tuple[Any, dict[str, str]]]:
    from run import CATALOG_VALUES  # bench/run.py

    from graphbuild.catalog import load_catalog

    return {
        name: (query, dict(CATALOG_VALUES.get(name, {})))
        for name, query in sorted(load_catalog().items())
    }


def serve_oxigraph(dist: Path, work: Path) -> tuple[subprocess.Popen[str], str]:
    """``graphbuild serve`` on ``dist`` (a free port, a long per-query limit): its query URL."""
    command = [
        str(Path(sys.executable).parent / "graphbuild"),
        "serve",
        "--dist",
        str(dist),
        "--port",
        "0",
        "--timeout",
        "600",
        "--store",
        str(work / "oxigraph-store"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    url = process.stdout.readline().strip()  # the first line is the query URL, once ready
    if not url.startswith("http"):
        process.kill()
        raise RuntimeError(f"graphbuild serve did not start: {url!r}")
    return process, url


def time_queries(
    url: str, default_graphs: list[str], timeout: float, repeat: int
) -> dict[str, dict[str, Any]]:
    """Each catalog query, best of ``repeat``: seconds, rows, and the normalised answer."""
    from graphbuild.catalog import bind, select_endpoint, sort_lists
    from graphbuild.errors import QueryError

    found: dict[str, dict[str, Any]] = {}
    for name, (query, values) in catalog_cases().items():
        text, _ = bind(query, values)
        row: dict[str, Any] = {"seconds": None, "rows": None}
        for _ in range(repeat):
            started = time.perf_counter()
            try:
                result = select_endpoint(
                    text, endpoint=url, default_graphs=default_graphs, timeout=timeout, what=name
                )
            except QueryError as exc:
                row["error"] = str(exc)[:300]
                break
            seconds = time.perf_counter() - started
            row["seconds"] = seconds if row["seconds"] is None else min(row["seconds"], seconds)
            result = sort_lists(query, result)
            row["rows"] = len(result.rows)
            row["answer"] = _normalised(result.rows)
        found[name] = row
        shown = "-" if row["seconds"] is None else f"{row['seconds']:.2f} s"
        print(f"  {name}: {shown}, {row['rows']} rows {row.get('error', '')}", flush=True)
    return found


def _normalised(rows: Any) -> Counter[tuple[str, ...]]:
    from rdflib import Literal

    integers = {
        "http://www.w3.org/2001/XMLSchema#" + t
        for t in ("integer", "nonNegativeInteger", "positiveInteger", "int", "long", "short")
    }

    def cell(term: Any) -> str:
        if isinstance(term, Literal) and str(term.datatype) in integers:
            return f"{int(str(term))}^^integer"
        return "" if term is None else term.n3()

    return Counter(tuple(cell(t) for t in row) for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=222)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per query")
    parser.add_argument("--repeat", type=int, default=2, help="runs per query; the best counts")
    parser.add_argument("--update", action="store_true", help="also push by batched update")
    parser.add_argument("--buffers", type=int, default=170_000, help="Virtuoso's 8 kB pages")
    parser.add_argument(
        "--after-image", type=int, default=2_000_000_000, help="Virtuoso's bytes per transaction"
    )
    parser.add_argument("--push-timeout", type=float, default=900.0, help="seconds per request")
    parser.add_argument("--results", type=Path, default=BENCH / "results.md")
    parser.add_argument(
        "--section-only", action="store_true", help="rewrite the section from virtuoso.json"
    )
    args = parser.parse_args(argv)
    args.update_target = None
    if args.section_only:
        saved = json.loads((BENCH / "virtuoso.json").read_text(encoding="utf-8"))
        write_section(args.results, saved)
        return 0

    from virtuoso_server import WRITER, start_virtuoso, virtuoso_binaries

    from graphbuild.errors import PushError
    from graphbuild.push import PushProtocol, push

    found = virtuoso_binaries()
    if isinstance(found, str):
        print(found, file=sys.stderr)
        return 1
    version = subprocess.run(
        [found[0], "-?"], capture_output=True, text=True, timeout=30, check=False
    )
    virtuoso_version = next(
        (
            line.strip()
            for line in (version.stdout + version.stderr).splitlines()
            if "Version" in line
        ),
        "Virtuoso",
    )
    report: dict[str, Any] = {"scale": args.scale, "virtuoso": virtuoso_version}
    os.environ["GRAPHBUILD_USER"], os.environ["GRAPHBUILD_PASSWORD"] = WRITER
    with tempfile.TemporaryDirectory(prefix="graphbuild-bench-virtuoso-") as scratch:
        work = Path(scratch)
        print(f"building the {args.scale}x graph", flush=True)
        dist, triples, build_seconds = build_graph(args.scale, work)
        report.update(
            triples=triples,
            graph_mb=(dist / "graph.nt").stat().st_size / 1e6,
            build_seconds=build_seconds,
        )
        print(f"  {triples} triples in {build_seconds:.1f} s; starting Virtuoso", flush=True)
        started = time.perf_counter()
        virtuoso = start_virtuoso(
            work / "virtuoso", buffers=args.buffers, after_image_bytes=args.after_image
        )
        report["virtuoso_start_seconds"] = time.perf_counter() - started
        oxigraph = None
        try:
            try:
                result = push(
                    dist, endpoint=virtuoso.graph_store_auth, graph=GRAPH, timeout=args.push_timeout
                )
                report["push_gsp"] = {"seconds": result.seconds, "auth": result.auth}
                print(f"  push (Graph Store PUT): {result.seconds:.1f} s", flush=True)
            except PushError as exc:  # a store that hangs on one huge transaction
                report["push_gsp"] = {"error": str(exc)[:300]}
                print(f"  push (Graph Store PUT) failed: {exc}", flush=True)
                virtuoso.stop()
                virtuoso = start_virtuoso(
                    work / "virtuoso-2", buffers=args.buffers, after_image_bytes=args.after_image
                )
                args.update_target = GRAPH
            if args.update or args.update_target:
                result = push(
                    dist,
                    endpoint=virtuoso.sparql_auth,
                    graph=args.update_target or GRAPH + "/by-update",
                    protocol=PushProtocol.UPDATE,
                    timeout=600,
                )
                report["push_update"] = {"seconds": result.seconds, "requests": result.requests}
                print(f"  push (update, {result.requests} requests): {result.seconds:.1f} s")
            started = time.perf_counter()
            oxigraph, url = serve_oxigraph(dist, work)
            report["oxigraph_start_seconds"] = time.perf_counter() - started
            print("catalog on Virtuoso", flush=True)
            on_virtuoso = time_queries(virtuoso.sparql, [GRAPH], args.timeout, args.repeat)
            print("catalog on the served Oxigraph", flush=True)
            on_oxigraph = time_queries(url, [], args.timeout, args.repeat)
        finally:
            if oxigraph is not None:
                oxigraph.terminate()
                oxigraph.wait(timeout=30)
            virtuoso.stop()
    queries = {}
    for name in on_virtuoso:
        v, o = on_virtuoso[name], on_oxigraph[name]
        same = "answer" in v and "answer" in o and v["answer"] == o["answer"]
        queries[name] = {
            "virtuoso_seconds": v["seconds"],
            "oxigraph_seconds": o["seconds"],
            "rows_virtuoso": v["rows"],
            "rows_oxigraph": o["rows"],
            "same": same,
            "error": v.get("error") or o.get("error"),
        }
    report["queries"] = queries
    report["machine"] = {"cores": os.cpu_count(), "python": platform.python_version()}
    (BENCH / "virtuoso.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    write_section(args.results, report)
    return 0


def _s(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def write_section(path: Path, report: dict[str, Any]) -> None:
    """Put this run's section in ``path`` between its markers (appended the first time)."""
    queries = report["queries"]
    total_v = sum(q["virtuoso_seconds"] or 0 for q in queries.values())
    total_o = sum(q["oxigraph_seconds"] or 0 for q in queries.values())
    same = sum(1 for q in queries.values() if q["same"])
    lines = [
        BEGIN,
        f"## The catalog on Virtuoso at {report['scale']}x (`bench/virtuoso.py`)",
        "",
        f"{report['triples']:,} triples ({report['graph_mb']:.0f} MB of N-Triples), built in "
        f"{report['build_seconds']:.0f} s. Virtuoso {report['virtuoso'].removeprefix('Version ')} "
        "(Debian's package), started "
        f"on loopback with its own `virtuoso.ini` ({report['virtuoso_start_seconds']:.0f} s "
        "from an empty database), received the graph by `graphbuild push`: "
        + (
            f"Graph Store PUT to `/sparql-graph-crud-auth` ({report['push_gsp']['auth']} "
            f"auth) in {report['push_gsp']['seconds']:.0f} s."
            if "seconds" in report["push_gsp"]
            else f"the Graph Store PUT failed ({report['push_gsp']['error']}); a fresh "
            "Virtuoso received it by the update protocol instead."
        ),
    ]
    if "push_update" in report:
        lines[-1] += (
            f" By `--protocol update` ({report['push_update']['requests']} requests of 500 "
            f"triples into a temporary graph, then one MOVE): "
            f"{report['push_update']['seconds']:.0f} s."
        )
    lines += [
        "",
        "Each query sent by the same client to both, Virtuoso with `default-graph-uri` set to "
        "the pushed graph, Oxigraph through `graphbuild serve` (2 workers) on the same "
        "`graph.nt`: seconds from sending the request to having every row as rdflib terms, "
        "what `graphbuild query --endpoint` waits (so a query of tens of thousands of rows "
        "counts the client's reading of them too, alike on both), best of two runs. "
        "*Same* compares the rows as multisets (integer subtypes as `xsd:integer`, "
        "`#+ lists:` cells sorted). Measured on the 2-core machine of the table above while "
        "other jobs ran on it: the figures are comparable with each other, not exact.",
        "",
        "| query | Virtuoso s | Oxigraph (served) s | rows | same |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for name, q in queries.items():
        rows = (
            q["rows_virtuoso"]
            if q["rows_virtuoso"] == q["rows_oxigraph"]
            else (f"{q['rows_virtuoso']} / {q['rows_oxigraph']}")
        )
        verdict = "yes" if q["same"] else ("error: " + q["error"] if q["error"] else "**no**")
        lines.append(
            f"| {name} | {_s(q['virtuoso_seconds'])} | {_s(q['oxigraph_seconds'])} | "
            f"{rows} | {verdict} |"
        )
    lines += [
        f"| **all** | {total_v:.1f} | {total_o:.1f} | | {same} of {len(queries)} |",
        "",
        END,
    ]
    section = "\n".join(lines) + "\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if BEGIN in text and END in text:
        before, _, rest = text.partition(BEGIN)
        _, _, after = rest.partition(END)
        text = before + section.rstrip("\n") + after
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
