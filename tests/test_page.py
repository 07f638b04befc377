"""The interactive page in a real headless browser (Debian's chromium, driven by Playwright).

Skipped, with the reason, only when Playwright or a browser cannot be found or launched.
The page is opened from file://; any other request is blocked and recorded, and must not
happen.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headless import chromium
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDFS

from graphbuild.draw import draw_all, network_page
from graphbuild.networks import load_graph, partnership_network

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def kg(built_dist: Path) -> Graph:
    return load_graph(built_dist / "graph.nt")


@pytest.fixture(scope="module")
def page_file(kg: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("page")
    draw_all(kg, out)
    return out / "network.html"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(BROWSER_ARGS) as launched:
        yield launched


class Session:
    """One page of the browser, with what it asked the network for and what it logged."""

    def __init__(self, browser: Any, page_file: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 950})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(page_file.as_uri())
        self.page.wait_for_selector("#nodes circle.node")

    def _route(self, route: Any) -> None:
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def drawn(self) -> set[str]:
        ids = self.page.eval_on_selector_all(
            "#nodes circle.node", "els => els.map(e => e.getAttribute('data-id'))"
        )
        return {str(i) for i in ids}

    def set_years(self, first: int, last: int) -> None:
        self.page.fill("#year-from", str(first))
        self.page.fill("#year-to", str(last))


@pytest.fixture()
def session(browser: Any, page_file: Path) -> Iterator[Session]:
    s = Session(browser, page_file)
    yield s
    s.context.close()
    external = [u for u in s.requests if not u.startswith(("file:", "data:"))]
    assert external == [], f"the page asked the network for {external}"
    assert s.errors == [], f"console errors: {s.errors}"


def test_draws_every_organisation(session: Session, kg: Graph) -> None:
    assert session.drawn() == set(partnership_network(kg))
    edges = session.page.locator("#edges line.edge").count()
    assert edges == partnership_network(kg).number_of_edges()


def test_year_filter(session: Session, kg: Graph) -> None:
    everything = session.drawn()
    session.set_years(2014, 2014)
    only_2014 = session.drawn()
    assert only_2014 == set(partnership_network(kg, years=(2014, 2014)))
    assert len(only_2014) < len(everything)
    assert "dge-mli" in only_2014 and "copa" not in only_2014
    assert "2014\u20132014" in session.page.text_content("#status") or ""
    session.page.click("#all-years")
    assert session.drawn() == everything


def test_type_filter(session: Session) -> None:
    session.page.uncheck("input.type-filter[value='intergovernmental-organization']")
    drawn = session.drawn()
    assert "oif" not in drawn and "undp" not in drawn
    assert {"dgeq", "recef"} <= drawn


def test_hover_shows_the_tooltip(session: Session) -> None:
    session.page.hover("#nodes circle.node[data-id='oif']")
    tooltip = session.page.locator("#tooltip")
    assert tooltip.is_visible()
    text = tooltip.text_content() or ""
    assert "OIF" in text
    assert "intergovernmental organization" in text
    assert "activities: 43" in text  # as in tests/gold (43 activities with the OIF)


def test_click_lists_the_activities(session: Session, kg: Graph) -> None:
    session.page.click("#nodes circle.node[data-id='isie']")
    items = session.page.locator("#details li")
    ids = {items.nth(i).get_attribute("data-activity") for i in range(items.count())}
    # The ISIE took part in the 2015 conference; it was only met by the 2014 observations.
    assert ids == {"2015-10-tunisia"}
    details = session.page.text_content("#details") or ""
    assert "Tunisia" in details and "2015-10-28" in details


def test_pan_and_zoom_move_the_view(session: Session) -> None:
    before = session.page.get_attribute("#viewport", "transform")
    session.page.click("#zoom-in")
    zoomed = session.page.get_attribute("#viewport", "transform")
    assert zoomed != before
    box = session.page.locator("#network").bounding_box()
    assert box is not None
    session.page.mouse.move(box["x"] + 20, box["y"] + 20)
    session.page.mouse.down()
    session.page.mouse.move(box["x"] + 120, box["y"] + 80)
    session.page.mouse.up()
    assert session.page.get_attribute("#viewport", "transform") != zoomed


def test_screenshot(session: Session, tmp_path: Path) -> None:
    shot = tmp_path / "network-screenshot.png"
    session.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dist = ROOT / "dist"
    if dist.is_dir():
        shutil.copyfile(shot, dist / "network-screenshot.png")


#: A heading that broke the page: "<!--<script" (with no "-->") kept the tokenizer from seeing
#: the end of the data's script element. With a script of its own, line separators, markup.
HOSTILE = (
    "Mission <!--<script> to Tunisia </script><script>window.pwned = 1</script>"
    " \u2028 \u2029 & <b>bold</b>"
)


@pytest.fixture(scope="module")
def hostile_page(kg: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph = Graph()
    graph += kg
    [activity] = [
        s for s, o in graph.subject_objects(DCTERMS.identifier) if str(o) == "2015-10-tunisia"
    ]
    graph.remove((activity, RDFS.label, None))
    graph.add((activity, RDFS.label, Literal(HOSTILE)))
    page = tmp_path_factory.mktemp("hostile") / "network.html"
    page.write_text(network_page(graph), encoding="utf-8")
    return page


def test_a_hostile_heading_is_data_not_markup(browser: Any, hostile_page: Path, kg: Graph) -> None:
    html = hostile_page.read_text(encoding="utf-8")
    assert html.count("<script") == 2 and html.count("</script>") == 2  # the page's own
    assert "<!--" not in html and "\u2028" not in html and "\u2029" not in html
    s = Session(browser, hostile_page)  # waits for the nodes: the script ran
    try:
        assert s.drawn() == set(partnership_network(kg))
        assert s.page.evaluate("window.pwned === undefined")
        s.page.click("#nodes circle.node[data-id='isie']")
        item = s.page.locator("#details li[data-activity='2015-10-tunisia']")
        assert HOSTILE in (item.text_content() or "")
        assert s.page.locator("#details b").count() == 0  # shown as text, not markup
        assert s.errors == [], s.errors
        assert [u for u in s.requests if not u.startswith(("file:", "data:"))] == []
    finally:
        s.context.close()
