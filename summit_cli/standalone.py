"""Summary bullets that stand alone.

A summary lifts sentences out of their article, so a sentence that leans on the one
before it ("He added that ...", "However, ...", "Days later, ...", a bare quote whose
speaker was named earlier) reads as a riddle. Such a sentence is printed with the
sentence it leans on as its lead-in, unless that one is the summary sentence right
before it; when a short lead-in cannot resolve it, it gives way to a self-contained
sentence (see stand_alone).

What counts as leaning is language, kept as data per language: pronouns that open a
clause, discourse connectives, relative time ("Days later"), anaphoric noun phrases.
A language without data here is never changed, except that a fragment ("Empathy.",
"The trope:") gives way in any language.
"""

from __future__ import annotations

from collections.abc import Sequence

import re
from dataclasses import dataclass
from functools import cache

# A replacement must score at least this share of the sentence it replaces: near, not any.
NEAR = 0.85
# How much of a sentence's text within quotation marks makes it "only a quote".
QUOTED_SHARE = 0.6
# Sentences a leaning one may take along before it gives way.
MAX_LEADS = 2
# Words outside the quotation marks that frame a quote on their own ("A message read in part:").
FRAMING_WORDS = 4
# An introductory phrase before the subject: "In an interview on Friday, he said".
INTRO_WORDS = 10
# Fewer words than this say nothing on their own in any language ("Empathy.", "Better
# pay."), though they may lead in to a sentence that does; "Pero was 55." says something.
MIN_WORDS = 3


@dataclass(frozen=True)
class Openers:
    pronouns: frozenset[str]  # subjects that need an antecedent
    expletive: re.Pattern  # "It is unclear whether ...": a pronoun that points at nothing
    connectives: tuple[str, ...]  # opening words and phrases that continue a previous sentence
    relative_time: re.Pattern  # "Days later", "The next day"
    subjects: frozenset[str]  # pronouns that are a clause's subject ("he", not "his")
    intro_openers: frozenset[str]  # first words of an opening phrase before the subject


ENGLISH = Openers(
    pronouns=frozenset("he she they it this these those his her their its them such both".split()),
    expletive=re.compile(
        r"^it\s+(?:is|was|remains|remained|seems|seemed|appears|appeared|will be|would be|"
        r"has been|had been|could be|may be|might be)\s+(?:\w+\s+){0,2}?"
        r"(?:unclear|clear|likely|unlikely|possible|impossible|expected|understood|thought|"
        r"believed|known|reported|feared|hoped|estimated|important|hard|difficult|easy|time|"
        r"too|not|the first|the second|the latest|the largest|the biggest|a|an)\b",
        re.I,
    ),
    connectives=(
        "however",
        "but",
        "yet",
        "still",
        "also",
        "and",
        "or",
        "so",
        "then",
        "thus",
        "hence",
        "therefore",
        "moreover",
        "furthermore",
        "besides",
        "instead",
        "meanwhile",
        "nevertheless",
        "nonetheless",
        "otherwise",
        "likewise",
        "similarly",
        "consequently",
        "accordingly",
        "indeed",
        "later",
        "afterwards",
        "earlier",
        "previously",
        "again",
        "another",
        "other",
        "in addition",
        "in response",
        "in return",
        "in turn",
        "in contrast",
        "by contrast",
        "on the other hand",
        "as a result",
        "even so",
        "after that",
        "after this",
        "despite this",
        "despite that",
        "because of this",
        "for this reason",
        "at the same time",
        "by then",
        "in the meantime",
        "the latter",
        "the former",
        "the two",
        "the pair",
        "the move",
        "the decision",
        "the comments",
        "the remarks",
        "the same",
    ),
    relative_time=re.compile(
        r"^(?:(?:a|one|two|three|several|a few|few|some|\d+|days|hours|weeks|months|years|minutes|moments)\s+)?"
        r"(?:day|days|hour|hours|week|weeks|month|months|year|years|minute|minutes|moment|moments|"
        r"night|nights)\s+(?:later|earlier|after|before)\b"
        r"|^the\s+(?:next|following|previous|same)\s+(?:day|week|month|year|morning|evening|night)\b",
        re.I,
    ),
    subjects=frozenset("he she they it".split()),
    intro_openers=frozenset(
        "in on at after before during since when while as although though despite following speaking asked "
        "writing talking for from with without by under according once if unless until upon".split()
    ),
)

