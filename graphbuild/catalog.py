"""The query catalog: ``queries/*.rq`` files, their headers and parameters, and running them.

Every catalog file opens with a header of ``#+ key: value`` lines (a line ``#+`` followed by
two or more spaces continues the previous key)::

    #+ title: Activities in one country, in date order
    #+ description: What did the DGEQ do in a given country, and when?
    #+ params:
    #+   - country (country, required): the country, as an ISO 3166-1 alpha-3 code (HTI)
    #+   - from (year, default 2005): the first year
    #+ columns: activity, id, start_date

A parameter is a plain variable of the query body (``?country``). :func:`bind` turns the
given text values into RDF terms by the declared type and puts them in a ``VALUES`` block
at the start of the query's top-level ``WHERE`` group, so that a value is only ever data,
never query text. Sub-``SELECT``s do not see it: queries use their parameters in the
top-level group.

Parameter types and the text they take:

``string``        any text; an ``xsd:string`` literal
``integer``       a decimal integer; an ``xsd:integer`` literal
``year``          four digits; an ``xsd:integer`` literal (queries compare it with the
                  year of ``dgk:earliestDate`` / ``dgk:latestDate``)
``date``          ``YYYY-MM-DD``; an ``xsd:date`` literal
``country``       an ISO 3166-1 alpha-3 code, any case; the IRI ``{base}country/{ALPHA3}``
``organization``  a gazetteer id (``oif``, ``dge-mli``; acronyms are not unique: there are
                  several CENI); the IRI ``{base}organization/{id}``
``person``        a gazetteer id (``jacques-drouin``); the IRI ``{base}person/{id}``

>>> query = load_query("country-timeline")
>>> text, bindings = bind(query, {"country": "hti"})
>>> bindings["country"]
rdflib.term.URIRef('https://w3id.org/dgeq-kg/id/country/HTI')
>>> "VALUES (?country) { (<https://w3id.org/dgeq-kg/id/country/HTI>) }" in text
True
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from graphbuild.errors import QueryError, where
from graphbuild.namespaces import DEFAULT_BASE_IRI, PREFIXES
from graphbuild.resources import resource_dir

#: The catalog folder (in the installed package or the checkout), so that the working
#: directory does not matter.
QUERIES_DIR = resource_dir("queries")

#: The graph :func:`run_local` reads by default (relative to the working directory).
DEFAULT_GRAPH_PATH = Path("dist/graph.nt")

#: The header keys every catalog file must have.
HEADER_KEYS = ("title", "description", "params", "columns")

#: The parameter types :func:`bind` knows.
PARAM_TYPES = ("string", "integer", "year", "date", "country", "organization", "person")

Term = URIRef | Literal | BNode


@dataclass(frozen=True)
class Param:
    """A declared parameter: its variable name, type, default and meaning.

    ``default`` None means required, unless ``optional``: then the variable stays unbound
    when no value is given (the query tests it with ``BOUND``).
    """

    name: str
    type: str
    default: str | None
    description: str
    optional: bool = False

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional


@dataclass(frozen=True)
class CatalogQuery:
    """A query file: its catalog name (the file stem), header fields and full text."""

    name: str
    path: Path
    title: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass(frozen=True)
class QueryResult:
    """The solutions of a SELECT query: column names and rows of rdflib terms (None: unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]


