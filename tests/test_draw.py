"""The pictures: PNG files that decode, SVG files whose labels are text, a stable layout,
and a page that embeds everything it needs."""

from __future__ import annotations

import io
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from rdflib import Graph

from graphbuild.canvas import text_box
from graphbuild.draw import (
    LABEL_PAD,
    declutter,
    display_labels,
    draw_all,
    network_page,
    page_data,
    partnership_layout,
)
from graphbuild.networks import load_graph, partnership_network

DATA = Path(__file__).resolve().parent.parent / "data"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def kg(built_dist: Path) -> Graph:
    return load_graph(built_dist / "graph.nt")


@pytest.fixture(scope="module")
def drawn(kg: Graph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pictures")
    return {p.name: p for p in draw_all(kg, out)}


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert head[12:16] == b"IHDR"
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def svg_texts(path: Path) -> list[str]:
    return svg_texts_of(path.read_text(encoding="utf-8"))


def svg_texts_of(text: str) -> list[str]:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    return ["".join(t.itertext()).strip() for t in root.iter(f"{SVG}text")]


def test_draw_all_writes_every_picture(drawn: dict[str, Path]) -> None:
    assert set(drawn) == {
        "partnership.png",
        "partnership.svg",
        "timeline.png",
        "timeline.svg",
        "countries.png",
        "countries.svg",
        "network.html",
    }


@pytest.mark.parametrize(
    ("name", "min_width", "min_height"),
    [("partnership", 1600, 1200), ("timeline", 1000, 600), ("countries", 900, 900)],
)
def test_png_is_large_and_decodes(
    drawn: dict[str, Path], name: str, min_width: int, min_height: int
) -> None:
    path = drawn[f"{name}.png"]
    width, height = png_size(path)
    assert width >= min_width and height >= min_height
    assert path.stat().st_size > 30_000
    with Image.open(path) as image:
        image.load()  # decodes every pixel: a truncated or corrupt file raises here
        assert image.size == (width, height)
        spread = ImageStat.Stat(image.convert("RGB")).stddev
    assert min(spread) / 255 > 0.05  # not a blank picture


def test_partnership_svg_has_the_main_labels(drawn: dict[str, Path], kg: Graph) -> None:
    texts = svg_texts(drawn["partnership.svg"])
    for label in ("DGEQ", "OIF", "RECEF", "COPA", "organisation type"):
        assert label in texts, label
    # Every organisation is labelled, shared acronyms with their country.
    G = partnership_network(kg)
    assert set(display_labels(dict(G.nodes(data=True))).values()) <= set(texts)
    assert "CENI (BDI)" in texts


def _node_labels(path: Path) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each node label of the partnership SVG with the box its text takes (from its
    position, size and weight in the file, measured with the font's metrics) and the
    padding of its white box."""
    found = []
    for element in ET.parse(path).getroot().iter(f"{SVG}text"):
        if element.get("class") != "node-label":
            continue
        assert element.get("text-anchor") == "middle"
        size = float(element.get("font-size", "0"))
        left, top, right, bottom = text_box(
            float(element.get("x", "0")),
            float(element.get("y", "0")),
            element.text or "",
            size,
            bold=element.get("font-weight") == "bold",
            anchor="middle",
        )
        pad = LABEL_PAD * size
        found.append((element.text or "", (left - pad, top - pad, right + pad, bottom + pad)))
    return found


def test_partnership_labels_do_not_overlap(drawn: dict[str, Path], kg: Graph) -> None:
    labels = _node_labels(drawn["partnership.svg"])
    G = partnership_network(kg)
    assert sorted(t for t, _ in labels) == sorted(display_labels(dict(G.nodes(data=True))).values())
    root = ET.parse(drawn["partnership.svg"]).getroot()
    width, height = float(root.get("width", "0")), float(root.get("height", "0"))
    for n, (text, (left, top, right, bottom)) in enumerate(labels):
        assert left >= 0 and top >= 0 and right <= width and bottom <= height, text
        for other, (l2, t2, r2, b2) in labels[n + 1 :]:
            overlap = min(right, r2) - max(left, l2), min(bottom, b2) - max(top, t2)
            assert overlap[0] <= 0 or overlap[1] <= 0, (text, other)


def test_declutter_separates_a_crowd_and_leaves_lone_boxes() -> None:
    # Twelve boxes 40 x 10 stacked at one place, and one far away.
    boxes = [(0.0, 0.0, 40.0, 10.0)] * 12 + [(500.0, 500.0, 540.0, 510.0)]
    moves = declutter(boxes)
    assert moves[-1] == (0.0, 0.0)
    moved = [
        (a + dx, b + dy, c + dx, d + dy)
        for (a, b, c, d), (dx, dy) in zip(boxes, moves, strict=True)
    ]
    for n, p in enumerate(moved):
        for q in moved[n + 1 :]:
            assert min(p[2], q[2]) - max(p[0], q[0]) <= 0 or min(p[3], q[3]) - max(p[1], q[1]) <= 0


def test_charts_have_their_labels(drawn: dict[str, Path]) -> None:
    timeline = svg_texts(drawn["timeline.svg"])
    assert {"2005", "2014", "2017", "observation", "technical assistance"} <= set(timeline)
    assert "17" in timeline  # 2012, the busiest year: 17 activities
    countries = svg_texts(drawn["countries.svg"])
    assert {"Madagascar (MDG)", "Tunisia (TUN)", "Haiti (HTI)"} <= set(countries)


def test_layout_is_deterministic(kg: Graph) -> None:
    G = partnership_network(kg)
    first = partnership_layout(G)
    assert first == partnership_layout(G)
    assert first["dgeq"] == (0.0, 0.0)
    assert all(-1 <= x <= 1 and -1 <= y <= 1 for x, y in first.values())


def test_page_is_self_contained(kg: Graph) -> None:
    page = network_page(kg)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=\"(https?:)?//", page)
    assert "{{" not in page and "/*{{" not in page
    assert page.count("</script>") == 2  # the data and the script, both inline
    data = page_data(kg)
    assert len(data["nodes"]) == partnership_network(kg).number_of_nodes()
    assert len(data["activities"]) == 82
    assert data["years"] == [2005, 2017]


def test_pictures_carry_a_caption_with_n_and_the_source(drawn: dict[str, Path]) -> None:
    import json
    import tomllib

    from graphbuild.records import OrgRole

    records = json.loads((DATA / "activities.json").read_text(encoding="utf-8"))["activities"]
    took_part = [
        sorted(
            {o["org"] for o in r["organizations"] if o["resolved"] and OrgRole(o["role"]).took_part}
        )
        for r in records
    ]
    organisations = set().union(*map(set, took_part))
    ties = {(a, b) for orgs in took_part for i, a in enumerate(orgs) for b in orgs[i + 1 :]}
    countries = {c for r in records for c in r["countries"]}
    years = sorted(int(r["start_date"][:4]) for r in records)
    # The page titles as data/sources.toml gives them, in the order of the pages' ids.
    pages = tomllib.loads((DATA / "sources.toml").read_text(encoding="utf-8"))["pages"]
    titles = [f"“{pages[k]['title']}”" for k in sorted(pages)]
    source = f"Source: the pages {' and '.join(titles)}"
    span = f"({years[0]}–{years[-1]})"

    def caption(name: str) -> str:
        texts = svg_texts(drawn[f"{name}.svg"])
        starts = [i for i, t in enumerate(texts) if t.startswith("N = ")]
        assert len(starts) == 1, name
        lines = texts[starts[0] :]  # a long caption is wrapped: one text element per line
        return " ".join(lines[: next(i for i, t in enumerate(lines) if t.endswith(".")) + 1])

    assert caption("partnership").startswith(
        f"N = {len(organisations)} organisations, {len(ties)} ties, {len(records)} activities "
        f"{span}. {source}"
    )
    assert caption("timeline").startswith(f"N = {len(records)} activities {span}. {source}")
    assert caption("countries").startswith(
        f"N = {len(records)} activities in {len(countries)} countries {span};"
    )
    assert source in caption("countries")


def test_a_long_caption_makes_the_picture_taller_not_the_plot_vanish(kg: Graph) -> None:
    # Hundreds of source pages make a caption of many lines (as at 100x the pages).
    from graphbuild.draw import timeline_figure
    from graphbuild.networks import activity_table

    table = activity_table(kg)
    short = timeline_figure(table, caption="N = 82 activities.")
    long = " ".join(f"“page {n}”," for n in range(600))
    tall = timeline_figure(table, caption=long)
    assert tall.height > short.height + 500
    with Image.open(io.BytesIO(tall.png())) as image:
        image.load()
        assert image.size == (tall.width, tall.height)
    root = ET.fromstring(tall.svg().encode("utf-8"))
    lines = [t.text or "" for t in root.iter(f"{SVG}text") if t.get("class") == "caption"]
    assert len(lines) > 20
    assert " ".join(lines) == long  # every word, in order, nothing cut
