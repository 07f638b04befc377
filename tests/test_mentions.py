"""A sentence written in capitals (a heading, a report's cover) is read in title case: which
sentences count as such, whatever shortcut tells most of them apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from graphbuild.ingest.mentions import _is_capitals


def _in_capitals(text: str) -> bool:
    """The definition: four letters or more, four in five of them capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


@given(st.text(alphabet="aBcDéÉxyXYZ 0123.,'-ßǅⅫ\n", max_size=60))
def test_capitals_are_told_as_the_definition_says(text: str) -> None:
    assert _is_capitals(text) == _in_capitals(text)


def test_headings_in_capitals_and_sentences_in_ordinary_case() -> None:
    assert _is_capitals("ÉLECTION PRÉSIDENTIELLE AU SALVADOR")
    assert _is_capitals("MISSION D'OBSERVATION, MALI (2013)")
    assert not _is_capitals("Mission d'observation au Mali")
    assert not _is_capitals("OIF")  # three letters: too few to tell
    # four in five exactly: in capitals; one small letter more: not
    assert _is_capitals("ABCDe") and not _is_capitals("ABCDef")
