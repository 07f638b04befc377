"""The fast path: records -> an Oxigraph store -> files, without an rdflib graph of the data.

The triples are the ones :func:`graphbuild.rdf.describe` makes (the same code writes both
paths), collected as Oxigraph triples instead of being indexed by rdflib, written once as
sorted N-Triples lines per named graph and bulk-loaded into an Oxigraph store. Oxigraph
answers the queries (research table, counts, VoID statistics, network views) and writes the
formats from the lines. The outputs are isomorphic to the plain path's
(``tests/test_fastpath.py`` checks it on the real pages) and deterministic: the same records
give the same bytes.

Differences in form, not content: the JSON-LD is expanded (full IRIs) with the shipped
context embedded rather than compacted with it, and Turtle, TriG and RDF/XML are laid out
by Oxigraph's writers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Node

from graphbuild.gazetteer import Gazetteer
from graphbuild.namespaces import DEFAULT_BASE_IRI, ONTOLOGY_PATH, PREFIXES
from graphbuild.rdf import InstanceIris, SourceDocument, describe
from graphbuild.records import Activity, Correction

#: The named graphs, in the order the TriG file lists them (as :data:`export.GRAPH_NAMES`).
GRAPH_NAMES = ("data", "ontology", "provenance")
#: The graphs holding instance data (the ones the shapes check).
INSTANCE_GRAPHS = ("data", "provenance")

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


class _TripleSink:
    """A :class:`graphbuild.rdf.TripleSink` that keeps Oxigraph triples of one named graph."""

    def __init__(self, terms: _Terms, triples: list[ox.Triple]) -> None:
        self._terms = terms
        self._triples = triples

    def add(self, triple: tuple[Node, Node, Node], /) -> object:
        s, p, o = triple
        term = self._terms.term
        subject, predicate = term(s), term(p)
        assert not isinstance(subject, ox.Literal) and isinstance(predicate, ox.NamedNode)
        self._triples.append(ox.Triple(subject, predicate, term(o)))
        return self


@dataclass(frozen=True)
class FastGraph:
    """The knowledge graph as sorted N-Triples lines per named graph, and an Oxigraph store
    of the same quads for the queries.

    The lines are the reference: Oxigraph's store writes integer subtypes such as
    ``xsd:nonNegativeInteger`` back as ``xsd:integer``, so files are written from the lines.
    """

    store: ox.Store
    lines: Mapping[str, list[bytes]]  # graph name -> sorted distinct lines, without newline
    base_iri: str = DEFAULT_BASE_IRI

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

        Merged lists are computed once and kept (every export reads the union)."""
        key = tuple(names)
        if len(key) == 1:
            return self.lines.get(key[0], [])
        cache: dict[tuple[str, ...], list[bytes]] = self.__dict__.setdefault("_merged", {})
        if key not in cache:
            merged: set[bytes] = set()
            for name in key:
                merged.update(self.lines.get(name, []))
            cache[key] = sorted(merged)
        return cache[key]

    def triples_with(self, predicate: str) -> list[ox.Triple]:
        """The instance triples of one predicate, with their literals exactly as written."""
        found = self._by_predicate().get(f"<{predicate}>".encode(), [])
        return list(_triples(found)) if found else []

    def _by_predicate(self) -> dict[bytes, list[bytes]]:
        index: dict[bytes, list[bytes]] | None = self.__dict__.get("_predicate_index")
        if index is None:
            index = {}
            for name in INSTANCE_GRAPHS:
                for line in self.lines.get(name, []):
                    index.setdefault(line.split(b" ", 2)[1], []).append(line)
            self.__dict__["_predicate_index"] = index
        return index


