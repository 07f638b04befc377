"""Talking to a SPARQL 1.1 store over HTTP: one bounded request, and HTTP authentication.

Every request has one deadline for connecting, sending and reading the answer, however
slowly the store sends, and at most ``max_reply_bytes`` of its answer are read: a store that
drips its answer or sends one without end cannot hold the caller or fill its memory. A proxy
set in the environment (``http_proxy``, ``https_proxy``, ``no_proxy``) is used as urllib
would.

:class:`Session` adds credentials. Stores ask for two schemes: Basic (Fuseki behind its
shiro configuration, GraphDB) and Digest (Virtuoso's ``/sparql-auth`` and
``/sparql-graph-crud-auth`` offer only Digest). A session sends Basic at once; when the store
answers 401 with a Digest challenge, it answers the challenge (RFC 7616: MD5 or SHA-256,
``qop=auth``) and keeps it for the next requests, counting ``nc`` up. A store may answer
401 before it has read a long body (Virtuoso does, and the client then sees a broken pipe),
so :meth:`Session.probe` asks first with a body-less request and learns the scheme from it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import os
import re
import socket
import threading
import time
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit, urlunsplit

#: The User-Agent of every request.
USER_AGENT = "graphbuild"
#: The most of a store's answer that is read by default.
MAX_REPLY_BYTES = 1 << 20


@dataclass(frozen=True)
class Reply:
    """A store's answer: the status, its headers (names in lower case) and the body read."""

    status: int
    headers: Mapping[str, str]
    body: bytes


class ReplyTooLong(Exception):
    """A successful answer went on past the cap; reading stopped."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def shown(url: str) -> str:
    """The URL without any user:password part, for messages.

    >>> shown("http://alice:secret@127.0.0.1:8890/sparql-auth")
    'http://127.0.0.1:8890/sparql-auth'
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


def request_target(url: str) -> str:
    """The path and query of ``url`` as they go in the request line (ASCII only)."""
    parts = urlsplit(url)
    return re.sub(
        r"[^\x21-\x7e]",
        lambda m: quote(m.group(0), safe=""),
        urlunsplit(("", "", parts.path or "/", parts.query, "")),
    )


