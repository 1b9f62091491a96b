"""A Dask distributed cluster as an executor (the optional `dask` extra).

The caller sends each input's bytes with its job, so workers need summit (the
same version) but no shared file system. Inputs travel in small chunks, one
Dask task each, to keep the scheduler's per-task cost (about a millisecond)
small beside an article's; on the worker each input runs in a child process
under the time limit (sandbox.py), so a hanging or crashing input costs only itself.
"""

from __future__ import annotations

import logging
from typing import Any

from .. import __version__
from ..errors import NetworkError, UsageError
from .executor import Outcome
from .sandbox import run as run_in_sandbox

CHUNK = 16  # inputs per Dask task
CONNECT_SECONDS = 10
ENV = "SUMMIT_SCHEDULER"


def _summit_version():
    # Runs on each worker (shipped by value): which summit, if any, is installed there.
    try:
        import summit_cli
    except ImportError:
        return None
    return summit_cli.__version__


class DaskExecutor:
    def __init__(self, address: str, time_limit: float | None = None):
        try:
            from distributed import Client, as_completed
        except ImportError:
            raise UsageError("--scheduler needs Dask: pip install 'summit-cli[dask]'") from None
        # Dask logs connection retries and worker churn; our messages say what matters.
        logging.getLogger("distributed").setLevel(logging.ERROR)
        try:
            self.client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise NetworkError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
        try:
            self.client.wait_for_workers(1, timeout=CONNECT_SECONDS)
            versions = self.client.run(_summit_version)
        except (OSError, TimeoutError) as exc:
            self.client.close()
            raise NetworkError(f"the Dask scheduler at {address} has no workers ({exc})") from None
        wrong = sorted(
            f"{worker} ({version or 'no summit'})" for worker, version in versions.items() if version != __version__
        )
        if wrong:
            self.client.close()
            raise UsageError(
                f"Dask workers must run summit {__version__} (pip install summit-cli[dask] there); "
                f"these do not: {', '.join(wrong)}"
            )
        threads = sum(self.client.nthreads().values())
        # Two chunks per worker thread: one running, one ready, so no worker waits on us.
        self.capacity = max(1, threads) * CHUNK * 2
        self.time_limit = time_limit
        self.pending: list[tuple[int, Any]] = []
        self.futures: dict[Any, list[int]] = {}
        self.done = as_completed(loop=self.client.loop)

    def submit(self, index: int, item: Any) -> None:
        self.pending.append((index, item))
        if len(self.pending) >= CHUNK:
            self._send()

    def _send(self) -> None:
        future = self.client.submit(run_in_sandbox, self.pending, self.time_limit, pure=False)
        self.futures[future] = [index for index, _ in self.pending]
        self.done.add(future)
        self.pending = []

    def collect(self) -> list[Outcome]:
        if self.pending:
            self._send()
        outcomes: list[Outcome] = []
        for future in self.done.next_batch(block=True):
            indexes = self.futures.pop(future)
            try:
                outcomes += future.result()
            except Exception as exc:  # noqa: BLE001 - the task itself failed (a lost worker): its inputs did
                outcomes += [
                    Outcome(i, failure=f"Dask task failed ({type(exc).__name__}: {exc})", kind="crashed")
                    for i in indexes
                ]
        return outcomes

    def close(self) -> None:
        if self.futures:
            self.client.cancel(list(self.futures))
        self.futures = {}
        self.client.close()
