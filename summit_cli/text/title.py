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

from .clean import is_credited, is_furniture, is_notice, stamp_length
from .language import detect
from .split import split_sentences
from .tokens import content_stems

MAX_WORDS = 25  # a longer line is prose, not a headline
HEAD_LINES = 20  # the headline stands among the first lines of a page
BODY_WORDS = 120  # how much of the body's opening a headline is compared with
MAX_PROSE_ABOVE = 50  # words of notices and captions that may stand above a headline
EXTRA_WORDS = 5  # what a breadcrumb or a page title adds to the headline it holds
DIGIT_SHARE = 0.3  # a line more digits than this is a number with a label, not a headline
KICKER_WORDS = 4  # a label above a headline is this short; a headline is longer, mostly
BODY_LINES = 10  # the page's language is read from its head and this many lines more

_SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+\S")  # "Headline - Station 9 News, Weather, Sports"
_CRUMB_SEPARATORS = {">", "›", "»", "/", "|", "→", "-", "–"}
# Menus and run-together navigation: bullets, pipes and chevrons between items, or
# words glued without a space ("InternationalLatest", "HomeNewsLocal", "2020Your"),
# which names such as "McIlroy" or "PlayStation" are not.
_MENU_MARKS = re.compile(r"[•|»«›‹·]|\s{3,}|[a-z]{5,}[A-Z][a-z]|[a-z][A-Z][a-z]+[A-Z][a-z]|\d[A-Z][a-z]")
# Guillemets that open and close words are quotation marks ("прибыл для «разблокировки»
# обменов"), not the chevrons between a menu's items.
_GUILLEMETS = re.compile(r"«[^«»]*»")
# Lines that name the page rather than the story.
_SITE_WORDS = re.compile(
    r"\b(?:news|daily|times|post|herald|tribune|journal|gazette|online|\.com|\.org|\.net)\s*$"
    r"|(?-i:\b(?:News|Times|Post|Herald|Tribune|Journal|Gazette))\s*[–—:-]",  # "Site News – Anchorage"
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:photo|image|video|picture|file|credit|source|filed under|reporting from)\b|\b(?:staff|reporter|correspondent|min read)$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")  # "Kenya’s" is about Kenya
_JUNK_TAIL = "\ufffd \t"  # undecodable bytes after a full stop do not unmake it
_PROSE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
# A full stop ends a statement; "..." or "…" marks a headline cut short, and "U.S."
# ends with an abbreviation.
_STATEMENT_END = re.compile(r"(?<![.…])(?<!\b[A-Z]\.[A-Z])\.[\"'”’»)\]]*$")


# A character standing alone that is no word of ASCII text: undecodable bytes read in
# a legacy code page ("ÿ"), bullets and dashes; between two sentences it hides the stop.
_LONE_MARK = re.compile(r"(?<!\S)[^\x00-\x7f](?!\S)")
# The marks a page opens an item with ("• Headline", "- ✓ The summit …"): no part of a title.
_LIST_MARKS = re.compile(r"^\s*(?:[-–—•▪◦‣✓✔*>]\s*)+(?=\w)")
_ENDS_QUOTING = re.compile(r"[‘“\"'][^‘“\"]*[.!?][’”\"']$")
# 'Putin: "…"', 'Union chief: “…”': a name and a colon before the words is a headline's form,
# never a standfirst's.
_SPEAKER_LABEL = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*:\s*[\"“«„‘]")


# A page's date and time glued after its headline, with the counter of views or comments that
# may stand between them: "… к украинцам 34 21.11.2025, 17:57".
_TRAILING_STAMP = re.compile(r"(?:\s+\d{1,5})?\s+\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}$")
_EMPHASIS = re.compile(r"^\s*\*\*(.+?)\*\*\s*$")  # a page's text in markdown: "**Headline**"


def without_list_marks(text: str) -> str:
    return _LIST_MARKS.sub("", text)


def strip_stamp(line: str) -> str:
    """The line without a date or time stamp glued to its start by a scraper (" date
    2018-10-17 Profit falls", "Monday 16 May 2016 Profit falls") or to its end ("Talks end
    21.11.2025, 17:57"), or a breadcrumb from "Home"."""
    line = _EMPHASIS.sub(r"\1", _TRAILING_STAMP.sub("", line))
    tokens = without_list_marks(line).split()
    return " ".join(_without_breadcrumb(tokens[stamp_length(tokens) :]))


