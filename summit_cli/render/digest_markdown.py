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
    def tail(item) -> str:
        why = f" *{esc(layout.explain(item))}*" if options.explain else ""
        return f" {dl.cite(digest, item, inline)}{why}"

    out = [f"# {esc(digest.title)}", "", f"*{esc(dl.facts_line(digest))}*", "", "## Summary", ""]
    out += [f"- {esc(item.text)}{tail(item)}" for item in digest.summary]
    out += ["", "## Key points"]
    for cat, points in digest.points():
        out += ["", f"### {esc(cat.label)}", ""]
        if not points:
            out.append(f"*{dl.EMPTY_CATEGORY}*")
        out += [f"- {esc(p.text)}{tail(p)}" for p in points]
    if digest.quotes:
        out += ["", "## Quotes"]
        for speaker, items in dl.speakers(digest):
            out += ["", f"### {esc(speaker)}"]
            for q in items:
                out += ["", f"> “{esc(q.text)}”{tail(q)}"]
    out += ["", "## Sources", ""]
    out += [f"{n}. **{inline(s.label)}**: {inline(dl.source_entry(s))}" for n, s in enumerate(digest.sources, 1)]
    out += ["", "---", "", f"*{esc(dl.PROVENANCE)}*", "", f"*{esc(dl.made_by(digest, options))}*", ""]
    return "\n".join(out).encode("utf-8")
