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
may speak, and so may a country or a capital that opens its sentence and acts in it:
"Kyiv accused Moscow of …").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from . import attribution
from .model import Quote, Sentence
from . import quote_spans
from .antecedents import (
    SPEECH_AGENT,
    Placer,
    _DOCUMENT_SPEAKER,
    _described_antecedent,
    _introduced_source,
    _full_name,
    _holder_before,
    _indefinites,
    _issuer,
    _name_for,
    _named_by_initials,
    _named_with,
    _outlet_named,
    _placed_holder,
    _resolve_pronoun,
    _titled_names,
    article_genders,
    placed_first,
    pronoun_form,
    speech_agent,
)
from .english_subjects import (
    VERBS,
    _ADVERB,
    _APPOSITION,
    _BODIES,
    _PRIVATE,
    _CAP,
    _DAY,
    _DESC,
    _DET,
    _DOCUMENT_WORDS,
    _GROUP,
    _HELPERS,
    _INITIALS,
    _INTRODUCED,
    _NAME,
    _OPENING,
    _PEOPLE,
    _PLURAL_GROUPS,
    _PRON,
    _STATED_IN,
    _SUBJ,
    _SUBJECT,
    _TITLE,
    _VERB,
    _blank_quotes,
    _alternation,
    _bare,
    _clean_name,
    _event,
    _is_description,
    _named,
    _only_places,
    _people_of,
    _persons,
    _place_subject,
    _sentence_subject,
    _strip_quotes,
    _surname,
    _who,
)
from .lang import raw, words
from .text import language as language_mod
from .text.split import split_sentences
from .text.tokens import item_at, stop_words

