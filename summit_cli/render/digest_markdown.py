"""The digest as Markdown: the brief's layout, each item ending with its citations."""

from __future__ import annotations

from . import digest_layout as dl
from . import layout
from .markdown import _SPECIAL, esc


def inline(text: str) -> str:
    """A source's label inside a line: escaped as text is, but never taken for a list marker
    ("127.0.0.1" is a label, not item 127 of a list)."""
    return _SPECIAL.sub(r"\\\1", layout.clean(text))


def render(digest, options) -> bytes:
    def entry(line: str, item) -> list[str]:
        """An item with its citations, and under --explain why it is there, on a line of its own."""
        line = f"{line} {dl.cite(digest, item, inline)}"
        return [line, "", f"  *{esc(layout.explain(item))}*", ""] if options.explain else [line]

    out = [f"# {esc(digest.title)}", "", f"*{esc(dl.facts_line(digest))}*", "", "## Summary", ""]
    for item in digest.summary:
        out += entry(f"- {esc(item.text)}", item)
    out += ["", "## Key points"]
    for cat, points in digest.points():
        out += ["", f"### {esc(cat.label)}", ""]
        if not points:
            out.append(f"*{dl.EMPTY_CATEGORY}*")
        for p in points:
            out += entry(f"- {esc(p.text)}", p)
    if digest.quotes:
        out += ["", "## Quotes"]
        for speaker, items in dl.speakers(digest):
            out += ["", f"### {esc(speaker)}"]
            for q in items:
                out += [""] + entry(f"> “{esc(q.text)}”", q)
    out += ["", "## Sources", ""]
    out += [f"{n}. **{inline(s.label)}**: {inline(dl.source_entry(s))}" for n, s in enumerate(digest.sources, 1)]
    out += ["", "---", "", f"*{esc(dl.PROVENANCE)}*", "", f"*{esc(dl.made_by(digest, options))}*", ""]
    return "\n".join(out).encode("utf-8")
