"""The query catalog timed through the served SPARQL endpoint (``graphbuild serve``).

``python bench/endpoint.py DIST`` starts the real :class:`graphbuild.serve.EndpointServer`
on a built dist folder (it loads ``graph.trig``, else ``graph.nt``, into an Oxigraph store
and starts its ``oxigraph serve-read-only`` workers with ``--union-default-graph``), then
sends each catalog query, bound with ``bench/run.py``'s ``CATALOG_VALUES``, over HTTP with
a plain client and prints a table: seconds from sending the request to having read the
whole JSON answer, and the number of rows. Nothing is built; build the dist folder first
(``graphbuild build --out DIST``).

A query the endpoint stops (past its deadline, or an answer past its size cap) or that
fails is reported with ``seconds`` None and the endpoint's message in ``error``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

_JSON = "application/sparql-results+json"


def _post(url: str, text: str, timeout_s: float) -> bytes:
    """POST one query as a form; the whole answer body (raises on any non-200)."""
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode({"query": text}).encode("utf-8"),
        headers={
            "Accept": _JSON,
            "Content-Type": "application/x-www-form-urlencoded",
        },
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=timeout_s) as response:
        body: bytes = response.read()
    return body


def _rows(body: bytes) -> int:
    document = json.loads(body)
    if "boolean" in document:
        return 1
    return len(document["results"]["bindings"])


def _error(exc: Exception) -> str:
    if isinstance(exc, http.client.IncompleteRead):  # the endpoint cut the answer off
        return f"answer cut off after {len(exc.partial) / 1e6:.1f} MB (the endpoint's cap)"
    if isinstance(exc, urllib.error.HTTPError):
        detail = exc.read().decode("utf-8", "replace").strip()
        return f"HTTP {exc.code}: {detail.splitlines()[0] if detail else exc.reason}"
    return f"{type(exc).__name__}: {exc}"


def time_catalog_through_endpoint(
    dist_dir: Path,
    queries: dict[str, str],
    timeout_s: float = 60.0,
    *,
    repeat: int = 1,
    workers: int = 2,
    store_dir: Path | None = None,
    max_response_bytes: int | None = None,
) -> list[dict[str, Any]]:
    """Serve ``dist_dir`` and time each query text (already bound) through the endpoint.

    One row per query, in the order given: ``{"stage": "endpoint <name>", "seconds": s,
    "rows": n}``, ``seconds`` being the best of ``repeat`` runs from sending the request to
    having read the whole answer (the JSON is parsed after the clock stops, to count the
    rows). ``seconds`` is None when the endpoint stopped the query (its deadline is
    ``timeout_s``) or it failed; ``error`` then says why and ``rows`` is 0.
    ``store_dir`` keeps the loaded Oxigraph store between runs (reused while the graph file
    is the same); by default a temporary store is loaded and removed. ``max_response_bytes``
    raises the endpoint's answer size cap (default: the served one, 50 MB).
    """
    from graphbuild.serve import MAX_RESPONSE_BYTES, EndpointServer

    results: list[dict[str, Any]] = []
    with EndpointServer(
        Path(dist_dir),
        timeout_s=timeout_s,
        workers=workers,
        store_dir=store_dir,
        max_response_bytes=max_response_bytes or MAX_RESPONSE_BYTES,
    ) as server:
        url = server.query_url
        # Every worker opens the store and answers once before the clock runs.
        for _ in range(workers):
            _post(url, "ASK { ?s ?p ?o }", timeout_s + 10)
        for name, text in queries.items():
            row: dict[str, Any] = {"stage": f"endpoint {name}", "seconds": None, "rows": 0}
            best: float | None = None
            for _ in range(max(1, repeat)):
                started = time.perf_counter()
                try:
                    body = _post(url, text, timeout_s + 10)
                except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                    row["error"] = _error(exc)
                    best = None
                    break
                seconds = time.perf_counter() - started
                best = seconds if best is None else min(best, seconds)
                row["rows"] = _rows(body)
                row["bytes"] = len(body)
            row["seconds"] = best
            results.append(row)
    return results


def catalog_texts(
    names: list[str] | None = None, queries_dir: Path | None = None
) -> dict[str, str]:
    """The catalog's queries (not the network views) bound with bench/run.py's values."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import CATALOG_VALUES  # bench/run.py

    from graphbuild.catalog import bind, load_catalog

    catalog = load_catalog(queries_dir) if queries_dir else load_catalog()
    chosen = names or sorted(n for n in catalog if not n.startswith("network-"))
    texts: dict[str, str] = {}
    for name in chosen:
        text, _ = bind(catalog[name], CATALOG_VALUES.get(name, {}))
        texts[name] = text
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="a built dist folder (graph.trig or graph.nt)")
    parser.add_argument("names", nargs="*", help="catalog queries to run (default: all)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per query")
    parser.add_argument("--repeat", type=int, default=1, help="runs per query; the best counts")
    parser.add_argument("--workers", type=int, default=2, help="oxigraph worker processes")
    parser.add_argument("--store", type=Path, default=None, help="keep the store here")
    parser.add_argument("--queries", type=Path, default=None, help="another queries folder")
    parser.add_argument("--max-mb", type=float, default=None, help="answer size cap, MB")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    rows = time_catalog_through_endpoint(
        args.dist,
        catalog_texts(args.names or None, args.queries),
        args.timeout,
        repeat=args.repeat,
        workers=args.workers,
        store_dir=args.store,
        max_response_bytes=int(args.max_mb * 1e6) if args.max_mb else None,
    )
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    width = max(len(r["stage"]) for r in rows) if rows else 10
    print(f"| {'stage':<{width}} | seconds |    rows |    MB |")
    print(f"|{'-' * (width + 2)}|--------:|--------:|------:|")
    for r in rows:
        seconds = "-" if r["seconds"] is None else f"{r['seconds']:.3f}"
        size = f"{r['bytes'] / 1e6:.1f}" if "bytes" in r else "-"
        print(f"| {r['stage']:<{width}} | {seconds:>7} | {r['rows']:>7} | {size:>5} |")
        if "error" in r:
            print(f"|   {r['error']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