MIN_WORDS = 3  # shorter quoted words are speech only when the same sentence says who spoke them
ECHO_REACH = 50  # quotes with a speaker that a quote without one is compared with
ECHO_WORDS = 4  # words a quote needs to echo another
# ", adding that …", ", saying …": the speaker is the subject of the sentence.
PARTICIPLES = rf"(?:{_alternation('speech_participles')})"
_LEAD = r"^[\s,.!?…:;–—-]*"
# …,” Trump stated / …,” the Ukrainian leader said / …,” he wrote on Telegram
_AFTER_SV = re.compile(rf"{_LEAD}{_SUBJ}\s+{_HELPERS}(?:{VERBS}|{_alternation('after_quote_verbs')})\b")
# …,” officials said / …,” US officials and people familiar with the matter told the Journal
_AFTER_GROUP_SV = re.compile(rf"{_LEAD}({_PLURAL_GROUPS})\s+{_HELPERS}(?:{VERBS})\b")
# …,” read another sign: what a sign or a banner says, after the quote
_AFTER_READ_VS = re.compile(rf"{_LEAD}(?:read|reads)\s+({_DESC})")
# …,” said Olha Petrenko, a retired teacher / said 47-year-old Ivan Koval
_AFTER_VS = re.compile(rf"{_LEAD}{VERBS}\s+(?:\d+-year-old\s+)?{_SUBJ}")
# …,” Ukraine’s foreign minister Andrii Sybiha said / …,” U.S. Secretary of State Marco Rubio said
# "…,” Ivan Koval, 41, a driver in Odesa, told AFP: a name, then asides, then the verb.
# …,” said retired French General Dominique Trinquand: words that qualify the name after the verb.
_MODIFIER = rf"(?!(?:{_alternation('prepositions')}|{_alternation('not_description_ends')}|to|this|these)\b)[a-z][\w-]*"
# (The rarer shapes are pattern strings, compiled on first use by re's cache: start-up cost.)
# …,” said Moscow resident Nikolai: a place may open the words that qualify the name
# ("said Russian American Anchorage resident Mary Olsen": up to three such words, perhaps after
# a word in lower case: "writes exiled Russian analyst Tatiana Stanovaya").
# …,” said 52-year-old taxi driver Serhiy Dziuba: an age may open them.
_AFTER_V_MOD_S = (
    rf"{_LEAD}(?P<verb>[a-z]+)\s+(?:\d+-year-old\s+)?(?:(?:{_MODIFIER}\s+)?(?:{_CAP}\s+){{1,3}}(?=[a-z]))?"
    rf"(?:{_MODIFIER}\s+){{1,2}}(?P<who>{_NAME})"
)
# “…” of the talks was “…”, The Associated Press said: the clause that ends a sentence.
# (An apostrophe inside a word, "Putin’s adviser said", closes no quote.)
_LAST_CLAUSE = re.compile(r"(?:[,”\"]|’(?!\w))((?:[^,”\"’“]|’(?=\w))*)$")
# …,” Ukraine’s ambassador to the US, Olga Stefanishyna, told CNN: the name in apposition.
_AFTER_DESC_NAME_SV = rf"{_LEAD}[^,“”\"]{{1,120}},\s+(?P<who>{_NAME}),\s+(?:also\s+)?(?P<verb>[a-z]+)\b"
# …,” was the assessment of lead Ukrainian negotiator Rustem Umerov: whose words, inverted.
_VERDICT_OF = (
    rf"{_LEAD}(?:was|were)\s+(?:the|his|her|their)\s+(?:[a-z]+\s+)?(?:{_alternation('verdict_nouns')})\s+"
    rf"(?:of|from)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<who>{_NAME})\s*(?:[.,;]|$)"
)
# …”, Türkiye Today reported: an outlet relaying, after the quote.
_REPORTED_AFTER = rf"{_LEAD}{_SUBJ}\s+(?:reported|reports)\b"
# …,” the U.S. read-out of their meeting said: a document that carries the words.
_DOCUMENT_AFTER = rf"{_LEAD}(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w.'’-]+\s+){{0,2}}(?:{_DOCUMENT_WORDS})\b[^,“”\"]{{0,60}}?\s+{VERBS}\b"
# …,” RIA reported, citing Yevgeny Balitsky: the outlet relays, whom it cites spoke.
_CITING = rf"{_LEAD}{_SUBJ}\s+(?:reported|reports|said|says|wrote|writes),\s+(?:citing|quoting)\s+(?P<cited>{_NAME})"
# …,” CNBC quotes an unnamed European official as saying: the outlet relays, whom it quotes spoke.
_AS_SAYING_TAIL = r"\s+as\s+(?:saying|telling|stating|writing)\b"  # "quoted X as saying", before a quote or after
_AFTER_QUOTES_AS = rf"{_LEAD}{_SUBJ}\s+(?:quotes|quoted|cites|cited)\s+(?P<who>{_SUBJECT}){_AS_SAYING_TAIL}"
# …,” a German government source, cited by Reuters, said: whom the words were relayed by, between.
_AFTER_CITED_SV = rf"{_LEAD}{_SUBJ},\s+(?:cited|quoted)\s+by\s+[^,;“”\"]{{1,60}},\s+(?:also\s+)?{VERBS}\b"
# (…,” US envoy Steve Witkoff, who led the delegation, told Fox News: an office may come before the name.)
_AFTER_ASIDE_SV = re.compile(
    rf"{_LEAD}(?:(?:[\w.'’-]+\s+){{0,2}}?(?i:{_alternation('titles')})\s+)?({_NAME})"
    rf"(?:\s*,\s*[^,;“”\"]{{1,100}}){{1,2}},\s+(?:also\s+)?{VERBS}\b"
)
# …,” a senior official, who spoke on condition of anonymity, said: a description with a relative
# clause set off after it.
_AFTER_DESC_ASIDE_SV = rf"{_LEAD}({_DESC}),\s+who\s[^,;“”\"]{{1,100}},\s+(?:also\s+)?{VERBS}\b"
# …,” Igor Novikov, a former adviser to President Zelenskyy said: an aside on an article whose
# closing comma is missing still describes the name before it, not the name at its end.
_AFTER_OPEN_ASIDE_SV = rf"{_LEAD}{_APPOSITION}?\s+{VERBS}\b"
# Words of the description, not a conjunction that opens another clause: in "“agreement” and
# Trump spoke of", Trump speaks the next quote, not this one.
_DESC_WORD = r"(?!(?i:and|but|or|while|whilst|whereas|though|although|as|when|before|after|then|so|yet)\b)[\w'’.-]+"
_DOCUMENT = (
    rf"(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>{_NAME})['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_DOCUMENT_WORDS})\b(?P<rest>[^“”\"\n]{{0,80}})"
)
_DOCUMENT_VERB = re.compile(r"\b(?:read|reads)\b")
# "were guarded: ", "was blunt: ": a short clause on the document that hands over to the quote.
_DOCUMENT_COLON = r"\s+(?:was|were|is|are)\s+[a-z]+\s*:\s*"
# "the statement", "a joint statement", "this letter": a document no one owns in the sentence.
_A_DOCUMENT = rf"(?:[Tt]he|[Tt]his|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT_WORDS})"
# "the plan", "Trump's plan", "the E3 draft": a text that speaks for itself, not for its author.
_A_PLAN = rf"(?:[Tt]he|[Tt]his|[Aa]n?|{_NAME}['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_alternation('documents')})"
# What a plan's text does with the words it holds: "the draft stipulates that “…”" (a plan that
# "was a “clear gift”" is what someone called it).
_PLAN_VERBS = rf"(?:{VERBS}|stipulates|stipulated|envisages|envisaged|provides|specifies|specified|proposes|proposed)"
# "The joint statement also committed both sides to “…”": a document that opens the sentence as
# its subject holds the words its verb leads to (unless someone else's act: "… by Kyiv as"); so
# does a plan with a verb of its text. A short opening phrase may stand before it ("In its place,
# the E3 draft stipulates that “…”"), but not a source ("According to Polish officials, …").
_DOCUMENT_OPENS = re.compile(
    rf"\s*(?:(?![Aa]ccording\b)[A-Z][^,“”\"\n]{{0,40}},\s+)?"
    rf"(?:({_A_DOCUMENT})\s+(?:also\s+)?[a-z]+(?:ed|s)|({_A_PLAN})\s+(?:also\s+)?{_PLAN_VERBS})\b"
    rf"(?![^“”\"\n]*\bby\b)[^“”\"\n]{{0,80}}"
)
# "The document proposes …": a sentence that opens on a document, which a later "it" stands for.
_DOCUMENT_FIRST = re.compile(rf"\s*({_A_DOCUMENT}|{_A_PLAN})\b")
# "…,” the statement read": such a document reads its words; so does one that several issued
# ("…,” a joint statement from the Ukrainian and U.S. delegations in Jeddah says), which no one
# of them speaks alone. (One issuer's statement is the issuer's: "a statement from X's office".)
_DOCUMENT_READ = (
    rf"{_LEAD}({_A_DOCUMENT})(?:\s+(?:from|of|by)\s+[^,;“”\"]{{0,60}}?\band\s+[^,;“”\"]{{1,60}}?)?"
    rf"\s+(?:also\s+)?(?:read|reads|{VERBS})\b"
)
# …,” Almut Möller of the European Policy Centre told DW: the person, not where they work.
_AFTER_NAME_OF_SV = rf"{_LEAD}(?P<who>{_NAME})\s+of\s+(?:the\s+)?(?:{_CAP}\s+(?:(?:for|of|and|on)\s+(?:the\s+)?)?){{0,5}}?{_CAP}\s+(?:also\s+)?{VERBS}\b"
# "security and defence analyst Michael Clarke says": an "and" between two words of the description
# (the next in lower case) joins them. "…, US secretary of state Marco Rubio has said.": a helper
# may stand before the verb, as after any subject.
_AFTER_DESC_SV = re.compile(rf"{_LEAD}(?:{_DESC_WORD}\s+(?:and\s+(?=[a-z]))?){{1,6}}?({_NAME})\s+{_HELPERS}{VERBS}\b")
# "Trump in an Oval Office appearance said": where the words were said comes between the
# subject and its verb, and is not the subject.
# "Zelenskyy at the start of the White House talks said": what the occasion is of, too.
_OCCASION = (
    r"(?:in|at|on|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+\s+"
    r"(?:of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+\s+)?"
)
_BEFORE_VERB = re.compile(rf"{_SUBJ},?\s+(?:{_OCCASION})?{_HELPERS}$")
# "Olena, 45, who lost her home in Kharkiv, said": one or two asides between.
# "Rubio, pleased with the progress toward “a forthcoming peace,” declared": the aside may
# end inside a quotation.
_BEFORE_ASIDE_VERB = re.compile(rf"{_SUBJ}(?:\s*,[^,]{{1,160}}){{1,2}}(?:,[”\"]?|[”\"],)\s+{_HELPERS}$")
# "Zelensky: “…”", a headline's or a transcript's attribution.
# "- Oksana Melnyk – “…”", a list of voices: a name and a dash.
# ("12:55 GMT – Kremlin:": a live page's time before the label)
_NAME_COLON = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|CET|EET|ET|BST|[AaPp]\.?[Mm]\.?))?\s+[-–—]\s+)?(?:[-–—•*]\s+)?"
    r"([^:“”\"–—]{1,90}?)\s*(?::|\s[–—-])\s*$"
)
# "“…” – Hanna Shevchuk", "‘…’ – Anna Berg, President of Norland.": a name after a dash ends the
# sentence, or only its office follows it.
_DASH_NAME = re.compile(rf"^[\s.,!?…]*[–—-]\s*({_NAME})(?:\s*,\s*[^,;:“”\"«»]{{1,80}}?)?\s*\.?\s*$")
_NAME_ONLY = re.compile(rf"{_NAME}$")
# "Umerov's quote: “…”", "Zelensky’s statement: “…”": whose words a label before the quote names
_WHOSE_WORDS = re.compile(rf"({_NAME})['’]s\s+(?:quote|{_DOCUMENT_WORDS})")
_ROLE_NAME = rf"(?<![\w'’-])([a-z][\w-]*)\s+({_NAME})$"
# "“We will not give up our land”: Zelensky rejects the plan": a headline's speaker after the colon.
_COLON_NAME_VERB = rf"^\s*:\s*({_NAME})\s+[a-z]+s\b"
# "‘The pressure had become too intense’: Journalist Simon Shuster on Trump’s peace deal"
_COLON_NAME_ON = rf"^\s*:\s*({_NAME})\s+on\s"
# "a US summary of the first two days of talks reported", "a spokesman for the ministry said":
# the subject and what it is of or for ("three hours of what the Kremlin called": a relative
# word opens a clause of its own, whose subject speaks).
_OF_WORD = r"(?!(?:what|which|who|whom|that)\b)[\w'’.-]+"
_BEFORE_OF_VERB = re.compile(
    rf"(?<![\w'’.-])({_DESC})(\s+(?:of|for)\s+(?:{_OF_WORD}\s+){{0,5}}?{_OF_WORD})\s+{_HELPERS}$"
)
# "a journalist who shouted", "Putin, who spoke in English,": the relative clause's antecedent
_BEFORE_WHO_VERB = re.compile(rf"{_SUBJ},?\s+who\s+{_HELPERS}$")
# "Rustem Umerov who led the delegation said", "voters who backed the plan said": a relative
# clause without commas between the subject and its verb; whom it names is not the speaker.
_BEFORE_RELATIVE_VERB = re.compile(rf"{_SUBJ}\s+who\s+[a-z][^,;:“”\"]{{1,80}}?\s+{_HELPERS}$")
# ", adding that", ", while calling the talks": the sentence's subject speaks.
# ", saying", "by stating that": a participle of saying, whose speaker is the sentence's subject.
# "issued a joint statement saying": a document's participle, its issuer the subject.
# (", publicly pledging": an adverb may qualify the participle)
# ", at one point calling it a “deadline”": when, between the comma and the participle.
_AT_TIMES = r"(?:at\s+(?:one|another|some|the\s+same)\s+(?:point|time)\s+|at\s+times\s+|once\s+again\s+)"
_PARTICIPLE = re.compile(
    rf"(?:,\s*(?:while\s+|when\s+|before\s+|after\s+)?{_AT_TIMES}?(?:[a-z]+ly\s+)?|\bby\s+|\b(?:{_DOCUMENT_WORDS})\s+"
    # ", pushing for a deal and calling him “…”": the second of two participles
    rf"|,\s*[a-z]+ing\b[^,;“”\"]{{0,80}}?\s+and\s+){PARTICIPLES}\b"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_FAMOUS = words("men") | words("women")
# "after Vance challenged Zelenskyy, telling him": a subordinate clause with its own subject.
_SUBORDINATORS = "after|when|as|because|while|since|until|before|once"
_SUBORDINATE = rf"\b(?:{_SUBORDINATORS})\s+(?=[A-Z])"
# "While he remained optimistic, saying, “…”": a sentence that opens on a subordinate clause.
_OPENING_SUBORDINATE = rf"\s*(?i:{_SUBORDINATORS}|although|though)\s+"
# "a soldier reacted to the plan saying: “…”": a participle that introduces the quote.
_PARTICIPLE_COLON = rf"\b{PARTICIPLES}\s*:\s*$"
# "“…,” adding, “…”": a speech participle between two quotes, the same attribution for both.
_SPEECH_PARTICIPLE = re.compile(rf"\b{PARTICIPLES}\b")
# ", adding: “…”", ", saying “…”": a participle right before the quote, after a comma.
_PARTICIPLE_LEADS = rf",\s*{PARTICIPLES}\s*[:,]?\s*$"
# Between two quotes: a participle, perhaps after the first one's attribution ("an official said,").
_BETWEEN_PARTICIPLE = rf"[\s,]*(?:[^“”\"«».;:]{{0,60}}?\b{VERBS}\s*,\s*)?(?:and\s+)?{PARTICIPLES}\s*[,:]?\s*"
# Between a speech verb and another: what the first reports ("He stated that the delegation
# suggested “…”", "Witkoff told CNN Mr Putin conceded to “…”"), whose speaker is the first's.
# "told them, “…”", "said: “…”": a verb that opens the quote as direct speech.
_DIRECT_AFTER_VERB = r"(?:\s+(?:them|us|him|her|me|reporters))?\s*[,:]\s*"
_REPORTED_SPEECH = (
    r"(?:\s+[\w'’.-]+){0,3}?\s+that\s[^;]*$"
    r"|(?:\s+[\w'’.-]+){0,2}?\s+(?:(?:Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’-]+\s+$"
)
# “…,” declared Rubio / Rubio, pleased with “…,” declared: a verb right after the quote whose
# subject stands before it, an aside away.
_VERB_AFTER = rf"{_LEAD}{_HELPERS}{VERBS}\b"
_SUBJECT_ASIDE = rf"{_SUBJ}\s*,[^,“”\"]{{1,80}}$"
_TOLD_BY = rf"\bby\s+(?:[\w'’-]+\s+){{0,4}}?({_NAME})(?=\s+that\b|\s*[,:]\s*$)"
# Whose participle of speech it is: "with Ms von der Leyen saying it was …"
# "with US envoy Steve Witkoff calling the talks …", "with participants characterising …"
# "…, Trump noting he has “…”": the same without "with", after a comma.
# "with Inna Sovsun, a lawmaker from Holos, telling …": a description between commas after the name
# (one with an article: in "Marta, a florist, revealed her exhaustion, saying" the verb is no aside).
_SPEAKER_PARTICIPLE = re.compile(
    rf"(?:\bwith\s+(?:[\w'’.-]+\s+){{0,6}}?|,\s+)({_SUBJECT}|{_PEOPLE})(?:,\s+(?:an?|the)\s[^,“”\"]{{0,100}},)?\s+{PARTICIPLES}\b"
)
# "according to Kremlin aide Yuri Ushakov": the name after its office in lower case.
_ACCORDING_TO = r"(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)"  # "in the words of President Trump, “…”"
# "according to a White House statement affirming that … “…”": the participle is the source's.
_ACCORDING_PARTICIPLE = rf"{_ACCORDING_TO}\s+[^,;“”\"]{{1,60}}?\s+{PARTICIPLES}\b"
_ACCORDING = rf"{_ACCORDING_TO}\s+({_GROUP}|{_NAME}|{_DESC})"
_ACCORDING_DESC = re.compile(rf"{_ACCORDING_TO}\s+({_DESC})")
# "According to Putin's top foreign policy aide, Yuri Ushakov, …": the name in apposition.
_ACCORDING_APPOSED = rf"{_ACCORDING_TO}\s+[^,;“”\"]{{1,80}}?,\s+({_NAME}),"
# "according to a statement from the Polish foreign ministry": the document's issuer.
_ACCORDING_ISSUED = (
    rf"{_ACCORDING_TO}\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:{_DOCUMENT_WORDS})\s+(?:from|by|issued\s+by)\s+"
    r"([^,;:“”\"]{2,60}?)\s*(?=[,;:.]|$)"
)
# "according to the German newspaper Bild": the outlet's name after the word for what it is.
_ACCORDING_OUTLET = (
    rf"{_ACCORDING_TO}\s+(?:the\s+)?(?:{_CAP}\s+){{0,2}}(?:{_alternation('outlet_descriptions')})\s+({_NAME})"
)
_OFFICE_TITLES = words("titles")
_ACCORDING_TITLED = rf"{_ACCORDING_TO}\s+(?:{_CAP}\s+)*((?:[a-z]+\s+){{1,3}})({_NAME})"
MAX_VERB_DISTANCE = 30  # words between a speech verb and the quote it introduces
# Small words a title-case name may hold: "Coalition of the Willing" is a name, not speech.
_NAME_JOINERS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "&"}

