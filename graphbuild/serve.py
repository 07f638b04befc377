"""The SPARQL endpoint: the built graph, read-only, with every query bounded for real.

Oxigraph answers the queries. ``oxigraph load`` puts ``dist/graph.trig`` into a store
directory, and a pool of ``oxigraph serve-read-only`` processes opens that directory at once
(read-only processes may share it), each on its own loopback port with
``--union-default-graph``, so a query without ``GRAPH`` sees the data, provenance and ontology
graphs together.

In front of the pool a small standard-library HTTP server speaks the SPARQL 1.1 Protocol on
``/query`` only. Oxigraph's own ``--timeout-s`` is soft (a cross join or a streaming
``SELECT *`` runs on long after it) and, where it does fire, answers 200 with a truncated
body; so the workers run without it, and the front gives each query to one idle worker with
a deadline. When the deadline passes, or the answer grows past the size cap, the front
answers 503, kills that worker (SIGKILL) and starts a fresh one while the others keep
serving. The front buffers each answer, so a client gets either a whole result or a clear
error, never a truncated result with a 200.

Updates are refused (403 on ``/update``, and on ``/query`` for an ``update=`` form), and so is
``SERVICE``: a public endpoint must not fetch from addresses its users choose.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import logging
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from urllib.parse import parse_qs, urlsplit

from graphbuild.errors import EndpointError

log = logging.getLogger(__name__)

MAX_RESPONSE_BYTES = 50 * 1024 * 1024
MAX_REQUEST_BYTES = 1024 * 1024
STORE_MARKER = ".graphbuild-store"
_FORM = "application/x-www-form-urlencoded"
_SPARQL_QUERY = "application/sparql-query"
_SPARQL_UPDATE = "application/sparql-update"


def oxigraph_executable() -> Path:
    """The ``oxigraph`` program: beside this Python (the venv's bin/), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return beside
    found = shutil.which("oxigraph")
    if found is None:
        raise EndpointError(
            "the oxigraph program is not installed",
            hint="pip install oxigraph (into the same environment as graphbuild)",
        )
    return Path(found)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free on ``host`` now (another process may still take it before us)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def graph_source(dist_dir: Path) -> Path:
    """The file to serve: graph.trig (named graphs kept), else graph.nt."""
    for name in ("graph.trig", "graph.nt"):
        path = dist_dir / name
        if path.is_file():
            return path
    raise EndpointError(
        "no graph.trig or graph.nt to serve",
        str(dist_dir),
        "run `graphbuild build --out DIR` first and serve that DIR",
    )


def load_store(dist_dir: Path, store_dir: Path, *, timeout_s: float = 300.0) -> Path:
    """Load the built graph into an Oxigraph store at ``store_dir``; reuse it if up to date.

    The store is loaded beside ``store_dir``, compacted (``oxigraph optimize``) and renamed
    into place, so a failed load leaves the previous store. A non-empty directory that
    graphbuild did not make is never replaced.
    """
    source = graph_source(dist_dir)
    stamp = f"{source.name} {hashlib.sha256(source.read_bytes()).hexdigest()}\n"
    marker = store_dir / STORE_MARKER
    if marker.is_file() and marker.read_text(encoding="utf-8") == stamp:
        return store_dir
    if store_dir.exists() and any(store_dir.iterdir()) and not marker.is_file():
        raise EndpointError(
            "the store directory is not empty and was not made by graphbuild",
            str(store_dir),
            "give a new or empty directory (graphbuild replaces its own stores only)",
        )
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.loading-", dir=store_dir.parent))
    try:
        _oxigraph(
            ["load", "--location", str(scratch), "--file", str(source)],
            timeout_s,
            failure="oxigraph could not load the graph",
            where=str(source),
            hint="rebuild dist/ with `graphbuild build`",
        )
        # Compacted once here, the store answers lookups several times faster (the bulk
        # load leaves many small files to search through).
        _oxigraph(
            ["optimize", "--location", str(scratch)],
            timeout_s,
            failure="oxigraph could not compact the store",
            where=str(store_dir),
            hint="check the free disk space, then serve again",
        )
        (scratch / STORE_MARKER).write_text(stamp, encoding="utf-8")
        if store_dir.exists():
            shutil.rmtree(store_dir)
        os.replace(scratch, store_dir)
    finally:
        if scratch.exists():
            shutil.rmtree(scratch, ignore_errors=True)
    return store_dir


def _oxigraph(
    arguments: list[str], timeout_s: float, *, failure: str, where: str, hint: str
) -> None:
    """Run one ``oxigraph`` command to its end; an :class:`EndpointError` if it fails."""
    try:
        done = subprocess.run(
            [str(oxigraph_executable()), *arguments],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise EndpointError(
            f"{failure}: still running after {timeout_s:g} s", where, hint
        ) from None
    if done.returncode != 0:
        raise EndpointError(f"{failure}: {_first_lines(done.stderr)}", where, hint)


def _first_lines(text: str, count: int = 5) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[:count]) or "(no message)"


# Strings, IRIs and comments are skipped before looking for the SERVICE keyword, so a
# literal or an IRI that contains the word does not count.
_SKIPPED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*",
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)


