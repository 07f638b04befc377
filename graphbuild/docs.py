"""Ontology -> documentation: an HTML reference page and a class diagram.

Both are drawn from ``ontology/dgeq-kg.ttl`` itself, so they cannot drift from it. The page
is self-contained (inline CSS, no script, nothing fetched); the diagram is drawn by
:mod:`graphbuild.canvas` (SVG and PNG) at fixed positions, so that it is legible and the
same from build to build.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from graphbuild.namespaces import DGK, ONTOLOGY_PATH, PREFIXES, VANN

# -- names --------------------------------------------------------------------------------


def curie(iri: Node) -> str:
    """``prefix:local`` for IRIs in a known namespace, ``<iri>`` otherwise.

    >>> curie(DGK.Activity)
    'dgk:Activity'
    """
    text = str(iri)
    matches = [(p, n) for p, n in PREFIXES.items() if text.startswith(n)]
    if not matches:
        return f"<{text}>"
    prefix, namespace = max(matches, key=lambda m: len(m[1]))
    return f"{prefix}:{text[len(namespace) :]}"


def _own(iri: Node) -> bool:
    return str(iri).startswith(str(DGK._NS))


def _anchor(iri: Node) -> str:
    return str(iri)[len(str(DGK._NS)) :]


def _text(graph: Graph, subject: Node, predicate: URIRef, lang: str) -> str:
    values = sorted(
        str(o)
        for o in graph.objects(subject, predicate)
        if isinstance(o, Literal) and o.language == lang
    )
    return "; ".join(values)


def _plain(graph: Graph, subject: Node, predicate: URIRef) -> list[str]:
    return sorted(str(o) for o in graph.objects(subject, predicate))


def _sorted_iris(nodes: Iterable[Node]) -> list[URIRef]:
    return sorted((n for n in nodes if isinstance(n, URIRef)), key=str)


# -- the HTML page ------------------------------------------------------------------------

_CSS = """
body { font-family: system-ui, sans-serif; max-width: 62rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #1d2433; }
h1, h2, h3 { line-height: 1.2; }
h2 { border-bottom: 2px solid #d0d7e2; padding-bottom: .2rem; margin-top: 2.5rem; }
section.term { border: 1px solid #d0d7e2; border-radius: 6px; padding: .2rem 1rem;
               margin: 1rem 0; }
section.term h3 { margin: .6rem 0 .2rem; }
code { background: #f1f4f8; padding: 0 .25rem; border-radius: 3px; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
th, td { text-align: left; vertical-align: top; padding: .25rem .5rem;
         border-bottom: 1px solid #e3e8ef; }
th { width: 11rem; color: #4a5568; font-weight: 600; }
nav ul { columns: 3; }
.lang { color: #6b7280; font-size: .85em; margin-right: .3rem; }
"""


def _link(iri: Node) -> str:
    name = html.escape(curie(iri))
    if _own(iri):
        return f'<a href="#{html.escape(_anchor(iri))}"><code>{name}</code></a>'
    return f'<a href="{html.escape(str(iri))}"><code>{name}</code></a>'


def _row(header: str, cell: str) -> str:
    return f"<tr><th>{html.escape(header)}</th><td>{cell}</td></tr>" if cell else ""


def _bilingual(graph: Graph, subject: Node, predicate: URIRef) -> str:
    parts = []
    for lang in ("en", "fr"):
        text = _text(graph, subject, predicate, lang)
        if text:
            parts.append(f'<span class="lang">{lang}</span>{html.escape(text)}')
    return "<br>".join(parts)


def _links(nodes: Iterable[Node]) -> str:
    return ", ".join(_link(n) for n in _sorted_iris(nodes))


def _term_section(graph: Graph, term: URIRef, rows: Sequence[str]) -> str:
    label = _text(graph, term, RDFS.label, "en") or _text(graph, term, SKOS.prefLabel, "en")
    head = f"<h3>{html.escape(label or curie(term))} <code>{html.escape(curie(term))}</code></h3>"
    body = "".join(
        [
            _row("IRI", f"<code>{html.escape(str(term))}</code>"),
            _row("Label", _bilingual(graph, term, RDFS.label)),
            _row("Preferred label", _bilingual(graph, term, SKOS.prefLabel)),
            _row("Definition", _bilingual(graph, term, SKOS.definition)),
            *rows,
        ]
    )
    anchor = html.escape(_anchor(term))
    return f'<section class="term" id="{anchor}">{head}<table>{body}</table></section>'


def _class_section(graph: Graph, cls: URIRef) -> str:
    return _term_section(
        graph,
        cls,
        [
            _row("Subclass of", _links(graph.objects(cls, RDFS.subClassOf))),
            _row("Subclasses", _links(graph.subjects(RDFS.subClassOf, cls))),
            _row("Domain of", _links(graph.subjects(RDFS.domain, cls))),
            _row("Range of", _links(graph.subjects(RDFS.range, cls))),
        ],
    )


def _property_section(graph: Graph, prop: URIRef) -> str:
    kinds = [t for t in _sorted_iris(graph.objects(prop, RDF.type))]
    return _term_section(
        graph,
        prop,
        [
            _row("Type", ", ".join(_link(t) for t in kinds)),
            _row("Domain", _links(graph.objects(prop, RDFS.domain))),
            _row("Range", _links(graph.objects(prop, RDFS.range))),
            _row("Subproperty of", _links(graph.objects(prop, RDFS.subPropertyOf))),
        ],
    )


def _scheme_section(graph: Graph, scheme: URIRef) -> str:
    concepts = _sorted_iris(graph.subjects(SKOS.inScheme, scheme))
    # A scheme whose concepts fall in collections (the role families) gets a column for them.
    grouped = any(graph.value(None, SKOS.member, c) is not None for c in concepts)
    rows = []
    for concept in concepts:
        notation = html.escape("; ".join(_plain(graph, concept, SKOS.notation)))
        family = f"<td>{_links(graph.subjects(SKOS.member, concept))}</td>" if grouped else ""
        rows.append(
            f'<tr id="{html.escape(_anchor(concept))}"><td><code>{notation}</code></td>'
            f"<td>{_bilingual(graph, concept, SKOS.prefLabel)}</td>"
            f"<td>{_bilingual(graph, concept, SKOS.definition)}</td>{family}</tr>"
        )
    table = (
        "<table><tr><th>Code (skos:notation)</th><th>Label</th><th>Definition</th>"
        + ("<th>Family</th>" if grouped else "")
        + "</tr>"
        + "".join(rows)
        + "</table>"
    )
    section = _term_section(graph, scheme, [])
    return section.replace("</section>", f"<h4>Concepts</h4>{table}</section>")


def _metadata(graph: Graph, ontology: URIRef) -> str:
    def plain(p: URIRef) -> str:
        return html.escape(", ".join(_plain(graph, ontology, p)))

    licence = _links(graph.objects(ontology, DCTERMS.license))
    return (
        "<table>"
        + "".join(
            [
                _row("IRI", f"<code>{html.escape(str(ontology))}</code>"),
                _row("Version IRI", _links(graph.objects(ontology, OWL.versionIRI))),
                _row("Version", plain(OWL.versionInfo)),
                _row("Title", _bilingual(graph, ontology, DCTERMS.title)),
                _row("Description", _bilingual(graph, ontology, DCTERMS.description)),
                _row("Creators", plain(DCTERMS.creator)),
                _row("Created", plain(DCTERMS.created)),
                _row("Modified", plain(DCTERMS.modified)),
                _row("Licence", licence),
                _row("Preferred prefix", plain(VANN.preferredNamespacePrefix)),
                _row("Namespace", plain(VANN.preferredNamespaceUri)),
            ]
        )
        + "</table>"
    )


def ontology_html(ontology_path: Path = ONTOLOGY_PATH) -> str:
    """The ontology's reference page: metadata, classes, properties, schemes, collections."""
    graph = Graph().parse(ontology_path, format="turtle")
    ontology = next(iter(_sorted_iris(graph.subjects(RDF.type, OWL.Ontology))), None)
    if ontology is None:
        raise ValueError(f"{ontology_path} declares no owl:Ontology")
    title = _text(graph, ontology, DCTERMS.title, "en") or curie(ontology)
    groups: list[tuple[str, str, list[URIRef], str]] = [
        ("classes", "Classes", _sorted_iris(graph.subjects(RDF.type, OWL.Class)), "class"),
        (
            "object-properties",
            "Object properties",
            _sorted_iris(graph.subjects(RDF.type, OWL.ObjectProperty)),
            "property",
        ),
        (
            "datatype-properties",
            "Datatype properties",
            _sorted_iris(graph.subjects(RDF.type, OWL.DatatypeProperty)),
            "property",
        ),
        (
            "concept-schemes",
            "Concept schemes",
            _sorted_iris(graph.subjects(RDF.type, SKOS.ConceptScheme)),
            "scheme",
        ),
        (
            "collections",
            "Collections",
            _sorted_iris(graph.subjects(RDF.type, SKOS.Collection)),
            "collection",
        ),
    ]
    toc: list[str] = ['<li><a href="#metadata">Metadata</a></li>']
    body: list[str] = [f'<h2 id="metadata">Metadata</h2>{_metadata(graph, ontology)}']
    for group_id, heading, terms, kind in groups:
        items = "".join(
            f'<li><a href="#{html.escape(_anchor(t))}">{html.escape(curie(t))}</a></li>'
            for t in terms
        )
        toc.append(f'<li><a href="#{group_id}">{heading}</a><ul>{items}</ul></li>')
        body.append(f'<h2 id="{group_id}">{heading}</h2>')
        for term in terms:
            if kind == "class":
                body.append(_class_section(graph, term))
            elif kind == "property":
                body.append(_property_section(graph, term))
            elif kind == "collection":
                members = _links(graph.objects(term, SKOS.member))
                body.append(_term_section(graph, term, [_row("Members", members)]))
            else:
                body.append(_scheme_section(graph, term))
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            '<head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{html.escape(title)}</title>",
            f"<style>{_CSS}</style></head>",
            "<body>",
            f"<h1>{html.escape(title)}</h1>",
            f"<nav><h2>Contents</h2><ul>{''.join(toc)}</ul></nav>",
            *body,
            "</body></html>",
            "",
        ]
    )


# -- the diagram --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Box:
    term: str  # curie
    x: float
    y: float
    own: bool


#: Where each class is drawn (x, y in a 22 x 14 frame), chosen by hand to keep lines apart.
_LAYOUT: dict[str, tuple[float, float]] = {
    "dgk:SourceDocument": (2.5, 11.5),
    "dgk:NamedEvent": (9.5, 11.5),
    "dgk:Correction": (16.5, 11.5),
    "oa:SpecificResource": (5.5, 9.4),
    "oa:TextPositionSelector": (2.5, 7.3),
    "dgk:Activity": (10.5, 7.3),
    "skos:Concept": (19.5, 7.3),
    "schema:Person": (2.5, 4.3),
    "org:FormalOrganization": (7.0, 4.3),
    "prov:Association": (13.6, 3.1),
    "dgk:Election": (17.5, 4.3),
    "org:Membership": (2.5, 0.5),
    "org:Role": (7.0, 0.5),
    "schema:City": (12.0, 0.5),
    "schema:Country": (20.0, 0.5),
}

#: Where along an arrow its label sits (0 at the tail, 1 at the head); 0.5 when not listed.
_LABEL_AT: dict[tuple[str, str], float] = {
    ("dgk:Activity", "org:FormalOrganization"): 0.62,
    ("dgk:Activity", "schema:Person"): 0.7,
    ("dgk:Activity", "prov:Association"): 0.55,
    ("dgk:Activity", "dgk:Election"): 0.62,
    ("dgk:Activity", "schema:City"): 0.45,
    ("dgk:Activity", "schema:Country"): 0.62,
    ("dgk:Activity", "dgk:NamedEvent"): 0.55,
    ("dgk:NamedEvent", "org:FormalOrganization"): 0.3,
    ("org:FormalOrganization", "skos:Concept"): 0.65,
}

#: Arrows bent to pass around a box (the control point's distance off the chord, as a share
#: of the chord's length); straight when not listed.
_BEND: dict[tuple[str, str], float] = {
    ("org:FormalOrganization", "schema:Country"): 0.12,
}

#: Where a domain or range in the ontology is drawn when it is not a box of its own.
_ALIASES = {"org:Organization": "org:FormalOrganization"}

#: Links rdf.py writes with reused properties (tests/test_docs.py checks each against a
#: built dataset): (subject class, property, object class).
REUSED_LINKS: tuple[tuple[str, str, str], ...] = (
    ("dgk:Activity", "prov:wasAssociatedWith", "org:FormalOrganization"),
    ("dgk:Activity", "prov:wasAssociatedWith", "schema:Person"),
    ("dgk:Activity", "prov:qualifiedAssociation", "prov:Association"),
    ("prov:Association", "prov:agent", "org:FormalOrganization"),
    ("prov:Association", "prov:hadRole", "skos:Concept"),
    ("dgk:Activity", "schema:location", "schema:Country"),
    ("dgk:Activity", "schema:location", "schema:City"),
    ("dgk:Activity", "schema:subEvent", "dgk:NamedEvent"),
    ("dgk:Activity", "prov:wasDerivedFrom", "oa:SpecificResource"),
    ("dgk:NamedEvent", "prov:wasDerivedFrom", "oa:SpecificResource"),
    ("dgk:NamedEvent", "schema:organizer", "org:FormalOrganization"),
    ("oa:SpecificResource", "oa:hasSource", "dgk:SourceDocument"),
    ("oa:SpecificResource", "oa:hasSelector", "oa:TextPositionSelector"),
    ("dgk:Election", "schema:location", "schema:Country"),
    ("schema:City", "schema:containedInPlace", "schema:Country"),
    ("org:FormalOrganization", "schema:areaServed", "schema:Country"),
    ("org:FormalOrganization", "schema:location", "schema:City"),
    ("org:FormalOrganization", "org:memberOf", "org:FormalOrganization"),
    ("org:FormalOrganization", "org:subOrganizationOf", "org:FormalOrganization"),
    ("org:Membership", "org:member", "schema:Person"),
    ("org:Membership", "org:organization", "org:FormalOrganization"),
    ("org:Membership", "org:role", "org:Role"),
    ("dgk:Activity", "prov:wasInfluencedBy", "dgk:Correction"),
)


def diagram_links(ontology_path: Path = ONTOLOGY_PATH) -> list[tuple[str, str, str, bool]]:
    """(domain, property, range, own) of every link drawn: the ontology's object properties
    between drawn classes (from rdfs:domain/rdfs:range), then :data:`REUSED_LINKS`."""
    graph = Graph().parse(ontology_path, format="turtle")
    links: list[tuple[str, str, str, bool]] = []
    for prop in _sorted_iris(graph.subjects(RDF.type, OWL.ObjectProperty)):
        for domain in _sorted_iris(graph.objects(prop, RDFS.domain)):
            for range_ in _sorted_iris(graph.objects(prop, RDFS.range)):
                d = _ALIASES.get(curie(domain), curie(domain))
                r = _ALIASES.get(curie(range_), curie(range_))
                if d in _LAYOUT and r in _LAYOUT:
                    links.append((d, curie(prop), r, True))
    links += [(d, p, r, False) for d, p, r in REUSED_LINKS]
    return links


#: Pixels per unit of the layout frame, and the frame's corners (x from 0.4 to 22, y from
#: -0.3 to 13.6, upwards).
_UNIT = 80.0
_FRAME = (0.4, 22.0, -0.3, 13.6)
_EDGE = 20.0
#: Pixels per typographic point: the diagram is drawn at 100 dots per inch.
_PT = 100 / 72


def ontology_diagram(ontology_path: Path, out_png: Path, out_svg: Path | None = None) -> None:
    """Draw the main classes and the links between them to a PNG (and an SVG if asked).

    Links of a class to itself are written inside its box, to keep the lines apart. Links
    between the same two classes share one arrow with all their labels; a pair of opposite
    links is drawn as two arcs, and some arrows bend to pass around a box.
    """
    from graphbuild.canvas import Canvas, quadratic, text_box
    from graphbuild.store import write_atomic

    grouped: dict[tuple[str, str], list[tuple[str, bool]]] = {}
    for domain, prop, range_, own in diagram_links(ontology_path):
        grouped.setdefault((domain, range_), []).append((prop, own))
    x0, x1, y0, y1 = _FRAME
    canvas = Canvas(round((x1 - x0) * _UNIT + 2 * _EDGE), round((y1 - y0) * _UNIT + 2 * _EDGE))

    def at(x: float, y: float) -> tuple[float, float]:
        return _EDGE + (x - x0) * _UNIT, _EDGE + (y1 - y) * _UNIT

    canvas.text(
        *at(0.5, 13.5),
        "DGEQ international cooperation ontology: main classes and links",
        size=16 * _PT,
        bold=True,
        baseline="top",
    )
    canvas.text(
        *at(0.5, 13.0),
        "blue boxes, solid arrows: dgk: terms, from rdfs:domain and rdfs:range.   "
        "Grey boxes, dashed arrows: reused vocabularies, as graphbuild.rdf uses them.",
        size=11.5 * _PT,
        colour="#333333",
        baseline="top",
    )
    width, pad = 3.4 * _UNIT, 0.05 * _UNIT
    boxes = {t: _Box(t, x, y, t.startswith("dgk:")) for t, (x, y) in _LAYOUT.items()}
    frames: dict[str, tuple[float, float, float, float]] = {}
    for box in boxes.values():
        loops = sorted(p for p, _ in grouped.get((box.term, box.term), []))
        height = (1.1 if loops else 0.8) * _UNIT
        cx, cy = at(box.x, box.y)
        frames[box.term] = (
            cx - width / 2 - pad,
            cy - height / 2 - pad,
            cx + width / 2 + pad,
            cy + height / 2 + pad,
        )
    links = [(pair, props) for pair, props in sorted(grouped.items()) if pair[0] != pair[1]]
    labels = []
    for (domain, range_), props in links:
        own = any(o for _, o in props)
        colour = "#1f4e8c" if own else "#555555"
        a, b = boxes[domain], boxes[range_]
        bend = 0.25 if (range_, domain) in grouped else _BEND.get((domain, range_), 0.0)
        start, end = at(a.x, a.y), at(b.x, b.y)
        # arc3 of the old diagram: the control point off the chord's middle by bend x chord
        dx, dy = end[0] - start[0], end[1] - start[1]
        control = ((start[0] + end[0]) / 2 - bend * dy, (start[1] + end[1]) / 2 + bend * dx)
        first = _leaves(start, control, end, frames[domain], forward=True)
        last = _leaves(start, control, end, frames[range_], forward=False)
        head = 0.4 * 18 * _PT  # the arrow head's length, as matplotlib's -|> at size 18
        points = [
            quadratic(start, control, end, first + (last - first) * i / 40) for i in range(41)
        ]
        tip, before = points[-1], points[-3]
        shaft = _shortened(points, head)
        canvas.line(
            shaft,
            colour=colour,
            width=1.4 * _PT,
            dash=None if own else (5 * 1.4 * _PT, 2 * 1.4 * _PT),
        )
        canvas.arrow_head(tip, before, length=head, width=head * 0.6, colour=colour)
        t = _LABEL_AT.get((domain, range_), 0.5)
        lx, ly = a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)
        # onto the arc: the middle of the curve is off the chord by bend / 2
        lx, ly = lx + bend / 2 * (b.y - a.y), ly - bend / 2 * (b.x - a.x)
        labels.append((at(lx, ly), sorted({p for p, _ in props}), colour))
    for box in boxes.values():
        left, top, right, bottom = frames[box.term]
        canvas.rect(
            left,
            top,
            right - left,
            bottom - top,
            fill="#dbe8fb" if box.own else "#eeeeee",
            stroke="#1f4e8c" if box.own else "#6b6b6b",
            stroke_width=1.6 * _PT,
            radius=pad,
        )
        loops = sorted(p for p, _ in grouped.get((box.term, box.term), []))
        cx, cy = at(box.x, box.y)
        if loops:
            canvas.text(
                cx,
                cy - 0.2 * _UNIT,
                box.term,
                size=13 * _PT,
                bold=box.own,
                anchor="middle",
                baseline="middle",
            )
            canvas.text(
                cx,
                cy + 0.25 * _UNIT,
                "\u21bb " + ", ".join(loops),
                size=9.5 * _PT,
                colour="#555555",
                anchor="middle",
                baseline="middle",
            )
        else:
            canvas.text(
                cx, cy, box.term, size=13 * _PT, bold=box.own, anchor="middle", baseline="middle"
            )
    size = 10.5 * _PT
    for (lx, ly), lines, colour in labels:
        step = size * 1.2
        first_y = ly - step * (len(lines) - 1) / 2
        extents = [
            text_box(lx, first_y + step * n, line, size, anchor="middle", baseline="middle")
            for n, line in enumerate(lines)
        ]
        margin = 0.15 * size
        left = min(e[0] for e in extents) - margin
        top = extents[0][1] - margin
        right = max(e[2] for e in extents) + margin
        bottom = extents[-1][3] + margin
        canvas.rect(left, top, right - left, bottom - top, fill="#ffffff", radius=margin)
        for n, line in enumerate(lines):
            canvas.text(
                lx,
                first_y + step * n,
                line,
                size=size,
                colour=colour,
                anchor="middle",
                baseline="middle",
            )
    write_atomic(out_png, canvas.png())
    if out_svg is not None:
        write_atomic(out_svg, canvas.svg())


def _inside(point: tuple[float, float], frame: tuple[float, float, float, float]) -> bool:
    return frame[0] <= point[0] <= frame[2] and frame[1] <= point[1] <= frame[3]


def _leaves(
    start: tuple[float, float],
    control: tuple[float, float],
    end: tuple[float, float],
    frame: tuple[float, float, float, float],
    *,
    forward: bool,
) -> float:
    """Where (0 to 1) the curve crosses the edge of ``frame``: leaving it from the start
    (``forward``) or entering it towards the end; found by halving the interval."""
    from graphbuild.canvas import quadratic

    inner, outer = (0.0, 1.0) if forward else (1.0, 0.0)
    for _ in range(30):
        middle = (inner + outer) / 2
        if _inside(quadratic(start, control, end, middle), frame):
            inner = middle
        else:
            outer = middle
    return outer


def _shortened(points: list[tuple[float, float]], length: float) -> list[tuple[float, float]]:
    """The polyline without its last ``length`` pixels (where the arrow head stands)."""
    import math

    kept = list(points)
    while len(kept) > 1:
        (xa, ya), (xb, yb) = kept[-2], kept[-1]
        piece = math.hypot(xb - xa, yb - ya)
        if piece > length:
            share = (piece - length) / piece
            kept[-1] = (xa + (xb - xa) * share, ya + (yb - ya) * share)
            return kept
        length -= piece
        kept.pop()
    return kept


def write_docs(out: Path) -> list[Path]:
    """Write ``out/ontology.html``, ``out/ontology.png`` and ``out/ontology.svg`` from the
    ontology file (what ``graphbuild docs`` writes)."""
    from graphbuild.store import write_atomic

    write_atomic(out / "ontology.html", ontology_html(ONTOLOGY_PATH))
    ontology_diagram(ONTOLOGY_PATH, out / "ontology.png", out / "ontology.svg")
    return [out / name for name in ("ontology.html", "ontology.png", "ontology.svg")]
