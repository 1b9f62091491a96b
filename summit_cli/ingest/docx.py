"""Word (.docx): paragraphs in order, headings from their styles, metadata from core properties."""

from __future__ import annotations

import functools
import io
import re
import zipfile

from ..errors import InputError
from ..model import Article, Block
from ..text.normalize import normalize, squash

# Built-in heading styles are "Heading 1".."Heading 9"; localised Word files keep
# the style id ("Heading1") even when the name is translated.
_HEADING_STYLE = re.compile(r"^heading\s*\d$", re.IGNORECASE)


def _style(paragraph) -> tuple[str, str]:
    try:
        style = paragraph.style
    except (KeyError, ValueError):  # a paragraph naming a style the file does not define
        return "", ""
    if style is None:
        return "", ""
    return (style.name or ""), (getattr(style, "style_id", "") or "")


@functools.lru_cache(maxsize=1)
def _template_created():
    import docx

    return docx.Document().core_properties.created


def read(data: bytes, name: str) -> Article:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{name}: not a readable Word document ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - lxml and zipfile raise many kinds on damaged files
        raise InputError(f"{name}: damaged Word document ({type(exc).__name__}: {squash(str(exc))[:120]})") from None

    title = None
    blocks: list[Block] = []
    for paragraph in document.paragraphs:
        text = squash(normalize(paragraph.text))
        if not text:
            continue
        style_name, style_id = _style(paragraph)
        if style_name.lower() == "title" or style_id.lower() == "title":
            title = title or text
        elif _HEADING_STYLE.match(style_name) or _HEADING_STYLE.match(style_id):
            blocks.append(Block(text, heading=True))
        else:
            blocks.append(Block(text))
    if not any(not b.heading for b in blocks):
        raise InputError(f"{name}: no text in the Word document")

    props = document.core_properties
    created = props.created
    author = squash(props.author) if props.author else None
    if created is not None and created == _template_created():
        created = None  # python-docx's blank template's date, not this document's
    if author == "python-docx":
        author = None
    return Article(
        blocks=tuple(blocks),
        title=title or (squash(props.title) if props.title else None),
        source_name=name,
        author=author,
        date=created.date().isoformat() if created else None,
    )
