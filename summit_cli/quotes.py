"""Direct quotes and who said them.

Quotes are found across sentence boundaries (a quote may span two or three sentences),
in straight or curly, double or single quotation marks (mixed, as typed text mixes them,
and nested: `"… "нет" …"`); a text that ends inside a quote quotes to its end. The
speaker comes from the attribution next to the quote ("…,” Trump stated", "said Olha
Petrenko, a retired teacher", "X said: “…”", "a reporter who shouted", "Zelensky: “…”",
"his statement said") or the one that ends its sentence ("…, The Associated Press
said."); a description resolves to the one person the article names with that office;
"he"/"she" resolve to the one person in sight, else to the subject of the sentence
before, "it" to the body the sentence before opens with; a quote with no attribution of
its own right after an attributed one keeps its speaker (a statement quoted in pieces).
Title-case names in quotation marks are not speech, nor short quoted words nobody is said
to speak; a speaker is never a place on its own (a people in the plural and the Kremlin
may speak).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Protocol

from . import attribution
from .model import Quote, Sentence
from . import quote_spans
from .lang import words
from .text.tokens import item_at, stop_words

MIN_WORDS = 3  # shorter quoted words are speech only when the same sentence says who spoke them
ECHO_REACH = 50  # quotes with a speaker that a quote without one is compared with


def _alternation(name: str) -> str:
    return "|".join(sorted((re.escape(w) for w in words(name)), key=lambda w: (-len(w), w)))


VERBS = rf"(?:{_alternation('speech_verbs')})"
# ", adding that …", ", saying …": the speaker is the subject of the sentence.
PARTICIPLES = rf"(?:{_alternation('speech_participles')})"
_TITLE = words("titles") | {"the", "state", "affairs", "kremlin", "union", "us", "u.s."}
_PLACES = words("places")
_NOT_NAME = (
    {
        "i",
        "we",
        "you",
        "it",
        "this",
        "that",
        "the",
        "a",
        "an",
        "but",
        "and",
        "in",
        "on",
        "meanwhile",
        "however",
        "one",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "so",
        "then",
        "there",
        "here",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "yes",
        "no",
        "asked",
        "speaking",
        "despite",
        "although",
        "though",
        "since",
        "until",
        "because",
        "following",
        "during",
        "amid",
        "unlike",
        "even",
        "according",
    }
    | words("weekdays")
    | words("months") - {"may"}
    | words("pronouns")
    | words("prepositions")
    | words("sentence_starters")
)
_DEMONYM = re.compile(r"(?:ian|ish|ese|ean|can|ch)$|^(?:Greek|Swiss|Thai|Czech|Kremlin|White|House)$")
_CAP = r"[A-Z][\w'’.-]*"
# "Secretary of State Marco Rubio": an office's "of" joins its words into one name.
_NAME = rf"(?:{_CAP}(?:\s+(?:{_CAP}|of\s+{_CAP}|(?:de|der|van|von|al|bin|la|le)\b)){{0,4}})"
# A word of a description: not a pronoun, an adverb or a verb's helper ("the president also").
_DWORD = rf"(?!(?i:{_alternation('not_description_ends')})\b)[\w'’.-]+"
_DET = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Ss]everal|[Bb]oth)"
# "in Kyiv", "to the US", "close to the Russian delegation": where a described person is, or
# what they represent (a place, or a body's name and its noun).
_PLACE_TAIL = rf"(?:\s+(?:in|from|of|to|at|near|for)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?(?:\s+[a-z][\w-]*)?)?"
# "the Ukrainian leader", "a U.S. official", "one woman in Kyiv", "Ukraine’s ambassador to the US"
_DESC = rf"(?:[Oo]ne\s+of\s+the\s+{_DWORD}|{_DET}\s+(?:{_DWORD}\s+){{0,3}}{_DWORD}{_PLACE_TAIL}|{_CAP}['’]s(?:\s+[a-z][\w-]*){{1,3}}{_PLACE_TAIL})"
_NOT_DESCRIPTION_ENDS = words("not_description_ends")
_PRONOUNS = words("pronouns")
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
# "American and Ukrainian officials", "Western diplomats", "US briefings": a group (or the
# papers of one) by where it is from, with no article (kept only when the capitalised words
# are places or peoples: see _clean_name).
_GROUP_HEADS = sorted(w for w in words("people") | words("speech_documents") if w.endswith("s"))
_GROUP = rf"(?:{_CAP}\s+and\s+)?{_CAP}\s+(?:{'|'.join(_GROUP_HEADS)})\b"
# "representatives of the Russian delegation", "officials in Kyiv": people in the plural, placed.
_PEOPLE = "|".join(h for h in _GROUP_HEADS if h in words("people"))
_PLACED_GROUP = rf"(?:{_PEOPLE})(?=\s+(?:in|from|of|to|at|near|for)\s){_PLACE_TAIL}"
_SUBJECT = rf"{_DESC}|{_GROUP}|{_PLACED_GROUP}|{_NAME}|{_PRON}"
_SUBJ = rf"(?<![\w'’.-])({_SUBJECT})"
_LEAD = r"^[\s,.!?…:;–—-]*"
# …,” Trump stated / …,” the Ukrainian leader said / …,” he wrote on Telegram
_AFTER_SV = re.compile(rf"{_LEAD}{_SUBJ}\s+(?:also\s+|later\s+)?{VERBS}\b")
# …,” said Olha Petrenko, a retired teacher / said 47-year-old Ivan Koval
_AFTER_VS = re.compile(rf"{_LEAD}{VERBS}\s+(?:\d+-year-old\s+)?{_SUBJ}")
# …,” Ukraine’s foreign minister Andrii Sybiha said / …,” U.S. Secretary of State Marco Rubio said
# "…,” Ivan Koval, 41, a driver in Odesa, told AFP: a name, then asides, then the verb.
# …,” said retired French General Dominique Trinquand: words that qualify the name after the verb.
_MODIFIER = rf"(?!(?:{_alternation('prepositions')}|{_alternation('not_description_ends')}|to|this|these)\b)[a-z][\w-]*"
# (The rarer shapes are pattern strings, compiled on first use by re's cache: start-up cost.)
# …,” said Moscow resident Nikolai: a place may open the words that qualify the name.
_AFTER_V_MOD_S = rf"{_LEAD}(?P<verb>[a-z]+)\s+(?:{_CAP}\s+(?=[a-z]))?(?:{_MODIFIER}\s+){{1,2}}(?P<who>{_NAME})"
# “…” of the talks was “…”, The Associated Press said: the clause that ends a sentence.
_LAST_CLAUSE = re.compile(r"[,”\"’]([^,”\"’“]*)$")
# …,” Ukraine’s ambassador to the US, Olga Stefanishyna, told CNN: the name in apposition.
_AFTER_DESC_NAME_SV = rf"{_LEAD}[^,“”\"]{{1,60}},\s+(?P<who>{_NAME}),\s+(?:also\s+)?(?P<verb>[a-z]+)\b"
_AFTER_ASIDE_SV = re.compile(rf"{_LEAD}({_NAME})(?:\s*,\s*[^,;“”\"]{{1,100}}){{1,2}},\s+(?:also\s+)?{VERBS}\b")
# "Igor Novikov, a former adviser to President Zelenskyy": a name and who they are.
_APPOSITION = rf"({_NAME}),\s+(?:an?|the)\s+[^,;:“”\"]{{1,80}}"
# …,” Igor Novikov, a former adviser to President Zelenskyy said: an aside on an article whose
# closing comma is missing still describes the name before it, not the name at its end.
_AFTER_OPEN_ASIDE_SV = rf"{_LEAD}{_APPOSITION}?\s+{VERBS}\b"
# Words of the description, not a conjunction that opens another clause: in "“agreement” and
# Trump spoke of", Trump speaks the next quote, not this one.
_DESC_WORD = r"(?!(?i:and|but|or|while|whereas|though|although|as|when|before|after|then|so|yet)\b)[\w'’.-]+"
# …,” his statement published on the ministry's website said / Lavrov's remarks read: “…”:
# the words of a document are its author's.
_DOCUMENT_WORDS = _alternation("speech_documents")
_DOCUMENT = (
    rf"(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>{_NAME})['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_DOCUMENT_WORDS})\b(?P<rest>[^“”\"\n]{{0,80}})"
)
_DOCUMENT_VERB = re.compile(r"\b(?:read|reads)\b")
# "…,” the statement read": a document that no one owns in the sentence reads its words.
_DOCUMENT_READ = rf"{_LEAD}((?:[Tt]he|[Tt]his|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_WORDS}))\s+(?:read|reads)\b"
_AFTER_DESC_SV = re.compile(rf"{_LEAD}(?:{_DESC_WORD}\s+){{1,6}}?({_NAME})\s+{VERBS}\b")
# X said: “…” / X, while not present, affirmed that Ukraine is “…”: the subject right before the verb
# Helpers and adverbs between a subject and its verb: "Peskov earlier said", "Putin has previously said".
_DAY = r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_HELPERS = rf"(?:(?:has|had|have|also|later|then|earlier|already|again|further|still|now|previously|repeatedly|separately|once|himself|herself|themselves|[a-z]+ly|{_DAY})\s+){{0,2}}"
_BEFORE_VERB = re.compile(rf"{_SUBJ},?\s+{_HELPERS}$")
# "Olena, 45, who lost her home in Kharkiv, said": one or two asides between.
# "Rubio, pleased with the progress toward “a forthcoming peace,” declared": the aside may
# end inside a quotation.
_BEFORE_ASIDE_VERB = re.compile(rf"{_SUBJ}(?:\s*,[^,]{{1,120}}){{1,2}}(?:,[”\"]?|[”\"],)\s+{_HELPERS}$")
# "Zelensky: “…”", a headline's or a transcript's attribution.
# "- Oksana Melnyk – “…”", a list of voices: a name and a dash.
_NAME_COLON = re.compile(r"^\s*(?:[-–—•*]\s+)?([^:“”\"–—]{1,60}?)\s*(?::|\s[–—-])\s*$")
# "“…” – Hanna Shevchuk": a name after a dash ends the sentence.
_DASH_NAME = re.compile(rf"^[\s.,!?…]*[–—-]\s*({_NAME})\s*\.?\s*$")
_NAME_ONLY = re.compile(rf"{_NAME}$")
# "a US summary of the first two days of talks reported", "a spokesman for the ministry said":
# the subject and what it is of or for.
_BEFORE_OF_VERB = re.compile(
    rf"(?<![\w'’.-])({_DESC})(\s+(?:of|for)\s+(?:[\w'’.-]+\s+){{0,5}}?[\w'’.-]+)\s+{_HELPERS}$"
)
# "a journalist who shouted", "Putin, who spoke in English,": the relative clause's antecedent
_BEFORE_WHO_VERB = re.compile(rf"{_SUBJ},?\s+who\s+{_HELPERS}$")
_VERB = re.compile(rf"\b{VERBS}\b")
# ", adding that", ", while calling the talks": the sentence's subject speaks.
# ", saying", "by stating that": a participle of saying, whose speaker is the sentence's subject.
_PARTICIPLE = re.compile(rf"(?:,\s*(?:while\s+|when\s+|before\s+|after\s+)?|\bby\s+){PARTICIPLES}\b")
# "a soldier reacted to the plan saying: “…”": a participle that introduces the quote.
_PARTICIPLE_COLON = rf"\b{PARTICIPLES}\s*:\s*$"
# “…,” declared Rubio / Rubio, pleased with “…,” declared: a verb right after the quote whose
# subject stands before it, an aside away.
_VERB_AFTER = rf"{_LEAD}{_HELPERS}{VERBS}\b"
_SUBJECT_ASIDE = rf"{_SUBJ}\s*,[^,“”\"]{{1,80}}$"
# "with Ms von der Leyen saying it was …"
# "with US envoy Steve Witkoff calling the talks …", "with participants characterising …"
_WITH_PARTICIPLE = re.compile(rf"\bwith\s+(?:[\w'’.-]+\s+){{0,3}}?({_SUBJECT}|{_PEOPLE})\s+{PARTICIPLES}\b")
# "according to Kremlin aide Yuri Ushakov": the name after its office in lower case.
_ACCORDING = rf"[Aa]ccording\s+to\s+({_GROUP}|{_NAME}|{_DESC})"
_ACCORDING_TITLED = rf"[Aa]ccording\s+to\s+(?:{_CAP}\s+)*((?:[a-z]+\s+){{1,3}})({_NAME})"
MAX_VERB_DISTANCE = 30  # words between a speech verb and the quote it introduces
# Small words a title-case name may hold: "Coalition of the Willing" is a name, not speech.
_NAME_JOINERS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "&"}

_QUOTE_FROM = rf"\s*(?:[Qq]uote|[Qq]uoting|[Ww]ords)\s+(?:from|of|by)\s+({_NAME})\s*:\s*$"


_CALL_SIGN = re.compile(rf"\bcall[- ]sign\s+(?:of\s+)?[‘'“\"]?({_CAP})")
# “…,” and on a line of its own: "— the president explained".
_DASH_LINE = re.compile(r"\s*[—–]\s*\w")


def _called(speaker: str | None, attribution: str) -> str | None:
    """ "a Ukrainian soldier, with a call sign of Snake, told the BBC": the name he goes by."""
    m = _CALL_SIGN.search(attribution)
    return m.group(1).strip("'’\"”") if m and (speaker is None or _is_description(speaker)) else speaker


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


# Words that open a sentence before its subject: no part of a name.
_CONNECTIVES = {w.capitalize() for w in words("connectives")}
_EVENTS = words("events")
_PREPOSITIONS = words("prepositions")
_DETERMINERS = {"the", "a", "an", "one", "another", "two", "three", "some", "many", "several", "both"}
_DANGLING = _PREPOSITIONS | _DETERMINERS


def _clean_name(name: str) -> str | None:
    """A speaker as a reader wants it: a person's name without titles or a leading country
    ("Ukraine Serhiy Kyslytsya" -> "Serhiy Kyslytsya"), or a description as written; never a
    place on its own ("Kyiv", "US", "Ukrainian")."""
    toks = name.strip(" ,.").split()
    while toks and toks[0] in _CONNECTIVES:
        toks = toks[1:]
    while toks and toks[-1].lower() in _DANGLING:
        toks = toks[:-1]  # "asked the commander of": a description cut off mid-phrase
    if _event(toks):
        return None
    name = " ".join(toks)
    of = toks.index("of") if "of" in toks[1:] else 0
    if of and toks[of - 1].lower() not in _TITLE | _BODIES | {"one"} and toks[-1].lower() not in _BODIES:
        # "Residents of Lviv": only an office's or a body's "of" joins a name ("Ministry of
        # Defence", "representatives of the Russian delegation"), or one of a group's ("one
        # of the women").
        toks = toks[:of]
        name = " ".join(toks)
    if not toks:
        return None
    if _people_of(name):
        return name  # "Ukrainians", "the Russians": a people, not a place
    if re.fullmatch(_GROUP, name):
        # "U.S. and Ukrainian representatives" speak as a group; "Trump officials" is no
        # place's group and no one person's name.
        where = [t for t in toks[:-1] if t != "and"]
        return name if all(_from_place(t) for t in where) else None
    if toks[0].lower() in _DETERMINERS or (len(toks) > 1 and re.search(r"['’]s$", toks[0]) and toks[1][:1].islower()):
        # The description ends where its sentence's verb begins: "Trump's administration
        # tempered expectations" is the administration ("Ukraine's armed forces" keeps "armed"),
        # "the Russians demanded two regions" the Russians.
        while len(toks) > 2 and (toks[-1].lower() in _NOT_DESCRIPTION_ENDS or _adverb(toks[-1])):
            toks = toks[:-1]  # "Ukraine's president also", "The Kremlin subsequently"
            name = " ".join(toks)
        for k in range(1, len(toks)):
            speech = _VERB.fullmatch(toks[k])
            past = k >= 2 and re.fullmatch(r"[a-z]+ed", toks[k]) and (toks[k - 1][:1].islower() or k >= 3)
            if speech or (past and not toks[k - 1].endswith("ly")):
                toks = toks[:k]
                name = " ".join(toks)
                break
        if len(toks) > 7 or _only_places(toks):
            return None
        return name
    while len(toks) > 1 and (
        toks[0].lower().strip(".") in _TITLE or toks[0] == "of" or _DEMONYM.search(toks[0]) or _bare(toks[0]) in _PLACES
    ):
        toks = toks[1:]
    if not toks or toks[0].lower() in _NOT_NAME or _only_places(toks):
        return None
    return " ".join(toks)


# Nouns that end like an adverb: "the president's family" keeps its last word.
_LY_NOUNS = frozenset("family assembly anomaly monopoly supply butterfly homily".split())


def _event(toks: list[str]) -> bool:
    """ "the talks", "The meeting in Riyadh", "Russia's war in Ukraine": what happens, which
    concludes or ends but never speaks."""
    head = next((k for k, t in enumerate(toks) if k and t in _PREPOSITIONS), len(toks))
    return bool(head) and _bare(toks[head - 1]) in _EVENTS


def _adverb(word: str) -> bool:
    """ "subsequently", "reportedly", "publicly": an adverb of manner or time."""
    return bool(re.fullmatch(r"[a-z]{4,}ly", word)) and word not in _LY_NOUNS


def _from_place(word: str) -> bool:
    """A word that places a group: "Ukrainian", "U.S.", "European", "Kremlin"."""
    return bool(word.lower().strip(".") in {"us", "u.s", "uk", "eu"} or _DEMONYM.search(word) or _bare(word) in _PLACES)


def _people_of(name: str) -> bool:
    """A country's people in the plural ("Ukrainians", "the Europeans")."""
    rest = [t for t in name.split() if t.lower() not in _DETERMINERS]
    return len(rest) == 1 and rest[0].endswith("ns") and _bare(rest[0]) in _PLACES


