"""The SPARQL endpoint: the built graph, read-only, every query bounded, every client served.

Oxigraph answers the queries. ``oxigraph load`` puts ``dist/graph.trig`` into a store
directory, and a pool of ``oxigraph serve-read-only`` processes opens that directory at once
(read-only processes may share it) with ``--union-default-graph``, so a query without
``GRAPH`` sees the data, provenance and ontology graphs together.

In front of the pool a small standard-library HTTP server speaks the SPARQL 1.1 Protocol on
``/query`` only. What it guarantees, and how:

- **Nothing reaches out.** Each query is parsed (:mod:`graphbuild.query_guard`, in a child
  process the front can kill) and refused with a 400 if its algebra holds ``SERVICE``; a
  query that does not parse is a 400 that says why; updates are refused (403). Where the
  system allows it (root on Linux) every child also runs in a network namespace of its own
  with only loopback up (:mod:`graphbuild.worker_sandbox`): the front creates the sockets
  it talks to a worker with inside that namespace, so a worker cannot connect anywhere
  even if a query got past the parser.
- **FROM and FROM NAMED are honoured**: the worker gets them as the protocol's
  ``default-graph-uri`` and ``named-graph-uri`` (given in the request, those win, as the
  protocol says).
- **Every query ends by its deadline.** Oxigraph's own ``--timeout-s`` is soft, so the
  front gives each query (its check, its run and the sending of its answer) a deadline and
  kills the worker when it passes (503); a fresh worker replaces it while the others go on.
  Each worker's memory is capped (``RLIMIT_DATA``).
- **No client starves the others** (:mod:`graphbuild.fair_share`): a client (a source
  address) has a bounded number of queries and connections; a client whose queries run long
  shares all workers but one, and a short query waiting behind long ones preempts them.
- **Answers are streamed**: an answer up to ``BUFFER_BYTES`` is sent whole with its length;
  a longer one is relayed in chunks as the worker writes it, and if it breaks off (deadline,
  size cap) the connection is closed without the final chunk, so a client sees an
  incomplete answer, never a complete-looking truncated one.
- **No orphans.** Workers die with the front, whatever kills it (``PR_SET_PDEATHSIG``),
  and a temporary store left by a dead front is removed at the next start.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import http.client
import json
import logging
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from graphbuild import browse, query_guard, worker_sandbox
from graphbuild.errors import EndpointError
from graphbuild.fair_share import FairShare, NoWorkerFree, TooManyQueries
from graphbuild.query_guard import CHECKER_READY, CheckedQuery, QueryRefused, from_verdict

log = logging.getLogger(__name__)

MAX_RESPONSE_BYTES = 50 * 1024 * 1024
MAX_REQUEST_BYTES = 1024 * 1024
#: An answer up to this size is sent whole, with its Content-Length; longer ones are streamed.
BUFFER_BYTES = 1024 * 1024
#: The memory (data segment) one worker may use; a query needing more stops it (503).
WORKER_MEMORY_BYTES = 1024 * 1024 * 1024
STORE_MARKER = ".graphbuild-store"
SCRATCH_PREFIX = "graphbuild-store-"
_SCRATCH_LOCK = ".lock"
_WORKER_PORT = 7878  # inside a worker's own network namespace, every worker may use it
_FORM = "application/x-www-form-urlencoded"
_SPARQL_QUERY = "application/sparql-query"
_SPARQL_UPDATE = "application/sparql-update"
_DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri")
_VERDICT_CACHE_SIZE = 512
_VERDICT_CACHE_MAX_CHARS = 16 * 1024


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
    graphbuild did not make is never replaced. Two loads of one store wait for each other
    (a lock file beside it), and the half-loaded copies a killed load left are removed.
    """
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(store_dir.parent / f".{store_dir.name}.lock", "ab") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for stale in store_dir.parent.glob(f".{store_dir.name}.loading-*"):
            shutil.rmtree(stale, ignore_errors=True)
        return _load_store(dist_dir, store_dir, timeout_s)


def _load_store(dist_dir: Path, store_dir: Path, timeout_s: float) -> Path:
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


# -- temporary stores ---------------------------------------------------------------------


def remove_stale_stores(root: Path, *, min_age_s: float = 600.0) -> list[Path]:
    """Remove the temporary stores under ``root`` whose server is gone; the paths removed.

    A running server holds a lock on its store's ``.lock`` file for as long as it runs (the
    kernel drops it when the process dies, ``kill -9`` included), so a store whose lock can
    be taken has no server. A store without the file (made by an older graphbuild, or being
    made this very moment) is removed once older than ``min_age_s``. Only directories of
    this user are touched.
    """
    removed = []
    for path in sorted(root.glob(SCRATCH_PREFIX + "*")):
        try:
            info = path.lstat()
        except OSError:
            continue
        if not path.is_dir() or path.is_symlink() or info.st_uid != os.geteuid():
            continue
        try:
            descriptor = os.open(path / _SCRATCH_LOCK, os.O_RDWR | os.O_NOFOLLOW)
        except FileNotFoundError:
            stale = time.time() - info.st_mtime > min_age_s
        except OSError:
            continue
        else:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                stale = True
            except OSError:
                stale = False  # its server is running
            finally:
                os.close(descriptor)
        if stale:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


