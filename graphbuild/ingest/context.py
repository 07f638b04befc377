"""The page being read, shared by every stage (as a spaCy ``Doc`` is by its components).

A :class:`PageContext` holds the page and its cleaned text (HTML blanked, offsets kept), its
publisher (the home organisation, ``publisher.py``), the issues found so far, and what is
found once per sentence and asked for by several stages: the names it holds
(``mentions.py``), its accent-folded text, its text with organisation names blanked. The
stages keep their own memos here too, keyed by page offsets, so that they last as long as
the page. It decides nothing itself.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.dates import PartialDate
from graphbuild.ingest.issues import IngestIssue
from graphbuild.ingest.layout import (
    Block,
    classify_blocks,
    clean_text,
    hyphen_joins,
    is_listing_line,
)
from graphbuild.ingest.mentions import (
    bare_city_table,
    page_acronyms,
    sentence_hits,
    with_page_acronyms,
)
from graphbuild.ingest.names import NameHit, NameIndex, fold
from graphbuild.ingest.publisher import home_organization, tells_of_others
from graphbuild.ingest.sentences import Sentence
from graphbuild.pattern_cache import compile_pattern
from graphbuild.records import Span
from graphbuild.sources import SourcePage


class PageContext:
    """One page being read: its text, its publisher, its issues, and memos per sentence."""

    def __init__(self, page: SourcePage, gazetteer: Gazetteer, index: NameIndex) -> None:
        self.page = page
        self.g = gazetteer
        self.index = index
        self.clean = clean_text(page.text)
        self.hyphen_joins = hyphen_joins(page.text)
        # the page's lines and how often each stands on the page (a feed's author line
        # stands over every post)
        self.author_lines = Counter(line.strip() for line in page.text.splitlines() if line.strip())
        self.home = home_organization(page.meta, gazetteer, index, page.text)
        self.home_id = self.home.org if self.home is not None else None
        # (a house of study telling others' work: no party unless its text says so)
        self.home_tells_of_others = tells_of_others(page.meta, page.text)
        self.title_year_memo: tuple[int | None] | None = None  # years.title_year, found once
        self.title_kind_memo: tuple[Any] | None = None  # kinds: the page's title lines' kind
        self._blocks: list[Block] | None = None
        self._listing_blocks: list[Block] | None = None
        self.issues: list[IngestIssue] = []
        self.bare_cities = bare_city_table(gazetteer)
        # the acronyms the page spells out for bodies the gazetteers know ("(UA)")
        self.acronyms = page_acronyms(index, self.clean)
        # Memos per sentence, keyed by its offsets (which fix its text within the page).
        self._hit_memo: dict[tuple[int, int], list[NameHit]] = {}
        self._fold_memo: dict[tuple[int, int], str] = {}
        self._masked_memo: dict[tuple[int, int], str] = {}
        # Memos of the stages, each filled by the stage named.
        self.location_memo: dict[
            tuple[int, int, bool, bool], tuple[list[str], list[str]]
        ] = {}  # places
        self.contact_memo: dict[
            tuple[int, int], tuple[bool, list[tuple[int, int, bool]], list[int]]
        ] = {}  # roles
        self.unknown_people_memo: dict[tuple[int, int], list[NameHit]] = {}  # people
        self.period_memo: tuple[tuple[PartialDate, PartialDate] | None] | None = None  # years
        self.jurisdiction_memo: dict[str, str] | None = None  # roles
        self.acronym_memo: dict[str, str] = {}  # roles: what the page spells an acronym as
        # roles: the one country the page names after a generic body's name, by its bodies
        self.body_country_memo: dict[tuple[str, ...], str | None] = {}  # (form, *bodies)
        self._page_hits: list[NameHit] | None = None

    def blocks(self) -> list[Block]:
        """The page's blocks as ``layout.classify_blocks`` reads them with no listing lines
        told apart (its title lines, its headings' years), found once."""
        if self._blocks is None:
            self._blocks = classify_blocks(self.page)
        return self._blocks

    def listing_blocks(self) -> list[Block]:
        """The page's blocks with its listing lines (a place, a date) told apart by the name
        index, as ``layout.sections`` groups them, found once."""
        if self._listing_blocks is None:
            self._listing_blocks = classify_blocks(
                self.page, is_detail=functools.partial(is_listing_line, self.index)
            )
        return self._listing_blocks

    def page_hits(self) -> list[NameHit]:
        """The names the whole page holds (its clean text), found once: a long page's names
        are too long a text for the index to remember."""
        if self._page_hits is None:
            self._page_hits = self.index.find(self.clean)
        return self._page_hits

    def issue(self, category: str, text: str, start: int, end: int, act: str | None = None) -> None:
        """Report something that could not be settled, at these page offsets."""
        self.issues.append(
            IngestIssue(self.page.id, self.page.line_of(start), category, text, start, end, act)
        )

    def span(self, start: int, end: int) -> Span:
        """The page's span between these offsets, with its line (a span ending inside a word
        hyphenated at a line's end ends with the word)."""
        for hyphen, word_end in self.hyphen_joins:
            if hyphen < end < word_end:
                end = word_end
        return Span(start, end, self.page.line_of(start))

    def hits(self, sentence: Sentence) -> list[NameHit]:
        """The names the sentence holds (``mentions.py``), found once."""
        key = (sentence.start, sentence.end)
        cached = self._hit_memo.get(key)
        if cached is None:
            cached = self._hit_memo[key] = with_page_acronyms(
                self.acronyms, sentence, sentence_hits(self.index, self.bare_cities, sentence)
            )
        return cached

    def folded(self, sentence: Sentence) -> str:
        """``fold`` of the sentence's text, computed once."""
        key = (sentence.start, sentence.end)
        cached = self._fold_memo.get(key)
        if cached is None:
            cached = self._fold_memo[key] = fold(sentence.text)
        return cached

    def without_names(self, sentence: Sentence) -> str:
        """The sentence with organisation names blanked out, offsets kept (but an observer
        group's name, which says what it did: "the Commonwealth Observer Group")."""
        key = (sentence.start, sentence.end)
        cached = self._masked_memo.get(key)
        if cached is None:
            text = sentence.text
            pieces: list[str] = []
            pos = 0
            for h in self.hits(sentence):  # in order, without overlaps
                if h.category in ("organization", "generic-organization") and not (
                    _OBSERVERS_NAME.search(h.text)
                ):
                    a, b = h.start - sentence.start, h.end - sentence.start
                    pieces += (text[pos:a], " " * (b - a))
                    pos = b
            pieces.append(text[pos:])
            cached = self._masked_memo[key] = "".join(pieces)
        return cached


# A body named for its observation: "Commonwealth Observer Group", "Groupe d'observateurs du
# Commonwealth", "Election Observation Mission".
_OBSERVERS_NAME = compile_pattern(r"\bobserv", re.IGNORECASE)
