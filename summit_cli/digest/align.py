"""Alignment: which sentences of different sources say the same thing.

Sentences become tf-idf vectors over content-word stems; candidate pairs come from
one sparse product, through an inverted index, over the terms rare enough to tell
facts apart, so the work grows with the number of sentences that really share
words, not with the square of all sentences. It is plain Python, as the news ranker
is: importing numpy and scipy would cost more than digesting eight articles.

A term in more than `cap` sentences ("Putin" in every report of a summit) never
makes a pair on its own; it still counts in the similarity of a pair that rarer
terms proposed. Pairs at or above the threshold are joined greedily, the most
similar first, and two groups join only when their sentences are that similar on
average (average link: a lead sentence naming the same two presidents must not
chain into the group of another lead through one shared member), and a group never
takes two sentences of one source: a fact an outlet repeats is not a second outlet
reporting it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Sequence

from ..text.tokens import content_stems

SAME = 0.5  # cosine of tf-idf stem vectors at which two sentences say the same thing
CAP_MIN = 64  # a term in at most this many sentences (or two per source) proposes pairs


def vectors(texts: Sequence[str], language: str = "english") -> tuple[list[dict[str, float]], Counter]:
    """Unit-length tf-idf vectors (term -> weight) of the texts' content stems, and each term's df."""
    bags = [Counter(content_stems(text, language)) for text in texts]
    df: Counter = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(texts)
    units = []
    for bag in bags:
        vec = {t: (1.0 + math.log(c)) * (math.log((1.0 + n) / (1.0 + df[t])) + 1.0) for t, c in bag.items()}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        units.append({t: w / norm for t, w in vec.items()})
    return units, df


def similar_pairs(
    units: Sequence[dict[str, float]], df: Counter, owners: Sequence[int], threshold: float, cap: int
) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for i < j of different owners whose cosine reaches the threshold.

    The product over rare terms runs through an inverted index (each text meets only
    the earlier texts that share one of its rare terms). The common terms add at most
    |common_i| |common_j| (Cauchy-Schwarz), so a pair that cannot reach the threshold
    even so is never looked at again.
    """
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    common = [{t: w for t, w in u.items() if df[t] > cap} for u in units]
    common_norm = [math.sqrt(sum(w * w for w in c.values())) for c in common]
    pairs = []
    for j, unit in enumerate(units):
        partial: dict[int, float] = defaultdict(float)
        rare = [(t, w) for t, w in unit.items() if df[t] <= cap]
        for t, w in rare:
            for i, wi in postings[t]:
                partial[i] += w * wi
            postings[t].append((j, w))
        for i, dot in partial.items():
            if owners[i] == owners[j] or dot + common_norm[i] * common_norm[j] < threshold:
                continue
            cosine = dot + sum(w * common[i].get(t, 0.0) for t, w in common[j].items())
            if cosine >= threshold:
                pairs.append((i, j, cosine))
    return pairs


def groups(
    texts: Sequence[str],
    owners: Sequence[int],
    language: str = "english",
    threshold: float = SAME,
    keys: Sequence[object] | None = None,
) -> list[int]:
    """A group number per text: texts of different owners that say the same thing share one.

    `keys`, when given, must agree for two groups to join (a quote's speaker): a group
    holds at most one key, and a text whose key is None joins any group.
    Group numbers are the smallest text position in the group.
    """
    n = len(texts)
    parent = list(range(n))
    if n < 2:
        return parent
    units, df = vectors(texts, language)
    cap = max(CAP_MIN, 2 * len(set(owners)))
    pairs = similar_pairs(units, df, owners, threshold, cap)
    pairs.sort(key=lambda p: (-p[2], p[0], p[1]))
    members: dict[int, set[int]] = {k: {owners[k]} for k in range(n)}
    # The sum of a group's unit vectors: sum_a . sum_b / (|a| |b|) is the mean cosine
    # over every pair across two groups, in time linear in their terms.
    sums: dict[int, dict[str, float]] = {k: dict(units[k]) for k in range(n)}
    sizes = [1] * n
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
        small, big = sorted((sums[a], sums[b]), key=len)
        if sum(w * big.get(t, 0.0) for t, w in small.items()) < threshold * sizes[a] * sizes[b]:
            continue
        a, b = min(a, b), max(a, b)
        parent[b] = a
        members[a] |= members.pop(b)
        merged = big
        for t, w in small.items():
            merged[t] = merged.get(t, 0.0) + w
        sums[a] = merged
        del sums[b]
        sizes[a] += sizes[b]
        key_of[a] = key_of[a] if key_of[a] is not None else key_of[b]
    return [root(k) for k in range(n)]
