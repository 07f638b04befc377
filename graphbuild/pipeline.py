"""The stages end to end: pages -> curated records (ingest) and curated records -> dist/ (build)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuild.corrections import apply_corrections, load_corrections
from graphbuild.gazetteer import Gazetteer, load_gazetteer
from graphbuild.ingest import IngestResult, Progress, ingest_pages
from graphbuild.records import Activity, Correction
from graphbuild.resources import gazetteer_dir
from graphbuild.sources import MetaFields, SourcePage, read_pages
from graphbuild.store import SourceInfo, records_document

if TYPE_CHECKING:
    from graphbuild.publish import FolderUpdate
    from graphbuild.rdf import SourceDocument
    from graphbuild.store import CuratedRecords
    from graphbuild.validate import ValidationReport


@dataclass(frozen=True)
class Curated:
    raw: IngestResult
    activities: tuple[Activity, ...]
    corrections: tuple[Correction, ...]
    sources: tuple[SourceInfo, ...]
    document: str  # the text of data/activities.json


def source_infos(pages: Sequence[SourcePage]) -> tuple[SourceInfo, ...]:
    """The source documents of the pages: title, address and language from their metadata
    (sidecars, data/sources.toml); a page with no title is titled by its id."""
    return tuple(
        SourceInfo(
            id=p.id,
            sha256=p.sha256,
            title=p.meta.title or p.id,
            url=p.meta.url,
            language=p.meta.language or "en",
            original_sha256=p.original_sha256,
        )
        for p in pages
    )


def curate(
    paths: Sequence[str | Path],
    data_dir: str | Path,
    gazetteer: Gazetteer | None = None,
    *,
    progress: Progress | None = None,
    overrides: MetaFields | None = None,
) -> Curated:
    """Ingest the pages (files or folders of pages) and apply the recorded corrections;
    nothing is written. ``overrides`` is metadata for every page (see :func:`read_pages`)."""
    data = Path(data_dir)
    gaz = gazetteer or load_gazetteer(data)
    pages = read_pages(paths, data_dir=data, overrides=overrides)
    raw = ingest_pages(pages, gaz, progress=progress)
    corrections = tuple(load_corrections(data / "corrections.toml"))
    curated = apply_corrections(raw.activities, corrections, path=str(data / "corrections.toml"))
    sources = source_infos(raw.pages)
    doc = records_document(curated, sources, [c.id for c in corrections])
    return Curated(raw, tuple(curated), corrections, sources, doc)


@dataclass(frozen=True)
class BuildSummary:
    counts: dict[str, int]
    files: dict[str, Path]
    seconds: float
    warnings: int


def build_date() -> str:
    """The build's date: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC)."""
    import datetime as dt
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (
        dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        if epoch and epoch.isdigit()
        else dt.datetime.now(tz=dt.UTC)
    )
    return when.date().isoformat()


def build(
    data_dir: str | Path,
    out_dir: str | Path,
    *,
    base_iri: str | None = None,
    endpoint: str | None = None,
    progress: Progress | None = None,
    engine: str = "plain",
) -> BuildSummary:
    """Curated records + gazetteers + ontology -> one graph -> SHACL -> files in ``out_dir``.

    ``engine`` is ``"fast"`` (Oxigraph store, SHACL compiled to SPARQL, Oxigraph's writers:
    see :mod:`graphbuild.fastpath`) or ``"plain"`` (rdflib dataset, pySHACL, rdflib's
    writers). Both give isomorphic graphs and the same validation results; the fast engine
    falls back to pySHACL for shapes its compiler does not translate.

    ``out_dir`` is replaced as a whole (see :mod:`graphbuild.publish`): the files are
    written into a folder beside it, which is swapped in with one atomic rename, so the
    folder holds every file of this build or every file of the previous one, even if the
    build is killed. Nothing is published unless the graph conforms: an invalid graph
    raises ValidationFailed with the readable report. A second build into the same folder
    raises BusyError. Files of ``out_dir`` that builds do not write are kept.
    """
    import time

    from graphbuild import __version__
    from graphbuild.errors import OptionError, ValidationFailed
    from graphbuild.namespaces import DEFAULT_BASE_IRI, iri_problem
    from graphbuild.publish import FolderUpdate, check_output_folder, file_digest
    from graphbuild.rdf import SourceDocument
    from graphbuild.store import load_records

    def step(what: str, done: int) -> None:
        if progress is not None:
            progress(what, done, 4)

    started = time.perf_counter()
    data = Path(data_dir)
    out = Path(out_dir)
    if engine not in ("fast", "plain"):
        raise OptionError(f"unknown engine '{engine}'", "--engine", "use 'fast' or 'plain'")
    base = base_iri or DEFAULT_BASE_IRI
    for option, value, problem in (
        ("--base-iri", base_iri, base_iri and iri_problem(base_iri, base=True)),
        ("--endpoint", endpoint, endpoint and iri_problem(endpoint, web=True)),
    ):
        if problem:
            raise OptionError(f"{value!r} {problem}", option)
    check_output_folder(out, keep=(data,))
    step("load records", 0)
    gaz = load_gazetteer(data)
    records_path = data / "activities.json"
    curated = load_records(records_path)
    corrections_path = data / "corrections.toml"
    corrections = load_corrections(corrections_path)
    applied = set(curated.corrections_applied)
    corrections = [c for c in corrections if c.id in applied]
    sources = [
        SourceDocument(
            id=s.id,
            title=s.title,
            sha256=s.sha256,
            url=s.url,
            language=s.language,
            original_sha256=s.original_sha256,
        )
        for s in curated.sources
    ]
    step("build graph", 1)
    with FolderUpdate(out) as update:
        if engine == "fast":
            built = _build_fast(curated.activities, gaz, sources, corrections, base, update)
        else:
            built = _build_plain(curated.activities, gaz, sources, corrections, base)
        try:
            step("validate", 2)
            if not built.report.conforms:
                raise ValidationFailed(
                    "the graph does not conform to the SHACL shapes; nothing was published:\n"
                    + built.text,
                    str(records_path),
                    "fix the records (with a correction) or the gazetteer, then build again",
                )
            step("write files", 3)
            created = build_date()
            written = built.write(
                update.new,
                validation_text=built.text,
                version=__version__,
                created=created,
                endpoint=endpoint,
            )
            written.update(_write_dataset_files(update.new, curated, gaz, __version__, created))
        finally:
            built.close()
        gazetteers = gazetteer_dir(data)  # data/, or the defaults shipped with graphbuild
        inputs = [records_path, *(gazetteers / f"{n}.toml" for n in _GAZETTEERS)]
        if corrections_path.exists():
            inputs.append(corrections_path)
        files = update.commit(
            written,
            {
                "generator": f"graphbuild {__version__}",
                "created": created,
                "base_iri": base,
                "endpoint": endpoint,
                "inputs": {p.name: file_digest(p) for p in inputs},
            },
        )
    return BuildSummary(
        counts=built.counts,
        files=files,
        seconds=time.perf_counter() - started,
        warnings=len(built.report.warnings),
    )


