"""Use a built data set from Python: queries with parameters, rows, DataFrames, the tables.

>>> import graphbuild
>>> data = graphbuild.open_dataset("dist")                               # doctest: +SKIP
>>> data.query("activities-per-country").records()[:1]                    # doctest: +SKIP
[{'alpha3': 'HTI', 'country_name': 'Haiti', 'activities': 9}]
>>> data.dataframe("SELECT ?id WHERE { ?a <http://purl.org/dc/terms/identifier> ?id }")
...                                                                       # doctest: +SKIP
>>> data.table("organisations")                                          # doctest: +SKIP

A query is a catalog name (``graphbuild query --list``), the path of a ``.rq`` file, or
SPARQL text (no header needed). Values come back as Python values: IRIs and strings as
``str``, numbers as ``int`` / ``float`` / ``Decimal``, dates as ``datetime.date``, booleans
as ``bool``, unbound as ``None``. DataFrames need pandas (``pip install graphbuild[pandas]``).
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphbuild.errors import QueryError

Value = str | int | float | bool | datetime.date | Any | None


def _plain(term: Any) -> Value:
    from rdflib import Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if not isinstance(value, Literal) else str(value)
    return str(term)


@dataclass(frozen=True)
class Rows:
    """A query's answer: column names and rows of plain Python values."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]

    def __iter__(self) -> Iterator[tuple[Value, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, Value]]:
        """One dict per row, by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_dataframe(self) -> Any:
        """A pandas DataFrame (pandas is the ``pandas`` extra)."""
        pd = _pandas()
        return pd.DataFrame.from_records(list(self.rows), columns=list(self.columns))


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("DataFrames need pandas: pip install 'graphbuild[pandas]'") from None
    return pandas


def _is_query_text(query: str) -> bool:
    return "{" in query or "\n" in query


class Dataset:
    """A built ``dist/`` folder: its graph (``graph.nt``) and its tables (``tables/``)."""

    def __init__(self, dist: str | Path = "dist") -> None:
        self.dist = Path(dist)
        self.graph_path = self.dist / "graph.nt"
        self.tables_dir = self.dist / "tables"
        if not self.graph_path.is_file():
            raise QueryError("no built graph", str(self.graph_path), "run `graphbuild build` first")

    def __repr__(self) -> str:
        return f"Dataset({str(self.dist)!r})"

    # -- queries -----------------------------------------------------------------------

    def catalog(self) -> dict[str, str]:
        """The catalog's queries: name -> title."""
        from graphbuild.catalog import load_catalog

        return {name: q.title for name, q in load_catalog().items()}

    def query(
        self, query: str | Path, params: Mapping[str, object] | None = None, **more: object
    ) -> Rows:
        """Run a catalog query, a ``.rq`` file or SPARQL text with its parameters (given as
        a mapping or as keywords; values are written as text and bound as the query's
        header types them, or as strings in a query without a header)."""
        from graphbuild.catalog import load_query, query_from_text, run_local

        values = {k: str(v) for k, v in {**(params or {}), **more}.items()}
        if isinstance(query, str) and _is_query_text(query):
            chosen = query_from_text(query, values=values)
        else:
            chosen = load_query(query)
        result = run_local(chosen, values, graph_path=self.graph_path)
        return Rows(result.columns, tuple(tuple(_plain(t) for t in r) for r in result.rows))

    def dataframe(
        self, query: str | Path, params: Mapping[str, object] | None = None, **more: object
    ) -> Any:
        """:meth:`query` as a pandas DataFrame."""
        return self.query(query, params, **more).to_dataframe()

    # -- tables ------------------------------------------------------------------------

    def table_names(self) -> list[str]:
        from graphbuild.tables import TABLES

        return [t.name for t in TABLES]

    def table(self, name: str) -> list[dict[str, str]]:
        """The rows of one table of ``dist/tables/`` as dicts of text (empty: unknown)."""
        path = self._table_path(name)
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    def table_frame(self, name: str) -> Any:
        """One table as a pandas DataFrame, typed as ``datapackage.json`` says: dates as
        datetimes, integers as nullable ``Int64``, booleans as ``boolean``, ids as text."""
        from graphbuild.tables import TABLES_BY_NAME

        pd = _pandas()
        path = self._table_path(name)
        columns = TABLES_BY_NAME[name].columns
        frame = pd.read_csv(
            path, dtype={c.name: "string" for c in columns}, keep_default_na=False, na_values=[""]
        )
        for column in columns:
            if column.type == "date":
                frame[column.name] = pd.to_datetime(frame[column.name], format="%Y-%m-%d")
            elif column.type == "integer":
                frame[column.name] = pd.to_numeric(frame[column.name]).astype("Int64")
            elif column.type == "boolean":
                frame[column.name] = (
                    frame[column.name].map({"true": True, "false": False}).astype("boolean")
                )
        return frame

    def _table_path(self, name: str) -> Path:
        from graphbuild.tables import TABLES_BY_NAME

        if name not in TABLES_BY_NAME:
            known = ", ".join(TABLES_BY_NAME)
            raise QueryError(f"no table '{name}'", str(self.tables_dir), f"use one of: {known}")
        path = self.tables_dir / TABLES_BY_NAME[name].file_name
        if not path.is_file():
            raise QueryError("no such table file", str(path), "run `graphbuild build` first")
        return path


def open_dataset(dist: str | Path = "dist") -> Dataset:
    """The data set built into ``dist`` (``graphbuild build --out DIST``)."""
    return Dataset(dist)


def query(
    query: str | Path,
    params: Mapping[str, object] | None = None,
    *,
    dist: str | Path = "dist",
    **more: object,
) -> Rows:
    """Run one query on the data set of ``dist`` (see :meth:`Dataset.query`)."""
    return Dataset(dist).query(query, params, **more)


def read_table(name: str, *, dist: str | Path = "dist") -> list[dict[str, str]]:
    """The rows of one table of ``dist/tables/`` (see :meth:`Dataset.table`)."""
    return Dataset(dist).table(name)


def table_names() -> Sequence[str]:
    from graphbuild.tables import TABLES

    return tuple(t.name for t in TABLES)
