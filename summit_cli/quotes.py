"""Direct quotes and who said them."""
from __future__ import annotations

import re

from .model import Quote, Sentence

# The body excludes the opening mark too: a run of unclosed “ must not rescan to the end
# of the sentence from each one (quadratic).
_QUOTE = re.compile(r"“([^“”]{8,})”|\"([^\"]{8,})\"")
SPEAKER_WINDOW = 120  # characters either side of a quote where its speaker is named
_VERBS = r"(?:said|says|stated|added|told|noted|warned|asked|replied|declared|insisted|wrote|explained|stressed)"
_NAME = r"((?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){0,3}|the\s+\w+(?:\s+\w+)?|he|she|they)"
_AFTER = [
    re.compile(rf"^[\s,]*{_NAME}\s+{_VERBS}\b"),
    re.compile(rf"^[\s,]*{_VERBS}\s+{_NAME}"),
]
_BEFORE = re.compile(rf"{_NAME}\s+{_VERBS}(?:\s+\w+){{0,3}}\s*[:,]?\s*$")


def _speaker(before: str, after: str) -> str | None:
    for pattern in _AFTER:
        m = pattern.match(after)
        if m:
            return m.group(1)
    m = _BEFORE.search(before)
    return m.group(1) if m else None


def extract(sentences: list[Sentence]) -> tuple[Quote, ...]:
    out = []
    for sent in sentences:
        for m in _QUOTE.finditer(sent.text):
            text = (m.group(1) or m.group(2)).strip().rstrip(",")
            if len(text.split()) < 3:
                continue
            # A speaker stands next to the quote; searching all of a 20,000-letter run
            # before it for a name is quadratic, so look only nearby.
            speaker = _speaker(sent.text[max(0, m.start() - SPEAKER_WINDOW): m.start()],
                               sent.text[m.end(): m.end() + SPEAKER_WINDOW])
            if speaker and speaker.lower() in {"he", "she", "they"}:
                speaker = None
            out.append(Quote(sent.index, text, speaker))
    return tuple(out)
