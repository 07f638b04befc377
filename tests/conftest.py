"""Shared fixtures: the source pages beside the checkout, the gazetteer, the ingested records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.term import Node

from graphbuild.gazetteer import Gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "sources"
DATA = ROOT / "data"


def source_pages() -> list[Path]:
    return sorted(SOURCES.glob("*.txt"))


@pytest.fixture(scope="session")
def pages() -> list[Path]:
    found = source_pages()
    if not found:
        pytest.fail(f"no source pages in {SOURCES}: CI checks out ../shared beside the repo")
    return found


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer(DATA)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A scratch copy of data/ that a test may change."""
    import shutil

    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(scope="session")
def built_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ built once per session from data/ into a scratch folder, for every test that
    reads the built graph."""
    from graphbuild.pipeline import build

    out = tmp_path_factory.mktemp("dist")
    build(DATA, out)
    return out


#: Integer types that value-based stores (Oxigraph, Fuseki TDB, Stardog) keep as xsd:integer.
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DERIVED_INTEGERS = {
    _XSD + name
    for name in (
        "integer",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "long",
        "int",
        "short",
        "byte",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}


def _as_stored(term: Node) -> Node:
    if isinstance(term, Literal) and str(term.datatype) in _DERIVED_INTEGERS:
        return Literal(str(int(str(term))), datatype=URIRef(_XSD + "integer"))
    return term


@pytest.fixture(scope="session")
def as_stored() -> Callable[[Node], Node]:
    """A term as a value-based store gives it back: integer types as canonical xsd:integer.

    Oxigraph 0.5 returns "7"^^xsd:nonNegativeInteger as "7"^^xsd:integer, as Fuseki TDB and
    Stardog do (w3c/data-shapes#142); every other term comes back as it went in.
    """
    return _as_stored


@pytest.fixture(scope="session")
def graph_nt(built_dist: Path) -> Path:
    """The N-Triples file of the graph built once per session."""
    return built_dist / "graph.nt"
