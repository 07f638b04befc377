"""Networks -> pictures: the partnership network, the timeline, the country chart, and a
self-contained interactive page.

Everything is drawn from the views and tables of :mod:`graphbuild.networks` (so from the
SPARQL queries over the built graph), and drawn by :mod:`graphbuild.canvas` (SVG written
directly, the PNG painted with Pillow; labels measured with the font's own metrics and
moved apart until none overlaps another). Output is deterministic: fixed layout seeds, no
dates in the PNG or SVG. Text stays text in the SVG files, so the labels can be searched
and tested. The page inlines its script, style and data; it loads nothing from the
network.

>>> display_labels({"a": {"label": "CENI", "country": "TCD"},
...                 "b": {"label": "CENI", "country": "BDI"},
...                 "c": {"label": "OIF", "country": ""}})
{'a': 'CENI (TCD)', 'b': 'CENI (BDI)', 'c': 'OIF'}
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from graphbuild.canvas import Canvas, nice_ticks, text_box, text_width, wrap
from graphbuild.network_sources import ViewSource
from graphbuild.networks import (
    HOME_ORGANIZATION,
    Network,
    Row,
    activity_table,
    partnership_network,
    reading_once,
    source_pages,
    write_main_views,
)

#: Seed of the spring layout: the same graph is always drawn the same way.
LAYOUT_SEED = 7

#: Colours of the organisation types (Okabe-Ito, distinguishable with colour blindness),
#: in the order of the ontology's dgk:organization-types scheme.
TYPE_COLOURS = {
    "electoral-management-body": "#0072B2",
    "intergovernmental-organization": "#E69F00",
    "network-of-electoral-bodies": "#009E73",
    "ngo": "#CC79A7",
    "government-agency": "#56B4E9",
    "parliamentary-assembly": "#D55E00",
    "academic": "#F0E442",
    "association": "#8C6D31",
}
_OTHER_COLOUR = "#999999"

#: Colours of the activity kinds, in the order of dgk:activity-kinds.
KIND_COLOURS = {
    "observation": "#0072B2",
    "technical-assistance": "#E69F00",
    "evaluation": "#009E73",
    "training": "#F0E442",
    "conference": "#CC79A7",
    "general-assembly": "#D55E00",
    "reception": "#56B4E9",
}

#: Nodes with at least this many activities get a large bold label.
MAJOR_ACTIVITIES = 4


def type_label(code: str) -> str:
    """A readable name for an organisation type or activity kind code.

    >>> type_label("network-of-electoral-bodies"), type_label("ngo")
    ('network of electoral bodies', 'NGO')
    """
    return "NGO" if code == "ngo" else code.replace("-", " ")


def type_colour(code: str) -> str:
    return TYPE_COLOURS.get(code, _OTHER_COLOUR)


def display_labels(nodes: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """Node labels, with the country added to an acronym several nodes share."""
    counts = Counter(str(d.get("label", n)) for n, d in nodes.items())
    labels = {}
    for node, data in nodes.items():
        label = str(data.get("label", node))
        country = str(data.get("country", ""))
        labels[node] = f"{label} ({country})" if counts[label] > 1 and country else label
    return labels


# -- layout -------------------------------------------------------------------------------


def _spread(
    pos: dict[str, list[float]],
    gaps: Mapping[str, float],
    pinned: frozenset[str] = frozenset(),
    rounds: int = 200,
) -> None:
    """Push apart nodes closer than the sum of their gaps (in place, deterministic); a
    pinned node stays where it is and the other one moves the whole way."""
    nodes = sorted(pos)
    at = [pos[n] for n in nodes]  # the same lists: moves are made in ``pos``
    gap = [gaps[n] for n in nodes]
    fixed = [n in pinned for n in nodes]
    count = len(nodes)
    for _ in range(rounds):
        moved = False
        for i in range(count):
            pa, ga = at[i], gap[i]
            for j in range(i + 1, count):
                pb = at[j]
                dx, dy = pb[0] - pa[0], pb[1] - pa[1]
                need = ga + gap[j]
                if dx >= need or -dx >= need or dy >= need or -dy >= need:
                    continue  # apart along one axis, so apart (the distance is no shorter)
                dist = math.hypot(dx, dy)
                if dist >= need:
                    continue
                if dist < 1e-9:
                    dx, dy, dist = 1.0, 0.0, 1.0
                share_a = 0.0 if fixed[i] else 1.0 if fixed[j] else 0.5
                push = need - dist
                pa[0] -= dx / dist * push * share_a
                pa[1] -= dy / dist * push * share_a
                pb[0] += dx / dist * push * (1 - share_a)
                pb[1] += dy / dist * push * (1 - share_a)
                moved = True
        if not moved:
            return


def partnership_layout(G: Network, *, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]² for the partnership network.

    DGEQ takes part in everything, so it is pinned at the centre and the others are laid
    out around it by a weighted spring layout with a fixed seed; nodes that would overlap
    (bigger ones need more room) are then pushed apart.
    """
    if len(G) == 0:
        return {}
    fixed = [HOME_ORGANIZATION] if HOME_ORGANIZATION in G else None
    start = {HOME_ORGANIZATION: (0.0, 0.0)} if fixed else None
    k = 1.2 / math.sqrt(len(G))
    raw = nx.spring_layout(
        G, weight="weight", seed=seed, k=k, iterations=300, pos=start, fixed=fixed
    )
    pos = {str(n): [float(raw[n][0]), float(raw[n][1])] for n in sorted(G)}
    top = max((int(d.get("activities", 1)) for _, d in G.nodes(data=True)), default=1)
    gaps = {
        str(n): 0.035 + 0.05 * math.sqrt(int(d.get("activities", 1)) / top)
        for n, d in G.nodes(data=True)
    }
    _spread(pos, gaps, frozenset(fixed or ()))
    extent = max((max(abs(x), abs(y)) for x, y in pos.values()), default=1.0) or 1.0
    return {n: (round(x / extent, 4), round(y / extent, 4)) for n, (x, y) in pos.items()}


