"""One place for every error the library raises: each says what, where and what to do.

Exit codes of the CLI: 0 success; 1 the input or the graph is invalid (a located error, a
SHACL violation); 2 a usage or runtime error (a bad option, a busy output folder, a store
that cannot be reached).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class GraphBuildError(Exception):
    """Base error: ``message`` says what is wrong, ``where`` where, ``hint`` what to do."""

    message: str
    where: str | None = None
    hint: str | None = None
    exit_code: int = 1

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text} ({self.hint})" if self.hint else text


class SourceError(GraphBuildError):
    """A page cannot be read: missing, binary, not UTF-8, empty, or with no activity."""


class GazetteerError(GraphBuildError):
    """A gazetteer file in data/ is malformed or inconsistent."""


class CorrectionError(GraphBuildError):
    """A recorded correction no longer applies, or is malformed."""


class RecordsError(GraphBuildError):
    """The curated records in data/ are malformed or out of date."""


class ValidationFailed(GraphBuildError):
    """The built graph does not conform to the SHACL shapes."""


class QueryError(GraphBuildError):
    """A catalog query is unknown, malformed, or its parameters are wrong."""


@dataclass
class EndpointError(GraphBuildError):
    """The SPARQL endpoint cannot start: Oxigraph missing, a store that fails to load."""

    exit_code: int = 2


@dataclass
class PushError(GraphBuildError):
    """Uploading the graph to a SPARQL store failed: unreachable, refused, or rejected."""

    exit_code: int = 2


@dataclass
class OptionError(GraphBuildError):
    """An option or argument has a value that cannot be used (a usage error)."""

    exit_code: int = 2


@dataclass
class BusyError(GraphBuildError):
    """Another process is writing the same output folder."""

    exit_code: int = 2


def where(path: str, line: int | None = None, record: str | None = None) -> str:
    """``file:line [record id]``, the location prefix every message uses."""
    text = path if line is None else f"{path}:{line}"
    return f"{text} [{record}]" if record else text


def utf8_text(raw: bytes, path: str, error: type[GraphBuildError], hint: str) -> str:
    """``raw`` decoded as UTF-8, or ``error`` naming the file, the line of the first byte that
    is not UTF-8, and ``hint``."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise error(
            f"not UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start})", where(path, line), hint
        ) from None
