"""The digest as PDF: the brief's styles and page, each item ending with its citations."""

from __future__ import annotations

from . import digest_layout as dl
from . import layout, pdf
from .pdf import MUTED, RULE, _barred_paragraph, _m, _register_fonts, _styles


def render(digest, options) -> bytes:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, Paragraph

    _register_fonts()  # before the first Paragraph: its markup is parsed against the fonts
    st = _styles()
    title = layout.clean(digest.title)

    def heading(text: str, style: str, level: int) -> Paragraph:
        p = Paragraph(_m(text), st[style])
        p.outline_level = level
        return p

    def tail(item) -> str:
        why = f" {_m(layout.explain(item))}" if options.explain else ""
        return f' <font size="8.5" color="{MUTED}">{_m(dl.cite(digest, item))}{why}</font>'

    def bullet(item) -> Paragraph:
        return Paragraph(_m(item.text) + tail(item), st["bullet"], bulletText="•")

    Barred = _barred_paragraph()
    story = [
        Paragraph(_m(title), st["title"]),
        Paragraph(_m(dl.facts_line(digest)), st["facts"]),
        HRFlowable(width="100%", thickness=0.6, color=HexColor(RULE), spaceBefore=6, spaceAfter=2),
        heading("Summary", "h1", 0),
    ]
    story += [bullet(item) for item in digest.summary]
    story.append(heading("Key points", "h1", 0))
    for cat, points in digest.points():
        story.append(heading(cat.label, "h2", 1))
        if not points:
            story.append(Paragraph(_m(dl.EMPTY_CATEGORY), st["empty"]))
        story += [bullet(p) for p in points]
    if digest.quotes:
        story.append(heading("Quotes", "h1", 0))
        for speaker, items in dl.speakers(digest):
            story.append(heading(speaker, "h2", 1))
            for q in items:
                story.append(Barred(f"“{_m(q.text)}”", st["quote"]))
                story.append(Barred(tail(q).lstrip(), st["speaker"]))
    story.append(heading("Sources", "h1", 0))
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
