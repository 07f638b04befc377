"""The fast path (Oxigraph store, SHACL compiled to SPARQL) against the plain stack.

Fast and plain builds of the real pages must give isomorphic graphs in every format and the
same table, counts, VoID and report; the compiled validator must report exactly what
pySHACL reports on every fixture of ``tests/shapes/`` and on the real graph; the benchmark's
page generator must be deterministic and its pages readable by the ingester.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graphbuild import ingest
from graphbuild.corrections import load_corrections
from graphbuild.errors import RecordsError, SourceError
from graphbuild.export import RdfFormat
from graphbuild.fastexport import FileWriter
from graphbuild.fastpath import (
    FastGraph,
    StoreBackedGraph,
    build_store,
    from_graph,
    nt_term,
    write_format,
)
from graphbuild.fastshacl import validate_store
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_paths
from graphbuild.networks import activity_table, partnership_network
from graphbuild.pipeline import build
from graphbuild.rdf import SourceDocument, build_dataset
from graphbuild.records import Activity
from graphbuild.sources import read_page
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
    for path in sorted(p for p in fast.rglob("*") if p.is_file()):  # tables/ too
        name = path.relative_to(fast)
        assert (tmp_path / name).read_bytes() == path.read_bytes(), name


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


def test_compiled_shapes_on_records_with_contact_roles(
    contact_activities: tuple[Activity, ...],
    contact_sources: list[SourceDocument],
    gazetteer: Gazetteer,
) -> None:
    # Records coded by hand with the new roles (co-organiser, met, consulted, mentioned).
    plain = validate(build_dataset(contact_activities, gazetteer, sources=contact_sources))
    fast = validate_store(build_store(contact_activities, gazetteer, sources=contact_sources))
    assert fast.conforms and plain.conforms
    assert [_key(v) for v in fast.violations] == [_key(v) for v in plain.violations]


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


def test_pages_read_by_workers_give_the_same_records(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large corpus is read by forked workers, a run of pages each: the records, issues and
    ids must be those of one process reading page after page."""
    _generator().generate(1, tmp_path)
    paths = sorted(tmp_path.glob("*.txt"))
    alone = ingest_paths(paths, gazetteer)
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 0)
    assert ingest._workers([read_page(p) for p in paths]) == 2
    shared = ingest_paths(paths, gazetteer)
    assert shared.activities == alone.activities
    assert shared.issues == alone.issues
    assert len({a.id for a in shared.activities}) == len(shared.activities) > 50


def test_a_page_without_activity_read_by_a_worker_is_reported(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _generator().generate(1, tmp_path)
    paths = sorted(tmp_path.glob("*.txt"))
    stray = tmp_path / "zz-notes.txt"
    stray.write_text("Shopping list\n\nMilk, bread and coffee.\n", encoding="utf-8")
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 0)
    result = ingest_paths([*paths, stray], gazetteer)
    # not refused: the other pages' records are kept, and the page is named in the issues
    assert {a.source for a in result.activities} == {p.stem for p in paths}
    assert ("zz-notes", "no-activity") in {(i.source, i.category) for i in result.issues}
    with pytest.raises(SourceError) as caught:  # a corpus with no activity at all is refused
        ingest_paths([stray, stray], gazetteer)
    assert caught.value.where == f"{stray}:1"


# -- the fast path's own parts --------------------------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
_LANGS = st.sampled_from(["en", "fr", "EN-us", "fr-CA", "de-CH-1996"])
# Datatypes that take any lexical form (the typed values the graph has are checked below).
_DATATYPES = st.sampled_from([XSD.string, XSD.token, URIRef("https://example.org/dt")])


@given(text=_TEXT, lang=_LANGS, datatype=_DATATYPES)
# (the noncharacters Oxigraph escapes, found once by this test in CI)
@example(text="a\ufffe\uffffb", lang="en", datatype=XSD.string)
def test_terms_are_spelt_as_oxigraph_writes_them(text: str, lang: str, datatype: URIRef) -> None:
    """The lines are written without Oxigraph, but must be the bytes its writer gives, so that
    equal triples are equal lines (the files are sorted and merged as bytes)."""
    assert nt_term(Literal(text)) == str(ox.Literal(text))
    assert nt_term(Literal(text, lang=lang)) == str(ox.Literal(text, language=lang.lower()))
    value = Literal(text, datatype=datatype)  # rdflib may normalise the form (xsd:token)
    typed = ox.Literal(str(value), datatype=ox.NamedNode(str(datatype)))
    assert nt_term(value) == str(typed)
    iri = f"https://example.org/{quote(text)}"
    assert nt_term(URIRef(iri)) == str(ox.NamedNode(iri))


