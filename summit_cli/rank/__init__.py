"""Summarizers: every one is `rank(doc) -> Ranking`, one score per sentence.

Selection under a length budget is shared (select()), so an algorithm only says how
much each sentence matters; document order is restored here, once, for all of them.
"""

from __future__ import annotations

import importlib
import math
from dataclasses import dataclass, field

from ..errors import UsageError
from ..text.tokens import LANGUAGES

# name -> (module, one-line description). Modules are imported only when chosen.
ALGORITHMS: dict[str, tuple[str, str]] = {
    "default": ("news", "news ranker: centrality, position, headline similarity, redundancy control"),
    "lead": ("lead", "the first sentences, the classic news baseline"),
    "lexrank": ("graph", "LexRank (sumy's, vectorised): eigenvector centrality on a tf-idf similarity graph"),
    "textrank": ("graph", "TextRank (sumy's, vectorised): PageRank on a word-overlap graph"),
    "lsa": ("sumy_algos", "sumy LSA: latent semantic analysis (SVD of the term matrix)"),
    "luhn": ("sumy_algos", "sumy Luhn: clusters of significant words"),
    "kl": ("sumy_algos", "sumy KL-Sum: keeps the summary's word distribution close to the text's"),
    "sumbasic": ("sumy_algos", "sumy SumBasic: word probability with redundancy down-weighting"),
    "reduction": ("graph", "Reduction (sumy's, vectorised): summed word-overlap edge weights"),
    "edmundson": ("sumy_algos", "sumy Edmundson: cue, key, title (headline words) and location"),
}


@dataclass(frozen=True)
class Doc:
    """What a ranker sees: the cleaned sentences and the article's title."""

    sentences: tuple[str, ...]
    paragraphs: tuple[int, ...]  # paragraph index of each sentence
    title: str | None = None
    language: str = "english"
    # How many sentences the summary will hold, when the caller knows: a ranker may
    # weigh position by it (a 3-sentence summary of 40 is more the lead's than 20 of 40).
    wanted: int | None = None


@dataclass
class Ranking:
    scores: list[float]
    # Optional per-sentence score components, shown by --explain.
    parts: list[dict[str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Budget:
    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def count(self, total: int) -> int:
        if self.ratio is not None:
            return max(1, round(total * self.ratio))
        return self.sentences if self.sentences is not None else 5

    def expected(self, lengths: list[int]) -> int:
        """About how many sentences the summary will hold (a word budget: at the mean length)."""
        if self.words is None:
            return min(self.count(len(lengths)), len(lengths))
        mean = sum(lengths) / len(lengths) if lengths else 1.0
        return max(1, min(len(lengths), round(self.words / max(mean, 1.0))))


def rank(name: str, doc: Doc) -> Ranking:
    if name not in ALGORITHMS:
        raise UsageError(f"unknown algorithm '{name}' (choose from: {', '.join(ALGORITHMS)})")
    if doc.language not in LANGUAGES:
        raise UsageError(f"unsupported language '{doc.language}' (choose from: {', '.join(LANGUAGES)})")
    module = importlib.import_module(f".{ALGORITHMS[name][0]}", __name__)
    if not doc.sentences:
        return Ranking([])
    return module.rank(doc, name)


def select(ranking: Ranking, lengths: list[int], budget: Budget) -> list[int]:
    """Indices of the best sentences within the budget, in document order.

    A word budget never cuts a sentence: one that does not fit is skipped and the
    next best that fits is tried.
    """
    order = sorted(range(len(ranking.scores)), key=lambda i: (-ranking.scores[i], i))
    if budget.words is not None:
        chosen, used = [], 0
        for i in order:
            if used + lengths[i] <= budget.words:
                chosen.append(i)
                used += lengths[i]
        return sorted(chosen)
    return sorted(order[: budget.count(len(order))])


def tie_safe(scores) -> list[float]:
    """Scores the maths makes equal must compare equal, whatever the float noise:
    ties then go to the earlier sentence, as in sumy. A text of stop words only makes
    some algorithms divide by zero: such a score is 0, never NaN in the JSON."""
    return [round(float(s), 10) if math.isfinite(s) else 0.0 for s in scores]
