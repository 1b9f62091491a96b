"""The executor interface, and the one loop that feeds any executor from a stream of items.

An executor runs one function on items handed to it one at a time and reports
each item's end as an Outcome:

    submit(index, item)   start an item (called only while fewer than `capacity` are running)
    collect()             block until at least one running item has ended; return their Outcomes
    close()               stop everything still running

`LocalExecutor` (processes on this machine) and `DaskExecutor` (a Dask cluster)
are the two. `results()` pulls items lazily, so a stream of any length is never
held whole; in ordered mode it also keeps at most `window` items between the
oldest unreported one and the newest started, so memory stays bounded even
behind one slow input.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Protocol

from ..errors import InputError

TIME_LIMIT_SECONDS = 120.0  # per input; a reader or ranker stuck longer than this is stopped
TIMEOUT_EXIT = InputError.exit_code  # an input we could not finish is a bad input
CRASH_EXIT = 1  # a worker dying is a bug, as an internal error is in single mode


@dataclass(frozen=True)
class Outcome:
    """One item's end: `value` when the function returned, else `failure` says how it ended."""

    index: int
    value: Any = None
    failure: str | None = None
    kind: str = "ok"  # ok | error (the function raised) | timeout | crashed (the worker died)


@dataclass(frozen=True)
class Settled:
    """An item whose value is known without running it (an unreadable file, an unchanged brief)."""

    value: Any


class Executor(Protocol):
    capacity: int

    def submit(self, index: int, item: Any) -> None: ...

    def collect(self) -> list[Outcome]: ...

    def close(self) -> None: ...


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def results(
    executor: Executor, items: Iterable[Any], ordered: bool = False, window: int | None = None
) -> Iterator[Outcome]:
    """Run every item; yield Outcomes as they end, or in input order when `ordered`.

    A `Settled` item is reported without running. When the items come from a slow
    producer (a pipe), an iterator with a `ready()` method says whether taking the
    next item would block, so finished results are reported meanwhile.
    """
    window = window or executor.capacity * 4
    source = iter(enumerate(items))
    ready = getattr(items, "ready", None)
    held: dict[int, Outcome] = {}
    running = 0
    started = 0  # items taken from the source
    reported = 0  # in ordered mode: every index below this has been yielded
    exhausted = False

    def reportable() -> Iterator[Outcome]:
        nonlocal reported
        if not ordered:
            yield from held.values()
            held.clear()
        while reported in held:
            yield held.pop(reported)
            reported += 1

    try:
        while True:
            while not exhausted and running < executor.capacity and (not ordered or started - reported < window):
                if running and ready is not None and not ready():
                    break  # report what is finished rather than wait for input
                try:
                    index, item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                started += 1
                if isinstance(item, Settled):
                    held[index] = Outcome(index, value=item.value)
                    yield from reportable()
                else:
                    executor.submit(index, item)
                    running += 1
            if not running:
                if exhausted:
                    return
                continue
            for outcome in executor.collect():
                running -= 1
                held[outcome.index] = outcome
            yield from reportable()
    finally:
        executor.close()
