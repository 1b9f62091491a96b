"""Turn a reader's blocks into clean paragraphs: drop web furniture, mark headings.

Furniture costs more summary quality than any ranking trick, so the patterns below
are the general forms such lines take across outlets, not any one article's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import every, words
from ..model import Block
from .normalize import squash

# Whole lines that are site furniture, never article prose.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        (?:read|see|watch|listen)\s+(?:also|more)\b.*
      | (?:read|watch|listen|see\s+also|opinion|related\s+articles?|more\s+on\s+this)\s*:.*
      | for\s+confidential\s+support\b.*
      | (?:additional\s+)?(?:reporting|editing|writing)\s+by\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}
            (?:\s*(?:[;,]|and)\s*.*)?\W*
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
      | (?:published|updated|last\s+(?:updated|modified)|posted)\s*(?:[:|]|at\b|on\b).*
      | by|and|\|
      | (?:image|photo|picture|video)s?\s*(?:source|caption|copyright|credit)?
      | (?:watch|see)\s+(?:the\s+)?video\b.*|video\s*[:|-].*
      | (?:follow|contact)\s+(?:\w+\s+){0,3}(?:on\s+(?:twitter|facebook|instagram|x)\b|@+\w+).*
      | (?-i:(?:[A-Z][\w.'’-]*,?\s+(?:and\s+)?){1,8})contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\W*
      | (?:[^.!?]|\.(?!\s)){0,300}\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\W*
      | (?-i:[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}['’]s\s+[A-Z])(?:[^.!?"“]|\.(?!\s)){0,250}\b(?:reported|wrote|contributed)\s+(?:from|in)\b
            (?:[^.!?"“]|\.(?!\s)){0,250}[.!]?
      | (?:e-?mail|share)\s+(?:this|to\s+a\s+friend).*
      | copyright\b.*|©.*|all\s+rights\s+reserved.*
      | by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|\||for)\s*.*)?
      | (?:comments?|\d+\s+comments?)(?:\s*\(\d+\))?
      | (?:the\s+)?(?:views|opinions)\s+expressed\s+(?:in\s+this\s+\w+|here|above|in\s+the\s+contents\s+above)\b.*
      | share\s+(?:or\s+comment\s+on\s+)?(?:this|the)\s+(?:article|story|page|image|video|picture|photo)\b.*
      | (?:share|tweet|pin|email)\s+(?:on|via|to)\s+(?:facebook|twitter|x|pinterest|whatsapp|linkedin|reddit|email)\b.*
      | (?:pictured|main\s+(?:picture|image|photo)|inset|above|below|top|bottom|left|right)\s*:.*
      | (?-i:(?:IMAGES?|PHOTOS?|PICTURES?|PICTURED|GALLERY|VIDEOS?)\b).*
      | (?:skip\s+to|jump\s+to|back\s+to\s+top)\b.*
      | go\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Prompts to comment, share or write in, and promotions: short lines, wherever they
# sit. Prose can start the same way ("No comment came from the firm"), so a prompt
# must match as a whole and be short.
PROMPT_WORDS = 20
_PROMPT = re.compile(
    r"""^(?:
        no\s+comments?(?:\s+yet)?(?:\s+have\s+(?:so\s+far\s+)?been\s+(?:submitted|made|posted)\b.*)?\W*
      | (?:there\s+are\s+)?no\s+comments\s+(?:yet|so\s+far)\b.*
      | (?:add|post|leave|write|view|read|see|show|hide|load)\s+(?:your|a|all|the|our|\d+|more)?\s*comments?\W*
      | (?:be\s+the\s+first\s+to|(?:log|sign)\s+in\s+to|click\s+to)\s+(?:comment|share|reply)\b.*
      | why\s+not\s+be\s+the\s+first\b.*|have\s+your\s+say\b.*|join\s+the\s+(?:conversation|debate|discussion)\b.*
      | (?:share|tell\s+us|let\s+us\s+know)\s+(?:\w+\s+){0,4}(?:thoughts|views|comments?|opinions?|what\s+you\s+think)\b.*
      | (?:what\s+do\s+you\s+think|what\s+are\s+your\s+thoughts)\?.*
      | (?:the\s+)?comments\s+below\b.*
      | related\s+articles?\W*|previous\s+next\b.*
      | (?:e-?mail|send|contact|write\s+to)\s.*\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b.*
      | (?:watch|tune\s+in\s+to)\s.*\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+(?:ET|PT|CT|GMT|BST))?(?:\s+on\s+\S+)?\W*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Bylines must start with a capital name; the IGNORECASE above would also accept
