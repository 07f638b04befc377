"""The README's "Use the data" snippets (Python with pandas, R) run on a fresh build and
print what the README shows under each."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
_SNIPPET = re.compile(r"```(python|r)\n(.*?)```\n\nprints\n\n```text\n(.*?)```\n", re.S)


def _snippets() -> list[tuple[str, str, str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Use the data\n", 1)[1].split("\n## ", 1)[0]
    return [(m.group(1), m.group(2), m.group(3)) for m in _SNIPPET.finditer(section)]


def test_the_section_has_python_and_r_snippets() -> None:
    assert [lang for lang, _, _ in _snippets()] == ["python", "python", "r"]


@pytest.mark.parametrize("index", range(3))
def test_a_snippet_prints_what_the_readme_shows(
    index: int, built_dist: Path, tmp_path: Path
) -> None:
    lang, code, shown = _snippets()[index]
    (tmp_path / "dist").symlink_to(built_dist, target_is_directory=True)
    if lang == "python":
        command = [sys.executable, "-c", code]
    else:
        rscript = shutil.which("Rscript")
        if rscript is None:
            pytest.skip("R is not installed (make test installs Debian's r-base-core)")
        command = [rscript, "-e", code]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown
