"""Every catalog query against answers derived from the pages, not from the query's output.

The expected answers live in tests/expected/<query>.json, each with a ``derivation`` note:
most were counted from the gold annotation tests/gold/activities.json (written by reading
the two pages), a few were read from the pages directly and are inline below. Where the
gold and the built graph judge a fact differently (``known_differences`` in the file, with
the reason), the test compares only what both agree on.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from graphbuild.catalog import run_local, short_name
from graphbuild.networks import partnership_network

EXPECTED = Path(__file__).resolve().parent / "expected"
SOURCES = Path(__file__).resolve().parent.parent.parent / "shared" / "sources"

Row = dict[str, Any]


def expected(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((EXPECTED / f"{name}.json").read_text("utf-8"))
    assert document["query"] == name and document["derivation"]
    return document


def _value(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return short_name(term)
    assert isinstance(term, Literal)
    if term.datatype == XSD.integer:
        return int(term)
    return str(term)


def rows(graph: Path, name: str, **values: str) -> list[Row]:
    result = run_local(name, values, graph_path=graph)
    return [dict(zip(result.columns, map(_value, r), strict=True)) for r in result.rows]


# -- counts -------------------------------------------------------------------------------


def test_activities_per_country(graph_nt: Path) -> None:
    got = {r["alpha3"]: r["activities"] for r in rows(graph_nt, "activities-per-country")}
    assert got == expected("activities-per-country")["expected"]
    assert next(iter(got)) == "MDG"  # most activities first: Madagascar, 8


def test_activities_per_year(graph_nt: Path) -> None:
    got = {str(r["year"]): r["activities"] for r in rows(graph_nt, "activities-per-year")}
    assert got == expected("activities-per-year")["expected"]


def test_activities_per_kind(graph_nt: Path) -> None:
    got = {r["code"]: r["activities"] for r in rows(graph_nt, "activities-per-kind")}
    assert got == expected("activities-per-kind")["expected"]


def test_activities_per_partner(graph_nt: Path) -> None:
    doc = expected("activities-per-partner")
    got = {r["id"]: r["activities"] for r in rows(graph_nt, "activities-per-partner")}
    differing = set(doc["known_differences"])
    want = doc["expected"]
    agreed = {o: n for o, n in want.items() if o not in differing}
    assert {o: got.get(o) for o in agreed} == agreed
    assert got["dgeq"] == 82  # the DGEQ takes part in every activity
    # Only met or mentioned (tests/gold/contacts.json), in the gold and in the graph alike:
    # the 2014 Haiti evaluation's meetings, the OAS and EU missions met in Haiti in 2015.
    assert {"eu", "minustah", "unesco", "tsje-pry"}.isdisjoint(got)
    assert (got["oas"], got["ifes"], got["isie"]) == (3, 5, 1)


def test_dgeq_partners_ranked(graph_nt: Path) -> None:
    doc = expected("dgeq-partners-ranked")
    got = rows(graph_nt, "dgeq-partners-ranked")
    assert got[0]["id"] == doc["top"] == "oif"
    assert "dgeq" not in {r["id"] for r in got}
    by_id = {r["id"]: r for r in got}
    columns = ("shared_activities", "first_year", "last_year")
    for org, facts in doc["expected"].items():
        if org not in doc["known_differences"]:
            assert {c: by_id[org][c] for c in columns} == facts, org
    counts = [r["shared_activities"] for r in got]
    assert counts == sorted(counts, reverse=True)


def test_organisation_cooccurrence(graph_nt: Path) -> None:
    doc = expected("organisation-cooccurrence")
    differing = set(doc["known_differences"])
    got = {
        f"{r['id_a']}|{r['id_b']}": r["weight"] for r in rows(graph_nt, "organisation-cooccurrence")
    }

    def comparable(pair: str) -> bool:
        return not set(pair.split("|")) & differing

    want = {p: w for p, w in doc["expected"].items() if comparable(p)}
    assert {p: w for p, w in got.items() if comparable(p)} == want
    # UNDP took part in Tunisia 2015, Bamako 2014, Burundi 2010 and Madagascar 2017; it was
    # only met in Haiti in 2014 (archives line 67), which makes no pair.
    assert got["copa|dgeq"] == 11 and got["dgeq|undp"] == 4
    assert "dgeq|eu" not in got and "eu|oas" not in got  # both only met, Haiti 2014 and 2015


# -- elections and countries --------------------------------------------------------------


def test_elections_observed_per_country(graph_nt: Path) -> None:
    doc = expected("elections-observed-per-country")
    got = {
        (r["alpha3"], r["date"], r["type"] or "")
        for r in rows(graph_nt, "elections-observed-per-country")
    }
    want = {tuple(e) for e in doc["expected"] if f"{e[0]}:{e[1]}" not in doc["known_differences"]}
    assert got == want
    haiti = {(d, t) for a, d, t in got if a == "HTI"}
    assert haiti == {
        ("2015-08-09", "legislative"),
        ("2015-08-09", "senatorial"),
        ("2015-10-25", "presidential"),
        ("2015-10-25", "legislative"),
        ("2015-10-25", "local"),
    }


def test_countries_most_observed(graph_nt: Path) -> None:
    doc = expected("countries-most-observed")
    got = rows(graph_nt, "countries-most-observed")
    by_code = {r.pop("alpha3"): {k: r[k] for k in doc["expected"]["MEX"]} for r in got}
    want = dict(doc["expected"])
    assert by_code.pop("USA")["elections_observed"] == want.pop("USA")["elections_observed"] - 1
    assert by_code == want
    assert [r["country"] for r in got[:3]] == ["MEX", "MLI", "TUN"]  # 6, then 4 and 4


def test_first_last_contact_per_country(graph_nt: Path) -> None:
    got = {
        r["alpha3"]: {k: r[k] for k in ("first_date", "last_date", "activities")}
        for r in rows(graph_nt, "first-last-contact-per-country")
    }
    assert got == expected("first-last-contact-per-country")["expected"]
    assert got["MEX"]["first_date"] == "2007-01-01" and got["MEX"]["last_date"] == "2015-06-08"


def test_gaps_per_country(graph_nt: Path) -> None:
    got: dict[str, list[int]] = {}
    for r in rows(graph_nt, "gaps-per-country"):
        got.setdefault(r["alpha3"], []).append(r["year"])
    assert got == expected("gaps-per-country")["expected"]
    assert got["MDG"] == [2010, 2014, 2015, 2016]


def test_country_timeline(graph_nt: Path) -> None:
    doc = expected("country-timeline")
    for country, timeline in doc["expected"].items():
        got = [
            [r["start_date"], r["kind"], r["elections"]]
            for r in rows(graph_nt, "country-timeline", country=country)
        ]
        if country in doc["known_differences"]:  # compare dates and kinds only
            got = [g[:2] for g in got]
            timeline = [t[:2] for t in timeline]
        assert got == timeline, country


def test_country_timeline_of_an_unknown_country_is_empty(graph_nt: Path) -> None:
    assert rows(graph_nt, "country-timeline", country="ZZZ") == []


# -- activities by person, years, organisation and country --------------------------------


def test_activities_of_person(graph_nt: Path) -> None:
    for person, dates in expected("activities-of-person")["expected"].items():
        got = [r["start_date"] for r in rows(graph_nt, "activities-of-person", person=person)]
        assert sorted(got) == dates, person


def test_activities_in_year_range(graph_nt: Path) -> None:
    want = expected("activities-in-year-range")["expected"]
    default = [r["start_date"] for r in rows(graph_nt, "activities-in-year-range")]
    assert sorted(default) == want["2005-2016"]
    for span in ("2012-2013", "2017-2017"):
        first, last = span.split("-")
        got = [
            r["start_date"]
            for r in rows(graph_nt, "activities-in-year-range", to=last, **{"from": first})
        ]
        assert sorted(got) == want[span], span


def test_activities_with_organisation_in_country(graph_nt: Path) -> None:
    want = expected("activities-with-organisation-in-country")["expected"]
    default = [r["start_date"] for r in rows(graph_nt, "activities-with-organisation-in-country")]
    assert sorted(default) == want["oif|MLI"]  # defaults: the OIF in Mali
    assert len(default) == 4
    for pair, dates in want.items():
        org, country = pair.split("|")
        got = rows(
            graph_nt, "activities-with-organisation-in-country", organization=org, country=country
        )
        assert sorted(r["start_date"] for r in got) == dates, pair


def test_title_search(graph_nt: Path) -> None:
    # Read from the pages' headings: three headings name Haiti (archives lines 21, 27, 63),
    # three name Tunisia (lines 15, 53 and 229; line 53 covers three missions).
    haiti = rows(graph_nt, "title-search", text="HAITI")
    assert sorted(r["start_date"] for r in haiti) == ["2014-08-31", "2015-08-05", "2015-10-22"]
    tunisia = rows(graph_nt, "title-search", text="tunisia")
    assert sorted(r["start_date"] for r in tunisia) == [
        "2011-10-20",
        "2014-10-22",
        "2014-11-19",
        "2014-12-17",
        "2015-10-28",
    ]
    # A substring, not a regular expression: "u.s." is the IFES heading of line 169 only;
    # as a regex it would also match "Brussels" (line 45).
    dotted = rows(graph_nt, "title-search", text="u.s.")
    assert [r["start_date"] for r in dotted] == ["2012-11-04"]


# -- dates, corrections, provenance -------------------------------------------------------


def test_inferred_or_partial_dates(graph_nt: Path) -> None:
    got = rows(graph_nt, "inferred-or-partial-dates")
    assert sorted(r["start_date"] for r in got) == expected("inferred-or-partial-dates")["expected"]
    inferred = [r for r in got if r["year_inferred"] == "true"]
    assert [(r["start_date"], r["precision"]) for r in inferred] == [("2017-11-07", "day")]


def test_corrected_facts(graph_nt: Path) -> None:
    # From data/corrections.toml, checked against the pages: the Madagascar mission of the
    # international-activities page (line 21) gives no year and ties it to the 2018
    # elections; the Mexican vote of July 1, 2012 elected a president, deputies and senators.
    got = {r["correction_id"]: r for r in rows(graph_nt, "corrected-facts")}
    assert sorted(got) == ["c001", "c002", "c003"]
    assert (got["c001"]["field"], got["c001"]["old_value"], got["c001"]["new_value"]) == (
        "start_date",
        "2016-11-07",
        "2017-11-07",
    )
    assert (got["c002"]["field"], got["c002"]["new_value"]) == ("end_date", "2017-11-18")
    assert got["c001"]["activity_id"] == got["c002"]["activity_id"]
    assert got["c003"]["field"] == "elections"
    assert all(t in got["c003"]["new_value"] for t in ("presidential", "legislative", "senatorial"))
    assert all(r["reason"] and r["operation"] == "set" for r in got.values())


def test_activity_sources(graph_nt: Path) -> None:
    got = rows(graph_nt, "activity-sources")
    by_source: dict[str, set[int]] = {}
    for r in got:
        page = SOURCES / f"{r['source_id']}.txt"
        assert r["sha256"] == hashlib.sha256(page.read_bytes()).hexdigest()
        assert 0 <= r["start"] < r["end"]
        by_source.setdefault(r["source_id"], set()).add(r["line"])
    gold = json.loads((Path(__file__).parent / "gold" / "activities.json").read_text("utf-8"))
    for record in gold:  # the paragraph holding each trip's dates is among the spans read
        assert record["line"] in by_source[record["source"]], record
    assert len({r["id"] for r in got}) == 82


def test_unresolved_mentions(graph_nt: Path) -> None:
    # Archives line 141: the Burundi training (March 2013) names a "Justice Ministry" that
    # the gazetteer leaves out on purpose (tests/gold/README.md judgement 7).
    got = rows(graph_nt, "unresolved-mentions")
    assert [(r["mention"], r["id"]) for r in got] == [("Justice Ministry", "2013-03-burundi")]


# -- people and networks ------------------------------------------------------------------


def test_people_posts(graph_nt: Path) -> None:
    want = expected("people-posts")["expected"]
    got = rows(graph_nt, "people-posts")
    assert sorted({r["person_id"] for r in got}) == want["people"]
    for person, org, role, year in want["posts"]:
        assert any(
            r["person_id"] == person
            and r["organization_id"] == org
            and r["role"] == role
            and int(r["start_date"][:4]) <= year <= int((r["end_date"] or "9999")[:4])
            for r in got
        ), (person, org, role, year)
    for person, title in want["job_titles"]:
        assert any(r["person_id"] == person and r["role"] == title for r in got)


def test_recef_members_worked_with_dgeq(graph_nt: Path) -> None:
    doc = expected("recef-members-worked-with-dgeq")
    got = {
        r["id"]: r["shared_activities"] for r in rows(graph_nt, "recef-members-worked-with-dgeq")
    }
    differing = set(doc["known_differences"])
    assert {o: n for o, n in got.items() if o not in differing} == doc["expected"]
    assert "dgeq" not in got
    assert {"cei-civ", "ceni-bfa"}.isdisjoint(got)  # only met, Sep 2013 (archives line 121)


def test_every_expected_file_belongs_to_a_query() -> None:
    from graphbuild.catalog import load_catalog

    names = set(load_catalog())
    assert {p.stem for p in EXPECTED.glob("*.json")} <= names
    assert Counter(json.loads(p.read_text("utf-8"))["query"] for p in EXPECTED.glob("*.json"))


# -- contact roles, on records coded by hand (tests/conftest.py) ----------------------------


def test_partner_queries_count_only_the_bodies_that_took_part(
    contact_nt: Path, contact_dataset: Dataset
) -> None:
    # Haiti 2014: the OIF organised, the OAS, EU, UNDP and UNESCO were only met; Haiti 2015:
    # the OAS organised (the CEP met); Tunisia 2015: ISIE and UNDP co-organised; Togo 2010:
    # the OIF organised, CENI mentioned, ECOWAS consulted. The DGEQ took part in all four.
    per = {r["id"]: r["activities"] for r in rows(contact_nt, "activities-per-partner")}
    assert per == {"dgeq": 4, "oif": 2, "oas": 1, "isie": 1, "undp": 1}
    ranked = rows(contact_nt, "dgeq-partners-ranked")
    assert {r["id"]: (r["shared_activities"], r["first_year"]) for r in ranked} == {
        "oif": (2, 2010),
        "oas": (1, 2015),
        "isie": (1, 2015),
        "undp": (1, 2015),
    }
    pairs = {
        (r["id_a"], r["id_b"]): r["weight"] for r in rows(contact_nt, "organisation-cooccurrence")
    }
    assert pairs == {
        ("dgeq", "oif"): 2,
        ("dgeq", "oas"): 1,
        ("dgeq", "isie"): 1,
        ("dgeq", "undp"): 1,
        ("isie", "undp"): 1,
    }
    # The query and the partnership network agree (the ontology's collection and
    # OrgRole.took_part name the same roles).
    network = partnership_network(contact_dataset)
    assert {tuple(sorted(e)): d["weight"] for *e, d in network.edges(data=True)} == pairs
    in_haiti = {
        org: [
            r["id"]
            for r in rows(
                contact_nt,
                "activities-with-organisation-in-country",
                organization=org,
                country="HTI",
            )
        ]
        for org in ("oas", "eu", "undp", "oif")
    }
    assert in_haiti == {"oas": ["2015-08-haiti"], "eu": [], "undp": [], "oif": ["2014-08-haiti"]}
    table = {r["id"]: r["organizations"] for r in rows(contact_nt, "missions")}
    assert set(table["2014-08-haiti"].split(";")) == {"DGEQ", "OIF"}
    assert set(table["2010-02-togo"].split(";")) == {"DGEQ", "OIF"}
    met = {(r["id"], r["org_id"], r["role"]) for r in rows(contact_nt, "organisations-met")}
    assert met == {
        ("2014-08-haiti", "oas", "met"),
        ("2014-08-haiti", "eu", "met"),
        ("2014-08-haiti", "undp", "met"),
        ("2014-08-haiti", "unesco", "met"),
        ("2015-08-haiti", "cep-hti", "met"),
        ("2010-02-togo", "ceni-tgo", "mentioned"),
        ("2010-02-togo", "ecowas", "consulted"),
    }


def test_organisations_met(graph_nt: Path) -> None:
    doc = expected("organisations-met")
    got = {
        f"{r['start_date']}|{r['org_id']}": r["role"] for r in rows(graph_nt, "organisations-met")
    }
    differing = set(doc["known_differences"])
    assert {k: v for k, v in got.items() if k not in differing} == {
        k: v for k, v in doc["expected"].items() if k not in differing
    }
    # The OAS was met in Haiti in 2014 and 2015 but organised the August 2015 observation.
    assert {k for k in got if k.endswith("|oas")} == {"2014-08-31|oas", "2015-10-22|oas"}