# "by the way", so they are checked again case-sensitively.
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z]")

# A place in capitals that opens a paragraph: "LONDON/KYIV: ", "ISTANBUL | Xinhua | ",
# "ANCHORAGE, Alaska – ". After a standfirst the story's first paragraph is not the page's first.
_PLACE_DATELINE = re.compile(
    r"^[A-Z]{3,}(?:(?:,\s*|/|\s+)[A-Z]{3,}){0,3}(?:,\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?"  # "ANCHORAGE, Alaska"
    r"\s*(?::|—|–|--|\|[^|\n]{1,30}\|)\s+(?=[\"“‘]?[A-Z])"
)
# Leading furniture glued to the first paragraph: datelines and wire credits (a place in
# capitals alone is _PLACE_DATELINE's, which every paragraph is read for).
_DATELINE = re.compile(
    r"""^(?:
        (?:[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4}\s*)?\(\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s*\)
            \s*(?:--|—|–|-)\s*
      | (?:[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4}\s*)?\((?:CNN|AP|Reuters|AFP|UPI|Xinhua)\)\s*
      | \([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}\)(?=["“‘]?[A-Z])  # "(Outlet)Text": a credit glued on
      # A Russian or Ukrainian wire's place, day and name: "МОСКВА, 21 ноя - РИА Новости. ", "КИЇВ, 5 травня 2025 — Укрінформ. "
      | [А-ЯЁІЇЄҐ]{3,}(?:[-\s][А-ЯЁІЇЄҐ]{3,}){0,2},\s+\d{1,2}\s+[а-яёіїєґ]{3,}\.?(?:\s+\d{4})?\s*[-—–]\s*[^.\n]{1,40}?\.\s+(?=[«"„“]?[А-ЯЁІЇЄҐA-Z])
      | (?:PUBLISHED|UPDATED)\s*:.*?\|\s*(?:UPDATED\s*:.*?(?:\d{4}|GMT|BST|UTC|ET)\s*)?
      | (?i:date|updated|published|posted)\s*:?\s*\d{4}-\d\d-\d\d(?:[T\s]\d\d:\d\d(?::\d\d)?Z?)?\s+  # a scraper's stamp
    )""",
    re.VERBOSE,
)
# Some archives join a page's lines with " . ", marking each line that had no full
# stop of its own (bylines, stamps, captions, headings): split there to get the lines back.
_JOINED_LINE_END = re.compile(r"(?<=\S)\s+\.(?:\s+|$)")
# A photo caption: a short label and a colon, then a description with no full stop
# ("Devastated: the family at the harbour"). Prose with a colon ends with a stop.
_CAPTION = re.compile(r"^(?:[A-Z][\w'’-]*|\d[\w'’-]*)(?:\s+[\w'’-]+){0,2}\s*:\s+\S")
CAPTION_SENTENCES = 2  # a label's description runs to no more ("New Delhi: For India, ... conc" is prose cut short)
_DATE_WORDS = "|".join(
    sorted(
        every("months")
        | words("month_abbreviations")
        | every("weekdays")
        | every("date_words")
        | words("weekday_abbreviations")
        | words("time_zones"),
        key=lambda w: (-len(w), w),
    )
)
# The words of a date or time stamp: "07:03 EST, 2 March 2013", "July 8, 2017 / 7:18 AM /
# a month ago", "date 2018-10-17", "Updated on Tuesday at 10:42".
_STAMP_WORDS = re.compile(
    rf"""^(?:\d[\d:.,/-]*(?:st|nd|rd|th)?|[ap]\.?m\.?|on|at|of|the|a|an|ago|[/|–—-]|{_DATE_WORDS}|
        (?:second|minute|hour|day|week|month|year)s?|date|updated|published|posted|last)[,.|]{{0,2}}$""",
    re.IGNORECASE | re.VERBOSE,
)
# What makes a run of stamp words a stamp: a date or a time, not just a number.
_DATE_MARK = re.compile(
    rf"^(?:{_DATE_WORDS}|\d{{4}}-\d\d-\d\d(?:T[\d:]+Z?)?|\d\d?/\d\d?/\d{{2,4}}|\d\d?:\d\d|\d{{4}}|date|updated|published|posted)[,.|]?$",
    re.IGNORECASE,
)
_STAMP_LINKS = {"on", "at", "of", "the", "a", "an"}  # these join a stamp to what follows, they do not end one


