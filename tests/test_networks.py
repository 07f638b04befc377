"""The network views against facts of the sources: the curated records (data/), the gold
annotation (tests/gold/, written by reading the pages) and the pages themselves.

The views are computed by SPARQL over the built graph; the expected values here are counted
from the records or read from the pages, never from the views' own output.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from graphbuild.errors import QueryError
from graphbuild.networks import (
    MAIN_VIEWS,
    NetworkFormat,
    NetworkView,
    activity_table,
    activity_years,
    affiliation_network,
    contact_network,
    ego_network,
    eigenvector_centrality,
    export_network,
    growth,
    load_graph,
    network_stats,
    nodes_csv,
    org_country_network,
    partnership_network,
    projections,
    view_network,
    write_main_views,
    write_network,
    yearly_series,
)
from graphbuild.records import OrgRole

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GOLD = Path(__file__).parent / "gold" / "activities.json"

#: Activities where the gold annotation has OIF taking part and the curated records do not,
#: with the judgement call that explains it.
#: None since the gazetteer reads "La Francophonie" as the OIF: the gold's calls 15 (the
#: Journées are La Francophonie's event) and 21 (the visitor represented La Francophonie's
#: secretary general) are now the records' too.
GOLD_ONLY_OIF: dict[str, str] = {}


@pytest.fixture(scope="module")
def kg(built_dist: Path) -> Graph:
    return load_graph(built_dist / "graph.nt")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    doc = json.loads((DATA / "activities.json").read_text(encoding="utf-8"))
    return list(doc["activities"])


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    return list(json.loads(GOLD.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def partnership(kg: Graph) -> Any:
    return partnership_network(kg)


def orgs_of(record: dict[str, Any]) -> set[str]:
    """The organisations that took part in a record (resolved, a took-part role)."""
    return {
        o["org"] for o in record["organizations"] if o["resolved"] and OrgRole(o["role"]).took_part
    }


def year_of(record: dict[str, Any]) -> int:
    return int(record["start_date"][:4])


def _gold_key(record: dict[str, Any]) -> tuple[str, str, tuple[str, ...]]:
    return record["source"], record["start_date"], tuple(sorted(record["countries"]))


# -- the partnership network ----------------------------------------------------------------


def test_nodes_are_the_organisations_of_the_activities(
    partnership: Any, records: list[dict[str, Any]]
) -> None:
    assert set(partnership) == set().union(*(orgs_of(r) for r in records))
    counts = Counter(o for r in records for o in orgs_of(r))
    for org, n in counts.items():
        assert partnership.nodes[org]["activities"] == n, org
    oif = partnership.nodes["oif"]
    assert (oif["label"], oif["type"]) == ("OIF", "intergovernmental-organization")
    assert partnership.nodes["isie"]["country"] == "TUN"
    assert partnership.nodes["copa"]["first_year"] == 2006  # Quito general assembly, 2006


def test_dgeq_takes_part_in_every_activity(
    partnership: Any, records: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> None:
    assert len(gold) == len(records) == 82
    assert partnership.nodes["dgeq"]["activities"] == len(gold)
    assert partnership.degree("dgeq") == partnership.number_of_nodes() - 1
    assert (partnership.nodes["dgeq"]["first_year"], partnership.nodes["dgeq"]["last_year"]) == (
        2005,
        2017,
    )


def test_dgeq_oif_weight_counts_the_activities_with_oif(
    partnership: Any, records: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> None:
    with_oif = {r["id"] for r in records if "oif" in orgs_of(r)}
    edge = partnership["dgeq"]["oif"]
    assert edge["weight"] == len(with_oif)
    assert set(edge["activities"].split(";")) == with_oif
    assert edge["years"] == sorted({year_of(r) for r in records if r["id"] in with_oif})
    # The gold annotation agrees but for its documented judgement calls.
    ids = {_gold_key(r): r["id"] for r in records}
    gold_oif = {ids[_gold_key(g)] for g in gold if "oif" in g["organizations"]}
    assert gold_oif - with_oif == set(GOLD_ONLY_OIF)
    assert with_oif - gold_oif == set()
    assert edge["weight"] == sum("oif" in g["organizations"] for g in gold) - len(GOLD_ONLY_OIF)


def test_edge_weights_count_shared_activities(
    partnership: Any, records: list[dict[str, Any]]
) -> None:
    for a, b, data in partnership.edges(data=True):
        shared = [r for r in records if {a, b} <= orgs_of(r)]
        assert data["weight"] == len(shared), (a, b)
    # Every pair of organisations of an activity is joined.
    for r in records:
        orgs = sorted(orgs_of(r))
        assert all(partnership.has_edge(a, b) for i, a in enumerate(orgs) for b in orgs[i + 1 :])


def test_recef_neighbours_from_the_pages(partnership: Any) -> None:
    # Bamako, 2nd general assembly (2014): made possible by Mali's DGE and the OIF, with
    # the African Union Commission, ECES, EFEAC, IFES, the UNESCO chair (Benin), UNDP and
    # AFAPDP as partners. Libreville, general assembly (2012): funded by Gabon's CENAP.
    expected = {
        "oif",
        "dgeq",
        "dge-mli",
        "auc",
        "eces",
        "efeac",
        "ifes",
        "unesco-chair-benin",
        "undp",
        "afapdp",
        "cenap-gab",
    }
    assert expected <= set(partnership["recef"])
    assert partnership["recef"]["cenap-gab"]["activities"] == "2012-12-gabon"


def test_isie_met_on_three_tunisian_missions_in_2014(kg: Graph, partnership: Any) -> None:
    # One paragraph of the 2015 section (archives line 59): the OIF missions met the ISIE on
    # all three rounds. Met is a contact tie, not a partnership.
    edge = contact_network(kg)["isie"]["oif"]
    assert edge["activities"].split(";") == [
        "2014-10-tunisia",
        "2014-11-tunisia",
        "2014-12-tunisia",
    ]
    assert (edge["weight"], edge["years"], edge["roles"], edge["contacted"]) == (
        3,
        [2014],
        "met",
        "isie",
    )
    assert not partnership.has_edge("isie", "oif")
    # The ISIE took part in one activity: the October 2015 workshop it co-organised (line 17).
    assert partnership["dgeq"]["isie"]["activities"] == "2015-10-tunisia"


# -- time slices ----------------------------------------------------------------------------


def test_2014_slice(kg: Graph, records: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
    sliced = partnership_network(kg, years=(2014, 2014))
    in_2014 = [r for r in records if year_of(r) == 2014]
    assert len(in_2014) == sum(g["start_date"].startswith("2014") for g in gold) == 7
    assert set(sliced) == set().union(*(orgs_of(r) for r in in_2014))
    assert sliced.nodes["dgeq"]["activities"] == 7
    assert "oif" in sliced and "recef" in sliced  # Tunisia, Haiti; Bamako, Brussels
    assert "isie" not in sliced and "minustah" not in sliced  # only met in 2014
    contacts = contact_network(kg, years=(2014, 2014))
    assert contacts["dgeq"]["isie"]["weight"] == 3  # Tunisia: October, November, December
    assert contacts["oif"]["minustah"]["activities"] == "2014-08-haiti"
    assert "copa" not in sliced
    for _, _, data in sliced.edges(data=True):
        assert data["years"] == [2014]
        assert all(a.startswith("2014-") for a in data["activities"].split(";"))
    assert sliced.graph["from_year"] == sliced.graph["to_year"] == 2014


def test_yearly_series_adds_up(kg: Graph, records: list[dict[str, Any]]) -> None:
    series = yearly_series(kg, NetworkView.PARTNERSHIP)
    assert list(series) == activity_years(kg) == list(range(2005, 2018))
    assert sum(G.nodes["dgeq"]["activities"] for G in series.values()) == len(records)
    assert set(series[2014]) == set(partnership_network(kg, years=(2014, 2014)))


def test_an_empty_span_is_an_error(kg: Graph) -> None:
    with pytest.raises(QueryError, match="empty"):
        partnership_network(kg, years=(2015, 2014))
    assert partnership_network(kg, years=(1990, 1991)).number_of_nodes() == 0


def test_a_dataset_gives_the_same_network(built_dist: Path, partnership: Any) -> None:
    ds = Dataset()
    ds.parse(built_dist / "graph.trig", format="trig")
    from_dataset = partnership_network(ds)
    assert sorted(from_dataset.edges(data=True)) == sorted(partnership.edges(data=True))


@pytest.mark.parametrize("years", [None, (2014, 2015)])
def test_oxigraph_and_rdflib_engines_give_the_same_views(
    contact_dataset: Dataset, years: tuple[int, int] | None
) -> None:
    """The views run on Oxigraph (a store, or an rdflib graph copied into one) and on
    rdflib's own engine (the reference) are the same graphs, attributes included."""
    from graphbuild.network_sources import RdflibRunner, store_from_graph

    store = store_from_graph(contact_dataset)
    for view in NetworkView:
        plain = view_network(RdflibRunner(contact_dataset), view, years=years)
        for fast in (
            view_network(store, view, years=years),
            view_network(contact_dataset, view, years=years),
        ):
            assert nx.utils.graphs_equal(fast, plain), view
            assert fast.graph == plain.graph
        assert plain.number_of_nodes() > 0 or view is NetworkView.AFFILIATION, view


