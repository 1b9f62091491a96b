"""PDF: the text layer via pypdf, reflowed from printed lines back into paragraphs.

A PDF holds positioned lines, not paragraphs: a line that stops short of the
column width, or ends a sentence, ends a paragraph; the others run on. Running
headers and footers (the same line on most pages) and page numbers are dropped.
A PDF with no text layer is a scan: we say so rather than summarise nothing.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter

from ..errors import InputError
from ..model import Article, Block
from ..text.clean import is_furniture, looks_like_heading
from ..text.normalize import normalize, squash

logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pypdf").propagate = False

MIN_LETTERS = 40  # fewer letters than this in the whole text layer: a scan, not an article
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’»)\]]*$|[\"”»]$")
_PLACEHOLDER_TITLE = re.compile(r"^(?:\(?unspecified\)?|untitled.*|microsoft word - .*|.*\.(?:docx?|pdf|txt))$",
                                re.IGNORECASE)


def _open(data: bytes, name: str):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # An owner password alone (printing/copying limits) opens with an empty user password.
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise InputError(f"{name}: encrypted PDF this installation cannot open ({exc})") from None
            if not opened:
                raise InputError(f"{name}: password-protected PDF (remove the password and try again)")
        pages = reader.pages
        len(pages)
        return reader
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{name}: not a readable PDF ({exc})") from None


def _page_lines(reader, name: str) -> list[list[str]]:
    from pypdf.errors import PyPdfError

    pages = []
    for page in reader.pages:
        try:
            text = page.extract_text() or ""
        except (PyPdfError, ValueError, KeyError, TypeError, ZeroDivisionError) as exc:
            raise InputError(f"{name}: damaged PDF page ({type(exc).__name__}: {exc})") from None
        pages.append([squash(ln) for ln in normalize(text).split("\n")])
    return pages


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    if len(pages) < 3:
        return [[ln for ln in p if not _PAGE_NUMBER.match(ln)] for p in pages]
    # Compare with digits removed so "Page 3" and "Page 4" count as the same footer.
    key = lambda ln: re.sub(r"\d+", "#", ln)  # noqa: E731
    counts = Counter(k for p in pages for k in {key(ln) for ln in p if ln})
    running = {k for k, n in counts.items() if n >= max(3, len(pages) // 2)}
    return [[ln for ln in p if key(ln) not in running and not _PAGE_NUMBER.match(ln)] for p in pages]


def _reflow(lines: list[str], width: int) -> list[str]:
    paragraphs, current = [], ""
    for ln in lines + [""]:
        if not ln:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current.endswith("-") and ln[:1].isalpha():
            current += ln
        else:
            current = f"{current} {ln}" if current else ln
        short = len(ln) < 0.7 * width and not ln.endswith((",", "-", ";"))
        if _ENDS_SENTENCE.search(ln) or short:
            paragraphs.append(current)
            current = ""
    return paragraphs


def _meta(reader) -> tuple[str | None, str | None, str | None]:
    try:
        meta = reader.metadata
        if meta is None:
            return None, None, None
        title = squash(meta.title or "") or None
        author = squash(meta.author or "") or None
        try:
            created = meta.creation_date
        except (ValueError, TypeError):
            created = None
    except Exception:  # noqa: BLE001 - metadata is a courtesy; a bad info dict must not lose the text
        return None, None, None
    if title and _PLACEHOLDER_TITLE.match(title):
        title = None
    return title, author, created.date().isoformat() if created else None


def read(data: bytes, name: str) -> Article:
    reader = _open(data, name)
    pages = _drop_running_lines(_page_lines(reader, name))
    lengths = sorted(len(ln) for p in pages for ln in p if ln)
    if sum(ch.isalpha() for p in pages for ln in p for ch in ln) < MIN_LETTERS:
        raise InputError(f"{name}: the PDF has no text layer (a scan or image-only PDF; run OCR on it first)")
    width = lengths[int(len(lengths) * 0.8)] if lengths else 80
    blocks = [Block(t) for p in pages for t in _reflow(p, width)]
    title, author, date = _meta(reader)
    # A first line that reads as a headline is the title, as in plain text.
    if len(blocks) > 1 and looks_like_heading(blocks[0].text) and not is_furniture(blocks[0].text):
        title = title or blocks[0].text
        if blocks[0].text == title:
            blocks = blocks[1:]
    return Article(blocks=tuple(blocks), title=title, source_name=name, author=author, date=date)
