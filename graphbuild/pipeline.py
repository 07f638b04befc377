"""The stages end to end: pages -> curated records (ingest) and curated records -> dist/ (build)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.corrections import apply_corrections, load_corrections
from graphbuild.forks import Forked as _Forked
from graphbuild.gazetteer import Gazetteer, load_gazetteer
from graphbuild.ingest import IngestResult, Progress, ingest_pages
from graphbuild.records import Activity, Correction
from graphbuild.resources import gazetteer_dir
from graphbuild.sources import MetaFields, SourcePage, read_pages
from graphbuild.store import SourceInfo, records_document

if TYPE_CHECKING:
    from graphbuild.publish import FolderUpdate
    from graphbuild.rdf import SourceDocument
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

    from graphbuild.publish import FolderUpdate

    started = time.perf_counter()
    out = Path(out_dir)
    base = _checked_options(out, Path(data_dir), base_iri, endpoint, engine)
    if progress is not None:
        progress("load records", 0, 4)
    inputs = _read_inputs(Path(data_dir))
    with FolderUpdate(out) as update:
        built, written, about = _build_into(
            update, inputs, base, engine=engine, endpoint=endpoint, progress=progress
        )
        files = update.commit(written, about)
    return BuildSummary(
        counts=built.counts,
        files=files,
        seconds=time.perf_counter() - started,
        warnings=len(built.report.warnings),
    )


def _checked_options(
    out: Path, data: Path, base_iri: str | None, endpoint: str | None, engine: str
) -> str:
    """The base IRI of the build, once its options and output folder are checked."""
    from graphbuild.errors import OptionError
    from graphbuild.namespaces import DEFAULT_BASE_IRI, iri_problem
    from graphbuild.publish import check_output_folder

    if engine not in ("fast", "plain"):
        raise OptionError(f"unknown engine '{engine}'", "--engine", "use 'fast' or 'plain'")
    for option, value, problem in (
        ("--base-iri", base_iri, base_iri and iri_problem(base_iri, base=True)),
        ("--endpoint", endpoint, endpoint and iri_problem(endpoint, web=True)),
    ):
        if problem:
            raise OptionError(f"{value!r} {problem}", option)
    check_output_folder(out, keep=(data,))
    return base_iri or DEFAULT_BASE_IRI


@dataclass(frozen=True)
class _Inputs:
    """What a build reads from ``data/``: the gazetteers, the curated records, the
    corrections they applied and their source documents."""

    data: Path
    gazetteer: Gazetteer
    activities: Sequence[Activity]
    corrections: Sequence[Correction]
    sources: Sequence[SourceDocument]
    infos: Sequence[SourceInfo] = ()  # the same sources as the records file has them

    @property
    def records_path(self) -> Path:
        return self.data / "activities.json"

    def paths(self) -> list[Path]:
        """The files the build read (named in its marker with their digests)."""
        gazetteers = gazetteer_dir(self.data)  # data/, or the defaults shipped with graphbuild
        found = [self.records_path, *(gazetteers / f"{n}.toml" for n in _GAZETTEERS)]
        if (self.data / "corrections.toml").exists():
            found.append(self.data / "corrections.toml")
        return found


def _read_inputs(data: Path) -> _Inputs:
    from graphbuild.store import load_records

    gaz = load_gazetteer(data)
    curated = load_records(data / "activities.json")
    applied = set(curated.corrections_applied)
    corrections = [c for c in load_corrections(data / "corrections.toml") if c.id in applied]
    return _Inputs(
        data, gaz, curated.activities, corrections, _documents(curated.sources), curated.sources
    )


def _documents(sources: Sequence[SourceInfo]) -> list[SourceDocument]:
    from graphbuild.rdf import SourceDocument

    return [
        SourceDocument(
            id=s.id,
            title=s.title,
            sha256=s.sha256,
            url=s.url,
            language=s.language,
            original_sha256=s.original_sha256,
        )
        for s in sources
    ]


def inputs_of(curated: Curated, gazetteer: Gazetteer, data: Path) -> _Inputs:
    """What :func:`_read_inputs` reads back from the records file ``curated.document`` was
    written to, without reading it: its records, sources and corrections (the document
    names every correction as applied). ``tests/test_run.py`` checks the two are equal."""
    return _Inputs(
        data,
        gazetteer,
        curated.activities,
        list(curated.corrections),
        _documents(curated.sources),
        curated.sources,
    )


def _build_into(
    update: FolderUpdate,
    inputs: _Inputs,
    base: str,
    *,
    engine: str,
    endpoint: str | None,
    progress: Progress | None,
    keep: Callable[[_Built], None] | None = None,
    valid: Callable[[_Built], None] | None = None,
    stored: Callable[[Any], None] | None = None,
) -> tuple[_Built, dict[str, Path], dict[str, object]]:
    """Build the graph of ``inputs`` into ``update.new``: the engine's result, the files it
    wrote (names in ``update.new``) and what the build marker says about them.

    ``keep``, when given, is called with the engine's result after the files are written
    and before its workers are stopped: the one place to use the built graph further.
    ``valid``, when given, is called with it as soon as the graph is known to conform,
    before the files are written (to start work on the graph beside the writing);
    ``stored``, by the fast engine, with its graph as soon as it is stored, before it is
    validated, once the files made from the records (the tables) are written: past it the
    build needs the records no more."""
    from graphbuild import __version__
    from graphbuild.errors import ValidationFailed
    from graphbuild.publish import file_digest

    def step(what: str, done: int) -> None:
        if progress is not None:
            progress(what, done, 4)

    activities, gaz, sources = inputs.activities, inputs.gazetteer, inputs.sources
    corrections = inputs.corrections
    created = build_date()
    tables: dict[str, Path] = {}

    def stored_here(graph: Any) -> None:
        # The tables come from the records, not the graph: written now, so that the caller
        # may let the records go (``stored``) while the graph is validated.
        tables.update(_write_dataset_files(update.new, inputs, __version__, created))
        if stored is not None:
            stored(graph)

    step("build graph", 1)
    if engine == "fast":
        built = _build_fast(activities, gaz, sources, corrections, base, update, stored_here)
    else:
        built = _build_plain(activities, gaz, sources, corrections, base)
    try:
        step("validate", 2)
        if not built.report.conforms:
            raise ValidationFailed(
                "the graph does not conform to the SHACL shapes; nothing was published:\n"
                + built.text,
                str(inputs.records_path),
                "fix the records (with a correction) or the gazetteer, then build again",
            )
        if valid is not None:
            valid(built)
        step("write files", 3)
        written = built.write(
            update.new,
            validation_text=built.text,
            version=__version__,
            created=created,
            endpoint=endpoint,
        )
        written.update(tables or _write_dataset_files(update.new, inputs, __version__, created))
        if keep is not None:
            keep(built)
    finally:
        built.close()
    about: dict[str, object] = {
        "generator": f"graphbuild {__version__}",
        "created": created,
        "base_iri": base,
        "endpoint": endpoint,
        "inputs": {p.name: file_digest(p) for p in inputs.paths()},
    }
    return built, written, about


def _write_dataset_files(
    folder: Path, inputs: _Inputs, version: str, created: str
) -> dict[str, Path]:
    """The tables with their data package and codebook (``tables/``), how to cite the
    data and its licence: from the records and the gazetteers, the same for both engines."""
    from graphbuild.datapackage import TABLES_FOLDER, write_citation_files, write_tables

    files = write_tables(
        folder / TABLES_FOLDER,
        inputs.activities,
        inputs.gazetteer,
        inputs.infos,
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
    #: The graph as the engine holds it (a FastGraph, or the plain engine's rdflib Dataset).
    graph: Any = None


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
    return _Built(report, format_report(report, ds), summary_counts(ds), write, graph=ds)


def _build_fast(
    activities: Sequence[Activity],
    gaz: Gazetteer,
    sources: Sequence[SourceDocument],
    corrections: Sequence[Correction],
    base: str,
    update: FolderUpdate,
    stored: Callable[[Any], None] | None = None,
) -> _Built:
    """The fast engine: the formats are written (by worker processes for a large graph)
    into the new folder, then the graph is validated; they are dropped with it if it fails.

    The workers write while this process writes the tables; a store kept in memory is loaded
    once they are done, an on-disk store (a little memory) beside them. At 222x, with the
    writers beside the in-memory store's validation, the run peaked at 709 MB; after them,
    at 661 MB, in about the same time (three processes on two cores gained little)."""
    from functools import partial

    from graphbuild import fastexport, forks
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
        if stored is not None:
            stored(graph)
        if not graph.on_disk:
            writer.collect()
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
        forks.give_back_memory()  # what the queries' threads held, before the files' work
    except BaseException:
        writer.close()
        raise
    write = partial(fastexport.write_outputs, graph, writer=writer)
    return _Built(report, text, counts, write, writer.close, graph=graph)


# -- the whole main job in one process ------------------------------------------------------


def ingest_report_json(issues: Sequence[Any]) -> str:
    """The ingest report: every issue with its place; an unresolved name also with a
    ready-to-paste gazetteer entry (``suggestion``)."""
    import json

    from graphbuild.ingest.suggest import gazetteer_entry

    rows = []
    for i in issues:
        row = {
            "source": i.source,
            "line": i.line,
            "category": i.category,
            "text": i.text,
            "start": i.start,
            "end": i.end,
        }
        if i.category.startswith("unresolved-"):
            entry = gazetteer_entry(i.category.removeprefix("unresolved-"), i.text, i.country)
            if entry is not None:
                row["suggestion"] = entry
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def raw_table_csv(activities: Sequence[Activity], gazetteer: Gazetteer) -> str:
    """The parser's raw records as the research table (``graphbuild extract --format csv``)."""
    from graphbuild.labels import gazetteer_labels
    from graphbuild.table import activity_row, rows_csv

    labels = gazetteer_labels(gazetteer)  # once, not once per record
    return rows_csv([activity_row(a, gazetteer, labels) for a in activities])


