"""Readers: one per kind of input, each returning the same Article."""
from __future__ import annotations

import hashlib
import os
import sys

from ..errors import InputError
from ..model import Article
from ..text.normalize import printable

MAX_INPUT_BYTES = 50 * 1024 * 1024


def load_bytes(source: str, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """Bytes of a file, or of stdin for '-'; an InputError names what went wrong."""
    if source == "-":
        if sys.stdin is None:  # started with stdin closed (`summit brief - <&-`)
            raise InputError("-: standard input is closed")
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        if os.path.isdir(source):
            raise InputError(f"{source}: is a directory")
        try:
            with open(source, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{source}: no such file") from None
        except PermissionError:
            raise InputError(f"{source}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{source}: larger than the {max_bytes}-byte input limit")
    if not data.strip():
        raise InputError(f"{source}: empty input")
    return data


def read(source: str, input_format: str | None = None) -> Article:
    from . import text

    data = load_bytes(source)
    # A file name is not text we chose: undecodable bytes or control characters in it
    # must not break a UTF-8 writer or the brief's layout.
    name = "stdin" if source == "-" else printable(os.path.basename(source))
    article = text.read(data, name)
    return _with_hash(article, data)


def _with_hash(article: Article, data: bytes) -> Article:
    from dataclasses import replace

    return replace(article, sha256=hashlib.sha256(data).hexdigest())
