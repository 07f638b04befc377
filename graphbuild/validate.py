"""Graph -> report: check a graph against ``ontology/shapes.ttl`` with pySHACL.

Only ``sh:Violation`` results make a graph non-conforming; ``sh:Warning`` results are
reported but allowed. Nothing here prints or exits: the CLI formats the report with
:func:`format_report` and chooses the exit code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, SDO, SH, NamespaceManager
from rdflib.term import Node

from graphbuild.namespaces import DGK, OA, PREFIXES, SHAPES_PATH


class Severity(StrEnum):
    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"


_SEVERITY: dict[Node, Severity] = {
    SH.Violation: Severity.VIOLATION,
    SH.Warning: Severity.WARNING,
    SH.Info: Severity.INFO,
}


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result (of any severity)."""

    focus_node: Node
    path: Node | None
    message: str
    severity: Severity
    source_shape: Node
    value: Node | None = None
    constraint: Node | None = None  # the sh:sourceConstraintComponent


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    text: str  # pySHACL's own text report

    @property
    def errors(self) -> tuple[Violation, ...]:
        """The results of severity sh:Violation (those that make the graph not conform)."""
        return tuple(v for v in self.violations if v.severity is Severity.VIOLATION)

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity is not Severity.VIOLATION)


def _is_ontology(graph: Graph) -> bool:
    return next(graph.subjects(RDF.type, OWL.Ontology), None) is not None


def instance_graph(graph_or_dataset: Graph | Dataset) -> Graph:
    """One graph with every triple of a dataset except its ontology graph(s).

    pySHACL validates the named graphs of a dataset one by one; the shapes need the data
    and provenance graphs together (activities point at spans).
    """
    if not isinstance(graph_or_dataset, Dataset):
        return graph_or_dataset
    union = Graph()
    for graph in graph_or_dataset.graphs():
        if not _is_ontology(graph):
            for triple in graph:
                union.add(triple)
    return union


def validate(
    graph_or_dataset: Graph | Dataset,
    *,
    shapes_path: Path | None = None,
    ontology_path: Path | None = None,
) -> ValidationReport:
    """Validate instance data against the shapes, without inference.

    ``ontology_path``, when given, is mixed into the data graph (as pySHACL's ``ont_graph``);
    the shapes do not need it, as they name the exact classes :mod:`graphbuild.rdf` writes.
    """
    import pyshacl  # here: ~0.25 s to import, and the fast path validates without it

    shapes = Graph().parse(shapes_path or SHAPES_PATH, format="turtle")
    ontology = Graph().parse(ontology_path, format="turtle") if ontology_path else None
    conforms, results, text = pyshacl.validate(
        instance_graph(graph_or_dataset),
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
    )
    assert isinstance(results, Graph)
    violations = tuple(sorted(_results(results), key=_sort_key))
    return ValidationReport(bool(conforms), violations, str(text))


def _one(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    values = sorted(graph.objects(subject, predicate), key=str)
    return values[0] if values else None


def _results(results: Graph) -> Iterator[Violation]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = _one(results, result, SH.focusNode)
        shape = _one(results, result, SH.sourceShape)
        assert focus is not None and shape is not None
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        yield Violation(
            focus_node=focus,
            path=_one(results, result, SH.resultPath),
            message="; ".join(messages),
            severity=_SEVERITY.get(_one(results, result, SH.resultSeverity) or SH.Violation)
            or Severity.VIOLATION,
            source_shape=shape,
            value=_one(results, result, SH.value),
            constraint=_one(results, result, SH.sourceConstraintComponent),
        )


_ORDER = {Severity.VIOLATION: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _sort_key(v: Violation) -> tuple[int, str, str, str, str]:
    return (_ORDER[v.severity], str(v.focus_node), str(v.path), str(v.source_shape), v.message)


# -- formatting ---------------------------------------------------------------------------

# Edges from an activity to the resources that belong to it (followed backwards).
_PART_OF = (PROV.wasDerivedFrom, PROV.qualifiedAssociation, SDO.subEvent, OA.hasSelector)


def _owning_activity(graph: Graph, node: Node) -> Node | None:
    """The activity a node is, or belongs to (a span, selector, event, association, correction)."""
    frontier: list[Node] = [node, *graph.objects(node, DGK.correctedActivity)]
    seen: set[Node] = set()
    for _ in range(4):
        for candidate in sorted(frontier, key=str):
            if (candidate, RDF.type, DGK.Activity) in graph:
                return candidate
        seen.update(frontier)
        frontier = [
            s for n in frontier for p in _PART_OF for s in graph.subjects(p, n) if s not in seen
        ]
    return None


def _where(graph: Graph, activity: Node) -> str:
    """``activity ID, source DOC chars START-END (line N), ...``."""
    ident = _one(graph, activity, DCTERMS.identifier) or activity
    spans: list[tuple[str, int, int, str]] = []
    for span in graph.objects(activity, PROV.wasDerivedFrom):
        source = _one(graph, span, OA.hasSource)
        selector = _one(graph, span, OA.hasSelector)
        doc = _one(graph, source, DCTERMS.identifier) if source is not None else None
        start = _one(graph, selector, OA.start) if selector is not None else None
        end = _one(graph, selector, OA.end) if selector is not None else None
        line = _one(graph, selector, DGK.startLine) if selector is not None else None
        if isinstance(start, Literal) and isinstance(end, Literal):
            first, last = start.toPython(), end.toPython()
            at = f" (line {line})" if line is not None else ""
            if isinstance(first, int) and isinstance(last, int):
                spans.append((str(doc or source), first, last, at))
    if not spans:
        return f"activity {ident} (no source span)"
    spans.sort()
    by_doc: dict[str, list[str]] = {}
    for doc_id, first, last, at in spans:
        by_doc.setdefault(doc_id, []).append(f"{first}-{last}{at}")
    places = "; ".join(f"source {d} chars {', '.join(r)}" for d, r in by_doc.items())
    return f"activity {ident}, {places}"


def _namespaces() -> NamespaceManager:
    manager = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace)
    return manager


def _lines(report: ValidationReport, graph: Graph) -> Iterable[str]:
    ns = _namespaces()
    errors, warnings = len(report.errors), len(report.warnings)
    verdict = "conforms" if report.conforms else "does not conform"
    yield f"Validation: {verdict} ({errors} violation(s), {warnings} warning(s))"
    for v in report.violations:
        yield ""
        yield f"{v.severity.value}: {v.message or '(no message)'}"
        yield f"  focus:  {v.focus_node.n3(ns)}"
        if v.path is not None:
            yield f"  path:   {v.path.n3(ns)}"
        if v.value is not None:
            yield f"  value:  {v.value.n3(ns)}"
        yield f"  shape:  {v.source_shape.n3(ns)}"
        activity = _owning_activity(graph, v.focus_node)
        if activity is not None:
            yield f"  where:  {_where(graph, activity)}"


def format_report(report: ValidationReport, graph_or_dataset: Graph | Dataset) -> str:
    """A readable report: one block per result, with the activity id and source offsets
    of the activity the focus node is or belongs to."""
    return "\n".join(_lines(report, instance_graph(graph_or_dataset)))
