"""Plain text: one item per line, no markup, for pipes, grep and e-mail bodies."""
from __future__ import annotations

from . import layout
from .layout import clean


def _heading(text: str, rule: str) -> list[str]:
    return [text, rule * len(text)]


def render(brief, options) -> bytes:
    def why(item) -> str:
        return " " + layout.explain(item) if options.explain else ""

    out = _heading(clean(brief.title), "=") + [layout.facts_line(brief), ""]
    out += _heading(brief.heading("summary", "Summary"), "-")
    out += [f"- {clean(s.text)}{why(s)}" for s in brief.summary]
    out += [""] + _heading(brief.heading("key_points", "Key points"), "-")
    for cat, points in brief.points():
        out += ["", f"{clean(cat.label)}:"]
        if not points:
            out.append(f"  {brief.heading('empty', layout.EMPTY_CATEGORY)}")
        out += [f"- {clean(p.text)} {layout.ref(p.index)}{why(p)}" for p in points]
    if brief.quotes:
        out += [""] + _heading(brief.heading("quotes", "Quotes"), "-")
        for q in brief.quotes:
            who = f" — {clean(q.speaker)}" if q.speaker else ""
            out.append(brief.quoted(clean(q.text)) + f"{who} {layout.ref(q.index)}")
    out += ["", layout.PROVENANCE, layout.source_line(brief, options), ""]
    return "\n".join(out).encode("utf-8")
