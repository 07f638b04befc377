"""The ontology's terms as Python names, and the reused vocabularies.

``ontology/dgeq-kg.ttl`` is the authority; :class:`DGK` mirrors every term it declares, no
more and no less (``tests/test_ontology.py`` checks both ways), and ``_fail = True`` makes a
misspelled term an error rather than a silently wrong IRI.

>>> DGK.Activity
rdflib.term.URIRef('https://w3id.org/dgeq-kg/ontology#Activity')
>>> concept(ActivityKind.OBSERVATION)
rdflib.term.URIRef('https://w3id.org/dgeq-kg/ontology#kind-observation')
"""

from __future__ import annotations

from typing import Any

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    VOID,
    XSD,
    DefinedNamespace,
)

from graphbuild.records import ActivityKind, DatePrecision, ElectionType, OrgRole, OrgType
from graphbuild.resources import resource_dir

#: Where instance IRIs live; the one place to change it (functions also take ``base_iri=``).
DEFAULT_BASE_IRI = "https://w3id.org/dgeq-kg/id/"

ONTOLOGY_IRI = URIRef("https://w3id.org/dgeq-kg/ontology")


def iri_problem(value: str, *, base: bool = False, web: bool = False) -> str | None:
    """What makes ``value`` unusable as an absolute IRI, or None when it is one.

    ``base``: instance IRIs are made by appending to it, so it must end with '/' or '#';
    ``web``: an http(s) address.

    >>> iri_problem("https://w3id.org/dgeq-kg/id/", base=True) is None
    True
    >>> iri_problem("https://example.org/a b/")
    "holds ' ', which an IRI cannot hold (write it %-encoded, e.g. %20)"
    >>> iri_problem("example.org/sparql", web=True)
    'is not an http(s) address such as https://example.org/sparql'
    """
    import re

    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", value)
    if web and (scheme is None or scheme.group(1).lower() not in ("http", "https")):
        return "is not an http(s) address such as https://example.org/sparql"
    if scheme is None:
        return "is not an absolute IRI: it needs a scheme, as in https://example.org/id/"
    bad = next((c for c in value if c in ' <>"{}|\\^`' or ord(c) < 0x21 or ord(c) == 0x7F), None)
    if bad is not None:
        return f"holds {bad!r}, which an IRI cannot hold (write it %-encoded, e.g. %20)"
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(value)
    except ValueError as exc:
        return f"is not a valid IRI ({exc})"
    if base and not value.endswith(("/", "#")):
        return "must end with '/' or '#' (instance IRIs are made by appending to it)"
    return None


ONTOLOGY_DIR = resource_dir("ontology")  # in the package or the checkout
ONTOLOGY_PATH = ONTOLOGY_DIR / "dgeq-kg.ttl"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT_PATH = ONTOLOGY_DIR / "context.jsonld"

#: The shapes' own namespace (shape IRIs appear in validation reports).
DGKS = Namespace("https://w3id.org/dgeq-kg/shapes#")

#: Wikidata entities, for owl:sameAs links.
WD = Namespace("http://www.wikidata.org/entity/")

VANN = Namespace("http://purl.org/vocab/vann/")


class DGK(DefinedNamespace):
    """The DGEQ international cooperation ontology (``dgk:``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/dgeq-kg/ontology#")

    # Classes
    Activity: URIRef
    Election: URIRef
    NamedEvent: URIRef
    SourceDocument: URIRef
    Correction: URIRef

    # Object properties
    activityKind: URIRef
    datePrecision: URIRef
    concernsElection: URIRef
    electionType: URIRef
    organizationType: URIRef
    correctedActivity: URIRef

    # Datatype properties
    yearInferred: URIRef
    earliestDate: URIRef
    latestDate: URIRef
    participantCount: URIRef
    participantRole: URIRef
    sectionYear: URIRef
    unresolvedMention: URIRef
    electionRound: URIRef
    alpha2: URIRef
    alpha3: URIRef
    sha256: URIRef
    originalSha256: URIRef
    startLine: URIRef
    ordinal: URIRef
    namedEventCategory: URIRef
    correctionOperation: URIRef
    correctedField: URIRef
    newValue: URIRef
    oldValue: URIRef
    reason: URIRef

    # Concept schemes and concepts: not Python identifiers, reached as DGK["kind-observation"]
    # or, better, through concept().
    _extras = [  # noqa: RUF012 - rdflib's own declaration is a mutable list
        "activity-kinds",
        "date-precisions",
        "election-types",
        "organization-types",
        "organization-roles",
        "took-part-roles",
        "contact-roles",
        *(f"kind-{v.value}" for v in ActivityKind),
        *(f"precision-{v.value}" for v in DatePrecision),
        *(f"eltype-{v.value}" for v in ElectionType),
        *(f"orgtype-{v.value}" for v in OrgType),
        *(f"role-{v.value}" for v in OrgRole),
    ]


class OA(DefinedNamespace):
    """The terms of the W3C Web Annotation vocabulary this project uses."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef


Coded = ActivityKind | DatePrecision | ElectionType | OrgType | OrgRole

_CONCEPT_PREFIX: dict[type[Coded], str] = {
    ActivityKind: "kind",
    DatePrecision: "precision",
    ElectionType: "eltype",
    OrgType: "orgtype",
    OrgRole: "role",
}

