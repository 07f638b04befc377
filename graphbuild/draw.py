"""Networks -> pictures: the partnership network, the timeline, the country chart, and a
self-contained interactive page.

Everything is drawn from the views and tables of :mod:`graphbuild.networks` (so from the
SPARQL queries over the built graph). Output is deterministic: fixed layout seeds, no dates
in the PNG or SVG metadata, stable SVG ids. Text stays text in the SVG files
(``svg.fonttype = none``), so the labels can be searched and tested. The page inlines its
script, style and data; it loads nothing from the network.

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
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

import matplotlib
import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

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
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                dx, dy = pos[b][0] - pos[a][0], pos[b][1] - pos[a][1]
                dist = math.hypot(dx, dy)
                need = gaps[a] + gaps[b]
                if dist >= need:
                    continue
                if dist < 1e-9:
                    dx, dy, dist = 1.0, 0.0, 1.0
                share_a = 0.0 if a in pinned else 1.0 if b in pinned else 0.5
                push = need - dist
                pos[a][0] -= dx / dist * push * share_a
                pos[a][1] -= dy / dist * push * share_a
                pos[b][0] += dx / dist * push * (1 - share_a)
                pos[b][1] += dy / dist * push * (1 - share_a)
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


def _caption(fig: Figure, caption: str | None, *, fontsize: float = 10) -> None:
    if caption:
        import textwrap

        # Lines about as wide as the figure (a character is about half the font size wide).
        width = int(fig.get_figwidth() * 72 / (fontsize * 0.56))
        text = textwrap.fill(caption, width=max(width, 40))
        # A figure-level x label: constrained layout keeps room for it under the axes.
        fig.supxlabel(text, x=0.01, ha="left", fontsize=fontsize, color="#333333")


# -- figures ------------------------------------------------------------------------------


@contextmanager
def _style() -> Iterator[None]:
    with matplotlib.rc_context(
        {
            "svg.fonttype": "none",  # labels stay <text> in the SVG
            "svg.hashsalt": "dgeq-kg",  # stable SVG element ids
            "font.family": "DejaVu Sans",
        }
    ):
        yield


def _node_size(activities: int) -> float:
    return 60.0 + 38.0 * activities  # marker area (pt²) grows with the activity count


def _declutter(fig: Figure, ax: Any, texts: Sequence[Any], rounds: int = 80) -> None:
    """Move labels apart until their boxes no longer overlap (or ``rounds`` is spent).

    Each label is measured once: moving a label moves its box by as much, so the rounds
    work on the boxes' coordinates (in display units) and the labels are moved at the end.
    """
    to_data = ax.transData.inverted()
    boxes = [
        [b.x0, b.y0, b.x1, b.y1] for b in (t.get_window_extent().expanded(1.04, 1.1) for t in texts)
    ]
    offsets = [[0.0, 0.0] for _ in texts]
    for _ in range(rounds):
        moved = False
        shifts = [[0.0, 0.0] for _ in texts]
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                a, b = boxes[i], boxes[j]
                ox = min(a[2], b[2]) - max(a[0], b[0])
                oy = min(a[3], b[3]) - max(a[1], b[1])
                if ox <= 0 or oy <= 0:
                    continue
                moved = True
                # Separate along the axis of least overlap; vertical moves are cheaper.
                if oy <= ox * 1.5:
                    step = oy / 2 + 0.5
                    sign = 1 if (a[1] + a[3]) >= (b[1] + b[3]) else -1
                    shifts[i][1] += sign * step
                    shifts[j][1] -= sign * step
                else:
                    step = ox / 2 + 0.5
                    sign = 1 if (a[0] + a[2]) >= (b[0] + b[2]) else -1
                    shifts[i][0] += sign * step
                    shifts[j][0] -= sign * step
        if not moved:
            break
        for box, offset, (sx, sy) in zip(boxes, offsets, shifts, strict=True):
            box[0] += sx
            box[2] += sx
            box[1] += sy
            box[3] += sy
            offset[0] += sx
            offset[1] += sy
    for text, (sx, sy) in zip(texts, offsets, strict=True):
        if sx or sy:
            x, y = ax.transData.transform(text.get_position())
            text.set_position(to_data.transform((x + sx, y + sy)))


def partnership_figure(
    G: Network, *, title: str | None = None, caption: str | None = None
) -> Figure:
    """The partnership network: node area by activity count, colour by organisation type,
    edge width by shared activities; every node labelled, the main ones large and bold."""
    pos = partnership_layout(G)
    labels = display_labels(dict(G.nodes(data=True)))
    fig = Figure(figsize=(18, 14), layout="constrained")
    FigureCanvasAgg(fig)  # a canvas that can measure text, for _declutter
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_aspect("equal")
    top_weight = max((d["weight"] for _, _, d in G.edges(data=True)), default=1)
    for a, b, d in sorted(G.edges(data=True), key=lambda e: e[2]["weight"]):
        home = HOME_ORGANIZATION in (a, b)
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot(
            [x1, x2],
            [y1, y2],
            color="#8a8a8a" if home else "#555555",
            linewidth=0.4 + 5.0 * d["weight"] / top_weight,
            alpha=0.25 if home else 0.45,
            zorder=1,
            solid_capstyle="round",
        )
    nodes = sorted(G.nodes(data=True), key=lambda nd: -int(nd[1].get("activities", 1)))
    ax.scatter(
        [pos[n][0] for n, _ in nodes],
        [pos[n][1] for n, _ in nodes],
        s=[_node_size(int(d.get("activities", 1))) for _, d in nodes],
        c=[type_colour(str(d.get("type", ""))) for _, d in nodes],
        edgecolors="white",
        linewidths=1.2,
        zorder=2,
    )
    texts = []
    for node, data in nodes:
        major = int(data.get("activities", 1)) >= MAJOR_ACTIVITIES
        radius = math.sqrt(_node_size(int(data.get("activities", 1))) / math.pi)
        text = ax.annotate(
            labels[node],
            pos[node],
            xytext=(0, radius + 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=14 if major else 10,
            fontweight="bold" if major else "normal",
            color="#111111" if major else "#333333",
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
        )
        texts.append(text)
    used = sorted({str(d.get("type", "")) for _, d in G.nodes(data=True)})
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=11,
            markerfacecolor=type_colour(t),
            markeredgecolor="white",
            label=type_label(t) if t else "unknown type",
        )
        for t in [t for t in TYPE_COLOURS if t in used] + [t for t in used if t not in TYPE_COLOURS]
    ]
    ax.legend(
        handles=handles,
        title="organisation type",
        loc="lower left",
        fontsize=11,
        title_fontsize=12,
        frameon=True,
        framealpha=0.9,
    )
    span = G.graph.get("from_year"), G.graph.get("to_year")
    years = f", {span[0]}–{span[1]}" if None not in span else ""
    ax.set_title(
        title
        or (
            f"Organisations that took part in the same DGEQ activities{years}\n"
            "node area: activities; line width: shared activities"
        ),
        fontsize=16,
    )
    ax.margins(0.06)
    _caption(fig, caption, fontsize=12)
    fig.canvas.draw()  # lays the figure out, so that label boxes are where they will be
    _declutter(fig, ax, texts)
    return fig


def timeline_figure(table: Sequence[Row], *, caption: str | None = None) -> Figure:
    """Activities per year, stacked by kind."""
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for row in table:
        counts[str(row["kind"])][int(row["year"])] += 1
    years = list(range(min(int(r["year"]) for r in table), max(int(r["year"]) for r in table) + 1))
    kinds = [k for k in KIND_COLOURS if k in counts] + sorted(set(counts) - set(KIND_COLOURS))
    fig = Figure(figsize=(12, 6.5), layout="constrained")
    ax = fig.add_subplot()
    bottom = [0] * len(years)
    for kind in kinds:
        heights = [counts[kind][y] for y in years]
        ax.bar(
            years,
            heights,
            bottom=bottom,
            label=type_label(kind),
            color=KIND_COLOURS.get(kind, _OTHER_COLOUR),
            edgecolor="white",
            linewidth=0.6,
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    for year, total in zip(years, bottom, strict=True):
        if total:
            ax.text(year, total + 0.2, str(total), ha="center", va="bottom", fontsize=10)
    ax.set_xticks(years, [str(y) for y in years], rotation=0)
    ax.set_ylabel("activities")
    ax.set_title("DGEQ international activities per year, by kind", fontsize=14)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(title="kind", frameon=False, fontsize=10)
    ax.set_ylim(0, max(bottom) * 1.12 + 1)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    _caption(fig, caption)
    return fig


def countries_figure(table: Sequence[Row], *, caption: str | None = None) -> Figure:
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
    fig = Figure(figsize=(11, 0.32 * len(order) + 1.8), layout="constrained")
    ax = fig.add_subplot()
    rows = list(range(len(order)))
    left = [0] * len(order)
    for kind in kinds:
        widths = [counts[c][kind] for c in order]
        ax.barh(
            rows,
            widths,
            left=left,
            label=type_label(kind),
            color=KIND_COLOURS.get(kind, _OTHER_COLOUR),
            edgecolor="white",
            linewidth=0.6,
        )
        left = [a + w for a, w in zip(left, widths, strict=True)]
    for position, total in zip(rows, left, strict=True):
        ax.text(total + 0.15, position, str(total), va="center", fontsize=9)
    ax.set_yticks(rows, [f"{names[c]} ({c})" for c in order], fontsize=10)
    ax.invert_yaxis()
    ax.set_xlim(0, max(left, default=0) * 1.08 + 0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("activities")
    ax.set_title("DGEQ international activities per country, by kind", fontsize=14)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(title="kind", frameon=False, fontsize=10, loc="lower right")
    _caption(fig, caption)
    return fig


def _write_bytes(path: Path, data: bytes) -> None:
    from graphbuild.store import write_atomic  # a temp file and a rename, as for every output

    write_atomic(path, data)


def save_figure(fig: Figure, stem: Path, *, dpi: int = 110) -> list[Path]:
    """Write ``stem.png`` and ``stem.svg`` (atomically, without dates in the metadata)."""
    import io

    written = []
    with _style():
        for suffix, metadata in ((".png", {"Software": None}), (".svg", {"Date": None})):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=suffix[1:], dpi=dpi, metadata=metadata, facecolor="white")
            target = stem.with_suffix(suffix)
            _write_bytes(target, buffer.getvalue())
            written.append(target)
    return written


# -- the interactive page -----------------------------------------------------------------


def page_data(graph: ViewSource) -> dict[str, Any]:
    """What the page embeds: nodes with layout positions, activities, types, years."""
    G = partnership_network(graph)
    table = activity_table(graph)
    pos = partnership_layout(G)
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


def network_page(graph: ViewSource, *, title: str = "DGEQ cooperation network") -> str:
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
        "{{data}}": script_json(page_data(graph)),
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
        written = []
        with _style():
            written += save_figure(
                partnership_figure(partnership, caption=network_caption(partnership, table, pages)),
                out / "partnership",
            )
            written += save_figure(
                timeline_figure(table, caption=timeline_caption(table, pages)), out / "timeline"
            )
            written += save_figure(
                countries_figure(table, caption=countries_caption(table, pages)),
                out / "countries",
            )
        write_atomic(out / "network.html", network_page(graph))
    return [*written, out / "network.html"]


def draw_networks(graph: ViewSource, out_dir: str | Path) -> list[Path]:
    """What ``graphbuild network draw`` writes: the pictures and the page of
    :func:`draw_all` and the views of :func:`graphbuild.networks.write_main_views`, every
    query run once on ``graph`` (an Oxigraph store a pipeline already holds, a runner, or
    an rdflib graph, copied into Oxigraph once)."""
    with reading_once():
        return [*draw_all(graph, out_dir), *write_main_views(graph, out_dir)]
