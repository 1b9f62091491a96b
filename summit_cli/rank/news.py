"""The default news ranker: directed centrality, position, headline, redundancy control.

All of it runs on one sparse term matrix kept as numpy arrays of its non-zeros
(row, column, weight), so every step costs time linear in the article's words:

- centrality: how much of the rest of the article a sentence's words cover, the sum
  of its dot products with every other sentence (degree centrality), computed as one
  product with the article's term vector instead of an n x n graph. As in PacSum,
  overlap with *later* sentences counts more than overlap with earlier ones: news
  states a point, then elaborates it. Dividing by a sub-linear function of length
  keeps long sentences from winning just by being long.
- position: news puts the essentials first.
- title: tf-idf cosine with the headline, when there is one.
- redundancy: greedy MMR, each pick is penalised by its cosine with the sentences
  already picked, for the first MMR_PICKS picks (linear: one sparse pass per pick).
"""
from __future__ import annotations

import numpy as np

from ..text.tokens import content_stems

# One setting for all news (see the knob table in the closing notes of issue 4).
PARAMS = {
    "idf": True,           # weigh terms by inverse sentence frequency
    "length_power": 0.5,   # centrality / (content words ** power)
    "forward": 0.7,        # share of centrality from overlap with later sentences
    "position_power": 0.5,  # position prior 1 / (1 + i) ** power
    "w_centrality": 0.55,
    "w_position": 0.30,
    "w_title": 0.15,
    "mmr": 0.35,           # redundancy penalty (0 turns MMR off)
}
MMR_PICKS = 64


def _matrix(doc):
    """Non-zeros of the sentence x term count matrix, and each sentence's length."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, sentence in enumerate(doc.sentences):
        for stem in content_stems(sentence, doc.language):
            rows.append(i)
            cols.append(vocab.setdefault(stem, len(vocab)))
    n, v = len(doc.sentences), max(len(vocab), 1)
    key = np.asarray(rows, dtype=np.int64) * v + np.asarray(cols, dtype=np.int64)
    key, counts = np.unique(key, return_counts=True)
    lengths = np.bincount(np.asarray(rows, dtype=np.int64), minlength=n).astype(float)
    return key // v, key % v, counts.astype(float), lengths, vocab


def _scaled(x: np.ndarray) -> np.ndarray:
    top = x.max() if x.size else 0.0
    return x / top if top > 0 else np.zeros_like(x)


def _directed_overlap(rows, cols, w, n):
    """For each sentence: dot products with all earlier and with all later sentences.

    Sorting the non-zeros by (term, sentence) and taking running sums per term gives,
    for each non-zero, the term's weight in the earlier sentences: no n x n matrix.
    """
    order = np.lexsort((rows, cols))
    c, wo = cols[order], w[order]
    running = np.cumsum(wo)
    starts = np.r_[0, np.flatnonzero(np.diff(c)) + 1]
    group_start = np.repeat(starts, np.diff(np.r_[starts, len(c)]))
    before_sorted = running - wo - np.where(group_start > 0, running[group_start - 1], 0.0)
    before = np.empty_like(w)
    before[order] = before_sorted
    total = np.bincount(cols, weights=w)
    after = total[cols] - before - w
    earlier = np.bincount(rows, weights=w * before, minlength=n)
    later = np.bincount(rows, weights=w * after, minlength=n)
    return earlier, later


def rank(doc, name="default", params=None):
    from . import Ranking

    p = {**PARAMS, **(params or {})}
    n = len(doc.sentences)
    rows, cols, tf, lengths, vocab = _matrix(doc)
    if p["idf"]:
        df = np.bincount(cols, minlength=len(vocab))
        idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
        w = tf * idf[cols]
    else:
        idf = np.ones(len(vocab))
        w = tf
    norms = np.sqrt(np.bincount(rows, weights=w * w, minlength=n))
    unit = w / np.where(norms > 0, norms, 1.0)[rows]

    earlier, later = _directed_overlap(rows, cols, w, n)
    centrality = (p["forward"] * later + (1.0 - p["forward"]) * earlier)
    centrality /= np.maximum(lengths, 1.0) ** p["length_power"]
    centrality = _scaled(np.maximum(centrality, 0.0))

    position = 1.0 / (1.0 + np.arange(n)) ** p["position_power"]

    title_vec = np.zeros(len(vocab))
    for stem in content_stems(doc.title or "", doc.language):
        if stem in vocab:
            title_vec[vocab[stem]] = idf[vocab[stem]]
    title = np.zeros(n)
    if title_vec.any():
        title = np.bincount(rows, weights=unit * title_vec[cols], minlength=n) / np.linalg.norm(title_vec)

    parts = {
        "centrality": p["w_centrality"] * centrality,
        "position": p["w_position"] * position,
        "title": p["w_title"] * title,
    }
    base = sum(parts.values())
    penalty = _mmr(base, rows, cols, unit, n, len(vocab), p["mmr"])
    scores = base - penalty
    out_parts = [{k: float(v[i]) for k, v in parts.items()} | {"redundancy": float(-penalty[i])}
                 for i in range(n)]
    return Ranking([float(s) for s in scores], out_parts)


def _mmr(base, rows, cols, unit, n, v, weight):
    """Greedy maximal marginal relevance: each sentence's penalty when it was picked.

    A candidate's score only falls as picks accumulate, so the scores minus these
    penalties rank the sentences in pick order.
    """
    penalty = np.zeros(n)
    if weight <= 0 or n < 2:
        return penalty
    max_sim = np.zeros(n)
    picked = np.zeros(n, dtype=bool)
    row_starts = np.searchsorted(rows, np.arange(n + 1))
    for _ in range(min(n, MMR_PICKS)):
        value = np.where(picked, -np.inf, base - weight * max_sim)
        best = int(np.argmax(value))
        picked[best] = True
        penalty[best] = weight * max_sim[best]
        vec = np.zeros(v)
        lo, hi = row_starts[best], row_starts[best + 1]
        vec[cols[lo:hi]] = unit[lo:hi]
        sim = np.bincount(rows, weights=unit * vec[cols], minlength=n)
        np.maximum(max_sim, sim, out=max_sim)
    rest = ~picked
    penalty[rest] = weight * max_sim[rest]
    return penalty
