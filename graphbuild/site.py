"""The static site: the graph's entity pages and descriptions as files, for any static host.

``write_site(dist, out)`` reads a built ``dist/`` (``graph.nt``, ``void.ttl``, the other
files of the build) and writes into ``out``:

- ``id/<path>.html``, ``.ttl``, ``.nt``, ``.jsonld`` for every entity of the graph (every IRI
  under the base IRI that is the subject of a triple): the pages ``graphbuild serve`` gives
  at ``/id/<path>``, with relative links, so the site works from any folder or host;
- ``id/dataset.*`` and ``id/dataset/distribution/*``: the VoID/DCAT description;
- ``id/graph.ttl``, ``id/graph.nt``, ... ``id/void.ttl``: the downloads, where the DCAT
  description's download URLs put them (the base IRI plus the file name);
- ``index.html`` and the indexes: ``activities.html`` (by year), ``organisations.html``,
  ``countries.html``, ``people.html``, ``elections.html``; ``network.html`` (the interactive
  network of ``graphbuild network draw``, drawn here when ``dist/`` lacks it); ``web/``.

The folder is replaced as a whole (written beside it, then swapped in), and only a folder
that is empty or was written by this function is ever replaced.
"""

from __future__ import annotations

import html
import json
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from graphbuild.browse import DATASET_FILES, SITE_TITLE, build_base_iri
from graphbuild.errors import OptionError
from graphbuild.namespaces import PREFIXES
from graphbuild.pages import (
    WEB_DIR,
    EntityLookup,
    PageFormat,
    PageLinks,
    entity_html,
    entity_path,
    entity_rdf,
    relative_href,
    source_texts,
)
from graphbuild.publish import check_output_folder, exchange, folder_lock, rename

#: The marker of a folder this module wrote (and so may replace).
SITE_MARKER = "site.json"
_RDF_PAGE_FORMATS = (PageFormat.TURTLE, PageFormat.NTRIPLES, PageFormat.JSONLD)


@dataclass(frozen=True)
class SiteSummary:
    """What :func:`write_site` wrote."""

    folder: Path
    entities: int
    files: int


