"""Upload the built graph into a SPARQL 1.1 store, replacing one graph so that a push that
fails leaves the old graph.

Two ways, chosen by the user because a store's URL does not say which it speaks:

- ``PushProtocol.GSP`` (the default): the Graph Store HTTP Protocol, an HTTP ``PUT`` of
  ``dist/graph.nt`` to ``STORE?graph=IRI`` (or ``STORE?default``). A PUT replaces the graph
  as a whole, so a push that fails leaves the old graph in place.
- ``PushProtocol.UPDATE``: for a store with only a SPARQL Update endpoint. The triples go
  in batches of ``batch_triples`` (``INSERT DATA``) into a temporary graph of a fresh name,
  which one ``MOVE`` then puts in the target's place. No store has to compile one huge
  request (Virtuoso 7 cannot compile an ``INSERT DATA`` of a few thousand triples), and
  until the ``MOVE`` the target is untouched: a push that fails half-way leaves the old
  graph (and its temporary graph is dropped). Triples with blank nodes all go in the last
  batch, since a blank node names the same node only within one request.

Credentials come from environment variables only (never the command line, where other users
can read them in the process list). They go as HTTP Basic auth, or as Digest when the store
asks for it (Virtuoso's ``/sparql-graph-crud-auth`` and ``/sparql-auth``); with Graph Store
PUT a body-less request first learns which, so that a long body is not sent to be refused.

A store's refusal (an HTTP error answer) is a :class:`PushError` with exit code 1 and a hint
naming the likely cause: 401 the user or password (or none given), 403 or a permission error
an account without the write grant, 404/405/415 a URL that is not the endpoint the protocol
needs. A store that cannot be reached or does not answer in time is exit code 2.

Each request (connecting, sending, reading the answer) has one deadline, ``timeout``,
however slowly the store sends, and at most :data:`MAX_REPLY_BYTES` of its answer are read.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote, urlsplit

from rdflib import BNode, Graph

from graphbuild.errors import OptionError, PushError
from graphbuild.sparql_client import (
    USER_AGENT,
    Reply,
    ReplyTooLong,
    Session,
)
from graphbuild.sparql_client import (
    shown as _shown,
)

AUTH_ENV = ("GRAPHBUILD_USER", "GRAPHBUILD_PASSWORD")
_NTRIPLES = "application/n-triples"
_UPDATE = "application/sparql-update; charset=utf-8"

#: The most of a store's answer that is read (an answer to a PUT or an update is short).
MAX_REPLY_BYTES = 1 << 20
#: The longest ``timeout`` accepted (s).
MAX_TIMEOUT = 86400.0
#: Triples per ``INSERT DATA`` of the update protocol (Virtuoso 7 compiles about 1,000).
BATCH_TRIPLES = 500
#: Bytes of triples per ``INSERT DATA`` at most (long literals make fewer triples a batch).
BATCH_BYTES = 256 * 1024
#: The most triples a batch may be asked to hold.
MAX_BATCH_TRIPLES = 100_000


class PushProtocol(StrEnum):
    """How the graph goes to the store."""

    GSP = "gsp"  # Graph Store HTTP Protocol: PUT to the store's graph store URL
    UPDATE = "update"  # SPARQL 1.1 Update: batches into a temporary graph, then one MOVE


@dataclass(frozen=True)
class PushResult:
    endpoint: str
    graph: str | None  # None: the store's default graph
    protocol: PushProtocol
    triples: int
    bytes_sent: int
    status: int
    seconds: float
    requests: int = 1
    auth: str | None = None  # "basic", "digest", or None: no credentials


def gsp_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of one graph.

    >>> gsp_url("http://127.0.0.1:7878/store", "https://w3id.org/dgeq-kg/id/graph/all")
    'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fdgeq-kg%2Fid%2Fgraph%2Fall'
    >>> gsp_url("http://127.0.0.1:7878/store", None)
    'http://127.0.0.1:7878/store?default'
    """
    joiner = "&" if "?" in endpoint else "?"
    return (
        f"{endpoint}{joiner}default"
        if graph is None
        else f"{endpoint}{joiner}graph=" + quote(graph, safe="")
    )


def _graph_ref(target: str | None) -> str:
    return "DEFAULT" if target is None else f"GRAPH <{target}>"


def insert_data(lines: list[str], graph: str) -> str:
    """One ``INSERT DATA`` of N-Triples lines into ``graph``.

    >>> print(insert_data(['<urn:x:s> <urn:x:p> "a" .'], "urn:x:g"))
    INSERT DATA { GRAPH <urn:x:g> {
    <urn:x:s> <urn:x:p> "a" .
    } }
    """
    body = "\n".join(lines)
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"


