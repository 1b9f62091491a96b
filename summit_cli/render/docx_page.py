"""The page around a DOCX body: paper, margins, styles, running footer, properties, fixed dates.

Neutral about what the body holds, so any DOCX writer (brief or digest) can use it;
the digest's writer does. Same reproducibility as docx.py (repacked, fixed dates).
"""

from __future__ import annotations

import io

from . import layout
from .docx import CORE_PROPERTY_CHARS, MUTED, _drop_thumbnail, _muted_run, _page_field, _repack, _set_styles


def new_document(options):
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


def finish(doc, title: str, subject: str, keywords: list[str], comments: str, category: str, options) -> bytes:
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
    props.created = props.modified = when.replace(tzinfo=None)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _repack(buf.getvalue(), when, layout.generator(options))
