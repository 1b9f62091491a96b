"""Messages on stderr: one line per problem; colour and progress only for a person watching.

stdout carries data only (the brief, JSON, tables). Everything said to the user goes
through here, so the rules live in one place: no colour and no progress when stderr
is not a terminal, when NO_COLOR is set (https://no-color.org), or with --quiet,
which also silences everything but errors.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

PREFIX = "summit: "
_quiet = False


def set_quiet(value: bool) -> None:
    global _quiet
    _quiet = bool(value)


def quiet() -> bool:
    return _quiet


def _for_a_person() -> bool:
    stream = sys.stderr
    return (
        not _quiet
        and not os.environ.get("NO_COLOR")
        and os.environ.get("TERM") != "dumb"
        and hasattr(stream, "isatty")
        and stream.isatty()
    )


def use_color() -> bool:
    return _for_a_person()


def show_progress() -> bool:
    return _for_a_person()


def _paint(text: str, code: str) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if use_color() else text


def error(message: str) -> None:
    """One problem, one line (newlines in the message are folded)."""
    _line(_paint(PREFIX.rstrip(), "1;31") + " " + _one_line(message))


def warn(message: str) -> None:
    if not _quiet:
        _line(_paint(PREFIX.rstrip(), "33") + " " + _one_line(message))


def info(message: str) -> None:
    if not _quiet:
        _line(PREFIX + _one_line(message))


def progress(done: int, total: int, label: str) -> None:
    """A counter redrawn in place; nothing at all unless a person is watching."""
    if show_progress():
        sys.stderr.write(f"\r\x1b[2K{label} {done}/{total}")
        sys.stderr.flush()


def progress_end() -> None:
    if show_progress():
        sys.stderr.write("\r\x1b[2K")
        sys.stderr.flush()


@contextmanager
def working(label: str, delay: float = 1.5, every: float = 1.0) -> Iterator[None]:
    """Say how long one piece of long work has run ("briefing big.txt 12 s"), redrawn in
    place: nothing for work done within `delay`, nothing at all unless a person is watching."""
    if not show_progress():
        yield
        return
    done = threading.Event()
    start = time.monotonic()

    def tick() -> None:
        if done.wait(delay):
            return
        while not done.is_set():
            sys.stderr.write(f"\r\x1b[2K{label} {time.monotonic() - start:.0f} s")
            sys.stderr.flush()
            done.wait(every)

    ticker = threading.Thread(target=tick, daemon=True)
    ticker.start()
    try:
        yield
    finally:
        done.set()
        ticker.join()
        if time.monotonic() - start >= delay:
            progress_end()


def _one_line(message: str) -> str:
    # A path or an article's text in a message must not break the line or drive the terminal.
    from .text.normalize import printable

    return printable(" ".join(str(message).split("\n")).strip())


def _line(text: str) -> None:
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # stderr gone: nothing left to tell
