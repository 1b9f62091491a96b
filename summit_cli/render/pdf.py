"""PDF through reportlab's platypus: embedded DejaVu Sans, outline, running footer.

reportlab is imported inside render() only: Markdown and JSON runs never pay for it.
Bytes are reproducible: reportlab's invariant mode fixes the document id and the
date (it honours SOURCE_DATE_EPOCH itself), and nothing else varies between runs.
"""

from __future__ import annotations

import io
from importlib import resources
from xml.sax.saxutils import escape

from ..text.language import tag as language_tag
from . import layout

FONT = "SummitSans"
FONT_FILES = {FONT: "DejaVuSans.ttf", f"{FONT}-Bold": "DejaVuSans-Bold.ttf", f"{FONT}-Italic": "DejaVuSans-Oblique.ttf"}

INK = "#1d232b"
ACCENT = "#1f3b5c"
MUTED = "#5b6573"
RULE = "#c9d1db"
BAR = "#9fb3c8"


def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = resources.files("summit_cli") / "fonts"
    for name, filename in FONT_FILES.items():
        with resources.as_file(fonts / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, f"{FONT}-Bold")
    addMapping(FONT, 0, 1, f"{FONT}-Italic")
    addMapping(FONT, 1, 1, f"{FONT}-Bold")


def _m(text: str) -> str:
    """Article text made safe for reportlab's paragraph markup: < > & print as themselves."""
    return escape(layout.clean(text))


