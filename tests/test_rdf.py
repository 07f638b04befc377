"""Records -> RDF: hand-made records and gazetteer, checked against the shapes and the ontology."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import rdflib.namespace as rns
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    VOID,
)

from graphbuild.errors import RecordsError
from graphbuild.gazetteer import Gazetteer, load_gazetteer
from graphbuild.namespaces import DEFAULT_BASE_IRI, DGK, OA, WD, concept
from graphbuild.rdf import (
    CORE_ORGANIZATIONS,
    SourceDocument,
    build_dataset,
    data_graph,
    date_literal,
    first_day,
    last_day,
)
from graphbuild.records import (
    Activity,
    ActivityKind,
    Correction,
    Country,
    DatePrecision,
    Election,
    ElectionType,
    Mention,
    NamedEvent,
    Organization,
    OrgRole,
    OrgType,
    PartyRole,
    Person,
    Place,
    Post,
    Span,
)
from graphbuild.validate import format_report, instance_graph, validate

ID = DEFAULT_BASE_IRI
SHA = "0123456789abcdef" * 4
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def make_gazetteer() -> Gazetteer:
    countries = {
        c.alpha3: c
        for c in (
            Country("CA", "CAN", "Canada", "Canada", wikidata="Q16"),
            Country("MG", "MDG", "Madagascar", "Madagascar", wikidata="Q1019"),
            Country("ET", "ETH", "Ethiopia", "Éthiopie", wikidata="Q115"),
            Country("FR", "FRA", "France", "France", wikidata="Q142"),  # never referenced
        )
    }
    orgs = {
        o.id: o
        for o in (
            Organization(
                "dgeq",
                "DGEQ",
                "Chief Electoral Officer of Québec",
                "Directeur général des élections du Québec",
                OrgType.ELECTORAL_MANAGEMENT_BODY,
                country="CAN",
                member_of=("recef",),
                home_city="quebec-city",
            ),
            Organization(
                "oif",
                "OIF",
                "International Organisation of La Francophonie",
                "Organisation internationale de la Francophonie",
                OrgType.INTERGOVERNMENTAL,
                wikidata="Q8349",
            ),
            Organization(
                "recef",
                "RECEF",
                "Network of Francophone Electoral Competences",
                "Réseau des compétences électorales francophones",
                OrgType.NETWORK,
            ),
            Organization(
                "undp",
                "UNDP",
                "United Nations Development Programme",
                "Programme des Nations unies pour le développement",
                OrgType.INTERGOVERNMENTAL,
            ),
            Organization(
                "ceni-mdg",
                "CENI",
                "Independent National Electoral Commission",
                "Commission électorale nationale indépendante",
                OrgType.ELECTORAL_MANAGEMENT_BODY,
                country="MDG",
                member_of=("recef",),
            ),
            Organization(  # never referenced
                "ec-uk",
                "EC",
                "Electoral Commission",
                "Commission électorale",
                OrgType.ELECTORAL_MANAGEMENT_BODY,
            ),
        )
    }
    places = {
        p.id: p
        for p in (
            Place("quebec-city", "Québec City", "Québec", "CAN"),
            Place("addis-ababa", "Addis Ababa", "Addis-Abeba", "ETH"),
            Place("paris", "Paris", "Paris", "FRA"),  # never referenced
        )
    }
    people = {
        "jean-exemple": Person(
            "jean-exemple",
            "Jean Exemple",
            posts=(
                Post("Chief Electoral Officer", "dgeq", "2013", "2019-04"),
                Post("Observer for La Francophonie", ""),  # a post in no organisation
            ),
        )
    }
    return Gazetteer(orgs, countries, people, places)


def make_activities() -> tuple[Activity, ...]:
    madagascar = Activity(
        id="2017-madagascar",
        title="Electoral assistance mission to Madagascar",
        start_date="2017-11-07",
        end_date="2017-11-18",
        date_precision=DatePrecision.DAY,
        year_inferred=False,
        kind=ActivityKind.TECHNICAL_ASSISTANCE,
        countries=("MDG",),
        cities=(),
        organizations=(
            PartyRole("dgeq", OrgRole.PARTICIPANT),
            PartyRole("undp", OrgRole.PARTNER),
            PartyRole("ceni-mdg", OrgRole.COUNTERPART),
        ),
        people=("jean-exemple", "Someone Unknown"),
        dgeq_roles=("expert",),
        dgeq_count=1,
        elections=(Election("MDG", "2018", (ElectionType.PRESIDENTIAL,)),),
        events=(),
        source="international-activities",
        source_sha256=SHA,
        heading_span=Span(100, 145, 20),
        paragraph_spans=(Span(147, 500, 22),),
        date_phrase="From November 7 to 18",
        date_span=Span(147, 168, 22),
        section_year=None,
    )
    ethiopia = Activity(
        id="2016-ethiopia",
        title="Mission in Ethiopia",
        start_date="2016-09-29",
        end_date="2016-10-01",
        date_precision=DatePrecision.DAY,
        year_inferred=False,
        kind=ActivityKind.CONFERENCE,
        countries=("ETH",),
        cities=("addis-ababa",),
        organizations=(
            PartyRole("dgeq", OrgRole.PARTICIPANT),
            PartyRole("oif", OrgRole.ORGANISER),
            PartyRole("recef", OrgRole.ORGANISER),
            PartyRole("African Union Commission", OrgRole.ORGANISER, resolved=False),
        ),
        people=(),
        dgeq_roles=("coordinator",),
        dgeq_count=3,
        elections=(),
        events=(
            NamedEvent(
                "technical workshop on civil records and elections in Africa",
                "workshop",
                Span(540, 600, 26),
                organisers=("oif", "recef", "International IDEA"),
                start_date="2016-09-29",
                end_date="2016-10-01",
            ),
        ),
        source="international-activities",
        source_sha256=SHA,
        heading_span=Span(510, 529, 24),
        paragraph_spans=(Span(531, 900, 26), Span(902, 1100, 28)),
        date_phrase="From September 29 to October 1, 2016",
        date_span=Span(531, 567, 26),
        section_year=2016,
        unresolved=(Mention("International IDEA", "organization", Span(570, 588, 26)),),
    )
    reception = Activity(
        id="2016-reception-recef",
        title="Reception of the president of the RECEF",
        start_date="2016-11",
        end_date="2016-11",
        date_precision=DatePrecision.MONTH,
        year_inferred=True,
        kind=ActivityKind.RECEPTION,
        countries=("CAN",),
        cities=("quebec-city",),
        organizations=(PartyRole("dgeq", OrgRole.HOST), PartyRole("recef", OrgRole.PARTICIPANT)),
        people=(),
        dgeq_roles=(),
        dgeq_count=None,
        elections=(),
        events=(),
        source="international-activities",
        source_sha256=SHA,
        heading_span=Span(1200, 1240, 40),
        paragraph_spans=(Span(1242, 1600, 42),),
        date_phrase=None,
        date_span=None,
        section_year=2016,
    )
    return madagascar, ethiopia, reception


SOURCES = (
    SourceDocument(
        "international-activities",
        "International activities",
        SHA,
        url="https://www.electionsquebec.qc.ca/en/international/",
    ),
)
CORRECTIONS = (
    Correction(
        "c-0001",
        "set",
        "2016-reception-recef",
        "The page gives only the month of the reception.",
        field="start_date",
        value="2016-11",
        was="2016-11-23",
        author="reviewer",
        date="2026-11-20",
    ),
)

# Terms of reused vocabularies the data may use: a typo in rdf.py shows up here.
REUSED_TERMS = {
    RDF.type,
    RDFS.label,
    OWL.sameAs,
    SKOS.altLabel,
    SKOS.prefLabel,
    DCTERMS.identifier,
    DCTERMS.title,
    DCTERMS.language,
    DCTERMS.source,
    DCTERMS.creator,
    DCTERMS.date,
    PROV.Association,
    PROV.agent,
    PROV.hadRole,
    PROV.qualifiedAssociation,
    PROV.wasAssociatedWith,
    PROV.wasDerivedFrom,
    PROV.wasInfluencedBy,
    ORG.FormalOrganization,
    ORG.Membership,
    ORG.Role,
    ORG.member,
    ORG.memberOf,
    ORG.organization,
    ORG.role,
    ORG.subOrganizationOf,
    rns.SDO.AdministrativeArea,
    rns.SDO.City,
    rns.SDO.Country,
    rns.SDO.Person,
    rns.SDO.Place,
    rns.SDO.areaServed,
    rns.SDO.containedInPlace,
    rns.SDO.endDate,
    rns.SDO.jobTitle,
    rns.SDO.location,
    rns.SDO.name,
    rns.SDO.organizer,
    rns.SDO.startDate,
    rns.SDO.subEvent,
    OA.SpecificResource,
    OA.TextPositionSelector,
    OA.hasSelector,
    OA.hasSource,
    OA.start,
    OA.end,
}
_REUSED = (RDF, RDFS, OWL, rns.XSD, SKOS, PROV, ORG, rns.SDO, DCTERMS, FOAF, rns.DCAT, VOID)
REUSED_NAMESPACES = (*(str(ns) for ns in _REUSED), "http://www.w3.org/ns/oa#")


def build(**overrides: object) -> Dataset:
    kwargs: dict[str, object] = {"sources": SOURCES, "corrections": CORRECTIONS} | overrides
    return build_dataset(make_activities(), make_gazetteer(), **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build()


def test_dataset_conforms(dataset: Dataset) -> None:
    report = validate(dataset)
    assert report.conforms, format_report(report, dataset)
    assert report.errors == ()


def test_named_graphs(dataset: Dataset) -> None:
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert names == {URIRef(f"{ID}graph/{n}") for n in ("data", "provenance", "ontology")}
    ontology = dataset.graph(URIRef(f"{ID}graph/ontology"))
    assert (URIRef("https://w3id.org/dgeq-kg/ontology"), RDF.type, OWL.Ontology) in ontology
    provenance = dataset.graph(URIRef(f"{ID}graph/provenance"))
    assert (URIRef(f"{ID}source/international-activities"), RDF.type, DGK.SourceDocument) in (
        provenance
    )


def test_no_blank_nodes(dataset: Dataset) -> None:
    blank = [q for q in dataset.quads() if any(isinstance(t, BNode) for t in q[:3])]
    assert blank == []


def test_building_twice_gives_the_same_graphs(dataset: Dataset) -> None:
    again = build()
    for graph in dataset.graphs():
        assert isomorphic(graph, again.graph(graph.identifier))
    for graph in dataset.graphs():
        lines = sorted(graph.serialize(format="nt").splitlines())
        assert lines == sorted(again.graph(graph.identifier).serialize(format="nt").splitlines())
    assert isomorphic(
        instance_graph(dataset),
        data_graph(make_activities(), make_gazetteer(), sources=SOURCES, corrections=CORRECTIONS),
    )


def test_every_term_is_declared_or_reused(dataset: Dataset) -> None:
    ontology = dataset.graph(URIRef(f"{ID}graph/ontology"))
    declared = set(ontology.subjects())
    data = instance_graph(dataset)
    used = {p for p in data.predicates()} | {o for o in data.objects(None, RDF.type)}
    assert all(isinstance(t, URIRef) for t in used)
    own = {t for t in used if str(t).startswith(str(DGK._NS))}
    assert own - declared == set()
    reused = used - own
    assert all(str(t).startswith(REUSED_NAMESPACES) for t in reused)
    assert reused - REUSED_TERMS == set()
    concepts = {o for o in data.objects() if isinstance(o, URIRef) and o in DGK}
    assert concepts - declared == set()


def test_only_referenced_entities_are_described(dataset: Dataset) -> None:
    data = dataset.graph(URIRef(f"{ID}graph/data"))
    countries = set(data.subjects(RDF.type, rns.SDO.Country))
    assert countries == {URIRef(f"{ID}country/{c}") for c in ("CAN", "MDG", "ETH")}
    orgs = {str(o) for o in data.subjects(RDF.type, ORG.FormalOrganization)}
    assert f"{ID}organization/ec-uk" not in orgs
    assert {
        f"{ID}organization/{o}" for o in CORE_ORGANIZATIONS if o in make_gazetteer().organizations
    } <= orgs
    assert (URIRef(f"{ID}place/paris"), None, None) not in data


def test_activity_description(dataset: Dataset) -> None:
    data = instance_graph(dataset)
    a = URIRef(f"{ID}activity/2016-reception-recef")
    assert data.value(a, rns.SDO.startDate) == Literal("2016-11", datatype=rns.XSD.gYearMonth)
    assert data.value(a, DGK.earliestDate) == Literal(date(2016, 11, 1))
    assert data.value(a, DGK.latestDate) == Literal(date(2016, 11, 30))
    assert data.value(a, DGK.datePrecision) == concept(DatePrecision.MONTH)
    assert data.value(a, DGK.yearInferred) == Literal(True)
    assert data.value(a, PROV.wasInfluencedBy) == URIRef(f"{ID}correction/c-0001")
    assoc = URIRef(f"{ID}activity/2016-reception-recef/association/dgeq-host")
    assert data.value(assoc, PROV.hadRole) == concept(OrgRole.HOST)

    eth = URIRef(f"{ID}activity/2016-ethiopia")
    mentions = {str(m) for m in data.objects(eth, DGK.unresolvedMention)}
    assert mentions == {"African Union Commission", "International IDEA"}
    event = URIRef(f"{ID}activity/2016-ethiopia/event/1")
    assert data.value(eth, rns.SDO.subEvent) == event
    assert set(data.objects(event, rns.SDO.organizer)) == {
        URIRef(f"{ID}organization/oif"),
        URIRef(f"{ID}organization/recef"),
    }
    spans = set(data.objects(eth, PROV.wasDerivedFrom))
    assert URIRef(f"{ID}activity/2016-ethiopia/span/510-529") in spans and len(spans) == 3
    selector = URIRef(f"{ID}activity/2016-ethiopia/span/510-529/selector")
    assert data.value(selector, OA.start) == Literal(510, datatype=rns.XSD.nonNegativeInteger)

    mdg = URIRef(f"{ID}activity/2017-madagascar")
    election = URIRef(f"{ID}election/MDG-2018")
    assert data.value(mdg, DGK.concernsElection) == election
    assert data.value(election, DGK.electionType) == concept(ElectionType.PRESIDENTIAL)
    assert (mdg, PROV.wasAssociatedWith, URIRef(f"{ID}person/jean-exemple")) in data
    assert (mdg, DGK.unresolvedMention, Literal("Someone Unknown")) in data
    country = URIRef(f"{ID}country/MDG")
    assert data.value(country, OWL.sameAs) == WD.Q1019
    assert set(data.objects(country, RDFS.label)) == {
        Literal("Madagascar", lang="en"),
        Literal("Madagascar", lang="fr"),
    }
    person = URIRef(f"{ID}person/jean-exemple")
    assert data.value(person, rns.SDO.jobTitle) == Literal(
        "Observer for La Francophonie", lang="en"
    )
    membership = URIRef(f"{ID}membership/jean-exemple-dgeq-1")
    assert data.value(membership, ORG.role) == URIRef(f"{ID}role/chief-electoral-officer")


def test_other_base_iri_still_conforms() -> None:
    base = "https://example.org/kg/"
    dataset = build(base_iri=base)
    report = validate(dataset)
    assert report.conforms, format_report(report, dataset)
    subjects = {str(s) for s in instance_graph(dataset).subjects()}
    assert all(s.startswith(base) for s in subjects)


def test_end_before_start_is_reported_with_activity_and_offsets() -> None:
    madagascar, *rest = make_activities()
    bad = replace(madagascar, end_date="2017-11-01")
    dataset = build_dataset(
        (bad, *rest), make_gazetteer(), sources=SOURCES, corrections=CORRECTIONS
    )
    report = validate(dataset)
    assert not report.conforms
    [error] = report.errors
    assert error.focus_node == URIRef(f"{ID}activity/2017-madagascar")
    assert error.path == DGK.earliestDate
    text = format_report(report, dataset)
    assert "activity 2017-madagascar" in text
    assert "source international-activities chars 100-145 (line 20), 147-500 (line 22)" in text


def test_missing_dgeq_is_a_violation() -> None:
    madagascar, *rest = make_activities()
    bad = replace(madagascar, organizations=madagascar.organizations[1:])
    dataset = build_dataset((bad, *rest), make_gazetteer(), sources=SOURCES)
    report = validate(dataset)
    shapes = {str(v.source_shape) for v in report.errors}
    assert shapes == {"https://w3id.org/dgeq-kg/shapes#Activity-dgeq"}


def test_unknown_gazetteer_id_is_an_error() -> None:
    madagascar, *rest = make_activities()
    bad = replace(madagascar, organizations=(PartyRole("nope", OrgRole.PARTNER),))
    with pytest.raises(RecordsError, match="nope"):
        build_dataset((bad, *rest), make_gazetteer(), sources=SOURCES)


def test_stale_source_digest_is_an_error() -> None:
    stale = (replace(SOURCES[0], sha256="f" * 64),)
    with pytest.raises(RecordsError, match="SHA-256"):
        build_dataset(make_activities(), make_gazetteer(), sources=stale)


def test_dates() -> None:
    assert date_literal("2016") == Literal("2016", datatype=rns.XSD.gYear)
    assert date_literal("2016-09-29") == Literal("2016-09-29", datatype=rns.XSD.date)
    assert first_day("2016") == date(2016, 1, 1)
    assert last_day("2016-02") == date(2016, 2, 29)
    assert last_day("2016-10-01") == date(2016, 10, 1)
    for bad in ("2016-13", "2016-02-30", "16-01-01", ""):
        with pytest.raises(ValueError):
            date_literal(bad)


def test_with_the_project_gazetteer() -> None:
    """The reviewed data/ gazetteers describe conforming organisations, places and people."""
    try:
        gazetteer = load_gazetteer(DATA_DIR)
    except Exception as exc:  # the gazetteers are still being written
        pytest.skip(f"data/ gazetteer not loadable: {exc}")
    if "dgeq" not in gazetteer.organizations:
        pytest.skip("data/organizations.toml has no dgeq yet")
    every_org = tuple(
        PartyRole(o, OrgRole.PARTICIPANT if o == "dgeq" else OrgRole.PARTNER)
        for o in sorted(gazetteer.organizations)
    )
    madagascar, *_ = make_activities()
    everything = replace(
        madagascar,
        countries=tuple(sorted(gazetteer.countries)),
        cities=tuple(sorted(gazetteer.places)),
        organizations=every_org,
        people=tuple(sorted(gazetteer.people)),
        elections=(),
    )
    dataset = build_dataset((everything,), gazetteer, sources=SOURCES)
    report = validate(dataset)
    assert report.conforms, format_report(report, dataset)
