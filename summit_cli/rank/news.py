"""The default news ranker: centrality, position, headline, redundancy control.

Every step costs time linear in the article's words (sparse term counts per
sentence and one inverted index); no n x n sentence graph is ever built. It is
plain Python on purpose: importing numpy costs more than ranking a whole article,
and a brief of one article is what users run most.

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

import math
from collections import Counter, defaultdict

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


def _scaled(values: list[float]) -> list[float]:
    top = max(values, default=0.0)
    return [x / top for x in values] if top > 0 else [0.0] * len(values)


def rank(doc, name="default", params=None):
    from . import Ranking

    p = {**PARAMS, **(params or {})}
    n = len(doc.sentences)
    bags = [Counter(content_stems(s, doc.language)) for s in doc.sentences]
    norms = [math.sqrt(sum(c * c for c in bag.values())) for bag in bags]
    units = [{t: c / norm for t, c in bag.items()} if norm else {} for bag, norm in zip(bags, norms)]

    # Sum over j != i of tf_i . tf_j, i.e. tf_i . (article - tf_i): linear in the words.
    article: Counter = Counter()
    for bag in bags:
        article.update(bag)
    degree = [sum(c * (article[t] - c) for t, c in bag.items()) for bag in bags]
    lengths = [sum(bag.values()) for bag in bags]
    centrality = _scaled([d / max(length, 1) ** p["length_power"] for d, length in zip(degree, lengths)])

    headline = set(content_stems(doc.title or "", doc.language)) & set(article)
    title = [0.0] * n
    if headline:
        scale = 1.0 / math.sqrt(len(headline))
        title = [scale * sum(u.get(t, 0.0) for t in headline) for u in units]

    parts = {
        "centrality": [p["w_centrality"] * x for x in centrality],
        "position": [p["w_position"] / (1.0 + i) ** p["position_power"] for i in range(n)],
        "title": [p["w_title"] * x for x in title],
    }
    base = [sum(values[i] for values in parts.values()) for i in range(n)]
    penalty = _mmr(base, units, p["mmr"], p["mmr_from"])
    out_parts = [{k: values[i] for k, values in parts.items()} | {"redundancy": -penalty[i] or 0.0}
                 for i in range(n)]
    return Ranking([b - q for b, q in zip(base, penalty)], out_parts)


def _mmr(base, units, weight, start):
    """Greedy maximal marginal relevance: each sentence's penalty when it was picked.

    A candidate's value only falls as picks accumulate, so base minus penalty ranks
    the sentences in pick order, and select() needs nothing MMR-specific. Sentences
    not picked within MMR_PICKS keep the penalty they had at the end.
    """
    n = len(base)
    penalty = [0.0] * n
    if weight <= 0 or n < 2:
        return penalty
    postings = defaultdict(list)  # term -> [(sentence, unit weight)]
    for i, unit in enumerate(units):
        for t, w in unit.items():
            postings[t].append((i, w))
    max_sim = [0.0] * n
    picked = [False] * n
    for _ in range(min(n, MMR_PICKS)):
        best = max((i for i in range(n) if not picked[i]), key=lambda i: (base[i] - weight * max_sim[i], -i))
        picked[best] = True
        penalty[best] = weight * max_sim[best]
        sim: dict[int, float] = defaultdict(float)
        for t, w in units[best].items():
            for j, wj in postings[t]:
                sim[j] += w * wj
        for j, s in sim.items():
            max_sim[j] = max(max_sim[j], max(0.0, (s - start) / (1.0 - start)))
    for i in range(n):
        if not picked[i]:
            penalty[i] = weight * max_sim[i]
    return penalty
