"""The main job on the plain stack, as a careful rdflib and pySHACL user would write it.

``python bench/plain.py PAGES DATA OUT`` does what ``graphbuild run`` does, with rdflib and
pySHACL only (no Oxigraph): the project's ingester (pages read once), the records file and
ingest report, the raw table, the graph as an rdflib ``Dataset``, pySHACL, rdflib's five
serialisers, the research table, VoID, the network views and pictures, the ontology's
documentation. It prints one JSON object: the seconds and the peak RSS after each stage.

Where the project's SPARQL was written for Oxigraph's planner (``queries/missions.rq``: a
sub-SELECT per pattern, joined by hash), this user writes their own: the research table
walks the graph with rdflib's triple lookups (:func:`research_rows`), the same rows (the
benchmark checks them against the fast path's ``missions.csv``). The network views use
``queries/network-*.rq`` as they are (written for rdflib first) on rdflib's engine
(``network_sources.RdflibRunner``), each run once (``networks.reading_once``), as a careful
user would share them between pictures and views.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS
from rdflib.term import Node

OA = Namespace("http://www.w3.org/ns/oa#")


def research_rows(g: Graph) -> list[dict[str, str]]:
    """The research table (the columns of ``missions.csv``) by triple lookups, sorted by id."""
    from graphbuild.namespaces import DGK

    def notation(concept: Node | None) -> str:
        value = g.value(concept, SKOS.notation) if concept is not None else None
        return "" if value is None else str(value)

    def text(value: Node | None) -> str:
        return "" if value is None else str(value)

    took_part = set(g.objects(DGK["took-part-roles"], SKOS.member))
    countries_of = {c: text(g.value(c, DGK.alpha3)) for c in g.subjects(RDF.type, SDO.Country)}
    rows = []
    for activity in g.subjects(RDF.type, DGK.Activity):
        countries, cities = set(), set()
        for place in g.objects(activity, SDO.location):
            if place in countries_of:
                if countries_of[place]:
                    countries.add(countries_of[place])
                continue
            for label in g.objects(place, RDFS.label):
                language = label.language if isinstance(label, Literal) else None
                if language and (language.lower() == "en" or language.lower().startswith("en-")):
                    cities.add(str(label))
        organizations = {str(m) for m in g.objects(activity, DGK.unresolvedMention)}
        for association in g.objects(activity, PROV.qualifiedAssociation):
            if not any(r in took_part for r in g.objects(association, PROV.hadRole)):
                continue
            for agent in g.objects(association, PROV.agent):
                if (agent, RDF.type, ORG.FormalOrganization) in g:
                    organizations.update(str(n) for n in g.objects(agent, SKOS.altLabel))
        people = {
            str(name)
            for person in g.objects(activity, PROV.wasAssociatedWith)
            if (person, RDF.type, SDO.Person) in g
            for name in g.objects(person, SDO.name)
        }
        elections = set()
        for election in g.objects(activity, DGK.concernsElection):
            types = "+".join(
                sorted({notation(t) for t in g.objects(election, DGK.electionType)} or {""})
            )
            for place in g.objects(election, SDO.location):
                for alpha3 in g.objects(place, DGK.alpha3):
                    for day in g.objects(election, SDO.startDate):
                        elections.add(f"{alpha3}:{day}:{types}")
        sources = {
            str(identifier)
            for span in g.objects(activity, PROV.wasDerivedFrom)
            for document in g.objects(span, OA.hasSource)
            for identifier in g.objects(document, DCTERMS.identifier)
        }
        rows.append(
            {
                "id": text(g.value(activity, DCTERMS.identifier)),
                "title": text(g.value(activity, RDFS.label)),
                "start_date": text(g.value(activity, SDO.startDate)),
                "end_date": text(g.value(activity, SDO.endDate)),
                "date_precision": notation(g.value(activity, DGK.datePrecision)),
                "year_inferred": text(g.value(activity, DGK.yearInferred)),
                "kind": notation(g.value(activity, DGK.activityKind)),
                "countries": ";".join(sorted(countries)),
                "cities": ";".join(sorted(cities)),
                "organizations": ";".join(sorted(organizations)),
                "people": ";".join(sorted(people)),
                "dgeq_roles": ";".join(
                    sorted({str(r) for r in g.objects(activity, DGK.participantRole)})
                ),
                "elections": ";".join(sorted(elections)),
                "source": ";".join(sorted(sources)),
                "section_year": text(g.value(activity, DGK.sectionYear)),
            }
        )
    return sorted(rows, key=lambda r: r["id"])


class Stages:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def run(self, name: str, work: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        result = work()
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.rows.append({"stage": name, "seconds": seconds, "peak_mb": peak})
        print(f"  plain {name}: {seconds:.2f} s", file=sys.stderr, flush=True)
        return result


def main_job(pages: Path, data: Path, out: Path) -> dict[str, Any]:
    from graphbuild import export
    from graphbuild.docs import write_docs
    from graphbuild.draw import draw_all
    from graphbuild.export import RdfFormat, table_csv
    from graphbuild.gazetteer import load_gazetteer
    from graphbuild.network_sources import RdflibRunner
    from graphbuild.networks import reading_once, write_main_views
    from graphbuild.pipeline import _read_inputs, curate, ingest_report_json, raw_table_csv
    from graphbuild.rdf import build_dataset
    from graphbuild.store import write_records
    from graphbuild.validate import format_report, validate

    stages = Stages()
    out.mkdir(parents=True, exist_ok=True)
    gazetteer = load_gazetteer(data)

    def ingest() -> Any:
        curated = curate([pages], data, gazetteer)
        write_records(data / "activities.json", curated.document)
        (out / "ingest-report.json").write_text(ingest_report_json(curated.raw.issues))
        return curated

    curated = stages.run("ingest", ingest)
    stages.run(
        "extract",
        lambda: (out / "raw-missions.csv").write_text(
            raw_table_csv(curated.raw.activities, gazetteer)
        ),
    )
    inputs = stages.run("read records", lambda: _read_inputs(data))
    ds = stages.run(
        "build (rdflib Dataset)",
        lambda: build_dataset(
            inputs.activities,
            inputs.gazetteer,
            sources=inputs.sources,
            corrections=inputs.corrections,
        ),
    )
    triples = sum(len(g) for g in ds.graphs())
    report = stages.run("validate (pySHACL)", lambda: validate(ds))
    assert report.conforms, "the plain graph does not conform"
    (out / "validation-report.txt").write_text(format_report(report, ds) + "\n")
    for fmt in RdfFormat:
        stages.run(
            f"write {fmt.file_name}",
            lambda fmt=fmt: (out / fmt.file_name).write_bytes(export.serialise(ds, fmt)),
        )
    union = stages.run("union graph", lambda: export.union_graph(ds))
    stages.run(
        "write missions.csv (triple lookups)",
        lambda: (out / "missions.csv").write_text(table_csv(research_rows(union))),
    )
    stages.run(
        "write void.ttl",
        lambda: export.void_description(ds, version="bench", created="2024-01-01").serialize(
            out / "void.ttl", format="turtle"
        ),
    )

    def networks() -> None:
        engine = RdflibRunner(union)  # rdflib's SPARQL engine, not a copy into Oxigraph
        with reading_once():
            draw_all(engine, out)
            write_main_views(engine, out)

    stages.run("network draw (networks on rdflib's SPARQL)", networks)
    stages.run("docs", lambda: write_docs(out))
    return {"rows": stages.rows, "triples": triples}


if __name__ == "__main__":
    started = time.perf_counter()
    found = main_job(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
    found["wall_in_process"] = time.perf_counter() - started
    print(json.dumps(found))
