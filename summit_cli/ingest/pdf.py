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
# A list item's bullet glyph: layout, not a word of the sentence it marks.
_BULLET = re.compile(r"^[•◦▪▫‣⁃●○■□►▸▹➢➤∙]\s*")
_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’»)\]]*$|[\"”»]$")
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:\(?unspecified\)?|untitled.*|microsoft word - .*|.*\.(?:docx?|pdf|txt))$", re.IGNORECASE
)


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
        raise InputError(f"{name}: not a readable PDF ({_damage(exc)})") from None


def _page_lines(reader, name: str) -> list[list[str]]:
    from pypdf.errors import PyPdfError

    pages = []
    for page in reader.pages:
        try:
            text = page.extract_text() or ""
        except (PyPdfError, ValueError, KeyError, TypeError, ZeroDivisionError) as exc:
            raise InputError(f"{name}: damaged PDF page ({_damage(exc)})") from None
        pages.append([squash(ln) for ln in normalize(text).split("\n")])
    return pages


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Page numbers, and lines repeated at the top or bottom of most pages (running heads, footers).

    Half the pages is enough (a book-style head alternates between left and right pages),
    and so is both pages of two. A running head may be as long as the column (a title cut
    to fit); prose never repeats word for word at the edge of page after page.
    """
    pages = [[ln for ln in p if ln] for p in pages]
    running: set[str] = set()
    if len(pages) >= 2:
        # Compare with digits removed so "Page 3" and "Page 4" count as the same footer.
        edges = Counter(k for p in pages for k in {_key(ln) for ln in p[:2] + p[-2:]})
        running = {k for k, n in edges.items() if n >= max(2, (len(pages) + 1) // 2)}
    out = []
    for p in pages:
        edge = set(range(min(2, len(p)))) | set(range(max(0, len(p) - 2), len(p)))
        out.append(
            [ln for i, ln in enumerate(p) if not _PAGE_NUMBER.match(ln) and not (i in edge and _key(ln) in running)]
        )
    return out


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def _reflow(lines: list[str], width: int) -> list[str]:
    paragraphs, current = [], ""
    for i, ln in enumerate(lines):
        ln = _BULLET.sub("", ln)
        if not ln:  # a bullet on a line of its own: its item follows
            continue
        if current.endswith("-") and ln[:1].isalpha():
            current += ln
        else:
            current = f"{current} {ln}" if current else ln
        following = lines[i + 1] if i + 1 < len(lines) else ""
        # A line ends its paragraph when it ends a sentence, or stops short of the
        # column while the next line does not carry on in lower case (a wrapped headline).
        short = len(ln) < 0.7 * width and not ln.endswith((",", "-", ";")) and not following[:1].islower()
        if _ENDS_SENTENCE.search(ln) or short or not following or _BULLET.match(following):
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


def _damage(exc: Exception) -> str:
    detail = squash(str(exc))[:120]
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def read(data: bytes, name: str) -> Article:
    try:
        reader = _open(data, name)
        pages = _page_lines(reader, name)
    except InputError:
        raise
    except RecursionError:
        raise InputError(f"{name}: damaged PDF (objects nested too deeply)") from None
    except Exception as exc:  # noqa: BLE001 - pypdf meets damaged files with many exception types
        raise InputError(f"{name}: damaged PDF ({_damage(exc)})") from None
    if sum(ch.isalpha() for p in pages for ln in p for ch in ln) < MIN_LETTERS:
        raise InputError(f"{name}: the PDF has no text layer (a scan or image-only PDF; run OCR on it first)")
    lengths = sorted(len(ln) for p in pages for ln in p if ln)
    width = lengths[int(len(lengths) * 0.8)]  # the column width, in characters
    pages = _drop_running_lines(pages)
    # One flow across pages: a paragraph broken by a page end is still one paragraph.
    blocks = [Block(t) for t in _reflow([ln for p in pages for ln in p], width)]
    title, author, date = _meta(reader)
    # A first line that reads as a headline is the title, as in plain text; one that
    # repeats the document's title is that title printed, however it reads.
    if len(blocks) > 1 and not title and looks_like_heading(blocks[0].text) and not is_furniture(blocks[0].text):
        title = blocks[0].text
    if len(blocks) > 1 and blocks[0].text == title:
        blocks = blocks[1:]
    return Article(blocks=tuple(blocks), title=title, source_name=name, author=author, date=date)
