"""Small text helpers shared by the stages: quick word tests, runs of whitespace.

Most sentences hold none of the words a cue needs; testing for those words first (a
substring search) spares the regular expression its search. The tests only tell when a
pattern *cannot* match: the pattern still decides.
"""

from __future__ import annotations

from graphbuild.pattern_cache import compile_pattern

# The only characters other than ASCII letters that a case-insensitive pattern takes for
# ASCII letters: İ ı ſ and the Kelvin sign.
_CASE_TWINS = compile_pattern("[\u0130\u0131\u017f\u212a]")


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False when a case-insensitive pattern cannot find any of ``words`` (lower-case ASCII)
    in ``text``: a quick test before the pattern's search."""
    if _CASE_TWINS.search(text):
        return True
    return has_any(text.lower(), words)


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` is in ``text``, as written."""
    return any(word in text for word in words)


WHITESPACE = compile_pattern(r"\s+")

# The marks a list item may open with, besides dashes and stars (for a character class):
# "•", "▪", "■", "►", "▸", "➤", "◆", "✓"...
BULLET_MARKS = "•·▪●◦■►➢‣▸▹➤◆♦❖✓✔"
