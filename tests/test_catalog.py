"""graphbuild.catalog: headers, parameters, binding, running and result formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from graphbuild.catalog import (
    HEADER_KEYS,
    QUERIES_DIR,
    CatalogQuery,
    Page,
    QueryResult,
    ResultFormat,
    bind,
    format_result,
    load_catalog,
    load_query,
    parse_query_file,
    query_variables,
    restrict_to_activities,
    result_from_json,
    run_local,
    sort_lists,
)
from graphbuild.errors import QueryError

CATALOG = load_catalog()
DGK = "https://w3id.org/dgeq-kg/ontology#"
INJECTION = 'Mali" } DROP ALL ; #'


def test_catalog_has_the_research_questions() -> None:
    ours = {n for n in CATALOG if n != "missions" and not n.startswith("network-")}
    assert len(ours) >= 20
    assert {
        "activities-per-country",
        "activities-per-year",
        "activities-per-kind",
        "activities-per-partner",
        "dgeq-partners-ranked",
        "organisation-cooccurrence",
        "elections-observed-per-country",
        "countries-most-observed",
        "people-posts",
        "activities-of-person",
        "activities-in-year-range",
        "activities-with-organisation-in-country",
        "first-last-contact-per-country",
        "gaps-per-country",
        "inferred-or-partial-dates",
        "corrected-facts",
        "recef-members-worked-with-dgeq",
        "title-search",
        "country-timeline",
    } <= ours


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_every_query_has_a_complete_header_and_runs(name: str, graph_nt: Path) -> None:
    query = CATALOG[name]
    assert query.title and query.description and query.columns
    variables = query_variables(query)
    for param in query.params:
        assert param.name in variables, f"{name}: parameter ?{param.name} is not used"
    values = {p.name: _example(p.type) for p in query.params if p.required}
    result = run_local(query, values, graph_path=graph_nt)
    assert result.columns == query.columns, f"{name}: '#+ columns:' differs from the SELECT"


def _example(kind: str) -> str:
    return {
        "country": "HTI",
        "person": "jacques-drouin",
        "organization": "oif",
        "string": "mission",
        "year": "2012",
        "integer": "1",
        "date": "2012-01-01",
    }[kind]


def test_header_keys_are_the_documented_ones(tmp_path: Path) -> None:
    path = tmp_path / "no-columns.rq"
    path.write_text(
        "#+ title: t\n#+ description: d\n#+ params: none\nSELECT * WHERE { ?s ?p ?o }\n"
    )
    with pytest.raises(QueryError, match="columns") as info:
        parse_query_file(path)
    assert str(path) in str(info.value)
    assert HEADER_KEYS == ("title", "description", "params", "columns")


def test_params_are_parsed_with_type_default_and_meaning() -> None:
    query = load_query("activities-with-organisation-in-country")
    organization, country = query.params
    assert (organization.name, organization.type, organization.default) == (
        "organization",
        "organization",
        "oif",
    )
    assert "gazetteer id" in organization.description  # continuation lines are joined
    assert (country.name, country.type, country.default) == ("country", "country", "MLI")
    person = load_query("activities-of-person").params[0]
    assert person.required and person.default is None


def test_inline_optional_params_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "span.rq"
    path.write_text(
        "#+ title: t\n#+ description: d\n"
        "#+ params: from (xsd:integer, optional), to (year, default 2016)\n"
        "#+ columns: n\n"
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER (!BOUND(?from) || ?to > ?from) }\n"
    )
    query = parse_query_file(path)
    assert [(p.name, p.type, p.optional, p.default) for p in query.params] == [
        ("from", "integer", True, None),
        ("to", "year", False, "2016"),
    ]
    _, bindings = bind(query, {})
    assert "from" not in bindings and bindings["to"] == Literal(2016)


def test_load_query_by_name_and_by_path() -> None:
    by_name = load_query("title-search")
    by_path = load_query(QUERIES_DIR / "title-search.rq")
    assert by_name == by_path
    assert isinstance(by_name, CatalogQuery) and by_name.name == "title-search"


def test_unknown_query_lists_the_names() -> None:
    with pytest.raises(QueryError, match="unknown query 'no-such-query'") as info:
        load_query("no-such-query")
    assert "country-timeline" in str(info.value) and "title-search" in str(info.value)


def test_missing_parameter_names_param_and_query() -> None:
    with pytest.raises(QueryError) as info:
        bind(load_query("country-timeline"), {})
    message = str(info.value)
    assert "'country'" in message and "'country-timeline'" in message


def test_unknown_parameter_names_param_and_query() -> None:
    with pytest.raises(QueryError) as info:
        bind(load_query("country-timeline"), {"country": "HTI", "year": "2012"})
    message = str(info.value)
    assert "'year'" in message and "'country-timeline'" in message and "country" in message


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("country-timeline", {"country": "Haiti"}, "alpha-3"),
        ("country-timeline", {"country": "HT>"}, "alpha-3"),
        ("activities-in-year-range", {"from": "twenty"}, "four digits"),
        ("activities-of-person", {"person": "Jacques Drouin"}, "gazetteer id"),
        ("activities-with-organisation-in-country", {"organization": "oif> ?x"}, "gazetteer"),
    ],
)
def test_bad_parameter_values_are_refused(name: str, values: dict[str, str], expected: str) -> None:
    with pytest.raises(QueryError, match=expected) as info:
        bind(load_query(name), values)
    assert f"'{name}'" in str(info.value)


def test_values_are_typed_by_the_declared_type() -> None:
    _, bindings = bind(load_query("activities-in-year-range"), {"from": "2012", "to": "2013"})
    assert bindings == {"from": Literal(2012), "to": Literal(2013)}
    assert bindings["from"].datatype == XSD.integer
    _, bindings = bind(load_query("country-timeline"), {"country": "mex"})
    assert bindings == {"country": URIRef("https://w3id.org/dgeq-kg/id/country/MEX")}
    _, bindings = bind(
        load_query("country-timeline"), {"country": "MEX"}, base_iri="https://example.org/kg/"
    )
    assert bindings["country"] == URIRef("https://example.org/kg/country/MEX")


def test_an_injection_attempt_is_only_an_escaped_literal(graph_nt: Path) -> None:
    query = load_query("title-search")
    text, bindings = bind(query, {"text": INJECTION})
    assert bindings == {"text": Literal(INJECTION)}
    escaped = '"Mali\\" } DROP ALL ; #"'
    assert f"VALUES ?text {{ {escaped} }}" in text
    assert text.count("DROP ALL") == 1  # nowhere but inside the literal
    # the file's text is untouched around the one VALUES block
    assert text.replace(f" VALUES ?text {{ {escaped} }} ", "") == query.text
    result = run_local(query, {"text": INJECTION}, graph_path=graph_nt)
    assert result.rows == ()
    # and the graph is whole: a plain search still finds the Haitian missions
    assert run_local(query, {"text": "haiti"}, graph_path=graph_nt).rows


def test_a_syntax_error_names_the_file_and_the_parser_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.rq"
    path.write_text(
        "#+ title: t\n#+ description: d\n#+ params: none\n#+ columns: s\n"
        "SELECT ?s WHERE { ?s ?p }\n"
    )
    with pytest.raises(QueryError, match="syntax error") as info:
        run_local(path, {}, graph_path=Graph())
    assert f"{path}:5" in str(info.value)


def test_run_local_accepts_a_graph_and_caches_files(graph_nt: Path) -> None:
    """A Graph is queried by rdflib, a file by Oxigraph: the same answer."""
    graph = Graph()
    graph.parse(graph_nt, format="nt")
    from_graph = run_local("activities-per-kind", graph_path=graph)
    from_file = run_local("activities-per-kind", graph_path=graph_nt)
    assert from_graph == from_file
    from graphbuild import catalog

    assert (graph_nt.resolve(), graph_nt.stat().st_mtime_ns) in catalog._STORES


def test_a_broken_graph_file_is_a_query_error(tmp_path: Path) -> None:
    broken = tmp_path / "graph.nt"
    broken.write_text("<https://example.org/a> <https://example.org/b> .\n", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot read the graph") as info:
        run_local("activities-per-kind", graph_path=broken)
    assert str(broken) in str(info.value)


def test_a_missing_graph_file_is_a_query_error(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no graph to query"):
        run_local("activities-per-kind", graph_path=tmp_path / "graph.nt")


# -- formats ------------------------------------------------------------------------------

RESULT = QueryResult(
    ("country", "name", "n", "note"),
    (
        (
            URIRef("https://w3id.org/dgeq-kg/id/country/HTI"),
            Literal("Haïti", lang="fr"),
            Literal(3),
            None,
        ),
        (
            URIRef("https://w3id.org/dgeq-kg/ontology#kind-observation"),
            Literal('say "hi", | ok'),
            Literal(1),
            Literal("a\tb"),
        ),
    ),
)


def test_table_is_aligned_with_short_names() -> None:
    lines = format_result(RESULT, ResultFormat.TABLE).splitlines()
    assert lines[0].split() == ["country", "name", "n", "note"]
    assert lines[2].startswith("HTI ") and "dgk:kind-observation" in lines[3]
    assert lines[0].index("name") == lines[2].index("Haïti") == lines[3].index("say")


def test_csv_follows_the_w3c_results_format() -> None:
    text = format_result(RESULT, ResultFormat.CSV)
    assert text.startswith("country,name,n,note\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["https://w3id.org/dgeq-kg/id/country/HTI", "Haïti", "3", ""]
    assert rows[2][1] == 'say "hi", | ok'


def test_tsv_holds_plain_values() -> None:
    text = format_result(RESULT, ResultFormat.TSV)
    assert text.startswith("country\tname\tn\tnote\n")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    assert rows[1] == ["https://w3id.org/dgeq-kg/id/country/HTI", "Haïti", "3", ""]
    assert rows[2][3] == "a\tb"  # quoted, as CSV quotes a comma


def test_sparql_tsv_follows_the_w3c_results_format() -> None:
    lines = format_result(RESULT, ResultFormat.SPARQL_TSV).split("\n")
    assert lines[0] == "?country\t?name\t?n\t?note"
    assert lines[1].split("\t") == [
        "<https://w3id.org/dgeq-kg/id/country/HTI>",
        '"Haïti"@fr',
        '"3"^^<http://www.w3.org/2001/XMLSchema#integer>',
        "",
    ]
    assert lines[2].split("\t")[3] == '"a\\tb"'


def test_json_follows_the_w3c_results_format_and_round_trips() -> None:
    document = json.loads(format_result(RESULT, ResultFormat.JSON))
    assert document["head"] == {"vars": ["country", "name", "n", "note"]}
    first = document["results"]["bindings"][0]
    assert first == {
        "country": {"type": "uri", "value": "https://w3id.org/dgeq-kg/id/country/HTI"},
        "name": {"type": "literal", "value": "Haïti", "xml:lang": "fr"},
        "n": {
            "type": "literal",
            "value": "3",
            "datatype": "http://www.w3.org/2001/XMLSchema#integer",
        },
    }
    assert result_from_json(document) == RESULT


def test_markdown_is_a_table_with_escaped_pipes() -> None:
    lines = format_result(RESULT, ResultFormat.MD).splitlines()
    assert lines[0] == "| country | name | n | note |"
    assert lines[1] == "| --- | --- | --- | --- |"
    assert 'say "hi", \\| ok' in lines[3]


# -- portability: the same answers from Oxigraph ------------------------------------------


def _oxigraph() -> str | None:
    import shutil
    import sys

    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="session")
def oxigraph_store(graph_nt: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import subprocess

    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph command is not installed")
    store = tmp_path_factory.mktemp("oxigraph") / "store"
    command = [binary, "load", "--location", str(store), "--file", str(graph_nt)]
    subprocess.run(command, check=True, capture_output=True)
    return store


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_oxigraph_gives_the_same_rows(name: str, graph_nt: Path, oxigraph_store: Path) -> None:
    import subprocess
    from collections import Counter

    query = CATALOG[name]
    values = {p.name: _example(p.type) for p in query.params if p.required}
    text, _ = bind(query, values)
    binary = _oxigraph()
    assert binary is not None
    command = [binary, "query", "--location", str(oxigraph_store), "--query", text]
    done = subprocess.run(
        [*command, "--results-format", "json"], check=True, capture_output=True, text=True
    )
    # GROUP_CONCAT leaves the order of the pieces open, and engines do differ on it: the
    # cells of '#+ lists:' columns are sorted after the query, as run_local does.
    remote = sort_lists(query, result_from_json(json.loads(done.stdout)))
    local = run_local(query, values, graph_path=graph_nt)
    assert remote.columns == local.columns
    assert Counter(remote.rows) == Counter(local.rows)


# -- paging ---------------------------------------------------------------------------------

PAGED = sorted(n for n, q in CATALOG.items() if q.paged)
#: Paged queries ordered by dgk:earliestDate first (their pages, one after the other, are
#: the whole answer in its order).
BY_DAY = {"activities-in-year-range", "title-search", "inferred-or-partial-dates"}


def _pages(name: str, graph: Path | Graph, size: int) -> list[QueryResult]:
    values = {p.name: _example(p.type) for p in CATALOG[name].params if p.required}
    pages, after = [], None
    for _ in range(200):  # the source pages have 82 activities: 82 pages of 1 at most
        page = run_local(name, values, graph_path=graph, page=Page(size, after))
        pages.append(page)
        if page.next_after is None:
            return pages
        assert after is None or page.next_after > after  # the key goes forward
        after = page.next_after
    raise AssertionError(f"{name}: paging did not end")


def test_the_listing_queries_are_paged() -> None:
    assert set(PAGED) >= {
        "activities-in-year-range",
        "activity-sources",
        "inferred-or-partial-dates",
        "missions",
        "organisations-met",
        "title-search",
    }


@pytest.mark.parametrize("name", PAGED)
@pytest.mark.parametrize("size", [1, 7, 500])
def test_the_pages_one_after_the_other_are_the_whole_answer(
    name: str, size: int, graph_nt: Path
) -> None:
    values = {p.name: _example(p.type) for p in CATALOG[name].params if p.required}
    whole = run_local(name, values, graph_path=graph_nt)
    pages = _pages(name, graph_nt, size)
    assert all(p.columns == whole.columns for p in pages)
    joined = [row for p in pages for row in p.rows]
    assert sorted(joined, key=repr) == sorted(whole.rows, key=repr)  # same rows, once each
    if name in BY_DAY:
        assert joined == list(whole.rows)  # and in the same order
    if size == 500:
        assert len(pages) == 1  # 82 activities: one page


def test_a_page_holds_whole_days_of_at_least_its_size(graph_nt: Path) -> None:
    # tests/gold/activities.json: the source pages date six activities by their year alone
    # in 2007 (earliest day 2007-01-01), so a page that reaches that day holds them all.
    store = Graph()
    store.parse(graph_nt)
    days: dict[str, int] = {}
    for _, _, day in store.triples((None, URIRef(DGK + "earliestDate"), None)):
        days[str(day)] = days.get(str(day), 0) + 1
    ordered = sorted(days)
    for size in (1, 5):
        after = None
        while True:
            page = run_local(
                "activities-in-year-range",
                {"from": "1900", "to": "2100"},
                graph_path=graph_nt,
                page=Page(size, after),
            )
            assert len(page.rows) >= size or page.next_after is None
            if page.next_after is None:
                break
            # the page's rows are those of the days after `after` up to next_after, whole
            held = [d for d in ordered if (after is None or d > after) and d <= page.next_after]
            assert len(page.rows) == sum(days[d] for d in held), after
            after = page.next_after
    assert days["2007-01-01"] == 6


def test_a_page_of_a_query_that_is_not_paged_is_refused(graph_nt: Path) -> None:
    with pytest.raises(QueryError, match="not paged"):
        run_local("activities-per-year", graph_path=graph_nt, page=Page(10))


@pytest.mark.parametrize(
    ("size", "after", "option"), [(0, None, "--page-size"), (10, "2012-3-1", "--page-after")]
)
def test_a_bad_page_names_its_option(size: int, after: str | None, option: str) -> None:
    with pytest.raises(QueryError, match=option):
        Page(size, after)


def test_a_page_header_needs_rows_of_activities(tmp_path: Path) -> None:
    path = tmp_path / "years.rq"
    path.write_text(
        "#+ title: t\n#+ description: d\n#+ params: none\n"
        "#+ page: 5 activities by day\n#+ columns: y\n"
        "SELECT ?y WHERE { ?s <http://example.org/y> ?y }\n"
    )
    with pytest.raises(QueryError, match=r"projects no \?activity") as info:
        parse_query_file(path)
    assert str(path) in str(info.value)


def test_a_page_restricts_the_groups_that_match_activity_and_nothing_in_text() -> None:
    text = (
        "# SELECT ?activity WHERE { in a comment }\n"
        'SELECT ?n WHERE { ?x <http://e/p> "SELECT ?activity WHERE {" .\n'
        "  { SELECT ?activity ?n WHERE { ?activity <http://e/q> ?n } }\n"
        "  { SELECT ?other WHERE { ?other <http://e/r> ?x } }\n"
        "  OPTIONAL { SELECT DISTINCT $activity WHERE { $activity <http://e/s> ?o } } }"
    )
    paged = restrict_to_activities(text, [URIRef("http://e/a1"), URIRef("http://e/a2")])
    block = "VALUES ?activity { <http://e/a1> <http://e/a2> }"
    # the two groups that match ?activity themselves; not the top-level group (it only
    # joins them) nor the one that does not project it, nor the comment or the literal
    assert paged.count(block) == 2
    assert paged.index(block) > paged.index("{ SELECT ?activity ?n WHERE {")
    assert paged.replace(f" {block} ", "") == text
    assert "{ SELECT ?other WHERE { ?other" in paged
    Graph().query(paged)  # still SPARQL


def test_the_query_command_prints_the_next_page(graph_nt: Path) -> None:
    from click.testing import CliRunner

    from graphbuild.cli import main

    runner = CliRunner()
    args = ["query", "activities-in-year-range", "--graph", str(graph_nt), "--format", "csv"]
    first = runner.invoke(main, [*args, "--page", "--page-size", "20"])
    assert first.exit_code == 0, first.output
    after = first.stderr.strip().removeprefix("next page: --page-after ")
    second = runner.invoke(main, [*args, "--page-after", after, "--page-size", "20"])
    assert second.exit_code == 0
    whole = runner.invoke(main, args)
    body = lambda r: r.stdout.splitlines()[1:]  # noqa: E731
    assert body(first) + body(second) == body(whole)[: len(body(first)) + len(body(second))]
    last = runner.invoke(main, [*args, "--page-after", "2100-01-01"])
    assert last.exit_code == 0 and last.stderr.strip() == "next page: none"
    assert last.stdout.splitlines()[1:] == []
    bad = runner.invoke(main, [*args, "--page-after", "March"])
    assert bad.exit_code != 0 and "--page-after" in bad.stderr and "Traceback" not in bad.output
