"""The fast path: records -> N-Triples files -> an Oxigraph store -> files, without an rdflib
graph of the data.

The triples are the ones :func:`graphbuild.rdf.describe` makes (the same code writes both
paths), written straight as N-Triples text: each named graph becomes one file of sorted,
distinct lines (the bytes Oxigraph's writer gives for the same terms), and the union graph
one more. Large inputs are described in parallel, by chunks of activities in worker
processes whose sorted runs are merged: ``describe`` gives the same triples for a union of
chunks as for the whole (shared resources come out more than once and are merged), which
``tests/test_fastpath.py`` checks. The files are bulk-loaded into an Oxigraph store that
answers the queries (research table, counts, VoID statistics, network views); the formats
are written from the files, in worker processes when the graph is large. The outputs are
isomorphic to the plain path's and deterministic: the same records give the same bytes.

Memory stays flat with size: no list of the triples is kept, only the files and the store.

Differences in form, not content: the JSON-LD is expanded (full IRIs) with the shipped
context embedded rather than compacted with it, and Turtle, TriG and RDF/XML are laid out
by Oxigraph's writers.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import os
import shutil
import tempfile
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Node

from graphbuild import forks
from graphbuild.errors import GraphBuildError
from graphbuild.gazetteer import Gazetteer
from graphbuild.namespaces import DEFAULT_BASE_IRI, ONTOLOGY_PATH
from graphbuild.rdf import InstanceIris, SourceDocument, describe
from graphbuild.records import Activity, Correction

#: The named graphs, in the order the TriG file lists them (as :data:`export.GRAPH_NAMES`).
GRAPH_NAMES = ("data", "ontology", "provenance")
#: The graphs holding instance data (the ones the shapes check).
INSTANCE_GRAPHS = ("data", "provenance")
#: Below this many activities the graph is described in this process (no worker start-up).
PARALLEL_FROM = 4000
#: From this many triples (the union's lines) the store is kept on disk, in the graph's
#: folder, instead of in memory, so that a large build fits in 2 GB: 4.4 million triples
#: (1000x) take 1.85 GB in memory and about 0.5 GB on disk loaded by blocks, for a slower
#: load (38 s, not 14 s) and slower queries (the validation 116 s, not 40 s). Raise it to
#: trade memory for time.
DISK_STORE_FROM = 2_000_000
#: Bytes of N-Triples lines given to the on-disk store's bulk loader at a time.
STORE_BLOCK = 64 << 20
#: Bytes of N-Triples lines loaded into the in-memory store at a time: its bulk loader,
#: given a whole file, holds the file's parsed quads beside the store (at 222x a peak of
#: 585 MB for a store of 360 MB); loaded 4 MB at a time, the peak is the store's size
#: (356 MB), in the same time (``bench/results.md``).
MEMORY_BLOCK = 4 << 20

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


class _Terms:
    """rdflib terms -> Oxigraph terms, with IRIs and datatypes converted once."""

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def term(self, node: Node) -> OxTerm:
        if isinstance(node, URIRef):
            return self.iri(str(node))
        if isinstance(node, Literal):
            if node.language:
                return ox.Literal(str(node), language=node.language)
            if node.datatype is not None:
                return ox.Literal(str(node), datatype=self.iri(str(node.datatype)))
            return ox.Literal(str(node))
        if isinstance(node, BNode):
            return ox.BlankNode(str(node))
        raise TypeError(f"cannot store {node!r} in Oxigraph")


# -- terms as N-Triples text ---------------------------------------------------------------

# Oxigraph's escapes in quoted strings (``tests/test_fastpath.py`` compares them).
# (the two noncharacters U+FFFE and U+FFFF too, as Oxigraph 0.5 writes them)
_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)} | {
    0x08: "\\b",
    0x09: "\\t",
    0x0A: "\\n",
    0x0C: "\\f",
    0x0D: "\\r",
    0x22: '\\"',
    0x5C: "\\\\",
}


def nt_term(node: Node) -> str:
    """One rdflib term as N-Triples text, spelt as Oxigraph writes it."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        text = str(node).translate(_ESCAPES)
        if node.language:
            return f'"{text}"@{node.language.lower()}'
        datatype = node.datatype
        if datatype is None or datatype == XSD.string:
            return f'"{text}"'
        return f'"{text}"^^<{datatype}>'
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"cannot write {node!r} as N-Triples")