class ResultFormat(Enum):
    """How :func:`format_result` writes a result."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"  # plain values, as CSV but tab-separated (for pandas, R, spreadsheets)
    SPARQL_TSV = "sparql-tsv"  # the W3C SPARQL TSV results: ?vars, terms in SPARQL syntax
    JSON = "json"
    MD = "md"


# -- headers ------------------------------------------------------------------------------

_HEADER_LINE = re.compile(r"^#\+(?P<rest>.*)$")
_KEY_LINE = re.compile(r"^ (?P<key>[a-z_]+):(?P<value>.*)$")
# "name (type, required|optional|default VALUE): meaning"; the meaning is optional inline.
_PARAM = re.compile(
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*"
    r"\(\s*(?P<type>[A-Za-z:]+)\s*,\s*(?P<need>required|optional|default\s+(?P<default>[^)]*?))"
    r"\s*\)(?:\s*:\s*(?P<description>[^\n]*))?"
)
_PARAM_ITEM = re.compile(r"^-\s*" + _PARAM.pattern + "$")
_INLINE_PARAM = re.compile(_PARAM.pattern.replace("[^\\n]*", "[^,]*"))
#: Type names other catalog files use for the same types.
_TYPE_ALIASES = {"xsd:string": "string", "xsd:integer": "integer", "xsd:date": "date"}
_VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


def _header(text: str, path: Path) -> dict[str, list[str]]:
    """The header's keys, each with its lines (the first line's value, then continuations)."""
    fields: dict[str, list[str]] = {}
    current: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        match = _HEADER_LINE.match(line)
        if match is None:
            if fields:
                break  # the header is the first block of "#+" lines
            if not line.strip() or line.startswith("#"):
                continue
            break
        rest = match.group("rest")
        key_match = _KEY_LINE.match(rest)
        if key_match and not rest.startswith("  "):
            current = key_match.group("key")
            if current in fields:
                raise QueryError(f"header key '{current}' appears twice", where(str(path), number))
            fields[current] = [key_match.group("value").strip()]
        elif current is not None and rest.startswith("  "):
            fields[current].append(rest.strip())
        else:
            raise QueryError(
                f"header line '{line}' is neither '#+ key: value' nor an indented continuation",
                where(str(path), number),
                "write '#+ key: value', continuing on lines that start with '#+' and two spaces",
            )
    return fields


def _param(match: re.Match[str], path: Path) -> Param:
    name = match.group("name")
    kind = _TYPE_ALIASES.get(match.group("type"), match.group("type"))
    if kind not in PARAM_TYPES:
        raise QueryError(
            f"parameter '{name}' has unknown type '{match.group('type')}'",
            str(path),
            f"use one of {', '.join(PARAM_TYPES)}",
        )
    default = match.group("default")
    return Param(
        name,
        kind,
        default.strip() if default is not None else None,
        (match.group("description") or "").strip(),
        optional=match.group("need") == "optional",
    )


def _params(lines: list[str], path: Path) -> tuple[Param, ...]:
    """Parameters as ``none``, as one inline list, or as one ``- item`` per line."""
    first, *rest = lines
    params: list[Param] = []
    if first.lower() == "none" and not rest:
        return ()
    if first:  # inline: "a (type, optional), b (type, default 1)"
        params = [_param(m, path) for m in _INLINE_PARAM.finditer(" ".join(lines))]
        if not params:
            raise QueryError(
                f"'#+ params: {first}' is neither 'none' nor a list of parameters",
                str(path),
                "list each parameter as '#+   - name (type, default VALUE): meaning'",
            )
    for line in rest if not first else ():
        match = _PARAM_ITEM.match(line)
        if match is not None:
            params.append(_param(match, path))
        elif params and not line.startswith("-"):  # the meaning goes on
            last = params.pop()
            text = f"{last.description} {line}".strip()
            params.append(Param(last.name, last.type, last.default, text, last.optional))
        else:
            raise QueryError(
                f"parameter line '{line}' is malformed",
                str(path),
                "write '- name (type, required): meaning' or '- name (type, default V): meaning'",
            )
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise QueryError(f"a parameter is declared twice: {', '.join(names)}", str(path))
    return tuple(params)


def parse_query_file(path: Path, *, name: str | None = None) -> CatalogQuery:
    """Read one ``.rq`` file and its header; raises QueryError when the header is incomplete."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read the query: {exc}", str(path)) from None
    fields = _header(text, path)
    missing = [k for k in HEADER_KEYS if k not in fields]
    if missing:
        raise QueryError(
            f"the header lacks {', '.join('#+ ' + k + ':' for k in missing)}",
            str(path),
            "open the file with '#+ title:', '#+ description:', '#+ params:', '#+ columns:'",
        )
    columns = tuple(
        c.strip().lstrip("?") for c in " ".join(fields["columns"]).split(",") if c.strip()
    )
    return CatalogQuery(
        name=name or path.stem,
        path=path,
        title=" ".join(fields["title"]).strip(),
        description=" ".join(fields["description"]).strip(),
        params=_params(fields["params"], path),
        columns=columns,
        text=text,
    )


