"""Forked workers and this process's memory: what they share stays shared.

A forked worker shares this process's pages until one side writes to them. The cyclic
garbage collector writes into every object it walks, so one collection here (or in the
worker) would copy the pages of the whole heap: the objects that exist at a fork are frozen
out of collections (``gc.freeze``) while any worker forked from this process lives, and
handed back to the collector once the last one is waited for.

>>> started = workers_alive()
>>> before_fork()
>>> workers_alive() == started + 1
True
>>> worker_ended()
>>> workers_alive() == started
True
"""

from __future__ import annotations

import gc

_alive = 0


def before_fork() -> None:
    """Call just before forking a worker (in the parent, once per worker)."""
    global _alive
    gc.freeze()
    _alive += 1


def worker_ended() -> None:
    """Call once a worker started after :func:`before_fork` is waited for (or was not
    started after all)."""
    global _alive
    _alive = max(0, _alive - 1)
    if not _alive:
        gc.unfreeze()


def workers_alive() -> int:
    return _alive
