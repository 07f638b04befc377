"""`graphbuild site`: the static site crawled from its home page. Every link resolves to a
file of the site, every entity of the graph has its page, every machine-readable file
re-parses, and the downloads are the build's files where the DCAT description puts them."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT

from graphbuild.cli import main

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "sources"
BASE = "https://w3id.org/dgeq-kg/id/"
PARSERS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml", ".trig": "trig"}


@pytest.fixture(scope="module")
def site(built_dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    result = CliRunner().invoke(
        main,
        ["site", "--dist", str(built_dist), "--out", str(out), "--sources", str(SOURCES)],
    )
    assert result.exit_code == 0, result.output
    assert "entity pages" in result.output
    return out


@pytest.fixture(scope="module")
def graph(built_dist: Path) -> Graph:
    return Graph().parse(built_dist / "graph.nt", format="nt")


class _Targets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.marks = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.marks += tag == "mark"
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.targets.append(value)


def crawl(site: Path) -> tuple[set[str], list[tuple[str, str]]]:
    """Every file reached from index.html by following links, and the broken links."""
    seen: set[str] = set()
    broken: list[tuple[str, str]] = []
    queue = ["index.html"]
    while queue:
        current = queue.pop()
        if current in seen:
            continue
        seen.add(current)
        if not current.endswith(".html"):
            continue
        parser = _Targets()
        parser.feed((site / current).read_text(encoding="utf-8"))
        for target in parser.targets:
            parts = urlsplit(target)
            if parts.scheme or target.startswith(("#", "//")):
                continue  # other sites (sources, Wikidata) and anchors
            resolved = posixpath.normpath(
                posixpath.join(posixpath.dirname(current), unquote(parts.path))
            )
            if resolved.startswith("..") or not (site / resolved).is_file():
                broken.append((current, target))
            else:
                queue.append(resolved)
    return seen, broken


def test_every_link_resolves_and_every_entity_has_its_page(site: Path, graph: Graph) -> None:
    reached, broken = crawl(site)
    assert broken == []
    entities = {
        str(s)[len(BASE) :]
        for s in graph.subjects()
        if isinstance(s, URIRef) and str(s).startswith(BASE)
    }
    assert len(entities) > 1000
    for rest in entities:
        assert f"id/{rest}.html" in reached, rest  # reached by links, not only written
        for suffix in (".ttl", ".nt", ".jsonld"):
            assert (site / "id" / f"{rest}{suffix}").is_file(), rest
    for index in ("activities", "organisations", "countries", "people", "elections", "network"):
        assert f"{index}.html" in reached


def test_every_machine_readable_file_reparses(site: Path, graph: Graph) -> None:
    checked = 0
    for path in sorted(site.rglob("*")):
        if path.suffix in PARSERS and path.is_file() and path.name != "context.jsonld":
            fmt = PARSERS[path.suffix]
            if fmt == "trig":
                from rdflib import Dataset

                parsed: Graph = Dataset()
                parsed.parse(path, format="trig")
            else:
                parsed = Graph().parse(path, format=fmt)
            assert len(parsed) > 0, path
            checked += 1
    assert checked > 3000
    # An entity's files hold exactly its triples and those of its parts, read from graph.nt.
    rest = "activity/2014-11-tunisia"
    expected = Graph()
    for s, p, o in graph:
        if str(s) == BASE + rest or str(s).startswith(BASE + rest + "/"):
            expected.add((s, p, o))
    for suffix in (".ttl", ".nt", ".jsonld"):
        fmt = PARSERS[suffix]
        assert isomorphic(Graph().parse(site / "id" / f"{rest}{suffix}", format=fmt), expected)


def test_downloads_are_where_the_dcat_says(site: Path, built_dist: Path) -> None:
    void = Graph().parse(site / "id" / "void.ttl", format="turtle")
    urls = sorted(str(u) for u in void.objects(None, DCAT.downloadURL))
    assert len(urls) >= 6
    for url in urls:
        assert url.startswith(BASE)
        local = site / "id" / url[len(BASE) :]
        assert local.read_bytes() == (built_dist / url[len(BASE) :]).read_bytes()


def test_an_activity_page_quotes_its_evidence(site: Path) -> None:
    page = (site / "id" / "activity" / "2014-11-tunisia.html").read_text(encoding="utf-8")
    text = (SOURCES / "dgeq-archives-of-missions.txt").read_text(encoding="utf-8")
    paragraph = text[5379:5629]  # the span the graph gives for this paragraph (line 57)
    assert "OIF fact-finding and networking missions in Tunisia" in paragraph
    assert f'<mark class="span">{paragraph}</mark>' in page
    assert 'href="../country/TUN.html"' in page


def test_the_site_replaces_only_its_own_folder(built_dist: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(main, ["site", "--dist", str(built_dist), "--out", str(precious)])
    assert result.exit_code == 2, result.output
    assert "was not written by `graphbuild site`" in result.output
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "keep me"
