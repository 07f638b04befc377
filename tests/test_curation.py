"""data/activities.json is exactly ingest + corrections, and human decisions are never lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.corrections import load_corrections
from graphbuild.errors import CorrectionError, RecordsError
from graphbuild.pipeline import curate
from graphbuild.store import load_records


def test_committed_records_are_ingest_plus_corrections(pages: list[Path], data_dir: Path) -> None:
    curated = curate(pages, data_dir)
    assert (data_dir / "activities.json").read_text(encoding="utf-8") == curated.document


def test_every_correction_has_a_reason_and_applies(data_dir: Path) -> None:
    corrections = load_corrections(data_dir / "corrections.toml")
    assert corrections, "the README counts the corrections; keep the file"
    assert all(len(c.reason) > 20 for c in corrections)
    records = {a.id: a for a in load_records(data_dir / "activities.json").activities}
    for c in corrections:
        if c.op == "set":
            assert c.field is not None
            value = getattr(records[c.activity], c.field)
            assert value != c.was


def test_stale_correction_stops_the_ingest(pages: list[Path], data_copy: Path) -> None:
    path = data_copy / "corrections.toml"
    text = path.read_text(encoding="utf-8").replace('was = "2016-11-07"', 'was = "2016-11-08"')
    path.write_text(text, encoding="utf-8")
    before = (data_copy / "activities.json").read_bytes()
    with pytest.raises(CorrectionError, match=r"c001.*2016-11-08"):
        curate(pages, data_copy)
    result = CliRunner().invoke(main, ["ingest", *map(str, pages), "--data", str(data_copy)])
    assert result.exit_code == 1 and "stale" in result.stderr
    assert (data_copy / "activities.json").read_bytes() == before


def test_hand_edit_is_not_overwritten(pages: list[Path], data_copy: Path) -> None:
    path = data_copy / "activities.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["activities"][0]["kind"] = "training"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(RecordsError, match="edited by hand"):
        load_records(path)
    result = CliRunner().invoke(main, ["ingest", *map(str, pages), "--data", str(data_copy)])
    assert result.exit_code == 1 and "corrections.toml" in result.stderr
    assert json.loads(path.read_text(encoding="utf-8"))["activities"][0]["kind"] == "training"
    forced = CliRunner().invoke(
        main, ["ingest", *map(str, pages), "--data", str(data_copy), "--force"]
    )
    assert forced.exit_code == 0


def test_correction_without_reason_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "corrections.toml"
    path.write_text(
        '[[correction]]\nid = "x"\nactivity = "a"\nop = "drop"\nreason = ""\n', encoding="utf-8"
    )
    with pytest.raises(CorrectionError, match="reason"):
        load_corrections(path)


def test_check_mode(pages: list[Path], data_copy: Path) -> None:
    ok = CliRunner().invoke(main, ["ingest", *map(str, pages), "--data", str(data_copy), "--check"])
    assert ok.exit_code == 0, ok.stderr
    (data_copy / "corrections.toml").write_text("", encoding="utf-8")
    stale = CliRunner().invoke(
        main, ["ingest", *map(str, pages), "--data", str(data_copy), "--check"]
    )
    assert stale.exit_code == 1


def test_the_records_file_is_the_text_json_indents(data_dir: Path) -> None:
    """data/activities.json is written by store.indented_json: the text of json.dumps with
    ensure_ascii=False and indent=1, byte for byte, for every kind of value a record holds
    (and a few it may come to hold)."""
    from graphbuild.store import indented_json

    real = json.loads((data_dir / "activities.json").read_text(encoding="utf-8"))
    odd = {
        "empty": [{}, [], "", ()],
        "numbers": [0, -12, 3.5, 1e21, float("inf"), True, False, None],
        "text": ["Côte d'Ivoire — « élections »", 'quote " and \\ backslash', "\u2028\n\t"],
        1: {"nested": [[1, [2, {"x": []}]]]},
        None: "key None",
    }
    for value in (real, odd, [], {}, "alone", 7):
        assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=1)
    with pytest.raises(TypeError):
        indented_json({"a set": {1}})


def test_the_records_file_is_json_s_text_of_the_whole_document(data_dir: Path) -> None:
    """records_document writes its records one at a time: the text is still that of
    json.dumps (indent=1) of the whole document, and its records_sha256 that of the
    records' canonical JSON, for no record, one, and all of them."""
    import hashlib

    from graphbuild.records import activity_to_dict
    from graphbuild.store import records_document

    committed = (data_dir / "activities.json").read_text(encoding="utf-8")
    curated = load_records(data_dir / "activities.json")
    whole = json.loads(committed)
    for activities in (curated.activities, curated.activities[:1], ()):
        text = records_document(activities, curated.sources, curated.corrections_applied)
        records = [activity_to_dict(a) for a in activities]
        canonical = json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        expected = {
            **whole,
            "records_sha256": hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
            "activities": records,
        }
        assert text == json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    assert records_document(curated.activities, curated.sources, curated.corrections_applied) == (
        committed
    )


@pytest.mark.parametrize(
    ("digest", "said"),
    [
        (lambda sha: " " + sha, "is not a SHA-256 digest"),
        (lambda sha: ("0" if sha[0] != "0" else "1") + sha[1:], "was read from a page with"),
    ],
    ids=["not-a-digest", "another-page"],
)
def test_a_source_digest_edited_in_the_records_file(
    data_dir: Path, tmp_path: Path, digest: object, said: str
) -> None:
    # a source's SHA-256 changed by hand (the records' own digest does not cover the sources):
    # refused, naming the file and the source or record, not left for the build to trip on
    doc = json.loads((data_dir / "activities.json").read_text(encoding="utf-8"))
    source = doc["sources"][0]
    source["sha256"] = digest(source["sha256"])  # type: ignore[operator]
    path = tmp_path / "activities.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with pytest.raises(RecordsError) as caught:
        load_records(path)
    assert str(path) in str(caught.value)
    assert said in str(caught.value)
