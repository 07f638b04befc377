"""SHACL shapes compiled to SPARQL, run on the fast path's Oxigraph store.

Reports what pySHACL reports (same focus nodes, paths, values, source shapes, constraint
components, severities and messages: ``tests/test_fastpath.py`` checks it on every fixture of
``tests/shapes/`` and on the real graph) for the subset of SHACL Core that
``ontology/shapes.ttl`` uses: targets by class and by subject of a property; property shapes
with a predicate path; ``sh:minCount``, ``sh:maxCount``, ``sh:class``, ``sh:datatype``,
``sh:in``, ``sh:hasValue``, ``sh:nodeKind``, ``sh:pattern``, ``sh:minInclusive``,
``sh:minLength``, ``sh:lessThan``, ``sh:lessThanOrEquals``, ``sh:uniqueLang``,
``sh:qualifiedValueShape``, and ``sh:or`` / ``sh:not`` of those. A shape outside the subset
raises :class:`UnsupportedShape`, and the caller falls back to pySHACL.

Most rules are one SPARQL query that returns only the failures, so the work stays in
Oxigraph. Rules on the lexical form of literals (``sh:datatype``, ``sh:pattern``) are checked
in Python, with pySHACL's own semantics (rdflib's ``ill_typed``, Python's ``re.search``), on
the *distinct* values only (few: dates, codes, digests).
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from graphbuild import forks
from graphbuild.fastpath import INSTANCE_GRAPHS, FastGraph, RdflibTerms
from graphbuild.namespaces import SHAPES_PATH
from graphbuild.validate import _SEVERITY, Severity, ValidationReport, Violation, _sort_key

T = TypeVar("T")


class UnsupportedShape(Exception):
    """A shape uses SHACL the compiler does not translate; validate with pySHACL instead."""


_IGNORED = {
    RDF.type,
    RDFS.comment,
    RDFS.label,
    SH.path,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
}
_NODE_TARGETS = {SH.targetClass, SH.targetSubjectsOf}


def _n3(node: Node) -> str:
    if isinstance(node, BNode):
        raise UnsupportedShape(f"a blank node as a constant: {node}")
    return node.n3()


@dataclass(frozen=True)
class _Result:
    focus: Node
    value: Node | None


class _Compiler:
    def __init__(self, shapes: Graph, *, subclasses: bool) -> None:
        self.g = shapes
        self.type_path = "rdf:type/rdfs:subClassOf*" if subclasses else "rdf:type"
        self._fresh = itertools.count()

    def var(self) -> str:
        return f"?x{next(self._fresh)}"

    def one(self, node: Node, predicate: URIRef) -> Node | None:
        values = list(self.g.objects(node, predicate))
        if len(values) > 1:
            raise UnsupportedShape(f"several {predicate} on {node}")
        return values[0] if values else None

    def items(self, node: Node, predicate: URIRef) -> list[Node]:
        head = self.one(node, predicate)
        assert head is not None
        return list(Collection(self.g, head))

    def path(self, shape: Node) -> URIRef:
        path = self.one(shape, SH.path)
        if not isinstance(path, URIRef):
            raise UnsupportedShape(f"only predicate paths are compiled ({shape})")
        return path

    # -- a shape as a SPARQL expression over one node (for nested shapes) -----------------

    def expr(self, shape: Node, var: str) -> str:
        """A SPARQL boolean expression: does ``var`` conform to ``shape``?"""
        parts: list[str] = []
        path = self.one(shape, SH.path)
        if path is not None:
            return self._property_expr(shape, var)
        for p, o in sorted(self.g.predicate_objects(shape)):
            if p in _IGNORED:
                continue
            parts.append(self._value_expr(shape, p, o, var))
        return "(" + " && ".join(parts or ["true"]) + ")"

    def _value_expr(self, shape: Node, p: Node, o: Node, var: str) -> str:
        if p == SH["class"]:
            return f"EXISTS {{ {var} {self.type_path} {_n3(o)} }}"
        if p == SH.hasValue:
            return f"sameTerm({var}, {_n3(o)})"
        if p == SH["in"]:
            members = self.items(shape, SH["in"])
            return "(" + " || ".join(f"sameTerm({var}, {_n3(m)})" for m in members) + ")"
        if p == SH["not"]:
            return f"!{self.expr(o, var)}"
        if p == SH["or"]:
            members = self.items(shape, SH["or"])
            return "(" + " || ".join(self.expr(m, var) for m in members) + ")"
        if p == SH["and"]:
            members = self.items(shape, SH["and"])
            return "(" + " && ".join(self.expr(m, var) for m in members) + ")"
        if p == SH.nodeKind:
            return _node_kind(o, var)
        if p == SH.property:
            return self._property_expr(o, var)
        raise UnsupportedShape(f"{p} inside a nested shape")

    def _property_expr(self, shape: Node, var: str) -> str:
        path = _n3(self.path(shape))
        parts: list[str] = []
        for p, o in sorted(self.g.predicate_objects(shape)):
            if p in _IGNORED:
                continue
            if p == SH.minCount and isinstance(o, Literal) and int(o) == 1:
                parts.append(f"EXISTS {{ {var} {path} ?_any{next(self._fresh)} }}")
            elif p == SH.hasValue:
                parts.append(f"EXISTS {{ {var} {path} {_n3(o)} }}")
            elif p in (SH["class"], SH["in"], SH["not"], SH["or"], SH["and"], SH.nodeKind):
                value = self.var()
                inner = self._value_expr(shape, p, o, value)
                parts.append(f"NOT EXISTS {{ {var} {path} {value} FILTER(!{inner}) }}")
            else:
                raise UnsupportedShape(f"{p} in a nested property shape")
        return "(" + " && ".join(parts or ["true"]) + ")"


def _node_kind(kind: Node, var: str) -> str:
    tests: dict[Node, str] = {
        SH.IRI: f"isIRI({var})",
        SH.BlankNode: f"isBlank({var})",
        SH.Literal: f"isLiteral({var})",
        SH.BlankNodeOrIRI: f"(isBlank({var}) || isIRI({var}))",
        SH.BlankNodeOrLiteral: f"(isBlank({var}) || isLiteral({var}))",
        SH.IRIOrLiteral: f"(isIRI({var}) || isLiteral({var}))",
    }
    if kind not in tests:
        raise UnsupportedShape(f"unknown sh:nodeKind {kind}")
    return tests[kind]


# -- pySHACL's value checks, for literals ---------------------------------------------------

_PY_TYPES: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.time: time,
    XSD.dateTime: datetime,
}


def _datatype_ok(v: Node, rule: Node) -> bool:
    """pySHACL's DatatypeConstraintComponent for one value."""
    if not isinstance(v, Literal):
        return False
    expected = _PY_TYPES.get(rule)

    def actual() -> bool:
        return expected is None or isinstance(v.value, expected)

    if v.datatype == rule:
        return getattr(v, "ill_typed", None) is not True and actual()
    if rule == RDFS.Literal:
        return True
    if rule == RDFS.Datatype and v.datatype:
        return True
    if v.datatype is None and v.language is None and rule == XSD.string:
        return actual()
    return bool(rule == RDF.langString and v.language and actual())


