"""Records -> RDF: the activities and the gazetteer entries they use, as a dataset.

Pure functions: the same records give the same triples, with no blank node anywhere (every
resource gets a minted IRI, see :class:`InstanceIris`). The dataset has three named graphs:

``{base}graph/data``
    activities, elections, named events, organisations, countries, places, people.
``{base}graph/provenance``
    source documents, text spans and their selectors, corrections, and the links from
    activities and events to them (``prov:wasDerivedFrom``, ``prov:wasInfluencedBy``).
``{base}graph/ontology``
    ``ontology/dgeq-kg.ttl`` as parsed.

>>> iris = InstanceIris("https://example.org/kg/")
>>> iris.election("MDG", "2018-11-07")
rdflib.term.URIRef('https://example.org/kg/election/MDG-2018-11-07')
>>> date_literal("2016-09")
rdflib.term.Literal('2016-09', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth'))
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

from graphbuild.errors import RecordsError, where
from graphbuild.gazetteer import Gazetteer
from graphbuild.labels import gazetteer_labels
from graphbuild.namespaces import DEFAULT_BASE_IRI, DGK, OA, ONTOLOGY_PATH, PREFIXES, WD, concept
from graphbuild.records import (
    Activity,
    Correction,
    Country,
    ElectionType,
    NamedEvent,
    Organization,
    OrgRole,
    Person,
    Place,
    Span,
)


class TripleSink(Protocol):
    """Where :func:`describe` puts triples: an rdflib ``Graph``, or any collector with ``add``
    (the fast path collects them without building rdflib's indexes)."""

    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


#: Organisations always described, whether or not an activity names them.
CORE_ORGANIZATIONS = ("dgeq", "oif", "recef", "copa", "oas", "undp", "ifes")


@dataclass(frozen=True)
class SourceDocument:
    """A page activities were read from: its id (file stem), title and SHA-256 digest (of
    the text the offsets point into); for a page saved as HTML, the file's digest too."""

    id: str
    title: str
    sha256: str
    url: str | None = None
    language: str = "en"
    original_sha256: str | None = None


_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9._~-]*")


def _segment(text: str) -> str:
    # What quote() leaves as it is, returned without calling it (most ids).
    return text if _SAFE_SEGMENT.fullmatch(text) else quote(text, safe="-._~")


