"""Turn a reader's blocks into clean paragraphs: drop web furniture, mark headings.

Furniture costs more summary quality than any ranking trick, so the patterns below
are the general forms such lines take across outlets, not any one article's text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block
from .normalize import squash

# Whole lines that are site furniture, never article prose.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        (?:read|see|watch|listen)\s+(?:also|more)\b.*
      | (?:related|more|most\s+read|trending|recommended|top\s+stories|latest)
            (?:\s+(?:stories|articles|coverage|news|reading|videos?|on\s+this\s+story))?\s*[:|\-–—].*
      | advertisement|sponsored(?:\s+content)?|ad|promoted
      | (?:share|tweet|email|print|save)(?:\s+(?:this|on\s+\w+|article|story|page))*
      | (?:follow|like)\s+us\b.*
      | (?:sign\s+up|subscribe)\b.*(?:newsletter|updates|alerts|email|inbox|free).*
      | scroll\s+down\s+(?:for|to)\b.*
      | click\s+here\b.*
      | (?:image|photo|picture|video)\s*(?:source|caption|copyright|credit)?\s*[:,].*
      | (?:getty\s+images|reuters|ap\s+photo|afp|epa)(?:\s*/\s*\S.*)?
      | (?:published|updated|last\s+updated|posted)\s*[:|].*
      | copyright\b.*|©.*|all\s+rights\s+reserved.*
      | by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|\||for)\s*.*)?
      | (?:comments?|\d+\s+comments?)
      | (?:skip\s+to|jump\s+to|back\s+to\s+top)\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Bylines must start with a capital name; the IGNORECASE above would also accept
# "by the way", so they are checked again case-sensitively.
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z]")

# Leading furniture glued to the first paragraph: datelines and wire credits.
_DATELINE = re.compile(
    r"""^(?:
        \(\s*[A-Z][A-Za-z .]{1,20}\)\s*(?:--|—|–|-)\s*
      | [A-Z][A-Z .,'-]{2,40}\s*\((?:AP|Reuters|AFP|CNN|Xinhua|UPI)\)\s*(?:--|—|–|-)\s*
      | (?:PUBLISHED|UPDATED)\s*:.*?\|\s*(?:UPDATED\s*:.*?(?:\d{4}|GMT|BST|UTC|ET)\s*)?
    )""",
    re.VERBOSE,
)

_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”»]$")


@dataclass(frozen=True)
class Paragraph:
    text: str
    section: str | None  # the heading above it, if any


def is_furniture(line: str) -> bool:
    if not _FURNITURE_LINE.match(line):
        return False
    if line[:3].lower() == "by " and not _BYLINE.match(line):
        return False
    # A long line that merely starts like a byline is prose ("By Friday, the talks...").
    return not (line[:3].lower() == "by " and len(line.split()) > 8)


def looks_like_heading(line: str) -> bool:
    """A short line with no sentence-final punctuation stands above a section."""
    words = line.split()
    if not 0 < len(words) <= 10 or _TERMINAL.search(line) or line.endswith((",", ";")):
        return False
    # A quote with its attribution ("“We will see,” he said") is prose missing its stop.
    return not any(mark in line for mark in (',”', ',"', ",’"))


def clean_blocks(blocks: tuple[Block, ...]) -> tuple[list[Paragraph], list[str]]:
    """Return the article's paragraphs and the headings found between them."""
    paragraphs: list[Paragraph] = []
    headings: list[str] = []
    section = None
    for block in blocks:
        text = squash(block.text)
        if not text or is_furniture(text):
            continue
        if block.heading or looks_like_heading(text):
            section = text
            headings.append(text)
            continue
        if not paragraphs:
            text = _DATELINE.sub("", text).strip()
            if not text:
                continue
        paragraphs.append(Paragraph(text, section))
    return paragraphs, headings
