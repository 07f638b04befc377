"""Tables drawn in text, read row by row.

A page saved from a browser as text (``lynx -dump``, ``w3m -dump``, a report's plain-text
export) draws a table in fixed-width columns under a rule of dashes, and wraps long cells
over several lines::

    Date            Activity                         Partner
    --------------  -------------------------------  -------
    Jan 31–Feb 5    Guests programme for the         UNIORE
                    general election, San José

Read line by line, a wrapped row mixes its cells ("for the UNIORE general election"). Here
each row becomes one line whose cells are whole and stand between " | ", as a table written
as text does elsewhere ("Jan 31–Feb 5 | Guests programme for the general election, San José |
UNIORE"); the header too. The rest of the page is left as it is.

A table aligned by spaces with no rule (a report copied from a PDF, a listing "Country
Dates  Type") is read so too, its header's words giving the columns.

A table copied one cell per line (a browser's copy of an HTML table: "Pays" / "Nature de la
mission" / "Période" / "Lieu(x)" / "Burkina Faso" / ... ) is read so too: a paragraph whose
first few short lines (3 to 6, no digit) are its header and whose other lines come in groups
of as many, most groups with a figure (a date, a period), becomes one row per group.

The rule gives the columns: each run of dashes (or of "=") is one. The rows are the lines
under the rule up to the first blank line; a line whose first column is blank, or holds the
rest of a wrapped first cell (a word in lower case, a year), goes on with the row above. A
page read so is a text derived from the file: its facts' offsets refer to the derived text,
whose digest is kept beside the file's (as for a page saved as HTML).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.ingest.lexicon import WORDS

# A rule under a table's header: two runs of dashes or more, apart.
_RULE = re.compile(r"^[ \t]*[-=]{3,}(?:[ \t]+[-=]{3,})+[ \t]*$")
_RUN = re.compile(r"[-=]{3,}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def reflow_text_tables(text: str) -> str | None:
    """The text with each fixed-width table read row by row, or None if it has none."""
    lines = text.split("\n")
    if not any(_RULE.match(line) for line in lines):
        return None
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        line = lines[i]
        if not _RULE.match(line) or not out or not out[-1].strip():
            out.append(line)
            i += 1
            continue
        columns = [m.start() for m in _RUN.finditer(line)]
        header = out.pop()
        out.append(" | ".join(_cells([header], columns)))
        i += 1
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        body_lines = lines[i:end]
        year_rows = _year_rows(body_lines, columns)
        row: list[str] = []
        for body in body_lines:
            if body in year_rows:
                # a year over the rows below it ("2024"): a heading of its own
                if row:
                    out.append(" | ".join(_cells(row, columns)))
                row = []
                out.append(body.strip())
            elif row and _goes_on(body[: columns[1]].strip(), _first_cell(row, columns)):
                row.append(body)  # a wrapped cell: the row goes on
            else:
                if row:
                    out.append(" | ".join(_cells(row, columns)))
                row = [body]
        i = end
        if row:
            out.append(" | ".join(_cells(row, columns)))
        changed = True
    return "\n".join(out) if changed else None


# A header cell of a table aligned by spaces: a word or a few, no figure ("Période",
# "Partenaire(s)", "N°").
_ALIGNED_HEADER_CELL = re.compile(r"[^\W\d][^\d]{0,29}|N°|No\.?|#")
_GAP = re.compile(r"\S(?P<gap> {2,})(?=\S)")
# A rule of one run across a table's width: "-----...-----".
_LINE_RULE = re.compile(r"[ \t]*[-=_]{10,}[ \t]*")


def reflow_aligned_tables(text: str) -> str | None:
    """The text with each table aligned by spaces, with no rule under its header (a report
    copied from a PDF, a "Country  Dates  Type" listing), read row by row; None if it has
    none. The header's words give the columns; a line whose first column is blank goes on
    with the row above (a wrapped cell)."""
    return _each_paragraph(text, _aligned_rows)


def _each_paragraph(text: str, read: Callable[[list[str]], list[str] | None]) -> str | None:
    """The text with each paragraph (lines between blank lines) that ``read`` turns into
    rows replaced by them, or None if ``read`` turns none."""
    lines = text.split("\n")
    out: list[str] = []
    changed = False
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        rows = read(lines[i:j])
        if rows is None:
            out.extend(lines[i:j])
        else:
            out.extend(rows)
            changed = True
        if j < len(lines):
            out.append(lines[j])  # the blank line
        i = j + 1
    return "\n".join(out) if changed else None


def _aligned_rows(block: list[str]) -> list[str] | None:
    """A paragraph's lines as " | "-separated rows when it is a table aligned by spaces:
    a header of three cells or more (words, no figures) over at least two rows whose cells
    start at the header's columns."""
    if len(block) < 3:
        return None
    header = block[0]
    columns = [0] + [m.end("gap") for m in _GAP.finditer(header)]
    indent = len(header) - len(header.lstrip())
    columns[0] = indent
    cells = [header[a:b].strip() for a, b in zip(columns, [*columns[1:], None], strict=True)]
    if len(columns) < 3 or not all(_ALIGNED_HEADER_CELL.fullmatch(c) for c in cells):
        return None

    def fits(line: str) -> bool:
        # each column opens after a space (or the line ends before it)
        return all(c >= len(line) or line[c - 1] == " " for c in columns[1:])

    body = block[1:]
    after: list[str] = []
    if body and _LINE_RULE.fullmatch(body[0]):
        # a rule drawn the table's width under its header, and perhaps another under its
        # last row: the rows are between them, what follows the second is text again
        body = body[1:]
        end = next((k for k, line in enumerate(body) if _LINE_RULE.fullmatch(line)), None)
        if end is not None:
            body, after = body[:end], body[end + 1 :]
    if sum(fits(line) for line in body) < max(2, len(body) - 1):
        return None
    starts = [line for line in body if line[: columns[1]].strip()]
    if len(starts) < 2:
        return None
    rows: list[list[str]] = []
    for line in body:
        if (line[: columns[1]].strip() and not _open_range(rows, columns)) or not rows:
            rows.append([line])
        else:
            # a wrapped cell: the row goes on (its first cell too, when it ends on a range's
            # dash: "Thu 24 October –" / "Sat 2 November")
            rows[-1].append(line)
    return [" | ".join(cells)] + [" | ".join(_cells(row, columns)) for row in rows] + after


