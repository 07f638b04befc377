"""What the endpoint serves besides SPARQL: the query page at its root, entity pages at
``/id/...`` with content negotiation, and the dataset's own files.

IRIs under the base IRI (``https://w3id.org/dgeq-kg/id/activity/2007-mali``) are served at
``/id/`` plus the rest (``/id/activity/2007-mali``), whatever the base IRI is; where the base
IRI's own path differs (``/dgeq-kg/id/``), that path is served too, so a proxy may pass the
canonical paths through unchanged. The RDF served keeps the canonical IRIs.

The dataset's files are served where the DCAT description puts them (its download URLs are
the base IRI plus the file name: ``/id/graph.ttl``), and at the root (``/graph.ttl``).
``/id/dataset`` is the VoID/DCAT description itself, as a page or as RDF.

Nothing here runs a visitor's query: an entity is looked up by its IRI in the store the
workers serve (opened read-only), its description bounded (:data:`pages.MAX_TRIPLES`), at
most :data:`MAX_RENDERING` pages made at once (503 beyond, after a short wait).
"""

from __future__ import annotations

import json
import mimetypes
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from graphbuild.export import TABLE_DISTRIBUTIONS, RdfFormat
from graphbuild.namespaces import DEFAULT_BASE_IRI
from graphbuild.pages import (
    WEB_DIR,
    EntityLookup,
    EntityView,
    PageFormat,
    PageLinks,
    catalog_examples,
    entity_html,
    entity_path,
    entity_rdf,
    negotiate,
    preferred_language,
    query_page_html,
    source_texts,
)

SITE_TITLE = "DGEQ international cooperation graph"
ID_PATH = "/id/"
MAX_RENDERING = 4

#: The build's files served for download (when present in dist/), with their media types.
DATASET_FILES: dict[str, str] = {
    **{f.file_name: f.media_type for f in RdfFormat},
    # the tables, their data package and codebook, the citation and the data licence
    **{name: media for name, media, _title in TABLE_DISTRIBUTIONS},
    "context.jsonld": "application/ld+json",
    "void.ttl": "text/turtle",
    "missions.csv": "text/csv",
    "network.html": "text/html",
    "validation-report.txt": "text/plain",
}

_FORMAT_NAMES = {
    "html": PageFormat.HTML,
    "ttl": PageFormat.TURTLE,
    "turtle": PageFormat.TURTLE,
    "nt": PageFormat.NTRIPLES,
    "ntriples": PageFormat.NTRIPLES,
    "jsonld": PageFormat.JSONLD,
    "json-ld": PageFormat.JSONLD,
}


@dataclass(frozen=True)
class Answer:
    """One response: status, media type, body (or a file to send) and extra headers."""

    status: int
    media_type: str
    body: bytes = b""
    file: Path | None = None
    headers: tuple[tuple[str, str], ...] = field(default=())


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def build_base_iri(dist_dir: Path) -> str:
    """The base IRI the graph of ``dist_dir`` was built with (``build.json``)."""
    try:
        marker = json.loads((dist_dir / "build.json").read_text(encoding="utf-8"))
        base = marker.get("base_iri")
    except (OSError, ValueError, AttributeError):
        base = None
    return base if isinstance(base, str) and base else DEFAULT_BASE_IRI


