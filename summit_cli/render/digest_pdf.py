"""The digest as PDF: the brief's styles and page, each item ending with its citations."""

from __future__ import annotations

from . import digest_layout as dl
from . import layout, pdf
from .pdf import RULE, _barred_paragraph, _heading, _m, _muted, _register_fonts, _styles


def render(digest, options) -> bytes:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, Paragraph

    _register_fonts()  # before the first Paragraph: its markup is parsed against the fonts
    st = _styles()
    title = layout.clean(digest.title)

    def tail(item, speaker=None, tag: str = "") -> str:
        """What follows an item's words: its speaker, citations, categories and, under --explain, why."""
        out = f" — <b>{_m(speaker)}</b>" if speaker else ""
        why = f" {_m(layout.explain(item))}" if options.explain else ""
        out += " " + _muted(_m(dl.cite(digest, item)) + why)
        return out + (" " + _muted(f"· <i>{_m(tag)}</i>") if tag else "")

    def bullet(entry, also: bool) -> Paragraph:
        text = _m(entry.item.text) + tail(entry.item, entry.speaker, layout.tag(digest, entry, also))
        return Paragraph(text, st["bullet"], bulletText="•")

    shown = digest.shown
    Barred = _barred_paragraph()
    story = [
        Paragraph(_m(title), st["title"]),
        Paragraph(_m(dl.facts_line(digest)), st["facts"]),
        HRFlowable(width="100%", thickness=0.6, color=HexColor(RULE), spaceBefore=6, spaceAfter=2),
        _heading(st, "Summary", "h1", 0),
    ]
    story += [bullet(e, also=False) for e in shown.summary]
    story.append(_heading(st, "Key points", "h1", 0))
    for (cat, points), printed, elsewhere in zip(digest.points(), shown.points, shown.elsewhere):
        story.append(_heading(st, cat.label, "h2", 1))
        story += [bullet(e, also=True) for e in printed]
        if elsewhere:
            story.append(Paragraph(_m(dl.elsewhere_line(digest, elsewhere)), st["also"]))
        if not points:
            story.append(Paragraph(_m(dl.EMPTY_CATEGORY), st["empty"]))
    if shown.quotes:
        story.append(_heading(st, "Quotes", "h1", 0))
        for q in shown.quotes:
            story.append(Barred(f"“{_m(q.text)}”", st["quote"]))
            story.append(Barred(f"— <b>{_m(q.speaker)}</b>" + tail(q), st["speaker"]))
    story.append(_heading(st, "Sources", "h1", 0))
    story += [
        Paragraph(f"<b>{_m(s.label)}</b>: {_m(dl.source_entry(s))}", st["bullet"], bulletText=f"{n}.")
        for n, s in enumerate(digest.sources, 1)
    ]
    story += [
        HRFlowable(width="100%", thickness=0.6, color=HexColor(RULE), spaceBefore=14, spaceAfter=6),
        Paragraph(_m(dl.PROVENANCE), st["note"]),
        Paragraph(_m(dl.made_by(digest, options)), st["note"]),
    ]
    return pdf.page(story, title, dl.subject(digest), dl.keywords(digest), options)
