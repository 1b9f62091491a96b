"""Atomic writes: a reader of the target sees the old file or the whole new one."""

from __future__ import annotations

import os
import stat
import tempfile

from .errors import OutputError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_through(path: str, data: bytes) -> None:
    try:
        with open(path, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def write_atomic(path: str, data: bytes) -> None:
    if os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path):
        # -o /dev/stdout, a FIFO, a device: a stream, not a file to replace (renaming
        # over it would destroy the FIFO, or /dev/stdout when run as root).
        return _write_through(path, data)
    target = os.path.realpath(path)  # through a symlink, never over it
    directory = os.path.dirname(target)
    if not os.path.isdir(directory):
        raise OutputError(f"{path}: folder {directory} does not exist")
    if os.path.isdir(path):
        raise OutputError(f"{path}: is a directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".summit-", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes 0600 files; a brief is an ordinary document, but one replacing
        # a file keeps that file's mode (a private brief stays private).
        os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode) if os.path.exists(target) else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException as exc:  # Ctrl-C included: never leave the temp file behind
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def deliver(data: bytes, output: str | None, binary: bool, fmt: str) -> None:
    """The document to -o FILE (atomically), else to stdout (never binary onto a terminal)."""
    import sys

    from .errors import UsageError

    if output and output != "-":
        return write_atomic(output, data)
    if binary and sys.stdout.isatty():
        raise UsageError(f"{fmt} is binary: write it with -o FILE or redirect stdout")
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:  # `> file` on a full disk: an output error, not a bug
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        raise OutputError(f"standard output: cannot write ({exc.strerror or exc})") from None
