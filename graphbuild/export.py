"""Graph -> files: serialisations, the research table, and the VoID/DCAT description.

Pure functions (nothing prints) with deterministic output: the same dataset gives the same
bytes. The single-graph formats (Turtle, N-Triples, JSON-LD, RDF/XML) hold the union of the
data, provenance *and* ontology graphs, so that one file carries the labels and codes
(``skos:notation``) of the concepts it uses; the TriG keeps the three named graphs apart.

>>> RdfFormat.TURTLE.file_name, RdfFormat.TURTLE.media_type
('graph.ttl', 'text/turtle')
>>> table_csv([{"id": "a", "countries": "HTI;TUN"}], columns=("id", "countries"))
'id,countries\\na,HTI;TUN\\n'
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, PROV, RDF, SDO, VOID, XSD
from rdflib.term import Node

from graphbuild.namespaces import CONTEXT_PATH, DEFAULT_BASE_IRI, DGK, ONTOLOGY_IRI, PREFIXES
from graphbuild.rdf import InstanceIris
from graphbuild.resources import resource_dir
from graphbuild.table import COLUMNS
from graphbuild.tables import TABLES
from graphbuild.validate import instance_graph

#: The research table's query (in the installed package or the checkout), so that the
#: working directory does not matter.
MISSIONS_QUERY = resource_dir("queries") / "missions.rq"

#: The research table's columns, in order (one definition, in graphbuild.table).
MISSIONS_COLUMNS = COLUMNS

#: Cells holding several values joined with ";" (sorted here: GROUP_CONCAT has no order).
MULTI_VALUED = frozenset(
    {"countries", "cities", "organizations", "people", "dgeq_roles", "elections", "source"}
)

#: The named graphs of :func:`graphbuild.rdf.build_dataset`, in TriG order.
GRAPH_NAMES = ("data", "ontology", "provenance")

#: dcat:version is DCAT 3; rdflib's DCAT namespace class stops at DCAT 2.
DCAT_VERSION = Namespace(str(DCAT))["version"]

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
#: The dataset's creator and publisher, as VoID/DCAT names them.
MAINTAINER = "The graphbuild project"
_IANA = "https://www.iana.org/assignments/media-types/"


class RdfFormat(Enum):
    """The RDF files written to ``dist/``: (file name, media type)."""

    TURTLE = ("graph.ttl", "text/turtle")
    NTRIPLES = ("graph.nt", "application/n-triples")
    JSONLD = ("graph.jsonld", "application/ld+json")
    RDFXML = ("graph.rdf", "application/rdf+xml")
    TRIG = ("graph.trig", "application/trig")

    @property
    def file_name(self) -> str:
        return self.value[0]

    @property
    def media_type(self) -> str:
        return self.value[1]


# -- the graphs ---------------------------------------------------------------------------


def _new_graph(triples: Iterable[tuple[Node, Node, Node]] = ()) -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    # Sorted insertion, so that nothing downstream can depend on how the dataset was built.
    for triple in sorted(triples):
        graph.add(triple)
    return graph


def named_graph(ds: Dataset, name: str, *, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """A copy of one named graph (``data``, ``provenance`` or ``ontology``) of the dataset."""
    iri = InstanceIris(base_iri).graph(name)
    if iri not in {g.identifier for g in ds.graphs()}:
        raise ValueError(
            f"the dataset has no named graph <{iri}>; was it built with base_iri='{base_iri}'?"
        )
    return _new_graph(ds.graph(iri))


def union_graph(
    ds: Dataset, *, base_iri: str = DEFAULT_BASE_IRI, include_ontology: bool = True
) -> Graph:
    """The data and provenance graphs (and, by default, the ontology) as one graph."""
    names = [n for n in GRAPH_NAMES if include_ontology or n != "ontology"]
    triples: set[tuple[Node, Node, Node]] = set()
    for name in names:
        triples.update(named_graph(ds, name, base_iri=base_iri))
    return _new_graph(triples)


# -- serialisations -----------------------------------------------------------------------


def serialise(ds: Dataset, fmt: RdfFormat, *, base_iri: str = DEFAULT_BASE_IRI) -> bytes:
    """The dataset in one format, as UTF-8 bytes; the same dataset gives the same bytes.

    Turtle, N-Triples, JSON-LD and RDF/XML hold the union of the three named graphs; TriG
    keeps them apart. JSON-LD is compacted with ``ontology/context.jsonld``, embedded (with
    ``@base`` set to ``base_iri``) so that reading it never fetches anything; one object per
    entity, with the parts it owns nested (:mod:`graphbuild.jsonld`).
    """
    if fmt is RdfFormat.TRIG:
        return _trig(ds, base_iri)
    graph = union_graph(ds, base_iri=base_iri)
    if fmt is RdfFormat.TURTLE:
        return _turtle(graph)
    if fmt is RdfFormat.NTRIPLES:
        return _ntriples(graph)
    if fmt is RdfFormat.JSONLD:
        return _jsonld(graph, base_iri)
    return _rdfxml(graph)


def _turtle(graph: Graph) -> bytes:
    # rdflib's Turtle writer sorts subjects, predicates and objects (tests check the bytes).
    return graph.serialize(format="turtle", encoding="utf-8")


def _ntriples(graph: Graph) -> bytes:
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


def _trig(ds: Dataset, base_iri: str) -> bytes:
    """TriG written graph by graph, each body being rdflib's (sorted) Turtle of that graph."""
    prefixes: set[str] = set()
    blocks: list[str] = []
    for name in GRAPH_NAMES:
        iri = InstanceIris(base_iri).graph(name)
        text = _turtle(named_graph(ds, name, base_iri=base_iri)).decode("utf-8")
        body: list[str] = []
        for line in text.splitlines():
            if line.startswith("@prefix "):
                prefixes.add(line)
            else:
                body.append(line)
        blocks.append(f"<{iri}> {{\n" + "\n".join(body).strip("\n") + "\n}\n")
    return ("\n".join([*sorted(prefixes), ""]) + "\n" + "\n".join(blocks)).encode("utf-8")