def query_from_text(
    text: str, *, name: str = "inline", values: Mapping[str, str] | None = None
) -> CatalogQuery:
    """A query given as text (``graphbuild query -e``, standard input, the Python API).

    A header is optional: with one, the text is read as a catalog file is; without one,
    each parameter in ``values`` is declared as a string (write ``IRI(?name)`` in the query
    for an IRI), bound in the same ``VALUES`` block.

    >>> q = query_from_text("SELECT ?s WHERE { ?s ?p ?name }", values={"name": "Mali"})
    >>> [(p.name, p.type) for p in q.params]
    [('name', 'string')]
    """
    path = Path(f"<{name}>")
    if any(_HEADER_LINE.match(line) for line in text.splitlines()):
        fields = _header(text, path)
        if all(k in fields for k in HEADER_KEYS):
            return CatalogQuery(
                name=name,
                path=path,
                title=" ".join(fields["title"]).strip(),
                description=" ".join(fields["description"]).strip(),
                params=_params(fields["params"], path),
                columns=tuple(
                    c.strip().lstrip("?")
                    for c in " ".join(fields["columns"]).split(",")
                    if c.strip()
                ),
                text=text,
            )
    params = tuple(Param(n, "string", None, "given with the query") for n in values or {})
    return CatalogQuery(name, path, "", "", params, (), text)


def load_catalog(queries_dir: Path = QUERIES_DIR) -> dict[str, CatalogQuery]:
    """Every ``*.rq`` file of the folder, by name (the file stem), sorted by name."""
    if not queries_dir.is_dir():
        raise QueryError("the query catalog folder does not exist", str(queries_dir))
    return {p.stem: parse_query_file(p) for p in sorted(queries_dir.glob("*.rq"))}


def load_query(name_or_path: str | Path, *, queries_dir: Path = QUERIES_DIR) -> CatalogQuery:
    """A catalog query by name (``country-timeline``) or any ``.rq`` file by path."""
    text = str(name_or_path)
    candidate = Path(text)
    if isinstance(name_or_path, Path) or text.endswith(".rq") or os.sep in text:
        if not candidate.is_file():
            raise QueryError("no such query file", text)
        return parse_query_file(candidate)
    path = queries_dir / f"{text}.rq"
    if not path.is_file():
        names = ", ".join(sorted(p.stem for p in queries_dir.glob("*.rq")))
        raise QueryError(
            f"unknown query '{text}'",
            str(queries_dir),
            f"use one of: {names}, or give the path of a .rq file",
        )
    return parse_query_file(path)


# -- parameters ---------------------------------------------------------------------------