class _LineSink:
    """A :class:`graphbuild.rdf.TripleSink` that keeps N-Triples lines (with their newline)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, triple: tuple[Node, Node, Node], /) -> object:
        s, p, o = triple
        self.lines.append(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n")
        return self

    def sorted_bytes(self) -> Iterator[bytes]:
        """The distinct lines, sorted (as bytes: UTF-8 keeps the order of code points)."""
        for line in sorted(set(self.lines)):
            yield line.encode("utf-8")


def _write_lines(path: Path, lines: Iterable[bytes]) -> int:
    count = 0
    with open(path, "wb", buffering=1 << 20) as out:
        for line in lines:
            out.write(line)
            count += 1
    return count


def _merge(paths: Sequence[Path], out: Path) -> int:
    """Files of sorted distinct lines -> one file of sorted distinct lines; its line count."""
    if len(paths) == 1:
        shutil.copyfile(paths[0], out)
        with open(out, "rb") as f:
            return sum(1 for _ in f)
    with ExitStack() as stack:
        files = [stack.enter_context(open(p, "rb", buffering=1 << 20)) for p in paths]
        last = b""
        count = 0
        with open(out, "wb", buffering=1 << 20) as target:
            for line in heapq.merge(*files):
                if line != last:
                    target.write(line)
                    count += 1
                    last = line
    return count


def _lines(path: Path) -> Iterator[bytes]:
    with open(path, "rb", buffering=1 << 20) as f:
        yield from f


# -- describing, in chunks -----------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    activities: Sequence[Activity]
    gazetteer: Gazetteer
    sources: Sequence[SourceDocument]
    corrections: Sequence[Correction]
    base_iri: str


_JOB: list[_Job] = []  # what forked workers describe (inherited, not pickled)


def _describe_chunk(job: _Job, start: int, stop: int, folder: Path) -> dict[str, Path]:
    """The data and provenance triples of ``activities[start:stop]``, each as a file of sorted
    distinct lines in ``folder``."""
    data, provenance = _LineSink(), _LineSink()
    describe(
        job.activities[start:stop],
        job.gazetteer,
        job.sources,
        job.corrections,
        InstanceIris(job.base_iri),
        data,
        provenance,
    )
    written = {}
    for name, sink in (("data", data), ("provenance", provenance)):
        path = folder / f"{name}-{start:09d}.nt"
        _write_lines(path, sink.sorted_bytes())
        sink.lines.clear()
        written[name] = path
    return written


def _forked_chunk(start: int, stop: int, folder: str) -> dict[str, Path] | tuple[str, ...]:
    try:
        return _describe_chunk(_JOB[0], start, stop, Path(folder))
    except GraphBuildError as exc:  # sent back as fields: the parent raises it again
        return (type(exc).__name__, exc.message, exc.where or "", exc.hint or "")


def _describe_all(job: _Job, folder: Path, *, workers: int, chunks: int) -> list[dict[str, Path]]:
    bounds = [len(job.activities) * k // chunks for k in range(chunks + 1)]
    spans = [(a, b) for a, b in itertools.pairwise(bounds) if b > a] or [(0, 0)]
    if workers <= 1 or len(spans) == 1:
        return [_describe_chunk(job, a, b, folder) for a, b in spans]
    import multiprocessing

    _JOB[:] = [job]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.starmap(_forked_chunk, [(a, b, str(folder)) for a, b in spans])
    finally:
        _JOB.clear()
    for result in results:
        if isinstance(result, tuple):
            from graphbuild import errors

            kind, message, where, hint = result
            raise getattr(errors, kind)(message, where or None, hint or None)
    return [r for r in results if isinstance(r, dict)]


def _parallel() -> bool:
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


# -- the graph -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FastGraph:
    """The knowledge graph as files of sorted distinct N-Triples lines (one per named graph,
    and ``graph.nt`` for their union) and an Oxigraph store of the same quads for queries.

    The files are the reference: Oxigraph's store writes integer subtypes such as
    ``xsd:nonNegativeInteger`` back as ``xsd:integer``, so formats are written from them.
    The folder they are in is removed with the object, unless it was given by the caller.
    """

    files: Mapping[str, Path]  # graph name -> its sorted distinct lines
    union: Path  # the union of the named graphs, sorted distinct lines
    counts: Mapping[str, int]  # lines per graph name, "union" and "instance"
    base_iri: str = DEFAULT_BASE_IRI
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def store(self) -> ox.Store:
        """The Oxigraph store of the named graphs, loaded from the files when first used (so
        that format writers can be forked from a small process before it exists)."""
        store: ox.Store | None = self._cache.get("store")
        if store is None:
            folder = self.union.parent / "store" if self.on_disk else None
            # What was freed before (a build's records) goes back to the system first: the
            # store's blocks would not all fit in its holes (at 222x the process held 68 MB
            # less once the store was loaded).
            forks.give_back_memory()
            store = self._cache["store"] = _load(self.files, self.base_iri, folder)
        return store

    @property
    def on_disk(self) -> bool:
        """Whether the store is kept on disk (from :data:`DISK_STORE_FROM` triples)."""
        return self.counts.get("union", 0) >= DISK_STORE_FROM

    def graph(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(str(InstanceIris(self.base_iri).graph(name)))

    def select(
        self,
        query: str,
        *,
        graphs: Sequence[str] | None = None,
        substitutions: Mapping[str, OxTerm] | None = None,
    ) -> tuple[list[str], list[tuple[OxTerm | None, ...]]]:
        """Run a SELECT over the union of ``graphs`` (by default all of them): columns, rows."""
        options: dict[str, Any] = {}
        if graphs is None:
            options["use_default_graph_as_union"] = True
        else:
            options["default_graph"] = [self.graph(g) for g in graphs]
        if substitutions:
            options["substitutions"] = {ox.Variable(k): v for k, v in substitutions.items()}
        result = self.store.query(query, **options)
        assert isinstance(result, ox.QuerySolutions)
        columns = [v.value for v in result.variables]
        rows: list[tuple[OxTerm | None, ...]] = [
            tuple(solution[c] for c in columns) for solution in result
        ]
        return columns, rows

    def ntriples_lines(self, names: Iterable[str] = GRAPH_NAMES) -> list[bytes]:
        """The distinct triples of the named graphs, as sorted N-Triples lines (no newline).
        Reads the files: for small graphs and tests."""
        key = tuple(names)
        paths = [self.union] if set(key) == set(GRAPH_NAMES) else [self.files[n] for n in key]
        found: set[bytes] = set()
        for path in paths:
            found.update(line.rstrip(b"\n") for line in _lines(path))
        return sorted(found)

    def literal_values(self, predicates: Iterable[str]) -> dict[str, dict[bytes, OxTerm]]:
        """The distinct objects of each of ``predicates`` in the instance graphs, by their
        N-Triples text, exactly as written (the store rewrites integer subtypes as
        ``xsd:integer``). One pass over the files for the predicates not asked for before;
        kept until :meth:`forget_values`. Only the distinct values are kept, not the triples:
        at 222x the triples of the shapes' literal checks took 170 MB."""
        cached: dict[str, dict[bytes, OxTerm]] = self._cache.setdefault("values", {})
        wanted = {f"<{p}>".encode(): p for p in predicates if p not in cached}
        if wanted:
            found: dict[str, set[bytes]] = {p: set() for p in wanted.values()}
            for name in INSTANCE_GRAPHS:
                for line in _lines(self.files[name]):
                    _, key, rest = line.split(b" ", 2)
                    if (p := wanted.get(key)) is not None:
                        found[p].add(_object_text(rest))
            for name, texts in found.items():
                ordered = sorted(texts)
                lines = [b"<s:> <p:> " + text + b" .\n" for text in ordered]
                objects = [cast(OxTerm, t.object) for t in _triples(lines)] if lines else []
                cached[name] = dict(zip(ordered, objects, strict=True))
        return {p: cached[p] for p in predicates}

    def subjects_with(
        self, predicate: str, objects: Mapping[bytes, OxTerm]
    ) -> list[tuple[OxTerm, OxTerm]]:
        """The distinct (subject, object) pairs of the instance triples of ``predicate`` whose
        object is one of ``objects`` (by its N-Triples text, as :meth:`literal_values` gives
        it); a pass over the files, sorted by subject, then object."""
        key = f"<{predicate}>".encode()
        pairs: set[tuple[bytes, bytes]] = set()
        for name in INSTANCE_GRAPHS:
            for line in _lines(self.files[name]):
                subject, p, rest = line.split(b" ", 2)
                if p == key and (text := _object_text(rest)) in objects:
                    pairs.add((subject, text))
        ordered = sorted(pairs)
        lines = [subject + b" <p:> <o:> .\n" for subject, _ in ordered]
        subjects = [cast(OxTerm, t.subject) for t in _triples(lines)] if lines else []
        return [(s, objects[text]) for s, (_, text) in zip(subjects, ordered, strict=True)]

    def forget_values(self) -> None:
        """Drop the values :meth:`literal_values` kept (they are read again when asked for)."""
        self._cache.pop("values", None)


