"""Markdown: the default, for reading in a terminal or pasting into a ticket."""
from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def esc(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^([#+\-=>]|\d+[.)])", r"\\\1", text)


def facts(brief) -> str:
    s = brief.stats
    bits = [brief.source.site or brief.source.name]
    if brief.source.date:
        bits.append(brief.source.date)
    bits += [f"{s.sentences} sentences", f"{s.words} words", f"{s.reading_minutes:g} min read"]
    return " · ".join(bits)


def _explain(item) -> str:
    parts = ", ".join(f"{k} {v:.2f}" for k, v in item.parts)
    cues = ", ".join(item.cues)
    detail = "; ".join(x for x in (parts, f"cues: {cues}" if cues else "") if x)
    return f" *(score {item.score:.2f}{'; ' + detail if detail else ''})*"


def render(brief, options) -> bytes:
    out = [f"# {esc(brief.title)}", "", f"*{esc(facts(brief))}*", "", "## Summary", ""]
    for item in brief.summary:
        out.append(f"- {esc(item.text)}" + (_explain(item) if options.explain else ""))
    out += ["", "## Key points"]
    for cat, points in brief.points():
        out += ["", f"### {esc(cat.label)}", ""]
        if not points:
            out.append("*Nothing in this article.*")
        for p in points:
            out.append(f"- {esc(p.text)} \\[{p.index + 1}\\]" + (_explain(p) if options.explain else ""))
    if brief.quotes:
        out += ["", "## Quotes", ""]
        for q in brief.quotes:
            who = f" — {esc(q.speaker)}" if q.speaker else ""
            out.append(f"> “{esc(q.text)}”{who}")
            out.append("")
        out.pop()
    out += ["", "---", f"*Source: {esc(brief.source.url or brief.source.name)} · sha256 {brief.source.sha256[:12]} · "
            f"numbers in brackets are sentence numbers in the cleaned article*", ""]
    return "\n".join(out).encode("utf-8")
