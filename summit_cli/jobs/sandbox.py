"""Jobs on a cluster worker, each in a child process of its own under a time limit.

A Dask worker runs tasks in threads, and a thread stuck in a reader cannot be
stopped. So a task hands its inputs to a child process (one per worker thread,
kept for the next task) and kills it when an input runs past its limit or
takes the child down: the input is reported, the worker goes on. The child is
started with subprocess, not multiprocessing, because Dask's worker processes
are daemons and multiprocessing refuses them children.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection, wait

from .executor import Outcome
from .local import Worker, serve


class _Child:
    """A subprocess.Popen with the multiprocessing.Process calls that Worker uses."""

    def __init__(self, fd: int):
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "summit_cli.jobs.sandbox", str(fd)], pass_fds=(fd,), stdin=subprocess.DEVNULL
        )

    def is_alive(self) -> bool:
        return self.popen.poll() is None

    def join(self, timeout=None) -> None:
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            pass

    @property
    def exitcode(self):
        return self.popen.poll()

    def kill(self) -> None:
        self.popen.kill()


def _worker() -> Worker:
    """A started child, once it has imported summit (so its start-up is not charged to an input)."""
    ours, theirs = socket.socketpair()
    with theirs:
        child = _Child(theirs.fileno())
    worker = Worker(Connection(ours.detach()), child)
    try:
        if worker.conn.poll(START_SECONDS) and worker.conn.recv() == READY:
            return worker
    except (EOFError, OSError):
        pass
    worker.stop(kill=True)
    raise RuntimeError(f"summit's worker process did not start (exit status {child.popen.poll()})")


START_SECONDS = 60
READY = "ready"
_local = threading.local()


def run(jobs: list, time_limit: float | None) -> list[Outcome]:
    """Outcomes of `work.call` on each (index, job), every job in this thread's child process."""
    outcomes = []
    for index, job in jobs:
        worker = getattr(_local, "worker", None)
        if worker is None:
            try:
                worker = _local.worker = _worker()
            except RuntimeError as exc:
                outcomes.append(Outcome(index, failure=str(exc), kind="crashed"))
                continue
        worker.give(index, job, time_limit)
        outcome = None
        while outcome is None:
            ready = wait([worker.conn], timeout=1.0)  # wake now and then to notice the deadline
            outcome = worker.check(ready, time_limit)
        if outcome.kind in ("timeout", "crashed"):
            worker.stop(kill=True)
            _local.worker = None
        outcomes.append(outcome)
    return outcomes


def main() -> None:
    from .. import pipeline, render  # noqa: F401 - loaded before the first input's clock starts
    from .work import call

    conn = Connection(int(sys.argv[1]))
    conn.send(READY)
    serve(call, conn)


if __name__ == "__main__":
    main()
