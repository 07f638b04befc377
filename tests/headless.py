"""Debian's Chromium driven by Playwright (never `playwright install`), for the page tests."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

BROWSERS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


@contextmanager
def chromium(args: Sequence[str]) -> Iterator[Any]:
    """The system's Chromium, launched headless with ``args``; the test is skipped, saying
    why, when Playwright or the browser is missing or will not start."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install playwright)")
    executable = next((b for b in BROWSERS if Path(b).exists()), None)
    if executable is None:
        pytest.skip(f"no browser found at {', '.join(BROWSERS)} (apt-get install chromium)")
    with sync_playwright() as p:
        try:
            launched = p.chromium.launch(executable_path=executable, args=list(args))
        except Error as exc:
            pytest.skip(f"{executable} could not be launched: {exc}")
        yield launched
        launched.close()
