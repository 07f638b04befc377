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


def _days(url: str, timeout_s: float, page_size: int) -> list[str | None]:
    """The ``after`` days of three pages to time: the first page, the page after the median
    day, and the last page (after the day that has about ``page_size`` activities after
    it). Asked of the endpoint, not timed."""
    days = []
    for order, offset in (("", None), ("", "half"), ("DESC", page_size)):
        if offset is None:
            days.append(None)
            continue
        if offset == "half":
            count = _post(
                url,
                "SELECT (COUNT(*) AS ?n) WHERE { ?a <https://w3id.org/dgeq-kg/ontology#"
                "earliestDate> ?d }",
                timeout_s,
            )
            offset = int(json.loads(count)["results"]["bindings"][0]["n"]["value"]) // 2
        body = _post(
            url,
            "SELECT ?d WHERE { ?a <https://w3id.org/dgeq-kg/ontology#earliestDate> ?d } "
            f"ORDER BY {order}(?d) OFFSET {offset} LIMIT 1",
            timeout_s,
        )
        found = json.loads(body)["results"]["bindings"]
        days.append(found[0]["d"]["value"] if found else None)
    return days


def time_pages(
    url: str, name: str, text: str, days: list[str | None], page_size: int, timeout_s: float
) -> list[dict[str, Any]]:
    """One page of a paged catalog query (``#+ page:``) after each of ``days``, as
    ``graphbuild query --page-size --page-after`` sends it: the page's activities (one
    request), then the query restricted to them (a second request). Seconds from sending
    the first request to having read the second answer, the client's work between them
    included."""
    from graphbuild.catalog import (
        Page,
        load_query,
        page_activities_text,
        page_of,
        restrict_to_activities,
        result_from_json,
    )

    query = load_query(name)
    found = []
    for after in dict.fromkeys(days):  # the same day once
        page = Page(page_size, after)
        row: dict[str, Any] = {"after": after, "seconds": None, "rows": 0}
        started = time.perf_counter()
        try:
            keys = result_from_json(json.loads(_post(url, page_activities_text(page), timeout_s)))
            activities, row["next_after"] = page_of(query, page, keys)
            body = _post(url, restrict_to_activities(text, activities), timeout_s)
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            row["error"] = _error(exc)
            found.append(row)
            continue
        row["seconds"] = time.perf_counter() - started
        row["activities"] = len(activities)
        row["rows"] = _rows(body)
        row["bytes"] = len(body)
        found.append(row)
    return found


def time_catalog_through_endpoint(
    dist_dir: Path,
    queries: dict[str, str],
    timeout_s: float = 60.0,
    *,
    repeat: int = 1,
    workers: int = 2,
    store_dir: Path | None = None,
    max_response_bytes: int | None = None,
    paged: set[str] | frozenset[str] = frozenset(),
    page_size: int | None = None,
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

    Each query named in ``paged`` (catalog queries with ``#+ page:``) is also timed page
    by page (:func:`time_pages`: its first page, a middle one and its last, of
    ``page_size`` activities, default the query's ``#+ page:`` size): ``pages``
    holds them, ``page_seconds`` the slowest (None if one failed).
    """
    from graphbuild.catalog import PAGE_SIZE, load_query
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
            if name in paged:
                size = page_size or load_query(name).page_size or PAGE_SIZE
                days = _days(url, timeout_s + 10, size)
                row["pages"] = time_pages(url, name, text, days, size, timeout_s + 10)
                seconds = [p["seconds"] for p in row["pages"]]
                row["page_seconds"] = None if None in seconds else max(seconds)
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


def _paged_names() -> frozenset[str]:
    """The catalog queries that can be run a page at a time (``#+ page:``)."""
    from graphbuild.catalog import load_catalog

    return frozenset(n for n, q in load_catalog().items() if q.paged)


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
    parser.add_argument(
        "--pages", action="store_true", help="time the paged queries page by page too"
    )
    parser.add_argument("--page-size", type=int, default=None, help="activities of a page")
    args = parser.parse_args(argv)
    rows = time_catalog_through_endpoint(
        args.dist,
        catalog_texts(args.names or None, args.queries),
        args.timeout,
        repeat=args.repeat,
        workers=args.workers,
        store_dir=args.store,
        max_response_bytes=int(args.max_mb * 1e6) if args.max_mb else None,
        paged=_paged_names() if args.pages or args.page_size else frozenset(),
        page_size=args.page_size,
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
        for page in r.get("pages", []):
            took = "-" if page["seconds"] is None else f"{page['seconds']:.3f}"
            print(
                f"|   page after {page['after']}: {took} s, {page.get('activities', 0)} "
                f"activities, {page['rows']} rows"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