# -- captions -----------------------------------------------------------------------------

#: Up to this many source pages are named in a caption; more are counted (three named).
PAGES_NAMED = 6


def source_line(pages: Sequence[Row]) -> str:
    """Where the data comes from, for a caption: the pages' titles.

    Many pages are summarised (a reader cannot take in hundreds of titles under a
    picture, and laying them out would cost more than the picture): the first
    :data:`PAGES_NAMED` titles and how many more.

    >>> source_line([{"source": "a", "title": "Archives"}, {"source": "b", "title": "News"}])
    'Source: the pages “Archives” and “News”, read into a knowledge graph by graphbuild.'
    >>> source_line([{"source": str(n), "title": f"P{n}"} for n in range(1, 445)])
    'Source: 444 pages (“P1”, “P2”, “P3” and 441 more), read into a knowledge graph by graphbuild.'
    """
    titles = [f"“{p['title']}”" for p in pages]
    if not titles:
        return "Source: a knowledge graph built by graphbuild."
    if len(titles) > PAGES_NAMED:
        shown = ", ".join(titles[:3])
        return (
            f"Source: {len(titles)} pages ({shown} and {len(titles) - 3} more), "
            "read into a knowledge graph by graphbuild."
        )
    named = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
    page = "page" if len(titles) == 1 else "pages"
    return f"Source: the {page} {named}, read into a knowledge graph by graphbuild."


def _span(table: Sequence[Row]) -> str:
    years = sorted({int(r["year"]) for r in table})
    if not years:
        return ""
    return f" ({years[0]})" if years[0] == years[-1] else f" ({years[0]}–{years[-1]})"


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def network_caption(G: Network, table: Sequence[Row], pages: Sequence[Row]) -> str:
    """N of the partnership picture (organisations, ties, activities, years) and the source."""
    counts = ", ".join(
        (
            _plural(G.number_of_nodes(), "organisation"),
            _plural(G.number_of_edges(), "tie"),
            _plural(len(table), "activity", "activities"),
        )
    )
    return f"N = {counts}{_span(table)}. {source_line(pages)}"