def _object_text(rest: bytes) -> bytes:
    """The object of an N-Triples line, from what follows its predicate (``OBJECT .``)."""
    return rest.rstrip(b"\n")[:-2]


def _load(files: Mapping[str, Path], base_iri: str, folder: Path | None = None) -> ox.Store:
    """The files in a store: in memory, or on disk in ``folder`` (a large graph), loaded a
    block of lines at a time so that the loader's buffers stay small."""
    on_disk = folder is not None
    store = ox.Store(str(folder)) if on_disk else ox.Store()
    # On disk, the bulk loader (no transaction); in memory, a transaction per block.
    load, extend = (store.bulk_load, store.bulk_extend) if on_disk else (store.load, store.extend)
    iris = InstanceIris(base_iri)
    for name, path in files.items():
        if not os.path.getsize(path):
            continue
        graph = ox.NamedNode(str(iris.graph(name)))
        suffix = f" {graph} .\n".encode()
        with open(path, "rb", buffering=1 << 20) as lines:
            while block := lines.readlines(STORE_BLOCK if on_disk else MEMORY_BLOCK):
                text = b"".join(block)
                if b"_:" not in text:
                    load(text, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
                    continue
                # Each load names the blank nodes of its text anew; the parser keeps the
                # file's names (a slower way, for blocks that may hold blank nodes).
                text = b"".join(line.rstrip(b"\n")[:-2] + suffix for line in block)
                extend(ox.parse(text, format=ox.RdfFormat.N_QUADS))
    return store


def _finish(
    folder: Path, runs: Mapping[str, Sequence[Path]], base_iri: str, owned: bool
) -> FastGraph:
    """Merge the sorted runs of each graph, write the union, load the store."""
    files: dict[str, Path] = {}
    counts: dict[str, int] = {}
    for name in GRAPH_NAMES:
        files[name] = folder / f"graph-{name}.nt"
        counts[name] = _merge(runs.get(name, []), files[name]) if runs.get(name) else 0
        if not runs.get(name):
            files[name].write_bytes(b"")
    for path in {p for paths in runs.values() for p in paths}:
        path.unlink(missing_ok=True)
    union = folder / "graph.nt"
    counts["union"] = _merge([files[n] for n in GRAPH_NAMES], union)
    instance = folder / "instance.nt"
    counts["instance"] = _merge([files[n] for n in INSTANCE_GRAPHS], instance)
    instance.unlink()
    graph = FastGraph(files, union, counts, base_iri)
    if owned:
        weakref.finalize(graph, shutil.rmtree, folder, True)
    return graph


def _folder(workdir: Path | None) -> tuple[Path, bool]:
    if workdir is not None:
        Path(workdir).mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".fast-", dir=workdir)), False
    return Path(tempfile.mkdtemp(prefix="graphbuild-fast-")), True