_ALPHA3 = re.compile(r"^[A-Za-z]{3}$")
_GAZETTEER_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_YEAR = re.compile(r"^[0-9]{4}$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _bad(query: CatalogQuery, param: Param, value: str, expected: str) -> QueryError:
    return QueryError(
        f"parameter '{param.name}' ({param.type}) of query '{query.name}' "
        f"cannot be {value!r}: expected {expected}",
        str(query.path),
    )


def to_term(query: CatalogQuery, param: Param, value: str, *, base_iri: str) -> Term:
    """The RDF term of one parameter value, by the parameter's declared type."""
    if param.type == "string":
        return Literal(value)
    if param.type == "integer":
        if not _INTEGER.match(value.strip()):
            raise _bad(query, param, value, "a decimal integer")
        return Literal(int(value.strip()))
    if param.type == "year":
        if not _YEAR.match(value.strip()):
            raise _bad(query, param, value, "a year of four digits, e.g. 2012")
        return Literal(int(value.strip()))
    if param.type == "date":
        if not _DATE.match(value.strip()):
            raise _bad(query, param, value, "a date YYYY-MM-DD")
        return Literal(value.strip(), datatype=XSD.date)
    if param.type == "country":
        if not _ALPHA3.match(value.strip()):
            raise _bad(query, param, value, "an ISO 3166-1 alpha-3 code, e.g. HTI")
        return URIRef(f"{base_iri}country/{value.strip().upper()}")
    if param.type in ("organization", "person"):
        if not _GAZETTEER_ID.match(value.strip()):
            example = "oif or dge-mli" if param.type == "organization" else "jacques-drouin"
            raise _bad(query, param, value, f"a gazetteer id such as {example}")
        return URIRef(f"{base_iri}{param.type}/{value.strip()}")
    raise _bad(query, param, value, f"a type among {', '.join(PARAM_TYPES)}")


_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b"}
_ECHAR["\f"] = "\\f"
_FORBIDDEN_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def sparql_term(term: Term) -> str:
    """A term in SPARQL syntax: ``<iri>``, or a double-quoted literal with escapes.

    >>> print(sparql_term(Literal('Mali" } DROP ALL ; #')))
    "Mali\\" } DROP ALL ; #"
    """
    if isinstance(term, URIRef):
        if _FORBIDDEN_IN_IRI.search(term):
            raise ValueError(f"'{term}' cannot be written as an IRI")
        return f"<{term}>"
    if isinstance(term, Literal):
        body = '"' + "".join(_ECHAR.get(c, c) for c in str(term)) + '"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{body}^^{sparql_term(term.datatype)}"
        return body
    raise ValueError(f"a blank node ({term!r}) cannot be a parameter value")


def _where_brace(text: str) -> int:
    """The offset of the '{' that opens the query's top-level group (after WHERE).

    Skips comments, string literals and IRIs, so that none of their braces counts.
    """
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" else 1
            i += len(quote)
            continue
        if c == "<":
            match = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>").match(text, i)
            if match:
                i = match.end()
                continue
        if c == "{":
            return i
        i += 1
    return -1


def _check_syntax(text: str, path: Path) -> None:
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepareQuery(text)
    except ParseException as exc:
        raise QueryError(
            f"SPARQL syntax error: {exc.msg} (column {exc.col})",
            where(str(path), exc.lineno),
            "fix the query",
        ) from None
    except Exception as exc:  # rdflib raises plain exceptions for some malformed queries
        raise QueryError(f"the query is not valid SPARQL: {exc}", str(path)) from None


def bind(
    query: CatalogQuery,
    values: Mapping[str, str],
    *,
    base_iri: str = DEFAULT_BASE_IRI,
) -> tuple[str, dict[str, Term]]:
    """The query text with its parameters bound in a VALUES block, and the bound terms.

    Raises QueryError for an unknown parameter, a missing required one, a value that does
    not fit the declared type, and a syntax error in the query.
    """
    declared = {p.name for p in query.params}
    unknown = sorted(set(values) - declared)
    if unknown:
        accepted = ", ".join(sorted(declared)) or "no parameters"
        raise QueryError(
            f"query '{query.name}' has no parameter {', '.join(repr(u) for u in unknown)}",
            str(query.path),
            f"it takes {accepted}",
        )
    bindings: dict[str, Term] = {}
    for param in query.params:
        value = values.get(param.name, param.default)
        if value is None and param.optional:
            continue
        if value is None:
            raise QueryError(
                f"query '{query.name}' needs parameter '{param.name}' ({param.type}): "
                f"{param.description}",
                str(query.path),
                f"give a value for '{param.name}'",
            )
        bindings[param.name] = to_term(query, param, value, base_iri=base_iri)
    text = query.text
    if bindings:
        brace = _where_brace(text)
        if brace < 0:
            raise QueryError("the query has no '{' to bind its parameters in", str(query.path))
        names = " ".join(f"?{name}" for name in bindings)
        row = " ".join(sparql_term(term) for term in bindings.values())
        # On the brace's own line, so that the parser's line numbers stay those of the file.
        block = f" VALUES ({names}) {{ ({row}) }} "
        text = text[: brace + 1] + block + text[brace + 1 :]
    _check_syntax(text, query.path)
    return text, bindings


# -- running ------------------------------------------------------------------------------

_STORES: dict[tuple[Path, int], Any] = {}


def _load_store(path: Path) -> Any:
    """The graph file in an Oxigraph store, kept while its modification time stays the same."""
    import pyoxigraph as ox

    resolved = path.resolve()
    try:
        mtime = resolved.stat().st_mtime_ns
    except OSError:
        raise QueryError(
            "no graph to query", str(path), "build it with 'graphbuild build' first"
        ) from None
    key = (resolved, mtime)
    if key not in _STORES:
        for stale in [k for k in _STORES if k[0] == resolved]:
            del _STORES[stale]
        fmt = ox.RdfFormat.from_extension(resolved.suffix.lstrip(".")) or ox.RdfFormat.N_TRIPLES
        store = ox.Store()
        try:
            store.bulk_load(path=str(resolved), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"cannot read the graph: {exc}", str(path)) from None
        _STORES[key] = store
    return _STORES[key]


def run_local(
    query: CatalogQuery | str | Path,
    values: Mapping[str, str] | None = None,
    *,
    graph_path: Path | Graph = DEFAULT_GRAPH_PATH,
    base_iri: str = DEFAULT_BASE_IRI,
) -> QueryResult:
    """Run a SELECT query in process over a graph file (N-Triples by default) or a graph.

    A file is loaded once into an in-memory Oxigraph store (kept while its modification
    time stays the same), the engine the served endpoint runs, so a query costs here what it
    costs there; its named graphs are queried as one default graph. An rdflib ``Graph`` is
    queried with rdflib's own engine.
    """
    catalog_query = query if isinstance(query, CatalogQuery) else load_query(query)
    text, _ = bind(catalog_query, values or {}, base_iri=base_iri)
    if not isinstance(graph_path, Graph):
        return _run_on_store(_load_store(Path(graph_path)), text, catalog_query)
    try:
        result = graph_path.query(text)
    except Exception as exc:
        raise QueryError(f"the query failed: {exc}", str(catalog_query.path)) from None
    if result.type != "SELECT":
        raise QueryError(f"only SELECT queries are run, not {result.type}", str(query))
    columns = tuple(str(v) for v in result.vars or ())
    rows: list[tuple[Term | None, ...]] = []
    for solution in result:
        assert isinstance(solution, tuple)
        rows.append(tuple(_as_term(v) for v in solution))
    return QueryResult(columns, tuple(rows))


def _run_on_store(store: Any, text: str, catalog_query: CatalogQuery) -> QueryResult:
    import pyoxigraph as ox

    from graphbuild.fastpath import RdflibTerms

    try:
        result = store.query(text, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"the query failed: {exc}", str(catalog_query.path)) from None
    if not isinstance(result, ox.QuerySolutions):
        kind = "ASK" if isinstance(result, ox.QueryBoolean) else "CONSTRUCT or DESCRIBE"
        raise QueryError(f"only SELECT queries are run, not {kind}", str(catalog_query.path))
    columns = tuple(v.value for v in result.variables)
    terms = RdflibTerms()
    rows = tuple(tuple(terms(solution[c]) for c in columns) for solution in result)
    return QueryResult(columns, rows)


def _as_term(value: object) -> Term | None:
    if value is None or isinstance(value, URIRef | Literal | BNode):
        return value
    raise QueryError(f"unexpected value in a result: {value!r}")


def _term_from_json(cell: Mapping[str, Any]) -> Term:
    kind = cell.get("type")
    value = str(cell.get("value", ""))
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in cell:
            return Literal(value, lang=str(cell["xml:lang"]))
        datatype = cell.get("datatype")
        if datatype and datatype != str(XSD.string):
            return Literal(value, datatype=URIRef(str(datatype)))
        return Literal(value)
    raise QueryError(f"unknown term type {kind!r} in the endpoint's results")


def result_from_json(document: Mapping[str, Any]) -> QueryResult:
    """A :class:`QueryResult` from a SPARQL 1.1 JSON results document."""
    columns = tuple(str(v) for v in document.get("head", {}).get("vars", []))
    rows = tuple(
        tuple(_term_from_json(b[c]) if c in b else None for c in columns)
        for b in document.get("results", {}).get("bindings", [])
    )
    return QueryResult(columns, rows)


def run_endpoint(
    query: CatalogQuery | str | Path,
    values: Mapping[str, str] | None = None,
    *,
    endpoint: str,
    timeout: float = 30,
    base_iri: str = DEFAULT_BASE_IRI,
) -> QueryResult:
    """Run a SELECT query on a SPARQL 1.1 endpoint (JSON results), with the same result shape
    as :func:`run_local`: same columns, rows of rdflib terms."""
    from urllib.error import URLError

    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    catalog_query = query if isinstance(query, CatalogQuery) else load_query(query)
    text, _ = bind(catalog_query, values or {}, base_iri=base_iri)
    client = SPARQLWrapper(endpoint)
    client.setQuery(text)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setTimeout(max(1, round(timeout)))
    try:
        document = client.queryAndConvert()
    except (SPARQLWrapperException, URLError, OSError, ValueError) as exc:
        raise QueryError(
            f"the endpoint failed on query '{catalog_query.name}': {exc}",
            endpoint,
            "check that the endpoint is running and serves the graph",
        ) from None
    if not isinstance(document, dict):
        raise QueryError("the endpoint did not answer with SPARQL JSON results", endpoint)
    return result_from_json(document)


# -- formatting ---------------------------------------------------------------------------


def short_name(term: Term | None, *, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """A term as a person reads it in a terminal: a local id, a prefixed name or the text.

    >>> short_name(URIRef("https://w3id.org/dgeq-kg/id/country/HTI"))
    'HTI'
    >>> short_name(URIRef("https://w3id.org/dgeq-kg/ontology#kind-observation"))
    'dgk:kind-observation'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        if term.startswith(base_iri):
            _, _, local = term[len(base_iri) :].partition("/")
            return local or str(term)
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if term.startswith(namespace) and term != namespace:
                return f"{prefix}:{term[len(namespace) :]}"
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _tsv_term(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return sparql_term(term)


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    cell = {"type": "literal", "value": str(term)}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        cell["datatype"] = str(term.datatype)
    return cell


def _one_line(text: str) -> str:
    return " ".join(text.split())


def format_result(
    result: QueryResult, fmt: ResultFormat, *, base_iri: str = DEFAULT_BASE_IRI
) -> str:
    """The result as text: an aligned table, W3C CSV / TSV / JSON results, or Markdown.

    >>> r = QueryResult(("alpha3", "n"), ((Literal("MLI"), Literal(6)),))
    >>> print(format_result(r, ResultFormat.TABLE), end="")
    alpha3  n
    ------  -
    MLI     6
    >>> format_result(r, ResultFormat.CSV)
    'alpha3,n\\r\\nMLI,6\\r\\n'
    """
    if fmt is ResultFormat.JSON:
        document = {
            "head": {"vars": list(result.columns)},
            "results": {
                "bindings": [
                    {c: _json_term(t) for c, t in zip(result.columns, row, strict=True) if t}
                    for row in result.rows
                ]
            },
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if fmt is ResultFormat.CSV:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if t is None else str(t) for t in row])
        return out.getvalue()
    if fmt is ResultFormat.TSV:
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if t is None else str(t) for t in row])
        return out.getvalue()
    if fmt is ResultFormat.SPARQL_TSV:
        lines = ["\t".join(f"?{c}" for c in result.columns)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    cells = [[_one_line(short_name(t, base_iri=base_iri)) for t in row] for row in result.rows]
    if fmt is ResultFormat.MD:

        def md(values: list[str] | tuple[str, ...]) -> str:
            return "| " + " | ".join(v.replace("|", "\\|") for v in values) + " |"

        lines = [md(result.columns), md(["---"] * len(result.columns))]
        lines += [md(cell_row) for cell_row in cells]
        return "\n".join(lines) + "\n"
    widths = [len(c) for c in result.columns]
    for cell_row in cells:
        widths = [max(w, len(v)) for w, v in zip(widths, cell_row, strict=True)]

    def line(values: list[str] | tuple[str, ...]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    lines = [line(result.columns), line(["-" * w for w in widths])]
    lines += [line(cell_row) for cell_row in cells]
    return "\n".join(lines) + "\n"


def query_variables(query: CatalogQuery) -> set[str]:
    """The variable names the query text uses (outside the header)."""
    body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#"))
    return set(_VARIABLE.findall(body))