def test_a_store_is_read_once_within_reading_once(kg: Graph) -> None:
    from graphbuild.catalog import CatalogQuery, QueryResult
    from graphbuild.network_sources import runner_for
    from graphbuild.networks import reading_once

    asked: list[str] = []
    runner = runner_for(kg)

    def counting(query: CatalogQuery, values: Any) -> QueryResult:
        asked.append(query.name)
        return runner(query, values)

    with reading_once():
        for view in MAIN_VIEWS:
            view_network(counting, view)
        growth(counting)
        activity_table(counting)
    # organisations, activities, participation, locations, posts: each once.
    assert sorted(asked) == sorted(
        f"network-{n}"
        for n in ("organizations", "activities", "participation", "locations", "posts")
    )
    assert (
        partnership_network(counting).number_of_nodes() == partnership_network(kg).number_of_nodes()
    )


# -- the other views ------------------------------------------------------------------------


def test_org_country_network(kg: Graph, records: list[dict[str, Any]]) -> None:
    B = org_country_network(kg)
    countries = {c for r in records for c in r["countries"]}
    assert {n for n, d in B.nodes(data=True) if d["bipartite"] == 1} == countries
    assert {n for n, d in B.nodes(data=True) if d["bipartite"] == 0} == set().union(
        *(orgs_of(r) for r in records)
    )
    assert nx.is_bipartite(B)
    oif_in_madagascar = [r for r in records if "oif" in orgs_of(r) and "MDG" in r["countries"]]
    assert B["oif"]["MDG"]["weight"] == len(oif_in_madagascar)
    assert B.nodes["MDG"]["label"] == "Madagascar"
    assert B.degree("dgeq") == len(countries)