def uses_service(query: str) -> bool:
    """Whether a query asks for a federated ``SERVICE`` call.

    >>> uses_service('SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT ?service { ?service <urn:x:service> "SERVICE" }  # SERVICE')
    False
    """
    return _SERVICE.search(_SKIPPED.sub(" ", query)) is not None


class _Expired(Exception):
    """The worker ran past the query deadline and was killed."""


class _TooLarge(Exception):
    """The answer grew past the size cap; the worker was killed."""


class _WorkerFailed(Exception):
    """The worker died or broke the connection on its own."""


class _Worker:
    """One ``oxigraph serve-read-only`` process on a loopback port."""

    def __init__(self, command: list[str], port: int) -> None:
        self.port = port
        self.expired = False
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        self.output: deque[str] = deque(maxlen=20)
        assert self.process.stdout is not None
        threading.Thread(target=self._drain, args=(self.process.stdout,), daemon=True).start()

    def _drain(self, stream: IO[bytes]) -> None:
        # Oxigraph writes a line or two; reading them keeps its pipe from ever filling up.
        for raw in stream:
            self.output.append(raw.decode("utf-8", "replace").rstrip())
        stream.close()

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_ready(self, deadline: float) -> bool:
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return True
            time.sleep(0.05)
        return False

    def kill(self) -> None:
        """SIGKILL and reap, so no zombie or orphan remains."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)

    def expire(self) -> None:
        self.expired = True
        self.kill()

    def exchange(
        self,
        method: str,
        target: str,
        body: bytes | None,
        headers: Mapping[str, str],
        *,
        timeout_s: float,
        max_bytes: int,
    ) -> tuple[int, str, bytes]:
        """Send one request; the answer's status, content type and whole body.

        A timer kills the process when the deadline passes: that closes its socket, so the
        read below ends at once whatever the process was doing.
        """
        watchdog = threading.Timer(timeout_s, self.expire)
        watchdog.daemon = True
        watchdog.start()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout_s + 5)
        try:
            connection.request(method, target, body=body, headers=dict(headers))
            response = connection.getresponse()
            declared = response.getheader("Content-Length")
            if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                self.kill()
                raise _TooLarge
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read1(65536):
                size += len(chunk)
                if size > max_bytes:
                    self.kill()
                    raise _TooLarge
                chunks.append(chunk)
            return response.status, response.getheader("Content-Type", ""), b"".join(chunks)
        except (OSError, http.client.HTTPException) as exc:
            if self.expired:
                raise _Expired from None
            raise _WorkerFailed(str(exc)) from None
        finally:
            watchdog.cancel()
            watchdog.join(timeout=15)  # a kill under way finishes before ``expired`` is read
            connection.close()


class _Pool:
    """N workers on one store; an idle queue hands each request to a free one."""

    def __init__(self, store_dir: Path, *, size: int, timeout_s: float) -> None:
        self._executable = str(oxigraph_executable())
        self._store_dir = store_dir
        self._timeout_s = timeout_s
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._closing = False
        self.size = size
        self.restarts = 0

    def _command(self, port: int) -> list[str]:
        # No --timeout-s: where Oxigraph's own timeout does fire, it answers 200 with a
        # truncated result followed by "The SPARQL operation has been cancelled". The
        # deadline of the front is the only limit, and it always ends in a clear 503.
        return [
            self._executable,
            "serve-read-only",
            "--location",
            str(self._store_dir),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ]

    def _spawn(self) -> _Worker:
        last = ""
        for _attempt in range(5):  # another process may take the port between free_port and bind
            port = free_port()
            with self._lock:
                if self._closing:
                    raise EndpointError("the endpoint is stopping")
                worker = _Worker(self._command(port), port)
                self._workers.add(worker)
            if worker.wait_ready(time.monotonic() + 15):
                return worker
            worker.kill()
            last = _first_lines("\n".join(worker.output))
            with self._lock:
                self._workers.discard(worker)
        raise EndpointError(
            f"oxigraph serve-read-only did not start: {last}",
            str(self._store_dir),
            "check that the store directory is readable and was loaded by graphbuild",
        )

    def start(self) -> None:
        for _ in range(self.size):
            self._idle.put(self._spawn())

    @property
    def pids(self) -> tuple[int, ...]:
        with self._lock:
            return tuple(sorted(w.pid for w in self._workers))

    def acquire(self, timeout_s: float) -> _Worker | None:
        try:
            return self._idle.get(timeout=timeout_s)
        except queue.Empty:
            return None

    def release(self, worker: _Worker) -> None:
        self._idle.put(worker)

    def replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another in the background; the others go on serving."""
        worker.kill()
        with self._lock:
            self._workers.discard(worker)
            if self._closing:
                return
            self.restarts += 1
        threading.Thread(target=self._restart, daemon=True).start()

    def _restart(self) -> None:
        try:
            self._idle.put(self._spawn())
        except EndpointError as exc:
            log.error("could not restart a worker: %s", exc)

    def close(self) -> None:
        with self._lock:
            self._closing = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.kill()


