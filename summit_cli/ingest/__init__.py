"""Readers: one per kind of input, each returning the same Article.

Compressed input (gzip, bzip2, xz) is opened first, by content. The kind is then
found from the bytes, whatever the name: a PDF or a Word file says what it is in
its first bytes, a web page by its markup (a page saved as .txt, piped in or served
as text/plain is still a page). Then from the name, unless it promises a PDF or a
Word file and the bytes hold nothing of one: then the bytes are text or refused.
`input_format` overrides all of it. Bytes that do not read as text are refused
before a reader sees them (sniff.py). Each reader module is imported
only when an input of its kind arrives, so a plain-text brief never pays for
the HTML extractor or the PDF library.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
from dataclasses import replace

from ..errors import InputError, UsageError
from ..model import Article
from ..text.normalize import printable
from . import sniff

MAX_INPUT_BYTES = 50 * 1024 * 1024

# format name -> reader module; every reader has `read(data, name) -> Article`
FORMATS = {"text": "text", "html": "html", "docx": "docx", "pdf": "pdf"}
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
# Suffixes a folder walk picks up: the kinds above, nothing else a folder may hold.
_COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")
ARTICLE_SUFFIXES = tuple(_EXTENSIONS) + tuple(e + c for e in _EXTENSIONS for c in _COMPRESSED_SUFFIXES)


def is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


def check_format(input_format: str | None) -> str | None:
    if input_format is None:
        return None
    name = input_format.lower()
    if name not in FORMATS:
        raise UsageError(f"unknown input format '{input_format}' (choose from: {', '.join(FORMATS)})")
    return name


def load_bytes(source: str, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """Bytes of a file, or of stdin for '-', decompressed; an InputError names what went wrong."""
    if source == "-":
        if sys.stdin is None:  # started with stdin closed (`summit brief - <&-`)
            raise InputError("-: standard input is closed")
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        if os.path.isdir(source):
            raise InputError(f"{source}: is a directory")
        try:
            with open(source, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{source}: no such file") from None
        except PermissionError:
            raise InputError(f"{source}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{source}: larger than the {max_bytes}-byte input limit")
    if not data.strip():
        raise InputError(f"{source}: empty input")
    return sniff.decompress(data, source, max_bytes)


def detect(data: bytes, name: str = "", content_type: str | None = None) -> str:
    """The kind of an input from its bytes, then its name (or HTTP content type), then its look."""
    if data.startswith(b"%PDF-") or data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or name.lower().endswith(".docx"):
            return "docx"
        raise InputError(f"{name}: a ZIP archive, not an article (only .docx among zipped formats)")
    what = sniff.looks_like(data, sure_only=True)
    if what:  # before the name: a photo called brief.pdf is still a photo
        raise InputError(f"{name}: {what}, not an article")
    if sniff.is_markup(data):  # before the name: a page saved as .txt or served as text/plain
        return "html"
    kind = _CONTENT_TYPES.get(content_type or "") or _named_kind(name) or "text"
    if kind in _CONTAINER_MARKS and _CONTAINER_MARKS[kind] not in data:
        # Named a PDF or a Word file without a trace of one inside: the content decides,
        # so random bytes get the not-text refusal rather than a PDF parser's complaint.
        return "text"
    return kind


_CONTENT_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
# What every PDF or Word file holds, even one damaged past its first bytes.
_CONTAINER_MARKS = {"pdf": b"endobj", "docx": b"word/"}


def _named_kind(name: str) -> str | None:
    stem, ext = os.path.splitext(name)
    if ext.lower() in _COMPRESSED_SUFFIXES:  # page.html.gz: the name under the compression
        ext = os.path.splitext(stem)[1]
    return _EXTENSIONS.get(ext.lower())


def parse(data: bytes, name: str, kind: str, url: str | None = None) -> Article:
    """Run the reader for `kind` over bytes already in hand; the Article carries their hash."""
    if kind in ("text", "html"):
        sniff.refuse_binary(data, name)
    module = importlib.import_module(f".{FORMATS[kind]}", __name__)
    article = module.read(data, name, url=url) if kind == "html" else module.read(data, name)
    return replace(article, sha256=hashlib.sha256(data).hexdigest())


def from_text(text: str, input_format: str | None = None, name: str = "text") -> Article:
    """An Article from an article held in a string (plain text unless input_format or its markup says HTML)."""
    data = text.encode("utf-8", "surrogatepass")
    if not data.strip():
        raise InputError(f"{name}: empty input")
    kind = check_format(input_format) or detect(data, name)
    return parse(data, name, kind)


def read(source: str, input_format: str | None = None) -> Article:
    """An Article from a file path, '-' for stdin, or an http(s) URL."""
    kind = check_format(input_format)
    if is_url(source):
        from . import url

        return url.read(source, kind)
    return from_bytes(load_bytes(source), source, kind)


def from_bytes(data: bytes, source: str, kind: str | None = None, name: str | None = None) -> Article:
    """An Article from bytes already read from `source` (a path, or '-'); `name` overrides its base name."""
    # A file name is not text we chose: undecodable bytes or control characters in it
    # must not break a UTF-8 writer or the brief's layout.
    name = name or ("stdin" if source == "-" else printable(os.path.basename(source)))
    try:
        return parse(data, name, kind or detect(data, name))
    except InputError as exc:
        # Readers know the file by its base name; the user typed the path.
        if source not in ("-", name) and exc.message.startswith(name + ":"):
            raise InputError(source + exc.message[len(name) :]) from None
        raise