def move_update(temporary: str, target: str | None) -> str:
    """The one request that puts the temporary graph in the target's place.

    >>> move_update("urn:x:tmp", None)
    'MOVE GRAPH <urn:x:tmp> TO DEFAULT'
    """
    return f"MOVE GRAPH <{temporary}> TO {_graph_ref(target)}"


def batches(
    graph: Graph, *, batch_triples: int, batch_bytes: int = BATCH_BYTES
) -> Iterator[list[str]]:
    """The graph's triples as sorted N-Triples lines, in batches of at most ``batch_triples``
    lines and about ``batch_bytes`` bytes; every triple with a blank node in the last batch
    (a blank node names the same node only within one request)."""
    plain: list[str] = []
    blank: list[str] = []
    for s, p, o in graph:
        line = f"{s.n3()} {p.n3()} {o.n3()} ."
        (blank if isinstance(s, BNode) or isinstance(o, BNode) else plain).append(line)
    plain.sort()
    batch: list[str] = []
    size = 0
    for line in plain:
        if batch and (len(batch) >= batch_triples or size + len(line) > batch_bytes):
            yield batch
            batch, size = [], 0
        batch.append(line)
        size += len(line) + 1
    if batch:
        yield batch
    if blank:
        yield sorted(blank)


def _check_target(endpoint: str, graph: str | None) -> None:
    from graphbuild.namespaces import iri_problem

    hint = (
        "give the store's Graph Store URL (Oxigraph: http://HOST:PORT/store, Virtuoso: "
        "http://HOST:8890/sparql-graph-crud-auth) or, with --protocol update, its update URL "
        "(Oxigraph: http://HOST:PORT/update, Virtuoso: http://HOST:8890/sparql-auth)"
    )
    try:
        parts = urlsplit(endpoint)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError as exc:
        raise PushError(f"not a URL: {endpoint!r} ({exc})", "--endpoint", hint) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"not an http(s) URL: {endpoint!r}", "--endpoint", hint)
    if parts.username or parts.password:
        raise PushError(
            f"credentials in the endpoint URL ({_shown(endpoint)}) are not used",
            "--endpoint",
            f"remove them from the URL and set {AUTH_ENV[0]} and {AUTH_ENV[1]} instead",
        )
    problem = iri_problem(endpoint, web=True)
    if problem:
        raise PushError(f"{endpoint!r} {problem}", "--endpoint", hint)
    if graph is not None and iri_problem(graph):
        raise PushError(
            f"the graph name must be an absolute IRI, not {graph!r}: {iri_problem(graph)}",
            "--graph",
            "for example https://w3id.org/dgeq-kg/id/graph/all",
        )


def session_from_env(auth_env: tuple[str, str] = AUTH_ENV) -> Session:
    """A :class:`Session` with the credentials of the two environment variables (or none).

    Raises PushError when only one of them is set.
    """
    user_var, password_var = auth_env
    user, password = os.environ.get(user_var), os.environ.get(password_var)
    if (user is None) != (password is None):
        missing, present = (user_var, password_var) if user is None else (password_var, user_var)
        raise PushError(
            f"{missing} is not set while {present} is",
            hint=f"set both {user_var} and {password_var} for authentication, or neither",
        )
    return Session(user, password)


_PERMISSION = (
    "permission denied",
    "no permission",
    "not allowed",
    "forbidden",
    "access denied",
    "security",
)


