"""DOCX through python-docx: Word's own styles, so the navigation pane and restyling work.

python-docx is imported inside render() only. Its zip entries carry the time of
saving, so the package is re-packed with fixed entry dates (SOURCE_DATE_EPOCH when
set) and the core properties get the same fixed date: same input, same bytes.
"""

from __future__ import annotations

import io
import zipfile

from ..text.language import tag as language_tag
from . import layout
from .layout import clean

MUTED = (0x5B, 0x65, 0x73)
BAR = "9FB3C8"
# Elements that follow w:pBdr inside w:pPr: Word rejects a document with them out of order.
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
ZIP_DATES = ((1980, 1, 1, 0, 0, 0), (2107, 12, 31, 23, 59, 58))  # what a zip entry can hold

APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>{app}</Application><DocSecurity>0</DocSecurity></Properties>"
)

CORE_PROPERTY_CHARS = 255


def quote_paragraph(doc, quoted: str, speaker: str):
    """A quote kept on one page with its speaker on a line of its own, in bold."""
    from docx.shared import Pt

    p = doc.add_paragraph(quoted, style="Quote")
    p.paragraph_format.keep_together = True
    p.add_run().add_break()
    who = p.add_run(f"— {speaker}")
    who.italic = False
    who.bold = True
    who.font.size = Pt(9.5)
    return p


def _muted_run(paragraph, text: str, size: float = 8):
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor(*MUTED)
    return run


def _page_field(paragraph) -> None:
    """A PAGE field: Word and LibreOffice fill in the page number when they lay out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        run = paragraph.add_run("1" if kind is None and instr is None else None)
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif instr:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = instr
            run._r.append(code)


def _set_styles(document) -> None:
    """One sans family for body and headings (the template mixes Cambria and Calibri),
    air between bullets (long sentences run together otherwise), and quotes indented
    with a rule down their left side so they stand apart from the points."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    bullet = document.styles["List Bullet"]
    for tight in bullet.element.pPr.findall(qn("w:contextualSpacing")):
        bullet.element.pPr.remove(tight)
    bullet.paragraph_format.space_after = Pt(4)

    quote = document.styles["Quote"]
    fmt = quote.paragraph_format
    fmt.left_indent = fmt.right_indent = Mm(8)
    fmt.space_before, fmt.space_after = Pt(4), Pt(8)
    border = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "8"), ("w:color", BAR)):
        left.set(qn(key), value)
    border.append(left)
    quote.element.pPr.insert_element_before(border, *_AFTER_PBDR)


def _drop_thumbnail(document) -> None:
    """The template ships a thumbnail of an empty page; a brief is better without it."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rels = document.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rid]


def _repack(data: bytes, when, app: str) -> bytes:
    """The same package with fixed entry dates and our own app.xml: reproducible bytes."""
    date_time = min(max(ZIP_DATES[0], when.timetuple()[:6]), ZIP_DATES[1])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP_XML.format(app=app).encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0
            dst.writestr(entry, body)
    return out.getvalue()


def render(brief, options) -> bytes:
    from docx.shared import Pt

    def bullet(b, also: bool) -> None:
        p = doc.add_paragraph(layout.bullet_text(b), style="List Bullet")
        if b.speaker:
            p.add_run(" — ")
            p.add_run(clean(b.speaker)).bold = True
        _muted_run(p, " " + layout.bullet_refs(b))
        tag = layout.tag(brief, b, also)
        if tag:
            _muted_run(p, f" · {tag}").italic = True
        if options.explain:
            p.add_run().add_break()
            _muted_run(p, layout.bullet_explain(b))

    doc = new_document(options)
    title = clean(brief.title)
    doc.add_heading(title, level=0)
    facts = doc.add_paragraph()
    facts.paragraph_format.space_after = Pt(6)
    _muted_run(facts, layout.facts_line(brief), size=9)

    doc.add_heading(brief.heading("summary", "Summary"), level=1)
    for b in brief.shown.bullets:
        bullet(b, also=False)

    sections = layout.key_point_sections(brief)
    if sections:
        doc.add_heading(brief.heading("key_points", "Key points"), level=1)
    for (cat, points), printed, elsewhere in sections:
        doc.add_heading(clean(cat.label), level=2)
        for b in printed:
            bullet(b, also=True)
        if elsewhere:
            _muted_run(doc.add_paragraph(), layout.elsewhere_line(brief, elsewhere), size=9.5)
        if not points:
            empty = doc.add_paragraph()
            empty.add_run(brief.heading("empty", layout.EMPTY_CATEGORY)).italic = True

    if brief.shown.quotes:
        doc.add_heading(brief.heading("quotes", "Quotes"), level=1)
        for q in brief.shown.quotes:
            p = quote_paragraph(doc, brief.quoted(clean(q.text)), clean(q.speaker))
            _muted_run(p, " " + layout.ref(q.index)).italic = False

    for i, line in enumerate((layout.provenance(brief), layout.source_line(brief, options))):
        note = doc.add_paragraph()
        note.paragraph_format.space_before = Pt(18 if i == 0 else 0)
        _muted_run(note, line, size=8.5)

    return finish(
        doc,
        title,
        layout.subject(brief),
        layout.keywords(brief),
        f"Generated by {layout.generator(options)} from {clean(brief.source.name)}",
        "News brief",
        options,
        language_tag(brief.language),
    )


def new_document(options):
    """A document with summit's paper, margins and styles, for any writer (brief or digest)."""
    from docx import Document
    from docx.shared import Mm

    doc = Document()
    _drop_thumbnail(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = (
        (Mm(215.9), Mm(279.4)) if options.page_size == "letter" else (Mm(210), Mm(297))
    )
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    _set_styles(doc)
    return doc


def finish(
    doc, title: str, subject: str, keywords: list[str], comments: str, category: str, options, language: str = "en"
) -> bytes:
    """The running footer, the core properties and fixed dates; the reproducible bytes."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _muted_run(footer, f"{layout.short(title, 80)} · Page ")
    _page_field(footer)
    for run in footer.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(*MUTED)

    when = layout.build_time()
    props = doc.core_properties
    # Word's core properties hold at most 255 characters each; python-docx raises beyond.
    props.title = layout.short(title, CORE_PROPERTY_CHARS)
    props.subject = layout.short(subject, CORE_PROPERTY_CHARS)
    props.keywords = layout.short(", ".join(keywords), CORE_PROPERTY_CHARS)
    props.author = props.last_modified_by = options.generator
    props.comments = layout.short(comments, CORE_PROPERTY_CHARS)
    props.category = category
    props.language = language
    props.created = props.modified = when.replace(tzinfo=None)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _repack(buf.getvalue(), when, layout.generator(options))
