"""Pushing the graph into a store: a real writable Oxigraph, and a recording stub for auth.

Everything runs on free loopback ports, with explicit timeouts on every call.
"""

from __future__ import annotations

import base64
import contextlib
import re
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from loopback import serving
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.term import Node

from graphbuild.errors import PushError
from graphbuild.push import PushProtocol, push
from graphbuild.serve import free_port, oxigraph_executable

GRAPH = "https://w3id.org/dgeq-kg/id/graph/all"


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # urllib would send loopback traffic to a configured proxy.
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    for name in ("GRAPHBUILD_USER", "GRAPHBUILD_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A writable Oxigraph (``oxigraph serve``) on a free loopback port: its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            str(oxigraph_executable()),
            "serve",
            "--location",
            str(tmp_path_factory.mktemp("store")),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not start on port {port}")
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def built_graph(built_dist: Path) -> Graph:
    return Graph().parse(built_dist / "graph.nt", format="nt")


def stored(graph: Graph, as_stored: Callable[[Node], Node]) -> Graph:
    result = Graph()
    for s, p, o in graph:
        result.add((s, p, as_stored(o)))
    return result


def read_graph(store: str, graph: str | None) -> Graph:
    """The graph as the store holds it, through its Graph Store GET."""
    target = "default" if graph is None else "graph=" + urllib.parse.quote(graph, safe="")
    request = urllib.request.Request(
        f"{store}/store?{target}", headers={"Accept": "application/n-triples"}
    )
    with urllib.request.urlopen(request, timeout=20) as response:
        return Graph().parse(data=response.read(), format="nt")


def update(store: str, text: str) -> None:
    request = urllib.request.Request(
        f"{store}/update",
        data=text.encode(),
        headers={"Content-Type": "application/sparql-update"},
    )
    with urllib.request.urlopen(request, timeout=20):
        pass


# -- a real store ---------------------------------------------------------------------------


def test_push_gsp_puts_the_whole_graph(
    store: str, built_dist: Path, built_graph: Graph, as_stored: Callable[[Node], Node]
) -> None:
    result = push(built_dist, endpoint=f"{store}/store", graph=GRAPH, timeout=30)
    assert (result.graph, result.protocol, result.triples) == (GRAPH, "gsp", len(built_graph))
    assert result.status in (200, 201, 204)
    back = read_graph(store, GRAPH)
    # Oxigraph keeps integer types by value: "7"^^xsd:nonNegativeInteger comes back as
    # "7"^^xsd:integer. Every other term comes back as it was.
    assert isomorphic(back, stored(built_graph, as_stored))
    assert len(back) == len(built_graph)


def test_push_again_replaces_the_graph(
    store: str, built_dist: Path, built_graph: Graph, as_stored: Callable[[Node], Node]
) -> None:
    push(built_dist, endpoint=f"{store}/store", graph=GRAPH, timeout=30)
    update(store, f"INSERT DATA {{ GRAPH <{GRAPH}> {{ <urn:x:stale> <urn:x:p> 1 }} }}")
    push(built_dist, endpoint=f"{store}/store", graph=GRAPH, timeout=30)
    back = read_graph(store, GRAPH)
    assert (URIRef("urn:x:stale"), URIRef("urn:x:p"), Literal(1)) not in back
    assert isomorphic(back, stored(built_graph, as_stored))


def test_push_to_the_default_graph(
    store: str, built_dist: Path, built_graph: Graph, as_stored: Callable[[Node], Node]
) -> None:
    result = push(built_dist, endpoint=f"{store}/store", timeout=30)
    assert result.graph is None
    assert isomorphic(read_graph(store, None), stored(built_graph, as_stored))


def test_push_with_sparql_update(
    store: str, built_dist: Path, built_graph: Graph, as_stored: Callable[[Node], Node]
) -> None:
    target = "urn:x:graph:update"
    update(store, f"INSERT DATA {{ GRAPH <{target}> {{ <urn:x:stale> <urn:x:p> 1 }} }}")
    result = push(
        built_dist,
        endpoint=f"{store}/update",
        graph=target,
        protocol=PushProtocol.UPDATE,
        timeout=30,
    )
    assert result.triples == len(built_graph)
    assert isomorphic(read_graph(store, target), stored(built_graph, as_stored))


def test_an_interrupted_upload_leaves_the_old_graph(
    store: str, built_dist: Path, built_graph: Graph, as_stored: Callable[[Node], Node]
) -> None:
    push(built_dist, endpoint=f"{store}/store", graph=GRAPH, timeout=30)
    body = (built_dist / "graph.nt").read_bytes()
    port = int(store.rsplit(":", 1)[1])
    target = "/store?graph=" + urllib.parse.quote(GRAPH, safe="")
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        head = (
            f"PUT {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: application/n-triples\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        sock.sendall(head.encode() + body[: len(body) // 2])
    time.sleep(0.3)
    assert isomorphic(read_graph(store, GRAPH), stored(built_graph, as_stored))


def test_a_wrong_url_says_so(store: str, built_dist: Path) -> None:
    with pytest.raises(PushError) as caught:
        push(built_dist, endpoint=f"{store}/nowhere", graph=GRAPH, timeout=10)
    text = str(caught.value)
    assert "HTTP 404" in text and f"{store}/nowhere" in text and "Graph Store" in text


def test_a_dead_port_is_a_clear_error(built_dist: Path) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(PushError) as caught:
        push(built_dist, endpoint=endpoint, graph=GRAPH, timeout=10)
    text = str(caught.value)
    assert "cannot reach the store" in text and endpoint in text
    assert caught.value.exit_code == 2


@pytest.mark.parametrize(
    ("endpoint", "graph", "says"),
    [
        ("ftp://127.0.0.1/store", GRAPH, "not an http(s) URL"),
        ("http://user:secret@127.0.0.1:9/store", GRAPH, "credentials in the endpoint URL"),
        ("http://127.0.0.1:9/store", "not an iri", "absolute IRI"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    built_dist: Path, endpoint: str, graph: str, says: str
) -> None:
    with pytest.raises(PushError, match=re.escape(says)) as caught:
        push(built_dist, endpoint=endpoint, graph=graph, timeout=5)
    assert "secret" not in str(caught.value)


def test_no_graph_to_push(tmp_path: Path) -> None:
    with pytest.raises(PushError, match=r"no graph\.nt"):
        push(tmp_path, endpoint="http://127.0.0.1:9/store", timeout=5)


# -- credentials, seen by a recording stub ------------------------------------------------------


class Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, status: int) -> None:
        self.status = status
        self.requests: list[dict[str, str]] = []
        super().__init__(("127.0.0.1", 0), RecordingHandler)


class RecordingHandler(BaseHTTPRequestHandler):
    server: Recorder

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _record(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        self.server.requests.append(
            {
                "method": self.command,
                "path": self.path,
                "authorization": self.headers.get("Authorization") or "",
                "content-type": self.headers.get("Content-Type") or "",
                "body": body[:200].decode("utf-8", "replace"),
            }
        )
        answer = b"denied\n" if self.server.status >= 400 else b""
        self.send_response(self.server.status)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_PUT = _record
    do_POST = _record


@pytest.fixture()
def recorder(request: pytest.FixtureRequest) -> Iterator[Recorder]:
    server = Recorder(getattr(request, "param", 204))
    with serving(server):
        yield server


def recorder_url(server: Recorder, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


def test_credentials_come_from_the_environment_as_basic_auth(
    recorder: Recorder, built_dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRAPHBUILD_USER", "alice")
    monkeypatch.setenv("GRAPHBUILD_PASSWORD", "s3cret:with colon")
    push(built_dist, endpoint=recorder_url(recorder, "/store"), graph=GRAPH, timeout=10)
    [seen] = recorder.requests
    expected = base64.b64encode(b"alice:s3cret:with colon").decode()
    assert seen["authorization"] == f"Basic {expected}"
    assert seen["method"] == "PUT"
    assert seen["path"] == "/store?graph=" + urllib.parse.quote(GRAPH, safe="")
    assert seen["content-type"] == "application/n-triples"


def test_other_variables_can_hold_the_credentials(
    recorder: Recorder, built_dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STORE_USER", "bob")
    monkeypatch.setenv("STORE_PASS", "pw")
    push(
        built_dist,
        endpoint=recorder_url(recorder, "/update"),
        protocol=PushProtocol.UPDATE,
        auth_env=("STORE_USER", "STORE_PASS"),
        timeout=10,
    )
    # one DROP of a fresh temporary graph, the batches into it, one MOVE onto the default
    first, *inserts, last = recorder.requests
    triples = len(Graph().parse(built_dist / "graph.nt", format="nt"))
    assert len(inserts) == -(-triples // 500)  # batches of 500 triples
    for seen in recorder.requests:
        assert seen["authorization"] == "Basic " + base64.b64encode(b"bob:pw").decode()
        assert seen["method"] == "POST" and seen["path"] == "/update"
        assert seen["content-type"].startswith("application/sparql-update")
    temporary = re.fullmatch(r"DROP SILENT GRAPH <(urn:graphbuild:push:\w+)>", first["body"])
    assert temporary is not None
    for seen in inserts:
        assert seen["body"].startswith(f"INSERT DATA {{ GRAPH <{temporary.group(1)}> {{\n")
    assert last["body"] == f"MOVE GRAPH <{temporary.group(1)}> TO DEFAULT"


def test_no_credentials_no_header(recorder: Recorder, built_dist: Path) -> None:
    push(built_dist, endpoint=recorder_url(recorder, "/store"), timeout=10)
    [seen] = recorder.requests
    assert seen["authorization"] == ""
    assert seen["path"] == "/store?default"


def test_half_the_credentials_is_an_error(
    recorder: Recorder, built_dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRAPHBUILD_USER", "alice")
    with pytest.raises(PushError, match="GRAPHBUILD_PASSWORD is not set"):
        push(built_dist, endpoint=recorder_url(recorder, "/store"), timeout=10)
    assert recorder.requests == []


@pytest.mark.parametrize("recorder", [401], indirect=True)
def test_refused_credentials_say_what_to_do(
    recorder: Recorder, built_dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRAPHBUILD_USER", "alice")
    monkeypatch.setenv("GRAPHBUILD_PASSWORD", "wrong")
    with pytest.raises(PushError) as caught:
        push(built_dist, endpoint=recorder_url(recorder, "/store"), timeout=10)
    text = str(caught.value)
    assert "HTTP 401: denied" in text and "GRAPHBUILD_USER" in text
    assert "wrong" not in text


# -- stores that never finish: one deadline for the whole request, a cap on the answer ------


class SlowStore:
    """A loopback TCP server that answers every connection with ``answer(sock)``, in a
    thread of its own; every loop in it is bounded in count and time."""

    def __init__(self, answer: Callable[[socket.socket], None]) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.answer = answer
        self.stop = threading.Event()
        self.sent = 0
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/store"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        ends = time.monotonic() + 60
        while not self.stop.is_set() and time.monotonic() < ends:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(5)
                with contextlib.suppress(OSError):  # the client hung up: what it should do
                    self.answer(conn)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        self.listener.close()


def read_request(conn: socket.socket) -> None:
    """Read the request's head and as much of its body as it announces (bounded)."""
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 1 << 16:
        piece = conn.recv(4096)
        if not piece:
            return
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))  # type: ignore[union-attr]
    while len(body) < length:
        piece = conn.recv(1 << 16)
        if not piece:
            return
        body += piece


def drip(text: bytes, every: float, stop: threading.Event) -> Callable[[socket.socket], None]:
    def answer(conn: socket.socket) -> None:
        read_request(conn)
        for byte in text[:200]:
            if stop.wait(every):
                return
            conn.sendall(bytes([byte]))

    return answer


@pytest.fixture()
def tiny_dist(tmp_path: Path) -> Path:
    (tmp_path / "graph.nt").write_text(
        '<urn:x:s> <urn:x:p> "o" .\n<urn:x:s> <urn:x:p> "p" .\n', encoding="utf-8"
    )
    return tmp_path


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",  # the status line, a byte at a time
        b"HTTP/1.1 500 Oops\r\nContent-Length: 60\r\n\r\n" + b"x" * 60,
    ],
    ids=["status-line", "error-body"],
)
def test_a_dripping_store_is_cut_at_the_deadline(tiny_dist: Path, answer: bytes) -> None:
    stop = threading.Event()
    server = SlowStore(drip(answer, 0.25, stop))  # a byte every 0.25 s: ~15 s for the whole
    try:
        started = time.monotonic()
        with pytest.raises(PushError) as caught:
            push(tiny_dist, endpoint=server.url, timeout=2)
        took = time.monotonic() - started
    finally:
        stop.set()
        server.close()
    print(f"dripping store ({answer[:12]!r}...): push gave up after {took:.2f} s (limit 2 s)")
    # (at least the deadline; far below the ~15 s the whole answer takes, whatever the load)
    assert 1.9 <= took < 8.0
    text = str(caught.value)
    assert "did not answer in full within 2 s" in text and server.url in text


def test_a_dripping_body_after_a_quick_status_is_cut_too(tiny_dist: Path) -> None:
    stop = threading.Event()

    def answer(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
        for _ in range(100):
            if stop.wait(0.25):
                return
            conn.sendall(b".")

    server = SlowStore(answer)
    try:
        started = time.monotonic()
        with pytest.raises(PushError, match=r"within 1\.5 s"):
            push(tiny_dist, endpoint=server.url, timeout=1.5)
        took = time.monotonic() - started
    finally:
        stop.set()
        server.close()
    assert took < 8.0  # the whole body takes 25 s


def test_a_store_that_never_answers_is_cut_at_the_deadline(built_dist: Path) -> None:
    """It accepts the connection and then reads nothing and says nothing."""
    stop = threading.Event()
    server = SlowStore(lambda conn: stop.wait(30) and None)
    try:
        started = time.monotonic()
        with pytest.raises(PushError, match="within 1 s"):
            push(built_dist, endpoint=server.url, timeout=1)
        took = time.monotonic() - started
    finally:
        stop.set()
        server.close()
    assert took < 10.0  # the store would hold the push 30 s


@pytest.mark.parametrize("chunked", [False, True], ids=["until-close", "chunked"])
def test_an_endless_answer_is_cut_at_the_cap(tiny_dist: Path, chunked: bool) -> None:
    import tracemalloc

    stop = threading.Event()
    block = b"y" * (1 << 16)
    sent = [0]

    def answer(conn: socket.socket) -> None:
        read_request(conn)
        head = "Transfer-Encoding: chunked" if chunked else "Connection: close"
        conn.sendall(f"HTTP/1.1 200 OK\r\n{head}\r\n\r\n".encode())
        piece = b"%x\r\n%s\r\n" % (len(block), block) if chunked else block
        ends = time.monotonic() + 20
        while not stop.is_set() and time.monotonic() < ends and sent[0] < 1 << 32:
            conn.sendall(piece)
            sent[0] += len(block)

    server = SlowStore(answer)
    tracemalloc.start()
    try:
        started = time.monotonic()
        with pytest.raises(PushError) as caught:
            push(tiny_dist, endpoint=server.url, timeout=20, max_reply_bytes=1 << 20)
        took = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        stop.set()
        server.close()
    print(
        f"endless answer ({'chunked' if chunked else 'until close'}): stopped after "
        f"{took:.2f} s, {sent[0] / 1e6:.1f} MB sent by the store, peak {peak / 1e6:.1f} MB"
    )
    assert "past 1048576 bytes" in str(caught.value) and "HTTP 200" in str(caught.value)
    assert took < 5 and peak < 16e6


def test_an_endless_error_answer_gives_its_first_lines(tiny_dist: Path) -> None:
    stop = threading.Event()

    def answer(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 503 Busy\r\nConnection: close\r\n\r\nstore is busy\n")
        ends = time.monotonic() + 20
        while not stop.is_set() and time.monotonic() < ends:
            conn.sendall(b"z" * 65536)

    server = SlowStore(answer)
    try:
        started = time.monotonic()
        with pytest.raises(PushError, match="HTTP 503: store is busy"):
            push(tiny_dist, endpoint=server.url, timeout=20)
        assert time.monotonic() - started < 5
    finally:
        stop.set()
        server.close()


@pytest.mark.parametrize("value", ["inf", "nan", "0", "-1", "1e9"])
def test_a_timeout_that_would_never_end_is_refused(tiny_dist: Path, value: str) -> None:
    from click.testing import CliRunner

    from graphbuild.cli import main

    args = ["push", "--dist", str(tiny_dist), "--endpoint", "http://127.0.0.1:9/store"]
    result = CliRunner().invoke(main, [*args, "--timeout", value])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --timeout: ") and result.stderr.count("\n") == 1


def test_the_command_ends_by_its_deadline(tiny_dist: Path) -> None:
    from click.testing import CliRunner

    from graphbuild.cli import main

    stop = threading.Event()
    server = SlowStore(drip(b"HTTP/1.1 200 OK\r\n\r\n", 0.5, stop))
    try:
        started = time.monotonic()
        result = CliRunner().invoke(
            main, ["push", "--dist", str(tiny_dist), "--endpoint", server.url, "--timeout", "2"]
        )
        took = time.monotonic() - started
    finally:
        stop.set()
        server.close()
    assert result.exit_code == 2 and took < 6.0  # the answer takes ~10 s
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1


def test_a_bad_graph_file_is_invalid_input_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "graph.nt").write_text(
        '<urn:x:s> <urn:x:p> "o" .\n<urn:x:s> <urn:x:p> .\n', encoding="utf-8"
    )
    with pytest.raises(PushError, match="not valid N-Triples") as caught:
        push(tmp_path, endpoint="http://127.0.0.1:9/store", timeout=5)
    assert str(tmp_path / "graph.nt") in str(caught.value) and "line 2" in str(caught.value)
    assert caught.value.exit_code == 1