def test_projections(kg: Graph, records: list[dict[str, Any]]) -> None:
    orgs_by_country: dict[str, set[str]] = {}
    for r in records:
        for c in r["countries"]:
            orgs_by_country.setdefault(c, set()).update(orgs_of(r))
    org_graph, country_graph = projections(org_country_network(kg))
    assert set(country_graph) == set(orgs_by_country)
    shared = orgs_by_country["TUN"] & orgs_by_country["HTI"]
    assert country_graph["TUN"]["HTI"]["weight"] == len(shared)
    assert set(country_graph["TUN"]["HTI"]["organizations"].split(";")) == shared
    countries_of_oif = {c for c, o in orgs_by_country.items() if "oif" in o}
    countries_of_isie = {c for c, o in orgs_by_country.items() if "isie" in o}
    assert org_graph["oif"]["isie"]["weight"] == len(countries_of_oif & countries_of_isie)


def test_ego_network(kg: Graph, partnership: Any) -> None:
    assert set(ego_network(kg)) == set(partnership)
    copa = ego_network(kg, "copa")
    assert set(copa) == {"copa", *partnership["copa"]}
    assert copa.nodes["copa"]["distance"] == 0
    assert {d["distance"] for n, d in copa.nodes(data=True) if n != "copa"} == {1}
    wider = ego_network(kg, "copa", radius=2)
    assert set(wider) > set(copa)
    with pytest.raises(QueryError, match="no-such-body"):
        ego_network(kg, "no-such-body")


def test_affiliation_network(kg: Graph) -> None:
    A = affiliation_network(kg)
    drouin = A["jacques-drouin"]["dgeq"]
    assert drouin["posts"] == 3
    assert (drouin["start_date"], drouin["end_date"]) == ("2010", "2014")
    assert "Chief Electoral Officer of Québec" in drouin["roles"].split(";")
    assert A["jacques-drouin"]["recef"]["roles"] == "Secretary General of RECEF"
    assert A.nodes["jacques-drouin"]["bipartite"] == 0
    assert A.nodes["recef"]["bipartite"] == 1
    early = affiliation_network(kg, years=(2005, 2005))
    assert "francine-barry" in early
    assert "jacques-drouin" not in early


