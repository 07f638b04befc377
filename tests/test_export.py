"""Graph -> files: every serialisation re-reads as the same graph, deterministically.

Expected table cells come from reading ``../shared/sources`` (see each test), not from the
code's output.
"""

from __future__ import annotations

import csv
import io
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, VOID

from graphbuild.export import (
    GRAPH_NAMES,
    MISSIONS_COLUMNS,
    RdfFormat,
    named_graph,
    research_table,
    serialise,
    summary_counts,
    table_csv,
    union_graph,
    void_description,
    write_outputs,
)
from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import IngestResult, ingest_paths
from graphbuild.namespaces import DEFAULT_BASE_IRI, concept
from graphbuild.rdf import SourceDocument, build_dataset
from graphbuild.records import Activity, OrgRole
from graphbuild.store import records_document
from graphbuild.table import activity_row

_PARSE_FORMAT = {
    RdfFormat.TURTLE: "turtle",
    RdfFormat.NTRIPLES: "nt",
    RdfFormat.JSONLD: "json-ld",
    RdfFormat.RDFXML: "xml",
}


def _build(result: IngestResult, gazetteer: Gazetteer) -> Dataset:
    sources = [SourceDocument(id=p.id, title=p.id, sha256=p.sha256) for p in result.pages]
    return build_dataset(result.activities, gazetteer, sources=sources)


@pytest.fixture(scope="module")
def ingested(pages: list[Path], gazetteer: Gazetteer) -> IngestResult:
    return ingest_paths(pages, gazetteer)


@pytest.fixture(scope="module")
def dataset(ingested: IngestResult, gazetteer: Gazetteer) -> Dataset:
    return _build(ingested, gazetteer)


@pytest.fixture(scope="module")
def dist(dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_outputs(
        dataset,
        tmp_path_factory.mktemp("dist"),
        validation_text="Validation: conforms",
        version="0.1.0",
        created="2026-11-22",
    )


@pytest.fixture(scope="module")
def table(dist: dict[str, Path]) -> list[dict[str, str]]:
    with dist["missions.csv"].open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


# -- serialisations -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(_PARSE_FORMAT), ids=lambda f: f.name.lower())
def test_each_format_reads_back_as_the_union_graph(
    fmt: RdfFormat, dataset: Dataset, no_network: None
) -> None:
    data = serialise(dataset, fmt)
    parsed = Graph().parse(data=data, format=_PARSE_FORMAT[fmt])
    assert isomorphic(parsed, union_graph(dataset))


def test_union_holds_every_named_graph(dataset: Dataset) -> None:
    union = union_graph(dataset)
    assert len(union) == len({t for name in GRAPH_NAMES for t in named_graph(dataset, name)})
    assert len(union_graph(dataset, include_ontology=False)) < len(union)


def test_trig_keeps_each_named_graph(dataset: Dataset) -> None:
    parsed = Dataset()
    parsed.parse(data=serialise(dataset, RdfFormat.TRIG), format="trig")
    names = {g.identifier for g in parsed.graphs() if len(g)}
    assert names == {g.identifier for g in dataset.graphs() if len(g)}
    for graph in dataset.graphs():
        if len(graph):
            assert isomorphic(parsed.graph(graph.identifier), graph), graph.identifier


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=lambda f: f.name.lower())
def test_same_records_give_the_same_bytes(
    fmt: RdfFormat, dataset: Dataset, ingested: IngestResult, gazetteer: Gazetteer
) -> None:
    again = _build(ingested, gazetteer)
    # The same triples inserted in another order must not change a byte either.
    shuffled = Dataset()
    for graph in reversed(list(dataset.graphs())):
        target = shuffled.graph(graph.identifier)
        for triple in sorted(graph, reverse=True):
            target.add(triple)
    first = serialise(dataset, fmt)
    assert serialise(again, fmt) == first
    assert serialise(shuffled, fmt) == first


def test_ntriples_lines_are_sorted(dataset: Dataset) -> None:
    lines = serialise(dataset, RdfFormat.NTRIPLES).decode("utf-8").splitlines()
    assert lines == sorted(lines)


def test_jsonld_embeds_its_context_and_reads_offline(
    dist: dict[str, Path], dataset: Dataset, no_network: None
) -> None:
    text = dist["graph.jsonld"].read_text(encoding="utf-8")
    assert '"@context": {' in text  # an object, not a URL to fetch
    parsed = Graph().parse(data=text, format="json-ld")
    assert isomorphic(parsed, union_graph(dataset))
    context = dist["context.jsonld"].read_text(encoding="utf-8")
    assert '"@base": "https://w3id.org/dgeq-kg/id/"' in context


