"""A taxonomy's fitted model: which sentences are key points, from the rules' evidence.

The rules (classify.py) score every sentence for every category from the taxonomy's cues.
A taxonomy may also carry a model fitted on hand-labelled articles (benchmarks/fit_keypoints.py
writes it as <folder>/model.json beside the taxonomy's language files): one logistic
regression per category over what the rules found (each category's score, the cues that
fired, the sentence before's scores), where the sentence stands, and its word stems. It
decides membership among the sentences some cue of the category fired in; the rules' score
still orders the points. Without a model, and for a category the model leaves to the rules
(its weights null: the fit found the threshold better), the category's threshold decides.

The model is read once per process, when the first article is classified, and only its
weights: no library is imported for it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from ..text.tokens import stemmer, words

_CONTINUES = re.compile(r"^continues:\d+$")
CLIP = (-2.0, 4.0)  # a score beyond these says nothing more


@dataclass(frozen=True)
class Evidence:
    """What the rules found in one sentence: each category's score and the cues that fired."""

    scores: tuple[float, ...]
    cues: tuple[tuple[str, ...], ...]
    may_be_point: bool  # a line that can be a key point at all: not the reporter's own question


@dataclass(frozen=True)
class Model:
    # Per category, in the taxonomy's order; None where the fit found the rules' threshold better.
    weights: tuple[dict[str, float] | None, ...]
    threshold: float

    def decides(self, category: int) -> bool:
        return self.weights[category] is not None

    def probability(self, category: int, features: dict[str, float]) -> float:
        w = self.weights[category] or {}
        z = sum(w.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# Counts of positives beyond this many carry no weight worth tracking in expected_f1.
_MOST = 60


def _count(probabilities: list[float]) -> list[float]:
    """The distribution of how many of independent candidates are positives."""
    dist = [1.0]
    for p in probabilities:
        more = [v * (1.0 - p) for v in dist] + [0.0]
        for i, v in enumerate(dist):
            more[i + 1] += v * p
        if len(more) > _MOST:
            more[_MOST - 1] += more.pop()
        dist = more
    return dist


def expected_f1(kept: list[float], rest: list[float]) -> float:
    """A category's expected F1 in one article when the candidates of probabilities `kept`
    are listed and those of `rest` are not, each a key point independently with its probability.
    Listing none is right exactly when no candidate is a key point."""
    after = _count(rest)
    if not kept:
        return after[0]
    k = len(kept)
    return sum(a * b * 2.0 * i / (k + i + j) for i, a in enumerate(_count(kept)) if i for j, b in enumerate(after))


def features(
    evidence: list[Evidence], pos: int, text: str, language: str, thresholds: tuple[float, ...]
) -> dict[str, float]:
    """The sentence at `pos` as the model reads it; the same function fits and applies it."""
    ev = evidence[pos]
    out = {"bias": 1.0, "rel": pos / max(1, len(evidence) - 1)}
    if pos == 0:
        out["first"] = 1.0
    for k, score in enumerate(ev.scores):
        out[f"r{k}"] = max(CLIP[0], min(CLIP[1], score))
        if score >= thresholds[k]:
            out[f"on{k}"] = 1.0
        for cue in ev.cues[k]:
            out[f"c{k}:{'continues' if _CONTINUES.match(cue) else cue}"] = 1.0
        if pos:
            out[f"prev{k}"] = max(CLIP[0], min(CLIP[1], evidence[pos - 1].scores[k]))
    stem = stemmer(language)
    for w in set(words(text.lower())):
        out[f"w:{language[:2]}:{stem(w)}"] = 1.0
    return out


_MODELS: dict[tuple, Model | None] = {}


def model_for(taxonomy) -> Model | None:
    """The taxonomy's model, when it has one for exactly its categories."""
    if taxonomy.home is None:
        return None
    path = taxonomy.home.joinpath("model.json")
    key = (str(path), tuple(taxonomy.ids()))
    if key not in _MODELS:
        _MODELS[key] = read(path, taxonomy.ids()) if path.is_file() else None
    return _MODELS[key]


def read(path, ids: list[str]) -> Model | None:
    """A model file fitted for these category ids (None when fitted for others)."""
    raw = json.loads(path.read_bytes())
    cats = raw.get("categories", {})
    if sorted(cats) != sorted(ids):
        return None  # fitted for other categories: the thresholds decide
    return Model(tuple(cats[i] for i in ids), float(raw["threshold"]))
