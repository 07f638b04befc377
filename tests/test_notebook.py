"""The example notebook runs from top to bottom on a fresh build (nbclient, a real kernel)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "research-questions.ipynb"


def _text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        parts.append(output.get("data", {}).get("text/plain", ""))
    return "".join(parts)


def test_the_notebook_answers_its_three_questions(
    built_dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRAPHBUILD_DIST", str(built_dist))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:  # what is run is what the file says, not its saved outputs
        if cell.cell_type == "code":
            cell.outputs = []
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on any failing cell
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(_text(c) for c in code), "every cell shows its answer"
    partners = _text(code[1]).splitlines()
    # The OIF, whose missions the DGEQ joined year after year (2009 to 2016 on the pages),
    # is its first partner by far; the DGEQ itself is not its own partner.
    assert partners[2].split()[0] == "OIF"
    assert "DGEQ" not in _text(code[1])
    timing = _text(code[-1])
    assert "count" in timing and "50%" in timing