def _pattern_ok(v: Node, regex: re.Pattern[str]) -> bool:
    if isinstance(v, BNode):
        return False
    text = str(v)
    return bool(regex.match(text) or regex.search(text))


# -- the compiled shapes -------------------------------------------------------------------


@dataclass(frozen=True)
class _Check:
    """One constraint of one shape: how to find its failures."""

    shape: Node
    path: URIRef | None
    severity: Severity
    messages: tuple[str, ...]
    component: URIRef
    query: str | None = None  # SELECT ?f ?v (or ?f alone) returning the failures
    value_ok: Callable[[Node], bool] | None = None  # checked in Python on the distinct values
    focus_query: str | None = None  # SELECT ?f: which of the subjects are focus nodes
    #: A count check's focus nodes with their values (a pattern binding ?f and, where there
    #: are any, ?v) and its bound: the minimum and maximum of one path share one query.
    counted: tuple[str, int] | None = None


def _messages(shapes: Graph, shape: Node) -> tuple[str, ...]:
    found = tuple(sorted(str(m) for m in shapes.objects(shape, SH.message)))
    if not found:
        raise UnsupportedShape(f"{shape} has no sh:message (pySHACL would write its own)")
    return found


def _severity(shapes: Graph, shape: Node) -> Severity:
    return _SEVERITY.get(next(iter(shapes.objects(shape, SH.severity)), SH.Violation)) or (
        Severity.VIOLATION
    )