@pytest.mark.parametrize(
    "value",
    [
        Literal(5, datatype=XSD.nonNegativeInteger),
        Literal(12, datatype=XSD.positiveInteger),
        Literal(-3),
        Literal(True),
        Literal(date(2016, 2, 29)),
        Literal("2016-09", datatype=XSD.gYearMonth),
        Literal("2016", datatype=XSD.gYear),
        Literal("en", datatype=XSD.language),
    ],
)
def test_typed_values_are_spelt_as_oxigraph_writes_them(value: Literal) -> None:
    assert value.datatype is not None
    expected = ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
    assert nt_term(value) == str(expected)


def _real_inputs(gazetteer: Gazetteer) -> dict[str, Any]:
    curated = load_records(ROOT / "data" / "activities.json")
    applied = set(curated.corrections_applied)
    return {
        "activities": curated.activities,
        "gazetteer": gazetteer,
        "sources": [
            SourceDocument(s.id, s.title, s.sha256, s.url, s.language) for s in curated.sources
        ],
        "corrections": [
            c for c in load_corrections(ROOT / "data" / "corrections.toml") if c.id in applied
        ],
    }


def _file_bytes(graph: FastGraph) -> dict[str, bytes]:
    return {
        **{name: path.read_bytes() for name, path in graph.files.items()},
        "union": graph.union.read_bytes(),
    }


def test_chunks_and_workers_give_the_same_files(gazetteer: Gazetteer, tmp_path: Path) -> None:
    """Activities described by chunks (here, or in forked workers) and merged give the bytes
    of one pass over them all: shared resources described by several chunks come out once,
    an election's types from two chunks are both kept, a correction finds its activity."""
    inputs = _real_inputs(gazetteer)
    whole = build_store(**inputs, workdir=tmp_path / "whole", workers=1, chunks=1)
    expected = _file_bytes(whole)
    lines = expected["union"].splitlines()
    assert lines == sorted(set(lines))
    # the union is the named graphs' triples, each once (the ontology's and the data's
    # shared terms too), and as many as counted
    named = {line for name in whole.files for line in expected[name].splitlines()}
    assert lines == sorted(named)
    assert len(lines) == whole.counts["union"] > 6000
    for workers, chunks in ((1, 7), (2, 5), (2, 82)):
        folder = tmp_path / f"{workers}-{chunks}"
        graph = build_store(**inputs, workdir=folder, workers=workers, chunks=chunks)
        assert _file_bytes(graph) == expected, (workers, chunks)
        assert graph.counts == whole.counts


def test_format_writers_in_workers_write_the_same_files(
    gazetteer: Gazetteer, tmp_path: Path
) -> None:
    graph = build_store(**_real_inputs(gazetteer), workdir=tmp_path / "graph")
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    written_here, counted_here = FileWriter(graph, here, workers=0).collect()
    written_there, counted_there = FileWriter(graph, there, workers=2).collect()
    assert counted_here == counted_there
    assert counted_here["triples"] == graph.counts["union"]
    assert sorted(written_here) == sorted(written_there) == sorted(f.file_name for f in RdfFormat)
    for name, path in written_here.items():
        assert path.read_bytes() == written_there[name].read_bytes(), name


def test_a_record_error_in_a_worker_is_raised_here(gazetteer: Gazetteer, tmp_path: Path) -> None:
    inputs = _real_inputs(gazetteer)
    activities = list(inputs["activities"])
    activities[-1] = replace(activities[-1], countries=("ZZZ",))
    inputs["activities"] = activities
    with pytest.raises(RecordsError, match="ZZZ") as raised:
        build_store(**inputs, workdir=tmp_path, workers=2, chunks=4)
    assert activities[-1].id in str(raised.value)
    assert list(tmp_path.iterdir()) == []  # the partial files are removed


# -- JSON-LD written one top-level node at a time --------------------------------------------

_BASE = "https://w3id.org/dgeq-kg/id/"
# Paths chosen so that nodes nest (a/y in a, a/y/z in a/y) and so that IRI order and the
# order of N-Triples lines differ ("a-2" sorts between "a" and "a/x"), with a blank node.
_NODES = ["a", "a-2", "a/x", "a/y", "a/y/z", "a.b", "b"]


@st.composite
def _jsonld_triples(draw: Any) -> list[tuple[str, str, Any]]:
    from graphbuild.jsonld import RDF_TYPE, Term

    nodes = [_BASE + n for n in _NODES] + ["_:b1"]
    objects = st.one_of(
        st.sampled_from(nodes).map(lambda n: Term("blank" if n.startswith("_:") else "iri", n)),
        st.integers(0, 3).map(lambda i: Term("literal", str(i), str(XSD.integer))),
        st.text("xy", max_size=2).map(lambda t: Term("literal", t, str(XSD.string))),
        st.just(Term("iri", "https://schema.org/Event")),
    )
    predicates = st.sampled_from(["https://schema.org/location", "http://x/p", RDF_TYPE])
    found = draw(st.lists(st.tuples(st.sampled_from(nodes), predicates, objects), max_size=14))
    return sorted(set(found), key=lambda t: (t[0], t[1], repr(t[2])))


