"""What people and linked-data clients get from `graphbuild serve` besides SPARQL: the query
page at the root, entity pages at /id/... with content negotiation, the dataset's files.

Plain HTTP clients (urllib) check the representations, each re-parsed; Debian's Chromium
(Playwright, never `playwright install`) runs a catalog example and reads an activity's
evidence, with every request to anything but the loopback server blocked and recorded.
Expected answers come from the source pages and tests/expected/, not from the code.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from headless import chromium
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, RDFS
from rdflib.term import Node

from graphbuild.pages import EntityView, PageLinks, entity_html
from graphbuild.serve import EndpointServer

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "sources"
EXPECTED = ROOT / "tests" / "expected"
BASE = "https://w3id.org/dgeq-kg/id/"
TUNISIA = "activity/2014-11-tunisia"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")


@pytest.fixture(scope="module")
def server(built_dist: Path) -> Iterator[EndpointServer]:
    with EndpointServer(built_dist, timeout_s=5, workers=1, sources=[SOURCES]) as running:
        yield running


@pytest.fixture(scope="module")
def root(server: EndpointServer) -> str:
    return server.root_url


@pytest.fixture(scope="module")
def graph(built_dist: Path) -> Graph:
    return Graph().parse(built_dist / "graph.nt", format="nt")


def get(url: str, accept: str | None = None, **headers: str) -> tuple[int, str, bytes]:
    """Status, Content-Type and body, for any status."""
    sent = dict(headers)
    if accept is not None:
        sent["Accept"] = accept
    request = urllib.request.Request(url, headers=sent)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def owned(graph: Graph, iri: str) -> Graph:
    """The entity's triples and those of the nodes under its path, read from graph.nt."""
    found = Graph()
    for s, p, o in graph:
        if str(s) == iri or str(s).startswith(iri + "/"):
            found.add((s, p, o))
    return found