class _Front(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        pool: _Pool,
        *,
        timeout_s: float,
        max_response_bytes: int,
        max_pending: int,
    ) -> None:
        self.pool = pool
        self.timeout_s = timeout_s
        self.max_response_bytes = max_response_bytes
        self.pending = threading.BoundedSemaphore(max_pending)
        super().__init__(address, _FrontHandler)


class _FrontHandler(BaseHTTPRequestHandler):
    server: _Front
    protocol_version = "HTTP/1.1"
    server_version = "graphbuild-sparql"
    timeout = 60  # an idle or slow client connection is closed after this

    def log_message(self, format: str, *args: object) -> None:
        log.info("%s %s", self.address_string(), format % args)

    # -- routing -------------------------------------------------------------------------

    def do_GET(self) -> None:
        path, _, query_string = self.path.partition("?")
        if path == "/update":
            self._refuse_update(405)
        elif path != "/query":
            self._not_found()
        else:
            params = parse_qs(query_string, keep_blank_values=True)
            self._query(params.get("query", []), params, "GET", self.path, None, "")

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        body = self._read_body()
        if body is None:
            return
        if path == "/update":
            self._refuse_update(403)
            return
        if path != "/query":
            self._not_found()
            return
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == _FORM:
            params = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            texts = params.get("query", [])
        elif content_type == _SPARQL_QUERY:
            params, texts = {}, [body.decode("utf-8", "replace")]
        elif content_type == _SPARQL_UPDATE:
            self._refuse_update(403)
            return
        else:
            self._error(
                415,
                f"unsupported Content-Type {content_type or '(none)'}: send the query as "
                f"{_FORM} (query=...) or as {_SPARQL_QUERY}",
            )
            return
        self._query(texts, params, "POST", self.path, body, content_type)

    def do_OPTIONS(self) -> None:  # CORS preflight
        self.send_response(204)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Accept, Content-Type")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_PUT(self) -> None:
        self._refuse_update(405)

    def do_DELETE(self) -> None:
        self._refuse_update(405)

    def do_PATCH(self) -> None:
        self._refuse_update(405)

    # -- the query -----------------------------------------------------------------------

    def _query(
        self,
        texts: list[str],
        params: Mapping[str, list[str]],
        method: str,
        target: str,
        body: bytes | None,
        content_type: str,
    ) -> None:
        if "update" in params:
            self._refuse_update(403)
            return
        if len(texts) != 1:
            self._error(400, "give exactly one query: ?query=... or a POSTed query")
            return
        if uses_service(texts[0]):
            self._error(
                400,
                "SERVICE (federated query) is disabled on this endpoint: it does not fetch "
                "data from other servers; query them yourself and join the results",
            )
            return
        if not self.server.pending.acquire(blocking=False):
            self._error(503, "too many queries are waiting: try again shortly", retry=True)
            return
        try:
            self._forward(method, target, body, content_type)
        finally:
            self.server.pending.release()

    def _forward(self, method: str, target: str, body: bytes | None, content_type: str) -> None:
        front = self.server
        worker = front.pool.acquire(front.timeout_s)
        if worker is None:
            self._error(
                503,
                f"all {front.pool.size} query workers stayed busy for {front.timeout_s:g} s: "
                "try again shortly",
                retry=True,
            )
            return
        headers = {"Accept": self.headers.get("Accept") or "*/*"}
        if content_type:
            headers["Content-Type"] = content_type
        started = time.monotonic()
        try:
            status, answer_type, answer = worker.exchange(
                method,
                target,
                body,
                headers,
                timeout_s=front.timeout_s,
                max_bytes=front.max_response_bytes,
            )
        except _Expired:
            front.pool.replace(worker)
            log.warning("query stopped after %.1f s (worker killed)", time.monotonic() - started)
            self._error(
                503,
                f"the query ran past this endpoint's limit of {front.timeout_s:g} s and was "
                "stopped: make it more selective (bind variables, add LIMIT) or run it on "
                "the downloadable graph",
            )
            return
        except _TooLarge:
            front.pool.replace(worker)
            self._error(
                503,
                f"the answer grew past this endpoint's limit of {front.max_response_bytes} "
                "bytes and the query was stopped: add LIMIT/OFFSET or download the graph",
            )
            return
        except _WorkerFailed as exc:
            front.pool.replace(worker)
            self._error(502, f"the query worker failed ({exc}): try again")
            return
        if worker.expired:  # the deadline passed just as the answer was complete
            front.pool.replace(worker)
        else:
            front.pool.release(worker)
        self._send(status, answer_type or "application/octet-stream", answer)

    # -- answers -------------------------------------------------------------------------

    def _read_body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._error(411, "a POST needs a Content-Length")
            return None
        if int(length) > MAX_REQUEST_BYTES:
            self.close_connection = True
            self._error(413, f"the request is larger than {MAX_REQUEST_BYTES} bytes")
            return None
        return self.rfile.read(int(length))

    def _refuse_update(self, status: int) -> None:
        if status == 405:
            self.close_connection = True
        self._error(
            status,
            "this endpoint is read-only: updates, LOAD and graph store writes are refused; "
            "the SPARQL query endpoint is /query",
        )

    def _not_found(self) -> None:
        self._error(404, "not found: the SPARQL query endpoint is /query")

    def _error(self, status: int, message: str, *, retry: bool = False) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), retry)

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")

    def _send(self, status: int, content_type: str, body: bytes, retry: bool = False) -> None:
        try:
            self.send_response(status)
            self._cors()
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if status == 405:
                self.send_header("Allow", "GET, POST" if self.path.startswith("/query") else "")
            if retry:
                self.send_header("Retry-After", "5")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:  # the client went away; nothing to tell it
            self.close_connection = True


