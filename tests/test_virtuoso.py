"""A second engine: OpenLink Virtuoso 7 from Debian's packages, started on loopback with its
own configuration (tests/virtuoso_server.py), receiving the graph by push.

It proves what a researcher moving the graph to an existing store needs: push with Digest
credentials (Virtuoso's authenticated endpoints offer nothing else) and with the batched
update protocol, read back whole; a push that fails half-way leaves the old graph; the
hints name the real cause; and every catalog query gives on Virtuoso the answers it gives
on Oxigraph (pyoxigraph, the engine of ``graphbuild serve``).
"""

from __future__ import annotations

import http.client
import socket
import threading
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from loopback import serving
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.term import Node
from virtuoso_server import READER, WRITER, Virtuoso, start_virtuoso, virtuoso_binaries

from graphbuild.catalog import CatalogQuery, Page, load_catalog, run_endpoint, run_local
from graphbuild.cli import main
from graphbuild.errors import PushError
from graphbuild.push import PushProtocol, gsp_url, push
from graphbuild.sparql_client import Session

GRAPH = "https://w3id.org/dgeq-kg/id/graph/all"
#: A second copy of the graph, pushed by the update protocol: a query that named no
#: default graph would count everything twice.
COPY = "https://w3id.org/dgeq-kg/id/graph/copy"
CATALOG = load_catalog()
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    for name in ("GRAPHBUILD_USER", "GRAPHBUILD_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    found = virtuoso_binaries()
    if isinstance(found, str):
        pytest.skip(found)
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server
    finally:
        server.stop()


def as_writer(monkeypatch: pytest.MonkeyPatch, account: tuple[str, str] = WRITER) -> None:
    monkeypatch.setenv("GRAPHBUILD_USER", account[0])
    monkeypatch.setenv("GRAPHBUILD_PASSWORD", account[1])


@pytest.fixture(scope="module")
def pushed(virtuoso: Virtuoso, built_dist: Path) -> dict[str, object]:
    """The built graph pushed twice: into GRAPH by Graph Store PUT, into COPY by the batched
    update protocol, both with the writer's (Digest) credentials."""
    with pytest.MonkeyPatch.context() as patch:
        as_writer(patch)
        by_gsp = push(built_dist, endpoint=virtuoso.graph_store_auth, graph=GRAPH, timeout=60)
        by_update = push(
            built_dist,
            endpoint=virtuoso.sparql_auth,
            graph=COPY,
            protocol=PushProtocol.UPDATE,
            timeout=60,
        )
    return {"gsp": by_gsp, "update": by_update}


def read_back(virtuoso: Virtuoso, graph: str) -> Graph:
    """The graph as Virtuoso holds it, through its anonymous Graph Store GET."""
    request = urllib.request.Request(
        gsp_url(virtuoso.graph_store, graph), headers={"Accept": "application/n-triples"}
    )
    with _DIRECT.open(request, timeout=60) as response:
        return Graph().parse(data=response.read(), format="nt")


def graph_names(virtuoso: Virtuoso, prefix: str) -> set[str]:
    text = (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER (STRSTARTS(STR(?g), "{prefix}")) }}'
    )
    query = urllib.parse.urlencode({"query": text})
    request = urllib.request.Request(f"{virtuoso.sparql}?{query}", headers={"Accept": "text/csv"})
    with _DIRECT.open(request, timeout=60) as response:
        lines = response.read().decode().splitlines()[1:]
    return {line.strip('"') for line in lines}


def normalised(graph: Graph, as_stored: Callable[[Node], Node]) -> Graph:
    result = Graph()
    for s, p, o in graph:
        result.add((s, p, as_stored(o)))
    return result


# -- push ---------------------------------------------------------------------------------


def test_push_with_digest_credentials_reads_back_whole(
    virtuoso: Virtuoso,
    pushed: dict[str, object],
    built_dist: Path,
    as_stored: Callable[[Node], Node],
) -> None:
    built = Graph().parse(built_dist / "graph.nt", format="nt")
    result = pushed["gsp"]
    assert getattr(result, "auth", None) == "digest"  # Virtuoso asked for Digest
    assert getattr(result, "triples", None) == len(built)
    back = read_back(virtuoso, GRAPH)
    assert len(back) == len(built)
    # Virtuoso keeps "7"^^xsd:nonNegativeInteger as written; Oxigraph would give integer.
    assert isomorphic(normalised(back, as_stored), normalised(built, as_stored))


