"""graph.jsonld for people (compact, nested, offline) and the VoID/DCAT description, checked
against graph.nt and against the gold annotation (tests/gold/), read by rdflib and pyld."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from graphbuild.namespaces import DGK

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "sources"
GOLD = ROOT / "tests" / "gold" / "activities.json"
EXPECTED = ROOT / "tests" / "expected"
BASE = "https://w3id.org/dgeq-kg/id/"


@pytest.fixture(scope="module")
def document(built_dist: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((built_dist / "graph.jsonld").read_text("utf-8"))
    return loaded


@pytest.fixture(scope="module")
def nt(built_dist: Path) -> Graph:
    return Graph().parse(built_dist / "graph.nt", format="nt")


def keys(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            found.add(key)
            found |= keys(inner)
    elif isinstance(value, list):
        for inner in value:
            found |= keys(inner)
    return found


def test_jsonld_is_compact(document: dict[str, Any]) -> None:
    assert isinstance(document["@context"], dict)  # inline: nothing to fetch
    used = keys(document["@graph"])
    assert not [k for k in used if "://" in k], "full IRIs as keys"
    assert {"startDate", "location", "organizer", "label", "wasAssociatedWith"} <= used


def test_jsonld_has_one_object_per_activity_with_its_facts_nested(
    document: dict[str, Any],
) -> None:
    activities = [n for n in document["@graph"] if n.get("@type") == "Activity"]
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert len(activities) == len(gold) == 82
    assert len({a["@id"] for a in activities}) == 82
    tunisia = next(a for a in activities if a["@id"] == "activity/2014-11-tunisia")
    assert tunisia["startDate"] == "2014-11-19" and tunisia["location"] == "country/TUN"
    associations = tunisia["qualifiedAssociation"]
    assert all(isinstance(a, dict) and "agent" in a for a in associations)
    assert {a["agent"] for a in associations} >= {"organization/oif", "organization/isie"}
    spans = tunisia["wasDerivedFrom"]
    assert all(isinstance(s["hasSelector"], dict) for s in spans)
    # What is nested is nowhere else at the top.
    top = {n["@id"] for n in document["@graph"]}
    assert not any(i.startswith("activity/2014-11-tunisia/") for i in top)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_jsonld_reads_back_as_graph_nt_with_rdflib(built_dist: Path, nt: Graph) -> None:
    parsed = Graph().parse(built_dist / "graph.jsonld", format="json-ld")
    assert len(parsed) == len(nt)
    assert isomorphic(parsed, nt)


def test_jsonld_reads_back_as_graph_nt_with_pyld_offline(
    document: dict[str, Any], nt: Graph
) -> None:
    pyld = pytest.importorskip("pyld")

    def no_fetching(url: str, options: Any = None) -> Any:
        raise AssertionError(f"pyld tried to fetch {url}")

    nquads = pyld.jsonld.to_rdf(
        document, {"format": "application/n-quads", "documentLoader": no_fetching}
    )
    parsed = Graph().parse(data=nquads, format="nt")
    assert isomorphic(parsed, nt)


# -- VoID / DCAT ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def void(built_dist: Path) -> Graph:
    return Graph().parse(built_dist / "void.ttl", format="turtle")


def test_void_says_who_what_when_where(void: Graph) -> None:
    dataset = URIRef(BASE + "dataset")
    for prop in (DCTERMS.creator, DCTERMS.publisher):
        agent = void.value(dataset, prop)
        assert agent is not None and void.value(agent, FOAF.name) is not None
    assert void.value(dataset, DCTERMS.bibliographicCitation) is not None
    period = void.value(dataset, DCTERMS.temporal)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert str(void.value(period, DCAT.startDate)) == min(a["start_date"] for a in gold)
    assert str(void.value(period, DCAT.endDate)) == max(
        a["end_date"] or a["start_date"] for a in gold
    )
    per_country = json.loads((EXPECTED / "activities-per-country.json").read_text())["expected"]
    spatial = {str(c).rsplit("/", 1)[-1] for c in void.objects(dataset, DCTERMS.spatial)}
    assert spatial == set(per_country)


def test_void_describes_the_source_pages(void: Graph) -> None:
    sources = set(void.objects(URIRef(BASE + "dataset"), DCTERMS.source))
    assert len(sources) == 2
    digests = {str(void.value(s, DGK.sha256)) for s in sources}
    on_disk = {hashlib.sha256(p.read_bytes()).hexdigest() for p in SOURCES.glob("*.txt")}
    assert digests == on_disk
    titles = {str(void.value(s, DCTERMS.title)) for s in sources}
    assert titles == {"Archives of missions", "International activities"}


def test_void_lists_itself_among_the_downloads(void: Graph) -> None:
    urls = {str(u) for u in void.objects(None, DCAT.downloadURL)}
    assert BASE + "void.ttl" in urls and BASE + "graph.jsonld" in urls
    for distribution in void.subjects(RDF.type, DCAT.Distribution):
        assert isinstance(void.value(distribution, DCTERMS.license), URIRef)
        assert isinstance(void.value(distribution, DCTERMS.title), Literal)
