"""The tables as a data package: ``datapackage.json``, the codebook, how to cite, the licence.

All of it is generated from the table declarations of :mod:`graphbuild.tables`, so the
description cannot drift from the files: ``datapackage.json`` is a Frictionless (Tabular)
Data Package v1 descriptor (every column's type, required values, enums, primary and
foreign keys), the codebook is its Markdown reading (``docs/codebook.md`` in the checkout
is the same text, and a test keeps it so), ``CITATION.cff`` says how to cite the data.

>>> descriptor = package_descriptor(version="0.1.0", created="2026-01-31")
>>> [r["name"] for r in descriptor["resources"]][:3]
['activities', 'activity-organisations', 'activity-countries']
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.tables import TABLES, Table, dataset_tables, table_text

if TYPE_CHECKING:
    from graphbuild.gazetteer import Gazetteer
    from graphbuild.records import Activity
    from graphbuild.store import SourceInfo

#: The folder of ``dist/`` the tables, the descriptor and the codebook are written to.
TABLES_FOLDER = "tables"
DESCRIPTOR = "datapackage.json"
CODEBOOK = "codebook.md"
CITATION = "CITATION.cff"
DATA_LICENCE = "LICENSE-DATA"

PACKAGE_NAME = "dgeq-international-cooperation"
TITLE = "DGEQ international electoral cooperation: activities, organisations, countries"
DESCRIPTION = (
    "The international missions, receptions and electoral cooperation activities of the "
    "Directeur général des élections du Québec and its partners, read from their prose web "
    "pages: when, where, of what kind, with which organisations (and in which role), "
    "people and elections, each traced to the page it was read from."
)
LICENCE_NAME = "CC-BY-4.0"
LICENCE_TITLE = "Creative Commons Attribution 4.0 International"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CODE_LICENCE = "MIT"
AUTHOR = "graphbuild contributors"
HOMEPAGE = "https://w3id.org/dgeq-kg/"
KEYWORDS = (
    "election observation",
    "electoral assistance",
    "electoral management bodies",
    "international cooperation",
    "Québec",
    "Francophonie",
    "knowledge graph",
)


def _column(column: Any) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": column.type,
        "description": column.description,
    }
    if column.type == "date":
        field["format"] = "%Y-%m-%d"
    if column.type == "boolean":
        field["trueValues"] = ["true"]
        field["falseValues"] = ["false"]
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(table: Table) -> dict[str, Any]:
    """The Table Schema of one table."""
    schema: dict[str, Any] = {
        "fields": [_column(c) for c in table.columns],
        "primaryKey": list(table.primary_key),
        "missingValues": [""],
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.columns),
                # "" is the table itself, as the Data Package v1 specification writes it
                "reference": {
                    "resource": "" if fk.table == table.name else fk.table,
                    "fields": list(fk.reference),
                },
            }
            for fk in table.foreign_keys
        ]
    return schema


def package_descriptor(
    *,
    version: str,
    created: str,
    sources: Sequence[SourceInfo] = (),
) -> dict[str, Any]:
    """The ``datapackage.json`` of the tables (paths relative to the descriptor)."""
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "version": version,
        "created": f"{created}T00:00:00Z",
        "homepage": HOMEPAGE,
        "keywords": list(KEYWORDS),
        "licenses": [{"name": LICENCE_NAME, "path": LICENCE_URL, "title": LICENCE_TITLE}],
        "contributors": [{"title": AUTHOR, "role": "author"}],
    }
    listed = [{"title": s.title, "path": s.url} for s in sources if s.url]
    if listed:
        descriptor["sources"] = listed
    descriptor["resources"] = [
        {
            "name": t.name,
            "path": t.file_name,
            "profile": "tabular-data-resource",
            "title": t.title,
            "description": t.description,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": table_schema(t),
        }
        for t in TABLES
    ]
    return descriptor


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def codebook(descriptor: Mapping[str, Any] | None = None) -> str:
    """The codebook: every table and column of the descriptor, in Markdown."""
    d = descriptor or package_descriptor(version="", created="")
    lines = [
        "# Codebook of the tables",
        "",
        "<!-- Generated by graphbuild.datapackage.codebook from the table declarations of",
        "     graphbuild/tables.py: edit those, then run `python -m graphbuild.datapackage`. -->",
        "",
        f"{d['description']}",
        "",
        "`graphbuild build` writes the tables to `dist/tables/`, beside `datapackage.json` "
        "(a Frictionless Tabular Data Package describing them) and this codebook. How to read "
        "every file:",
        "",
        "- CSV, UTF-8, a header row, `\\n` line ends; an empty cell is a value that is not "
        "known (or does not apply).",
        "- Dates are ISO `YYYY-MM-DD`. A date the page gives only as a month or a year is its "
        "first day in a start column and its last day in an end column; `date_precision` "
        "says which it was.",
        "- Booleans are `true` / `false`; several values in one cell are sorted and joined by `;`.",
        "- Ids are those of the knowledge graph: `https://w3id.org/dgeq-kg/id/activity/ID`, "
        "`.../organization/ID`, `.../country/ALPHA3`, `.../person/ID`, `.../election/ID`. "
        "An activity id is a name, not a date: use `start_date`.",
        "- Organisations are named by a label no two share (`organisations.label`, "
        "`activity-organisations.organisation`); acronyms are not unique (several national "
        "bodies are CENI).",
        "",
        f"Licence: {LICENCE_TITLE} ({LICENCE_NAME}, {LICENCE_URL}) for the data; the code is "
        f"{CODE_LICENCE}. How to cite: `CITATION.cff`.",
        "",
        "| table | rows are | primary key |",
        "| --- | --- | --- |",
    ]
    for r in d["resources"]:
        key = ", ".join(r["schema"]["primaryKey"])
        lines.append(f"| [`{r['path']}`](#{r['name']}) | {_md(r['description'])} | {key} |")
    for r in d["resources"]:
        schema = r["schema"]
        lines += ["", f"## {r['name']}", "", f"`{r['path']}`: {r['description']}", ""]
        lines.append(f"Primary key: {', '.join(f'`{k}`' for k in schema['primaryKey'])}.")
        for fk in schema.get("foreignKeys", []):
            target = fk["reference"]["resource"] or r["name"]
            lines.append(
                f"Foreign key: `{', '.join(fk['fields'])}` -> "
                f"`{target}.{', '.join(fk['reference']['fields'])}`."
            )
        lines += [
            "",
            "| column | type | required | meaning | values |",
            "| --- | --- | --- | --- | --- |",
        ]
        for f in schema["fields"]:
            constraints = f.get("constraints", {})
            values = ", ".join(f"`{v}`" for v in constraints.get("enum", []))
            required = "yes" if constraints.get("required") else ""
            if constraints.get("unique"):
                required = (required + ", unique").lstrip(", ")
            lines.append(
                f"| `{f['name']}` | {f['type']} | {required} | {_md(f['description'])} | {values} |"
            )
    return "\n".join(lines) + "\n"


def _yaml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def citation_cff(version: str) -> str:
    """``CITATION.cff`` (Citation File Format 1.2.0) of the data set."""
    lines = [
        "# How to cite this data set (Citation File Format, https://citation-file-format.github.io)",
        "# Generated by graphbuild.datapackage.citation_cff; keep it in sync by running",
        "# `python -m graphbuild.datapackage`.",
        "cff-version: 1.2.0",
        f"message: {_yaml_string('If you use these data, please cite them as below.')}",
        "type: dataset",
        f"title: {_yaml_string(TITLE)}",
        f"abstract: {_yaml_string(DESCRIPTION)}",
        "authors:",
        f"  - name: {_yaml_string(AUTHOR)}",
        f"version: {_yaml_string(version)}",
        f"license: {LICENCE_NAME}",
        f"url: {_yaml_string(HOMEPAGE)}",
        "keywords:",
        *(f"  - {_yaml_string(k)}" for k in KEYWORDS),
    ]
    return "\n".join(lines) + "\n"


def data_licence() -> str:
    """``LICENSE-DATA``: the licence of the data (the code's is ``LICENSE``, MIT)."""
    return (
        f"The data of this project (the records in data/, the knowledge graph and the tables\n"
        f"that graphbuild builds from them, the query results and networks) are licensed\n"
        f"under the {LICENCE_TITLE} licence ({LICENCE_NAME}).\n"
        "\n"
        f"Summary: {LICENCE_URL}\n"
        f"Legal code: {LICENCE_URL}legalcode\n"
        "\n"
        "You may share and adapt them for any purpose, provided you give appropriate credit\n"
        "(see CITATION.cff), link to the licence and indicate if changes were made.\n"
        "\n"
        "The source pages the records were read from belong to their publishers.\n"
        "The code of graphbuild is licensed under the MIT licence (LICENSE).\n"
    )


def write_tables(
    folder: Path,
    activities: Sequence[Activity],
    gazetteer: Gazetteer,
    sources: Sequence[SourceInfo],
    *,
    version: str,
    created: str,
) -> dict[str, Path]:
    """Write every table, ``datapackage.json`` and the codebook into ``folder`` (made here).

    Returns the files by their name relative to the folder's parent
    (``tables/activities.csv``).
    """
    folder.mkdir(parents=True, exist_ok=True)
    rows = dataset_tables(activities, gazetteer, sources)
    descriptor = package_descriptor(version=version, created=created, sources=sources)
    contents = {t.file_name: table_text(t, rows[t.name]) for t in TABLES}
    contents[DESCRIPTOR] = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    contents[CODEBOOK] = codebook(descriptor)
    written: dict[str, Path] = {}
    for name in sorted(contents):
        path = folder / name
        path.write_text(contents[name], encoding="utf-8", newline="")
        written[f"{folder.name}/{name}"] = path
    return written


def write_citation_files(folder: Path, *, version: str) -> dict[str, Path]:
    """``CITATION.cff`` and ``LICENSE-DATA`` into ``folder``, by name."""
    written: dict[str, Path] = {}
    for name, text in ((CITATION, citation_cff(version)), (DATA_LICENCE, data_licence())):
        (folder / name).write_text(text, encoding="utf-8", newline="")
        written[name] = folder / name
    return written


def repository_files(root: Path) -> dict[Path, str]:
    """The generated files of the checkout with the text they must hold."""
    from graphbuild import __version__

    return {
        root / "docs" / CODEBOOK: codebook(),
        root / CITATION: citation_cff(__version__),
        root / DATA_LICENCE: data_licence(),
    }


if __name__ == "__main__":  # python -m graphbuild.datapackage: refresh the checkout's copies
    import sys

    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()
    for path, text in repository_files(base).items():
        path.write_text(text, encoding="utf-8", newline="")
        print(path)
