"""The default news ranker: centrality, position, headline, redundancy control.

All of it runs on one sparse sentence x term matrix kept as numpy arrays of its
non-zeros (row, column, weight), so every step costs time linear in the article's
words; no n x n sentence graph is ever built.

- centrality: degree centrality, the sum of a sentence's term overlaps with every
  other sentence (what Reduction and TextRank reward), computed as one product with
  the article's term vector. It is divided by a gentle power of the sentence's
  length so that a long sentence does not win just by being long.
- position: news puts the essentials first.
- title: cosine with the headline, when there is one.
- redundancy: greedy MMR; each pick is penalised by its highest cosine with the
  sentences picked before it (one sparse pass per pick, for the first MMR_PICKS).

The weights are one setting for all news, chosen on a whole corpus, not per article;
the knobs tried and how much they mattered are in the project's notes on issue 4.
"""
from __future__ import annotations

import numpy as np

from ..text.tokens import content_stems

PARAMS = {
    "length_power": 0.3,    # centrality / (content words ** power)
    "position_power": 0.5,  # position prior 1 / (1 + i) ** power
    "w_centrality": 0.6,
    "w_position": 0.3,
    "w_title": 0.1,
    "mmr": 0.5,             # redundancy penalty at cosine 1 (0 turns MMR off)
    "mmr_from": 0.6,        # cosine below which a sentence is not redundant at all
}
MMR_PICKS = 64


def _matrix(doc):
    """Non-zeros of the sentence x term count matrix (sorted by sentence) and lengths."""
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


def rank(doc, name="default", params=None):
    from . import Ranking

    p = {**PARAMS, **(params or {})}
    n = len(doc.sentences)
    rows, cols, tf, lengths, vocab = _matrix(doc)
    v = max(len(vocab), 1)
    norms = np.sqrt(np.bincount(rows, weights=tf * tf, minlength=n))
    unit = tf / np.where(norms > 0, norms, 1.0)[rows]

    # Sum over j != i of tf_i . tf_j, i.e. tf_i . (article - tf_i): linear in the words.
    article = np.bincount(cols, weights=tf, minlength=v)
    degree = np.bincount(rows, weights=tf * (article[cols] - tf), minlength=n)
    centrality = _scaled(degree / np.maximum(lengths, 1.0) ** p["length_power"])

    position = 1.0 / (1.0 + np.arange(n)) ** p["position_power"]

    headline = np.zeros(v)
    for stem in content_stems(doc.title or "", doc.language):
        if stem in vocab:
            headline[vocab[stem]] = 1.0
    title = np.zeros(n)
    if headline.any():
        title = np.bincount(rows, weights=unit * headline[cols], minlength=n) / np.linalg.norm(headline)

    parts = {
        "centrality": p["w_centrality"] * centrality,
        "position": p["w_position"] * position,
        "title": p["w_title"] * title,
    }
    base = sum(parts.values())
    penalty = _mmr(base, rows, cols, unit, n, v, p["mmr"], p["mmr_from"])
    scores = base - penalty
    out_parts = [{k: float(x[i]) for k, x in parts.items()} | {"redundancy": -float(penalty[i]) or 0.0}
                 for i in range(n)]
    return Ranking([float(s) for s in scores], out_parts)


def _mmr(base, rows, cols, unit, n, v, weight, start):
    """Greedy maximal marginal relevance: each sentence's penalty when it was picked.

    A candidate's value only falls as picks accumulate, so base minus penalty ranks
    the sentences in pick order, and select() needs nothing MMR-specific. Sentences
    not picked within MMR_PICKS keep the penalty they had at the end.
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
        np.maximum(max_sim, np.clip((sim - start) / (1.0 - start), 0.0, None), out=max_sim)
    rest = ~picked
    penalty[rest] = weight * max_sim[rest]
    return penalty