def test_batched_update_push_reads_back_whole(
    virtuoso: Virtuoso,
    pushed: dict[str, object],
    built_dist: Path,
    as_stored: Callable[[Node], Node],
) -> None:
    built = Graph().parse(built_dist / "graph.nt", format="nt")
    assert len(built) > 5000  # more than Virtuoso compiles in one INSERT DATA
    result = pushed["update"]
    assert getattr(result, "auth", None) == "digest"
    # a DROP of the temporary graph, the batches of 500, one MOVE
    assert getattr(result, "requests", None) == 2 + -(-len(built) // 500)
    back = read_back(virtuoso, COPY)
    assert isomorphic(normalised(back, as_stored), normalised(built, as_stored))
    assert graph_names(virtuoso, "urn:graphbuild:push:") == set()  # moved, none left


def test_push_again_by_update_replaces_the_graph(
    virtuoso: Virtuoso,
    built_dist: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    as_writer(monkeypatch)
    target = "urn:x:graph:replaced"
    old = tmp_path / "old"
    old.mkdir()
    (old / "graph.nt").write_text("<urn:x:stale> <urn:x:p> <urn:x:o> .\n", encoding="utf-8")
    push(old, endpoint=virtuoso.sparql_auth, graph=target, protocol=PushProtocol.UPDATE)
    assert len(read_back(virtuoso, target)) == 1
    push(built_dist, endpoint=virtuoso.sparql_auth, graph=target, protocol=PushProtocol.UPDATE)
    back = read_back(virtuoso, target)
    assert (URIRef("urn:x:stale"), URIRef("urn:x:p"), URIRef("urn:x:o")) not in back
    assert len(back) == len(Graph().parse(built_dist / "graph.nt", format="nt"))


class Breaker(ThreadingHTTPServer):
    """A loopback relay to Virtuoso that drops the connection of request number
    ``break_at`` without an answer (as a network failure or a crashed proxy would) and
    passes every other request on unchanged."""

    daemon_threads = True

    def __init__(self, target: str, break_at: int) -> None:
        self.target = urllib.parse.urlsplit(target)
        self.break_at = break_at
        self.count = 0
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), Relay)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{self.target.path}"


