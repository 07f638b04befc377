"""The endpoint's query check: SERVICE in every spelling is refused from the parsed query,
FROM / FROM NAMED are read out, anything that does not parse is refused with a reason.

The spellings are shared with tests/test_serve_hardening.py, which sends them to the real
endpoint with a loopback listener as the SERVICE target.
"""

from __future__ import annotations

import pytest

from graphbuild.query_guard import QueryRefused, check_query, normalise

#: ``{target}`` is the SERVICE IRI (``http://127.0.0.1:PORT/sparql``), ``{base}`` its folder.
SERVICE_SPELLINGS = {
    "plain": "SELECT * WHERE { SERVICE <{target}> { ?s ?p ?o } }",
    "lower-case": "select * where { service <{target}> { ?s ?p ?o } }",
    "mixed-case": "SELECT * WHERE { SeRvIcE <{target}> { ?s ?p ?o } }",
    "silent": "SELECT * WHERE { SERVICE SILENT <{target}> { ?s ?p ?o } }",
    "comment-ended-by-cr": "SELECT * WHERE { # a comment\rSERVICE <{target}> { ?s ?p ?o } }",
    "comment-ended-by-cr-twice": "SELECT * WHERE { # one\r# two\rservice <{target}> { ?s ?p ?o } }",
    "comment-then-crlf": "SELECT * WHERE { # x\r\nSERVICE <{target}> { ?s ?p ?o } }",
    "u-escape": "SELECT * WHERE { \\u0053ERVICE <{target}> { ?s ?p ?o } }",
    "u-escape-middle": "SELECT * WHERE { SERVI\\u0043E <{target}> { ?s ?p ?o } }",
    "u-escape-lower-hex": "SELECT * WHERE { \\u0073ervice <{target}> { ?s ?p ?o } }",
    "big-u-escape": "SELECT * WHERE { \\U00000053ERVICE <{target}> { ?s ?p ?o } }",
    "escaped-iri": "SELECT * WHERE { SERVICE <{base}\\u0073parql> { ?s ?p ?o } }",
    "variable-values": "SELECT * WHERE { VALUES ?e { <{target}> } SERVICE ?e { ?s ?p ?o } }",
    "variable-bind": 'SELECT * WHERE { BIND(IRI("{target}") AS ?e) SERVICE ?e { ?s ?p ?o } }',
    "variable-from-data": "SELECT * WHERE { ?x ?y ?e . SERVICE ?e { ?s ?p ?o } }",
    "nested-groups": "SELECT * WHERE { { { { SERVICE <{target}> { ?s ?p ?o } } } } }",
    "optional": "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <{target}> { ?s ?p ?o } } }",
    "union": "SELECT * WHERE { { ?a ?b ?c } UNION { SERVICE <{target}> { ?s ?p ?o } } }",
    "minus": "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <{target}> { ?s ?p ?o } } }",
    "graph": "SELECT * WHERE { GRAPH ?g { SERVICE <{target}> { ?s ?p ?o } } }",
    "filter-exists": "ASK { ?s ?p ?o FILTER EXISTS { SERVICE <{target}> { ?s ?p ?o } } }",
    "filter-not-exists": "ASK { ?s ?p ?o FILTER NOT EXISTS { SERVICE <{target}> { ?s ?p ?o } } }",
    "exists-in-select": "SELECT (EXISTS { SERVICE <{target}> { ?s ?p ?o } } AS ?x) WHERE {}",
    "subquery": "SELECT * WHERE { { SELECT * WHERE { SERVICE <{target}> { ?s ?p ?o } } } }",
    "prefixed-name": "PREFIX remote: <{base}> ASK { SERVICE remote:sparql { ?s ?p ?o } }",
    "empty-prefixed-name": "PREFIX : <{target}> SELECT * WHERE { SERVICE : { ?s ?p ?o } }",
    "relative-iri": "BASE <{base}> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }",
    "tabs-and-newlines": "SELECT * WHERE {\n\tSERVICE\t\n<{target}>\n{ ?s ?p ?o } }",
    "construct": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{target}> { ?s ?p ?o } }",
    "describe": "DESCRIBE ?s WHERE { SERVICE <{target}> { ?s ?p ?o } }",
    "ask": "ASK { SERVICE <{target}> { ?s ?p ?o } }",
    "two-services": "SELECT * WHERE { SERVICE <{target}> { ?s ?p ?o } SERVICE <{target}> {} }",
}
TARGET = "http://127.0.0.1:9/sparql"


