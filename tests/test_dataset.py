"""The tables of dist/tables/, their data package, codebook, citation and licence files.

Expected values come from the pages in ../shared/sources (quoted in the comments), not
from the tables themselves; the data package is checked by the maintained validator
(frictionless), and the citation file against the official CFF schema shipped on PyPI
(inside cffconvert).
"""

from __future__ import annotations

import csv
import doctest
import importlib.metadata
import io
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from rdflib import Graph
from rdflib.namespace import DCAT

from graphbuild import datapackage, labels, resources, tables
from graphbuild.records import Organization, OrgRole, OrgType

ROOT = Path(__file__).resolve().parent.parent


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def table_dir(built_dist: Path) -> Path:
    return built_dist / "tables"


@pytest.mark.parametrize("module", [labels, tables, datapackage, resources])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0


# -- the data package ------------------------------------------------------------------------


def test_the_data_package_validates(table_dir: Path) -> None:
    from frictionless import Package, validate

    report = validate(str(table_dir / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])
    package = Package(str(table_dir / "datapackage.json"))
    names = {r.name for r in package.resources}
    assert names == {p.stem for p in table_dir.glob("*.csv")}  # every table is described
    for resource in package.resources:
        fields = [f.name for f in resource.schema.fields]
        with (table_dir / str(resource.path)).open(encoding="utf-8") as handle:
            assert next(csv.reader(handle)) == fields  # every column, in order


def test_a_foreign_key_that_does_not_resolve_is_caught(table_dir: Path, tmp_path: Path) -> None:
    from frictionless import validate

    copy = tmp_path / "tables"
    shutil.copytree(table_dir, copy)
    with (copy / "activity-organisations.csv").open("a", encoding="utf-8") as handle:
        handle.write("2007-mali,no-such-body,Nobody,participant,took-part\n")
    report = validate(str(copy / "datapackage.json"))
    assert not report.valid
    failed = [task.name for task in report.tasks if not task.valid]
    assert failed == ["activity-organisations"]
    errors = report.flatten(["type", "cells"])
    assert errors == [
        ["foreign-key", ["2007-mali", "no-such-body", "Nobody", "participant", "took-part"]]
    ]


def test_every_foreign_key_resolves(table_dir: Path) -> None:
    descriptor = json.loads((table_dir / "datapackage.json").read_text(encoding="utf-8"))
    rows = {r["name"]: read(table_dir / r["path"]) for r in descriptor["resources"]}
    checked = 0
    for resource in descriptor["resources"]:
        schema = resource["schema"]
        keys = [tuple(row[k] for k in schema["primaryKey"]) for row in rows[resource["name"]]]
        assert len(keys) == len(set(keys)), f"{resource['name']}: primary key repeated"
        for fk in schema.get("foreignKeys", []):
            target = fk["reference"]["resource"] or resource["name"]
            known = {tuple(r[c] for c in fk["reference"]["fields"]) for r in rows[target]}
            for row in rows[resource["name"]]:
                value = tuple(row[c] for c in fk["fields"])
                if all(value):
                    assert value in known, f"{resource['name']} {value} -> {target}"
                    checked += 1
    assert checked > 500  # the relations hold hundreds of references


# -- unique labels -----------------------------------------------------------------------------


def test_no_two_organisations_share_a_label(table_dir: Path) -> None:
    orgs = read(table_dir / "organisations.csv")
    acronyms = Counter(o["acronym"] for o in orgs)
    assert acronyms["CENI"] >= 2 and acronyms["CEI"] >= 2  # the labels have work to do
    keys = [" ".join(o["label"].casefold().split()) for o in orgs]
    assert len(keys) == len(set(keys))
    by_id = {o["id"]: o for o in orgs}
    for o in orgs:  # a shared acronym is told apart by the country the gazetteer gives
        if acronyms[o["acronym"]] == 1:
            assert o["label"] == o["acronym"]
        else:
            assert o["label"].startswith(o["acronym"] + " (")
    assert by_id["ceni-bfa"]["label"] == "CENI (Burkina Faso)"
    assert by_id["dge-sen"]["label"] == "DGE (Senegal)"


def test_tables_and_missions_name_organisations_by_their_labels(
    table_dir: Path, built_dist: Path
) -> None:
    orgs = {o["id"]: o["label"] for o in read(table_dir / "organisations.csv")}
    labels_known = set(orgs.values())
    for row in read(table_dir / "activity-organisations.csv"):
        if row["organisation_id"]:
            assert row["organisation"] == orgs[row["organisation_id"]]
        else:
            assert row["organisation"] not in labels_known
    acronyms_only = {"CENI", "CEI", "DGE"}
    for row in read(built_dist / "missions.csv"):
        for name in filter(None, row["organizations"].split(";")):
            assert name not in acronyms_only, row["id"]