class _ScratchStore:
    """A temporary store directory, locked for as long as this process serves it."""

    def __init__(self, root: Path) -> None:
        for path in remove_stale_stores(root):
            log.info("removed the store of a server that is gone: %s", path)
        self.path = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=root))
        self._lock = os.open(self.path / _SCRATCH_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._lock, fcntl.LOCK_EX)

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        os.close(self._lock)


# -- the sandbox and the network namespaces -------------------------------------------------

_CLONE_NEWNET = worker_sandbox.CLONE_NEWNET


class _NetworkNamespace:
    """A child's network namespace: sockets made here can reach its loopback, nothing else.

    ``setns`` moves the calling thread only; the socket keeps the namespace it was made in,
    so the thread moves back at once and the socket is used like any other.
    """

    _switch = threading.Lock()
    _libc: ctypes.CDLL | None = None
    _own: int | None = None

    def __init__(self, pid: int) -> None:
        cls = type(self)
        with cls._switch:
            if cls._libc is None:
                cls._libc = ctypes.CDLL(None, use_errno=True)
                cls._own = os.open("/proc/thread-self/ns/net", os.O_RDONLY | os.O_CLOEXEC)
        self._descriptor = os.open(f"/proc/{pid}/ns/net", os.O_RDONLY | os.O_CLOEXEC)
        own = os.fstat(cls._own or 0)
        theirs = os.fstat(self._descriptor)
        if (own.st_dev, own.st_ino) == (theirs.st_dev, theirs.st_ino):
            os.close(self._descriptor)
            raise EndpointError(f"process {pid} shares the front's network namespace")

    def socket(self) -> socket.socket:
        cls = type(self)
        assert cls._libc is not None and cls._own is not None
        with cls._switch:
            if self._descriptor < 0:
                raise OSError(errno.ESRCH, "the worker has stopped")
            if cls._libc.setns(self._descriptor, _CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), "setns into a worker's network namespace")
            try:
                return socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            finally:
                if cls._libc.setns(cls._own, _CLONE_NEWNET) != 0:
                    log.critical("could not return to the front's network namespace")
                    os._exit(70)  # never serve clients from a worker's namespace

    def close(self) -> None:
        # Once only, and never while a socket is being made: a descriptor closed twice may
        # close another thread's new socket that reused its number.
        with type(self)._switch:
            if self._descriptor >= 0:
                os.close(self._descriptor)
                self._descriptor = -1


def _isolation_wanted(isolate: bool | None) -> bool:
    if isolate is None:  # where it can work: root on Linux
        return sys.platform == "linux" and os.geteuid() == 0
    return isolate


class _Launcher:
    """Starts every child in the sandbox, always from one long-lived thread.

    ``PR_SET_PDEATHSIG`` fires when the *thread* that started a child ends, not the process:
    so no child is started from a short-lived thread (a request's, a restart's).
    """

    def __init__(self, *, memory_bytes: int, isolate: bool | None) -> None:
        self.memory_bytes = memory_bytes
        self.isolate = _isolation_wanted(isolate)
        self.required = isolate is True
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sparql-spawner")
        if self.isolate:
            self._probe()

    def _probe(self) -> None:
        """Whether the sandbox can isolate here (root in a container may lack the right)."""
        probe = self.start([sys.executable, "-I", "-S", "-c", ""], stdin=False)
        out, _ = probe.communicate(timeout=30)
        line = out.decode("utf-8", "replace").splitlines()[0] if out else "(no report)"
        if line == worker_sandbox.ISOLATED:
            return
        if self.required:
            self.close()
            raise EndpointError(
                f"the workers cannot have a network namespace of their own: {line}",
                hint="run as root on Linux (with CAP_SYS_ADMIN), or leave isolation on auto",
            )
        log.warning("the workers share the network: %s", line)
        self.isolate = False

    def start(self, program: list[str], *, stdin: bool) -> subprocess.Popen[bytes]:
        command = [
            sys.executable,
            "-I",
            "-S",
            worker_sandbox.__file__,
            "--parent",
            str(os.getpid()),
            "--memory",
            str(self.memory_bytes),
            *(["--isolate"] if self.isolate else []),
            "--",
            *program,
        ]

        # A backtrace after a failed allocation can hang the dying worker: none, then.
        environment = {**os.environ, "RUST_BACKTRACE": "0"}

        def popen() -> subprocess.Popen[bytes]:
            return subprocess.Popen(
                command,
                env=environment,
                stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT if not stdin else subprocess.PIPE,
            )

        try:
            return self._thread.submit(popen).result()
        except RuntimeError:  # shut down: a restart that comes after the endpoint stopped
            raise EndpointError("the endpoint is stopping") from None

    def close(self) -> None:
        self._thread.shutdown(wait=True)


