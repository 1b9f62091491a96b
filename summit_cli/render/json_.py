"""The JSON brief: the contract that scripts and evaluators read (schema summit-brief/1)."""
from __future__ import annotations

import json

SCHEMA = "summit-brief/1"


def _item(s, explain: bool, cues: bool) -> dict:
    d = {"index": s.index, "text": s.text, "score": s.score}
    if cues:
        d["cues"] = list(s.cues)
    if explain and s.parts:
        d["parts"] = dict(s.parts)
    return d


def to_dict(brief, explain: bool = False) -> dict:
    source = {"name": brief.source.name, "sha256": brief.source.sha256}
    for key in ("url", "author", "date", "site"):
        value = getattr(brief.source, key)
        if value:
            source[key] = value
    return {
        "schema": SCHEMA,
        "title": brief.title,
        "source": source,
        "stats": {
            "sentences": brief.stats.sentences,
            "words": brief.stats.words,
            "summary_sentences": brief.stats.summary_sentences,
            "reading_minutes": brief.stats.reading_minutes,
        },
        "language": brief.language,
        "algorithm": brief.algorithm,
        "taxonomy": brief.taxonomy,
        "summary": [_item(s, explain, cues=False) for s in brief.summary],
        "categories": [{"id": c.id, "label": c.label} for c in brief.categories],
        "key_points": {c.id: [_item(p, explain, cues=True) for p in pts] for c, pts in brief.points()},
        "quotes": [{"index": q.index, "text": q.text, "speaker": q.speaker} for q in brief.quotes],
    }


def render(brief, options) -> bytes:
    return (json.dumps(to_dict(brief, options.explain), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