def test_the_2013_africa_mission_tells_its_three_bodies_apart(table_dir: Path) -> None:
    # The seed page tells of one 2013 trip to three countries, where the delegates met the
    # heads of Senegal's DGE, Côte d'Ivoire's CEI and Burkina Faso's CENI (read from
    # ../shared/sources/dgeq-archives-of-missions.txt, not copied here).
    mine = [r for r in read(table_dir / "activity-organisations.csv")]
    names = {r["organisation"] for r in mine if r["activity_id"] == "2013-09-senegal"}
    assert {"DGE (Senegal)", "CEI (Côte d'Ivoire)", "CENI (Burkina Faso)"} <= names
    countries = read(table_dir / "activity-countries.csv")
    assert {r["country_id"] for r in countries if r["activity_id"] == "2013-09-senegal"} == {
        "SEN",
        "CIV",
        "BFA",
    }


def test_label_rule_uses_the_country_then_the_name() -> None:
    emb = OrgType.ELECTORAL_MANAGEMENT_BODY
    orgs = [
        Organization("ec-a", "EC", "Electoral Commission", "", emb, country="AAA"),
        Organization("ec-b", "EC", "Election Council", "", emb, country="AAA"),
        Organization("ec-c", "EC", "European Commission", "", OrgType.INTERGOVERNMENTAL),
        Organization("oif", "OIF", "Francophonie", "", OrgType.INTERGOVERNMENTAL),
    ]
    found = labels.organisation_labels(orgs, {"AAA": "Atlantis"})
    assert found == {
        "ec-a": "EC (Electoral Commission)",  # two in Atlantis: the country does not settle it
        "ec-b": "EC (Election Council)",
        "ec-c": "EC (European Commission)",
        "oif": "OIF",
    }
    assert labels.unresolved_label("ec", found.values()) == "ec"
    assert labels.unresolved_label("oif", found.values()) == "oif (unresolved)"


# -- dates -------------------------------------------------------------------------------------


def test_activity_dates_are_whole_iso_dates(table_dir: Path) -> None:
    import pandas as pd

    rows = {r["id"]: r for r in read(table_dir / "activities.csv")}
    frame = pd.DataFrame(rows.values())
    start = pd.to_datetime(frame["start_date"], format="%Y-%m-%d")  # every row parses
    end = pd.to_datetime(frame["end_date"], format="%Y-%m-%d")
    assert (start <= end).all()
    assert (frame["start_year"].astype(int) == start.dt.year).all()
    assert Counter(frame["date_precision"]).keys() >= {"day", "month", "year"}
    # "Election observation mission in Mali" is dated by its year heading only (2007)
    assert rows["2007-mali"]["start_date"] == "2007-01-01"
    assert rows["2007-mali"]["end_date"] == "2007-12-31"
    assert rows["2007-mali"]["date_precision"] == "year"
    # a month only: September 2008 in Mexico
    assert (rows["2008-09-mexico"]["start_date"], rows["2008-09-mexico"]["end_date"]) == (
        "2008-09-01",
        "2008-09-30",
    )
    # "From April 17 to 22, 2013, two representatives ... (DGEQ)"
    paraguay = rows["2013-04-paraguay"]
    assert (paraguay["start_date"], paraguay["end_date"], paraguay["delegation_size"]) == (
        "2013-04-17",
        "2013-04-22",
        "2",
    )
    # the id is a name: corrections.toml moves this mission to November 2017
    assert rows["2016-11-madagascar"]["start_year"] == "2017"


# -- codebook, citation, licences, DCAT ---------------------------------------------------------


def test_generated_files_of_the_checkout_are_in_sync(table_dir: Path) -> None:
    for path, text in datapackage.repository_files(ROOT).items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run `python -m graphbuild.datapackage`"
        )
    assert (table_dir / "codebook.md").read_text(encoding="utf-8") == (
        ROOT / "docs" / "codebook.md"
    ).read_text(encoding="utf-8")


