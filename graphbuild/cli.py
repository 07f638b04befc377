"""The command line: one thin function per command over the library.

Exit codes: 0 success; 1 invalid input or graph (a located message says what and where);
2 usage error. Heavy libraries are imported inside the commands, so ``--help`` is quick.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from graphbuild.errors import GraphBuildError
from graphbuild.records import OrgRole

F = TypeVar("F", bound=Callable[..., Any])


def _errors_to_messages(func: F) -> F:
    """Library errors become one clear message and a non-zero exit, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GraphBuildError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except OSError as exc:
            said = exc.strerror or str(exc)
            click.echo(
                f"error: {exc.filename}: {said}" if exc.filename else f"error: {said}", err=True
            )
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _write_or_print(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from graphbuild.store import write_atomic

    write_atomic(Path(output), text)


class Reporter:
    """Progress of long steps: a live line on a terminal, nothing in CI or a pipe;
    ``--verbose`` logs each step with its time, ``--quiet`` prints only errors."""

    def __init__(self, *, quiet: bool, verbose: bool) -> None:
        import os
        import time

        self.quiet, self.verbose = quiet, verbose
        self.live = not quiet and not verbose and sys.stderr.isatty() and not os.environ.get("CI")
        self._clock = time.perf_counter
        self._start = self._clock()

    def __call__(self, what: str, done: int, total: int) -> None:
        if self.verbose:
            click.echo(f"[{self._clock() - self._start:7.2f} s] {what} ({done}/{total})", err=True)
        elif self.live:
            width = 24
            filled = width * done // max(total, 1)
            bar = "#" * filled + "-" * (width - filled)
            end = "\n" if done >= total else ""
            click.echo(f"\r[{bar}] {done}/{total} {what[:50]:50}{end}", err=True, nl=False)

    def echo(self, text: str) -> None:
        if not self.quiet:
            click.echo(text)


def _reporter() -> Reporter:
    ctx = click.get_current_context()
    opts = ctx.find_root().obj or {}
    return Reporter(quiet=opts.get("quiet", False), verbose=opts.get("verbose", False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="graphbuild")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("-v", "--verbose", is_flag=True, help="Log each step with its time.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Build and use a knowledge graph of international electoral cooperation.

    Typical use: `graphbuild ingest PAGE...` (pages -> data/activities.json), then
    `graphbuild build` (data/ -> dist/). Long steps show progress on a terminal.
    Exit codes: 0 success, 1 invalid input or graph, 2 usage error.
    """
    ctx.obj = {"quiet": quiet, "verbose": verbose}


def _meta_value(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """A page-metadata option checked as a sidecar's key is; a bad one is a usage error."""
    from graphbuild.sources import MetaValueError, meta_value

    if value is None or param.name is None:
        return None
    try:
        return meta_value(param.name, value)
    except MetaValueError as exc:
        raise click.BadParameter(f"{exc.problem} ({exc.hint})") from None


_PAGE_META_OPTIONS = (
    click.option(
        "--publisher",
        callback=_meta_value,
        help="Who published the pages: a name, acronym or gazetteer id.",
    ),
    click.option(
        "--publisher-kind",
        callback=_meta_value,
        type=click.Choice(["body", "press"]),
        help="body: an organisation speaking for itself; press: a newspaper or news site.",
    ),
    click.option(
        "--url", callback=_meta_value, help="The page's original address (one page only)."
    ),
    click.option("--language", callback=_meta_value, help="The pages' language tag: en, fr, ..."),
    click.option(
        "--published",
        callback=_meta_value,
        metavar="YYYY-MM-DD",
        help="The pages' publication date.",
    ),
    click.option(
        "--year-hint",
        callback=_meta_value,
        type=int,
        metavar="YEAR",
        help="The year known from the pages' address or date, when their text has none.",
    ),
)
_PAGE_META_NAMES = ("publisher", "publisher_kind", "url", "language", "published", "year_hint")


def _page_meta_options(func: F) -> F:
    """Add the options that say what is known about every page given; the command gets
    them as one mapping, ``page_meta``. They come before each page's sidecar (PAGE.toml),
    which comes before data/sources.toml."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        given = {name: kwargs.pop(name) for name in _PAGE_META_NAMES}
        page_meta = {name: value for name, value in given.items() if value is not None}
        return func(*args, page_meta=page_meta, **kwargs)

    command: Any = wrapper
    for option in reversed(_PAGE_META_OPTIONS):
        command = option(command)
    return command  # type: ignore[no-any-return]


@main.command()
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--data", "data_dir", default="data", show_default=True, type=click.Path())
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if data/ is not up to date.")
@click.option("--force", is_flag=True, help="Overwrite a hand-edited data/activities.json.")
@click.option("--report", type=click.Path(), help="Write the ingest report (JSON) here.")
@_page_meta_options
@_errors_to_messages
def ingest(
    pages: Sequence[Path],
    data_dir: str,
    check: bool,
    force: bool,
    report: str | None,
    page_meta: dict[str, Any],
) -> None:
    """Parse PAGES into curated activity records in DATA/activities.json.

    PAGES are .txt or .html pages, or folders of them. What is known about a page besides
    its text comes from the options below, its sidecar PAGE.toml, then DATA/sources.toml.

    The records are what the parser finds plus the corrections of DATA/corrections.toml.
    A correction whose premise no longer holds stops the ingest, and so does a hand edit
    of the records file: nothing a person decided is overwritten silently.
    """
    from graphbuild.pipeline import curate
    from graphbuild.store import records_up_to_date, write_atomic, write_records

    report_to = _reporter()
    curated = curate(pages, data_dir, progress=report_to, overrides=page_meta)
    target = Path(data_dir) / "activities.json"
    if check:
        if not records_up_to_date(target, curated.document):
            click.echo(
                f"{target} is not what the ingest produces: run `graphbuild ingest`", err=True
            )
            sys.exit(1)
    else:
        write_records(target, curated.document, force=force)
    if report:
        write_atomic(Path(report), _report_json(curated.raw.issues))
    issues = curated.raw.issues
    unresolved = sum(i.category.startswith("unresolved") for i in issues)
    inferred = sum(a.year_inferred for a in curated.activities)
    report_to.echo(
        f"{len(curated.raw.pages)} pages, {len(curated.raw.activities)} activities found, "
        f"{len(curated.corrections)} corrections, {len(curated.activities)} curated records; "
        f"{unresolved} unresolved mentions, {inferred} inferred years"
        + ("" if check else f" -> {target}")
    )


def _report_json(issues: Sequence[Any]) -> str:
    from graphbuild.pipeline import ingest_report_json

    return ingest_report_json(issues)


@main.command()
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--data", "data_dir", default="data", show_default=True, type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option("-o", "--output", type=click.Path(), help="Write here instead of stdout.")
@_page_meta_options
@_errors_to_messages
def extract(
    pages: Sequence[Path], data_dir: str, fmt: str, output: str | None, page_meta: dict[str, Any]
) -> None:
    """Print the parser's raw records of PAGES (no corrections) as the research table.

    PAGES and the page options are as for `graphbuild ingest`.
    """
    from graphbuild.gazetteer import load_gazetteer
    from graphbuild.ingest import ingest_pages
    from graphbuild.labels import gazetteer_labels
    from graphbuild.records import activity_to_dict
    from graphbuild.sources import read_pages
    from graphbuild.table import activity_row, rows_csv

    gaz = load_gazetteer(data_dir)
    result = ingest_pages(read_pages(pages, data_dir=data_dir, overrides=page_meta), gaz)
    if fmt == "csv":
        labels = gazetteer_labels(gaz)
        text = rows_csv([activity_row(a, gaz, labels) for a in result.activities])
    else:
        text = (
            json.dumps(
                [activity_to_dict(a) for a in result.activities], ensure_ascii=False, indent=1
            )
            + "\n"
        )
    _write_or_print(text, output)
    unsettled = _unsettled(result.issues)
    if unsettled:
        click.echo(
            f"not settled (run `graphbuild ingest --report` for each): {unsettled}", err=True
        )


def _unsettled(issues: Sequence[Any]) -> str:
    """What the ingest could not settle, counted by kind ("2 no-year, 5 unresolved-place")."""
    counts: dict[str, int] = {}
    for i in issues:
        if i.category not in ("inferred-year", "no-activity"):
            counts[i.category] = counts.get(i.category, 0) + 1
    return ", ".join(f"{n} {category}" for category, n in sorted(counts.items()))


@main.command()
@click.option("--data", "data_dir", default="data", show_default=True, type=click.Path())
@click.option("--out", "out_dir", default="dist", show_default=True, type=click.Path())
@click.option("--base-iri", help="Base IRI of the instance data (default: the project's).")
@click.option("--endpoint", help="SPARQL endpoint URL to advertise in void.ttl.")
@click.option(
    "--engine",
    type=click.Choice(["plain", "fast"]),
    default="fast",
    show_default=True,
    help="fast: Oxigraph, SHACL compiled to SPARQL; plain: rdflib and pySHACL, the reference "
    "stack (the same files, slower).",
)
@_errors_to_messages
def build(
    data_dir: str, out_dir: str, base_iri: str | None, endpoint: str | None, engine: str
) -> None:
    """Build the graph from DATA into OUT: validate it with SHACL, then write every format.

    An invalid graph is not published: the report is printed, the exit code is 1 and OUT
    keeps its previous contents.
    """
    from graphbuild.pipeline import build as run_build

    report_to = _reporter()
    summary = run_build(
        data_dir, out_dir, base_iri=base_iri, endpoint=endpoint, progress=report_to, engine=engine
    )
    c = summary.counts
    report_to.echo(
        f"built {out_dir}/ in {summary.seconds:.1f} s: {c['activities']} activities, "
        f"{c['organizations']} organisations, {c['countries']} countries, {c['people']} people, "
        f"{c['elections']} elections, {c['triples']} triples; SHACL: conforms"
        + (f" ({summary.warnings} warnings)" if summary.warnings else "")
    )
    for name in sorted(summary.files):
        report_to.echo(f"  {summary.files[name]}")


@main.command()
@click.option("--out", "out_dir", default="dist", show_default=True, type=click.Path())
@_errors_to_messages
def docs(out_dir: str) -> None:
    """Write the ontology's documentation page and diagram, generated from the ontology file.

    OUT/ontology.html documents every class, property and concept scheme;
    OUT/ontology.png and OUT/ontology.svg draw the main classes and their links.
    """
    from graphbuild.docs import write_docs
    from graphbuild.publish import folder_lock

    out = Path(out_dir)
    with folder_lock(out):  # not while a build swaps the folder
        written = write_docs(out)
    for path in written:
        click.echo(f"  {path}")


@main.command("run")
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--data", "data_dir", default="data", show_default=True, type=click.Path())
@click.option("--out", "out_dir", default="dist", show_default=True, type=click.Path())
@click.option("--force", is_flag=True, help="Overwrite a hand-edited data/activities.json.")
@click.option("--base-iri", help="Base IRI of the instance data (default: the project's).")
@click.option("--endpoint", help="SPARQL endpoint URL to advertise in void.ttl.")
@click.option(
    "--engine",
    type=click.Choice(["plain", "fast"]),
    default="fast",
    show_default=True,
    help="As for `graphbuild build`.",
)
@_page_meta_options
@_errors_to_messages
def run_all(
    pages: Sequence[Path],
    data_dir: str,
    out_dir: str,
    force: bool,
    base_iri: str | None,
    endpoint: str | None,
    engine: str,
    page_meta: dict[str, Any],
) -> None:
    """The whole main job in one process: ingest, extract, build, network draw, docs.

    Writes what `graphbuild ingest PAGES --report OUT/ingest-report.json`, `graphbuild
    extract PAGES --format csv -o OUT/raw-missions.csv`, `graphbuild build`, `graphbuild
    network draw` and `graphbuild docs` write, the same files, reading the pages once and
    drawing the networks from the graph the build validated. DATA/activities.json is
    written first; the files of OUT then appear all at once, or none of them.
    """
    from graphbuild.pipeline import run

    report_to = _reporter()
    done = run(
        pages,
        data_dir,
        out_dir,
        overrides=page_meta,
        force=force,
        base_iri=base_iri,
        endpoint=endpoint,
        engine=engine,
        progress=report_to,
    )
    i, c = done.ingest, done.build.counts
    report_to.echo(
        f"{i['pages']} pages, {i['found']} activities found, {i['corrections']} corrections, "
        f"{i['records']} curated records; {i['unresolved']} unresolved mentions, "
        f"{i['inferred']} inferred years -> {done.records}"
    )
    report_to.echo(
        f"built {out_dir}/: {c['activities']} activities, {c['organizations']} organisations, "
        f"{c['countries']} countries, {c['people']} people, {c['elections']} elections, "
        f"{c['triples']} triples; SHACL: conforms"
        + (f" ({done.build.warnings} warnings)" if done.build.warnings else "")
    )
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in done.seconds.items() if k != "total")
    report_to.echo(
        f"{len(done.files)} files in {out_dir}/ in {done.seconds['total']:.1f} s ({stages})"
    )


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, help="A parameter, as name=value.")
@click.option(
    "-e",
    "--expression",
    help="The SPARQL SELECT text itself (no header needed); NAME '-' reads it from stdin.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "md", "sparql-tsv"]),
    default="table",
    show_default=True,
    help="csv and tsv hold plain values (a header row, then IRIs and literals as text); "
    "sparql-tsv and json are the W3C SPARQL results formats.",
)
@click.option("--graph", "graph_path", default="dist/graph.nt", show_default=True)
@click.option("--endpoint", help="Run on this SPARQL 1.1 endpoint instead of the built graph.")
@click.option(
    "--default-graph",
    "default_graphs",
    multiple=True,
    metavar="IRI",
    help="With --endpoint: a graph making up the default graph (repeatable).",
)
@click.option(
    "--named-graph",
    "named_graphs",
    multiple=True,
    metavar="IRI",
    help="With --endpoint: a graph the query may name with GRAPH (repeatable).",
)
@click.option("--timeout", default=60.0, show_default=True, type=float, help="With --endpoint (s).")
@click.option(
    "--page",
    "first_page",
    is_flag=True,
    help="Only the first page of a paged query (its header has '#+ page:').",
)
@click.option(
    "--page-size",
    type=int,
    default=None,
    help="With --page or --page-after: the activities of a page (the next days until "
    "there are this many or more; default: the query's '#+ page:' size).",
)
@click.option(
    "--page-after",
    metavar="DAY",
    default=None,
    help="The page after this day (YYYY-MM-DD): the last day of the previous page, "
    "which each page prints on standard error.",
)
@click.option("--list", "list_only", is_flag=True, help="List the catalog with titles.")
@_errors_to_messages
def query(
    name: str | None,
    params: Sequence[str],
    expression: str | None,
    fmt: str,
    graph_path: str,
    endpoint: str | None,
    default_graphs: Sequence[str],
    named_graphs: Sequence[str],
    timeout: float,
    first_page: bool,
    page_size: int | None,
    page_after: str | None,
    list_only: bool,
) -> None:
    """Run a catalog query (by NAME), a .rq file, or a query given with -e or on standard
    input (NAME '-') on the built graph or an endpoint.

    Parameters are bound as RDF terms in VALUES blocks, never pasted into the query text
    (in a query without a header, each -p value is a string). With --endpoint, name the
    graphs to read with --default-graph (a store given none chooses: Virtuoso reads all it
    holds). `graphbuild query --list` shows the catalog.

    A paged query (its header has '#+ page:') can be run a page at a time: --page gives
    the first page, and each page prints on standard error the --page-after DAY of the
    next one ("next page: none" after the last).
    """
    from graphbuild import catalog
    from graphbuild.errors import QueryError

    if expression is not None and name is not None:
        raise click.UsageError("give a query NAME or -e TEXT, not both")
    if list_only or (name is None and expression is None):
        for q in catalog.load_catalog().values():
            click.echo(f"{q.name:42} {q.title}")
        return
    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise QueryError(f"parameter '{item}' is not name=value", name or "-e")
        values[key.strip()] = value
    if expression is not None:
        chosen = catalog.query_from_text(expression, name="-e", values=values)
    elif name == "-":
        chosen = catalog.query_from_text(sys.stdin.read(), name="stdin", values=values)
    else:
        chosen = catalog.load_query(name or "")
    if (default_graphs or named_graphs) and not endpoint:
        from graphbuild.errors import OptionError

        raise OptionError(
            "--default-graph and --named-graph name graphs of an endpoint",
            "--default-graph" if default_graphs else "--named-graph",
            "give --endpoint URL too",
        )
    page = None
    if first_page or page_size is not None or page_after is not None:
        size = page_size or chosen.page_size or catalog.PAGE_SIZE
        page = catalog.Page(size, page_after)
    if endpoint:
        if not 0 < timeout <= 86400:
            from graphbuild.errors import OptionError

            raise OptionError(f"{timeout:g} is not a time limit", "--timeout", "0 < SECONDS")
        result = catalog.run_endpoint(
            chosen,
            values,
            endpoint=endpoint,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            timeout=timeout,
            page=page,
        )
    else:
        if not Path(graph_path).exists():
            raise QueryError("no built graph", graph_path, "run `graphbuild build` first")
        result = catalog.run_local(chosen, values, graph_path=Path(graph_path), page=page)
    click.echo(catalog.format_result(result, catalog.ResultFormat(fmt)), nl=False)
    if page is not None:
        following = f"--page-after {result.next_after}" if result.next_after else "none"
        click.echo(f"next page: {following}", err=True)


@main.command("serve")
@click.option(
    "--dist", "dist_dir", default="dist", show_default=True, type=click.Path(path_type=Path)
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port",
    default=7878,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="0 picks a free port.",
)
@click.option(
    "--timeout",
    "timeout_s",
    default=10.0,
    show_default=True,
    type=float,
    help="Hard limit per query (s).",
)
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1))
@click.option(
    "--store", "store_dir", type=click.Path(path_type=Path), help="Keep the Oxigraph store here."
)
@click.option(
    "--worker-memory",
    "worker_memory_mb",
    default=1024,
    show_default=True,
    type=click.IntRange(128),
    help="Memory one worker may use (MB); a query needing more is stopped.",
)
@click.option(
    "--sources",
    "sources",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="A source page or folder (repeatable): activity pages quote its text as evidence.",
)
@_errors_to_messages
def serve(
    dist_dir: Path,
    host: str,
    port: int,
    timeout_s: float,
    workers: int,
    store_dir: Path | None,
    worker_memory_mb: int,
    sources: tuple[Path, ...],
) -> None:
    """Serve the built graph as a read-only SPARQL 1.1 endpoint until Ctrl-C or SIGTERM.

    The first line printed is the query endpoint URL; the second, the query page (the
    root), beside the entity pages (/id/...) and the dataset's files (--sources: the pages
    whose text activity pages quote as evidence). Updates, LOAD and SERVICE are refused;
    a query over the time limit is stopped (its Oxigraph worker is killed and replaced).
    Clients (source addresses) share the workers fairly; run as root on Linux, the workers
    have no network but loopback.
    """
    from graphbuild.errors import OptionError
    from graphbuild.serve import serve as run_server

    if not 0 < timeout_s <= 3600:  # also refuses inf and nan, which would never end a query
        raise OptionError(
            f"{timeout_s:g} is not a time limit", "--timeout", "give 0 < SECONDS <= 3600"
        )
    run_server(
        dist_dir,
        host=host,
        port=port,
        timeout_s=timeout_s,
        workers=workers,
        store_dir=store_dir,
        worker_memory_bytes=worker_memory_mb * 1024 * 1024,
        on_ready=click.echo,
        sources=sources,
        on_pages=lambda url: click.echo(f"query page and entity pages: {url}"),
    )


@main.command("site")
@click.option(
    "--dist", "dist_dir", default="dist", show_default=True, type=click.Path(path_type=Path)
)
@click.option(
    "--out", "out_dir", default="site", show_default=True, type=click.Path(path_type=Path)
)
@click.option(
    "--sources",
    "sources",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="A source page or folder (repeatable): activity pages quote its text as evidence.",
)
@_errors_to_messages
def site(dist_dir: Path, out_dir: Path, sources: tuple[Path, ...]) -> None:
    """Write the static site of the built graph: entity pages (HTML, Turtle, N-Triples,
    JSON-LD) under OUT/id/, indexes, the interactive network, the downloads and the
    VoID/DCAT description, with relative links (any static host, or file://).

    OUT is replaced as a whole; only an empty folder or an earlier site is replaced.
    """
    from graphbuild.site import write_site

    summary = write_site(dist_dir, out_dir, sources=sources)
    click.echo(f"wrote {summary.folder}/: {summary.entities} entity pages, {summary.files} files")


@main.command("push")
@click.option(
    "--dist", "dist_dir", default="dist", show_default=True, type=click.Path(path_type=Path)
)
@click.option("--endpoint", required=True, help="Graph Store URL (gsp) or update URL (update).")
@click.option("--graph", help="IRI of the named graph to replace; the default graph if omitted.")
@click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True)
@click.option(
    "--timeout",
    default=60.0,
    show_default=True,
    type=float,
    help="Seconds for each request: connecting, sending and reading the answer.",
)
@click.option(
    "--batch",
    "batch_triples",
    default=500,
    show_default=True,
    type=int,
    help="Triples per INSERT DATA request (--protocol update).",
)
@_errors_to_messages
def push(
    dist_dir: Path,
    endpoint: str,
    graph: str | None,
    protocol: str,
    timeout: float,
    batch_triples: int,
) -> None:
    """Replace a graph of any SPARQL 1.1 store with the built graph.

    gsp: one Graph Store PUT. update: batches into a temporary graph, then one MOVE onto the
    target. Either way a push that fails leaves the store's old graph in place. Credentials
    come from GRAPHBUILD_USER and GRAPHBUILD_PASSWORD, never from the command line, and go
    as Basic or, when the store asks for it, Digest auth. Exit code 1: the store refused
    the push; 2: it could not be reached or an option is wrong.
    """
    from graphbuild.push import PushProtocol
    from graphbuild.push import push as run_push

    r = run_push(
        dist_dir,
        endpoint=endpoint,
        graph=graph,
        protocol=PushProtocol(protocol),
        timeout=timeout,
        batch_triples=batch_triples,
    )
    auth = f", {r.auth} auth" if r.auth else ""
    click.echo(
        f"pushed {r.triples} triples to {r.graph or 'the default graph'} at {r.endpoint} "
        f"({r.protocol.value}, {r.requests} requests{auth}, HTTP {r.status}, {r.seconds:.1f} s)"
    )


# The views are listed literally so that `--help` does not import networkx.
_VIEWS = click.Choice(
    [
        "partnership",
        "contact",
        "org-country",
        "org-projection",
        "country-projection",
        "ego",
        "affiliation",
    ]
)
_ROLES = click.option(
    "--role",
    "roles",
    multiple=True,
    type=click.Choice([r.value for r in OrgRole]),
    help="Count only this role (repeatable). Default: the took-part roles (all but met, "
    "consulted, mentioned). In the contact view a role narrows its own end (took part or "
    "contact); the other end keeps its whole family. Not for the affiliation view.",
)
_WITHOUT = click.option(
    "--without",
    "without",
    multiple=True,
    metavar="ORG",
    help="Leave this organisation out (repeatable; a gazetteer id): --without dgeq leaves "
    "the publisher out.",
)


def _source_options(func: F) -> F:
    """--graph FILE, or --endpoint URL with the graphs to read (--default-graph,
    --named-graph); the command gets one ``source`` to hand to the views."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from graphbuild.network_sources import open_source

        source = open_source(
            kwargs.pop("graph_path"),
            endpoint=kwargs.pop("endpoint"),
            default_graphs=kwargs.pop("default_graphs"),
            named_graphs=kwargs.pop("named_graphs"),
        )
        return func(*args, source=source, **kwargs)

    command: Any = wrapper
    for option in reversed(
        (
            click.option(
                "--graph",
                "graph_path",
                default="dist/graph.nt",
                show_default=True,
                type=click.Path(path_type=Path),
                help="The built graph, loaded once into Oxigraph.",
            ),
            click.option("--endpoint", help="Read the graph from this SPARQL 1.1 endpoint."),
            click.option(
                "--default-graph",
                "default_graphs",
                multiple=True,
                metavar="IRI",
                help="With --endpoint: a graph making up the default graph (repeatable).",
            ),
            click.option(
                "--named-graph",
                "named_graphs",
                multiple=True,
                metavar="IRI",
                help="With --endpoint: a named graph of the dataset (repeatable).",
            ),
        )
    ):
        command = option(command)
    return command  # type: ignore[no-any-return]


def _years(first: int | None, last: int | None) -> tuple[int, int] | None:
    if first is None and last is None:
        return None
    return (first if first is not None else last or 0, last if last is not None else first or 0)


@main.group()
def network() -> None:
    """Cooperation networks computed by SPARQL from the built graph (dist/graph.nt, loaded
    once into Oxigraph) or from any SPARQL 1.1 endpoint (--endpoint URL, with
    --default-graph IRI for the graphs holding the data and the ontology).

    Views: partnership (organisations that took part in the same activities), contact (a
    body that took part joined to the bodies it only met, consulted or mentioned),
    org-country and its two projections, ego, affiliation (people and their posts).
    """


@network.command("stats")
@click.option("--view", default="partnership", show_default=True, type=_VIEWS)
@click.option("--from", "first", type=int, help="First year (inclusive).")
@click.option("--to", "last", type=int, help="Last year (inclusive).")
@_ROLES
@_WITHOUT
@click.option("-o", "--output", type=click.Path(), help="Write the CSV here (default: stdout).")
@_errors_to_messages
@_source_options
def network_stats(
    source: Any,
    view: str,
    first: int | None,
    last: int | None,
    roles: tuple[str, ...],
    without: tuple[str, ...],
    output: str | None,
) -> None:
    """Rank a view's nodes: degree, weighted degree, betweenness, eigenvector, community."""
    from graphbuild.networks import NetworkView, rows_csv
    from graphbuild.networks import network_stats as stats

    rows = stats(source, NetworkView(view), _years(first, last), roles=roles, without=without)
    _write_or_print(rows_csv(rows), output)


@network.command("export")
@click.option("--view", default="partnership", show_default=True, type=_VIEWS)
@click.option(
    "--format", "fmt_name", required=True, type=click.Choice(["graphml", "gexf", "json", "csv"])
)
@click.option("--from", "first", type=int, help="First year (inclusive).")
@click.option("--to", "last", type=int, help="Last year (inclusive).")
@_ROLES
@_WITHOUT
@click.option(
    "-o", "--output", type=click.Path(), help="csv: FILE gets the edges, FILE.nodes.csv the nodes."
)
@_errors_to_messages
@_source_options
def network_export(
    source: Any,
    view: str,
    fmt_name: str,
    first: int | None,
    last: int | None,
    roles: tuple[str, ...],
    without: tuple[str, ...],
    output: str | None,
) -> None:
    """Export a view as GraphML, GEXF (Gephi, Cytoscape), node-link JSON or CSV."""
    from graphbuild.networks import (
        NetworkFormat,
        NetworkView,
        export_network,
        view_network,
        write_network,
    )

    fmt = NetworkFormat.from_name(fmt_name)
    g = view_network(
        source,
        NetworkView(view),
        years=_years(first, last),
        roles=roles,
        without=without,
    )
    if output:
        for path in write_network(g, fmt, output):
            click.echo(f"wrote {path}", err=True)
    elif fmt is NetworkFormat.CSV:
        raise click.UsageError("csv writes two files (edges and nodes): give -o FILE")
    else:
        click.echo(export_network(g, fmt), nl=False)


@network.command("draw")
@click.option("--out", default="dist", show_default=True, type=click.Path(path_type=Path))
@_errors_to_messages
@_source_options
def network_draw(source: Any, out: Path) -> None:
    """Write the pictures, the interactive page and OUT/networks/ (views, stats, growth).

    The standard views, with their default roles (partnership: took part; contact: met,
    consulted, mentioned); for a view with --role or --without, use `network export`.
    """
    from graphbuild.draw import draw_networks
    from graphbuild.publish import folder_lock

    with folder_lock(out):  # not while a build swaps the folder
        written = draw_networks(source, out)
    for path in written:
        click.echo(f"  {path}")


def console() -> None:
    """The ``graphbuild`` command (the package's script and ``python -m graphbuild``):
    :func:`main`, then out with what it made frozen for the garbage collector, so that
    the interpreter's last collections skip them (half of its 0.1 s teardown after
    ``graphbuild run``); the exit handlers run as usual."""
    import gc

    try:
        main()
    finally:
        gc.freeze()


if __name__ == "__main__":  # pragma: no cover
    console()
