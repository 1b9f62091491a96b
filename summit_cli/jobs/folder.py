"""Input leaf for batches: files and folders named on the command line, read by the caller.

The caller reads every file and sends its bytes, so a worker (on a cluster, too)
needs no view of this machine's disk. A URL is the exception: the worker fetches it.
"""

from __future__ import annotations

import os
import re
from typing import Iterable, Sequence
from urllib.parse import unquote, urlsplit

from ..errors import InputError, UsageError

_UNSAFE = re.compile(r"[^\w.-]+")


def expand(inputs: Iterable[str], suffixes: Sequence[str], skip: str | None = None) -> list[str]:
    """Files as given; folders walked (sorted, hidden entries and `skip` left out) for article files."""
    out: list[str] = []
    seen: set[str] = set()
    skip = os.path.realpath(skip) if skip else None
    for source in inputs:
        if source == "-":
            raise UsageError(
                "standard input (-) cannot be part of a batch: name files or folders "
                "(or stream JSON Lines with --jsonl -)"
            )
        if os.path.isdir(source):
            found = []
            for root, dirs, files in os.walk(source):
                # The output folder inside an input folder holds our briefs, not articles.
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and os.path.realpath(os.path.join(root, d)) != skip
                )
                found += [
                    os.path.join(root, f)
                    for f in sorted(files)
                    if not f.startswith(".") and f.lower().endswith(tuple(suffixes))
                ]
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


def output_names(sources: Sequence[str], extension: str, taken: Iterable[str] = ()) -> list[str]:
    """One file name per input; a stem seen before gets -2, -3... (case-insensitively)."""
    taken = {name.lower() for name in taken}
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


def suffixes() -> tuple[str, ...]:
    from ..ingest import ARTICLE_SUFFIXES

    return ARTICLE_SUFFIXES
