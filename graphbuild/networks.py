"""Graph -> networks: cooperation views of the knowledge graph, their metrics and exports.

Every view is computed from the built graph by the SPARQL queries ``queries/network-*.rq``
(never from the records), so a picture and a query of the same graph always agree. The
first argument of every view says where the graph is (:mod:`graphbuild.network_sources`):
an Oxigraph store (what the commands load, and what a pipeline holding the graph hands
over), an rdflib graph or dataset (copied into a store once per call, or once per
:func:`reading_once` block), or a query runner (rdflib's own engine, or a SPARQL endpoint).
Views are plain :mod:`networkx` graphs whose node and edge attributes are strings, numbers
and, for ``years``, sorted lists of integers; :func:`export_network` says how each format
holds the lists (JSON lists, GEXF spells for Gephi's timeline, GraphML typed columns, CSV
joined text). Node keys are the ids of the graph: organisation ids (``dgeq``, ``oif``),
ISO alpha-3 codes for countries, person ids for people.

Years are those of an activity's ``dgk:earliestDate`` (the first day it can have started);
``years=(2014, 2014)`` keeps the activities of 2014 only, both bounds inclusive.

Roles keep "worked with" apart from "met": an organisation's role in an activity is of the
took-part family (organiser, co-organiser, partner, host, funder, participant, counterpart)
or of the contact family (met, consulted, mentioned; :data:`graphbuild.records.CONTACT_ROLES`,
the ontology's ``dgk:contact-roles``). The partnership views count took-part roles only;
contact ties (a body that took part joined to a body it only met) are the ``contact`` view.
Every organisation view takes ``roles=`` (which roles count) and ``without=`` (organisations
left out, e.g. the publisher, ``dgeq``).

>>> NetworkView("org-country").name, NetworkFormat.GRAPHML.suffix
('ORG_COUNTRY', '.graphml')
>>> G = nx.Graph()
>>> G.add_edge("dgeq", "oif", weight=3)
>>> export_network(G, NetworkFormat.CSV).splitlines()
['source,target,weight', 'dgeq,oif,3']
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, Literal

from graphbuild.catalog import CatalogQuery, parse_query_file
from graphbuild.errors import QueryError
from graphbuild.network_sources import QueryRunner, ViewSource, runner_for
from graphbuild.records import CONTACT_ROLES, OrgRole
from graphbuild.resources import resource_dir

#: A networkx graph (networkx has no type stubs; at run time this is ``nx.Graph``).
Network = Any

#: An inclusive span of years, ``(first, last)``.
Years = tuple[int, int]

#: One table row: column -> text or number.
Row = dict[str, Any]

#: The organisation whose cooperation the pages describe; it takes part in every activity.
HOME_ORGANIZATION = "dgeq"

#: The took-part family of roles: what the partnership views count unless told otherwise.
TOOK_PART_ROLES = frozenset(r for r in OrgRole if r.took_part)

#: An organisation that is prov:wasAssociatedWith an activity without a qualified
#: association (not made by graphbuild, possible in other graphs) counts as a participant.
_UNQUALIFIED = frozenset({OrgRole.PARTICIPANT.value})

QUERY_DIR = resource_dir("queries")

#: Louvain is randomised: a fixed seed gives the same communities on every run.
COMMUNITY_SEED = 42

_DIGITS = 6  # centralities are rounded, so that tables and exports are stable


class NetworkView(Enum):
    """The views of :func:`view_network`, by the name the command line uses."""

    PARTNERSHIP = "partnership"
    CONTACT = "contact"
    ORG_COUNTRY = "org-country"
    ORG_PROJECTION = "org-projection"
    COUNTRY_PROJECTION = "country-projection"
    EGO = "ego"
    AFFILIATION = "affiliation"


#: The views :func:`write_main_views` writes (the DGEQ ego network of radius 1 is the
#: partnership network itself: DGEQ takes part in every activity).
MAIN_VIEWS = (
    NetworkView.PARTNERSHIP,
    NetworkView.CONTACT,
    NetworkView.ORG_COUNTRY,
    NetworkView.ORG_PROJECTION,
    NetworkView.COUNTRY_PROJECTION,
    NetworkView.AFFILIATION,
)


class NetworkFormat(Enum):
    """Network file formats: (name, file suffix, media type)."""

    GRAPHML = ("graphml", ".graphml", "application/graphml+xml")
    GEXF = ("gexf", ".gexf", "application/gexf+xml")
    JSON = ("json", ".json", "application/json")
    CSV = ("csv", ".csv", "text/csv")

    @property
    def suffix(self) -> str:
        return self.value[1]

    @property
    def media_type(self) -> str:
        return self.value[2]

    @classmethod
    def from_name(cls, name: str) -> NetworkFormat:
        """The format called ``name`` (``graphml``, ``gexf``, ``json``, ``csv``)."""
        for fmt in cls:
            if fmt.value[0] == name.lower():
                return fmt
        raise QueryError(
            f"unknown network format '{name}'",
            hint="use one of " + ", ".join(f.value[0] for f in cls),
            exit_code=2,
        )


# -- reading the graph --------------------------------------------------------------------


def load_graph(path: str | Path) -> Graph:
    """The built graph from a file of ``dist/`` as an rdflib graph (for rdflib users; the
    views read a file quicker through :func:`graphbuild.network_sources.load_store`)."""
    p = Path(path)
    formats = {".nt": "nt", ".ttl": "turtle", ".rdf": "xml", ".jsonld": "json-ld"}
    fmt = formats.get(p.suffix)
    if fmt is None:
        raise QueryError(
            f"cannot tell the RDF format of '{p.name}'",
            str(p),
            "give the graph.nt (or .ttl, .rdf, .jsonld) file written by `graphbuild build`",
            exit_code=2,
        )
    graph = Graph(bind_namespaces="none")
    graph.parse(p, format=fmt)
    return graph


@cache
def network_query(name: str) -> CatalogQuery:
    """The catalog query ``queries/network-{name}.rq``, header and text.

    >>> network_query("organizations").title
    'Organisations, as nodes of the cooperation networks'
    """
    path = QUERY_DIR / f"network-{name}.rq"
    if not path.is_file():
        raise QueryError(
            "network query not found", str(path), "reinstall graphbuild from a checkout"
        )
    return parse_query_file(path)


def _check_years(years: Years | None) -> None:
    if years is not None and years[0] > years[1]:
        raise QueryError(
            f"the span of years {years[0]}..{years[1]} is empty",
            hint="give the first year before the last",
            exit_code=2,
        )


def _query_rows(runner: QueryRunner, name: str, years: Years | None) -> list[Row]:
    """The rows of one network query: literals as Python values, unbound cells as ""."""
    values = {} if years is None else {"from": str(years[0]), "to": str(years[1])}
    result = runner(network_query(name), values)
    return [
        {
            c: v.toPython() if isinstance(v, Literal) else ("" if v is None else str(v))
            for c, v in zip(result.columns, row, strict=True)
        }
        for row in result.rows
    ]


@dataclass(frozen=True)
class _Facts:
    """What the queries return for one span of years, indexed for the views."""

    organizations: dict[str, Row]  # every organisation of the graph
    activities: dict[str, Row]  # activities of the span
    participants: dict[str, dict[str, frozenset[str]]]  # activity -> org -> role codes
    countries: dict[str, dict[str, str]]  # activity -> alpha3 -> English name


@dataclass
class _Reading:
    """What the views of one :func:`reading_once` block share, by source (kept alive here,
    so that its ``id`` stays its own): its runner, and each query's rows and facts."""

    sources: dict[int, tuple[ViewSource, QueryRunner]] = field(default_factory=dict)
    rows: dict[tuple[int, str, Years | None], list[Row]] = field(default_factory=dict)
    facts: dict[tuple[int, Years | None], _Facts] = field(default_factory=dict)