#: The concept scheme of each controlled list.
SCHEMES: dict[type[Coded], URIRef] = {
    ActivityKind: DGK["activity-kinds"],
    DatePrecision: DGK["date-precisions"],
    ElectionType: DGK["election-types"],
    OrgType: DGK["organization-types"],
    OrgRole: DGK["organization-roles"],
}


def concept(value: Coded) -> URIRef:
    """The SKOS concept of a controlled-list value: ``dgk:{list}-{code}``."""
    return DGK[f"{_CONCEPT_PREFIX[type(value)]}-{value.value}"]


def role_family(role: OrgRole) -> URIRef:
    """The skos:Collection a role belongs to: ``dgk:took-part-roles`` or ``dgk:contact-roles``.

    >>> role_family(OrgRole.MET)
    rdflib.term.URIRef('https://w3id.org/dgeq-kg/ontology#contact-roles')
    """
    return DGK["took-part-roles"] if role.took_part else DGK["contact-roles"]


#: Prefixes bound on every graph the project writes.
PREFIXES: dict[str, str] = {
    "dgk": str(DGK._NS),
    "dgks": str(DGKS),
    "dcat": str(DCAT),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "oa": str(OA._NS),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SDO),
    "sh": str(SH),
    "skos": str(SKOS),
    "vann": str(VANN),
    "void": str(VOID),
    "wd": str(WD),
    "xsd": str(XSD),
}

# Term -> JSON-LD type coercion for ontology/context.jsonld.
_OBJECT_PROPERTIES = (
    "activityKind",
    "datePrecision",
    "concernsElection",
    "electionType",
    "organizationType",
    "correctedActivity",
)
_TYPED_PROPERTIES = {
    "yearInferred": "xsd:boolean",
    "earliestDate": "xsd:date",
    "latestDate": "xsd:date",
    "participantCount": "xsd:integer",
    "sectionYear": "xsd:integer",
    "electionRound": "xsd:integer",
    "startLine": "xsd:positiveInteger",
    "ordinal": "xsd:integer",
}


#: Short names for the reused vocabularies' terms the graph uses, so that graph.jsonld reads
#: as plain JSON (``startDate``, ``location``, ``organizer``): term -> (CURIE, coercion).
REUSED_TERMS: dict[str, tuple[str, str | None]] = {
    "Association": ("prov:Association", None),
    "Country": ("schema:Country", None),
    "Organization": ("org:FormalOrganization", None),
    "Person": ("schema:Person", None),
    "Place": ("schema:Place", None),
    "SpecificResource": ("oa:SpecificResource", None),
    "TextPositionSelector": ("oa:TextPositionSelector", None),
    "agent": ("prov:agent", "@id"),
    "altLabel": ("skos:altLabel", None),
    "areaServed": ("schema:areaServed", "@id"),
    "containedInPlace": ("schema:containedInPlace", "@id"),
    "definition": ("skos:definition", None),
    "description": ("dcterms:description", None),
    "end": ("oa:end", "xsd:nonNegativeInteger"),
    "endDate": ("schema:endDate", "xsd:date"),
    "hadRole": ("prov:hadRole", "@id"),
    "hasSelector": ("oa:hasSelector", "@id"),
    "hasSource": ("oa:hasSource", "@id"),
    "identifier": ("dcterms:identifier", None),
    "inScheme": ("skos:inScheme", "@id"),
    "jobTitle": ("schema:jobTitle", None),
    "label": ("rdfs:label", None),
    "language": ("dcterms:language", "xsd:language"),
    "location": ("schema:location", "@id"),
    "memberOf": ("org:memberOf", "@id"),
    "name": ("schema:name", None),
    "notation": ("skos:notation", None),
    "organizer": ("schema:organizer", "@id"),
    "prefLabel": ("skos:prefLabel", None),
    "qualifiedAssociation": ("prov:qualifiedAssociation", "@id"),
    "sameAs": ("owl:sameAs", "@id"),
    "start": ("oa:start", "xsd:nonNegativeInteger"),
    "startDate": ("schema:startDate", "xsd:date"),
    "subEvent": ("schema:subEvent", "@id"),
    "subOrganizationOf": ("org:subOrganizationOf", "@id"),
    "title": ("dcterms:title", None),
    "wasAssociatedWith": ("prov:wasAssociatedWith", "@id"),
    "wasDerivedFrom": ("prov:wasDerivedFrom", "@id"),
    "wasInfluencedBy": ("prov:wasInfluencedBy", "@id"),
}


def jsonld_context(base_iri: str = DEFAULT_BASE_IRI) -> dict[str, Any]:
    """The JSON-LD context of ``ontology/context.jsonld`` (generated; a test compares them)."""
    terms: dict[str, Any] = {"@base": base_iri}
    terms.update({prefix: PREFIXES[prefix] for prefix in sorted(PREFIXES)})
    for name in sorted(DGK.__annotations__):
        if name.startswith("_"):
            continue
        if name in _OBJECT_PROPERTIES:
            terms[name] = {"@id": f"dgk:{name}", "@type": "@id"}
        elif name in _TYPED_PROPERTIES:
            terms[name] = {"@id": f"dgk:{name}", "@type": _TYPED_PROPERTIES[name]}
        else:
            terms[name] = f"dgk:{name}"
    for name, (curie, coercion) in sorted(REUSED_TERMS.items()):
        terms[name] = curie if coercion is None else {"@id": curie, "@type": coercion}
    return {"@context": terms}
