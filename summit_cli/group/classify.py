"""Score every sentence for every category of a taxonomy, from the taxonomy's cues.

Cues are matched as group/words.py says (stems, prefixes, phrases with small gaps); a word
counts for one cue only, the longest phrase that matches it. A negation does not cancel a
cue: "refrained from offering guarantees" is still about an offer, which is what a reader of
a brief wants under concessions. A counter-cue (negative weight) marks the sentence's topic,
whoever its agent; one that opens with a cue of the category ("offer insight") names that
word's everyday sense and only takes back what the word gave. The reporter's own questions
are headings or devices, never key points; a line without a full stop (a headline, an item of
a list, a sentence an excerpt cut short) is one when the fitted model takes it.

What a document is for ("the plan to end the war", "the plan proposed by Washington") names the
document, not a party's aim or offer, in a category whose cues need a party.

Cues count in the taxonomy's sense: a category's `needs_party` cues only when a party owns
or pursues them ("Moscow's goal", "demands made by the Kremlin", "the president hoped", "the
Kremlin ... will not drop its requirements"), not a football goal, market demand or a
people's hopes. A category with an `actor` counts a cue only when that actor is its agent:
the nearest named actor before the cue, or, after a speech verb, right after it ("said
Zelensky", in Ukrainian and Russian any form of one: "підтвердив Зеленський"); a passive's
agent is the one "by" names ("criticised by Kyiv"), never its subject; actors coordinated with the agent share it ("Ukraine and its allies rejected"),
but an act done jointly with another party is both parties' ("the United States and Ukraine
proposed"); "he"/"she"/"they" take the antecedent the discourse carries (discourse.py), "he"
and "she" a person, not a country; so does an office named without a name ("Президент
підкреслив"). What the actor is made or obliged to do ("pushed Kyiv to
agree", "Ukraine would have to accept") is not its act, and the subject of an "if"/"unless"
clause or an inverted one ("should Kyiv accept") does not react. A direct quote counts for
the actor who said it, and a quote continued in the next sentence keeps its speaker.
Sentences that open with a continuation marker ("Another option …") inherit part of the
previous sentence's scores. Private people the article does not place ("villagers", "Olga,
62, a pensioner") belong to the taxonomy's `locals`; a category with `private_voices =
false` ignores their quoted words.

Every rule has a written case in tests/data/classify_cases.toml.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Scored, Sentence
from ..attribution import Rules, rules as attribution_rules
from ..quotes import find as find_quotes
from ..text.language import data as language_data
from ..text.tokens import item_at as _token_at, stemmer
from .actors import Actors
from . import learned
from .discourse import Discourse
from .taxonomy import CategorySpec, Taxonomy
from ..lang import words
from .words import TOKEN, Cue, Words, compile_cue, spans

AGENT_WINDOW = 12  # tokens back from a cue in which its agent may stand
AFTER_WINDOW = 3  # tokens after a cue for inverted attribution ("said Zelensky")
INVERTED_WINDOW = 8  # tokens after ", said" in which its speaker is named ("said former defence minister X")
OFFICE_SPAN = 6  # tokens from an office to the name of its holder ("Міністр закордонних справ України Андрій Сибіга")
INVERTED_TAIL = 4  # tokens from that name to its clause's end ("said Marco Rubio on Sunday.")
FELT_WINDOW = 4  # tokens from a feeling to who has it ("nerves are high in Ukraine")

_PREPOSITIONS = words("prepositions")
# A sentence opening on a place ("In Kyiv, ...", "In the squares of Moscow, ...") sets a scene;
# "After two days of talks on Ukraine, ..." does not.
# "For Kyiv, the plan is unacceptable" puts the sentence in Kyiv's eyes the same way.
_LOCATIVES = frozenset({"in", "on", "at", "across", "from", "near", "inside", "outside", "throughout", "around", "for"})
# "75% of Ukrainians", "residents of Kyiv", "the president of Ukraine": the actor is the subject.
_PEOPLE_OF = frozenset(
    "most many some majority half all none few percent per cent thousands hundreds millions dozens share "
    "third thirds quarter quarters fifth fifths tenth "
    "proportion lot number group residents people citizens inhabitants voters families mayor president "
    "presidents leader leaders government officials head minister ministry office spokesman spokeswoman "
    "parliament people's army soldiers veterans".split()
)
_ASIDE = re.compile(
    r",\s*(?:who|whom|whose|which|where|when|while|after|before|having|speaking|despite|"
    r"alongside|along with|like|unlike|as well as|led by|headed by)\b[^,;]*,"
)
# "Oleksandr Merezhko, chairman of Ukraine's foreign affairs committee, said": a role needs no article.
_ROLES = "|".join(
    sorted(words("titles") | words("people") | {"member", "chair", "head", "leader"}, key=len, reverse=True)
)
# "Olha, 38 years old," / "aged 38": an age in words, which describes a private person.
_AGE_WORDS = r"\d{1,3}\s+years?\s+old|aged\s+\d{1,3}"
# "Yaroslav, in eastern Ukraine, says": a place in apposition places the name too.
_APPOSITION = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*),\s*((?:a|an|another|the|its|his|her|their|in|from|(?:(?:%s)\s+(?:of|at|for|in))"
    # "Sapronova, like many Ukrainians, is worried": one of the people named after "like"
    r"|like\s+(?:many|most|other|fellow|so\s+many|millions\s+of|thousands\s+of))"
    r"\s+[^,;]{1,100}|%s|\d{1,3})," % (_ROLES, _AGE_WORDS)
)
# A private person's description may end the sentence: "..., said Mykola Petrenko, a pensioner."
_FINAL_APPOSITION = re.compile(
    rf"(?<![\w'’-])([A-Z][\w'’-]*),\s*((?:a|an|another)\s+[^,;]{{1,160}}|{_AGE_WORDS}|\d{{1,3}})[.!?][\"”’')]*\s*$"
)
# "Olena, a displaced Ukrainian from Donetsk": a person described by nationality alone is a private one.
_DEMONYM_PERSON = re.compile(
    r"(?:a|an|another)\s+(?:[a-z][\w-]*\s+){0,2}[A-Z][\w'’-]*(?:ian|ean|ese|ish)"
    r"(?=\s+(?:from|in|of|who|whose|living|based)\b|\s*$)"
)
_AGE = re.compile(rf"^\d{{1,3}}$|\b\d{{1,3}}-year-old\b|^(?:{_AGE_WORDS})$")
# A capitalised word in the genitive of an adjective or a plural ("Об'єднаних", "Арабських"): a
# place's or a body's name, never a person's given name.
_GENITIVE_NAME = re.compile(r"(?:их|ого|ої|ів)$")
_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")
# "US-Ukraine talks", "РБК-Україна": a capital of either script on the other side of the hyphen.
_CAPITAL = "A-ZА-ЯЁІЇЄҐ"
_COMPOUND_BEFORE = re.compile(rf"[{_CAPITAL}][\w.]*[-–]$")
_COMPOUND_AFTER = re.compile(rf"[-–][{_CAPITAL}]")
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})
_PRONOUNS = words("pronouns")
_PEOPLE = words("people")
_INVERTING = words("inversion_verbs")
# People in office are parties by their office, named or not ("the president hoped").
_OFFICES = (words("titles") - {"first", "former", "special", "national", "security", "press", "head", "chief"}) | {
    "government",
    "administration",
    "delegation",
    "delegations",
    "side",
    "sides",
    "leaders",
    "officials",
    "negotiators",
    "diplomats",
    "envoys",
    "ministers",
    "presidents",
}
_PERSONAL = frozenset({"he", "she"})
_OUTLET_WORDS = words("outlet_descriptions")
# Words in "-ing" after "with <actor>" that are no participle of which the actor is the subject.
_ING_NOT_VERBS = frozenset(
    "during including regarding concerning following according notwithstanding meeting meetings "
    "something nothing anything everything evening morning building spring".split()
)
_PLACES = words("places")
_UNRESOLVED = "?pronoun"  # a pronoun's group until the previous subject is known
_NOT_A_NAME = (
    words("titles")
    | words("months")
    | words("month_abbreviations")
    | words("weekdays")
    | words("weekday_abbreviations")
    | words("time_zones")
    | {"i"}
)


def default_max_points(n_sentences: int) -> int:
    """A cap that grows with the article. It only trims: what reaches it has passed the
    category's threshold, so a short article's eight reactions all show, and a long one's
    list stops at 25; weak matches never fill it."""
    return max(8, min(25, math.ceil(n_sentences / 2)))


def compile_cues(spec: CategorySpec, stem) -> dict[tuple, Cue]:
    """The category's cues by what they match; two spellings of one stem ("hope", "hopes")
    are one cue, with the larger weight, so a sentence is not counted twice for one word."""
    out: dict[tuple, Cue] = {}
    for label, weight in spec.cues.items():
        cue = compile_cue(label, stem, weight)
        if cue.parts not in out or out[cue.parts].weight < weight:
            out[cue.parts] = Cue(out[cue.parts].label if cue.parts in out else label, weight, cue.parts)
    return out


_COMPILED: dict[tuple[int, str], tuple] = {}


def _compile(taxonomy: Taxonomy, language: str):
    key = (id(taxonomy), language)
    if key not in _COMPILED or _COMPILED[key][0] is not taxonomy:
        if len(_COMPILED) >= 16:  # a library user loading a taxonomy per article
            _COMPILED.clear()
        _COMPILED[key] = (taxonomy, _build(taxonomy, language))
    return _COMPILED[key][1]


def _build(taxonomy: Taxonomy, language: str):
    stem = stemmer(language)
    cats = []
    for spec in taxonomy.categories:
        cats.append(list(compile_cues(spec, stem).values()))
    carry = sorted(((tuple(k.split()), v) for k, v in taxonomy.carry.items()), key=lambda kv: -len(kv[0]))
    return (
        cats,
        Actors(taxonomy.actors, taxonomy.oblique, taxonomy.nominative, taxonomy.surname_endings),
        carry,
        taxonomy.locals,
    )


@dataclass
class _Mention:
    pos: int  # token position
    group: str | None  # actor group, None for a person or pronoun we cannot place
    agent: bool  # may be the subject of a verb (not the object of a preposition)
    name: str | None = None  # a name the taxonomy does not know, as written
    described: bool = False  # placed by its own description ("X, a Ukrainian lawmaker,")
    private: bool = False  # an ordinary person ("residents", "Olga, 62, a pensioner")


@dataclass(frozen=True)
class _Lexicon:
    """The language's words a sentence is read with."""

    pronouns: frozenset[str]
    prepositions: frozenset[str]
    inverting: tuple[frozenset[str], tuple[str, ...]]
    offices: frozenset[str]
    conjunctions: frozenset[str]
    private_people: frozenset[str]
    feelings: tuple[str, ...]  # sorted, for str.startswith
    experiencers: frozenset[str]
    stirred: frozenset[str]  # "alarmed", "angered": the one named after such a verb feels it
    viewpoints: frozenset[str]  # "For Kyiv, ...": whose eyes the sentence sees through
    outlets: frozenset[str]  # "сообщает украинское издание", "reports the Ukrainian agency": no party speaks
    # Phrases that name their source after them ("за словами"), and their pronoun forms.
    according: tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]
    quantifiers: frozenset[str]
    quantifier_openers: frozenset[str]
    quantifier_modifiers: frozenset[str]  # "An overwhelming 66%", "A majority (58%)"
    share_nouns: frozenset[str]  # "осіб", "опрошенных": whom a share at a sentence's end counts
    conditionals: frozenset[str]
    possessives: frozenset[str]  # "Ukraine and its allies", "Київ та його союзники"
    body_nouns: tuple[str, ...]  # word starts of a body's noun ("служб", "министерств"), for str.startswith
    body_adjectives: tuple[str, ...]  # word starts of a body's first adjective ("збройн": "Збройних Сил")
    local_offices: frozenset[str]  # offices written with no country for the locals' officials
    including: frozenset[str]  # "refugees, including Natalya": she is one of them