_READ_ONCE: ContextVar[_Reading | None] = ContextVar("_READ_ONCE", default=None)


@contextmanager
def reading_once() -> Iterator[None]:
    """Within this block the views share what the queries return: each source is loaded
    (an rdflib graph copied into Oxigraph) once, and each query runs once per span of years
    (the graph must not change meanwhile). Blocks nest: the outer one is shared."""
    if _READ_ONCE.get() is not None:
        yield
        return
    token = _READ_ONCE.set(_Reading())
    try:
        yield
    finally:
        _READ_ONCE.reset(token)


class _Source:
    """One source as the views of one call read it: the runner made once, rows cached
    within :func:`reading_once`."""

    def __init__(self, source: ViewSource) -> None:
        self.reading = _READ_ONCE.get()
        self.key = id(source)
        if self.reading is None:
            self.runner = runner_for(source)
        else:
            if self.key not in self.reading.sources:
                self.reading.sources[self.key] = (source, runner_for(source))
            self.runner = self.reading.sources[self.key][1]

    def rows(self, name: str, years: Years | None = None) -> list[Row]:
        if self.reading is None:
            return _query_rows(self.runner, name, years)
        key = (self.key, name, years)
        if key not in self.reading.rows:
            self.reading.rows[key] = _query_rows(self.runner, name, years)
        return self.reading.rows[key]

    def facts(self, years: Years | None) -> _Facts:
        _check_years(years)
        if self.reading is None:
            return self._read_facts(years)
        key = (self.key, years)
        if key not in self.reading.facts:
            self.reading.facts[key] = self._read_facts(years)
        return self.reading.facts[key]

    def _read_facts(self, years: Years | None) -> _Facts:
        organizations = {r["org"]: r for r in self.rows("organizations")}
        activities = {r["activity"]: r for r in self.rows("activities", years)}
        participants: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
        for r in self.rows("participation", years):
            codes = frozenset(filter(None, str(r["roles"]).split(";")))
            participants[r["activity"]][r["org"]] = codes or _UNQUALIFIED
        partial = sorted(set(participants) - set(activities))
        if partial:
            raise QueryError(
                f"{len(partial)} activities (such as '{partial[0]}') have organisations but "
                "no title, date or kind in the graph read: part of the graph is missing",
                getattr(self.runner, "endpoint", None),
                "with --endpoint, name every graph holding the data and the ontology (its "
                "kind and type codes) with --default-graph, or none to read the store's "
                "default graph",
            )
        countries: dict[str, dict[str, str]] = defaultdict(dict)
        for r in self.rows("locations", years):
            countries[r["activity"]][r["country"]] = r["country_name"]
        return _Facts(organizations, activities, dict(participants), dict(countries))