def _bare(word: str) -> str:
    return re.sub(r"['’]s$", "", word.lower())


def _only_places(toks: list[str]) -> bool:
    """Only places: "Kyiv", "the US", "Ukrainian"; the Kremlin is a body that speaks."""
    rest = [t for t in toks if t.lower() not in _DETERMINERS]
    if len(rest) == 1 and _bare(rest[0]) in _BODIES:
        return False
    return bool(rest) and all(_bare(t) in _PLACES or _bare(t).strip(".") in _PLACES for t in rest)


def _persons(text: str, known: set[str]) -> list[str]:
    """Names of people in a stretch of text, in order: a capitalised name of two or more words
    (titles dropped), or one word already seen as a surname or right before a speech verb."""
    out = []
    for m in re.finditer(_NAME, text):
        name = _clean_name(re.sub(r"['’]s$", "", m.group(0)))  # "Donald Trump’s plan": Donald Trump
        if not name or _is_description(name):
            continue
        honorific = m.group(0).split()[0].lower().strip(".") in _HONORIFICS  # "Mr Dawson" is a person
        if (
            len(name.split()) >= 2
            or honorific
            or _surname(name) in known
            or re.match(rf"\s+{VERBS}\b", text[m.end() :])
        ):
            out.append(name)
    return out


