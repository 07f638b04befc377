"""Shared fixtures: the source pages beside the checkout, the gazetteer, the ingested records."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.gazetteer import Gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "sources"
DATA = ROOT / "data"


def source_pages() -> list[Path]:
    return sorted(SOURCES.glob("*.txt"))


@pytest.fixture(scope="session")
def pages() -> list[Path]:
    found = source_pages()
    if not found:
        pytest.fail(f"no source pages in {SOURCES}: CI checks out ../shared beside the repo")
    return found


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer(DATA)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A scratch copy of data/ that a test may change."""
    import shutil

    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target