def _failure(
    endpoint: str,
    reply: Reply,
    protocol: PushProtocol,
    session: Session,
    auth_env: tuple[str, str],
    what: str,
) -> PushError:
    """The error for a store's refusal, with the hint its status and words point to."""
    body = reply.body.decode("utf-8", "replace")
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("<") or "xmp>" in line][:5]
    said = (": " + " | ".join(lines)) if lines else ""
    user_var, password_var = auth_env
    status = reply.status
    denied = any(word in body.lower() for word in _PERMISSION)
    if status == 401 and not session.has_credentials:
        hint = (
            f"the store wants a user: set {user_var} and {password_var} to an account "
            "allowed to write (Virtuoso: a user granted SPARQL_UPDATE, on /sparql-auth or "
            "/sparql-graph-crud-auth)"
        )
    elif status == 401:
        hint = (
            f"the store did not accept the user and password of {user_var} and "
            f"{password_var} ({session.scheme} auth): check them"
        )
    elif status == 403 or denied:
        if session.has_credentials:
            hint = (
                "the store knows the user but does not let it write: grant the account the "
                'right to write (Virtuoso: GRANT SPARQL_UPDATE TO "USER"; GraphDB: write '
                "access to the repository; Fuseki: a role allowed on the dataset)"
            )
        else:
            hint = (
                "the store refuses anonymous writes: use its authenticated endpoint "
                f"(Virtuoso: /sparql-graph-crud-auth or /sparql-auth) with {user_var} and "
                f"{password_var} set"
            )
    elif status in (404, 405, 415) and protocol is PushProtocol.GSP:
        hint = (
            "the URL may not be the store's Graph Store endpoint: check it (Oxigraph: "
            "/store, Virtuoso: /sparql-graph-crud-auth, Fuseki: /DATASET/data, GraphDB: "
            "/repositories/REPO/rdf-graphs/service), or use --protocol update with its "
            "update URL"
        )
    elif status in (404, 405, 415):
        hint = (
            "the URL may not be the store's SPARQL Update endpoint (Oxigraph: /update, "
            "Virtuoso: /sparql-auth, Fuseki: /DATASET/update, GraphDB: "
            "/repositories/REPO/statements)"
        )
    else:
        hint = "the graph in the store was left as it was; see the store's log"
    return PushError(f"{what}: the store answered HTTP {status}{said}", _shown(endpoint), hint, 1)


def push(
    dist_dir: Path,
    *,
    endpoint: str,
    graph: str | None = None,
    protocol: PushProtocol = PushProtocol.GSP,
    auth_env: tuple[str, str] = AUTH_ENV,
    timeout: float = 60,
    max_reply_bytes: int = MAX_REPLY_BYTES,
    batch_triples: int = BATCH_TRIPLES,
) -> PushResult:
    """Replace ``graph`` (None: the default graph) in the store at ``endpoint``.

    ``endpoint`` is the store's Graph Store URL for ``PushProtocol.GSP`` and its SPARQL
    Update URL for ``PushProtocol.UPDATE`` (batches of ``batch_triples`` into a temporary
    graph, then one MOVE). ``timeout`` bounds each request (s); at most
    ``max_reply_bytes`` of an answer are read. Raises PushError saying what went wrong
    (exit code 1 for a store's refusal, 2 for a store out of reach; OptionError for a
    timeout or batch size that cannot be used).
    """
    if not 0 < timeout <= MAX_TIMEOUT:  # also refuses inf and nan
        raise OptionError(
            f"{timeout:g} is not a time limit", "--timeout", f"give 0 < SECONDS <= {MAX_TIMEOUT:g}"
        )
    if not 1 <= batch_triples <= MAX_BATCH_TRIPLES:
        raise OptionError(
            f"{batch_triples} triples is no batch size",
            "--batch",
            f"give 1 <= TRIPLES <= {MAX_BATCH_TRIPLES}",
        )
    _check_target(endpoint, graph)
    source = Path(dist_dir) / "graph.nt"
    if not source.is_file():
        raise PushError(
            "no graph.nt to push", str(dist_dir), "run `graphbuild build --out DIR` first"
        )
    data = source.read_bytes()
    parsed = Graph()
    try:
        parsed.parse(data=data, format="nt")
    except Exception as exc:  # rdflib raises several kinds for a bad file
        raise PushError(
            f"not valid N-Triples: {exc}", str(source), "rebuild it with `graphbuild build`"
        ) from None
    session = session_from_env(auth_env)
    started = time.perf_counter()
    with _store_errors(endpoint, timeout, max_reply_bytes, protocol):
        if protocol is PushProtocol.GSP:
            status, sent, count = _push_gsp(
                session, endpoint, graph, data, timeout, max_reply_bytes, auth_env
            )
        else:
            status, sent, count = _push_update(
                session, endpoint, graph, parsed, timeout, max_reply_bytes, auth_env, batch_triples
            )
    return PushResult(
        endpoint=_shown(endpoint),
        graph=graph,
        protocol=protocol,
        triples=len(parsed),
        bytes_sent=sent,
        status=status,
        seconds=time.perf_counter() - started,
        requests=count,
        auth=session.scheme if session.has_credentials else None,
    )


