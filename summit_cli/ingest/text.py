"""Plain text: decode, normalise, one block per line (or per paragraph if hard-wrapped)."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..model import Article, Block
from ..text.normalize import normalize
from ..text.title import headline

_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”»]$")


# Letters of the languages the legacy 8-bit tables mostly carry: Western European
# (cp1252, latin-1) free, Central European (cp1250) nearly so, other Latin letters
# (Baltic, Celtic, Sami tables that detectors like to guess) suspect.
_WESTERN = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒ")
_CENTRAL = set("ąćčďęěĺľłńňőŕřśšşţťůűźżžĄĆČĎĘĚĹĽŁŃŇŐŔŘŚŠŞŢŤŮŰŹŻŽ")
_FINE_MARKS = set("‘’‚“”„–—…•€£¥¢«»°§©®™·\u00a0×÷¿¡")


_PREFERRED = ("cp1252", "cp1250", "cp1251", "koi8_r")


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split(" ", 1)[0]


def _implausibility(text: str) -> float:
    """How unlike real prose a decoding looks: symbols inside words, mixed scripts, rare letters."""
    score = 0.0
    prev_script = None
    for i, ch in enumerate(text):
        if ch < "\x80":
            prev_script = "LATIN" if ch.isalpha() else None
            continue
        if ch.isalpha():
            script = _script(ch)
            if prev_script and script != prev_script:
                score += 1  # one word in two scripts: "Cafﻠ"
            elif prev_script and ch.isupper() and text[i - 1].islower():
                score += 0.5  # "пЕПЕЦНБНПШ": a Cyrillic table read with the other one
            if script == "LATIN" and ch not in _WESTERN:
                score += 0.25 if ch in _CENTRAL else 1
            prev_script = script
            continue
        prev_script = None
        if ch in _FINE_MARKS:
            # "¿" or "³" with letters on both sides is a letter decoded with the wrong table.
            if 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha() and ch not in "’–—·":
                score += 1
        else:
            score += 1
    return score


def _legacy_decode(data: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: the most plausible of the detector's candidates and cp1252.

    On short texts charset-normalizer ranks several 8-bit tables as equally good and
    its first pick is often a Baltic or Celtic one ("Cafķ", "ḋ"); reading each
    candidate back and preferring the one that looks like prose fixes that.
    """
    candidates: list[str] = []
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
        if matches:
            best = min(m.chaos for m in matches)
            candidates = [m.encoding for m in matches if m.chaos <= best + 0.05][:8]
    except ImportError:
        pass
    # The tables most legacy news text is in go first, so they win ties against
    # look-alikes (mac_iceland reads cp1252's ’ as í, at the same score).
    candidates = list(dict.fromkeys(_codec_name(c) for c in _PREFERRED + tuple(candidates)))
    sample = data[:20_000]  # enough to tell the tables apart; the score is a Python loop
    scored = []
    for rank, encoding in enumerate(candidates):
        try:
            text = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_implausibility(text) / max(1, len(text)), rank, encoding))
    encoding = min(scored)[2] if scored else "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def decoding(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read in (names starting "utf" are Unicode)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        # UTF-16 text always has NUL bytes (spaces, line ends); without any, FF FE is junk.
        if data.startswith(bom) and (codec != "utf-16" or b"\x00" in data):
            return data.decode(codec, errors="replace"), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with some junk bytes in it stays UTF-8: its valid multi-byte characters
    # outnumber the broken ones, which never happens by chance in 8-bit text.
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    if sum(1 for ch in lenient if ch > "\x7f") - broken > broken:
        return lenient, "utf-8"
    return _legacy_decode(data)


def decode(data: bytes) -> str:
    return decoding(data)[0]


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


def read(data: bytes, name: str) -> Article:
    text = normalize(decode(data))
    blocks = blocks_from_text(text)
    title, first = headline([b.text for b in blocks])
    blocks = blocks[first:]  # what stood above the headline is page furniture
    return Article(blocks=tuple(blocks), title=title, source_name=name)
