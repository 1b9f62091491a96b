"""Batch mode: many inputs, one brief each, in parallel, failures isolated.

Workers only compute: each returns the rendered bytes of one brief, and this
process writes every file (atomically) and the manifest. So a worker that
crashes or is killed for running over its time limit cannot leave half a file
behind, and output names come from the input names alone, never from what an
article says.

The work goes through one small interface, `Executor.map(fn, items, time_limit)`,
yielding an Outcome per item as each finishes. `LocalExecutor` runs it on a pool
of worker processes here; an executor for a cluster (Dask's `client.map` plus
`as_completed`) needs only the same method.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import sys
import time
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence
from urllib.parse import unquote, urlsplit

from .errors import InputError, OutputError, RequirementError, SummitError, UsageError

TIME_LIMIT_SECONDS = 120.0  # per input; a reader or ranker stuck longer than this is killed
MANIFEST_NAME = "manifest.jsonl"
TIMEOUT_EXIT = InputError.exit_code  # an input we could not finish is a bad input
CRASH_EXIT = 1  # a worker dying is a bug, as an internal error is in single mode


# --- the executor interface ----------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    """One item's end: `value` when fn returned, else `failure` says how it died."""

    index: int
    value: Any = None
    failure: str | None = None
    kind: str = "ok"  # ok | error (fn raised) | timeout | crashed (the worker died)


class Executor(Protocol):
    def map(self, fn: Callable[[Any], Any], items: Sequence[Any], time_limit: float | None = None
            ) -> Iterator[Outcome]:
        """Run fn on every item; yield one Outcome per item in the order they finish."""


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _worker_main(fn, conn) -> None:
    # Ctrl-C reaches the whole process group; the parent decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            message = conn.recv()
        except EOFError:
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
        except Exception as exc:  # noqa: BLE001 - an unpicklable result is this item's failure too
            conn.send((index, False, f"result could not be sent back ({type(exc).__name__}: {exc})"))


class _Worker:
    def __init__(self, context, fn):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(fn, child), daemon=True)
        self.process.start()
        child.close()
        self.index: int | None = None
        self.deadline = float("inf")

    def give(self, index: int, item: Any, time_limit: float | None) -> None:
        self.index = index
        self.deadline = time.monotonic() + time_limit if time_limit else float("inf")
        try:
            self.conn.send((index, item))
        except OSError:
            pass  # the worker is gone: its sentinel reports the item as crashed

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
    """Worker processes on this machine; a hung or dead worker is replaced, its item reported."""

    def __init__(self, jobs: int | None = None):
        self.jobs = max(1, jobs or default_jobs())
        # fork shares the already-imported pipeline with the workers (start-up in
        # milliseconds); on macOS and Windows, spawn is the only safe choice.
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self.context = multiprocessing.get_context(method)

    def map(self, fn, items, time_limit=None):
        items = list(items)
        todo = iter(range(len(items)))
        workers: list[_Worker] = []
        try:
            for _ in range(min(self.jobs, len(items))):
                index = next(todo)
                worker = _Worker(self.context, fn)
                worker.give(index, items[index], time_limit)
                workers.append(worker)
            while workers:
                busy = [w for w in workers if w.index is not None]
                timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                             timeout=None if timeout == float("inf") else timeout)
                for worker in list(busy):
                    outcome = self._check(worker, ready, time_limit)
                    if outcome is None:
                        continue
                    yield outcome
                    index = next(todo, None)
                    broken = outcome.kind in ("timeout", "crashed")
                    if index is None or broken:
                        worker.stop(kill=broken)
                        workers.remove(worker)
                    if index is not None:
                        if broken:  # a fresh process for the next item
                            worker = _Worker(self.context, fn)
                            workers.append(worker)
                        worker.give(index, items[index], time_limit)
        finally:
            for worker in workers:
                worker.stop(kill=True)

    @staticmethod
    def _check(worker: _Worker, ready, time_limit) -> Outcome | None:
        index = worker.index
        if worker.conn in ready:
            try:
                _, ok, value = worker.conn.recv()
            except (EOFError, OSError):
                pass  # died while sending: handled as a crash below
            else:
                worker.index = None
                return Outcome(index, value=value) if ok else Outcome(index, failure=value, kind="error")
        if worker.process.sentinel in ready or not worker.process.is_alive():
            worker.process.join(timeout=1)
            code = worker.process.exitcode
            how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
            worker.index = None
            return Outcome(index, failure=f"worker died ({how})", kind="crashed")
        if time.monotonic() >= worker.deadline:
            worker.index = None
            return Outcome(index, failure=f"took longer than the {time_limit:g}-second limit", kind="timeout")
        return None