@given(_jsonld_triples(), st.randoms(use_true_random=False))
def test_jsonld_written_node_by_node_is_the_whole_document_byte_for_byte(
    triples: list[tuple[str, str, Any]], order: Any
) -> None:
    """The fast engine's streaming writer gives the bytes of the whole-document writer (the
    plain engine's), whatever the order the triples come in and however nodes nest."""
    import io

    from graphbuild.jsonld import jsonld_bytes, jsonld_context_document, write_jsonld

    context = jsonld_context_document()
    shuffled = list(triples)
    order.shuffle(shuffled)
    out = io.BytesIO()
    write_jsonld(lambda: iter(shuffled), context, out)
    assert out.getvalue() == jsonld_bytes(triples, context)


# -- a large graph's store on disk ---------------------------------------------------------


def test_a_store_on_disk_holds_what_the_store_in_memory_holds(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """From DISK_STORE_FROM triples on, the store is kept on disk in the graph's folder and
    loaded by blocks of lines (here every graph of the real records in several blocks, and
    a graph with blank nodes): the same quads, the same validation report, the same rows."""
    from graphbuild import fastpath

    curated = load_records(ROOT / "data" / "activities.json")
    sources = [SourceDocument(s.id, s.title, s.sha256, s.url, s.language) for s in curated.sources]

    def made() -> FastGraph:
        return build_store(curated.activities, gazetteer, sources=sources, workdir=tmp_path)

    def quads(graph: FastGraph) -> list[str]:
        return sorted(str(q) for q in graph.store)

    in_memory = made()
    assert in_memory.store is not None  # loaded now, in memory (the store is made when used)
    monkeypatch.setattr(fastpath, "DISK_STORE_FROM", 0)
    monkeypatch.setattr(fastpath, "STORE_BLOCK", 50_000)  # bytes: several blocks per graph
    on_disk = made()
    assert in_memory.store is not on_disk.store
    assert (on_disk.union.parent / "store").is_dir()
    assert not (in_memory.union.parent / "store").exists()
    assert len(quads(on_disk)) == in_memory.counts["union"]
    assert quads(on_disk) == quads(in_memory)
    assert [_key(v) for v in validate_store(on_disk).violations] == [
        _key(v) for v in validate_store(in_memory).violations
    ]
    assert activity_table(StoreBackedGraph(on_disk)) == activity_table(StoreBackedGraph(in_memory))
    # Blank nodes keep their names across blocks (one node, two values, blocks of a line),
    # on disk and in memory.
    monkeypatch.setattr(fastpath, "STORE_BLOCK", 1)
    monkeypatch.setattr(fastpath, "MEMORY_BLOCK", 1)
    blank = Graph().parse(data='_:x <http://e/p> "1" .\n_:x <http://e/p> "2" .\n', format="nt")
    for disk_from in (0, 1_000):
        monkeypatch.setattr(fastpath, "DISK_STORE_FROM", disk_from)
        store = from_graph(blank).store
        assert len(store) == 2
        assert len({str(q.subject) for q in store}) == 1


def test_the_in_memory_store_is_loaded_by_blocks(
    gazetteer: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loaded a few lines at a time, the in-memory store holds the same quads as loaded in
    one piece."""
    from graphbuild import fastpath

    curated = load_records(ROOT / "data" / "activities.json")
    sources = [SourceDocument(s.id, s.title, s.sha256, s.url, s.language) for s in curated.sources]
    whole = build_store(curated.activities, gazetteer, sources=sources, workdir=tmp_path)
    monkeypatch.setattr(fastpath, "MEMORY_BLOCK", 20_000)  # bytes: several blocks per graph
    blocks = build_store(curated.activities, gazetteer, sources=sources, workdir=tmp_path)
    assert os.path.getsize(blocks.files["data"]) > 3 * 20_000
    assert len(blocks.store) == whole.counts["union"]
    assert sorted(map(str, blocks.store)) == sorted(map(str, whole.store))


_JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.sampled_from(['"\\é\n'])
)
_JSON_KEYS = st.one_of(st.text(), st.integers(), st.booleans(), st.none(), st.floats())


@given(
    st.recursive(
        _JSON_SCALARS,
        lambda inner: st.lists(inner) | st.dictionaries(_JSON_KEYS, inner) | st.tuples(inner),
        max_leaves=30,
    )
)
def test_indented_json_is_json_s_indented_text(value: Any) -> None:
    """The JSON-LD writers' indenting (strings escaped by json's C function) gives the text
    of ``json.dumps(..., indent=2, ensure_ascii=False)`` for any JSON value."""
    import json

    from graphbuild.jsonld import indented_json

    assert indented_json(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_jsonld_of_a_graph_read_once_or_twice_is_the_same(
    built_dist: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small graph's triples are held for the JSON-LD writer's two passes, a large one's
    file read twice: the same bytes either way."""
    from graphbuild import fastpath
    from graphbuild.export import jsonld_context_for

    union, context = built_dist / "graph.nt", jsonld_context_for()
    fastpath._write_jsonld(union, tmp_path / "held.jsonld", context)
    monkeypatch.setattr(fastpath, "JSONLD_READ_ONCE", 0)
    fastpath._write_jsonld(union, tmp_path / "read-twice.jsonld", context)
    held = (tmp_path / "held.jsonld").read_bytes()
    assert held == (tmp_path / "read-twice.jsonld").read_bytes()
    assert held.count(b'"@id"') > 1000


def test_jsonld_with_the_writer_s_memos_emptied_again_and_again_is_the_same(
    built_dist: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON-LD writer keeps a bounded number of terms and compact names to reuse; kept
    one at a time (each new one empties them), it writes the same bytes."""
    from graphbuild import fastpath, jsonld
    from graphbuild.export import jsonld_context_for

    union, context = built_dist / "graph.nt", jsonld_context_for()
    monkeypatch.setattr(fastpath, "JSONLD_READ_ONCE", 0)
    fastpath._write_jsonld(union, tmp_path / "kept.jsonld", context)
    monkeypatch.setattr(jsonld, "_KEPT", 1)
    fastpath._write_jsonld(union, tmp_path / "one-at-a-time.jsonld", context)
    kept = (tmp_path / "kept.jsonld").read_bytes()
    assert kept == (tmp_path / "one-at-a-time.jsonld").read_bytes()
    assert kept == (built_dist / "graph.jsonld").read_bytes()


def test_the_jsonld_writer_s_mappings_go_when_it_returns(built_dist: Path) -> None:
    """No cycle of objects keeps the JSON-LD writer's mappings of nodes alive once it has
    written (they would stay until the cyclic collector ran: at 1000x, most of the memory
    of the worker writing the file, held while the other files were written)."""
    import gc
    import io

    from graphbuild import fastpath
    from graphbuild.export import jsonld_context_for
    from graphbuild.jsonld import oxigraph_triples, write_jsonld

    union = built_dist / "graph.nt"
    triples = list(oxigraph_triples(fastpath._parsed(union)))
    subjects = {s for s, _, _ in triples}
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        write_jsonld(lambda: iter(triples), jsonld_context_for(), io.BytesIO())
        gc.collect()
        kept = [o for o in gc.garbage if isinstance(o, dict) and subjects & set(o)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()
    assert len(subjects) > 100
    assert not kept


def _slow_write_format(*args: Any, **kwargs: Any) -> Any:
    """``fastpath.write_format`` after 3 s (a module function: the workers get it by name)."""
    import time

    time.sleep(3)
    return write_format(*args, **kwargs)


@pytest.mark.parametrize("disk_from", [10**9, 0])
def test_an_in_memory_store_is_loaded_once_the_formats_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, disk_from: int
) -> None:
    """The format writers (worker processes) are done before a store kept in memory is
    loaded, so that the two are not held at once; an on-disk store is loaded beside them."""
    from graphbuild import fastexport, fastpath

    monkeypatch.setattr(fastexport, "PARALLEL_FROM", 0)  # the workers, for a small graph
    monkeypatch.setattr(fastpath, "DISK_STORE_FROM", disk_from)
    seen: list[dict[str, bool]] = []
    load = fastpath._load

    def watched(files: Any, base_iri: str, folder: Path | None = None) -> ox.Store:
        # What the new folder holds when the store is loaded (the writers' files appear
        # by a rename once whole); the writers of the on-disk case are slowed down.
        names = {f.name for f in tmp_path.rglob("graph.*") if f.parent.name == "new"}
        seen.append({fmt.file_name: fmt.file_name in names for fmt in RdfFormat})
        return load(files, base_iri, folder)

    monkeypatch.setattr(fastpath, "_load", watched)
    if disk_from == 0:
        monkeypatch.setattr(fastpath, "write_format", _slow_write_format)
    build(ROOT / "data", tmp_path / "out", engine="fast")
    assert len(seen) == 1
    written = [name for name, there in seen[0].items() if there and name != "graph.nt"]
    if disk_from:
        assert sorted(written) == sorted(
            f.file_name for f in RdfFormat if f.file_name != "graph.nt"
        )
    else:
        assert written == []
    assert (tmp_path / "out" / "graph.jsonld").stat().st_size > 0
