"""Upload the built graph into a SPARQL 1.1 store, replacing one graph in one request.

Two ways, chosen by the user because a store's URL does not say which it speaks:

- ``PushProtocol.GSP`` (the default): the Graph Store HTTP Protocol, an HTTP ``PUT`` of
  ``dist/graph.nt`` to ``STORE?graph=IRI`` (or ``STORE?default``). A PUT replaces the graph
  as a whole, so a push that fails leaves the old graph in place.
- ``PushProtocol.UPDATE``: for a store with only a SPARQL Update endpoint, one request
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``. SPARQL 1.1 Update asks
  stores to run one request atomically; most (Oxigraph, Fuseki, GraphDB) do.

Credentials come from environment variables only (never the command line, where other users
can read them in the process list) and go as HTTP basic auth.

The whole request (connecting, sending, reading the answer) has one deadline, ``timeout``,
however slowly the store sends, and at most :data:`MAX_REPLY_BYTES` of its answer are read:
a store that drips its answer or sends one without end cannot hold the push or fill its
memory. A proxy set in the environment (``http_proxy``, ``https_proxy``, ``no_proxy``) is
used as urllib would.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import os
import re
import socket
import threading
import time
import urllib.request
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from rdflib import Graph

from graphbuild.errors import OptionError, PushError

AUTH_ENV = ("GRAPHBUILD_USER", "GRAPHBUILD_PASSWORD")
_NTRIPLES = "application/n-triples"

#: The most of a store's answer that is read (an answer to a PUT or an update is short).
MAX_REPLY_BYTES = 1 << 20
#: The longest ``timeout`` accepted (s).
MAX_TIMEOUT = 86400.0


class PushProtocol(StrEnum):
    """How the graph goes to the store."""

    GSP = "gsp"  # Graph Store HTTP Protocol: PUT to the store's graph store URL
    UPDATE = "update"  # SPARQL 1.1 Update: DROP + INSERT DATA to its update URL


@dataclass(frozen=True)
class PushResult:
    endpoint: str
    graph: str | None  # None: the store's default graph
    protocol: PushProtocol
    triples: int
    bytes_sent: int
    status: int
    seconds: float


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


def replace_graph_update(graph: Graph, target: str | None) -> str:
    """One SPARQL Update request that replaces the target graph with ``graph``'s triples.

    >>> from rdflib import URIRef, Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("urn:x:s"), URIRef("urn:x:p"), Literal("a \\"b\\"")))
    >>> print(replace_graph_update(g, "urn:x:g"))
    DROP SILENT GRAPH <urn:x:g> ;
    INSERT DATA { GRAPH <urn:x:g> {
    <urn:x:s> <urn:x:p> "a \\"b\\"" .
    } }
    """
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)
    body = "\n".join(lines)
    if target is None:
        return f"DROP SILENT DEFAULT ;\nINSERT DATA {{\n{body}\n}}"
    return f"DROP SILENT GRAPH <{target}> ;\nINSERT DATA {{ GRAPH <{target}> {{\n{body}\n}} }}"


def _shown(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


def _check_target(endpoint: str, graph: str | None) -> None:
    from graphbuild.namespaces import iri_problem

    hint = (
        "give the store's Graph Store URL (Oxigraph: http://HOST:PORT/store) "
        "or, with --protocol update, its update URL (Oxigraph: http://HOST:PORT/update)"
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


def _authorization(auth_env: tuple[str, str]) -> str | None:
    user_var, password_var = auth_env
    user, password = os.environ.get(user_var), os.environ.get(password_var)
    if user is None and password is None:
        return None
    if user is None or password is None:
        missing = user_var if user is None else password_var
        raise PushError(
            f"{missing} is not set while {user_var if user is None else password_var} is",
            hint=f"set both {user_var} and {password_var} for basic auth, or neither",
        )
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def _failure(endpoint: str, status: int, body: str, protocol: PushProtocol) -> PushError:
    if status in (401, 403):
        hint = (
            "the store refused the credentials: set GRAPHBUILD_USER and GRAPHBUILD_PASSWORD "
            "(or the variables given) to an account allowed to write"
        )
    elif status in (404, 405, 415) and protocol is PushProtocol.GSP:
        hint = (
            "the URL may not be the store's Graph Store endpoint: check it (Oxigraph: "
            "/store, Fuseki: /DATASET/data), or use --protocol update with its update URL"
        )
    elif status in (404, 405, 415):
        hint = "the URL may not be the store's SPARQL Update endpoint (Oxigraph: /update)"
    else:
        hint = "the graph in the store was left as it was; see the store's log"
    lines = [line for line in body.strip().splitlines() if line.strip()][:5]
    said = (": " + " | ".join(lines)) if lines else ""
    return PushError(f"the store answered HTTP {status}{said}", _shown(endpoint), hint)


def push(
    dist_dir: Path,
    *,
    endpoint: str,
    graph: str | None = None,
    protocol: PushProtocol = PushProtocol.GSP,
    auth_env: tuple[str, str] = AUTH_ENV,
    timeout: float = 60,
    max_reply_bytes: int = MAX_REPLY_BYTES,
) -> PushResult:
    """Replace ``graph`` (None: the default graph) in the store at ``endpoint``.

    ``endpoint`` is the store's Graph Store URL for ``PushProtocol.GSP`` and its SPARQL
    Update URL for ``PushProtocol.UPDATE``. ``timeout`` bounds the whole request (s);
    at most ``max_reply_bytes`` of the answer are read. Raises PushError saying what went
    wrong (OptionError for a timeout that is not a number of seconds).
    """
    if not 0 < timeout <= MAX_TIMEOUT:  # also refuses inf and nan
        raise OptionError(
            f"{timeout:g} is not a time limit", "--timeout", f"give 0 < SECONDS <= {MAX_TIMEOUT:g}"
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
    headers = {"User-Agent": "graphbuild-push"}
    authorization = _authorization(auth_env)
    if authorization is not None:
        headers["Authorization"] = authorization
    if protocol is PushProtocol.GSP:
        url = gsp_url(endpoint, graph)
        body = data
        headers["Content-Type"] = _NTRIPLES
        method = "PUT"
    else:
        url = endpoint
        body = replace_graph_update(parsed, graph).encode("utf-8")
        headers["Content-Type"] = "application/sparql-update; charset=utf-8"
        method = "POST"
    started = time.perf_counter()
    try:
        status, answer = _send(
            method, url, body, headers, timeout=timeout, max_reply_bytes=max_reply_bytes
        )
    except _ReplyTooLong as exc:
        raise PushError(
            f"the store answered HTTP {exc.status} but its answer went on past "
            f"{max_reply_bytes} bytes; reading stopped",
            _shown(endpoint),
            "check the store: the graph was probably replaced, but the answer was not whole",
        ) from None
    except TimeoutError:
        raise PushError(
            f"the store did not answer in full within {timeout:g} s",
            _shown(endpoint),
            "check the store's load and log, or give a longer --timeout; a Graph Store PUT "
            "that did not complete leaves the old graph",
        ) from None
    except http.client.HTTPException as exc:
        raise PushError(
            f"the store's answer is not valid HTTP ({type(exc).__name__})",
            _shown(endpoint),
            "check that the URL is the store's and that nothing else listens on that port",
        ) from None
    except (ConnectionRefusedError, socket.gaierror) as exc:
        raise PushError(
            f"cannot reach the store: {exc.strerror or exc}",
            _shown(endpoint),
            "check that the store is running and that the URL and port are right",
        ) from None
    except OSError as exc:  # a connection reset while sending
        raise PushError(
            f"the connection to the store failed: {exc.strerror or exc}",
            _shown(endpoint),
            "try again; a Graph Store PUT that did not complete leaves the old graph",
        ) from None
    if not 200 <= status < 300:
        raise _failure(endpoint, status, answer.decode("utf-8", "replace"), protocol)
    return PushResult(
        endpoint=_shown(endpoint),
        graph=graph,
        protocol=protocol,
        triples=len(parsed),
        bytes_sent=len(body),
        status=status,
        seconds=time.perf_counter() - started,
    )


# -- one request, bounded in time and size -------------------------------------------------


class _ReplyTooLong(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _connection(url: str, timeout: float) -> tuple[http.client.HTTPConnection, str]:
    """A connection for ``url`` (through the environment's proxy, if any) and the target
    to put in the request line."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    # An IRI may hold letters beyond ASCII; the request line may not.
    target = re.sub(
        r"[^\x21-\x7e]",
        lambda m: quote(m.group(0), safe=""),
        urlunsplit(("", "", parts.path or "/", parts.query, "")),
    )
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy and not urllib.request.proxy_bypass(host):
        via = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        headers = {}
        if via.username is not None:
            token = f"{via.username}:{via.password or ''}".encode()
            headers["Proxy-Authorization"] = "Basic " + base64.b64encode(token).decode()
        proxy_host, proxy_port = via.hostname or "", via.port or 8080
        if https:
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                proxy_host, proxy_port, timeout=timeout
            )
            conn.set_tunnel(host, port, headers=headers)
            return conn, target
        conn = http.client.HTTPConnection(proxy_host, proxy_port, timeout=timeout)
        return conn, urlunsplit((parts.scheme, f"{host}:{port}", target, "", ""))
    if https:
        return http.client.HTTPSConnection(host, port, timeout=timeout), target
    return http.client.HTTPConnection(host, port, timeout=timeout), target


