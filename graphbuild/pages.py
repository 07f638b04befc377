"""Entity pages: what the graph says about one IRI, for people (HTML) and for machines
(Turtle, N-Triples, JSON-LD). Used by the endpoint (``GET /id/...``) and by the static site.

An entity's *description* is its own triples and those of the parts it owns: the nodes
whose IRI lies under its path (an activity's associations, named events, source spans and
their selectors), reached by following its links. The RDF keeps the canonical IRIs; only
the HTML's links point to where the pages are served (``link``).

For an activity the page quotes its evidence: the lines of the source page its spans come
from, each span marked (``<mark>``), with the page's title, address and SHA-256. The text
is that of a page given with ``--sources`` whose digest is the graph's ``dgk:sha256``;
without it the page still gives the offsets and the digest.

Every value put into HTML is escaped; only http(s) addresses become links.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SDO, SKOS
from rdflib.term import Node

from graphbuild.namespaces import DGK, OA, PREFIXES

#: Links followed into an entity's own parts, at most this deep (activity -> event -> span
#: -> selector), and at most this many triples in one description.
MAX_DEPTH = 4
MAX_TRIPLES = 20_000
#: Links *to* an entity listed on its page (an organisation in thousands of activities).
MAX_INCOMING = 1_000
#: Characters of context quoted on each side of a span, within its line.
QUOTE_CONTEXT = 400

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LABELS = (SKOS.prefLabel, RDFS.label, SDO.name, DCTERMS.title, FOAF.name)
_LANGUAGES = ("en", "fr")


class PageFormat(Enum):
    """The representations of an entity: (file suffix, media type)."""

    HTML = ("html", "text/html; charset=utf-8")
    TURTLE = ("ttl", "text/turtle; charset=utf-8")
    NTRIPLES = ("nt", "application/n-triples")
    JSONLD = ("jsonld", "application/ld+json")

    @property
    def suffix(self) -> str:
        return self.value[0]

    @property
    def title(self) -> str:
        return {"HTML": "HTML", "TURTLE": "Turtle", "NTRIPLES": "N-Triples"}.get(
            self.name, "JSON-LD"
        )

    @property
    def media_type(self) -> str:
        return self.value[1]


_ACCEPTED = {
    "text/html": PageFormat.HTML,
    "application/xhtml+xml": PageFormat.HTML,
    "text/turtle": PageFormat.TURTLE,
    "application/x-turtle": PageFormat.TURTLE,
    "application/n-triples": PageFormat.NTRIPLES,
    "text/plain": PageFormat.NTRIPLES,
    "application/ld+json": PageFormat.JSONLD,
    "application/json": PageFormat.JSONLD,
}


def negotiate(accept: str | None) -> PageFormat | None:
    """The representation an ``Accept`` header asks for; None when none is acceptable.

    >>> negotiate("text/turtle;q=0.9, application/ld+json").name
    'JSONLD'
    >>> negotiate(None).name, negotiate("image/png") is None
    ('HTML', True)
    """
    if not accept or not accept.strip():
        return PageFormat.HTML
    best: tuple[float, int, PageFormat] | None = None
    for position, item in enumerate(accept.split(",")):
        kind, *parameters = (piece.strip() for piece in item.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        kind = kind.lower()
        found = (
            PageFormat.HTML
            if kind in ("*/*", "text/*")
            else PageFormat.NTRIPLES
            if kind == "application/*"
            else _ACCEPTED.get(kind)
        )
        if found is None or quality <= 0:
            continue
        # Ties go to the earlier entry; */* ranks below any named type of the same quality.
        rank = (quality, -position - (1000 if kind.endswith("*") else 0), found)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None


def preferred_language(accept_language: str | None) -> str:
    """The first language of ``Accept-Language`` the labels have (``en`` or ``fr``), else en.

    >>> preferred_language("fr-CA,fr;q=0.9,en;q=0.8")
    'fr'
    """
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((accept_language or "").split(",")):
        tag, *parameters = (piece.strip() for piece in item.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.split("-")[0].lower()
        if primary in _LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return sorted(ranked)[0][2] if ranked else "en"


# -- reading the graph ----------------------------------------------------------------------


def _rdflib(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # as rdflib reads it from N-Triples
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    from rdflib import BNode

    return BNode(str(term.value))


class _TripleIndex:
    """A file's triples indexed by subject and by object, the terms kept as parsed."""

    def __init__(self, path: Path, fmt: ox.RdfFormat) -> None:
        self.triples = list(ox.parse(path=str(path), format=fmt))
        self.by_subject: dict[str, list[Any]] = {}
        self.by_object: dict[str, list[Any]] = {}
        for triple in self.triples:
            self.by_subject.setdefault(str(triple.subject), []).append(triple)
            self.by_object.setdefault(str(triple.object), []).append(triple)

    def quads_for_pattern(self, s: Any, p: Any, o: Any, _graph: Any) -> list[Any]:
        if s is not None:
            found = self.by_subject.get(str(s), [])
        elif o is not None:
            found = self.by_object.get(str(o), [])
        else:
            found = self.triples
        return [
            t for t in found if (p is None or t.predicate == p) and (o is None or t.object == o)
        ]


