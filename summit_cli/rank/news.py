"""The default news ranker: centrality, position, headline similarity.

Every part is computed in time linear in the article's words: centrality is the
cosine of each sentence's tf-idf vector with the article centroid, not a sentence
graph, so a long text costs no more per word than a short one.
"""
from __future__ import annotations

import math
from collections import Counter

from ..text.tokens import content_stems

WEIGHTS = {"centrality": 0.45, "position": 0.35, "title": 0.20}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def rank(doc, name="default"):
    from . import Ranking

    bags = [Counter(content_stems(s, doc.language)) for s in doc.sentences]
    n = len(bags)
    df = Counter(w for bag in bags for w in bag)
    idf = {w: math.log((1 + n) / (1 + d)) + 1.0 for w, d in df.items()}
    vectors = [{w: tf * idf[w] for w, tf in bag.items()} for bag in bags]
    centroid: dict[str, float] = Counter()
    for vec in vectors:
        centroid.update(vec)
    title = Counter(content_stems(doc.title or "", doc.language))
    title_vec = {w: 1.0 for w in title}

    scores, parts = [], []
    for i, vec in enumerate(vectors):
        p = {
            "centrality": _cosine(vec, centroid),
            "position": 1.0 / math.sqrt(1.0 + i),
            "title": _cosine(vec, title_vec) if title_vec else 0.0,
        }
        parts.append(p)
        scores.append(sum(WEIGHTS[k] * v for k, v in p.items()))
    return Ranking(scores, parts)
