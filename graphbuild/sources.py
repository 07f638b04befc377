"""Read a source page: its text, SHA-256, and line/offset bookkeeping.

Offsets everywhere in the project are Python ``str`` indices (Unicode code points) into
the page decoded as UTF-8, with line endings kept as they are in the file.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import SourceError

#: Pages larger than this are refused: no page of this family comes near it.
MAX_PAGE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class PageMeta:
    """What a user knows about a page besides its text (all optional).

    ``publisher`` is a name, acronym or gazetteer id as written; ``publisher_kind`` is
    ``body`` (an organisation speaking for itself) or ``press`` (a newspaper or news site:
    nobody's home); ``year_hint`` is the year known from the page's address or date.
    """

    publisher: str | None = None
    publisher_kind: str = "body"
    url: str | None = None
    language: str | None = None
    published: str | None = None  # ISO date
    retrieved: str | None = None  # ISO date
    year_hint: int | None = None


@dataclass(frozen=True)
class SourcePage:
    """One page as read from disk."""

    id: str  # the file stem: a stable document id
    path: str  # as given by the user (for messages)
    text: str
    sha256: str
    line_starts: tuple[int, ...] = field(repr=False)
    meta: PageMeta = field(default_factory=PageMeta)

    def line_of(self, offset: int) -> int:
        """The 1-based line holding ``offset``."""
        return bisect.bisect_right(self.line_starts, offset)


def page_from_text(text: str, *, doc_id: str, path: str | None = None) -> SourcePage:
    """A page from text already in memory (tests, generators)."""
    data = text.encode("utf-8")
    return _make_page(doc_id, path or doc_id, text, hashlib.sha256(data).hexdigest())


def _make_page(doc_id: str, path: str, text: str, sha256: str) -> SourcePage:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return SourcePage(doc_id, path, text, sha256, tuple(starts))


def read_page(path: str | Path) -> SourcePage:
    """Read and check a page; raise :class:`SourceError` naming the file and line."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise SourceError("no such file", name, "check the path")
    if not p.is_file():
        raise SourceError("not a regular file", name, "give the path of a page (.txt)")
    size = p.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise SourceError(
            f"file is {size} bytes, more than the {MAX_PAGE_BYTES} a page may have",
            name,
            "split it into pages",
        )
    data = p.read_bytes()
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise SourceError(
            "binary content (NUL byte)", f"{name}:{line}", "give the page as UTF-8 text"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at byte {exc.start})",
            f"{name}:{line}",
            "convert the page to UTF-8, e.g. with iconv",
        ) from None
    if not text.strip():
        raise SourceError("empty page", f"{name}:1", "give a page with activities")
    return _make_page(p.stem, name, text, hashlib.sha256(data).hexdigest())
