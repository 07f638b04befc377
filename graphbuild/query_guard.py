"""What the endpoint lets through: a query parsed, its algebra walked, its dataset read.

The check works on the parsed query, never on its text: rdflib's SPARQL parser reads it and
the algebra is walked for ``SERVICE`` (the only query form that makes a store fetch from
elsewhere; ``LOAD`` and the other updates do not parse as a query at all). ``FROM`` and
``FROM NAMED`` are read out, for the front to hand to the worker as the protocol's
``default-graph-uri`` and ``named-graph-uri`` (Oxigraph ignores them in the text of a query
when the default graph is the union of the named graphs).

The text is first made unambiguous, and that text is what the worker gets, so that both
parsers read the same characters: ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes are expanded
(SPARQL expands them before parsing, so ``\\u0053ERVICE`` is ``SERVICE``), and a carriage
return that ends a line becomes a line feed (SPARQL ends a ``#`` comment at either, rdflib
only at a line feed).

Parsing with rdflib takes a few milliseconds for most queries but grows faster than the
query's length; the front therefore runs :func:`main` in a child process that it can kill
when the query's deadline passes, and caches the verdicts.

A query written in ASCII with no ``service`` in any case (so no ``SERVICE`` keyword can be
in it, whatever a parser makes of the rest, once the escapes are expanded) is parsed with
the IRIs of its one-variable ``VALUES`` blocks left out (:func:`parsed_text`): a page of a
catalog query names its 500 activities in each part of the query, up to some 10,000 IRIs
that rdflib reads at about 0.08 ms each (0.5 s to check a page that Oxigraph answers in
0.07 s). Only ``<...>`` of unreserved characters and the spaces between them are left out
(not the line breaks), so no string, comment or IRI starts or ends elsewhere in what is
parsed; the dataset, the query form and the groups are read as before, and the worker gets
the whole text (Oxigraph reports what is wrong in the IRIs left out, if anything). The
pages of one catalog query then have the same parsed text, whatever their size: the
checker reads it once and remembers the dataset it gives.

>>> check_query("PREFIX g: <urn:g:> SELECT * FROM g:a FROM NAMED g:b { ?s ?p ?o }").default_graphs
('urn:g:a',)
>>> check_query("SELECT * { \\\\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
Traceback (most recent call last):
...
graphbuild.query_guard.QueryRefused: SERVICE (federated query) is disabled on this endpoint: ...
"""

from __future__ import annotations

import functools
import json
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

# Parsing a long group of triple patterns recurses deeply in pyparsing; the child that
# checks queries runs the parser in a thread with this stack and this recursion limit.
CHECKER_STACK_BYTES = 64 * 1024 * 1024
CHECKER_RECURSION_LIMIT = 60_000
CHECKER_READY = "graphbuild-query-guard: ready"

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LONE_CR = re.compile(r"\r(?!\n)")
# A one-variable VALUES block of IRIs, each written with unreserved characters only (no
# space, quote, backslash, "#", "<" or ">" inside) and with white space on both sides.
_IRI_DATUM = r"<[A-Za-z0-9:/._~%+-]*+>"
_IRI_VALUES = re.compile(
    rf"(?<![\w?$:])(VALUES\s++[?$]\w++\s*+\{{)((?:\s++{_IRI_DATUM})++)(?=\s++\}})", re.IGNORECASE
)
_IRI_DATA = re.compile(_IRI_DATUM)
# Algebra nodes that make a store open a connection.
_REACHES_OUT = {"ServiceGraphPattern": "SERVICE"}
SERVICE_REFUSED = (
    "SERVICE (federated query) is disabled on this endpoint: it does not fetch data from "
    "other servers; query them yourself and join the results"
)


class QueryRefused(Exception):
    """The query is not sent to a worker; ``status`` and ``message`` are the answer."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class CheckedQuery:
    """A query that may run: the text to send and the dataset its FROM clauses give."""

    text: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    @property
    def has_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def normalise(text: str) -> str:
    """The query with its codepoint escapes expanded and lone carriage returns as line feeds.

    >>> normalise("ASK { # x\\r?s ?p \\\\u0022o\\\\u0022 }")
    'ASK { # x\\n?s ?p "o" }'
    """
    try:
        expanded = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
        expanded.encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        raise QueryRefused(
            "the query has a \\u or \\U escape that is not a Unicode character: write the "
            "character itself"
        ) from None
    if _ESCAPE.search(expanded):
        raise QueryRefused(
            "the query has a \\u escape that spells another escape: write the character itself"
        )
    return _LONE_CR.sub("\n", expanded)


def parsed_text(normalised: str) -> str:
    """The text rdflib parses of a query as :func:`normalise` gives it: the same, or, for a
    text in ASCII with no ``service`` in any case, with the IRIs of its one-variable
    ``VALUES`` blocks left out, and the spaces between them (their line breaks are kept:
    lines are numbered alike, and the pages of a query have one text whatever their size).

    >>> parsed_text("SELECT * { VALUES ?a { <urn:x:1> <urn:x:2> } ?a ?p ?o }")
    'SELECT * { VALUES ?a {  } ?a ?p ?o }'
    >>> parsed_text("SELECT * { VALUES ?a { <urn:x:1> } SERVICE ?a { ?s ?p ?o } }")[:25]
    'SELECT * { VALUES ?a { <u'
    """
    if not normalised.isascii() or "service" in normalised.lower():
        return normalised
    return _IRI_VALUES.sub(lambda m: m.group(1) + " " + "\n" * m.group(2).count("\n"), normalised)


def _nodes(node: Any) -> Iterator[Any]:
    """Every algebra node (rdflib ``CompValue``, a dict) under ``node``, depth first."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):  # CompValue, Expr
            yield item
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)


