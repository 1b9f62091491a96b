"""The JSON digest (schema summit-digest/1): sources, then items that cite them."""

from __future__ import annotations

import json

from ..digest.model import Entry

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


def _summary_item(entry, explain: bool) -> dict:
    d = _item(entry.item, explain)
    d["categories"] = list(entry.categories)
    if entry.speaker:
        d["speaker"] = entry.speaker
    return d


def to_dict(digest, explain: bool = False) -> dict:
    """Every item the digest found; the flags say what the formats people read print."""
    shown = digest.shown

    def marked(item, printed) -> dict:
        return {"in_summary": item in shown.in_summary, "shown": item in printed}

    printed = [{e.item for e in entries} for entries in shown.points] or [set() for _ in digest.categories]
    entries = {e.item: e for e in shown.summary}
    return {
        "schema": SCHEMA,
        "title": digest.title,
        "algorithm": digest.algorithm,
        "taxonomy": digest.taxonomy,
        "sources": [_source(s) for s in digest.sources],
        "summary": [_summary_item(entries.get(i) or Entry(i), explain) for i in digest.summary],
        "categories": [{"id": c.id, "label": c.label} for c in digest.categories],
        "key_points": {
            c.id: [_item(p, explain, cues=True) | marked(p, mine) for p in pts]
            for (c, pts), mine in zip(digest.points(), printed)
        },
        "quotes": [{**_item(q, explain), "speaker": q.speaker, **marked(q, shown.quotes)} for q in digest.quotes],
    }


def render(digest, options) -> bytes:
    return (json.dumps(to_dict(digest, options.explain), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
