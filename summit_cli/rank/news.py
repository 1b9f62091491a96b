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

A summary of a few sentences of a long article is the lead's job more than a
summary of half of it is, so a second set of parts, the short summary's, is
blended in as the share of the article asked for falls (lead_share): a steep
position prior measured in summary lengths, and centrality over the sentences
that follow: what the rest of the story elaborates.

The weights are one setting for all news, not per article. The short summary's
were fitted on the odd-numbered half of two corpora with different kinds of
reference (long extractive summaries, short highlights) and checked on the other
half (benchmarks/fit_ranker.py); the long summary's are those fitted before on the
extractive corpus alone, and lead_full/lead_none sit between the two corpora's shares.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from ..text.tokens import content_stems

PARAMS = {
    "length_power": 0.3,  # centrality / (content words ** power)
    "position_power": 0.5,  # position prior 1 / (1 + i) ** power
    "w_centrality": 0.6,
    "w_position": 0.3,
    "w_title": 0.1,
    "mmr": 0.5,  # redundancy penalty at cosine 1 (0 turns MMR off)
    "mmr_from": 0.6,  # cosine below which a sentence is not redundant at all
    # The short summary's parts, blended in by the lead share: 1 at or below
    # lead_full of the article's sentences asked for, 0 at or above lead_none.
    "lead_full": 0.3,
    "lead_none": 0.4,
    "short_centrality": 1.0,  # weight of centrality over the sentences that follow
    "short_length_power": 0.6,
    "backward": 0.0,  # minus this share of the overlap with earlier sentences
    "w_lead": 1.5,  # steep prior exp(-i / (lead_reach * summary length))
    "lead_reach": 0.33,
}
MMR_PICKS = 64


def _scaled(values: list[float]) -> list[float]:
    top = max(values, default=0.0)
    return [x / top for x in values] if top > 0 else [0.0] * len(values)


def lead_share(wanted: int | None, n: int, p: dict) -> float:
    """1 for a summary that is a small part of the article, 0 for a large part."""
    if not wanted or n == 0:
        return 0.0
    ratio = wanted / n
    if ratio <= p["lead_full"]:
        return 1.0
    if ratio >= p["lead_none"]:
        return 0.0
    return (p["lead_none"] - ratio) / (p["lead_none"] - p["lead_full"])


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

    lead = lead_share(doc.wanted, n, p)
    long_position = [p["w_position"] / (1.0 + i) ** p["position_power"] for i in range(n)]
    parts = {
        "centrality": [p["w_centrality"] * x for x in centrality],
        "position": long_position,
        "title": [p["w_title"] * x for x in title],
    }
    if lead > 0:
        short = _short_summary_parts(doc, bags, degree, lengths, p)
        for key, values in short.items():
            parts[key] = [(1.0 - lead) * a + lead * b for a, b in zip(parts[key], values)]
    base = [sum(values[i] for values in parts.values()) for i in range(n)]
    penalty = _mmr(base, units, p["mmr"], p["mmr_from"])
    out_parts = [{k: values[i] for k, values in parts.items()} | {"redundancy": -penalty[i] or 0.0} for i in range(n)]
    return Ranking([b - q for b, q in zip(base, penalty)], out_parts)


def _short_summary_parts(doc, bags, degree, lengths, p) -> dict[str, list[float]]:
    """What a summary of a few sentences of a long article wants.

    The lead, and what the rest of the article elaborates: a sentence's centrality
    counts its overlap with the sentences after it, minus a share of its overlap
    with those before it (a sentence that sums up what came earlier is no lead).
    """
    n = len(bags)
    forward, later = [0] * n, Counter()
    for i in range(n - 1, -1, -1):
        forward[i] = sum(c * later[t] for t, c in bags[i].items())
        later.update(bags[i])
    directed = [max(0.0, f - p["backward"] * (d - f)) for f, d in zip(forward, degree)]
    centrality = _scaled([d / max(length, 1) ** p["short_length_power"] for d, length in zip(directed, lengths)])
    reach = max(1.0, p["lead_reach"] * (doc.wanted or 1))
    return {
        "centrality": [p["short_centrality"] * x for x in centrality],
        "position": [p["w_lead"] * math.exp(-i / reach) for i in range(n)],
    }


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
