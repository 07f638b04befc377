"""`graphbuild query --endpoint` as a client: what it sends (the SPARQL 1.1 Protocol and
nothing else, one result type) and what it does with an answer it cannot read.

The stores themselves are tested in test_serve.py (Oxigraph) and test_virtuoso.py; here a
recording stub plays stores that answer in ways those two never do (XML results, an HTML
page, JSON that is no results document, as Comunica's answers were read).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from loopback import serving

from graphbuild.catalog import load_query, run_endpoint, sort_lists, sorted_cell
from graphbuild.cli import main
from graphbuild.errors import QueryError

RESULTS = {
    "head": {"vars": ["kind", "code", "label", "activities"]},
    "results": {
        "bindings": [
            {
                "kind": {"type": "uri", "value": "https://w3id.org/dgeq-kg/ontology#k"},
                "code": {"type": "literal", "value": "observation"},
                "label": {"type": "literal", "value": "Observation", "xml:lang": "en"},
                "activities": {
                    "type": "literal",
                    "value": "3",
                    "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                },
            }
        ]
    },
}


class Stub(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, content_type: str, body: bytes, status: int = 200) -> None:
        self.answer = (status, content_type, body)
        self.seen: list[dict[str, object]] = []
        super().__init__(("127.0.0.1", 0), StubHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/sparql"


class StubHandler(BaseHTTPRequestHandler):
    server: Stub

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        self.server.seen.append(
            {
                "path": self.path,
                "accept": self.headers.get_all("Accept") or [],
                "content-type": self.headers.get("Content-Type"),
                "fields": urllib.parse.parse_qsl(body, keep_blank_values=True),
            }
        )
        status, content_type, answer = self.server.answer
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


@pytest.fixture()
def stub(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Stub]:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    content_type, body, status = getattr(
        request, "param", ("application/sparql-results+json", json.dumps(RESULTS).encode(), 200)
    )
    server = Stub(content_type, body, status)
    with serving(server):
        yield server


def test_the_request_is_the_protocol_and_nothing_else(stub: Stub) -> None:
    result = run_endpoint(
        "activities-per-kind",
        endpoint=stub.url,
        default_graphs=["urn:x:data", "urn:x:ontology"],
        named_graphs=["urn:x:provenance"],
        timeout=10,
    )
    assert result.columns == ("kind", "code", "label", "activities")
    [seen] = stub.seen
    assert seen["accept"] == ["application/sparql-results+json"]  # one type, no list
    assert seen["content-type"] == "application/x-www-form-urlencoded"
    assert seen["path"] == "/sparql"  # no format=json or other store-specific parameter
    fields = seen["fields"]
    assert isinstance(fields, list)
    assert [k for k, _ in fields] == [
        "query",
        "default-graph-uri",
        "default-graph-uri",
        "named-graph-uri",
    ]
    assert fields[1:] == [
        ("default-graph-uri", "urn:x:data"),
        ("default-graph-uri", "urn:x:ontology"),
        ("named-graph-uri", "urn:x:provenance"),
    ]
    assert fields[0][1] == load_query("activities-per-kind").text


def test_the_command_names_the_graphs(stub: Stub) -> None:
    args = ["query", "activities-per-kind", "--endpoint", stub.url, "--format", "csv"]
    result = CliRunner().invoke(main, [*args, "--default-graph", "urn:x:g"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == (
        "https://w3id.org/dgeq-kg/ontology#k,observation,Observation,3"
    )
    [seen] = stub.seen
    assert ("default-graph-uri", "urn:x:g") in seen["fields"]  # type: ignore[operator]


def test_graphs_without_an_endpoint_are_a_usage_error() -> None:
    args = ["query", "activities-per-kind", "--default-graph", "urn:x:g"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "give --endpoint URL too" in result.stderr


UNREADABLE = [
    (
        "application/sparql-results+xml",
        b'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"/>',
        200,
    ),
    ("text/html", b"<html><body>Welcome</body></html>", 200),
    ("application/sparql-results+json", b'{"head": {"vars": ["kind"]}, "results": ', 200),
    ("application/sparql-results+json", b'[{"kind": "observation"}]', 200),
    ("application/sparql-results+json", b'{"head": {"vars": ["kind"]}, "results": []}', 200),
    (
        "application/sparql-results+json",
        b'{"head": {"vars": ["kind"]}, "results": {"bindings": [{"kind": ["a", "b"]}]}}',
        200,
    ),
    ("text/plain", b"Parse error: unexpected token", 400),
]


@pytest.mark.parametrize(
    "stub",
    UNREADABLE,
    indirect=True,
    ids=["xml", "html", "cut-json", "json-list", "no-bindings", "bad-term", "400"],
)
def test_an_answer_it_cannot_read_is_a_clear_error(stub: Stub) -> None:
    with pytest.raises(QueryError) as caught:
        run_endpoint("activities-per-kind", endpoint=stub.url, timeout=10)
    text = str(caught.value)
    assert stub.url in text and "activities-per-kind" in text
    result = CliRunner().invoke(
        main, ["query", "activities-per-kind", "--endpoint", stub.url, "--timeout", "10"]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_an_endpoint_out_of_reach_is_a_clear_error() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    args = ["query", "activities-per-kind", "--endpoint", f"http://127.0.0.1:{port}/sparql"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "cannot reach the endpoint" in result.stderr


# -- multi-valued cells -------------------------------------------------------------------


def test_list_cells_are_declared_in_the_header() -> None:
    assert dict(load_query("missions").lists) == {
        "countries": False,
        "cities": False,
        "organizations": False,
        "people": False,
        "dgeq_roles": False,
        "elections": True,
        "source": False,
    }
    assert dict(load_query("network-participation").lists) == {"roles": False}
    assert dict(load_query("activities-per-kind").lists) == {}


def test_a_list_item_that_is_no_column_is_refused(tmp_path: Path) -> None:
    from graphbuild.catalog import parse_query_file

    path = tmp_path / "bad.rq"
    path.write_text(
        "#+ title: t\n#+ description: d\n#+ params: none\n#+ columns: a, b\n"
        "#+ lists: a, c\nSELECT ?a ?b WHERE { ?a ?p ?b }\n",
        encoding="utf-8",
    )
    with pytest.raises(QueryError, match="'c' is not a column") as caught:
        parse_query_file(path)
    assert str(path) in str(caught.value)


def test_cells_are_sorted_whatever_order_the_store_gives() -> None:
    from rdflib import Literal

    from graphbuild.catalog import QueryResult

    # Two stores' GROUP_CONCATs of the same values, in different orders.
    one = "MLI:2013-07-28:presidential;HTI:2010-11-28:presidential+legislative"
    other = "HTI:2010-11-28:legislative+presidential;MLI:2013-07-28:presidential"
    assert sorted_cell(one, nested=True) == sorted_cell(other, nested=True) == other
    assert sorted_cell("OIF;DGEQ;CEI") == "CEI;DGEQ;OIF"
    assert sorted_cell("") == ""
    query = load_query("network-participation")
    result = QueryResult(query.columns, ((Literal("a"), Literal("o"), Literal("z;b"), None),))
    assert sort_lists(query, result).rows[0][2] == Literal("b;z")