def _open_range(rows: list[list[str]], columns: list[int]) -> bool:
    """Whether the last row's first cell ends on a range's dash or word, its end on the next
    line ("Thu 24 October –", "Du 20 novembre au")."""
    if not rows:
        return False
    first = rows[-1][-1][: columns[1]].rstrip()
    return bool(_RANGE_OPEN.search(first))


_RANGE_OPEN = re.compile(r"(?:\d|[^\W\d]{3,}\.?)\s*(?:[–—-]|\bto|\bau|\bà|\buntil)$", re.IGNORECASE)


def _goes_on(first_cell: str, above: str | None = None) -> bool:
    """Whether a line whose first column holds ``first_cell`` goes on with the row above
    (whose first cell so far is ``above``): that column blank, or the rest of a wrapped first
    cell ("septembre", "2016"), unless the cell above is a whole date already and this one a
    date of its own (French dates in lower case: "du 6 au 9 oct." then "nov.")."""
    if not first_cell:
        return True
    if not (first_cell[0].islower() or _YEAR.fullmatch(first_cell)):
        return False
    if above is None or _YEAR.fullmatch(first_cell):
        return True
    return not (_whole_date(above) and _date_cell(first_cell))


# A cell's words naming a month, a season or a weekday's abbreviation ("oct.", "sept.-nov.",
# "printemps", "lun.").
_WORD = re.compile(r"[^\W\d_]+")
_CALENDAR_WORDS = frozenset(WORDS.months) | frozenset(WORDS.seasons)


def _date_cell(cell: str) -> bool:
    """Whether a first cell is a date of its own: it names a month or a season."""
    return any(w.lower() in _CALENDAR_WORDS for w in _WORD.findall(cell))


def _whole_date(cell: str) -> bool:
    """Whether a first cell is a whole date: it names a month or a season, or holds a year,
    and does not end on a range's dash or word, its end to come ("du 20 novembre au")."""
    if _RANGE_OPEN.search(cell.rstrip()):
        return False
    return _date_cell(cell) or bool(_YEAR.search(cell))


def _first_cell(row: list[str], columns: list[int]) -> str:
    return " ".join(line[: columns[1]].strip() for line in row).strip()


def _year_rows(body: list[str], columns: list[int]) -> set[str]:
    """The lines of a table's rows that hold a year and nothing else ("2024"), when no other
    row's first cell holds a year: years over the rows below them, not the end of a wrapped
    date ("Du 20 au 25 septembre" / "2016", in a table whose dates hold their years)."""
    alone = {line for line in body if _YEAR.fullmatch(line.strip())}
    if not alone:
        return set()
    others = [line[: columns[1]] for line in body if line not in alone]
    return set() if any(_YEAR.search(cell) for cell in others) else alone


def _cells(row: list[str], columns: list[int]) -> list[str]:
    """The cells of a row drawn over ``row``'s lines, each whole (its lines joined)."""
    cells = []
    for k, start in enumerate(columns):
        end = columns[k + 1] if k + 1 < len(columns) else None
        parts = [line[start:end].strip() for line in row]
        cells.append(" ".join(p for p in parts if p))
    return cells


# A row of a table written with bars ("| 9-12 Jan | Slovak Republic | NAM ... |").
_BAR_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*")