_NEVER = re.compile(r"(?!)")


@cache
def openers(language: str) -> Openers | None:
    """A language's openers: English's above, another's from the [standalone] table of its
    lang/<language>.toml (read when an article in it is first briefed), else None."""
    if language == "english":
        return ENGLISH
    from .lang import raw

    table = (raw(language) or {}).get("standalone")
    if not table:
        return None
    times = table.get("relative_time", [])
    return Openers(
        pronouns=frozenset(table["pronouns"]),
        expletive=_NEVER,
        connectives=tuple(sorted(table["connectives"], key=len, reverse=True)),
        relative_time=re.compile("|".join(rf"^{re.escape(t)}\b" for t in times)) if times else _NEVER,
        subjects=frozenset(table["subjects"]),
        intro_openers=frozenset(),
    )


_WORD = re.compile(r"[\w'’]+")
_LEADING = re.compile(r"^[\s\"“”‘’'«»(\[—–-]+")


def leans_back(text: str, language: str = "english") -> bool:
    """Whether a sentence opens with a reference it cannot resolve on its own."""
    data = openers(language)
    if data is None:
        return False
    head = _LEADING.sub("", text).lower()
    if data.relative_time.match(head):
        return True
    first = _WORD.match(head)
    if not first:
        return False
    if any(head.startswith(c) and not head[len(c) : len(c) + 1].isalnum() for c in data.connectives):
        return True
    if first.group(0) in data.pronouns:
        return not data.expletive.match(head)
    # "In an interview on Friday, he said ...": the subject after a short opening phrase.
    intro, comma, rest = head.partition(",")
    if comma and first.group(0) in data.intro_openers and len(intro.split()) <= INTRO_WORDS:
        after = _WORD.match(rest.strip())
        if after and after.group(0) in data.subjects:
            return not data.expletive.match(rest.strip())
    return False


def quoted_share(text: str, spans: list[tuple[int, int]]) -> float:
    """The share of a sentence's letters that stand inside quotation marks."""
    letters = sum(ch.isalnum() for ch in text)
    if not letters:
        return 0.0
    inside = sum(ch.isalnum() for start, end in spans for ch in text[start:end])
    return inside / letters


def words_outside(text: str, spans: list[tuple[int, int]]) -> int:
    """Words of a sentence outside its quotation marks: the reporter's framing."""
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(text[at:start])
        at = max(at, end)
    kept.append(text[at:])
    return len(_WORD.findall(" ".join(kept)))


def names_speaker(text: str, speaker: str) -> bool:
    """Whether the sentence already names its speaker (by any word of the name)."""
    lowered = text.lower()
    return any(
        len(w) > 2 and re.search(rf"\b{re.escape(w.lower())}\b", lowered) for w in speaker.split() if w[:1].isupper()
    )


@dataclass(frozen=True)
class SentenceInfo:
    """What the standalone rule needs to know about one sentence."""

    leans: bool  # opens with a reference to what came before
    speaker: str | None  # the quote's speaker when the sentence is mostly a quote
    bare_quote: bool  # mostly a quote with no known speaker
    fragment: bool = False  # too short to say anything, or a lead-in to what follows ("The trope:")


