"""The job function every executor calls: one input's bytes in, its brief's bytes or an error out.

It runs in a worker (a local process, a Dask worker's sandbox): it touches no
output folder and reads no file of the caller's machine. Everything it needs
travels with it, small and picklable: the run's `Spec` (the same for every
input) and one `Payload` (an input's bytes, or a URL the worker fetches).
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import Any

from ..errors import RequirementError, SummitError

JSON_LINE = "jsonl"  # the compact JSON brief of one line of a --jsonl stream


@dataclass(frozen=True)
class Spec:
    """What every input of a run is made with."""

    options: dict  # make_brief's keyword options
    fmt: str  # a render format, or JSON_LINE
    render_options: Any  # render.RenderOptions
    require: tuple[str, ...] = ()
    input_format: str | None = None
    # A --taxonomy FILE travels as (base name, bytes): a cluster worker has no copy of it.
    taxonomy_file: tuple[str, bytes] | None = None
    # DOCX and PDF are dated from it; the caller's value, wherever the job runs.
    source_date_epoch: str | None = None


@dataclass(frozen=True)
class Payload:
    """One input: its bytes (read by the caller), or a URL that the worker fetches."""

    source: str  # how messages name it: the path as given, the URL, or a JSON Lines id
    data: bytes | None = None
    kind: str | None = None  # a reader forced by the input itself (a JSON Lines "html" field)
    name: str | None = None  # the brief's source name when not the file's base name
    title: str | None = None


@dataclass(frozen=True)
class Done:
    """A brief's bytes, or the error that stopped it (a --require failure has both)."""

    data: bytes | None
    error: str | None = None
    code: int = 0


def make(spec: Spec, payload: Payload) -> Done:
    """Read, analyse and render one input."""
    from .. import ingest, make_brief, require as gate

    data = None
    try:
        _use_date(spec.source_date_epoch)
        options = dict(spec.options, taxonomy=_taxonomy(spec))
        if payload.title:
            options["title"] = payload.title
        kind = payload.kind or spec.input_format
        if payload.data is None:
            article = ingest.read(payload.source, kind)
        else:
            article = ingest.from_bytes(payload.data, payload.source, kind, payload.name)
        brief = make_brief(article, **options)
        data = _render(brief, spec)
        gate.enforce(brief, list(spec.require), payload.source)
    except SummitError as exc:
        # A --require failure still leaves its brief: it was made, it just lacks a category.
        kept = data if exc.exit_code == RequirementError.exit_code else None
        return Done(kept, naming(payload.source, exc.message), exc.exit_code)
    return Done(data)


def call(job: tuple[Spec, Payload]) -> Done:
    """make() for executors that hand over one object per item."""
    return make(*job)


def naming(source: str, message: str) -> str:
    """Every reported failure starts with the input it is about."""
    return message if message.startswith(source) else f"{source}: {message}"


def _render(brief, spec: Spec) -> bytes:
    from .. import render

    if spec.fmt == JSON_LINE:
        import json

        from ..render import json_

        return json.dumps(json_.to_dict(brief, spec.render_options.explain), ensure_ascii=False).encode("utf-8")
    return render.render(brief, spec.fmt, spec.render_options)


def _use_date(value: str | None) -> None:
    # Workers are processes of their own (forked, or a cluster's), so this never leaks into the caller.
    if value is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = value


_taxonomy_dir: str | None = None


def _taxonomy(spec: Spec) -> str | None:
    """The taxonomy option, with a file's bytes written out where this machine lacks that very file."""
    global _taxonomy_dir
    path = spec.options.get("taxonomy")
    if spec.taxonomy_file is None:
        return path
    name, data = spec.taxonomy_file
    if path and _same_file(path, data):
        return path
    if _taxonomy_dir is None:
        _taxonomy_dir = tempfile.mkdtemp(prefix="summit-taxonomy-")
        atexit.register(shutil.rmtree, _taxonomy_dir, True)
    # Named by content, keeping the base name (the taxonomy's default name comes from it).
    folder = os.path.join(_taxonomy_dir, hashlib.sha256(data).hexdigest()[:16])
    copy = os.path.join(folder, name)
    if not os.path.exists(copy):
        os.makedirs(folder, exist_ok=True)
        with open(copy, "wb") as fh:
            fh.write(data)
    return copy


def _same_file(path: str, data: bytes) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read() == data
    except OSError:
        return False
