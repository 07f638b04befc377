"""How the endpoint shares its workers (graphbuild.fair_share), on a clock the test moves.

Slots are plain strings here; clients are source addresses. Waits that must end in a grant
or a refusal are bounded by a few seconds of real time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from graphbuild.fair_share import FairShare, NoWorkerFree, TooManyQueries


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def share_of(slots: list[str], clock: Clock, **options: float) -> FairShare[str]:
    return FairShare(slots, long_after_s=1.0, penalty_s=30.0, clock=clock, **options)  # type: ignore[arg-type]


class Waiter:
    """``acquire`` in a thread: what it got, or the exception."""

    def __init__(self, share: FairShare[str], client: str, timeout_s: float = 5.0) -> None:
        self.result: str | Exception | None = None
        self.done = threading.Event()

        def run() -> None:
            try:
                self.result = share.acquire(client, timeout_s=timeout_s)
            except (NoWorkerFree, TooManyQueries) as exc:
                self.result = exc
            self.done.set()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def got(self, timeout_s: float = 5.0) -> str | Exception | None:
        assert self.done.wait(timeout_s), "acquire never returned"
        return self.result


def eventually(condition: Callable[[], bool]) -> None:
    for _ in range(200):
        if condition():
            return
        threading.Event().wait(0.01)
    raise AssertionError("condition not met within 2 s")


def test_a_client_has_a_bounded_number_of_queries() -> None:
    share = share_of(["w1", "w2"], Clock(), max_per_client=2)
    assert share.acquire("a", timeout_s=1) == "w1"
    waiting = Waiter(share, "a")
    assert waiting.got() == "w2"
    with pytest.raises(TooManyQueries):
        share.acquire("a", timeout_s=1)
    share.release("w1")
    assert share.acquire("b", timeout_s=1) == "w1"  # another address is not refused


def test_a_freed_worker_goes_to_the_client_with_fewest_queries_running() -> None:
    clock = Clock()
    share = share_of(["w1", "w2"], clock)
    assert share.acquire("busy", timeout_s=1) == "w1"
    assert share.acquire("busy", timeout_s=1) == "w2"
    again = Waiter(share, "busy")
    eventually(lambda: share.stats()["waiting"] == 1)
    other = Waiter(share, "other")
    eventually(lambda: share.stats()["waiting"] == 2)
    share.release("w1")  # "busy" asked first, but already has a query running
    assert other.got() == "w1"
    share.release("w2")
    assert again.got() == "w2"


def test_long_clients_never_hold_the_last_worker() -> None:
    clock = Clock()
    share = share_of(["w1", "w2"], clock)
    assert share.acquire("runaway", timeout_s=1) == "w1"
    clock.now += 1.5
    assert share.tick() == []  # long now, but nobody short is waiting: it runs on
    assert share.is_long("runaway")
    share.release("w1")
    clock.now += 5  # still long: the penalty lasts 30 s
    share.release(share.acquire("short", timeout_s=1))  # and a short client is about
    held = share.acquire("runaway", timeout_s=1)
    with pytest.raises(NoWorkerFree) as refused:  # the other is idle, but it is the kept one
        share.acquire("runaway", timeout_s=0.05)
    assert refused.value.long
    kept = share.acquire("short", timeout_s=1)
    assert {held, kept} == {"w1", "w2"}
    clock.now += 60
    share.release(held)
    share.release(kept)
    assert not share.is_long("runaway")  # the penalty is over


def test_a_long_query_on_the_last_worker_is_preempted_for_a_short_one() -> None:
    clock = Clock()
    share = share_of(["w1", "w2"], clock)
    assert share.acquire("a", timeout_s=1) == "w1"
    clock.now += 0.2
    assert share.acquire("b", timeout_s=1) == "w2"
    short = Waiter(share, "c")
    eventually(lambda: share.stats()["waiting"] == 1)
    clock.now += 0.5
    assert share.tick() == []  # neither has run 1 s yet: no preemption
    clock.now += 0.6
    stopped = share.tick()
    assert stopped == ["w2"]  # the most recently started long run
    assert share.release("w2") is False  # taken out: its query must not hand it on
    share.add("w2")  # restarted
    assert short.got() == "w2"
    assert share.release("w1") is True


def test_a_single_worker_has_no_reserve() -> None:
    clock = Clock()
    share = share_of(["w1"], clock)
    assert share.acquire("a", timeout_s=1) == "w1"
    clock.now += 2
    waiting = Waiter(share, "b")
    eventually(lambda: share.stats()["waiting"] == 1)
    assert share.tick() == []
    share.release("w1")
    assert waiting.got() == "w1"
    share.release("w1")
    assert share.acquire("a", timeout_s=1) == "w1"  # long, but alone: it may use the worker


def test_clients_are_forgotten_when_done() -> None:
    clock = Clock()
    share = share_of(["w1"], clock)
    for number in range(100):
        share.release(share.acquire(f"10.0.0.{number}", timeout_s=1))
    assert share.stats()["clients"] == 100  # known for short queries, for a while
    clock.now += 31
    share.tick()
    assert share.stats()["clients"] == 0


def test_a_client_known_for_short_queries_goes_before_an_unknown_one() -> None:
    clock = Clock()
    share = share_of(["w1"], clock)
    share.release(share.acquire("short", timeout_s=1))
    assert share.acquire("holder", timeout_s=1) == "w1"
    unknown = Waiter(share, "unknown")
    eventually(lambda: share.stats()["waiting"] == 1)
    known = Waiter(share, "short")
    eventually(lambda: share.stats()["waiting"] == 2)
    share.release("w1")
    assert known.got() == "w1"
    share.release("w1")
    assert unknown.got() == "w1"


def test_with_nobody_short_about_long_clients_may_use_every_worker() -> None:
    clock = Clock()
    share = share_of(["w1", "w2"], clock)
    assert share.acquire("batch", timeout_s=1) == "w1"
    clock.now += 1.5
    share.tick()
    share.release("w1")  # "batch" is long now, and nobody short has come for a while
    clock.now += 3
    assert {share.acquire("batch", timeout_s=1), share.acquire("batch", timeout_s=1)} == {
        "w1",
        "w2",
    }
    short = Waiter(share, "interactive")
    eventually(lambda: share.stats()["waiting"] == 1)
    (stopped,) = share.tick()  # one long run is stopped for the newcomer
    share.add(stopped)
    assert short.got() == stopped
