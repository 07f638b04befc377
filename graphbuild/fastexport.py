"""The fast path's files: every format, the research table, counts, VoID, the report.

The same files as :func:`graphbuild.export.write_outputs`, written from a
:class:`~graphbuild.fastpath.FastGraph`: serialisations from its sorted N-Triples lines,
the research table, the counts and the VoID statistics from SPARQL on its Oxigraph store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from graphbuild import fastpath
from graphbuild.export import (
    _COUNT_QUERIES,
    _PREFIX_LINES,
    MISSIONS_COLUMNS,
    MISSIONS_QUERY,
    GraphStatistics,
    RdfFormat,
    _sorted_cell,
    _turtle,
    jsonld_context_for,
    table_csv,
    void_from_statistics,
)
from graphbuild.fastpath import INSTANCE_GRAPHS, FastGraph, RdflibTerms
from graphbuild.namespaces import DGK
from graphbuild.validate import _PART_OF, ValidationReport, format_report


def serialise(graph: FastGraph, fmt: RdfFormat) -> bytes:
    """The graph in one format (the union of the named graphs, TriG keeping them apart)."""
    if fmt is RdfFormat.TRIG:
        return fastpath.trig(graph)
    lines = graph.ntriples_lines()
    if fmt is RdfFormat.NTRIPLES:
        return fastpath.ntriples(lines)
    if fmt is RdfFormat.TURTLE:
        return fastpath.turtle(lines)
    if fmt is RdfFormat.JSONLD:
        return fastpath.jsonld(lines, jsonld_context_for(graph.base_iri))
    return fastpath.rdfxml(lines)


def research_table(graph: FastGraph, query_path: Path = MISSIONS_QUERY) -> list[dict[str, str]]:
    """The rows of ``queries/missions.rq`` over the whole graph (see
    :func:`graphbuild.export.research_table`)."""
    columns, rows = graph.select(query_path.read_text(encoding="utf-8"))
    if query_path == MISSIONS_QUERY and tuple(columns) != MISSIONS_COLUMNS:
        raise ValueError(f"{query_path} selects {tuple(columns)}, not {MISSIONS_COLUMNS}")
    return [
        {
            c: _sorted_cell(c, "" if v is None else str(v.value))
            for c, v in zip(columns, row, strict=True)
        }
        for row in rows
    ]


def _count(graph: FastGraph, query: str, graphs: Iterable[str] | None) -> int:
    _, rows = graph.select(_PREFIX_LINES + query, graphs=list(graphs) if graphs else None)
    value = rows[0][0] if rows else None
    return int(value.value) if isinstance(value, ox.Literal) else 0


_DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"


def summary_counts(graph: FastGraph) -> dict[str, int]:
    """:func:`graphbuild.export.summary_counts`, counted by Oxigraph."""
    counts = {
        name: _count(
            graph, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}", INSTANCE_GRAPHS
        )
        for name, pattern in _COUNT_QUERIES.items()
    }
    counts["triples"] = len(graph.ntriples_lines(INSTANCE_GRAPHS))
    counts["total_triples"] = len(graph.ntriples_lines())
    return counts


def statistics(graph: FastGraph) -> GraphStatistics:
    """The VoID statistics of the union graph: counts from the N-Triples lines (where each
    term has one spelling), classes and examples from SPARQL."""
    terms = RdflibTerms()
    lines = graph.ntriples_lines()
    subjects: set[bytes] = set()
    predicates: set[bytes] = set()
    objects: set[bytes] = set()
    for line in lines:
        subject, predicate, rest = line.split(b" ", 2)
        subjects.add(subject)
        predicates.add(predicate)
        objects.add(rest[:-2])
    base = f"<{graph.base_iri}".encode()
    _, class_rows = graph.select(
        f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{RDF.type}> ?c }} GROUP BY ?c"
    )
    classes: dict[Node, int] = {}
    for c, n in class_rows:
        node = terms(c)
        assert node is not None and isinstance(n, ox.Literal)
        classes[node] = int(n.value)
    return GraphStatistics(
        triples=len(lines),
        entities=sum(1 for s in subjects if s.startswith(base)),
        distinct_subjects=len(subjects),
        distinct_objects=len(objects),
        properties=frozenset(URIRef(p[1:-1].decode()) for p in predicates),
        classes=classes,
        examples=tuple(_subjects_of_type(graph, DGK.Activity, terms)[:3]),
        sources=tuple(_subjects_of_type(graph, DGK.SourceDocument, terms)),
    )


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


def write_outputs(
    graph: FastGraph,
    out_dir: Path,
    *,
    validation_text: str,
    version: str,
    created: str,
    endpoint: str | None = None,
) -> dict[str, Path]:
    """The files of :func:`graphbuild.export.write_outputs`, from the fast graph."""
    contents: dict[str, bytes] = {fmt.file_name: serialise(graph, fmt) for fmt in RdfFormat}
    context = json.dumps(jsonld_context_for(graph.base_iri), indent=2, ensure_ascii=False)
    contents["context.jsonld"] = (context + "\n").encode("utf-8")
    contents["missions.csv"] = table_csv(research_table(graph)).encode("utf-8")
    void = void_from_statistics(
        statistics(graph),
        version=version,
        created=created,
        base_iri=graph.base_iri,
        endpoint=endpoint,
    )
    contents["void.ttl"] = _turtle(void)
    text = validation_text if validation_text.endswith("\n") else validation_text + "\n"
    contents["validation-report.txt"] = text.encode("utf-8")
    written: dict[str, Path] = {}
    for name in sorted(contents):
        path = out_dir / name
        path.write_bytes(contents[name])
        written[name] = path
    return written
