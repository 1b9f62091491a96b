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

from .model import Bullet, Quote, Scored, Shown

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

    cap = points_cap(words)
    tops = [[p for p in points if p.index not in printed][:cap] for points in key_points]
    rank_in: dict[int, list[tuple[int, int]]] = {}
    for c, top in enumerate(tops):
        for r, p in enumerate(top):
            rank_in.setdefault(p.index, []).append((r, c))
    owner = {i: min(ranks)[1] for i, ranks in rank_in.items()}
    shown_points, elsewhere = [], []
    for c, (points, top) in enumerate(zip(key_points, tops)):
        mine = sorted((p for p in top if owner[p.index] == c), key=lambda p: p.index)
        shown_points.append(
            tuple(
                Bullet(
                    p,
                    categories=tuple(
                        category_ids[o] for _, o in sorted(rank_in[p.index], key=lambda x: x[1]) if o != c
                    ),
                )
                for p in mine
            )
        )
        others = {p.index for p in points if p.index in printed} | {p.index for p in top if owner[p.index] != c}
        elsewhere.append(tuple(sorted(others)))
        printed.update(p.index for p in mine)

    return Shown(
        tuple(bullets),
        tuple(shown_points),
        tuple(elsewhere),
        _salient_quotes(quotes, quote_spans, printed, scores, quotes_cap(words)),
    )


def _salient_quotes(quotes, spans, printed: set[int], scores: list[float], cap: int) -> tuple[Quote, ...]:
    candidates = [
        (q, first)
        for q, (first, last) in zip(quotes, spans)
        if _named(q.speaker)
        and len(q.text.split()) >= QUOTE_MIN_WORDS
        and not any(k in printed for k in range(first, last + 1))
    ]
    candidates.sort(key=lambda qf: (-_named(qf[0].speaker), -scores[qf[1]], qf[1]))
    chosen, speakers = [], set()
    for second_round in (False, True):
        for q, _first in candidates:
            if len(chosen) == cap:
                break
            if q in chosen or (not second_round and q.speaker in speakers):
                continue
            chosen.append(q)
            speakers.add(q.speaker)
    return tuple(sorted(chosen, key=lambda q: q.index))
