"""Names -> gazetteer ids: every organisation, country, place and person named in a text.

Matching is longest-first, on whole words, insensitive to accents and apostrophe styles;
single-word names (acronyms, country names) must match case, longer ones need not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.memo import LONGEST_REMEMBERED, MOST_REMEMBERED
from graphbuild.pattern_cache import compile_pattern

# Letters of other scripts that look like Latin ones, as met in pasted or hostile text.
_LOOKALIKES = dict(
    zip(
        "АВЕКМНОРСТХаеорсухіјѕԁΑΒΕΖΗΙΚΜΝΟΡΤΥΧον",
        "ABEKMHOPCTXaeopcyxijsdABEZHIKMNOPTYXov",
        strict=True,
    )
)


class _FoldTable(dict[int, str]):
    """``str.translate`` table computed on first use of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in "’‘`´":
            out = "'"
        elif ch in "‐‑‒–—":
            out = "-"
        elif ch in "\u00a0\u2007\u202f":
            out = " "
        elif ch in _LOOKALIKES:
            out = _LOOKALIKES[ch]
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out = base if len(base) == 1 and unicodedata.combining(base) == 0 else ch
        self[code] = out
        return out


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Accents off, typographic quotes and dashes plain, look-alike letters Latin; one
    character for one character, so offsets stay valid."""
    # Of the ASCII characters only the backquote folds (to an apostrophe); the others
    # are folded run by run (first, as one of them may fold to a backquote).
    plain = text.replace("`", "'")
    if plain.isascii():
        return plain
    return _NOT_ASCII.sub(_fold_run, plain)


def _fold_run(run: re.Match[str]) -> str:
    return run.group().translate(_FOLD)


def unconfuse(text: str) -> str:
    """Only the look-alike letters replaced (for date and heading parsing), offsets kept."""
    if text.isascii() or not _LOOKALIKE_CHAR.search(text):
        return text
    return text.translate(_LOOKALIKE_TABLE)


_LOOKALIKE_TABLE = {ord(k): v for k, v in _LOOKALIKES.items()}
_LOOKALIKE_CHAR = compile_pattern("[" + re.escape("".join(_LOOKALIKES)) + "]")
_SPACES = compile_pattern(r"\s+")
_SAINT = compile_pattern(r"(Saint|Sainte)[ -](?=[A-Z])")
_NOT_ASCII = compile_pattern(r"[^\x00-\x7f]+")


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    text: str
    category: str  # organization | generic-organization | country | demonym | place | person
    refs: tuple[str, ...]  # candidate ids (several only for generic organisation names)


def _trie_regex(forms: list[str]) -> str:
    """One regex for many names, as a character trie: far faster than a flat alternation.

    Spaces match any run of white space; longer names win because every optional branch
    is greedy.
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def char(ch: str) -> str:
        return r"\s+" if ch == " " else re.escape(ch)

    def emit(node: dict[str, Any]) -> str:
        # (a run of single children written at once: the same pattern, fewer calls)
        run: list[str] = []
        while "" not in node and len(node) == 1:
            ((ch, node),) = node.items()
            run.append(char(ch))
        ends = "" in node
        branches = [char(ch) + emit(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return "".join(run)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "".join(run) + (f"(?:{body})?" if ends else body)

    return emit(trie)


def _pattern(forms: list[str], *, ignore_case: bool) -> re.Pattern[str] | None:
    if not forms:
        return None
    normal = sorted({" ".join(fold(f).split()) for f in forms})
    if ignore_case:
        normal = sorted({f.lower() for f in normal})
    flags = re.IGNORECASE if ignore_case else 0
    return compile_pattern(r"(?<![\w])(?:" + _trie_regex(normal) + r")(?![\w])", flags)


class NameIndex:
    """All the surface forms of a gazetteer, compiled for matching."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        table: dict[tuple[str, str], set[str]] = {}

        def add(form: str, category: str, ref: str) -> None:
            form = form.strip()
            if len(form) < 2:
                return
            table.setdefault((fold(form).casefold(), category), set()).add(ref)
            self._display.setdefault(fold(form).casefold(), form)
            saint = _SAINT.match(form)
            if saint is not None and category in ("country", "place"):
                # "Saint Kitts and Nevis" is written "St Kitts and Nevis", "St. Kitts ..."
                short = "Ste" if saint.group(1).lower() == "sainte" else "St"
                for abbreviated in (short, short + "."):
                    add(abbreviated + form[saint.end(1) :], category, ref)

        self._display: dict[str, str] = {}
        for org in gazetteer.organizations.values():
            for form in (org.acronym, org.name_en, org.name_fr, *org.aliases):
                add(form, "organization", org.id)
            for form in org.generic_names:
                add(form, "generic-organization", org.id)
        for c in gazetteer.countries.values():
            for form in (c.name_en, c.name_fr, *c.aliases):
                add(form, "country", c.alpha3)
            for form in c.demonyms:
                add(form, "demonym", c.alpha3)
        for p in gazetteer.places.values():
            for form in (p.name_en, p.name_fr, *p.aliases):
                add(form, "place", p.id)
        for person in gazetteer.people.values():
            for form in (person.name, *person.aliases):
                add(form, "person", person.id)
        # A form naming an organisation specifically wins over the same form as a generic name.
        self._refs: dict[str, tuple[str, tuple[str, ...]]] = {}
        priority = ["person", "organization", "place", "country", "generic-organization", "demonym"]
        for (form, category), refs in sorted(
            table.items(), key=lambda kv: (kv[0][0], priority.index(kv[0][1]))
        ):
            if form in self._refs:
                continue
            if category == "organization" and len(refs) > 1:
                category = "generic-organization"
            self._refs[form] = (category, tuple(sorted(refs)))
        # A people's word written as its country's name in lower case ("suisse", "Suisse"):
        # the country's, capitalised; the people's, in lower case ("la Chancellerie fédérale
        # suisse")
        self._lower: dict[str, tuple[str, tuple[str, ...]]] = {
            form: ("demonym", tuple(sorted(refs)))
            for (form, category), refs in table.items()
            if category == "demonym"
            and self._refs[form][0] != "demonym"
            and " " not in form
            and self._display[form] != form
        }
        single = [self._display[f] for f in self._refs if " " not in f] + list(self._lower)
        multi = [self._display[f] for f in self._refs if " " in f]
        self._single = _pattern(single, ignore_case=False)
        self._multi = _pattern(multi, ignore_case=True)
        # What ``find`` found in short texts (pages repeat sentences), while this index lives.
        self._found: dict[str, tuple[NameHit, ...]] = {}

    def find(self, text: str) -> list[NameHit]:
        """Every name in ``text``, leftmost-longest, without overlaps."""
        found = self._found.get(text)
        if found is None:
            found = self._find(text)
            if len(text) <= LONGEST_REMEMBERED:
                if len(self._found) >= MOST_REMEMBERED:
                    self._found.clear()
                self._found[text] = found
        return list(found)

    def _find(self, text: str) -> tuple[NameHit, ...]:
        """The work of :meth:`find`."""
        folded = fold(text)
        candidates: list[tuple[int, int]] = []
        for pattern in (self._multi, self._single):
            if pattern is None:
                continue
            candidates.extend((m.start(), m.end()) for m in pattern.finditer(folded))
        # Capitalised single words written in capitals ("MALI") or title case still count.
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        hits: list[NameHit] = []
        until = -1
        for start, end in candidates:
            if start < until:
                continue
            key = folded[start:end]
            if not key.isalnum():  # white space in it is written as one space
                key = _SPACES.sub(" ", key)
            key = key.casefold()
            if key not in self._refs:
                continue
            category, refs = self._refs[key]
            if key in self._lower and folded[start:end] == key:
                category, refs = self._lower[key]
            hits.append(NameHit(start, end, text[start:end], category, refs))
            until = end
        return tuple(hits)


#: The last gazetteer's index, with that gazetteer: page after page of one process (a
#: forked worker's runs, ``graphbuild extract`` called in a loop) share it.
_LAST: list[tuple[Gazetteer, NameIndex]] = []


def index_of(gazetteer: Gazetteer) -> NameIndex:
    """The :class:`NameIndex` of ``gazetteer``, built once while it is the last one asked
    for (what it finds is remembered with it)."""
    if not _LAST or _LAST[0][0] is not gazetteer:
        _LAST[:] = [(gazetteer, NameIndex(gazetteer))]
    return _LAST[0][1]
