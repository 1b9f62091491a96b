"""Plain text: one item per line, no markup, for pipes, grep and e-mail bodies."""

from __future__ import annotations

from . import layout
from .layout import clean


def _heading(text: str, rule: str) -> list[str]:
    return [text, rule * len(text)]


def render(brief, options) -> bytes:
    shown = brief.shown

    def item(bullet, also: bool) -> list[str]:
        line = f"- {layout.bullet_text(bullet)}"
        if bullet.speaker:
            line += f" — {clean(bullet.speaker)}"
        line += f" {layout.bullet_refs(bullet)}"
        tag = layout.tag(brief, bullet, also)
        if tag:
            line += f" ({tag})"
        return [line] + ([f"  {layout.bullet_explain(bullet)}"] if options.explain else [])

    out = _heading(clean(brief.title), "=") + [layout.facts_line(brief), ""]
    out += _heading(brief.heading("summary", "Summary"), "-")
    for b in shown.bullets:
        out += item(b, also=False)
    sections = layout.key_point_sections(brief)
    if sections:
        out += [""] + _heading(brief.heading("key_points", "Key points"), "-")
    for (cat, points), printed, elsewhere in sections:
        out += ["", f"{clean(cat.label)}:"]
        if not points:
            out.append(f"  {brief.heading('empty', layout.EMPTY_CATEGORY)}")
        for b in printed:
            out += item(b, also=True)
        if elsewhere:
            out.append(f"  {layout.elsewhere_line(brief, elsewhere)}")
    if shown.quotes:
        out += [""] + _heading(brief.heading("quotes", "Quotes"), "-")
        for q in shown.quotes:
            out.append(f"{brief.quoted(clean(q.text))} — {clean(q.speaker)} {layout.ref(q.index)}")
    out += ["", layout.provenance(brief), layout.source_line(brief, options), ""]
    return "\n".join(out).encode("utf-8")