def timeline_caption(table: Sequence[Row], pages: Sequence[Row]) -> str:
    """N of the timeline (activities, years) and the source."""
    return (
        f"N = {_plural(len(table), 'activity', 'activities')}{_span(table)}. {source_line(pages)}"
    )


def countries_caption(table: Sequence[Row], pages: Sequence[Row]) -> str:
    """N of the country chart (activities, countries) and the source."""
    countries = {c for r in table for c in r["countries"]}
    return (
        f"N = {_plural(len(table), 'activity', 'activities')} in "
        f"{_plural(len(countries), 'country', 'countries')}{_span(table)}; an activity in "
        f"several countries counts in each. {source_line(pages)}"
    )


# -- pictures -----------------------------------------------------------------------------

#: Pixels per typographic point: the pictures are drawn at 110 dots per inch.
PT = 110 / 72
_MARGIN = 30.0
_TEXT = "#333333"


def _line_height(size: float) -> float:
    return size * 1.25


def _caption_height(width: int, caption: str | None, *, size: float) -> float:
    """How tall the caption of a picture ``width`` pixels wide is, wrapped as
    :func:`_caption` wraps it (a long list of source pages takes many lines)."""
    if not caption:
        return 0.0
    return _line_height(size) * len(wrap(caption, width - 2 * _MARGIN, size))


def _caption(canvas: Canvas, caption: str | None, *, size: float) -> float:
    """The caption wrapped to the picture's width at its foot, one text element per line;
    the top of its first line (the picture's height when there is no caption)."""
    if not caption:
        return canvas.height - _MARGIN
    lines = wrap(caption, canvas.width - 2 * _MARGIN, size)
    top = canvas.height - _MARGIN - _line_height(size) * len(lines)
    for n, line in enumerate(lines):
        y = top + _line_height(size) * n
        canvas.text(_MARGIN, y, line, size=size, colour=_TEXT, baseline="top", role="caption")
    return top


def _title(canvas: Canvas, lines: Sequence[str], *, size: float, top: float = _MARGIN) -> float:
    """The title's lines centred at the top; the bottom of the last."""
    for n, line in enumerate(lines):
        y = top + _line_height(size) * n
        canvas.text(canvas.width / 2, y, line, size=size, anchor="middle", baseline="top")
    return top + _line_height(size) * len(lines)


def _legend(
    canvas: Canvas,
    x: float,
    y: float,
    title: str,
    entries: Sequence[tuple[str, str]],
    *,
    size: float,
    marker: str = "circle",
    frame: bool = True,
    below: bool = False,
) -> tuple[float, float, float, float]:
    """A legend with its top left corner at (``x``, ``y``) (its bottom left when ``below``):
    a title, then a coloured marker and a label per entry. Its box (left, top, right,
    bottom)."""
    pad, row = 0.6 * size, _line_height(size) * 1.15
    title_size = size * 12 / 11
    width = max(
        [text_width(title, title_size)]
        + [text_width(label, size) + 2.2 * size for label, _ in entries]
    )
    height = _line_height(title_size) + row * len(entries) + pad * 2
    box = (x, y - height if below else y, x + width + pad * 2, (y if below else y + height))
    left, top = box[0], box[1]
    if frame:
        canvas.rect(
            left,
            top,
            box[2] - left,
            height,
            fill="#ffffff",
            stroke="#cccccc",
            stroke_width=1,
            radius=4,
            alpha=0.9,
        )
    canvas.text(
        left + pad + width / 2,
        top + pad,
        title,
        size=title_size,
        anchor="middle",
        baseline="top",
    )
    for n, (label, colour) in enumerate(entries):
        cy = top + pad + _line_height(title_size) + row * n + row / 2
        if marker == "circle":
            canvas.circle(
                left + pad + 0.6 * size,
                cy,
                0.5 * size,
                fill=colour,
                stroke="#ffffff",
                stroke_width=1,
            )
        else:
            canvas.rect(left + pad, cy - 0.5 * size, 1.4 * size, size, fill=colour)
        canvas.text(
            left + pad + 2.2 * size, cy, label, size=size, colour="#222222", baseline="middle"
        )
    return box