_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame"}


def _surname(name: str | None) -> str:
    return re.sub(r"['’]s?$", "", name.split()[-1]).lower() if name else ""


def _who(phrase: str) -> tuple[str | None, bool]:
    if phrase.lower() in _PRONOUNS:
        return None, True
    return _clean_name(phrase), False


def _subject_before(head: str) -> tuple[str | None, bool] | None:
    """The speaker right before a speech verb: "X said", "X, head of the office, said",
    "a journalist who shouted"; a name wins over a description or a place in an aside."""
    found = []
    subject_of = _BEFORE_OF_VERB.search(head)
    for pattern in (_BEFORE_WHO_VERB, _BEFORE_ASIDE_VERB, _BEFORE_VERB):
        m = _aside_subject(head) if pattern is _BEFORE_ASIDE_VERB else pattern.search(head)
        if not m:
            continue
        who = _who(m.group(1))
        if pattern is _BEFORE_VERB and subject_of and subject_of.end(1) < m.start() and not (_named(who[0]) or who[1]):
            # "a US summary of the first two days of talks reported": the days are what the
            # summary is of; the summary reported (but "Putin's adviser for foreign policy
            # Yuri Ushakov said" is Ushakov).
            owner = _who(subject_of.group(1))
            if owner[0] and len(subject_of.group(0).split()) <= 9:
                who = (owner[0] + subject_of.group(2), False)  # "the head of the delegation", whole
            elif owner[0]:
                who = owner
        if who[0] or who[1]:
            found.append(who)
    if not found:
        return None
    names = [f for f in found if _named(f[0])]
    return names[0] if names else found[0]


def _aside_subject(head: str) -> re.Match | None:
    """The subject before asides and a verb: the first start that gives a name or a pronoun
    ("Meanwhile, Rustem Umerov, secretary of the Council, said": an opening word is no
    subject; "Trump's envoy, Keith Kellogg, speaking on Fox News, described": the name after
    the description is), else the first that gives anyone."""
    first = m = _BEFORE_ASIDE_VERB.search(head)
    while m:
        name, pronoun = _who(m.group(1))
        if pronoun or _named(name):
            return m
        m = _BEFORE_ASIDE_VERB.search(head, m.end(1))
    return first if first and any(_who(first.group(1))) else None


def _named(who: str | None) -> bool:
    return bool(who) and not _is_description(str(who))


# "Speaking at a press conference in Anchorage, Putin struck a measured tone, warning …"
_OPENING = rf"\s*(?:[A-Z][^,“”\"]{{0,100}}?,\s+)?{_SUBJ}"


# "Marta Koval, a 41-year-old nurse, …": a sentence that opens on a person and says who she is.
_INTRODUCED = rf"\s*{_APPOSITION},"


_TITLED_AFTER = rf"\s+(?:(?:{_alternation('titles')})\s+){{1,3}}({_NAME})"
_NAMED_AFTER = rf",\s+({_NAME}),"


