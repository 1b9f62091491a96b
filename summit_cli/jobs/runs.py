"""The two batch runs of `summit brief`: a folder of briefs (--out-dir) and a JSON Lines stream (--jsonl).

Both are one loop: an input leaf yields items, an executor makes them with
work.make, an output leaf writes what comes back. Only this process writes.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Callable, Iterable, Sequence

from .. import console
from ..errors import InputError, OutputError
from .executor import TIME_LIMIT_SECONDS, Executor, Settled, results
from .work import JSON_LINE, Spec


def spec(
    options: dict, fmt: str, render_options, require: Sequence[str], input_format: str | None, json_lines: bool = False
) -> Spec:
    """The run's Spec; a taxonomy file and SOURCE_DATE_EPOCH travel in it, for workers elsewhere."""
    from ..group.taxonomy import read

    taxonomy_file = None
    data, label = read(options.get("taxonomy"))
    if label == options.get("taxonomy") and os.path.exists(label):  # a file, not a built-in name
        taxonomy_file = (os.path.basename(label), data)
    return Spec(
        options,
        JSON_LINE if json_lines else fmt,
        render_options,
        tuple(require),
        input_format,
        taxonomy_file,
        os.environ.get("SOURCE_DATE_EPOCH"),
    )


def executor(jobs: int | None, scheduler: str | None, fmt: str, time_limit: float | None = None) -> Executor:
    """A Dask cluster when a scheduler is named, else worker processes here."""
    time_limit = time_limit or TIME_LIMIT_SECONDS
    if scheduler:
        from .cluster import DaskExecutor

        return DaskExecutor(scheduler, time_limit)
    from .local import LocalExecutor
    from .work import call

    return LocalExecutor(call, jobs, time_limit, warm=lambda: _warm(fmt))


def _jobs(spec: Spec, items: Iterable) -> Iterable:
    """What the job function takes, (spec, payload), for every item that has to be made."""
    return (item if isinstance(item, Settled) else (spec, item) for item in items)


def folder(
    inputs: Sequence[str],
    out_dir: str,
    spec: Spec,
    extension: str,
    make_executor: Callable[[], Executor],
    force: bool = False,
) -> int:
    """One brief per input in out_dir; returns the worst failure's exit code (0: none)."""
    from .folder import expand, suffixes
    from .outdir import OutDir

    sources = expand(inputs, suffixes(), skip=out_dir)
    target = OutDir(out_dir, spec, extension, force)
    total, done, failed, shown = len(sources), 0, 0, 0.0
    pool = make_executor()
    try:
        console.progress(0, total, "briefs")
        for outcome in results(pool, _jobs(spec, target.items(sources))):
            record = target.settle(outcome)
            done += 1
            if record.error:
                failed += 1
                console.progress_end()  # the error line must not land on the bar
                console.error(record.error)
            # Eyes need a few redraws a second; a 10,000-file feed need not make 10,000.
            if time.monotonic() - shown >= 0.1 or done == total or record.error:
                shown = time.monotonic()
                console.progress(done, total, f"briefs{f' ({failed} failed)' if failed else ''}")
    finally:
        console.progress_end()
        if target.records:  # even an interrupted run says what it did
            target.close()
    if target.summary():
        console.error(target.summary())
    return max((r.code for r in target.records), default=0)


def jsonl(path: str, spec: Spec, make_executor: Callable[[], Executor]) -> int:
    """A brief (or an error) per JSON Lines input line, on stdout in input order; returns the worst exit code."""
    from .jsonl import Prefetch, Reader, Writer

    stream = _open(path)
    reader = Reader(stream)
    writer = Writer(sys.stdout.buffer, reader.ids)
    worst = 0
    pool = make_executor()
    try:
        for outcome in results(pool, Prefetch(_jobs(spec, reader)), ordered=True):
            try:
                code, error = writer.write(outcome)
            except OSError as exc:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
                if isinstance(exc, BrokenPipeError):
                    return worst  # the reader went away (`| head`): not our failure, nothing to say
                raise OutputError(f"standard output: cannot write ({exc.strerror or exc})") from None
            if error:
                console.error(error)
                worst = max(worst, code)
    finally:
        stream.close()
    return worst


def _open(path: str):
    if path == "-":
        if sys.stdin is None:
            raise InputError("-: standard input is closed")
        # A file of our own on the same descriptor: a forked worker closes sys.stdin as it starts,
        # which would wait forever on the lock that our reading thread holds.
        return open(os.dup(sys.stdin.fileno()), "rb")
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory (--jsonl reads a file of JSON Lines)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _warm(fmt: str) -> None:
    """Import the analysis and the writer once here, so forked workers start with them loaded."""
    import importlib

    from .. import pipeline, render  # noqa: F401 - imported for the forked workers

    module = "json_" if fmt == JSON_LINE else render.FORMATS[fmt][0]
    importlib.import_module(f"..render.{module}", __package__)
