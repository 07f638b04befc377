"""The command line: located one-line errors, exit codes, no partial output, documented commands."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from graphbuild.cli import main

BAD_PAGES = {
    "binary.txt": (b"2015\n\nMission\n\x00\x01\x02", "binary content", ":4"),
    "latin1.txt": ("2015\n\nMission à Paris\n".encode("latin-1"), "not UTF-8", ":3"),
    "empty.txt": (b"   \n\n", "empty page", ":1"),
    "recipe.txt": (
        b"Pasta\n\nBoil the water, add salt and cook the pasta for ten minutes.\n",
        "no recognisable activity",
        ":1",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_PAGES))
@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_bad_page_is_one_located_line(
    tmp_path: Path, data_copy: Path, name: str, command: str
) -> None:
    content, message, line = BAD_PAGES[name]
    page = tmp_path / name
    page.write_bytes(content)
    before = (data_copy / "activities.json").read_bytes()
    out = tmp_path / "out.csv"
    args = [command, str(page), "--data", str(data_copy)]
    if command == "extract":
        args += ["-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0] and f"{page}{line}" in lines[0]
    assert "Traceback" not in result.output + result.stderr
    assert not out.exists()
    assert (data_copy / "activities.json").read_bytes() == before


def test_missing_file(tmp_path: Path, data_copy: Path) -> None:
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path / "nope.txt"), "--data", str(data_copy)]
    )
    assert result.exit_code == 1
    assert "nope.txt: no such file" in result.stderr


def test_extract_csv_columns_and_rows(pages: list[Path]) -> None:
    result = CliRunner().invoke(main, ["extract", *map(str, pages), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "id",
        "title",
        "start_date",
        "end_date",
        "date_precision",
        "year_inferred",
        "kind",
        "countries",
        "cities",
        "organizations",
        "people",
        "dgeq_roles",
        "elections",
        "source",
        "section_year",
    ]
    # Read from the archive page: April 12 to 15, 2016 in Bucharest, Romania.
    romania = next(r for r in rows if r["countries"] == "ROU")
    assert (romania["start_date"], romania["end_date"], romania["cities"]) == (
        "2016-04-12",
        "2016-04-15",
        "Bucharest",
    )
    # The three OIF missions in Tunisia around the 2014 elections are three rows.
    tunisia_2014 = [r for r in rows if r["countries"] == "TUN" and r["start_date"][:4] == "2014"]
    assert [r["start_date"] for r in tunisia_2014] == ["2014-10-22", "2014-11-19", "2014-12-17"]
    assert all("OIF" in r["organizations"].split(";") for r in tunisia_2014)
    # The 2007 summary paragraph lists six trips in six countries.
    assert sorted(r["countries"] for r in rows if r["start_date"] == "2007") == sorted(
        ["MLI", "GTM", "TGO", "COD", "ARG", "MEX"]
    )


def test_extract_json_is_the_raw_records(pages: list[Path]) -> None:
    result = CliRunner().invoke(main, ["extract", *map(str, pages), "--format", "json"])
    records = json.loads(result.stdout)
    madagascar = next(r for r in records if r["id"] == "2016-11-madagascar")
    # Raw: no correction applied; the page gives no year, so it is inferred.
    assert madagascar["year_inferred"] is True
    assert madagascar["start_date"].endswith("-11-07")


def test_every_command_is_documented() -> None:
    for name, command in main.commands.items():
        assert command.help and len(command.help) > 20, name
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0


def test_progress_is_quiet_in_pipes_and_logged_when_verbose(
    pages: list[Path], data_copy: Path
) -> None:
    args = ["ingest", *map(str, pages), "--data", str(data_copy)]
    piped = CliRunner().invoke(main, args)
    assert piped.exit_code == 0 and "\r[" not in piped.stderr and piped.stdout.strip()
    verbose = CliRunner().invoke(main, ["--verbose", *args])
    assert "ingest dgeq-archives-of-missions (1/2)" in verbose.stderr
    quiet = CliRunner().invoke(main, ["--quiet", *args])
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""


# -- network commands, on the hand-built records with contact roles (tests/conftest.py) ----


def _network(*args: str) -> Any:
    return CliRunner().invoke(main, ["network", *args])


def test_network_export_contact_view(contact_nt: Path) -> None:
    result = _network("export", "--graph", str(contact_nt), "--view", "contact", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["graph"]["view"] == "contact"
    ties = {(e["source"], e["target"]): e for e in data["edges"]}
    eu = ties.get(("oif", "eu")) or ties[("eu", "oif")]
    assert (eu["tie"], eu["roles"]) == ("contact", "met")


def test_network_export_partnership_leaves_met_bodies_out(contact_nt: Path, tmp_path: Path) -> None:
    out = tmp_path / "partnership.csv"
    result = _network("export", "--graph", str(contact_nt), "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    nodes = {
        r["node"]
        for r in csv.DictReader(io.StringIO((tmp_path / "partnership.nodes.csv").read_text()))
    }
    assert nodes == {"dgeq", "oif", "oas", "isie", "undp"}  # the EU, UNESCO: only met


def test_network_role_and_without_options(contact_nt: Path) -> None:
    args = ["stats", "--graph", str(contact_nt), "--role", "organiser", "--role", "co-organiser"]
    ranked = list(csv.DictReader(io.StringIO(_network(*args).stdout)))
    assert {r["node"] for r in ranked} == {"oif", "oas", "isie", "undp"}
    without = _network("stats", "--graph", str(contact_nt), "--without", "dgeq")
    assert without.exit_code == 0, without.stderr
    assert "dgeq" not in {r["node"] for r in csv.DictReader(io.StringIO(without.stdout))}
    contact = _network(
        "stats", "--graph", str(contact_nt), "--view", "contact", "--role", "mentioned"
    )
    assert {r["node"] for r in csv.DictReader(io.StringIO(contact.stdout))} == {
        "dgeq",
        "oif",
        "ceni-tgo",
    }


def test_network_option_errors_are_usage_errors(contact_nt: Path) -> None:
    typo = _network("stats", "--graph", str(contact_nt), "--without", "DGEQ")
    assert typo.exit_code == 2 and "cannot leave out 'DGEQ'" in typo.stderr
    bad_role = _network("stats", "--graph", str(contact_nt), "--role", "observer")
    assert bad_role.exit_code == 2 and "observer" in bad_role.stderr
    posts = _network("stats", "--graph", str(contact_nt), "--view", "affiliation", "--role", "met")
    assert posts.exit_code == 2 and "do not apply" in posts.stderr


def test_network_help_lists_the_views_and_options() -> None:
    for command in ("stats", "export"):
        text = _network(command, "--help").stdout
        for word in ("contact", "--role", "--without", "publisher", "met"):
            assert word in text, (command, word)
    for command in ("stats", "export", "draw"):
        text = _network(command, "--help").stdout
        for word in ("--graph", "--endpoint", "--default-graph", "--named-graph"):
            assert word in text, (command, word)