class Browse:
    """The pages and files of one built graph."""

    def __init__(
        self,
        dist_dir: Path,
        lookup: EntityLookup,
        *,
        base_iri: str,
    ) -> None:
        self.dist_dir = dist_dir
        self.lookup = lookup
        self.base_iri = base_iri
        self.base_path = urlsplit(base_iri).path or "/"
        void = dist_dir / "void.ttl"
        self.void = (
            EntityLookup.from_file(void, base_iri=base_iri, texts=lookup.texts)
            if void.is_file()
            else None
        )
        if self.void is not None:
            self.void.labels_from = lookup
        self._query_page: bytes | None = None
        self._query_page_lock = threading.Lock()
        self._rendering = threading.BoundedSemaphore(MAX_RENDERING)

    @property
    def query_page(self) -> bytes:
        """The query page, made at its first request (checking the catalog's queries takes
        seconds: no endpoint start waits for it)."""
        with self._query_page_lock:
            if self._query_page is None:
                self._query_page = query_page_html(
                    catalog_examples(base_iri=self.base_iri),
                    base_iri=self.base_iri,
                    endpoint="query",
                    ids="id/",
                    dataset="id/dataset",
                ).encode("utf-8")
            return self._query_page

    @classmethod
    def for_store(cls, dist_dir: Path, store_dir: Path, *, sources: Sequence[Path] = ()) -> Browse:
        """Pages over the endpoint's store, opened read-only beside its workers."""
        base_iri = build_base_iri(dist_dir)
        texts: dict[str, str] = {}
        if sources:
            from graphbuild.sources import read_pages

            texts = source_texts(read_pages(list(sources)))
        lookup = EntityLookup(ox.Store.read_only(str(store_dir)), base_iri=base_iri, texts=texts)
        return cls(dist_dir, lookup, base_iri=base_iri)

    # -- routing -------------------------------------------------------------------------

    def answer(
        self,
        path: str,
        query_string: str = "",
        *,
        accept: str | None = None,
        accept_language: str | None = None,
    ) -> Answer:
        if path in ("/", "/index.html"):
            return Answer(200, "text/html; charset=utf-8", self.query_page)
        if path.startswith("/web/"):
            return self._asset(path[len("/web/") :])
        for prefix in dict.fromkeys((ID_PATH, self.base_path)):
            if prefix != "/" and path.startswith(prefix):
                return self._under_id(path[len(prefix) :], query_string, accept, accept_language)
        name = path.lstrip("/")
        if name in DATASET_FILES:
            return self._file(name)
        return _text(404, "not found: the query page is /, entities are under /id/")

    def _asset(self, name: str) -> Answer:
        target = (WEB_DIR / name).resolve()
        if WEB_DIR.resolve() not in target.parents or not target.is_file():
            return _text(404, "no such asset")
        media = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if media.startswith("text/") or media.endswith("javascript"):
            media += "; charset=utf-8"
        return Answer(200, media, file=target, headers=(("Cache-Control", "max-age=3600"),))

    def _file(self, name: str) -> Answer:
        path = self.dist_dir / name
        if not path.is_file():
            return _text(404, f"this build has no {name}")
        media = DATASET_FILES[name]
        if media.startswith("text/"):
            media += "; charset=utf-8"
        return Answer(200, media, file=path)

    def _under_id(
        self, rest: str, query_string: str, accept: str | None, accept_language: str | None
    ) -> Answer:
        if rest in DATASET_FILES:
            return self._file(rest)
        iri = self.base_iri + rest
        if entity_path(iri, self.base_iri) is None:
            return _text(404, f"no entity has the IRI <{iri}>")
        asked = parse_qs(query_string).get("format", [])
        if asked:
            fmt = _FORMAT_NAMES.get(asked[0].lower())
            if fmt is None:
                return _text(400, f"unknown format {asked[0]!r}: give html, ttl, nt or jsonld")
        else:
            fmt = negotiate(accept)
        if fmt is None:
            offered = ", ".join(f.media_type.split(";")[0] for f in PageFormat)
            return _text(406, f"none of the types asked for is offered here: {offered}")
        if not self._rendering.acquire(timeout=5):
            return _text(503, "too many pages are being made: try again shortly")
        try:
            return self._entity(iri, rest, fmt, accept_language)
        finally:
            self._rendering.release()

    def _view(self, iri: str) -> EntityView:
        view = self.lookup.view(iri)
        if not view.found and self.void is not None:
            view = self.void.view(iri)
        return view

    def _entity(self, iri: str, rest: str, fmt: PageFormat, accept_language: str | None) -> Answer:
        vary = (("Vary", "Accept, Accept-Language"),)
        view = self._view(iri)
        if not view.description:
            if fmt is PageFormat.HTML:
                page = _not_found_page(iri).encode("utf-8")
                return Answer(404, PageFormat.HTML.media_type, page, headers=vary)
            return _text(404, f"no entity has the IRI <{iri}>")
        if fmt is not PageFormat.HTML:
            body = entity_rdf(view, fmt, base_iri=self.base_iri)
            return Answer(200, fmt.media_type, body, headers=vary)
        lang = preferred_language(accept_language)
        leaf = rest.rsplit("/", 1)[-1]
        links = PageLinks(
            entity=self._link,
            asset="/web/",
            home="/id/dataset",
            query="/",
            formats={
                f: f"{leaf}?format={f.suffix}" for f in PageFormat if f is not PageFormat.HTML
            },
        )
        html_page = entity_html(view, lang=lang, links=links, site_title=SITE_TITLE)
        headers = (*vary, ("Content-Language", lang))
        return Answer(200, PageFormat.HTML.media_type, html_page.encode("utf-8"), headers=headers)

    def _link(self, iri: str) -> str | None:
        rest = entity_path(iri, self.base_iri)
        return None if rest is None else ID_PATH + rest


def _not_found_page(iri: str) -> str:
    import html

    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Not found</title>'
        '<link rel="icon" href="data:,">'
        '<link rel="stylesheet" href="/web/pages.css"></head><body><header>'
        f'<a href="/">{html.escape(SITE_TITLE)}</a></header><main><h1>Not found</h1>'
        f"<p>The graph has nothing about <code>{html.escape(iri)}</code>.</p></main></body>"
        "</html>\n"
    )