# -- roles: took part, contact (records coded by hand, tests/conftest.py) -------------------


def test_a_met_body_is_no_partner(contact_dataset: Dataset) -> None:
    G = partnership_network(contact_dataset)
    # Haiti 2014: the OIF organised, the DGEQ took part; the OAS, the EU, UNDP and UNESCO
    # were only met. Togo 2010: CENI only mentioned, ECOWAS only consulted.
    assert set(G) == {"dgeq", "oif", "oas", "isie", "undp"}
    assert {"eu", "unesco", "ceni-tgo", "ecowas", "cep-hti"}.isdisjoint(G)
    assert not G.has_edge("oif", "oas") and not G.has_edge("oif", "undp")
    # The OAS and UNDP are partners only where they took part: Haiti 2015, Tunisia 2015.
    assert G["dgeq"]["oas"]["activities"] == "2015-08-haiti"
    assert G["dgeq"]["undp"]["activities"] == "2015-10-tunisia"
    assert G["dgeq"]["oif"]["weight"] == 2
    assert G.nodes["undp"]["roles"] == "co-organiser"
    assert {d["tie"] for _, _, d in G.edges(data=True)} == {"partnership"}


def test_contact_ties_are_their_own_view(contact_dataset: Dataset) -> None:
    C = contact_network(contact_dataset)
    assert C.graph["view"] == "contact"
    eu = C["oif"]["eu"]
    assert (eu["tie"], eu["roles"], eu["contacted"], eu["activities"]) == (
        "contact",
        "met",
        "eu",
        "2014-08-haiti",
    )
    assert C.has_edge("dgeq", "eu") and C.has_edge("dgeq", "unesco")
    assert not C.has_edge("eu", "oas")  # met on the same mission: no tie between them
    assert C["oif"]["ceni-tgo"]["roles"] == "mentioned"
    assert C["dgeq"]["ecowas"]["roles"] == "consulted"
    assert "isie" not in C  # Tunisia 2015 has no contact
    assert C.nodes["dgeq"]["side"] == "took-part"
    assert (C.nodes["eu"]["side"], C.nodes["eu"]["contacted"]) == ("contact", 1)
    # The OAS was met in 2014 and met the CEP in 2015 (made up): on both sides.
    assert (C.nodes["oas"]["side"], C.nodes["oas"]["activities"]) == ("both", 2)
    assert (C["dgeq"]["oas"]["contacted"], C["oas"]["cep-hti"]["contacted"]) == ("oas", "cep-hti")
    assert C["dgeq"]["cep-hti"]["activities"] == "2015-08-haiti"
    assert set(C) == {
        "dgeq",
        "oif",
        "oas",
        "eu",
        "undp",
        "unesco",
        "ceni-tgo",
        "ecowas",
        "cep-hti",
    }
    assert nx.utils.graphs_equal(view_network(contact_dataset, NetworkView.CONTACT), C)
    assert NetworkView.CONTACT in MAIN_VIEWS


def test_roles_choose_what_counts(contact_dataset: Dataset) -> None:
    organisers = partnership_network(contact_dataset, roles=["organiser", "co-organiser"])
    assert set(organisers) == {"oif", "oas", "isie", "undp"}
    assert sorted(organisers.edges()) == [("isie", "undp")]
    assert organisers.graph["roles"] == "co-organiser;organiser"
    # Counting a contact role on purpose: the bodies met on the same mission are joined.
    with_met = partnership_network(contact_dataset, roles=[OrgRole.PARTICIPANT, OrgRole.MET])
    assert with_met.has_edge("eu", "oas") and with_met["dgeq"]["eu"]["weight"] == 1
    # In the contact view, a role narrows its own end: "mentioned" keeps Togo's CENI.
    mentioned = contact_network(contact_dataset, roles=["mentioned"])
    assert sorted(mentioned.edges()) == [("ceni-tgo", "dgeq"), ("ceni-tgo", "oif")]
    by_organiser = contact_network(contact_dataset, roles=["organiser"])
    assert "dgeq" not in by_organiser and by_organiser.has_edge("oif", "eu")
    bipartite = org_country_network(contact_dataset)
    assert "eu" not in bipartite and set(bipartite["oas"]) == {"HTI"}
    assert bipartite["oas"]["HTI"]["activities"] == "2015-08-haiti"
    with pytest.raises(QueryError, match="unknown role 'observer'") as raised:
        partnership_network(contact_dataset, roles=["observer"])
    assert raised.value.exit_code == 2