# ("Here’s more from Thune:", "More from Peskov:": a live page's label too)
_QUOTE_FROM = rf"\s*(?:(?:[Hh]ere['’]s|[Hh]ere\s+is)\s+)?(?:[Qq]uote|[Qq]uoting|[Ww]ords|[Mm]ore)\s+(?:from|of|by)\s+({_NAME})\s*:\s*$"


_CALL_SIGN = re.compile(rf"\bcall[- ]?sign\s+(?:of\s+)?[‘'“\"]?({_CAP})")
# “…,” and on a line of its own: "— the president explained".
_DASH_LINE = re.compile(r"\s*[—–]\s*\w")
_LIST_MARK = re.compile(r"^\s*[-–—•*]\s+(?=[A-Z])")
# "Lidiia Odyntsova, 71, said with disbelief.", "he asked.": a sentence that is only who spoke.
_ATTRIBUTION_LINE = rf"(?:{_SUBJ})(?:\s*,[^,“”\"]{{1,60}}){{0,2}},?\s+(?:also\s+)?{VERBS}\b[^“”\"]*$"


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


_APPOSITIVE_BEFORE_VERB = rf",\s+({_NAME}),?\s+{_HELPERS}$"


def _subject_before(head: str) -> tuple[str | None, bool] | None:
    """The speaker right before a speech verb: "X said", "X, head of the office, said",
    "a journalist who shouted"; a name wins over a description or a place in an aside."""
    appositive = re.search(_APPOSITIVE_BEFORE_VERB, head)
    if appositive and len(appositive.group(1).split()) >= 2 and _named(_who(appositive.group(1))[0]):
        # "Ukraine's Deputy Minister of Defence, Serhiy Kyslytsya, said": an aside that is only a
        # name names the office before it ("Putin, standing next to Donald Trump, said" is Putin).
        return _who(appositive.group(1))
    relative = _BEFORE_RELATIVE_VERB.search(head)
    if relative and not re.search(rf"\b{VERBS}\b", head[relative.end(1) :]):
        who = _who(relative.group(1))
        if who[0]:
            return who
    found = []
    subject_of = _BEFORE_OF_VERB.search(head)
    for pattern in (_BEFORE_WHO_VERB, _BEFORE_ASIDE_VERB, _BEFORE_VERB):
        m = _aside_subject(head) if pattern is _BEFORE_ASIDE_VERB else pattern.search(head)
        if not m:
            continue
        who = _who(m.group(1))
        if pattern is _BEFORE_VERB and re.search(r",\s+(?:in|on|at|during|via|through)\s+$", head[: m.start(1)]):
            # "Zelensky, in a social media post on X said": an aside whose closing comma is
            # missing; what the preposition opens is where, and the subject stands before it.
            aside = _aside_subject(f"{head[: m.end(1)]},{head[m.end(1) :]}")
            who = _who(aside.group(1)) if aside else (None, False)
        if pattern is _BEFORE_WHO_VERB and not _named(who[0]):
            # "the feelings of fisherman Tom Harlow, who noted": "who" is a person, the one
            # named after "of", not the thing that is theirs
            of = re.search(rf"\bof\s+(?:[a-z][\w'’-]*\s+){{0,2}}({_NAME})$", m.group(1))
            # "Mark Rutte, Nato's secretary-general, who called": the name the description is in
            # apposition to
            apposed = re.search(rf"(?<![\w'’.-])({_NAME}),\s+$", head[: m.start(1)])
            if of and _named(_who(of.group(1))[0]):
                who = _who(of.group(1))
            elif apposed and _named(_who(apposed.group(1))[0]):
                who = _who(apposed.group(1))
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


def _speaks_in_report(head: str, known: frozenset[str] | set[str], direct: bool) -> bool:
    """Whether the subject of the verb a report relays speaks the words quoted in its clause: a
    person named in full ("He said that the Ukrainian President, Volodymyr Zelensky, had warned
    …"), or one the article names, by surname, when the verb opens them as direct speech
    (`direct`: "Rounds said that Rubio told them, “…”")."""
    who = _subject_before(head)
    if not (who and _named(who[0])):
        return False
    words = str(who[0]).split()
    return len(words) >= 2 or direct and words[-1].lower() in known


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


_ACCORDING_PRONOUN = r"(?:^|[.;:,]\s+)[Aa]ccording\s+to\s+(?:him|her|them)\b[^“”\"]*$"
_AS_SAYING = (
    rf"\b(?:quoted|quotes|quoting|reports|reported|cited|cites|citing)\s+([^,;“”\"]{{2,80}}?){_AS_SAYING_TAIL}[^“”\"]*$"
)
# "Yuri Ushakov, an aide, was quoted by state media as calling the talks “useful”": the passive's
# subject is the one quoted, whoever relays the words.
_QUOTED_AS = (
    rf"\b(?:was|were|is|are|been)\s+(?:quoted|cited)\b(?:\s+by\s+[^,;“”\"]{{1,60}}?)?\s+as\s+{PARTICIPLES}\b[^“”\"]*$"
)
# "Describing the talks as “very good” and “constructive,” Merz ended …": a participle of speech
# that opens the sentence has the main clause's subject, after the clause's comma.
_OPENING_PARTICIPLE = re.compile(rf"\s*(?i:{PARTICIPLES})\b[^,;:“”\"]*$")
_CLAUSE_END = re.compile(r"^[^,;:]*?,[\s”\"’]*")
_AS_PUTS = r"(?<![\w'’.-])[Aa]s\s+([^,;“”\"]{2,80}?)\s+(?:puts|put)\s+it\b[^“”\"]*$"
# "the talks, described as “productive” by Marco Rubio": a passive verb of naming, its agent after.
_NAMING_VERB = r"(?:described|called|dubbed|termed|labell?ed|branded|characteri[sz]ed)"
_CALLED_AS = rf"\b{_NAMING_VERB}(?:\s+(?:it|them|this|the\s+\w+))?(?:\s+as)?(?:\s+an?)?\s*$"  # "called a “…” by"
# "described by Kremlin aide Yuri Ushakov as “…”": the agent between the verb and "as".
_CALLED_BY_AS = rf"\b{_NAMING_VERB}(\s+by\s+[^“”\",;]{{1,80}}?)\s+as\s*$"
# "… and “friendly” by Kremlin aide Yuri Ushakov": a second quote of the same naming, its own agent after it.
_CALLED_AS_AND = (
    rf"\b{_NAMING_VERB}\b[^“”\"]{{0,40}}"
    r"[“\"][^“”\"]{1,80}[”\"]\s+by\s+[^“”\"]{1,80}?\s+and\s*$"
)
# "by Kremlin foreign policy aide Yuri Ushakov": a body, the office's words and the name after them.
_BY_SPEAKER = (
    rf"[\s,]*by\s+(?:(?:{_CAP}\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:{_alternation('titles')})\s+(?={_CAP}\s+{_CAP})"
    rf"|(?:(?:{_alternation('titles')})\s+){{0,3}})({_DESC}|{_NAME})"
)
# "Zelensky - whom Washington had accused of stalling - described", "Zelensky—who has …—said":
# an aside between dashes (spaced, or long dashes set close).
_DASH = r"(?:\s[-–—]\s|(?<=\w)[–—](?=\w))"
_DASH_ASIDE = re.compile(rf"{_DASH}[^-–—“”\"]{{1,150}}?{_DASH}")
# "Sen. Mike Rounds (R-SD) said": what a bracket adds to a name (a party, a state, an
# office) stands between the subject and its verb as a dashed aside does.
_BRACKET_ASIDE = re.compile(r"\s*\([^()“”\"]{1,60}\)")