class EndpointServer:
    """The read-only SPARQL endpoint on a built graph, as a context manager.

    ``with EndpointServer(Path("dist"), port=0) as server: server.query_url`` starts the
    workers and the front; leaving the block stops them all and removes a temporary store.
    """

    def __init__(
        self,
        dist_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        timeout_s: float = 10.0,
        workers: int = 2,
        store_dir: Path | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        max_pending: int = 64,
    ) -> None:
        if workers < 1:
            raise EndpointError(f"workers must be at least 1, not {workers}")
        if timeout_s <= 0:
            raise EndpointError(f"the timeout must be positive, not {timeout_s}")
        self.dist_dir = Path(dist_dir)
        self.host = host
        self.port = port
        self.timeout_s = timeout_s
        self.workers = workers
        self.store_dir = store_dir
        self.max_response_bytes = max_response_bytes
        self.max_pending = max_pending
        self._scratch: Path | None = None
        self._pool: _Pool | None = None
        self._front: _Front | None = None
        self._thread: threading.Thread | None = None

    @property
    def query_url(self) -> str:
        if self._front is None:
            raise EndpointError("the endpoint is not running")
        host, port = self._front.server_address[:2]
        shown = f"[{host!s}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}/query"

    @property
    def worker_pids(self) -> tuple[int, ...]:
        """The process ids of the running Oxigraph workers."""
        return self._pool.pids if self._pool else ()

    @property
    def restarts(self) -> int:
        """How many workers were killed and replaced (deadline, size cap, crash)."""
        return self._pool.restarts if self._pool else 0

    def start(self) -> EndpointServer:
        try:
            if self.store_dir is None:
                self._scratch = Path(tempfile.mkdtemp(prefix="graphbuild-store-"))
                store = load_store(self.dist_dir, self._scratch / "store")
            else:
                store = load_store(self.dist_dir, Path(self.store_dir))
            self._pool = _Pool(store, size=self.workers, timeout_s=self.timeout_s)
            self._pool.start()
            try:
                self._front = _Front(
                    (self.host, self.port),
                    self._pool,
                    timeout_s=self.timeout_s,
                    max_response_bytes=self.max_response_bytes,
                    max_pending=self.max_pending,
                )
            except OSError as exc:
                raise EndpointError(
                    f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}",
                    hint="choose another --port (0 picks a free one)",
                ) from None
            self._thread = threading.Thread(
                target=self._front.serve_forever, name="sparql-front", daemon=True
            )
            self._thread.start()
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        """Stop the front, kill and reap every worker, remove a temporary store."""
        if self._front is not None:
            if self._thread is not None:
                self._front.shutdown()
                self._thread.join(timeout=10)
            self._front.server_close()
            self._front = None
            self._thread = None
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def __enter__(self) -> EndpointServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def serve(
    dist_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    timeout_s: float = 10.0,
    workers: int = 2,
    store_dir: Path | None = None,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the built graph in ``dist_dir`` until SIGINT or SIGTERM; then stop everything.

    ``on_ready`` gets the query endpoint URL once the endpoint answers.
    """
    stop = threading.Event()
    previous: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():  # signals reach the main thread
        for number in (signal.SIGINT, signal.SIGTERM):
            previous[number] = signal.signal(number, lambda *_: stop.set())
    try:
        with EndpointServer(
            dist_dir,
            host=host,
            port=port,
            timeout_s=timeout_s,
            workers=workers,
            store_dir=store_dir,
        ) as server:
            if on_ready is not None:
                on_ready(server.query_url)
            while not stop.wait(0.5):
                pass
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