def _facts(graph: ViewSource, years: Years | None) -> _Facts:
    return _Source(graph).facts(years)


def activity_table(graph: ViewSource, *, years: Years | None = None) -> list[Row]:
    """The activities of a span of years with their organisations and countries, by id.

    Each row: ``activity``, ``title``, ``start_date``, ``end_date``, ``year``, ``kind``,
    ``organizations`` (sorted ids of the bodies that took part: a took-part role),
    ``contacts`` (sorted ids of the bodies only met, consulted or mentioned),
    ``countries`` (sorted alpha-3) and ``country_names`` (in the same order). The timeline,
    the country chart and the interactive page use it.
    """
    facts = _facts(graph, years)
    took_part = {r.value for r in TOOK_PART_ROLES}
    table = []
    for activity_id, row in sorted(facts.activities.items()):
        places = facts.countries.get(activity_id, {})
        held = facts.participants.get(activity_id, {})
        table.append(
            {
                **row,
                "organizations": sorted(o for o, codes in held.items() if codes & took_part),
                "contacts": sorted(o for o, codes in held.items() if not codes & took_part),
                "countries": sorted(places),
                "country_names": [places[c] for c in sorted(places)],
            }
        )
    return table


def activity_years(graph: ViewSource) -> list[int]:
    """Every year from the first activity's to the last one's, gaps included."""
    found = [int(r["year"]) for r in _Source(graph).rows("activities")]
    return list(range(min(found), max(found) + 1)) if found else []


def source_pages(graph: ViewSource) -> list[Row]:
    """The pages the activities were read from: ``source`` (the page's id) and ``title``,
    one row per page (its first title in order when it has several), sorted by id."""
    pages: dict[str, Row] = {}
    for row in _Source(graph).rows("sources"):
        pages.setdefault(str(row["source"]), row)
    return [pages[k] for k in sorted(pages)]


# -- which roles count --------------------------------------------------------------------

#: Roles as given to the views: enum members or their codes (``"met"``).
Roles = Iterable[OrgRole | str]

#: activity -> organisation -> the role codes that count, for the organisations that hold one.
_Held = dict[str, dict[str, frozenset[str]]]


def _codes(roles: Roles) -> frozenset[str]:
    codes = set()
    for role in roles:
        try:
            codes.add(OrgRole(role).value)
        except ValueError:
            raise QueryError(
                f"unknown role '{role}'",
                hint="use one of " + ", ".join(r.value for r in OrgRole),
                exit_code=2,
            ) from None
    return frozenset(codes)


def _role_codes(roles: Roles | None, default: Iterable[OrgRole]) -> frozenset[str]:
    """The codes of ``roles``; None (or none given) is the view's ``default``."""
    codes = _codes(roles) if roles is not None else frozenset()
    return codes or frozenset(r.value for r in default)


def _left_out(facts: _Facts, without: Iterable[str]) -> frozenset[str]:
    left_out = frozenset(without)
    unknown = sorted(left_out - set(facts.organizations))
    if unknown:
        raise QueryError(
            f"cannot leave out {', '.join(repr(o) for o in unknown)}: no such organisation "
            "in the graph",
            hint="give organisation ids of data/organizations.toml, e.g. dgeq for the publisher",
            exit_code=2,
        )
    return left_out


def _holding(facts: _Facts, codes: frozenset[str], left_out: frozenset[str]) -> _Held:
    """Per activity, the organisations (other than ``left_out``) holding a role of ``codes``."""
    held: _Held = {}
    for activity_id, orgs in facts.participants.items():
        kept = {o: c & codes for o, c in orgs.items() if o not in left_out and c & codes}
        if kept:
            held[activity_id] = kept
    return held


def _selection_attrs(codes: frozenset[str], left_out: frozenset[str]) -> Row:
    """The graph attributes that say which roles counted and who was left out."""
    return {"roles": ";".join(sorted(codes)), "without": ";".join(sorted(left_out))}


# -- the views ----------------------------------------------------------------------------


def _years_attr(years: Iterable[int]) -> list[int]:
    """The distinct years, in order: a list of integers (each format writes it its way)."""
    return sorted(set(years))


def _new_network(view: NetworkView, years: Years | None, **extra: Any) -> Network:
    G = nx.Graph()
    G.graph["name"] = view.value
    G.graph["view"] = view.value
    if years is not None:
        G.graph["from_year"], G.graph["to_year"] = years
    G.graph.update(extra)
    return G


def _org_attrs(facts: _Facts, org_id: str) -> Row:
    org = facts.organizations.get(org_id, {})
    return {
        "label": org.get("acronym", org_id),
        "name": org.get("name", org_id),
        "type": org.get("type", ""),
        "country": org.get("country", ""),
        "country_name": org.get("country_name", ""),
    }


def _add_org_nodes(G: Network, facts: _Facts, held: _Held, **extra: Any) -> None:
    years: dict[str, list[int]] = defaultdict(list)
    roles: dict[str, set[str]] = defaultdict(set)
    for activity_id, orgs in held.items():
        for org_id, codes in orgs.items():
            years[org_id].append(int(facts.activities[activity_id]["year"]))
            roles[org_id] |= codes
    for org_id, found in sorted(years.items()):
        G.add_node(
            org_id,
            **_org_attrs(facts, org_id),
            activities=len(found),
            first_year=min(found),
            last_year=max(found),
            years=_years_attr(found),
            roles=";".join(sorted(roles[org_id])),
            **extra,
        )


