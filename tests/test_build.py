"""`graphbuild build`: a valid graph is published in full, an invalid one not at all.

The provenance test reads ../shared/sources itself: every activity's spans, taken from the
built graph, must hold the activity's date phrase (or its heading) in the real page.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from graphbuild.cli import main
from graphbuild.namespaces import DGK, OA
from graphbuild.store import load_records, records_document, write_atomic


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("dist")
    result = CliRunner().invoke(main, ["build", "--data", str(data_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    assert "SHACL: conforms" in result.output
    return out


@pytest.fixture(scope="module")
def graph(built: Path) -> Graph:
    return Graph().parse(built / "graph.nt", format="nt")


def test_build_writes_every_file(built: Path) -> None:
    for name in (
        "graph.ttl",
        "graph.nt",
        "graph.jsonld",
        "context.jsonld",
        "graph.rdf",
        "graph.trig",
        "missions.csv",
        "void.ttl",
        "validation-report.txt",
    ):
        assert (built / name).stat().st_size > 0, name
    assert not [p for p in built.iterdir() if p.name.startswith(".")], "scratch files left"


def test_summary_counts_match_the_records(data_dir: Path, tmp_path: Path) -> None:
    from graphbuild.pipeline import build

    records = load_records(data_dir / "activities.json").activities
    summary = build(data_dir, tmp_path)
    assert summary.counts["activities"] == len(records)
    assert summary.counts["countries"] == len({c for a in records for c in a.countries})
    assert summary.counts["elections"] == len(
        {(e.country, e.date) for a in records for e in a.elections}
    )
    assert summary.counts["people"] == len({p for a in records for p in a.people})


def test_unwritable_output_is_a_clear_error(data_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", "--data", str(data_dir), "--out", str(blocker / "dist")]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.output


def test_every_activity_has_its_span_in_the_page(
    graph: Graph, data_dir: Path, pages: list[Path]
) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in pages}
    digests = {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in pages}
    records = {a.id: a for a in load_records(data_dir / "activities.json").activities}
    activities = set(graph.subjects(RDF.type, DGK.Activity))
    assert len(activities) == len(records)
    for act in activities:
        ident = str(act).rsplit("/", 1)[1]
        record = records[ident]
        spans = []
        for target in graph.objects(act, PROV.wasDerivedFrom):
            source = graph.value(target, OA.hasSource)
            selector = graph.value(target, OA.hasSelector)
            if source is None or selector is None:
                continue
            doc = str(source).rsplit("/", 1)[1]
            assert str(graph.value(source, DGK.sha256)) == digests[doc]
            start = int(graph.value(selector, OA.start))  # type: ignore[arg-type]
            end = int(graph.value(selector, OA.end))  # type: ignore[arg-type]
            spans.append(texts[doc][start:end])
        assert spans, ident
        joined = "\n".join(spans)
        expected = record.date_phrase or record.title.split(" (")[0].removesuffix(" …")
        assert expected in joined, (ident, expected)


@pytest.mark.parametrize("engine", ["plain", "fast"])
def test_invalid_graph_is_not_published(
    data_copy: Path, built: Path, tmp_path: Path, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphbuild import fastexport, fastpath

    # The fast engine as on a large graph: described by workers, formats written by workers
    # while validating (they must be stopped and their files dropped).
    monkeypatch.setattr(fastpath, "PARALLEL_FROM", 0)
    monkeypatch.setattr(fastexport, "PARALLEL_FROM", 0)
    curated = load_records(data_copy / "activities.json")
    broken = list(curated.activities)
    # An end before the start: the shapes must refuse it.
    broken[0] = replace(broken[0], start_date="2016-04-15", end_date="2016-04-12")
    write_atomic(
        data_copy / "activities.json",
        records_document(broken, curated.sources, curated.corrections_applied),
    )
    out = tmp_path / "dist"
    out.mkdir()
    (out / "graph.ttl").write_text("previous contents\n", encoding="utf-8")
    command = ["build", "--data", str(data_copy), "--out", str(out), "--engine", engine]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 1
    assert broken[0].id in result.stderr and "chars" in result.stderr
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous contents\n"
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


def test_build_twice_is_byte_identical(built: Path, data_dir: Path, tmp_path: Path) -> None:
    again = CliRunner().invoke(main, ["build", "--data", str(data_dir), "--out", str(tmp_path)])
    assert again.exit_code == 0
    for name in ("graph.ttl", "graph.nt"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_every_own_term_is_declared(graph: Graph) -> None:
    ontology = Graph().parse(Path(__file__).parent.parent / "ontology" / "dgeq-kg.ttl")
    declared = set(ontology.subjects())
    used: set[URIRef] = set()
    for _s, p, o in graph:
        for term in (p, o):
            if isinstance(term, URIRef) and str(term).startswith(str(DGK)):
                used.add(term)
    assert used, "the graph uses the project's own terms"
    assert used <= declared, sorted(used - declared)