def reflow_bar_rows(text: str) -> str | None:
    """The text with each row of a table written with bars whose cells wrap over the next
    row ("| Feb | Poland (Warsaw) | Course for long-term observers from 31 |" / "|  |  |
    participating States |") read as one row, its cells whole; None if it has none. A row
    goes on with the one above when its first cell is blank and each of its other cells is
    blank or opens in lower case (the rest of a cell, not a row sharing the first cell of
    the one above: "|  | Niger | Observation ... |")."""
    lines = text.split("\n")
    out: list[str] = []
    changed = False
    for line in lines:
        above = out[-1] if out else ""
        if (
            _BAR_ROW.fullmatch(line)
            and _BAR_ROW.fullmatch(above)
            and not _BAR_RULE.fullmatch(above)
            and (joined := _bar_row_joined(above, line)) is not None
        ):
            out[-1] = joined
            changed = True
            continue
        out.append(line)
    return "\n".join(out) if changed else None


_BAR_RULE = re.compile(r"[ \t]*\|[\s|:=+-]*\|[ \t]*")


def _bar_row_joined(above: str, line: str) -> str | None:
    """The row ``above`` with the wrapped row ``line`` joined to it, cell by cell, or None
    if ``line`` is a row of its own."""
    cells = line.strip()[1:-1].split("|")
    up = above.strip()[1:-1].split("|")
    if len(cells) != len(up) or len(cells) < 2 or cells[0].strip():
        return None
    rest = [c.strip() for c in cells[1:]]
    if not any(rest) or not all(not c or c[0].islower() for c in rest):
        return None
    joined = [
        a.rstrip() + (" " + b.strip() if b.strip() else "") for a, b in zip(up, cells, strict=True)
    ]
    indent = above[: len(above) - len(above.lstrip())]
    return indent + "|" + "|".join(c if c.endswith(" ") else c + " " for c in joined) + "|"


def reflow_cell_lines(text: str) -> str | None:
    """The text with each table copied one cell per line read row by row, or None if it
    has none."""

    def read(block: list[str]) -> list[str] | None:
        rows = _cell_rows([line.strip() for line in block])
        return None if rows is None else [" | ".join(row) for row in rows]

    return _each_paragraph(text, read)


def _cell_rows(block: list[str]) -> list[list[str]] | None:
    """The rows of a paragraph that is a table copied one cell per line, header first."""
    if any(_ROW_RULE.fullmatch(line) for line in block):
        return _ruled_cell_rows(block)
    for k in range(6, 2, -1):
        if len(block) < 2 * k or len(block) % k:
            continue
        header = block[:k]
        if not all(_HEADER_CELL.fullmatch(cell) for cell in header):
            continue
        groups = [block[n : n + k] for n in range(k, len(block), k)]
        if any(len(cell) > 80 for group in groups for cell in group):
            continue
        # (most rows dated: a postponed one may hold none)
        if 2 * sum(any(_FIGURE.search(cell) for cell in group) for group in groups) < len(groups):
            continue
        return [header, *groups]
    return None


def _ruled_cell_rows(block: list[str]) -> list[list[str]] | None:
    """The rows of a table copied one cell per line whose rows stand between rules ("----",
    "======"), its header the cells above the first rule (a caption perhaps above them) and a
    row of one cell a year heading over the rows below it ("2021"): each row a line, each
    year a paragraph of its own."""
    groups: list[list[str]] = [[]]
    for line in block:
        if _ROW_RULE.fullmatch(line):
            groups.append([])
        else:
            groups[-1].append(line)
    head, rows = groups[0], [g for g in groups[1:] if g]
    sizes = [len(g) for g in rows if len(g) > 1]
    if len(sizes) < 2:
        return None
    k = max(set(sizes), key=sizes.count)
    if not 3 <= k <= 8 or len(head) < k or any(s != k for s in sizes):
        return None
    if any(len(g) == 1 and not _YEAR_ROW.fullmatch(g[0]) for g in rows):
        return None
    header = head[-k:]
    if not all(_HEADER_CELL.fullmatch(cell) for cell in header):
        return None
    if any(len(cell) > 120 for group in rows for cell in group):
        return None
    dated = [any(_FIGURE.search(cell) for cell in g) for g in rows if len(g) > 1]
    if 2 * sum(dated) < len(dated):
        return None
    out: list[list[str]] = [[line] for line in head[:-k]]
    out.append(header)
    for group in rows:
        out += [[""], group, [""]] if len(group) == 1 else [group]
    return out


# A rule between the rows of a table copied one cell per line: "----", "======", "___".
_ROW_RULE = re.compile(r"[-=_–—]{3,}")
# A row of one cell, the year of the rows below it.
_YEAR_ROW = re.compile(r"(?:19|20)\d\d")
# A header cell: a few words, no figure, no sentence ("Pays", "Nature de la mission"), its
# footnote's number perhaps glued to it (a PDF's "Officials13").
_HEADER_CELL = re.compile(r"[^\W\d][^\d.!?:;]{0,28}(?:(?<=[^\W\d])\d{1,2})?")
_FIGURE = re.compile(r"\d")
