"""Record ids: readable and stable, ``YYYY-MM-country``, given once every page is read.

Ids are given over all pages together, in page order, so that a record keeps its id when
other pages are added after it; the records of pages outside the project's corpus are named
after their page, so they never take or shift a corpus record's id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.memo import text_memo
from graphbuild.ingest.names import fold
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import Activity, DatePrecision

_NOT_SLUG = compile_pattern(r"[^a-z0-9]+")


@text_memo
def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", fold(text).lower()).strip("-")


def assign_ids(
    records: Sequence[Activity], gazetteer: Gazetteer, registered: frozenset[str] = frozenset()
) -> list[Activity]:
    """Readable, stable ids: ``YYYY-MM-country`` (``YYYY-country`` for year-only dates), with
    ``-2``, ``-3`` ... when several records share one, in page order.

    The records of pages listed in data/sources.toml (``registered``, the project's corpus)
    have these short ids; those of any other page are named after it too
    (``recef-ag5-cotonou-2017-03-benin``), so that pages of other publishers telling of the
    same month and country never take or shift a corpus record's id.
    """
    seen: dict[str, int] = {}
    out = []
    for rec in records:
        date = (
            rec.start_date[:7]
            if rec.date_precision is not DatePrecision.YEAR
            else rec.start_date[:4]
        )
        where = (
            gazetteer.countries[rec.countries[0]].name_en
            if rec.countries and rec.countries[0] in gazetteer.countries
            else "unknown"
        )
        base = f"{date}-{_slug(where)}"
        if rec.source not in registered:
            base = f"{_slug(rec.source)}-{base}"
        seen[base] = seen.get(base, 0) + 1
        ident = base if seen[base] == 1 else f"{base}-{seen[base]}"
        out.append(replace(rec, id=ident))
    return out
