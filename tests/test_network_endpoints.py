"""Networks and pictures from SPARQL endpoints, on loopback: a real `graphbuild serve`
(Oxigraph, started as a command) and OpenLink Virtuoso from Debian's packages
(tests/virtuoso_server.py) give the same files as the built graph read locally, year ranges
included. The expected organisations of a span of years are counted from the curated records.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from virtuoso_server import WRITER, Virtuoso, start_virtuoso, virtuoso_binaries

from graphbuild.cli import main
from graphbuild.namespaces import DEFAULT_BASE_IRI
from graphbuild.rdf import InstanceIris
from graphbuild.records import OrgRole

DATA = Path(__file__).resolve().parent.parent / "data"
IRIS = InstanceIris(DEFAULT_BASE_IRI)
#: The graphs the views need: the instance data and the ontology (kind and type codes).
GRAPHS = (
    "--default-graph",
    str(IRIS.graph("data")),
    "--default-graph",
    str(IRIS.graph("ontology")),
)
SPAN = ("--from", "2012", "--to", "2014")
VIEWS = (
    "partnership",
    "contact",
    "org-country",
    "org-projection",
    "country-projection",
    "ego",
    "affiliation",
)
#: Where Virtuoso holds the pushed graph (one graph: the union that push sends).
VIRTUOSO_GRAPH = "https://w3id.org/dgeq-kg/id/graph/networks-test"


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    for name in ("GRAPHBUILD_USER", "GRAPHBUILD_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def served(built_dist: Path) -> Iterator[str]:
    """`graphbuild serve` on a free loopback port; its query URL."""
    command = [sys.executable, "-m", "graphbuild", "serve", "--dist", str(built_dist)]
    process = subprocess.Popen(
        [*command, "--port", "0", "--timeout", "60"], stdout=subprocess.PIPE, text=True
    )
    watchdog = threading.Timer(120, process.kill)  # a hung start must not hang the suite
    watchdog.start()
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        watchdog.cancel()
        assert url.startswith("http://127.0.0.1:"), url
        yield url
    finally:
        watchdog.cancel()
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def network(*args: str) -> Result:
    return CliRunner().invoke(main, ["network", *args])


def ok(result: Result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def local(graph_nt: Path, *args: str) -> str:
    command, *rest = args
    return ok(network(command, "--graph", str(graph_nt), *rest))


def took_part_in_span(first: int, last: int) -> set[str]:
    """The organisations that took part in an activity of the span, from the records."""
    doc = json.loads((DATA / "activities.json").read_text(encoding="utf-8"))
    return {
        o["org"]
        for r in doc["activities"]
        if first <= int(r["start_date"][:4]) <= last
        for o in r["organizations"]
        if o["resolved"] and OrgRole(o["role"]).took_part
    }


def graphml_nodes(text: str) -> set[str]:
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    return {n.get("id", "") for n in ET.fromstring(text).iter(f"{ns}node")}


# -- graphbuild serve (Oxigraph) -------------------------------------------------------------


@pytest.mark.parametrize("span", [(), SPAN], ids=["all-years", "2012-2014"])
@pytest.mark.parametrize("view", VIEWS)
def test_export_from_serve_is_the_local_graphml(
    served: str, graph_nt: Path, view: str, span: tuple[str, ...]
) -> None:
    args = ("export", "--view", view, "--format", "graphml", *span)
    here = local(graph_nt, *args)
    there = ok(network(*args, "--endpoint", served, *GRAPHS))
    assert there == here
    if view in ("partnership", "contact", "org-country", "ego"):
        assert 'attr.name="first_year" attr.type="long"' in there  # years included
        flagged = {int(y) for y in re.findall(r'attr.name="in_(\d{4})"', there)}
        assert flagged  # one boolean per year of the network
        assert (flagged <= {2012, 2013, 2014}) is bool(span)  # the span is bound there too


def test_a_year_range_is_bound_on_the_endpoint(served: str) -> None:
    # rdflib's initBindings became a trailing VALUES block that Oxigraph ignored (every
    # year came back); the catalog's binding is part of the query.
    text = ok(network("export", "--endpoint", served, "--format", "graphml", *SPAN))
    assert graphml_nodes(text) == took_part_in_span(2012, 2014)
    everything = ok(network("export", "--endpoint", served, "--format", "graphml"))
    assert graphml_nodes(everything) == took_part_in_span(1900, 2100) > graphml_nodes(text)


def test_stats_and_json_from_serve(served: str, graph_nt: Path) -> None:
    args = ("stats", "--view", "contact", "--role", "met", "--without", "dgeq")
    assert ok(network(*args, "--endpoint", served)) == local(graph_nt, *args)
    args = ("export", "--view", "org-country", "--format", "json", "--from", "2014", "--to", "2014")
    there = json.loads(ok(network(*args, "--endpoint", served, *GRAPHS)))
    assert there == json.loads(local(graph_nt, *args))
    assert all(e["years"] == [2014] for e in there["edges"])


def test_draw_from_serve_writes_the_local_files(
    served: str, graph_nt: Path, tmp_path: Path
) -> None:
    ok(network("draw", "--graph", str(graph_nt), "--out", str(tmp_path / "local")))
    # The captions name the source pages, which are in the provenance graph.
    provenance = ("--default-graph", str(IRIS.graph("provenance")))
    remote = ("--endpoint", served, *GRAPHS, *provenance)
    ok(network("draw", *remote, "--out", str(tmp_path / "remote")))
    here = sorted(p.relative_to(tmp_path / "local") for p in (tmp_path / "local").rglob("*.*"))
    there = sorted(p.relative_to(tmp_path / "remote") for p in (tmp_path / "remote").rglob("*.*"))
    assert there == here and len(here) > 30
    for name in here:
        assert (tmp_path / "remote" / name).read_bytes() == (
            tmp_path / "local" / name
        ).read_bytes(), name


def test_a_partial_default_graph_is_a_clear_error(served: str) -> None:
    # The data graph alone has no kind or type codes (they are in the ontology's graph).
    data_only = ("--default-graph", str(IRIS.graph("data")))
    result = network("export", "--endpoint", served, *data_only, "--format", "json")
    assert result.exit_code == 1
    assert "part of the graph is missing" in result.stderr and "--default-graph" in result.stderr
    assert "Traceback" not in result.output and result.stdout == ""


def test_graph_iris_need_an_endpoint(graph_nt: Path) -> None:
    result = network("stats", "--graph", str(graph_nt), "--default-graph", "urn:x:g")
    assert result.exit_code == 2 and "--endpoint" in result.stderr


def test_an_endpoint_out_of_reach_is_a_clear_error() -> None:
    import socket

    with socket.socket() as s:  # a free port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = network("stats", "--endpoint", f"http://127.0.0.1:{port}/query")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert f"127.0.0.1:{port}" in result.stderr


# -- Virtuoso ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory, built_dist: Path) -> Iterator[Virtuoso]:
    """Virtuoso with the built graph pushed (Graph Store PUT, Digest credentials) into
    :data:`VIRTUOSO_GRAPH`."""
    from graphbuild.push import push

    found = virtuoso_binaries()
    if isinstance(found, str):
        pytest.skip(found)
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso-networks"))
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("GRAPHBUILD_USER", WRITER[0])
            patch.setenv("GRAPHBUILD_PASSWORD", WRITER[1])
            push(built_dist, endpoint=server.graph_store_auth, graph=VIRTUOSO_GRAPH, timeout=120)
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("span", [(), SPAN], ids=["all-years", "2012-2014"])
@pytest.mark.parametrize("view", VIEWS)
def test_export_from_virtuoso_is_the_local_graphml(
    virtuoso: Virtuoso, graph_nt: Path, view: str, span: tuple[str, ...]
) -> None:
    args = ("export", "--view", view, "--format", "graphml", *span)
    here = local(graph_nt, *args)
    remote = ("--endpoint", virtuoso.sparql, "--default-graph", VIRTUOSO_GRAPH)
    assert ok(network(*args, *remote)) == here


def test_stats_and_gexf_from_virtuoso(virtuoso: Virtuoso, graph_nt: Path) -> None:
    remote = ("--endpoint", virtuoso.sparql, "--default-graph", VIRTUOSO_GRAPH)
    args: tuple[Any, ...] = ("stats", "--view", "org-country", *SPAN)
    assert ok(network(*args, *remote)) == local(graph_nt, *args)
    args = ("export", "--view", "contact", "--format", "gexf")
    assert ok(network(*args, *remote)) == local(graph_nt, *args)