#: Where the whole main job writes the ingest report and the raw records' table.
INGEST_REPORT = "ingest-report.json"
RAW_TABLE = "raw-missions.csv"


def ingest_counts(curated: Curated) -> dict[str, int]:
    """What an ingest's summary line says: pages, activities found, corrections, curated
    records, unresolved mentions, inferred years."""
    issues = curated.raw.issues
    return {
        "pages": len(curated.raw.pages),
        "found": len(curated.raw.activities),
        "corrections": len(curated.corrections),
        "records": len(curated.activities),
        "unresolved": sum(i.category.startswith("unresolved") for i in issues),
        "inferred": sum(a.year_inferred for a in curated.activities),
    }


@dataclass(frozen=True)
class RunSummary:
    ingest: dict[str, int]  # see ingest_counts
    records: Path  # data/activities.json
    records_written: bool  # False when it held these records already
    build: BuildSummary
    files: list[Path]  # every file written into the output folder, at its final place
    #: Wall seconds of each stage in this process (``network draw`` and ``docs`` include
    #: waiting for their workers), of the two workers (``pictures worker``, ``docs worker``,
    #: beside the stages) and ``total``.
    seconds: dict[str, float]


def run(
    pages: Sequence[str | Path],
    data_dir: str | Path = "data",
    out_dir: str | Path = "dist",
    *,
    overrides: MetaFields | None = None,
    force: bool = False,
    base_iri: str | None = None,
    endpoint: str | None = None,
    engine: str = "fast",
    progress: Progress | None = None,
) -> RunSummary:
    """The whole main job in one process: what ``graphbuild ingest PAGES --report
    OUT/ingest-report.json``, ``graphbuild extract PAGES --format csv -o
    OUT/raw-missions.csv``, ``graphbuild build``, ``graphbuild network draw`` and
    ``graphbuild docs`` write, the same files, with the pages read once and the built graph
    queried where it is (the store the build validated) by the network views.

    ``data_dir/activities.json`` is written first, as ``ingest`` does; everything in
    ``out_dir`` then appears at once (see :func:`build`): the build's files, the report,
    the raw table, the pictures and networks and the ontology's documentation, or none of
    them. A worker forked at the start writes the documentation while the pages are read,
    then draws the pictures of a small graph as soon as it is stored, while it is validated
    and its files and network views are written here (it is stopped, and its
    files dropped, if the graph does not conform); a large graph's pictures and views are
    drawn here, once its files are written.
    """
    import dataclasses
    import time

    from graphbuild.publish import FolderUpdate
    from graphbuild.store import write_records

    started = time.perf_counter()
    seconds: dict[str, float] = {}

    def lap(stage: str, since: float) -> float:
        now = time.perf_counter()
        seconds[stage] = now - since
        return now

    data, out = Path(data_dir), Path(out_dir)
    base = _checked_options(out, data, base_iri, endpoint, engine)
    with FolderUpdate(out) as update:
        new = update.new
        # One worker from the start: the documentation (it needs nothing of the pages), then
        # what drawing takes (its modules), then, once a small graph is stored, its pictures
        # and views (see _docs_then_pictures); a large graph's are drawn here. The modules
        # both processes use are imported first, once (this process needs them later).
        import networkx  # noqa: F401
        import pyoxigraph  # noqa: F401

        handover = _Handover()
        worker = _Forked(lambda: _docs_then_pictures(new, handover))
        handover.opened_here()
        try:
            gaz = load_gazetteer(data)
            curated = curate(pages, data, gaz, progress=progress, overrides=overrides)
            records = data / "activities.json"
            records_written = write_records(records, curated.document, force=force)
            clock = lap("ingest", started)
            # What `graphbuild build` would read back from the records file, kept from the
            # ingest.
            inputs = inputs_of(curated, gaz, data)
            # The records in a list of this function's own, emptied once the graph is stored
            # (the build needs them no more): at scale a fifth of the memory while the graph
            # is validated and its formats written.
            held = list(inputs.activities)
            inputs = dataclasses.replace(inputs, activities=held)
            counts = ingest_counts(curated)
            from graphbuild.store import write_atomic

            write_atomic(new / INGEST_REPORT, ingest_report_json(curated.raw.issues))
            write_atomic(new / RAW_TABLE, raw_table_csv(curated.raw.activities, gaz))
            del curated  # the pages' text and the raw records: not needed past here
            clock = lap("extract", clock)
            built, written, about = _build_into(
                update,
                inputs,
                base,
                engine=engine,
                endpoint=endpoint,
                progress=progress,
                stored=lambda graph: _stored(graph, handover, held),
            )
            handover.send(None)  # the plain engine's graph: its pictures are drawn here
            del inputs  # the records: in the graph now, not needed by the views
            clock = lap("build", clock)
            views: list[Path] = []
            if handover.sent_graph:
                # The network views here, while the worker draws the pictures: it would
                # end last with both.
                from graphbuild.networks import write_main_views

                views = write_main_views(built.graph, new)
            documented, drawn, seconds["docs worker"], seconds["pictures worker"] = worker.result()
            drawn = [*drawn, *views]
            if not handover.sent_graph:
                # A large graph's pictures and views, drawn here: a worker forked beside
                # this process would soon hold its own copy of most of its pages (each side
                # writes into the memory the records left free): a third more memory at
                # 222x, for two seconds.
                from graphbuild.draw import draw_networks

                drawing = time.perf_counter()
                drawn = draw_networks(built.graph, new)
                seconds["pictures worker"] = time.perf_counter() - drawing
            clock = lap("network draw", clock)
            clock = lap("docs", clock)
        finally:
            worker.stop()
        ours = {new / INGEST_REPORT, new / RAW_TABLE, *drawn, *documented}
        extra = {p.relative_to(new).parts[0] for p in ours}
        files = update.commit(written, about, also=extra)
    final = sorted({*files.values(), *(update.folder / p.relative_to(new) for p in ours)}, key=str)
    seconds["total"] = time.perf_counter() - started
    summary = BuildSummary(
        counts=built.counts,
        files=files,
        seconds=seconds["build"],
        warnings=len(built.report.warnings),
    )
    return RunSummary(counts, records, records_written, summary, final, seconds)