def partnership_network(
    graph: ViewSource,
    *,
    years: Years | None = None,
    roles: Roles | None = None,
    without: Iterable[str] = (),
) -> Network:
    """Organisations joined when they took part in the same activity.

    ``roles`` says which roles count (default: the took-part family, so a body only met is
    no partner); ``without`` leaves organisations out (``without=["dgeq"]``: the publisher,
    which takes part in every activity). Nodes: every organisation holding a counted role in
    an activity of the span, with ``label`` (acronym), ``name``, ``type`` (organisation
    type code), ``country`` and ``country_name`` (the country it serves, empty for
    international bodies), ``activities`` (how many), ``first_year``, ``last_year``,
    ``years`` (the years of those activities: a sorted list of integers) and ``roles`` (the
    counted roles it held). Edges: ``tie`` (``partnership``), ``weight`` (shared
    activities), ``years`` (a sorted list of integers) and ``activities`` (sorted ids,
    joined by ``;``). The graph records the selection in its ``roles`` and ``without``
    attributes. How each file format holds the lists of years: :func:`export_network`.
    """
    facts = _facts(graph, years)
    codes = _role_codes(roles, TOOK_PART_ROLES)
    left_out = _left_out(facts, without)
    held = _holding(facts, codes, left_out)
    G = _new_network(NetworkView.PARTNERSHIP, years, **_selection_attrs(codes, left_out))
    _add_org_nodes(G, facts, held)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for activity_id, orgs in held.items():
        for pair in combinations(sorted(orgs), 2):
            shared[pair].append(activity_id)
    for (a, b), activity_ids in sorted(shared.items()):
        G.add_edge(
            a,
            b,
            tie="partnership",
            weight=len(activity_ids),
            years=_years_attr(int(facts.activities[i]["year"]) for i in activity_ids),
            activities=";".join(sorted(activity_ids)),
        )
    return G


def contact_network(
    graph: ViewSource,
    *,
    years: Years | None = None,
    roles: Roles | None = None,
    without: Iterable[str] = (),
) -> Network:
    """Contact ties: a body that took part joined to each body it only met, consulted or
    mentioned in the same activity (bodies both met on one mission are not joined).

    ``roles`` narrows either end: its took-part roles the end that took part, its contact
    roles the contacted end; a family it does not name keeps all its roles (``["met"]``:
    the bodies met, by whoever took part). A body counts as contacted only where it took
    no part at all. ``without`` leaves organisations out. Nodes: the ends of the ties, with
    the attributes of :func:`partnership_network`, ``side`` (``took-part``, ``contact`` or
    ``both``, over the span) and ``contacted`` (in how many activities it was the contacted
    end). Edges: ``tie`` (``contact``), ``weight`` (activities), ``years``, ``activities``,
    ``roles`` (the contact roles) and ``contacted`` (the id of the contacted end, or both
    ids, joined by ``;``, when each was the other's contact in some activity).
    """
    facts = _facts(graph, years)
    every_took_part = frozenset(r.value for r in TOOK_PART_ROLES)
    codes = _role_codes(roles, OrgRole)
    took_part = codes & every_took_part or every_took_part
    contact = codes - every_took_part or frozenset(r.value for r in CONTACT_ROLES)
    left_out = _left_out(facts, without)
    G = _new_network(NetworkView.CONTACT, years, **_selection_attrs(took_part | contact, left_out))
    ends: _Held = {}
    contacted_in: dict[str, set[str]] = defaultdict(set)
    ties: dict[tuple[str, str], dict[str, set[str]]] = {}
    for activity_id, orgs in facts.participants.items():
        kept = {o: c for o, c in orgs.items() if o not in left_out}
        takers = {o: c & took_part for o, c in kept.items() if c & took_part}
        met = {o: c & contact for o, c in kept.items() if c & contact and not c & every_took_part}
        if not (takers and met):
            continue
        ends[activity_id] = {**takers, **met}
        for b, met_roles in met.items():
            contacted_in[b].add(activity_id)
            for a in takers:
                tie = ties.setdefault(
                    (min(a, b), max(a, b)),
                    {"activities": set(), "roles": set(), "contacted": set()},
                )
                tie["activities"].add(activity_id)
                tie["roles"] |= met_roles
                tie["contacted"].add(b)
    _add_org_nodes(G, facts, ends)
    for node, data in G.nodes(data=True):
        n = len(contacted_in.get(node, ()))
        data["contacted"] = n
        data["side"] = "contact" if n == data["activities"] else "both" if n else "took-part"
    for (a, b), tie in sorted(ties.items()):
        G.add_edge(
            a,
            b,
            tie="contact",
            weight=len(tie["activities"]),
            years=_years_attr(int(facts.activities[i]["year"]) for i in tie["activities"]),
            activities=";".join(sorted(tie["activities"])),
            roles=";".join(sorted(tie["roles"])),
            contacted=";".join(sorted(tie["contacted"])),
        )
    return G


