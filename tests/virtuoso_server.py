"""A throwaway OpenLink Virtuoso for the tests and the benchmark: Debian's ``virtuoso-t``
started on loopback, on free ports, with its own ``virtuoso.ini`` and database in a
scratch folder (never the system service), and stopped afterwards.

``make test`` installs Debian's ``virtuoso-opensource-7-bin`` (the server and ``isql-vt``,
without the packaged service). Where it is missing, :func:`virtuoso_binaries` says why and
the tests that need it are skipped with that message.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

#: The account the tests write with (granted SPARQL_UPDATE) and one without the grant.
WRITER = ("pusher", "push-secret")
READER = ("reader", "read-secret")

_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
DirsAllowed = ., {dir}
DefaultIsolation = 4

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 10
MaxClientConnections = 10
KeepAliveTimeout = 10
MaxKeepAlives = 10

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = {query_seconds}
MaxQueryCostEstimationTime = 0
"""


#: No proxy: the server is on loopback.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def virtuoso_binaries() -> tuple[str, str] | str:
    """The paths of ``virtuoso-t`` and ``isql-vt``, or why they cannot be used."""
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if server is None or isql is None:
        return (
            "Virtuoso is not installed (make test installs Debian's "
            "virtuoso-opensource-7-bin; apt-get could not install it here)"
        )
    return server, isql


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Virtuoso:
    """A running Virtuoso: its folder, ports and process."""

    folder: Path
    http_port: int
    sql_port: int
    process: subprocess.Popen[bytes]
    isql: str

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql(self) -> str:
        """The anonymous query endpoint (read-only for the SPARQL user)."""
        return f"{self.base}/sparql"

    @property
    def sparql_auth(self) -> str:
        """The Digest-authenticated query and update endpoint."""
        return f"{self.base}/sparql-auth"

    @property
    def graph_store_auth(self) -> str:
        """The Digest-authenticated Graph Store endpoint."""
        return f"{self.base}/sparql-graph-crud-auth"

    @property
    def graph_store(self) -> str:
        """The anonymous Graph Store endpoint (reads only)."""
        return f"{self.base}/sparql-graph-crud"

    def sql(self, statements: str, *, timeout: float = 60) -> str:
        """Run SQL through ``isql-vt`` as dba (the new database's default password)."""
        done = subprocess.run(
            [self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql failed: {done.stdout[-2000:]}{done.stderr[-2000:]}")
        return done.stdout

    def stop(self) -> None:
        """Stop the server (SIGTERM makes it checkpoint and exit; SIGKILL after 20 s)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def log_tail(self) -> str:
        path = self.folder / "virtuoso.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""


def start_virtuoso(
    folder: Path,
    *,
    buffers: int = 10_000,
    query_seconds: int = 120,
    start_seconds: float = 120,
) -> Virtuoso:
    """Start Virtuoso in ``folder`` and wait until its HTTP server answers; create the
    accounts :data:`WRITER` (granted SPARQL_UPDATE) and :data:`READER` (SPARQL_SELECT only).

    ``buffers`` is its page cache in 8 kB pages (10,000: 80 MB, enough for the tests;
    the benchmark gives more). Raises RuntimeError, with its log, when it does not start.
    """
    found = virtuoso_binaries()
    if isinstance(found, str):
        raise RuntimeError(found)
    server, isql = found
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = _free_port(), _free_port()
    while sql_port == http_port:
        sql_port = _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        _INI.format(
            dir=folder,
            sql_port=sql_port,
            http_port=http_port,
            buffers=buffers,
            dirty=buffers * 3 // 4,
            query_seconds=query_seconds,
        ),
        encoding="utf-8",
    )
    log = (folder / "stdout.log").open("wb")
    process = subprocess.Popen(
        [server, "+configfile", str(ini), "+foreground"],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    log.close()
    running = Virtuoso(folder, http_port, sql_port, process, isql)
    deadline = time.monotonic() + start_seconds
    while True:
        try:
            url = f"{running.sparql}?query=ASK%7B%7D"
            with _DIRECT.open(url, timeout=5) as response:
                if response.status == 200:
                    break
        except (urllib.error.URLError, OSError):
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            running.stop()
            raise RuntimeError(f"Virtuoso did not start on port {http_port}:\n{running.log_tail()}")
        time.sleep(0.25)
    running.sql(
        f"DB.DBA.USER_CREATE('{WRITER[0]}', '{WRITER[1]}'); "
        f'GRANT SPARQL_UPDATE TO "{WRITER[0]}"; '
        f"DB.DBA.USER_CREATE('{READER[0]}', '{READER[1]}'); "
        f'GRANT SPARQL_SELECT TO "{READER[0]}";'
    )
    return running
