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
"""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from rdflib import Graph

from graphbuild.errors import PushError

AUTH_ENV = ("GRAPHBUILD_USER", "GRAPHBUILD_PASSWORD")
_NTRIPLES = "application/n-triples"


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
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(
            f"not an http(s) URL: {endpoint!r}",
            hint="give the store's Graph Store URL (Oxigraph: http://HOST:PORT/store) "
            "or, with --protocol update, its update URL (Oxigraph: http://HOST:PORT/update)",
        )
    if parts.username or parts.password:
        raise PushError(
            "credentials in the endpoint URL are not used",
            _shown(endpoint),
            f"remove them from the URL and set {AUTH_ENV[0]} and {AUTH_ENV[1]} instead",
        )
    if graph is not None and (
        not urlsplit(graph).scheme or any(c in graph for c in ' <>"{}|\\^`\n\t')
    ):
        raise PushError(
            f"the graph name must be an absolute IRI, not {graph!r}",
            hint="for example https://w3id.org/dgeq-kg/id/graph/all",
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
) -> PushResult:
    """Replace ``graph`` (None: the default graph) in the store at ``endpoint``.

    ``endpoint`` is the store's Graph Store URL for ``PushProtocol.GSP`` and its SPARQL
    Update URL for ``PushProtocol.UPDATE``. Raises PushError saying what went wrong.
    """
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
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = int(response.status)
            response.read()
    except urllib.error.HTTPError as exc:
        text = exc.read(4000).decode("utf-8", "replace")
        raise _failure(endpoint, exc.code, text, protocol) from None
    except urllib.error.URLError as exc:
        raise PushError(
            f"cannot reach the store: {exc.reason}",
            _shown(endpoint),
            "check that the store is running and that the URL and port are right",
        ) from None
    except TimeoutError:
        raise PushError(
            f"the store did not answer within {timeout:g} s",
            _shown(endpoint),
            "check the store's load and log, or give a longer timeout",
        ) from None
    except OSError as exc:  # a connection reset while sending
        raise PushError(
            f"the connection to the store failed: {exc}",
            _shown(endpoint),
            "try again; a Graph Store PUT that did not complete leaves the old graph",
        ) from None
    return PushResult(
        endpoint=_shown(endpoint),
        graph=graph,
        protocol=protocol,
        triples=len(parsed),
        bytes_sent=len(body),
        status=status,
        seconds=time.perf_counter() - started,
    )
