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
given text values into RDF terms by the declared type and puts them in ``VALUES`` blocks,
one block of one variable per parameter, at the start of the query's top-level ``WHERE``
group, so that a value is only ever data, never query text. One variable per block is
the form every SPARQL 1.1 store compiles (Virtuoso 7 cannot compile a block of two
variables beside an ``OPTIONAL``). Sub-``SELECT``s do not see it: queries use their
parameters in the top-level group.

An optional header key, ``#+ lists:``, names the columns whose cells hold several values
joined with ``;`` (a ``GROUP_CONCAT``). SPARQL leaves the order of those values open and
stores do differ, so :func:`run_local` and :func:`run_endpoint` sort the values of such a
cell (and drop repeats), and every output shows them sorted. ``name (+)`` says that the
part after the last ``:`` of each value is itself a list joined with ``+``, sorted too::

    #+ lists: countries, organizations, elections (+)

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
>>> "VALUES ?country { <https://w3id.org/dgeq-kg/id/country/HTI> }" in text
True
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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
    #: The columns of ``;``-joined values (``#+ lists:``), with True where each value's
    #: part after its last ``:`` is a ``+``-joined list.
    lists: Mapping[str, bool] = field(default_factory=dict)
    #: The activities of one page when the query may be run a page at a time (``#+ page:``,
    #: see :class:`Page`); None: only whole.
    page_size: int | None = None

    @property
    def paged(self) -> bool:
        return self.page_size is not None

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass(frozen=True)
class QueryResult:
    """The solutions of a SELECT query: column names and rows of rdflib terms (None: unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]
    #: For one page of a paged query (:class:`Page`): the ``after`` date of the next page,
    #: None when this page was the last.
    next_after: str | None = None


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
        lists=_lists(fields.get("lists", []), columns, path),
        page_size=_page_size(fields.get("page"), text, path),
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


_LIST_ITEM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?P<nested>\(\s*\+\s*\))?$")


def _lists(lines: list[str], columns: tuple[str, ...], path: Path) -> dict[str, bool]:
    """The ``#+ lists:`` columns: name -> whether each value's last ``:`` part is a list."""
    lists: dict[str, bool] = {}
    for item in (i.strip() for i in " ".join(lines).split(",")):
        if not item:
            continue
        match = _LIST_ITEM.match(item)
        if match is None or match.group("name") not in columns:
            raise QueryError(
                f"'#+ lists:' item '{item}' is not a column of the query",
                str(path),
                f"name columns among {', '.join(columns)}, each optionally followed by (+)",
            )
        lists[match.group("name")] = match.group("nested") is not None
    return lists


def sorted_cell(value: str, *, nested: bool = False) -> str:
    """A ``;``-joined cell with its values sorted and repeats dropped; with ``nested``, the
    part after each value's last ``:`` is a ``+``-joined list, sorted too.

    >>> sorted_cell("MLI;HTI;MLI")
    'HTI;MLI'
    >>> sorted_cell("HTI:2010-11-28:presidential+legislative;BEN:2011", nested=True)
    'BEN:2011;HTI:2010-11-28:legislative+presidential'
    """
    if not value:
        return value
    pieces = value.split(";")
    if nested:
        pieces = [_sorted_tail(piece) for piece in pieces]
    return ";".join(sorted(set(pieces)))


def _sorted_tail(piece: str) -> str:
    head, sep, tail = piece.rpartition(":")
    return f"{head}{sep}{'+'.join(sorted(tail.split('+')))}" if sep and tail else piece


def sort_lists(query: CatalogQuery, result: QueryResult) -> QueryResult:
    """The result with the values of each ``#+ lists:`` cell sorted (type and language kept)."""
    if not query.lists:
        return result
    at = {i: query.lists[c] for i, c in enumerate(result.columns) if c in query.lists}
    if not at:
        return result

    def cell(i: int, term: Term | None) -> Term | None:
        if i not in at or not isinstance(term, Literal):
            return term
        value = sorted_cell(str(term), nested=at[i])
        return Literal(value, lang=term.language, datatype=term.datatype)

    rows = tuple(tuple(cell(i, t) for i, t in enumerate(row)) for row in result.rows)
    return QueryResult(result.columns, rows, result.next_after)


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


