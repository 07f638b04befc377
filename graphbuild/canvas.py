"""A picture drawn once and written twice: as SVG text and as a PNG (Pillow).

The pictures of :mod:`graphbuild.draw` and :mod:`graphbuild.docs` are lines, circles,
boxes, arrows and text at known places, so they are drawn here directly instead of through
a plotting library: each shape is recorded once (in pixels, y downwards), then written as
SVG elements (text stays ``<text>``, so labels can be searched and tested) and painted
with Pillow at twice the size and reduced, which smooths the edges. Text is measured
with the font's own metrics (FreeType, through Pillow), the same font both files name:
DejaVu Sans. Output is deterministic: no dates, no random ids.

>>> c = Canvas(120, 40)
>>> c.text(60, 20, "DGEQ & co", size=14, anchor="middle", baseline="middle")
>>> "<text" in c.svg() and "DGEQ &amp; co" in c.svg()
True
>>> c.png()[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
True
"""

from __future__ import annotations

import functools
import io
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Literal

Point = tuple[float, float]
Anchor = Literal["start", "middle", "end"]
Baseline = Literal["top", "middle", "bottom", "baseline"]

#: The font of every picture, named in the SVG files with generic fallbacks.
FONT_FAMILY = "DejaVu Sans"
_SVG_FAMILY = "DejaVu Sans, Verdana, sans-serif"
#: Pillow paints at this many times the size, then reduces: smooth edges without
#: anti-aliased primitives.
_OVERSAMPLE = 2


def _font_folders() -> list[Path]:
    """Where DejaVu Sans is looked for: matplotlib's bundled fonts (found without importing
    matplotlib), then the usual system folders."""
    import importlib.util

    folders = []
    spec = importlib.util.find_spec("matplotlib")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location) / "mpl-data" / "fonts" / "ttf")
    folders += [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/TTF")]
    return folders


@functools.lru_cache(maxsize=2)
def font_file(bold: bool = False) -> Path:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in _font_folders():
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"the font {name} (DejaVu Sans) was not found; install matplotlib")


@functools.lru_cache(maxsize=64)
def _font(size: float, bold: bool) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(font_file(bold)), size=max(1, round(size * _OVERSAMPLE)))


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The advance width of ``text`` in pixels at font size ``size`` (pixels)."""
    return float(_font(size, bold).getlength(text)) / _OVERSAMPLE


def font_metrics(size: float, *, bold: bool = False) -> tuple[float, float]:
    """(ascent, descent) of the font at ``size`` pixels, both positive."""
    ascent, descent = _font(size, bold).getmetrics()
    return ascent / _OVERSAMPLE, descent / _OVERSAMPLE


def text_box(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    anchor: Anchor = "start",
    baseline: Baseline = "baseline",
) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the text as :meth:`Canvas.text` places it: its advance
    width and the font's ascent and descent."""
    width = text_width(text, size, bold=bold)
    ascent, descent = font_metrics(size, bold=bold)
    base = _baseline_y(y, ascent, descent, baseline)
    left = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    return left, base - ascent, left + width, base + descent


