"""Markdown: the default, for reading in a terminal or pasting into a ticket."""
from __future__ import annotations

import re

from . import layout

# Only what would change the rendering: intraword underscores ("file_name") and a
# lone "]" are literal in CommonMark, and escaping them clutters the terminal view.
_SPECIAL = re.compile(r"([\\`*<\[]|(?<!\w)_|_(?!\w))")


def esc(text: str) -> str:
    """Article text as literal Markdown: no stray emphasis, links, HTML or list markers."""
    text = _SPECIAL.sub(r"\\\1", layout.clean(text))
    return re.sub(r"^([#+\-=>]|\d+[.)])", r"\\\1", text)


def render(brief, options) -> bytes:
    def why(item) -> str:
        return f" *{esc(layout.explain(item))}*" if options.explain else ""

    def ref(index: int) -> str:
        return " " + layout.ref(index)  # "[12]" with no link definition is literal text

    out = [f"# {esc(brief.title)}", "", f"*{esc(layout.facts_line(brief))}*", "", "## " + brief.heading("summary", "Summary"), ""]
    out += [f"- {esc(s.text)}{why(s)}" for s in brief.summary]
    out += ["", "## " + brief.heading("key_points", "Key points")]
    for cat, points in brief.points():
        out += ["", f"### {esc(cat.label)}", ""]
        if not points:
            out.append(f"*{brief.heading('empty', layout.EMPTY_CATEGORY)}*")
        out += [f"- {esc(p.text)}{ref(p.index)}{why(p)}" for p in points]
    if brief.quotes:
        out += ["", "## " + brief.heading("quotes", "Quotes")]
        for q in brief.quotes:
            who = f" — {esc(q.speaker)}" if q.speaker else ""
            out += ["", "> " + brief.quoted(esc(q.text)) + f"{who}{ref(q.index)}"]
    out += ["", "---", "", f"*{esc(layout.PROVENANCE)}*", "", f"*{esc(layout.source_line(brief, options))}*", ""]
    return "\n".join(out).encode("utf-8")
