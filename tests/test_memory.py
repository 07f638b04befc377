"""Memory a stage freed goes back to the system (graphbuild/forks.py, give_back_memory):
the store's queries, run in threads, and the format writers in workers left as much again
as the store allocated but unused at 1000x."""

from __future__ import annotations

import sys
import threading
import weakref
from pathlib import Path

import pytest

from graphbuild.forks import give_back_memory


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


class _Held:
    pass


def test_objects_held_only_by_a_cycle_go_with_collect() -> None:
    held = _Held()
    held.me = held  # type: ignore[attr-defined]
    gone = weakref.ref(held)
    del held
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        assert gone() is not None  # only the collector frees a cycle
        give_back_memory(collect=True)
        assert gone() is None
    finally:
        if enabled:
            gc.enable()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="GNU libc's malloc_trim")
def test_memory_freed_in_a_thread_goes_back_to_the_system() -> None:
    """Blocks allocated in a thread (its own arena), every other one freed: the allocator
    keeps the holes for later, until they are given back."""
    kept: list[bytes] = []

    def allocate() -> None:
        blocks = [b"x" * (1 << 14) for _ in range(12_000)]  # ~190 MB, written
        kept.extend(blocks[::2])  # the other half freed when the thread ends: holes

    thread = threading.Thread(target=allocate)
    thread.start()
    thread.join()
    before = _rss_mb()
    give_back_memory()
    after = _rss_mb()
    assert len(kept) == 6_000
    assert before - after > 50, (before, after)
