"""Every data file and option, broken on purpose: a located one-line error, never a
traceback, never a half-written output, and data/ left as it was.

Hypothesis mutates each file the commands read (activities.json, corrections.toml, the
four gazetteers, sources.toml): truncations, other encodings, values of the wrong type,
keys removed or added, whole shapes replaced; for activities.json also with the records'
digest recomputed, so that the mutation reaches the checks behind the hand-edit check.
Then the command that reads the file runs (`build` into a folder holding a previous
build, or `ingest --check`) and must either succeed (and publish a whole build) or stop
with exit 1 and one line ``error: FILE[:LINE] [RECORD]: what (what to do)``. Each option
is given random values the same way: exit 2 naming the option, or accepted. The cases the
issue names are examples of their own below.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.cli import main
from graphbuild.publish import MARKER, read_marker
from graphbuild.store import load_records, records_document

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
DATA_FILES = (
    "activities.json",
    "corrections.toml",
    "countries.toml",
    "organizations.toml",
    "people.toml",
    "places.toml",
    "sources.toml",
)
PAGE_TEXT = (
    "2015\n\nTunisia Mission\n\n"
    "From October 28 to 30, 2015, a representative of the DGEQ went to Tunis.\n"
)
EXAMPLES = int(os.environ.get("GRAPHBUILD_MUTATION_EXAMPLES", "25"))


def snapshot(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def small_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/ with three of its records (so that a build takes half a second)."""
    target = tmp_path_factory.mktemp("small") / "data"
    shutil.copytree(DATA, target)
    curated = load_records(DATA / "activities.json")
    (target / "activities.json").write_text(
        records_document(curated.activities[:3], curated.sources, []), encoding="utf-8"
    )
    return target