def _write_dataset_files(
    folder: Path, curated: CuratedRecords, gaz: Gazetteer, version: str, created: str
) -> dict[str, Path]:
    """The tables with their data package and codebook (``tables/``), how to cite the
    data and its licence: from the records and the gazetteers, the same for both engines."""
    from graphbuild.datapackage import TABLES_FOLDER, write_citation_files, write_tables

    files = write_tables(
        folder / TABLES_FOLDER,
        curated.activities,
        gaz,
        curated.sources,
        version=version,
        created=created,
    )
    return {**files, **write_citation_files(folder, version=version)}


#: The gazetteer files a build reads (named in the build marker with their digests).
_GAZETTEERS = ("countries", "organizations", "people", "places")


@dataclass
class _Built:
    """What an engine hands back: the report, its text, the counts, how to write the files,
    and what to stop when done (the fast engine's format writers)."""

    report: ValidationReport
    text: str
    counts: dict[str, int]
    write: Callable[..., dict[str, Path]]
    close: Callable[[], None] = lambda: None


def _build_plain(
    activities: Sequence[Activity],
    gaz: Gazetteer,
    sources: Sequence[SourceDocument],
    corrections: Sequence[Correction],
    base: str,
) -> _Built:
    from functools import partial

    from graphbuild.export import summary_counts, write_outputs
    from graphbuild.rdf import build_dataset
    from graphbuild.validate import format_report, validate

    ds = build_dataset(activities, gaz, sources=sources, corrections=corrections, base_iri=base)
    report = validate(ds)
    write = partial(write_outputs, ds, base_iri=base)
    return _Built(report, format_report(report, ds), summary_counts(ds), write)


def _build_fast(
    activities: Sequence[Activity],
    gaz: Gazetteer,
    sources: Sequence[SourceDocument],
    corrections: Sequence[Correction],
    base: str,
    update: FolderUpdate,
) -> _Built:
    """The fast engine: the formats are written (by worker processes for a large graph)
    into the new folder while this process validates; they are dropped with it if it fails."""
    from functools import partial

    from graphbuild import fastexport
    from graphbuild.fastpath import build_store
    from graphbuild.fastshacl import UnsupportedShape, validate_store
    from graphbuild.validate import format_report, validate

    graph = build_store(
        activities,
        gaz,
        sources=sources,
        corrections=corrections,
        base_iri=base,
        workdir=update.work,
    )
    writer = fastexport.FileWriter(graph, update.new)
    try:
        try:
            report = validate_store(graph)
            text = fastexport.format_fast_report(graph, report)
        except UnsupportedShape:  # shapes beyond the compiled subset: pySHACL on the same triples
            from rdflib import Graph

            instance = Graph()
            for name in ("data", "provenance"):
                instance.parse(graph.files[name], format="nt")
            report = validate(instance)
            text = format_report(report, instance)
        counts = fastexport.summary_counts(graph)
    except BaseException:
        writer.close()
        raise
    write = partial(fastexport.write_outputs, graph, writer=writer)
    return _Built(report, text, counts, write, writer.close)
