"""The JSON brief: the contract that scripts and evaluators read (schema summit-brief/1)."""

from __future__ import annotations

import json

from ..model import Bullet

SCHEMA = "summit-brief/1"


def _item(s, explain: bool, cues: bool) -> dict:
    d = {"index": s.index, "text": s.text, "score": s.score}
    if cues:
        d["cues"] = list(s.cues)
    if explain and s.parts:
        d["parts"] = dict(s.parts)
    return d


def _summary_item(bullet, explain: bool) -> dict:
    d = _item(bullet.item, explain, cues=False)
    d["categories"] = list(bullet.categories)
    if bullet.speaker:
        d["speaker"] = bullet.speaker
    if bullet.leads:
        d["leads"] = [{"index": s.index, "text": s.text} for s in bullet.leads]
    return d


def to_dict(brief, explain: bool = False) -> dict:
    source = {"name": brief.source.name, "sha256": brief.source.sha256}
    for key in ("url", "author", "date", "site"):
        value = getattr(brief.source, key)
        if value:
            source[key] = value
    shown = brief.shown
    bullets = {b.item.index: b for b in shown.bullets}
    in_summary = {b.item.index for b in shown.bullets} | {s.index for b in shown.bullets for s in b.leads}
    shown_points = [{b.item.index for b in printed} for printed in shown.points] or [set() for _ in brief.categories]
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
        "summary": [_summary_item(bullets.get(s.index) or Bullet(s), explain) for s in brief.summary],
        "categories": [{"id": c.id, "label": c.label} for c in brief.categories],
        "key_points": {
            c.id: [
                _item(p, explain, cues=True) | {"in_summary": p.index in in_summary, "shown": p.index in printed}
                for p in pts
            ]
            for (c, pts), printed in zip(brief.points(), shown_points)
        },
        "off_topic": brief.off_topic,
        "quotes": [
            {
                "index": q.index,
                "text": q.text,
                "speaker": q.speaker,
                "in_summary": q.index in in_summary,
                "shown": q in shown.quotes,
            }
            for q in brief.quotes
        ],
        "title_quotes": [{"text": q.text, "speaker": q.speaker} for q in brief.title_quotes],
    }


def render(brief, options) -> bytes:
    return (json.dumps(to_dict(brief, options.explain), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
