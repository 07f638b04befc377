"""`graphbuild run`: the whole main job in one process writes what the five separate commands
of the main job write, the same files (graphs compared as graphs, every other file byte for
byte), and publishes its output folder whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graphbuild.errors import RecordsError
from graphbuild.pipeline import _Forked, _Handover

ROOT = Path(__file__).resolve().parent.parent

#: The graph files of dist/ and how rdflib reads them.
GRAPH_FORMATS = {
    "graph.nt": "nt",
    "graph.ttl": "turtle",
    "graph.rdf": "xml",
    "graph.jsonld": "json-ld",
    "void.ttl": "turtle",
}


def _graphbuild(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}  # the same build date for both
    return subprocess.run(
        [sys.executable, "-m", "graphbuild", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _files(folder: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(folder)): p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def _read_graph(path: Path, fmt: str) -> Graph:
    if fmt == "json-ld":  # the context beside it, as dist/ ships them
        graph = Graph()
        graph.parse(data=path.read_text(encoding="utf-8"), format="json-ld", base=path.as_uri())
        return graph
    return Graph().parse(path, format=fmt)


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory, pages: list[Path]) -> tuple[Path, Path]:
    """The same pages through `graphbuild run` (one folder) and through the five commands
    `make run` used to call (another), each with its own copy of data/."""
    one = tmp_path_factory.mktemp("one-command")
    separate = tmp_path_factory.mktemp("separate-commands")
    for folder in (one, separate):
        shutil.copytree(ROOT / "data", folder / "data")
    done = _graphbuild("run", *pages, "--data", "data", "--out", "dist", cwd=one)
    assert done.returncode == 0, done.stderr
    for command in (
        ["ingest", *pages, "--report", "dist/ingest-report.json"],
        ["extract", *pages, "--format", "csv", "-o", "dist/raw-missions.csv"],
        ["build", "--data", "data", "--out", "dist"],
        ["network", "draw", "--out", "dist"],
        ["docs", "--out", "dist"],
    ):
        done = _graphbuild(*command, cwd=separate)
        assert done.returncode == 0, (command, done.stderr)
    return one, separate


def test_one_command_writes_what_the_separate_commands_write(two_runs: tuple[Path, Path]) -> None:
    one, separate = two_runs
    for name in ("data", "dist"):
        ours, theirs = _files(one / name), _files(separate / name)
        assert sorted(ours) == sorted(theirs), name
        for rel, path in ours.items():
            if path.name in GRAPH_FORMATS:
                fmt = GRAPH_FORMATS[path.name]
                assert isomorphic(_read_graph(path, fmt), _read_graph(theirs[rel], fmt)), rel
            elif path.name == "graph.trig":
                a, b = Dataset(), Dataset()
                a.parse(path, format="trig")
                b.parse(theirs[rel], format="trig")
                for g in b.graphs():
                    assert isomorphic(a.graph(g.identifier), g), (rel, g.identifier)
                assert {g.identifier for g in a.graphs()} == {g.identifier for g in b.graphs()}
            else:
                assert path.read_bytes() == theirs[rel].read_bytes(), rel


def test_one_command_writes_every_file_of_the_main_job(two_runs: tuple[Path, Path]) -> None:
    """Not an empty match: the folder holds each stage's files, with content."""
    one, _ = two_runs
    dist = _files(one / "dist")
    for name in (
        "ingest-report.json",  # ingest --report
        "raw-missions.csv",  # extract
        "graph.ttl",  # build
        "missions.csv",
        "build.json",
        "partnership.png",  # network draw
        "network.html",
        "networks/partnership.graphml",
        "ontology.html",  # docs
        "ontology.svg",
    ):
        assert name in dist and dist[name].stat().st_size > 0, name
    # 82 activities on the two source pages (tests/gold): a header and a row each.
    assert len((one / "dist" / "raw-missions.csv").read_text().splitlines()) == 83


