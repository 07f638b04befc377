"""Record ids: unique across pages, stable for the project's corpus whatever else is read."""

from __future__ import annotations

from pathlib import Path

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest import ingest_pages
from graphbuild.sources import read_pages

DATA = Path(__file__).resolve().parent.parent / "data"

# A page of another publisher telling of a month and country the seeds tell of too
# (April 2016, Romania: the seeds' "Mission to Romania").
OTHER = """Actualités

Du 12 au 15 avril 2016, une délégation du Réseau des compétences électorales francophones \
(RECEF) a pris part à Bucarest, en Roumanie, à un séminaire électoral.
"""


def test_other_pages_never_take_or_shift_a_corpus_id(
    tmp_path: Path, pages: list[Path], gazetteer: Gazetteer
) -> None:
    alone = ingest_pages(read_pages(pages, data_dir=DATA), gazetteer).activities
    other = tmp_path / "aaa-recef-news.txt"  # sorted before the seeds
    other.write_text(OTHER, encoding="utf-8")
    (tmp_path / "aaa-recef-news.toml").write_text('publisher = "RECEF"\n', encoding="utf-8")
    both = ingest_pages(read_pages([other, *pages], data_dir=DATA), gazetteer).activities
    ids = [a.id for a in both]
    assert len(ids) == len(set(ids))
    # the seeds' ids are what they were without the other page
    assert [a.id for a in both if a.source != "aaa-recef-news"] == [a.id for a in alone]
    assert "2016-04-romania" in ids
    # the other page's record is named after its page
    assert [a.id for a in both if a.source == "aaa-recef-news"] == [
        "aaa-recef-news-2016-04-romania"
    ]
