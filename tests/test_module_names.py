"""Each module-level name is defined once, in the library and in the tests.

A rule module defining the same pattern name twice keeps only the later one: every rule that
reads the name sees it, and the first pattern silently stops applying (three such pairs were
found this way: a bracket after a body's name, a team's arrival, a table's header cell). A
test file doing so replaces a made-up page with another, and the first test reads the wrong
page. Neither is caught by ruff (F811 is for imports and functions only)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parent.parent
_MODULES = sorted([*(_ROOT / "graphbuild").rglob("*.py"), *(_ROOT / "tests").glob("*.py")])


def _defined_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_the_modules_are_found() -> None:
    assert any(p.name == "date_roles.py" for p in _MODULES)
    assert any(p.name == "test_news_items.py" for p in _MODULES)


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: str(p.relative_to(_ROOT)))
def test_no_module_level_name_is_defined_twice(path: Path) -> None:
    assert _defined_twice(path) == [], f"{path.relative_to(_ROOT)}: rename one of each pair"


def test_a_name_defined_twice_is_found(tmp_path: Path) -> None:
    module = tmp_path / "rules.py"
    module.write_text('_A = "x"\n_B = "y"\n\n\ndef f() -> str:\n    return _A\n\n\n_A = "z"\n')
    assert _defined_twice(module) == ["_A"]