@lru_cache(maxsize=None)
def _lexicon(language: str) -> _Lexicon:
    quoting = language_data(language).quotes or {}
    return _Lexicon(
        pronouns=_PRONOUNS | language_data(language).pronouns,  # "він", "он": the previous subject
        prepositions=_PREPOSITIONS | language_data(language).prepositions,  # "з Трампом" is no agent
        inverting=_inversion_verbs(language),
        offices=frozenset(t.lower() for t in quoting.get("titles", ())),
        conjunctions=words("and_words", language),
        private_people=words("private_people", language),
        feelings=tuple(sorted(words("feelings", language))),
        experiencers=words("experiencers", language),
        stirred=words("stirred", language),
        viewpoints=words("viewpoint_openers", language),
        # (Ukrainian and Russian keep theirs with the quote rules; English as a word list.)
        outlets=frozenset(w.lower() for w in quoting.get("outlets", ())) or _OUTLET_WORDS,
        according=(
            tuple(tuple(a.lower().split()) for a in quoting.get("according", ())),
            tuple(tuple(a.lower().split()) for a in quoting.get("according_pronoun", ())),
        ),
        quantifiers=words("quantifier_pronouns", language),
        quantifier_openers=words("quantifier_openers", language),
        quantifier_modifiers=words("quantifier_modifiers", language),
        share_nouns=words("share_nouns", language),
        conditionals=words("conditionals", language),
        possessives=_POSSESSIVES | frozenset(quoting.get("possessives", ())),
        body_nouns=tuple(quoting.get("body_nouns", ())),
        body_adjectives=tuple(quoting.get("body_adjectives", ())),
        local_offices=words("local_offices", language),
        including=words("including", language),
    )


