"""The gazetteers read once per process, and read again as soon as a file changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graphbuild.errors import GazetteerError
from graphbuild.gazetteer import Gazetteer, load_gazetteer
from graphbuild.ingest.names import index_of
from graphbuild.resources import GAZETTEER_FILES

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for name in GAZETTEER_FILES:
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def test_the_same_files_are_read_once(folder: Path) -> None:
    first = load_gazetteer(folder)
    assert load_gazetteer(folder) is first
    assert index_of(first) is index_of(first)


def test_a_file_changed_in_place_is_read_again(folder: Path) -> None:
    first = load_gazetteer(folder)
    assert first.places["abidjan"].name_en == "Abidjan"
    places = folder / "places.toml"
    text = places.read_text(encoding="utf-8")
    # Same size, written at once: only the contents tell the two files apart.
    places.write_text(text.replace('name_en = "Abidjan"', 'name_en = "Abidjon"', 1), "utf-8")
    second = load_gazetteer(folder)
    assert second is not first
    assert second.places["abidjan"].name_en == "Abidjon"
    assert index_of(second) is not index_of(first)
    assert [h.refs for h in index_of(second).find("à Abidjon")] == [("abidjan",)]


def test_a_file_broken_after_a_good_read_is_still_refused(folder: Path) -> None:
    load_gazetteer(folder)
    (folder / "people.toml").write_text("[[person]\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"people\.toml"):
        load_gazetteer(folder)
    (folder / "people.toml").unlink()
    with pytest.raises(GazetteerError, match="missing gazetteer file"):
        load_gazetteer(folder)


def test_victoria_is_a_town_only_with_its_province(gazetteer: Gazetteer) -> None:
    # the capital of British Columbia named with its province; bare "Victoria" is also the
    # capital of the Seychelles (and a lake, a state, a falls): no place of its own
    index = index_of(gazetteer)
    for written in (
        "Victoria, BC",
        "Victoria, British Columbia",
        "Victoria (Colombie-Britannique)",
    ):
        hits = [
            h
            for h in index.find(f"A lunch in {written} for the delegation")
            if h.category == "place"
        ]
        assert [h.refs for h in hits] == [("victoria-bc",)], written
    bare = index.find("A lunch in Victoria for the delegation")
    assert not [h for h in bare if h.category == "place"]
