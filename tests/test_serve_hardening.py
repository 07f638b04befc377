"""The endpoint hardened (issue 12): nothing reaches out, FROM is honoured, no orphans, and
clients sending runaway queries do not starve the others.

Everything runs on loopback: the SERVICE target is a listener on 127.0.0.1 that must never
see a connection, and the five clients of the fairness test bind 127.0.0.2-6 as their source
addresses. Every wait is bounded; the fairness test runs 20 s of load and prints its figures
(``pytest -s``).
"""

from __future__ import annotations

import contextlib
import http.client
import os
import select
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import tomllib
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest

from graphbuild.errors import EndpointError
from graphbuild.serve import SCRATCH_PREFIX, EndpointServer, load_store, remove_stale_stores

SPELLINGS_FILE = Path(__file__).parent / "endpoint" / "service-spellings.toml"
SERVICE_SPELLINGS: dict[str, str] = tomllib.loads(SPELLINGS_FILE.read_text(encoding="utf-8"))[
    "spellings"
]
LIMIT_S = 3.0
GRAPH = "https://w3id.org/dgeq-kg/id/graph/"
ACTIVITY_ASK = "PREFIX dgk: <https://w3id.org/dgeq-kg/ontology#> ASK { ?a a dgk:Activity }"
ROOT_ON_LINUX = sys.platform == "linux" and os.geteuid() == 0


class Listener:
    """A TCP listener on loopback that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.connections: list[tuple[str, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def target(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, address = self.sock.accept()
            except OSError:
                continue
            self.connections.append(address)
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def endpoint(built_dist: Path) -> Iterator[EndpointServer]:
    with EndpointServer(built_dist, timeout_s=LIMIT_S, workers=2) as server:
        yield server


@pytest.fixture()
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.close()


def post(
    url: str,
    fields: dict[str, str | list[str]],
    *,
    source: str = "127.0.0.1",
    timeout: float = 30,
    accept: str = "text/csv",
) -> tuple[int, bytes]:
    """POST a form from ``source``; the status and body (status -1: the answer broke off)."""
    parts = urlsplit_host_port(url)
    connection = http.client.HTTPConnection(*parts, timeout=timeout, source_address=(source, 0))
    body = urllib.parse.urlencode(fields, doseq=True)
    try:
        connection.request(
            "POST",
            "/query",
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        response = connection.getresponse()
        try:
            return response.status, response.read()
        except http.client.IncompleteRead as exc:
            return -1, exc.partial
    finally:
        connection.close()


def urlsplit_host_port(url: str) -> tuple[str, int]:
    parts = urllib.parse.urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def spelled(template: str, target: str) -> str:
    return template.replace("{target}", target).replace("{base}", target.rsplit("/", 1)[0] + "/")


def csv_count(body: bytes) -> int:
    return int(body.decode().split()[1])


# -- nothing reaches out -------------------------------------------------------------------------


def assert_every_spelling_refused(url: str, listener: Listener) -> None:
    answers = {}
    for name, template in sorted(SERVICE_SPELLINGS.items()):
        status, body = post(url, {"query": spelled(template, listener.target)})
        answers[name] = (status, body.decode(errors="replace")[:80])
    time.sleep(0.5)  # a worker that had been asked would have connected by now
    assert listener.connections == []
    assert {name: status for name, (status, _) in answers.items()} == {
        name: 400 for name in SERVICE_SPELLINGS
    }, answers
    assert all("SERVICE" in text for _, text in answers.values())
    status, body = post(url, {"query": ACTIVITY_ASK})
    assert (status, body.strip()) == (200, b"true")


def test_service_in_every_spelling_is_refused_and_nothing_connects(
    endpoint: EndpointServer, listener: Listener
) -> None:
    assert endpoint.network_isolated is ROOT_ON_LINUX
    assert_every_spelling_refused(endpoint.query_url, listener)


def test_without_a_network_namespace_the_parser_alone_refuses_every_spelling(
    built_dist: Path, listener: Listener
) -> None:
    # What a non-root server has: the workers share the network, only the check stands.
    with EndpointServer(built_dist, timeout_s=LIMIT_S, workers=1, isolate_network=False) as shared:
        assert not shared.network_isolated
        assert_every_spelling_refused(shared.query_url, listener)


WITHOUT_NAMESPACES = """
import sys, urllib.parse, urllib.request, urllib.error
from pathlib import Path
from graphbuild.serve import EndpointServer
with EndpointServer(Path(sys.argv[1]), timeout_s=3, workers=1) as server:
    print("isolated", server.network_isolated)
    for query in sys.argv[2:]:
        data = urllib.parse.urlencode({"query": query}).encode()
        try:
            with urllib.request.urlopen(server.query_url, data, timeout=20) as answer:
                print(answer.status)
        except urllib.error.HTTPError as refused:
            print(refused.code)