def _baseline_y(y: float, ascent: float, descent: float, baseline: Baseline) -> float:
    if baseline == "top":
        return y + ascent
    if baseline == "bottom":
        return y - descent
    if baseline == "middle":
        return y + (ascent - descent) / 2
    return y


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width`` pixels, broken at spaces (a word longer
    than a line stands alone); the lines joined by single spaces give the text back.

    >>> wrap("a b c", 10_000, 12)
    ['a b c']
    """
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold=bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


@dataclass
class Canvas:
    """A white picture ``width`` x ``height`` pixels; shapes are painted in the order drawn."""

    width: int
    height: int
    background: str = "#ffffff"
    _svg: list[str] = field(default_factory=list)
    _paint: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    # -- shapes -----------------------------------------------------------------------------

    def line(
        self,
        points: Sequence[Point],
        *,
        colour: str,
        width: float = 1.0,
        alpha: float = 1.0,
        dash: Sequence[float] | None = None,
    ) -> None:
        """A polyline with round ends; ``dash`` is (on, off) lengths in pixels."""
        path = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
        extra = f' stroke-dasharray="{" ".join(_num(d) for d in dash)}"' if dash else ""
        self._svg.append(
            f'<polyline points="{path}" fill="none" stroke="{colour}" '
            f'stroke-width="{_num(width)}"{_opacity("stroke", alpha)} stroke-linecap="round" '
            f'stroke-linejoin="round"{extra}/>'
        )
        self._paint.append(("line", (list(points), colour, width, alpha, dash)))

    def curve(
        self,
        start: Point,
        control: Point,
        end: Point,
        *,
        colour: str,
        width: float = 1.0,
        dash: Sequence[float] | None = None,
    ) -> None:
        """A quadratic Bézier curve (a path in the SVG, a fine polyline in the PNG)."""
        (x0, y0), (cx, cy), (x1, y1) = start, control, end
        extra = f' stroke-dasharray="{" ".join(_num(d) for d in dash)}"' if dash else ""
        self._svg.append(
            f'<path d="M {_num(x0)},{_num(y0)} Q {_num(cx)},{_num(cy)} {_num(x1)},{_num(y1)}" '
            f'fill="none" stroke="{colour}" stroke-width="{_num(width)}"{extra}/>'
        )
        points = [quadratic(start, control, end, i / 40) for i in range(41)]
        self._paint.append(("line", (points, colour, width, 1.0, dash)))

    def circle(
        self,
        x: float,
        y: float,
        radius: float,
        *,
        fill: str,
        stroke: str | None = None,
        stroke_width: float = 0.0,
    ) -> None:
        edge = f' stroke="{stroke}" stroke-width="{_num(stroke_width)}"' if stroke else ""
        self._svg.append(
            f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(radius)}" fill="{fill}"{edge}/>'
        )
        self._paint.append(("circle", (x, y, radius, fill, stroke, stroke_width)))

    def rect(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        *,
        fill: str | None,
        stroke: str | None = None,
        stroke_width: float = 0.0,
        radius: float = 0.0,
        alpha: float = 1.0,
    ) -> None:
        """A box from its top left corner, with rounded corners of ``radius``."""
        rounded = f' rx="{_num(radius)}"' if radius else ""
        edge = f' stroke="{stroke}" stroke-width="{_num(stroke_width)}"' if stroke else ""
        self._svg.append(
            f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(width)}" height="{_num(height)}"'
            f'{rounded} fill="{fill or "none"}"{_opacity("fill", alpha)}{edge}/>'
        )
        self._paint.append(
            ("rect", (x, y, width, height, fill, stroke, stroke_width, radius, alpha))
        )

    def polygon(self, points: Sequence[Point], *, fill: str) -> None:
        path = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
        self._svg.append(f'<polygon points="{path}" fill="{fill}"/>')
        self._paint.append(("polygon", (list(points), fill)))

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float,
        colour: str = "#000000",
        bold: bool = False,
        anchor: Anchor = "start",
        baseline: Baseline = "baseline",
        role: str | None = None,
    ) -> None:
        """One line of text; ``y`` is where its ``baseline`` (top, middle, bottom or the
        baseline itself) stands. ``role`` names the text's part in the SVG (a class)."""
        ascent, descent = font_metrics(size, bold=bold)
        base = _baseline_y(y, ascent, descent, baseline)
        weight = ' font-weight="bold"' if bold else ""
        kind = f' class="{role}"' if role else ""
        self._svg.append(
            f'<text x="{_num(x)}" y="{_num(base)}" font-size="{_num(size)}"{weight} '
            f'text-anchor="{anchor}" fill="{colour}"{kind}>{escape(text, quote=False)}</text>'
        )
        self._paint.append(("text", (x, base, text, size, colour, bold, anchor)))

    def arrow_head(
        self, tip: Point, towards: Point, *, length: float, width: float, colour: str
    ) -> None:
        """A filled triangle with its point at ``tip``, pointing away from ``towards``."""
        dx, dy = tip[0] - towards[0], tip[1] - towards[1]
        norm = math.hypot(dx, dy) or 1.0
        ux, uy = dx / norm, dy / norm
        bx, by = tip[0] - ux * length, tip[1] - uy * length
        half = width / 2
        self.polygon(
            [tip, (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)], fill=colour
        )

    # -- files ------------------------------------------------------------------------------

    def svg(self) -> str:
        """The picture as an SVG document."""
        head = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" '
            f'height="{self.height}" viewBox="0 0 {self.width} {self.height}" '
            f'font-family="{_SVG_FAMILY}">\n'
            f'<rect width="100%" height="100%" fill="{self.background}"/>\n'
        )
        return head + "\n".join(self._svg) + "\n</svg>\n"

    def png(self) -> bytes:
        """The picture as a PNG (RGB, no metadata)."""
        from PIL import Image, ImageDraw

        k = _OVERSAMPLE
        image = Image.new("RGB", (self.width * k, self.height * k), _rgb(self.background))
        draw = ImageDraw.Draw(image, "RGBA")  # colours with alpha are blended
        for kind, args in self._paint:
            _PAINTERS[kind](draw, k, *args)
        image = image.reduce(k)
        buffer = io.BytesIO()
        # zlib level 3: the same pixels, files a tenth larger, a third less time than 6
        # (the pictures' worker is the last to end in `graphbuild run`).
        image.save(buffer, format="PNG", optimize=False, compress_level=3)
        return buffer.getvalue()


