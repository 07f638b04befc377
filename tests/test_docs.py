"""Ontology -> documentation: the HTML page covers every term; the diagram is a real PNG."""

from __future__ import annotations

import html
import struct
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from graphbuild.docs import REUSED_LINKS, curie, diagram_links, ontology_diagram, ontology_html
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_paths
from graphbuild.namespaces import ONTOLOGY_PATH, PREFIXES
from graphbuild.rdf import SourceDocument, build_dataset

ONTOLOGY = Graph().parse(ONTOLOGY_PATH, format="turtle")


def _terms(*classes: URIRef) -> list[URIRef]:
    found = {s for c in classes for s in ONTOLOGY.subjects(RDF.type, c)}
    return sorted((s for s in found if isinstance(s, URIRef)), key=str)


def _label(term: URIRef, predicate: URIRef, lang: str) -> str:
    (label,) = [
        o
        for o in ONTOLOGY.objects(term, predicate)
        if isinstance(o, Literal) and o.language == lang
    ]
    return str(label)


def _section(page: str, anchor: str) -> str:
    start = page.index(f'id="{anchor}"')
    return page[start : page.find("</section>", start)]


@pytest.fixture(scope="module")
def page() -> str:
    return ontology_html(ONTOLOGY_PATH)


@pytest.mark.parametrize(
    "term",
    _terms(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty),
    ids=lambda t: curie(t),
)
def test_page_documents_each_term_in_both_languages(page: str, term: URIRef) -> None:
    anchor = str(term).split("#")[1]
    section = _section(page, anchor)
    for lang in ("en", "fr"):
        assert html.escape(_label(term, RDFS.label, lang)) in section, lang
    assert f'href="#{anchor}"' in page  # in the table of contents


@pytest.mark.parametrize("scheme", _terms(SKOS.ConceptScheme), ids=lambda t: curie(t))
def test_page_lists_each_scheme_with_its_concepts(page: str, scheme: URIRef) -> None:
    section = _section(page, str(scheme).split("#")[1])
    for concept in ONTOLOGY.subjects(SKOS.inScheme, scheme):
        assert html.escape(str(ONTOLOGY.value(concept, SKOS.notation))) in section
        assert html.escape(_label(concept, SKOS.prefLabel, "fr")) in section


def test_page_shows_the_ontology_metadata(page: str) -> None:
    for text in ("0.1.0", "https://creativecommons.org/licenses/by/4.0/", "2026-11-22"):
        assert text in page
    assert "<link" not in page and "<script" not in page  # self-contained


def test_diagram_png(tmp_path: Path) -> None:
    png, svg = tmp_path / "ontology.png", tmp_path / "ontology.svg"
    ontology_diagram(ONTOLOGY_PATH, png, svg)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width > 1000 and height > 600
    assert len(data) > 10_000
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_diagram_draws_every_own_object_property_between_drawn_classes() -> None:
    own = {p for _, p, _, is_own in diagram_links(ONTOLOGY_PATH) if is_own}
    assert own == {curie(p) for p in _terms(OWL.ObjectProperty)}


def _iri(term: str) -> URIRef:
    prefix, local = term.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


def test_reused_links_are_what_rdf_writes(pages: list[Path], gazetteer: Gazetteer) -> None:
    result = ingest_paths(pages, gazetteer)
    sources = [SourceDocument(id=p.id, title=p.id, sha256=p.sha256) for p in result.pages]
    graph = Graph()
    for g in build_dataset(result.activities, gazetteer, sources=sources).graphs():
        for triple in g:
            graph.add(triple)
    for domain, prop, range_ in REUSED_LINKS:
        if domain == "dgk:Activity" and prop == "prov:wasInfluencedBy":
            continue  # only with corrections, which the pages alone do not give
        found = any(
            (o, RDF.type, _iri(range_)) in graph
            for s in graph.subjects(RDF.type, _iri(domain))
            for o in graph.objects(s, _iri(prop))
        )
        assert found, (domain, prop, range_)


@pytest.mark.parametrize("family", _terms(SKOS.Collection), ids=lambda t: curie(t))
def test_page_lists_each_role_family_with_its_members(page: str, family: URIRef) -> None:
    anchor = str(family).split("#")[1]
    section = _section(page, anchor)
    for lang in ("en", "fr"):
        assert html.escape(_label(family, SKOS.prefLabel, lang)) in section, lang
    for role in ONTOLOGY.objects(family, SKOS.member):
        assert f'href="#{str(role).split("#")[1]}"' in section
    assert f'href="#{anchor}"' in _section(page, "organization-roles")  # the Family column
