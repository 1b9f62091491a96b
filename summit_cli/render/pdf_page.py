"""The page around a PDF story: paper, margins, running footer, bookmarks, metadata.

Neutral about what the story holds, so any PDF writer (brief or digest) can use it;
the digest's writer does. Bytes are reproducible as in pdf.py (invariant mode).
"""

from __future__ import annotations

import io

from . import layout
from .pdf import FONT, MUTED, RULE, _doc_class, _register_fonts


def build(story, title: str, subject: str, keywords: list[str], options) -> bytes:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame, PageTemplate

    layout.build_time()  # reportlab reads SOURCE_DATE_EPOCH itself; refuse a malformed one first
    _register_fonts()
    pagesize = LETTER if options.page_size == "letter" else A4
    margin_x, margin_top, margin_bottom = 22 * mm, 20 * mm, 24 * mm
    footer_title = layout.short(title, 80)

    def footer(canvas, doc):
        if doc.page == 1:
            canvas.showOutline()  # open with the bookmarks pane: the document's table of contents
        canvas.saveState()
        width = pagesize[0]
        y = margin_bottom - 10 * mm
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.5)
        canvas.line(margin_x, y + 4 * mm, width - margin_x, y + 4 * mm)
        canvas.setFillColor(HexColor(MUTED))
        canvas.setFont(FONT, 8)
        label = f"Page {doc.page}"
        room = width - 2 * margin_x - canvas.stringWidth(label, FONT, 8) - 8 * mm
        text = footer_title
        while len(text) > 4 and canvas.stringWidth(text, FONT, 8) > room:
            text = layout.short(text, len(text) - 2)
        canvas.drawString(margin_x, y, text)
        canvas.drawRightString(width - margin_x, y, label)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = _doc_class()(
        buf,
        pagesize=pagesize,
        leftMargin=margin_x,
        rightMargin=margin_x,
        topMargin=margin_top,
        bottomMargin=margin_bottom,
        title=title,
        author=options.generator,
        subject=subject,
        keywords=keywords,
        creator=layout.generator(options),
        producer=f"{layout.generator(options)} (ReportLab)",
        invariant=1,
        displayDocTitle=1,
        initialFontName=FONT,
        initialFontSize=10.5,
    )
    frame = Frame(
        margin_x,
        margin_bottom,
        pagesize[0] - 2 * margin_x,
        pagesize[1] - margin_top - margin_bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
    doc.build(story)
    return buf.getvalue()