def describe(texts: list[str], found, language: str) -> list[SentenceInfo]:
    """Per sentence: does it lean back, and whose words is it, from the quotes found in the article."""
    spans: dict[int, list[tuple[int, int]]] = {}
    speaker: dict[int, str | None] = {}
    for f in found:
        for k, start, end in f.spans:
            spans.setdefault(k, []).append((start, end))
            if f.speaker or k not in speaker:
                speaker[k] = f.speaker
    out = []
    for k, text in enumerate(texts):
        mostly_quote = quoted_share(text, spans.get(k, [])) >= QUOTED_SHARE
        # "A message to parents read in part: '...'" frames its own quote; a bare one does not.
        framed = words_outside(text, spans.get(k, [])) >= FRAMING_WORDS
        who = speaker.get(k) if mostly_quote else None
        if who and who.lower() in data_pronouns(language):
            who = None  # "— He" tells the reader nothing
        shown_who = who if who and not names_speaker(text, who) else None
        # A quote's own attribution ("..., he said") is resolved by the speaker, not by context.
        leans = leans_back(text, language) and not (mostly_quote and who)
        fragment = len(_WORD.findall(text)) < MIN_WORDS or text.rstrip().endswith(":")
        out.append(SentenceInfo(leans, shown_who, mostly_quote and not who and not framed, fragment))
    return out


def data_pronouns(language: str) -> frozenset[str]:
    data = openers(language)
    return data.pronouns | {"we", "i", "you"} if data else frozenset()


def needs_context(k: int, info: list[SentenceInfo]) -> bool:
    return info[k].leans or info[k].bare_quote


def stand_alone(
    chosen: list[int],
    scores: Sequence[float],
    info: list[SentenceInfo],
    lengths: list[int],
    word_budget: int | None = None,
) -> tuple[list[int], dict[int, tuple[int, ...]]]:
    """The chosen sentences, each leaning one given its lead-in or replaced.

    A leaning sentence keeps its place with the sentences before it that resolve it
    (at most MAX_LEADS, back to one that stands alone or follows a summary sentence):
    the ranker chose it, and measured on news corpora, keeping it and adding its context
    beats a swap for summary quality (ROUGE). When no short lead-in resolves it (the
    article's first sentence, or a run of leaning sentences), it gives way to the best
    self-contained sentence not chosen, of near score when there is one. The number of
    summary sentences never changes; under a word budget a replacement must fit the
    words the sentence it replaces freed.

    Returns the choice (document order) and, per sentence given a lead-in, the indices of
    the lead-in sentences in order.
    """
    picked = set(chosen)
    leads: dict[int, tuple[int, ...]] = {}
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))

    def resolved(j: int, without: int | None = None) -> bool:
        return not needs_context(j, info) or (j - 1 in picked and j - 1 != without)

    for k in sorted(chosen, key=lambda i: (-scores[i], i)):
        if info[k].fragment:
            pass  # no lead-in makes a fragment a point of the summary: it gives way
        elif resolved(k):
            continue
        else:
            chain = _lead_in(k, picked, info)
            if chain:
                leads[k] = chain
                continue
            # The sentence after may lean on this one: then this one stays as it is.
            if (k + 1) in picked and needs_context(k + 1, info):
                continue
        spare = None if word_budget is None else word_budget - sum(lengths[i] for i in picked) + lengths[k]
        fits = [
            j
            for j in order
            if j not in picked
            and not info[j].fragment
            and resolved(j, without=k)
            and (spare is None or lengths[j] <= spare)
        ]
        floor = scores[k] - abs(scores[k]) * (1 - NEAR)
        swap = next((j for j in fits if scores[j] >= floor), next(iter(fits), None))
        if swap is not None:
            picked.discard(k)
            picked.add(swap)
    # A lead-in sentence that is itself a summary sentence is printed once, as the bullet before.
    leads = {k: tuple(i for i in chain if i not in picked) for k, chain in leads.items() if k in picked}
    return sorted(picked), {k: chain for k, chain in leads.items() if chain}


def _lead_in(k: int, picked: set[int], info: list[SentenceInfo]) -> tuple[int, ...]:
    """The sentences right before k that make it readable, or () when MAX_LEADS do not."""
    chain: list[int] = []
    j = k - 1
    while j >= 0 and len(chain) < MAX_LEADS:
        chain.insert(0, j)
        if not needs_context(j, info) or (j - 1) in picked:
            return tuple(chain)
        j -= 1
    return ()