def org_country_network(
    graph: ViewSource,
    *,
    years: Years | None = None,
    roles: Roles | None = None,
    without: Iterable[str] = (),
) -> Network:
    """Who works where: organisations (``bipartite=0``) and countries (``bipartite=1``).

    An organisation is joined to each country of the activities it took part in (``roles``
    and ``without`` as in :func:`partnership_network`); ``weight`` counts those activities,
    ``years`` and ``activities`` list them. Nodes carry ``kind`` (``organization`` or
    ``country``) and the attributes of :func:`partnership_network`; a country's ``label``
    and ``name`` are its English name, its ``country`` its alpha-3 code and its ``type`` is
    ``country``. Countries are those of the activities with a counted organisation.
    """
    facts = _facts(graph, years)
    codes = _role_codes(roles, TOOK_PART_ROLES)
    left_out = _left_out(facts, without)
    held = _holding(facts, codes, left_out)
    G = _new_network(NetworkView.ORG_COUNTRY, years, **_selection_attrs(codes, left_out))
    _add_org_nodes(G, facts, held, bipartite=0, kind="organization")
    country_years: dict[str, list[int]] = defaultdict(list)
    names: dict[str, str] = {}
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for activity_id, places in facts.countries.items():
        if activity_id not in held:
            continue
        year = int(facts.activities[activity_id]["year"])
        for alpha3, name in places.items():
            country_years[alpha3].append(year)
            names[alpha3] = name
            for org_id in held[activity_id]:
                links[(org_id, alpha3)].append(activity_id)
    clash = sorted(set(country_years) & set(G.nodes))
    if clash:
        raise QueryError(f"organisation ids {clash} are also country codes; rename them")
    for alpha3, found in sorted(country_years.items()):
        G.add_node(
            alpha3,
            label=names[alpha3],
            name=names[alpha3],
            type="country",
            country=alpha3,
            country_name=names[alpha3],
            activities=len(found),
            first_year=min(found),
            last_year=max(found),
            years=_years_attr(found),
            bipartite=1,
            kind="country",
        )
    for (org_id, alpha3), activity_ids in sorted(links.items()):
        G.add_edge(
            org_id,
            alpha3,
            weight=len(activity_ids),
            years=_years_attr(int(facts.activities[i]["year"]) for i in activity_ids),
            activities=";".join(sorted(activity_ids)),
        )
    return G


def _project(bipartite: Network, side: int, view: NetworkView, shared_name: str) -> Network:
    G = nx.Graph()
    G.graph.update({**bipartite.graph, "name": view.value, "view": view.value})
    keep = sorted(n for n, d in bipartite.nodes(data=True) if d["bipartite"] == side)
    for node in keep:
        G.add_node(node, **bipartite.nodes[node])
    for a, b in combinations(keep, 2):
        common = sorted(set(bipartite[a]) & set(bipartite[b]))
        if common:
            G.add_edge(a, b, weight=len(common), **{shared_name: ";".join(common)})
    return G


def projections(bipartite: Network) -> tuple[Network, Network]:
    """The two projections of :func:`org_country_network`.

    Organisations joined by the countries both worked in (``weight`` = how many,
    ``countries`` = which), and countries joined by the organisations that worked in both
    (``weight``, ``organizations``).
    """
    return (
        _project(bipartite, 0, NetworkView.ORG_PROJECTION, "countries"),
        _project(bipartite, 1, NetworkView.COUNTRY_PROJECTION, "organizations"),
    )


def ego_network(
    graph: ViewSource,
    org: str = HOME_ORGANIZATION,
    radius: int = 1,
    *,
    years: Years | None = None,
    roles: Roles | None = None,
    without: Iterable[str] = (),
) -> Network:
    """An organisation's neighbourhood in the partnership network, up to ``radius`` steps
    (``roles`` and ``without`` as in :func:`partnership_network`).

    Nodes gain ``distance`` (steps from ``org``). DGEQ takes part in every activity, so
    its ego network of radius 1 is the whole partnership network of the span.
    """
    if org in set(without):
        raise QueryError(
            f"cannot leave out '{org}', the centre of the ego network",
            hint="give another organisation, or leave it out of --without",
            exit_code=2,
        )
    partnership = partnership_network(graph, years=years, roles=roles, without=without)
    if org not in partnership:
        span = f" in {years[0]}-{years[1]}" if years else ""
        raise QueryError(
            f"organisation '{org}' took part in no activity{span}",
            hint="give an organisation id of data/organizations.toml, such as dgeq or oif",
        )
    G = nx.ego_graph(partnership, org, radius=radius)
    G.graph.update({"name": NetworkView.EGO.value, "view": NetworkView.EGO.value, "ego": org})
    G.graph["radius"] = radius
    for node, steps in nx.single_source_shortest_path_length(G, org).items():
        G.nodes[node]["distance"] = steps
    return G


