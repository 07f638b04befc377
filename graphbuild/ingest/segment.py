"""Page -> blocks -> headed sections.

A page of this family is a run of blocks separated by blank lines: navigation banners,
year headings ("2015"), activity headings ("Mission to Romania"), and paragraphs. Some
paragraphs stand directly under a year heading with no activity heading; each of those that
opens with its own date starts a section of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from graphbuild.ingest.memo import text_memo
from graphbuild.ingest.names import unconfuse
from graphbuild.sources import SourcePage

_TAG = re.compile(r"<[^<>\n]{0,2000}>|&[a-zA-Z]{2,8};|&#\d{1,6};")
_YEAR_LINE = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_BREADCRUMB = re.compile(r"\S\s*>\s*\S.*>|>\s*$")
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|No|vs))[.!?]\s+[A-Z0-9«“\"]")
_OPENS_WITH_DATE = re.compile(
    r"^(?:from|between|on|in|during|du|le|les|en|entre)\s+(?:\S+\s+)?\d", re.IGNORECASE
)
# Finite verbs that make a line a sentence rather than a heading.
_FINITE_VERB = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|can|could|may|took|revealed|received|"
    r"went|gave|met|invite|consult|learn|said|est|sont|ont|était|étaient|avons|sera)\b"
)


def clean_text(text: str) -> str:
    """The text with HTML tags and entities blanked out and look-alike letters of other
    scripts made Latin; offsets unchanged."""
    return unconfuse(_TAG.sub(lambda m: " " * len(m.group(0)), text))


class BlockKind(StrEnum):
    BANNER = "banner"  # navigation, "See the archives >", bare links
    YEAR = "year"
    HEADING = "heading"
    LABEL = "label"  # a heading over headings: "Recent missions"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    line: int
    text: str  # cleaned text of the block
    kind: BlockKind


@dataclass
class Section:
    """An activity heading (or none) with its paragraphs, under a year heading and a label."""

    heading: Block | None
    paragraphs: list[Block] = field(default_factory=list)
    year: int | None = None
    label: Block | None = None


def _blocks(page: SourcePage) -> list[tuple[int, int, int, str]]:
    text = clean_text(page.text)
    out = []
    for m in re.finditer(r"\S(?:.*\S)?(?:\n[ \t\f\v\u00a0\ufeff]*\S.*)*", text):
        start, end = m.start(), m.end()
        body = text[start:end].rstrip()
        if not body.strip():
            continue
        out.append((start, start + len(body), page.line_of(start), body))
    return out


@text_memo
def _is_heading_like(text: str) -> bool:
    if "\n" in text.strip():
        return False
    words = text.split()
    if not words or len(text) > 220 or len(words) > 32:
        return False
    if text.rstrip().endswith((":", ",", ";")):
        return False
    if _OPENS_WITH_DATE.match(text.strip()):
        return False
    body = text.strip().rstrip(".")
    if _FINITE_VERB.search(body) or _URL.search(body):
        return False
    return not _SENTENCE_BREAK.search(body)


@text_memo
def _is_banner(text: str) -> bool:
    stripped = text.strip()
    if ">" in stripped and _BREADCRUMB.search(stripped):
        return True
    lines = [ln.strip() for ln in stripped.splitlines() if ln.strip()]
    if all(_URL.fullmatch(ln) or len(ln.split()) <= 4 for ln in lines) and any(
        _URL.search(ln) for ln in lines
    ):
        return True
    return bool(_URL.fullmatch(stripped))


def classify_blocks(page: SourcePage) -> list[Block]:
    """Every non-blank block of the page, with its kind."""
    raw = _blocks(page)
    kinds: list[BlockKind] = []
    for _start, _end, _line, text in raw:
        if _YEAR_LINE.match(text):
            kinds.append(BlockKind.YEAR)
        elif _is_banner(text):
            kinds.append(BlockKind.BANNER)
        elif _is_heading_like(text):
            kinds.append(BlockKind.HEADING)
        else:
            kinds.append(BlockKind.PARAGRAPH)
    # A heading candidate followed by another heading (or a year, or nothing) is a label,
    # or, when it reads as a sentence, a short paragraph ("Read the press release ...").
    following: list[BlockKind | None] = [None] * len(kinds)
    nxt: BlockKind | None = None
    for i in range(len(kinds) - 1, -1, -1):
        following[i] = nxt
        if kinds[i] is not BlockKind.BANNER:
            nxt = kinds[i]
    for i, kind in enumerate(kinds):
        if kind is not BlockKind.HEADING:
            continue
        if following[i] is BlockKind.PARAGRAPH:
            continue
        text = raw[i][3].strip()
        kinds[i] = BlockKind.PARAGRAPH if text.endswith(".") else BlockKind.LABEL
    return [
        Block(start, end, line, text, kind)
        for (start, end, line, text), kind in zip(raw, kinds, strict=True)
    ]


def sections(page: SourcePage, *, opens_trip: re.Pattern[str] | None = None) -> list[Section]:
    """Group the blocks of a page into sections.

    ``opens_trip`` tells whether a paragraph with no heading above it starts a new activity
    (by default: it opens with a date phrase).
    """
    opener = opens_trip or _OPENS_WITH_DATE
    out: list[Section] = []
    year: int | None = None
    label: Block | None = None
    current: Section | None = None
    for block in classify_blocks(page):
        if block.kind is BlockKind.BANNER:
            continue
        if block.kind is BlockKind.YEAR:
            m = _YEAR_LINE.match(block.text)
            assert m is not None
            year = int(m.group(1))
            current = None
            continue
        if block.kind is BlockKind.LABEL:
            label = block
            current = None
            continue
        if block.kind is BlockKind.HEADING:
            current = Section(heading=block, year=year, label=label)
            out.append(current)
            continue
        # a paragraph
        if current is None or (current.heading is None and opener.match(block.text.strip())):
            current = Section(heading=None, year=year, label=label)
            out.append(current)
        current.paragraphs.append(block)
    return [s for s in out if s.paragraphs]
