"""The pictures: PNG files that decode, SVG files whose labels are text, a stable layout,
and a page that embeds everything it needs."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import matplotlib.image
import pytest
from rdflib import Graph

from graphbuild.draw import (
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
    root = ET.parse(path).getroot()
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
    pixels: Any = matplotlib.image.imread(path)
    assert pixels.shape[:2] == (height, width)
    assert float(pixels[..., :3].std()) > 0.05  # not a blank picture


def test_partnership_svg_has_the_main_labels(drawn: dict[str, Path], kg: Graph) -> None:
    texts = svg_texts(drawn["partnership.svg"])
    for label in ("DGEQ", "OIF", "RECEF", "COPA", "organisation type"):
        assert label in texts, label
    # Every organisation is labelled, shared acronyms with their country.
    G = partnership_network(kg)
    assert set(display_labels(dict(G.nodes(data=True))).values()) <= set(texts)
    assert "CENI (BDI)" in texts


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
