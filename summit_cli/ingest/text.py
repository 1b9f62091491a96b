"""Plain text: decode, normalise, one block per line (or per paragraph if hard-wrapped)."""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import Article, Block
from ..text.clean import is_furniture, looks_like_heading
from ..text.normalize import normalize

_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”»]$")


def decode(data: bytes) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        # UTF-16 text always has NUL bytes (spaces, line ends); without any, FF FE is junk.
        if data.startswith(bom) and (codec != "utf-16" or b"\x00" in data):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    except ImportError:
        pass
    return data.decode("utf-8", errors="replace")


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width: most lines run on without closing punctuation."""
    long_lines = [ln for ln in lines if len(ln) >= 40]
    if len(long_lines) < 4:
        return False
    open_ended = sum(1 for ln in long_lines if not _TERMINAL.search(ln))
    return open_ended / len(long_lines) > 0.5 and max(map(len, lines)) <= 100


def blocks_from_text(text: str) -> list[Block]:
    lines = text.split("\n")
    if not _is_hard_wrapped([ln for ln in lines if ln]):
        return [Block(ln) for ln in lines if ln]
    blocks, current = [], []
    for ln in lines + [""]:
        if ln:
            current.append(ln)
        elif current:
            blocks.append(Block(" ".join(current)))
            current = []
    return blocks


def _looks_binary(data: bytes) -> bool:
    """Many NULs and little readable text besides them: a binary file.

    NUL runs alone are junk in a text (or UTF-16 without a BOM); normalize() drops them.
    """
    head = data[:4096]
    if head.count(b"\x00") <= len(head) // 4 or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    rest = head.replace(b"\x00", b"").decode("utf-8", "replace")
    readable = sum(1 for ch in rest if ch != "\ufffd" and (ch.isprintable() or ch.isspace()))
    return readable < 0.8 * len(rest) if rest else True


def read(data: bytes, name: str) -> Article:
    if _looks_binary(data):
        raise InputError(f"{name}: binary data, not text")
    text = normalize(decode(data))
    blocks = blocks_from_text(text)
    title = None
    # A first line that reads as a headline is the title, not a sentence.
    if len(blocks) > 1 and looks_like_heading(blocks[0].text) and not is_furniture(blocks[0].text):
        title = blocks[0].text
        blocks = blocks[1:]
    return Article(blocks=tuple(blocks), title=title, source_name=name)