class _Parsed(Words):
    """One sentence as the classifier sees it: tokens, stems, what is quoted, who is named."""

    def __init__(
        self,
        text: str,
        stem,
        actors,
        quoted_chars: list[tuple[int, int]],
        known: dict[str, str],
        local: str | None,
        scene: str | None,
        lexicon: _Lexicon,
    ):
        super().__init__(text, stem)
        self.lex = lex = lexicon
        self.local = local
        pronouns, prepositions, offices, according = lex.pronouns, lex.prepositions, lex.offices, lex.according
        toks = self.tokens
        self.quoted = [any(a <= m.start() < b for a, b in quoted_chars) for m in toks]
        starts = [m.start() for m in toks]
        # A clause break (comma, dash, colon...) between a token and the one before it.
        self.broken = [i == 0 or bool(_BREAK.search(text[toks[i - 1].end() : m.start()])) for i, m in enumerate(toks)]
        comma = text.find(",")
        locative = bool(self.lower[:1]) and (
            self.lower[0] in _LOCATIVES or self.lower[0] in prepositions - _PREPOSITIONS
        )
        self.lead_end = _token_at(starts, comma) + 1 if locative and 0 < comma < 80 else 0
        named = list(actors.finditer(text))
        if not self.lead_end and len(self.words) > 2 and locative and self.words[1][:1].isupper():
            # "У Києві відкинули вимогу", "В Кремле считают", "У МЗС України закликали": a place or
            # a body named right after the opening "у"/"в", then the verb, speaks.
            body = next((m for _, m in named if _token_at(starts, m.start()) == 1), None)
            end = _token_at(starts, body.end() - 1) + 1 if body else 2
            if end < len(self.words) and self.words[end][:1].islower():
                self.lead_end = end
        # ", who met Trump last week," between a subject and its verb names no agent.
        aside = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
        self.aside = [any(a <= st < b for a, b in aside) for st in starts]
        # "За словами Зеленського", "по его словам": where a phrase opens that names the source
        # after it, as "according to" does; in the pronoun's form ("за його словами": the
        # phrases' second word) the source is whom the pronoun stands for.
        self.according: set[int] = set()
        according_pronoun: set[int] = set()
        for phrases, pronominal in zip(according, (False, True)):
            for phrase in phrases:
                for i in range(len(self.lower) - len(phrase) + 1):
                    if tuple(self.lower[i : i + len(phrase)]) == phrase:
                        self.according.add(i)
                        if pronominal:
                            according_pronoun.add(i + 1)
        taken: set[int] = set()
        self.nominative: set[int] = set()
        self.mentions: list[_Mention] = []
        self.closing_share: _Mention | None = None  # "Не підтримують план 30% осіб": the inverted subject
        for group, m in named:
            pos = _token_at(starts, m.start())
            if pos in taken or self.quoted[pos]:
                continue
            if _COMPOUND_BEFORE.search(text, 0, m.start()) or _COMPOUND_AFTER.match(text, m.end()):
                continue  # "US-Ukraine talks", "RBC-Ukraine": a pair or a name, not the actor alone
            taken.update(range(pos, _token_at(starts, m.end() - 1) + 1))
            # "Передача земель Росії": a declined name is no subject, but a scene set at the start
            # speaks for its place ("У Києві відкинули").
            declined = m.group(0) in actors.oblique and pos >= self.lead_end
            if m.group(0) in actors.nominative:
                self.nominative.add(pos)
            owned = declined and self._owner_before(pos)
            self.mentions.append(_Mention(pos, group, self._agent(pos) and (not declined or owned)))
        for i, w in enumerate(self.words):
            if i in taken or self.quoted[i]:
                continue
            closing = self._share_closes(i, taken)
            if self.lower[i] in pronouns or closing or self._quantifier(i, taken) or i in according_pronoun:
                # "План підтримують 72% українців": a share of the people an actor names is theirs.
                of = next((m.group for m in self.mentions if closing and m.pos == i + 1), _UNRESOLVED)
                self.mentions.append(_Mention(i, of, True))
                if closing:
                    self.closing_share = self.mentions[-1]
                elif self.lower[i] not in pronouns and 0 < self.lead_end == i:
                    # "At a Ukrainian luncheon in the park, many in attendance said": the people
                    # of the place the opening phrase names (not "… criticized Moscow" after it).
                    lead = [m.group for m in self.mentions if m.pos < i and m.group not in (None, _UNRESOLVED)]
                    if lead:
                        self.mentions[-1].group = lead[-1]
            elif self.lower[i] in offices and not (i + 1 < len(self.words) and self.words[i + 1][:1].isupper()):
                # "Президент подчеркнул": an office with no name after it is held by the person
                # the article was speaking of, as "he" would be; "речник президента РФ" is
                # placed by its owner.
                owner = next((m for m in self.mentions if m.pos == i + 2 and m.group not in (None, _UNRESOLVED)), None)
                self.mentions.append(_Mention(i, owner.group if owner else _UNRESOLVED, self._agent(i)))
            elif self.lower[i] in _PEOPLE or self.lower[i] in self.lex.private_people:
                # "a person familiar with the matter said": somebody, but not yet anybody's;
                # "his critics", "her aides": the people of whoever "his" stands for.
                own = i > 0 and self.lower[i - 1] in ("his", "her", "their")
                self.mentions.append(_Mention(i, _UNRESOLVED if own else None, self._agent(i)))
            elif (
                (i > 0 or w in known)  # a sentence's first word is a name only if the article placed it
                and w[:1].isupper()
                and self.lower[i] not in _NOT_A_NAME
                and not self.lower[i].startswith(lex.body_adjectives)  # "Збройних Сил": a body's name
                and not w.isupper()
                and not (i + 1 < len(self.words) and self.words[i + 1][:1].isupper() and (i + 1) in taken)
            ):
                # A name the taxonomy does not know (another person, a place): it can be the
                # agent, and then the cue is not the category's actor's. One the article has
                # already placed ("Oleksandr Merezhko, a Ukrainian lawmaker") keeps its place.
                self.mentions.append(_Mention(i, known.get(w), self._agent(i), w))
        self.mentions.sort(key=lambda m: m.pos)
        self._place_unknown_names(text, starts)
        if local is not None or scene is not None:
            self._place_private(text, starts, local, scene)
            self._place_after_titles()  # "local journalist Mykhailo": the scene placed his title
        self._place_given_names_and_offices(offices)
        for m in self.mentions if actors.surname_endings else ():
            if m.group is None and m.name is not None:
                # Placed by nothing else: a surname whose ending is an actor's people's ("Порошенко").
                m.group = actors.by_surname(m.name)

    def _place_given_names_and_offices(self, offices) -> None:
        """A given name is the person its surname was placed as ("Tetyana Bessonova, 30, a
        resident of Pokrovsk"); an office whose words run on in lower case to a full name is that
        person's ("Міністр закордонних справ України Петро Гнатюк"), not whoever "he" was (and
        not a place: "Міністр акцентував на важливості участі США")."""
        by_pos = {m.pos: m for m in self.mentions}
        for m in self.mentions:
            surname = by_pos.get(m.pos + 1)
            if (
                m.group is None
                and m.name
                and surname is not None
                and surname.name
                and surname.group not in (None, _UNRESOLVED)
                and not self.broken[m.pos + 1]
            ):
                m.group = surname.group
        for m in self.mentions:
            if m.group != _UNRESOLVED or self.lower[m.pos] not in offices:
                continue
            holder = next(
                (
                    o
                    for o in self.mentions
                    if m.pos + 1 < o.pos <= m.pos + OFFICE_SPAN
                    and o.agent
                    and o.group not in (None, _UNRESOLVED)
                    and self.words[o.pos - 1][:1].isupper()  # a full name, not "участі США"
                    and not any(self.broken[j] for j in range(m.pos + 1, o.pos + 1))
                ),
                None,
            )
            if holder is not None:
                m.group = holder.group

    def _quantifier(self, i: int, taken: set[int]) -> bool:
        """ "Others warned", "But many fear", "Більшість вважають", "Ще 22% виступили проти": a
        quantifier or a share as the subject stands for people the article was speaking of (a
        poll's respondents); not "some 300 people", "many Ukrainians", "72% українців" or "most
        of the land"."""
        share = self._share(i)
        if not (self.lower[i] in self.lex.quantifiers or share) or not (
            self._opens_subject(i) or 0 < self.lead_end == i
        ):
            return False
        nxt = self.words[i + 1] if i + 1 < len(self.words) else ""
        return (
            nxt[:1].islower()
            and (i + 1) not in taken
            and nxt.lower() not in _PEOPLE
            and nxt.lower() not in self.lex.private_people
            and nxt.lower() not in ("of", "people", "more", "other", "others")
        )

    def _opens_subject(self, i: int) -> bool:
        """Only an opener ("But", "Another") and then modifiers ("an overwhelming", "nearly")
        stand before word i, at most three words in all."""
        k = 0
        while k < i and self.lower[k] in self.lex.quantifier_openers:
            k += 1
        while k < i and self.lower[k] in self.lex.quantifier_modifiers:
            k += 1
        return k == i <= 3

    def _share(self, i: int) -> bool:
        """A percentage: "30%"."""
        return self.words[i].isdigit() and self.text[self.tokens[i].end() :].lstrip().startswith("%")

    def _share_closes(self, i: int, actors_at: set[int]) -> bool:
        """A share that ends a sentence of more words, or its clause ("… залишаються 38%
        опитаних, що відповідає …"), at most one word for whom it counts after it, a noun of
        people or an actor (`actors_at`: "Не підтримують план 30% осіб", "… 72% українців",
        "Погоджуються лише 20%") and no preposition before it ("зросла з 15%"): the verb's
        subject, inverted, in languages that put it last."""
        if not self.lex.share_nouns or i < 2:
            return False
        # The words after it to its clause's end, looked for two ahead at most (this is asked of
        # every word: no slice).
        end = next((j for j in range(i + 1, min(i + 3, len(self.lower))) if self.broken[j]), len(self.lower))
        after = end - i - 1
        if after > 1:
            return False
        if after and self.lower[i + 1] not in self.lex.share_nouns and i + 1 not in actors_at:
            return False
        if not self._share(i):
            return False
        k = i - 1
        while k > 0 and self.lower[k] in self.lex.quantifier_openers:
            k -= 1  # "лише", "ще"
        return self.lower[k] not in self.lex.prepositions and not self.lower[k].isdigit()

    def _place_after_titles(self) -> None:
        """A name the taxonomy does not know takes the actor of the title just before it."""
        by_pos = {m.pos: m for m in self.mentions}
        for m in self.mentions:
            if m.group is not None:
                continue
            for back in range(m.pos - 1, max(-1, m.pos - 4), -1):
                # "... near the border, the officials said" is another clause; "In the squares of
                # Kyiv, many people said" sets the scene for its subject.
                if self.broken[back + 1] and back + 1 != self.lead_end:
                    break
                prev = by_pos.get(back)
                if prev is not None and prev.group not in (None, _UNRESOLVED):
                    m.group = prev.group
                    m.described = self._placed_by_title(prev, m)
                    break
                if prev is None and not (self.lower[back] in _NOT_A_NAME or self.words[back][:1].islower()):
                    break

    def _place_local_officials(self) -> None:
        """ "колишній міністр закордонних справ Петро Іваненко", "командир батальйону 3-ї ОШБР
        Петро Іваненко": an office the language writes with no country for the locals'
        officials, then words in lower case, numbers or initials no actor's (no place), up to a
        person's full name (a given name and a surname, not "Об'єднаних Арабських Еміратів")."""
        if self.local is None or not self.lex.local_offices:
            return
        by_pos = {m.pos: m for m in self.mentions}
        for m in self.mentions:
            if (
                m.group is not None
                or m.name is None
                or self.words[m.pos].isupper()
                or _GENITIVE_NAME.search(self.words[m.pos])
                or m.pos + 1 >= len(self.words)
                or not self.words[m.pos + 1][:1].isupper()
                or self.broken[m.pos + 1]
            ):
                continue
            for back in range(m.pos - 1, max(-1, m.pos - 1 - OFFICE_SPAN), -1):
                if self.broken[back + 1]:
                    break
                office = by_pos.get(back)
                if office is not None:
                    if (
                        office.group == _UNRESOLVED
                        and office.name is None
                        and self.lower[back] in self.lex.local_offices
                    ):
                        m.group, m.described = self.local, True
                    break
                w = self.words[back]
                if not (w.islower() or w.isupper() or w[:1].isdigit()):
                    break

    def _opening_name(self, by_pos: dict[int, _Mention]) -> _Mention:
        """The sentence's first word as a name its apposition shows it to be ("Oleh, a tractor
        driver, said"): a capital that opens a sentence is no name until then."""
        named = _Mention(0, None, True, self.words[0])
        self.mentions.insert(0, named)
        by_pos[0] = named
        return named

    def _stance(self, text: str, m: _Mention) -> bool:
        """ "a lawmaker from the pro-European Ukrainian party": a side a word takes a stance for
        ("pro-", "anti-") is not the side the person is from."""
        start = self.tokens[m.pos].start()
        return m.pos > 0 and text[start - 1 : start] == "-" and self.lower[m.pos - 1] in ("pro", "anti")

    def _place_unknown_names(self, text: str, starts: list[int]) -> None:
        """A name the taxonomy does not know takes the actor of its title, of its apposition or
        of its place: "Ukrainian lawmaker Oleksandr Merezhko said", "Oleksandr Merezhko, a
        Ukrainian lawmaker, said", "critics in Kyiv warned"."""
        self._place_after_titles()
        self._place_local_officials()
        by_pos = {m.pos: m for m in self.mentions}
        # "Ukrainian activists, lawmakers and veterans": people listed after placed people share
        # their place.
        for m in self.mentions:
            if m.group is not None or m.name is not None or m.pos < 2:
                continue
            if self.lower[m.pos - 1] in self.lex.conjunctions or self.lower[m.pos - 1] == "or":
                prev = by_pos.get(m.pos - 2)
            else:
                gap = text[self.tokens[m.pos - 1].end() : self.tokens[m.pos].start()].strip()
                prev = by_pos.get(m.pos - 1) if gap == "," else None
            if prev is not None and prev.name is None and prev.group not in (None, _UNRESOLVED):
                if self.lower[prev.pos] in _PEOPLE or self.lower[prev.pos] in self.lex.private_people:
                    m.group = prev.group
        # "residents of Kyiv", "critics in Kyiv", "officials from Moscow", "a source close to the
        # Ukrainian delegation"
        for m in self.mentions:
            if m.group is None and self.lower[m.pos] in _PEOPLE:
                nxt = m.pos + 1
                close = self.lower[nxt : nxt + 2] == ["close", "to"]
                nxt += close
                if nxt < len(self.lower) and (close or self.lower[nxt] in ("of", "in", "from")):
                    for ahead in (nxt + 1, nxt + 2):
                        other = by_pos.get(ahead)
                        if other is not None and other.group not in (None, _UNRESOLVED):
                            m.group = other.group
                            break
        for ap in _APPOSITION.finditer(text):
            name_pos = _token_at(starts, ap.start(1))
            inside = [m for m in self.mentions if ap.start(2) <= starts[m.pos] < ap.end(2)]
            named = by_pos.get(name_pos)
            for m in inside:
                m.agent = False
            # ("Sapronova, like many Ukrainians, …": one of them, wherever the scene placed her;
            # a name all the same when it opens the sentence)
            alike = ap.group(2).startswith("like ")
            if alike and named is None and name_pos == 0:
                named = self._opening_name(by_pos)
            alike = alike and named is not None and named.name is not None
            if named is not None and (named.group is None or alike):
                groups = [m.group for m in inside if m.group not in (None, _UNRESOLVED) and not self._stance(text, m)]
                if groups:
                    named.group, named.described = groups[0], True

    def _place_private(self, text: str, starts: list[int], local: str | None, scene: str | None) -> None:
        """Private people the sentence does not place belong to the scene set ("In Moscow, ...",
        at its start or a few sentences before; a square or a district named with them is in
        it), or else to the taxonomy's `locals`: "villagers said", "Olga, 62, a retired
        teacher"; not "residents of Belgorod" or "a nurse from Tula", whom a place the
        taxonomy does not know puts elsewhere. Either way they are private people, whose
        quoted wishes are not a party's aims."""
        by_pos = {m.pos: m for m in self.mentions}
        lead = [m.group for m in self.mentions if m.pos < self.lead_end and m.group not in (None, _UNRESOLVED)]
        scene = lead[-1] if lead else scene
        home = scene or local

        def placed_elsewhere(lo: int, hi: int) -> bool:
            return scene is None and any(
                self.lower[j] in ("of", "in", "from", "near")
                and (o := by_pos.get(j + 1)) is not None
                and o.group is None
                and o.name is not None
                for j in range(lo, hi)
            )

        for ap in [*_APPOSITION.finditer(text), *_FINAL_APPOSITION.finditer(text)]:
            desc = ap.group(2)
            if not (
                _AGE.search(desc)
                or _DEMONYM_PERSON.match(desc)
                or any(w.lower() in self.lex.private_people for w in TOKEN.findall(desc))
            ):
                continue
            # The description runs on to the next comma: "Ivan, 45, a taxi driver in Belgorod,";
            # not into the predicate ("Irina, 54, has given up hope that the US ...").
            first = _token_at(starts, ap.start(2))
            after = next((j for j, st in enumerate(starts) if st >= ap.end()), len(self.words))
            runs_on = after < len(self.words) and (
                self.lower[after] in ("a", "an", "the") or self.lower[after] in self.lex.private_people
            )
            end = self.clause_end(after) if runs_on else after
            name_pos = _token_at(starts, ap.start(1))
            named = by_pos.get(name_pos)
            if named is None and name_pos == 0:  # "Oleh, a tractor driver, said": a name all the same
                named = self._opening_name(by_pos)
            if named is None:
                continue
            named.private = True
            if named.group is not None:
                continue
            # "an accountant in Kyiv", "a Moscow taxi driver": the description's own place.
            span = [m for m in self.mentions if first <= m.pos < end and m.group not in (None, _UNRESOLVED)]
            places = [
                m.group
                for m in span
                if self.lower[m.pos - 1] in ("in", "from", "of", "near")
                or m.pos + 1 < len(self.lower)
                and self.lower[m.pos + 1] in self.lex.private_people
            ]
            nationality = _DEMONYM_PERSON.match(desc)
            if nationality:  # "a displaced Ukrainian from the Donbas": the nationality places them
                own = by_pos.get(_token_at(starts, ap.start(2) + nationality.end() - 1))
                places = [own.group] if own is not None and own.group not in (None, _UNRESOLVED) else places
            if places:
                named.group, named.described = places[0], True
            elif not span and not placed_elsewhere(first, end):
                named.group, named.described = home, True
        for m in self.mentions:
            # "In Ukraine, ... Some officials breathed a sigh of relief": officials of the scene.
            if (
                m.group is None
                and m.name is None
                and scene is not None
                and self.lower[m.pos] in _PEOPLE
                and self.lower[m.pos] not in self.lex.private_people
                and not placed_elsewhere(m.pos + 1, self.clause_end(m.pos))
            ):
                m.group = scene
            if self.lower[m.pos] in self.lex.private_people:
                m.private = True
                if m.group is None and not placed_elsewhere(m.pos + 1, self.clause_end(m.pos)):
                    m.group = home
        # "Oksana Sapronova and other refugees": one of the people named after "and other".
        for m in self.mentions:
            other = by_pos.get(m.pos + 3)
            if (
                m.group is None
                and m.name is not None
                and self.lower[m.pos + 1 : m.pos + 3] == ["and", "other"]
                and other is not None
                and other.group not in (None, _UNRESOLVED)
                and (self.lower[other.pos] in self.lex.private_people or self.lower[other.pos] in _PEOPLE)
            ):
                m.group, m.private, m.described = other.group, other.private, True
        # "Ukrainian Village welcomed many refugees, including Natalya Zavizistup": one of the
        # private people named a few words before.
        for m in self.mentions:
            if m.group is not None or m.name is None or m.pos < 2 or self.lower[m.pos - 1] not in self.lex.including:
                continue
            people = next(
                (o for o in reversed(self.mentions) if o.name is None and o.private and 0 < m.pos - 1 - o.pos <= 3),
                None,
            )
            if people is not None and people.group not in (None, _UNRESOLVED):
                m.group, m.private, m.described = people.group, True, True
        # "солдат Петро Іваненко", "pensioner Olga Kovalenko": the word for a private person
        # before a name places the name, as a title does.
        for m in self.mentions:
            if m.group is not None or m.name is None:
                continue
            title = next(
                (o for o in self.mentions if o.name is None and o.private and 0 < m.pos - o.pos <= 2),
                None,
            )
            if (
                title is not None
                and title.group not in (None, _UNRESOLVED)
                and not any(self.broken[j] for j in range(title.pos + 1, m.pos + 1))
            ):
                m.group, m.private, m.described = title.group, True, True

    def _placed_by_title(self, title: _Mention, m: _Mention) -> bool:
        """Whether the rest of the article knows a person as placed by the actor before the name:
        a given name and a surname right after an actor's title, lower-case words and no
        preposition, conjunction or clause break away ("Начальник Миколаївської обласної
        військової адміністрації Віталій Кім": "Кім зауважив" later), or the surname after a
        given name so placed; not "the crisis, the Kingdom of …", "войсками части Харьковской, …"."""
        if m.name is None:
            return False
        if title.name is not None:  # the name before: this is its surname
            return title.pos == m.pos - 1 and title.described
        between = range(title.pos + 1, m.pos)
        return (
            m.pos + 1 < len(self.words)
            and self.words[m.pos + 1][:1].isupper()
            and not any(self.broken[title.pos + 1 : m.pos + 2])
            and all(
                self.words[j].islower()
                and self.lower[j] not in self.lex.prepositions
                and self.lower[j] not in self.lex.conjunctions
                for j in between
            )
        )

    def conditional(self, pos: int) -> bool:
        """The subject of an "if"/"unless" clause: "forces would advance if Kyiv rejected it"
        says what Kyiv might do, not what it did; so does an inverted one, "should the Ukrainian
        envoy sign". The subject's title and first names may stand between."""
        j = pos - 1
        while j >= 0 and (self.lower[j] in ("the", "a", "an") or self.words[j][:1].isupper() and j > 0):
            j -= 1
        return j >= 0 and self.lower[j] in self.lex.conditionals

    def _owner_before(self, pos: int) -> bool:
        """Whether the actor at `pos`, in the genitive, names whose office or body the subject
        is, which then speaks for it: "Керівник Офісу президента подякував" (an office right
        before it), "Служба безпеки України заявила", "Министерство обороны Украины сообщило" (a
        body's noun, lower-case words between)."""
        if pos > 0 and self.lower[pos - 1] in self.lex.offices:
            return self._agent(pos - 1)
        for j in range(pos - 1, max(-1, pos - 4), -1):
            if self.broken[j + 1] or not self.words[j][:1].isalpha():
                return False
            if self.lower[j].startswith(self.lex.body_nouns):
                return self._agent(j)
            if not self.words[j].islower():
                return False
        return False

    def _agent(self, pos: int) -> bool:
        if self.aside[pos]:
            return False
        return self._not_prepositional(pos)

    def _not_prepositional(self, pos: int) -> bool:
        """Not the object of a preposition ("talks with Ukraine"), except people of it ("75% of
        Ukrainians", "residents of Kyiv") or a scene set at the start of the sentence ("On the
        streets of Kyiv, many people said")."""
        if pos < self.lead_end:
            return True
        if (
            pos >= 2
            and (self.lower[pos - 1] in self.lex.conjunctions or self.lower[pos - 1] == "or")
            and not self.broken[pos - 1]
        ):
            # "in the northern and eastern regions", "talks with Russia and Ukraine": one phrase
            return self._not_prepositional(pos - 2)
        if pos in self.nominative:
            # "на переговорах Андрій Єрмак", "в Женеві Андрій Єрмак": a declinable name in the
            # subject's case is no preposition's object, unless the preposition stands right
            # before it ("в Кремль").
            return self.broken[pos] or self.lower[pos - 1] not in self.lex.prepositions
        # "a summit with Ukrainian President Volodymyr Zelensky": the words of a name and its
        # title are one noun phrase, and the preposition stands before all of them.
        head = pos
        while (
            head > self.lead_end
            and not self.broken[head]
            and (
                self.words[head - 1][:1].isupper()
                and self.lower[head - 1] not in self.lex.prepositions
                or self.lower[head - 1] == "of"
                and head > 1
                and self.words[head - 2][:1].isupper()
            )
        ):
            head -= 1  # "Secretary of State Marco Rubio" is one name too
        for j in range(max(0, head - 2), head):
            if any(self.broken[k] for k in range(j + 1, head + 1)):
                continue  # "In return, Moscow has proposed": the comma ends the phrase
            if self.lower[j] in self.lex.prepositions:
                if self.lower[j] == "of" and j > 0 and (self.lower[j - 1] in _PEOPLE_OF or self.lower[j - 1].isdigit()):
                    continue
                if self.lower[j] == "with" and self._participle_after(pos):
                    continue  # "with Russia seeking territorial gains": the participle's subject
                return False
        return True

    def clause_end(self, pos: int) -> int:
        """The first token after `pos` that a clause break stands before, or the sentence's end."""
        return next((j for j in range(pos + 1, len(self.lower)) if self.broken[j]), len(self.lower))

    def _participle_after(self, pos: int) -> bool:
        """ "with Russia seeking": an "-ing" word right after the name (a short one is a noun:
        "thing", "king", "ring")."""
        nxt = self.lower[pos + 1] if pos + 1 < len(self.lower) else ""
        return nxt.endswith("ing") and len(nxt) > 5 and nxt not in _ING_NOT_VERBS and not self.broken[pos + 1]


