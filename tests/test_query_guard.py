"""The endpoint's query check: SERVICE in every spelling is refused from the parsed query,
FROM / FROM NAMED are read out, anything that does not parse is refused with a reason; the
IRIs of VALUES blocks are left out of what is parsed only where no SERVICE can be written.

The spellings are data (tests/endpoint/service-spellings.toml), shared with
tests/test_serve_hardening.py, which sends them to the real endpoint with a loopback
listener as the SERVICE target.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from graphbuild import query_guard
from graphbuild.query_guard import QueryRefused, check_query, normalise, parsed_text

SPELLINGS_FILE = Path(__file__).parent / "endpoint" / "service-spellings.toml"
SERVICE_SPELLINGS: dict[str, str] = tomllib.loads(SPELLINGS_FILE.read_text(encoding="utf-8"))[
    "spellings"
]
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


IRIS = " ".join(f"<urn:x:{i}>" for i in range(50))


@pytest.mark.parametrize("name", sorted(SERVICE_SPELLINGS))
def test_service_is_refused_beside_values_blocks_of_iris(name: str) -> None:
    query = spelled(SERVICE_SPELLINGS[name]) + f"\nVALUES ?zz {{ {IRIS} }}"  # after any form
    with pytest.raises(QueryRefused, match="SERVICE"):
        check_query(query)


@pytest.mark.parametrize(
    ("query", "parsed"),
    [
        (
            "SELECT * FROM <urn:g:a> { VALUES ?a { <urn:x:1>\n <http://x/a%20b> } ?a ?p ?o }",
            "SELECT * FROM <urn:g:a> { VALUES ?a { \n } ?a ?p ?o }",
        ),
        (
            "ASK { { VALUES $b {  <urn:x:1>  } } VALUES ?c { <urn:x:2> <urn:x:3> } }",
            "ASK { { VALUES $b {   } } VALUES ?c {  } }",
        ),
    ],
)
def test_values_blocks_of_iris_are_parsed_without_their_iris(query: str, parsed: str) -> None:
    assert parsed_text(query) == parsed
    checked = check_query(query)
    assert checked.text == query  # what the worker runs: the whole query
    assert checked.default_graphs == (("urn:g:a",) if "FROM" in query else ())


@pytest.mark.parametrize(
    "query",
    [
        # "service" anywhere (a comment, a variable, a string): parsed whole
        "SELECT * { VALUES ?a { <urn:x:1> } ?a ?p ?o } # no service here",
        "SELECT ?service { VALUES ?service { <urn:x:1> } }",
        'SELECT * { VALUES ?a { <urn:x:1> } ?a ?p "Service" }',
        # not ASCII: parsed whole (no letter may stand for one of SERVICE's)
        "SELECT * { VALUES ?a { <urn:x:1> } ?a ?p 'Québec' }",
        # blocks that hold more than IRIs of unreserved characters, or several variables
        "SELECT * { VALUES ?a { <urn:x:1> 'x' } }",
        "SELECT * { VALUES ?a { <urn:x:1> UNDEF } }",
        "SELECT * { VALUES ?a { <urn:x:1#f> } }",
        "SELECT * { VALUES ?a { <urn:x:1> <urn:x:a b> } }",
        "SELECT * { VALUES ?a {<urn:x:1>} }",
        "SELECT * { VALUES (?a ?b) { (<urn:x:1> <urn:x:2>) } }",
    ],
)
def test_other_queries_are_parsed_whole(query: str) -> None:
    assert parsed_text(query) == query


def test_a_syntax_error_beside_a_values_block_is_still_found() -> None:
    with pytest.raises(QueryRefused, match="syntax error"):
        check_query(f"SELECT * {{ VALUES ?a {{ {IRIS} }} ?a ?p }}")


def test_pages_of_one_query_are_parsed_once_and_keep_their_own_text() -> None:
    def page(first: int, size: int) -> str:
        iris = " ".join(f"<urn:x:{i}>" for i in range(first, first + size))
        return f"SELECT * FROM <urn:g:p> {{ VALUES ?a {{ {iris} }} ?a ?p ?o }}"

    one, two = page(0, 20), page(1000, 21)
    before = query_guard._remembered_dataset.cache_info()
    first, second = check_query(one), check_query(two)
    after = query_guard._remembered_dataset.cache_info()
    assert (first.text, second.text) == (one, two)
    assert first.default_graphs == second.default_graphs == ("urn:g:p",)
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)
