"""Output leaf for batches: one brief file per input and manifest.jsonl, in one folder.

Only the caller writes here (atomically); workers return bytes. The manifest
records, per input, the hash of its bytes, the options and the summit version
its brief was made with, so a later run over the same folder remakes only the
inputs where one of them changed: the others are reported "unchanged".
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterator, Sequence

from .. import __version__
from ..errors import InputError, OutputError
from .executor import CRASH_EXIT, TIMEOUT_EXIT, Outcome, Settled
from .folder import output_names
from .work import Done, Payload, Spec, naming

MANIFEST_NAME = "manifest.jsonl"
UNCHANGED = "unchanged"


@dataclass
class Record:
    input: str
    output: str | None = None
    status: str = "pending"  # ok | unchanged | failed | timeout | crashed
    error: str | None = None
    code: int = 0
    sha256: str | None = None  # of the input's bytes (None for a URL: fetched by the worker)

    def line(self, options: dict) -> str:
        return json.dumps(
            {
                "input": self.input,
                "output": self.output,
                "status": self.status,
                "error": self.error,
                "sha256": self.sha256,
                "options": options,
                "summit": __version__,
            },
            ensure_ascii=False,
        )


def fingerprint(spec: Spec) -> dict:
    """Everything besides the input's bytes and summit's version that decides a brief's bytes."""
    options = {k: v for k, v in sorted(spec.options.items()) if v is not None and k != "taxonomy"}
    options["taxonomy"] = spec.options.get("taxonomy") or "summit"
    if spec.taxonomy_file is not None:
        options["taxonomy_sha256"] = hashlib.sha256(spec.taxonomy_file[1]).hexdigest()
    options.update(
        format=spec.fmt,
        input_format=spec.input_format,
        require=list(spec.require),
        **dataclasses.asdict(spec.render_options),
    )
    if spec.source_date_epoch is not None:
        options["source_date_epoch"] = spec.source_date_epoch
    return options


@dataclass
class OutDir:
    path: str
    spec: Spec
    extension: str
    force: bool = False
    records: list[Record] = field(default_factory=list)

    def __post_init__(self):
        self.options = fingerprint(self.spec)
        self.previous = {} if self.force else _read_manifest(os.path.join(self.path, MANIFEST_NAME))

    def items(self, sources: Sequence[str]) -> Iterator[Any]:
        """Each input as a Payload to make, or Settled (unreadable, or its brief is current)."""
        from ..ingest import is_url, load_bytes

        try:
            os.makedirs(self.path, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot create the folder ({exc.strerror or exc})") from None
        names = output_names(sources, self.extension, taken=[MANIFEST_NAME])
        self.records = [Record(s, os.path.join(self.path, n)) for s, n in zip(sources, names)]
        for record in self.records:
            if is_url(record.input):
                yield Payload(record.input)
                continue
            try:
                data = load_bytes(record.input)
            except InputError as exc:
                yield Settled(Done(None, exc.message, exc.exit_code))
                continue
            record.sha256 = hashlib.sha256(data).hexdigest()
            if self._current(record):
                yield Settled(UNCHANGED)
            else:
                yield Payload(record.input, data)

    def _current(self, record: Record) -> bool:
        before = self.previous.get(record.input)
        return (
            before is not None
            and before.get("status") in ("ok", UNCHANGED)
            and before.get("sha256") == record.sha256
            and before.get("options") == self.options
            and before.get("summit") == __version__
            and before.get("output") == record.output
            and os.path.isfile(record.output)
        )

    def settle(self, outcome: Outcome) -> Record:
        """Write the brief of a finished input (if any) and say how it ended."""
        from ..output import write_atomic

        record = self.records[outcome.index]
        path, record.output = record.output, None
        if outcome.kind == "timeout":
            record.status, record.code = "timeout", TIMEOUT_EXIT
            record.error = f"{record.input}: {outcome.failure}"
            return record
        if outcome.kind in ("crashed", "error"):
            record.status, record.code = "crashed", CRASH_EXIT
            record.error = f"{record.input}: internal error: {outcome.failure} (this is a bug)"
            return record
        if outcome.value == UNCHANGED:
            record.status, record.output = UNCHANGED, path
            return record
        done: Done = outcome.value
        if done.data is not None:
            try:
                write_atomic(path, done.data)
                record.output = path
            except OutputError as exc:
                record.status, record.code, record.error = "failed", exc.exit_code, naming(record.input, exc.message)
                return record
        record.status = "ok" if done.code == 0 else "failed"
        record.code, record.error = done.code, done.error
        return record

    def close(self) -> None:
        """Write the manifest; an interrupted run's unfinished inputs stay "pending"."""
        from ..output import write_atomic

        for record in self.records:
            if record.status == "pending":
                record.output = None
        manifest = "".join(r.line(self.options) + "\n" for r in self.records).encode("utf-8")
        write_atomic(os.path.join(self.path, MANIFEST_NAME), manifest)

    def summary(self) -> str | None:
        """One closing line when something failed, pointing at the manifest."""
        failed = sum(r.status not in ("ok", UNCHANGED) for r in self.records)
        if not failed:
            return None
        return f"{failed} of {len(self.records)} inputs failed; see {os.path.join(self.path, MANIFEST_NAME)}"


def _read_manifest(path: str) -> dict[str, dict]:
    """The previous run's rows by input; a missing or damaged manifest just means: make everything."""
    rows: dict[str, dict] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if isinstance(row, dict) and isinstance(row.get("input"), str):
                    rows[row["input"]] = row
    except (OSError, UnicodeDecodeError):
        pass
    return rows