def _matches(spec: CategorySpec, cues: list[Cue], p: _Parsed, quotes_private: bool, quotes_party: bool):
    """(cue, its matches) for every cue that counts in this sentence for this category; a
    party's quoted words are the party's ("“We want a just peace,” said the minister")."""
    out = []
    for cue in cues:
        found = spans(cue, p)
        if not spec.private_voices and quotes_private:
            found = [s for s in found if not p.quoted[s[0]]]
        if cue.weight > 0 and cue.label in spec.needs_party:
            found = [s for s in found if p.quoted[s[0]] and quotes_party or _party_at(p, s[0])]
        if cue.weight > 0 and spec.needs_party:
            # "the 28-point plan to end the conflict", "a plan aimed at ending the war": what a
            # document is for names the document, not what a party wants.
            found = [s for s in found if not _purpose_of_document(p, s[0])]
        # A counter-cue is about the sentence's topic ("Russian troops advanced ..., Ukraine's
        # military said" is a battle report), whoever its agent is.
        if spec.actor and cue.weight > 0:
            found = [
                s
                for s in found
                if not p.quoted[s[0]] and (_own_act(p, s[0], spec.actor, spec.allies) or _felt_by(p, s, spec.actor))
            ]
        if found:
            out.append((cue, found))
    return out


