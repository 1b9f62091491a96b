"""A sentence's words as cues see them, and where a cue matches.

A cue is a word or a phrase matched on Snowball stems (so "offer" finds "offered",
"offering", and "security guarantee" finds "security guarantees"); "word*" matches any
ending. A negative prefix does not hide a word's topic: "unacceptable" is about what is
acceptable, "unconditional" about conditions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"\w+(?:['’]\w+)*")
PHRASE_GAP = 2  # words allowed between the words of a phrase cue


@dataclass(frozen=True)
class Cue:
    label: str
    weight: float
    parts: tuple[tuple[bool, str], ...]  # (is_prefix, stem or prefix) per word


def compile_cue(label: str, stem, weight: float = 1.0) -> Cue:
    parts = tuple((True, w[:-1].lower()) if w.endswith("*") else (False, stem(w.lower())) for w in label.split())
    return Cue(label, weight, parts)


class Words:
    """Tokens, their lower-case forms and stems, and where each stem stands."""

    def __init__(self, text: str, stem):
        self.text = text
        self.tokens = list(TOKEN.finditer(text))
        self.words = [m.group(0) for m in self.tokens]
        self.lower = [w.lower() for w in self.words]
        self.stems = [stem(w.replace("’", "'")) for w in self.lower]
        self.base = [w[2:] if w.startswith("un") and len(w) >= 7 else w for w in self.lower]
        # A token joined to the one before by a hyphen is part of one compound word
        # ("Russia-Ukraine", "long-term"), one word in a phrase's gap.
        self.joined = [
            i > 0 and text[self.tokens[i - 1].end() : m.start()] in ("-", "‑") for i, m in enumerate(self.tokens)
        ]
        self.lowered = " ".join(self.lower)  # a prefix cue absent from it cannot start a token
        self.base_stems = [
            stem(b.replace("’", "'")) if b != w else s for b, w, s in zip(self.base, self.lower, self.stems)
        ]
        self.at: dict[str, list[int]] = {}
        for i, (st, bs) in enumerate(zip(self.stems, self.base_stems)):
            self.at.setdefault(st, []).append(i)
            if bs != st:
                self.at.setdefault(bs, []).append(i)


def hits(cue: Cue, p: Words) -> list[int]:
    """Token positions where the cue starts."""
    return [span[0] for span in spans(cue, p)]


def spans(cue: Cue, p: Words) -> list[tuple[int, ...]]:
    """The token positions of each match of the cue. The words of a phrase may have up to
    PHRASE_GAP words between them ("lift some sanctions" matches "lift sanctions"); a
    hyphenated compound is one word ("end the Russia-Ukraine war" matches "end war")."""
    out: list[tuple[int, ...]] = []
    first_pre, first = cue.parts[0]
    if first_pre:
        if first not in p.lowered:
            return out
        starts = [i for i, (w, b) in enumerate(zip(p.lower, p.base)) if w.startswith(first) or b.startswith(first)]
    else:
        starts = p.at.get(first, [])
    for i in starts:
        at, matched = i, [i]
        for pre, v in cue.parts[1:]:
            gap, found = 0, None
            for j in range(at + 1, len(p.stems)):
                if p.lower[j].startswith(v) if pre else p.stems[j] == v:
                    found = j
                    break
                gap += not (j + 1 < len(p.stems) and p.joined[j + 1])
                if gap > PHRASE_GAP:
                    break
            if found is None:
                break
            at = found
            matched.append(found)
        else:
            out.append(tuple(matched))
    return out
