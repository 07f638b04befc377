"""Paragraphs hard-wrapped at a fixed width, read as the lines they were before the wrap.

A page saved as text by a tool that wraps (``lynx -dump``, ``w3m -dump``, html2text, a mail
client, a report's plain-text export) breaks every paragraph, title and list item into lines
of at most some width, 72 to 80 characters most often::

    Québec, le 19 novembre 2010 – Le Directeur général des élections du Québec
    (DGEQ) annonce que deux membres de son personnel feront partie de la mission

Read so, a date, a name or a sentence may be cut in two ("scrutin du 3" / "octobre") and a
line ending on "M." looks like a paragraph of its own. Here each line broken by the wrap is
joined to the next by a space, the next line's indent dropped (a word hyphenated at the
break made whole: "déléga-" / "tions", "Saint-" / "Louis"). A page read so is a text
derived from the file, its digest kept beside the file's, as for a table read row by row
(:mod:`graphbuild.text_tables`); its facts' lines are still the file's.

A page is taken as hard-wrapped when four lines or more break a sentence before a word in
lower case and most of those are about as long: the width is about its longest line. A line
is broken by the wrap when the next line's first word would not have fitted on it, or when a
long line ending no sentence goes on in lower case; never before a list item, a table's row,
a year alone, a field ("Date: ...") or a blank line, nor after a heading in capitals, nor
before a short line of its own (a heading under its paragraph, an entry's date line under
its title). In a paragraph the wrap broke, every line going on in lower case is joined.
"""

from __future__ import annotations

import itertools
import re