def test_the_publisher_can_be_left_out(contact_dataset: Dataset) -> None:
    G = partnership_network(contact_dataset, without=["dgeq"])
    assert "dgeq" not in G
    assert sorted(G.edges()) == [("isie", "undp")]  # the one activity with two others
    assert set(G) == {"oif", "oas", "isie", "undp"}  # alone in theirs, still nodes
    assert G.graph["without"] == "dgeq"
    C = contact_network(contact_dataset, without=["dgeq"])
    assert "dgeq" not in C and C.has_edge("oif", "eu")
    stats = network_stats(contact_dataset, NetworkView.PARTNERSHIP, without=["dgeq"])
    assert "dgeq" not in {r["node"] for r in stats}
    countries = projections(org_country_network(contact_dataset, without=["dgeq"]))[1]
    # Without the DGEQ, Haiti and Tunisia share no body that took part (UNDP was only met
    # in Haiti); Haiti and Togo share the OIF.
    assert not countries.has_edge("HTI", "TUN")
    assert countries["HTI"]["TGO"]["organizations"] == "oif"
    with pytest.raises(QueryError, match="no such organisation") as raised:
        partnership_network(contact_dataset, without=["DGEQ"])
    assert raised.value.exit_code == 2
    with pytest.raises(QueryError, match="centre of the ego network"):
        ego_network(contact_dataset, "dgeq", without=["dgeq"])
    with pytest.raises(QueryError, match="roles in activities do not apply"):
        view_network(contact_dataset, NetworkView.AFFILIATION, roles=["met"])


def test_activity_table_and_growth_keep_contacts_apart(contact_dataset: Dataset) -> None:
    haiti = next(r for r in activity_table(contact_dataset) if r["activity"] == "2014-08-haiti")
    assert haiti["organizations"] == ["dgeq", "oif"]
    assert haiti["contacts"] == ["eu", "oas", "undp", "unesco"]
    by_year = {r["year"]: r for r in growth(contact_dataset)}
    assert by_year[2010]["new_partner_ids"] == "oif"  # Togo's CENI and ECOWAS are contacts
    assert by_year[2014]["new_partner_ids"] == ""  # the bodies met in Haiti are no partners
    assert by_year[2015]["new_partner_ids"] == "isie;oas;undp"


# -- metrics --------------------------------------------------------------------------------


def test_network_stats(kg: Graph, partnership: Any) -> None:
    rows = network_stats(kg, NetworkView.PARTNERSHIP)
    assert len(rows) == partnership.number_of_nodes()
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["node"] == "dgeq"
    assert rows[0]["degree"] == partnership.number_of_nodes() - 1
    assert rows[1]["node"] == "oif"
    assert all(0 <= r["eigenvector"] <= 1 and 0 <= r["betweenness"] <= 1 for r in rows)
    assert rows == network_stats(kg, NetworkView.PARTNERSHIP)  # seeded: the same every time
    bipartite = network_stats(kg, NetworkView.ORG_COUNTRY, (2014, 2014))
    assert {r["type"] for r in bipartite} >= {"country"}


def test_eigenvector_centrality_of_a_disconnected_graph() -> None:
    G = nx.Graph()
    G.add_edges_from([("a", "b"), ("b", "c"), ("x", "y")], weight=1)
    G.add_node("alone")
    scores = eigenvector_centrality(G)
    assert set(scores) == set(G)
    assert scores["alone"] == 0.0
    assert scores["b"] > scores["a"] > scores["x"] > 0
    star = nx.relabel_nodes(nx.star_graph(4), str)  # bipartite: plain power iteration oscillates
    hub = eigenvector_centrality(star)
    assert max(hub, key=lambda n: hub[n]) == "0"