def test_write_outputs_writes_every_file(dist: dict[str, Path]) -> None:
    assert set(dist) == {
        "graph.ttl",
        "graph.nt",
        "graph.jsonld",
        "context.jsonld",
        "graph.rdf",
        "graph.trig",
        "missions.csv",
        "void.ttl",
        "validation-report.txt",
    }
    assert all(p.stat().st_size > 0 for p in dist.values())
    assert dist["validation-report.txt"].read_text(encoding="utf-8") == "Validation: conforms\n"


# -- the research table -------------------------------------------------------------------


def _row(table: list[dict[str, str]], activity_id: str) -> dict[str, str]:
    rows = [r for r in table if r["id"] == activity_id]
    assert len(rows) == 1, activity_id
    return rows[0]


def test_table_has_the_columns_in_order(dist: dict[str, Path]) -> None:
    header = dist["missions.csv"].read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(MISSIONS_COLUMNS)
    assert len(MISSIONS_COLUMNS) == 15
    assert "\r" not in dist["missions.csv"].read_text(encoding="utf-8")


def test_table_has_one_row_per_activity_by_id(
    table: list[dict[str, str]], ingested: IngestResult
) -> None:
    ids = [r["id"] for r in table]
    assert ids == sorted(a.id for a in ingested.activities)


def test_romania_2016(table: list[dict[str, str]]) -> None:
    # Page: from April 12 to 15, 2016, in Bucharest, Romania, under the 2016 heading.
    rows = [r for r in table if r["countries"] == "ROU" and r["start_date"].startswith("2016")]
    assert len(rows) == 1
    row = rows[0]
    assert (row["start_date"], row["end_date"]) == ("2016-04-12", "2016-04-15")
    assert row["date_precision"] == "day"
    assert row["year_inferred"] == "false"
    assert row["cities"] == "Bucharest"
    assert row["source"] == "dgeq-archives-of-missions"
    assert row["section_year"] == "2016"


def test_three_tunisia_missions_late_2014(table: list[dict[str, str]]) -> None:
    # Page: one heading, three OIF missions: October 22-29 (legislative, October 26),
    # November 19-26 and December 17-23 (presidential rounds, November 23, December 21).
    rows = sorted(
        (r for r in table if r["countries"] == "TUN" and r["start_date"].startswith("2014")),
        key=lambda r: r["start_date"],
    )
    assert [(r["start_date"], r["end_date"]) for r in rows] == [
        ("2014-10-22", "2014-10-29"),
        ("2014-11-19", "2014-11-26"),
        ("2014-12-17", "2014-12-23"),
    ]
    for row in rows:
        assert "OIF" in row["organizations"].split(";")
        assert row["kind"] == "observation"
    assert [r["elections"] for r in rows] == [
        "TUN:2014-10-26:legislative",
        "TUN:2014-11-23:presidential",
        "TUN:2014-12-21:presidential",
    ]


def test_haiti_october_2015(table: list[dict[str, str]]) -> None:
    # Page: October 22 to 29, 2015, observation of Haiti's elections of October 25, with
    # the OIF; the other cells are checked elsewhere.
    rows = [r for r in table if r["countries"] == "HTI" and r["start_date"] == "2015-10-22"]
    assert len(rows) == 1
    assert rows[0]["end_date"] == "2015-10-29"
    assert rows[0]["elections"].startswith("HTI:2015-10-25:")
    assert "OIF" in rows[0]["organizations"].split(";")


def test_multi_valued_cells_are_sorted(table: list[dict[str, str]]) -> None:
    for row in table:
        for column in ("countries", "cities", "organizations", "people", "dgeq_roles"):
            pieces = row[column].split(";") if row[column] else []
            assert pieces == sorted(pieces), (row["id"], column)


def test_table_csv_quotes_and_ends_lines_with_newline() -> None:
    text = table_csv([{"id": "a", "title": 'Say "hi", then go'}], columns=("id", "title"))
    assert text == 'id,title\na,"Say ""hi"", then go"\n'
    assert list(csv.reader(io.StringIO(text)))[1] == ["a", 'Say "hi", then go']


def test_research_table_matches_the_csv(dataset: Dataset, table: list[dict[str, str]]) -> None:
    assert research_table(dataset) == table


# -- VoID and counts ----------------------------------------------------------------------