def build_store(
    activities: Sequence[Activity],
    gazetteer: Gazetteer,
    *,
    sources: Sequence[SourceDocument],
    corrections: Sequence[Correction] = (),
    base_iri: str = DEFAULT_BASE_IRI,
    ontology_path: Path = ONTOLOGY_PATH,
    workdir: Path | None = None,
    workers: int | None = None,
    chunks: int | None = None,
) -> FastGraph:
    """The dataset of :func:`graphbuild.rdf.build_dataset`, as a :class:`FastGraph`.

    ``workdir`` is where the files go (a fresh folder in it; by default a temporary folder
    removed with the graph). ``workers`` and ``chunks`` say how the activities are shared
    out (by default: two workers from :data:`PARALLEL_FROM` activities on, else none).
    Raises the same :class:`~graphbuild.errors.RecordsError` as the plain path.
    """
    seen: set[str] = set()
    for a in activities:  # checked here: a chunk only sees its own activities
        if a.id in seen:
            from graphbuild.errors import RecordsError, where

            raise RecordsError("duplicate activity id", where(a.source, None, a.id))
        seen.add(a.id)
    big = len(activities) >= PARALLEL_FROM and _parallel()
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if big else 1
    if chunks is None:
        chunks = workers * 4 if workers > 1 else 1
    folder, owned = _folder(workdir)
    try:
        job = _Job(activities, gazetteer, sources, corrections, base_iri)
        frozen = gc.isenabled()
        gc.disable()  # millions of short-lived objects, no cycles: the collector only costs
        try:
            described = _describe_all(job, folder, workers=workers, chunks=chunks)
            # The ontology goes through rdflib's parser, as in the plain path, so that both
            # hold the same literals (rdflib normalises some lexical forms).
            ontology = _LineSink()
            for triple in Graph().parse(ontology_path, format="turtle"):
                ontology.add(triple)
            path = folder / "ontology-run.nt"
            _write_lines(path, ontology.sorted_bytes())
        finally:
            if frozen:
                gc.enable()
        runs = {name: [d[name] for d in described] for name in INSTANCE_GRAPHS}
        runs["ontology"] = [path]
        return _finish(folder, runs, base_iri, owned)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