def test_growth(kg: Graph, records: list[dict[str, Any]]) -> None:
    rows = growth(kg)
    assert [r["year"] for r in rows] == list(range(2005, 2018))
    assert sum(r["activities"] for r in rows) == len(records)
    partners = set().union(*(orgs_of(r) for r in records)) - {"dgeq"}
    countries = {c for r in records for c in r["countries"]}
    assert sum(r["new_partners"] for r in rows) == len(partners) == rows[-1]["total_partners"]
    assert sum(r["new_countries"] for r in rows) == len(countries) == rows[-1]["total_countries"]
    first_seen: dict[str, int] = {}
    for r in sorted(records, key=year_of):
        for c in r["countries"]:
            first_seen.setdefault(c, year_of(r))
    by_year = {r["year"]: r for r in rows}
    for year, row in by_year.items():
        new = {c for c, y in first_seen.items() if y == year}
        assert set(filter(None, row["new_country_codes"].split(";"))) == new, year
    assert {"BEL", "HTI"} <= set(by_year[2014]["new_country_codes"].split(";"))


# -- exports --------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _from_graphml(data: dict[str, Any], original: dict[str, Any]) -> dict[str, Any]:
    """GraphML's form of a years list back as the list: the years whose in_YYYY is true
    (each a bool), first_year and last_year dropped where the view had none."""
    flags = {k: v for k, v in data.items() if k.startswith("in_")}
    assert all(type(v) is bool for v in flags.values())
    got = {k: v for k, v in data.items() if k not in flags}
    if "years" in original:
        got["years"] = sorted(int(k[3:]) for k, v in flags.items() if v)
        for key in ("first_year", "last_year"):
            assert type(got[key]) is int
            if key not in original:
                assert got.pop(key) == (min if key == "first_year" else max)(original["years"])
    return got


def _from_gexf(data: dict[str, Any], original: dict[str, Any]) -> dict[str, Any]:
    """GEXF's spells back as the years list: one spell per year, start = end."""
    got = dict(data)
    spells = got.pop("spells", None)
    if "years" in original:
        assert spells is not None
        assert all(type(a) is int and a == b for a, b in spells)
        got["years"] = [a for a, _ in spells]
        for key in ("first_year", "last_year"):
            if key not in original:
                got.pop(key)
    return got


def _same_network(
    read: Any, G: Any, *, ignore: frozenset[str] = frozenset(), decode: Any = None
) -> None:
    assert set(read) == set(G)
    assert {frozenset(e) for e in read.edges()} == {frozenset(e) for e in G.edges()}
    for node, data in G.nodes(data=True):
        got = {k: _plain(v) for k, v in read.nodes[node].items() if k not in ignore}
        assert (decode(got, data) if decode else got) == data, node
    for a, b, data in G.edges(data=True):
        got = {k: _plain(v) for k, v in read[a][b].items() if k not in ignore}
        assert (decode(got, data) if decode else got) == data, (a, b)


@pytest.mark.parametrize(
    "view", [NetworkView.PARTNERSHIP, NetworkView.CONTACT, NetworkView.ORG_COUNTRY]
)
def test_graphml_round_trip(kg: Graph, view: NetworkView, tmp_path: Path) -> None:
    from graphbuild.networks import view_network

    G = view_network(kg, view)
    path = tmp_path / "n.graphml"
    write_network(G, NetworkFormat.GRAPHML, path)
    _same_network(nx.read_graphml(path), G, decode=_from_graphml)


def test_gexf_round_trip(partnership: Any, tmp_path: Path) -> None:
    path = tmp_path / "n.gexf"
    path.write_text(export_network(partnership, NetworkFormat.GEXF), encoding="utf-8")
    _same_network(nx.read_gexf(path), partnership, ignore=frozenset({"id"}), decode=_from_gexf)


def test_json_round_trip(kg: Graph) -> None:
    for G in (affiliation_network(kg), org_country_network(kg)):
        data = json.loads(export_network(G, NetworkFormat.JSON))
        _same_network(nx.node_link_graph(data, edges="edges"), G)


def test_csv_round_trip(partnership: Any, tmp_path: Path) -> None:
    written = write_network(partnership, NetworkFormat.CSV, tmp_path / "partnership.csv")
    assert [p.name for p in written] == ["partnership.csv", "partnership.nodes.csv"]
    edges = list(csv.DictReader(io.StringIO(written[0].read_text(encoding="utf-8"))))
    nodes = list(csv.DictReader(io.StringIO(written[1].read_text(encoding="utf-8"))))
    assert nodes == list(csv.DictReader(io.StringIO(nodes_csv(partnership))))
    read = nx.Graph()
    for row in nodes:
        read.add_node(row.pop("node"), **row)
    for row in edges:
        read.add_edge(row.pop("source"), row.pop("target"), **row)

    def text(value: Any) -> str:  # CSV joins a list by ";"
        return ";".join(map(str, value)) if isinstance(value, list) else str(value)

    stringified = nx.relabel_nodes(partnership, str)
    for _, data in stringified.nodes(data=True):
        data.update({k: text(v) for k, v in data.items()})
    for _, _, data in stringified.edges(data=True):
        data.update({k: text(v) for k, v in data.items()})
    _same_network(read, stringified)


