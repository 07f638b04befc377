"""The public API: every name in __all__ resolves, and importing the package stays light."""

from __future__ import annotations

import subprocess
import sys

import graphbuild


def test_every_public_name_resolves() -> None:
    for name in graphbuild.__all__:
        assert getattr(graphbuild, name) is not None, name


def test_import_and_help_do_not_load_rdflib() -> None:
    code = "import sys, graphbuild.cli; print('rdflib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