def test_void_counts_the_real_triples(dist: dict[str, Path]) -> None:
    void = Graph().parse(dist["void.ttl"], format="turtle")
    dump = Graph().parse(dist["graph.nt"], format="nt")
    (dataset_iri,) = set(void.subjects(VOID.classPartition, None))
    triples = void.value(dataset_iri, VOID.triples)
    assert isinstance(triples, Literal)
    assert triples.toPython() == len(dump)
    partitions = {
        void.value(p, VOID["class"]): void.value(p, VOID.entities)
        for p in void.objects(dataset_iri, VOID.classPartition)
    }
    for cls, entities in partitions.items():
        assert isinstance(entities, Literal)
        assert entities.toPython() == len(set(dump.subjects(RDF.type, cls))), cls


def test_void_endpoint_only_when_given(dataset: Dataset) -> None:
    without = void_description(dataset, version="1", created="2026-01-01")
    assert not list(without.objects(None, VOID.sparqlEndpoint))
    with_endpoint = void_description(
        dataset, version="1", created="2026-01-01", endpoint="https://example.org/sparql"
    )
    assert len(list(with_endpoint.objects(None, VOID.sparqlEndpoint))) == 1


def test_summary_counts_match_the_records(
    dataset: Dataset, ingested: IngestResult, gazetteer: Gazetteer
) -> None:
    activities = ingested.activities
    counts = summary_counts(dataset)
    instance = {t for name in ("data", "provenance") for t in named_graph(dataset, name)}
    assert counts == {
        "activities": len(activities),
        "organizations": len({p.org for a in activities for p in a.organizations if p.resolved}),
        "countries": len({c for a in activities for c in a.countries}),
        "people": len({p for a in activities for p in a.people if p in gazetteer.people}),
        "places": len({c for a in activities for c in a.cities}),
        "elections": len({(e.country, e.date) for a in activities for e in a.elections}),
        "named_events": sum(len(a.events) for a in activities),
        "triples": len(instance),
        "total_triples": len(union_graph(dataset)),
    }


# -- contact roles (records coded by hand, tests/conftest.py) ------------------------------


def test_research_table_lists_only_the_bodies_that_took_part(
    contact_dataset: Dataset, contact_activities: tuple[Activity, ...], gazetteer: Gazetteer
) -> None:
    def acronyms(*ids: str) -> str:
        return ";".join(sorted(gazetteer.organizations[o].acronym for o in ids))

    rows = {r["id"]: r for r in research_table(contact_dataset)}
    # Haiti 2014: the OAS, EU, UNDP and UNESCO were only met; Togo 2010: CENI mentioned,
    # ECOWAS consulted. The columns stay as they are.
    assert rows["2014-08-haiti"]["organizations"] == acronyms("dgeq", "oif")
    assert rows["2010-02-togo"]["organizations"] == acronyms("dgeq", "oif")
    assert rows["2015-08-haiti"]["organizations"] == acronyms("dgeq", "oas")
    assert rows["2015-10-tunisia"]["organizations"] == acronyms("dgeq", "isie", "undp")
    assert all(tuple(r) == MISSIONS_COLUMNS for r in rows.values())
    # The records' table (`graphbuild extract --format csv`) says the same.
    for a in contact_activities:
        cell = activity_row(a, gazetteer)["organizations"]
        assert sorted(cell.split(";")) == rows[a.id]["organizations"].split(";"), a.id


def test_contact_bodies_stay_in_the_graph_and_the_json(
    contact_dataset: Dataset, contact_activities: tuple[Activity, ...]
) -> None:
    data = named_graph(contact_dataset, "data")
    haiti = URIRef(f"{DEFAULT_BASE_IRI}activity/2014-08-haiti")
    eu = URIRef(f"{DEFAULT_BASE_IRI}organization/eu")
    assert (haiti, PROV.wasAssociatedWith, eu) in data
    roles = {
        data.value(q, PROV.hadRole)
        for q in data.objects(haiti, PROV.qualifiedAssociation)
        if data.value(q, PROV.agent) == eu
    }
    assert roles == {concept(OrgRole.MET)}
    document = json.loads(records_document(contact_activities, [], []))
    haiti_record = next(r for r in document["activities"] if r["id"] == "2014-08-haiti")
    assert {"org": "eu", "role": "met", "resolved": True} in haiti_record["organizations"]


def test_fast_path_table_agrees_on_contacts(
    contact_dataset: Dataset,
    contact_activities: tuple[Activity, ...],
    contact_sources: list[SourceDocument],
    gazetteer: Gazetteer,
) -> None:
    from graphbuild.fastexport import research_table as fast_research_table
    from graphbuild.fastpath import build_store

    store = build_store(contact_activities, gazetteer, sources=contact_sources)
    assert fast_research_table(store) == research_table(contact_dataset)