def _report(line: str, pid: int, launcher: _Launcher) -> _NetworkNamespace | None:
    """The child's namespace from its sandbox's first line; None where it shares ours."""
    if line == worker_sandbox.ISOLATED:
        return _NetworkNamespace(pid)
    if launcher.isolate or not line.startswith(worker_sandbox.SHARED):  # the probe said yes
        raise EndpointError(
            f"a child of the endpoint could not be sandboxed: {line or '(no report)'}",
            hint="check the free memory and the process limits, then serve again",
        )
    return None


def _kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


class _Worker:
    """One ``oxigraph serve-read-only`` process, sandboxed, on a loopback port."""

    def __init__(self, launcher: _Launcher, store_dir: Path) -> None:
        self.namespace: _NetworkNamespace | None = None
        self.port = _WORKER_PORT if launcher.isolate else free_port()
        self.process = launcher.start(
            [
                str(oxigraph_executable()),
                "serve-read-only",
                "--location",
                str(store_dir),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--union-default-graph",
            ],
            stdin=False,
        )
        self.output: deque[str] = deque(maxlen=20)
        self._reported = threading.Event()
        self._first_line = ""
        assert self.process.stdout is not None
        threading.Thread(target=self._drain, args=(self.process.stdout,), daemon=True).start()

    def _drain(self, stream: IO[bytes]) -> None:
        # The sandbox's line, then Oxigraph's: read, so its pipe never fills up.
        for raw in stream:
            line = raw.decode("utf-8", "replace").rstrip()
            if not self._reported.is_set():
                self._first_line = line
                self._reported.set()
            self.output.append(line)
        self._reported.set()
        stream.close()

    @property
    def pid(self) -> int:
        return self.process.pid

    def connect(self, timeout_s: float) -> socket.socket:
        sock = (
            self.namespace.socket()
            if self.namespace
            else socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        )
        try:
            sock.settimeout(timeout_s)
            sock.connect(("127.0.0.1", self.port))
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            sock.close()
            raise
        return sock

    def wait_ready(self, launcher: _Launcher, deadline: float) -> bool:
        if not self._reported.wait(max(0.0, deadline - time.monotonic())):
            return False
        if self.process.poll() is not None:
            return False
        self.namespace = _report(self._first_line, self.pid, launcher)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            with contextlib.suppress(OSError):
                self.connect(0.5).close()
                return True
            time.sleep(0.02)
        return False

    def alive(self) -> bool:
        return self.process.poll() is None

    def ran_out_of_memory(self) -> bool:
        """Whether the process ended (or is ending) by a failed allocation: its memory cap."""
        try:
            self.process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return False
        time.sleep(0.05)  # the drain thread reads the last lines
        return any("memory allocation" in line for line in self.output)

    def kill(self) -> None:
        """SIGKILL and reap, so no zombie or orphan remains."""
        _kill(self.process)
        if self.namespace is not None:
            self.namespace.close()


class _Checker:
    """One :mod:`graphbuild.query_guard` process, sandboxed: parses queries on request."""

    def __init__(self, launcher: _Launcher) -> None:
        # -I: the module runs as a script, with neither the working folder nor PYTHONPATH
        # on its path (it needs rdflib only).
        self.process = launcher.start([sys.executable, "-I", query_guard.__file__], stdin=True)
        self.output: deque[str] = deque(maxlen=20)
        assert self.process.stderr is not None
        threading.Thread(target=self._drain, args=(self.process.stderr,), daemon=True).start()

    def _drain(self, stream: IO[bytes]) -> None:
        for raw in stream:
            self.output.append(raw.decode("utf-8", "replace").rstrip())
        stream.close()

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().decode("utf-8", "replace").rstrip("\n")

    def wait_ready(self, launcher: _Launcher, deadline: float) -> bool:
        # A kill at the deadline ends a read that would otherwise wait for ever.
        timer = threading.Timer(max(0.0, deadline - time.monotonic()), _kill, (self.process,))
        timer.daemon = True
        timer.start()
        try:
            namespace = _report(self._line(), self.process.pid, launcher)
            if namespace is not None:
                namespace.close()
            return self._line() == CHECKER_READY
        finally:
            timer.cancel()

    def check(self, text: str) -> dict[str, Any]:
        """The verdict on ``text``; OSError if the process died (or was killed) meanwhile."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"query": text}).encode("ascii") + b"\n")
        self.process.stdin.flush()
        line = self._line()
        if not line:
            raise OSError(errno.EPIPE, "the query checker ended")
        answer = json.loads(line)
        assert isinstance(answer, dict)
        return answer

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        _kill(self.process)


class _Lease:
    """One query's hold on a slot: why it was stopped, if it was, and whom to tell."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.started = time.monotonic()
        self.stopped: str | None = None
        self.abort_client: Callable[[], None] | None = None