def stamp_length(tokens: list[str]) -> int:
    """How many tokens at the start of a line are a date or time stamp: 0 unless they hold
    a date or a time and a digit ("May Day rally" and "25 billion" are not stamps)."""
    k = 0
    while k < len(tokens) and _STAMP_WORDS.match(tokens[k]):
        k += 1
    while k and tokens[k - 1].lower() in _STAMP_LINKS:
        k -= 1
    stamp = tokens[:k]
    return k if any(ch.isdigit() for t in stamp for ch in t) and any(_DATE_MARK.match(t) for t in stamp) else 0


# A line without a full stop whose words are mostly in another paragraph is a caption.
ECHO_SHARE, ECHO_WINDOW = 0.7, 50

_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”»]$")
_SINGLE_QUOTED_END = re.compile(r"(?<!\w)‘[^‘’\n]+’$")


@dataclass(frozen=True)
class Paragraph:
    text: str
    section: str | None  # the heading above it, if any


_JUNK_TAIL = "\ufffd \t"


def _ends_sentence(line: str) -> bool:
    """Closed by a full stop (or ! ? …); undecodable bytes after it do not unmake that."""
    line = line.rstrip(_JUNK_TAIL)
    # ("… will give Ukraine ‘very good protection’": a single quotation closing the line ends it
    # as a double one does; a lone ’ there is a possessive's: "the students’")
    return bool(_TERMINAL.search(line) or _SINGLE_QUOTED_END.search(line))


_SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’»)\]]*\s+\S")


def _is_stamp(line: str) -> bool:
    """A line of nothing but a date and time ("07:03 EST, 2 March 2013")."""
    words = line.split()
    return any(ch.isdigit() for ch in line) and len(words) <= 12 and all(_STAMP_WORDS.match(w) for w in words)


def is_furniture(line: str) -> bool:
    if _is_stamp(line) or not any(ch.isalnum() for ch in line):
        return True
    if len(line.split()) <= PROMPT_WORDS and _PROMPT.match(line):
        return True
    if not _FURNITURE_LINE.match(line):
        return False
    if line[:3].lower() == "by " and not _BYLINE.match(line):
        return False
    # A long line that merely starts like a byline is prose ("By Friday, the talks...").
    return not (line[:3].lower() == "by " and len(line.split()) > 8)


# A notice from the site to its reader about the page itself: scripts, cookies, the
# browser, ad blockers, sign-ins. It speaks to the reader ("your browser", "please
# enable", "we use cookies") about the site's machinery; news about browsers or
# cookies does neither, so both are needed.
_NOTICE_TECH = re.compile(
    r"\b(?:javascript|cookies|(?:web\s+)?browser|ad[\s-]?blocker|pop-?up\s+blocker)\b", re.IGNORECASE
)
_NOTICE_READER = re.compile(r"\b(?:your|please|we\s+use|enable|disable|upgrade|accept)\b", re.IGNORECASE)


def is_notice(line: str) -> bool:
    """A site's notice to its reader ("JavaScript is disabled in your browser", "This site uses
    cookies. By continuing to browse you agree ..."): never the article, and never its headline."""
    return bool(_NOTICE_TECH.search(line) and _NOTICE_READER.search(line))


# Where a photo is: "(left)", "(far right)", "(top)". Prose never locates things so;
# a caption does, and a caption pasted into the text often keeps no full stop.
_PHOTO_POSITION = re.compile(
    r"\((?:(?:far|second|third|back|front|bottom|top|centre|center)(?:\s+row)?\s+)?(?:from\s+)?"
    r"(?:left|right|centre|center|above|below|top|bottom|inset|middle)(?:\s+to\s+right)?\)"
    r"|\((?:from\s+)?l\s*(?:to|-|–)\s*r\)",  # "(From L to R)", "(L-R)"
    re.IGNORECASE,
)
# "(pictured)" is also prose ("Smith (pictured) was jailed"); a caption ends with it.
_ENDS_PICTURED = re.compile(r"\((?:also\s+)?pictured(?:\s+\w+){0,2}\)\W*$", re.IGNORECASE)