def _sentence_subject(before: str) -> tuple[str | None, bool] | None:
    introduced = re.match(_INTRODUCED, before)
    name = _clean_name(introduced.group(1)) if introduced else None
    if name:
        return name, False
    m = re.match(_OPENING, before)
    if m:
        # "Kremlin spokesperson Dmitry Peskov declined …": the name after a lower-case title;
        # "Putin's foreign policy adviser, Yuri Ushakov, briefed …": the name in apposition.
        who = _who(m.group(1))
        after = re.match(_TITLED_AFTER, before[m.end(1) :]) or (
            re.match(_NAMED_AFTER, before[m.end(1) :]) if who[0] and not _named(who[0]) else None
        )
        named = _who(after.group(1)) if after else (None, False)
        who = named if _named(named[0]) else who
        if who[0] or who[1]:
            return who
    return None


# "Zelensky - whom Washington had accused of stalling - described": an aside between dashes.
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—“”\"]{1,150}?\s[-–—]\s")


def _attribution(before: str, after: str, known: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, bool]:
    """The speaker phrase next to a quote, and whether it is a pronoun (known: surnames of the
    people the article names)."""
    before = _DASH_ASIDE.sub(" ", before)
    document = _document(before, after)
    if document:
        return document
    for pattern in (
        _AFTER_SV,
        _AFTER_VS,
        _AFTER_V_MOD_S,
        _AFTER_DESC_NAME_SV,
        _AFTER_DESC_SV,
        _AFTER_ASIDE_SV,
        _AFTER_OPEN_ASIDE_SV,
    ):
        m = re.match(pattern, after)
        if m and "verb" in m.groupdict() and not _VERB.fullmatch(m.group("verb")):
            continue  # (the verb is matched as any word and checked here: smaller patterns)
        if m:
            if pattern is _AFTER_VS:
                appositive = _name_after_description(after[m.start(1) :])
                if appositive:
                    return appositive, False
            name, pronoun = _who(m.group("who") if "who" in m.groupdict() else m.group(1))
            if name or pronoun:
                return name, pronoun
    m = _NAME_COLON.match(before) or _DASH_NAME.match(after)
    named = _clean_name(m.group(1)) if m and _NAME_ONLY.match(m.group(1)) else None
    if named and (len(named.split()) >= 2 or _surname(named) in known):
        return named, False  # a person, not a label ("Note: “…”")
    verbs = [m for m in _VERB.finditer(before) if len(before[m.end() :].split()) <= MAX_VERB_DISTANCE]
    withs = list(_WITH_PARTICIPLE.finditer(before))
    for verb in reversed(verbs):
        if withs and withs[-1].start() > verb.end():
            break  # "the talks ended, with the envoy calling them “…”": the nearer speaker
        head = before[: verb.start()]
        if re.search(rf"\b(?:and|or|but)\s+{_HELPERS}$", head):
            # "welcomed the plan and thanked …", "echoed the remarks and told reporters":
            # the subject is the first verb's, the sentence's own.
            # "As he spoke, Trump stood silent and later described": with no verb of speech in
            # the clause the verbs share, that clause's subject.
            clause = head.rfind(", ") + 1
            in_clause = _VERB.search(head, clause)
            first_verb = in_clause or _VERB.search(head)
            who = (
                (None if in_clause else _sentence_subject(head[clause:]))
                or (_subject_before(head[: first_verb.start()]) if first_verb else None)
                or _sentence_subject(before)
            )
            if who:
                return who
            continue
        who = _subject_before(head)
        if who:
            return who
        if not (_only_places(re.sub(rf"\s+{_HELPERS}$", "", head[-80:]).split()[-1:]) or _event(head.split()[-2:])):
            break
        # "Medinsky said Moscow had also suggested a “…”": a place is no speaker; the verb
        # before reports its words.
    if withs:
        subject = withs[-1].group(1)
        named = _name_after_description(subject)  # "with the envoy Lars Holm calling"
        who = (named, False) if named else _who(subject)
        if who[0] or who[1]:
            return who
    if _PARTICIPLE.search(before) or _PARTICIPLE.match(after) or re.search(_PARTICIPLE_COLON, before):
        who = _sentence_subject(before)
        if who and not (who[0] and (_bare(who[0]) in _GROUPS or _people_of(who[0]))):
            return who
        # "Ukrainians in Kyiv, such as Tetiana Harkavenko, voiced distrust, stating, “…”": a
        # group is no speaker, the one person the sentence names is.
        people = _persons(_strip_quotes(before), set())
        if len({_surname(p) for p in people}) == 1:
            return max(people, key=len), False
        if who:
            return who
    for text in (after, before):
        m = re.search(_ACCORDING_TITLED, text)
        # "according to Kremlin diplomatic adviser Yuri Ushakov": lower-case words that end in a title
        if m and m.group(1).split()[-1] in _TITLE:
            return _clean_name(m.group(2)), False
        m = re.search(_ACCORDING, text)
        if m:
            return _clean_name(m.group(1)), False
    if before.rstrip().endswith(":"):
        # "Quote from Medinsky: “…”", a news site's label for whose words follow.
        m = re.match(_QUOTE_FROM, before)
        if m:
            return _clean_name(m.group(1)), False
        # "Dmitriev challenged the recording with a post: “Fake.”": the clause's subject, a
        # person the article names (not a label: "Quote: “…”").
        who = _sentence_subject(_strip_quotes(before))
        if who and (who[1] or _named(who[0]) and (len(str(who[0]).split()) >= 2 or _surname(who[0]) in known)):
            return who
    if re.match(_VERB_AFTER, after):
        m = re.search(_SUBJECT_ASIDE, before)
        who = _who(m.group(1)) if m else (None, False)
        if who[0] or who[1]:
            return who
    return _final_attribution(after)


def _name_after_description(text: str) -> str | None:
    """The person a description after the verb goes on to name: "said the US secretary of
    state, Marco Rubio, after …", "commented the Russian television presenter Olga Skabeeva"
    (a name of two words or more, right after a word of the description or in apposition);
    not a body or a place ("a spokesman for the White House")."""
    if not re.match(_DET + r"\s", text):
        return None
    parts = re.split(r",\s*", re.split(r"[.;:!?“”\"]", text, maxsplit=1)[0])
    description = parts[0]
    if len(parts) > 1 and re.fullmatch(_NAME, parts[1].strip()):
        candidate = parts[1].strip()
    else:
        m = re.search(rf"(?<![\w'’.-])([a-z][\w'’-]*)\s+({_NAME})\s*$", description)
        # "presenter Olga Skabeeva", not "for the White House"
        candidate = m.group(2) if m and m.group(1) not in stop_words("english") else ""
    toks = candidate.split()
    if len(toks) < 2 or _only_places(toks) or any(t.lower() in _BODIES for t in toks):
        return None
    return _clean_name(candidate)


# "…, a source told AFP, speaking on condition of anonymity.": how they spoke, not who.
_PARTICIPLE_CLAUSE = re.compile(rf"\s*{PARTICIPLES}\b")


def _final_attribution(after: str) -> tuple[str | None, bool]:
    """The attribution that ends a sentence is that of the quotes in it that have none of their
    own ("“…” of the talks was “…”, The Associated Press said."); "…, told CNN." names whom the
    words were told, not who spoke them."""
    m = _LAST_CLAUSE.search(after)
    clause = m.group(1).rstrip(" .!") if m else ""
    if m and (not _VERB.search(clause) and re.match(r"\s*(?:an?|the)\s", clause) or _PARTICIPLE_CLAUSE.match(clause)):
        # "…, said Andrea Kendall-Taylor, a senior fellow at the Center.": the clause before the
        # apposition attributes.
        before = _LAST_CLAUSE.search(after[: m.start()])
        clause = before.group(1).rstrip(" .!") if before else ""
    if not clause or re.match(r"\s*(?:told|tells|asked|asks)\b", clause):
        return None, False
    for pattern in (_AFTER_SV, _AFTER_VS):
        found = pattern.match(clause)
        # "…, Andrea Kendall-Taylor said on Monday.", "…, a source told AFP."
        rest = clause[found.end() :] if found else ""
        if found and found.group(0).endswith(("told", "tells")):
            rest = re.sub(rf"^\s+{_NAME}", "", rest)  # whom the words were told
        if found and re.fullmatch(_WHEN, rest):
            return _who(found.group(1))
    return None, False


