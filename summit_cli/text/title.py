"""Find an article's headline among the lines that come before its body.

Text saved from a web page starts with whatever the page showed above the story:
site names and logos, menus, breadcrumbs, section labels, dates, bylines, captions,
advertisements. The headline is one line among them. Each line before the body gets
a score from its shape (length, case, punctuation), from what it is not (furniture,
a stamp, a menu, a name), and from how much it shares with the body's opening: a
headline announces the story, an advertisement or a site name does not.
"""
from __future__ import annotations

import re

from .clean import is_furniture
from .tokens import content_stems

MAX_WORDS = 25  # a longer line is prose, not a headline
HEAD_LINES = 12  # the headline stands among the first lines of a page
BODY_WORDS = 120  # how much of the body's opening a headline is compared with

# A leading stamp glued to the headline by a scraper: " date 2018-10-17 Profit falls",
# "Monday 16 May 2016", "July 8, 2017 / 7:18 AM / a month ago".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?"
_STAMP_TOKEN = re.compile(
    rf"^(?:date|updated|published|posted|{_DAY}|{_MONTH}|\d{{1,4}}(?:st|nd|rd|th)?[,.]?|\d{{4}}-\d\d-\d\d[,.]?"
    rf"|\d\d?:\d\d|[ap]\.?m\.?|/|\||-|–|—|ago|a|an|\d+|minutes?|hours?|days?|months?|weeks?|years?|et|gmt|utc|bst)$",
    re.IGNORECASE,
)
# Menus and run-together navigation: bullets, pipes and chevrons between items, or
# words glued without a space ("InternationalLatest", "2020Your").
_MENU_MARKS = re.compile(r"[•|»«›‹·]|\s{3,}|[a-z][A-Z][a-z]|\d[A-Z][a-z]")
# Lines that name the page rather than the story.
_SITE_WORDS = re.compile(
    r"\b(?:news|daily|times|post|herald|tribune|journal|gazette|online|media|radio|tv|network|\.com|\.org|\.net)\s*$",
    re.IGNORECASE,
)
_CREDIT = re.compile(r"^(?:photo|image|video|picture|file|credit|source|filed under)\b|\b(?:staff|reporter|correspondent|min read)$", re.IGNORECASE)
_JUNK_TAIL = "\ufffd \t"  # undecodable bytes after a full stop do not unmake it
_PROSE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_STATEMENT_END = re.compile(r"[.…][\"'”’»)\]]*$")


def strip_stamp(line: str) -> str:
    """The line without a date or time stamp at its start."""
    tokens = line.split()
    k = 0
    while k < len(tokens) and _STAMP_TOKEN.match(tokens[k]):
        k += 1
    if k and not any(ch.isdigit() for ch in " ".join(tokens[:k])):
        return line  # "May Day rally" is no stamp: a stamp has a number in it
    return " ".join(tokens[k:])


def _is_prose(line: str) -> bool:
    """A sentence of some length, or a paragraph too long to be a headline; a line cut
    short with "..." is a teaser or a breadcrumb, not prose."""
    line = line.rstrip(_JUNK_TAIL)
    n = len(line.split())
    if line.endswith(("...", "…")):
        return False
    return n > MAX_WORDS or (n >= 12 and bool(_PROSE_END.search(line)))


def _body_start(lines: list[str]) -> int | None:
    """Where the story starts: a long paragraph, or prose followed by more prose.

    A lone prose line among short ones is a photo caption ("... Image via AP.").
    """
    for k, line in enumerate(lines[:HEAD_LINES + 1]):
        if len(line.split()) > MAX_WORDS + 5 or (
                _is_prose(line) and (k + 1 == len(lines) or _is_prose(lines[k + 1]))):
            return k
    return next((k for k, ln in enumerate(lines[:HEAD_LINES + 1]) if _is_prose(ln)), None)


def _content(text: str) -> set[str]:
    return {w for w in content_stems(text) if len(w) > 2}


def _shape(line: str, ending: re.Pattern) -> float:
    """How much a line looks like a headline, whatever it says: 0 for what cannot be one."""
    line = line.rstrip(_JUNK_TAIL)
    n = len(line.split())
    if n < 2 or n > MAX_WORDS or is_furniture(line) or _MENU_MARKS.search(line) or _CREDIT.search(line):
        return 0.0
    if line[0].islower() or not (line[0].isalnum() or line[0] in "\"'“‘("):
        return 0.0  # icon names and emoji ("clock menu more-arrow", "❌ About"), fragments
    if _SITE_WORDS.search(line) and n <= 5:
        return 0.0
    if ending.search(line):
        return 0.0  # a sentence (a standfirst, the first line of the story), not a headline
    return 1.0 if n >= 4 else 0.6


def headline(lines: list[str]) -> tuple[str | None, int]:
    """The headline among the lines before the body, and the index of the first line after it.

    The headline is the first headline-shaped line of four words or more that shares
    words with the story's opening (subtitles, captions and standfirsts come after it
    and share more); else a shorter one that shares words; else the first
    headline-shaped line. Returns (None, 0)
    when no line reads as a headline: the article then keeps every line and the brief
    names itself from its first sentence.
    """
    start = _body_start(lines)
    # With no prose line near the top only the first line may be a headline, and a
    # question there ("What does Russia want?") is the article's first sentence.
    ending = _STATEMENT_END if start is not None else _PROSE_END
    if start is None:
        start = min(1, len(lines) - 1)
    if not start:
        return None, 0
    body = _content(" ".join(" ".join(lines[start:start + 6]).split()[:BODY_WORDS]))
    head = [strip_stamp(ln) for ln in lines[:start]]
    related, short_related, unrelated = None, None, None
    for k, line in enumerate(head):
        # A breadcrumb or a page title holds the headline and more ("Home World
        # Talks resume", "Talks resume - Daily Site News"): the headline is the shorter.
        if any(other and other != line and len(other.split()) >= 3 and other in line for other in head):
            continue
        shape = _shape(line, ending)
        shares = bool(_content(line) & body)
        if shape >= 1.0 and shares:
            related = k
            break
        if shape and shares and short_related is None:
            short_related = k  # "Senegal protests"; a label such as "Maine State" loses to a longer line
        elif shape >= 1.0 and unrelated is None:
            unrelated = k
    for k in (related, short_related, unrelated):
        if k is not None:
            return head[k], k + 1
    return None, 0