def _write_docs(out: Path) -> list[Path]:
    from graphbuild.docs import write_docs

    return write_docs(out)


class _Handover:
    """A pipe from this process to a forked worker, for one value (sent once: later sends
    are ignored). Made before the fork; ``opened_here`` then closes the end this process
    does not use."""

    def __init__(self) -> None:
        import os

        self._read, self._write = os.pipe()
        self.sent = False
        self.sent_graph = False

    def opened_here(self) -> None:
        import os

        if self._read >= 0 and hasattr(os, "fork"):
            os.close(self._read)  # the worker's end (where there is no fork, it is ours too)
            self._read = -1

    def send(self, value: Any) -> None:
        import os
        import pickle

        if self.sent:
            return
        self.sent, self.sent_graph = True, value is not None
        data = pickle.dumps(value)
        # Its length first: the worker reads that much, not up to the end of the pipe,
        # which workers forked later (holding a copy of this end) would keep open.
        with os.fdopen(self._write, "wb") as pipe:
            pipe.write(len(data).to_bytes(8, "big") + data)

    def receive(self) -> Any:
        import os
        import pickle

        if self._write >= 0 and hasattr(os, "fork"):
            os.close(self._write)  # in the worker: only the other end writes
        with os.fdopen(self._read, "rb") as pipe:
            size = int.from_bytes(pipe.read(8), "big")
            return pickle.loads(pipe.read(size))