_WHEN = rf"(?:\s+(?:{_DAY}|last\s+week|earlier|later|today|yesterday))?\s*"


def _document(before: str, after: str) -> tuple[str | None, bool] | None:
    """The speaker of a document's words, as _attribution gives it: "…,” his statement on the
    ministry's website said" (a pronoun), "Lavrov's remarks read: “…”" (its owner), "…,” the
    statement read" (the document)."""
    read = re.match(_DOCUMENT_READ, after)
    if read:
        return _clean_name(read.group(1)), False
    m = re.match(_LEAD + _DOCUMENT, after)
    if not (m and _says(m.group("rest"))):
        m = None
        for d in re.finditer(_DOCUMENT, before[-200:]):
            verb = _says(d.group("rest"))
            if verb and not d.group("rest")[verb.end() :].strip(" \t,:"):
                m = d
                break
    if m is None:
        return None
    return (None, True) if m.group("pron") else (_clean_name(m.group("name")), False)


def _says(text: str) -> re.Match | None:
    return _VERB.search(text) or _DOCUMENT_VERB.search(text)


_GROUPS = words("people") | words("private_people")
# "It rejected the offer, stating that “…”", "It said “…”": a body speaks.
# "It said", "In particular, it said": after a short opening phrase too.
_IT = re.compile(r"(?:^|[.;:]\s+)(?:It|[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+it)\s")


_IT_AFTER = rf"{_LEAD}it\s+(?:also\s+)?{VERBS}\b"  # "…,” it said."


def _it_speaks(text: str) -> bool:
    """ "It rejected the offer, stating that “…”", "It said “…”": a body speaks."""
    m = _IT.search(text)
    if not m:
        return False
    clause = text[m.end() :]
    verb = _VERB.search(clause)
    return bool(verb and len(clause[: verb.start()].split()) <= 12) or bool(_PARTICIPLE.search(clause))


def _impersonal_before(out: list[Found], first: int) -> str | None:
    """ "“…,” according to a joint statement. “…,” it added.": the document or body that
    spoke the quote just before."""
    speaker = out[-1].speaker if out and out[-1].last >= first - 1 else None
    if speaker and (_DOCUMENT_SPEAKER.search(speaker) or _bare(speaker.split()[-1]) in _BODIES):
        return speaker
    return None


def _body_before(text: str) -> str | None:
    """The body "it" stands for: the one the sentence before opens with ("Russia's foreign
    ministry, meanwhile, dug in its heels. It rejected ..."), a ministry, an office, a
    government; never a person or a place."""
    m = re.match(_OPENING, _strip_quotes(text))
    toks = m.group(1).strip(" ,.").split() if m else []
    # "the Russian delegation resorted to": the description ends at its head noun.
    heads = [k for k, t in enumerate(toks) if _bare(t) in _BODIES]
    if heads:
        return " ".join(toks[: heads[0] + 1])
    # "…, Zelensky's office said in a statement. “…,” it said": the statement's issuer.
    return _stated_in(_strip_quotes(text))


# "Zelensky's office said in a statement", "the ministry said in its readout": who issued it.
_STATED_IN = (
    rf"(?<![\w'’.-])({_DESC}|{_NAME})\s+{_HELPERS}{VERBS}\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|his|her|their|the)\s+"
    rf"(?:[\w-]+\s+)?(?:{_DOCUMENT_WORDS})\b"
)


def _stated_in(text: str) -> str | None:
    """The last one a text says spoke "in a statement"."""
    found = [_clean_name(m.group(1)) for m in re.finditer(_STATED_IN, text)]
    return next((n for n in reversed(found) if n), None)


_BODIES = words("bodies")


def _previous_speaker(at: attribution.Context) -> tuple[str | None, bool]:
    """The speaker of the sentence before a quote that carries no attribution of its own:
    the one its own quote has ("“…,” Igor Novikov, an adviser to Zelenskyy, said. “…”")."""
    out = at.previous
    if out and out[-1].last == at.first - 1 and out[-1].speaker and not out[-1].pronoun:
        return out[-1].speaker, False
    prev = _strip_quotes(at.texts[at.first - 1])
    verb = _VERB.search(prev)
    if not verb:
        # "Maksym Fomin, a 20-year-old barman, has joined the army. “…”": the person the
        # sentence introduces; "According to Zelensky, the goal is … “…”": whose account it is.
        introduced = re.match(_INTRODUCED, prev)
        according = re.search(_ACCORDING, prev)
        found = introduced or according
        name = _clean_name(found.group(1)) if found else None
        return (name, False) if name and not _is_description(name) else (None, False)
    who = _subject_before(prev[: verb.start()]) or _sentence_subject(prev[: verb.start()])
    if not who:
        return None, False
    if who[1]:
        return _resolve_pronoun(at.earlier(), prev[: verb.start()]), False
    return _called(who[0], prev), False


def _whole_sentence(inner: str, before: str) -> bool:
    """A quote that is a sentence of its own ("“Nothing changes.”"), however short: speech."""
    return inner[:1].isupper() and inner[-1:] in ".!?…" and not before.strip(" \t-–—:")


def _name_like(inner: str) -> bool:
    """Title-case words with no sentence punctuation are a name ("Coalition of the Willing")."""
    toks = inner.split()
    if not toks or len(toks) > 8 or re.search(r"[.!?,;:]", inner):
        return False
    return all(t[:1].isupper() or t.lower() in _NAME_JOINERS for t in toks) and toks[0][:1].isupper()


class Placer(Protocol):
    """Where a name belongs: a taxonomy's actors (group/actors.py)."""

    def group_of(self, name: str | None) -> str | None: ...


# «…, — сказал Трамп, приветствуя гостя. — …»: a dash after a comma or a stop opens an
# attribution inside the quotation marks, a dash after it closes it.
_INSIDE_ATTRIBUTION = r"[,.!?…]\s*[—–]\s+([^—–]{3,200}?)[,.]?\s+[—–]\s+\S"