# The photo agencies whose name stands after a photographer's and a slash ("Jane Roe/Reuters").
_AGENCIES = r"AFP|AP|Reuters|EPA|Getty\s+Images?|Sputnik|Anadolu|Bloomberg"


# A photo's credit makes its line a caption in any language: "Сергей Лавров / © Associated
# Press", "Рустем Умеров (Фото: Reuters)", "(Illustrative photo from 2018: EPA)",
# "Photographer: … via Getty Images". A headline or a paragraph of the story carries none.
# So does a credit in brackets that ends the line: "(Photo by … / AFP)", "(AP Photo/…)",
# "(Jane Roe/Getty Images)", "(Jane Roe / Reuters)", "(Getty Images)".
_PHOTO_CREDIT = re.compile(
    r"©|\((?:[^()]{0,40}\s)?(?:photo|photograph|image|фото)\b[^():]{0,30}:|^photographer\s*:|\bvia\s+getty\s+images\b"
    r"|\((?:photo|image)\s+by\s[^()]{0,60}\)\s*$|\(ap\s+photo\b[^()]{0,40}\)\s*$|\(getty\s+images?\)\s*$"
    rf"|\([^()]{{0,60}}/\s*(?:{_AGENCIES}|pool|handout)\b[^()]{{0,40}}\)\s*$",
    re.IGNORECASE,
)
# "Alina Smutko/ReutersRussia’s foreign ministry said …": a photo's credit glued to the
# sentence after it, with no space; split there (the credit, a line with no stop, is dropped
# as a caption).
_GLUED_CREDIT = re.compile(rf"(?<=\S/)((?:{_AGENCIES}))(?=[A-Z][a-z])")
CREDIT_WORDS = 30  # a longer line is prose that mentions a photo


def is_credited(line: str) -> bool:
    return len(line.split()) <= CREDIT_WORDS and bool(_PHOTO_CREDIT.search(line))


def is_caption(line: str) -> bool:
    from .split import split_sentences

    if is_credited(line):
        return True
    if _PHOTO_POSITION.search(line) or _ENDS_PICTURED.search(line):
        # One sentence is a caption; a paragraph holding one is judged sentence by sentence.
        return len(split_sentences(line)) == 1
    if not _CAPTION.match(line) or _ends_sentence(line) or line.endswith((",", ";", ":")):
        return False
    # A quotation left open ("MAYNES: So, here, Putin says "military operations are ongo") is a
    # transcript's turn cut short, not a label and its caption.
    return not _opens_quote(line) and len(split_sentences(line)) <= CAPTION_SENTENCES


def looks_like_heading(line: str, max_words: int = 10) -> bool:
    """A short line with no sentence-final punctuation stands above a section."""
    line = line.rstrip(_JUNK_TAIL)
    words = line.split()
    if not 0 < len(words) <= max_words or _ends_sentence(line) or line.endswith((",", ";", ":")):
        return False
    # A quote with its attribution ("“We will see,” he said") is prose missing its stop; one
    # left open ("“We are grateful to our partners. We need to contin") is prose cut short.
    return not any(mark in line for mark in (",”", ',"', ",’")) and not _opens_quote(line)


def _opens_quote(text: str) -> bool:
    """Whether a text leaves a quotation open: an odd number of straight double quotes, more
    opening marks than closing ones («…», “…”, and „…“ whose closing mark is “), or a single
    mark that opens it."""
    low, left, right = text.count("„"), text.count("“"), text.count("”")
    # A single mark opening the text and never closed (’ before a letter is an apostrophe):
    # "‘They can meet as many tim".
    single = text.lstrip().startswith("‘") and not re.search(r"’(?!\w)", text)
    return text.count('"') % 2 == 1 or text.count("«") > text.count("»") or low > left or left > right + low or single


