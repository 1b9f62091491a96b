"""What the reader-facing formats print: a brief that is brief.

The analysis (summary, every category's points, every quote) stays whole in the JSON.
The formats people read get a selection from it, sized by the article's length:

- every article sentence is printed at most once: a summary sentence that is also a
  key point carries its categories as a tag and is only referred to under them; a point
  of several categories is printed under the one where it ranks highest;
- each category prints its top points by score, in article order;
- the quotes section holds the few quotes that matter: a named speaker, words from a
  sentence the ranker rates, one quote per speaker before a second, none already printed.
"""

from __future__ import annotations

from collections.abc import Sequence

import math
from typing import Hashable, TypeVar

from .model import Bullet, Quote, Scored, Shown

K = TypeVar("K", bound=Hashable)  # what identifies a key point: a sentence index, an aligned group
Q = TypeVar("Q")

# Summary sentences for an article of W words: sqrt(W) / 7, so about 2-3 for 300 words,
# 4-5 for 1,000 and 6-7 for 2,000; a long report stops at MAX_SUMMARY.
SUMMARY_SCALE = 7.0
MAX_SUMMARY = 10
# Points printed per category, and quotes: sqrt(W) / 16, at least one (1 up to about 560 words, 2 up to
# 1,600, 3 up to 3,100): chosen so that list items and quotes stay near 0.3 of a news article's words
# (benchmarks/brief_length.py).
POINTS_SCALE = 16.0
QUOTES_SCALE = 16.0
MAX_POINTS = 6
MAX_QUOTES = 5
QUOTE_MIN_WORDS = 5  # "counting on America" is a phrase, not a quote worth its own line


def _grows(words: int, scale: float, top: int) -> int:
    return max(1, min(top, math.floor(math.sqrt(max(words, 0)) / scale + 0.5)))


def summary_length(words: int) -> int:
    """The default number of summary sentences for an article of this many words."""
    return _grows(words, SUMMARY_SCALE, MAX_SUMMARY)


def points_cap(words: int) -> int:
    return _grows(words, POINTS_SCALE, MAX_POINTS)


def quotes_cap(words: int) -> int:
    return _grows(words, QUOTES_SCALE, MAX_QUOTES)


def _named(speaker: str | None) -> int:
    """2 for a name ("Tetiana Harkavenko"), 1 for a description ("the source"), 0 for nobody."""
    if not speaker:
        return 0
    return 1 if speaker.split()[0].lower() in {"the", "a", "an"} or not speaker[:1].isupper() else 2


def plan(
    summary: tuple[Scored, ...],
    leads: dict[int, tuple[int, ...]],
    speakers: dict[int, str],
    sentences,
    category_ids: list[str],
    key_points,
    quotes: tuple[Quote, ...],
    quote_spans: list[tuple[int, int]],
    scores: Sequence[float],
    words: int,
) -> Shown:
    """The reader's selection from the full analysis (see the module's docstring)."""
    member: dict[int, list[str]] = {}
    for cid, points in zip(category_ids, key_points):
        for p in points:
            member.setdefault(p.index, []).append(cid)

    printed: set[int] = set()
    bullets = []
    for s in summary:
        lead = leads.get(s.index, ())
        cats = [c for c in category_ids if any(c in member.get(i, ()) for i in (*lead, s.index))]
        bullets.append(Bullet(s, tuple(sentences[i] for i in lead), speakers.get(s.index), tuple(cats)))
        printed.update((*lead, s.index))

    placed, elsewhere_keys = place_points(
        [[p.index for p in points] for points in key_points], printed, points_cap(words)
    )
    by_index = {p.index: p for points in key_points for p in points}
    shown_points = [
        tuple(Bullet(by_index[i], categories=tuple(category_ids[o] for o in others)) for i, others in sorted(mine))
        for mine in placed
    ]
    elsewhere = [tuple(sorted(keys)) for keys in elsewhere_keys]

    return Shown(
        tuple(bullets),
        tuple(shown_points),
        tuple(elsewhere),
        _salient_quotes(quotes, quote_spans, printed, scores, quotes_cap(words)),
    )


def place_points(
    points: Sequence[Sequence[K]], printed: set[K], cap: int
) -> tuple[list[list[tuple[K, tuple[int, ...]]]], list[list[K]]]:
    """Which category prints each point (by key), every point at most once.

    Per category, in the order given: its points printed under it, each with the
    positions of the other categories whose top points it is also among, and its
    points printed elsewhere. A category's top points are its first `cap` not yet
    printed; a point several categories have is printed under the one where it ranks
    highest. `printed` (what the summary printed) gains the points placed.
    """
    tops = [[k for k in keys if k not in printed][:cap] for keys in points]
    rank_in: dict[K, list[tuple[int, int]]] = {}
    for c, top in enumerate(tops):
        for r, k in enumerate(top):
            rank_in.setdefault(k, []).append((r, c))
    owner = {k: min(ranks)[1] for k, ranks in rank_in.items()}
    placed = []
    for c, top in enumerate(tops):
        mine = [k for k in top if owner[k] == c]
        placed.append([(k, tuple(o for _, o in sorted(rank_in[k], key=lambda x: x[1]) if o != c)) for k in mine])
        printed.update(mine)
    # After every category is placed: a point past a category's cap that a later category
    # prints is printed elsewhere as much as one an earlier category prints.
    elsewhere = [
        list(dict.fromkeys(k for k in keys if k in printed and owner.get(k) != c)) for c, keys in enumerate(points)
    ]
    return placed, elsewhere


def _salient_quotes(quotes, spans, printed: set[int], scores: Sequence[float], cap: int) -> tuple[Quote, ...]:
    candidates = [
        (q, q.speaker, q.text, scores[first])
        for q, (first, last) in sorted(zip(quotes, spans), key=lambda qs: qs[1][0])
        if not any(k in printed for k in range(first, last + 1))
    ]
    return tuple(sorted(salient_quotes(candidates, cap), key=lambda q: q.index))


def salient_quotes(candidates: Sequence[tuple[Q, str | None, str, float]], cap: int) -> list[Q]:
    """The quotes worth a line of their own, best first: a named speaker (a description
    such as "the source" after every name), at least QUOTE_MIN_WORDS words, the most
    salient first, one per speaker before anyone's second.

    `candidates`: (quote, speaker, text, salience) in reading order, none already printed."""
    fit = [c for c in candidates if _named(c[1]) and len(c[2].split()) >= QUOTE_MIN_WORDS]
    fit.sort(key=lambda c: (-_named(c[1]), -c[3]))  # stable: ties keep reading order
    chosen: list[Q] = []
    speakers: set[str | None] = set()
    for second_round in (False, True):
        for q, speaker, _, _ in fit:
            if len(chosen) == cap:
                break
            if q in chosen or (not second_round and speaker in speakers):
                continue
            chosen.append(q)
            speakers.add(speaker)
    return chosen
