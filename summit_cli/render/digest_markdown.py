"""The digest as Markdown: the brief's layout, each item ending with its citations."""

from __future__ import annotations

from . import digest_layout as dl
from . import layout
from .markdown import esc


def inline(text: str) -> str:
    """Text inside a line (a source's label, a facts line, a heading): escaped, but never taken
    for a list marker ("127.0.0.1" is a label, not item 127 of a list)."""
    return esc(text, block=False)


def render(digest, options) -> bytes:
    shown = digest.shown

    def entry(line: str, item, speaker=None, tag: str = "") -> list[str]:
        """An item with its speaker, citations and categories, and under --explain why it is
        there, on a line of its own."""
        if speaker:
            line += f" — {inline(speaker)}"
        line += f" {dl.cite(digest, item, inline)}"
        if tag:
            line += f" · *{inline(tag)}*"
        return [line, "", f"  *{inline(layout.explain(item))}*", ""] if options.explain else [line]

    out = [f"# {inline(digest.title)}", "", f"*{inline(dl.facts_line(digest))}*", "", "## Summary", ""]
    for e in shown.summary:
        out += entry(f"- {esc(e.item.text)}", e.item, e.speaker, layout.tag(digest, e, also=False))
    out += ["", "## Key points"]
    for (cat, points), printed, elsewhere in zip(digest.points(), shown.points, shown.elsewhere):
        out += ["", f"### {inline(cat.label)}", ""]
        if not points:
            out.append(f"*{dl.EMPTY_CATEGORY}*")
        for e in printed:
            out += entry(f"- {esc(e.item.text)}", e.item, tag=layout.tag(digest, e, also=True))
        if elsewhere:
            out += ([""] if printed else []) + [f"*{dl.elsewhere_line(digest, elsewhere, inline)}*"]
    if shown.quotes:
        out += ["", "## Quotes"]
        for q in shown.quotes:
            out += [""] + entry(f"> “{inline(q.text)}”", q, q.speaker)
    out += ["", "## Sources", ""]
    out += [f"{n}. **{inline(s.label)}**: {inline(dl.source_entry(s))}" for n, s in enumerate(digest.sources, 1)]
    out += ["", "---", "", f"*{inline(dl.PROVENANCE)}*", "", f"*{inline(dl.made_by(digest, options))}*", ""]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.encode("utf-8")