def test_a_bad_page_leaves_the_output_folder_as_it_was(tmp_path: Path, pages: list[Path]) -> None:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    done = _graphbuild("run", *pages, "--out", "dist", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (tmp_path / "dist" / "notes.txt").write_text("mine\n")  # a file of the user's: kept
    before = {k: p.read_bytes() for k, p in _files(tmp_path / "dist").items()}
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not text")
    done = _graphbuild("run", bad, "--out", "dist", cwd=tmp_path)
    assert done.returncode == 1
    assert "bad.txt" in done.stderr and "Traceback" not in done.stderr
    assert {k: p.read_bytes() for k, p in _files(tmp_path / "dist").items()} == before
    # Run again: the user's file is carried into the new folder, the old pictures replaced.
    done = _graphbuild("run", *pages, "--out", "dist", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "dist" / "notes.txt").read_text() == "mine\n"
    assert not list(tmp_path.glob(".dist.build-*"))


def _fails() -> None:
    raise RecordsError("broken on purpose", "data/activities.json", "fix it")


def _crashes() -> None:
    raise ZeroDivisionError("not a located error")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_forked_work_sends_back_its_value_or_its_error() -> None:
    parent = os.getpid()
    assert _Forked(os.getpid).result() != parent  # it ran in another process
    with pytest.raises(RecordsError) as caught:
        _Forked(_fails).result()
    assert (caught.value.message, caught.value.where, caught.value.hint) == (
        "broken on purpose",
        "data/activities.json",
        "fix it",
    )
    with pytest.raises(RuntimeError, match="ZeroDivisionError: not a located error"):
        _Forked(_crashes).result()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_a_worker_started_first_gets_the_value_handed_over_later() -> None:
    """`graphbuild run`'s worker is forked before the graph exists and waits for it: it
    gets the first value sent (the graph, or None for no pictures), never a later one."""
    import time

    for value in ({"union": 5757, "files": ["graph.nt"]}, None):
        handover = _Handover()
        worker = _Forked(lambda h=handover: (os.getpid(), h.receive(), time.perf_counter()))
        handover.opened_here()
        # A process forked meanwhile (as the format writers are) holds the sending end open
        # for a while: the worker must not wait for it to let go.
        later = _Forked(lambda: time.sleep(3))
        sent = time.perf_counter()
        handover.send(value)
        handover.send("too late")
        pid, got, received = worker.result()
        assert pid != os.getpid() and got == value
        assert received - sent < 2.5
        assert handover.sent_graph is (value is not None)
        later.stop()


def test_the_records_kept_from_the_ingest_are_those_the_file_gives_back(
    data_copy: Path, pages: list[Path]
) -> None:
    """`graphbuild run` builds from the records it just wrote without reading the file
    again: they must be what `graphbuild build` reads back from it."""
    from graphbuild.gazetteer import load_gazetteer
    from graphbuild.pipeline import _read_inputs, curate, inputs_of
    from graphbuild.store import write_records

    gazetteer = load_gazetteer(data_copy)
    curated = curate(pages, data_copy, gazetteer)
    (data_copy / "activities.json").unlink()
    write_records(data_copy / "activities.json", curated.document)
    kept, read = inputs_of(curated, gazetteer, data_copy), _read_inputs(data_copy)
    assert tuple(kept.activities) == tuple(read.activities)
    assert list(kept.sources) == list(read.sources)
    assert [c.id for c in kept.corrections] == [c.id for c in read.corrections]
    assert len(kept.corrections) == 3  # data/corrections.toml's three, all applied
    assert kept.paths() == read.paths()


def test_a_large_graph_s_way_writes_the_same_files(
    two_runs: tuple[Path, Path], tmp_path: Path, pages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the size from which the formats are written by workers, the pictures are drawn
    by the main process after the views, not by the worker started first: the same files,
    byte for byte (the graphs too: the same writers)."""
    from graphbuild import fastexport
    from graphbuild.pipeline import run

    one, _ = two_runs
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.setattr(fastexport, "PARALLEL_FROM", 0)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    summary = run(pages, tmp_path / "data", tmp_path / "dist")
    assert summary.seconds["pictures worker"] > 0
    ours, theirs = _files(tmp_path / "dist"), _files(one / "dist")
    assert sorted(ours) == sorted(theirs)
    for rel, path in ours.items():
        assert path.read_bytes() == theirs[rel].read_bytes(), rel