def _lines(text: str, paragraph: bool) -> list[tuple[str, bool]]:
    """A block as (line, had_no_stop) pairs: the lines an archive joined with " . ".

    Such an archive marks exactly the lines that had no full stop of their own, and
    in news those are never prose: bylines, stamps, headings and photo captions
    (which repeat the body and would crowd into a summary). An archive keeps a whole
    article on one line; `paragraph`: the block is one paragraph of several instead.
    """
    text = re.sub(r"^By\s+\.\s+", "By ", text)  # "By . Jane Example . PUBLISHED: ..."
    pieces = _JOINED_LINE_END.split(text)
    if len(pieces) == 1:
        return [(text, False)]
    if paragraph and len(pieces) == 2 and not pieces[1]:
        # "… said the minister .": a stray space before a paragraph's last stop joins no lines.
        return [(pieces[0] + ".", False)]
    from .split import split_sentences

    out = []
    carried = ""
    for k, piece in enumerate(pieces):
        piece = f"{carried} . {piece}" if carried else piece
        carried = ""
        if not piece:
            continue
        if k == len(pieces) - 1:
            out.append((piece, False))
            continue
        *prose, line = split_sentences(piece) or [piece]
        if _opens_quote(line):
            # "«… (the town near the plant) . It is in our interest», he said": a stray space
            # before a stop inside a quotation joins no lines.
            carried = piece
            continue
        if prose:
            out.append((" ".join(prose), False))
        out.append((line, True))
    return out


def clean_blocks(blocks: tuple[Block, ...]) -> tuple[list[Paragraph], list[str]]:
    """Return the article's paragraphs and the headings found between them."""
    paragraphs: list[Paragraph] = []
    headings: list[str] = []
    section = None
    lines = [
        (block, line)
        for block in blocks
        for part in _GLUED_CREDIT.sub("\\1\n", squash(block.text)).split("\n")
        for line in _lines(part, len(blocks) > 1)
    ]
    openers = [m.group(0).strip() for _, (text, _) in lines if (m := _PLACE_DATELINE.match(text))]
    # Labels in capitals, one of them opening several lines, name who speaks in a transcript
    # ("DETROW: So let's start"): the lines keep them.
    transcript = len(set(openers)) < len(openers)
    for block, (text, had_no_stop) in lines:
        if is_furniture(text) or is_caption(text) or is_notice(text):
            continue
        if block.heading or looks_like_heading(text):
            section = text
            headings.append(text)
            continue
        if had_no_stop:
            continue  # a caption without a label, or a quote's lead-in ("He said:")
        if not paragraphs:
            for _ in range(2):  # a scraper's stamp, then the story's own dateline
                text = _DATELINE.sub("", text).strip()
                text = text if transcript else _PLACE_DATELINE.sub("", text)
            # "Tuesday, 4 March 2025 The two sides agreed ...": a stamp glued to the story.
            tokens = text.split()
            k = stamp_length(tokens)
            if k and k < len(tokens) and tokens[k][:1].isupper():
                text = " ".join(tokens[k:])
            if not text or is_furniture(text):
                continue
        elif not transcript:
            text = _PLACE_DATELINE.sub("", text)
        paragraphs.append(Paragraph(text, section))
    return _without_echoes(paragraphs), headings


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _without_echoes(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Drop lines that repeat a nearby paragraph: photo captions.

    A caption is a line with no full stop, or one labelled sentence ("Rescue: crew
    members ... the bull."). Only ECHO_WINDOW paragraphs either side are compared,
    which covers a web article and keeps a long list of unpunctuated lines linear.
    """
    bags = [_words(p.text) for p in paragraphs]
    echoes = set()
    for k, para in enumerate(paragraphs):
        # Prose that holds a full sentence is no caption, whatever junk ends it.
        if _SENTENCE_INSIDE.search(para.text) or not bags[k]:
            continue
        if _ends_sentence(para.text) and not _CAPTION.match(para.text):
            continue
        for j in range(max(0, k - ECHO_WINDOW), min(len(paragraphs), k + ECHO_WINDOW + 1)):
            if j != k and j not in echoes and len(bags[k] & bags[j]) >= ECHO_SHARE * len(bags[k]):
                echoes.add(k)
                break
    return [p for k, p in enumerate(paragraphs) if k not in echoes]