def spelled(template: str, target: str = TARGET) -> str:
    return template.replace("{target}", target).replace("{base}", target.rsplit("/", 1)[0] + "/")


@pytest.mark.parametrize("name", sorted(SERVICE_SPELLINGS))
def test_service_in_every_spelling_is_refused(name: str) -> None:
    with pytest.raises(QueryRefused, match="SERVICE") as refused:
        check_query(spelled(SERVICE_SPELLINGS[name]))
    assert refused.value.status == 400


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * { ?s <urn:x:p> "SERVICE" }',
        "SELECT ?service { ?service <urn:x:SERVICE> ?o } # SERVICE <http://x/> {}",
        "PREFIX service: <urn:x:> SELECT * { ?s service:p ?o }",
        "SELECT * { ?s ?p ?o } # ends with a comment and a carriage return\r",
        "SELECT * WHERE {\r\n  ?s ?p ?o # CRLF line ends\r\n}",
        'SELECT * { ?s ?p "caf\\u00E9" }',
    ],
)
def test_queries_that_only_mention_service_pass(query: str) -> None:
    check_query(query)


def test_comment_ended_by_cr_ends_for_both_parsers() -> None:
    # The worker gets the text with the carriage return as a line feed: what rdflib read.
    checked = check_query("ASK { # x\r?s ?p ?o }")
    assert checked.text == "ASK { # x\n?s ?p ?o }"


def test_escapes_are_expanded_before_the_worker_sees_them() -> None:
    assert normalise("ASK { ?s ?p \\u0022x\\u0022 }") == 'ASK { ?s ?p "x" }'
    with pytest.raises(QueryRefused, match="another escape"):
        normalise("ASK { \\u005Cu0053ERVICE }")
    with pytest.raises(QueryRefused, match="not a Unicode character"):
        normalise("ASK { ?s ?p '\\U7FFFFFFF' }")


@pytest.mark.parametrize(
    ("query", "default", "named"),
    [
        ("SELECT * { ?s ?p ?o }", (), ()),
        ("SELECT * FROM <urn:g:a> { ?s ?p ?o }", ("urn:g:a",), ()),
        ("SELECT * FROM NAMED <urn:g:b> { GRAPH ?g { ?s ?p ?o } }", (), ("urn:g:b",)),
        (
            "PREFIX g: <urn:g:> SELECT * FROM g:a FROM NAMED g:b FROM g:c { ?s ?p ?o }",
            ("urn:g:a", "urn:g:c"),
            ("urn:g:b",),
        ),
        ("BASE <http://example.org/g/> ASK FROM <a> { ?s ?p ?o }", ("http://example.org/g/a",), ()),
        ("CONSTRUCT { ?s ?p ?o } FROM <urn:g:a> WHERE { ?s ?p ?o }", ("urn:g:a",), ()),
    ],
)
def test_dataset_clauses_are_read(
    query: str, default: tuple[str, ...], named: tuple[str, ...]
) -> None:
    checked = check_query(query)
    assert (checked.default_graphs, checked.named_graphs) == (default, named)


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("SELECT WHERE {", "syntax error"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "updates are refused"),
        ("LOAD <http://127.0.0.1:9/x>", "updates are refused"),
        ("SELECT * { ?s ex:p ?o }", "Unknown namespace prefix"),
        ("", "syntax error"),
    ],
)
def test_what_does_not_parse_is_refused_with_the_reason(query: str, says: str) -> None:
    with pytest.raises(QueryRefused, match=says) as refused:
        check_query(query)
    assert refused.value.status == 400