def test_the_codebook_documents_every_column(table_dir: Path) -> None:
    book = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    descriptor = json.loads((table_dir / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        assert f"## {resource['name']}\n" in book
        section = book.split(f"## {resource['name']}\n", 1)[1].split("\n## ", 1)[0]
        for field in resource["schema"]["fields"]:
            assert f"| `{field['name']}` | {field['type']} |" in section


def _cff_schema() -> dict[str, object]:
    """The CFF 1.2.0 JSON schema as the cffconvert distribution ships it (read as a file: its
    Python modules need an older jsonschema than frictionless, so it is installed without
    dependencies and never imported)."""
    distribution = importlib.metadata.distribution("cffconvert")
    (schema,) = [f for f in distribution.files or () if str(f).endswith("1.2.0/schema.json")]
    loaded: dict[str, object] = json.loads(schema.read_text(encoding="utf-8"))
    assert "cff-version" in str(loaded.get("properties"))
    return loaded


def test_citation_cff_follows_the_official_schema(built_dist: Path) -> None:
    import jsonschema

    schema = _cff_schema()
    for path in (ROOT / "CITATION.cff", built_dist / "CITATION.cff"):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.validate(document, schema)
        assert document["license"] == "CC-BY-4.0"
    broken = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    del broken["authors"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_licence_files_say_mit_for_code_and_cc_by_for_data(built_dist: Path) -> None:
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    data_licence = (ROOT / "LICENSE-DATA").read_text(encoding="utf-8")
    assert "CC-BY-4.0" in data_licence and "creativecommons.org/licenses/by/4.0" in data_licence
    assert (built_dist / "LICENSE-DATA").read_text(encoding="utf-8") == data_licence


def test_the_dcat_description_lists_the_tables_and_how_to_cite(built_dist: Path) -> None:
    void = Graph().parse(built_dist / "void.ttl")
    urls = {str(u) for u in void.objects(None, DCAT.downloadURL)}
    wanted = [
        *(f"tables/{t.file_name}" for t in tables.TABLES),
        "tables/datapackage.json",
        "tables/codebook.md",
        "CITATION.cff",
        "LICENSE-DATA",
        "missions.csv",
    ]
    for name in wanted:
        assert any(u.endswith("/" + name) for u in urls), name
        assert (built_dist / name).is_file(), name  # and the file is there


def test_a_rebuild_replaces_the_tables_whole(built_dist: Path, tmp_path: Path) -> None:
    from graphbuild.pipeline import build

    out = tmp_path / "dist"
    build(ROOT / "data", out, engine="fast")
    (out / "tables" / "stale.csv").write_text("x\n", encoding="utf-8")  # not the build's
    build(ROOT / "data", out, engine="fast")
    marker = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert "tables/activities.csv" in marker["files"]
    assert not (out / "tables" / "stale.csv").exists()  # the folder is the build's own
    for name in ("activities.csv", "organisations.csv", "datapackage.json"):
        assert (out / "tables" / name).read_bytes() == (built_dist / "tables" / name).read_bytes()


# -- names the gazetteer lacks -----------------------------------------------------------------


def test_an_unresolved_name_that_reads_like_a_label_is_marked(gazetteer: object) -> None:
    """A page naming "Ceni (Togo)" that the parser could not resolve: the graph's research
    table (SPARQL), the records' table (extract) and the tables all keep it apart from the
    CENI of Togo, whose label it reads like."""
    import dataclasses

    from graphbuild.export import research_table
    from graphbuild.gazetteer import Gazetteer
    from graphbuild.rdf import SourceDocument, build_dataset
    from graphbuild.records import PartyRole
    from graphbuild.store import load_records
    from graphbuild.table import activity_row

    assert isinstance(gazetteer, Gazetteer)
    records = load_records(ROOT / "data" / "activities.json")
    togo = next(a for a in records.activities if a.id == "2010-02-togo")
    parties = (*togo.organizations, PartyRole("Ceni (Togo)", OrgRole.PARTICIPANT, resolved=False))
    togo = dataclasses.replace(togo, organizations=parties)
    sources = [SourceDocument(s.id, s.title, s.sha256) for s in records.sources]
    rows = {r["id"]: r for r in research_table(build_dataset([togo], gazetteer, sources=sources))}
    assert "Ceni (Togo) (unresolved)" in rows["2010-02-togo"]["organizations"].split(";")
    assert "Ceni (Togo) (unresolved)" in activity_row(togo, gazetteer)["organizations"]
    relation = tables.dataset_tables([togo], gazetteer)["activity-organisations"]
    marked = [r for r in relation if r["organisation"] == "Ceni (Togo) (unresolved)"]
    assert marked == [
        {
            "activity_id": "2010-02-togo",
            "organisation_id": "",
            "organisation": "Ceni (Togo) (unresolved)",
            "role": "participant",
            "role_family": "took-part",
        }
    ]


def test_extract_names_organisations_by_their_labels() -> None:
    from click.testing import CliRunner

    from graphbuild.cli import main

    page = ROOT.parent / "shared" / "sources" / "dgeq-archives-of-missions.txt"
    if not page.is_file():
        pytest.skip("../shared/sources is not beside the checkout")
    result = CliRunner().invoke(main, ["extract", str(page), "--data", str(ROOT / "data")])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    # February 2011 in Chad: "assigned to work with the Independent National Electoral
    # Commission of Chad"
    assert "CENI (Chad)" in rows["2011-02-chad"]["organizations"].split(";")
    assert all("CENI" not in r["organizations"].split(";") for r in rows.values())