def _connection(url: str, timeout: float) -> tuple[http.client.HTTPConnection, str]:
    """A connection for ``url`` (through the environment's proxy, if any) and the target
    to put in the request line."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    target = request_target(url)
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


def send(
    method: str,
    url: str,
    body: bytes | None,
    headers: Mapping[str, str],
    *,
    timeout: float,
    max_reply_bytes: int = MAX_REPLY_BYTES,
) -> Reply:
    """Send one request and read its answer, all within ``timeout`` seconds.

    The exchange runs in a thread; at the deadline its socket is shut down (which ends any
    read or write it is blocked in) and TimeoutError is raised here, whatever the thread
    was doing, name resolution included. A successful answer longer than
    ``max_reply_bytes`` raises :class:`ReplyTooLong`; of an error answer, the first 4000
    bytes are kept. A store that answers before it has read the whole body (and closes)
    still has its answer read.
    """
    deadline = time.monotonic() + timeout
    holder: list[http.client.HTTPConnection] = []
    answers: list[Reply] = []
    errors: list[BaseException] = []

    def exchange() -> None:
        try:
            conn, target = _connection(url, timeout)
            holder.append(conn)
            try:
                conn.request(method, target, body=body, headers=dict(headers))
            except (BrokenPipeError, ConnectionResetError):
                # The store answered (a 401, a 413) and closed before reading the body: its
                # answer may wait in the receive buffer.
                if conn.sock is None:
                    raise
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
                raise ReplyTooLong(status)
            fields = {k.lower(): v for k, v in response.getheaders()}
            answers.append(Reply(status, fields, b"".join(chunks)[:keep]))
        except BaseException as exc:  # handed to the caller's thread
            errors.append(exc)
        finally:
            for conn in holder:
                conn.close()

    worker = threading.Thread(target=exchange, name="graphbuild-http", daemon=True)
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


# -- authentication -------------------------------------------------------------------------

_PARAM = re.compile(r'([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))')


def parse_challenge(header: str) -> tuple[str, dict[str, str]] | None:
    """The scheme and parameters of a ``WWW-Authenticate`` header, Digest first if offered.

    >>> parse_challenge('Digest realm="SPARQL", nonce="ab", qop="auth", algorithm="MD5"')
    ('digest', {'realm': 'SPARQL', 'nonce': 'ab', 'qop': 'auth', 'algorithm': 'MD5'})
    >>> parse_challenge('Basic realm="fuseki"')
    ('basic', {'realm': 'fuseki'})
    """
    found = list(re.finditer(r"(?i)\b(digest|basic)\b", header))
    if not found:
        return None
    digest = next((m for m in found if m.group(1).lower() == "digest"), None)
    chosen = digest or found[0]
    following = [m.start() for m in found if m.start() > chosen.start()]
    end = min(following) if following else len(header)
    params = {
        m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
        for m in _PARAM.finditer(header[chosen.end() : end])
    }
    return chosen.group(1).lower(), params


_HASHES = {"md5": hashlib.md5, "sha-256": hashlib.sha256}


@dataclass
class Session:
    """Requests to one store with a user's credentials (None: anonymous).

    ``scheme`` is what the store asked for last ("basic" until a Digest challenge comes).
    """

    user: str | None = None
    password: str | None = None
    scheme: str = "basic"
    _challenge: dict[str, str] = field(default_factory=dict)
    _count: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def has_credentials(self) -> bool:
        return self.user is not None and self.password is not None

    def authorization(self, method: str, url: str) -> str | None:
        """The ``Authorization`` header for one request, or None without credentials."""
        if not self.has_credentials:
            return None
        assert self.user is not None and self.password is not None
        if self.scheme != "digest":
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
            return f"Basic {token}"
        with self._lock:
            self._count += 1
            count = self._count
        return _digest(self.user, self.password, self._challenge, method, url, count)

    def learn(self, reply: Reply) -> bool:
        """Take a Digest challenge from a 401; True when a retry with it can succeed."""
        if reply.status != 401 or not self.has_credentials:
            return False
        parsed = parse_challenge(reply.headers.get("www-authenticate", ""))
        if parsed is None or parsed[0] != "digest":
            return False  # no challenge, or Basic again: the credentials were refused
        params = parsed[1]
        algorithm = params.get("algorithm", "MD5").lower().removesuffix("-sess")
        if algorithm not in _HASHES or "nonce" not in params:
            return False
        stale = params.get("stale", "").lower() == "true"
        fresh = self.scheme != "digest" or stale
        self.scheme, self._challenge, self._count = "digest", params, 0
        return fresh

    def request(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: Mapping[str, str],
        *,
        timeout: float,
        max_reply_bytes: int = MAX_REPLY_BYTES,
    ) -> Reply:
        """One request with credentials, answering a Digest challenge if the store sends one.

        A store may refuse Basic credentials with a bare 401 (Virtuoso does, without saying
        that it wants Digest): then a body-less ``HEAD`` without credentials asks it for
        its challenge.
        """
        deadline = time.monotonic() + timeout

        def remaining() -> float:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            return left

        asked = False
        for _ in range(3):  # Basic, then Digest, then Digest with a stale nonce renewed
            sent = dict(headers)
            authorization = self.authorization(method, url)
            if authorization is not None:
                sent["Authorization"] = authorization
            reply = send(
                method, url, body, sent, timeout=remaining(), max_reply_bytes=max_reply_bytes
            )
            if self.learn(reply):
                continue
            if reply.status == 401 and self.scheme == "basic" and self.has_credentials:
                if asked:
                    return reply
                asked = True
                bare = send("HEAD", url, None, {"User-Agent": USER_AGENT}, timeout=remaining())
                if self.learn(bare):
                    continue
            return reply
        return reply

    def probe(self, url: str, *, timeout: float) -> Reply | None:
        """A body-less HEAD to ``url`` to learn the scheme before a long body goes out;
        its reply (None without credentials: nothing to learn)."""
        if not self.has_credentials:
            return None
        return self.request("HEAD", url, None, {"User-Agent": USER_AGENT}, timeout=timeout)


def _digest(
    user: str, password: str, challenge: Mapping[str, str], method: str, url: str, count: int
) -> str:
    """The Digest ``Authorization`` header (RFC 7616) for one request."""
    algorithm = challenge.get("algorithm", "MD5")
    hashing = _HASHES[algorithm.lower().removesuffix("-sess")]

    def h(text: str) -> str:
        return hashing(text.encode("utf-8")).hexdigest()

    realm, nonce = challenge.get("realm", ""), challenge["nonce"]
    uri = request_target(url)
    cnonce = os.urandom(8).hex()
    ha1 = h(f"{user}:{realm}:{password}")
    if algorithm.lower().endswith("-sess"):
        ha1 = h(f"{ha1}:{nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    qops = [q.strip() for q in challenge.get("qop", "").split(",") if q.strip()]
    nc = f"{count:08x}"
    fields = [
        f'username="{user}"',
        f'realm="{realm}"',
        f'nonce="{nonce}"',
        f'uri="{uri}"',
        f"algorithm={algorithm}",
    ]
    if "auth" in qops:
        response = h(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
        fields += ["qop=auth", f"nc={nc}", f'cnonce="{cnonce}"']
    else:
        response = h(f"{ha1}:{nonce}:{ha2}")
    fields.append(f'response="{response}"')
    if "opaque" in challenge:
        fields.append(f'opaque="{challenge["opaque"]}"')
    return "Digest " + ", ".join(fields)