class Links(HTMLParser):
    """Every href and src of a page, and the text of each <mark>."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.marks: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.targets.append(value)
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks[-1] += data


def parsed_links(page: bytes) -> Links:
    links = Links()
    links.feed(page.decode("utf-8"))
    return links


# -- content negotiation --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("text/html;q=0.5, text/turtle;q=0.9", "turtle"),
    ],
)
def test_an_activity_in_each_rdf_format_is_its_own_triples(
    root: str, graph: Graph, accept: str, rdf_format: str, as_stored: Callable[[Node], Node]
) -> None:
    status, content_type, body = get(root + "id/" + TUNISIA, accept)
    assert status == 200
    assert content_type.split(";")[0] == accept.split(";")[0].split(",")[-1].strip() or (
        rdf_format == "turtle" and content_type.startswith("text/turtle")
    )
    served = Graph().parse(data=body.decode("utf-8"), format=rdf_format)
    # As the store holds them: Oxigraph gives integer types back as xsd:integer.
    expected = Graph()
    for s, p, o in owned(graph, BASE + TUNISIA):
        expected.add((s, p, as_stored(o)))
    assert len(expected) > 30  # the activity, 3 associations, 3 spans and their selectors
    assert isomorphic(served, expected)
    assert b"127.0.0.1" not in body  # the canonical IRIs, never the server's address


def test_an_activity_as_html(root: str, graph: Graph) -> None:
    status, content_type, body = get(root + "id/" + TUNISIA, "text/html")
    assert status == 200 and content_type.startswith("text/html")
    page = body.decode("utf-8")
    assert '<h1 id="title">Three Election Observation Missions in Tunisia</h1>' in page
    links = parsed_links(body)
    assert "/id/country/TUN" in links.targets
    assert "/id/organization/oif" in links.targets
    assert "/id/election/TUN-2014-11-23" in links.targets
    # A browser's Accept (*/* last) gets the page too.
    status, content_type, _ = get(root + "id/" + TUNISIA, "text/html,*/*;q=0.8")
    assert status == 200 and content_type.startswith("text/html")


def test_evidence_quotes_the_source_with_the_spans_marked(root: str, graph: Graph) -> None:
    page_file = SOURCES / "dgeq-archives-of-missions.txt"
    text = page_file.read_text(encoding="utf-8")
    _, _, body = get(root + "id/" + TUNISIA, "text/html")
    links = parsed_links(body)
    spans = []
    oa = "http://www.w3.org/ns/oa#"
    for selector in graph.subjects(URIRef(oa + "start"), None):
        if str(selector).startswith(BASE + TUNISIA + "/"):
            start = int(graph.value(selector, URIRef(oa + "start")))
            end = int(graph.value(selector, URIRef(oa + "end")))
            spans.append(text[start:end])
    assert len(spans) == 3
    assert sorted(links.marks) == sorted(spans)
    # The paragraph of the page about the OIF missions (line 57 of the archives page).
    assert any("OIF fact-finding and networking missions in Tunisia" in m for m in links.marks)
    digest = hashlib.sha256(page_file.read_bytes()).hexdigest()
    assert digest in body.decode("utf-8")


def test_labels_in_the_readers_language(root: str) -> None:
    _, _, french = get(root + "id/country/TUN", "text/html", **{"Accept-Language": "fr-CA,fr"})
    _, _, english = get(root + "id/country/TUN", "text/html", **{"Accept-Language": "en"})
    assert '<h1 id="title">Tunisie</h1>' in french.decode("utf-8")
    assert '<h1 id="title">Tunisia</h1>' in english.decode("utf-8")


def test_unknown_entities_and_types(root: str) -> None:
    for accept in ("text/html", "text/turtle", "application/n-triples", "application/ld+json"):
        assert get(root + "id/activity/1999-01-atlantis", accept)[0] == 404
    assert get(root + "id/" + TUNISIA, "image/png")[0] == 406
    assert get(root + "id/../../etc/passwd")[0] == 404
    assert get(root + "web/../serve.py")[0] == 404
    assert get(root + "nothing-here")[0] == 404


def test_the_dataset_files_are_where_the_dcat_says(root: str, built_dist: Path) -> None:
    status, _, body = get(root + "id/dataset", "text/turtle")
    assert status == 200
    void = Graph().parse(data=body.decode("utf-8"), format="turtle")
    urls = sorted(str(u) for u in void.objects(None, DCAT.downloadURL))
    assert len(urls) >= 6
    for url in urls:
        assert url.startswith(BASE)
        status, _, served = get(root + "id/" + url[len(BASE) :])
        assert status == 200, url
        assert served == (built_dist / url[len(BASE) :]).read_bytes()
    for name, fmt in (("void.ttl", "turtle"), ("graph.jsonld", "json-ld"), ("graph.nt", "nt")):
        status, _, served = get(root + name)
        assert status == 200
        assert len(Graph().parse(data=served.decode("utf-8"), format=fmt)) > 0


def test_sparql_is_unchanged(server: EndpointServer) -> None:
    assert server.query_url.endswith("/query")
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, _ = get(server.query_url + "?" + urllib.parse.urlencode({"query": query}))
    assert status == 400


def test_values_are_escaped_in_html() -> None:
    hostile = '<script>alert(1)</script> & "quoted" <b>bold</b>'
    iri = BASE + "activity/x"
    description = Graph()
    description.add((URIRef(iri), RDFS.label, Literal(hostile, lang="en")))
    description.add((URIRef(iri), RDFS.seeAlso, URIRef("javascript:alert(1)")))
    view = EntityView(iri, description, labels={iri: {"en": hostile}})
    links = PageLinks(entity=lambda _: None, asset="/web/", home="/", query="/", formats={})
    page = entity_html(view, lang="en", links=links, site_title="t")
    assert "<script>" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page


# -- any base IRI ---------------------------------------------------------------------------


def test_any_base_iri_maps_to_id(tmp_path: Path) -> None:
    from graphbuild.pipeline import build

    out = tmp_path / "dist"
    base = "https://example.org/kg/ids/"
    build(ROOT / "data", out, base_iri=base)
    with EndpointServer(out, timeout_s=5, workers=1) as running:
        for path in ("id/" + TUNISIA, "kg/ids/" + TUNISIA):
            status, _, body = get(running.root_url + path, "application/n-triples")
            assert status == 200, path
            assert f"<{base}{TUNISIA}>".encode() in body
            assert BASE.encode() not in body and b"127.0.0.1" not in body


# -- in a real browser ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(BROWSER_ARGS) as launched:
        yield launched


class Offline:
    """A browser page that may reach the loopback server only; what else it asked for is
    blocked and kept, as are console errors."""

    def __init__(self, browser: Any, root: str) -> None:
        self.root = root
        self.context = browser.new_context(viewport={"width": 1400, "height": 950})
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith((self.root, "data:", "blob:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@pytest.fixture()
def offline(browser: Any, root: str) -> Iterator[Offline]:
    session = Offline(browser, root)
    yield session
    session.context.close()
    assert session.blocked == [], f"the page asked the network for {session.blocked}"
    assert session.errors == [], f"console errors: {session.errors}"


def table_rows(page: Any) -> list[list[str]]:
    rows: list[list[str]] = page.eval_on_selector_all(
        ".yasr table.dataTable tbody tr",
        "rows => rows.map(r => [...r.querySelectorAll('td')].map(c => c.innerText.trim()))",
    )
    return rows


def test_the_query_page_runs_a_catalog_example(offline: Offline, root: str) -> None:
    page = offline.page
    page.goto(root)
    page.wait_for_selector("button.example[data-example='activities-per-year']")
    page.click("button.example[data-example='activities-per-year']")
    page.wait_for_selector(".yasr table.dataTable tbody tr td")
    expected = json.loads((EXPECTED / "activities-per-year.json").read_text())["expected"]
    found = {}
    for row in table_rows(page):  # "#", year, activities, as YASR shows typed literals
        year = re.match(r'"?(\d{4})', row[1])
        count = re.match(r'"?(\d+)', row[2])
        assert year and count, row
        found[year.group(1)] = int(count.group(1))
    assert found == expected


def test_result_links_open_entity_pages_here(offline: Offline, root: str) -> None:
    page = offline.page
    page.goto(root)
    page.click("button.example[data-example='activities-in-year-range']")
    page.wait_for_selector(".yasr a.entity-link")
    href = page.get_attribute(".yasr a.entity-link", "href") or ""
    assert href.startswith(root + "id/activity/")
    # The table's narrow columns overlap the link: a click on the element itself.
    with page.expect_navigation():
        page.locator(".yasr a.entity-link").first.dispatch_event("click")
    page.wait_for_selector("h1#title")
    assert page.url == href
    assert page.locator("h2", has_text="Evidence").count() == 1


def test_an_activity_page_in_the_browser(offline: Offline, root: str) -> None:
    page = offline.page
    page.goto(root + "id/" + TUNISIA)
    marked = page.locator("figure.evidence mark.span")
    assert marked.count() == 3
    text = (SOURCES / "dgeq-archives-of-missions.txt").read_text(encoding="utf-8")
    for i in range(3):
        figure = page.locator("figure.evidence").nth(i)
        start = int(figure.get_attribute("data-start") or -1)
        end = int(figure.get_attribute("data-end") or -1)
        assert marked.nth(i).inner_text() == text[start:end].strip() or (
            marked.nth(i).text_content() == text[start:end]
        )
        assert figure.locator("mark.span").evaluate(
            "m => getComputedStyle(m).backgroundColor"
        ) not in ("rgba(0, 0, 0, 0)", "transparent")
    page.click("a[href='/id/country/TUN']")
    page.wait_for_selector("h1#title")
    assert page.inner_text("h1#title") == "Tunisia"
    assert page.locator(f"a[href='/id/{TUNISIA}']").count() >= 1  # linked back
