"""Sections -> sentences, with page offsets.

A sentence ends at ".", "!" or "?" before a capital or a digit, but not after an
abbreviation ("Mr.", "M.", "U.S.", an initial, an abbreviated month: "27 nov. 2015"), and
at the end of a line before a sub-item ("   - Lieu : Cotonou"). Every
later stage reads sentence by sentence, and points back at the page by the offsets; a
heading is read as a sentence of its own (paragraph -1). A sentence that only points to more
information ("see the press release", "pour en savoir plus") is told apart: the bodies and
events it names are named in passing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.ingest.layout import Section
from graphbuild.ingest.memo import text_memo
from graphbuild.ingest.text import may_contain
from graphbuild.pattern_cache import compile_pattern


@dataclass(frozen=True)
class Sentence:
    """A sentence of a section: its page offsets, its text and its paragraph."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph in its section (-1 for the heading)


_ABBREV = compile_pattern(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|vs|etc|e\.g|i\.e|M|Mme|Jr|Sr)|\b[A-Z]|\bU\.S|"
    # an abbreviated month: "27 nov. 2015", "Sept. 3"
    r"\b(?i:jan|janv|feb|f[ée]v|f[ée]vr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec|d[ée]c))$"
)

_SHORT_WEEKDAY = compile_pattern(
    r"\b(?i:lun|mar|mer|jeu|ven|sam|dim|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$"
)

_SENT_END = compile_pattern(
    # (a footnote's call after the period: "... in June 2017.[6] In 2019 ...", "... on the
    # panels.(1) The 22nd Conference ...")
    r"[.!?](?:\[\w{1,4}\]|\(\d{1,3}\))*[\"”»’')\]]*\s+(?=[\"“«(]?[A-Z0-9ÀÂÉÈÊÎÔÛÇ])"
    # a sub-item of a list item, on its own line: "   - Lieu : Cotonou (Bénin)"
    r"|(?P<item>\n)(?=[ \t\u00a0]*[-–—•·▪●◦*][ \t]"
    # a line opening on its date, then a dash or colon: "18/02/2018 - 26/02/2018 : Mission
    # ...", "6 July 2021 — Core team arrives", "2019-03-14 — ..."
    r"|[ \t\u00a0]*(?:[A-Za-zÀ-ÿ]{3,10}\.?\s+)?\d{1,4}[^\n]{0,32}?\s[:–—|-]\s"
    # an entry's field on its line: "Lieu : Monrovia (Libéria)", "Objet : ..."
    r"|[ \t\u00a0]*[A-Za-zÀ-ÿ][\w'’ -]{1,24}\s?:\s+\S)"
)


def split_sentences(text: str, offset: int, paragraph: int) -> list[Sentence]:
    """The sentences of ``text``, a paragraph (number ``paragraph`` of its section) that
    starts at page offset ``offset``."""
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(text):
        before = text[start : m.start()]
        item = m.group("item") is not None
        if (
            not item
            and (
                _ABBREV.search(before)
                # (a weekday's short form before its day: "mar. 03 – jeu. 05 JUIN")
                or (_SHORT_WEEKDAY.search(before) and text[m.end() : m.end() + 1].isdigit())
            )
        ):
            continue
        cut = m.start() if item else m.start() + 1
        piece = text[start:cut]
        if piece.strip():
            out.append(Sentence(offset + start, offset + cut, piece, paragraph))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(offset + start, offset + len(text.rstrip()), text[start:], paragraph))
    return out


def section_sentences(clean: str, section: Section) -> list[Sentence]:
    """The sentences of a section's paragraphs, in order (``clean``: the page's cleaned text)."""
    sents: list[Sentence] = []
    for i, block in enumerate(section.paragraphs):
        sents.extend(split_sentences(clean[block.start : block.end], block.start, i))
    return sents


def heading_sentence(section: Section) -> Sentence | None:
    """The section's heading read as a sentence (paragraph -1), if it has one."""
    if section.heading is None:
        return None
    return Sentence(section.heading.start, section.heading.end, section.heading.text, -1)


_INFO_SENTENCE = compile_pattern(
    # A link in brackets is no such sentence: "RECEF (www.recef.org) participated in ...".
    r"\b(?:web ?sites?|press release|learn more|find out more|know more|"
    r"for (?:further|more) information|consult (?:the|their|this)|go to|visit their|"
    r"French only|in French\)|story in|site web|site internet|communiqué de presse|"
    r"pour en savoir plus)\b",
    re.IGNORECASE,
)

# Words one of which _INFO_SENTENCE needs (lower case).
_INFO_WORDS = (
    "web",
    "press release",
    "learn more",
    "find out more",
    "know more",
    "information",
    "consult ",
    "go to",
    "visit their",
    "french only",
    "in french)",
    "story in",
    "site ",
    "communiqu",
    "pour en savoir plus",
)


@text_memo
def _is_info_text(text: str) -> bool:
    return may_contain(text, _INFO_WORDS) and bool(_INFO_SENTENCE.search(text))


def is_info(sentence: Sentence) -> bool:
    """Whether the sentence only points to more information ("see the press release")."""
    return _is_info_text(sentence.text)
