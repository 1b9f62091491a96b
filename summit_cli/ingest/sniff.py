"""What the bytes are before any reader sees them: compressed text, or something that is not text.

Compressed files (gzip, bzip2, xz) are recognised by content, whatever their name,
and opened within the input limit: the limit counts decompressed bytes and reading
stops one byte past it, so a small file that inflates to gigabytes costs the limit
in memory and a fraction of a second, not the gigabytes.

Anything else that is not text is refused before a reader turns it into a brief of
garbage. Signatures only name what a file looks like ("a WebP image"); the decision
is the content's: decoded in the encoding it would be read with, how much of it reads
as words. Text never decodes to runs of control characters with few words between,
and random or compressed bytes (images, audio, video, archives) always do.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import zlib
from typing import Callable

from ..errors import InputError
from .text import decoding

# A sure signature is long and has a byte no text has (NUL, a control character, a byte
# above 0x7F): enough to refuse the file. A short one (MP3's two-byte frame sync, ICO's
# NULs) or one of printable letters ("BM", "GIF89a") could start an article with junk in
# front, so it only names a file whose content already failed as text.
SIGNATURES: tuple[tuple[bytes, str, bool], ...] = (
    # (pattern, what it is, sure: has a byte no text starts with)
    (rb"\x89PNG\r\n\x1a\n", "a PNG image", True),
    (rb"\xff\xd8\xff", "a JPEG image", True),
    (rb"GIF8[79]a", "a GIF image", False),
    (rb"RIFF.{4}WEBP", "a WebP image", False),
    (rb"II\*\x00|MM\x00\*", "a TIFF image", True),
    (rb"BM", "a BMP image", False),
    (rb"\x00\x00[\x01\x02]\x00", "an icon (ICO/CUR) image", False),
    (rb"\x00\x00\x00.ftyp(?:avif|heic|heix|mif1)", "an AVIF/HEIC image", True),
    (rb"RIFF.{4}WAVE", "a WAV audio file", False),
    (rb"RIFF.{4}AVI ", "an AVI video", False),
    (rb"ID3[\x02-\x04]\x00", "an MP3 audio file", True),
    (rb"\xff[\xe2\xe3\xf2\xf3\xfa\xfb]", "an MP3 audio file", False),
    (rb"OggS\x00", "an Ogg audio/video file", True),
    (rb"fLaC", "a FLAC audio file", False),
    (rb"\x00\x00\x00.ftyp", "an MP4/QuickTime video", True),
    (rb"\x1a\x45\xdf\xa3", "a Matroska/WebM video", True),
    (rb"PK\x03\x04|PK\x05\x06", "a ZIP archive", True),
    (rb"7z\xbc\xaf\x27\x1c", "a 7z archive", True),
    (rb"Rar!\x1a\x07", "a RAR archive", True),
    (rb"\x28\xb5\x2f\xfd", "a zstd-compressed file (only gzip, bzip2 and xz are decompressed)", True),
    (rb"\x04\x22\x4d\x18", "an LZ4-compressed file (only gzip, bzip2 and xz are decompressed)", True),
    (rb".{257}ustar(?:\x00| \x20\x00)", "a tar archive", True),
    (rb"\x7fELF", "an executable (ELF)", True),
    (rb"MZ", "an executable (Windows)", False),
    (rb"\xca\xfe\xba\xbe|\xcf\xfa\xed\xfe|\xce\xfa\xed\xfe", "an executable (Mach-O)", True),
    (rb"\x00asm", "a WebAssembly module", True),
    (rb"SQLite format 3\x00", "an SQLite database", True),
    (
        rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an encrypted or legacy Word/Office file (save it as .docx without a password)",
        True,
    ),
    # RTF is text, but its markup would be the brief: refused with the way out.
    (rb"\{\\rtf", "an RTF file (save it as .docx or text)", True),
)
_SIGNATURES = tuple((re.compile(pattern, re.DOTALL), what, sure) for pattern, what, sure in SIGNATURES)

COMPRESSIONS: tuple[tuple[re.Pattern[bytes], str], ...] = (
    (re.compile(rb"\x1f\x8b\x08"), "gzip"),
    (re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)"), "bzip2"),
    (re.compile(rb"\xfd7zXZ\x00"), "xz"),
)
_OPENERS: dict[str, Callable[[io.BytesIO], io.BufferedIOBase]] = {
    "gzip": lambda fh: gzip.GzipFile(fileobj=fh),
    "bzip2": bz2.BZ2File,
    "xz": lzma.LZMAFile,
}
MAX_LAYERS = 3  # a .gz inside a .gz is still an article; a tower of them is not

# Plausibility as text: the share of non-space characters inside word-like runs
# (letters in one case pattern, or digits). Prose scores 0.9 and a table of numbers
# 0.7; random bytes in any 8-bit table 0.2, with a tenth of them control characters.
SAMPLE_BYTES = 32 * 1024
MIN_WORD_SHARE = 0.4
MAX_CONTROL_SHARE = 0.02
MIN_WORD_SHARE_WITHOUT_CONTROLS = 0.15
_WORD = re.compile(r"[^\W\d_]+|\d+")
_CONTROL = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
LONGEST_WORD = 64  # "ÿÿÿÿ…" from a flat white bitmap is no word


# A web page says so in its first bytes: a doctype or <html> tag once a BOM, white space,
# an XML declaration and comments are skipped. A page without them (a fragment piped from a
# scraper) still opens with a tag and is thick with the elements articles are made of; a
# text that merely starts with "<" (or Markdown with one inline tag) is not.
_MARKUP_SAMPLE = 4096
_LEAD = re.compile(rb"(?:\s+|<\?xml[^>]*>|<!--.*?-->)*", re.DOTALL)
_PAGE_START = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_PAGE_PART = re.compile(rb"<(?:head|body|article|meta|title)\b", re.IGNORECASE)
_ELEMENT = re.compile(
    rb"<(/?)(?:p|div|h[1-6]|span|a|br|ul|ol|li|section|article|main|header|footer|nav|aside|blockquote|figure"
    rb"|figcaption|img|table|tr|td|em|strong|b|i|time)\b[^<>]*>",
    re.IGNORECASE,
)
MIN_ELEMENTS = 4
MIN_CLOSED = 2


def is_markup(data: bytes) -> bool:
    """Whether the data is an HTML page or fragment, by its content alone."""
    head = data[: _MARKUP_SAMPLE * 2]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: sniff the characters, not the bytes
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    head = head.removeprefix(b"\xef\xbb\xbf")[:_MARKUP_SAMPLE]
    lead = _LEAD.match(head)
    rest = head[lead.end() if lead else 0 :]
    if _PAGE_START.match(rest):
        return True
    if not rest.startswith(b"<"):
        return False
    if _PAGE_PART.search(head):
        return True
    elements = _ELEMENT.findall(head)
    return len(elements) >= MIN_ELEMENTS and sum(1 for closing in elements if closing) >= MIN_CLOSED


def compression(data: bytes) -> str | None:
    for pattern, kind in COMPRESSIONS:
        if pattern.match(data):
            return kind
    return None


def decompress(data: bytes, name: str, limit: int) -> bytes:
    """The data with gzip/bzip2/xz layers removed, never more than `limit` bytes of it."""
    for _ in range(MAX_LAYERS):
        kind = compression(data)
        if kind is None:
            return data
        try:
            with _OPENERS[kind](io.BytesIO(data)) as fh:
                data = fh.read(limit + 1)  # stops there: a bomb costs the limit, not its size
        except EOFError:
            raise InputError(f"{name}: {kind} data cut short (the file is incomplete)") from None
        except (OSError, lzma.LZMAError, zlib.error, ValueError) as exc:
            raise InputError(f"{name}: damaged {kind} data ({exc})") from None
        if len(data) > limit:
            raise InputError(f"{name}: larger than the {limit}-byte input limit once decompressed ({kind})")
        if not data.strip():
            raise InputError(f"{name}: empty input (an empty {kind} file)")
    if compression(data):
        raise InputError(f"{name}: compressed more than {MAX_LAYERS} times over, not an article")
    return data


def looks_like(data: bytes, *, sure_only: bool = False) -> str | None:
    """What the start of the data says the file is, if it says; `sure_only`: only signatures no text has."""
    for pattern, what, sure in _SIGNATURES:
        if (sure or not sure_only) and pattern.match(data):
            return what
    return None


def _word_like(word: str) -> bool:
    if word.isdigit():
        return True
    if len(word) < 2:
        return False
    rest = word[1:]
    # lower, Title, UPPER or a script without case (CJK runs are long: no length cap there)
    if word.isupper() or rest == rest.lower() and rest != rest.upper():
        return len(word) <= LONGEST_WORD
    return rest == rest.lower() == rest.upper()


def word_share(text: str) -> tuple[float, float]:
    """(share of non-space characters in word-like runs, share of control or undefined characters)."""
    text = text.replace("\x00", "")
    visible = len(text) - sum(1 for ch in text if ch.isspace())
    if not visible:
        return 0.0, 0.0
    words = sum(len(w) for w in _WORD.findall(text) if _word_like(w))
    return words / visible, len(_CONTROL.findall(text)) / len(text)


def looks_binary(data: bytes) -> bool:
    """Many NULs and little readable text besides them: a binary file.

    NUL runs alone are junk in a text (or UTF-16 without a BOM); normalize() drops them.
    """
    head = data[:4096]
    if head.count(b"\x00") <= len(head) // 4 or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    rest = head.replace(b"\x00", b"").decode("utf-8", "replace")
    readable = sum(1 for ch in rest if ch != "\ufffd" and (ch.isprintable() or ch.isspace()))
    return readable < 0.8 * len(rest) if rest else True


def refuse_binary(data: bytes, name: str) -> None:
    """An InputError saying what the data looks like, unless it can be read as text."""
    what = looks_like(data, sure_only=True)
    if what:
        raise InputError(f"{name}: {what}, not an article")
    if looks_binary(data):
        raise InputError(f"{name}: {looks_like(data) or 'binary data (mostly NUL bytes)'}, not an article")
    sample = data[:SAMPLE_BYTES]
    text, encoding = decoding(sample)
    if encoding.startswith("utf"):
        return  # random and compressed bytes are never UTF-8; hostile UTF-8 is still text
    words, controls = word_share(text)
    if (words < MIN_WORD_SHARE and controls > MAX_CONTROL_SHARE) or words < MIN_WORD_SHARE_WITHOUT_CONTROLS:
        what = looks_like(data) or "binary data"
        raise InputError(f"{name}: {what}, not an article (read as {encoding} text, {words:.0%} of it forms words)")