# --- the batch itself ---------------------------------------------------------------

@dataclass(frozen=True)
class Job:
    """Everything a worker needs for one input; small and picklable."""

    source: str
    input_format: str | None
    options: dict  # make_brief's keyword options
    fmt: str
    render_options: Any  # render.RenderOptions
    require: tuple[str, ...] = ()


@dataclass(frozen=True)
class Done:
    """A worker's answer: the brief's bytes, or the error that stopped it."""

    data: bytes | None
    error: str | None = None
    code: int = 0


def make_one(job: Job) -> Done:
    """Read, analyse and render one input (runs in a worker)."""
    from . import make_brief, render, require as gate

    data = None
    try:
        result = make_brief(job.source, input_format=job.input_format, **job.options)
        data = render.render(result, job.fmt, job.render_options)
        gate.enforce(result, list(job.require), job.source)
    except SummitError as exc:
        # A --require failure still leaves its brief: it was made, it just lacks a category.
        written = data if exc.exit_code == RequirementError.exit_code else None
        return Done(written, _naming(job.source, exc.message), exc.exit_code)
    return Done(data)


def _naming(source: str, message: str) -> str:
    """Every reported failure starts with the input it is about."""
    return message if message.startswith(source) else f"{source}: {message}"


def expand(inputs: Iterable[str], suffixes: Sequence[str], skip: str | None = None) -> list[str]:
    """Files as given; folders walked (sorted, hidden entries and `skip` left out) for article files."""
    out: list[str] = []
    seen: set[str] = set()
    skip = os.path.realpath(skip) if skip else None
    for source in inputs:
        if source == "-":
            raise UsageError("standard input (-) cannot be part of a batch: name files or folders")
        if os.path.isdir(source):
            found = []
            for root, dirs, files in os.walk(source):
                # The output folder inside an input folder holds our briefs, not articles.
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and os.path.realpath(os.path.join(root, d)) != skip)
                found += [os.path.join(root, f) for f in sorted(files)
                          if not f.startswith(".") and f.lower().endswith(tuple(suffixes))]
            if not found:
                raise InputError(f"{source}: folder holds no article files ({', '.join(suffixes)})")
            candidates = found
        else:
            candidates = [source]
        for path in candidates:
            key = path if "://" in path else os.path.normpath(path)
            if key not in seen:
                seen.add(key)
                out.append(path)
    return out


_UNSAFE = re.compile(r"[^\w.-]+")


def stem_of(source: str) -> str:
    """A file-name stem for an input's brief, from the input's own name only."""
    if "://" in source:
        parts = urlsplit(source)
        last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
        stem = (os.path.splitext(last)[0] or last) if last else (parts.hostname or "page")
    else:
        stem = os.path.splitext(os.path.basename(os.path.normpath(source)))[0]
    stem = _UNSAFE.sub("_", stem).strip("._")[:100]
    return stem or "brief"


def output_names(sources: Sequence[str], extension: str) -> list[str]:
    """One file name per input; a stem seen before gets -2, -3... (case-insensitively)."""
    taken = {MANIFEST_NAME.lower()}
    names = []
    for source in sources:
        stem = stem_of(source)
        name, n = f"{stem}{extension}", 1
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}{extension}"
        taken.add(name.lower())
        names.append(name)
    return names