def _purpose_of_document(p: _Parsed, pos: int) -> bool:
    """The cue says what a document is for or who made it: "the plan aimed at", "a plan to end
    the war", "the plan proposed by"; not "the text mirrors demands" or "the plan was acceptable"."""
    before = p.lower[pos - 1] if pos > 0 else ""
    return before in _DOCUMENTS or before == "to" and pos > 1 and p.lower[pos - 2] in _DOCUMENTS


def _own_act(p: _Parsed, pos: int, actor: str, allies: frozenset[str]) -> bool:
    """The actor is the agent of the cue, in its own name: not in a condition, an infinitive asked
    of it or a guess, and not jointly with another party ("the United States and Ukraine proposed",
    "Russia and Ukraine traded accusations": both sides' act). Its own allies may join it ("Ukraine and
    its allies rejected"), and so may the actors the category names its allies ("Ukrainian and
    European leaders rejected")."""
    agents = _agents_of(p, pos)
    if len(agents) > 1 and any(
        a.group not in (None, _UNRESOLVED, actor)
        and a.group not in allies
        and not any(p.lower[j] in p.lex.possessives for j in range(max(0, a.pos - 2), a.pos))
        for a in agents
    ):
        return False
    return any(
        a.group == actor and not p.conditional(a.pos) and not _infinitive(p, pos, a) and not _hedged(p, a.pos, pos)
        for a in agents
    )


_DOCUMENTS = words("documents")
_INSCRIPTIONS = words("inscriptions")
_HEDGES = frozenset({"may", "might", "could", "must"})
_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})


def _passive(p: _Parsed, pos: int) -> bool:
    """ "Ukraine's sovereignty would be confirmed", "it was criticised by Kyiv": the subject is what
    the act is done to; a state of mind ("was satisfied with", "were worried") is the subject's own."""
    nxt = p.lower[pos + 1] if pos + 1 < len(p.lower) else ""
    # (an adverb may stand between: "was immediately rejected by Kyiv")
    be = pos - 2 if pos > 1 and p.lower[pos - 1].endswith("ly") else pos - 1
    return (
        be >= 0
        and p.lower[be] in _BE
        and p.lower[pos].endswith(("ed", "en", "wn"))
        and not p.lower[pos].startswith(p.lex.feelings)
        and nxt not in ("with", "about")
    )


def _hedged(p: _Parsed, agent: int, pos: int) -> bool:
    """ "Kyiv may not agree", "Ukraine could accept", "Ukraine must accept": what someone guesses
    the actor might do or holds it must do, not what it said or did."""
    return any(p.lower[j] in _HEDGES for j in range(agent + 1, pos))


