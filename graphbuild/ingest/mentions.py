"""Sentences -> the names they hold: gazetteer names, and cities written bare.

The gazetteer's matching (``names.py``) runs once per sentence. A sentence in capitals (a
heading, a report's cover: "ÉLECTION PRÉSIDENTIELLE AU SALVADOR") is read in title case,
since single-word names must match case. French names a city bare after "à" or "de" ("à
Québec", "l'Atelier de Québec"): a city whose gazetteer name is "X City" is found as bare
"X" there, even where the bare name is also another body's.
"""

from __future__ import annotations

from graphbuild.gazetteer import Gazetteer
from graphbuild.ingest.names import NameHit, NameIndex
from graphbuild.ingest.sentences import Sentence
from graphbuild.pattern_cache import compile_pattern


def sentence_hits(
    index: NameIndex, bare_cities: dict[str, str], sentence: Sentence
) -> list[NameHit]:
    """The names a sentence holds, as page offsets, in order and without overlaps
    (``bare_cities``: :func:`bare_city_table`)."""
    text = sentence.text
    if _is_capitals(text) and len(text.title()) == len(text):
        text = text.title()  # "ÉLECTION PRÉSIDENTIELLE AU SALVADOR"
    found = [
        NameHit(h.start + sentence.start, h.end + sentence.start, h.text, h.category, h.refs)
        for h in index.find(text)
    ]
    return _with_bare_cities(bare_cities, sentence, found)


def _is_capitals(text: str) -> bool:
    """Whether a text is written in capitals (a heading, a report's cover)."""
    # (most are not: more small ASCII letters than a fifth of all its characters, counted
    # without a loop here, cannot leave four in five of its letters in capitals)
    if 5 * (len(text) - len(text.translate(_WITHOUT_SMALL_ASCII))) > len(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_WITHOUT_SMALL_ASCII = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")


def bare_city_table(gazetteer: Gazetteer) -> dict[str, str]:
    """Cities whose gazetteer name is "X City", by their bare name "X"."""
    return {
        p.name_en[: -len(" City")]: p.id
        for p in gazetteer.places.values()
        if p.kind == "city" and p.name_en.endswith(" City")
    }


_BARE_CITY = compile_pattern(r"(?:\b(?:à|de)\s+|\bd['’])(?P<name>[A-ZÀ-Ý][\w’'-]+)(?!\s+City)")


def _with_bare_cities(
    bare_cities: dict[str, str], sentence: Sentence, hits: list[NameHit]
) -> list[NameHit]:
    """French names a city bare after "à" or "de" ("à Québec", "l'Atelier de Québec"),
    its province or country after "au" or "du": a city whose gazetteer name is "X City"
    is found as bare "X" after those prepositions."""
    if not bare_cities:
        return hits
    added = []
    for m in _BARE_CITY.finditer(sentence.text):
        place = bare_cities.get(m.group("name"))
        a, b = m.start("name") + sentence.start, m.end("name") + sentence.start
        if place is None:
            continue
        # "de Québec" is the city even where the bare name is also another body's
        overlapping = [h for h in hits if h.start < b and a < h.end]
        if any((h.start, h.end) != (a, b) for h in overlapping):
            continue
        hits = [h for h in hits if h not in overlapping]
        added.append(NameHit(a, b, m.group("name"), "place", (place,)))
    return sorted([*hits, *added], key=lambda h: h.start) if added else hits


# An acronym in brackets after a name: "l'Union africaine (UA)", "the Pan-African Parliament
# (PAP)".
_BRACKETED_ACRONYM = compile_pattern(r"\s\((?P<acr>[A-Z]{2,6})\)")
_ACRONYM_WORD = compile_pattern(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")


def page_acronyms(index: NameIndex, text: str) -> dict[str, str]:
    """The acronyms a page spells out after a body the gazetteers know, that they do not
    know themselves ("l'Union africaine (UA)": UA is the AU on this page), each to its
    body's id."""
    found: dict[str, str] = {}
    for m in _BRACKETED_ACRONYM.finditer(text):
        acr = m.group("acr")
        if acr in found or index.find(acr):
            continue
        before = text[max(0, m.start() - 120) : m.start()]
        named = [
            h
            for h in index.find(before)
            if h.category == "organization" and h.end == len(before) and len(h.refs) == 1
        ]
        if named:
            found[acr] = named[-1].refs[0]
    return found


def with_page_acronyms(
    acronyms: dict[str, str], sentence: Sentence, found: list[NameHit]
) -> list[NameHit]:
    """``found`` with the page's own acronyms (:func:`page_acronyms`) the sentence holds
    where no other name stands ("La mission de l'UA, présente ...")."""
    if not acronyms:
        return found
    extra = [
        NameHit(
            m.start() + sentence.start,
            m.end() + sentence.start,
            m.group(0),
            "organization",
            (acronyms[m.group(0)],),
        )
        for m in _ACRONYM_WORD.finditer(sentence.text)
        if m.group(0) in acronyms
    ]
    extra = [e for e in extra if not any(h.start < e.end and e.start < h.end for h in found)]
    return sorted([*found, *extra], key=lambda h: h.start) if extra else found