@dataclass(frozen=True)
class SourceInfo:
    """A source page as the graph describes it, with its text when it was given."""

    iri: str
    title: str
    url: str | None
    sha256: str
    text: str | None


@dataclass
class EntityView:
    """What a page shows of one entity."""

    iri: str
    description: Graph
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # iri -> lang -> label
    incoming: list[tuple[str, str]] = field(default_factory=list)  # (subject, predicate)
    more_incoming: bool = False
    sources: dict[str, SourceInfo] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return len(self.description) > 0 or bool(self.incoming)


class EntityLookup:
    """Entities of a graph held in an Oxigraph store (the endpoint's, opened read-only, or
    one loaded from ``graph.nt`` for the site), with the texts of the source pages."""

    def __init__(
        self,
        store: ox.Store,
        *,
        base_iri: str,
        texts: Mapping[str, str] | None = None,
        index: _TripleIndex | None = None,
    ) -> None:
        self.store = store
        self.index: _TripleIndex | ox.Store = index if index is not None else store
        self.base_iri = base_iri
        self.texts = dict(texts or {})  # sha256 -> text
        #: Where labels missing here are looked for (the graph, for the VoID description).
        self.labels_from: EntityLookup | None = None

    @classmethod
    def from_file(
        cls, path: Path, *, base_iri: str, texts: Mapping[str, str] | None = None
    ) -> EntityLookup:
        """The graph of a file, its terms exactly as written (a store would give integer
        types back as ``xsd:integer``); for SPARQL, also loaded into a store."""
        fmt = {".ttl": ox.RdfFormat.TURTLE}.get(path.suffix.lower(), ox.RdfFormat.N_TRIPLES)
        store = ox.Store()
        store.bulk_load(path=str(path), format=fmt)
        return cls(store, base_iri=base_iri, texts=texts, index=_TripleIndex(path, fmt))

    def _triples(
        self, subject: str | None = None, obj: str | None = None, predicate: Node | None = None
    ) -> Iterator[tuple[Node, Node, Node]]:
        seen: set[tuple[Node, Node, Node]] = set()
        s = ox.NamedNode(subject) if subject else None
        o = ox.NamedNode(obj) if obj else None
        p = ox.NamedNode(str(predicate)) if predicate is not None else None
        for quad in self.index.quads_for_pattern(s, p, o, None):
            triple = (_rdflib(quad.subject), _rdflib(quad.predicate), _rdflib(quad.object))
            if triple not in seen:
                seen.add(triple)
                yield triple

    def describe(self, iri: str) -> Graph:
        """The entity's triples and those of the parts it owns (see the module's doc)."""
        graph = Graph(bind_namespaces="none")
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        frontier = [iri]
        done: set[str] = set()
        for _depth in range(MAX_DEPTH + 1):
            following: list[str] = []
            for subject in frontier:
                if subject in done:
                    continue
                done.add(subject)
                for triple in self._triples(subject=subject):
                    graph.add(triple)
                    if len(graph) >= MAX_TRIPLES:
                        return graph
                    obj = triple[2]
                    if isinstance(obj, URIRef) and str(obj).startswith(iri + "/"):
                        following.append(str(obj))
            frontier = following
        return graph

    def label_of(self, iri: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for predicate in _LABELS:
            for _, _, value in self._triples(subject=iri, predicate=predicate):
                if isinstance(value, Literal):
                    found.setdefault(value.language or "", str(value))
        if not found and self.labels_from is not None:
            return self.labels_from.label_of(iri)
        return found

    def view(self, iri: str) -> EntityView:
        """The description of ``iri`` and what its page needs besides: labels of what it
        links to, links to it, its sources."""
        description = self.describe(iri)
        view = EntityView(iri, description)
        listed: set[str] = set()
        for triple in self._triples(obj=iri):
            subject, predicate = triple[0], triple[1]
            if not isinstance(subject, URIRef) or str(subject).startswith(iri + "/"):
                continue
            # A part of another entity (an activity's association naming an organisation)
            # is listed as that entity, once.
            owner = self.owner(str(subject))
            if owner in listed:
                continue
            if len(view.incoming) >= MAX_INCOMING:
                view.more_incoming = True
                break
            listed.add(owner)
            view.incoming.append((owner, str(predicate)))
        view.incoming.sort()
        named = {str(n) for t in description for n in t if isinstance(n, URIRef)}
        named.update(s for s, _ in view.incoming)
        named.update(p for _, p in view.incoming)
        for name in sorted(named):
            labels = self.label_of(name)
            if labels:
                view.labels[name] = labels
        for source in set(description.objects(None, OA.hasSource)):
            view.sources[str(source)] = self.source(str(source))
        return view

    def owner(self, iri: str) -> str:
        """The entity a part belongs to (``activity/X`` for ``activity/X/association/Y``),
        or the IRI itself."""
        if not iri.startswith(self.base_iri):
            return iri
        segments = iri[len(self.base_iri) :].split("/")
        return self.base_iri + "/".join(segments[:2]) if len(segments) > 2 else iri

    def source(self, iri: str) -> SourceInfo:
        title = url = sha = ""
        for _, p, o in self._triples(subject=iri):
            if p == DCTERMS.title:
                title = str(o)
            elif p == DCTERMS.source:
                url = str(o)
            elif p == DGK.sha256:
                sha = str(o)
        return SourceInfo(iri, title or iri, url or None, sha, self.texts.get(sha))

    def entities(self) -> list[str]:
        """Every IRI under the base that is the subject of a triple, sorted."""
        found = {
            quad.subject.value
            for quad in self.index.quads_for_pattern(None, None, None, None)
            if isinstance(quad.subject, ox.NamedNode)
            and quad.subject.value.startswith(self.base_iri)
            and len(quad.subject.value) > len(self.base_iri)
        }
        return sorted(found)

    def select(self, query: str) -> list[dict[str, str]]:
        """A SELECT of our own (never a visitor's) as rows of strings."""
        result = self.store.query(query, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            rows.append({n: ("" if solution[n] is None else str(solution[n].value)) for n in names})
        return rows


def source_texts(pages: Iterable[Any]) -> dict[str, str]:
    """sha256 -> text of the pages read by :func:`graphbuild.sources.read_pages`."""
    return {page.sha256: page.text for page in pages}


# -- the representations --------------------------------------------------------------------


def entity_rdf(view: EntityView, fmt: PageFormat, *, base_iri: str) -> bytes:
    """The description in Turtle, N-Triples or JSON-LD (canonical IRIs)."""
    graph = view.description
    if fmt is PageFormat.TURTLE:
        return graph.serialize(format="turtle", encoding="utf-8")
    if fmt is PageFormat.NTRIPLES:
        text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        lines = sorted({line for line in text.splitlines() if line.strip()})
        return "".join(f"{line}\n" for line in lines).encode("utf-8")
    if fmt is PageFormat.JSONLD:
        from graphbuild.export import jsonld_context_for
        from graphbuild.jsonld import jsonld_bytes, rdflib_triples

        return jsonld_bytes(rdflib_triples(graph), jsonld_context_for(base_iri))
    raise ValueError(f"{fmt} is not an RDF format")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _pick(labels: Mapping[str, str], lang: str) -> str | None:
    for choice in (lang, "en", "", *sorted(labels)):
        if choice in labels:
            return labels[choice]
    return None


def _local_name(iri: str) -> str:
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", tail).replace("-", " ").replace("_", " ")
    return words.lower() if words else iri


@dataclass(frozen=True)
class PageLinks:
    """Where a page's links go: ``entity(iri)`` the page of an entity under the base (None
    for any other IRI), ``asset`` the folder of the stylesheet, ``home`` and ``query``,
    and ``formats`` the hrefs of this page's other representations."""

    entity: Callable[[str], str | None]
    asset: str
    home: str
    query: str | None
    formats: Mapping[PageFormat, str]


class _Page:
    def __init__(self, view: EntityView, lang: str, links: PageLinks) -> None:
        self.view, self.lang, self.links = view, lang, links

    def label(self, iri: str) -> str:
        return _pick(self.view.labels.get(iri, {}), self.lang) or _local_name(iri)

    def anchor(self, iri: str, text: str | None = None) -> str:
        shown = _e(text if text is not None else self.label(iri))
        target = self.links.entity(iri)
        if target is not None:
            return f'<a href="{_e(target)}">{shown}</a>'
        if re.match(r"^https?://", iri):
            return f'<a class="external" href="{_e(iri)}" rel="noopener">{shown}</a>'
        return shown

    def value(self, node: Node) -> str:
        if isinstance(node, Literal):
            tag = f' lang="{_e(node.language)}"' if node.language else ""
            return f"<span{tag}>{_e(node)}</span>"
        return self.anchor(str(node))


def entity_html(view: EntityView, *, lang: str, links: PageLinks, site_title: str) -> str:
    """The HTML page of an entity, its labels in ``lang`` where the graph has them."""
    page = _Page(view, lang, links)
    iri = view.iri
    graph = view.description
    subject = URIRef(iri)
    title = page.label(iri)
    types = sorted({str(t) for t in graph.objects(subject, RDF.type)})
    parts: list[str] = []
    parts.append(f'<h1 id="title">{_e(title)}</h1>')
    parts.append(f'<p class="iri">IRI: <code>{_e(iri)}</code></p>')
    if types:
        shown = ", ".join(page.anchor(t) for t in types)
        parts.append(f'<p class="types">{shown}</p>')
    formats = " · ".join(
        f'<a href="{_e(href)}" type="{_e(fmt.media_type.split(";")[0])}">{_e(fmt.title)}</a>'
        for fmt, href in links.formats.items()
    )
    if formats:
        parts.append(f'<p class="formats">This description as {formats}</p>')
    parts.append(_facts(page, subject))
    if DGK.Activity in set(graph.objects(subject, RDF.type)) or any(
        True for _ in graph.objects(subject, PROV.qualifiedAssociation)
    ):
        parts.append(_associations(page, subject))
        parts.append(_events(page, subject))
    parts.append(_evidence(page, subject))
    parts.append(_incoming(page))
    body = "\n".join(p for p in parts if p)
    links_head = "".join(
        f'<link rel="alternate" type="{_e(fmt.media_type.split(";")[0])}" href="{_e(href)}">'
        for fmt, href in links.formats.items()
        if fmt is not PageFormat.HTML
    )
    nav = f'<a href="{_e(links.home)}">{_e(site_title)}</a>'
    if links.query:
        nav += f' · <a href="{_e(links.query)}">SPARQL query</a>'
    return (
        f'<!doctype html>\n<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{_e(title)} · {_e(site_title)}</title>\n<link rel="icon" href="data:,">\n'
        f'<link rel="stylesheet" href="{_e(links.asset)}pages.css">\n{links_head}\n</head>\n'
        f"<body>\n<header>{nav}</header>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


_HIDDEN = {RDF.type, PROV.qualifiedAssociation, SDO.subEvent, PROV.wasDerivedFrom}


def _facts(page: _Page, subject: URIRef) -> str:
    graph = page.view.description
    rows = []
    predicates = sorted(
        {p for p in graph.predicates(subject, None) if p not in _HIDDEN},
        key=lambda p: page.label(str(p)),
    )
    for predicate in predicates:
        values = sorted(graph.objects(subject, predicate), key=lambda n: (str(n), repr(n)))
        if isinstance(values[0], Literal) and any(
            v.language for v in values if isinstance(v, Literal)
        ):
            # Labels in every language are facts too, the reader's first.
            values.sort(key=lambda v: (getattr(v, "language", "") != page.lang, str(v)))
        cells = "<br>".join(page.value(v) for v in values)
        rows.append(f'<tr><th scope="row">{page.anchor(str(predicate))}</th><td>{cells}</td></tr>')
    if not rows:
        return ""
    return '<h2>Facts</h2>\n<table class="facts">\n' + "\n".join(rows) + "\n</table>"


def _associations(page: _Page, subject: URIRef) -> str:
    graph = page.view.description
    items = []
    for association in sorted(graph.objects(subject, PROV.qualifiedAssociation), key=str):
        agent = graph.value(association, PROV.agent)
        role = graph.value(association, PROV.hadRole)
        if agent is None:
            continue
        role_text = page.anchor(str(role)) if role is not None else ""
        details = page.anchor(str(association), "the association")
        items.append(
            f'<li data-association="{_e(association)}">{page.anchor(str(agent))}'
            f" ({role_text}) · {details}</li>"
        )
    if not items:
        return ""
    return '<h2>Who took part, and how</h2>\n<ul class="associations">' + "".join(items) + "</ul>"


def _events(page: _Page, subject: URIRef) -> str:
    graph = page.view.description
    items = [
        f"<li>{page.anchor(str(event))}</li>"
        for event in sorted(graph.objects(subject, SDO.subEvent), key=str)
    ]
    if not items:
        return ""
    return '<h2>Events</h2>\n<ul class="events">' + "".join(items) + "</ul>"


def _spans(graph: Graph, subject: URIRef) -> list[tuple[URIRef, URIRef | None]]:
    """(span, the event it is the evidence of, or None for the entity itself)."""
    found: list[tuple[URIRef, URIRef | None]] = []
    for span in graph.objects(subject, PROV.wasDerivedFrom):
        if isinstance(span, URIRef):
            found.append((span, None))
    for event in graph.objects(subject, SDO.subEvent):
        for span in graph.objects(event, PROV.wasDerivedFrom):
            if isinstance(span, URIRef) and isinstance(event, URIRef):
                found.append((span, event))
    return found


def _int(node: Node | None) -> int | None:
    try:
        return int(str(node)) if node is not None else None
    except ValueError:
        return None


def _evidence(page: _Page, subject: URIRef) -> str:
    graph = page.view.description
    blocks: list[tuple[str, int, str]] = []
    for span, event in _spans(graph, subject):
        source = graph.value(span, OA.hasSource)
        selector = graph.value(span, OA.hasSelector)
        start = _int(graph.value(selector, OA.start)) if selector is not None else None
        end = _int(graph.value(selector, OA.end)) if selector is not None else None
        line = _int(graph.value(selector, DGK.startLine)) if selector is not None else None
        if source is None or start is None or end is None:
            continue
        info = page.view.sources.get(str(source))
        if info is None:
            continue
        where = f"characters {start}–{end}" + (f", line {line}" if line else "")
        about = f" (evidence of {page.anchor(str(event))})" if event is not None else ""
        about += " · " + page.anchor(str(span), "the span")
        quote_html = _quote(info.text, start, end)
        address = (
            f' · address: <a class="external" href="{_e(info.url)}" rel="noopener">'
            f"{_e(info.url)}</a>"
            if info.url and re.match(r"^https?://", info.url)
            else " · address: not recorded"
        )
        blocks.append(
            (
                str(info.iri),
                start,
                f'<figure class="evidence" data-start="{start}" data-end="{end}">'
                f"{quote_html}"
                f"<figcaption>{page.anchor(info.iri, info.title)}{address} · SHA-256 "
                f'<code class="sha256">{_e(info.sha256)}</code> · {_e(where)}{about}'
                f"</figcaption></figure>",
            )
        )
    if not blocks:
        return ""
    blocks.sort()
    return (
        '<h2>Evidence</h2>\n<div class="evidence-list">'
        + "\n".join(b for *_, b in blocks)
        + "</div>"
    )


def _quote(text: str | None, start: int, end: int) -> str:
    if text is None or not 0 <= start <= end <= len(text):
        return (
            '<p class="no-text">The page\'s text was not given to this server '
            "(<code>--sources</code>): the span is known by its offsets only.</p>"
        )
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before_from = max(line_start, start - QUOTE_CONTEXT)
    after_to = min(line_end, end + QUOTE_CONTEXT)
    before = ("…" if before_from > line_start else "") + text[before_from:start]
    after = text[end:after_to] + ("…" if after_to < line_end else "")
    return (
        f'<blockquote class="quote">{_e(before)}<mark class="span">{_e(text[start:end])}'
        f"</mark>{_e(after)}</blockquote>"
    )


def _incoming(page: _Page) -> str:
    view = page.view
    if not view.incoming:
        return ""
    items = [
        f'<li>{page.anchor(subject)} <span class="via">({_e(page.label(predicate))})</span></li>'
        for subject, predicate in view.incoming
    ]
    more = (
        f"<p>Only the first {MAX_INCOMING} are listed: use the SPARQL query page for all.</p>"
        if view.more_incoming
        else ""
    )
    return f'<h2>Linked from</h2>\n<ul class="incoming">{"".join(items)}</ul>{more}'


# -- where pages live -----------------------------------------------------------------------


def entity_path(iri: str, base_iri: str) -> str | None:
    """The path of an entity's pages under ``id/`` (without suffix), or None when the IRI is
    not under the base or could not be a safe file name.

    >>> entity_path("https://w3id.org/dgeq-kg/id/country/MLI", "https://w3id.org/dgeq-kg/id/")
    'country/MLI'
    """
    if not iri.startswith(base_iri):
        return None
    rest = iri[len(base_iri) :]
    if not rest or not re.fullmatch(r"[A-Za-z0-9._~%!$&'()*+,;=:@/-]+", rest):
        return None
    if any(segment in ("", ".", "..") for segment in rest.split("/")):
        return None
    return rest


def relative_href(from_file: str, to_file: str) -> str:
    """The href from one file of the site to another (both relative to the site's root).

    >>> relative_href("id/activity/a.html", "id/country/MLI.html")
    '../country/MLI.html'
    """
    start = posixpath.dirname(from_file) or "."
    return quote(posixpath.relpath(to_file, start), safe="/._-~")


def sorted_rows(rows: Sequence[Mapping[str, str]], *keys: str) -> list[Mapping[str, str]]:
    return sorted(rows, key=lambda r: tuple(r.get(k, "") for k in keys))


# -- the query page -------------------------------------------------------------------------

WEB_DIR = Path(__file__).resolve().parent / "web"


@dataclass(frozen=True)
class Example:
    """A catalog query offered on the query page, its parameters bound."""

    name: str
    title: str
    description: str
    query: str


def catalog_examples(*, base_iri: str) -> list[Example]:
    """The catalog's queries, each runnable as it stands: a parameter gets its default, or
    the example its description gives ("e.g. jacques-drouin"); a query whose parameters
    cannot be filled that way is offered with them unbound."""
    from graphbuild import catalog
    from graphbuild.errors import QueryError

    found = []
    for query in catalog.load_catalog().values():
        values: dict[str, str] = {}
        for param in query.params:
            if param.default is None and not param.optional:
                example = re.search(r"e\.g\.\s+([^\s,;)]+)", param.description)
                if example:
                    values[param.name] = example.group(1).rstrip(".")
        try:
            text, _ = catalog.bind(query, values, base_iri=base_iri)
        except QueryError:
            text = query.text
        found.append(Example(query.name, query.title, " ".join(query.description.split()), text))
    return found


def query_page_html(
    examples: Sequence[Example],
    *,
    base_iri: str,
    endpoint: str = "query",
    ids: str = "id/",
    dataset: str = "id/dataset",
    title: str = "DGEQ international cooperation graph: SPARQL query",
) -> str:
    """The query page (``graphbuild/web/query.html``) with its settings and examples."""
    from graphbuild.draw import script_json

    settings = {
        "endpoint": endpoint,
        "base": base_iri,
        "ids": ids,
        "prefixes": dict(sorted(PREFIXES.items())),
        "examples": [e.__dict__ for e in examples],
    }
    template = (WEB_DIR / "query.html").read_text(encoding="utf-8")
    return (
        template.replace("{{title}}", _e(title))
        .replace("{{dataset}}", _e(dataset))
        .replace("{{config}}", script_json(settings))
    )