def values_blocks(bindings: Mapping[str, Term]) -> str:
    """``VALUES ?name { term }`` for each binding, one variable per block, space-framed.

    The form every SPARQL 1.1 store compiles wherever it stands in a group.

    >>> values_blocks({"from": Literal(2012), "to": Literal(2013)}).count("VALUES")
    2
    """
    blocks = (f"VALUES ?{name} {{ {sparql_term(term)} }}" for name, term in bindings.items())
    return " " + " ".join(blocks) + " " if bindings else ""


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
    """The query text with its parameters bound in VALUES blocks, and the bound terms.

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
        # On the brace's own line, so that the parser's line numbers stay those of the file.
        text = text[: brace + 1] + values_blocks(bindings) + text[brace + 1 :]
    _check_syntax(text, query.path)
    return text, bindings


# -- paging -------------------------------------------------------------------------------

#: The fewest activities a page holds (:class:`Page`).
PAGE_SIZE = 500

_PAGE_VARIABLE = "activity"
_SELECT = re.compile(r"SELECT\b", re.IGNORECASE)
_ACTIVITY_PROJECTED = re.compile(r"[?$]activity\b")


@dataclass(frozen=True)
class Page:
    """One page of a paged query (a catalog file with a ``#+ page:`` header line).

    A page is a set of activities: those of the earliest days (``dgk:earliestDate``) after
    ``after`` (a date, ``YYYY-MM-DD``; None: from the first), day after day until it holds at
    least ``size`` activities. Every activity of a day is in the same page, so the key of
    the next page is the last day of this one (:attr:`QueryResult.next_after`), and the
    pages, one after the other, hold every activity once. A paged query gives, for a page,
    the rows of its activities, in the query's own order.

    It is run in two SELECTs, both plain SPARQL 1.1, so any endpoint can serve them:

    1. :func:`page_activities_text`: the page's activities (one sort of a date that every
       store keeps inline, no string compared);
    2. the query with ``VALUES ?activity { ... }`` (those activities) at the start of its
       top-level group and of every sub-``SELECT`` that projects ``?activity``
       (:func:`restrict_to_activities`): each part then looks its activities up instead of
       reading every activity, so a page costs about the same at any size of the graph.

    Measured at 1000x (82,000 activities, on-disk store): step 1 takes 0.1 s; step 2 a few
    hundredths of a second for most queries. Oxigraph 0.5 stops looking activities up, and
    reads every ``?activity a dgk:Activity`` instead (1.5 s), past about 1,000 values: the
    default :data:`PAGE_SIZE` of 500 (and the days' ties, a few hundred at most) keeps a
    page under that.
    """

    size: int = PAGE_SIZE
    after: str | None = None

    def __post_init__(self) -> None:
        if not 0 < self.size <= 100_000:
            raise QueryError(f"a page of {self.size} activities", "--page-size", "give 1 to 100000")
        if self.after is not None and not _DATE.match(self.after):
            raise QueryError(
                f"'{self.after}' is not a date",
                "--page-after",
                "give the day after which a page starts, YYYY-MM-DD (the previous page's last day)",
            )


_PAGE_HEADER = re.compile(r"^(?P<size>[1-9][0-9]*) activities\b")


def _page_size(lines: list[str] | None, text: str, path: Path) -> int | None:
    """The page size a ``#+ page: N activities ...`` line gives (None without the line). The
    query must be able to be paged: rows of activities (a SELECT projects ``?activity``)."""
    if lines is None:
        return None
    match = _PAGE_HEADER.match(lines[0])
    if match is None:
        raise QueryError(
            f"'#+ page: {lines[0]}' does not start with the page's size",
            str(path),
            "write '#+ page: N activities ...', N the activities of one page",
        )
    if not any(_ACTIVITY_PROJECTED.search(s.projection) for s in _selects(text)):
        raise QueryError(
            "'#+ page:' on a query that projects no ?activity",
            str(path),
            "page only queries whose rows are activities' (bound to ?activity)",
        )
    return int(match.group("size"))


def _outside_literals(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are query syntax: comments, string literals and IRIs left
    out (their braces and words are no syntax)."""
    spans: list[tuple[int, int]] = []
    i, start, n = 0, 0, len(text)
    iri = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
    while i < n:
        c = text[i]
        if c == "#":
            spans.append((start, i))
            end = text.find("\n", i)
            i = start = n if end < 0 else end + 1
            continue
        if c in "\"'":
            spans.append((start, i))
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" else 1
            i = start = i + len(quote)
            continue
        if c == "<":
            match = iri.match(text, i)
            if match:
                spans.append((start, i))
                i = start = match.end()
                continue
        i += 1
    spans.append((start, n))
    return [(a, b) for a, b in spans if a < b]


@dataclass(frozen=True)
class _Select:
    """A SELECT of a query text: where its keyword starts, its projection, and the offsets
    of the braces that open and close its WHERE group."""

    start: int
    projection: str
    opens: int
    closes: int


def _masked(text: str) -> str:
    """``text`` with comments, string literals and IRIs blanked (same length)."""
    syntax = [" "] * len(text)
    for a, b in _outside_literals(text):
        syntax[a:b] = text[a:b]
    return "".join(syntax)


def _selects(text: str) -> list[_Select]:
    """Each SELECT of the query, the top-level one first."""
    masked = _masked(text)
    found = []
    for match in _SELECT.finditer(masked):
        before = masked[match.start() - 1] if match.start() else " "
        if before.isalnum() or before in "_?$:":
            continue
        opens = masked.find("{", match.end())
        if opens < 0:
            continue
        depth, closes = 0, len(masked)
        for i in range(opens, len(masked)):
            depth += {"{": 1, "}": -1}.get(masked[i], 0)
            if depth == 0:
                closes = i
                break
        found.append(_Select(match.start(), masked[match.end() : opens], opens, closes))
    return found


def _restricted_groups(text: str) -> list[int]:
    """The braces that open the groups a page's ``VALUES ?activity`` goes in: the WHERE
    group of each SELECT (the top-level one, or one that projects ``?activity``) whose own
    patterns, its sub-SELECTs left out, name ``?activity``. Every ``?activity`` of an answer
    comes from such a group, so restricting them restricts the answer, and a group made only
    of restricted sub-SELECTs needs no block of its own (fewer terms for a parser to read)."""
    masked = _masked(text)
    selects = _selects(text)
    braces = []
    for i, select in enumerate(selects):
        if i > 0 and not _ACTIVITY_PROJECTED.search(select.projection):
            continue
        own = list(masked[select.opens + 1 : select.closes])
        for inner in selects:
            if select.opens < inner.start and inner.closes <= select.closes:
                a, b = inner.start - select.opens - 1, inner.closes - select.opens
                own[a:b] = " " * (b - a)
        if _ACTIVITY_PROJECTED.search("".join(own)):
            braces.append(select.opens)
    return braces


def page_activities_text(page: Page) -> str:
    """The SELECT of a page's activities (``?activity``, ``?earliest``): see :class:`Page`.

    >>> "LIMIT 10" in page_activities_text(Page(10, "2012-03-01"))
    True
    """
    after = f' FILTER (?pageDay > "{page.after}"^^xsd:date)' if page.after is not None else ""
    also = f' && ?earliest > "{page.after}"^^xsd:date' if page.after is not None else ""
    return f"""PREFIX dgk: <https://w3id.org/dgeq-kg/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?activity ?earliest
WHERE {{
  {{
    SELECT (MAX(?pageDay) AS ?until)
    WHERE {{
      {{
        SELECT ?pageDay
        WHERE {{ ?pageActivity dgk:earliestDate ?pageDay .{after} }}
        ORDER BY ?pageDay
        LIMIT {page.size}
      }}
    }}
  }}
  ?activity dgk:earliestDate ?earliest .
  FILTER (?earliest <= ?until{also})
}}
ORDER BY ?earliest
"""


def restrict_to_activities(text: str, activities: Sequence[URIRef]) -> str:
    """The query text with ``VALUES ?activity { ... }`` at the start of the groups
    :func:`_restricted_groups` finds (on the brace's own line, so that line numbers stay
    those of the file).

    >>> text = "SELECT ?n WHERE { { SELECT ?activity WHERE { ?activity ?p ?o } } }"
    >>> restrict_to_activities(text, [URIRef("http://a")]).count("VALUES ?activity { <http://a> }")
    1
    """
    block = f" VALUES ?{_PAGE_VARIABLE} {{ {' '.join(sparql_term(a) for a in activities)} }} "
    for brace in sorted(_restricted_groups(text), reverse=True):
        text = text[: brace + 1] + block + text[brace + 1 :]
    return text


def page_of(
    catalog_query: CatalogQuery, page: Page, activities: QueryResult
) -> tuple[list[URIRef], str | None]:
    """The page's activities (from :func:`page_activities_text`'s rows) and the key of the
    next page (None when this page holds fewer than ``page.size``: it is the last)."""
    if not catalog_query.paged:
        raise QueryError(
            f"query '{catalog_query.name}' is not paged",
            str(catalog_query.path),
            "run it whole, or page a query whose header has '#+ page:'",
        )
    found = [r[0] for r in activities.rows if isinstance(r[0], URIRef)]
    days = [str(r[1]) for r in activities.rows if isinstance(r[1], Literal)]
    return found, (max(days) if len(found) >= page.size and days else None)


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
    page: Page | None = None,
) -> QueryResult:
    """Run a SELECT query in process over a graph file (N-Triples by default) or a graph.

    A file is loaded once into an in-memory Oxigraph store (kept while its modification
    time stays the same), the engine the served endpoint runs, so a query costs here what it
    costs there; its named graphs are queried as one default graph. An rdflib ``Graph`` is
    queried with rdflib's own engine. With ``page``, only the rows of that page's
    activities (:class:`Page`; the query must have ``#+ page:``).
    """
    catalog_query = query if isinstance(query, CatalogQuery) else load_query(query)
    text, _ = bind(catalog_query, values or {}, base_iri=base_iri)
    if not isinstance(graph_path, Graph):
        store = _load_store(Path(graph_path))

        def run(text: str) -> QueryResult:
            return _run_on_store(store, text, catalog_query)

    else:
        graph = graph_path

        def run(text: str) -> QueryResult:
            return _run_on_graph(graph, text, catalog_query)

    if page is None:
        return sort_lists(catalog_query, run(text))
    activities, next_after = page_of(catalog_query, page, run(page_activities_text(page)))
    found = run(restrict_to_activities(text, activities))
    return sort_lists(catalog_query, QueryResult(found.columns, found.rows, next_after))