def _owner_before(before: str, known: frozenset[str] | set[str]) -> str | None:
    """ "from Joe Biden's “as long as it takes” to Donald Trump's “you don't have the cards”": words
    of a person named by whose they are. (A word or two in quotes after a possessive is what
    someone else calls that person's thing: "Zelenskyy's “hatred”".)"""
    owner = re.search(rf"(?<![\w'’.-])({_NAME})['’]s\s*$", _blank_quotes(before))
    owners = _persons(owner.group(1), set(known)) if owner else []
    return owners[0] if len(owners) == 1 else None


def _view_of(before: str, known: frozenset[str] | set[str]) -> str | None:
    """ "For opposition lawmaker Lesia Vasylenko, Yermak's departure “shows …”": a sentence that
    opens on whose view it gives, a person named, quotes that person."""
    view = re.match(rf"\s*For\s+(?:[a-z][\w'’-]*\s+){{0,4}}?({_NAME}),\s[^“”\"]*$", _blank_quotes(before))
    people = _persons(view.group(1), set(known)) if view else []
    return people[0] if len(people) == 1 else None


def _attribution(before: str, after: str, known: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, bool]:
    """The speaker phrase next to a quote, and whether it is a pronoun (known: surnames of the
    people the article names): by the shape of the attribution, tried in this order."""
    before = _BRACKET_ASIDE.sub("", _DASH_ASIDE.sub(" ", before))
    # An earlier quote of the sentence is its own words: no verb, "with X saying" or "according
    # to him" inside it attributes this one.
    unquoted = _blank_quotes(before)
    return (
        _relayed(before, after, unquoted, known)
        or _after_quote(before, after, known)
        or _verb_before(before, after, unquoted, known)
        or _phrase_around(before, after, known)
    )


def _relayed(
    before: str, after: str, unquoted: str, known: frozenset[str] | set[str]
) -> tuple[str | None, bool] | None:
    """Words whose speaker another relays or names: a document's, "Sky News reports X as
    saying", an outlet after the quote ("…, TASS reported"), "…, citing X", "described by X as"."""
    document = _document(before, after)
    if document:
        return document
    if re.search(_ACCORDING_PRONOUN, unquoted):
        return None, True  # "According to him, it added an “…”": his words, not the thing's
    relayed = re.search(_AS_SAYING, unquoted) or re.search(_AS_PUTS, unquoted)
    if relayed:
        # "Sky News reports Andrii Sybiha as saying: “…”", "As lawmaker Oleksandr Merezhko puts
        # it, …": whoever relays them, the words are the named one's.
        people = _persons(relayed.group(1), set(known))
        relayed_by = (people[-1], False) if people else _who(relayed.group(1))
        if relayed_by[0] or relayed_by[1]:
            return relayed_by
    if re.search(_QUOTED_AS, unquoted):
        who = _sentence_subject(before)
        if who and (who[0] or who[1]):
            return who
    if re.match(_REPORTED_AFTER, after) or re.match(_DOCUMENT_AFTER, after):
        # An outlet or a document after the quote relays the words of the one speaking in the
        # sentence: "The meeting began with Rubio underscoring “…,” the U.S. read-out said";
        # "Fidan opened the talks by saying “…”, Türkiye Today reported" (the sentence's subject).
        relaying = _SPEAKER_PARTICIPLE.search(unquoted)
        who = _who(relaying.group(1)) if relaying else _sentence_subject(before) if _PARTICIPLE.search(before) else None
        if who and who[0]:
            return who
    if _OPENING_PARTICIPLE.match(unquoted):
        # (the main clause opens right after the quote where its comma is inside the marks)
        end = None if re.match(r"[\s”\"’]*[A-Z]", after) else _CLAUSE_END.match(after)
        who = _sentence_subject(after[end.end() if end else 0 :].lstrip(' ”"’'))
        if who and (who[0] or who[1]):
            return who
    citing = re.match(_CITING, after)
    if citing:
        named = _clean_name(citing.group("cited"))
        if named:
            return named, False  # "…,” RIA reported, citing Yevgeny Balitsky, the head of …"
    # A verb of naming's agent: "described by Marco Rubio as “…”", "described as “…” by Marco Rubio".
    called_by = re.search(_CALLED_BY_AS, unquoted)
    if called_by:
        by = re.match(_BY_SPEAKER, called_by.group(1))
    elif re.search(_CALLED_AS, before) or re.search(_CALLED_AS_AND, before):
        by = re.match(_BY_SPEAKER, after)
    else:
        by = None
    agent = _clean_name(by.group(1)) if by else None
    if agent:
        return agent, False
    return None


def _after_quote(before: str, after: str, known: frozenset[str] | set[str]) -> tuple[str | None, bool] | None:
    """The speaker in the words right after the quote ("…,” said X", "…,” X said", "“…”: Zelensky
    rejects"), or a name and its colon right before it ("Mark Rutte: “…”")."""
    # "Kyiv resident Ihor Petrenko, 34, told AFP": an age set off after the name is an aside
    after = re.sub(rf"(?<=[^\W\d_])\s*,\s*\d{{1,3}}\s*,(?=\s+(?:also\s+)?{VERBS}\b)", "", after, count=1)
    for pattern in (
        _AFTER_SV,
        _AFTER_VS,
        _AFTER_V_MOD_S,
        _AFTER_DESC_NAME_SV,
        _AFTER_NAME_OF_SV,
        _AFTER_DESC_SV,
        _AFTER_ASIDE_SV,
        _AFTER_DESC_ASIDE_SV,
        _AFTER_OPEN_ASIDE_SV,
        _AFTER_CITED_SV,
        _AFTER_QUOTES_AS,
        _VERDICT_OF,
        _AFTER_GROUP_SV,
        _AFTER_READ_VS,
    ):
        m = re.match(pattern, after)
        if m and "verb" in m.groupdict() and not _VERB.fullmatch(m.group("verb")):
            continue  # (the verb is matched as any word and checked here: smaller patterns)
        if m:
            if pattern is _AFTER_VS:
                appositive = _name_after_description(after[m.start(1) :])
                if appositive:
                    return appositive, False
                described = re.match(_AFTER_V_MOD_S, after) if _INITIALS.fullmatch(m.group(1)) else None
                if described and _VERB.fullmatch(described.group("verb")):
                    # "said KIIS executive director Anton Hrushetsky": initials that open the
                    # words describing the name are a body's, the name after them speaks
                    return _who(described.group("who"))
            name, pronoun = _who(m.group("who") if "who" in m.groupdict() else m.group(1))
            if pattern is _AFTER_NAME_OF_SV and not (name and _persons(name, set()) == [name]):
                continue  # "Secretary of State Marco Rubio said": an office's "of"
            if name or pronoun:
                return name, pronoun
    headline = re.match(_COLON_NAME_VERB, after)
    named = _clean_name(headline.group(1)) if headline else None
    on = None if named else re.match(_COLON_NAME_ON, after)
    named = named or (_clean_name(on.group(1)) if on else None)
    if named and on and len(named.split()) < 2:
        named = None  # ("“…”: Ukraine on alert": a place, not who)
    if named:
        return named, False  # a headline's "“…”: Zelensky rejects": its verb says it is someone
    m = _NAME_COLON.match(before) or _DASH_NAME.match(after)
    whose = _WHOSE_WORDS.fullmatch(m.group(1)) if m else None
    named = (
        _clean_name(whose.group(1) if whose else m.group(1)) if m and (whose or _NAME_ONLY.match(m.group(1))) else None
    )
    role = None if named or not m else re.search(_ROLE_NAME, m.group(1))
    if role and (_bare(role.group(1)) in _TITLE or _bare(role.group(1)) in _GROUPS):
        named = _clean_name(role.group(2))  # "Think tank analyst Mykhailo Samus: “…”"
    if named and (len(named.split()) >= 2 or _surname(named) in known or _bare(named) in _BODIES):
        return named, False  # a person or a body ("Kremlin: “…”"), not a label ("Note: “…”")
    return None


