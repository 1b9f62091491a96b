"""Unicode and whitespace normalisation shared by every reader."""

from __future__ import annotations

import re
import unicodedata

# Control characters other than tab and newline, lone surrogates and noncharacters
# cannot be drawn and break XML-based writers; they never carry meaning in prose.
_JUNK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\u00ad]")


# Unicode's stream-safe limit (UAX #15). NFC reorders a run of combining marks in
# quadratic time: 40,000 stacked marks ("Zalgo" text) took 3 s, a megabyte would take
# half an hour. No script puts more than a handful on one letter, so the rest go.
MAX_COMBINING_MARKS = 30
_LONG_NON_ASCII = re.compile("[^\x00-\x7f]{%d,}" % (MAX_COMBINING_MARKS + 1))


def _cap_marks(run: str) -> str:
    out, marks = [], 0
    for ch in run:
        marks = marks + 1 if unicodedata.combining(ch) else 0
        if marks <= MAX_COMBINING_MARKS:
            out.append(ch)
    return "".join(out)


def _cap_marks_in(text: str) -> str:
    return _LONG_NON_ASCII.sub(lambda m: _cap_marks(m.group()), text)


def normalize(text: str) -> str:
    """NFC, unified line ends, junk removed, runs of spaces folded (newlines kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _JUNK.sub("", text)
    text = _ZERO_WIDTH.sub("", text)  # before NFC: one between a letter and its accent blocks composing
    text = _cap_marks_in(text)
    text = unicodedata.normalize("NFC", text)
    text = _cap_marks_in(text)  # NFC splits some marks in two (U+0344)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def squash(text: str) -> str:
    """One line, single spaces: how a sentence's text is stored."""
    return " ".join(text.split())


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """One line that is safe to print or store: for file names and error messages.

    Control characters are shown escaped (a newline or an ANSI escape in a file name
    must not break a one-line error or drive the terminal); undecodable bytes, which
    Python hands over as lone surrogates, become U+FFFD so that UTF-8 output works.
    """
    text = _SURROGATE.sub("\ufffd", text)
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