def _targets(c: _Compiler, shape: Node) -> str | None:
    blocks: list[str] = []
    for p, o in sorted(c.g.predicate_objects(shape)):
        if p == SH.targetClass:
            blocks.append(f"{{ ?f {c.type_path} {_n3(o)} }}")
        elif p == SH.targetSubjectsOf:
            blocks.append(f"{{ ?f {_n3(o)} ?_t }}")
        elif p in (SH.targetNode, SH.targetObjectsOf, SH.target):
            raise UnsupportedShape(f"{p} on {shape}")
    if not blocks:
        return None
    return f"{{ SELECT DISTINCT ?f WHERE {{ {' UNION '.join(blocks)} }} }}"


_PREFIXES = (
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)


def compile_shapes(shapes: Graph, *, subclasses: bool = False) -> list[_Check]:
    """Every constraint of every targeted node shape, as queries; raises UnsupportedShape."""
    c = _Compiler(shapes, subclasses=subclasses)
    checks: list[_Check] = []
    node_shapes = sorted(
        {s for t in _NODE_TARGETS for s in shapes.subjects(t, None)}, key=lambda n: str(n)
    )
    for node_shape in node_shapes:
        if (node_shape, SH.path, None) in shapes or (node_shape, SH.deactivated, None) in shapes:
            raise UnsupportedShape(f"{node_shape}: targets on a property or deactivated shape")
        focus = _targets(c, node_shape)
        assert focus is not None
        for p, o in sorted(shapes.predicate_objects(node_shape)):
            if p in _IGNORED or p in _NODE_TARGETS:
                continue
            if p == SH.property:
                checks.extend(_property_checks(c, o, focus))
                continue
            # A node-level constraint: the focus node itself is the value.
            test = c._value_expr(node_shape, p, o, "?f")
            checks.append(
                _Check(
                    node_shape,
                    None,
                    _severity(shapes, node_shape),
                    _messages(shapes, node_shape),
                    _component(p),
                    query=f"SELECT ?f (?f AS ?v) WHERE {{ {focus} FILTER(!{test}) }}",
                )
            )
    return checks


def _component(parameter: Node) -> URIRef:
    name = str(parameter).removeprefix(str(SH))
    special = {"qualifiedValueShape": "QualifiedMinCount", "in": "In"}
    local = special.get(name, name[0].upper() + name[1:])
    return URIRef(f"{SH}{local}ConstraintComponent")


