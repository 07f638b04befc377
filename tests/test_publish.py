"""dist/ and data/activities.json are replaced as a whole, one writer at a time.

A build is killed (SIGKILL, in a subprocess) just before each of its renames in turn: by
the hook of graphbuild.publish (``GRAPHBUILD_KILL_AT_RENAME=N``) and, independently of
the code, by strace's fault injection on the rename system calls. After each kill the
output folder must hold the old build whole or the new one whole: the same file set and
bytes as before, or the new build's marker with every file it lists matching its digest
(and the files no build owns carried over). The next build clears the scratch.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.publish import KILL_AT_RENAME_ENV, MARKER, folder_lock, read_marker
from graphbuild.store import remove_dead_scratch, write_atomic

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
NEW_BASE = "https://example.org/kg/"
#: Renames in one build are few (one swap, two without RENAME_EXCHANGE); the loops stop
#: at the first run that is not killed, and never go past this.
MOST_RENAMES = 12
#: Python without the rename exchange: the swap falls back to two renames.
NO_EXCHANGE = (
    "import graphbuild.publish as p; p.exchange = lambda a, b: False; "
    "from graphbuild.cli import main; main()"
)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative path -> SHA-256); dot files included."""
    if not folder.is_dir():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def graphbuild(
    args: list[str],
    *,
    env: dict[str, str] | None = None,
    python: str | None = None,
    strace: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", python or "from graphbuild.cli import main; main()", *args]
    if strace:
        command = ["strace", "-o", os.devnull, *strace, *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def old_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built folder with files no build owns: a report, a folder of network files."""
    out = tmp_path_factory.mktemp("old") / "dist"
    result = CliRunner().invoke(main, ["build", "--data", str(DATA), "--out", str(out)])
    assert result.exit_code == 0, result.output
    (out / "ingest-report.json").write_text("[]\n", encoding="utf-8")
    (out / "networks").mkdir()
    (out / "networks" / "growth.csv").write_text("year,n\n2014,3\n", encoding="utf-8")
    return out


def check_whole(dist: Path, old: dict[str, str]) -> str:
    """'old' or 'new', or fail: the folder is one build whole."""
    now = snapshot(dist)
    if now == old:
        return "old"
    marker = read_marker(dist)
    assert marker is not None and marker["base_iri"] == NEW_BASE, (
        f"neither the old build nor the new one: {sorted(now)}"
    )
    owned = marker["files"]
    for name, digest in owned.items():
        assert now.get(name) == digest, f"{name} is not the new build's"
    carried = {n: d for n, d in old.items() if n not in owned and n != MARKER}
    assert {n: now.get(n) for n in carried} == carried, "files no build owns were lost"
    assert set(now) == {*owned, MARKER, *carried}, "stray files"
    return "new"


def dead_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen(["true"])
    process.wait(timeout=30)
    return process.pid


def fresh_copy(old_dist: Path, tmp_path: Path) -> Path:
    dist = tmp_path / "dist"
    shutil.copytree(old_dist, dist)
    return dist


def no_scratch(dist: Path) -> None:
    beside = sorted(p.name for p in dist.parent.iterdir() if p.name.startswith(".dist.build-"))
    inside = sorted(p.name for p in dist.iterdir() if p.name.startswith("."))
    assert beside == [] and inside == [], (beside, inside)


def kill_every_rename(
    old_dist: Path, tmp_path: Path, *, python: str | None = None, use_strace: bool = False
) -> list[str]:
    old = snapshot(old_dist)
    seen = []
    for n in range(1, MOST_RENAMES + 1):
        dist = fresh_copy(old_dist, tmp_path / f"kill-{n}")
        args = ["build", "--data", str(DATA), "--out", str(dist), "--base-iri", NEW_BASE]
        if use_strace:
            calls = "rename,renameat,renameat2"
            run = graphbuild(
                args,
                python=python,
                strace=["-e", f"trace={calls}", "-e", f"inject={calls}:signal=KILL:when={n}"],
            )
        else:
            run = graphbuild(args, env={KILL_AT_RENAME_ENV: str(n)}, python=python)
        if run.returncode == 0:
            assert check_whole(dist, old) == "new"
            no_scratch(dist)
            print(f"killed before renames 1-{n - 1}, leaving: {seen}; not killed: new")
            return seen
        assert run.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL), run.stderr
        if not dist.exists():  # the two-rename swap, killed between its renames
            assert python == NO_EXCHANGE, "the folder vanished although the swap is atomic"
            seen.append("none")
        else:
            seen.append(check_whole(dist, old))
        again = graphbuild(args)  # the next build clears the scratch and publishes whole
        assert again.returncode == 0, again.stderr
        assert check_whole(dist, old) == "new"
        no_scratch(dist)
    pytest.fail(f"a build made more than {MOST_RENAMES} renames")


def test_a_build_killed_at_each_rename_leaves_a_whole_folder(
    old_dist: Path, tmp_path: Path
) -> None:
    seen = kill_every_rename(old_dist, tmp_path)
    assert seen == ["old"], seen  # one rename: the swap


def test_the_same_under_strace_fault_injection(old_dist: Path, tmp_path: Path) -> None:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    probe = subprocess.run(["strace", "-o", os.devnull, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here: {probe.stderr.decode(errors='replace')}")
    seen = kill_every_rename(old_dist, tmp_path, use_strace=True)
    assert seen and set(seen) <= {"old"}, seen


def test_without_rename_exchange_a_killed_swap_is_put_back(old_dist: Path, tmp_path: Path) -> None:
    """Two renames: killed between them, the folder is missing until the next run puts
    the old one back (then builds)."""
    seen = kill_every_rename(old_dist, tmp_path, python=NO_EXCHANGE)
    assert seen == ["old", "none"], seen
    dist = fresh_copy(old_dist, tmp_path / "restore")
    args = ["build", "--data", str(DATA), "--out", str(dist), "--base-iri", NEW_BASE]
    killed = graphbuild(args, env={KILL_AT_RENAME_ENV: "2"}, python=NO_EXCHANGE)
    assert killed.returncode == -signal.SIGKILL and not dist.exists()
    from graphbuild.publish import remove_scratch

    remove_scratch(dist)
    assert snapshot(dist) == snapshot(old_dist)
    no_scratch(dist)


def test_a_build_killed_at_any_moment_leaves_a_whole_folder(old_dist: Path, tmp_path: Path) -> None:
    """SIGKILL at times spread over a whole build, not only at renames."""
    import time

    old = snapshot(old_dist)
    started = time.perf_counter()
    first = graphbuild(["build", "--data", str(DATA), "--out", str(tmp_path / "timing")])
    assert first.returncode == 0, first.stderr
    span = time.perf_counter() - started
    outcomes = []
    for i in range(8):
        dist = fresh_copy(old_dist, tmp_path / f"at-{i}")
        args = ["build", "--data", str(DATA), "--out", str(dist), "--base-iri", NEW_BASE]
        command = [sys.executable, "-c", "from graphbuild.cli import main; main()", *args]
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            process.wait(timeout=span * (0.3 + i * 0.12))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
        outcomes.append(check_whole(dist, old))
    print("outcomes of kills over the build:", outcomes)
    assert "old" in outcomes


def test_a_second_build_stops_with_a_clear_message(old_dist: Path, tmp_path: Path) -> None:
    dist = fresh_copy(old_dist, tmp_path)
    before = snapshot(dist)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sys, time
                from graphbuild.publish import folder_lock
                with folder_lock({str(dist)!r}):
                    print("held", flush=True)
                    sys.stdin.read()
            """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = CliRunner().invoke(
            main, ["build", "--data", str(DATA), "--out", str(dist), "--base-iri", NEW_BASE]
        )
        assert result.exit_code == 2
        line = result.stderr.strip()
        assert "\n" not in line and "Traceback" not in result.output
        assert line.startswith(f"error: {dist}: another graphbuild process (pid {holder.pid})")
        assert "wait for it to finish" in line
        assert snapshot(dist) == before
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    # The holder is gone, and its lock with it.
    result = CliRunner().invoke(main, ["build", "--data", str(DATA), "--out", str(dist)])
    assert result.exit_code == 0, result.stderr


def test_drawing_waits_for_no_build(old_dist: Path, tmp_path: Path) -> None:
    """`network draw` and `docs` take the same lock as a build."""
    dist = fresh_copy(old_dist, tmp_path)
    with folder_lock(dist):
        for command in (
            ["network", "draw", "--graph", str(dist / "graph.nt"), "--out", str(dist)],
            ["docs", "--out", str(dist)],
        ):
            result = CliRunner().invoke(main, command)
            assert result.exit_code == 2 and "another graphbuild process" in result.stderr


def test_scratch_of_killed_runs_is_removed(old_dist: Path, tmp_path: Path) -> None:
    dist = fresh_copy(old_dist, tmp_path)
    (dist / ".build-k1ll3d00").mkdir()  # where earlier versions built
    (dist / ".build-k1ll3d00" / "graph.nt").write_text("half\n", encoding="utf-8")
    beside = tmp_path / ".dist.build-abcd1234"
    (beside / "new").mkdir(parents=True)
    result = CliRunner().invoke(main, ["build", "--data", str(DATA), "--out", str(dist)])
    assert result.exit_code == 0, result.stderr
    no_scratch(dist)
    assert (dist / "ingest-report.json").read_text(encoding="utf-8") == "[]\n"  # carried over


def test_a_killed_ingest_leaves_the_records_whole_and_its_scratch_goes(
    data_copy: Path, pages: list[Path]
) -> None:
    target = data_copy / "activities.json"
    (data_copy / "corrections.toml").write_text("", encoding="utf-8")  # the output changes
    before = target.read_bytes()
    old_style = data_copy / ".activities.json.x7qz_k2a"  # as earlier versions named it
    old_style.write_text("{", encoding="utf-8")
    args = ["ingest", *map(str, pages), "--data", str(data_copy)]
    killed = graphbuild(args, env={KILL_AT_RENAME_ENV: "1"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert target.read_bytes() == before
    # Its own scratch is left (the old-style one it removed before writing).
    left = [p.name for p in data_copy.glob(".activities.json.*")]
    assert len(left) == 1 and re.match(r"^\.activities\.json\.\d+-\w{8}$", left[0]), left
    again = graphbuild(args)
    assert again.returncode == 0, again.stderr
    assert target.read_bytes() != before
    assert sorted(data_copy.glob(".activities.json.*")) == []
    # An ingest that finds the records up to date writes nothing, and still clears.
    leftover = data_copy / f".activities.json.{dead_pid()}-abcd1234"
    leftover.write_text("{", encoding="utf-8")
    same = graphbuild(args)
    assert same.returncode == 0 and not leftover.exists(), same.stderr


def test_scratch_of_a_running_writer_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    mine = tmp_path / f".report.json.{os.getpid()}-abcd1234"
    mine.write_text("in progress", encoding="utf-8")
    theirs = tmp_path / f".report.json.{dead_pid()}-abcd1234"
    theirs.write_text("killed", encoding="utf-8")
    assert remove_dead_scratch(target) == [theirs]
    write_atomic(target, "{}\n")
    assert mine.exists() and target.read_text(encoding="utf-8") == "{}\n"


def test_the_current_folder_is_no_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for out in (".", str(tmp_path.parent)):
        result = CliRunner().invoke(main, ["build", "--data", str(DATA), "--out", out])
        assert result.exit_code == 2, result.output
        assert "give a folder of its own" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