def _run_on_graph(graph: Graph, text: str, catalog_query: CatalogQuery) -> QueryResult:
    try:
        result = graph.query(text)
    except Exception as exc:
        raise QueryError(f"the query failed: {exc}", str(catalog_query.path)) from None
    if result.type != "SELECT":
        raise QueryError(f"only SELECT queries are run, not {result.type}", str(catalog_query.path))
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


def _term_from_json(cell: object) -> Term:
    if not isinstance(cell, Mapping):
        raise ValueError(f"a binding is {type(cell).__name__}, not an object")
    kind = cell.get("type")
    value = cell.get("value")
    if not isinstance(value, str):
        raise ValueError(f"a binding's value is {type(value).__name__}, not a string")
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
    raise ValueError(f"unknown term type {kind!r}")


def result_from_json(document: Mapping[str, Any]) -> QueryResult:
    """A :class:`QueryResult` from a SPARQL 1.1 JSON results document.

    Raises QueryError when the document is not one (no ``head.vars`` list, bindings that
    are not objects of terms).
    """
    try:
        head = document["head"]
        names = head["vars"] if isinstance(head, Mapping) else None
        if not isinstance(names, list) or not all(isinstance(v, str) for v in names):
            raise ValueError("head.vars is not a list of names")
        results = document["results"]
        bindings = results["bindings"] if isinstance(results, Mapping) else None
        if not isinstance(bindings, list):
            raise ValueError("results.bindings is not a list")
        columns = tuple(names)
        rows = []
        for b in bindings:
            if not isinstance(b, Mapping):
                raise ValueError(f"a solution is {type(b).__name__}, not an object")
            rows.append(tuple(_term_from_json(b[c]) if c in b else None for c in columns))
    except (KeyError, TypeError, ValueError) as exc:
        detail = f"no {exc}" if isinstance(exc, KeyError) else str(exc)
        raise QueryError(f"not a SPARQL JSON results document ({detail})") from None
    return QueryResult(columns, tuple(rows))


