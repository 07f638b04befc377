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

import functools
import gc
from collections.abc import Callable
from typing import Any

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


def give_back_memory(*, collect: bool = False) -> None:
    """Return the memory this process freed to the system, once a stage that held much is
    done (with ``collect``, after a run of the cyclic collector first: for a worker's
    objects caught in cycles).

    C's allocator (which Oxigraph and Python's large objects use) keeps freed memory for
    later, a part in each thread's own arena: after the store's queries, run in threads,
    it held as much again as the store at 1000x. ``malloc_trim`` hands it back (GNU libc;
    elsewhere nothing is done)."""
    if collect:
        gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim  # this process's C library
    except (OSError, AttributeError):  # not GNU libc (musl has no malloc_trim)
        return None
    return trim


class Forked:
    """``work()`` run in a forked child process, its result (or its error) sent back through
    a pipe; where there is no fork it runs here, when :meth:`result` is asked for."""

    def __init__(self, work: Callable[[], Any]) -> None:
        import os
        import sys

        self._work: Callable[[], Any] | None = work
        self.pid = 0
        #: Wall seconds the work took in the child (known once :meth:`result` returned).
        self.seconds = 0.0
        if not hasattr(os, "fork"):
            return
        sys.stdout.flush()
        sys.stderr.flush()
        self._read, write = os.pipe()
        # What this process holds is frozen for the collector while the worker lives (see
        # above): a collection walks every object it tracks, which would copy
        # the pages of the whole heap, shared with the other process until written.
        before_fork()
        try:
            pid = os.fork()
        except BaseException:
            worker_ended()
            raise
        if pid == 0:  # the child: work, answer, leave without running the parent's cleanup
            code = 0
            try:
                os.close(self._read)
                payload = answer(work)
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(payload)
            except BaseException:
                code = 70
            finally:
                os._exit(code)
        os.close(write)
        self.pid = pid
        self._work = None

    def result(self) -> Any:
        import os
        import pickle

        if self._work is not None:
            import time

            work, self._work = self._work, None
            started = time.perf_counter()
            try:
                return work()
            finally:
                self.seconds = time.perf_counter() - started
        with os.fdopen(self._read, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self._ended()
        if not payload:
            raise RuntimeError(f"a worker process ended without an answer (status {status})")
        kind, value, self.seconds = pickle.loads(payload)
        if kind == "ok":
            return value
        if kind == "error":
            from graphbuild import errors

            name, fields = value
            raise getattr(errors, name)(**fields)
        raise RuntimeError(f"a worker process failed:\n{value}")

    def _ended(self) -> None:
        self.pid = 0
        worker_ended()

    def stop(self) -> None:
        """End the child if it still runs (the parent failed meanwhile)."""
        import os
        import signal

        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self._ended()


def answer(work: Callable[[], Any]) -> bytes:
    import dataclasses
    import pickle
    import time
    import traceback

    from graphbuild.errors import GraphBuildError

    started = time.perf_counter()
    try:
        value = work()
        return pickle.dumps(("ok", value, time.perf_counter() - started))
    except GraphBuildError as exc:
        fields = {f.name: getattr(exc, f.name) for f in dataclasses.fields(exc)}
        return pickle.dumps(("error", (type(exc).__name__, fields), 0.0))
    except BaseException:
        return pickle.dumps(("crash", traceback.format_exc(), 0.0))
