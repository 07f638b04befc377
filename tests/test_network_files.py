"""The direct GraphML and GEXF writers against networkx's own: the same bytes, for the views
of the built graph and for generated networks (names and values with markup characters,
accents, line breaks, empty strings, infinities; every value type; spells; directed or not),
and files networkx reads back as the network they were written from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph

from graphbuild import networks
from graphbuild.network_files import gexf_text, graphml_text
from graphbuild.networks import MAIN_VIEWS, NetworkFormat, export_network, load_graph, view_network
from graphbuild.pipeline import build_date


@pytest.fixture(scope="module")
def kg(built_dist: Path) -> Graph:
    return load_graph(built_dist / "graph.nt")


def networkx_graphml(G: Any) -> str:
    return "\n".join(nx.generate_graphml(G)) + "\n"


def ours_gexf(G: Any) -> str | None:
    return gexf_text(G, date=build_date(), creator=f"NetworkX {nx.__version__}")


@pytest.mark.parametrize("view", MAIN_VIEWS)
def test_the_views_are_written_as_networkx_writes_them(kg: Graph, view: Any) -> None:
    G = view_network(kg, view)
    ready = networks._graphml_ready(G)
    ours = graphml_text(ready)
    assert ours is not None  # the views are written by the direct writer, not by networkx
    assert ours == networkx_graphml(ready)
    assert export_network(G, NetworkFormat.GRAPHML) == ours
    dynamic = networks._gexf_ready(G)
    ours = ours_gexf(dynamic)
    assert ours is not None
    assert ours == networks._networkx_gexf(dynamic)
    assert export_network(G, NetworkFormat.GEXF) == ours


def test_the_views_read_back_as_written(kg: Graph, tmp_path: Path) -> None:
    """Each view's GraphML, read by networkx, is the view once its years are decoded."""
    for view in MAIN_VIEWS:
        G = view_network(kg, view)
        path = tmp_path / f"{view.value}.graphml"
        path.write_text(export_network(G, NetworkFormat.GRAPHML), encoding="utf-8")
        read = nx.read_graphml(path)
        ready = networks._graphml_ready(G)
        assert set(read) == set(ready)
        assert {frozenset(e) for e in read.edges()} == {frozenset(e) for e in ready.edges()}
        for node, data in ready.nodes(data=True):
            assert read.nodes[node] == data, node
        path = tmp_path / f"{view.value}.gexf"
        path.write_text(export_network(G, NetworkFormat.GEXF), encoding="utf-8")
        dynamic = nx.read_gexf(path)
        assert set(dynamic) == set(G)
        assert dynamic.number_of_edges() == G.number_of_edges()


# -- generated networks ------------------------------------------------------------------

_TEXT = st.text(
    st.sampled_from(list("aZ09 -_&<>\"'\n\r\t\x0bé€漢😀")) | st.characters(codec="utf-8"),
    max_size=8,
)
_NAMES = st.sampled_from(["name", "label", "weight", "kind", "note", "a&b", 'q"', "été"])
_VALUES = st.one_of(
    _TEXT,
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)


@st.composite
def networks_of(draw: Any, *, gexf: bool) -> Any:
    G = nx.DiGraph() if draw(st.booleans()) else nx.Graph()
    if draw(st.booleans()):
        G.graph["name"] = draw(_TEXT)
    if gexf and draw(st.booleans()):
        G.graph["mode"] = "dynamic"
    if not gexf and draw(st.booleans()):
        G.graph["view"] = draw(_VALUES)
    nodes = draw(st.lists(_TEXT, max_size=6, unique=True))
    spells = st.lists(st.tuples(st.integers(1900, 2100), st.integers(1900, 2100)), max_size=3)
    for node in nodes:
        data = draw(st.dictionaries(_NAMES, _VALUES, max_size=4))
        if gexf and draw(st.booleans()):
            data["spells"] = draw(spells)
        G.add_node(node, **data)
    if len(nodes) > 1:
        pairs = st.tuples(st.sampled_from(nodes), st.sampled_from(nodes))
        for a, b in draw(st.lists(pairs, max_size=8)):
            data = draw(st.dictionaries(_NAMES.filter(lambda n: n != "label"), _VALUES, max_size=3))
            if gexf and draw(st.booleans()):
                data["spells"] = draw(spells)
            G.add_edge(a, b, **data)
    return G


@settings(max_examples=150, deadline=None)
@given(networks_of(gexf=False))
def test_graphml_is_networkx_s_byte_for_byte(G: Any) -> None:
    ours = graphml_text(G)
    assert ours is not None
    assert ours == networkx_graphml(G)


@settings(max_examples=150, deadline=None)
@given(networks_of(gexf=True))
def test_gexf_is_networkx_s_byte_for_byte(G: Any) -> None:
    ours = ours_gexf(G)
    assert ours is not None
    assert ours == networks._networkx_gexf(G)


def test_what_the_direct_writers_leave_to_networkx() -> None:
    """A multigraph, an attribute networkx turns into markup, or a value of another type:
    None, and networkx writes the file (the same text through ``export_network``)."""
    multi = nx.MultiGraph()
    multi.add_edge("a", "b")
    assert graphml_text(multi) is None and ours_gexf(multi) is None
    viz = nx.Graph()
    viz.add_node("a", viz={"size": 3})
    assert ours_gexf(viz) is None
    listed = nx.Graph()
    listed.add_node("a", tags=["x", "y"])
    assert graphml_text(listed) is None and ours_gexf(listed) is None
    identified = nx.Graph(id="g1")
    identified.add_node("a")
    assert graphml_text(identified) is None