def affiliation_network(
    graph: ViewSource, *, years: Years | None = None, without: Iterable[str] = ()
) -> Network:
    """People (``bipartite=0``) joined to the organisations they held posts in (``1``).

    An edge merges a person's posts in one organisation: ``roles`` (joined by ``;``),
    ``start_date`` (the earliest, empty when unknown), ``end_date`` (the latest, empty when
    a post has no end), ``posts`` and ``weight`` (how many posts). A post is kept when its
    years overlap ``years`` and its organisation is not in ``without``.
    """
    _check_years(years)
    source = _Source(graph)
    organizations = {r["org"]: r for r in source.rows("organizations")}
    facts = _Facts(organizations, {}, {}, {})
    left_out = _left_out(facts, without)
    posts = [p for p in source.rows("posts", years) if p["org"] not in left_out]
    G = _new_network(NetworkView.AFFILIATION, years, without=";".join(sorted(left_out)))
    merged: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for post in posts:
        merged[(post["person"], post["org"])].append(post)
    people = {p["person"]: p["person_name"] for p in posts}
    clash = sorted(set(people) & {p["org"] for p in posts})
    if clash:
        raise QueryError(f"person ids {clash} are also organisation ids; rename them")
    for person_id, name in sorted(people.items()):
        G.add_node(person_id, label=name, name=name, type="person", bipartite=0, kind="person")
    for org_id in sorted({p["org"] for p in posts}):
        G.add_node(org_id, **_org_attrs(facts, org_id), bipartite=1, kind="organization")
    for (person_id, org_id), held in sorted(merged.items()):
        starts = [str(p["start_date"]) for p in held]
        ends = [str(p["end_date"]) for p in held]
        G.add_edge(
            person_id,
            org_id,
            roles=";".join(sorted({str(p["role"]) for p in held})),
            start_date="" if "" in starts else min(starts),
            end_date="" if "" in ends else max(ends),
            posts=len(held),
            weight=len(held),
        )
    return G


def view_network(
    graph: ViewSource,
    view: NetworkView,
    *,
    years: Years | None = None,
    org: str = HOME_ORGANIZATION,
    radius: int = 1,
    roles: Roles | None = None,
    without: Iterable[str] = (),
) -> Network:
    """One view by its name; ``org`` and ``radius`` are for the ego network only.

    ``roles`` and ``without`` are those of :func:`partnership_network` (and of
    :func:`contact_network` for the contact view); the affiliation view joins people by
    their posts, so it takes ``without`` but no ``roles``.
    """
    if view is NetworkView.PARTNERSHIP:
        return partnership_network(graph, years=years, roles=roles, without=without)
    if view is NetworkView.CONTACT:
        return contact_network(graph, years=years, roles=roles, without=without)
    if view in (
        NetworkView.ORG_COUNTRY,
        NetworkView.ORG_PROJECTION,
        NetworkView.COUNTRY_PROJECTION,
    ):
        bipartite = org_country_network(graph, years=years, roles=roles, without=without)
        if view is NetworkView.ORG_COUNTRY:
            return bipartite
        return projections(bipartite)[0 if view is NetworkView.ORG_PROJECTION else 1]
    if view is NetworkView.EGO:
        return ego_network(graph, org, radius, years=years, roles=roles, without=without)
    if roles:
        raise QueryError(
            "the affiliation view joins people to organisations by their posts: roles in "
            "activities do not apply to it",
            hint="drop --role, or choose another view",
            exit_code=2,
        )
    return affiliation_network(graph, years=years, without=without)


def yearly_series(
    graph: ViewSource, view: NetworkView, *, roles: Roles | None = None, without: Iterable[str] = ()
) -> dict[int, Network]:
    """The view of each year, from the first activity's year to the last, gaps included."""
    return {
        year: view_network(graph, view, years=(year, year), roles=roles, without=without)
        for year in activity_years(graph)
    }


# -- metrics ------------------------------------------------------------------------------


def eigenvector_centrality(G: Network) -> dict[str, float]:
    """Weighted eigenvector centrality that also holds for disconnected graphs.

    Each connected component is computed on its own (a component's leading eigenvector
    is not defined by the others) and scaled by its share of the nodes, so hubs of small
    components do not outrank those of the main one; an isolated node scores 0. A
    component on which power iteration does not converge gets its degree centrality.
    """
    scores: dict[str, float] = {}
    n = G.number_of_nodes()
    for component in nx.connected_components(G):
        if len(component) == 1:
            scores.update(dict.fromkeys(component, 0.0))
            continue
        # A copy, not a view: power iteration reads every edge many times, and a view
        # filters each read (two thirds of the time on the partnership network).
        sub = G if len(component) == n else G.subgraph(component).copy()
        try:
            found = nx.eigenvector_centrality(sub, max_iter=2000, tol=1e-9, weight="weight")
        except nx.PowerIterationFailedConvergence:
            found = nx.degree_centrality(sub)
        share = len(component) / n
        scores.update({node: value * share for node, value in found.items()})
    return scores


def communities(G: Network) -> list[set[str]]:
    """Louvain communities (weighted, fixed seed), largest first, ties by smallest id."""
    if G.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(G, weight="weight", seed=COMMUNITY_SEED)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def rank_nodes(G: Network) -> list[Row]:
    """One row per node, most connected first (weighted degree, then degree, then id).

    Columns: ``rank``, ``node``, ``label``, ``type``, ``degree``, ``weighted_degree``,
    ``betweenness`` (normalised, by steps), ``eigenvector`` (see
    :func:`eigenvector_centrality`), ``community`` (0 is the largest) and ``activities``.
    """
    betweenness = nx.betweenness_centrality(G, normalized=True) if len(G) > 2 else {}
    eigenvector = eigenvector_centrality(G)
    community_of = {node: i for i, c in enumerate(communities(G)) for node in c}
    rows = []
    for node, data in G.nodes(data=True):
        rows.append(
            {
                "node": node,
                "label": data.get("label", node),
                "type": data.get("type", ""),
                "degree": G.degree(node),
                "weighted_degree": G.degree(node, weight="weight"),
                "betweenness": round(betweenness.get(node, 0.0), _DIGITS),
                "eigenvector": round(eigenvector.get(node, 0.0), _DIGITS),
                "community": community_of[node],
                "activities": data.get("activities", ""),
            }
        )
    rows.sort(key=lambda r: (-r["weighted_degree"], -r["degree"], r["node"]))
    return [{"rank": i, **row} for i, row in enumerate(rows, 1)]