# -- serialisations -----------------------------------------------------------------------


def _prefixes() -> dict[str, str]:
    from graphbuild.namespaces import PREFIXES

    return {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}


def _triples(lines: list[bytes]) -> Iterator[ox.Triple]:
    text = b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines)
    for quad in ox.parse(text, format=ox.RdfFormat.N_TRIPLES):
        yield quad.triple


def _parsed(path: Path) -> Iterator[ox.Triple]:
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
        yield quad.triple


def write_format(
    fmt: str,
    graph_files: Mapping[str, Path],
    union: Path,
    out: Path,
    context: Mapping[str, Any] | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
) -> Path:
    """Write the graph in one format (``nt``, ``ttl``, ``jsonld``, ``rdf``, ``trig``) to
    ``out``, reading only files: it runs in a worker process for large graphs."""
    if fmt == "nt":
        shutil.copyfile(union, out)
    elif fmt == "ttl":
        ox.serialize(
            _parsed(union), output=str(out), format=ox.RdfFormat.TURTLE, prefixes=_prefixes()
        )
    elif fmt == "rdf":
        ox.serialize(
            _parsed(union), output=str(out), format=ox.RdfFormat.RDF_XML, prefixes=_prefixes()
        )
    elif fmt == "jsonld":
        _write_jsonld(union, out, context or {"@context": {}})
    elif fmt == "trig":
        _write_trig(graph_files, out, base_iri)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return out


#: Below this size (bytes of N-Triples) the JSON-LD writer reads the graph's triples once and
#: holds them for its two passes; above it, it reads the file twice (memory, at scale).
JSONLD_READ_ONCE = 16 << 20


def _write_jsonld(union: Path, out: Path, context: Mapping[str, Any]) -> None:
    """Compact JSON-LD under the shipped context (:mod:`graphbuild.jsonld`), the same bytes
    as the plain engine's."""
    from graphbuild.jsonld import Triple, oxigraph_triples, write_jsonld

    def triples() -> Iterator[Triple]:  # the file read again each time it is asked for
        with open(union, "rb", buffering=1 << 20) as lines:
            yield from oxigraph_triples(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES))

    if union.stat().st_size < JSONLD_READ_ONCE:
        held = list(triples())  # a small graph's triples: read once, for both passes
        with open(out, "wb", buffering=1 << 20) as target:
            write_jsonld(lambda: iter(held), context, target)
        return
    with open(out, "wb", buffering=1 << 20) as target:
        write_jsonld(triples, context, target)