def _node_size(activities: int) -> float:
    return 60.0 + 38.0 * activities  # marker area (pt²) grows with the activity count


def _node_radius(activities: int) -> float:
    """The node's radius in pixels: a marker of area :func:`_node_size` (pt²)."""
    return math.sqrt(_node_size(activities)) / 2 * PT


Box = list[float]  # left, top, right, bottom


def declutter(boxes: Sequence[Sequence[float]], rounds: int = 200) -> list[tuple[float, float]]:
    """How far to move each box (dx, dy) so that no two overlap (or ``rounds`` is spent):
    each overlapping pair is pushed apart along the axis of least overlap, vertical
    moves preferred; boxes that do not overlap stay where they are.

    >>> declutter([(0, 0, 10, 10), (5, 5, 15, 15), (30, 30, 40, 40)])
    [(0.0, -3.0), (0.0, 3.0), (0.0, 0.0)]
    """
    moved_boxes: list[Box] = [list(b) for b in boxes]
    offsets = [[0.0, 0.0] for _ in boxes]
    order = sorted(range(len(moved_boxes)), key=lambda i: moved_boxes[i][0])
    for _ in range(rounds):
        shifts = [[0.0, 0.0] for _ in boxes]
        moved = False
        # Pairs in order of their left edges: a pair is looked at only while they can meet.
        order.sort(key=lambda i: moved_boxes[i][0])
        for n, i in enumerate(order):
            a = moved_boxes[i]
            for j in order[n + 1 :]:
                b = moved_boxes[j]
                if b[0] >= a[2]:
                    break
                ox = min(a[2], b[2]) - max(a[0], b[0])
                oy = min(a[3], b[3]) - max(a[1], b[1])
                if ox <= 0 or oy <= 0:
                    continue
                moved = True
                first, second = (i, j) if i < j else (j, i)
                p, q = moved_boxes[first], moved_boxes[second]
                if oy <= ox * 1.5:
                    step = oy / 2 + 0.5
                    sign = 1 if (p[1] + p[3]) >= (q[1] + q[3]) else -1
                    shifts[first][1] += sign * step
                    shifts[second][1] -= sign * step
                else:
                    step = ox / 2 + 0.5
                    sign = 1 if (p[0] + p[2]) >= (q[0] + q[2]) else -1
                    shifts[first][0] += sign * step
                    shifts[second][0] -= sign * step
        if not moved:
            break
        for box, offset, (sx, sy) in zip(moved_boxes, offsets, shifts, strict=True):
            box[0] += sx
            box[2] += sx
            box[1] += sy
            box[3] += sy
            offset[0] += sx
            offset[1] += sy
    return [(x, y) for x, y in offsets]


#: Padding of a node label's white box, as a share of its font size.
LABEL_PAD = 0.15


