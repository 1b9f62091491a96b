"""A rule-based sentence splitter that needs no downloaded model.

Splits at . ! ? … followed by space and a capital (or an uncased letter, a digit, an
opening quote), except after abbreviations, initials and inside an open quotation,
so that a two-sentence quote with its attribution stays one sentence. Quotes that
run on past MAX_QUOTED_WORDS are split after all: a 100-word "sentence" is not
something a reader wants in a summary, and centrality rankers over-reward it.
"""

from __future__ import annotations

import re

from ..lang import words

MAX_QUOTED_WORDS = 60
MAX_SENTENCE_WORDS = 120
# A 100,000-letter "word" is one word: cap characters too, so that every later stage
# (and reportlab's line breaking, quadratic in a paragraph's length) sees bounded pieces.
MAX_SENTENCE_CHARS = 1500

# Never the end of a sentence: they precede a name or a number.
_TITLES = words("abbreviations")
# Abbreviations that may also close a sentence ("...at 5 p.m. The talks...").
_MAY_END = words("may_end_abbreviations")
# Words that start sentences far more often than they follow an abbreviation.
_STARTERS = words("sentence_starters")

# Matches start only at the first mark of a run and never backtrack into it: a run of
# 30,000 dots not followed by a space took 30 s (quadratic) with a plain `+`.
_CANDIDATE = re.compile(r"(?<![.!?…])([.!?…]++)([\"”’'»)\]]*+)\s+")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
# A photo caption pasted into the text without a full stop ends at its position mark:
# "... at the crown court (pictured) He added ...". In prose the mark follows a name
# and a verb follows it, so only a capital after the mark makes a boundary.
_PHOTO_MARK_BREAK = re.compile(
    r"\((?:pictured|picture|above|below|left|right|centre|center|top|bottom|inset|file(?:\s+photo)?)"
    r"(?:\s+(?:left|right|above|below|centre|center|top|bottom))?\)\s+",
    re.IGNORECASE,
)
ABBREVIATION_WINDOW = 32  # longer than any abbreviation above
_OPENERS = "\"“‘'([«„¿¡"


# Single quotes (the house style of many British papers) share their mark with the
# apostrophe: an opener follows a space or bracket, a closer precedes one.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[“\"]))[‘'](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…])[’'](?=[\s.,;:!?)\]”\"]|$)")


def _quote_depth(text: str) -> int:
    # „…“ (Ukrainian, German) closes with the mark that opens an English quote.
    low = text.count("„")
    low_closed = min(low, text.count("“"))
    curly = text.count("“") - low_closed + low + text.count("«") - text.count("”") - text.count("»") - low_closed
    straight = text.count('"') % 2
    single = len(_SINGLE_OPEN.findall(text)) - len(_SINGLE_CLOSE.findall(text))
    return max(curly, 0) + straight + max(single, 0)


def _opens_quote(rest: str) -> bool:
    return rest[:1] in ('"', "“", "«", "„") or (rest[:1] in ("'", "‘") and rest[1:2].isalpha())


def _starts_sentence(rest: str) -> bool:
    i = 0
    while i < len(rest) and rest[i] in _OPENERS:
        i += 1
    if i >= len(rest):
        return False
    ch = rest[i]
    return ch.isdigit() or (ch.isalpha() and not ch.islower())


def _is_abbreviation_stop(before: str, rest: str, extra: Abbreviations | None = None) -> bool:
    # Only the tail: searching a whole 200,000-letter "word" for `[\w.]+$` is quadratic.
    m = _WORD_BEFORE.search(before[-ABBREVIATION_WINDOW:])
    if not m:
        return False
    raw = m.group(1).strip(".")
    if not raw or (len(raw) > 1 and raw.isupper() and "." not in raw):
        return False  # an acronym ("the SEC."), not an abbreviation ("Sec. 5")
    word = raw.lower()
    never_end, may_end, starters = extra or ((), (), ())
    if word in _TITLES or word in never_end:
        return True
    # An initial ("J. K. Rowling"), initials run together ("J.J. Abrams") or a letter
    # that ends a name ("hepatitis A. The ..."): a sentence ends there only before a
    # word that usually opens one.
    if word in _MAY_END or word in may_end or (len(word) == 1 and word.isalpha()) or _INITIALS.match(word):
        nxt = re.match(r"[\"“‘'(«„]*(\w+)(\.?)", rest)
        if nxt and len(nxt.group(1)) == 1 and nxt.group(2):
            return True  # another initial follows: "J. A. Smith"
        return not (nxt and (nxt.group(1).lower() in _STARTERS or nxt.group(1).lower() in starters))
    return False