def _property_checks(c: _Compiler, shape: Node, focus: str) -> Iterator[_Check]:
    g = c.g
    path = c.path(shape)
    p = _n3(path)
    severity, messages = _severity(g, shape), _messages(g, shape)

    def check(component: URIRef, **kw: object) -> _Check:
        return _Check(shape, path, severity, messages, component, **kw)  # type: ignore[arg-type]

    values = f"{focus} ?f {p} ?v ."
    for param, o in sorted(g.predicate_objects(shape)):
        if param in _IGNORED or param in (SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.flags):
            continue
        if param == SH.minCount:
            n = int(o)  # type: ignore[call-overload]
            yield check(
                _component(param),
                query=f"SELECT ?f WHERE {{ {focus} OPTIONAL {{ ?f {p} ?v }} }} "
                f"GROUP BY ?f HAVING (COUNT(DISTINCT ?v) < {n})",
                counted=(f"{focus} OPTIONAL {{ ?f {p} ?v }}", n),
            )
        elif param == SH.maxCount:
            n = int(o)  # type: ignore[call-overload]
            yield check(
                _component(param),
                query=f"SELECT ?f WHERE {{ {values} }} "
                f"GROUP BY ?f HAVING (COUNT(DISTINCT ?v) > {n})",
                # (a focus node without a value, counted 0, is never over a maximum)
                counted=(f"{focus} OPTIONAL {{ ?f {p} ?v }}", n),
            )
        elif param == SH.hasValue:
            yield check(
                _component(param),
                query=f"SELECT ?f WHERE {{ {focus} FILTER NOT EXISTS {{ ?f {p} {_n3(o)} }} }}",
            )
        elif param in (SH.lessThan, SH.lessThanOrEquals):
            op = "<" if param == SH.lessThan else "<="
            yield check(
                _component(param),
                query=f"SELECT DISTINCT ?f ?v ?o WHERE {{ {values} ?f {_n3(o)} ?o "
                f"FILTER(!COALESCE(?v {op} ?o, false)) }}",
            )
        elif param == SH.uniqueLang:
            if o != Literal(True):
                continue
            yield check(
                _component(param),
                query=f"SELECT DISTINCT ?f ?lang WHERE {{ {values} ?f {p} ?w "
                "BIND(LCASE(LANG(?v)) AS ?lang) "
                'FILTER(?lang != "" && LCASE(LANG(?w)) = ?lang && !sameTerm(?v, ?w)) }',
            )
        elif param == SH.qualifiedValueShape:
            if (shape, SH.qualifiedValueShapesDisjoint, None) in g or (
                shape,
                SH.qualifiedMaxCount,
                None,
            ) in g:
                raise UnsupportedShape(f"{shape}: disjoint or maximum qualified shapes")
            n = int(c.one(shape, SH.qualifiedMinCount))  # type: ignore[call-overload]
            test = c.expr(o, "?v")
            yield check(
                _component(param),
                query=f"SELECT ?f WHERE {{ {focus} OPTIONAL {{ ?f {p} ?v FILTER({test}) }} }} "
                f"GROUP BY ?f HAVING (COUNT(DISTINCT ?v) < {n})",
            )
        elif param == SH.minInclusive:
            yield check(
                _component(param),
                query=f"SELECT DISTINCT ?f ?v WHERE {{ {values} "
                f"FILTER(!COALESCE({_n3(o)} <= ?v, false)) }}",
            )
        elif param == SH.minLength:
            n = int(o)  # type: ignore[call-overload]
            yield check(
                _component(param),
                query=f"SELECT DISTINCT ?f ?v WHERE {{ {values} "
                f"FILTER(isBlank(?v) || STRLEN(STR(?v)) < {n}) }}",
            )
        elif param in (SH.datatype, SH.pattern) or (param == SH["or"] and _datatype_or(c, shape)):
            yield check(
                _component(param),
                value_ok=_value_test(c, shape, param, o),
                focus_query=f"SELECT ?f WHERE {{ {focus} }}",
            )
        elif param in (SH["class"], SH["in"], SH.nodeKind, SH["or"], SH["not"], SH["and"]):
            test = c._value_expr(shape, param, o, "?v")
            yield check(
                _component(param),
                query=f"SELECT DISTINCT ?f ?v WHERE {{ {values} FILTER(!{test}) }}",
            )
        else:
            raise UnsupportedShape(f"{param} on {shape}")