def network_stats(
    graph: ViewSource,
    view: NetworkView = NetworkView.PARTNERSHIP,
    years: Years | None = None,
    *,
    org: str = HOME_ORGANIZATION,
    roles: Roles | None = None,
    without: Iterable[str] = (),
) -> list[Row]:
    """The ranked table of :func:`rank_nodes` for one view of the graph (the options are
    those of :func:`view_network`)."""
    return rank_nodes(view_network(graph, view, years=years, org=org, roles=roles, without=without))


def growth(graph: ViewSource) -> list[Row]:
    """Per year: activities, partners and countries, and which of them were new.

    A partner is any organisation other than DGEQ that took part in an activity (a
    took-part role; bodies only met are no partners); "new" means first seen that year.
    Columns: ``year``, ``activities``, ``partners``, ``new_partners``,
    ``new_partner_ids`` (joined by ``;``), ``countries``, ``new_countries``,
    ``new_country_codes``, ``total_partners`` and ``total_countries`` (so far).
    """
    table = activity_table(graph)
    by_year: dict[int, list[Row]] = defaultdict(list)
    for row in table:
        by_year[int(row["year"])].append(row)
    seen_partners: set[str] = set()
    seen_countries: set[str] = set()
    rows = []
    for year in activity_years(graph):
        partners = {o for r in by_year[year] for o in r["organizations"]} - {HOME_ORGANIZATION}
        countries = {c for r in by_year[year] for c in r["countries"]}
        new_partners = partners - seen_partners
        new_countries = countries - seen_countries
        seen_partners |= partners
        seen_countries |= countries
        rows.append(
            {
                "year": year,
                "activities": len(by_year[year]),
                "partners": len(partners),
                "new_partners": len(new_partners),
                "new_partner_ids": ";".join(sorted(new_partners)),
                "countries": len(countries),
                "new_countries": len(new_countries),
                "new_country_codes": ";".join(sorted(new_countries)),
                "total_partners": len(seen_partners),
                "total_countries": len(seen_countries),
            }
        )
    return rows


# -- exports ------------------------------------------------------------------------------


def rows_csv(rows: Iterable[Mapping[str, Any]]) -> str:
    """Table rows as CSV (the columns of the first row, in order).

    >>> rows_csv([{"year": 2014, "partners": 3}])
    'year,partners\\n2014,3\\n'
    """
    rows = list(rows)
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def _columns(items: Iterable[Mapping[str, Any]], first: tuple[str, ...]) -> list[str]:
    keys: set[str] = set()
    for item in items:
        keys.update(item)
    return [*first, *sorted(keys - set(first))]


def _edges_csv(G: Network) -> str:
    data = [d for _, _, d in G.edges(data=True)]
    columns = _columns(data, ("source", "target"))
    if any("weight" in d for d in data):
        columns = ["source", "target", "weight", *[c for c in columns[2:] if c != "weight"]]
    rows = (
        {"source": a, "target": b, **{k: _joined(v) for k, v in d.items()}}
        for a, b, d in G.edges(data=True)
    )
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def nodes_csv(G: Network) -> str:
    """The node list of a network as CSV: ``node``, then the attributes by name."""
    columns = _columns([d for _, d in G.nodes(data=True)], ("node",))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(
        {"node": n, **{k: _joined(v) for k, v in d.items()}} for n, d in G.nodes(data=True)
    )
    return out.getvalue()


def _listed(value: Any) -> bool:
    return isinstance(value, list | tuple)


def _joined(value: Any) -> Any:
    """A list as CSV holds it: its items joined by ``;``."""
    return ";".join(str(v) for v in value) if _listed(value) else value


def _copy_with(G: Network, change: Any) -> Network:
    """A copy of ``G`` whose node and edge attributes are ``change(attributes)``."""
    H = G.__class__()
    H.graph.update(G.graph)
    for node, data in G.nodes(data=True):
        H.add_node(node, **change(dict(data)))
    for a, b, data in G.edges(data=True):
        H.add_edge(a, b, **change(dict(data)))
    return H


def _network_years(G: Network) -> list[int]:
    found: set[int] = set()
    for _, data in G.nodes(data=True):
        found.update(data.get("years", ()))
    for _, _, data in G.edges(data=True):
        found.update(data.get("years", ()))
    return sorted(found)


def _graphml_ready(G: Network) -> Network:
    """GraphML has no list type: a ``years`` list becomes ``first_year`` and ``last_year``
    (int) and one boolean ``in_YYYY`` per year of the network (true in the years listed)."""
    every = _network_years(G)

    def change(data: Row) -> Row:
        years = data.pop("years", None)
        if years is None:
            return {k: _joined(v) for k, v in data.items()}
        data.setdefault("first_year", min(years, default=0))
        data.setdefault("last_year", max(years, default=0))
        data.update({f"in_{y}": y in years for y in every})
        return {k: _joined(v) for k, v in data.items()}

    return _copy_with(G, change)


