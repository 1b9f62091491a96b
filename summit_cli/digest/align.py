"""Alignment: which sentences of different sources say the same thing.

Sentences become tf-idf vectors over content-word stems; candidate pairs come from
one sparse product over the terms that are rare enough to tell facts apart, so the
work grows with the number of sentences that really share words, not with the square
of all sentences. A term in more than `cap` sentences ("Putin" in every report of
a summit) never makes a pair on its own; it still counts in the similarity of a pair
that rarer terms proposed. Pairs at or above the threshold are joined greedily, the
most similar first, and a group never takes two sentences of one source: a fact an
outlet repeats is not a second outlet reporting it.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Sequence

from ..text.tokens import content_stems

SAME = 0.5  # cosine of tf-idf stem vectors at which two sentences say the same thing
CAP_MIN = 64  # a term in at most this many sentences (or two per source) proposes pairs


def vectors(texts: Sequence[str], language: str = "english"):
    """Row-normalised tf-idf vectors (scipy CSR) of the texts' content stems, and each term's df."""
    import numpy as np
    from scipy import sparse

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        for term, count in Counter(content_stems(text, language)).items():
            rows.append(i)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append(1.0 + math.log(count))
    n = len(texts)
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)), dtype=np.float64)
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(vocab))
    x = x @ sparse.diags(np.log((1.0 + n) / (1.0 + df)) + 1.0)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ x), df


def similar_pairs(x, df, owners: Sequence[int], threshold: float, cap: int):
    """(i, j, cosine) for i < j of different owners whose cosine reaches the threshold."""
    import numpy as np
    from scipy import sparse

    rare = np.flatnonzero(df <= cap)
    xr = x[:, rare]
    candidates = sparse.triu(xr @ xr.T, k=1).tocoo()
    i, j = candidates.row, candidates.col
    owner = np.asarray(owners)
    keep = owner[i] != owner[j]
    i, j = i[keep], j[keep]
    if not len(i):
        return []
    cosine = np.asarray(x[i].multiply(x[j]).sum(axis=1)).ravel()
    hit = cosine >= threshold
    return list(zip(i[hit].tolist(), j[hit].tolist(), cosine[hit].tolist()))


def groups(texts: Sequence[str], owners: Sequence[int], language: str = "english", threshold: float = SAME,
           keys: Sequence[object] | None = None) -> list[int]:
    """A group number per text: texts of different owners that say the same thing share one.

    `keys`, when given, must agree for two groups to join (a quote's speaker): a group
    holds at most one key, and a text whose key is None joins any group.
    Group numbers are the smallest text position in the group.
    """
    n = len(texts)
    parent = list(range(n))
    if n < 2:
        return parent
    x, df = vectors(texts, language)
    cap = max(CAP_MIN, 2 * len(set(owners)))
    pairs = similar_pairs(x, df, owners, threshold, cap)
    pairs.sort(key=lambda p: (-p[2], p[0], p[1]))
    members: dict[int, set[int]] = {k: {owners[k]} for k in range(n)}
    key_of = list(keys) if keys is not None else [None] * n  # per group root

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, j, _ in pairs:
        a, b = root(i), root(j)
        if a == b or members[a] & members[b]:
            continue
        if key_of[a] is not None and key_of[b] is not None and key_of[a] != key_of[b]:
            continue
        a, b = min(a, b), max(a, b)
        parent[b] = a
        members[a] |= members.pop(b)
        key_of[a] = key_of[a] if key_of[a] is not None else key_of[b]
    return [root(k) for k in range(n)]
