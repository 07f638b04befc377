"""The files the package carries: the query catalog, the ontology (with the shapes and the
JSON-LD context) and the default gazetteers.

In a checkout they are the folders beside the package (``queries/``, ``ontology/``,
``data/``); an installed wheel carries them inside the package (``graphbuild/queries/``,
``graphbuild/ontology/``, ``graphbuild/gazetteers/``: ``pyproject.toml`` maps them there),
so that every command works from any folder.

>>> (resource_dir("queries") / "missions.rq").is_file()
True
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

#: Each resource folder: its name inside the wheel, its name in the checkout.
RESOURCES = {
    "queries": ("queries", "queries"),
    "ontology": ("ontology", "ontology"),
    "gazetteers": ("gazetteers", "data"),
}

#: The gazetteer files of a data folder (the default ones ship with the package).
GAZETTEER_FILES = ("countries.toml", "organizations.toml", "people.toml", "places.toml")


def resource_dir(name: str) -> Path:
    """The folder of one resource (``queries``, ``ontology`` or ``gazetteers``): inside the
    installed package, else beside it in the checkout."""
    inside, beside = RESOURCES[name]
    packaged = _PACKAGE / inside
    return packaged if packaged.is_dir() else _PACKAGE.parent / beside


def gazetteer_dir(data_dir: str | Path) -> Path:
    """Where the gazetteers of ``data_dir`` are: the folder itself when it holds any
    gazetteer file (then it must hold all four), else the package's default gazetteers.

    So a folder with only pages and records (``graphbuild ingest`` run anywhere) uses the
    reviewed gazetteers shipped with graphbuild, and a folder of one's own gazetteers is
    never mixed with them.
    """
    folder = Path(data_dir)
    if any((folder / name).exists() for name in GAZETTEER_FILES):
        return folder
    return resource_dir("gazetteers")
