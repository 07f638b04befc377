"""The fast path (Oxigraph store, SHACL compiled to SPARQL) against the plain stack.

Fast and plain builds of the real pages must give isomorphic graphs in every format and the
same table, counts, VoID and report; the compiled validator must report exactly what
pySHACL reports on every fixture of ``tests/shapes/`` and on the real graph; the benchmark's
page generator must be deterministic and its pages readable by the ingester.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graphbuild.corrections import load_corrections
from graphbuild.fastpath import StoreBackedGraph, build_store, from_graph
from graphbuild.fastshacl import validate_store
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_paths
from graphbuild.networks import activity_table, partnership_network
from graphbuild.pipeline import build
from graphbuild.rdf import SourceDocument, build_dataset
from graphbuild.store import load_records
from graphbuild.validate import Violation, validate

ROOT = Path(__file__).resolve().parent.parent
SHAPE_FIXTURES = sorted((ROOT / "tests" / "shapes").glob("*.ttl"))
FORMATS = {
    "graph.ttl": "turtle",
    "graph.nt": "nt",
    "graph.jsonld": "json-ld",
    "graph.rdf": "xml",
    "void.ttl": "turtle",
}


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    plain, fast = tmp_path_factory.mktemp("plain"), tmp_path_factory.mktemp("fast")
    assert build(ROOT / "data", plain, engine="plain").counts == (
        build(ROOT / "data", fast, engine="fast").counts
    )
    return plain, fast


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_fast_and_plain_files_are_isomorphic(builds: tuple[Path, Path], name: str) -> None:
    plain, fast = builds
    fmt = FORMATS[name]
    assert isomorphic(
        Graph().parse(plain / name, format=fmt), Graph().parse(fast / name, format=fmt)
    )


def test_fast_and_plain_trig_have_the_same_named_graphs(builds: tuple[Path, Path]) -> None:
    plain, fast = (Dataset().parse(d / "graph.trig", format="trig") for d in builds)
    names = {g.identifier for g in plain.graphs()}
    assert names == {g.identifier for g in fast.graphs()}
    for name in names:
        assert isomorphic(plain.graph(name), fast.graph(name)), name


@pytest.mark.parametrize(
    "name", ["graph.nt", "missions.csv", "void.ttl", "validation-report.txt", "context.jsonld"]
)
def test_fast_and_plain_write_the_same_bytes(builds: tuple[Path, Path], name: str) -> None:
    plain, fast = builds
    assert (plain / name).read_bytes() == (fast / name).read_bytes()


def test_fast_build_is_byte_identical_across_runs(
    builds: tuple[Path, Path], tmp_path: Path
) -> None:
    _, fast = builds
    build(ROOT / "data", tmp_path, engine="fast")
    for path in sorted(fast.iterdir()):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


# -- the validator ------------------------------------------------------------------------


def _key(v: Violation) -> tuple[str, ...]:
    return (
        str(v.focus_node),
        str(v.path),
        str(v.value),
        str(v.source_shape),
        v.severity.value,
        str(v.constraint),
        v.message,
    )


@pytest.mark.parametrize("fixture", SHAPE_FIXTURES, ids=lambda p: p.stem)
def test_compiled_shapes_report_what_pyshacl_reports(fixture: Path) -> None:
    graph = Graph().parse(fixture, format="turtle")
    expected = sorted(map(_key, validate(graph).violations))
    assert sorted(map(_key, validate_store(from_graph(graph)).violations)) == expected


def test_compiled_shapes_on_the_real_graph(gazetteer: Gazetteer) -> None:
    curated = load_records(ROOT / "data" / "activities.json")
    applied = set(curated.corrections_applied)
    corrections = [
        c for c in load_corrections(ROOT / "data" / "corrections.toml") if c.id in applied
    ]
    sources = [SourceDocument(s.id, s.title, s.sha256, s.url, s.language) for s in curated.sources]
    plain = validate(
        build_dataset(curated.activities, gazetteer, sources=sources, corrections=corrections)
    )
    fast = validate_store(
        build_store(curated.activities, gazetteer, sources=sources, corrections=corrections)
    )
    assert plain.violations, "the real graph has warnings: the comparison is not empty"
    assert [_key(v) for v in fast.violations] == [_key(v) for v in plain.violations]
    assert fast.conforms == plain.conforms


def test_network_views_read_the_same_from_oxigraph(builds: tuple[Path, Path]) -> None:
    plain, _ = builds
    graph = Graph().parse(plain / "graph.nt", format="nt")
    from graphbuild.fastpath import load_ntriples

    fast = StoreBackedGraph(load_ntriples(plain / "graph.nt"))
    assert activity_table(fast) == activity_table(graph)
    a, b = partnership_network(graph), partnership_network(fast)
    assert sorted(a.nodes(data=True)) == sorted(b.nodes(data=True))
    assert sorted(a.edges(data=True)) == sorted(b.edges(data=True))


# -- the page generator -------------------------------------------------------------------


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_generate", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_generator_is_deterministic(tmp_path: Path) -> None:
    generate = _generator().generate
    generate(1, tmp_path / "a", seed=7)
    generate(1, tmp_path / "b", seed=7)
    generate(1, tmp_path / "c", seed=8)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert (tmp_path / "a" / files[0]).read_bytes() != (tmp_path / "c" / files[0]).read_bytes()


def test_generated_pages_ingest_with_high_recall(tmp_path: Path, gazetteer: Gazetteer) -> None:
    expected = _generator().generate(2, tmp_path)
    result = ingest_paths(sorted(tmp_path.glob("*.txt")), gazetteer)
    found = {(a.source, a.start_date, a.end_date): a.countries for a in result.activities}
    hits = sum(e.country in found.get((e.page, e.start, e.end), ()) for e in expected)
    assert len(expected) >= 160
    assert hits / len(expected) >= 0.98
    assert len(result.activities) <= len(expected) * 1.02