def photo_breaks(paragraph: str) -> list[int]:
    """Offsets where a caption pasted in without a full stop ends."""
    return [
        m.end()
        for m in _PHOTO_MARK_BREAK.finditer(paragraph)
        if _starts_sentence(paragraph[m.end() : m.end() + ABBREVIATION_WINDOW])
    ]


# A language's own abbreviations (summit_cli/lang/*.toml), beside the built-in ones:
# (never end a sentence, may end one, words that start sentences).
Abbreviations = tuple[frozenset[str], frozenset[str], frozenset[str]]


# A stop with no space after it, between words ("on Friday.The envoy", "ТАСС.Ранее"): two
# sentences run together by a page's markup. A domain ("Ukrinform.ua"), "U.S.Army" or
# "Mrs.Smith" is not one: the word after must be capitalised prose, the one before a word,
# and the two a token with no other stop, slash or "@" ("www.Site.Com", "site.com/News").
_GLUED_STOP = re.compile(r"(?<=[^\W\d_]{2})[.?](?=[^\W\d_][^\W\d_]{2})")
_TOKEN_AT = re.compile(r"\S+")


def _one_stop_token(paragraph: str, at: int) -> bool:
    # Windows, not scans to the ends: a megabyte without a space must stay linear.
    lo = max(0, at - ABBREVIATION_WINDOW)
    start = paragraph.rfind(" ", lo, at) + 1
    if not start and lo:
        return False  # a "word" longer than the window is no prose
    m = _TOKEN_AT.match(paragraph, start, at + ABBREVIATION_WINDOW)
    token = m.group(0) if m else ""
    return sum(token.count(ch) for ch in ".?/@:") == 1


def _unglue(paragraph: str, abbreviations: Abbreviations | None) -> str:
    cuts = [
        m.end()
        for m in _GLUED_STOP.finditer(paragraph)
        if paragraph[m.end()].isupper()
        and paragraph[m.end() + 1 : m.end() + 3].islower()
        and _one_stop_token(paragraph, m.start())
        and not _is_abbreviation_stop(
            paragraph[max(0, m.start() - ABBREVIATION_WINDOW) : m.start()],
            paragraph[m.end() : m.end() + ABBREVIATION_WINDOW],
        )
    ]
    if not cuts:
        return paragraph
    parts = [paragraph[a:b] for a, b in zip([0, *cuts], [*cuts, len(paragraph)])]
    return " ".join(parts)


def split_sentences(paragraph: str, abbreviations: Abbreviations | None = None) -> list[str]:
    """Split one paragraph into sentences; never joins across paragraphs."""
    paragraph = _unglue(paragraph, abbreviations)
    pieces, start = [], 0
    for end in photo_breaks(paragraph):
        pieces.append(paragraph[start:end])
        start = end
    pieces.append(paragraph[start:])
    return [s for piece in pieces for s in _split(piece, abbreviations)]


def _split(paragraph: str, abbreviations: Abbreviations | None) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _CANDIDATE.finditer(paragraph):
        end = m.end(2)
        # Windows, not slices to the ends: copying the rest of a one-line megabyte at
        # every full stop is quadratic (a 5 MB line took minutes).
        rest = paragraph[m.end() : m.end() + ABBREVIATION_WINDOW]
        if not _starts_sentence(rest):
            continue
        before = paragraph[max(start, m.start(1) - ABBREVIATION_WINDOW) : m.start(1)]
        if m.group(1) == "." and _is_abbreviation_stop(before, rest, abbreviations):
            continue
        piece = paragraph[start:end]
        # Inside an open quote, unless a new quote opens: news leaves a quote open at
        # the end of a paragraph that the next paragraph's quote continues.
        if _quote_depth(piece) > 0 and len(piece.split()) < MAX_QUOTED_WORDS and not _opens_quote(rest):
            continue
        out.append(piece.strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return [chunk for s in out for chunk in _cap(s)]


def _cap(sentence: str) -> list[str]:
    """Break a run-on "sentence" (lists, a megabyte with no full stop) into chunks."""
    words = sentence.split(" ")
    if len(words) <= MAX_SENTENCE_WORDS and len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    chunks = [" ".join(words[i : i + MAX_SENTENCE_WORDS]) for i in range(0, len(words), MAX_SENTENCE_WORDS)]
    return [
        c[i : i + MAX_SENTENCE_CHARS].strip()
        for c in chunks
        for i in range(0, len(c), MAX_SENTENCE_CHARS)
        if c[i : i + MAX_SENTENCE_CHARS].strip()
    ]