def _felt_by(p: _Parsed, span, actor: str) -> bool:
    """A feeling or a response is the actor's when the actor is among those who have it:
    "the plan sparked unease among Ukrainians", "anger in Kyiv", "responses in Ukraine", or when
    the sentence is seen through its eyes: "For Ukrainian soldiers, the truce brings only scepticism"."""
    end = span[-1]
    if p.lower[end] in p.lex.stirred and not (end and p.lower[end - 1] in _BE):
        # "the talks have alarmed Ukraine", "angered many Ukrainians": the verb's object feels it;
        # not the one "by" names ("Moscow was alarmed by Kyiv's move", "alarmed by Kyiv").
        felt = next((m for m in p.mentions if end < m.pos <= end + 2), None)
        if (
            felt is not None
            and felt.group == actor
            and "by" not in p.lower[end + 1 : felt.pos]
            and not any(p.broken[j] for j in range(end + 1, felt.pos + 1))
        ):
            return True
    if not p.lower[span[0]].startswith(p.lex.feelings):
        return False
    if p.lower[0] in p.lex.viewpoints and span[0] >= p.lead_end > 0:
        return any(m.group == actor and m.pos < p.lead_end for m in p.mentions)
    return any(
        m.group == actor
        and end < m.pos <= end + FELT_WINDOW
        # "among Ukrainians", "серед українців", "в окружении Зеленского": a word may stand between;
        # "критику в Европе и Украине": one place joined to another
        and (
            p.lower[m.pos - 1] in p.lex.experiencers
            or m.pos - 2 > end
            and p.lower[m.pos - 2] in p.lex.experiencers
            or m.pos - 3 > end
            and p.lower[m.pos - 1] in p.lex.conjunctions
            and p.lower[m.pos - 3] in p.lex.experiencers
        )
        and not any(p.broken[j] for j in range(end + 1, m.pos + 1))
        for m in p.mentions
    )


def _one_cue_per_word(matched):
    """A word counts for one cue, the longest that matches it: "peace plan" is one cue, not
    "peace plan" and "plan"; "security guarantees" not also "security" and "guarantee". Of two
    phrases as long that share a word, the heavier counts: "a just and lasting peace" is one
    peace, not "just peace" and "lasting peace"."""
    used: set[int] = set()
    kept = {}
    for order, (cue, found) in sorted(
        enumerate(matched), key=lambda om: (om[1][0].weight < 0, -len(om[1][0].parts), -om[1][0].weight, om[0])
    ):
        free = found if cue.weight < 0 else [s for s in found if not used.intersection(s)]
        if free:
            kept[order] = (cue, free)
            if cue.weight > 0:
                used.update(i for s in free for i in s)
    return [kept[order] for order in sorted(kept)]


def _senses(matched, heads):
    """A counter-cue that opens with one of the category's words ("offer insight" for "offer",
    "want thank" for "want") names that word's everyday sense: it takes back what the word gave
    where the word counted, and takes nothing from the sentence where it did not."""
    counted = {cue.parts[0]: {s[0] for s in found} for cue, found in matched if cue.weight > 0 and len(cue.parts) == 1}
    out = []
    for cue, found in matched:
        if cue.weight < 0 and cue.parts[0] in heads:
            found = [s for s in found if s[0] in counted.get(cue.parts[0], ())]
            if not found:
                continue
        out.append((cue, found))
    return out


_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_OBLIGED = frozenset({"have", "has", "had", "need", "needs", "ought"})
_ASKING = frozenset(
    {
        "give",
        "gave",
        "given",
        "giving",
        "ask",
        "asks",
        "tell",
        "tells",
        "told",
        "urge",
        "urges",
        "push",
        "pushes",
        "press",
        "presses",
        "force",
        "forces",
        "allow",
        "allows",
        "let",
        "want",
        "wants",
        "expect",
        "expects",
        "invite",
        "invites",
        "get",
        "gets",
        "got",
    }
)


def _infinitive(p: _Parsed, pos: int, agent: _Mention) -> bool:
    """ "pushed Ukraine to agree", "Ukraine would have to accept": what someone wants of the
    actor, not what the actor did ("Ukrainians used one word to dismiss it" is their act)."""
    # "asked Kyiv to give up land, cut its army and agree": the infinitives that follow one "to".
    to = next((j for j in range(pos - 1, agent.pos, -1) if p.lower[j] == "to"), None)
    if (
        to is None
        or to < 1
        or (
            to != pos - 1
            and p.lower[to + 1 : pos].count("and") + p.lower[to + 1 : pos].count("or") == 0
            # "to cede land, accept limits and give up ...": a list of infinitives.
            and not (p.broken[pos] and ("and" in p.lower[pos:] or "or" in p.lower[pos:]))
        )
    ):
        return False
    before = p.lower[agent.pos - 1] if agent.pos > 0 else ""
    # "given Ukraine until Friday to agree", "asked Kyiv to accept": the actor is an object.
    as_object = before in _ASKING or before.endswith("ed") and not p.broken[agent.pos]
    return p.lower[to - 1] in _OBLIGED or 0 < to - agent.pos <= 2 or as_object


def _party_at(p: _Parsed, pos: int) -> bool:
    """One of the taxonomy's actors owns or pursues what the cue names: "Moscow's goal",
    "Kyiv demands", "the aim of the Kremlin"; or somebody in office: "the president hoped"."""
    agent = _agent_of(p, pos)
    if agent is not None and agent.group not in (None, _UNRESOLVED) and not _a_people(p, agent):
        return True
    if any(p.lower[j] in _OFFICES for j in range(max(0, pos - 4), pos)):
        return True
    # "the Kremlin ... will not drop its requirements": a possessive pronoun owns the cue
    # for the subject it stands for, however far back.
    owner = next((j for j in range(pos - 1, max(-1, pos - 4), -1) if p.lower[j] in p.lex.possessives), None)
    if owner is not None:
        subject = next((m for m in reversed(p.mentions) if m.pos < owner and m.agent), None)
        if subject is not None and subject.group not in (None, _UNRESOLVED) and not _a_people(p, subject):
            return True
    # "demands made by President Vladimir V. Putin": a title and an initial may stand between.
    return any(
        p.lower[j] in ("of", "by")
        and any(j < m.pos <= j + 5 and m.group not in (None, _UNRESOLVED) for m in p.mentions)
        for j in range(pos + 1, min(pos + 4, len(p.lower)))
    )


def _a_people(p: _Parsed, m: _Mention) -> bool:
    """ "Ukrainians", "residents": a people or private persons, whose wishes are not a party's aims."""
    return m.private or p.words[m.pos].endswith(("ians", "ans", "ese")) and p.words[m.pos][:1].isupper()


def _agents_of(p: _Parsed, pos: int) -> list[_Mention]:
    """The agent, and the actors coordinated with it: "Ukraine and its European allies rejected"."""
    agent = _agent_of(p, pos)
    if agent is None:
        return []
    return [agent] + [
        o
        for o in p.mentions
        if o.agent
        and agent.pos - 5 <= o.pos < agent.pos
        and any(w in p.lex.conjunctions for w in p.lower[o.pos + 1 : agent.pos])
        and not any(p.broken[j] for j in range(o.pos + 1, agent.pos + 1))
    ]


