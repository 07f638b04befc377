"""Where the network views read their rows: the built graph in an Oxigraph store (the fast
engine, used by default), rdflib's own SPARQL engine (the reference), or any SPARQL 1.1
endpoint.

Each is a :class:`QueryRunner`: it runs one query of the catalog (``queries/network-*.rq``)
with its parameter values (``from`` and ``to``, years as text) and gives back a
:class:`~graphbuild.catalog.QueryResult`. A pipeline that already holds the graph in an
Oxigraph store hands the store (or its :class:`OxigraphRunner`) to the views and nothing is
loaded again.

- :class:`OxigraphRunner` queries the store's default graph as the union of its named
  graphs. Parameters are bound as the catalog binds them (:func:`bound_text`), but the
  query is not parsed in Python first: rdflib's parser costs more than Oxigraph's answer.
- :class:`RdflibRunner` runs the text :func:`graphbuild.catalog.bind` writes on an rdflib
  graph (a dataset as the union of its graphs).
- :class:`EndpointRunner` sends the same bound text to an endpoint, with the graphs to query
  as the protocol's ``default-graph-uri`` / ``named-graph-uri``: a year range is part of the
  query text, which every store reads alike (rdflib's ``initBindings`` became a trailing
  ``VALUES`` that stores reject or ignore).

>>> runner_for(RdflibRunner(Graph())).__class__.__name__
'RdflibRunner'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib import Dataset, Graph

from graphbuild.catalog import CatalogQuery, QueryResult, _where_brace, sparql_term, to_term
from graphbuild.errors import QueryError
from graphbuild.namespaces import DEFAULT_BASE_IRI


class QueryRunner(Protocol):
    """Runs one catalog query with its parameter values (text, as on the command line)."""

    def __call__(self, query: CatalogQuery, values: Mapping[str, str], /) -> QueryResult: ...


#: What the views accept as the graph: an Oxigraph store, an rdflib graph or dataset, a
#: :class:`graphbuild.fastpath.FastGraph`, or a :class:`QueryRunner`.
ViewSource = Any


def bound_text(query: CatalogQuery, values: Mapping[str, str]) -> str:
    """The query text with its parameters bound as the catalog binds them (typed by
    :func:`graphbuild.catalog.to_term`, one ``VALUES`` block per parameter at the start of
    the top-level group), without parsing the query in Python: Oxigraph parses it anyway.

    >>> from graphbuild.networks import network_query
    >>> text = bound_text(network_query("activities"), {"from": "2012", "to": "2014"})
    >>> [line for line in text.splitlines() if "VALUES" in line][0].split("{", 1)[1][:50]
    ' VALUES ?from { "2012"^^<http://www.w3.org/2001/XM'
    """
    if not values:
        return query.text
    blocks = []
    for name, value in values.items():
        param = query.param(name)
        if param is None:
            raise QueryError(f"query '{query.name}' has no parameter '{name}'", str(query.path))
        term = to_term(query, param, value, base_iri=DEFAULT_BASE_IRI)
        blocks.append(f"VALUES ?{name} {{ {sparql_term(term)} }}")
    brace = _where_brace(query.text)
    if brace < 0:
        raise QueryError("the query has no '{' to bind its parameters in", str(query.path))
    return f"{query.text[: brace + 1]} {' '.join(blocks)} {query.text[brace + 1 :]}"


@dataclass(frozen=True)
class OxigraphRunner:
    """Queries an Oxigraph store, its default graph being the union of its named graphs."""

    store: ox.Store

    def __call__(self, query: CatalogQuery, values: Mapping[str, str], /) -> QueryResult:
        from graphbuild.fastpath import RdflibTerms

        try:
            result = self.store.query(bound_text(query, values), use_default_graph_as_union=True)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"the query failed: {exc}", str(query.path)) from None
        assert isinstance(result, ox.QuerySolutions)
        columns = tuple(v.value for v in result.variables)
        back = RdflibTerms()
        rows = tuple(tuple(back(solution[c]) for c in columns) for solution in result)
        return QueryResult(columns, rows)


@dataclass(frozen=True)
class RdflibRunner:
    """Queries an rdflib graph with rdflib's own SPARQL engine (a dataset: the union of its
    graphs). The reference the other engines are compared with; slow on large graphs."""

    graph: Graph

    def __call__(self, query: CatalogQuery, values: Mapping[str, str], /) -> QueryResult:
        from graphbuild.catalog import run_local

        graph = self.graph
        if isinstance(graph, Dataset):
            union = Graph(bind_namespaces="none")
            for s, p, o, _ in graph.quads((None, None, None, None)):
                union.add((s, p, o))
            graph = union
        return run_local(query, values, graph_path=graph)


@dataclass(frozen=True)
class EndpointRunner:
    """Queries a SPARQL 1.1 endpoint. ``default_graphs`` (IRIs) make the default graph the
    query reads (their merge); none leaves it to the store."""

    endpoint: str
    default_graphs: Sequence[str] = ()
    named_graphs: Sequence[str] = ()
    timeout: float = 60.0

    def __call__(self, query: CatalogQuery, values: Mapping[str, str], /) -> QueryResult:
        from graphbuild.catalog import run_endpoint

        return run_endpoint(
            query,
            values,
            endpoint=self.endpoint,
            default_graphs=tuple(self.default_graphs),
            named_graphs=tuple(self.named_graphs),
            timeout=self.timeout,
        )


def store_from_graph(graph: Graph) -> ox.Store:
    """An Oxigraph store holding the triples of an rdflib graph (of every graph of a
    dataset, in its default graph)."""
    from graphbuild.fastpath import nt_term

    if isinstance(graph, Dataset):
        triples: Any = ((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None)))
    else:
        triples = iter(graph)
    text = "".join(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in triples)
    store = ox.Store()
    store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


#: File suffixes :func:`load_store` reads, and their formats.
_FORMATS = {
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ttl": ox.RdfFormat.TURTLE,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
}


def load_store(path: str | Path) -> ox.Store:
    """A built graph file (``dist/graph.nt``, or .ttl, .rdf, .jsonld, .trig, .nq) in an
    in-memory Oxigraph store, read once."""
    p = Path(path)
    fmt = _FORMATS.get(p.suffix)
    if fmt is None:
        raise QueryError(
            f"cannot tell the RDF format of '{p.name}'",
            str(p),
            "give the graph.nt (or .ttl, .rdf, .jsonld, .trig) file written by `graphbuild build`",
            exit_code=2,
        )
    if not p.is_file():
        raise QueryError("no graph to read", str(p), "build it with `graphbuild build` first")
    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise QueryError(
            f"cannot read the graph: {exc}", str(p), "rebuild it with `graphbuild build`"
        ) from None
    return store


def runner_for(source: ViewSource) -> QueryRunner:
    """The runner that reads ``source``: a store or a built graph on Oxigraph (an rdflib
    graph is copied into a store first), a runner as it is."""
    if isinstance(source, OxigraphRunner | RdflibRunner | EndpointRunner):
        return source
    if isinstance(source, ox.Store):
        return OxigraphRunner(source)
    if isinstance(source, Graph):
        fast = getattr(source, "fast", None)  # fastpath.StoreBackedGraph: already a store
        if fast is not None:
            return OxigraphRunner(fast.store)
        return OxigraphRunner(store_from_graph(source))
    store = getattr(source, "store", None)  # fastpath.FastGraph
    if isinstance(store, ox.Store):
        return OxigraphRunner(store)
    if callable(source):
        runner: Callable[[CatalogQuery, Mapping[str, str]], QueryResult] = source
        return runner
    raise TypeError(f"cannot read network views from {type(source).__name__}")


def open_source(
    graph_path: str | Path | None = None,
    *,
    endpoint: str | None = None,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> ViewSource:
    """What the network commands read: the endpoint when one is given, else the graph file
    loaded into Oxigraph. Graph IRIs without an endpoint are a usage error."""
    from graphbuild.errors import OptionError

    if endpoint:
        return EndpointRunner(endpoint, tuple(default_graphs), tuple(named_graphs))
    if default_graphs or named_graphs:
        raise OptionError(
            "--default-graph and --named-graph name graphs of an endpoint",
            "--default-graph" if default_graphs else "--named-graph",
            "give --endpoint URL too, or leave them out to read the graph file",
        )
    return load_store(graph_path if graph_path is not None else "dist/graph.nt")
