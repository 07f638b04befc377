"""The fast path's files: every format, the research table, counts, VoID, the report.

The same files as :func:`graphbuild.export.write_outputs`, written from a
:class:`~graphbuild.fastpath.FastGraph`: serialisations from its sorted N-Triples lines,
the research table, the counts and the VoID statistics from SPARQL on its Oxigraph store.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from hashlib import blake2b
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SDO
from rdflib.term import Node

from graphbuild import fastpath, forks
from graphbuild.export import (
    _COUNT_QUERIES,
    _PREFIX_LINES,
    MISSIONS_COLUMNS,
    MISSIONS_QUERY,
    SOURCE_FACTS,
    GraphStatistics,
    RdfFormat,
    _sort_key,
    _sorted_cell,
    _turtle,
    jsonld_context_for,
    void_from_statistics,
)
from graphbuild.fastpath import INSTANCE_GRAPHS, FastGraph, RdflibTerms
from graphbuild.namespaces import DGK
from graphbuild.validate import _PART_OF, ValidationReport, format_report

T = TypeVar("T")

_SUFFIX = {
    RdfFormat.NTRIPLES: "nt",
    RdfFormat.TURTLE: "ttl",
    RdfFormat.JSONLD: "jsonld",
    RdfFormat.RDFXML: "rdf",
    RdfFormat.TRIG: "trig",
}
#: From this many triples on, the formats are written by worker processes, beside the rest.
PARALLEL_FROM = 200_000


def write_format(graph: FastGraph, fmt: RdfFormat, out: Path) -> Path:
    """Write the graph in one format to ``out`` (the union of the named graphs, TriG keeping
    them apart)."""
    return fastpath.write_format(
        _SUFFIX[fmt],
        dict(graph.files),
        graph.union,
        out,
        jsonld_context_for(graph.base_iri),
        graph.base_iri,
    )


def serialise(graph: FastGraph, fmt: RdfFormat) -> bytes:
    """The graph in one format, as bytes (written to a temporary file and read back)."""
    with tempfile.TemporaryDirectory(prefix="graphbuild-format-") as folder:
        return write_format(graph, fmt, Path(folder) / fmt.file_name).read_bytes()


def research_rows(graph: FastGraph, query_path: Path = MISSIONS_QUERY) -> Iterator[dict[str, str]]:
    """The rows of ``queries/missions.rq`` over the whole graph, one at a time (see
    :func:`graphbuild.export.research_table`)."""
    result = graph.store.query(
        query_path.read_text(encoding="utf-8"), use_default_graph_as_union=True
    )
    assert isinstance(result, ox.QuerySolutions)
    columns = [v.value for v in result.variables]
    if query_path == MISSIONS_QUERY and tuple(columns) != MISSIONS_COLUMNS:
        raise ValueError(f"{query_path} selects {tuple(columns)}, not {MISSIONS_COLUMNS}")
    for solution in result:
        yield {
            c: _sorted_cell(c, "" if v is None else str(v.value))
            for c, v in zip(columns, solution, strict=True)
        }


def research_table(graph: FastGraph, query_path: Path = MISSIONS_QUERY) -> list[dict[str, str]]:
    """The rows of ``queries/missions.rq`` over the whole graph (see
    :func:`graphbuild.export.research_table`)."""
    return list(research_rows(graph, query_path))


def write_research_csv(graph: FastGraph, out: Path) -> Path:
    """``missions.csv``: the bytes of :func:`graphbuild.export.table_csv` of the research
    table, written row by row (at scale the table is tens of MB)."""
    with open(out, "w", encoding="utf-8", newline="") as target:
        writer = csv.DictWriter(target, fieldnames=list(MISSIONS_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(research_rows(graph))
    return out


def _count(graph: FastGraph, query: str, graphs: Iterable[str] | None) -> int:
    _, rows = graph.select(_PREFIX_LINES + query, graphs=list(graphs) if graphs else None)
    value = rows[0][0] if rows else None
    return int(value.value) if isinstance(value, ox.Literal) else 0


_DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"


def summary_counts(graph: FastGraph) -> dict[str, int]:
    """:func:`graphbuild.export.summary_counts`, counted by Oxigraph."""
    from concurrent.futures import ThreadPoolExecutor

    def counted(pattern: str) -> int:
        query = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"
        return _count(graph, query, INSTANCE_GRAPHS)

    graph.store  # noqa: B018 (loaded here, if not yet, not by two threads at once)
    # (two at a time: Oxigraph counts without holding Python's lock)
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = dict(zip(_COUNT_QUERIES, pool.map(counted, _COUNT_QUERIES.values()), strict=True))
    counts["triples"] = graph.counts["instance"]
    counts["total_triples"] = graph.counts["union"]
    return counts


def line_statistics(union: Path, base_iri: str) -> dict[str, Any]:
    """Counts read from the sorted union file, where each term has one spelling: triples,
    distinct subjects (consecutive in sorted lines), objects, entities, properties."""
    base = f"<{base_iri}".encode()
    triples = subjects = entities = 0
    previous = b""
    predicates: set[bytes] = set()
    # Distinct objects by a 128-bit digest of their spelling, not the spelling itself (a
    # third of the memory at 1000x; two spellings sharing a digest are not to be expected).
    objects: set[bytes] = set()
    with open(union, "rb", buffering=1 << 20) as lines:
        for line in lines:
            subject, predicate, rest = line.split(b" ", 2)
            triples += 1
            if subject != previous:
                subjects += 1
                entities += subject.startswith(base)
                previous = subject
            predicates.add(predicate)
            objects.add(blake2b(rest, digest_size=16).digest())
    return {
        "triples": triples,
        "subjects": subjects,
        "entities": entities,
        "objects": len(objects),
        "predicates": sorted(p[1:-1].decode() for p in predicates),
    }


def statistics(graph: FastGraph, counted: Mapping[str, Any] | None = None) -> GraphStatistics:
    """The VoID statistics of the union graph: counts from the union file (see
    :func:`line_statistics`), classes and examples from SPARQL."""
    terms = RdflibTerms()
    found = counted or line_statistics(graph.union, graph.base_iri)
    _, class_rows = graph.select(
        f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{RDF.type}> ?c }} GROUP BY ?c"
    )
    classes: dict[Node, int] = {}
    for c, n in class_rows:
        node = terms(c)
        assert node is not None and isinstance(n, ox.Literal)
        classes[node] = int(n.value)
    return GraphStatistics(
        triples=found["triples"],
        entities=found["entities"],
        distinct_subjects=found["subjects"],
        distinct_objects=found["objects"],
        properties=frozenset(URIRef(p) for p in found["predicates"]),
        classes=classes,
        examples=tuple(_subjects_of_type(graph, DGK.Activity, terms)[:3]),
        sources=tuple(_subjects_of_type(graph, DGK.SourceDocument, terms)),
        **_coverage(graph, terms),
    )


def _coverage(graph: FastGraph, terms: RdflibTerms) -> dict[str, Any]:
    """The period, countries and source facts of :class:`GraphStatistics`, by SPARQL."""
    _, period_rows = graph.select(
        f"SELECT (MIN(STR(?f)) AS ?first) (MAX(STR(?l)) AS ?last) WHERE {{ "
        f"?a <{DGK.earliestDate}> ?f ; <{DGK.latestDate}> ?l }}"
    )
    period = None
    if period_rows and period_rows[0][0] is not None and period_rows[0][1] is not None:
        period = (str(period_rows[0][0].value), str(period_rows[0][1].value))
    _, country_rows = graph.select(
        f"SELECT DISTINCT ?c WHERE {{ ?a a <{DGK.Activity}> ; <{SDO.location}> ?c . "
        f"?c a <{SDO.Country}> }}"
    )
    countries = sorted(
        (n for (c,) in country_rows if (n := terms(c)) is not None),
        key=lambda n: (0 if isinstance(n, URIRef) else 1, str(n)),
    )
    wanted = " ".join(f"<{p}>" for p in SOURCE_FACTS)
    _, fact_rows = graph.select(
        f"SELECT ?d ?p ?o WHERE {{ ?d a <{DGK.SourceDocument}> ; ?p ?o . "
        f"VALUES ?p {{ {wanted} }} }}"
    )
    facts: list[tuple[Node, Node, Node]] = []
    for d, p, o in fact_rows:
        subject, predicate, value = terms(d), terms(p), terms(o)
        if subject is not None and predicate is not None and value is not None:
            facts.append((subject, predicate, value))
    facts.sort(key=lambda t: (_sort_node(t[0]), str(t[1]), _sort_node(t[2])))
    return {"period": period, "countries": tuple(countries), "source_facts": tuple(facts)}


def _sort_node(node: Node) -> tuple[int, str, str, str]:
    return _sort_key(node)


def _subjects_of_type(graph: FastGraph, cls: URIRef, terms: RdflibTerms) -> list[Node]:
    _, rows = graph.select(f"SELECT DISTINCT ?s WHERE {{ ?s <{RDF.type}> <{cls}> }}")
    found = [n for (s,) in rows if (n := terms(s)) is not None]
    return sorted(found, key=lambda n: (0 if isinstance(n, URIRef) else 1, str(n)))


# -- the readable report -------------------------------------------------------------------


def report_graph(graph: FastGraph, report: ValidationReport) -> Graph:
    """The part of the instance graph :func:`graphbuild.validate.format_report` reads for
    these results: their focus nodes, the activities they belong to, and their spans."""
    terms = RdflibTerms()
    found = Graph()
    nodes: set[Node] = {v.focus_node for v in report.violations if isinstance(v.focus_node, URIRef)}
    if not nodes:
        return found

    def values(items: Iterable[Node]) -> str:
        return " ".join(sorted(f"<{n}>" for n in items if isinstance(n, URIRef)))

    def add_outgoing(items: set[Node]) -> set[Node]:
        if not items:
            return set()
        _, rows = graph.select(
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values(items)} }} ?s ?p ?o }}",
            graphs=INSTANCE_GRAPHS,
        )
        objects: set[Node] = set()
        for row in rows:
            s, p, o = (terms(t) for t in row)
            assert s is not None and p is not None and o is not None
            found.add((s, p, o))
            objects.add(o)
        return objects

    add_outgoing(set(nodes))  # their types say which ones are activities
    owners: set[Node] = set(nodes)
    frontier: set[Node] = set(nodes)
    _, corrected = graph.select(
        f"SELECT ?a WHERE {{ VALUES ?s {{ {values(nodes)} }} ?s <{DGK.correctedActivity}> ?a }}",
        graphs=INSTANCE_GRAPHS,
    )
    frontier |= {n for (a,) in corrected if (n := terms(a)) is not None}
    for _ in range(4):  # as far back as format_report looks
        owners |= frontier
        predicates = " ".join(f"<{p}>" for p in _PART_OF)
        _, rows = graph.select(
            f"SELECT ?s WHERE {{ VALUES ?o {{ {values(frontier)} }} VALUES ?p {{ {predicates} }} "
            "?s ?p ?o }",
            graphs=INSTANCE_GRAPHS,
        )
        found_owners: set[Node] = {t for (s_,) in rows if (t := terms(s_)) is not None}
        frontier = found_owners - owners
        if not frontier:
            break
    spans = add_outgoing(owners)
    parts = add_outgoing({n for n in spans if isinstance(n, URIRef)})
    add_outgoing({n for n in parts if isinstance(n, URIRef)})
    return found


def format_fast_report(graph: FastGraph, report: ValidationReport) -> str:
    """:func:`graphbuild.validate.format_report`, reading only the graph it needs."""
    return format_report(report, report_graph(graph, report))


# -- all files -----------------------------------------------------------------------------


def _timed(work: Callable[..., T], *args: Any) -> tuple[T, float]:
    started = time.perf_counter()
    return work(*args), time.perf_counter() - started


def _timed_in_worker(work: Callable[..., T], *args: Any) -> tuple[T, float]:
    """:func:`_timed` in a worker of the pool, which then gives back what the work held:
    the worker lives on, idle, until the last file is written (the JSON-LD writer's
    mappings were most of a worker's memory, kept until the process ended)."""
    try:
        return _timed(work, *args)
    finally:
        forks.give_back_memory(collect=True)


class FileWriter:
    """Writes the formats and the union's line statistics, from the files only: in worker
    processes (started when made, working while this process does what needs no store, or
    validates and queries an on-disk store) for large graphs, else here when asked.
    :meth:`collect` waits for them."""

    def __init__(self, graph: FastGraph, folder: Path, *, workers: int | None = None) -> None:
        self.graph = graph
        self.folder = folder
        self._futures: dict[str, Any] = {}
        self._pool: Any = None
        self._collected: tuple[dict[str, Path], dict[str, Any]] | None = None
        #: Seconds each file took (in its worker, overlapping this process's work).
        self.seconds: dict[str, float] = {}
        if workers is None:
            big = graph.counts["union"] >= PARALLEL_FROM
            workers = min(2, os.cpu_count() or 1) if big and hasattr(os, "fork") else 0
        if workers > 0:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # Forked before the store is loaded (see FastGraph.store) and with this process's
            # objects frozen, so that the workers copy next to nothing: they only read files.
            forks.before_fork()  # for the pool's workers: until close()
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(workers, mp_context=context)
            files = dict(graph.files)
            jsonld_context = jsonld_context_for(graph.base_iri)
            # The longest first, so that the two workers end about together.
            for fmt in (RdfFormat.JSONLD, RdfFormat.TRIG, RdfFormat.RDFXML, RdfFormat.TURTLE):
                self._futures[fmt.file_name] = self._pool.submit(
                    _timed_in_worker,
                    fastpath.write_format,
                    _SUFFIX[fmt],
                    files,
                    graph.union,
                    folder / fmt.file_name,
                    jsonld_context,
                    graph.base_iri,
                )
            self._futures["statistics"] = self._pool.submit(
                _timed_in_worker, line_statistics, graph.union, graph.base_iri
            )

    def collect(self) -> tuple[dict[str, Path], dict[str, Any]]:
        """The format files written, and the union's line statistics (waited for once)."""
        if self._collected is not None:
            return dict(self._collected[0]), self._collected[1]
        written: dict[str, Path] = {}
        try:
            for fmt in RdfFormat:
                future = self._futures.get(fmt.file_name)
                if future is not None:
                    written[fmt.file_name], self.seconds[fmt.file_name] = future.result()
                else:
                    written[fmt.file_name], self.seconds[fmt.file_name] = _timed(
                        write_format, self.graph, fmt, self.folder / fmt.file_name
                    )
            future = self._futures.get("statistics")
            counted, self.seconds["statistics"] = (
                future.result()
                if future is not None
                else _timed(line_statistics, self.graph.union, self.graph.base_iri)
            )
        finally:
            self.close()
        self._collected = (written, counted)
        return dict(written), counted

    def close(self) -> None:
        if self._pool is not None:
            for future in self._futures.values():
                future.cancel()
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            forks.worker_ended()


def write_outputs(
    graph: FastGraph,
    out_dir: Path,
    *,
    validation_text: str,
    version: str,
    created: str,
    endpoint: str | None = None,
    writer: FileWriter | None = None,
) -> dict[str, Path]:
    """The files of :func:`graphbuild.export.write_outputs`, from the fast graph.

    ``writer`` is a :class:`FileWriter` started earlier on ``out_dir`` (the pipeline starts
    it before validating: its formats are written by now, or, beside an on-disk store,
    meanwhile)."""
    writer = writer or FileWriter(graph, out_dir, workers=0)
    contents: dict[str, bytes] = {}
    context = json.dumps(jsonld_context_for(graph.base_iri), indent=2, ensure_ascii=False)
    contents["context.jsonld"] = (context + "\n").encode("utf-8")
    # The formats first (their workers, done by now at scale, then end and free their
    # memory), then the research table: its query holds much while it runs (at 1000x, as
    # much again as the store), which it gives back once done.
    written, counted = writer.collect()
    missions = write_research_csv(graph, out_dir / "missions.csv")
    forks.give_back_memory()
    written["missions.csv"] = missions
    void = void_from_statistics(
        statistics(graph, counted),
        version=version,
        created=created,
        base_iri=graph.base_iri,
        endpoint=endpoint,
    )
    contents["void.ttl"] = _turtle(void)
    text = validation_text if validation_text.endswith("\n") else validation_text + "\n"
    contents["validation-report.txt"] = text.encode("utf-8")
    for name in sorted(contents):
        path = out_dir / name
        path.write_bytes(contents[name])
        written[name] = path
    return dict(sorted(written.items()))