def _spells(years: Iterable[int]) -> list[tuple[int, int]]:
    """One spell per year, ``(year, year)``: GEXF bounds are inclusive."""
    return [(y, y) for y in sorted(set(years))]


def _gexf_ready(G: Network) -> Network:
    """A dynamic network: each ``years`` list becomes the element's spells (one per year),
    so that Gephi's timeline shows each organisation and tie in the years it was active."""

    def change(data: Row) -> Row:
        years = data.pop("years", None)
        if years is not None:
            data["spells"] = _spells(years)
            data.setdefault("first_year", min(years, default=0))
            data.setdefault("last_year", max(years, default=0))
        return {k: v if k == "spells" else _joined(v) for k, v in data.items()}

    H = _copy_with(G, change)
    if _network_years(G):
        H.graph["mode"] = "dynamic"
    return H


def _gexf(G: Network) -> str:
    from graphbuild.network_files import gexf_text
    from graphbuild.pipeline import build_date

    ready = _gexf_ready(G)
    written = gexf_text(ready, date=build_date(), creator=f"NetworkX {nx.__version__}")
    return written if written is not None else _networkx_gexf(ready)


def _networkx_gexf(ready: Network) -> str:
    """:func:`_gexf` by networkx's own writer (what :func:`gexf_text` does not write)."""
    from graphbuild.pipeline import build_date

    buffer = io.BytesIO()
    nx.write_gexf(ready, buffer)
    text = buffer.getvalue().decode("utf-8")
    # networkx stamps today's date; the build's date keeps SOURCE_DATE_EPOCH builds stable.
    text = re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{build_date()}"', text)
    # networkx names integer time "long" (GEXF 1.1); GEXF 1.2 and Gephi call it "integer".
    return text.replace('timeformat="long"', 'timeformat="integer"', 1)


def export_network(G: Network, fmt: NetworkFormat) -> str:
    """A network as GraphML, GEXF, node-link JSON, or CSV (the edge list; the node list
    is :func:`nodes_csv`, and :func:`write_network` writes both).

    Years are integers in every format but CSV. JSON keeps each ``years`` list as a list of
    integers; GEXF is dynamic, with one spell per year on every node and edge that has
    years (Gephi's timeline), and ``first_year``/``last_year``; GraphML, which has no lists,
    has ``first_year``/``last_year`` (int) and a boolean ``in_YYYY`` per year of the
    network. CSV joins a list by ``;``, as it does the activity ids.
    """
    if fmt is NetworkFormat.GRAPHML:
        from graphbuild.network_files import graphml_text

        ready = _graphml_ready(G)
        written = graphml_text(ready)
        return written if written is not None else "\n".join(nx.generate_graphml(ready)) + "\n"
    if fmt is NetworkFormat.GEXF:
        return _gexf(G)
    if fmt is NetworkFormat.JSON:
        data = nx.node_link_data(G, edges="edges")
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    return _edges_csv(G)


def nodes_path(path: Path) -> Path:
    """Where :func:`write_network` puts the node list of a CSV export.

    >>> nodes_path(Path("out/partnership.csv")).as_posix()
    'out/partnership.nodes.csv'
    """
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path.with_name(f"{stem}.nodes.csv")


def write_network(G: Network, fmt: NetworkFormat, path: str | Path) -> list[Path]:
    """Write a network to ``path``; CSV also writes the node list to :func:`nodes_path`."""
    from graphbuild.store import write_atomic

    target = Path(path)
    write_atomic(target, export_network(G, fmt))
    if fmt is not NetworkFormat.CSV:
        return [target]
    write_atomic(nodes_path(target), nodes_csv(G))
    return [target, nodes_path(target)]


def write_main_views(graph: ViewSource, out_dir: str | Path) -> list[Path]:
    """Write ``out_dir/networks/``: each of :data:`MAIN_VIEWS` in every format, the ranked
    table of the partnership network (``partnership-stats.csv``) and ``growth.csv``."""

    with reading_once():
        return _write_main_views(graph, Path(out_dir) / "networks")


def _write_main_views(graph: ViewSource, target: Path) -> list[Path]:
    from graphbuild.store import write_atomic

    written: list[Path] = []
    bipartite = org_country_network(graph)
    org_projection, country_projection = projections(bipartite)
    views = {
        NetworkView.PARTNERSHIP: partnership_network(graph),
        NetworkView.CONTACT: contact_network(graph),
        NetworkView.ORG_COUNTRY: bipartite,
        NetworkView.ORG_PROJECTION: org_projection,
        NetworkView.COUNTRY_PROJECTION: country_projection,
        NetworkView.AFFILIATION: affiliation_network(graph),
    }
    for view in MAIN_VIEWS:
        for fmt in NetworkFormat:
            written += write_network(views[view], fmt, target / f"{view.value}{fmt.suffix}")
    stats = target / "partnership-stats.csv"
    write_atomic(stats, rows_csv(rank_nodes(views[NetworkView.PARTNERSHIP])))
    write_atomic(target / "growth.csv", rows_csv(growth(graph)))
    return [*written, stats, target / "growth.csv"]