class _Slot:
    """A worker and its checker, held by one query at a time."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.worker: _Worker | None = None
        self.checker: _Checker | None = None
        self.phase = "idle"  # idle, checking, querying
        self.lease: _Lease | None = None
        self.lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<slot {self.number}>"

    def begin(self, deadline: float) -> _Lease:
        with self.lock:
            self.lease = _Lease(deadline)
            self.phase = "idle"
            return self.lease

    def enter(self, lease: _Lease, phase: str) -> bool:
        """Move to ``phase``; False if the lease was stopped already."""
        with self.lock:
            if lease.stopped is not None or self.lease is not lease:
                return False
            self.phase = phase
            return True

    def end(self, lease: _Lease) -> None:
        with self.lock:
            if self.lease is lease:
                self.lease = None
                self.phase = "idle"

    def stop(self, reason: str, lease: _Lease | None = None) -> bool:
        """Stop the query holding the slot (``lease``, if given, must be it) by killing the
        process it is using; False if that query had ended already."""
        with self.lock:
            current = self.lease
            if current is None or (lease is not None and current is not lease):
                return False
            if current.stopped is None:
                current.stopped = reason
            victim: _Worker | _Checker | None = (
                self.checker if self.phase == "checking" else self.worker
            )
            abort = current.abort_client
        if victim is not None:
            victim.kill()
        if abort is not None:
            with contextlib.suppress(OSError):
                abort()
        return True


class _Pool:
    """The slots, shared among clients by :class:`FairShare`, restarted when stopped."""

    def __init__(
        self,
        store_dir: Path,
        *,
        size: int,
        long_after_s: float,
        max_per_client: int,
        memory_bytes: int,
        isolate: bool | None,
    ) -> None:
        self._store_dir = store_dir
        self._launcher = _Launcher(memory_bytes=memory_bytes, isolate=isolate)
        self.memory_bytes = memory_bytes
        self.size = size
        self.share: FairShare[_Slot] = FairShare(
            size=size, long_after_s=long_after_s, max_per_client=max_per_client
        )
        self._slots = [_Slot(number) for number in range(size)]
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._verdicts: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._checking: dict[str, threading.Event] = {}  # texts being checked now
        self.restarts = 0
        self.isolated = False

    # -- starting and stopping --------------------------------------------------------------

    def _ready(self, slot: _Slot) -> None:
        """Start what is not running in ``slot``: the worker, the checker, or both."""
        deadline = time.monotonic() + 30
        if slot.worker is None or not slot.worker.alive():
            slot.worker = self._start_worker(deadline)
        if slot.checker is None or not slot.checker.alive():
            slot.checker = self._start_checker(deadline)

    def _start_worker(self, deadline: float) -> _Worker:
        last = ""
        for _attempt in range(5):  # unisolated, another process may take the port first
            if self._closing.is_set():
                raise EndpointError("the endpoint is stopping")
            worker = _Worker(self._launcher, self._store_dir)
            if worker.wait_ready(self._launcher, deadline):
                return worker
            worker.kill()
            last = _first_lines("\n".join(worker.output))
        raise EndpointError(
            f"oxigraph serve-read-only did not start: {last}",
            str(self._store_dir),
            "check that the store directory is readable and was loaded by graphbuild",
        )

    def _start_checker(self, deadline: float) -> _Checker:
        if self._closing.is_set():
            raise EndpointError("the endpoint is stopping")
        checker = _Checker(self._launcher)
        if checker.wait_ready(self._launcher, deadline):
            return checker
        checker.kill()
        raise EndpointError(
            f"the query checker did not start: {_first_lines(chr(10).join(checker.output))}",
            hint="check that graphbuild and rdflib are installed in this environment",
        )

    def start(self) -> None:
        with ThreadPoolExecutor(max_workers=self.size) as starting:  # all slots at once
            for started in [starting.submit(self._ready, slot) for slot in self._slots]:
                started.result()
        self.isolated = all(
            slot.worker is not None and slot.worker.namespace is not None for slot in self._slots
        )
        for slot in self._slots:
            self.share.add(slot)
        threading.Thread(target=self._watch, name="sparql-fairness", daemon=True).start()

    def _watch(self) -> None:
        """Stop the long queries that hold the worker a short query waits for."""
        while not self._closing.wait(0.05):
            for slot in self.share.tick():
                log.info("%r preempted for a short query", slot)
                slot.stop("preempted")
                self._restart_later(slot)

    def retire(self, slot: _Slot, reason: str, lease: _Lease) -> None:
        """Stop ``lease``'s query on ``slot`` and restart what that killed.

        Nothing happens if the query has ended (a deadline that fired as it finished must
        not stop the next query on the slot) or was stopped already.
        """
        with slot.lock:
            if slot.lease is not lease or lease.stopped is not None:
                return
            if not self.share.remove(slot):  # taken out by a preemption, being stopped
                return
            lease.stopped = reason
        slot.stop(reason, lease)
        self._restart_later(slot)

    def _restart_later(self, slot: _Slot) -> None:
        with self._lock:
            if self._closing.is_set():
                return
            self.restarts += 1
        threading.Thread(target=self._restart, args=(slot,), daemon=True).start()

    def _restart(self, slot: _Slot) -> None:
        started = time.monotonic()
        for worker_or_checker in (slot.worker, slot.checker):  # reap what was killed
            if worker_or_checker is not None and not worker_or_checker.alive():
                worker_or_checker.kill()
        try:
            self._ready(slot)
            log.info("%r restarted in %.2f s", slot, time.monotonic() - started)
        except EndpointError as exc:
            if not self._closing.is_set():
                log.error("could not restart a worker: %s", exc)
            return
        if self._closing.is_set():
            return
        self.share.add(slot)

    @property
    def pids(self) -> tuple[int, ...]:
        found = []
        for slot in self._slots:
            for part in (slot.worker, slot.checker):
                if part is not None and part.alive():
                    found.append(part.process.pid)
        return tuple(sorted(found))

    @property
    def worker_pids(self) -> tuple[int, ...]:
        return tuple(
            sorted(s.worker.pid for s in self._slots if s.worker is not None and s.worker.alive())
        )

    def close(self) -> None:
        self._closing.set()
        for slot in self._slots:
            for part in (slot.worker, slot.checker):
                if part is not None:
                    part.kill()
        self._launcher.close()

    # -- the queries ------------------------------------------------------------------------

    def cached_verdict(self, text: str, *, wait_s: float = 0.0) -> dict[str, Any] | None:
        """The verdict on ``text`` if known; if it is being checked, wait up to ``wait_s``
        for that check rather than parse the same text again."""
        with self._lock:
            answer = self._verdicts.get(text)
            if answer is not None:
                self._verdicts.move_to_end(text)
                return answer
            under_way = self._checking.get(text)
        if under_way is None or not under_way.wait(wait_s):
            return None
        with self._lock:
            return self._verdicts.get(text)

    def check(self, slot: _Slot, lease: _Lease, text: str) -> CheckedQuery:
        """Check ``text`` on the slot's checker; QueryRefused, or _Stopped by the deadline."""
        if not slot.enter(lease, "checking") or slot.checker is None:
            raise _Stopped
        cached = len(text) <= _VERDICT_CACHE_MAX_CHARS
        with self._lock:
            done = threading.Event()
            first = cached and self._checking.setdefault(text, done) is done
        try:
            answer = slot.checker.check(text)
            if cached:
                with self._lock:
                    self._verdicts[text] = answer
                    while len(self._verdicts) > _VERDICT_CACHE_SIZE:
                        self._verdicts.popitem(last=False)
        except (OSError, ValueError, AssertionError):
            if lease.stopped is None:
                self.retire(slot, "failed", lease)
            raise _Stopped from None
        finally:
            if first:
                with self._lock:
                    del self._checking[text]
                done.set()
        return from_verdict(answer)

    def finish(self, slot: _Slot, lease: _Lease) -> None:
        """The query is done with ``slot``: back to the idle ones, unless it was stopped."""
        slot.end(lease)
        if lease.stopped is None:
            self.share.release(slot)