#: The one result type :func:`select_endpoint` asks for.
JSON_RESULTS = "application/sparql-results+json"
#: The most of an endpoint's answer :func:`select_endpoint` reads (bytes).
MAX_RESULT_BYTES = 1 << 30


def select_endpoint(
    text: str,
    *,
    endpoint: str,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    timeout: float = 30,
    session: Any = None,
    max_reply_bytes: int = MAX_RESULT_BYTES,
    what: str = "the query",
) -> QueryResult:
    """Run a SELECT query text on a SPARQL 1.1 endpoint, by the protocol and nothing else.

    One POST of ``query``, ``default-graph-uri`` and ``named-graph-uri`` (form-encoded, as
    the SPARQL 1.1 Protocol defines them; no store-specific parameter), asking for one result
    type, SPARQL JSON results. ``session`` (a :class:`graphbuild.sparql_client.Session`)
    adds credentials. Raises QueryError, naming the endpoint, when it cannot be reached,
    refuses the query, or answers with anything but a JSON results document.
    """
    import http.client
    from urllib.parse import urlencode, urlsplit

    from graphbuild.sparql_client import ReplyTooLong, Session, send, shown

    where_ = shown(endpoint)
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise QueryError(
            f"not an http(s) URL: {endpoint!r}",
            "--endpoint",
            "give the store's SPARQL query URL, e.g. http://HOST:8890/sparql",
        )
    fields = [("query", text)]
    fields += [("default-graph-uri", g) for g in default_graphs]
    fields += [("named-graph-uri", g) for g in named_graphs]
    body = urlencode(fields).encode("utf-8")
    headers = {
        "Accept": JSON_RESULTS,
        "Content-Type": "application/x-www-form-urlencoded",
        "User-Agent": "graphbuild",
    }
    try:
        if isinstance(session, Session):
            reply = session.request(
                "POST", endpoint, body, headers, timeout=timeout, max_reply_bytes=max_reply_bytes
            )
        else:
            reply = send(
                "POST", endpoint, body, headers, timeout=timeout, max_reply_bytes=max_reply_bytes
            )
    except ReplyTooLong:
        raise QueryError(
            f"the answer to {what} went on past {max_reply_bytes} bytes; reading stopped",
            where_,
            "narrow the query or raise the cap",
        ) from None
    except TimeoutError:
        raise QueryError(
            f"the endpoint did not answer {what} in full within {timeout:g} s",
            where_,
            "check the endpoint's load, or narrow the query",
        ) from None
    except (OSError, http.client.HTTPException) as exc:
        said = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise QueryError(
            f"cannot reach the endpoint: {said}",
            where_,
            "check that the endpoint is running and that the URL and port are right",
        ) from None
    if not 200 <= reply.status < 300:
        lines = [x.strip() for x in reply.body.decode("utf-8", "replace").splitlines()]
        said = " | ".join([x for x in lines if x][:4])
        hint = {
            400: "the endpoint could not run the query as written; its words are above",
            401: "the endpoint wants credentials",
            403: "the endpoint refuses this query or this user",
            404: "the URL is not the store's SPARQL query endpoint",
        }.get(reply.status, "see the endpoint's log")
        raise QueryError(
            f"the endpoint refused {what}: HTTP {reply.status}" + (f": {said}" if said else ""),
            where_,
            hint,
        )
    media = reply.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in (JSON_RESULTS, "application/json"):
        raise QueryError(
            f"the endpoint answered {what} with {media or 'no content type'}, not {JSON_RESULTS}",
            where_,
            "check that the URL is the store's SPARQL query endpoint",
        )
    try:
        document = json.loads(reply.body)
    except ValueError as exc:
        raise QueryError(
            f"the endpoint's answer to {what} is not JSON ({exc})",
            where_,
            "check that the URL is the store's SPARQL query endpoint",
        ) from None
    if not isinstance(document, Mapping):
        raise QueryError(f"the endpoint's answer to {what} is not a JSON object", where_)
    if "boolean" in document:
        raise QueryError(f"only SELECT queries are run, not ASK ({what})", where_)
    try:
        return result_from_json(document)
    except QueryError as exc:
        raise QueryError(f"the endpoint's answer to {what} is {exc.message}", where_) from None