def check_query(text: str) -> CheckedQuery:
    """Parse ``text``; a :class:`CheckedQuery`, or :class:`QueryRefused` saying why not."""
    normalised = normalise(text)
    parsed = parsed_text(normalised)
    if len(parsed) <= REMEMBERED_MAX_CHARS:
        default, named = _remembered_dataset(parsed)
    else:
        default, named = _dataset(parsed)
    return CheckedQuery(normalised, default, named)


def _dataset(parsed: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The default and named graphs of the text :func:`parsed_text` gives; QueryRefused
    if it does not parse or holds SERVICE."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        query = translateQuery(parseQuery(parsed))
    except ParseBaseException as exc:
        raise QueryRefused(
            f"the query cannot be parsed (syntax error): {exc.msg} at line {exc.lineno}, "
            f"column {exc.col} (near {exc.line.strip()[:60]!r}); this endpoint answers "
            "SPARQL 1.1 queries, updates are refused"
        ) from None
    except RecursionError:
        raise QueryRefused(
            "the query is nested too deeply to be checked: flatten its groups or split it"
        ) from None
    except Exception as exc:  # rdflib raises plain Exception, e.g. for an unknown prefix
        raise QueryRefused(f"the query cannot be read: {exc}") from None
    for node in _nodes(query.algebra):
        if getattr(node, "name", None) in _REACHES_OUT:
            raise QueryRefused(SERVICE_REFUSED)
    default: list[str] = []
    named: list[str] = []
    for clause in query.algebra.get("datasetClause") or ():
        if "default" in clause:
            default.append(str(clause["default"]))
        if "named" in clause:
            named.append(str(clause["named"]))
    return tuple(default), tuple(named)


# The pages of one catalog query differ only in the IRIs of their VALUES blocks: their
# parsed text is the same, read once (a refusal is not remembered; it is read again).
REMEMBERED_MAX_CHARS = 64 * 1024
_remembered_dataset = functools.lru_cache(maxsize=64)(_dataset)


def verdict(text: str) -> dict[str, Any]:
    """:func:`check_query` as a JSON-ready dict (the child's answer)."""
    try:
        checked = check_query(text)
    except QueryRefused as refused:
        return {"ok": False, "status": refused.status, "message": refused.message}
    except Exception as exc:  # a parser bug must refuse the query, not end the checker
        return {"ok": False, "status": 400, "message": f"the query cannot be read: {exc!r}"}
    return {
        "ok": True,
        "text": checked.text,
        "default": list(checked.default_graphs),
        "named": list(checked.named_graphs),
    }


def from_verdict(answer: dict[str, Any]) -> CheckedQuery:
    """The :class:`CheckedQuery` a verdict stands for; :class:`QueryRefused` for a refusal."""
    if not answer.get("ok"):
        raise QueryRefused(str(answer["message"]), int(answer.get("status", 400)))
    return CheckedQuery(
        str(answer["text"]),
        tuple(str(g) for g in answer["default"]),
        tuple(str(g) for g in answer["named"]),
    )


def serve_checks(requests: IO[str], answers: IO[str]) -> None:
    """One JSON line in (``{"query": ...}``), one verdict line out, until end of input."""
    check_query("ASK {}")  # imports the parser before saying ready
    answers.write(CHECKER_READY + "\n")
    answers.flush()
    for line in requests:
        try:
            text = str(json.loads(line)["query"])
        except (ValueError, KeyError, TypeError):
            answer: dict[str, Any] = {"ok": False, "status": 400, "message": "bad request"}
        else:
            answer = verdict(text)
        answers.write(json.dumps(answer) + "\n")
        answers.flush()


def main() -> None:
    """The checker child: :func:`serve_checks` on stdin/stdout, in a thread with a deep stack."""
    sys.setrecursionlimit(CHECKER_RECURSION_LIMIT)
    threading.stack_size(CHECKER_STACK_BYTES)
    thread = threading.Thread(target=serve_checks, args=(sys.stdin, sys.stdout))
    thread.start()
    thread.join()


if __name__ == "__main__":
    main()