class _Stopped(Exception):
    """The query's slot was stopped (deadline, preemption, size cap, a process that died)."""


class _ClientGone(Exception):
    """The client closed its connection (or it was cut) while its answer was being sent."""


class _WorkerConnection(http.client.HTTPConnection):
    """An HTTP connection to a worker, through a socket made in the worker's namespace."""

    def __init__(self, worker: _Worker, timeout_s: float) -> None:
        super().__init__("127.0.0.1", worker.port, timeout=timeout_s)
        self._worker = worker

    def connect(self) -> None:
        self.sock = self._worker.connect(float(self.timeout or 30))


class _Front(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # the listen backlog: bursts of connections wait, not fail

    def __init__(
        self,
        address: tuple[str, int],
        pool: _Pool,
        *,
        timeout_s: float,
        queue_timeout_s: float,
        max_response_bytes: int,
        max_pending: int,
        max_connections_per_client: int,
        max_connections: int,
        pages: browse.Browse | None = None,
    ) -> None:
        self.pool = pool
        self.pages = pages
        self.timeout_s = timeout_s
        self.queue_timeout_s = queue_timeout_s
        self.max_response_bytes = max_response_bytes
        self.pending = threading.BoundedSemaphore(max_pending)
        self.max_connections_per_client = max_connections_per_client
        self.max_connections = max_connections
        self._connections: dict[str, int] = {}
        self._connections_lock = threading.Lock()
        super().__init__(address, _FrontHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        client = str(client_address[0])
        with self._connections_lock:
            open_here = self._connections.get(client, 0)
            total = sum(self._connections.values())
            refused = open_here >= self.max_connections_per_client or total >= self.max_connections
            if not refused:
                self._connections[client] = open_here + 1
        if refused:
            _refuse_connection(request)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            client = str(client_address[0])
            with self._connections_lock:
                left = self._connections.get(client, 1) - 1
                if left > 0:
                    self._connections[client] = left
                else:
                    self._connections.pop(client, None)


def _refuse_connection(request: socket.socket) -> None:
    """A 429 sent without waiting (the accepting thread must never block), then close."""
    body = b"too many connections from your address: close some and try again\n"
    head = (
        "HTTP/1.1 429 Too Many Requests\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nRetry-After: 5\r\nConnection: close\r\n\r\n"
    )
    with contextlib.suppress(OSError):
        request.setblocking(False)
        request.send(head.encode("ascii") + body)


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
            self._browse(path, query_string)
        else:
            params = parse_qs(query_string, keep_blank_values=True)
            self._query(params.get("query", []), params)

    def do_HEAD(self) -> None:
        path, _, query_string = self.path.partition("?")
        if path in ("/query", "/update"):
            self._error(405, "send the query with GET or POST")
        else:
            self._browse(path, query_string)

    # -- pages for people, files for machines (graphbuild.browse) --------------------------

    def _browse(self, path: str, query_string: str) -> None:
        """The query page, its assets, entity pages and the dataset's files; a 404 else.

        None of these runs a visitor's query: entities are looked up by IRI in the store
        (read-only, bounded), files are the build's own, every value in HTML is escaped."""
        pages = self.server.pages
        if pages is None:
            self._not_found()
            return
        answer = pages.answer(
            path,
            query_string,
            accept=self.headers.get("Accept"),
            accept_language=self.headers.get("Accept-Language"),
        )
        self._send_answer(answer)

    def _send_answer(self, answer: browse.Answer) -> None:
        try:
            self.send_response(answer.status)
            self._cors()
            self.send_header("Content-Type", answer.media_type)
            for name, value in answer.headers:
                self.send_header(name, value)
            if answer.file is not None:
                size = answer.file.stat().st_size
                self.send_header("Content-Length", str(size))
                self.end_headers()
                if self.command != "HEAD":
                    with open(answer.file, "rb") as source:
                        while block := source.read(65536):
                            self.wfile.write(block)
                return
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)
        except OSError:
            self.close_connection = True

    def do_POST(self) -> None:
        target = urlsplit(self.path)
        body = self._read_body()
        if body is None:
            return
        if target.path == "/update":
            self._refuse_update(403)
            return
        if target.path != "/query":
            self._not_found()
            return
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == _FORM:
            params = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            texts = params.get("query", [])
        elif content_type == _SPARQL_QUERY:
            # The dataset may come in the URL of a direct POST (SPARQL 1.1 Protocol 2.1.3).
            params = parse_qs(target.query, keep_blank_values=True)
            texts = [body.decode("utf-8", "replace")]
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
        self._query(texts, params)

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

    def _query(self, texts: list[str], params: Mapping[str, list[str]]) -> None:
        if "update" in params:
            self._refuse_update(403)
            return
        if len(texts) != 1:
            self._error(400, "give exactly one query: ?query=... or a POSTed query")
            return
        front = self.server
        cached = front.pool.cached_verdict(texts[0], wait_s=front.timeout_s)
        if cached is not None and not cached.get("ok"):
            self._error(int(cached.get("status", 400)), str(cached["message"]))
            return
        if not front.pending.acquire(blocking=False):
            self._error(503, "too many queries are waiting: try again shortly", retry=True)
            return
        try:
            self._run(texts[0], params, cached)
        finally:
            front.pending.release()

    def _run(
        self, text: str, params: Mapping[str, list[str]], cached: dict[str, Any] | None
    ) -> None:
        front = self.server
        pool = front.pool
        client = str(self.client_address[0])
        try:
            slot = pool.share.acquire(client, timeout_s=front.queue_timeout_s)
        except TooManyQueries:
            self._error(
                429,
                f"your address already has {pool.share.max_per_client} queries waiting or "
                "running here: wait for their answers before sending more",
                retry=True,
            )
            return
        except NoWorkerFree as busy:
            self._error(503, self._busy_message(busy.long), retry=True)
            return
        lease = slot.begin(time.monotonic() + front.timeout_s)
        watchdog = threading.Timer(front.timeout_s, pool.retire, (slot, "expired", lease))
        watchdog.daemon = True
        watchdog.start()
        try:
            checked = from_verdict(cached) if cached else pool.check(slot, lease, text)
            self._relay(slot, lease, checked, params)
        except QueryRefused as refused:
            self._error(refused.status, refused.message)
        except _Stopped:
            self._stopped(slot, lease, headers_sent=False)
        finally:
            watchdog.cancel()
            pool.finish(slot, lease)

    def _busy_message(self, long: bool) -> str:
        front = self.server
        if long:
            return (
                f"your recent queries ran longer than {front.pool.share.long_after_s:g} s, and "
                f"such queries share {max(1, front.pool.size - 1)} of the "
                f"{front.pool.size} workers, all busy for {front.queue_timeout_s:g} s: try again "
                "later, or make your queries more selective"
            )
        return (
            f"all {front.pool.size} query workers stayed busy for {front.queue_timeout_s:g} s: "
            "try again shortly"
        )

    def _stopped(self, slot: _Slot, lease: _Lease, *, headers_sent: bool) -> None:
        """Tell the client why its query was stopped (or cut its answer off)."""
        front = self.server
        if lease.stopped is None:  # the worker (or checker) died on its own
            worker = slot.worker
            memory = worker is not None and worker.ran_out_of_memory()
            front.pool.retire(slot, "memory" if memory else "failed", lease)
        if headers_sent:
            self.close_connection = True  # no final chunk: the client sees a broken answer
            return
        reason = lease.stopped
        elapsed = time.monotonic() - lease.started
        if reason == "expired":
            log.warning("query stopped after %.1f s (worker killed)", elapsed)
            self._error(
                503,
                f"the query ran past this endpoint's limit of {front.timeout_s:g} s and was "
                "stopped: make it more selective (bind variables, add LIMIT) or run it on "
                "the downloadable graph",
            )
        elif reason == "preempted":
            self._error(
                503,
                f"the query was stopped after {elapsed:.1f} s to let shorter queries through: "
                f"while queries longer than {front.pool.share.long_after_s:g} s hold the "
                "other workers, one is kept for short ones; make it more selective, or try "
                "again when the endpoint is less busy",
                retry=True,
            )
        elif reason == "too-large":
            self._error(
                503,
                f"the answer grew past this endpoint's limit of {front.max_response_bytes} "
                "bytes and the query was stopped: add LIMIT/OFFSET or download the graph",
            )
        elif reason == "memory":
            self._error(
                503,
                f"the query needed more memory than a worker may use "
                f"({front.pool.memory_bytes // (1024 * 1024)} MB) and was stopped: make it "
                "more selective (fewer rows to sort, group or keep distinct)",
            )
        else:
            self._error(502, "the query worker failed: try again")

    def _worker_request(
        self, checked: CheckedQuery, params: Mapping[str, list[str]]
    ) -> tuple[bytes, dict[str, str]]:
        fields: list[tuple[str, str]] = [("query", checked.text)]
        if any(params.get(name) for name in _DATASET_PARAMETERS):
            # The protocol's dataset overrides the query's (SPARQL 1.1 Protocol 2.1.4).
            for name in _DATASET_PARAMETERS:
                fields.extend((name, value) for value in params.get(name, []))
        else:
            fields.extend(("default-graph-uri", iri) for iri in checked.default_graphs)
            fields.extend(("named-graph-uri", iri) for iri in checked.named_graphs)
        headers = {"Accept": self.headers.get("Accept") or "*/*", "Content-Type": _FORM}
        return urlencode(fields).encode("utf-8"), headers

    def _relay(
        self,
        slot: _Slot,
        lease: _Lease,
        checked: CheckedQuery,
        params: Mapping[str, list[str]],
    ) -> None:
        """Send the checked query to the slot's worker and its answer to the client."""
        front = self.server
        if not slot.enter(lease, "querying") or slot.worker is None:
            raise _Stopped
        body, headers = self._worker_request(checked, params)
        remaining = max(0.1, lease.deadline - time.monotonic())
        connection = _WorkerConnection(slot.worker, remaining + 5)
        headers_sent = False
        try:
            connection.request("POST", "/query", body=body, headers=headers)
            response = connection.getresponse()
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > front.max_response_bytes:
                front.pool.retire(slot, "too-large", lease)
                raise _Stopped
            content_type = response.getheader("Content-Type") or "application/octet-stream"
            chunks: list[bytes] = []
            size = 0
            ended = False
            while size <= BUFFER_BYTES:
                chunk = response.read1(65536)
                if not chunk:
                    ended = True
                    break
                size += len(chunk)
                chunks.append(chunk)
            if size > front.max_response_bytes:
                front.pool.retire(slot, "too-large", lease)
                raise _Stopped
            if ended:
                self._send(response.status, content_type, b"".join(chunks))
                return
            headers_sent = True
            if self.request_version == "HTTP/1.0":
                self._spooled(response, response.status, content_type, chunks, size, lease, slot)
            else:
                self._chunked(response, response.status, content_type, chunks, size, lease, slot)
        except _ClientGone:
            if lease.stopped is None:  # the worker stops when its connection closes below
                self.close_connection = True
            else:
                self._stopped(slot, lease, headers_sent=True)
        except (OSError, http.client.HTTPException, _Stopped):
            self._stopped(slot, lease, headers_sent=headers_sent)
        finally:
            lease.abort_client = None
            connection.close()

    def _more(
        self, response: http.client.HTTPResponse, size: int, lease: _Lease, slot: _Slot
    ) -> tuple[bytes, int]:
        chunk = response.read1(65536)
        size += len(chunk)
        if size > self.server.max_response_bytes:
            self.server.pool.retire(slot, "too-large", lease)
            raise _Stopped
        return chunk, size

    def _chunked(
        self,
        response: http.client.HTTPResponse,
        status: int,
        content_type: str,
        chunks: list[bytes],
        size: int,
        lease: _Lease,
        slot: _Slot,
    ) -> None:
        self.send_response(status)
        self._cors()
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        connection = self.connection
        lease.abort_client = lambda: connection.shutdown(socket.SHUT_RDWR)
        for chunk in chunks:
            self._write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        chunks.clear()
        while True:
            chunk, size = self._more(response, size, lease, slot)
            if not chunk:
                break
            self._write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        if lease.stopped is not None:
            raise _Stopped
        self._write(b"0\r\n\r\n")

    def _write(self, data: bytes) -> None:
        try:
            self.wfile.write(data)
        except OSError:
            raise _ClientGone from None

    def _spooled(
        self,
        response: http.client.HTTPResponse,
        status: int,
        content_type: str,
        chunks: list[bytes],
        size: int,
        lease: _Lease,
        slot: _Slot,
    ) -> None:
        # HTTP/1.0 has no chunks: the answer goes to a temporary file, then out whole.
        with tempfile.SpooledTemporaryFile(max_size=BUFFER_BYTES) as spool:
            for chunk in chunks:
                spool.write(chunk)
            chunks.clear()
            while True:
                chunk, size = self._more(response, size, lease, slot)
                if not chunk:
                    break
                spool.write(chunk)
            if lease.stopped is not None:
                raise _Stopped
            spool.seek(0)
            self.send_response(status)
            self._cors()
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            while block := spool.read(65536):
                self._write(block)

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
        self._error(404, "not found: the SPARQL query endpoint is /query, the query page /")

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
    ``isolate_network``: None (the default) puts the workers in network namespaces of their
    own where that works (root on Linux), True requires it, False never does it.
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
        max_pending: int = 256,
        max_per_client: int = 16,
        long_query_s: float = 1.0,
        max_connections_per_client: int = 64,
        max_connections: int = 1024,
        worker_memory_bytes: int = WORKER_MEMORY_BYTES,
        isolate_network: bool | None = None,
        scratch_root: Path | None = None,
        queue_timeout_s: float | None = None,
        sources: Sequence[Path] = (),
        pages: bool = True,
    ) -> None:
        if workers < 1:
            raise EndpointError(f"workers must be at least 1, not {workers}")
        if not (math.isfinite(timeout_s) and timeout_s > 0):
            raise EndpointError(
                f"the timeout must be a positive number of seconds, not {timeout_s}",
                hint="give --timeout a value such as 10",
            )
        self.dist_dir = Path(dist_dir)
        self.host = host
        self.port = port
        self.timeout_s = timeout_s
        # A query may wait for a worker twice as long as it may run: a new client is not
        # known yet for short queries, and may wait behind a few unknown runaways, each
        # stopped after ``long_query_s``.
        self.queue_timeout_s = 2 * timeout_s if queue_timeout_s is None else queue_timeout_s
        self.workers = workers
        self.store_dir = store_dir
        self.max_response_bytes = max_response_bytes
        self.max_pending = max_pending
        self.max_per_client = max_per_client
        self.long_query_s = long_query_s
        self.max_connections_per_client = max_connections_per_client
        self.max_connections = max_connections
        self.worker_memory_bytes = worker_memory_bytes
        self.isolate_network = isolate_network
        self.scratch_root = scratch_root
        self.sources = tuple(sources)
        self.pages = pages
        self._scratch: _ScratchStore | None = None
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
    def root_url(self) -> str:
        """The query page: the endpoint's root."""
        return self.query_url.rsplit("/", 1)[0] + "/"

    @property
    def worker_pids(self) -> tuple[int, ...]:
        """The process ids of the running Oxigraph workers."""
        return self._pool.worker_pids if self._pool else ()

    @property
    def child_pids(self) -> tuple[int, ...]:
        """The process ids of every running child: the workers and the query checkers."""
        return self._pool.pids if self._pool else ()

    @property
    def network_isolated(self) -> bool:
        """Whether every worker runs in a network namespace of its own."""
        return self._pool.isolated if self._pool else False

    @property
    def restarts(self) -> int:
        """How many slots were stopped and restarted (deadline, preemption, size cap, crash)."""
        return self._pool.restarts if self._pool else 0

    def start(self) -> EndpointServer:
        try:
            if self.store_dir is None:
                self._scratch = _ScratchStore(self.scratch_root or Path(tempfile.gettempdir()))
                store = load_store(self.dist_dir, self._scratch.path / "store")
            else:
                store = load_store(self.dist_dir, Path(self.store_dir))
            self._pool = _Pool(
                store,
                size=self.workers,
                long_after_s=self.long_query_s,
                max_per_client=self.max_per_client,
                memory_bytes=self.worker_memory_bytes,
                isolate=self.isolate_network,
            )
            self._pool.start()
            browsing = (
                browse.Browse.for_store(self.dist_dir, store, sources=self.sources)
                if self.pages
                else None
            )
            try:
                self._front = _Front(
                    (self.host, self.port),
                    self._pool,
                    timeout_s=self.timeout_s,
                    queue_timeout_s=self.queue_timeout_s,
                    max_response_bytes=self.max_response_bytes,
                    max_pending=self.max_pending,
                    max_connections_per_client=self.max_connections_per_client,
                    max_connections=self.max_connections,
                    pages=browsing,
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
        """Stop the front, kill and reap every child, remove a temporary store."""
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
            self._scratch.remove()
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
    worker_memory_bytes: int = WORKER_MEMORY_BYTES,
    on_ready: Callable[[str], None] | None = None,
    sources: Sequence[Path] = (),
    on_pages: Callable[[str], None] | None = None,
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
            worker_memory_bytes=worker_memory_bytes,
            sources=sources,
        ) as server:
            if on_ready is not None:
                on_ready(server.query_url)
            if on_pages is not None:
                on_pages(server.root_url)
            while not stop.wait(0.5):
                pass
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
