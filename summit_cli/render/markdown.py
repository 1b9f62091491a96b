"""Markdown: the default, for reading in a terminal or pasting into a ticket."""

from __future__ import annotations

import re

from . import layout

# Only what would change the rendering: intraword underscores ("file_name") and a
# lone "]" are literal in CommonMark, and escaping them clutters the terminal view.
_SPECIAL = re.compile(r"([\\`*<\[]|(?<!\w)_|_(?!\w))")


def esc(text: str, block: bool = True) -> str:
    """Article text as literal Markdown: no stray emphasis, links, HTML or list markers.

    A list marker or "1." only starts a block where the text opens one (after "- " or
    "> "); inside emphasis or a heading a backslash before it would be printed."""
    text = _SPECIAL.sub(r"\\\1", layout.clean(text))
    return re.sub(r"^([#+\-=>]|\d+[.)])", r"\\\1", text) if block else text


def render(brief, options) -> bytes:
    shown = brief.shown

    def item(bullet, also: bool) -> list[str]:
        line = f"- {esc(layout.bullet_text(bullet))}"
        if bullet.speaker:
            line += f" — {esc(bullet.speaker, block=False)}"
        line += f" {layout.bullet_refs(bullet)}"  # "[12]" with no link definition is literal text
        tag = layout.tag(brief, bullet, also)
        if tag:
            line += f" · *{esc(tag, block=False)}*"
        if not options.explain:
            return [line]
        return [line, "", f"  *{esc(layout.bullet_explain(bullet), block=False)}*", ""]

    out = [
        f"# {esc(brief.title, block=False)}",
        "",
        f"*{esc(layout.facts_line(brief), block=False)}*",
        "",
        "## " + brief.heading("summary", "Summary"),
        "",
    ]
    for b in shown.bullets:
        out += item(b, also=False)
    sections = layout.key_point_sections(brief)
    if sections:
        out += ["", "## " + brief.heading("key_points", "Key points")]
    for (cat, points), printed, elsewhere in sections:
        out += ["", f"### {esc(cat.label, block=False)}", ""]
        if not points:
            out.append(f"*{brief.heading('empty', layout.EMPTY_CATEGORY)}*")
        for b in printed:
            out += item(b, also=True)
        if elsewhere:
            out += ([""] if printed else []) + [
                f"*{layout.elsewhere_line(brief, elsewhere)}*"
            ]  # numbers only: nothing to escape
    if shown.quotes:
        out += ["", "## " + brief.heading("quotes", "Quotes")]
        for q in shown.quotes:
            out += [
                "",
                f"> {brief.quoted(esc(q.text, block=False))} — {esc(q.speaker, block=False)} {layout.ref(q.index)}",
            ]
    out += [
        "",
        "---",
        "",
        f"*{esc(layout.provenance(brief), block=False)}*",
        "",
        f"*{esc(layout.source_line(brief, options), block=False)}*",
        "",
    ]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.encode("utf-8")