def _make_graph(triples: Mapping[str, list[ox.Triple]], base_iri: str) -> FastGraph:
    store = ox.Store()
    lines: dict[str, list[bytes]] = {}
    for name, found in triples.items():
        dump = ox.serialize(found, format=ox.RdfFormat.N_TRIPLES)
        assert dump is not None
        unique = set(dump.split(b"\n"))
        unique.discard(b"")
        lines[name] = sorted(unique)
        graph = ox.NamedNode(str(InstanceIris(base_iri).graph(name)))
        store.bulk_load(dump, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
        found.clear()  # the Python objects are the largest part of the memory
        del dump, unique
    return FastGraph(store, lines, base_iri)


def build_store(
    activities: Sequence[Activity],
    gazetteer: Gazetteer,
    *,
    sources: Sequence[SourceDocument],
    corrections: Sequence[Correction] = (),
    base_iri: str = DEFAULT_BASE_IRI,
    ontology_path: Path = ONTOLOGY_PATH,
) -> FastGraph:
    """The dataset of :func:`graphbuild.rdf.build_dataset`, as a :class:`FastGraph`.

    Raises the same :class:`~graphbuild.errors.RecordsError` as the plain path.
    """
    iris = InstanceIris(base_iri)
    terms = _Terms()
    triples: dict[str, list[ox.Triple]] = {name: [] for name in GRAPH_NAMES}
    data = _TripleSink(terms, triples["data"])
    describe(
        activities,
        gazetteer,
        sources,
        corrections,
        iris,
        data,
        _TripleSink(terms, triples["provenance"]),
    )
    # The ontology goes through rdflib's parser, as in the plain path, so that both hold the
    # same literals (rdflib normalises some lexical forms).
    ontology = _TripleSink(terms, triples["ontology"])
    for triple in Graph().parse(ontology_path, format="turtle"):
        ontology.add(triple)
    return _make_graph(triples, base_iri)


# -- serialisations -----------------------------------------------------------------------


def _prefixes() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}


def _triples(lines: list[bytes]) -> Iterator[ox.Triple]:
    for quad in ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES):
        yield quad.triple


def ntriples(lines: list[bytes]) -> bytes:
    return b"".join(line + b"\n" for line in lines)


def turtle(lines: list[bytes]) -> bytes:
    out = ox.serialize(_triples(lines), format=ox.RdfFormat.TURTLE, prefixes=_prefixes())
    assert out is not None
    return out


def rdfxml(lines: list[bytes]) -> bytes:
    out = ox.serialize(_triples(lines), format=ox.RdfFormat.RDF_XML, prefixes=_prefixes())
    assert out is not None
    return out


def jsonld(lines: list[bytes], context: Mapping[str, Any]) -> bytes:
    """Expanded JSON-LD nodes (one per subject, in sorted order) under the shipped context.

    The context only names terms: every key and value is written in full, so the graph
    reads the same with or without it, and nothing is fetched when reading.
    """
    out = ox.serialize(_triples(lines), format=ox.RdfFormat.JSON_LD)
    assert out is not None
    head = json.dumps({"@context": context["@context"]}, indent=2, sort_keys=True)
    return head[:-2].encode("utf-8") + b',\n  "@graph": ' + out.strip() + b"\n}\n"


def trig(graph: FastGraph) -> bytes:
    """The three named graphs, each sorted, in :data:`GRAPH_NAMES` order."""
    quads: list[bytes] = []
    for name in GRAPH_NAMES:
        suffix = f" <{graph.graph(name).value}> .".encode()
        quads.extend(line[:-2] + suffix for line in graph.lines.get(name, []))
    parsed = ox.parse(b"\n".join(quads) + b"\n", format=ox.RdfFormat.N_QUADS)
    out = ox.serialize(parsed, format=ox.RdfFormat.TRIG, prefixes=_prefixes())
    assert out is not None
    return out


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


def from_graph(graph: Graph, *, base_iri: str = DEFAULT_BASE_IRI) -> FastGraph:
    """A :class:`FastGraph` holding an rdflib graph as its instance data (``data`` graph)."""
    triples: list[ox.Triple] = []
    sink = _TripleSink(_Terms(), triples)
    for triple in graph:
        sink.add(triple)
    return _make_graph({"data": triples}, base_iri)


def load_ntriples(path: Path, *, base_iri: str = DEFAULT_BASE_IRI) -> FastGraph:
    """A built ``graph.nt`` (the union graph) as a :class:`FastGraph`, in its ``data`` graph."""
    text = path.read_bytes()
    lines = sorted(set(text.split(b"\n")) - {b""})
    store = ox.Store()
    graph = ox.NamedNode(str(InstanceIris(base_iri).graph("data")))
    store.bulk_load(text, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    return FastGraph(store, {"data": lines}, base_iri)


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