def partnership_figure(
    G: Network,
    *,
    title: str | None = None,
    caption: str | None = None,
    layout: Mapping[str, tuple[float, float]] | None = None,
) -> Canvas:
    """The partnership network: node area by activity count, colour by organisation type,
    edge width by shared activities; every node labelled, the main ones large and bold,
    the labels moved apart until none overlaps another. ``layout`` is
    :func:`partnership_layout` of ``G`` when it is known already."""
    pos = layout if layout is not None else partnership_layout(G)
    labels = display_labels(dict(G.nodes(data=True)))
    # 1540 pixels high with a caption of one line; taller for a longer one.
    extra = max(_caption_height(1980, caption, size=12 * PT) - _line_height(12 * PT), 0.0)
    canvas = Canvas(1980, 1540 + math.ceil(extra))
    span = G.graph.get("from_year"), G.graph.get("to_year")
    years = f", {span[0]}–{span[1]}" if None not in span else ""
    heading = (
        title.splitlines()
        if title
        else [
            f"Organisations that took part in the same DGEQ activities{years}",
            "node area: activities; line width: shared activities",
        ]
    )
    top = _title(canvas, heading, size=16 * PT) + 20
    bottom = _caption(canvas, caption, size=12 * PT) - 20
    # Positions are in [-1, 1]²: a square with 6 % margins, centred in the space left.
    side = min(canvas.width - 2 * _MARGIN, bottom - top)
    scale = side / 2 / 1.12
    cx, cy = canvas.width / 2, (top + bottom) / 2

    def at(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return cx + x * scale, cy - y * scale

    top_weight = max((d["weight"] for _, _, d in G.edges(data=True)), default=1)
    for a, b, d in sorted(G.edges(data=True), key=lambda e: (e[2]["weight"], e[0], e[1])):
        home = HOME_ORGANIZATION in (a, b)
        canvas.line(
            [at(a), at(b)],
            colour="#8a8a8a" if home else "#555555",
            width=(0.4 + 5.0 * d["weight"] / top_weight) * PT,
            alpha=0.25 if home else 0.45,
        )
    nodes = sorted(G.nodes(data=True), key=lambda nd: (-int(nd[1].get("activities", 1)), nd[0]))
    for node, data in nodes:
        x, y = at(node)
        canvas.circle(
            x,
            y,
            _node_radius(int(data.get("activities", 1))),
            fill=type_colour(str(data.get("type", ""))),
            stroke="#ffffff",
            stroke_width=1.2 * PT,
        )
    placed = []  # (text, x, bottom, size, bold) of each label, above its node
    for node, data in nodes:
        activities = int(data.get("activities", 1))
        major = activities >= MAJOR_ACTIVITIES
        x, y = at(node)
        size = (14 if major else 10) * PT
        placed.append((labels[node], x, y - _node_radius(activities) - 2 * PT, size, major))
    boxes = []
    for text, x, y, size, major in placed:
        left, up, right, down = text_box(
            x, y, text, size, bold=major, anchor="middle", baseline="bottom"
        )
        pad = LABEL_PAD * size
        boxes.append((left - pad, up - pad, right + pad, down + pad))
    moves = declutter(boxes)
    for (text, x, y, size, major), (dx, dy) in zip(placed, moves, strict=True):
        left, up, right, down = text_box(
            x + dx, y + dy, text, size, bold=major, anchor="middle", baseline="bottom"
        )
        pad = LABEL_PAD * size
        canvas.rect(
            left - pad,
            up - pad,
            right - left + 2 * pad,
            down - up + 2 * pad,
            fill="#ffffff",
            radius=pad,
            alpha=0.75,
        )
        canvas.text(
            x + dx,
            y + dy,
            text,
            size=size,
            bold=major,
            colour="#111111" if major else _TEXT,
            anchor="middle",
            baseline="bottom",
            role="node-label",
        )
    used = sorted({str(d.get("type", "")) for _, d in G.nodes(data=True)})
    kinds = [t for t in TYPE_COLOURS if t in used] + [t for t in used if t not in TYPE_COLOURS]
    _legend(
        canvas,
        _MARGIN,
        bottom,
        "organisation type",
        [(type_label(t) if t else "unknown type", type_colour(t)) for t in kinds],
        size=11 * PT,
        below=True,
    )
    return canvas


def _bar_chart_frame(
    canvas: Canvas,
    plot: tuple[float, float, float, float],
    ticks: Sequence[int],
    *,
    horizontal: bool,
    label: str,
    size: float,
) -> None:
    """The value axis of a bar chart (its line, ticks and title) and the base line."""
    left, top, right, bottom = plot
    canvas.line([(left, top), (left, bottom), (right, bottom)], colour="#000000", width=1)
    high = ticks[-1] or 1
    for tick in ticks:
        if horizontal:
            x = left + (right - left) * tick / high
            canvas.line([(x, bottom), (x, bottom + 5)], colour="#000000", width=1)
            canvas.text(x, bottom + 8, str(tick), size=size, anchor="middle", baseline="top")
        else:
            y = bottom - (bottom - top) * tick / high
            canvas.line([(left - 5, y), (left, y)], colour="#000000", width=1)
            canvas.text(left - 8, y, str(tick), size=size, anchor="end", baseline="middle")
    if horizontal:
        y = bottom + 8 + _line_height(size) + 4
        canvas.text((left + right) / 2, y, label, size=size, anchor="middle", baseline="top")
    else:
        widest = max(text_width(str(t), size) for t in ticks)
        canvas.text(
            left - 16 - widest,
            (top + bottom) / 2,
            label,
            size=size,
            anchor="end",
            baseline="middle",
        )


def timeline_figure(table: Sequence[Row], *, caption: str | None = None) -> Canvas:
    """Activities per year, stacked by kind."""
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for row in table:
        counts[str(row["kind"])][int(row["year"])] += 1
    years = list(range(min(int(r["year"]) for r in table), max(int(r["year"]) for r in table) + 1))
    kinds = [k for k in KIND_COLOURS if k in counts] + sorted(set(counts) - set(KIND_COLOURS))
    size = 10 * PT
    # 715 pixels high with a caption of one line; taller for a longer one.
    extra = max(_caption_height(1320, caption, size=size) - _line_height(size), 0.0)
    canvas = Canvas(1320, 715 + math.ceil(extra))
    top = _title(canvas, ["DGEQ international activities per year, by kind"], size=14 * PT) + 20
    bottom = _caption(canvas, caption, size=size) - 20 - 2 * _line_height(size)
    entries = [(type_label(k), KIND_COLOURS.get(k, _OTHER_COLOUR)) for k in kinds]
    legend_width = max(text_width(label, size) for label, _ in entries) + 4 * size
    totals = [sum(counts[k][y] for k in kinds) for y in years]
    ticks = nice_ticks(max(totals) * 1.12 + 1)
    widest = max(text_width(str(t), size) for t in ticks)
    left = _MARGIN + text_width("activities", size) + 16 + widest
    right = canvas.width - _MARGIN - legend_width - 20
    plot = (left, top, right, bottom)
    step = (right - left) / len(years)
    per = (bottom - top) / ticks[-1]
    # Every year labelled when the labels fit side by side, else every second, third...
    every = math.ceil(text_width("0000", size) * 1.3 / step)
    for n, year in enumerate(years):
        x = left + step * (n + 0.1)
        base = bottom
        for kind in kinds:
            h = counts[kind][year] * per
            if h:
                canvas.rect(
                    x,
                    base - h,
                    step * 0.8,
                    h,
                    fill=KIND_COLOURS.get(kind, _OTHER_COLOUR),
                    stroke="#ffffff",
                    stroke_width=0.6 * PT,
                )
            base -= h
        centre = left + step * (n + 0.5)
        if totals[n]:
            canvas.text(
                centre, base - 3, str(totals[n]), size=size, anchor="middle", baseline="bottom"
            )
        canvas.line([(centre, bottom), (centre, bottom + 5)], colour="#000000", width=1)
        if n % every == 0:
            canvas.text(centre, bottom + 8, str(year), size=size, anchor="middle", baseline="top")
    _bar_chart_frame(canvas, plot, ticks, horizontal=False, label="activities", size=size)
    _legend(canvas, right + 20, top, "kind", entries, size=size, marker="box", frame=False)
    return canvas


def countries_figure(table: Sequence[Row], *, caption: str | None = None) -> Canvas:
    """Activities per country (an activity in several countries counts in each), by kind."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for row in table:
        for alpha3, name in zip(row["countries"], row["country_names"], strict=True):
            counts[alpha3][str(row["kind"])] += 1
            names[alpha3] = name
    order = sorted(counts, key=lambda c: (-sum(counts[c].values()), names[c]))
    kinds = [k for k in KIND_COLOURS if any(counts[c][k] for c in order)]
    kinds += sorted({k for c in order for k in counts[c]} - set(KIND_COLOURS))
    size = 10 * PT
    row_height = 0.32 * 110
    entries = [(type_label(k), KIND_COLOURS.get(k, _OTHER_COLOUR)) for k in kinds]
    legend_width = max([text_width(label, size) for label, _ in entries], default=0) + 4 * size
    names_shown = [f"{names[c]} ({c})" for c in order]
    height = (
        2 * _MARGIN
        + _line_height(14 * PT)
        + 20
        + row_height * max(len(order), 1)
        + 20
        + 3 * _line_height(size)
        + _caption_height(1210, caption, size=size)
    )
    canvas = Canvas(1210, math.ceil(height))
    top = _title(canvas, ["DGEQ international activities per country, by kind"], size=14 * PT)
    top += 20
    bottom = top + row_height * max(len(order), 1)
    _caption(canvas, caption, size=size)
    totals = [sum(counts[c].values()) for c in order]
    ticks = nice_ticks(max(totals, default=0) * 1.08 + 0.5)
    left = _MARGIN + 10 + max((text_width(n, size) for n in names_shown), default=0)
    right = canvas.width - _MARGIN - legend_width - 20
    plot = (left, top, right, bottom)
    per = (right - left) / ticks[-1]
    for n, country in enumerate(order):
        y = top + row_height * (n + 0.1)
        x = left
        for kind in kinds:
            w = counts[country][kind] * per
            if w:
                canvas.rect(
                    x,
                    y,
                    w,
                    row_height * 0.8,
                    fill=KIND_COLOURS.get(kind, _OTHER_COLOUR),
                    stroke="#ffffff",
                    stroke_width=0.6 * PT,
                )
            x += w
        middle = top + row_height * (n + 0.5)
        canvas.text(x + 4, middle, str(totals[n]), size=9 * PT, baseline="middle")
        canvas.text(left - 8, middle, names_shown[n], size=size, anchor="end", baseline="middle")
    _bar_chart_frame(canvas, plot, ticks, horizontal=True, label="activities", size=size)
    if entries:
        _legend(canvas, right + 20, top, "kind", entries, size=size, marker="box", frame=False)
    return canvas


def _write_bytes(path: Path, data: bytes) -> None:
    from graphbuild.store import write_atomic  # a temp file and a rename, as for every output

    write_atomic(path, data)


def save_figure(canvas: Canvas, stem: Path) -> list[Path]:
    """Write ``stem.png`` and ``stem.svg`` (atomically, without dates in the metadata)."""
    written = []
    for suffix, data in ((".png", canvas.png()), (".svg", canvas.svg().encode("utf-8"))):
        target = stem.with_suffix(suffix)
        _write_bytes(target, data)
        written.append(target)
    return written


# -- the interactive page -----------------------------------------------------------------


def page_data(
    graph: ViewSource, *, layout: Mapping[str, tuple[float, float]] | None = None
) -> dict[str, Any]:
    """What the page embeds: nodes with layout positions, activities, types, years.
    ``layout`` is :func:`partnership_layout` of the partnership network, when known."""
    G = partnership_network(graph)
    table = activity_table(graph)
    pos = layout if layout is not None else partnership_layout(G)
    labels = display_labels(dict(G.nodes(data=True)))
    nodes = [
        {
            "id": node,
            "label": labels[node],
            "name": data["name"],
            "type": data["type"],
            "country": data["country_name"],
            "x": pos[node][0],
            "y": -pos[node][1],  # SVG's y axis points down
        }
        for node, data in sorted(G.nodes(data=True))
    ]
    activities = [
        {
            "id": row["activity"],
            "title": row["title"],
            "start": row["start_date"],
            "end": row["end_date"],
            "year": int(row["year"]),
            "kind": row["kind"],
            "countries": list(row["country_names"]),
            "orgs": list(row["organizations"]),
        }
        for row in table
    ]
    used = {n["type"] for n in nodes}
    types = [t for t in TYPE_COLOURS if t in used] + sorted(used - set(TYPE_COLOURS))
    years = [a["year"] for a in activities]
    return {
        "nodes": nodes,
        "activities": activities,
        "types": [{"code": t, "label": type_label(t), "colour": type_colour(t)} for t in types],
        "years": [min(years), max(years)] if years else [0, 0],
    }


def _asset(name: str) -> str:
    return files("graphbuild").joinpath("web", name).read_text(encoding="utf-8")


#: What JSON text may not hold as it is inside a <script> element: "<" (a "</script>"
#: ends the element, and "<!--" with "<script" stops the tokenizer seeing the end tag),
#: ">" and "&" for good measure, and the two line separators old JavaScript parsers refuse
#: in strings. Each is written as a \u escape, which JSON.parse reads back as it was.
_SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_json(value: Any) -> str:
    """JSON text safe inside a ``<script>`` element of an HTML page, whatever its strings.

    >>> script_json({"title": "<!--<script></script>"})
    '{"title":"\\\\u003c!--\\\\u003cscript\\\\u003e\\\\u003c/script\\\\u003e"}'
    >>> json.loads(script_json(["a\\u2028b & c"])) == ["a\\u2028b & c"]
    True
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_SCRIPT_ESCAPES)  # "<", ">", "&", U+2028/9 occur only in strings