def _agent_of(p: _Parsed, pos: int) -> _Mention | None:
    if _passive(p, pos):
        # The agent of a passive is the one "by" names, if any: "criticised by Ukraine".
        by = next((j for j in range(pos + 1, min(pos + 3, len(p.lower))) if p.lower[j] == "by"), None)
        return next((m for m in p.mentions if by is not None and by < m.pos <= by + 3), None)
    according = p.lower[pos] == "according" or pos in p.according
    exact, openings = p.lex.inverting
    inverting = p.lower[pos] in exact or p.lower[pos].startswith(openings or ("\0",))
    if inverting and not according and pos > 0 and p.broken[pos]:
        # "Ukraine will have to give up land, said Marco Rubio", "…, says former defence and foreign
        # minister Tobias Ellwood": a verb of speech opening its clause names its speaker after it;
        # what the clause before is about does not speak.
        stop = p.clause_end(pos)
        named = [
            m
            for m in p.mentions
            if pos < m.pos < min(stop, pos + INVERTED_WINDOW + 1)
            and m.agent
            and (m.name is not None or m.group not in (None, _UNRESOLVED))
        ]
        # (The name closes the clause, give or take a time: "told reporters he felt relief" after
        # "X, chairman of …," goes on, and its subject stands before.)
        if (
            named
            and stop - named[0].pos <= INVERTED_TAIL
            and not any(w in p.lex.outlets for w in p.lower[pos + 1 : named[0].pos + 2])
        ):
            return named[0]
    owner = _possessor(p, pos)
    if owner is not None:
        return owner
    if p.aside[pos] and not according:
        # "These demands, which Kyiv has consistently rejected, remain …": a relative clause's verb
        # has the subject that opens the clause (where no one is the sentence's agent); "who"
        # stands for the one before it ("Trump, who scolded the Ukrainian leadership").
        start = pos
        while start > 0 and p.aside[start - 1]:
            start -= 1
        subject = next((m for m in p.mentions if start < m.pos <= start + 2 and m.pos < pos), None)
        if (
            subject is not None
            and subject.group is not None
            and p.lower[start] not in ("who", "whose")
            and not any(p.broken[j] for j in range(subject.pos + 1, pos + 1))
        ):
            return subject
    # "..., according to two diplomats": the source stands after, never before.
    # "finds Moscow's plan wholly unacceptable": the owner of a document named between
    # is no agent of what follows it.
    before = [
        m
        for m in p.mentions
        if m.pos < pos
        and m.agent
        and not according
        and not (p.lower[m.pos].endswith(_APOSTROPHE_S) and _document_between(p, m.pos, pos))
    ]
    if before and p.broken[pos] and p.lower[pos].endswith("ing"):
        # "Rubio praised Ukraine's move, saying ...", "Driscoll held talks in Abu Dhabi on Monday,
        # according to reports, seeking common ground": the participle's subject is the clause's.
        return before[0]
    if not before and p.closing_share is not None and p.closing_share.pos > pos:
        # "Протилежної думки дотримуються 10%": a share that closes the sentence is its
        # subject, after the verb, where no one stands before it.
        return p.closing_share
    # "... he expected to speak with X of Russia very soon and hoped ...": a verb after "and"
    # shares the subject of the verb before it, however far back that subject stands.
    if before and (
        pos - before[-1].pos <= AGENT_WINDOW
        or before[-1].pos < p.lead_end
        or pos > 0
        and p.lower[pos - 1] in p.lex.conjunctions
    ):
        # A scene set at the start ("In Kyiv, where ..., the news was met with suspicion")
        # is the sentence's subject however long the clause that follows.
        return before[-1]
    # "said Zelensky" names the speaker; "welcomed Zelensky" names the one welcomed, and
    # "warn that Ukraine's budget ..." the topic.
    if not according and not inverting:
        return None
    end = next(
        (j for j in range(pos + 1, min(pos + AFTER_WINDOW + 1, len(p.lower))) if p.lower[j] in _COMPLEMENTISERS),
        pos + AFTER_WINDOW + 1,
    )
    if according:
        # "According to the head of the Ukrainian delegation, ...": the whole phrase names the source.
        end = p.clause_end(pos + 1)
    after = [m for m in p.mentions if pos < m.pos < end]
    return after[0] if after else None


def _possessor(p: _Parsed, pos: int) -> _Mention | None:
    """The actor whose word it is when a possessive stands before it: "central to Putin's
    political priorities", "rejected Moscow's demands"; the sentence's subject owns neither."""
    for j in range(pos - 1, max(-1, pos - 5), -1):
        if p.broken[j + 1]:
            return None
        if p.lower[j].endswith(_APOSTROPHE_S):
            if _document_between(p, j, pos):
                return None  # "finds Moscow's plan wholly unacceptable": the verdict is not Moscow's
            return next(
                (m for m in reversed(p.mentions) if j - 2 <= m.pos <= j and m.group not in (None, _UNRESOLVED)), None
            )
        if not p.lower[j].isalpha() or any(m.pos == j for m in p.mentions):
            return None  # a number, or someone else named between
    return None


_APOSTROPHE_S = ("'s", "’s")


def _document_between(p: _Parsed, owner: int, pos: int) -> bool:
    """Whether a document's noun stands between a possessive and a cue ("Moscow's plan wholly
    unacceptable"): the possessive owns the document, not what is said of it."""
    return any(w in _DOCUMENTS for w in p.lower[owner + 1 : pos])


def _quoted_chars(found) -> dict[int, list[tuple[int, int]]]:
    """Character spans inside quotation marks, per sentence position."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for f in found:
        for k, a, b in f.spans:
            spans.setdefault(k, []).append((a, b))
    return spans


def _quoted_actor(
    f, p: _Parsed, actors: Actors, state: Discourse, outlets: frozenset[str], relational: tuple[str, ...]
) -> str | None:
    """Whose words a quote is: the speaker's actor; else the actor the sentence names as a subject;
    else, for a speaker described but not placed ("a retired teacher"), the previous
    sentence's subject, and for one named but not placed ("The New York Times"), nobody; a continued quote keeps the actor of the one before."""
    if f.continued:
        return state.speaker
    if f.speaker in outlets:
        return None  # "«…», пише видання «Українська правда»": an outlet's name is no party
    if f.speaker and any(w[:1].islower() and w.startswith(relational) for w in f.speaker.split()):
        return None  # "партнеры Украины", "Ukraine's allies": whom they stand with is not who they are
    if f.speaker and any(w.lower() in _INSCRIPTIONS for w in f.speaker.split()[:3]):
        return None  # "“…,” one sign read": no party speaks
    group = actors.group_of(f.speaker)
    if group is None and f.speaker:
        group = next((state.known[w] for w in reversed(f.speaker.split()) if w in state.known), None)
        if group is None and state.is_private(f.speaker):
            return None  # a private person the article places somewhere the taxonomy does not know
    if group is None and f.pronoun:
        group = state.antecedent
    if group is None:
        # Only an actor that can be the subject speaks: not one in a phrase ("the war in Ukraine",
        # "a deal for Kyiv") or a modifier ("Ukraine's ports").
        named = [m for m in p.mentions if m.group not in (None, _UNRESOLVED) and m.agent and not p.conditional(m.pos)]
        group = named[0].group if named else (state.antecedent if _described(f.speaker) or not p.mentions else None)
    return group


def actors_of(taxonomy: Taxonomy, language: str) -> Actors:
    """The taxonomy's actors in the language, as the classifier reads them."""
    return _compile(taxonomy, language)[1]


def _described(speaker: str | None) -> bool:
    """A speaker given by description ("a retired teacher", "the minister"), not by a name the
    taxonomy does not know ("The New York Times", "Politico"): only the first is likely the
    person the article was speaking of."""
    return speaker is not None and any(w[:1].islower() for w in speaker.split()[1:] or speaker.split())


def classify(
    sentences: list[Sentence],
    taxonomy: Taxonomy,
    language: str = "english",
    max_points: int | None = None,
    found=None,
) -> tuple[tuple[Scored, ...], ...]:
    """Each category's key points, highest score first (see select).
    `found`: the article's quotes (quotes.find with these actors), when the caller has them."""
    return select(
        sentences,
        evidence_of(sentences, taxonomy, language, found),
        language,
        tuple(c.threshold for c in taxonomy.categories),
        learned.model_for(taxonomy),
        max_points or default_max_points(len(sentences)),
    )


def select(
    sentences: list[Sentence],
    evidence: list[learned.Evidence],
    language: str,
    thresholds: tuple[float, ...],
    model: learned.Model | None,
    cap: int,
) -> tuple[tuple[Scored, ...], ...]:
    """The key points the rules' evidence makes: a sentence with a cue of a category joins
    it when the fitted model says so, or, without a model, when its score reaches the
    category's threshold; each category keeps its `cap` highest scores. A category the
    model decides stays empty when its points are more likely wrong than right together."""
    results: list[list[Scored]] = [[] for _ in thresholds]
    # The model's probability of each candidate, kept and left out, by category.
    kept: list[list[float]] = [[] for _ in thresholds]
    left: list[list[float]] = [[] for _ in thresholds]
    seen: set[str] = set()
    for pos, (sent, ev) in enumerate(zip(sentences, evidence)):
        if not ev.may_be_point or not any(score > 0 for score in ev.scores):
            continue  # a key point always has a cue to show for it
        same = sent.text.casefold()  # (a sentence's text is stored squashed)
        if same in seen:
            continue  # a page that prints its headline again in the text: one point, not two
        seen.add(same)
        feats = learned.features(evidence, pos, sent.text, language, thresholds) if model else {}
        for k, score in enumerate(ev.scores):
            if model and model.decides(k):
                if score <= 0:
                    continue
                p = model.probability(k, feats)
                joins = p >= model.threshold
                (kept if joins else left)[k].append(p)
            else:
                joins = score >= thresholds[k]
            if joins:
                results[k].append(Scored(sent.index, sent.text, round(score, 4), ev.cues[k]))
    # An article without a category's points is better served by none than by its likeliest
    # stray ones: the category stays empty when listing none has the higher expected F1, its
    # candidates taken as independent with the model's probabilities.
    for k, ps in enumerate(kept):
        if ps and learned.expected_f1([], ps + left[k]) > learned.expected_f1(ps, left[k]):
            results[k] = []
    return tuple(tuple(sorted(r, key=lambda s: (-s.score, s.index))[:cap]) for r in results)


