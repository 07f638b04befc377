"""The ontology and shapes files: they parse, are documented in English and French, and agree
with ``graphbuild/namespaces.py``, ``graphbuild/records.py`` and each other."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
import rdflib.namespace as rns
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from graphbuild.namespaces import (
    CONTEXT_PATH,
    DGK,
    DGKS,
    OA,
    ONTOLOGY_IRI,
    ONTOLOGY_PATH,
    SCHEMES,
    SHAPES_PATH,
    Coded,
    concept,
    jsonld_context,
    role_family,
)
from graphbuild.records import (
    CONTACT_ROLES,
    ActivityKind,
    DatePrecision,
    ElectionType,
    OrgRole,
    OrgType,
)

SCHEMA = "https://schema.org/"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def own_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(str(DGK._NS))}


def of_type(graph: Graph, *types: URIRef) -> set[Node]:
    return {s for t in types for s in graph.subjects(RDF.type, t) if s in own_terms(graph)}


def languages(graph: Graph, subject: Node, predicate: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal)}


def test_metadata(ontology: Graph) -> None:
    o = ONTOLOGY_IRI
    assert (o, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(o, OWL.versionIRI) == URIRef("https://w3id.org/dgeq-kg/ontology/0.1.0")
    assert ontology.value(o, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(o, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert ontology.value(o, DCTERMS.creator) == Literal("graphbuild contributors")
    for prop in (DCTERMS.created, DCTERMS.modified):
        assert ontology.value(o, prop) == Literal(date(2026, 11, 22))
    for prop in (RDFS.label, DCTERMS.title, DCTERMS.description):
        assert languages(ontology, o, prop) == {"en", "fr"}


def test_classes_and_properties_are_documented_in_english_and_french(ontology: Graph) -> None:
    terms = of_type(ontology, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    assert len(terms) > 25
    for term in terms:
        assert languages(ontology, term, RDFS.label) == {"en", "fr"}, term
        assert languages(ontology, term, SKOS.definition) == {"en", "fr"}, term


def test_concepts_and_schemes_are_documented_in_english_and_french(ontology: Graph) -> None:
    terms = of_type(ontology, SKOS.Concept, SKOS.ConceptScheme)
    assert len(terms) > 30
    for term in terms:
        assert languages(ontology, term, SKOS.prefLabel) == {"en", "fr"}, term
        assert languages(ontology, term, SKOS.definition) == {"en", "fr"}, term


def test_properties_have_ranges(ontology: Graph) -> None:
    for prop in of_type(ontology, OWL.ObjectProperty, OWL.DatatypeProperty):
        assert ontology.value(prop, RDFS.range) is not None, prop
        if prop != DGK.unresolvedMention:  # said of activities and of named events
            assert ontology.value(prop, RDFS.domain) is not None, prop


def test_own_classes_reuse_standard_ones(ontology: Graph) -> None:
    assert {PROV.Activity, URIRef(SCHEMA + "Event")} <= set(
        ontology.objects(DGK.Activity, RDFS.subClassOf)
    )
    assert (DGK.Correction, RDFS.subClassOf, PROV.Activity) in ontology


def declared_in_python() -> set[URIRef]:
    names = [n for n in DGK.__annotations__ if not n.startswith("_")] + list(DGK._extras)
    return {DGK[n] for n in names}


def test_namespace_class_declares_exactly_the_ontology_terms(ontology: Graph) -> None:
    in_python = declared_in_python()
    in_ontology = own_terms(ontology)
    assert in_ontology - in_python == set(), "declared in the ontology, missing in DGK"
    assert in_python - in_ontology == set(), "declared in DGK, missing in the ontology"


def test_misspelled_terms_fail() -> None:
    with pytest.raises(AttributeError):
        DGK.activitykind  # noqa: B018
    with pytest.raises(AttributeError):
        OA.hasSelectors  # noqa: B018


@pytest.mark.parametrize(
    "enum", [ActivityKind, DatePrecision, ElectionType, OrgType, OrgRole], ids=lambda e: e.__name__
)
def test_concept_schemes_match_the_record_enums(ontology: Graph, enum: type[Coded]) -> None:
    members = set(ontology.subjects(SKOS.inScheme, SCHEMES[enum]))
    assert members == {concept(v) for v in enum}
    for v in enum:
        assert ontology.value(concept(v), SKOS.notation) == Literal(v.value)
        assert (concept(v), RDF.type, SKOS.Concept) in ontology


def test_roles_are_prov_roles(ontology: Graph) -> None:
    for role in OrgRole:
        assert (concept(role), RDF.type, PROV.Role) in ontology


def test_role_families_are_the_two_collections(ontology: Graph) -> None:
    took_part, contact = DGK["took-part-roles"], DGK["contact-roles"]
    assert of_type(ontology, SKOS.Collection) == {took_part, contact}
    assert set(ontology.objects(took_part, SKOS.member)) == {
        concept(r) for r in OrgRole if r.took_part
    }
    assert set(ontology.objects(contact, SKOS.member)) == {concept(r) for r in CONTACT_ROLES}
    for role in OrgRole:  # each role in exactly one family, the one namespaces.py names
        assert set(ontology.subjects(SKOS.member, concept(role))) == {role_family(role)}
    for family in (took_part, contact):
        assert languages(ontology, family, SKOS.prefLabel) == {"en", "fr"}
        assert languages(ontology, family, SKOS.definition) == {"en", "fr"}


def test_definitions_name_the_publisher_not_the_dgeq(ontology: Graph) -> None:
    # Pages of other publishers use the same roles: a role says "the publisher".
    for role in OrgRole:
        for text in ontology.objects(concept(role), SKOS.definition):
            assert "DGEQ" not in str(text), role


# -- shapes -------------------------------------------------------------------------------

SH_IN_SCHEMES: dict[Node, type[Coded]] = {
    DGK.activityKind: ActivityKind,
    DGK.datePrecision: DatePrecision,
    DGK.electionType: ElectionType,
    DGK.organizationType: OrgType,
    PROV.hadRole: OrgRole,
}


def sh_in_lists(shapes: Graph) -> Iterator[tuple[Node, list[Node]]]:
    for shape, head in shapes.subject_objects(SH["in"]):
        path = shapes.value(shape, SH.path)
        assert path is not None
        yield path, list(Collection(shapes, head))


def test_sh_in_lists_equal_the_concept_schemes(ontology: Graph, shapes: Graph) -> None:
    checked = set()
    for path, values in sh_in_lists(shapes):
        if path in SH_IN_SCHEMES:
            scheme = SCHEMES[SH_IN_SCHEMES[path]]
            assert set(values) == set(ontology.subjects(SKOS.inScheme, scheme)), path
            checked.add(path)
    assert checked == set(SH_IN_SCHEMES)


def test_shapes_use_only_declared_terms(ontology: Graph, shapes: Graph) -> None:
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef)}
    own = {t for t in used if t.startswith(str(DGK._NS))}
    assert own - own_terms(ontology) == set()


def test_every_instance_class_has_a_shape(shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    instance_classes = {
        DGK.Activity,
        DGK.Election,
        DGK.NamedEvent,
        DGK.SourceDocument,
        DGK.Correction,
        PROV.Association,
        ORG.FormalOrganization,
        ORG.Membership,
        ORG.Role,
        OA.SpecificResource,
        OA.TextPositionSelector,
        *(URIRef(SCHEMA + c) for c in ("Country", "City", "AdministrativeArea", "Place", "Person")),
    }
    assert instance_classes - targeted == set()


def test_every_shape_says_why(shapes: Graph) -> None:
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert shapes.value(shape, RDFS.comment) is not None, shape
    for shape in shapes.subjects(RDF.type, SH.PropertyShape):
        assert isinstance(shape, URIRef) and shape.startswith(str(DGKS)), shape
        assert shapes.value(shape, SH.message) is not None, shape


def test_shapes_are_split_by_severity(shapes: Graph) -> None:
    severities = set(shapes.objects(None, SH.severity))
    assert severities == {SH.Warning}  # sh:Violation is the default
    text = SHAPES_PATH.read_text(encoding="utf-8")
    assert text.index("# 1. Violations") < text.index("# 2. Recommendations (sh:Warning)")
    warnings_part = text[text.index("# 2. Recommendations") :]
    assert "sh:severity sh:Violation" not in warnings_part


# -- generated files ----------------------------------------------------------------------


def test_jsonld_context_is_up_to_date() -> None:
    on_disk = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))
    assert on_disk == jsonld_context(), "regenerate ontology/context.jsonld from jsonld_context()"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # inside rdflib's JSON-LD parser
def test_jsonld_context_reads_back() -> None:
    doc = {
        **jsonld_context(),
        "@id": "activity/a1",
        "@type": "Activity",
        "activityKind": "dgk:kind-observation",
        "earliestDate": "2016-09-29",
    }
    graph = Graph().parse(data=json.dumps(doc), format="json-ld")
    a = URIRef("https://w3id.org/dgeq-kg/id/activity/a1")
    assert (a, RDF.type, DGK.Activity) in graph
    assert graph.value(a, DGK.activityKind) == DGK["kind-observation"]
    assert graph.value(a, DGK.earliestDate) == Literal("2016-09-29", datatype=rns.XSD.date)