def _stored(graph: Any, handover: _Handover, records: list[Activity]) -> None:
    """What :func:`run` does once the graph is stored: hand it to the worker (if small),
    let the records go."""
    handover.send(_small_graph(graph))
    records.clear()


def _small_graph(graph: Any) -> Any:
    """What the worker needs to draw a graph small enough for it to load a store of its own
    from the files (a FastGraph without the store this process holds), else None."""
    from graphbuild.fastexport import PARALLEL_FROM
    from graphbuild.fastpath import FastGraph

    if graph.counts.get("union", 0) >= PARALLEL_FROM:
        return None
    return FastGraph(dict(graph.files), graph.union, dict(graph.counts), graph.base_iri)


def _docs_then_pictures(
    out: Path, handover: _Handover
) -> tuple[list[Path], list[Path], float, float]:
    """The worker of :func:`run`: the documentation; the modules the pictures need, loaded
    while the main process ingests and builds; then, if a graph comes through ``handover``,
    its pictures and interactive page (``graphbuild network draw``'s files but the views,
    which :func:`run` writes meanwhile from its own store). Answers the files
    of each and the seconds each took (the waiting apart)."""
    import os
    import time

    # What this worker does before the graph comes can wait: it yields the second core to
    # the ingest's own worker (a long page's later sections) when both want it.
    if hasattr(os, "nice"):
        os.nice(10)
    started = time.perf_counter()
    documented = _write_docs(out)
    docs_seconds = time.perf_counter() - started
    import contextlib

    from graphbuild.draw import draw_all
    from graphbuild.networks import reading_once

    with contextlib.suppress(ImportError):  # the layout's and the PNG writer's
        import numpy  # noqa: F401
        import PIL.Image
        import PIL.ImageDraw
        import PIL.PngImagePlugin  # noqa: F401
    graph = handover.receive()
    if graph is None:
        return documented, [], docs_seconds, 0.0
    started = time.perf_counter()
    with reading_once():
        drawn = draw_all(graph, out)  # the pictures and the page (the views: in run)
    return documented, drawn, docs_seconds, time.perf_counter() - started