def _datatype_or(c: _Compiler, shape: Node) -> bool:
    """An sh:or whose members are all single ``sh:datatype`` shapes (checked in Python)."""
    members = c.items(shape, SH["or"])
    simple = all(
        {p for p, _ in c.g.predicate_objects(m) if p not in _IGNORED} == {SH.datatype}
        for m in members
    )
    if not simple and any((m, SH.datatype, None) in c.g for m in members):
        raise UnsupportedShape(f"{shape}: sh:or mixing datatypes with other constraints")
    return simple


def _value_test(c: _Compiler, shape: Node, param: Node, o: Node) -> Callable[[Node], bool]:
    if param == SH.datatype:
        return lambda v: _datatype_ok(v, o)
    if param == SH.pattern:
        if c.one(shape, SH.flags) is not None:
            raise UnsupportedShape(f"{shape}: sh:flags")
        regex = re.compile(str(o))
        return lambda v: _pattern_ok(v, regex)
    rules = [c.one(m, SH.datatype) for m in c.items(shape, SH["or"])]
    return lambda v: any(_datatype_ok(v, r) for r in rules if r is not None)


# -- running -------------------------------------------------------------------------------


def _run(graph: FastGraph, check: _Check, terms: RdflibTerms) -> Iterator[_Result]:
    if check.query is not None:
        _, rows = graph.select(_PREFIXES + check.query, graphs=INSTANCE_GRAPHS)
        for row in rows:
            focus = terms(row[0])
            assert focus is not None
            value = terms(row[1]) if check.component not in _NO_VALUE and len(row) > 1 else None
            yield _Result(focus, value)
        return
    # Literal checks read the values from the N-Triples lines, not from the store, which
    # rewrites integer subtypes as xsd:integer; each distinct value is tested once.
    assert check.value_ok and check.focus_query and check.path is not None
    values = graph.literal_values([str(check.path)])[str(check.path)]
    bad = {text: v for text, v in values.items() if not check.value_ok(terms(v))}  # type: ignore[arg-type]
    if not bad:
        return
    pairs = sorted(
        ((str(s), s, v) for s, v in graph.subjects_with(str(check.path), bad)),
        key=lambda p: (p[0], str(p[2])),
    )
    subjects = " ".join(sorted({key for key, _, _ in pairs}))
    query = check.focus_query.replace("WHERE {", f"WHERE {{ VALUES ?f {{ {subjects} }}", 1)
    _, rows = graph.select(_PREFIXES + query, graphs=INSTANCE_GRAPHS)
    focus_nodes = {str(row[0]) for row in rows}
    for key, subject, bad_value in pairs:
        if key in focus_nodes:
            focus_node = terms(subject)
            assert focus_node is not None
            yield _Result(focus_node, terms(bad_value))


def _results(
    graph: FastGraph, checks: Sequence[_Check], terms: RdflibTerms
) -> Iterator[tuple[_Check, Iterable[_Result]]]:
    """Each check with its failures; the minimum and maximum counts of one shape's path
    found by one query (each is a scan of the shape's focus nodes). The queries run two at
    a time (Oxigraph evaluates a query without holding Python's lock): each check's
    failures are complete when given, in the order of ``checks``."""
    from concurrent.futures import ThreadPoolExecutor

    pairs: dict[tuple[Node, URIRef | None], dict[URIRef, _Check]] = {}
    for check in checks:
        if check.counted is not None:
            pairs.setdefault((check.shape, check.path), {})[check.component] = check
    done: set[int] = set()
    tasks: list[Callable[[], list[tuple[_Check, list[_Result]]]]] = []
    for check in checks:
        if id(check) in done:
            continue
        pair = pairs.get((check.shape, check.path), {})
        low = pair.get(SH.MinCountConstraintComponent)
        high = pair.get(SH.MaxCountConstraintComponent)
        if check not in (low, high) or not (
            low and high and low.counted and high.counted and low.counted[0] == high.counted[0]
        ):
            tasks.append(functools.partial(_alone, graph, check, terms))
            continue
        done.update((id(low), id(high)))
        tasks.append(functools.partial(_counted, graph, low, high, terms))
    graph.store  # noqa: B018 (loaded here, if not yet, not by two threads at once)
    with ThreadPoolExecutor(max_workers=QUERY_THREADS) as pool:
        for found in pool.map(_then_give_back, tasks):
            yield from found


