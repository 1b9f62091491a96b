"""The digest as plain text: one item per line, its citations at the end."""

from __future__ import annotations

from . import digest_layout as dl
from . import layout
from .layout import clean
from .text import _heading


def render(digest, options) -> bytes:
    def entry(line: str, item) -> list[str]:
        """An item with its citations, and under --explain why it is there, on a line of its own."""
        return [f"{line} {dl.cite(digest, item)}"] + ([f"  {layout.explain(item)}"] if options.explain else [])

    out = _heading(clean(digest.title), "=") + [dl.facts_line(digest), ""]
    out += _heading("Summary", "-")
    for item in digest.summary:
        out += entry(f"- {clean(item.text)}", item)
    out += [""] + _heading("Key points", "-")
    for cat, points in digest.points():
        out += ["", f"{clean(cat.label)}:"]
        if not points:
            out.append(f"  {dl.EMPTY_CATEGORY}")
        for p in points:
            out += entry(f"- {clean(p.text)}", p)
    if digest.quotes:
        out += [""] + _heading("Quotes", "-")
        for speaker, items in dl.speakers(digest):
            out += ["", f"{speaker}:"]
            for q in items:
                out += entry(f"“{clean(q.text)}”", q)
    out += [""] + _heading("Sources", "-")
    out += [f"{n}. {clean(s.label)}: {dl.source_entry(s)}" for n, s in enumerate(digest.sources, 1)]
    out += ["", dl.PROVENANCE, dl.made_by(digest, options), ""]
    return "\n".join(out).encode("utf-8")