def write_site(
    dist_dir: Path,
    out_dir: Path,
    *,
    sources: Sequence[Path] = (),
    lang: str = "en",
) -> SiteSummary:
    """Write the static site of the graph built in ``dist_dir`` into ``out_dir``."""
    graph_file = dist_dir / "graph.nt"
    if not graph_file.is_file():
        raise OptionError(f"no built graph in {dist_dir}", "--dist", "run `graphbuild build` first")
    if out_dir.exists() and (
        not out_dir.is_dir() or (any(out_dir.iterdir()) and not (out_dir / SITE_MARKER).is_file())
    ):
        raise OptionError(
            f"{out_dir} is not empty and was not written by `graphbuild site`",
            "--out",
            "give a new or empty folder (only a site's own folder is replaced)",
        )
    check_output_folder(out_dir, keep=(dist_dir, *sources))
    base_iri = build_base_iri(dist_dir)
    texts: dict[str, str] = {}
    if sources:
        from graphbuild.sources import read_pages

        texts = source_texts(read_pages(list(sources)))
    lookup = EntityLookup.from_file(graph_file, base_iri=base_iri, texts=texts)
    void_file = dist_dir / "void.ttl"
    void = (
        EntityLookup.from_file(void_file, base_iri=base_iri, texts=texts)
        if void_file.is_file()
        else None
    )
    if void is not None:
        void.labels_from = lookup
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with folder_lock(out_dir):
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.site-", dir=out_dir.parent))
        try:
            new = staging / "new"
            new.mkdir()
            writer = _SiteWriter(new, lookup, void, base_iri=base_iri, lang=lang)
            entities = writer.entity_pages()
            writer.downloads(dist_dir)
            writer.indexes()
            writer.network(dist_dir, graph_file)
            shutil.copytree(WEB_DIR, new / "web", ignore=shutil.ignore_patterns("*.html"))
            files = sum(1 for p in new.rglob("*") if p.is_file()) + 1
            marker = {"generator": "graphbuild site", "base_iri": base_iri, "files": files}
            (new / SITE_MARKER).write_text(json.dumps(marker, indent=1) + "\n", encoding="utf-8")
            if not out_dir.exists():
                rename(new, out_dir)
            elif not exchange(new, out_dir):
                rename(out_dir, staging / "old")
                rename(new, out_dir)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return SiteSummary(out_dir, entities, files)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class _SiteWriter:
    def __init__(
        self,
        root: Path,
        lookup: EntityLookup,
        void: EntityLookup | None,
        *,
        base_iri: str,
        lang: str,
    ) -> None:
        self.root = root
        self.lookup = lookup
        self.void = void
        self.base_iri = base_iri
        self.lang = lang
        self._known: set[str] = set()

    def _write(self, name: str, data: str | bytes) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    def _entity_href(self, from_file: str) -> PageLinks:
        def entity(iri: str) -> str | None:
            rest = entity_path(iri, self.base_iri)
            if rest is None or rest not in self._known:
                return None  # not a page of this site: shown as text
            return relative_href(from_file, f"id/{rest}.html")

        leaf = from_file.rsplit("/", 1)[-1].removesuffix(".html")
        return PageLinks(
            entity=entity,
            asset=relative_href(from_file, "web/") + "/",
            home=relative_href(from_file, "index.html"),
            query=None,
            formats={f: f"{leaf}.{f.suffix}" for f in _RDF_PAGE_FORMATS},
        )

    def entity_pages(self) -> int:
        graph_entities = self.lookup.entities()
        in_graph = set(graph_entities)  # the graph's own page of a source VoID also names
        void_entities = [
            iri
            for iri in (self.void.entities() if self.void is not None else [])
            if iri not in in_graph
        ]
        self._known = {
            rest
            for iri in [*graph_entities, *void_entities]
            if (rest := entity_path(iri, self.base_iri)) is not None
        }
        written = 0
        for lookup, iris in ((self.lookup, graph_entities), (self.void, void_entities)):
            if lookup is None:
                continue
            for iri in iris:
                rest = entity_path(iri, self.base_iri)
                if rest is None:
                    continue
                view = lookup.view(iri)
                page_file = f"id/{rest}.html"
                links = self._entity_href(page_file)
                page = entity_html(view, lang=self.lang, links=links, site_title=SITE_TITLE)
                self._write(page_file, page)
                for fmt in _RDF_PAGE_FORMATS:
                    self._write(
                        f"id/{rest}.{fmt.suffix}", entity_rdf(view, fmt, base_iri=self.base_iri)
                    )
                written += 1
        return written

    def downloads(self, dist_dir: Path) -> None:
        for name in sorted(DATASET_FILES):
            source = dist_dir / name
            if source.is_file():
                target = self.root / "id" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)

    def network(self, dist_dir: Path, graph_file: Path) -> None:
        drawn = dist_dir / "network.html"
        if drawn.is_file():
            shutil.copyfile(drawn, self.root / "network.html")
            return
        from graphbuild.draw import network_page
        from graphbuild.networks import load_graph

        self._write("network.html", network_page(load_graph(graph_file)))

    # -- index pages ---------------------------------------------------------------------

    def _rows(self, query: str) -> list[dict[str, str]]:
        prefixes = "".join(f"PREFIX {p}: <{n}>\n" for p, n in sorted(PREFIXES.items()))
        return self.lookup.select(prefixes + query)

    def _link(self, from_file: str, iri: str, text: str) -> str:
        rest = entity_path(iri, self.base_iri)
        if rest is None or rest not in self._known:
            return _e(text)
        return f'<a href="{_e(relative_href(from_file, f"id/{rest}.html"))}">{_e(text)}</a>'

    def _page(self, name: str, title: str, body: str) -> None:
        self._write(
            name,
            f'<!doctype html>\n<html lang="{_e(self.lang)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)} · {_e(SITE_TITLE)}</title>\n"
            '<link rel="icon" href="data:,">\n'
            '<link rel="stylesheet" href="web/pages.css">\n</head>\n<body>\n'
            f'<header><a href="index.html">{_e(SITE_TITLE)}</a></header>\n<main>\n'
            f"<h1>{_e(title)}</h1>\n{body}\n</main>\n</body>\n</html>\n",
        )

    def _label_filter(self, variable: str, label: str) -> str:
        return (
            f"OPTIONAL {{ {variable} rdfs:label {label} "
            f'FILTER(LANG({label}) = "{self.lang}" || LANG({label}) = "") }}'
        )

    def indexes(self) -> None:
        activities = self._rows(
            "SELECT ?a (SAMPLE(?l) AS ?label) (SAMPLE(?s) AS ?start) (SAMPLE(?k) AS ?kind) "
            "(SAMPLE(?e) AS ?earliest) WHERE { ?a a dgk:Activity ; dgk:earliestDate ?e . "
            "OPTIONAL { ?a schema:startDate ?s } "
            "OPTIONAL { ?a dgk:activityKind ?kc . ?kc skos:prefLabel ?k "
            f'FILTER(LANG(?k) = "{self.lang}") }} '
            + self._label_filter("?a", "?l")
            + " } GROUP BY ?a"
        )
        by_year: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in activities:
            by_year[row["earliest"][:4]].append(row)
        sections = []
        for year in sorted(by_year):
            items = "".join(
                f"<li>{_e(r['start'])} · "
                + self._link("activities.html", r["a"], r["label"] or r["a"])
                + (f' <span class="kind">({_e(r["kind"])})</span>' if r["kind"] else "")
                + "</li>"
                for r in sorted(by_year[year], key=lambda r: (r["earliest"], r["a"]))
            )
            sections.append(
                f'<h2 id="y{_e(year)}">{_e(year)} <small>({len(by_year[year])})</small></h2>'
                f"<ul>{items}</ul>"
            )
        years = " · ".join(f'<a href="#y{_e(y)}">{_e(y)}</a>' for y in sorted(by_year))
        self._page(
            "activities.html",
            "Activities by year",
            f"<p>{len(activities)} activities, by the year they started. {years}</p>"
            + "\n".join(sections),
        )
        self._index(
            "organisations.html",
            "Organisations",
            "SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?a) AS ?n) WHERE { "
            "?x a org:FormalOrganization . OPTIONAL { ?a a dgk:Activity ; "
            "prov:wasAssociatedWith ?x } " + self._label_filter("?x", "?l") + " } GROUP BY ?x",
            "activities",
        )
        self._index(
            "countries.html",
            "Countries",
            "SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?a) AS ?n) WHERE { "
            "?x a schema:Country . OPTIONAL { ?a a dgk:Activity ; schema:location ?x } "
            + self._label_filter("?x", "?l")
            + " } GROUP BY ?x",
            "activities",
        )
        self._index(
            "people.html",
            "People",
            "SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?a) AS ?n) WHERE { "
            "?x a schema:Person . OPTIONAL { ?a a dgk:Activity ; prov:wasAssociatedWith ?x } "
            + self._label_filter("?x", "?l")
            + " } GROUP BY ?x",
            "activities",
        )
        self._index(
            "elections.html",
            "Elections",
            "SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?a) AS ?n) WHERE { "
            "?x a dgk:Election . OPTIONAL { ?a a dgk:Activity ; dgk:concernsElection ?x } "
            + self._label_filter("?x", "?l")
            + " } GROUP BY ?x",
            "activities concerned",
        )
        self._home(len(activities))

    def _index(self, name: str, title: str, query: str, counted: str) -> None:
        rows = sorted(self._rows(query), key=lambda r: ((r["label"] or r["x"]).casefold(), r["x"]))
        body = "".join(
            f"<tr><td>{self._link(name, r['x'], r['label'] or r['x'])}</td>"
            f"<td>{_e(r['n'])}</td></tr>"
            for r in rows
        )
        self._page(
            name,
            title,
            f"<p>{len(rows)} in the graph.</p>"
            f'<table class="index"><tr><th>name</th><th>{_e(counted)}</th></tr>{body}</table>',
        )

    def _home(self, activities: int) -> None:
        downloads = "".join(
            f'<li><a href="id/{_e(name)}">{_e(name)}</a> ({_e(media)})</li>'
            for name, media in sorted(DATASET_FILES.items())
            if (self.root / "id" / name).is_file()
        )
        dataset = (
            '<li><a href="id/dataset.html">the dataset\'s VoID/DCAT description</a></li>'
            if "dataset" in self._known
            else ""
        )
        self._page(
            "index.html",
            SITE_TITLE,
            "<p>The international missions, receptions and electoral cooperation activities "
            "of the Directeur général des élections du Québec, with the organisations, "
            "countries, people and elections they involve; every activity is traced to the "
            f"sentences of its source page. {activities} activities.</p>\n"
            "<h2>Browse</h2><ul>"
            '<li><a href="activities.html">Activities by year</a></li>'
            '<li><a href="organisations.html">Organisations</a></li>'
            '<li><a href="countries.html">Countries</a></li>'
            '<li><a href="people.html">People</a></li>'
            '<li><a href="elections.html">Elections</a></li>'
            '<li><a href="network.html">The cooperation network (interactive)</a></li>'
            f"{dataset}</ul>\n<h2>Downloads</h2><ul>{downloads}</ul>",
        )
