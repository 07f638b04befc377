"""The public API: every name in __all__ resolves, and importing the package stays light."""

from __future__ import annotations

import subprocess
import sys

import graphbuild


def test_every_public_name_resolves() -> None:
    for name in graphbuild.__all__:
        assert getattr(graphbuild, name) is not None, name


def test_import_and_help_do_not_load_rdflib() -> None:
    code = "import sys, graphbuild.cli; print('rdflib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- the data set from Python (graphbuild.api) ------------------------------------------------

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from graphbuild.cli import main  # noqa: E402
from graphbuild.errors import QueryError  # noqa: E402

# "Evaluation mission to Haiti": from August 31 to September 5, 2014; the Haiti observation
# of October 2015: both with the OIF, on the page dgeq-archives-of-missions.
HAITI_WITH_OIF = {"2014-08-haiti": "2014-08-31", "2015-10-haiti": "2015-10-22"}
INLINE = """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
SELECT ?id ?start WHERE { ?a dcterms:identifier ?id ; schema:startDate ?start .
  FILTER (STRSTARTS(?id, ?prefix)) } ORDER BY ?id"""


def test_a_catalog_query_with_parameters_gives_plain_rows(built_dist: Path) -> None:
    import datetime

    data = graphbuild.open_dataset(built_dist)
    rows = data.query("activities-with-organisation-in-country", organization="oif", country="HTI")
    found = {r["id"]: r["start_date"] for r in rows.records()}
    assert found == {k: datetime.date.fromisoformat(v) for k, v in HAITI_WITH_OIF.items()}
    same = graphbuild.query(
        "activities-with-organisation-in-country",
        {"organization": "oif", "country": "HTI"},
        dist=built_dist,
    )
    assert same == rows


def test_an_inline_query_needs_no_header_and_binds_its_parameters(built_dist: Path) -> None:
    data = graphbuild.open_dataset(built_dist)
    rows = data.query(INLINE, prefix="2014-08-hai")
    assert rows.columns == ("id", "start")
    assert [r[0] for r in rows] == ["2014-08-haiti"]
    injected = data.query(INLINE, prefix='x" ) } DROP ALL #')  # only ever a string
    assert len(injected) == 0


def test_dataframes_of_queries_and_typed_tables(built_dist: Path) -> None:
    data = graphbuild.open_dataset(built_dist)
    frame = data.dataframe("activities-per-country")
    assert list(frame.columns) == list(data.query("activities-per-country").columns)
    activities = data.table_frame("activities")
    assert str(activities["start_date"].dtype).startswith("datetime64")
    assert str(activities["start_year"].dtype) == "Int64"
    assert str(activities["year_inferred"].dtype) == "boolean"
    assert (activities["start_date"].dt.year == activities["start_year"]).all()
    raw = graphbuild.read_table("organisations", dist=built_dist)
    assert {r["id"] for r in raw} >= {"oif", "dgeq", "ceni-bfa"}
    with pytest.raises(QueryError, match="no table 'missions'"):
        data.table("missions")


def test_a_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no built graph"):
        graphbuild.open_dataset(tmp_path)


def test_query_expression_and_stdin_on_the_command_line(built_dist: Path) -> None:
    runner = CliRunner()
    graph = str(built_dist / "graph.nt")
    common = ["query", "--graph", graph, "-p", "prefix=2015-10-hai", "--format", "tsv"]
    by_option = runner.invoke(main, [*common, "-e", INLINE])
    by_stdin = runner.invoke(main, [*common, "-"], input=INLINE)
    for result in (by_option, by_stdin):
        assert result.exit_code == 0, result.output
        assert result.output == "id\tstart\n2015-10-haiti\t2015-10-22\n"  # plain values
    both = runner.invoke(main, ["query", "missions", "-e", INLINE])
    assert both.exit_code == 2 and "not both" in both.output
    broken = runner.invoke(main, ["query", "--graph", graph, "-e", "SELECT ?x WHERE {"])
    assert broken.exit_code == 1 and broken.output.startswith("error: <-e>")
    assert "Traceback" not in broken.output