# -- years over time: GEXF spells for Gephi's timeline, integers in GraphML and JSON -------


def test_gexf_is_dynamic_with_a_spell_per_year(
    kg: Graph, records: list[dict[str, Any]], tmp_path: Path
) -> None:
    path = tmp_path / "partnership.gexf"
    write_network(partnership_network(kg), NetworkFormat.GEXF, path)
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="integer"' in text
    G = nx.read_gexf(path)
    assert G.graph["mode"] == "dynamic"
    # The years of the records with OIF taking part, each a spell of its own.
    oif_years = sorted({year_of(r) for r in records if "oif" in orgs_of(r)})
    assert G.nodes["oif"]["spells"] == [(y, y) for y in oif_years]
    both = sorted({year_of(r) for r in records if {"oif", "recef"} <= orgs_of(r)})
    assert G["oif"]["recef"]["spells"] == [(y, y) for y in both]
    # COPA: the Quito general assembly of 2006 is its first activity.
    assert G.nodes["copa"]["spells"][0] == (2006, 2006)
    assert all(d.get("spells") for _, d in G.nodes(data=True))
    assert all(d.get("spells") for _, _, d in G.edges(data=True))
    # Every spell is a year of an activity of that body.
    for node, data in G.nodes(data=True):
        years = {year_of(r) for r in records if node in orgs_of(r)}
        assert {a for a, _ in data["spells"]} == years, node


def test_years_are_integers_in_graphml_and_json(
    kg: Graph, records: list[dict[str, Any]], tmp_path: Path
) -> None:
    G = org_country_network(kg, years=(2012, 2014))
    path = tmp_path / "org-country.graphml"
    write_network(G, NetworkFormat.GRAPHML, path)
    read = nx.read_graphml(path)
    assert "years" not in read["oif"]["MDG"]
    madagascar = {year_of(r) for r in records if "MDG" in r["countries"] and "oif" in orgs_of(r)}
    in_span = {y for y in madagascar if 2012 <= y <= 2014}
    flags = {k: v for k, v in read["oif"]["MDG"].items() if k.startswith("in_")}
    assert flags == {f"in_{y}": y in in_span for y in (2012, 2013, 2014)}
    assert (read["oif"]["MDG"]["first_year"], read["oif"]["MDG"]["last_year"]) == (
        min(in_span),
        max(in_span),
    )
    assert type(read.nodes["MDG"]["first_year"]) is int
    assert 'attr.name="first_year" attr.type="long"' in path.read_text(encoding="utf-8")
    document = json.loads(export_network(G, NetworkFormat.JSON))
    edge = next(e for e in document["edges"] if {e["source"], e["target"]} == {"oif", "MDG"})
    assert edge["years"] == sorted(in_span)
    assert all(type(y) is int for e in document["edges"] for y in e["years"])
    node = next(n for n in document["nodes"] if n["id"] == "MDG")
    assert node["years"] == sorted(
        {year_of(r) for r in records if "MDG" in r["countries"] and 2012 <= year_of(r) <= 2014}
    )


def test_write_main_views(kg: Graph, tmp_path: Path) -> None:
    written = write_main_views(kg, tmp_path)
    names = {p.name for p in written}
    for view in MAIN_VIEWS:
        for fmt in NetworkFormat:
            assert f"{view.value}{fmt.suffix}" in names
    assert {"partnership.nodes.csv", "partnership-stats.csv", "growth.csv"} <= names
    assert all(p.parent == tmp_path / "networks" and p.stat().st_size > 0 for p in written)
    stats = list(csv.DictReader((tmp_path / "networks" / "partnership-stats.csv").open()))
    assert stats[0]["node"] == "dgeq"


def test_format_names() -> None:
    assert NetworkFormat.from_name("GraphML") is NetworkFormat.GRAPHML
    with pytest.raises(QueryError, match="unknown network format"):
        NetworkFormat.from_name("pajek")


@pytest.mark.parametrize(
    "module", ["graphbuild.networks", "graphbuild.network_sources", "graphbuild.draw"]
)
def test_doctests(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