def _verb_before(
    before: str, after: str, unquoted: str, known: frozenset[str] | set[str]
) -> tuple[str | None, bool] | None:
    """The subject of a speech verb before the quote ("Trump said “…”"), of a participle that
    makes someone speak ("with the envoy calling it “…”") or opens the clause ("…, saying “…”")."""
    verbs = [m for m in _VERB.finditer(unquoted) if len(before[m.end() :].split()) <= MAX_VERB_DISTANCE]
    if re.search(_PARTICIPLE_LEADS, unquoted):
        # "Trump said he and Zelensky spoke with the leaders, adding: “…”": the participle that
        # introduces the quote is the sentence subject's; a verb inside the clause before is not.
        verbs = []
    speaking = list(_SPEAKER_PARTICIPLE.finditer(unquoted))
    for verb in reversed(verbs):
        if speaking and speaking[-1].start() > verb.end():
            break  # "the talks ended, with the envoy calling them “…”": the nearer speaker
        if verb is not verbs[0] and re.fullmatch(_INVERTED_SOURCE, before[verb.end() :]):
            # "The president repeated that …, recalls the paper: “…”": the outlet that reports
            # the words, after its verb; the words are the speaker's of the verb before.
            continue
        head = before[: verb.start()]
        reporting = [v for v in verbs if v.end() <= verb.start()]
        if (
            reporting
            and re.match(_REPORTED_SPEECH, unquoted[reporting[-1].end() : verb.start()])
            and not reporting[-1].group(0).lower().startswith("report")
            and not _speaks_in_report(head, known, direct=bool(re.fullmatch(_DIRECT_AFTER_VERB, before[verb.end() :])))
        ):
            # "He stated that the delegation suggested “…”": the one who reports speaks; "The
            # Moscow Times reported that Putin said “…”": a report relays whom it says spoke.
            continue
        if re.search(rf"\b{VERBS}\s+$", head):
            continue  # "reported continued “…”": a verb's form right after a verb qualifies its object
        if re.search(r",\s*(?:[a-z]+ly\s+)?$", head) and re.match(r"\s+(?:as|by)\b", unquoted[verb.end() :]):
            continue  # "The plan, initially criticised as …,": a participle in an aside, no one speaking
        if re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", head):
            if re.match(r"(?:told|asked)\b", verb.group(0)):
                # "she was told: “…”": someone else's words, to her; "was told … by her
                # counterpart Scott Bessent that …": the one the passive names as its agent.
                told_by = re.search(_TOLD_BY, unquoted[verb.end() :])
                by_whom = _who(told_by.group(1)) if told_by else (None, False)
                if _named(by_whom[0]):
                    return by_whom
                break
            continue  # "proposals were deemed “…”": a passive's subject says nothing; the verb before may
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
        place = _place_subject(head, verb_next=True)
        if place:
            return place, False
        if re.search(r"\bto\s+$", head):
            # "Rubio posted on social media to say …": the infinitive's subject is the sentence's.
            who = _sentence_subject(head)
            if who:
                return who
            continue
        if not (_only_places(re.sub(rf"\s+{_HELPERS}$", "", head[-80:]).split()[-1:]) or _event(head.split()[-2:])):
            break
        # "Medinsky said Moscow had also suggested a “…”": a place is no speaker; the verb
        # before reports its words.
    if speaking:
        subject = speaking[-1].group(1)
        named = _name_after_description(subject)  # "with the envoy Lars Holm calling"
        who = (named, False) if named else _who(subject)
        if who[0] or who[1]:
            return who
    if (
        _PARTICIPLE.search(before) or _PARTICIPLE.match(after) or re.search(_PARTICIPLE_COLON, before)
    ) and not re.search(_ACCORDING_PARTICIPLE, unquoted):
        who = _sentence_subject(before)
        opening = re.match(_OPENING_SUBORDINATE, before)
        if not (who and (who[0] or who[1])) and opening:
            # "While he remained optimistic, saying, “…,” the statement did not …": the main
            # clause's subject comes after the quote; the participle is the opening clause's.
            who = _sentence_subject(before[opening.end() :])
        subordinate = re.search(_SUBORDINATE, before)
        if who and who[0] and _surname(who[0]) not in known and subordinate:
            # "Tempers flared after Vance challenged Zelenskyy, telling him, “…”": an opening
            # word no one in the article is named is no person; the participle is the
            # subordinate clause's subject's, when a name.
            inner = _sentence_subject(before[subordinate.end() :])
            if inner and _named(inner[0]) and not _only_places(str(inner[0]).split()):
                return inner
        if who and not (who[0] and (_bare(who[0]) in _GROUPS or _people_of(who[0]))):
            return who
        place = None if who else _place_subject(_strip_quotes(before))
        if place:
            return place, False
        # "Ukrainians in Kyiv, such as Tetiana Harkavenko, voiced distrust, stating, “…”": a
        # group is no speaker, the one person the sentence names is.
        people = _persons(_strip_quotes(before), set())
        if len({_surname(p) for p in people}) == 1:
            return max(people, key=len), False
        if who:
            return who
    return None