def jsonld_context_for(base_iri: str = DEFAULT_BASE_IRI) -> dict[str, Any]:
    """The shipped ``ontology/context.jsonld``, with ``@base`` set to ``base_iri``."""
    document: dict[str, Any] = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))
    context = dict(document["@context"])
    context["@base"] = base_iri
    return {"@context": context}


def _json_key(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _jsonld(graph: Graph, base_iri: str) -> bytes:
    # Compacted by graphbuild.jsonld (the fast engine writes the same bytes).
    from graphbuild.jsonld import jsonld_bytes, rdflib_triples

    return jsonld_bytes(rdflib_triples(graph), jsonld_context_for(base_iri))


# A small RDF/XML writer: rdflib's own orders descriptions differently from run to run.

_NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")


def _qname(iri: str, namespaces: Mapping[str, str]) -> tuple[str, str] | None:
    """(prefix, local name) of a predicate IRI, from the longest matching namespace."""
    best: tuple[str, str] | None = None
    for prefix, namespace in namespaces.items():
        local = iri[len(namespace) :]
        longer = best is None or len(namespace) > len(namespaces[best[0]])
        if iri.startswith(namespace) and _NCNAME.match(local) and longer:
            best = (prefix, local)
    return best


def _predicate_namespaces(predicates: Iterable[str]) -> dict[str, str]:
    namespaces = dict(PREFIXES)
    extra = 0
    for iri in sorted(predicates):
        if _qname(iri, namespaces) is None:
            split = max(iri.rfind("#"), iri.rfind("/")) + 1
            if not _NCNAME.match(iri[split:]):
                raise ValueError(f"RDF/XML cannot write the predicate <{iri}>")
            extra += 1
            namespaces[f"ns{extra}"] = iri[:split]
    return namespaces


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"})


def _node_attr(node: Node, attribute: str) -> str:
    if isinstance(node, BNode):
        return f'rdf:nodeID="{_attr(str(node))}"'
    return f'{attribute}="{_attr(str(node))}"'


def _sort_key(node: Node) -> tuple[int, str, str, str]:
    if isinstance(node, Literal):
        return (2, str(node), node.language or "", str(node.datatype or ""))
    return (1 if isinstance(node, BNode) else 0, str(node), "", "")


def _rdfxml(graph: Graph) -> bytes:
    predicates = {str(p) for p in graph.predicates(unique=True)}
    namespaces = _predicate_namespaces(predicates)
    used = {q[0] for q in (_qname(p, namespaces) for p in predicates) if q} | {"rdf"}
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<rdf:RDF"]
    lines += [f'  xmlns:{p}="{_attr(namespaces[p])}"' for p in sorted(used)]
    lines[-1] += ">"
    for subject in sorted(set(graph.subjects()), key=_sort_key):
        lines.append(f"  <rdf:Description {_node_attr(subject, 'rdf:about')}>")
        pairs = sorted(
            graph.predicate_objects(subject), key=lambda po: (str(po[0]), _sort_key(po[1]))
        )
        for predicate, obj in pairs:
            prefix, local = _qname(str(predicate), namespaces) or ("", "")
            tag = f"{prefix}:{local}"
            if isinstance(obj, Literal):
                attrs = ""
                if obj.language:
                    attrs = f' xml:lang="{_attr(obj.language)}"'
                elif obj.datatype is not None:
                    attrs = f' rdf:datatype="{_attr(str(obj.datatype))}"'
                text = escape(str(obj), {"\r": "&#13;"})
                lines.append(f"    <{tag}{attrs}>{text}</{tag}>")
            else:
                lines.append(f"    <{tag} {_node_attr(obj, 'rdf:resource')}/>")
        lines.append("  </rdf:Description>")
    lines.append("</rdf:RDF>")
    return ("\n".join(lines) + "\n").encode("utf-8")


# -- the research table -------------------------------------------------------------------


def _sorted_cell(column: str, value: str) -> str:
    if column not in MULTI_VALUED or not value:
        return value
    pieces = value.split(";")
    if column == "elections":  # ALPHA3:DATE:type+type
        pieces = [_sorted_election(p) for p in pieces]
    return ";".join(sorted(set(pieces)))


def _sorted_election(code: str) -> str:
    head, sep, types = code.rpartition(":")
    return f"{head}{sep}{'+'.join(sorted(types.split('+')))}" if sep and types else code


def research_table(
    ds: Dataset, query_path: Path = MISSIONS_QUERY, *, base_iri: str = DEFAULT_BASE_IRI
) -> list[dict[str, str]]:
    """The rows of ``queries/missions.rq`` over the whole dataset, as strings.

    The query gives the content; here only the pieces of each multi-valued cell are sorted
    (SPARQL leaves GROUP_CONCAT's order open). Raises ``ValueError`` when the query does not
    select exactly :data:`MISSIONS_COLUMNS` (for the default query).
    """
    result = union_graph(ds, base_iri=base_iri).query(query_path.read_text(encoding="utf-8"))
    columns = tuple(str(v) for v in result.vars or ())
    if query_path == MISSIONS_QUERY and columns != MISSIONS_COLUMNS:
        raise ValueError(f"{query_path} selects {columns}, not {MISSIONS_COLUMNS}")
    rows: list[dict[str, str]] = []
    for solution in result:
        assert isinstance(solution, tuple)
        values = ["" if v is None else str(v) for v in solution]
        rows.append({c: _sorted_cell(c, v) for c, v in zip(columns, values, strict=True)})
    return rows


def table_csv(
    rows: Sequence[Mapping[str, str]], *, columns: Sequence[str] = MISSIONS_COLUMNS
) -> str:
    """CSV text with a header row and ``\\n`` line ends."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


# -- counts -------------------------------------------------------------------------------

_PREFIX_LINES = "".join(f"PREFIX {p}: <{n}>\n" for p, n in sorted(PREFIXES.items()))

# Entities as activities use them, so that the counts can be checked against the records.
_COUNT_QUERIES = {
    "activities": "?x a dgk:Activity",
    "organizations": "?a a dgk:Activity ; prov:wasAssociatedWith ?x . ?x a org:FormalOrganization",
    "countries": "?a a dgk:Activity ; schema:location ?x . ?x a schema:Country",
    "people": "?a a dgk:Activity ; prov:wasAssociatedWith ?x . ?x a schema:Person",
    "places": "?a a dgk:Activity ; schema:location ?x . FILTER NOT EXISTS { ?x a schema:Country }",
    "elections": "?a a dgk:Activity ; dgk:concernsElection ?x",
    "named_events": "?x a dgk:NamedEvent",
}


def _count(graph: Graph, query: str) -> int:
    for row in graph.query(_PREFIX_LINES + query):
        assert isinstance(row, tuple)
        value = row[0]
        assert isinstance(value, Literal)
        return int(value.toPython())
    return 0


def summary_counts(ds: Dataset) -> dict[str, int]:
    """What the graph holds, counted with SPARQL over its instance graphs.

    ``organizations``, ``countries``, ``people``, ``places`` and ``elections`` count those
    that activities take part in, are located in or concern; ``triples`` counts the distinct
    triples of the graphs other than the ontology (the one with an ``owl:Ontology``: data and
    provenance), ``total_triples`` those of all graphs.
    """
    instances = _new_graph(instance_graph(ds))
    counts = {
        name: _count(instances, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")
        for name, pattern in _COUNT_QUERIES.items()
    }
    everything = _new_graph({t for g in ds.graphs() for t in g})
    triples = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    counts["triples"] = _count(instances, triples)
    counts["total_triples"] = _count(everything, triples)
    return counts


# -- VoID and DCAT ------------------------------------------------------------------------

#: Files described as distributions of the dataset (the report and the context are not).
TABLE_DISTRIBUTIONS = (
    ("missions.csv", "text/csv", "Research table (CSV)"),
    *((f"tables/{t.file_name}", "text/csv", f"Table: {t.title.lower()} (CSV)") for t in TABLES),
    ("tables/datapackage.json", "application/json", "Data package of the tables (Frictionless)"),
    ("tables/codebook.md", "text/markdown", "Codebook of the tables"),
    ("CITATION.cff", "application/yaml", "How to cite the data (Citation File Format)"),
    ("LICENSE-DATA", "text/plain", "Licence of the data (CC BY 4.0)"),
)


def _vocabulary(iri: str) -> str | None:
    matches = [n for n in PREFIXES.values() if iri.startswith(n)]
    return max(matches, key=len) if matches else None


@dataclass(frozen=True)
class GraphStatistics:
    """What VoID says of the union graph: counts, classes with their entity counts, examples."""

    triples: int
    entities: int
    distinct_subjects: int
    distinct_objects: int
    properties: frozenset[Node]
    classes: Mapping[Node, int]  # class -> distinct subjects typed with it
    examples: tuple[Node, ...]  # the first three activities
    sources: tuple[Node, ...]  # the source documents
    #: The first day an activity can have started and the last it can have ended.
    period: tuple[str, str] | None = None
    #: The countries activities took place in (dcterms:spatial).
    countries: tuple[Node, ...] = ()
    #: What the graph says of each source document (title, digest, address, ...).
    source_facts: tuple[tuple[Node, Node, Node], ...] = ()


def graph_statistics(graph: Graph, base_iri: str = DEFAULT_BASE_IRI) -> GraphStatistics:
    subjects = set(graph.subjects())
    classes = set(graph.objects(None, RDF.type))
    return GraphStatistics(
        triples=len(graph),
        entities=len(
            {s for s in subjects if isinstance(s, URIRef) and str(s).startswith(base_iri)}
        ),
        distinct_subjects=len(subjects),
        distinct_objects=len(set(graph.objects())),
        properties=frozenset(graph.predicates()),
        classes={c: len(set(graph.subjects(RDF.type, c))) for c in classes},
        examples=tuple(sorted(graph.subjects(RDF.type, DGK.Activity), key=_sort_key)[:3]),
        sources=tuple(sorted(graph.subjects(RDF.type, DGK.SourceDocument), key=_sort_key)),
        period=_period(graph),
        countries=tuple(
            sorted(
                {
                    c
                    for a in graph.subjects(RDF.type, DGK.Activity)
                    for c in graph.objects(a, SDO.location)
                    if (c, RDF.type, SDO.Country) in graph
                },
                key=_sort_key,
            )
        ),
        source_facts=tuple(
            sorted(
                (
                    (d, p, o)
                    for d in graph.subjects(RDF.type, DGK.SourceDocument)
                    for p in SOURCE_FACTS
                    for o in graph.objects(d, p)
                ),
                key=lambda t: (_sort_key(t[0]), str(t[1]), _sort_key(t[2])),
            )
        ),
    )


#: What VoID repeats of each source page: its title, identifier, language, digest, address.
SOURCE_FACTS = (DCTERMS.title, DCTERMS.identifier, DCTERMS.language, DGK.sha256, DCTERMS.source)


def _period(graph: Graph) -> tuple[str, str] | None:
    firsts = [str(o) for o in graph.objects(None, DGK.earliestDate)]
    lasts = [str(o) for o in graph.objects(None, DGK.latestDate)]
    return (min(firsts), max(lasts)) if firsts and lasts else None


def void_description(
    ds: Dataset,
    *,
    version: str,
    created: str,
    base_iri: str = DEFAULT_BASE_IRI,
    endpoint: str | None = None,
    download_base: str | None = None,
) -> Graph:
    """A VoID and DCAT description of what :func:`serialise` writes (the union graph).

    ``created`` is an ISO date, passed in so the output is reproducible; the download URLs
    are ``download_base`` (by default ``base_iri``) followed by the file name.
    """
    stats = graph_statistics(union_graph(ds, base_iri=base_iri), base_iri)
    return void_from_statistics(
        stats,
        version=version,
        created=created,
        base_iri=base_iri,
        endpoint=endpoint,
        download_base=download_base,
    )


def void_from_statistics(
    stats: GraphStatistics,
    *,
    version: str,
    created: str,
    base_iri: str = DEFAULT_BASE_IRI,
    endpoint: str | None = None,
    download_base: str | None = None,
) -> Graph:
    """The VoID/DCAT graph of :func:`void_description`, from statistics however computed."""
    void = _new_graph()
    dataset = URIRef(f"{base_iri}dataset")
    downloads = download_base or base_iri

    def add(s: Node, p: Node, o: Node) -> None:
        void.add((s, p, o))

    add(dataset, RDF.type, VOID.Dataset)
    add(dataset, RDF.type, DCAT.Dataset)
    for lang, title, description in (
        (
            "en",
            "DGEQ international cooperation knowledge graph",
            "The international missions, receptions and electoral cooperation activities of "
            "the Directeur général des élections du Québec, with the organisations, countries, "
            "places, people and elections they involve, each traced to the text of its "
            "source page.",
        ),
        (
            "fr",
            "Graphe de connaissances de la coopération internationale du DGEQ",
            "Les missions internationales, accueils et activités de coopération électorale du "
            "Directeur général des élections du Québec, avec les organisations, pays, lieux, "
            "personnes et élections en cause, chacun relié au texte de sa page source.",
        ),
    ):
        add(dataset, DCTERMS.title, Literal(title, lang=lang))
        add(dataset, DCTERMS.description, Literal(description, lang=lang))
    add(dataset, DCTERMS.license, LICENSE)
    add(dataset, DCTERMS.created, Literal(created, datatype=XSD.date))
    add(dataset, DCTERMS.conformsTo, ONTOLOGY_IRI)
    add(dataset, OWL.versionInfo, Literal(version))
    add(dataset, DCAT_VERSION, Literal(version))
    add(dataset, VOID.uriSpace, Literal(base_iri))

    classes = set(stats.classes)
    predicates = set(stats.properties)
    for prop, n in (
        (VOID.triples, stats.triples),
        (VOID.entities, stats.entities),
        (VOID.classes, len(classes)),
        (VOID.properties, len(predicates)),
        (VOID.distinctSubjects, stats.distinct_subjects),
        (VOID.distinctObjects, stats.distinct_objects),
    ):
        add(dataset, prop, Literal(n))

    for cls in sorted(classes, key=_sort_key):
        partition = URIRef(f"{dataset}/class/{_partition_name(str(cls))}")
        add(dataset, VOID.classPartition, partition)
        add(partition, RDF.type, VOID.Dataset)
        add(partition, VOID["class"], cls)
        add(partition, VOID.entities, Literal(stats.classes[cls]))

    vocabularies = {_vocabulary(str(t)) for t in predicates | classes}
    for vocabulary in sorted(v for v in vocabularies if v):
        add(dataset, VOID.vocabulary, URIRef(vocabulary))

    for example in stats.examples:
        add(dataset, VOID.exampleResource, example)
    if endpoint:
        add(dataset, VOID.sparqlEndpoint, URIRef(endpoint))

    files = [(f.file_name, f.media_type, f"Knowledge graph ({f.name})") for f in RdfFormat]
    for name, media_type, title in [*files, *TABLE_DISTRIBUTIONS]:
        distribution = URIRef(f"{dataset}/distribution/{name}")
        url = URIRef(f"{downloads}{name}")
        add(dataset, DCAT.distribution, distribution)
        add(distribution, RDF.type, DCAT.Distribution)
        add(distribution, DCTERMS.title, Literal(title, lang="en"))
        add(distribution, DCAT.mediaType, URIRef(f"{_IANA}{media_type}"))
        add(distribution, DCAT.downloadURL, url)
        add(distribution, DCTERMS.license, LICENSE)
        if name in (RdfFormat.NTRIPLES.file_name, RdfFormat.TURTLE.file_name):
            add(dataset, VOID.dataDump, url)

    for source in stats.sources:
        add(dataset, DCTERMS.source, source)
        add(dataset, PROV.wasDerivedFrom, source)
    for source, predicate, value in stats.source_facts:
        add(source, predicate, value)
        if predicate == DCTERMS.source:  # the page's address
            add(source, DCAT.landingPage, value)

    # Who made it, what it covers, how to cite it.
    maintainer = URIRef(f"{dataset}/maintainer")
    for prop in (DCTERMS.creator, DCTERMS.publisher):
        add(dataset, prop, maintainer)
    add(maintainer, RDF.type, FOAF.Agent)
    add(maintainer, FOAF.name, Literal(MAINTAINER))
    if stats.period is not None:
        period = URIRef(f"{dataset}/period")
        add(dataset, DCTERMS.temporal, period)
        add(period, RDF.type, DCTERMS.PeriodOfTime)
        add(period, DCAT.startDate, Literal(stats.period[0], datatype=XSD.date))
        add(period, DCAT.endDate, Literal(stats.period[1], datatype=XSD.date))
    for country in stats.countries:
        add(dataset, DCTERMS.spatial, country)
    add(
        dataset,
        DCTERMS.bibliographicCitation,
        Literal(
            f"{MAINTAINER}. DGEQ international cooperation knowledge graph, version "
            f"{version} ({created}). {dataset}. CC BY 4.0. Built from the pages of the "
            "Directeur général des élections du Québec."
        ),
    )
    description = URIRef(f"{dataset}/distribution/void.ttl")
    add(dataset, DCAT.distribution, description)
    add(description, RDF.type, DCAT.Distribution)
    add(description, DCTERMS.title, Literal("This VoID/DCAT description (Turtle)", lang="en"))
    add(description, DCAT.mediaType, URIRef(f"{_IANA}text/turtle"))
    add(description, DCAT.downloadURL, URIRef(f"{downloads}void.ttl"))
    add(description, DCTERMS.license, LICENSE)
    return void


def _partition_name(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items()):
        if iri.startswith(namespace) and _NCNAME.match(iri[len(namespace) :]):
            return f"{prefix}-{iri[len(namespace) :]}"
    return re.sub(r"[^A-Za-z0-9]+", "-", iri).strip("-")


# -- all files ----------------------------------------------------------------------------


def write_outputs(
    ds: Dataset,
    out_dir: Path,
    *,
    validation_text: str,
    version: str,
    created: str,
    base_iri: str = DEFAULT_BASE_IRI,
    endpoint: str | None = None,
) -> dict[str, Path]:
    """Write every file of ``dist/`` into ``out_dir`` (a fresh directory) and return them.

    Files: the five RDF formats, ``context.jsonld`` (beside ``graph.jsonld``, which also
    embeds it), ``missions.csv``, ``void.ttl`` and ``validation-report.txt``.
    """
    contents: dict[str, bytes] = {
        fmt.file_name: serialise(ds, fmt, base_iri=base_iri) for fmt in RdfFormat
    }
    context = json.dumps(jsonld_context_for(base_iri), indent=2, ensure_ascii=False)
    contents["context.jsonld"] = (context + "\n").encode("utf-8")
    contents["missions.csv"] = table_csv(research_table(ds, base_iri=base_iri)).encode("utf-8")
    void = void_description(
        ds, version=version, created=created, base_iri=base_iri, endpoint=endpoint
    )
    contents["void.ttl"] = _turtle(void)
    text = validation_text if validation_text.endswith("\n") else validation_text + "\n"
    contents["validation-report.txt"] = text.encode("utf-8")
    written: dict[str, Path] = {}
    for name in sorted(contents):
        path = out_dir / name
        path.write_bytes(contents[name])
        written[name] = path
    return written