"""


@pytest.mark.skipif(
    not ROOT_ON_LINUX or shutil.which("setpriv") is None,
    reason="drops CAP_SYS_ADMIN with util-linux's setpriv, as root on Linux",
)
def test_root_without_cap_sys_admin_serves_with_the_parser_check_alone(
    built_dist: Path, listener: Listener
) -> None:
    # Root in a container often cannot make namespaces: the endpoint says so and serves.
    done = subprocess.run(
        [
            "setpriv",
            "--bounding-set",
            "-sys_admin",
            sys.executable,
            "-c",
            WITHOUT_NAMESPACES,
            str(built_dist),
            ACTIVITY_ASK,
            spelled(SERVICE_SPELLINGS["comment-ended-by-cr"], listener.target),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NO_PROXY": "127.0.0.1"},
    )
    assert done.stdout.split() == ["isolated", "False", "200", "400"], done.stderr
    assert "the workers share the network" in done.stderr
    assert "CAP_SYS_ADMIN" in done.stderr
    assert listener.connections == []


@pytest.mark.skipif(not ROOT_ON_LINUX, reason="network namespaces need root on Linux")
def test_a_worker_cannot_connect_even_when_asked_directly(
    endpoint: EndpointServer, listener: Listener
) -> None:
    # Past the front's check, as if the parser had a gap: the worker itself is asked for a
    # SERVICE call, and finds nobody at that address in its own namespace.
    from graphbuild.serve import _WorkerConnection

    assert endpoint.network_isolated
    pool = endpoint._pool
    assert pool is not None
    slot = pool.share.acquire("test-direct", timeout_s=10)
    try:
        assert slot.worker is not None
        connection = _WorkerConnection(slot.worker, 10)
        query = f"SELECT * WHERE {{ SERVICE <{listener.target}> {{ ?s ?p ?o }} }}"
        connection.request(
            "POST",
            "/query",
            body=urllib.parse.urlencode({"query": query}),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"},
        )
        answer = connection.getresponse().read().decode(errors="replace")
        connection.close()
    finally:
        pool.share.release(slot)
    time.sleep(0.5)
    assert listener.connections == []
    assert "refused" in answer.lower() or "unreachable" in answer.lower(), answer


# -- FROM and FROM NAMED ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph_sizes(built_dist: Path) -> dict[str, int]:
    """Triples per named graph of the built graph.trig, counted apart from the endpoint."""
    sizes: Counter[str] = Counter()
    for quad in pyoxigraph.parse(path=built_dist / "graph.trig", format=pyoxigraph.RdfFormat.TRIG):
        assert isinstance(quad.graph_name, pyoxigraph.NamedNode)
        sizes[quad.graph_name.value.removeprefix(GRAPH)] += 1
    assert set(sizes) == {"data", "provenance", "ontology"}
    return dict(sizes)


def test_from_sets_the_default_graph(endpoint: EndpointServer, graph_sizes: dict[str, int]) -> None:
    url = endpoint.query_url
    for name, size in graph_sizes.items():
        query = f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}{name}> WHERE {{ ?s ?p ?o }}"
        status, body = post(url, {"query": query})
        assert (status, csv_count(body)) == (200, size), name
    both = (
        f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}ontology> FROM <{GRAPH}provenance> "
        "WHERE { ?s ?p ?o }"
    )
    status, body = post(url, {"query": both})
    assert csv_count(body) == graph_sizes["ontology"] + graph_sizes["provenance"]
    status, body = post(url, {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert csv_count(body) == sum(graph_sizes.values())  # no FROM: the union, as before


def test_from_named_alone_leaves_the_default_graph_empty(
    endpoint: EndpointServer, graph_sizes: dict[str, int]
) -> None:
    url = endpoint.query_url
    named = f"FROM NAMED <{GRAPH}data>"
    status, body = post(url, {"query": f"SELECT (COUNT(*) AS ?n) {named} WHERE {{ ?s ?p ?o }}"})
    assert (status, csv_count(body)) == (200, 0)
    graphs = f"SELECT DISTINCT ?g {named} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    status, body = post(url, {"query": graphs})
    assert body.decode().split() == ["g", f"{GRAPH}data"]
    only_from = f"SELECT DISTINCT ?g FROM <{GRAPH}data> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    status, body = post(url, {"query": only_from})
    assert body.decode().split() == ["g"]  # FROM without FROM NAMED: no named graphs


def test_the_protocols_dataset_overrides_from(
    endpoint: EndpointServer, graph_sizes: dict[str, int]
) -> None:
    query = f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}data> WHERE {{ ?s ?p ?o }}"
    status, body = post(
        endpoint.query_url, {"query": query, "default-graph-uri": f"{GRAPH}ontology"}
    )
    assert (status, csv_count(body)) == (200, graph_sizes["ontology"])


def test_from_a_file_or_a_remote_address_reads_nothing(
    endpoint: EndpointServer, listener: Listener
) -> None:
    for source in ("file:///etc/passwd", listener.target):
        query = f"SELECT (COUNT(*) AS ?n) FROM <{source}> WHERE {{ ?s ?p ?o }}"
        status, body = post(endpoint.query_url, {"query": query})
        assert (status, csv_count(body)) == (200, 0)  # a graph of that name: there is none
    assert listener.connections == []


# -- bounds: memory, answers, connections, queries per client --------------------------------------

MEMORY_HOG = "SELECT (COUNT(*) AS ?n) { { SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f } }"
BIG_ANSWER = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 40000"  # about 12 MB of CSV


def test_a_query_past_the_worker_memory_cap_is_stopped(built_dist: Path) -> None:
    with EndpointServer(
        built_dist, timeout_s=20, workers=1, worker_memory_bytes=256 * 1024 * 1024
    ) as server:
        started = time.monotonic()
        status, body = post(server.query_url, {"query": MEMORY_HOG})
        took = time.monotonic() - started
        assert status == 503 and b"more memory than a worker may use (256 MB)" in body, body
        assert took < 20
        status, body = post(server.query_url, {"query": ACTIVITY_ASK})
        assert (status, body.strip()) == (200, b"true")  # a fresh worker answers


def raw_request(url: str, query: str, version: str) -> tuple[bytes, bytes]:
    """The head and the raw body bytes of one GET, over HTTP/1.0 or 1.1, read to the end."""
    host, port = urlsplit_host_port(url)
    target = "/query?" + urllib.parse.urlencode({"query": query})
    with socket.create_connection((host, port), timeout=30) as sock:
        sock.sendall(
            f"GET {target} HTTP/{version}\r\nHost: {host}\r\nAccept: text/csv\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        chunks = []
        while chunk := sock.recv(1 << 16):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    return head, body


def test_a_large_answer_is_streamed_whole_in_chunks(endpoint: EndpointServer) -> None:
    head, body = raw_request(endpoint.query_url, BIG_ANSWER, "1.1")
    assert b" 200 " in head.split(b"\r\n")[0]
    assert b"Transfer-Encoding: chunked" in head and b"Content-Length" not in head
    assert body.endswith(b"\r\n0\r\n\r\n")  # the final chunk: the answer is whole
    status, whole = post(endpoint.query_url, {"query": BIG_ANSWER})
    assert status == 200 and whole.count(b"\r\n") == 40001  # header and 40,000 rows
    assert len(whole) > 2 * 1024 * 1024


def test_a_large_answer_to_http_1_0_comes_whole_with_its_length(
    endpoint: EndpointServer,
) -> None:
    head, body = raw_request(endpoint.query_url, BIG_ANSWER, "1.0")
    assert b" 200 " in head.split(b"\r\n")[0]
    length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    assert length == len(body) and body.count(b"\r\n") == 40001


def _rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(sys.platform != "linux", reason="reads the front's memory from /proc")
def test_slow_readers_do_not_grow_the_front(endpoint: EndpointServer) -> None:
    # Ten clients ask for a 12 MB answer and read it slowly: the front (this process) relays
    # each answer as it comes, and never holds them whole (it used to: ten times 12 MB).
    host, port = urlsplit_host_port(endpoint.query_url)
    target = "/query?" + urllib.parse.urlencode({"query": BIG_ANSWER})
    baseline = _rss_bytes()
    peak = baseline
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_bytes())
            time.sleep(0.05)

    def slow_reader() -> None:
        with socket.create_connection((host, port), timeout=30) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
            sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            until = time.monotonic() + 1.0
            while time.monotonic() < until and sock.recv(4096):
                time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    readers = [threading.Thread(target=slow_reader) for _ in range(10)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join(timeout=60)
    done.set()
    sampler.join(timeout=5)
    grown = (peak - baseline) / 1024 / 1024
    print(f"\nslow readers: 10 readers of a 12 MB answer grew the front by {grown:.1f} MB")
    assert grown < 40
    status, body = post(endpoint.query_url, {"query": ACTIVITY_ASK})
    assert (status, body.strip()) == (200, b"true")


def test_a_burst_of_connections_is_accepted_at_once(endpoint: EndpointServer) -> None:
    # The listen backlog holds a burst: no connection waits for a SYN to be sent again (1 s).
    host, port = urlsplit_host_port(endpoint.query_url)
    sockets = []
    try:
        for _ in range(300):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setblocking(False)
            sock.connect_ex((host, port))
            sockets.append(sock)
        deadline = time.monotonic() + 0.9
        pending = set(sockets)
        while pending and time.monotonic() < deadline:
            _, writable, _ = select.select([], list(pending), [], 0.05)
            pending -= set(writable)
        assert not pending, f"{len(pending)} of 300 connections waited past 0.9 s"
    finally:
        for sock in sockets:
            sock.close()


def test_a_client_has_a_bounded_number_of_connections(endpoint: EndpointServer) -> None:
    host, port = urlsplit_host_port(endpoint.query_url)
    idle = []
    try:
        for _ in range(64):
            idle.append(socket.create_connection((host, port), 10, ("127.0.0.7", 0)))
        time.sleep(0.2)
        with socket.create_connection((host, port), 10, ("127.0.0.7", 0)) as extra:
            assert extra.recv(200).startswith(b"HTTP/1.1 429 ")
        status, body = post(endpoint.query_url, {"query": ACTIVITY_ASK}, source="127.0.0.8")
        assert (status, body.strip()) == (200, b"true")  # another address is served
    finally:
        for sock in idle:
            sock.close()


def test_a_client_has_a_bounded_number_of_queries(built_dist: Path) -> None:
    with EndpointServer(built_dist, timeout_s=LIMIT_S, workers=2, max_per_client=1) as server:
        url = server.query_url
        runaway = threading.Thread(
            target=post,
            args=(url, {"query": RUNAWAYS["127.0.0.2"]}),
            kwargs={"source": "127.0.0.9"},
        )
        runaway.start()
        time.sleep(0.3)
        status, body = post(url, {"query": ACTIVITY_ASK}, source="127.0.0.9")
        assert status == 429 and b"already has 1 queries" in body
        status, body = post(url, {"query": ACTIVITY_ASK}, source="127.0.0.10")
        assert (status, body.strip()) == (200, b"true")
        runaway.join(timeout=LIMIT_S + 10)


@pytest.mark.parametrize("timeout", [float("inf"), float("nan"), 0.0, -1.0])
def test_a_timeout_that_is_not_a_positive_number_is_refused(
    built_dist: Path, timeout: float
) -> None:
    with pytest.raises(EndpointError, match="positive number of seconds"):
        EndpointServer(built_dist, timeout_s=timeout)


# -- no orphans ----------------------------------------------------------------------------------


def _subreaper() -> None:
    """Make this process the reaper of orphans, to see how its grandchildren ended."""
    import ctypes

    pr_set_child_subreaper = 36
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_child_subreaper, 1, 0, 0, 0)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def _listening_ports() -> set[int]:
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if fields[3] == "0A":  # LISTEN
                    ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG and /proc are Linux's")
def test_kill_9_of_serve_leaves_no_worker_and_no_port_and_the_next_start_cleans_up(
    built_dist: Path, tmp_path: Path
) -> None:
    _subreaper()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "graphbuild", "serve", "--dist", str(built_dist), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
    )
    watchdog = threading.Timer(60, process.kill)  # a hung start must not hang the suite
    watchdog.start()
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        status, body = post(url, {"query": ACTIVITY_ASK})
        assert (status, body.strip()) == (200, b"true")
        children = _children(process.pid)
        assert len(children) == 4  # two workers, two query checkers
        port = urlsplit_host_port(url)[1]
        ports_before = _listening_ports()
        assert port in ports_before
        assert len(list(scratch.glob(SCRATCH_PREFIX + "*"))) == 1
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    ended = {}
    deadline = time.monotonic() + 10
    for child in children:  # orphans now, they come to this process to be reaped
        while time.monotonic() < deadline:
            done, status = os.waitpid(child, os.WNOHANG)
            if done:
                ended[child] = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
                break
            time.sleep(0.05)
    assert ended == {child: signal.SIGKILL for child in children}
    assert port not in _listening_ports()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    # The dead server's store is still there; the next start removes it.
    (stale,) = scratch.glob(SCRATCH_PREFIX + "*")
    assert remove_stale_stores(scratch) == [stale]
    assert not stale.exists()


def test_a_running_servers_store_is_kept(built_dist: Path, tmp_path: Path) -> None:
    with EndpointServer(built_dist, timeout_s=LIMIT_S, workers=1, scratch_root=tmp_path):
        (own,) = tmp_path.glob(SCRATCH_PREFIX + "*")
        assert remove_stale_stores(tmp_path) == []
        assert own.exists()
    assert list(tmp_path.glob(SCRATCH_PREFIX + "*")) == []


def test_a_dead_servers_store_is_removed_at_the_next_start(
    built_dist: Path, tmp_path: Path
) -> None:
    stale = tmp_path / f"{SCRATCH_PREFIX}dead"
    (stale / "store").mkdir(parents=True)
    (stale / ".lock").touch()  # nobody holds the lock: its server is gone
    with EndpointServer(built_dist, timeout_s=LIMIT_S, workers=1, scratch_root=tmp_path):
        assert not stale.exists()


# -- fairness ------------------------------------------------------------------------------------

RUNAWAYS = {
    "127.0.0.2": "SELECT (COUNT(*) AS ?n) WHERE { "
    + " . ".join(f"?s{i} ?p{i} ?o{i}" for i in range(6))
    + " }",
    "127.0.0.3": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "127.0.0.4": "SELECT (COUNT(*) AS ?n) WHERE { ?s (<urn:x:p>|!<urn:x:p>)* ?o . "
    "?o (!<urn:x:q>)+ ?z . ?a ?b ?c }",
    "127.0.0.5": "SELECT (COUNT(*) AS ?n) { { SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f } }",
}
CHEAP_CLIENT = "127.0.0.6"
LOAD_S = 20.0


@pytest.mark.skipif(sys.platform != "linux", reason="binds 127.0.0.2-6 (all loopback on Linux)")
def test_runaway_clients_do_not_starve_a_cheap_one(built_dist: Path) -> None:
    with EndpointServer(built_dist, timeout_s=LIMIT_S, workers=2) as server:
        url = server.query_url
        stop_at = time.monotonic() + LOAD_S
        runaway_outcomes: dict[str, list[int]] = {address: [] for address in RUNAWAYS}
        cheap: list[tuple[float, int]] = []

        def runaway(address: str) -> None:
            for _ in range(1000):  # bounded in count as well as in time
                if time.monotonic() >= stop_at:
                    break
                status, _ = post(url, {"query": RUNAWAYS[address]}, source=address, timeout=30)
                runaway_outcomes[address].append(status)
                if status == 429:
                    time.sleep(0.05)

        def cheap_client() -> None:
            for _ in range(100_000):
                if time.monotonic() >= stop_at:
                    break
                started = time.monotonic()
                status, _ = post(url, {"query": ACTIVITY_ASK}, source=CHEAP_CLIENT, timeout=30)
                cheap.append((time.monotonic() - started, status))

        threads = [threading.Thread(target=runaway, args=(a,)) for a in RUNAWAYS]
        threads.append(threading.Thread(target=cheap_client))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=LOAD_S + 2 * LIMIT_S + 30)
        assert not any(thread.is_alive() for thread in threads)
        restarts = server.restarts
    latencies = sorted(seconds for seconds, _ in cheap)
    errors = [status for _, status in cheap if status != 200]
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    outcomes = {
        address: {status: statuses.count(status) for status in sorted(set(statuses))}
        for address, statuses in runaway_outcomes.items()
    }
    print(
        f"\nfairness: 4 runaway clients + 1 cheap client for {LOAD_S:.0f} s, "
        f"{server.workers} workers, {LIMIT_S:g} s limit: cheap client {len(latencies)} "
        f"queries, p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, max "
        f"{latencies[-1] * 1000:.0f} ms, {len(errors)} errors; runaway answers (status: "
        f"count, -1 = cut off) {outcomes}; {restarts} workers stopped and restarted"
    )
    assert errors == []
    assert len(latencies) >= 100
    assert p99 < 1.0


def test_serve_refuses_a_worker_memory_below_128_mb() -> None:
    from click.testing import CliRunner

    from graphbuild.cli import main

    result = CliRunner().invoke(main, ["serve", "--worker-memory", "64"])
    assert result.exit_code == 2 and "--worker-memory" in result.output


def test_a_load_killed_half_way_leaves_nothing_after_the_next(
    built_dist: Path, tmp_path: Path
) -> None:
    half_loaded = tmp_path / ".store.loading-x1y2"
    half_loaded.mkdir()
    (half_loaded / "000001.sst").write_bytes(b"\0" * 64)
    load_store(built_dist, tmp_path / "store")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".store.lock", "store"]
