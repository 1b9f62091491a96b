"""The digest as plain text: one item per line, its citations at the end."""

from __future__ import annotations

from . import digest_layout as dl
from . import layout
from .layout import clean
from .text import _heading


def render(digest, options) -> bytes:
    shown = digest.shown

    def entry(line: str, item, speaker=None, tag: str = "") -> list[str]:
        """An item with its speaker, citations and categories, and under --explain why it is
        there, on a line of its own."""
        if speaker:
            line += f" — {clean(speaker)}"
        line += f" {dl.cite(digest, item)}"
        if tag:
            line += f" ({tag})"
        return [line] + ([f"  {layout.explain(item)}"] if options.explain else [])

    out = _heading(clean(digest.title), "=") + [dl.facts_line(digest), ""]
    out += _heading("Summary", "-")
    for e in shown.summary:
        out += entry(f"- {clean(e.item.text)}", e.item, e.speaker, layout.tag(digest, e, also=False))
    out += [""] + _heading("Key points", "-")
    for (cat, points), printed, elsewhere in zip(digest.points(), shown.points, shown.elsewhere):
        out += ["", f"{clean(cat.label)}:"]
        if not points:
            out.append(f"  {dl.EMPTY_CATEGORY}")
        for e in printed:
            out += entry(f"- {clean(e.item.text)}", e.item, tag=layout.tag(digest, e, also=True))
        if elsewhere:
            out.append(f"  {dl.elsewhere_line(digest, elsewhere)}")
    if shown.quotes:
        out += [""] + _heading("Quotes", "-")
        for q in shown.quotes:
            out += entry(f"“{clean(q.text)}”", q, q.speaker)
    out += [""] + _heading("Sources", "-")
    out += [f"{n}. {clean(s.label)}: {dl.source_entry(s)}" for n, s in enumerate(digest.sources, 1)]
    out += ["", dl.PROVENANCE, dl.made_by(digest, options), ""]
    return "\n".join(out).encode("utf-8")
