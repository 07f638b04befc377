"""The wheel carries what the commands need, and an installed graphbuild works from any folder.

The wheel is built from a copy of the sources (nothing is written into the checkout) and
installed without its dependencies into a fresh virtual environment in a temporary folder;
that environment sees the test environment's packages (numpy, rdflib, ...) through a
``.pth`` line, which does not run the test environment's own ``.pth`` files, so the
checkout's editable graphbuild stays invisible. ingest, build and query then run from a
folder that holds only a page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT.parent / "shared" / "sources" / "dgeq-archives-of-missions.txt"
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "LICENSE-DATA")
FOLDERS = ("graphbuild", "queries", "ontology")


def run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in FOLDERS:
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    (src / "data").mkdir()
    for gazetteer in ROOT.glob("data/*.toml"):
        shutil.copy2(gazetteer, src / "data" / gazetteer.name)
    out = tmp_path_factory.mktemp("wheel")
    env = {**os.environ, "PIP_NO_INPUT": "1"}
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            ".",
        ],
        src,
        env,
    )
    (built,) = out.glob("graphbuild-*.whl")
    return built


def test_the_wheel_carries_the_catalog_ontology_and_gazetteers(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for query in (ROOT / "queries").glob("*.rq"):
        assert f"graphbuild/queries/{query.name}" in names
    for name in ("dgeq-kg.ttl", "shapes.ttl", "context.jsonld"):
        assert f"graphbuild/ontology/{name}" in names
    for name in ("countries", "organizations", "people", "places"):
        assert f"graphbuild/gazetteers/{name}.toml" in names
    assert "graphbuild/gazetteers/activities.json" not in names  # the defaults only
    licences = {n.rsplit("/", 1)[-1] for n in names if "/licenses/" in n}
    assert {"LICENSE", "LICENSE-DATA"} <= licences


@pytest.mark.skipif(not PAGE.is_file(), reason="../shared/sources is not beside the checkout")
def test_installed_elsewhere_it_ingests_builds_and_queries(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "test-env-packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        tmp_path,
        env,
    )
    work = tmp_path / "work"
    work.mkdir()
    where = run([str(python), "-c", "import graphbuild; print(graphbuild.__file__)"], work, env)
    assert Path(where.stdout.strip()).is_relative_to(venv)  # the wheel, not the checkout

    graphbuild = str(venv / "bin" / "graphbuild")
    # the default gazetteers; who published the page is said as anyone would for a new page
    run([graphbuild, "ingest", str(PAGE), "--publisher", "DGEQ"], work, env)
    assert (work / "data" / "activities.json").is_file()
    assert sorted(p.name for p in (work / "data").iterdir()) == ["activities.json"]
    run([graphbuild, "build"], work, env)
    assert (work / "dist" / "graph.nt").is_file()
    assert (work / "dist" / "tables" / "datapackage.json").is_file()
    # "Evaluation mission to Haiti ... From August 31 to September 5, 2014" and the October
    # 2015 observation, both with the OIF (README, from the page)
    found = run(
        [
            graphbuild,
            "query",
            "activities-with-organisation-in-country",
            "-p",
            "organization=oif",
            "-p",
            "country=HTI",
            "--format",
            "csv",
        ],
        work,
        env,
    )
    lines = found.stdout.splitlines()
    assert lines[0].split(",")[:4] == ["activity", "id", "title", "start_date"]
    starts = sorted(line.split(",")[3] for line in lines[1:])
    assert starts == ["2014-08-31", "2015-10-22"]
    # and a query given inline, from another folder again, on the graph named by --graph
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    inline = run(
        [
            graphbuild,
            "query",
            "--graph",
            str(work / "dist" / "graph.nt"),
            "-e",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/dgeq-kg/ontology#Activity> }",
            "--format",
            "tsv",
        ],
        elsewhere,
        env,
    )
    assert inline.stdout.splitlines()[0] == "n"
    assert int(inline.stdout.splitlines()[1]) > 40
