"""How the endpoint shares its workers among clients (a client is a source address).

Four rules, so that clients sending runaway queries cannot starve the others:

1. A client may have at most ``max_per_client`` queries waiting or running; more are refused
   at once (HTTP 429).
2. When a worker frees up, it goes to a waiting client that is not *long* (see 3): first to
   one that has waited ``long_after_s`` already, then to the one with the fewest queries
   running, then to one whose recent queries were short (before a client not seen yet),
   then to the one served least recently: each client gets its turn, however many queries
   it sends.
3. A query that has held its worker for ``long_after_s`` is *long*, and so is its client for
   ``penalty_s`` afterwards (and for as long as it keeps asking). While short clients are
   about (one was served in the last ``reserve_for_s``), long clients never hold the last
   worker: with N workers they share N - 1, and one is kept for the others. With nobody
   short about, long clients may use every worker (rule 4 gets one back when needed).
4. A short client waiting while long queries hold every worker (a query turns long only
   after it started) gets a worker by preemption: :meth:`FairShare.tick` names the most
   recently started long run to stop.

The class knows nothing of processes: a slot is any hashable object, and the caller kills
and replaces what :meth:`FairShare.tick` names.

>>> share = FairShare(["w1", "w2"], long_after_s=1.0)
>>> share.acquire("127.0.0.2", timeout_s=1.0)
'w1'
>>> share.release("w1")
True
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

Slot = TypeVar("Slot")


class TooManyQueries(Exception):
    """The client already has ``max_per_client`` queries waiting or running."""


class NoWorkerFree(Exception):
    """No worker became free for this client within the wait; ``long`` says if it was long."""

    def __init__(self, *, long: bool) -> None:
        super().__init__("no worker free")
        self.long = long


@dataclass
class _Client:
    pending: int = 0  # waiting or holding a slot
    running: int = 0
    long_until: float = float("-inf")
    short_until: float = float("-inf")  # a query of its ended short lately
    last_served: float = float("-inf")


@dataclass
class _Run:
    client: str
    started: float
    long: bool = False


@dataclass
class _Ticket(Generic[Slot]):
    client: str
    order: int
    asked: float
    slot: Slot | None = None
    granted: threading.Event = field(default_factory=threading.Event)


class FairShare(Generic[Slot]):
    """Slots handed to clients by the four rules above; thread-safe."""

    def __init__(
        self,
        slots: Iterable[Slot] = (),
        *,
        size: int | None = None,
        long_after_s: float = 1.0,
        penalty_s: float = 30.0,
        max_per_client: int = 16,
        reserve_for_s: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._idle: list[Slot] = list(slots)
        self.size = size if size is not None else len(self._idle)
        self.long_after_s = long_after_s
        self.penalty_s = penalty_s
        self.max_per_client = max_per_client
        self.reserve_for_s = reserve_for_s
        self._short_served = float("-inf")  # when a short client was last given a slot
        self._clock = clock
        self._lock = threading.Lock()
        self._runs: dict[Slot, _Run] = {}
        self._clients: dict[str, _Client] = {}
        self._waiting: list[_Ticket[Slot]] = []
        self._order = itertools.count()

    # -- the slots --------------------------------------------------------------------------

    def add(self, slot: Slot) -> None:
        """A new (or restarted) slot is ready."""
        with self._lock:
            self._idle.append(slot)
            self._dispatch()

    def remove(self, slot: Slot) -> bool:
        """Take ``slot`` out (it is being stopped); False if it was already out."""
        with self._lock:
            if slot in self._idle:
                self._idle.remove(slot)
                return True
            run = self._runs.pop(slot, None)
            if run is None:
                return False
            self._end(run)
            self._dispatch()
            return True

    def release(self, slot: Slot) -> bool:
        """The query on ``slot`` is done; False if the slot was removed meanwhile."""
        with self._lock:
            run = self._runs.pop(slot, None)
            if run is None:
                return False
            self._end(run)
            self._idle.append(slot)
            self._dispatch()
            return True

    # -- the clients ------------------------------------------------------------------------

    def acquire(self, client: str, *, timeout_s: float) -> Slot:
        """A slot for ``client``, waiting up to ``timeout_s``; the rules above decide."""
        with self._lock:
            state = self._clients.setdefault(client, _Client())
            if state.pending >= self.max_per_client:
                raise TooManyQueries
            state.pending += 1
            ticket: _Ticket[Slot] = _Ticket(client, next(self._order), self._clock())
            self._waiting.append(ticket)
            self._dispatch()
        ticket.granted.wait(timeout_s)
        with self._lock:
            if ticket.slot is not None:
                return ticket.slot
            self._waiting.remove(ticket)
            state.pending -= 1
            now = self._clock()
            long = self._is_long(client, now)
            if long:  # still asking: still long
                state.long_until = max(state.long_until, now + self.penalty_s)
            self._forget(client)
        raise NoWorkerFree(long=long)

    def is_long(self, client: str) -> bool:
        with self._lock:
            return self._is_long(client, self._clock())

    def tick(self) -> list[Slot]:
        """Mark the runs that turned long; take out and return the slots to stop now.

        The caller stops what runs on them and :meth:`add` s them back once restarted; the
        :meth:`release` of a slot taken out this way returns False.
        """
        now = self._clock()
        with self._lock:
            for run in self._runs.values():
                if not run.long and now - run.started >= self.long_after_s:
                    run.long = True
            for run in self._runs.values():
                if run.long:
                    state = self._clients[run.client]
                    state.long_until = max(state.long_until, now + self.penalty_s)
            for client in [c for c, state in self._clients.items() if state.pending == 0]:
                self._forget(client)
            if self._idle or not any(not self._is_long(t.client, now) for t in self._waiting):
                return []
            long_runs = sorted(
                ((run.started, slot) for slot, run in self._runs.items() if run.long),
                key=lambda pair: pair[0],
                reverse=True,
            )
            excess = len(long_runs) - (self.size - self._reserve())
            stopped = [slot for _, slot in long_runs[: max(0, excess)]]
            for slot in stopped:  # out now, so that no other query is given it meanwhile
                self._end(self._runs.pop(slot))
            return stopped

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {
                "idle": len(self._idle),
                "running": len(self._runs),
                "waiting": len(self._waiting),
                "clients": len(self._clients),
            }

    # -- inside the lock --------------------------------------------------------------------

    def _reserve(self) -> int:
        return 1 if self.size >= 2 else 0

    def _is_long(self, client: str, now: float) -> bool:
        state = self._clients.get(client)
        if state is None:
            return False
        if state.long_until > now:
            return True
        return any(run.long for run in self._runs.values() if run.client == client)

    def _end(self, run: _Run) -> None:
        state = self._clients[run.client]
        state.running -= 1
        state.pending -= 1
        if not run.long:
            state.short_until = self._clock() + self.penalty_s
        self._forget(run.client)

    def _forget(self, client: str) -> None:
        """Drop what is known of a client once it has nothing pending and nothing to recall."""
        state = self._clients[client]
        now = self._clock()
        if state.pending == 0 and state.long_until <= now and state.short_until <= now:
            del self._clients[client]

    def _dispatch(self) -> None:
        now = self._clock()
        while self._idle and self._waiting:
            long_running = sum(1 for run in self._runs.values() if run.long)
            alive = len(self._idle) + len(self._runs)

            def rank(ticket: _Ticket[Slot]) -> tuple[bool, bool, int, bool, float, int]:
                state = self._clients[ticket.client]
                return (
                    self._is_long(ticket.client, now),
                    now - ticket.asked < self.long_after_s,  # waited long: served first
                    state.running,
                    state.short_until <= now,  # known for short queries: before the unknown
                    state.last_served,
                    ticket.order,
                )

            chosen = None
            for ticket in sorted(self._waiting, key=rank):
                if not self._is_long(ticket.client, now) or (
                    long_running < alive - self._reserve()
                    or now - self._short_served > self.reserve_for_s
                ):
                    chosen = ticket
                    break
            if chosen is None:
                return
            slot = self._idle.pop(0)
            self._waiting.remove(chosen)
            state = self._clients[chosen.client]
            state.running += 1
            state.last_served = now
            if not self._is_long(chosen.client, now):
                self._short_served = now
            # A long client's run counts as long from its start: it is in the shared lane.
            self._runs[slot] = _Run(chosen.client, now, long=self._is_long(chosen.client, now))
            chosen.slot = slot
            chosen.granted.set()
