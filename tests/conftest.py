"""Shared fixtures: the source pages beside the checkout, the gazetteer, the ingested records,
and a few records coded by hand with contact roles (met, consulted, mentioned)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from graphbuild.gazetteer import Gazetteer, load_gazetteer
from graphbuild.rdf import SourceDocument, build_dataset
from graphbuild.records import Activity, ActivityKind, DatePrecision, OrgRole, PartyRole, Span

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "sources"
DATA = ROOT / "data"


def source_pages() -> list[Path]:
    return sorted(SOURCES.glob("*.txt"))


@pytest.fixture(scope="session")
def pages() -> list[Path]:
    found = source_pages()
    if not found:
        pytest.fail(f"no source pages in {SOURCES}: CI checks out ../shared beside the repo")
    return found


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer(DATA)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A scratch copy of data/ that a test may change."""
    import shutil

    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(scope="session")
def built_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ built once per session from data/ into a scratch folder, for every test that
    reads the built graph."""
    from graphbuild.pipeline import build

    out = tmp_path_factory.mktemp("dist")
    build(DATA, out)
    return out


#: Integer types that value-based stores (Oxigraph, Fuseki TDB, Stardog) keep as xsd:integer.
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DERIVED_INTEGERS = {
    _XSD + name
    for name in (
        "integer",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "long",
        "int",
        "short",
        "byte",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}


def _as_stored(term: Node) -> Node:
    if isinstance(term, Literal) and str(term.datatype) in _DERIVED_INTEGERS:
        return Literal(str(int(str(term))), datatype=URIRef(_XSD + "integer"))
    return term


@pytest.fixture(scope="session")
def as_stored() -> Callable[[Node], Node]:
    """A term as a value-based store gives it back: integer types as canonical xsd:integer.

    Oxigraph 0.5 returns "7"^^xsd:nonNegativeInteger as "7"^^xsd:integer, as Fuseki TDB and
    Stardog do (w3c/data-shapes#142); every other term comes back as it went in.
    """
    return _as_stored


@pytest.fixture(scope="session")
def graph_nt(built_dist: Path) -> Path:
    """The N-Triples file of the graph built once per session."""
    return built_dist / "graph.nt"


# -- hand-built records with contact roles ------------------------------------------------

#: The made-up page of the hand-built records (the graph checks that records and page agree).
CONTACT_SOURCE = SourceDocument("contact-missions", "Missions (test page)", "0123456789abcdef" * 4)


def _trip(
    activity_id: str,
    start: str,
    end: str,
    kind: ActivityKind,
    country: str,
    parties: tuple[tuple[str, OrgRole], ...],
    line: int,
) -> Activity:
    return Activity(
        id=activity_id,
        title=f"Mission {activity_id}",
        start_date=start,
        end_date=end,
        date_precision=DatePrecision.DAY,
        year_inferred=False,
        kind=kind,
        countries=(country,),
        cities=(),
        organizations=tuple(PartyRole(org, role) for org, role in parties),
        people=(),
        dgeq_roles=(),
        dgeq_count=1,
        elections=(),
        events=(),
        source=CONTACT_SOURCE.id,
        source_sha256=CONTACT_SOURCE.sha256,
        heading_span=Span(100 * line, 100 * line + 30, line),
        paragraph_spans=(Span(100 * line + 32, 100 * line + 90, line + 2),),
        date_phrase=None,
        date_span=None,
        section_year=int(start[:4]),
    )


@pytest.fixture(scope="session")
def contact_activities() -> tuple[Activity, ...]:
    """Four records coded by hand, modelled on passages of the archives page: who took part
    and who was only met (2014 Haiti evaluation, line 67) or mentioned (Togo 2010, line
    353). The OAS and UNDP take part elsewhere. Made up, to have every case: ECOWAS
    consulted in Togo, and the CEP met by the OAS mission of August 2015 (so that the OAS
    is on both sides of the contact view)."""
    part, organiser, co_organiser = OrgRole.PARTICIPANT, OrgRole.ORGANISER, OrgRole.CO_ORGANISER
    met, mentioned, consulted = OrgRole.MET, OrgRole.MENTIONED, OrgRole.CONSULTED
    return (
        _trip(
            "2014-08-haiti",
            "2014-08-31",
            "2014-09-05",
            ActivityKind.EVALUATION,
            "HTI",
            (
                ("dgeq", part),
                ("oif", organiser),
                ("oas", met),
                ("eu", met),
                ("undp", met),
                ("unesco", met),
            ),
            1,
        ),
        _trip(
            "2015-08-haiti",
            "2015-08-05",
            "2015-08-11",
            ActivityKind.OBSERVATION,
            "HTI",
            (("dgeq", part), ("oas", organiser), ("cep-hti", met)),
            5,
        ),
        _trip(
            "2015-10-tunisia",
            "2015-10-28",
            "2015-10-30",
            ActivityKind.CONFERENCE,
            "TUN",
            (("dgeq", part), ("isie", co_organiser), ("undp", co_organiser)),
            9,
        ),
        _trip(
            "2010-02-togo",
            "2010-02-27",
            "2010-03-06",
            ActivityKind.OBSERVATION,
            "TGO",
            (
                ("dgeq", part),
                ("oif", organiser),
                ("ceni-tgo", mentioned),
                ("ecowas", consulted),
            ),
            13,
        ),
    )


@pytest.fixture(scope="session")
def contact_sources() -> list[SourceDocument]:
    """The page of :func:`contact_activities`."""
    return [CONTACT_SOURCE]


@pytest.fixture(scope="session")
def contact_dataset(
    contact_activities: tuple[Activity, ...],
    contact_sources: list[SourceDocument],
    gazetteer: Gazetteer,
) -> Dataset:
    """The graph of :func:`contact_activities` (data, provenance and ontology)."""
    return build_dataset(contact_activities, gazetteer, sources=contact_sources)


@pytest.fixture(scope="session")
def contact_nt(contact_dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of :func:`contact_activities` as an N-Triples file, like dist/graph.nt."""
    from graphbuild.export import RdfFormat, serialise

    path = tmp_path_factory.mktemp("contacts") / "graph.nt"
    path.write_bytes(serialise(contact_dataset, RdfFormat.NTRIPLES))
    return path