@pytest.fixture(scope="module")
def page_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A one-activity page (named as a page of data/sources.toml) and a data/ that is up
    to date with it, so that `ingest --check` passes before any mutation."""
    root = tmp_path_factory.mktemp("page")
    page = root / "dgeq-archives-of-missions.txt"
    page.write_text(PAGE_TEXT, encoding="utf-8")
    data = root / "data"
    shutil.copytree(DATA, data)
    (data / "corrections.toml").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(page), "--data", str(data)])
    assert result.exit_code == 0, result.output
    return page, data


@pytest.fixture(scope="module")
def previous_build(small_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("previous") / "dist"
    result = CliRunner().invoke(main, ["build", "--data", str(small_data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


# -- what every run must show ---------------------------------------------------------------


def check_outcome(result: Result, *, names: tuple[str, ...], option: str | None = None) -> None:
    """No traceback; exit 0, or exit 1/2 with one located line."""
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"uncaught {result.exception!r}"
    )
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        return
    assert result.exit_code in (1, 2), result.exit_code
    lines = result.stderr.strip().split("\n")  # a terminal breaks lines at \n only
    assert lines, "an error without a message"
    if option is not None and lines[-1].startswith("Error: "):  # click's own usage errors
        assert result.exit_code == 2 and f"'{option}'" in lines[-1], lines[-1]
        return
    first = lines[0]
    assert first.startswith("error: "), first
    shacl = "does not conform to the SHACL shapes" in first
    stale = "stale corrections" in first
    assert len(lines) == 1 or shacl or stale, f"not one line: {lines}"
    located = any(name in first for name in names)
    assert located or (option is not None and option in first), f"not located: {first}"


def check_published(out: Path, before: dict[str, str], result: Result) -> None:
    """The output folder holds the previous build, or the new one whole; no scratch."""
    now = snapshot(out)
    if result.exit_code != 0:
        assert now == before, "a failed run changed the output folder"
    else:
        marker = read_marker(out)
        assert marker is not None
        for name, digest in marker["files"].items():
            assert now[name] == digest, name
        assert set(now) == {*marker["files"], MARKER}
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".dist.build-")]


def run_build(small_data: Path, previous: Path, mutate: Callable[[Path], None]) -> None:
    with tempfile.TemporaryDirectory(prefix="graphbuild-mutation-") as folder:
        root = Path(folder)
        data = root / "data"
        shutil.copytree(small_data, data)
        out = root / "dist"
        shutil.copytree(previous, out)
        mutate(data)
        data_before, out_before = snapshot(data), snapshot(out)
        result = CliRunner().invoke(main, ["build", "--data", str(data), "--out", str(out)])
        check_outcome(result, names=DATA_FILES)
        assert snapshot(data) == data_before, "data/ was changed"
        check_published(out, out_before, result)


# -- mutations ------------------------------------------------------------------------------

TOML_VALUES = st.sampled_from(
    [
        "5",
        "-1",
        "3.5",
        "nan",
        "inf",
        "true",
        "[]",
        '[1, "a"]',
        "[[1]]",
        "{}",
        "{ a = 1 }",
        '""',
        '"x"',
        '"\\u0000"',
        '"2016-13-45"',
        "1979-05-27",
        "1979-05-27T07:32:00Z",
        '"http://a b/"',
        '"Q0"',
        '"ZZZ"',
    ]
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(
        ["2016-02-30", "2016-13", "observation", "participant", "HTI", "oif", "\ud800", "a\x00b"]
    )
    | st.sampled_from(["http://a b/", "urn:x", "fr-CA", "not a tag", "\u2028"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def encoded(data: st.DataObject, raw: bytes) -> bytes:
    """The same text in another encoding, or with bytes spliced in."""
    text = raw.decode("utf-8")
    how = data.draw(st.sampled_from(["latin-1", "utf-16", "bom", "splice", "nul"]))
    if how == "latin-1":
        return text.encode("latin-1", errors="replace") + "é".encode("latin-1")
    if how == "utf-16":
        return text.encode("utf-16")
    if how == "bom":
        return b"\xef\xbb\xbf" + raw
    at = data.draw(st.integers(0, len(raw)))
    junk = b"\x00" if how == "nul" else data.draw(st.binary(min_size=1, max_size=8))
    return raw[:at] + junk + raw[at:]


def mutate_toml(data: st.DataObject, raw: bytes) -> bytes:
    how = data.draw(st.sampled_from(["truncate", "value", "drop", "insert", "encode"]))
    if how == "truncate":
        return raw[: data.draw(st.integers(0, len(raw)))]
    if how == "encode":
        return encoded(data, raw)
    lines = raw.decode("utf-8").splitlines(keepends=True)
    keyed = [i for i, line in enumerate(lines) if re.match(r"^\s*[\w.-]+\s*=", line)] or [0]
    i = data.draw(st.sampled_from(keyed))
    if how == "value" and "=" in lines[i]:
        key = lines[i].split("=", 1)[0]
        lines[i] = f"{key}= {data.draw(TOML_VALUES)}\n"
    elif how == "drop":
        del lines[i]
    else:
        added = data.draw(
            st.sampled_from(
                ["oops = 1\n", "[oops]\n", "[[oops]]\n", "id = 5\n", "[[person.post]]\n"]
            )
        )
        lines.insert(i, added)
    return "".join(lines).encode("utf-8")


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _paths(item, (*path, n))


def _rehash(doc: Any) -> None:
    if isinstance(doc, dict) and "activities" in doc:
        canonical = json.dumps(
            doc["activities"], ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )
        digest = hashlib.sha256(canonical.encode("utf-8", "surrogatepass"))
        doc["records_sha256"] = digest.hexdigest()


def mutate_json(data: st.DataObject, raw: bytes) -> bytes:
    how = data.draw(st.sampled_from(["truncate", "encode", "value", "drop", "shape"]))
    if how == "truncate":
        return raw[: data.draw(st.integers(0, len(raw)))]
    if how == "encode":
        return encoded(data, raw)
    if how == "shape":
        return data.draw(st.sampled_from([b"[]", b"null", b"5", b'"x"', b"{}", b"[" * 100000]))
    doc = json.loads(raw)
    paths = [p for p in _paths(doc) if p]
    path = data.draw(st.sampled_from(paths))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if how == "value":
        parent[path[-1]] = data.draw(JSON_VALUES)
    else:
        del parent[path[-1]]
    if data.draw(st.booleans()):  # past the hand-edit check, to the record checks
        _rehash(doc)
    return json.dumps(doc, ensure_ascii=True, indent=1).encode("utf-8")  # "\ud800" as JSON has it


# -- the files ----------------------------------------------------------------------------

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(data=st.data())
def test_a_mutated_activities_json(
    data: st.DataObject, small_data: Path, previous_build: Path
) -> None:
    def mutate(folder: Path) -> None:
        path = folder / "activities.json"
        path.write_bytes(mutate_json(data, path.read_bytes()))

    run_build(small_data, previous_build, mutate)


@pytest.mark.parametrize(
    "name",
    ["corrections.toml", "countries.toml", "organizations.toml", "people.toml", "places.toml"],
)
@SETTINGS
@given(data=st.data())
def test_a_mutated_toml_file(
    data: st.DataObject, name: str, small_data: Path, previous_build: Path
) -> None:
    def mutate(folder: Path) -> None:
        path = folder / name
        path.write_bytes(mutate_toml(data, path.read_bytes()))

    run_build(small_data, previous_build, mutate)


@SETTINGS
@given(data=st.data())
def test_a_mutated_sources_toml(data: st.DataObject, page_data: tuple[Path, Path]) -> None:
    page, base = page_data
    with tempfile.TemporaryDirectory(prefix="graphbuild-mutation-") as folder:
        target = Path(folder) / "data"
        shutil.copytree(base, target)
        path = target / "sources.toml"
        path.write_bytes(mutate_toml(data, path.read_bytes()))
        before = snapshot(target)
        result = CliRunner().invoke(main, ["ingest", str(page), "--data", str(target), "--check"])
        if result.exit_code == 1 and "is not what the ingest produces" in result.stderr:
            return  # metadata of the page changed (its title, language): a true answer
        check_outcome(result, names=(*DATA_FILES, page.name))
        assert snapshot(target) == before


# -- the options --------------------------------------------------------------------------

OPTION_VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "inf",
            "-inf",
            "nan",
            "0",
            "-1",
            "1e308",
            "65536",
            "",
            " ",
            "http://a b/",
            "http://x/",
            "https://example.org/id/",
            "https://example.org/id",
            "urn:x:y",
            "not an iri",
            "http://[::1/",
            "fast",
            "plain",
            "gsp",
            "2016-02-30",
            "fr-CA",
            "body",
        ]
    ),
)

#: (command before the option, option, the located names of a data error).
OPTION_CASES = {
    "build": ("--base-iri", "--endpoint", "--engine"),
    "push": ("--endpoint", "--graph", "--timeout", "--protocol"),
    "serve": ("--timeout", "--port", "--workers"),
    "ingest": ("--year-hint", "--published", "--language", "--url", "--publisher-kind"),
}


@pytest.mark.parametrize(
    ("command", "option"), [(c, o) for c, options in OPTION_CASES.items() for o in options]
)
@SETTINGS
@given(value=OPTION_VALUES)
def test_an_option_with_any_value(
    command: str,
    option: str,
    value: str,
    small_data: Path,
    previous_build: Path,
    page_data: tuple[Path, Path],
) -> None:
    if "\x00" in value:
        value = value.replace("\x00", "")  # a command line cannot hold a NUL
    with tempfile.TemporaryDirectory(prefix="graphbuild-mutation-") as folder:
        root = Path(folder)
        missing = root / "no-dist"  # push and serve stop at it before any connection
        out = root / "dist"
        shutil.copytree(previous_build, out)
        page, page_data_dir = page_data
        args = {
            "build": ["build", "--data", str(small_data), "--out", str(out)],
            "push": ["push", "--dist", str(missing), "--endpoint", "http://127.0.0.1:9/store"],
            "serve": ["serve", "--dist", str(missing), "--port", "0"],
            "ingest": ["ingest", str(page), "--data", str(page_data_dir), "--check"],
        }[command]
        before = snapshot(small_data), snapshot(page_data_dir), snapshot(out)
        result = CliRunner().invoke(main, [*args, option, value])
        if command == "ingest" and "is not what the ingest produces" in result.stderr:
            pass  # a metadata option changed the records: a true answer
        else:
            check_outcome(result, names=(str(missing), *DATA_FILES), option=option)
        assert (snapshot(small_data), snapshot(page_data_dir)) == before[:2]
        check_published(out, before[2], result)


# -- the cases of the issue ------------------------------------------------------------------


def _records(doc: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        path = folder / "activities.json"
        content = json.loads(path.read_text(encoding="utf-8"))
        doc(content)
        path.write_text(json.dumps(content), encoding="utf-8")

    return mutate


def _replace(name: str, old: str, new: str) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return mutate


def _write(name: str, content: bytes) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes(content)


def _latin1(name: str) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        path = folder / name
        path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1", errors="replace"))

    return mutate


ISSUE_CASES = {
    "records-empty-list": (_write("activities.json", b"[]"), "activities.json: holds a list"),
    "records-null": (_write("activities.json", b"null"), "activities.json: holds null"),
    "records-truncated": (
        lambda folder: (folder / "activities.json").write_bytes(
            (folder / "activities.json").read_bytes()[:5000]
        ),
        "activities.json:",
    ),
    "sources-numbers": (
        _records(lambda d: d.update(sources=[1, 2])),
        "activities.json [source 1]: 'sources' item is a number",
    ),
    "sources-object": (
        _records(lambda d: d.update(sources={"id": "x"})),
        "activities.json: 'sources' is an object",
    ),
    "sources-title-missing": (
        _records(lambda d: d["sources"][0].pop("title")),
        "source field 'title'",
    ),
    "correction-5": (_write("corrections.toml", b"correction = 5\n"), "'correction' is not a list"),
    "correction-value-5": (
        _replace("corrections.toml", 'value = "2017-11-07"', "value = 5"),
        "corrections.toml:13 [c001]: 'value' does not fit: field 'start_date': 5",
    ),
    "gazetteer-latin1": (_latin1("organizations.toml"), "organizations.toml:"),
}


@pytest.mark.parametrize("case", sorted(ISSUE_CASES))
def test_the_cases_of_the_issue(
    case: str, small_data: Path, previous_build: Path, tmp_path: Path
) -> None:
    mutate, expected = ISSUE_CASES[case]
    data = tmp_path / "data"
    shutil.copytree(small_data, data)
    out = tmp_path / "dist"
    shutil.copytree(previous_build, out)
    mutate(data)
    before = snapshot(out)
    result = CliRunner().invoke(main, ["build", "--data", str(data), "--out", str(out)])
    check_outcome(result, names=DATA_FILES)
    assert result.exit_code == 1 and expected in result.stderr, result.stderr
    assert snapshot(out) == before


def test_a_truncated_records_file_stops_the_ingest(data_copy: Path, pages: list[Path]) -> None:
    target = data_copy / "activities.json"
    target.write_bytes(target.read_bytes()[:5000])
    before = target.read_bytes()
    result = CliRunner().invoke(main, ["ingest", *map(str, pages), "--data", str(data_copy)])
    check_outcome(result, names=("activities.json",))
    assert (
        result.exit_code == 1 and "not valid JSON" in result.stderr and "--force" in result.stderr
    )
    assert target.read_bytes() == before
    forced = CliRunner().invoke(
        main, ["ingest", *map(str, pages), "--data", str(data_copy), "--force"]
    )
    assert forced.exit_code == 0, forced.stderr
    load_records(target)


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["build", "--base-iri", "http://example.org/a b/"], "--base-iri"),
        (["build", "--endpoint", "not an iri"], "--endpoint"),
        (["build", "--endpoint", "http://example.org/sparql here"], "--endpoint"),
        (["serve", "--dist", "/nonexistent", "--timeout", "inf"], "--timeout"),
        (["serve", "--dist", "/nonexistent", "--timeout", "nan"], "--timeout"),
        (
            [
                "push",
                "--dist",
                "/nonexistent",
                "--endpoint",
                "http://127.0.0.1:9/",
                "--timeout",
                "inf",
            ],
            "--timeout",
        ),
    ],
)
def test_the_options_of_the_issue(
    args: list[str], option: str, small_data: Path, tmp_path: Path
) -> None:
    if args[0] == "build":
        args = [*args, "--data", str(small_data), "--out", str(tmp_path / "dist")]
    result = CliRunner().invoke(main, args)
    check_outcome(result, names=(), option=option)
    assert result.exit_code == 2 and result.stderr.startswith(f"error: {option}: "), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "dist").exists()


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_an_unreadable_page_is_named(command: str, data_copy: Path) -> None:
    page = Path("/proc/self/mem")
    if not page.exists():
        pytest.skip("no /proc here")
    result = CliRunner().invoke(main, [command, str(page), "--data", str(data_copy)])
    check_outcome(result, names=(str(page),))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {page}: cannot be read: ")
