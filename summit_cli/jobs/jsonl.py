"""JSON Lines in and out: one article per input line, one brief (or error) per output line.

Input: an object per line with an `id` (a JSON string or number), one of `text`,
`html`, `url` or `path`, and optionally `title`. Output, in input order: the
summit-brief/1 JSON of the article with its `id` first, or
{"id": ..., "error": "...", "exit_code": N}. A bad line becomes such an error
line and the stream goes on.
"""

from __future__ import annotations

import json
import queue
import threading
from typing import IO, Any, Iterator

from ..errors import InputError
from .executor import CRASH_EXIT, TIMEOUT_EXIT, Outcome, Settled
from .work import Done, Payload

CONTENT_FIELDS = ("text", "html", "url", "path")


def _max_line() -> int:
    from ..ingest import MAX_INPUT_BYTES

    return 6 * MAX_INPUT_BYTES  # an article at the input limit, with room for JSON escapes


class Reader:
    """The lines of a stream as Payloads (or Settled errors); `ids` maps each item's index to its id."""

    def __init__(self, stream: IO[bytes]):
        self.stream = stream
        self.ids: dict[int, Any] = {}  # filled as lines are read, emptied as they are written

    def __iter__(self) -> Iterator[Any]:
        index = 0
        number = 0
        limit = _max_line()
        while True:
            line = self.stream.readline(limit + 1)
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while (rest := self.stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the line without holding it
                ident, item = None, _bad(f"line {number}: longer than the {limit}-byte line limit")
            elif not line.strip():
                continue  # a blank line holds no article
            else:
                ident, item = self._item(line, number)
            self.ids[index] = ident
            index += 1
            yield item

    def _item(self, line: bytes, number: int) -> tuple[Any, Any]:
        from ..ingest import MAX_INPUT_BYTES, is_url, load_bytes
        from ..text.normalize import printable

        try:
            row = json.loads(line)
        except ValueError as exc:
            return None, _bad(f"line {number}: not JSON ({exc})")
        if not isinstance(row, dict):
            return None, _bad(f"line {number}: not a JSON object")
        ident = row.get("id")
        if isinstance(ident, bool) or not isinstance(ident, (str, int, float)):
            return None, _bad(f'line {number}: needs an "id" (a string or a number)')
        label = printable(str(ident)) or f"line {number}"
        given = [f for f in CONTENT_FIELDS if f in row]
        if len(given) != 1:
            what = "more than one of" if given else "none of"
            return ident, _bad(f"{label}: has {what} {', '.join(CONTENT_FIELDS)} (give one)")
        field = given[0]
        value, title = row[field], row.get("title")
        if not isinstance(value, str):
            return ident, _bad(f'{label}: "{field}" must be a string')
        if title is not None and not isinstance(title, str):
            return ident, _bad(f'{label}: "title" must be a string')
        if field == "url":
            if not is_url(value):
                return ident, _bad(f'{label}: "url" must be an http(s) URL')
            return ident, Payload(value, title=title)
        if field == "path":
            try:
                return ident, Payload(value, load_bytes(value), title=title)
            except InputError as exc:
                return ident, Settled(Done(None, exc.message, exc.exit_code))
        data = value.encode("utf-8", "replace")
        if len(data) > MAX_INPUT_BYTES:
            return ident, _bad(f"{label}: larger than the {MAX_INPUT_BYTES}-byte input limit")
        if not data.strip():
            return ident, _bad(f"{label}: empty {field}")
        return ident, Payload(label, data, kind=field, name=label, title=title)


def _bad(message: str) -> Settled:
    return Settled(Done(None, message, InputError.exit_code))


class Prefetch:
    """An iterator read ahead in a thread, so results go out while the producer is slow to send more."""

    _END = object()
    PATIENCE = 0.05  # seconds: longer than a thread switch, so only a producer with nothing to send looks idle

    def __init__(self, iterable, size: int = 64):
        self.queue: queue.Queue = queue.Queue(maxsize=size)
        self.next: tuple | None = None  # an entry taken by ready(), handed out by __next__
        self.thread = threading.Thread(target=self._fill, args=(iter(iterable),), daemon=True)
        self.thread.start()

    def _fill(self, iterator) -> None:
        try:
            for item in iterator:
                self.queue.put((True, item))
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            self.queue.put((False, exc))
            return
        self.queue.put((True, self._END))

    def ready(self) -> bool:
        """Would next() return at once (after a moment's patience)?"""
        if self.next is None:
            try:
                self.next = self.queue.get(timeout=self.PATIENCE)
            except queue.Empty:
                return False
        return True

    def __iter__(self):
        return self

    def __next__(self):
        entry, self.next = (self.next or self.queue.get()), None
        ok, item = entry
        if not ok:
            raise item
        if item is self._END:
            self.next = entry  # stay ended
            raise StopIteration
        return item


class Writer:
    """One output line per input, in input order."""

    def __init__(self, stream: IO[bytes], ids: dict[int, Any]):
        self.stream = stream
        self.ids = ids

    def write(self, outcome: Outcome) -> tuple[int, str | None]:
        """Write the line of one input; return its exit code and its error (if any)."""
        ident = self.ids.pop(outcome.index, None)
        code, error, data = _ending(outcome)
        if outcome.kind != "ok":
            error = f"{ident}: {error}"
        head = '{"id": ' + json.dumps(ident, ensure_ascii=False)
        if data is not None:
            body = data.decode("utf-8")
            tail = f', "error": {json.dumps(error, ensure_ascii=False)}, "exit_code": {code}' if code else ""
            line = head + ", " + body[1:-1] + tail + "}"
        else:
            line = head + f', "error": {json.dumps(error, ensure_ascii=False)}, "exit_code": {code}}}'
        self.stream.write(line.encode("utf-8") + b"\n")
        self.stream.flush()
        return code, error


def _ending(outcome: Outcome) -> tuple[int, str | None, bytes | None]:
    if outcome.kind == "timeout":
        return TIMEOUT_EXIT, outcome.failure, None
    if outcome.kind != "ok":
        return CRASH_EXIT, f"internal error: {outcome.failure} (this is a bug)", None
    done: Done = outcome.value
    return done.code, done.error, done.data
