"""The shapes, tested with data: each ``tests/shapes/*.ttl`` says in its header what to expect.

Header lines (Turtle comments, read before parsing):

``# expect: conforms``
    the graph conforms and gets no result at all, not even a warning;
``# expect: FOCUS SHAPE``
    a sh:Violation on the focus node from that (property) shape; one line per expected
    violation. CURIEs use the file's prefixes, plus ``dgks:`` for the shapes.

The violations reported must be exactly the expected ones, so each fixture breaks one rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV, NamespaceManager

from graphbuild.namespaces import DGKS, PREFIXES, concept
from graphbuild.records import CONTACT_ROLES, OrgRole
from graphbuild.validate import format_report, validate

FIXTURES = sorted((Path(__file__).parent / "shapes").glob("*.ttl"))


def _expand(term: str, namespaces: NamespaceManager) -> URIRef:
    if term.startswith("<") and term.endswith(">"):
        return URIRef(term[1:-1])
    return namespaces.expand_curie(term)


def _expectations(path: Path, graph: Graph) -> set[tuple[URIRef, URIRef]] | None:
    """None for ``conforms``, else the expected (focus node, source shape) pairs."""
    namespaces = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in (*PREFIXES.items(), *graph.namespaces()):
        namespaces.bind(prefix, namespace, override=True, replace=True)
    expected: set[tuple[URIRef, URIRef]] = set()
    conforms = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("# expect:"):
            continue
        words = line.removeprefix("# expect:").split()
        if words == ["conforms"]:
            conforms = True
        else:
            focus, shape = words
            expected.add((_expand(focus, namespaces), _expand(shape, namespaces)))
    assert conforms != bool(expected), f"{path.name}: say 'conforms' or list violations"
    return None if conforms else expected


def test_there_are_fixtures() -> None:
    assert len(FIXTURES) > 10
    assert any(p.name == "valid.ttl" for p in FIXTURES)


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    expected = _expectations(path, graph)
    report = validate(graph)
    explanation = format_report(report, graph)
    if expected is None:
        assert report.conforms, explanation
        assert report.violations == (), explanation
        return
    assert not report.conforms, explanation
    reported = {(v.focus_node, v.source_shape) for v in report.errors}
    assert reported == expected, explanation


def test_records_with_every_role_conform(contact_dataset: Dataset) -> None:
    # Records coded by hand (tests/conftest.py) with co-organiser, met, consulted and
    # mentioned beside the older roles: every association passes dgks:Association-role.
    roles = {str(o) for _, _, o, _ in contact_dataset.quads((None, PROV.hadRole, None, None))}
    assert {str(concept(r)) for r in (OrgRole.CO_ORGANISER, *CONTACT_ROLES)} <= roles
    report = validate(contact_dataset)
    assert report.conforms, format_report(report, contact_dataset)
    assert not [v for v in report.violations if v.source_shape == DGKS["Association-role"]]