class Relay(BaseHTTPRequestHandler):
    server: Breaker

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _relay(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.server.lock:
            self.server.count += 1
            number = self.server.count
        if number == self.server.break_at:
            self.close_connection = True
            return  # no answer at all
        conn = http.client.HTTPConnection(
            self.server.target.hostname or "", self.server.target.port, timeout=60
        )
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            conn.request(self.command, self.path, body=body, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            self.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
        finally:
            conn.close()

    do_POST = _relay
    do_PUT = _relay
    do_HEAD = _relay


@pytest.fixture()
def breaker(virtuoso: Virtuoso, request: pytest.FixtureRequest) -> Iterator[Breaker]:
    server = Breaker(virtuoso.sparql_auth, request.param)
    with serving(server):
        yield server


@pytest.mark.parametrize("breaker", [6], indirect=True)
def test_an_update_push_failing_half_way_leaves_the_old_graph(
    virtuoso: Virtuoso,
    breaker: Breaker,
    built_dist: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The connection of request 6, the third batch, is dropped (before it: the DROP sent
    with Basic and refused, the HEAD that fetches the Digest challenge, the DROP again with
    Digest, two batches): the target keeps its old triple, and the temporary graph the
    first batches went into is dropped."""
    as_writer(monkeypatch)
    target = "urn:x:graph:half-way"
    old = tmp_path / "old"
    old.mkdir()
    (old / "graph.nt").write_text('<urn:x:old> <urn:x:p> "kept" .\n', encoding="utf-8")
    push(old, endpoint=virtuoso.sparql_auth, graph=target, protocol=PushProtocol.UPDATE)
    with pytest.raises(PushError) as caught:
        push(built_dist, endpoint=breaker.url, graph=target, protocol=PushProtocol.UPDATE)
    assert breaker.count > breaker.break_at  # it went on past the failure: the clean-up
    assert "MOVE" in str(caught.value)  # the hint says the old graph is in place
    back = read_back(virtuoso, target)
    assert set(back) == {(URIRef("urn:x:old"), URIRef("urn:x:p"), Literal("kept"))}
    assert graph_names(virtuoso, "urn:graphbuild:push:") == set()


def test_a_graph_store_put_cut_half_way_leaves_the_old_graph(
    virtuoso: Virtuoso, built_dist: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_writer(monkeypatch)
    target = "urn:x:graph:cut"
    old = tmp_path / "old"
    old.mkdir()
    (old / "graph.nt").write_text('<urn:x:old> <urn:x:p> "kept" .\n', encoding="utf-8")
    push(old, endpoint=virtuoso.graph_store_auth, graph=target)
    # The same PUT as push sends, with a valid Digest answer, but only half the body.
    url = gsp_url(virtuoso.graph_store_auth, target)
    session = Session(*WRITER)
    session.probe(url, timeout=20)
    assert session.scheme == "digest"
    authorization = session.authorization("PUT", url)
    body = (built_dist / "graph.nt").read_bytes()
    path = url[len(virtuoso.base) :]
    head = (
        f"PUT {path} HTTP/1.1\r\nHost: 127.0.0.1:{virtuoso.http_port}\r\n"
        f"Authorization: {authorization}\r\nContent-Type: application/n-triples\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", virtuoso.http_port), timeout=10) as sock:
        sock.sendall(head.encode() + body[: len(body) // 2])
    back = read_back(virtuoso, target)
    assert set(back) == {(URIRef("urn:x:old"), URIRef("urn:x:p"), Literal("kept"))}


# -- hints and exit codes -----------------------------------------------------------------


def cli_push(dist: Path, endpoint: str, *more: str) -> tuple[int, str]:
    args = ["push", "--dist", str(dist), "--endpoint", endpoint, "--graph", "urn:x:graph:h"]
    result = CliRunner().invoke(main, [*args, *more])
    return result.exit_code, result.stderr


def test_a_wrong_password_is_named(
    virtuoso: Virtuoso, built_dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_writer(monkeypatch, (WRITER[0], "not-the-password"))
    code, said = cli_push(built_dist, virtuoso.graph_store_auth)
    assert code == 1 and said.count("\n") == 1 and "Traceback" not in said
    assert "HTTP 401" in said and "did not accept the user and password" in said
    assert "not-the-password" not in said


def test_missing_credentials_are_named(virtuoso: Virtuoso, built_dist: Path) -> None:
    code, said = cli_push(built_dist, virtuoso.graph_store_auth)
    assert code == 1 and "HTTP 401" in said and "wants a user" in said


@pytest.mark.parametrize("protocol", ["gsp", "update"])
def test_a_missing_grant_is_named(
    virtuoso: Virtuoso, built_dist: Path, monkeypatch: pytest.MonkeyPatch, protocol: str
) -> None:
    """The reader's password is right, but it may not write: 403 by Graph Store, a 500
    with a SECURITY error by update; both point to the grant, not the password."""
    as_writer(monkeypatch, READER)
    endpoint = virtuoso.graph_store_auth if protocol == "gsp" else virtuoso.sparql_auth
    code, said = cli_push(built_dist, endpoint, "--protocol", protocol)
    assert code == 1 and said.count("\n") == 1
    assert "does not let it write" in said and "GRANT SPARQL_UPDATE" in said
    assert "did not accept" not in said


def test_anonymous_writes_refused_are_named(virtuoso: Virtuoso, built_dist: Path) -> None:
    code, said = cli_push(built_dist, virtuoso.graph_store)
    assert code == 1 and "HTTP 403" in said and "refuses anonymous writes" in said


def test_a_store_out_of_reach_is_exit_2(built_dist: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, said = cli_push(built_dist, f"http://127.0.0.1:{port}/sparql-graph-crud-auth")
    assert code == 2 and "cannot reach the store" in said


# -- the catalog on both engines ------------------------------------------------------------

EXAMPLES = {
    "country": "HTI",
    "person": "jacques-drouin",
    "organization": "oif",
    "string": "mission",
    "year": "2012",
    "integer": "2010",
    "date": "2012-01-01",
}


def cases() -> list[tuple[str, dict[str, str]]]:
    """Every query with its required parameters; those with any parameter, with all set."""
    found = []
    for name, query in sorted(CATALOG.items()):
        found.append((name, {p.name: EXAMPLES[p.type] for p in query.params if p.required}))
        if query.params:
            values = {p.name: EXAMPLES[p.type] for p in query.params}
            if "to" in values:
                values["to"] = "2014"
            found.append((name, values))
    return found


def rows(
    result_rows: tuple[tuple[Node | None, ...], ...], as_stored: Callable[[Node], Node]
) -> Counter[tuple[Node | None, ...]]:
    return Counter(tuple(None if t is None else as_stored(t) for t in row) for row in result_rows)


@pytest.mark.parametrize(
    ("name", "values"), cases(), ids=[f"{n}-{'-'.join(v.values())}" for n, v in cases()]
)
def test_every_catalog_query_answers_the_same_on_virtuoso(
    virtuoso: Virtuoso,
    pushed: dict[str, object],
    graph_nt: Path,
    as_stored: Callable[[Node], Node],
    name: str,
    values: dict[str, str],
) -> None:
    """Same columns, same rows (as multisets: where ORDER BY leaves ties, engines may order
    them differently), and the cells of ';'-joined lists sorted alike on both."""
    query: CatalogQuery = CATALOG[name]
    local = run_local(query, values, graph_path=graph_nt)
    remote = run_endpoint(
        query, values, endpoint=virtuoso.sparql, default_graphs=[GRAPH], timeout=120
    )
    assert remote.columns == local.columns
    assert len(remote.rows) == len(local.rows)
    assert rows(remote.rows, as_stored) == rows(local.rows, as_stored)


def test_without_a_default_graph_virtuoso_reads_every_graph(
    virtuoso: Virtuoso, pushed: dict[str, object], graph_nt: Path
) -> None:
    """Why --default-graph exists: Virtuoso reads every graph it holds, and the data is in
    two of them (and more, that the push tests wrote)."""
    local = run_local("activities-per-kind", graph_path=graph_nt)
    everything = run_endpoint("activities-per-kind", endpoint=virtuoso.sparql, timeout=60)
    named = run_endpoint(
        "activities-per-kind", endpoint=virtuoso.sparql, default_graphs=[GRAPH], timeout=60
    )
    total = sum(int(str(row[-1])) for row in local.rows)
    assert sum(int(str(row[-1])) for row in named.rows) == total
    assert sum(int(str(row[-1])) for row in everything.rows) >= 2 * total


def test_query_command_on_virtuoso_prints_what_it_prints_locally(
    virtuoso: Virtuoso, pushed: dict[str, object], graph_nt: Path
) -> None:
    runner = CliRunner()
    local = runner.invoke(main, ["query", "missions", "--graph", str(graph_nt), "--format", "csv"])
    remote = runner.invoke(
        main,
        [
            "query",
            "missions",
            "--endpoint",
            virtuoso.sparql,
            "--default-graph",
            GRAPH,
            "--format",
            "csv",
        ],
    )
    assert local.exit_code == 0 and remote.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout
    # the multi-valued cells are sorted: DGEQ, first in no order the graph gives, is not
    # first where an acronym sorts before it
    import csv
    import io

    cells = [
        row["organizations"]
        for row in csv.DictReader(io.StringIO(local.stdout))
        if "CIDA" in row["organizations"].split(";")
    ]
    assert cells and all(
        c.split(";") == sorted(c.split(";")) and not c.startswith("DGEQ") for c in cells
    )


@pytest.mark.parametrize("name", sorted(n for n, q in CATALOG.items() if q.paged))
def test_a_paged_query_answers_page_by_page_on_virtuoso_what_it_answers_whole(
    virtuoso: Virtuoso,
    pushed: dict[str, object],
    graph_nt: Path,
    as_stored: Callable[[Node], Node],
    name: str,
) -> None:
    """The two SELECTs of a page (graphbuild.catalog.Page) are plain SPARQL 1.1: on
    Virtuoso too, the pages one after the other hold the whole answer's rows, once each."""
    values = {p.name: EXAMPLES[p.type] for p in CATALOG[name].params if p.required}
    whole = run_local(CATALOG[name], values, graph_path=graph_nt)
    found: list[tuple[Node | None, ...]] = []
    after, pages = None, 0
    while pages < 20:  # 82 activities, pages of 10 or more: 9 pages
        page = run_endpoint(
            CATALOG[name],
            values,
            endpoint=virtuoso.sparql,
            default_graphs=[GRAPH],
            timeout=120,
            page=Page(10, after),
        )
        found += page.rows
        pages += 1
        if page.next_after is None:
            break
        after = page.next_after
    assert 5 <= pages < 20
    assert rows(tuple(found), as_stored) == rows(whole.rows, as_stored)