# A list item's opening: "- ", "• ", "1. ", "a) ", "(3) ".
_ITEM = re.compile(r"\s*(?:[-*•▪·–—●○■►✓]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
_BULLET = re.compile(r"\s*[-*•▪·–—●○■►✓]\s")
# A line of a table or of aligned columns: a bar, a tab, a run of three spaces inside.
_COLUMNS = re.compile(r"\||\t|\S {3,}\S")
_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d\d\s*:?\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?:;]['’\"»”)]*\s*$")
_ENDS_NOTHING = re.compile(r"[.!?:;,»”)]\s*$")
_ENDS_PROSE = re.compile(r"[.!?;:,»”]['’\"»”]*\s*$")
_OPENS_LOWER = re.compile(r"\s*[a-zà-ÿ]")
_SOFT_HYPHEN = re.compile(r"[a-zà-ÿ]-$")
_CUT_AT_HYPHEN = re.compile(r"[^\W\d_]-$")
_LETTER = re.compile(r"[^\W\d_]")
# A field's label opening a line: "Date: ...", "Lieu : ...", "Venue:".
_FIELD = re.compile(r"\s*[A-ZÀ-Ý][\w'’.]*(?: [\w'’.]+){0,2} ?: ")


def rejoin_hard_wraps(text: str) -> tuple[str, tuple[int, ...]] | None:
    """The text with the lines its hard wrap broke joined again, and where each of the
    file's lines starts in it; None for a page that is not hard-wrapped.

    A break becomes one space (the next line's indent dropped: a list item's hanging
    indent); a word hyphenated at the break is made whole, as :func:`clean_text` of the
    ingest reads it ("déléga-" / "tions": "délégations"; "Saint-" / "Louis": "Saint-Louis").
    """
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return None
    joined: set[int] = set()
    item = _BULLET.match(lines[0]) is not None  # whether the line read is (in) a bulleted item
    for i in range(1, len(lines)):
        a, b = lines[i - 1].rstrip(), lines[i]
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if _broken(a, b, width, after) and not (
            # (a bullet's text goes on indented or in lower case, not as a paragraph after it;
            # a numbered item's may go on flush left: a report's "1. Séminaire ... de Mme Els"
            # / "Vandermeulen, députée, Genève (Suisse), 21-22")
            item and not _OPENS_LOWER.match(b) and _indent(b) == 0
        ):
            joined.add(i)
        else:
            item = _BULLET.match(b) is not None
    if not joined:
        return None
    joined |= _goes_on_in_wrapped_blocks(lines, joined)
    out: list[str] = []
    starts: list[int] = []
    size = 0  # the length of the text joined so far
    for i, line in enumerate(lines):
        if i in joined:
            body = line.lstrip()
            prev = out[-1].rstrip()
            size -= len(out[-1]) - len(prev)
            out[-1] = prev
            if _SOFT_HYPHEN.search(prev) and _OPENS_LOWER.match(body):
                # a word hyphenated at the line's end: "Républi-" / "que" -> "République"
                out[-1] = prev = prev[:-1]
                size -= 1
                glue = ""
            else:
                glue = "" if _CUT_AT_HYPHEN.search(prev) and _LETTER.match(body) else " "
            starts.append(size + len(glue))
            out.append(glue + body)
            size += len(glue) + len(body)
            continue
        if i:
            out.append("\n")
            size += 1
        starts.append(size)
        out.append(line)
        size += len(line)
    return "".join(out), tuple(starts)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _goes_on_in_wrapped_blocks(lines: list[str], joined: set[int]) -> set[int]:
    """In each block of lines (between blank lines) the wrap broke somewhere, the other
    lines that go on with a sentence: a word in lower case after a line that ends none (a
    line wrapped a little short of the width: "... based in Harare and Bulawayo" / "from
    20 July to 3 August 2018.")."""
    more: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        if any(start < i < end for i in joined):
            for i in range(start + 1, end):
                a, b = lines[i - 1].rstrip(), lines[i]
                if (
                    i not in joined
                    and _OPENS_LOWER.match(b)
                    and not _ENDS_SENTENCE.search(a)
                    and not _COLUMNS.search(a)
                    and not _COLUMNS.search(b)
                    and not _ITEM.match(b)
                    and len(b) - len(b.lstrip()) >= len(a) - len(a.lstrip())
                ):
                    more.add(i)
        start = end + 1
    return more


def _wrap_width(lines: list[str]) -> int | None:
    """The width the page is hard-wrapped at, or None: about the longest of its lines, when
    four or more break a sentence before a word in lower case, most of those about as long."""
    broken = sorted(
        len(a.rstrip())
        for a, b in itertools.pairwise(lines)
        if a.strip()
        and 40 <= len(a.rstrip()) <= 110
        and not _ENDS_SENTENCE.search(a)
        and _OPENS_LOWER.match(b)
        and not _COLUMNS.search(a)
        and not _COLUMNS.search(b)
    )
    if len(broken) < 4:
        return None
    middle = broken[len(broken) // 2]
    close = [n for n in broken if abs(n - middle) <= 0.15 * middle]
    if len(close) < 0.6 * len(broken):
        return None
    # (the width: the longest line about as long; a page whose paragraphs run on one line
    # each, its few short lines aside, is no wrap)
    prose = [len(x.rstrip()) for x in lines if " " in x.strip() and not _COLUMNS.search(x)]
    limit = 1.2 * middle
    if sum(n > limit for n in prose) > max(2, len(prose) // 20):
        return None
    # (not the very longest: a line or two a little longer, not wrapped by the tool, as a
    # list item or a heading may be, would raise it)
    band = sorted(n for n in prose if n <= limit)
    return band[min(len(band) - 1, int(0.95 * len(band)))]


def _broken(a: str, b: str, width: int, after: str) -> bool:
    """Whether the wrap broke the line ``a`` before ``b`` (``after`` the line after ``b``):
    ``b``'s first word would not have fitted on ``a``, and ``b`` is no item, row, year or
    heading of its own."""
    if not a.strip() or not b.strip():
        return False
    if _COLUMNS.search(a) or _COLUMNS.search(b) or _ITEM.match(b) or _YEAR_ALONE.match(b):
        return False
    if _YEAR_ALONE.match(a):
        return False
    if len(a) + 1 + len(b.split()[0]) <= width and not (
        # (or a long line going on in lower case, wrapped a little short of the width: "5.
        # Mission d'observation de l'Assemblée parlementaire de l'OSCE, élections" / "de
        # mi-mandat aux États-Unis")
        len(a) >= 0.7 * width
        and _OPENS_LOWER.match(b)
        and not _ENDS_SENTENCE.search(a)
        and _indent(b) >= _indent(a)
    ):
        return False  # the word would have fitted: the line ended there of itself
    if _FIELD.match(b):
        return False  # an entry's field on its own line: "... (10 October 2023)" / "Date: 4 ..."
    if a.isupper() and not b.isupper():
        return False  # a heading in capitals, then its text: "... AU TOGO" / "À l'invitation"
    lead_a = len(a) - len(a.lstrip())
    lead_b = len(b) - len(b.lstrip())
    if lead_b < lead_a:
        return False  # a line less indented than the one above opens a paragraph
    if (
        _ENDS_SENTENCE.search(a)
        and len(b.strip()) < 0.6 * width
        and not _ENDS_NOTHING.search(b)
        and b.strip()[:1].isupper()
    ):
        return False  # a paragraph's end, then a heading: "... à Lévis." / "Au programme"
    # a short line inside a block, ending no sentence, is a line of its own (an entry's date
    # and place under its title: "... au Ghana" / "Du 30 mai au 3 juin – Accra")
    return not (
        after.strip()
        and not _OPENS_LOWER.match(after)  # (not a line the wrap broke too: "21-22" / "mars")
        and not b.rstrip().endswith(("-", "–"))  # (nor a range cut: "(États-Unis), 5-" / "9")
        and len(b.strip()) < 0.6 * width
        and not _ENDS_PROSE.search(b)
        and (b.strip()[:1].isupper() or b.strip()[:1].isdigit())
    )
