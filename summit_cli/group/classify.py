"""Score every sentence for every category of a taxonomy, from the taxonomy's cues."""
from __future__ import annotations

import re

from ..model import Scored, Sentence
from ..text.tokens import stemmer, words
from .taxonomy import CategorySpec, Taxonomy


def _mentions(text: str, spellings: tuple[str, ...]) -> bool:
    return any(re.search(rf"\b{re.escape(s)}\b", text) for s in spellings)


def _score(spec: CategorySpec, text: str, stems: set[str], lowered: str) -> tuple[float, list[str]]:
    total, fired = 0.0, []
    for cue, weight in spec.cues.items():
        hit = (f" {cue} " in lowered) if " " in cue else any(s.startswith(cue) for s in stems)
        if hit:
            total += weight
            fired.append(cue)
    return total, fired


def classify(sentences: list[Sentence], taxonomy: Taxonomy, language: str = "english",
             max_points: int = 5) -> tuple[tuple[Scored, ...], ...]:
    stem = stemmer(language)
    results: list[list[Scored]] = [[] for _ in taxonomy.categories]
    for sent in sentences:
        toks = words(sent.text)
        stems = {stem(t) for t in toks}
        lowered = " " + " ".join(t.lower() for t in toks) + " "
        for k, spec in enumerate(taxonomy.categories):
            if spec.requires_actor and not _mentions(sent.text, taxonomy.actors[spec.requires_actor]):
                continue
            score, fired = _score(spec, sent.text, stems, lowered)
            if score >= spec.threshold:
                results[k].append(Scored(sent.index, sent.text, round(score, 4), tuple(fired)))
    return tuple(tuple(sorted(r, key=lambda s: (-s.score, s.index))[:max_points]) for r in results)