def _without_breadcrumb(tokens: list[str]) -> list[str]:
    """ "Home NEWS Four injured" -> "Four injured"; "Home World Talks resume" -> "Talks resume".

    After "Home" come separators, upper-case section names, or one capitalised section
    name when the headline after it starts with a capital too.
    """
    if len(tokens) < 6 or tokens[0] != "Home":
        return tokens
    k = 1
    while k < len(tokens) and (tokens[k] in _CRUMB_SEPARATORS or (tokens[k].isupper() and len(tokens[k]) > 1)):
        k += 1
    if k == 1 and tokens[1][:1].isupper() and tokens[2][:1].isupper():
        k = 2
    return tokens[k:] if len(tokens) - k >= 4 else tokens


def _is_prose(line: str) -> bool:
    """A sentence of some length, or a paragraph too long to be a headline; a line cut
    short with "..." is a teaser or a breadcrumb, not prose."""
    line = line.rstrip(_JUNK_TAIL)
    n = len(line.split())
    if line.endswith(("...", "…")):
        return False
    if n > MAX_WORDS:
        return True
    # One sentence closing a quotation it opened may be a headline on someone's words, and the
    # quotation may hold several ('Putin: "Kiev must withdraw. A deal? Difficult."'): its
    # words are counted as one.
    quoted = _ENDS_QUOTING.search(line)
    quoting = quoted and len(split_sentences(line[: quoted.start() + 1] + "…" + line[quoted.end() - 2 :])) == 1
    return n >= 12 and bool(_PROSE_END.search(line)) and not quoting


def _content(text: str, language: str) -> set[str]:
    # (in the page's language: "Казахстана" and "Казахстан" are one word)
    return {w for w in content_stems(_POSSESSIVE.sub("", text), language) if len(w) > 2}


def _shape(line: str, ending: re.Pattern) -> float:
    """How much a line looks like a headline, whatever it says: 0 for what cannot be one."""
    line = line.rstrip(_JUNK_TAIL)
    n = len(line.split())
    if (
        n < 2
        or n > MAX_WORDS
        or is_furniture(line)
        or _MENU_MARKS.search(_GUILLEMETS.sub("", line))
        or _CREDIT.search(line)
    ):
        return 0.0
    if line[0].islower() or not (line[0].isalnum() or line[0] in "\"'“‘(«„"):
        return 0.0  # icon names and emoji ("clock menu more-arrow", "❌ About"), fragments
    if _SITE_WORDS.search(line) and n <= 5:
        return 0.0
    if sum(ch.isdigit() for ch in line) > DIGIT_SHARE * len(line.replace(" ", "")):
        return 0.0  # a phone number, a licence or a score line ("Hotline: 010-85061466")
    if line.endswith(":"):
        return 0.0  # a lead-in
    if ending.search(line):
        # A sentence (a standfirst, the first line of the story), unless its stop closes
        # a quotation the line opened: a headline may end on someone's words ("Minister
        # says delays are ‘disappointing for all of us.’"), though a standfirst may too.
        return (1.0 if _SPEAKER_LABEL.match(line) else 0.6) if _ENDS_QUOTING.search(line) else 0.0
    if len(split_sentences(_LONE_MARK.sub(" ", line))) > 1:
        return 0.0  # two sentences are prose, whatever ends the line ("... talks. ÿ More talks ÿ")
    return 1.0 if n >= 4 else 0.6


def _shared(line: str, following: list[str], language: str) -> tuple[int, int]:
    """How many of a line's words the text after it has, and how many words it has."""
    own = _content(line, language)
    return len(own & _content(" ".join(" ".join(following).split()[:BODY_WORDS]), language)), len(own)


def _announces(line: str, following: list[str], language: str) -> bool:
    """Whether a line is about the text after it: it shares two words with the text's
    opening, or a third of its own words."""
    shared, own = _shared(line, following, language)
    return shared >= 2 or (shared > 0 and shared >= own / 3)