def run_endpoint(
    query: CatalogQuery | str | Path,
    values: Mapping[str, str] | None = None,
    *,
    endpoint: str,
    timeout: float = 30,
    base_iri: str = DEFAULT_BASE_IRI,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    session: Any = None,
    page: Page | None = None,
) -> QueryResult:
    """Run a catalog query on a SPARQL 1.1 endpoint, with the same result shape as
    :func:`run_local`: same columns, rows of rdflib terms, ``#+ lists:`` cells sorted.

    ``default_graphs`` and ``named_graphs`` go as the protocol's ``default-graph-uri`` and
    ``named-graph-uri``: without them the store chooses (Virtuoso then reads every graph
    it holds). Parameters are bound by :func:`bind`, as for :func:`run_local`. With
    ``page``, only the rows of that page's activities: two requests (:class:`Page`).
    """
    catalog_query = query if isinstance(query, CatalogQuery) else load_query(query)
    text, _ = bind(catalog_query, values or {}, base_iri=base_iri)

    def run(text: str, what: str) -> QueryResult:
        return select_endpoint(
            text,
            endpoint=endpoint,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            timeout=timeout,
            session=session,
            what=what,
        )

    name = f"query '{catalog_query.name}'"
    if page is None:
        return sort_lists(catalog_query, run(text, name))
    activities, next_after = page_of(
        catalog_query, page, run(page_activities_text(page), f"the page of {name}")
    )
    found = run(restrict_to_activities(text, activities), name)
    return sort_lists(catalog_query, QueryResult(found.columns, found.rows, next_after))


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