def _send(
    method: str,
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    timeout: float,
    max_reply_bytes: int,
) -> tuple[int, bytes]:
    """Send one request and read its answer, all within ``timeout`` seconds.

    The exchange runs in a thread; at the deadline its socket is shut down (which ends any
    read or write it is blocked in) and TimeoutError is raised here, whatever the thread
    was doing, name resolution included. Returns the status and the start of the answer
    (all of it for a success, up to :data:`MAX_REPLY_BYTES`).
    """
    deadline = time.monotonic() + timeout
    holder: list[http.client.HTTPConnection] = []
    answers: list[tuple[int, bytes]] = []
    errors: list[BaseException] = []

    def exchange() -> None:
        try:
            conn, target = _connection(url, timeout)
            holder.append(conn)
            conn.request(method, target, body=body, headers=headers)
            response = conn.getresponse()
            status = int(response.status)
            keep = max_reply_bytes if 200 <= status < 300 else 4000
            chunks: list[bytes] = []
            size = 0
            while size <= keep:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                if conn.sock is not None:
                    conn.sock.settimeout(remaining)
                piece = response.read1(1 << 16)
                if not piece:
                    break
                chunks.append(piece)
                size += len(piece)
            if size > keep and 200 <= status < 300:
                raise _ReplyTooLong(status)
            answers.append((status, b"".join(chunks)[:keep]))
        except BaseException as exc:  # handed to the caller's thread
            errors.append(exc)
        finally:
            for conn in holder:
                conn.close()

    worker = threading.Thread(target=exchange, name="graphbuild-push", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        for conn in holder:
            _shut(conn)
        worker.join(5)
        raise TimeoutError
    if errors:
        if isinstance(errors[0], TimeoutError) or time.monotonic() >= deadline:
            raise TimeoutError from None
        raise errors[0]
    return answers[0]


def _shut(conn: http.client.HTTPConnection) -> None:
    """End whatever the connection's socket is blocked in (from another thread)."""
    sock = conn.sock
    if sock is None:
        return
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # past any TLS layer