def _holds_another(line: str, head: list[str]) -> bool:
    """A breadcrumb or a page title: another line plus a few words ("Home World Talks
    resume", "Talks resume - Daily Site News"); the headline is the shorter one. A
    line that adds more than a few words is the full headline of a shortened copy, and
    so is a line whose start is repeated below it, cut short (an image's alt text), unless
    what it adds is a site's name."""
    n = len(line.split())
    at = head.index(line) if line in head else len(head)
    for k, other in enumerate(head):
        if not other or other == line or other not in line or len(other.split()) < 3:
            continue
        added = line[line.index(other) + len(other) :]
        if k > at and line.startswith(other) and not _SITE_SUFFIX.match(added):
            continue  # "Talks resume in Geneva" above "Talks resume in": a cut copy below it
        if len(other.split()) >= n - EXTRA_WORDS or _SITE_SUFFIX.match(added):
            return True
    return False


def _a_name(line: str) -> bool:
    """A name or a label of a few words, each capitalised ("Дональд Трамп", "Black Sea", "KEY
    POINTS"): what a caption, a byline or a section names, where a short headline has a verb or
    a noun in lower case ("Senegal protests")."""
    words = line.split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words if w[:1].isalpha())


def headline(lines: list[str]) -> tuple[str | None, int]:
    """The headline among the first lines of a page, and the index of the line after it.

    The headline is the first headline-shaped line of four words or more that shares
    two words with the text after it (a site's tagline, a kicker or an advert does not;
    subtitles, captions and standfirsts come after the headline); else the first line
    a third of whose words the text shares (a short headline); else the first
    headline-shaped line of four words or more. A notice or caption of a
    few sentences may stand above it, no more. Returns (None, 0) when no line reads as
    a headline: the article then keeps every line and the brief names itself from its
    first sentence.
    """
    head = [strip_stamp(ln) for ln in lines[:HEAD_LINES]]
    language = detect(" ".join(lines[: HEAD_LINES + BODY_LINES]))
    # Without any prose near the top the lines are the article's own short sentences,
    # and a question among them ("What does Russia want?") is one of them.
    has_body = any(_is_prose(ln) for ln in lines[: HEAD_LINES + 1])
    ending = _STATEMENT_END if has_body else _PROSE_END
    strong = kicker = weak = unrelated = None
    stated = False  # a sentence of the story was passed: what follows it is not its headline
    prose_words = 0
    for k, line in enumerate(head):
        if is_notice(line) or is_credited(line):
            continue  # however long, a notice about the site stands above the story; a credit, a photo
        if _is_prose(line):
            prose_words += len(line.split())
            # The story has begun once a paragraph of it is read: a notice ("You are
            # using an outdated browser") or a photo caption above a headline is not
            # about the text beyond the next line (notices come in runs), or is a
            # short line standing alone.
            # A caption is one sentence: two are the story's opening paragraph, and the
            # line after them is a subheading, not the headline.
            caption = (
                len(line.split()) <= MAX_WORDS
                and k + 1 < len(lines)
                and not _is_prose(lines[k + 1])
                and len(split_sentences(line)) == 1
            )
            # A date the scraper glued to a paragraph marks where the page's text begins:
            # what follows it is the story, not a caption or a notice above the headline.
            opens = stamp_length(lines[k].split()) > 0
            if (
                prose_words > MAX_PROSE_ABOVE
                or opens
                or (not caption and _announces(line, lines[k + 2 : k + 9], language))
            ):
                break
            continue
        shape = _shape(line, ending)
        stated = stated or (not shape and bool(_PROSE_END.search(line.rstrip(_JUNK_TAIL))) and len(line.split()) >= 4)
        if not shape or _holds_another(line, head):
            continue
        # A line repeated below it (a standfirst, a caption) does not announce itself.
        shared, own = _shared(line, [ln for ln in lines[k + 1 : k + 8] if ln != line], language)
        if shape >= 1.0 and shared >= 2:
            if len(line.split()) > KICKER_WORDS:
                strong = k
                break
            kicker = k if kicker is None else kicker  # "Food is serious business" above the headline
            continue
        if weak is None and shared and shared >= own / 3 and not prose_words and not _a_name(line):
            weak = k  # a short headline ("Senegal protests"), or a kicker above the headline
        elif shape >= 1.0 and unrelated is None and not stated and (shared or not prose_words):
            unrelated = k  # below a notice, a line must at least touch on what follows
    for found in (strong, kicker, weak, unrelated):
        if found is not None and found + 1 < len(lines):
            k = found
            rest = k + 1
            # Pages repeat their headline, sometimes with the photo caption glued on.
            while rest + 1 < len(lines) and strip_stamp(lines[rest]).startswith(head[k]):
                rest += 1
            return head[k], rest
    return None, 0
