"""graphbuild: a knowledge graph of international electoral cooperation.

The public API, one function per pipeline stage (imported lazily, so that the command
line starts fast)::

    >>> import graphbuild
    >>> sorted(graphbuild.__all__)[:3]
    ['Activity', 'Dataset', 'Rows']
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Activity": "graphbuild.records",
    "Dataset": "graphbuild.api",
    "build": "graphbuild.pipeline",
    "build_dataset": "graphbuild.rdf",
    "contact_network": "graphbuild.networks",
    "curate": "graphbuild.pipeline",
    "format_result": "graphbuild.catalog",
    "ingest_pages": "graphbuild.ingest",
    "ingest_paths": "graphbuild.ingest",
    "load_catalog": "graphbuild.catalog",
    "load_gazetteer": "graphbuild.gazetteer",
    "load_records": "graphbuild.store",
    "open_dataset": "graphbuild.api",
    "organisation_labels": "graphbuild.labels",
    "package_descriptor": "graphbuild.datapackage",
    "query": "graphbuild.api",
    "read_table": "graphbuild.api",
    "Rows": "graphbuild.api",
    "dataset_tables": "graphbuild.tables",
    "partnership_network": "graphbuild.networks",
    "read_page": "graphbuild.sources",
    "run_endpoint": "graphbuild.catalog",
    "run_local": "graphbuild.catalog",
    "serialise": "graphbuild.export",
    "validate": "graphbuild.validate",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'graphbuild' has no attribute {name!r}")