def _push_gsp(
    session: Session,
    endpoint: str,
    graph: str | None,
    data: bytes,
    timeout: float,
    max_reply_bytes: int,
    auth_env: tuple[str, str],
) -> tuple[int, int, int]:
    url = gsp_url(endpoint, graph)
    count = 0
    if session.has_credentials:
        probe = session.probe(url, timeout=timeout)
        count += 1
        if probe is not None and probe.status == 401:  # refused before the body goes out
            raise _failure(endpoint, probe, PushProtocol.GSP, session, auth_env, "PUT")
    headers = {"User-Agent": USER_AGENT, "Content-Type": _NTRIPLES}
    reply = session.request(
        "PUT", url, data, headers, timeout=timeout, max_reply_bytes=max_reply_bytes
    )
    count += 1
    if not 200 <= reply.status < 300:
        raise _failure(endpoint, reply, PushProtocol.GSP, session, auth_env, "PUT")
    return reply.status, len(data), count


def _push_update(
    session: Session,
    endpoint: str,
    graph: str | None,
    parsed: Graph,
    timeout: float,
    max_reply_bytes: int,
    auth_env: tuple[str, str],
    batch_triples: int,
) -> tuple[int, int, int]:
    temporary = f"urn:graphbuild:push:{uuid.uuid4().hex}"
    headers = {"User-Agent": USER_AGENT, "Content-Type": _UPDATE}
    sent = 0
    count = 0

    def update(text: str, what: str) -> Reply:
        nonlocal sent, count
        body = text.encode("utf-8")
        reply = session.request(
            "POST", endpoint, body, headers, timeout=timeout, max_reply_bytes=max_reply_bytes
        )
        sent += len(body)
        count += 1
        if not 200 <= reply.status < 300:
            raise _failure(endpoint, reply, PushProtocol.UPDATE, session, auth_env, what)
        return reply

    # A first small request: it learns the auth scheme before any long body goes out.
    update(f"DROP SILENT GRAPH <{temporary}>", "dropping the temporary graph")
    try:
        total = len(parsed)
        done = 0
        for number, lines in enumerate(batches(parsed, batch_triples=batch_triples), 1):
            done += len(lines)
            update(insert_data(lines, temporary), f"batch {number} ({done} of {total} triples)")
        reply = update(move_update(temporary, graph), "moving the new graph onto the target")
    except BaseException as exc:
        if not isinstance(exc, PushError | TimeoutError | OSError | http.client.HTTPException):
            raise
        _drop_quietly(session, endpoint, temporary, headers, timeout)
        if isinstance(exc, PushError):
            exc.hint = f"the target graph was left as it was; {exc.hint}"
        raise
    return reply.status, sent, count


def _drop_quietly(
    session: Session, endpoint: str, temporary: str, headers: dict[str, str], timeout: float
) -> None:
    """Drop the temporary graph after a failure, if the store still answers."""
    try:
        body = f"DROP SILENT GRAPH <{temporary}>".encode()
        session.request("POST", endpoint, body, headers, timeout=min(timeout, 30))
    except (OSError, http.client.HTTPException, ReplyTooLong):
        pass


@contextlib.contextmanager
def _store_errors(
    endpoint: str, timeout: float, max_reply_bytes: int, protocol: PushProtocol
) -> Iterator[None]:
    """Turns the transport's exceptions into PushErrors saying what to do."""
    where = _shown(endpoint)
    left = (
        "a Graph Store PUT that did not complete leaves the old graph"
        if protocol is PushProtocol.GSP
        else "the target graph is replaced only by the last request, a MOVE: unless that "
        "was sent, the old graph is in place"
    )
    try:
        yield
    except ReplyTooLong as exc:
        raise PushError(
            f"the store answered HTTP {exc.status} but its answer went on past "
            f"{max_reply_bytes} bytes; reading stopped",
            where,
            "check the store: the graph was probably replaced, but the answer was not whole",
        ) from None
    except TimeoutError:
        raise PushError(
            f"the store did not answer in full within {timeout:g} s",
            where,
            f"check the store's load and log, or give a longer --timeout; {left}",
        ) from None
    except http.client.RemoteDisconnected:
        raise PushError(
            "the store closed the connection without an answer",
            where,
            f"see the store's log and try again; {left}",
        ) from None
    except http.client.HTTPException as exc:
        raise PushError(
            f"the store's answer is not valid HTTP ({type(exc).__name__})",
            where,
            "check that the URL is the store's and that nothing else listens on that port",
        ) from None
    except (ConnectionRefusedError, socket.gaierror) as exc:
        raise PushError(
            f"cannot reach the store: {exc.strerror or exc}",
            where,
            "check that the store is running and that the URL and port are right",
        ) from None
    except OSError as exc:  # a connection reset while sending
        raise PushError(
            f"the connection to the store failed: {exc.strerror or exc}",
            where,
            f"try again; {left}",
        ) from None
