"""What a reader sees of a rendered brief, for the checks that a sentence is printed once
(tests/test_brief_shape.py over fixtures, benchmarks/brief_length.py over corpora)."""

from __future__ import annotations

import html
import io
import re


def plain(fmt: str, data: bytes) -> str:
    """A brief in one reader format as one line of text with single spaces."""
    if fmt in ("markdown", "text"):
        text = data.decode("utf-8").replace("\\", "")
    elif fmt == "html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", data.decode("utf-8")))
    elif fmt == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    else:
        import pypdf

        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())