def _styles():
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("Body", fontName=FONT, fontSize=10.5, leading=15, textColor=HexColor(INK), spaceAfter=4)
    return {
        "title": ParagraphStyle(
            "Title", body, fontName=f"{FONT}-Bold", fontSize=20, leading=25, textColor=HexColor(INK), spaceAfter=6
        ),
        "facts": ParagraphStyle("Facts", body, fontSize=9, leading=13, textColor=HexColor(MUTED), spaceAfter=2),
        "h1": ParagraphStyle(
            "Heading1",
            body,
            fontName=f"{FONT}-Bold",
            fontSize=14,
            leading=18,
            textColor=HexColor(ACCENT),
            spaceBefore=16,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "Heading2",
            body,
            fontName=f"{FONT}-Bold",
            fontSize=11.5,
            leading=15,
            textColor=HexColor(ACCENT),
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "bullet": ParagraphStyle("Bullet", body, leftIndent=16, bulletIndent=3, bulletFontName=FONT, spaceAfter=5),
        "empty": ParagraphStyle("Empty", body, fontName=f"{FONT}-Italic", textColor=HexColor(MUTED)),
        "also": ParagraphStyle("Also", body, fontSize=9, leading=13, textColor=HexColor(MUTED), spaceBefore=2),
        "quote": ParagraphStyle(
            "Quote",
            body,
            fontName=f"{FONT}-Italic",
            leftIndent=18,
            rightIndent=18,
            spaceBefore=8,
            spaceAfter=1,
            textColor=HexColor("#2e3742"),
            keepWithNext=1,
        ),
        "speaker": ParagraphStyle(
            "Speaker",
            body,
            fontSize=9.5,
            leading=13,
            leftIndent=18,
            rightIndent=18,
            textColor=HexColor(MUTED),
            spaceAfter=8,
        ),
        "note": ParagraphStyle("Note", body, fontSize=8.5, leading=12, textColor=HexColor(MUTED), spaceAfter=3),
    }


def _barred_paragraph():
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph

    class Barred(Paragraph):
        """A paragraph with a rule down its left side: how a quote is set apart.

        The quote's rule reaches down through its space after, so a quote and its
        speaker line share one unbroken bar; split paragraphs keep the class.
        """

        def draw(self):
            super().draw()
            canvas, x = self.canv, self.style.leftIndent - 9
            below = self.style.spaceAfter if self.style.name == "Quote" else 0
            canvas.saveState()
            canvas.setStrokeColor(HexColor(BAR))
            canvas.setLineWidth(2)
            canvas.line(x, -below, x, self.height)
            canvas.restoreState()

    return Barred


def _doc_class():
    from reportlab.platypus import BaseDocTemplate

    class BriefDoc(BaseDocTemplate):
        """Headings become PDF bookmarks, so a viewer's outline pane mirrors the brief."""

        def afterFlowable(self, flowable):
            level = getattr(flowable, "outline_level", None)
            if level is None:
                return
            self._marks = getattr(self, "_marks", 0) + 1
            key = f"h{self._marks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=False)

    return BriefDoc


def _heading(st, text: str, style: str, level: int):
    """A heading paragraph that the PDF's outline (its bookmarks) lists at `level`."""
    from reportlab.platypus import Paragraph

    p = Paragraph(_m(text), st[style])
    p.outline_level = level
    return p


def _muted(text: str) -> str:
    return f'<font size="8.5" color="{MUTED}">{text}</font>'


def render(brief, options) -> bytes:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, Paragraph

    layout.build_time()  # reportlab reads SOURCE_DATE_EPOCH itself; refuse a malformed one first
    _register_fonts()
    st = _styles()
    title = layout.clean(brief.title)

    def bullet(b, also: bool) -> Paragraph:
        text = _m(layout.bullet_text(b))
        if b.speaker:
            text += f" — <b>{_m(b.speaker)}</b>"
        text += " " + _muted(layout.bullet_refs(b))
        tag = layout.tag(brief, b, also)
        if tag:
            text += " " + _muted(f"· <i>{_m(tag)}</i>")
        if options.explain:
            text += "<br/>" + _muted(_m(layout.bullet_explain(b)))
        return Paragraph(text, st["bullet"], bulletText="•")

    Barred = _barred_paragraph()
    story = [
        Paragraph(_m(title), st["title"]),
        Paragraph(_m(layout.facts_line(brief)), st["facts"]),
        HRFlowable(width="100%", thickness=0.6, color=HexColor(RULE), spaceBefore=6, spaceAfter=2),
        _heading(st, brief.heading("summary", "Summary"), "h1", 0),
    ]
    story += [bullet(b, also=False) for b in brief.shown.bullets]
    sections = layout.key_point_sections(brief)
    if sections:
        story.append(_heading(st, brief.heading("key_points", "Key points"), "h1", 0))
    for (cat, points), printed, elsewhere in sections:
        story.append(_heading(st, cat.label, "h2", 1))
        story += [bullet(b, also=True) for b in printed]
        if elsewhere:
            story.append(Paragraph(_m(layout.elsewhere_line(brief, elsewhere)), st["also"]))
        if not points:
            story.append(Paragraph(_m(brief.heading("empty", layout.EMPTY_CATEGORY)), st["empty"]))
    if brief.shown.quotes:
        story.append(_heading(st, brief.heading("quotes", "Quotes"), "h1", 0))
        for q in brief.shown.quotes:
            story.append(Barred(_m(brief.quoted(q.text)), st["quote"]))
            story.append(Barred(f"— <b>{_m(q.speaker)}</b> " + _muted(layout.ref(q.index)), st["speaker"]))
    story += [
        HRFlowable(width="100%", thickness=0.6, color=HexColor(RULE), spaceBefore=14, spaceAfter=6),
        Paragraph(_m(layout.provenance(brief)), st["note"]),
        Paragraph(_m(layout.source_line(brief, options)), st["note"]),
    ]

    return page(
        story,
        title,
        layout.subject(brief),
        layout.keywords(brief),
        options,
        language_tag(brief.language),
        brief.heading("page", "Page {n}"),
    )


def page(
    story, title: str, subject: str, keywords: list[str], options, lang: str = "en", page_label: str = "Page {n}"
) -> bytes:
    """The page around a story, any writer's (brief or digest): paper, margins, running
    footer, bookmarks, metadata; reproducible bytes (invariant mode)."""
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
        label = page_label.format(n=doc.page)
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
        lang=lang,
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
