"""Read a source page: its text, SHA-256, metadata, and line/offset bookkeeping.

Offsets everywhere in the project are Python ``str`` indices (Unicode code points) into
the page's text: the file decoded as UTF-8 with line endings kept as they are, or, for a
page saved as HTML, the main text taken out of it (see :mod:`graphbuild.htmlpage`).

What is known about a page besides its text (:class:`PageMeta`) comes from, strongest
first: the options given for every page (``overrides``), the page's sidecar ``PAGE.toml``
beside ``PAGE.txt``, its table in ``data/sources.toml``, and what an HTML page's markup
says (``<html lang>``, a publication-date ``<meta>``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from graphbuild.errors import SourceError, utf8_text, where

#: Pages larger than this are refused: no page of this family comes near it.
MAX_PAGE_BYTES = 64 * 1024 * 1024

#: File name endings of pages; a folder given as a source means its files with these.
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
PAGE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

#: The project-wide metadata file in the data folder: a table per page id.
SOURCES_FILE = "sources.toml"

#: The keys of a sidecar and of a page's table in data/sources.toml.
META_KEYS = (
    "title",
    "publisher",
    "publisher_kind",
    "url",
    "language",
    "published",
    "retrieved",
    "year_hint",
)
PUBLISHER_KINDS = ("body", "press")
YEARS = (1900, 2100)  # a year_hint, and the year of a date, must lie in this range

#: Metadata as given, key by key (validated: ``year_hint`` an int, every other a str).
MetaFields = Mapping[str, str | int]

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_TOML_AT = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass(frozen=True)
class PageMeta:
    """What a user knows about a page besides its text (all optional).

    ``publisher`` is a name, acronym or gazetteer id as written; ``publisher_kind`` is
    ``body`` (an organisation speaking for itself) or ``press`` (a newspaper or news site:
    nobody's home); ``year_hint`` is the year known from the page's address or date;
    ``title`` names the page in the graph (its id when not given).
    """

    publisher: str | None = None
    publisher_kind: str = "body"
    url: str | None = None
    language: str | None = None
    published: str | None = None  # ISO date
    retrieved: str | None = None  # ISO date
    year_hint: int | None = None
    title: str | None = None
    # Listed in data/sources.toml: a page of the project's own corpus, whose records have
    # short ids ("2016-04-romania"); the records of other pages are named after their page.
    registered: bool = False


@dataclass(frozen=True)
class SourcePage:
    """One page as read from disk.

    ``text`` is what the facts are read from and ``sha256`` its digest (of its UTF-8
    bytes); for a page saved as HTML, ``original_sha256`` is the digest of the HTML file.
    """

    id: str  # the file stem: a stable document id
    path: str  # as given by the user (for messages)
    text: str
    sha256: str
    line_starts: tuple[int, ...] = field(repr=False)
    meta: PageMeta = field(default_factory=PageMeta)
    original_sha256: str | None = None

    def line_of(self, offset: int) -> int:
        """The 1-based line holding ``offset``."""
        return bisect.bisect_right(self.line_starts, offset)


def page_from_text(
    text: str, *, doc_id: str, path: str | None = None, meta: PageMeta | None = None
) -> SourcePage:
    """A page from text already in memory (tests, generators)."""
    data = text.encode("utf-8")
    return _make_page(
        doc_id, path or doc_id, text, hashlib.sha256(data).hexdigest(), meta or PageMeta()
    )


def _make_page(
    doc_id: str,
    path: str,
    text: str,
    sha256: str,
    meta: PageMeta,
    original_sha256: str | None = None,
    *,
    line_starts: tuple[int, ...] | None = None,
) -> SourcePage:
    """``line_starts``: where each of the file's lines starts in ``text``, when ``text``
    joins some of them (:mod:`graphbuild.hard_wraps`); by default, after each newline."""
    if line_starts is not None:
        return SourcePage(doc_id, path, text, sha256, line_starts, meta, original_sha256)
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return SourcePage(doc_id, path, text, sha256, tuple(starts), meta, original_sha256)


def read_pages(
    sources: Sequence[str | Path],
    *,
    data_dir: str | Path | None = None,
    overrides: MetaFields | None = None,
) -> list[SourcePage]:
    """The pages of ``sources`` (files, or folders of pages), sorted by file name.

    Each page's metadata is ``overrides`` over its sidecar over its table in
    ``DATA_DIR/sources.toml`` (when ``data_dir`` is given) over what its HTML says.
    """
    paths = sorted(page_paths(sources), key=lambda p: Path(p).name)
    given = check_meta(overrides or {}, "the options given for every page")
    if "url" in given and len(paths) > 1:
        raise SourceError(
            f"one address (url) was given for {len(paths)} pages",
            None,
            "an address belongs to one page: write it in each page's sidecar (PAGE.toml)",
        )
    seen: dict[str, str | Path] = {}
    for path in paths:
        stem = Path(path).stem
        if stem in seen:
            raise SourceError(
                f"two pages have the id '{stem}': {seen[stem]} and {path}",
                str(path),
                "a page's id is its file name without the extension: give only one of them",
            )
        seen[stem] = path
    known = load_sources_file(Path(data_dir) / SOURCES_FILE) if data_dir is not None else {}
    return [read_page(p, project=known.get(Path(p).stem), overrides=given) for p in paths]


def page_paths(sources: Sequence[str | Path]) -> list[str | Path]:
    """``sources`` with each folder replaced by its pages (``*.txt``, ``*.html``, ``*.htm``,
    sorted by name); sidecars and other files in a folder are skipped."""
    out: list[str | Path] = []
    for source in sources:
        folder = Path(source)
        if not folder.is_dir():
            out.append(source)
            continue
        found = sorted(
            (
                p
                for p in folder.iterdir()
                if p.suffix.lower() in PAGE_SUFFIXES and p.is_file() and not p.name.startswith(".")
            ),
            key=lambda p: p.name,
        )
        if not found:
            raise SourceError(
                "a folder with no pages in it (.txt, .html, .htm)",
                str(source),
                "give the folder that holds the pages, or the pages themselves",
            )
        out.extend(found)
    return out


def read_page(
    path: str | Path,
    *,
    project: MetaFields | None = None,
    overrides: MetaFields | None = None,
) -> SourcePage:
    """Read and check a page and its sidecar; raise :class:`SourceError` naming the file
    and line.

    ``.html`` and ``.htm`` pages are read as HTML, any other file as UTF-8 text. The
    metadata is ``overrides`` over the sidecar ``PAGE.toml`` over ``project`` (the page's
    table in data/sources.toml) over what the HTML says.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise SourceError("no such file", name, "check the path")
    if not p.is_file():
        raise SourceError(
            "not a regular file", name, "give the path of a page (.txt, .html) or a folder"
        )
    size = p.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise SourceError(
            f"file is {size} bytes, more than the {MAX_PAGE_BYTES} a page may have",
            name,
            "split it into pages",
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(
            f"cannot be read: {exc.strerror or exc}", name, "give a page saved as a file"
        ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise SourceError(
            "binary content (NUL byte)", f"{name}:{line}", "give the page as UTF-8 text"
        )
    digest = hashlib.sha256(data).hexdigest()
    given = check_meta(overrides or {}, "the options given for every page")
    sidecar = read_sidecar(p.with_suffix(".toml"))
    if p.suffix.lower() in HTML_SUFFIXES:
        from graphbuild.htmlpage import html_text

        if not data.strip():
            raise SourceError("empty page", f"{name}:1", "give a page with activities")
        found = html_text(data, where=name)
        marked = {"language": found.language, "published": found.published}
        from_html = {k: v for k, v in marked.items() if v is not None}
        meta = _meta_from({**from_html, **(project or {}), **sidecar, **given})
        meta = replace(meta, registered=project is not None)
        text_digest = hashlib.sha256(found.text.encode("utf-8")).hexdigest()
        return _make_page(p.stem, name, found.text, text_digest, meta, digest)
    text = utf8_text(data, name, SourceError, "convert the page to UTF-8, e.g. with iconv")
    if not text.strip():
        raise SourceError("empty page", f"{name}:1", "give a page with activities")
    if text.startswith("\ufeff") or "\r" in text:
        # saved on Windows (CRLF, a byte order mark) or an old Mac (CR): read as the same
        # text with plain line ends, a derived text whose digest is kept beside the file's
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        original = digest
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    else:
        original = None
    meta = replace(
        _meta_from({**(project or {}), **sidecar, **given}), registered=project is not None
    )
    from graphbuild.feeds import feed_text

    fed = feed_text(text)
    if fed is not None:  # a news feed's XML read as its entries: a derived text
        fed_digest = hashlib.sha256(fed.encode("utf-8")).hexdigest()
        return _make_page(p.stem, name, fed, fed_digest, meta, original or digest)
    from graphbuild.hard_wraps import rejoin_hard_wraps
    from graphbuild.text_tables import (
        reflow_aligned_tables,
        reflow_bar_rows,
        reflow_cell_lines,
        reflow_text_tables,
    )

    drawn = reflow_text_tables(text)
    drawn = reflow_aligned_tables(drawn or text) or drawn
    drawn = reflow_bar_rows(drawn or text) or drawn
    flowed = reflow_cell_lines(drawn or text) or drawn
    # (a page hard-wrapped at a fixed width, its broken lines joined; its lines the file's)
    joined = rejoin_hard_wraps(flowed or text)
    derived = joined[0] if joined is not None else flowed
    if derived is not None:  # tables read row by row, lines joined: a derived text
        derived_digest = hashlib.sha256(derived.encode("utf-8")).hexdigest()
        return _make_page(
            p.stem,
            name,
            derived,
            derived_digest,
            meta,
            original or digest,
            line_starts=joined[1] if joined is not None and flowed is None else None,
        )
    return _make_page(p.stem, name, text, digest, meta, original)


def read_sidecar(path: str | Path) -> dict[str, str | int]:
    """The checked keys of a page's sidecar ``PAGE.toml``; nothing if there is none."""
    p = Path(path)
    if not p.is_file():
        return {}
    text, table = _load_toml(p)
    return check_meta(table, str(p), text=text)


def load_sources_file(path: str | Path) -> dict[str, dict[str, str | int]]:
    """The checked tables of ``data/sources.toml`` (``[pages."PAGE-ID"]``), by page id."""
    p = Path(path)
    if not p.is_file():
        return {}
    text, doc = _load_toml(p)
    for key in doc:
        if key != "pages":
            raise SourceError(
                f"unknown table or key '{key}'",
                where(str(p), _key_line(text, key)),
                'give each page as a table [pages."PAGE-ID"]; '
                "the id is the page's file name less its extension",
            )
    pages = doc.get("pages", {})
    if not isinstance(pages, dict):
        raise SourceError(
            "'pages' is not a table",
            where(str(p), _key_line(text, "pages")),
            'give each page as a table [pages."PAGE-ID"]',
        )
    out: dict[str, dict[str, str | int]] = {}
    for page_id, table in pages.items():
        if not isinstance(table, dict):
            raise SourceError(
                f"pages.{page_id} is not a table",
                where(str(p), None, page_id),
                f'write its keys under a header [pages."{page_id}"]',
            )
        out[page_id] = check_meta(table, str(p), text=text, record=page_id)
    return out


def _load_toml(path: Path) -> tuple[str, dict[str, object]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")  # a BOM, as some editors write, is fine
    except UnicodeDecodeError:
        raise SourceError("not UTF-8", str(path), "save the file as UTF-8") from None
    except OSError as exc:
        raise SourceError(f"cannot be read: {exc.strerror or exc}", str(path)) from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = _TOML_AT.search(str(exc))
        line = int(at.group(1)) if at else None
        raise SourceError(
            f"not valid TOML: {_TOML_AT.sub('', str(exc)).strip()}",
            where(str(path), line),
            'fix the syntax: one key = value per line, strings in quotes, e.g. language = "fr"',
        ) from None


def check_meta(
    table: Mapping[str, object],
    path: str,
    *,
    text: str | None = None,
    record: str | None = None,
) -> dict[str, str | int]:
    """``table``'s keys checked and normalised (dates as ``YYYY-MM-DD``); raise
    :class:`SourceError` naming ``path`` (the line found in ``text``), the record and the key.
    """
    out: dict[str, str | int] = {}
    for key, value in table.items():
        line = _key_line(text, key, record) if text is not None else None
        if key not in META_KEYS:
            raise SourceError(
                f"unknown key '{key}'",
                where(path, line, record),
                f"the keys are {', '.join(META_KEYS)}",
            )
        try:
            out[key] = meta_value(key, value)
        except MetaValueError as exc:
            raise SourceError(
                f"{key}: {exc.problem}", where(path, line, record), exc.hint
            ) from None
    return out


class MetaValueError(ValueError):
    """A metadata value that is not what its key needs: ``problem`` and what to do."""

    def __init__(self, problem: str, hint: str) -> None:
        super().__init__(problem)
        self.problem, self.hint = problem, hint


def meta_value(key: str, value: object) -> str | int:
    """One metadata value checked and normalised; raise :class:`MetaValueError`.

    >>> meta_value("published", "2016-04-12T09:30:00-04:00")
    '2016-04-12'
    >>> meta_value("year_hint", "2015")
    Traceback (most recent call last):
    ...
    graphbuild.sources.MetaValueError: '2015' is not a whole number
    """
    if key == "year_hint":
        if isinstance(value, bool) or not isinstance(value, int):
            raise MetaValueError(
                f"{value!r} is not a whole number",
                "write the year without quotes, e.g. year_hint = 2015",
            )
        if not YEARS[0] <= value <= YEARS[1]:
            raise MetaValueError(
                f"{value} is not a year in {YEARS[0]}-{YEARS[1]}", "check the year"
            )
        return value
    if key in ("published", "retrieved"):
        return _iso_date(value)
    if not isinstance(value, str) or not value.strip():
        raise MetaValueError(f"{value!r} is not a text", f'write it in quotes, e.g. {key} = "..."')
    value = value.strip()
    if key == "publisher_kind" and value not in PUBLISHER_KINDS:
        raise MetaValueError(
            f"{value!r} is neither 'body' nor 'press'",
            "write body for an organisation speaking for itself, press for a newspaper or "
            "news site",
        )
    if key == "language" and not _LANGUAGE_TAG.fullmatch(value):
        raise MetaValueError(f"{value!r} is not a language tag", 'write a tag such as "en" or "fr"')
    if key == "url":
        try:
            parts = urlsplit(value)
        except ValueError:  # "http://[" and the like
            parts = urlsplit("")
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise MetaValueError(
                f"{value!r} is not a web address",
                'write the full address, e.g. "https://example.org/missions"',
            )
        from graphbuild.namespaces import iri_problem

        problem = iri_problem(value, web=True)
        if problem:
            raise MetaValueError(f"{value!r} {problem}", "write the address as a browser shows it")
    return value


def _iso_date(value: object) -> str:
    hint = "write an ISO date, YYYY-MM-DD, e.g. 2016-04-12"
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        try:
            day = dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            raise MetaValueError(f"{value!r} is not an ISO date", hint) from None
    else:
        raise MetaValueError(f"{value!r} is not a date", hint)
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise MetaValueError(f"{day.isoformat()} is not in {YEARS[0]}-{YEARS[1]}", "check the year")
    return day.isoformat()


def _key_line(text: str | None, key: str, record: str | None = None) -> int | None:
    """The line of ``key = ...`` in ``text`` (after the ``[pages."record"]`` header), if found."""
    if text is None:
        return None
    lines = text.splitlines()
    start = 0
    if record is not None:
        header = re.compile(
            r'\s*\[\s*pages\s*\.\s*(?:"' + re.escape(record) + r'"|' + re.escape(record) + r")\s*\]"
        )
        start = next((i + 1 for i, ln in enumerate(lines) if header.match(ln)), 0)
        if start == 0:
            return None
    name = r"(?:" + re.escape(key) + r'|"' + re.escape(key) + r'")'
    pattern = re.compile(r"\s*(?:" + name + r"\s*[=.]|\[\[?\s*" + name + r"\s*[\].])")
    for number in range(start, len(lines)):
        if record is not None and lines[number].lstrip().startswith("["):
            return None
        if pattern.match(lines[number]):
            return number + 1
    return None


def _meta_from(fields: MetaFields) -> PageMeta:
    def text(key: str) -> str | None:
        value = fields.get(key)
        return value if isinstance(value, str) else None

    year = fields.get("year_hint")
    return PageMeta(
        publisher=text("publisher"),
        publisher_kind=text("publisher_kind") or "body",
        url=text("url"),
        language=text("language"),
        published=text("published"),
        retrieved=text("retrieved"),
        year_hint=year if isinstance(year, int) else None,
        title=text("title"),
    )