def evidence_of(
    sentences: list[Sentence], taxonomy: Taxonomy, language: str = "english", found=None
) -> list[learned.Evidence]:
    """What the rules find in every sentence: each category's score and the cues that fired."""
    cats, actors, carry, local = _compile(taxonomy, language)
    state = Discourse()
    private_quote: set[int] = set()  # sentences quoting an ordinary person
    stem = stemmer(language)
    lexicon = _lexicon(language)
    # An outlet relays words, whatever its name says ("пише видання «Українська правда»").
    relaying = attribution_rules(language)
    outlets = frozenset(n for s in sentences for n in relaying.outlet_names(s.text)) if relaying else frozenset()
    relational = tuple(words("relational_groups", language))
    found = find_quotes(sentences, language, actors) if found is None else found
    quoted = _quoted_chars(found)

    out: list[learned.Evidence] = []
    prev_raw: list[float] = [0.0] * len(cats)
    quote_group: dict[int, str | None] = {}
    by_first: dict[int, list] = {}
    for f in found:
        by_first.setdefault(f.first, []).append(f)
    indexes = [_CueIndex(cues) for cues in cats]
    reported = _reported(sentences, relaying, actors, by_first) if relaying else {}

    for pos, sent in enumerate(sentences):
        p = _Parsed(sent.text, stem, actors, quoted.get(pos, []), state.known, local, state.scene, lexicon)
        lead = [m.group for m in p.mentions if m.pos < p.lead_end and m.group not in (None, _UNRESOLVED)]
        # "For Kyiv, ..." is whose eyes this sentence sees through, not a place that later ones are in.
        scene = lead[-1] if lead and p.lower[0] not in lexicon.viewpoints else None
        state.set_scene(scene)
        if pos == 0 and scene is not None:
            local = scene  # "In a Moscow tourist shop, ..." opening the article: its private people are Muscovites
        for m in p.mentions:
            if m.name and (m.described or m.private):
                state.learn(m.name, m.group if m.described else None, m.private)
        # The reporter's own question ("So what does Moscow want now?") is a heading or a device, not
        # a point; a question someone asks in quotation marks is what they said.
        may_be_point = not (sent.text.rstrip().endswith("?") and not any(p.quoted))
        for f in by_first.get(pos, []):
            state.speaker = _quoted_actor(f, p, actors, state, outlets, relational)
            for k in range(f.first, f.last + 1):
                quote_group.setdefault(k, state.speaker)
                if state.is_private(f.speaker) or f.pronoun and not f.continued and state.antecedent_private:
                    private_quote.add(k)
        for k, m in enumerate(p.mentions):
            if m.group == _UNRESOLVED:
                # "Residents of Belgorod said they feared": the sentence's own subject first; "he"
                # and "she" stand for a person, not a country or a city ("promised Kyiv arms, though he").
                own = [
                    o
                    for o in p.mentions[:k]
                    if o.agent
                    and o.pos < m.pos
                    and not p.aside[o.pos]
                    and not (p.lower[m.pos] in _PERSONAL and re.sub(r"['’]s?$", "", p.lower[o.pos]) in _PLACES)
                ]
                m.group = own[-1].group if own else state.antecedent
                m.private = own[-1].private if own else state.antecedent_private
        q_group = quote_group.get(pos, reported.get(pos))
        share = _carry_share(p, carry)

        raw = [0.0] * len(cats)
        totals, cues = [], []
        for k, (spec, index) in enumerate(zip(taxonomy.categories, indexes)):
            total, fired = 0.0, []
            for cue, _found in _senses(
                _one_cue_per_word(_matches(spec, index.candidates(p), p, pos in private_quote, q_group is not None)),
                index.heads,
            ):
                total += cue.weight
                fired.append(cue.label if cue.weight > 0 else f"-{cue.label}")
            if spec.actor and spec.quote_weight and q_group == spec.actor:
                total += spec.quote_weight
                fired.append(f"quote:{spec.actor}")
            raw[k] = total
            if share and prev_raw[k] > 0:
                total += share * prev_raw[k]
                fired.append(f"continues:{sent.index - 1}")
            totals.append(total)
            cues.append(tuple(fired))
        out.append(learned.Evidence(tuple(totals), tuple(cues), may_be_point))
        prev_raw = raw
        named = q_group is not None or any(m.agent for m in p.mentions)
        subject, private = _subject(p, q_group, pos in private_quote) if named else (None, False)
        state.close_sentence(subject, named, private)
    return out


REPORTED_BACK = 2  # sentences before "Про це заявив X" that can be X's words
DASH_BACK = 4  # before "– сказал он.", a paragraph of its own that closes a quotation without marks


def _reported(sentences: list[Sentence], rules: Rules, actors: Actors, by_first: dict[int, list]) -> dict[int, str]:
    """Sentences whose words the next one attributes: "Сторонам вдалося досягти прогресу. Про
    це повідомив Рустем Умєров." are Umerov's, as if quoted; back to a sentence with a quote
    or a speech verb of its own, at most REPORTED_BACK of them."""
    out: dict[int, str] = {}
    for k in range(1, len(sentences)):
        text = sentences[k].text
        dash = _DASH_ATTRIBUTION.match(text)
        if not (rules.forward.match(text) or dash and rules.verb.match(dash.group(1))):
            continue
        who = dash.group(1).split()[-1].lower() if dash else ""
        group = None if who in rules.pronouns else actors.group_of(rules.speaking(text))
        block = []
        back = DASH_BACK if dash else REPORTED_BACK
        for j in range(k - 1, max(-1, k - 1 - back), -1):
            if j in by_first or rules.verb.search(sentences[j].text):
                if group is None and who in rules.pronouns and j not in by_first:
                    # "Подоляк отметил, что … . Говорится о … . – сказал он.": "он" is the one
                    # speaking in the sentence that opened the account (an impersonal "говорится"
                    # names no one: the account goes on before it).
                    speaker = rules.speaking(sentences[j].text)
                    if speaker is None:
                        block.append(j)
                        continue
                    group = actors.group_of(speaker)
                break
            block.append(j)
        if group is not None:
            out.update((j, group) for j in block)
    return out


# "– сказал он.", "— заявил Подоляк.": a paragraph that only attributes the words before it.
_DASH_ATTRIBUTION = re.compile(r"\s*[—–-]\s*([^\W\d_]+(?:\s+[^\W\d_]+){1,3})\s*\.?\s*$")


class _CueIndex:
    """A category's cues by their first word, so a sentence is tried only against the cues
    that could match it: a few dozen instead of every cue of the taxonomy."""

    def __init__(self, cues):
        self.cues = list(cues)
        self.by_stem: dict[str, list[int]] = {}
        self.prefixed: list[int] = []
        # The category's one-word cues, whose everyday senses counter-cues may name.
        self.heads = {cue.parts[0] for cue in self.cues if cue.weight > 0 and len(cue.parts) == 1}
        for order, cue in enumerate(self.cues):
            is_prefix, first = cue.parts[0]
            if is_prefix:
                self.prefixed.append(order)
            else:
                self.by_stem.setdefault(first, []).append(order)

    def candidates(self, p: _Parsed) -> list[Cue]:
        orders = {o for st in p.at for o in self.by_stem.get(st, ())}
        orders.update(o for o in self.prefixed if self.cues[o].parts[0][1] in p.lowered)
        return [self.cues[o] for o in sorted(orders)]  # taxonomy order, as the cues fired


def _inversion_verbs(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The language's verbs of speech that may stand before their speaker, as whole words and
    (written with a final *) as word openings: Ukrainian and Russian put the speaker after the
    verb in any gender or number ("підтвердив Зеленський", "заявили в Кремле")."""
    listed = words("inversion_verbs", language)
    return (
        frozenset(w for w in listed if not w.endswith("*")),
        tuple(sorted(w[:-1] for w in listed if w.endswith("*"))),
    )


def _carry_share(p: _Parsed, carry) -> float:
    for opener, share in carry:
        if tuple(p.lower[: len(opener)]) == opener:
            return share
    return 0.0


def _subject(p: _Parsed, quote_group: str | None, private_quote: bool) -> tuple[str | None, bool]:
    """The actor a following "he"/"she"/"they" most likely stands for, and whether the one it
    stands for is an ordinary person."""
    if quote_group is not None:
        return quote_group, private_quote
    agents = [m for m in p.mentions if m.agent]
    if len(agents) > 1 and agents[0].group is None and agents[1].group is not None:
        body, holder = agents[0], agents[1]
        if "of" in p.lower[max(0, body.pos - 6) : body.pos] and holder.pos - body.pos <= 2:
            # "Secretary of the National Security and Defense Council Rustem Umerov gave …": the
            # body an office is of, right before the name that holds it, is not who acts.
            agents = agents[1:]
    return (agents[0].group, agents[0].private) if agents else (None, False)