def network_page(
    graph: ViewSource,
    *,
    title: str = "DGEQ cooperation network",
    layout: Mapping[str, tuple[float, float]] | None = None,
) -> str:
    """A self-contained HTML page to explore the partnership network (no network access).

    Pan (drag), zoom (wheel or buttons), hover a node for its details, click it to list
    its activities, filter by a span of years and by organisation type. The data is
    embedded as JSON escaped for a script element (:func:`script_json`); the template's
    slots are filled in one pass, so no slot's text is read as another slot.
    """
    slots = {
        "{{title}}": html.escape(title),
        "/*{{style}}*/": _asset("network.css"),
        "/*{{script}}*/": _asset("network.js"),
        "{{data}}": script_json(page_data(graph, layout=layout)),
    }
    pattern = re.compile("|".join(re.escape(slot) for slot in slots))
    return pattern.sub(lambda m: slots[m.group(0)], _asset("network.html"))


def draw_all(graph: ViewSource, out_dir: str | Path) -> list[Path]:
    """Write ``partnership``, ``timeline`` and ``countries`` (PNG and SVG) and
    ``network.html`` to ``out_dir``."""
    from graphbuild.store import write_atomic

    out = Path(out_dir)
    with reading_once():
        table = activity_table(graph)
        pages = source_pages(graph)
        partnership = partnership_network(graph)
        layout = partnership_layout(partnership)  # the picture's and the page's
        caption = network_caption(partnership, table, pages)
        written = save_figure(
            partnership_figure(partnership, caption=caption, layout=layout), out / "partnership"
        )
        written += save_figure(
            timeline_figure(table, caption=timeline_caption(table, pages)), out / "timeline"
        )
        written += save_figure(
            countries_figure(table, caption=countries_caption(table, pages)), out / "countries"
        )
        write_atomic(out / "network.html", network_page(graph, layout=layout))
    return [*written, out / "network.html"]


def draw_networks(graph: ViewSource, out_dir: str | Path) -> list[Path]:
    """What ``graphbuild network draw`` writes: the pictures and the page of
    :func:`draw_all` and the views of :func:`graphbuild.networks.write_main_views`, every
    query run once on ``graph`` (an Oxigraph store a pipeline already holds, a runner, or
    an rdflib graph, copied into Oxigraph once)."""
    with reading_once():
        return [*draw_all(graph, out_dir), *write_main_views(graph, out_dir)]