def _then_give_back(task: Callable[[], T]) -> T:
    """A check's query, then the memory it freed given back: each thread's allocations
    stay in an arena of its own, kept for later (see :func:`forks.give_back_memory`)."""
    try:
        return task()
    finally:
        forks.give_back_memory()


#: How many of the checks' queries run at once.
QUERY_THREADS = min(2, os.cpu_count() or 1)


def _alone(
    graph: FastGraph, check: _Check, terms: RdflibTerms
) -> list[tuple[_Check, list[_Result]]]:
    return [(check, list(_run(graph, check, terms)))]


def _counted(
    graph: FastGraph, low: _Check, high: _Check, terms: RdflibTerms
) -> list[tuple[_Check, list[_Result]]]:
    """The failures of a minimum and a maximum count of one path, found by one query."""
    assert low.counted is not None and high.counted is not None
    least, most = low.counted[1], high.counted[1]
    _, rows = graph.select(
        f"{_PREFIXES}SELECT ?f (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {low.counted[0]} }} "
        f"GROUP BY ?f HAVING (COUNT(DISTINCT ?v) < {least} || COUNT(DISTINCT ?v) > {most})",
        graphs=INSTANCE_GRAPHS,
    )
    counts = [(row[0], int(row[1].value)) for row in rows]  # type: ignore[union-attr]
    return [
        (low, [_Result(_focus(terms, f), None) for f, n in counts if n < least]),
        (high, [_Result(_focus(terms, f), None) for f, n in counts if n > most]),
    ]


def _focus(terms: RdflibTerms, term: Any) -> Node:
    focus = terms(term)
    assert focus is not None
    return focus


def _ox_n3(term: object) -> str:
    return str(term)  # Oxigraph terms print as N-Triples / SPARQL terms


_NO_VALUE = {
    SH.MinCountConstraintComponent,
    SH.MaxCountConstraintComponent,
    SH.HasValueConstraintComponent,
    SH.QualifiedMinCountConstraintComponent,
    SH.UniqueLangConstraintComponent,
}


def validate_store(graph: FastGraph, *, shapes_path: Path | None = None) -> ValidationReport:
    """Validate the instance graphs (data and provenance) of the store against the shapes.

    Raises :class:`UnsupportedShape` when the shapes go beyond the compiled subset.
    """
    shapes = Graph().parse(shapes_path or SHAPES_PATH, format="turtle")
    subclasses = bool(
        graph.select(
            "SELECT ?a WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?b } LIMIT 1",
            graphs=INSTANCE_GRAPHS,
        )[1]
    )
    checks = compile_shapes(shapes, subclasses=subclasses)
    # The literals the Python checks read, found in one pass over the files.
    graph.literal_values({str(c.path) for c in checks if c.value_ok and c.path is not None})
    terms = RdflibTerms()
    found: list[Violation] = []
    for check, results in _results(graph, checks, terms):
        for result in results:
            found.append(
                Violation(
                    focus_node=result.focus,
                    path=check.path,
                    message="; ".join(check.messages),
                    severity=check.severity,
                    source_shape=check.shape,
                    value=result.value,
                    constraint=check.component,
                )
            )
    graph.forget_values()  # the literals read for the checks are not needed after them
    violations = tuple(sorted(found, key=_sort_key))
    conforms = not any(v.severity is Severity.VIOLATION for v in violations)
    errors = sum(v.severity is Severity.VIOLATION for v in violations)
    text = (
        f"Validation Report (SHACL compiled to SPARQL)\nConforms: {conforms}\n"
        f"Results ({len(violations)}): {errors} violation(s)\n"
    )
    return ValidationReport(conforms, violations, text)
