"""Memoisation of pure functions of a text.

Pages of this family repeat sentences (boilerplate, templates), and the ingester looks at
each sentence from several angles: what a pure function of a sentence's text found once need
not be found again. Only short texts are remembered, and only so many, so that memory stays
bounded whatever the input (hostile pages have megabyte lines). What is remembered must be
immutable: callers get the same object each time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

LONGEST_REMEMBERED = 2000  # characters
MOST_REMEMBERED = 8192  # texts per function


def text_memo(function: Callable[[str], T]) -> Callable[[str], T]:
    """``function`` remembering its results for short texts (least recently used first out)."""
    remembered = functools.lru_cache(maxsize=MOST_REMEMBERED)(function)

    @functools.wraps(function)
    def wrapper(text: str) -> T:
        if len(text) > LONGEST_REMEMBERED:
            return function(text)
        return remembered(text)

    return wrapper


MOST_PAGES_REMEMBERED = 4


def page_memo(function: Callable[[K], T]) -> Callable[[K], T]:
    """``function`` of a whole page (or its text) remembering its last few pages' results:
    the stages each ask for the page being read's cleaned text and blocks, found once."""
    return functools.lru_cache(maxsize=MOST_PAGES_REMEMBERED)(function)