def slug(text: str) -> str:
    """A lowercase-hyphen form of a free-text name, for IRIs.

    >>> slug("Président-directeur général")
    'president-directeur-general'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@dataclass(frozen=True)
class InstanceIris:
    """The IRI of every kind of instance, under one base IRI (ending in ``/`` or ``#``)."""

    base: str = DEFAULT_BASE_IRI

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            raise ValueError(f"base IRI '{self.base}' must end with '/' or '#'")

    def _iri(self, *segments: str) -> URIRef:
        return URIRef(self.base + "/".join(_segment(s) for s in segments))

    def graph(self, name: str) -> URIRef:
        return self._iri("graph", name)

    def activity(self, activity_id: str) -> URIRef:
        return self._iri("activity", activity_id)

    def organization(self, org_id: str) -> URIRef:
        return self._iri("organization", org_id)

    def country(self, alpha3: str) -> URIRef:
        return self._iri("country", alpha3)

    def place(self, place_id: str) -> URIRef:
        return self._iri("place", place_id)

    def person(self, person_id: str) -> URIRef:
        return self._iri("person", person_id)

    def election(self, alpha3: str, iso_date: str) -> URIRef:
        return self._iri("election", f"{alpha3}-{iso_date}")

    def event(self, activity_id: str, n: int) -> URIRef:
        return self._iri("activity", activity_id, "event", str(n))

    def association(self, activity_id: str, org_id: str, role: OrgRole) -> URIRef:
        return self._iri("activity", activity_id, "association", f"{org_id}-{role.value}")

    def span(self, activity_id: str, span: Span) -> URIRef:
        return self._iri("activity", activity_id, "span", f"{span.start}-{span.end}")

    def selector(self, activity_id: str, span: Span) -> URIRef:
        return URIRef(f"{self.span(activity_id, span)}/selector")

    def source(self, doc_id: str) -> URIRef:
        return self._iri("source", doc_id)

    def correction(self, correction_id: str) -> URIRef:
        return self._iri("correction", correction_id)

    def membership(self, person_id: str, org_id: str, n: int) -> URIRef:
        return self._iri("membership", f"{person_id}-{org_id}-{n}")

    def role(self, role_slug: str) -> URIRef:
        return self._iri("role", role_slug)


# -- dates --------------------------------------------------------------------------------

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _date_parts(text: str) -> tuple[int, int | None, int | None]:
    match = _PARTIAL_DATE.match(text)
    if match is None:
        raise ValueError(f"'{text}' is not a date like YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"'{text}' has no month {month}")
    if day is not None:
        date(year, month or 1, day)  # raises ValueError for 2018-02-30
    return year, month, day


def date_literal(text: str) -> Literal:
    """An ISO date, possibly partial, typed by its precision: xsd:date, gYearMonth or gYear."""
    _, month, day = _date_parts(text)
    datatype = XSD.date if day is not None else XSD.gYearMonth if month is not None else XSD.gYear
    return Literal(text, datatype=datatype)


def first_day(text: str) -> date:
    """The first day a possibly partial ISO date can mean.

    >>> first_day("2016-09"), first_day("2016")
    (datetime.date(2016, 9, 1), datetime.date(2016, 1, 1))
    """
    year, month, day = _date_parts(text)
    return date(year, month or 1, day or 1)


def last_day(text: str) -> date:
    """The last day a possibly partial ISO date can mean.

    >>> last_day("2016-02"), last_day("2016")
    (datetime.date(2016, 2, 29), datetime.date(2016, 12, 31))
    """
    year, month, day = _date_parts(text)
    month = month or 12
    return date(year, month, day or calendar.monthrange(year, month)[1])


# -- the public functions -----------------------------------------------------------------


def build_dataset(
    activities: Sequence[Activity],
    gazetteer: Gazetteer,
    *,
    sources: Sequence[SourceDocument],
    corrections: Sequence[Correction] = (),
    base_iri: str = DEFAULT_BASE_IRI,
    ontology_path: Path = ONTOLOGY_PATH,
) -> Dataset:
    """The knowledge graph: data, provenance and ontology named graphs.

    Raises :class:`~graphbuild.errors.RecordsError` when an activity refers to a gazetteer
    id that does not exist, has a malformed date, or disagrees with its source's digest.
    """
    iris = InstanceIris(base_iri)
    dataset = Dataset()
    _bind(dataset)
    data = dataset.graph(iris.graph("data"))
    provenance = dataset.graph(iris.graph("provenance"))
    describe(activities, gazetteer, sources, corrections, iris, data, provenance)
    dataset.graph(iris.graph("ontology")).parse(ontology_path, format="turtle")
    return dataset


def data_graph(
    activities: Sequence[Activity],
    gazetteer: Gazetteer,
    *,
    sources: Sequence[SourceDocument],
    corrections: Sequence[Correction] = (),
    base_iri: str = DEFAULT_BASE_IRI,
) -> Graph:
    """The data and provenance graphs of :func:`build_dataset` in one graph (no ontology)."""
    graph = Graph()
    _bind(graph)
    iris = InstanceIris(base_iri)
    describe(activities, gazetteer, sources, corrections, iris, graph, graph)
    return graph


def _bind(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


# -- what to describe ---------------------------------------------------------------------


@dataclass
class _Referenced:
    """The gazetteer entries the graph describes (sorted ids), and the role labels of posts."""

    organizations: list[str]
    countries: list[str]
    places: list[str]
    people: list[str]
    roles: dict[str, str] = field(default_factory=dict)  # slug -> label


def _missing(activity: Activity, kind: str, ref: str, file: str) -> RecordsError:
    return RecordsError(
        f"refers to {kind} '{ref}', which is not in the gazetteer",
        where(activity.source, None, activity.id),
        f"add it to data/{file} or re-run the ingest",
    )


def _referenced(activities: Sequence[Activity], gaz: Gazetteer) -> _Referenced:
    orgs = {o for o in CORE_ORGANIZATIONS if o in gaz.organizations}
    places: set[str] = set()
    countries: set[str] = set()
    people: set[str] = set()
    for a in activities:
        for party in a.organizations:
            if party.resolved:
                if party.org not in gaz.organizations:
                    raise _missing(a, "organisation", party.org, "organizations.toml")
                orgs.add(party.org)
        orgs.update(o for e in a.events for o in e.organisers if o in gaz.organizations)
        for city in a.cities:
            if city not in gaz.places:
                raise _missing(a, "place", city, "places.toml")
            places.add(city)
        for alpha3 in (*a.countries, *(e.country for e in a.elections)):
            if alpha3 not in gaz.countries:
                raise _missing(a, "country", alpha3, "countries.toml")
            countries.add(alpha3)
        people.update(p for p in a.people if p in gaz.people)
    orgs.update(post.organization for p in people for post in gaz.people[p].posts)
    pending = list(orgs)
    while pending:  # organisations the described ones are members or parts of
        org = gaz.organizations.get(pending.pop())
        for ref in (*org.member_of, org.parent) if org else ():
            if ref is not None and ref not in orgs:
                orgs.add(ref)
                pending.append(ref)
    orgs &= set(gaz.organizations)  # a dangling reference is left for the shapes to report
    for org_id in orgs:
        org = gaz.organizations[org_id]
        if org.home_city in gaz.places:
            places.add(org.home_city)
        if org.country in gaz.countries:
            countries.add(org.country)
    countries.update(gaz.places[p].country for p in places)
    roles: dict[str, str] = {}
    for person in sorted(people):
        for post in gaz.people[person].posts:
            if post.organization:
                roles.setdefault(slug(post.role) or "member", post.role or "member")
    return _Referenced(sorted(orgs), sorted(countries), sorted(places), sorted(people), roles)


def _documents(
    activities: Sequence[Activity], sources: Sequence[SourceDocument]
) -> dict[str, SourceDocument]:
    docs = {d.id: d for d in sources}
    for a in activities:
        doc = docs.setdefault(a.source, SourceDocument(a.source, a.source, a.source_sha256))
        if doc.sha256 != a.source_sha256:
            raise RecordsError(
                f"was read from a page with SHA-256 {a.source_sha256}, "
                f"but source '{doc.id}' has {doc.sha256}",
                where(a.source, None, a.id),
                "re-run the ingest on the current page",
            )
    return docs


def describe(
    activities: Sequence[Activity],
    gaz: Gazetteer,
    sources: Sequence[SourceDocument],
    corrections: Sequence[Correction],
    iris: InstanceIris,
    data: TripleSink,
    provenance: TripleSink,
) -> None:
    """Put the triples of the activities and what they refer to into ``data`` and
    ``provenance`` (two sinks, or one for both): the body of :func:`build_dataset`."""
    seen: set[str] = set()
    for a in activities:
        if a.id in seen:
            raise RecordsError("duplicate activity id", where(a.source, None, a.id))
        seen.add(a.id)
    ref = _referenced(activities, gaz)
    docs = _documents(activities, sources)
    for alpha3 in ref.countries:
        _add_country(data, gaz.countries[alpha3], iris)
    for place_id in ref.places:
        _add_place(data, gaz.places[place_id], iris)
    labels = gazetteer_labels(gaz)
    for org_id in ref.organizations:
        _add_organization(data, gaz.organizations[org_id], labels[org_id], iris)
    for role_slug, label in ref.roles.items():
        _add_role(data, role_slug, label, iris)
    for person_id in ref.people:
        _add_person(data, gaz.people[person_id], iris)
    for (alpha3, iso_date), (types, rounds) in _elections(activities).items():
        _add_election(data, gaz.countries[alpha3], iso_date, types, rounds, iris)
    for doc in docs.values():
        _add_source(provenance, doc, iris)
    for a in activities:
        _add_activity(data, provenance, a, gaz, docs[a.source], iris)
    for c in corrections:
        _add_correction(provenance, c, seen, iris)


def _elections(
    activities: Iterable[Activity],
) -> dict[tuple[str, str], tuple[set[ElectionType], set[int]]]:
    """One election per country and date, with the types and rounds all activities give it."""
    merged: dict[tuple[str, str], tuple[set[ElectionType], set[int]]] = {}
    for a in activities:
        for e in a.elections:
            types, rounds = merged.setdefault((e.country, e.date), (set(), set()))
            types.update(e.types)
            if e.round is not None:
                rounds.add(e.round)
    return merged


# -- one helper per kind of resource ------------------------------------------------------


def _labels(g: TripleSink, s: URIRef, en: str, fr: str | None = None) -> None:
    g.add((s, RDFS.label, Literal(en, lang="en")))
    if fr:
        g.add((s, RDFS.label, Literal(fr, lang="fr")))


def _wikidata(g: TripleSink, s: URIRef, qid: str | None) -> None:
    if qid:
        g.add((s, OWL.sameAs, WD[qid]))


def _add_country(g: TripleSink, country: Country, iris: InstanceIris) -> None:
    s = iris.country(country.alpha3)
    g.add((s, RDF.type, SDO.Country))
    _labels(g, s, country.name_en, country.name_fr)
    g.add((s, DGK.alpha2, Literal(country.alpha2)))
    g.add((s, DGK.alpha3, Literal(country.alpha3)))
    _wikidata(g, s, country.wikidata)


_PLACE_CLASS = {"city": SDO.City, "region": SDO.AdministrativeArea}


def _add_place(g: TripleSink, place: Place, iris: InstanceIris) -> None:
    s = iris.place(place.id)
    g.add((s, RDF.type, _PLACE_CLASS.get(place.kind, SDO.Place)))
    g.add((s, DCTERMS.identifier, Literal(place.id)))
    _labels(g, s, place.name_en, place.name_fr)
    g.add((s, SDO.containedInPlace, iris.country(place.country)))
    _wikidata(g, s, place.wikidata)


def _add_organization(g: TripleSink, org: Organization, label: str, iris: InstanceIris) -> None:
    s = iris.organization(org.id)
    g.add((s, RDF.type, ORG.FormalOrganization))
    g.add((s, DCTERMS.identifier, Literal(org.id)))
    _labels(g, s, org.name_en, org.name_fr)
    g.add((s, SKOS.altLabel, Literal(org.acronym)))
    g.add((s, SKOS.prefLabel, Literal(label)))  # unique among organisations (graphbuild.labels)
    g.add((s, DGK.organizationType, concept(org.type)))
    if org.country:
        g.add((s, SDO.areaServed, iris.country(org.country)))
    if org.home_city:
        g.add((s, SDO.location, iris.place(org.home_city)))
    for network in org.member_of:
        g.add((s, ORG.memberOf, iris.organization(network)))
    if org.parent:
        g.add((s, ORG.subOrganizationOf, iris.organization(org.parent)))
    _wikidata(g, s, org.wikidata)


def _add_role(g: TripleSink, role_slug: str, label: str, iris: InstanceIris) -> None:
    s = iris.role(role_slug)
    g.add((s, RDF.type, ORG.Role))
    g.add((s, RDFS.label, Literal(label, lang="en")))  # the gazetteer writes roles in English


def _add_optional_date(g: TripleSink, s: URIRef, prop: URIRef, text: str | None) -> None:
    if text:
        try:
            g.add((s, prop, date_literal(text)))
        except ValueError:
            g.add((s, prop, Literal(text)))  # kept as written; the shapes flag it


def _add_person(g: TripleSink, person: Person, iris: InstanceIris) -> None:
    s = iris.person(person.id)
    g.add((s, RDF.type, SDO.Person))
    g.add((s, DCTERMS.identifier, Literal(person.id)))
    g.add((s, SDO.name, Literal(person.name)))
    _wikidata(g, s, person.wikidata)
    counts: dict[str, int] = {}
    for post in person.posts:
        if not post.organization:  # e.g. "President of Togo": no membership to describe
            if post.role:
                g.add((s, SDO.jobTitle, Literal(post.role, lang="en")))
            continue
        counts[post.organization] = n = counts.get(post.organization, 0) + 1
        m = iris.membership(person.id, post.organization, n)
        g.add((m, RDF.type, ORG.Membership))
        g.add((m, ORG.member, s))
        g.add((m, ORG.organization, iris.organization(post.organization)))
        g.add((m, ORG.role, iris.role(slug(post.role) or "member")))
        _add_optional_date(g, m, SDO.startDate, post.start)
        _add_optional_date(g, m, SDO.endDate, post.end)


def _add_election(
    g: TripleSink,
    country: Country,
    iso_date: str,
    types: set[ElectionType],
    rounds: set[int],
    iris: InstanceIris,
) -> None:
    s = iris.election(country.alpha3, iso_date)
    g.add((s, RDF.type, DGK.Election))
    _labels(
        g,
        s,
        f"Election in {country.name_en}, {iso_date}",
        f"Élection, {country.name_fr}, {iso_date}",
    )
    g.add((s, SDO.location, iris.country(country.alpha3)))
    _add_optional_date(g, s, SDO.startDate, iso_date)
    for t in types:
        g.add((s, DGK.electionType, concept(t)))
    for r in rounds:
        g.add((s, DGK.electionRound, Literal(r)))


def _add_source(g: TripleSink, doc: SourceDocument, iris: InstanceIris) -> None:
    s = iris.source(doc.id)
    g.add((s, RDF.type, DGK.SourceDocument))
    g.add((s, DCTERMS.identifier, Literal(doc.id)))
    g.add((s, RDFS.label, Literal(doc.title, lang=doc.language)))
    g.add((s, DCTERMS.title, Literal(doc.title, lang=doc.language)))
    g.add((s, DCTERMS.language, Literal(doc.language, datatype=XSD.language)))
    g.add((s, DGK.sha256, Literal(doc.sha256)))
    if doc.original_sha256:
        g.add((s, DGK.originalSha256, Literal(doc.original_sha256)))
    if doc.url:
        g.add((s, DCTERMS.source, URIRef(doc.url)))


def _add_span(
    g: TripleSink, activity_id: str, span: Span, doc: SourceDocument, iris: InstanceIris
) -> URIRef:
    s = iris.span(activity_id, span)
    selector = iris.selector(activity_id, span)
    g.add((s, RDF.type, OA.SpecificResource))
    g.add((s, OA.hasSource, iris.source(doc.id)))
    g.add((s, OA.hasSelector, selector))
    g.add((selector, RDF.type, OA.TextPositionSelector))
    g.add((selector, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    g.add((selector, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
    if span.line >= 1:
        g.add((selector, DGK.startLine, Literal(span.line, datatype=XSD.positiveInteger)))
    return s


def _activity_date(a: Activity, text: str) -> Literal:
    try:
        return date_literal(text)
    except ValueError as exc:
        raise RecordsError(str(exc), where(a.source, None, a.id), "fix the date") from None


def _add_activity(
    data: TripleSink,
    provenance: TripleSink,
    a: Activity,
    gaz: Gazetteer,
    doc: SourceDocument,
    iris: InstanceIris,
) -> None:
    s = iris.activity(a.id)
    data.add((s, RDF.type, DGK.Activity))
    data.add((s, DCTERMS.identifier, Literal(a.id)))
    data.add((s, RDFS.label, Literal(a.title, lang=doc.language)))
    data.add((s, SDO.startDate, _activity_date(a, a.start_date)))
    end = a.end_date or a.start_date
    if a.end_date:
        data.add((s, SDO.endDate, _activity_date(a, a.end_date)))
    data.add((s, DGK.earliestDate, Literal(first_day(a.start_date))))
    data.add((s, DGK.latestDate, Literal(last_day(end))))
    data.add((s, DGK.datePrecision, concept(a.date_precision)))
    data.add((s, DGK.yearInferred, Literal(a.year_inferred)))
    data.add((s, DGK.activityKind, concept(a.kind)))
    if a.section_year is not None:
        data.add((s, DGK.sectionYear, Literal(a.section_year)))
    for alpha3 in a.countries:
        data.add((s, SDO.location, iris.country(alpha3)))
    for city in a.cities:
        data.add((s, SDO.location, iris.place(city)))
    for party in a.organizations:
        if not party.resolved:
            data.add((s, DGK.unresolvedMention, Literal(party.org)))
            continue
        agent = iris.organization(party.org)
        association = iris.association(a.id, party.org, party.role)
        data.add((s, PROV.wasAssociatedWith, agent))
        data.add((s, PROV.qualifiedAssociation, association))
        data.add((association, RDF.type, PROV.Association))
        data.add((association, PROV.agent, agent))
        data.add((association, PROV.hadRole, concept(party.role)))
    for person in a.people:
        if person in gaz.people:
            data.add((s, PROV.wasAssociatedWith, iris.person(person)))
        else:
            data.add((s, DGK.unresolvedMention, Literal(person)))
    for mention in a.unresolved:
        data.add((s, DGK.unresolvedMention, Literal(mention.text)))
    for role in a.dgeq_roles:
        data.add((s, DGK.participantRole, Literal(role)))
    if a.dgeq_count is not None:
        data.add((s, DGK.participantCount, Literal(a.dgeq_count)))
    for election in a.elections:
        data.add((s, DGK.concernsElection, iris.election(election.country, election.date)))
    for n, event in enumerate(a.events, 1):
        _add_named_event(data, provenance, a, n, event, gaz, doc, iris)
    spans = ([a.heading_span] if a.heading_span else []) + list(a.paragraph_spans)
    for span in spans:
        provenance.add((s, PROV.wasDerivedFrom, _add_span(provenance, a.id, span, doc, iris)))


def _add_named_event(
    data: TripleSink,
    provenance: TripleSink,
    a: Activity,
    n: int,
    event: NamedEvent,
    gaz: Gazetteer,
    doc: SourceDocument,
    iris: InstanceIris,
) -> None:
    s = iris.event(a.id, n)
    data.add((iris.activity(a.id), SDO.subEvent, s))
    data.add((s, RDF.type, DGK.NamedEvent))
    data.add((s, SDO.name, Literal(event.name)))
    data.add((s, RDFS.label, Literal(event.name, lang=doc.language)))
    data.add((s, DGK.namedEventCategory, Literal(event.category)))
    if event.ordinal is not None:
        data.add((s, DGK.ordinal, Literal(event.ordinal)))
    for org in event.organisers:
        if org in gaz.organizations:
            data.add((s, SDO.organizer, iris.organization(org)))
        else:
            data.add((s, DGK.unresolvedMention, Literal(org)))
    _add_optional_date(data, s, SDO.startDate, event.start_date)
    _add_optional_date(data, s, SDO.endDate, event.end_date)
    if event.span.end > event.span.start:  # Span(0, 0, 0) stands for "no span" in JSON records
        provenance.add((s, PROV.wasDerivedFrom, _add_span(provenance, a.id, event.span, doc, iris)))


def _value_text(value: object) -> str:
    return (
        value
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    )


def _add_correction(
    g: TripleSink, c: Correction, activity_ids: set[str], iris: InstanceIris
) -> None:
    s = iris.correction(c.id)
    activity = iris.activity(c.activity)
    g.add((s, RDF.type, DGK.Correction))
    g.add((s, DCTERMS.identifier, Literal(c.id)))
    g.add((s, DGK.correctionOperation, Literal(c.op)))
    g.add((s, DGK.correctedActivity, activity))
    if c.reason:
        g.add((s, DGK.reason, Literal(c.reason)))
    if c.field:
        g.add((s, DGK.correctedField, Literal(c.field)))
    if c.value is not None:
        g.add((s, DGK.newValue, Literal(_value_text(c.value))))
    if c.was is not None:
        g.add((s, DGK.oldValue, Literal(_value_text(c.was))))
    if c.author:
        g.add((s, DCTERMS.creator, Literal(c.author)))
    _add_optional_date(g, s, DCTERMS.date, c.date)
    if c.activity in activity_ids:
        g.add((activity, PROV.wasInfluencedBy, s))