def find(sentences: list[Sentence], language: str = "english", actors: Placer | None = None) -> list[Found]:
    """Every quote with its sentence span and speaker (resolved where the article allows).
    `actors` (a taxonomy's) say whom "the Ukrainian president" can be among the people named."""
    rules = attribution.rules(language)  # a language's own attribution data, when it has some
    texts = [s.text for s in sentences]
    joined = "\n".join(texts)
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1

    def sentence_at(char: int) -> int:
        return item_at(starts, char)

    out: list[Found] = []
    article = attribution.Context(texts, 0, out, actors, introduced=_indefinites(texts))
    for t in texts:
        plain = _strip_quotes(t)
        article.named.extend(p for p in _persons(plain, set()) if len(p.split()) >= 2)
        article.titled.extend(_titled_names(plain))
    article.known.update(_surname(p) for p in article.named)  # grows as quotes name their speakers
    for open_, close in quote_spans.spans(joined):
        inner = " ".join(joined[open_ + 1 : close].split()).strip().rstrip(",")
        if not inner or _name_like(inner):
            continue
        first, last = sentence_at(open_), sentence_at(close)
        before = joined[starts[first] : open_]
        after = joined[close + 1 : starts[last] + len(texts[last])]
        at = replace(article, first=first)
        speaker, pronoun = _attribution(before, after, article.known)
        if (
            speaker is None
            and not pronoun
            and not after.strip(" ,.")
            and last + 1 < len(texts)
            and _DASH_LINE.match(texts[last + 1])
        ):
            # “…,” and the attribution on a line of its own: "— the president explained".
            speaker, pronoun = _attribution("", texts[last + 1], article.known)
        if rules and speaker is None and not pronoun:
            speaker = rules.attribute(before, after, at, last, short=len(inner.split()) < MIN_WORDS)
            inside = re.search(_INSIDE_ATTRIBUTION, inner)
            if speaker is None and inside and rules.verb.match(inside.group(1)):
                # «Не могу в это поверить, — сказал Трамп. — Мне нравится»: the attribution
                # between dashes inside the quotation marks.
                speaker = rules.attribute("", " — " + inside.group(1), at, last)
        short = len(inner.split()) < MIN_WORDS and not (
            speaker or pronoun or (rules and rules.keeps_short(inner, after))
        )
        if short and not _whole_sentence(inner, before):
            continue  # a scare quote or a term: "a so-called plan"
        continued = False
        if (
            speaker is None
            and not pronoun
            and first
            and (_it_speaks(_strip_quotes(before)) or re.match(_IT_AFTER, after))
        ):
            speaker = _body_before(texts[first - 1]) or _impersonal_before(out, first)
        if pronoun:
            speaker = _resolve_pronoun(at, before)
        elif (
            speaker is None
            and first
            and not before.strip(" \t-–—:")
            and not _VERB.search(_strip_quotes(after))
            and not (rules and rules.verb.search(_strip_quotes(after)))
        ):
            # "Olga Bondar, a nurse, predicted a long war. “Nothing will change.”": a quote
            # that stands alone after a sentence of speech is that sentence's speaker's.
            speaker, pronoun = _previous_speaker(at)
        if (
            speaker is None
            and out
            and out[-1].speaker
            and out[-1].last >= first - 2
            and not _VERB.search(_strip_quotes(before + " " + after))
            and not (rules and rules.verb.search(_strip_quotes(before + " " + after)))
            and not _PARTICIPLE.search(before)
        ):
            # A statement quoted in pieces: the pieces after the first carry no attribution.
            speaker, continued = out[-1].speaker, True
        if len(inner.split()) < MIN_WORDS and not speaker:
            # A short sentence in quotes that no one is said to speak, or words kept as
            # spoken in part ("«мирний план»") whose speaker was never found: a term.
            continue
        if not pronoun:
            speaker = _called(speaker, before[-120:] + " " + after[:120])
        if speaker and _DOCUMENT_SPEAKER.search(speaker):
            speaker = _issuer(speaker, texts[max(0, first - 3) : first] + [before]) or speaker
        if speaker and _is_description(speaker):
            speaker = (
                _name_for(speaker, at.titled)
                or _placed_holder(speaker, at.named, actors)
                or _described_antecedent(speaker, at, before)
                or not pronoun
                and _holder_before(speaker, at, before)
                or speaker
            )
        elif speaker and not continued:
            article.known.add(_surname(speaker))  # a person quoted is a person: "Mr Trump said" names Trump
            speaker = _full_name(speaker, article.named)
        spans = tuple(
            (k, max(open_, starts[k]) - starts[k], min(close + 1, starts[k] + len(texts[k])) - starts[k])
            for k in range(first, last + 1)
        )
        out.append(Found(first, last, inner, speaker, pronoun, continued, spans))
    return _echoed(out)


def _full_name(speaker: str, named: list[str]) -> str:
    """The name as the article introduced it, for a speaker given by one of its words: "Ushakov"
    or "Liudmyla" after "Liudmyla Lytvyn" (when only one person named has that word there)."""
    if " " in speaker:
        return speaker
    found = {n for n in map(_given_and_surname, named) if n and speaker in (n.split()[0], n.split()[-1])}
    return found.pop() if len(found) == 1 else speaker


_PARTICLES = {"de", "der", "van", "von", "al", "bin", "la", "le"}
_NOT_GIVEN = _TITLE | words("months") | words("month_abbreviations")


def _given_and_surname(name: str) -> str | None:
    """ "Federal Chancellor of Germany Friedrich Merz" -> "Friedrich Merz", "William B Taylor"
    as it is; None for a name with no given name before the surname ("Aug Trump", "X. Merz")."""
    toks = name.split()
    k = len(toks) - 1
    while k > 0 and (toks[k - 1] in _PARTICLES or re.fullmatch(r"[A-Z]\.?", toks[k - 1])):
        k -= 1  # "von der Leyen", "B Taylor"
    if k == 0 or toks[k - 1].lower().strip(".") in _NOT_GIVEN or re.fullmatch(r"[A-Z]\.?|of", toks[k - 1]):
        return None
    return " ".join(toks[k - 1 :])


def _echoed(found: list[Found]) -> list[Found]:
    """A quote with no speaker that repeats most of the words of one that has a speaker (a
    headline quoting the article's own quote, a statement quoted twice) is that speaker's.
    Only the ECHO_REACH nearest quotes with a speaker are compared, so that a page of
    thousands of quotes costs linear time."""
    words = [{w.casefold() for w in re.findall(r"\w+", f.text)} for f in found]
    spoken = [k for k, f in enumerate(found) if f.speaker]
    out = []
    for k, (f, mine) in enumerate(zip(found, words)):
        if f.speaker is None and len(mine) >= 4:
            at = bisect_right(spoken, k)
            near = sorted(spoken[max(0, at - ECHO_REACH) : at + ECHO_REACH], key=lambda j: abs(j - k))[:ECHO_REACH]
            same = next((j for j in near if len(mine & words[j]) >= 0.7 * len(mine)), None)
            if same is not None:
                # Not `continued`: that is "carried from the quote before", whose actor the
                # classifier gives it; an echo's speaker is the echoed quote's.
                f = replace(f, speaker=found[same].speaker)
        out.append(f)
    return out


_ROLE_TITLE = re.compile(rf"((?:{_CAP}\s+){{1,5}}?)({_CAP}\s+{_CAP}(?:\s+{_CAP})?)(?=[\s,.;:]|$)")
_SAME_OFFICE = {"leade": {"presi", "prime", "chanc", "leade"}}
_SAME_PLACE = {"american": "us", "u.s.": "us", "usa": "us", "america": "us", "united": "us"}


def _titled_names(text: str) -> list[tuple[set[str], str]]:
    """People named with their office: "US President Donald Trump" -> ({"us", "president"}, "Donald Trump")."""
    out = []
    # "Secretary of State Marco Rubio": an office's "of" joins its words into one name.
    # ("*", not "+": a run that can end anywhere is matched once, not retried at every letter.)
    for m in re.finditer(rf"{_CAP}(?:\s+(?:of\s+)?{_CAP})*", text):
        toks = [t for t in m.group(0).split() if t != "of"]
        while toks and "-" in toks[0] and all(part.lower() in _TITLE for part in toks[0].split("-")):
            toks = toks[0].split("-") + toks[1:]  # "Vice-President JD Vance"
        k = 0
        while k < len(toks) - 1 and (
            toks[k].lower().strip(".") in _TITLE or _DEMONYM.search(toks[k]) or _bare(toks[k]) in _PLACES
        ):
            k += 1
        if 0 < k < len(toks):
            out.append(({_place_key(t) for t in toks[:k]}, " ".join(toks[k:]).rstrip(".")))
    return out


