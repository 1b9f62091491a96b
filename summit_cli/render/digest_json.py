"""The JSON digest (schema summit-digest/1): sources, then items that cite them."""

from __future__ import annotations

import json

SCHEMA = "summit-digest/1"


def _item(item, explain: bool, cues: bool = False) -> dict:
    d = {"text": item.text, "cites": [{"source": c.source, "index": c.index} for c in item.cites], "score": item.score}
    if cues:
        d["cues"] = list(item.cues)
    if explain and item.parts:
        d["parts"] = dict(item.parts)
    return d


def _source(s) -> dict:
    d = {"name": s.name, "sha256": s.source.sha256, "label": s.label, "input": s.source.name}
    for key in ("url", "site", "author", "date"):
        value = getattr(s.source, key)
        if value:
            d[key] = value
    if s.title:
        d["title"] = s.title
    d["sentences"], d["words"] = s.sentences, s.words
    return d


def to_dict(digest, explain: bool = False) -> dict:
    return {
        "schema": SCHEMA,
        "title": digest.title,
        "algorithm": digest.algorithm,
        "taxonomy": digest.taxonomy,
        "sources": [_source(s) for s in digest.sources],
        "summary": [_item(i, explain) for i in digest.summary],
        "categories": [{"id": c.id, "label": c.label} for c in digest.categories],
        "key_points": {c.id: [_item(p, explain, cues=True) for p in pts] for c, pts in digest.points()},
        "quotes": [{**_item(q, explain), "speaker": q.speaker} for q in digest.quotes],
    }


def render(digest, options) -> bytes:
    return (json.dumps(to_dict(digest, options.explain), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
