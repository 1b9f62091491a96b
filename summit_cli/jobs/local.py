"""Worker processes on this machine; a hung or dead worker is replaced and its item reported."""

from __future__ import annotations

import multiprocessing
import signal
import sys
import time
from multiprocessing.connection import Connection, wait
from typing import Any, Callable

from .executor import Outcome, default_jobs


def serve(fn: Callable[[Any], Any], conn: Connection, parent_end: Connection | None = None) -> None:
    """A worker's loop: (index, item) in, (index, ok, value or failure) out, until None or EOF."""
    # Ctrl-C reaches the whole process group; the parent decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent_end is not None:
        parent_end.close()  # a forked copy of the parent's end would hide the EOF of a parent that was killed
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if message is None:
            return
        index, item = message
        try:
            result = (index, True, fn(item))
        except Exception as exc:  # noqa: BLE001 - reported as this item's failure
            result = (index, False, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(result)
        except OSError:  # the parent is gone
            return
        except Exception as exc:  # noqa: BLE001 - an unpicklable result is this item's failure too
            conn.send((index, False, f"result could not be sent back ({type(exc).__name__}: {exc})"))


class Worker:
    """One process serving items over a pipe, with the deadline of the item it holds."""

    def __init__(self, conn: Connection, process):
        """`process` has the multiprocessing.Process calls: is_alive, join, exitcode, kill."""
        self.conn = conn
        self.process = process
        self.index: int | None = None
        self.deadline = float("inf")

    def give(self, index: int, item: Any, time_limit: float | None) -> None:
        self.index = index
        self.deadline = time.monotonic() + time_limit if time_limit else float("inf")
        try:
            self.conn.send((index, item))
        except OSError:
            pass  # the worker is gone: its end is reported as a crash by check()

    def check(self, ready, time_limit: float | None) -> Outcome | None:
        """The held item's Outcome if it has ended (answered, died, or ran out of time), else None."""
        index = self.index
        if self.conn in ready:
            try:
                _, ok, value = self.conn.recv()
            except (EOFError, OSError):  # died while sending, or before
                self.index = None
                return Outcome(index, failure=f"worker died ({self.death()})", kind="crashed")
            else:
                self.index = None
                return Outcome(index, value=value) if ok else Outcome(index, failure=value, kind="error")
        if not self.alive():
            self.index = None
            return Outcome(index, failure=f"worker died ({self.death()})", kind="crashed")
        if time.monotonic() >= self.deadline:
            self.index = None
            return Outcome(index, failure=f"took longer than the {time_limit:g}-second limit", kind="timeout")
        return None

    def alive(self) -> bool:
        return self.process.is_alive()

    def death(self) -> str:
        self.process.join(timeout=1)
        code = self.process.exitcode
        return f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class LocalExecutor:
    """Up to `jobs` worker processes, started as items arrive, each item under `time_limit` seconds."""

    def __init__(
        self,
        fn: Callable[[Any], Any],
        jobs: int | None = None,
        time_limit: float | None = None,
        warm: Callable[[], None] | None = None,
    ):
        self.fn = fn
        self.capacity = max(1, jobs or default_jobs())
        self.time_limit = time_limit
        self.warm = warm
        # fork shares the already-imported pipeline with the workers (start-up in
        # milliseconds); on macOS and Windows, spawn is the only safe choice.
        self.context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.idle: list[Worker] = []
        self.busy: list[Worker] = []

    def _start(self) -> Worker:
        conn, child = self.context.Pipe()
        process = self.context.Process(target=serve, args=(self.fn, child, conn), daemon=True)
        process.start()
        child.close()
        return Worker(conn, process)

    def submit(self, index: int, item: Any) -> None:
        if self.idle:
            worker = self.idle.pop()
        else:
            if self.warm is not None:  # imported once here, so every forked worker starts with it loaded
                self.warm()
                self.warm = None
            worker = self._start()
        worker.give(index, item, self.time_limit)
        self.busy.append(worker)

    def collect(self) -> list[Outcome]:
        outcomes: list[Outcome] = []
        while not outcomes and self.busy:
            timeout = max(0.0, min(w.deadline for w in self.busy) - time.monotonic())
            ready = wait(
                [w.conn for w in self.busy] + [w.process.sentinel for w in self.busy],
                timeout=None if timeout == float("inf") else timeout,
            )
            for worker in list(self.busy):
                outcome = worker.check(ready, self.time_limit)
                if outcome is None:
                    continue
                outcomes.append(outcome)
                self.busy.remove(worker)
                if outcome.kind in ("timeout", "crashed"):
                    worker.stop(kill=True)  # a fresh process takes the next item
                else:
                    self.idle.append(worker)
        return outcomes

    def close(self) -> None:
        for worker in self.busy:
            worker.stop(kill=True)
        for worker in self.idle:
            worker.stop()
        self.busy, self.idle = [], []