def _place_key(word: str) -> str:
    w = _bare(word).strip(".") if word.lower() not in ("u.s.", "u.s") else "u.s."
    return _SAME_PLACE.get(w, _SAME_PLACE.get(word.lower(), w[:5]))


def _name_for(description: str, titled: list[tuple[set[str], str]]) -> str | None:
    """The one person the article names with this office: "the US president" -> "Donald Trump"."""
    description = description.replace("-", " ")  # "the vice-president"
    toks = [t for t in description.split() if t.lower() not in _DETERMINERS and t != "of"]
    if not toks or len(toks) > 3 or not _is_role(description):
        return None  # "the statement" is a document, not the Secretary of State
    head = _place_key(toks[-1])
    offices = _SAME_OFFICE.get(head, {head})
    places = {_place_key(t) for t in toks[:-1]}
    # "Russian President Vladimir Putin" for "the Russian leader". A holder named with no place
    # ("President Trump") is no evidence: "the Ukrainian president" is not him.
    names = {name for title, name in titled if title & offices and places <= title}
    return max(names, key=len) if len({_surname(n) for n in names}) == 1 else None


_POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"}
_DOCUMENT_SPEAKER = re.compile(rf"\b(?:{_DOCUMENT_WORDS})\b")
# "The White House statement", "the Kremlin's readout", "a statement from the Foreign Ministry":
# the issuer of a document, named before it or after "from"/"by".
_ISSUED = re.compile(
    rf"(?P<who>{_NAME})(?:['’]s)?\s+(?:{_DOCUMENT_WORDS})\b"
    rf"|\b(?:{_DOCUMENT_WORDS})\s+(?:from|by|of)\s+(?P<by>(?:the\s+)?{_NAME})"
)


def _issuer(speaker: str, context: list[str]) -> str | None:
    """Who speaks through a document: "The White House statement" -> "the White House"; "the
    statement" -> the issuer of the last document the quote's context names with one, as
    "X's statement", "a statement from X" or "X said in a statement"."""
    for text in [speaker, *reversed(context)]:
        named = [(m.start(), _clean_name(m.group(1))) for m in re.finditer(_STATED_IN, text)]
        named += [(m.start(), _issued_by(m, text)) for m in _ISSUED.finditer(text)]
        found = [who for _, who in sorted(named) if who]
        if found:
            return found[-1]
    return None


def _issued_by(m: re.Match, text: str) -> str | None:
    who = (m.group("who") or m.group("by") or "").strip()
    bare = re.sub(r"['’]s$", "", re.sub(r"^(?:[Tt]he|[Aa]n?|In|As|But|And)\s+", "", who))
    if not bare or bare.split()[-1].lower() in _DETERMINERS | _POSSESSIVE_PRONOUNS or _only_places(bare.split()):
        return None
    # "the White House statement", "a State Department statement": a body, named with "the".
    body = who[:4].lower() == "the " or re.search(r"\b(?:[Aa]n?|[Tt]he)\s+$", text[: m.start()])
    return f"the {bare}" if body else bare


# "the 44-year-old", "the woman", "the ministry": a private person or a body the article has
# just named; "the source", "the official" stay unnamed.
_ANAPHORIC = rf"^[Tt]he\s+(?:\d{{1,3}}-year-old\b|(?:{_alternation('private_people')}|{_alternation('bodies')})$)"


def _described_antecedent(description: str, at: attribution.Context, before: str) -> str | None:
    """ "The 44-year-old added", "the woman adds": the one the article has just named, as a
    pronoun stands for them."""
    unnamed = at.introduced.get(description.split()[-1], at.first + 1) <= at.first
    if re.match(_ANAPHORIC, description) or _refers_back(description, unnamed):
        who = _antecedent(description, at, before)
        body = _bare(description.split()[-1]) in _BODIES
        # "The government says": a body the article named ("the Kremlin"), never a person.
        return who if who and (not body or any(_bare(t) in _BODIES for t in who.split())) else None
    return None


def _refers_back(description: str, unnamed: bool) -> bool:
    return bool(
        re.match(_DEFINITE, description)
        and not _is_role(description.replace("-", " "))  # "the vice-president"
        and not _DOCUMENT_SPEAKER.search(description)  # "the statement"
        and _bare(description.split()[-1]) not in _BODIES  # "the government" is no person
        and not unnamed  # brought in as "a ... specialist"
    )


# "The communications specialist says": the person the article has just named, unless it
# brought them in as "a ... specialist" (someone unnamed, who stays so). Lower-case words and a
# head that names a person ("-ist", "-er", "-ian", "-ant", ...); an office with a place ("the
# German foreign minister") is _name_for's and _holder_before's to place.
_DEFINITE = r"^[Tt]he\s+(?:[a-z0-9][\w'’-]*\s+){0,3}[a-z][\w-]*(?:ist|er|or|ian|ant|ent|man|woman|person)$"