@dataclass
class Record:
    input: str
    output: str | None = None
    status: str = "pending"  # ok | failed | timeout | crashed
    error: str | None = None
    code: int = 0

    def line(self) -> str:
        return json.dumps({"input": self.input, "output": self.output, "status": self.status,
                           "error": self.error}, ensure_ascii=False)


@dataclass
class Batch:
    inputs: Sequence[str]
    out_dir: str
    fmt: str
    extension: str
    input_format: str | None
    options: Any
    render_options: Any
    require: tuple[str, ...] = ()
    time_limit: float | None = TIME_LIMIT_SECONDS
    records: list[Record] = field(default_factory=list)

    def run(self, executor: Executor, report: Callable[[str], None] = lambda line: None,
            progress: Callable[[int, int, int], None] | None = None) -> int:
        """Make every brief; report each failure as one line; return the worst exit code.

        `progress(done, total, failed)` is called as inputs finish, a few times a second at most.
        """
        from .output import write_atomic

        sources = expand(self.inputs, _suffixes(), skip=self.out_dir)
        _warm(self.fmt)
        try:
            os.makedirs(self.out_dir, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.out_dir}: cannot create the folder ({exc.strerror or exc})") from None
        names = output_names(sources, self.extension)
        self.records = [Record(s) for s in sources]
        jobs = [Job(s, self.input_format, self.options, self.fmt, self.render_options, self.require)
                for s in sources]
        done = failed = 0
        shown = 0.0
        if progress is not None:
            progress(0, len(jobs), 0)
        try:
            for outcome in executor.map(make_one, jobs, self.time_limit):
                record = self.records[outcome.index]
                self._settle(record, outcome, os.path.join(self.out_dir, names[outcome.index]), write_atomic)
                done += 1
                failed += record.status != "ok"
                if record.error:
                    report(record.error)
                # Eyes need a few redraws a second; a 10,000-file feed need not make 10,000.
                if progress is not None and (time.monotonic() - shown >= 0.1 or done == len(jobs) or record.error):
                    shown = time.monotonic()
                    progress(done, len(jobs), failed)
        finally:
            # Even an interrupted run says what it did: unfinished inputs stay "pending".
            manifest = "".join(r.line() + "\n" for r in self.records).encode("utf-8")
            write_atomic(os.path.join(self.out_dir, MANIFEST_NAME), manifest)
        return max((r.code for r in self.records), default=0)

    def summary(self) -> str | None:
        """One closing line when something failed, pointing at the manifest."""
        failed = sum(r.status != "ok" for r in self.records)
        if not failed:
            return None
        return (f"{failed} of {len(self.records)} inputs failed; see "
                f"{os.path.join(self.out_dir, MANIFEST_NAME)}")

    @staticmethod
    def _settle(record: Record, outcome: Outcome, path: str, write) -> None:
        if outcome.kind == "timeout":
            record.status, record.code = "timeout", TIMEOUT_EXIT
            record.error = f"{record.input}: {outcome.failure}"
            return
        if outcome.kind in ("crashed", "error"):
            record.status, record.code = "crashed", CRASH_EXIT
            record.error = f"{record.input}: internal error: {outcome.failure} (this is a bug)"
            return
        done: Done = outcome.value
        if done.data is not None:
            try:
                write(path, done.data)
                record.output = path
            except OutputError as exc:
                record.status, record.code, record.error = "failed", exc.exit_code, _naming(record.input, exc.message)
                return
        record.status = "ok" if done.code == 0 else "failed"
        record.code, record.error = done.code, done.error


def _warm(fmt: str) -> None:
    """Import the analysis and the writer once here, so forked workers start with them loaded."""
    import importlib

    from . import pipeline, render  # noqa: F401

    importlib.import_module(f".render.{render.FORMATS[fmt][0]}", __package__)


def _suffixes() -> tuple[str, ...]:
    from .ingest import ARTICLE_SUFFIXES

    return ARTICLE_SUFFIXES