def _write_trig(graph_files: Mapping[str, Path], out: Path, base_iri: str) -> None:
    """The three named graphs, each sorted, in :data:`GRAPH_NAMES` order. Each file's lines
    are turned into N-Quads a block at a time and parsed by Oxigraph (no Python object per
    quad is made here)."""
    iris = InstanceIris(base_iri)

    def quads() -> Iterator[ox.Quad]:
        for name in GRAPH_NAMES:
            suffix = f" <{iris.graph(name)}> .\n".encode()
            with open(graph_files[name], "rb", buffering=1 << 20) as lines:
                while block := lines.readlines(1 << 22):
                    text = b"".join(line[:-3] + suffix for line in block)
                    yield from ox.parse(text, format=ox.RdfFormat.N_QUADS)

    ox.serialize(quads(), output=str(out), format=ox.RdfFormat.TRIG, prefixes=_prefixes())


# -- terms back to rdflib (query results) --------------------------------------------------


class RdflibTerms:
    """Oxigraph terms -> rdflib terms, converted once per distinct term."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, str, str], URIRef | Literal | BNode] = {}

    def __call__(self, term: object) -> URIRef | Literal | BNode | None:
        if term is None:
            return None
        if isinstance(term, ox.NamedNode):
            key = ("I", term.value, "", "")
        elif isinstance(term, ox.Literal):
            key = ("L", term.value, term.language or "", term.datatype.value)
        elif isinstance(term, ox.BlankNode):
            key = ("B", term.value, "", "")
        else:
            raise TypeError(f"unexpected term {term!r}")
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = _to_rdflib(key)
        return found


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _to_rdflib(key: tuple[str, str, str, str]) -> URIRef | Literal | BNode:
    kind, value, language, datatype = key
    if kind == "I":
        return URIRef(value)
    if kind == "B":
        return BNode(value)
    if language:
        return Literal(value, lang=language)
    if datatype in (_XSD_STRING, _LANG_STRING):
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))


def _from_lines(lines: Iterable[bytes], base_iri: str) -> FastGraph:
    """A :class:`FastGraph` whose ``data`` graph holds the given N-Triples lines."""
    folder, _ = _folder(None)
    run = folder / "data-run.nt"
    _write_lines(run, sorted({line.rstrip(b"\n") + b"\n" for line in lines} - {b"\n"}))
    empty = folder / "empty-run.nt"
    empty.write_bytes(b"")
    return _finish(
        folder, {"data": [run], "ontology": [empty], "provenance": [empty]}, base_iri, True
    )


def from_graph(graph: Graph, *, base_iri: str = DEFAULT_BASE_IRI) -> FastGraph:
    """A :class:`FastGraph` holding an rdflib graph as its instance data (``data`` graph)."""
    sink = _LineSink()
    for triple in graph:
        sink.add(triple)
    return _from_lines((line.encode("utf-8") for line in sink.lines), base_iri)


def load_ntriples(path: Path, *, base_iri: str = DEFAULT_BASE_IRI) -> FastGraph:
    """A built ``graph.nt`` (the union graph) as a :class:`FastGraph`, in its ``data`` graph."""
    return _from_lines(_lines(Path(path)), base_iri)


class StoreBackedGraph(Graph):
    """An rdflib ``Graph`` whose SPARQL SELECT queries Oxigraph (the union of the store's
    graphs), so that code written for rdflib (:mod:`graphbuild.networks`) runs on the fast
    path. Only ``query`` is served: the graph itself is empty."""

    def __init__(self, fast: FastGraph) -> None:
        super().__init__(bind_namespaces="none")
        self.fast = fast
        self._terms = _Terms()
        self._back = RdflibTerms()

    def query(  # type: ignore[override]
        self,
        query_object: str,
        *args: Any,
        initBindings: Mapping[str, Node] | None = None,
        **kwargs: Any,
    ) -> Result:
        substitutions = {str(k): self._terms.term(v) for k, v in (initBindings or {}).items()}
        columns, rows = self.fast.select(query_object, substitutions=substitutions)
        result = Result("SELECT")
        variables = [Variable(c) for c in columns]
        result.vars = variables
        result.bindings = [
            {
                v: t
                for v, cell in zip(variables, row, strict=True)
                if (t := self._back(cell)) is not None
            }
            for row in rows
        ]
        return result