def _opacity(what: str, alpha: float) -> str:
    return f' {what}-opacity="{_num(alpha)}"' if alpha < 1 else ""


def quadratic(start: Point, control: Point, end: Point, t: float) -> Point:
    """The point at ``t`` (0 to 1) of a quadratic Bézier curve."""
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
    return (
        a * start[0] + b * control[0] + c * end[0],
        a * start[1] + b * control[1] + c * end[1],
    )


def _colour(colour: str, alpha: float = 1.0) -> tuple[int, int, int, int]:
    return (*_rgb(colour), round(255 * alpha))


def _dashed(points: Sequence[Point], dash: Sequence[float]) -> list[list[Point]]:
    """The pieces of a polyline drawn with the pattern ``dash`` (on, off, ...)."""
    pieces: list[list[Point]] = []
    pattern = list(dash)
    index, left, on = 0, pattern[0], True
    current: list[Point] = [points[0]]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while length - done > left:
            done += left
            point = (x0 + (x1 - x0) * done / length, y0 + (y1 - y0) * done / length)
            if on:
                current.append(point)
                pieces.append(current)
            current = [point]
            on = not on
            index = (index + 1) % len(pattern)
            left = pattern[index]
        left -= length - done
        current.append((x1, y1))
    if on and len(current) > 1:
        pieces.append(current)
    return pieces


def _paint_line(
    draw: Any,
    k: int,
    points: list[Point],
    colour: str,
    width: float,
    alpha: float,
    dash: Sequence[float] | None,
) -> None:
    fill = _colour(colour, alpha)
    pieces = _dashed(points, dash) if dash else [points]
    w = max(1, round(width * k))
    for piece in pieces:
        scaled = [(x * k, y * k) for x, y in piece]
        draw.line(scaled, fill=fill, width=w, joint="curve" if len(scaled) > 2 else None)
        if alpha >= 1 and w > 2:  # round ends (not over a translucent line: it would darken)
            r = w / 2
            for x, y in (scaled[0], scaled[-1]):
                draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _paint_circle(
    draw: Any,
    k: int,
    x: float,
    y: float,
    radius: float,
    fill: str,
    stroke: str | None,
    stroke_width: float,
) -> None:
    r = radius * k
    outer = r + (stroke_width * k / 2 if stroke else 0)
    box = (x * k - outer, y * k - outer, x * k + outer, y * k + outer)
    if stroke:
        draw.ellipse(box, fill=_colour(stroke))
        inner = r - stroke_width * k / 2
        draw.ellipse(
            (x * k - inner, y * k - inner, x * k + inner, y * k + inner), fill=_colour(fill)
        )
    else:
        draw.ellipse(box, fill=_colour(fill))


def _paint_rect(
    draw: Any,
    k: int,
    x: float,
    y: float,
    width: float,
    height: float,
    fill: str | None,
    stroke: str | None,
    stroke_width: float,
    radius: float,
    alpha: float,
) -> None:
    left, right = sorted((x * k, (x + width) * k))
    top, bottom = sorted((y * k, (y + height) * k))
    box = (left, top, right, bottom)
    draw.rounded_rectangle(
        box,
        radius=radius * k,
        fill=_colour(fill, alpha) if fill else None,
        outline=_colour(stroke) if stroke else None,
        width=max(1, round(stroke_width * k)) if stroke else 0,
    )


def _paint_polygon(draw: Any, k: int, points: list[Point], fill: str) -> None:
    draw.polygon([(x * k, y * k) for x, y in points], fill=_colour(fill))


def _paint_text(
    draw: Any,
    k: int,
    x: float,
    base: float,
    text: str,
    size: float,
    colour: str,
    bold: bool,
    anchor: str,
) -> None:
    horizontal = {"start": "l", "middle": "m", "end": "r"}[anchor]
    draw.text(
        (x * k, base * k),
        text,
        font=_font(size, bold),
        fill=_colour(colour),
        anchor=horizontal + "s",
    )


_PAINTERS: dict[str, Any] = {
    "line": _paint_line,
    "circle": _paint_circle,
    "rect": _paint_rect,
    "polygon": _paint_polygon,
    "text": _paint_text,
}


def nice_ticks(top: float, *, most: int = 8) -> list[int]:
    """Whole-number ticks from 0 to at least ``top``, at most ``most`` + 1 of them, a step
    of 1, 2 or 5 times a power of ten.

    >>> nice_ticks(17)
    [0, 5, 10, 15, 20]
    >>> nice_ticks(3)
    [0, 1, 2, 3]
    """
    top = max(top, 1.0)
    step = 1
    while True:
        for factor in (1, 2, 5):
            if math.ceil(top / (step * factor)) <= most:
                s = step * factor
                return list(range(0, math.ceil(top / s) * s + 1, s))
        step *= 10
