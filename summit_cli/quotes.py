"""Direct quotes and who said them.

Quotes are found across sentence boundaries (a quote may span two or three sentences),
in straight or curly, double or single quotation marks. The speaker comes from the
attribution next to the quote ("…,” Trump stated", "said Tetiana Harkavenko, a
65-year-old cleaner", "X said: “…”"); "he"/"she" resolve to the last named person when
only one is in sight, and an unattributed quote right after an attributed one keeps its
speaker (the usual way news continues a quote).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import attribution
from .model import Quote, Sentence
from .text.tokens import item_at

MIN_WORDS = 3
MAX_SENTENCES = 3  # a quote longer than this is an unclosed mark, not a quote

VERBS = (r"(?:said|says|say|stated|states|added|adds|told|tells|noted|notes|warned|warns|asked|asks|replied|"
         r"declared|insisted|insists|wrote|writes|posted|tweeted|explained|stressed|stresses|argued|claimed|"
         r"continued|concluded|recalled|remarked|responded|admitted|acknowledged|announced|emphasi[sz]ed|"
         r"affirmed|urged|vowed|promised|thanked|welcomed|called|described|suggested|observed|commented)")
# ", adding that …", ", saying …": the speaker is the subject of the sentence.
PARTICIPLES = (r"(?:adding|saying|noting|warning|writing|telling|insisting|stressing|arguing|calling|describing|"
               r"declaring|explaining|urging|vowing|promising|claiming|emphasi[sz]ing)")
_TITLE = {"president", "prime", "minister", "foreign", "defence", "defense", "secretary", "chancellor", "mr", "mrs",
          "ms", "dr", "general", "gen", "ambassador", "envoy", "special", "vice", "deputy", "chief", "head",
          "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "rep", "mayor", "governor", "king", "queen",
          "pope", "lord", "sir", "dame", "professor", "prof", "commander", "colonel", "lieutenant", "captain",
          "kremlin", "state", "first", "lady", "aide", "adviser", "advisor", "union", "the", "former", "us", "u.s."}
_NOT_NAME = {"i", "we", "you", "it", "this", "that", "the", "a", "an", "but", "and", "in", "on", "meanwhile",
             "however", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "one"}
_DEMONYM = re.compile(r"(?:ian|ish|ese|ean|can|ch)$|^(?:Greek|Swiss|Thai|Czech|Kremlin|White|House)$")
_CAP = r"[A-Z][\w'’.-]*"
_NAME = rf"(?:{_CAP}(?:\s+(?:{_CAP}|(?:de|van|von|al|bin|la|le)\b)){{0,4}})"
# "the Ukrainian leader", "a Kremlin spokesman", "Ukraine’s foreign ministry"
_DESC = rf"(?:(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){{0,3}}[\w'’-]+|{_CAP}['’]s(?:\s+[a-z][\w-]*){{1,3}})"
_PRONOUNS = {"he", "she", "they"}
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
_SUBJ = rf"({_DESC}|{_NAME}|{_PRON})"
_LEAD = r"^[\s,.!?…:;–—-]*"
# …,” Trump stated / …,” the Ukrainian leader said / …,” he wrote on Telegram
_AFTER_SV = re.compile(rf"{_LEAD}{_SUBJ}\s+{VERBS}\b")
# …,” said Tetiana Harkavenko, a 65-year-old cleaner
_AFTER_VS = re.compile(rf"{_LEAD}{VERBS}\s+{_SUBJ}")
# …,” Ukraine’s foreign minister Andrii Sybiha said (a description before the name)
_AFTER_DESC_SV = re.compile(rf"{_LEAD}(?:[\w'’-]+\s+){{1,6}}?({_NAME})\s+{VERBS}\b")
# X said: “…” / X, while not present, affirmed that Ukraine is “…”: the subject right before the verb
_SUBJ_BEFORE_VERB = (re.compile(rf"{_SUBJ},?\s+(?:has\s+|had\s+|have\s+|also\s+)?$"),
                     re.compile(rf"{_SUBJ}\s*,[^,]{{1,60}},\s+(?:has\s+|had\s+|have\s+|also\s+)?$"))
_VERB = re.compile(rf"\b{VERBS}\b")
_PARTICIPLE = re.compile(rf",\s*{PARTICIPLES}\b")
_ACCORDING = re.compile(rf"according\s+to\s+({_NAME}|{_DESC})")
MAX_VERB_DISTANCE = 30  # words between a speech verb and the quote it introduces

_OPEN_CLOSE = {"“": "”", "\"": "\"", "‘": "’", "'": "'", "«": "»", "„": "“"}


@dataclass(frozen=True)
class Found:
    """A quote in the article: where it starts and ends, its text, and the raw attribution."""

    first: int  # position (in the list given) of the sentence where it opens
    last: int  # position of the sentence where it closes
    text: str
    speaker: str | None
    pronoun: bool = False  # speaker was he/she/they, resolved (or not) from context
    continued: bool = False  # no attribution; speaker carried from the quote before
    spans: tuple[tuple[int, int, int], ...] = ()  # (sentence position, start, end) of the quoted characters


def _is_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'‘":
        return not before.isalnum() and (after.isalpha() or after.isdigit())
    if ch == '"':
        return not before.isalnum()
    return True


def _is_close(text: str, i: int, mark: str) -> bool:
    if mark in "'’":
        after = text[i + 1] if i + 1 < len(text) else " "
        before = text[i - 1] if i else " "
        return not after.isalnum() and not before.isspace()
    return True


_MARK = re.compile("[\n" + re.escape("".join(sorted(set(_OPEN_CLOSE) | set(_OPEN_CLOSE.values())))) + "]")


def _spans(text: str) -> list[tuple[int, int]]:
    """(opening, closing) character positions of quotes in the sentences joined by newlines.

    An opening mark closes at the first closing mark after it, unless MAX_SENTENCES
    sentence breaks (or, for “, a new “) come first. Each of those is looked up by
    bisection in precomputed lists, so a long run of marks that never close (« « « …)
    costs linear time instead of a scan to the end of the text from every one of them."""
    marks = [m.start() for m in _MARK.finditer(text)]
    breaks, curly_opens = [], []
    closes: dict[str, list[int]] = {c: [] for c in set(_OPEN_CLOSE.values())}
    for k, i in enumerate(marks):
        c = text[i]
        if c == "\n":
            breaks.append(k)
        if c == "“":
            curly_opens.append(k)
        if c in closes and _is_close(text, i, c):
            closes[c].append(k)
    out = []
    k = 0
    while k < len(marks):
        i = marks[k]
        ch = text[i]
        if ch in _OPEN_CLOSE and _is_open(text, i):
            b = bisect_right(breaks, k) + MAX_SENTENCES - 1
            limit = breaks[b] if b < len(breaks) else len(marks)
            if ch == "“":
                o = bisect_right(curly_opens, k)
                if o < len(curly_opens):
                    limit = min(limit, curly_opens[o])  # a new opening mark first: this one was never closed
            candidates = closes[_OPEN_CLOSE[ch]]
            c = bisect_right(candidates, k)
            if c < len(candidates) and candidates[c] < limit:
                out.append((i, marks[candidates[c]]))
                k = candidates[c]
        k += 1
    return out


def _clean_name(name: str) -> str | None:
    name = name.strip(" ,.")
    toks = name.split()
    if toks and toks[0].lower() in {"the", "a", "an"}:
        return name if len(toks) <= 5 else None
    if len(toks) > 1 and re.search(r"['’]s$", toks[0]) and toks[1][:1].islower():
        return name if len(toks) <= 5 else None
    while len(toks) > 1 and (toks[0].lower().strip(".") in _TITLE or _DEMONYM.search(toks[0])):
        toks = toks[1:]
    if not toks or toks[0].lower() in _NOT_NAME:
        return None
    return " ".join(toks)


def _persons(text: str, known: set[str]) -> list[str]:
    """Names of people in a stretch of text, in order: a capitalised name of two or more words
    (titles dropped), or one word already seen as a surname or right before a speech verb."""
    out = []
    for m in re.finditer(_NAME, text):
        name = _clean_name(m.group(0))
        if not name or _is_description(name):
            continue
        if len(name.split()) >= 2 or _surname(name) in known or re.match(rf"\s+{VERBS}\b", text[m.end():]):
            out.append(name)
    return out


def _surname(name: str) -> str:
    return re.sub(r"['’]s?$", "", name.split()[-1]).lower() if name else ""


def _who(phrase: str) -> tuple[str | None, bool]:
    if phrase in {"he", "she", "they", "He", "She", "They"}:
        return None, True
    return _clean_name(phrase), False


def _attribution(before: str, after: str) -> tuple[str | None, bool]:
    """The speaker phrase next to a quote, and whether it is a pronoun."""
    for pattern in (_AFTER_SV, _AFTER_VS, _AFTER_DESC_SV):
        m = pattern.match(after)
        if m:
            who, pronoun = _who(m.group(1))
            if who or pronoun:
                return who, pronoun
    verbs = [m for m in _VERB.finditer(before) if len(before[m.end():].split()) <= MAX_VERB_DISTANCE]
    for verb in reversed(verbs):
        head = before[: verb.start()]
        if re.search(r"\b(?:and|or|but)\s+$", head):
            continue  # "welcomed the plan and thanked …": the subject is the first verb's
        # "Andriy Yermak, head of the presidential office, said": the name, not the description.
        found = [_who(m.group(1)) for m in (p.search(head) for p in _SUBJ_BEFORE_VERB) if m]
        found = [f for f in found if f[0] or f[1]]
        if found:
            return min(found, key=lambda f: bool(f[0]) and _is_description(f[0]))
        break
    if _PARTICIPLE.search(before) or _PARTICIPLE.match(after):
        m = re.match(rf"\s*{_SUBJ}", before)
        if m:
            who, pronoun = _who(m.group(1))
            if who or pronoun:
                return who, pronoun
    m = _ACCORDING.search(after) or _ACCORDING.search(before)
    if m:
        return _clean_name(m.group(1)), False
    return None, False


def find(sentences: list[Sentence], language: str = "english") -> list[Found]:
    """Every quote with its sentence span and speaker (resolved where the article allows)."""
    rules = attribution.rules(language)  # a language's own attribution data, when it has some
    texts = [s.text for s in sentences]
    joined = "\n".join(texts)
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1

    def sentence_at(char: int) -> int:
        return item_at(starts, char)

    known: set[str] = set()
    for t in texts:
        known.update(_surname(p) for p in _persons(_strip_quotes(t), set()) if len(p.split()) >= 2)
    out: list[Found] = []
    for open_, close in _spans(joined):
        inner = " ".join(joined[open_ + 1:close].split()).strip().rstrip(",")
        first, last = sentence_at(open_), sentence_at(close)
        before = joined[starts[first]:open_]
        after = joined[close + 1: starts[last] + len(texts[last])]
        if len(inner.split()) < MIN_WORDS and not (rules and rules.keeps_short(inner, after)):
            continue
        speaker, pronoun = _attribution(before, after)
        if rules and speaker is None and not pronoun:
            speaker = rules.attribute(before, after, texts, first, out)
        continued = False
        if pronoun:
            speaker = _resolve_pronoun(texts, first, before, out, known)
        elif speaker is None and not before.strip(" “\"'‘") and not after.strip(" .”\"'’") and out \
                and out[-1].last in (first - 1, first) and out[-1].speaker:
            speaker, continued = out[-1].speaker, True
        spans = tuple((k, max(open_, starts[k]) - starts[k], min(close + 1, starts[k] + len(texts[k])) - starts[k])
                      for k in range(first, last + 1))
        out.append(Found(first, last, inner, speaker, pronoun, continued, spans))
    return out


def _resolve_pronoun(texts: list[str], first: int, before: str, found: list[Found], known: set[str]) -> str | None:
    """The person "he"/"she" stands for, when the article leaves no doubt: the speaker of the
    quote just before, else the one person named as the subject of a speech verb in the
    sentence before, else the one person named there at all."""
    head = re.split(rf"\b{_PRON}\b", _strip_quotes(before))[0]
    people = _persons(head, known)
    if len({_surname(p) for p in people}) == 1:
        return max(people, key=len)
    for k in (first - 1, first - 2):
        if k < 0:
            break
        spoke = [f.speaker for f in found if f.last == k and f.speaker and not _is_description(f.speaker)]
        if spoke:
            return spoke[-1]
        text = _strip_quotes(texts[k])
        subjects = [n for n in (_clean_name(m.group(1)) for m in re.finditer(
            rf"{_SUBJ}(?:\s*,[^,]{{1,60}},|,)?\s+(?:has\s+|had\s+|also\s+)?{VERBS}\b", text)) if n and not _is_description(n)]
        for group in (subjects, _persons(text, known)):
            if len({_surname(p) for p in group}) == 1:
                return max(group, key=len)
        if _persons(text, known):
            return None  # people named, but which one is meant is a guess
    return None


def _is_description(name: str) -> bool:
    return name.split()[0].lower() in {"the", "a", "an"} or "'s " in name or "’s " in name


_OPENERS = re.compile("[“\"]")


def _strip_quotes(text: str) -> str:
    """The text with every “…” and "…" replaced by a space, leftmost first.

    Same result as re.sub(r'“[^”]*”|"[^"]*"', " ", text), in linear time: that regex
    scans to the end of the text from each opening mark that never closes, so a run of
    them took quadratic time. Here the next closing mark is looked up once and reused
    until the scan passes it."""
    out, start, i = [], 0, 0
    next_close = {"”": (-1, -1), "\"": (-1, -1)}  # mark -> (searched from, found at or -1)
    while (m := _OPENERS.search(text, i)):
        p = m.start()
        close = "”" if text[p] == "“" else "\""
        since, at = next_close[close]
        if not (since != -1 and since <= p + 1 and (at == -1 or at >= p + 1)):
            since, at = p + 1, text.find(close, p + 1)
            next_close[close] = (since, at)
        if at == -1:
            i = p + 1
            continue
        out.append(text[start:p])
        out.append(" ")
        start = i = at + 1
    out.append(text[start:])
    return "".join(out)


def extract(sentences: list[Sentence], language: str = "english") -> tuple[Quote, ...]:
    return tuple(Quote(sentences[f.first].index, f.text, f.speaker) for f in find(sentences, language))