def _phrase_around(before: str, after: str, known: frozenset[str] | set[str]) -> tuple[str | None, bool]:
    """The speaker of an "according to" phrase, of a label before a colon ("Quote from X:"), of
    a verb after the quote with its subject in an aside, else of the attribution after it."""
    for text in (after, before):
        m = re.search(_ACCORDING_OUTLET, text) or re.search(_ACCORDING_ISSUED, text)
        if m:
            return _clean_name(m.group(1)), False
        m = re.search(_ACCORDING_TITLED, text)
        # "according to Kremlin diplomatic adviser Yuri Ushakov": lower-case words that end in a title
        if m and m.group(1).split()[-1] in _OFFICE_TITLES:  # (not "the": "according to the Lithuanian …")
            return _clean_name(m.group(2)), False
        m = re.search(_ACCORDING_APPOSED, text)
        apposed = _clean_name(m.group(1)) if m else None
        if _named(apposed):
            return apposed, False
        m = re.search(_ACCORDING, text)
        if m:
            described = _ACCORDING_DESC.match(text, m.start())
            # "according to Lithuania's chief diplomat": the place's office, not the place
            return _clean_name(m.group(1)) or (_clean_name(described.group(1)) if described else None), False
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
    (a name of two words or more, right after a word of the description or in apposition),
    "said Ukraine's chief negotiator Rustem Umerov"; not a body or a place ("a spokesman for
    the White House")."""
    body_office = re.match(rf"(?:{_CAP}\s+){{1,3}}([a-z]+)\s", text)
    if not (re.match(rf"(?:{_DET}|{_CAP}['’]s)\s", text) or body_office and body_office.group(1) in _TITLE):
        return None  # ("White House press secretary Karoline Leavitt": a body's office, too)
    parts = re.split(r",\s*", re.split(r"[.;:!?“”\"]", text, maxsplit=1)[0])
    description = parts[0]
    if len(parts) > 1 and re.fullmatch(_NAME, parts[1].strip()):
        candidate = parts[1].strip()
    else:
        # "… Karoline Leavitt on X": where the words were said may follow the name.
        m = re.search(rf"(?<![\w'’.-])([a-z][\w'’-]*)\s+({_NAME})(?:\s+(?:on|in|at)\s+[^,]{{1,40}})?\s*$", description)
        # "presenter Olga Skabeeva", not "for the White House"
        candidate = m.group(2) if m and m.group(1) not in stop_words("english") else ""
    toks = candidate.split()
    # "said a 24-year-old student, Anna": a private person may be named by a given name alone.
    private = len(toks) == 1 and len(parts) > 1 and _bare(description.split()[-1]) in _PRIVATE
    if (len(toks) < 2 and not private) or _only_places(toks) or any(t.lower() in _BODIES for t in toks):
        return None
    return _clean_name(candidate)


# "…, a source told AFP, speaking on condition of anonymity.", "…, Ushakov said, without
# elaborating.": how they spoke, not who.
_PARTICIPLE_CLAUSE = re.compile(rf"\s*(?:{PARTICIPLES}|(?:without|while|before|after)\s+[a-z]+ing)\b")
# "…, Zelensky said on Friday, as a proposal … puts pressure on Kyiv, …": a clause of when the
# words were spoken, to the sentence's end, is no part of their attribution.
_WHEN_CLAUSE = re.compile(r",\s+(?:as|amid|while|when)\s+(?:an?|the|[a-z]+s)\s")


def _final_attribution(after: str) -> tuple[str | None, bool]:
    """The attribution that ends a sentence is that of the quotes in it that have none of their
    own ("“…” of the talks was “…”, The Associated Press said."); "…, told CNN." names whom the
    words were told, not who spoke them."""
    when = _WHEN_CLAUSE.search(after)
    if when:
        after = after[: when.start()] + "."
    m = _LAST_CLAUSE.search(after)
    clause = m.group(1).rstrip(" .!") if m else ""
    relayed = re.match(_WORDS_OF, clause if m else after.rstrip(" .!"))
    if relayed:
        return _who(relayed.group(1))  # "…,” the newspaper reports the words of the parliamentarian.
    if m and (not _VERB.search(clause) and re.match(r"\s*(?:an?|the)\s", clause) or _PARTICIPLE_CLAUSE.match(clause)):
        # "…, said Andrea Kendall-Taylor, a senior fellow at the Center.": the clause before the
        # apposition attributes.
        before = _LAST_CLAUSE.search(after[: m.start()])
        clause = before.group(1).rstrip(" .!") if before else ""
    if not clause or re.match(r"\s*(?:told|tells|asked|asks)\b", clause):
        return None, False
    for pattern in (_AFTER_SV, _AFTER_VS, _AFTER_DESC_SV, _AFTER_GROUP_SV):
        found = pattern.match(clause)
        # "…, Andrea Kendall-Taylor said on Monday.", "…, a source told AFP.", "…, Kremlin
        # spokesman Dmitry Peskov told state TV."
        rest = clause[found.end() :] if found else ""
        if found and found.group(0).endswith(("told", "tells")):
            # whom the words were told: "told Reuters", "told state TV", "told reporters on Sunday"
            rest = re.sub(_TOLD_WHOM, "", rest)
        if found and (re.fullmatch(_WHEN, rest) or re.match(_CIRCUMSTANCE, rest)):
            return _who(found.group(1))
    return None, False


# "…,” the newspaper reports the words of the Ukrainian parliamentarian: an outlet relays whose words they are.
_WORDS_OF = (
    rf"\s*(?:{_DESC}|{_NAME})\s+(?:reports|reported|quotes|quoted|cites|cited|relays|relayed)\s+the\s+words\s+of\s+"
    rf"({_DESC}|{_NAME})\s*$"
)
# "…,” Zelensky said ahead of the meeting with …": when or where, after the verb.
_CIRCUMSTANCE = r"\s+(?:ahead\s+of|after|before|during|following|at|in|on|while|upon)\s+(?!(?:that|whether|how)\b)"
_WHEN = rf"(?:\s+(?:{_DAY}|last\s+week|earlier|later|today|yesterday|{_ADVERB}))?\s*"
_INVERTED_SOURCE = rf"\s+(?:{_DET}\s+[a-z][\w-]*|{_NAME})\s*:\s*"
_TOLD_WHOM = rf"^\s+(?:{_NAME}|(?:{_DET}\s+)?[\w'’.-]+(?:\s+(?!{_DAY})[\w'’.-]+)?(?=\s*$|\s+on\s))"


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
            if (verb and not d.group("rest")[verb.end() :].strip(" \t,:")) or re.fullmatch(
                _DOCUMENT_COLON, d.group("rest")
            ):
                # "…’s remarks said: “…”"; "Trump’s own words were guarded: “…”"
                m = d
                break
    if m is None:
        opens = _DOCUMENT_OPENS.fullmatch(before)
        return (_clean_name(opens.group(1) or opens.group(2)), False) if opens else None
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
    """The body or document "it" stands for: the one the sentence before opens with ("Russia's
    foreign ministry, meanwhile, dug in its heels. It rejected ...", "The document proposes ….
    It also states ..."), a ministry, an office, a government, a statement or a plan; never a
    person or a place."""
    document = _DOCUMENT_FIRST.match(_strip_quotes(text))
    if document:
        return _clean_name(document.group(1))
    m = re.match(_OPENING, _strip_quotes(text))
    toks = m.group(1).strip(" ,.").split() if m else []
    # "the Russian delegation resorted to": the description ends at its head noun.
    heads = [k for k, t in enumerate(toks) if _bare(t) in _BODIES]
    if heads:
        return " ".join(toks[: heads[0] + 1])
    # "…, Zelensky's office said in a statement. “…,” it said": the statement's issuer.
    return _stated_in(_strip_quotes(text))


def _stated_in(text: str) -> str | None:
    """The last one a text says spoke "in a statement"."""
    found = [_clean_name(m.group(1)) for m in re.finditer(_STATED_IN, text)]
    return next((n for n in reversed(found) if n), None)


def _described(description: str, at: attribution.Context, before: str, pronoun: bool = False) -> str:
    """Whom a description stands for ("the US president", "the daily", "the Kremlin aide"), as
    the article lets it be told from the sentence `at` (whose text before the quote is `before`);
    the description itself when it does not."""
    office = placed_first(description)
    return (
        _name_for(office, at.titled)
        or _named_with(description, at)
        or _named_by_initials(description, at)
        or _placed_holder(office, at.named, at.titled, at.placer)
        or _described_antecedent(description, at, before)
        or _introduced_source(description, at, before)
        or _outlet_named(description, at.texts)
        or not pronoun
        and _holder_before(office, at, before)
        or description
    )


def _named_subject(prev: str, at: attribution.Context) -> str | None:
    """ "Zelenskyy pushed back against the idea. “Why doesn’t …?”": the person the sentence before
    is about, when the article names that person and the quote is a sentence of its own (not
    after "Trump and Putin met", and not a title that opens a sentence: "“Independence Day 2”
    is set for release")."""
    subject = _sentence_subject(prev)
    name = subject[0] if subject and not subject[1] else None
    alone = not re.search(r"\w", re.sub(r"[“\"][^”\"]*(?:[”\"]|$)", " ", at.texts[at.first]))
    if (
        name
        and alone
        and (len(name.split()) >= 2 or _surname(name) in at.known)
        and re.match(rf"\s*(?:\S+\s+){{0,6}}?{re.escape(name)}\s+(?!and\b)[a-z]", prev)
    ):
        return name
    return None


_COORDINATED_VERB = re.compile(r"\s(?:and|but)\s+(?:[a-z]+ly\s+)?$")


# "“…,” Kalyna rema": an attribution the end of the text cuts off inside its verb.
_CUT_ATTRIBUTION = re.compile(rf"^[,\s]*({_NAME}|{_PRON})\s+[a-z]{{1,12}}$")
_ANOTHERS = "another|a second|a third|one more"
_ANOTHER_WORDS = frozenset(_ANOTHERS.split("|"))
_ANOTHER = re.compile(rf"^\s*(?:But\s+|And\s+)?({_ANOTHERS})\s+{VERBS}\b[^“”\"]*$", re.IGNORECASE)
_ANOTHER_AFTER = re.compile(rf"^[,\s]*(?:({_ANOTHERS})\s+{VERBS}|{VERBS}\s+({_ANOTHERS}))\s*[.,]", re.IGNORECASE)
_ONE_OF = re.compile(rf"(?i)^(?:{_ANOTHERS}|a|an|one)\s+(.+)$")


def _another_of(before: str, after: str, last: str | None) -> str | None:
    """ "A diplomatic source said: “…” Another added: “…”", "“…,” said another": one more of
    those the quote before described (another diplomatic source), when it described them with
    "a", "an" or "one"."""
    m = _ANOTHER.match(before) or _ANOTHER_AFTER.match(after)
    described = _ONE_OF.match(last or "")
    if not m or not described or not _is_description(described.group(0)):
        return None
    return f"{next(g for g in m.groups() if g).lower()} {described.group(1)}"


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
        name = (_clean_name(found.group(1)) if found else None) or _named_subject(prev, at)
        if not name:
            # "The war took his health, Koval said. But he demands accountability
            # … . “…”": a sentence led by "he" or "she" is about whom the pronoun stands for,
            # whose words the quote after it are.
            led = re.match(r"\s*(?:(?:But|And|Yet|Still|Now)\s+)?(he|she|He|She)\b", prev)
            if led:
                return _resolve_pronoun(at.earlier(), led.group(1), pronoun_form(led.group(1), "")), False
        return (name, False) if name and not _is_description(name) else (None, False)
    # "She then saw adverts for a scheme in the UK and described …": a verb coordinated with the
    # one before has the sentence's subject, not the last words before it.
    coordinated = _COORDINATED_VERB.search(prev[: verb.start()])
    if coordinated:
        who = _sentence_subject(prev[: coordinated.start()])
    else:
        who = _subject_before(prev[: verb.start()]) or _sentence_subject(prev[: verb.start()])
    if not who or not (who[0] or who[1]):
        return None, False
    if who[1]:
        return _resolve_pronoun(at.earlier(), prev[: verb.start()], pronoun_form(prev[: verb.end()], "")), False
    called = _called(who[0], prev)
    if called and _is_description(called):
        # "Medinsky poured cold water on it. Commenting, the Kremlin aide told journalists … .
        # “…”": whom the description stands for is told from its own sentence.
        return _described(called, at.earlier(), prev[: verb.start()]), False
    return called, False


# "… has spoken to ITV about …": a speech verb only where it introduces who spoke ("had spoken
# with “such sincerity”" elsewhere reports on someone else).
_HAS_SPOKEN = r"\b(?:has|have|had)\s+spoken\b"
_OPEN_ASIDE_SPEAKS = rf"{_LEAD}{_APPOSITION}?\s+(?:{VERBS}\b|{_HAS_SPOKEN})"  # as _AFTER_OPEN_ASIDE_SV, or "has spoken"


# "This was stated by Foreign Minister Andrii Sybiha", after a source of its own ("As reported
# by Interfax, this was …"): the sentence names who spoke the words before it.
_THIS_WAS = re.compile(r"\s*(?:(?:[^.“”\"]|\.(?=\w)){0,100},\s*)?(?:[Tt]his|[Tt]hat|[Tt]hese words|[Tt]he words)\s+")


def _stated_by(text: str, known: set[str]) -> str | None:
    """The person a sentence says spoke the words before it: "This was stated by … Yuriy Ushakov"."""
    this = _THIS_WAS.match(text)
    by = SPEECH_AGENT.match(text, this.end()) if this else None
    return speech_agent(by, known) if by else None


def _introduced_next(text: str, known: set[str]) -> str | None:
    """The person the sentence after a quote standing alone introduces as speaking, when no one
    spoke before it: "“…” / Olena Koval, a teacher from Donetsk, has spoken to ITV about …"."""
    plain = _strip_quotes(text)
    verb = _VERB.search(plain) or re.search(_HAS_SPOKEN, plain)
    if not verb or len(plain[: verb.start()].split()) > 12:
        return None
    # "Olena Koval, a teacher from Donetsk has spoken": the aside's closing comma may be missing.
    opening = re.match(_INTRODUCED, plain) or re.match(_OPEN_ASIDE_SPEAKS, plain)
    who = (_clean_name(opening.group(1)), False) if opening else _subject_before(plain[: verb.start()])
    name = who[0] if who and not who[1] else None
    if name and _named(name) and not _is_description(name) and (len(name.split()) >= 2 or _surname(name) in known):
        return name
    return None


def _ends_as(before: str, rules: attribution.Rules) -> bool:
    """Whether the words before a quote end on the language's "as" ("как", "як")."""
    last = re.findall(r"\w+", before[-12:])
    return bool(last) and last[-1].lower() in rules.relaying_as


def _whole_sentence(inner: str, before: str) -> bool:
    """A quote that is a sentence of its own ("“Nothing changes.”"), however short: speech."""
    return inner[:1].isupper() and inner[-1:] in ".!?…" and not before.strip(" \t-–—:")


def _stacked(inner: str, before: str, after: str) -> bool:
    """ "as part of the “coalition of the willing” “deterrence force” proposal": quotations set
    side by side, nothing between them, name things; no one speaks two at once."""
    if len(inner.split()) > 5:
        return False
    # ("about “land,” “power plants,” and …": a list of words spoken, commas inside the marks)
    return bool(re.search(r"[^\s,.;:!?…][”\"]\s*$", before) or re.match(r"\s*[“\"]", after) and inner[-1:].isalnum())


def _name_like(inner: str) -> bool:
    """Title-case words with no sentence punctuation are a name ("Coalition of the Willing",
    "Новости.Live": a stop inside a word is part of it)."""
    toks = inner.split()
    if not toks or len(toks) > 8 or re.search(r"[!?,;:]|\.(?!\w)", inner):
        return False
    return all(t[:1].isupper() or t.lower() in _NAME_JOINERS for t in toks) and toks[0][:1].isupper()


# «…, — сказал Трамп, приветствуя гостя. — …»: a dash after a comma or a stop opens an
# attribution inside the quotation marks, a dash after it closes it; a hyphen between spaces
# stands for a dash where a site types one ("Неплохо, - ответил он. - Был…").
_INSIDE_ATTRIBUTION = r"[,.!?…]\s*(?:[—–]|-(?=\s))\s+([^—–]{3,200}?)[,.]?\s+[—–-]\s+\S"


def _openings(name: str, language: str) -> str:
    """One word list of the language as a pattern's alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words(name, language), key=len, reverse=True))


@cache
def _document_noun(language: str) -> re.Pattern[str]:
    """A document's noun ("plan", «меморандуму»: a case ending may follow): a short quote with
    one in it is the document's name, not speech."""
    # (English nouns take a plural "s" and nothing else: "plants" is no plan.)
    letters = (raw(language) or {}).get("document_ending_letters", 0)
    return re.compile(rf"(?<!\w)(?:{_openings('documents', language)})(?:s|\w{{0,{letters}}})(?!\w)", re.IGNORECASE)


@cache
def _quote_label(language: str) -> re.Pattern[str]:
    """ "Quote:", "Пряма мова:" alone before a quotation: a site's label, no attribution."""
    return re.compile(rf"^\s*(?:{_openings('quote_labels', language)})\s*:\s*$", re.IGNORECASE)


@cache
def _so_called(language: str) -> re.Pattern[str]:
    """ "so-called", "так звані": the quote after it is a term."""
    return re.compile(rf"(?<!\w)(?:{_openings('so_called', language)})[\w.]*\s*$", re.IGNORECASE)


def find(
    sentences: list[Sentence], language: str = "english", actors: Placer | None = None, headed: bool = False
) -> list[Found]:
    """Every quote with its sentence span and speaker (resolved where the article allows).
    `actors` (a taxonomy's) say whom "the Ukrainian president" can be among the people named.
    `headed`: the first sentence is the article's headline, whose capitalised words ("Off-colour
    Gardener storms to win") are no one's full name."""
    rules = attribution.rules(language)  # a language's own attribution data, when it has some
    texts = [s.text for s in sentences]
    joined = "\n".join(texts)
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    # (Where quotations stand depends on their marks alone, not on letters' case: found once.)
    quoted = quote_spans.spans(joined)
    if rules:
        # Known surnames an outlet writes in lower case are names to the rules ("дмитро пєсков").
        joined = rules.capitalise_known(joined, quoted)
        joined, quoted = rules.call_signs(joined, quoted)  # "з позивним «Сокіл»": a name
        texts = [joined[a : a + len(t)] for a, t in zip(starts, texts)]

    def sentence_at(char: int) -> int:
        return item_at(starts, char)

    out: list[Found] = []
    article = attribution.Context(texts, 0, out, actors, introduced=_indefinites(texts), genders=article_genders(texts))
    for t in texts[headed:]:
        plain = _strip_quotes(t)
        article.named.extend(p for p in _persons(plain, set()) if len(p.split()) >= 2)
        article.titled.extend(_titled_names(plain))
    article.known.update(_surname(p) for p in article.named)  # grows as quotes name their speakers
    # "Putin, for his part, is adamant …": a surname the data knows as a man's or a woman's is
    # a person's wherever the article writes it alone.
    article.known.update(w.lower() for w in _CAPITALISED.findall(joined) if w.lower() in _FAMOUS)
    for open_, close in quoted:
        inner = " ".join(joined[open_ + 1 : close].split()).strip().rstrip(",")
        if not inner or _name_like(inner):
            continue
        first, last = sentence_at(open_), sentence_at(close)
        before = _quote_label(language).sub("", joined[starts[first] : open_])
        if not rules:
            before = _LIST_MARK.sub("", before)  # "- He blamed …": a list's bullet is no part of the sentence
        if _so_called(language).search(before):
            continue  # "the so-called “coalition of the willing”": a term
        few = len(inner.split()) < MIN_WORDS
        names_document = bool(_document_noun(language).search(inner))
        if few and names_document and not _whole_sentence(inner, before) and not (rules and _ends_as(before, rules)):
            # “peace plan”, «мирного плану»: a document's name, whoever the sentence quotes; not
            # what a document is called as ("охарактеризовал план как «очередной PR-проект»"),
            # which stays, as any short quote does, only if someone is said to speak it.
            continue
        after = joined[close + 1 : starts[last] + len(texts[last])]
        if few and rules and rules.addressed(inner, before, after):
            continue  # "рассказала «Новой газете», что …": the outlet told
        if rules is None and _stacked(joined[open_ + 1 : close].strip(), before, after):
            continue  # "the “coalition of the willing” “deterrence force” proposal": names
        at = replace(article, first=first)
        continued_piece = False
        between = (
            texts[first][out[-1].spans[-1][2] : open_ - starts[first]]
            if out and out[-1].speaker and out[-1].spans[-1][0] == first
            else None
        )
        if between is not None and re.fullmatch(_BETWEEN_PARTICIPLE, between):
            # "“…,” adding, “…”", "“…”, an official said, adding: “…”": the participle between two
            # quotes of a sentence is the first's speaker's, whatever source the sentence opened on
            # ("According to the agency, Petrov said")
            speaker, pronoun, continued_piece = out[-1].speaker, False, True
        else:
            speaker, pronoun = _attribution(before, after, article.known)
            if speaker is None and not pronoun and not few:
                speaker = _owner_before(before, article.known) or _view_of(before, article.known)
            if (speaker is None or speaker.lower() in _ANOTHER_WORDS) and not pronoun and not rules and out:
                speaker = _another_of(before, after, out[-1].speaker) or speaker
            cut = (
                _CUT_ATTRIBUTION.match(after)
                if speaker is None and not pronoun and not rules and last + 1 == len(texts)
                else None
            )
            if cut:
                # "“…,” Kalyna rema" where the page stops: the name before the verb cut short.
                speaker, pronoun = _who(cut.group(1))
        if (
            speaker is None
            and not pronoun
            and not after.strip(" ,.")
            and last + 1 < len(texts)
            and (
                _DASH_LINE.match(texts[last + 1])
                # “…?” Lidiia Odyntsova, 71, said: a question, an exclamation or a trailing
                # ellipsis ends the sentence before its attribution does.
                or inner.endswith(("?", "!", "…", "..."))
                and re.match(_ATTRIBUTION_LINE, texts[last + 1])
            )
        ):
            # “…,” and the attribution on a line of its own: "— the president explained".
            speaker, pronoun = _attribution("", texts[last + 1], article.known)
        if (
            not rules
            and speaker is None
            and not pronoun
            and first
            and not before.strip()
            and _NAME_COLON.match(texts[first - 1])
        ):
            # "NATO's secretary general, Mark Rutte:" on a line of its own, the quote after it
            # (Ukrainian and Russian rules read such a line themselves).
            speaker, pronoun = _attribution(texts[first - 1], "", article.known)
        if speaker is None and not pronoun and between is not None:
            # "“We will not give in,” said Olena Petrenko, “and we will not …”": the attribution
            # between two quotes of a sentence is both's.
            if (
                len(between.split()) <= 12
                and re.fullmatch(r"[^“”\"«»]*[,:]\s*(?:and\s+)?", between)  # ("…,” said X, and “…”")
                and (
                    _VERB.search(between)
                    or _SPEECH_PARTICIPLE.search(between)
                    or (rules and rules.verb.search(between))
                )
            ):
                speaker, continued_piece = out[-1].speaker, True
        if rules and speaker is None and not pronoun:
            # «Не могу в это поверить, — сказал Трамп. — Мне нравится»: the attribution between
            # dashes inside the quotation marks; it comes before the sentences around a quote
            # that stands alone, whose speaker would only be guessed from them.
            inside = re.search(_INSIDE_ATTRIBUTION, inner)
            asked = [(before, after)]
            if inside and rules.verb.match(inside.group(1)):
                alone = not before.strip() and not after.strip(" .,;!?…")
                asked.insert(0 if alone else 1, ("", " — " + inside.group(1)))
            for around in asked:
                speaker = speaker or rules.attribute(*around, at, last, short=few and around == (before, after))
        # A short sentence in quotes, or words kept as spoken in part ("«мирний план»", "«28
        # пунктов плана»"): a term unless someone is said to speak them.
        term = few or len(inner.split()) == MIN_WORDS and names_document
        if rules and speaker is None and not pronoun and first and not term and before.strip(" \t-–—:"):
            # "Лавров напомнил, что … . Исходя из этого, будущее отношений «не выглядит
            # радужным»": words quoted inside a sentence that names no source of its own go on
            # with the speech of the sentence before, when that sentence is one of speech.
            if not rules.speaks(before + " " + after) and rules.speaks(texts[first - 1]):
                speaker = rules.speaking(texts[first - 1])
        short = few and not (speaker or pronoun or (rules and rules.keeps_short(inner, after)))
        if short and not _whole_sentence(inner, before):
            continue  # a scare quote or a term: "a so-called plan"
        continued, carried = continued_piece, False
        if (
            speaker is None
            and not pronoun
            and first
            and (_it_speaks(_strip_quotes(before)) or re.match(_IT_AFTER, after))
        ):
            speaker = _body_before(texts[first - 1]) or _impersonal_before(out, first)
        if pronoun:
            form = pronoun_form(before, after)
            speaker = _resolve_pronoun(at, before, form, spoken=inner)
            if speaker and form in ("m", "f") and not _is_description(speaker):
                # "“…,” he said" has told whom he stands for: a later "she" is someone else.
                article.genders.setdefault(_surname(speaker), form)
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
            carried = bool(out) and out[-1].last == first - 1 and speaker == out[-1].speaker
        if (
            speaker is None
            and not pronoun
            and not before.strip(" \t-–—:")
            and not after.strip(" ,.")
            and last + 1 < len(texts)
            and not rules
            and (not first or not re.search(r"[.!?:…\"”’]\s*$", texts[first - 1]))
        ):
            # A quote that opens the story (after its headline at most), and the sentence after
            # it introduces who spoke.
            speaker = _introduced_next(texts[last + 1], article.known)
        if (
            not rules
            and not pronoun
            and (speaker is None or _only_places(speaker.split()))
            and not after.strip(" ,.")
            and last + 1 < len(texts)
        ):
            # "Moscow has stated that … “very sharp objections.” This was stated by Putin's aide
            # Yuriy Ushakov": the person the next sentence names, rather than no one or a capital.
            speaker = _stated_by(texts[last + 1], article.known) or speaker
        if (
            speaker is None
            and out
            and out[-1].speaker
            and out[-1].last >= first - 2
            and not _VERB.search(_strip_quotes(before + " " + after))
            and not (rules and rules.verb.search(_strip_quotes(before + " " + after)))
            and not _PARTICIPLE.search(before)
        ):
            # A statement quoted in pieces: the pieces after the first carry no attribution;
            # unless the sentence's own subject is someone else named ("Merz laid out three
            # “areas of action”" after Kornelius spoke): then the words are that person's.
            own = _sentence_subject(_strip_quotes(before))
            if (
                own
                and _named(own[0])
                and (len(str(own[0]).split()) >= 2 or _surname(own[0]) in article.known)
                and _surname(own[0]) != _surname(out[-1].speaker)
            ):
                speaker = own[0]
            else:
                speaker, continued = out[-1].speaker, True
        if not speaker and term:
            continue
        if not pronoun:
            speaker = _called(speaker, before[-120:] + " " + after[:120])
        if speaker and _DOCUMENT_SPEAKER.search(speaker):
            speaker = _issuer(speaker, texts[max(0, first - 3) : first] + [before]) or speaker
        if speaker and _is_description(speaker) and not (continued or carried):
            # (Words that go on from a quote keep whom its description resolved to: resolving
            # it again from here would find whoever that quote's sentence names.)
            speaker = _described(speaker, at, before, pronoun)
        elif speaker and not continued and not _only_places(speaker.split()):
            article.known.add(_surname(speaker))  # a person quoted is a person: "Mr Trump said" names Trump
            full = _full_name(speaker, article.named)
            by_first_name = full.split()[0] == speaker
            # A first name stays one where the person is met ("said Vladimir, 69."), in the
            # words that carry on from there, and wherever "he" stands for the one met so.
            met = by_first_name and any(f.speaker == speaker for f in out)
            if not (by_first_name and (carried or met or _introduced_here(speaker, before + " " + after))):
                speaker = full
        if speaker and (speaker[:1].islower() or _is_description(speaker)) and last + 1 < len(texts):
            # "“…,” a young woman says. Her name is Olena.": the name the next sentence gives her.
            speaker = _named_as(texts[last + 1], language) or speaker
        spans = tuple(
            (k, max(open_, starts[k]) - starts[k], min(close + 1, starts[k] + len(texts[k])) - starts[k])
            for k in range(first, last + 1)
        )
        out.append(Found(first, last, inner, speaker, pronoun, continued, spans))
    return _echoed(_run_on(out, texts), stop_words(language))


def find_under(
    headline: str | None, sentences: list[Sentence], language: str = "english", actors: Placer | None = None
) -> tuple[list[Found], list[Found]]:
    """The quotes of an article's headline and those of its sentences (positions in `sentences`).

    The headline is read as the sentence before the first: its quote gets its speaker as a
    sentence's would ("«…»: Песков о переговорах"), and the sentences after it see whom it
    names ("He said …" opening the story). A quotation mark the headline leaves open is a
    stray one: the sentences are then read without it, as if it had no quote."""
    if headline:
        found = find([Sentence(-1, headline, -1), *sentences], language, actors, headed=True)
        if not any(f.first == 0 < f.last for f in found):
            return [f for f in found if f.first == 0], [_after_headline(f) for f in found if f.first > 0]
    return [], find(sentences, language, actors)


def _after_headline(f: Found) -> Found:
    return replace(f, first=f.first - 1, last=f.last - 1, spans=tuple((k - 1, a, b) for k, a, b in f.spans))


@cache
def _naming(language: str) -> re.Pattern[str]:
    name = r"[A-ZА-ЯЁІЇЄҐ][\w'’-]+"
    return re.compile(rf"\s*(?i:{_openings('named_as', language)})\s+({name}(?:\s+{name})?)\s*[.,;]")


def _named_as(text: str, language: str) -> str | None:
    """The name a sentence opening "Her name is …", "Її звати …", "Её зовут …" gives."""
    m = _naming(language).match(text)
    return m.group(1) if m else None


def _run_on(found: list[Found], texts: list[str]) -> list[Found]:
    """A quote with no speaker that opens its sentence and that only white space parts from the
    next, which has one, is that speaker's: "“I get the context.” “It is exciting,” said Mary
    Olsen"."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        f, g = out[k], out[k + 1]
        if f.speaker or f.pronoun or not g.speaker or not f.spans or not g.spans:
            continue
        (_, opens, _), (_, _, end), (_, start, _) = f.spans[0], f.spans[-1], g.spans[0]
        if texts[f.first][:opens].strip(' \t"“”«»„'):
            continue  # "Wrote one reader, “…”": an attribution of its own, not understood
        if g.first == f.last:
            between = texts[f.last][end:start]
        elif g.first == f.last + 1:
            between = texts[f.last][end:] + " " + texts[g.first][:start]
        else:
            continue
        if not between.strip():
            out[k] = replace(f, speaker=g.speaker)
    return out


def _introduced_here(speaker: str, text: str) -> bool:
    """ "…,” said Vladimir, 69." / "said Irina, a teacher": a first name the attribution describes
    is someone met here, not the article's Vladimir Putin (a surname is the person named before)."""
    return " " not in speaker and bool(re.search(rf"\b{re.escape(speaker)},\s*(?:\d{{1,3}}\b|an?\s|aged\s)", text))


def _echoed(found: list[Found], stops: frozenset[str] | set[str]) -> list[Found]:
    """A quote with no speaker that repeats most of the words of one that has a speaker (a
    headline quoting the article's own quote, a statement quoted twice) is that speaker's.
    Only the ECHO_REACH nearest quotes with a speaker are compared, so that a page of
    thousands of quotes costs linear time."""
    words = [{w.casefold() for w in re.findall(r"\w+", f.text)} for f in found]
    spoken = [k for k, f in enumerate(found) if f.speaker]
    out = []
    for k, (f, mine) in enumerate(zip(found, words)):
        if f.speaker is None and len(mine) >= ECHO_WORDS:
            at = bisect_right(spoken, k)
            near = sorted(spoken[max(0, at - ECHO_REACH) : at + ECHO_REACH], key=lambda j: abs(j - k))[:ECHO_REACH]
            # The words shared must say something: "It will be a betrayal" does not echo a quote
            # because it has "it will be a".
            same = next(
                (j for j in near if len(mine & words[j]) >= 0.7 * len(mine) and (mine & words[j]) - stops), None
            )
            if same is not None:
                # Not `continued`: that is "carried from the quote before", whose actor the
                # classifier gives it; an echo's speaker is the echoed quote's.
                f = replace(f, speaker=found[same].speaker)
        out.append(f)
    return out


_ROLE_TITLE = re.compile(rf"((?:{_CAP}\s+){{1,5}}?)({_CAP}\s+{_CAP}(?:\s+{_CAP})?)(?=[\s,.;:]|$)")


def repeats(quotes: Sequence[Quote]) -> set[int]:
    """Positions of quotes that repeat an earlier one, the same words by the same speaker (a
    headline the page prints again in its text): a brief lists the words once."""
    seen: set[tuple[str, str | None]] = set()
    out = set()
    for k, q in enumerate(quotes):
        key = (q.text.casefold(), q.speaker)  # (a quote's text is stored squashed)
        if key in seen:
            out.add(k)
        seen.add(key)
    return out


HEADLINE = -1  # the index of a quote in the headline, which stands before sentence 0


def headline_quotes(found: list[Found], quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """The headline's quotes whose words the article's own quotes do not hold: a brief lists
    words once, and where the article has them it says which sentence they are in."""
    said = [q.text.casefold() for q in quotes]
    return tuple(Quote(HEADLINE, f.text, f.speaker) for f in found if not any(f.text.casefold() in t for t in said))


def extract(
    sentences: list[Sentence], found: list[Found] | None = None, language: str = "english"
) -> tuple[Quote, ...]:
    found = find(sentences, language) if found is None else found
    out = []
    for f in found:
        out.append(Quote(sentences[f.first].index, f.text, f.speaker))
        out.extend(Quote(sentences[f.first].index, text, who) for text, who in _quoted_within(f, language))
    return tuple(out)


_INNER_OPENING = re.compile("[:,]\\s*[‘'\"“„«]")  # a quotation introduced within the quote (_introduced_as_speech)
MIN_INNER_WORDS = 3  # fewer quoted words within a quote are a term, not someone's speech


def _quoted_within(found: Found, language: str) -> list[tuple[str, str]]:
    """Speech quoted within a quote and credited there to someone else by name: “… Christ says:
    ‘By their fruits you will know them,’ and …”, “President Trump asked me: ‘What do you think?’”."""
    if not _INNER_OPENING.search(found.text):
        return []
    parts = split_sentences(found.text, language_mod.data(language).abbreviations)
    inner = find([Sentence(k, part, 0) for k, part in enumerate(parts)], language)
    return [
        (f.text, f.speaker)
        for f in inner
        if f.speaker
        and not f.pronoun
        and f.speaker != found.speaker
        and len(f.text.split()) >= MIN_INNER_WORDS
        and f.text != found.text
        and f.speaker[:1].isupper()
        and _introduced_as_speech(found.text, f.text)
    ]


def _introduced_as_speech(outer: str, inner: str) -> bool:
    """Whether a quote within a quote is introduced as speech, after a colon or a comma ("Christ
    says: ‘…’"), not named ("has labeled us as the ‘…’")."""
    at = outer.find(inner)
    return at > 1 and outer[: at - 1].rstrip()[-1:] in (":", ",")