_INDEFINITE_PHRASE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)((?:\s+[\w'’-]+){1,5})")


def _indefinites(texts: list[str]) -> dict[str, int]:
    """Each word that ends "a ..." or "one ..." (up to five words: "a communications specialist
    in Kyiv") with the first sentence it does so in: the people brought in unnamed."""
    out: dict[str, int] = {}
    for k, text in enumerate(texts):
        for m in _INDEFINITE_PHRASE.finditer(text):
            for word in m.group(1).split():
                out.setdefault(word, k)
    return out


def _antecedent(description: str, at: attribution.Context, before: str) -> str | None:
    """The person a description refers back to, as a pronoun in its place would."""
    head = before.split(description)[0] if description in before else ""
    who = _resolve_pronoun(at, head)
    return None if not who or _is_description(who) else who


def _place_groups(toks: list[str], actors: Placer) -> set[str]:
    """The actor groups a description's words before its office name ("Ukrainian")."""
    return {g for g in (actors.group_of(t) for t in toks[:-1]) if g}


def _placed_holder(description: str, named: list[str], actors: Placer | None) -> str | None:
    """The one person the article names whom the taxonomy places where a description of a
    sole office does: "the Ukrainian president" -> "Volodymyr Zelensky", when he is the one
    Ukrainian named."""
    toks = [t for t in description.split() if t.lower() not in _DETERMINERS]
    if actors is None or not toks or len(toks) > 3 or _place_key(toks[-1]) not in _SOLE_OFFICES:
        return None
    groups = _place_groups(toks, actors)
    if len(groups) != 1:
        return None
    holders = {_surname(n): n for n in named if actors.group_of(n) in groups}
    return max(holders.values(), key=len) if len(holders) == 1 else None


# Offices one person holds at a time, so "the president" is somebody the article has named.
_SOLE_OFFICES = {"presi", "leade", "chanc", "premi", "prime", "pope", "king", "queen"}


def _holder_before(description: str, at: attribution.Context, before: str) -> str | None:
    """A definite description of a sole office ("The US president said") refers back, as a
    pronoun does, to the person the article was just speaking of: "Mr Trump said ... The US
    president added". Not to one the article or the taxonomy places elsewhere ("Russian
    President Vladimir Putin" is not "the US president", nor Trump "the Ukrainian leader")."""
    toks = [t for t in description.split() if t.lower() not in _DETERMINERS]
    if (
        not toks
        or len(toks) > 3
        or toks[0].lower() not in ("the",)
        and description.split()[0].lower() != "the"
        or _place_key(toks[-1]) not in _SOLE_OFFICES
    ):
        return None
    who = _antecedent(description, at, before)
    if not who:
        return None
    actors = at.placer
    if actors is not None and len(_place_groups(toks, actors) | {actors.group_of(who)} - {None}) > 1:
        return None
    places = {_place_key(t) for t in toks[:-1]}
    offices = {_place_key(t) for t in _TITLE}
    held = [title - offices for title, name in at.titled if _surname(name) == _surname(who)]
    if places and any(where and not places <= where for where in held):
        return None
    return who


MAX_PRONOUN_CHAIN = 4  # sentences spoken by "he" that a pronoun may look back past


def _antecedent_sentences(texts: list[str], first: int) -> list[tuple[int, bool]]:
    """The sentences before a pronoun's, nearest first, where its antecedent may stand, each
    with whether "he"/"she" speaks it: the two before it, and further back past each one "he"
    speaks."""
    out: list[tuple[int, bool]] = []
    k, chained = first - 1, 0
    while k >= 0 and len(out) - chained < 2 and chained <= MAX_PRONOUN_CHAIN:
        by_pronoun = _spoken_by_pronoun(texts[k])
        out.append((k, by_pronoun))
        chained += by_pronoun
        k -= 1
    return out


# "Meanwhile, Zelensky …", "But he said": a connective that opens a sentence before its subject.
_CONNECTIVE = rf"\s*(?:(?:{'|'.join(sorted(_CONNECTIVES))})\b,?\s+)"
# "He noted that", "She also said", after an opening connective or condition ("But he said",
# "If there is peace, he said"): a sentence whose speaker is a pronoun.
_PRONOUN_SUBJECT = re.compile(rf"\s*{_CONNECTIVE}?(?:If\s[^,]{{1,60}},\s*)?{_PRON}\s+{_HELPERS}{VERBS}\b")


def _spoken_by_pronoun(text: str) -> bool:
    return bool(_PRONOUN_SUBJECT.match(_strip_quotes(text)))


# "Olena is furious", "Nikolai says": a sentence that opens on one capitalised word and a verb.
_LONE_SUBJECT = re.compile(r"\s*([A-Z][a-z]+)(?<!ing)\s+(?:is|was|has|had|says|said|[a-z]+ed|[a-z]+s)\b")


def _role_subject(text: str) -> str | None:
    """The description a sentence opens with as its subject, when it is a person's role."""
    found = _sentence_subject(re.sub(f"^{_CONNECTIVE}", "", text)) if text.strip() else None
    who = found[0] if found else None
    return who if who and _is_description(who) and _is_role(who) else None


def _ungoverned(text: str) -> str:
    """A text without the names a preposition governs: in "His advice to Zelenskyy was “…”, he
    said", whom the words were told, met or spoken of is not "he"."""
    return re.sub(rf"\b(?:to|with|at|from|for)\s+(?:the\s+)?{_NAME}", " ", text)


def _resolve_pronoun(at: attribution.Context, before: str) -> str | None:
    """The person "he"/"she" stands for: the one person named before it in the sentence,
    else the speaker of the quote just before, else the subject of a speech verb in the
    sentence before, else the person the sentence before opens with (its subject), else
    the one person named there at all."""
    texts, first, found, known = at.texts, at.first, at.previous, at.known
    head = re.split(rf"\b{_PRON}\b", _strip_quotes(before))[0]
    people = _persons(_ungoverned(head), known)
    if len({_surname(p) for p in people}) == 1:
        return max(people, key=len)
    if people and _opens_with(head, people[0]):
        # "Putin struck a warm tone toward Trump, saying he …": the sentence's subject.
        return people[0]
    speakers = _speech_subjects(head)
    if len({_surname(p) for p in speakers}) == 1:
        # "Kremlin adviser Yury Ushakov said that talks with Witkoff and Kushner failed,
        # though he called them “useful”": the one who speaks in the sentence.
        return max(speakers, key=len)
    described = _role_subject(head)
    if described:
        return described  # "Between shots, the reporter leaned in: “…,” he confided"
    for k, by_pronoun in _antecedent_sentences(texts, first):
        spoke = [f.speaker for f in found if f.last == k and f.speaker and not _is_description(f.speaker)]
        if spoke:
            return spoke[-1]
        if by_pronoun:
            # "Ushakov stated … . He noted that talks between Putin and Trump … . “…,” he said":
            # a sentence spoken by "he" hands "he" on to the one before; whom it names is not him.
            continue
        text = _strip_quotes(texts[k])
        for group in (_speech_subjects(text), _persons(text, known)):
            if len({_surname(p) for p in group}) == 1:
                return max(group, key=len)
        opener = _persons(" ".join(text.split()[:6]), known)
        if opener and _opens_with(text, opener[0]):
            return opener[0]
        lone = re.match(_LONE_SUBJECT, text)
        if (
            lone
            and not (_only_places([lone.group(1)]) or _bare(lone.group(1)) in _BODIES | _NOT_NAME)
            and re.search(rf"[a-z,]\s+{lone.group(1)}\b", "\n".join(texts))
        ):
            # "Olena is furious … . “…,” she tells me": a person by first name, as the article
            # writes her within a sentence too ("forced Olena to flee"), not "Peace is …".
            return lone.group(1)
        described = _role_subject(text)
        if described:
            return described  # "the US president did not say …" / "He later added …"
        if _persons(text, known):
            return None  # people named, none of them the subject: which one is meant is a guess
    return None


# "Ushakov said", "Zelensky, in a post, said", "Zelensky also, for the first time, suggested".
_SPEECH_SUBJECT = (
    rf"{_SUBJ}(?:\s+(?:also|later|then|again|now|further|still))?(?:\s*,[^,]{{1,60}},|,)?\s+{_HELPERS}{VERBS}\b"
)


def _speech_subjects(text: str) -> list[str]:
    """The people a text names as the subjects of its speech verbs ("Ushakov said")."""
    found = (_clean_name(m.group(1)) for m in re.finditer(_SPEECH_SUBJECT, text))
    return [n for n in found if n and not _is_description(n)]


def _opens_with(text: str, name: str) -> bool:
    """The sentence's subject is this person: only a connective and titles come before the name."""
    text = re.sub(f"^{_CONNECTIVE}", "", text)
    lead = text[: text.find(name)].split() if name in text else ["?"]
    return all(w.lower().strip(".") in _TITLE or _DEMONYM.search(w) or _bare(w) in _PLACES for w in lead)


def _is_role(description: str) -> bool:
    """A description of a person by office or role ("the US president", "a woman"), not of a thing."""
    return _bare(description.split()[-1]) in _TITLE | words("people") | words("private_people")


def _is_description(name: str) -> bool:
    return name.split()[0].lower() in _DETERMINERS or "'s " in name or "’s " in name or bool(re.fullmatch(_GROUP, name))


_OPENERS = re.compile('[“"]')


def _strip_quotes(text: str) -> str:
    """The text with every “…” and "…" replaced by a space, leftmost first.

    Same result as re.sub(r'“[^”]*”|"[^"]*"', " ", text), in linear time: that regex
    scans to the end of the text from each opening mark that never closes, so a run of
    them took quadratic time. Here the next closing mark is looked up once and reused
    until the scan passes it."""
    out, start, i = [], 0, 0
    next_close = {"”": (-1, -1), '"': (-1, -1)}  # mark -> (searched from, found at or -1)
    while m := _OPENERS.search(text, i):
        p = m.start()
        close = "”" if text[p] == "“" else '"'
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


def extract(
    sentences: list[Sentence], found: list[Found] | None = None, language: str = "english"
) -> tuple[Quote, ...]:
    found = find(sentences, language) if found is None else found
    return tuple(Quote(sentences[f.first].index, f.text, f.speaker) for f in found)
