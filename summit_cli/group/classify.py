"""Score every sentence for every category of a taxonomy, from the taxonomy's cues.

A cue is a word or a phrase matched on Snowball stems (so "offer" finds "offered",
"offering", and "security guarantee" finds "security guarantees"); "word*" matches any
ending. A negation does not cancel a cue: "refrained from offering guarantees" is still
about an offer, which is what a reader of a brief wants to find under concessions; nor does
a negative prefix ("unacceptable" is about what is acceptable). A counter-cue (negative
weight) marks the sentence's topic, whoever its agent. The reporter's own questions ("What
does Russia want?") are headings or devices, never key points.

A category with an `actor` counts a cue only when that actor is its agent: the nearest
named actor before the cue ("Zelenskyy, while not present, affirmed"), or right after it
("said Zelensky"); "he"/"she"/"they" stand for the previous sentence's subject. A direct
quote counts for the actor who said it, and a quote continued in the next sentence keeps
its speaker. Sentences that open with a continuation marker ("Another option …") inherit
part of the previous sentence's scores. The subject of an "if"/"unless" clause does not
react ("if Kyiv rejected it"), and an actor after "that" is the topic, not the speaker.
Private people the article does not place ("villagers", "Olga, 62, a pensioner") belong to
the taxonomy's `locals`; a category with `private_voices = false` ignores their quoted words.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..model import Scored, Sentence
from ..quotes import find as find_quotes
from ..text.language import data as language_data
from ..text.tokens import item_at as _token_at, stemmer
from .taxonomy import CategorySpec, Taxonomy

AGENT_WINDOW = 12  # tokens back from a cue in which its agent may stand
AFTER_WINDOW = 3  # tokens after a cue for inverted attribution ("said Zelensky")
PHRASE_GAP = 2  # words allowed between the words of a phrase cue
SCENE_SPAN = 3  # sentences for which a scene ("In Moscow, ...") places the private people in it

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_PREPOSITIONS = frozenset(
    "in on at to for from with without about against into onto towards toward of by over under between among "
    "alongside near across through involving including like than via after before behind upon outside inside "
    "around".split())
# "75% of Ukrainians", "residents of Kyiv", "the president of Ukraine": the actor is the subject.
_PEOPLE_OF = frozenset(
    "most many some majority half all none few percent per cent thousands hundreds millions dozens share "
    "third thirds quarter quarters fifth fifths tenth "
    "proportion lot number group residents people citizens inhabitants voters families mayor president "
    "presidents leader leaders government officials head minister ministry office spokesman spokeswoman "
    "parliament people's army soldiers veterans".split())
_ASIDE = re.compile(r",\s*(?:who|whom|whose|which|where|when|while|after|before|having|speaking|despite|"
                    r"alongside|along with|like|unlike|as well as|led by|headed by)\b[^,;]*,")
_APPOSITION = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*),\s*((?:a|an|the|its|his|her|their)\s+[^,;]{1,60}|\d{1,3}),")
# A private person's description may end the sentence: "..., said Mykola Petrenko, a pensioner."
_FINAL_APPOSITION = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*),\s*((?:a|an)\s+[^,;]{1,100})[.!?][\"”’')]*\s*$")
# Ordinary people, as a reporter describes them: "residents", "Iryna, a 41-year-old pharmacist".
_PRIVATE = frozenset(
    "resident residents villager villagers locals civilian civilians pensioner pensioners refugee refugees "
    "shopkeeper teacher headmistress headmaster student students nurse pharmacist cleaner driver farmer mother "
    "father grandmother grandfather widow widower volunteer worker miner retiree mechanic baker vendor commuter "
    "commuters housewife accountant".split())
_AGE = re.compile(r"^\d{1,3}$|\b\d{1,3}-year-old\b")
# A key point is a sentence: a line without a full stop is a headline, a heading or a caption.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")
_CONDITIONALS = frozenset({"if", "unless"})
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})
_PRONOUNS = frozenset({"he", "she", "they"})
_PEOPLE = frozenset(
    "official officials source sources analyst analysts expert experts diplomat diplomats critic critics observer "
    "observers person people residents commentators lawmakers politicians spokesman spokeswoman spokesperson aide "
    "aides negotiator negotiators envoy correspondent economist economists engineer engineers scientist "
    "scientists researcher researchers historian historians journalist journalists reporter reporters lawyer "
    "lawyers activist activists doctor doctors professor academics scholar scholars strategist strategists "
    "commander commanders investor investors traders bankers executives".split())
_UNRESOLVED = "?pronoun"  # a pronoun's group until the previous subject is known
_NOT_A_NAME = frozenset(
    "i president prime minister foreign defence defense secretary chancellor mr mrs ms dr general ambassador envoy "
    "special vice deputy chief head spokesman spokeswoman senator mayor governor january february march april may "
    "june july august september october november december monday tuesday wednesday thursday friday saturday sunday "
    "et gmt utc bst cet".split())


def default_max_points(n_sentences: int) -> int:
    """A cap that grows with the article. It only trims: what reaches it has passed the
    category's threshold, so a short article's eight reactions all show, and a long one's
    list stops at 25; weak matches never fill it."""
    return max(8, min(25, math.ceil(n_sentences / 2)))


@dataclass(frozen=True)
class _Cue:
    label: str
    weight: float
    parts: tuple[tuple[bool, str], ...]  # (is_prefix, stem or prefix) per word


def compile_cues(spec: CategorySpec, stem) -> dict[tuple, _Cue]:
    """The category's cues by what they match; two spellings of one stem ("hope", "hopes")
    are one cue, with the larger weight, so a sentence is not counted twice for one word."""
    out: dict[tuple, _Cue] = {}
    for label, weight in spec.cues.items():
        parts = tuple((True, w[:-1].lower()) if w.endswith("*") else (False, stem(w.lower())) for w in label.split())
        if parts not in out or out[parts].weight < weight:
            out[parts] = _Cue(out[parts].label if parts in out else label, weight, parts)
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
    return cats, _Actors(taxonomy.actors), carry, taxonomy.locals


class _Actors:
    """All actors' spellings in one pattern, longest first ("the Ukrainian leader" before
    "Ukrainian"); capitalised spellings match case-sensitively ("US" is not "us")."""

    def __init__(self, actors: dict[str, tuple[str, ...]]):
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        alts = []
        for group, spellings in actors.items():
            for sp in spellings:
                if sp[:1].isupper():
                    self.exact.setdefault(sp, group)
                    alts.append((len(sp), re.escape(sp)))
                else:
                    self.folded.setdefault(sp.lower(), group)
                    alts.append((len(sp), f"(?i:{re.escape(sp)})"))
        alts.sort(key=lambda a: -a[0])
        self.rx = re.compile(rf"(?<!\w)(?:{'|'.join(a for _, a in alts)})(?!\w)") if alts else None

    def finditer(self, text: str):
        """(group, match) for every actor named in the text."""
        if self.rx is None:
            return
        for m in self.rx.finditer(text):
            got = m.group(0)
            group = self.exact.get(got) or self.folded.get(got.lower())
            if group:
                yield group, m

    def group_of(self, name: str | None) -> str | None:
        for group, _ in self.finditer(name or ""):
            return group
        return None


@dataclass
class _Mention:
    pos: int  # token position
    group: str | None  # actor group, None for a person or pronoun we cannot place
    agent: bool  # may be the subject of a verb (not the object of a preposition)
    name: str | None = None  # a name the taxonomy does not know, as written
    described: bool = False  # placed by its own description ("X, a Ukrainian lawmaker,")
    private: bool = False  # an ordinary person ("residents", "Olga, 62, a pensioner")


class _Parsed:
    """One sentence as the classifier sees it: tokens, stems, what is quoted, who is named."""

    def __init__(self, text: str, stem, actors, quoted_chars: list[tuple[int, int]],
                 known: dict[str, str] | None = None, local: str | None = None, scene: str | None = None,
                 pronouns: frozenset[str] = _PRONOUNS, prepositions: frozenset[str] = _PREPOSITIONS):
        self.prepositions = prepositions
        self.text = text
        toks = list(_TOKEN.finditer(text))
        self.words = [m.group(0) for m in toks]
        self.lower = [w.lower() for w in self.words]
        self.stems = [stem(w.replace("’", "'")) for w in self.lower]
        # A negated word keeps its topic, as a negation does: "unacceptable" is about what
        # is acceptable, "unconditional" about conditions.
        self.base = [w[2:] if w.startswith("un") and len(w) >= 7 else w for w in self.lower]
        self.lowered = " ".join(self.lower)  # a prefix cue absent from it cannot start a token
        self.base_stems = [stem(b.replace("’", "'")) if b != w else s
                           for b, w, s in zip(self.base, self.lower, self.stems)]
        self.at: dict[str, list[int]] = {}
        for i, (st, bs) in enumerate(zip(self.stems, self.base_stems)):
            self.at.setdefault(st, []).append(i)
            if bs != st:
                self.at.setdefault(bs, []).append(i)
        self.quoted = [any(a <= m.start() < b for a, b in quoted_chars) for m in toks]
        starts = [m.start() for m in toks]
        # A clause break (comma, dash, colon...) between a token and the one before it.
        self.broken = [i == 0 or bool(_BREAK.search(text[toks[i - 1].end():m.start()])) for i, m in enumerate(toks)]
        comma = text.find(",")
        self.lead_end = _token_at(starts, comma) + 1 if self.lower[:1] and self.lower[0] in prepositions \
            and 0 < comma < 80 else 0
        if not self.lead_end and len(self.words) > 2 and self.lower[0] in prepositions \
                and self.words[1][:1].isupper() and self.words[2][:1].islower():
            self.lead_end = 2  # "У Києві відкинули вимогу", "В Кремле считают": a place speaks
        # ", who met Trump last week," between a subject and its verb names no agent.
        aside = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
        self.aside = [any(a <= st < b for a, b in aside) for st in starts]
        taken: set[int] = set()
        self.mentions: list[_Mention] = []
        for group, m in actors.finditer(text):
            pos = _token_at(starts, m.start())
            if pos in taken or self.quoted[pos]:
                continue
            taken.update(range(pos, _token_at(starts, m.end() - 1) + 1))
            self.mentions.append(_Mention(pos, group, self._agent(pos)))
        for i, w in enumerate(self.words):
            if i in taken or self.quoted[i]:
                continue
            if self.lower[i] in pronouns:
                self.mentions.append(_Mention(i, _UNRESOLVED, True))
            elif self.lower[i] in _PEOPLE or self.lower[i] in _PRIVATE:
                # "a person familiar with the matter said": somebody, but not yet anybody's;
                # "his critics", "her aides": the people of whoever "his" stands for.
                own = i > 0 and self.lower[i - 1] in ("his", "her", "their")
                self.mentions.append(_Mention(i, _UNRESOLVED if own else None, self._agent(i)))
            elif i > 0 and w[:1].isupper() and self.lower[i] not in _NOT_A_NAME and not w.isupper() \
                    and not (i + 1 < len(self.words) and self.words[i + 1][:1].isupper()
                             and (i + 1) in taken):
                # A name the taxonomy does not know (another person, a place): it can be the
                # agent, and then the cue is not the category's actor's. One the article has
                # already placed ("Oleksandr Merezhko, a Ukrainian lawmaker") keeps its place.
                self.mentions.append(_Mention(i, (known or {}).get(w), self._agent(i), w))
        self.mentions.sort(key=lambda m: m.pos)
        self._place_unknown_names(text, starts)
        if local is not None or scene is not None:
            self._place_private(text, starts, local, scene)

    def _place_unknown_names(self, text: str, starts: list[int]) -> None:
        """A name the taxonomy does not know takes the actor of its title, of its apposition or
        of its place: "Ukrainian lawmaker Oleksandr Merezhko said", "Oleksandr Merezhko, a
        Ukrainian lawmaker, said", "critics in Kyiv warned"."""
        by_pos = {m.pos: m for m in self.mentions}
        for m in self.mentions:
            if m.group is not None:
                continue
            for back in range(m.pos - 1, max(-1, m.pos - 4), -1):
                # "... Kharkiv regions, the officials said" is another clause; "On the streets of
                # Kyiv, many people said" sets the scene for its subject.
                if self.broken[back + 1] and back + 1 != self.lead_end:
                    break
                prev = by_pos.get(back)
                if prev is not None and prev.group not in (None, _UNRESOLVED):
                    m.group = prev.group
                    break
                if prev is None and not (self.lower[back] in _NOT_A_NAME or self.words[back][:1].islower()):
                    break
        # "residents of Kyiv", "critics in Kyiv", "officials from Moscow"
        for m in self.mentions:
            if m.group is None and self.lower[m.pos] in _PEOPLE:
                nxt = m.pos + 1
                if nxt < len(self.lower) and self.lower[nxt] in ("of", "in", "from"):
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
            if named is not None and named.group is None:
                groups = [m.group for m in inside if m.group not in (None, _UNRESOLVED)]
                if groups:
                    named.group, named.described = groups[0], True

    def _place_private(self, text: str, starts: list[int], local: str | None, scene: str | None) -> None:
        """Private people the sentence does not place belong to the scene set ("In Moscow, ...",
        at its start or a few sentences before; a square or a district named with them is in
        it), or else to the taxonomy's `locals`: "villagers said", "Iryna, a 41-year-old
        pharmacist"; not "residents of Belgorod" or "a nurse from Tula", whom a place the
        taxonomy does not know puts elsewhere. Either way they are private people, whose
        quoted wishes are not a party's aims."""
        by_pos = {m.pos: m for m in self.mentions}
        lead = [m.group for m in self.mentions if m.pos < self.lead_end and m.group not in (None, _UNRESOLVED)]
        scene = lead[-1] if lead else scene
        home = scene or local

        def placed_elsewhere(lo: int, hi: int) -> bool:
            return scene is None and any(self.lower[j] in ("of", "in", "from", "near") and (o := by_pos.get(j + 1)) is not None
                       and o.group is None and o.name is not None for j in range(lo, hi))

        for ap in [*_APPOSITION.finditer(text), *_FINAL_APPOSITION.finditer(text)]:
            desc = ap.group(2)
            if not (_AGE.search(desc) or any(w.lower() in _PRIVATE for w in _TOKEN.findall(desc))):
                continue
            # The description runs on to the next comma: "Ivan, 45, a taxi driver in Belgorod,".
            first = _token_at(starts, ap.start(2))
            after = next((j for j, st in enumerate(starts) if st >= ap.end()), len(self.words))
            end = next((j for j in range(after + 1, len(self.words)) if self.broken[j]), len(self.words))
            name_pos = _token_at(starts, ap.start(1))
            named = by_pos.get(name_pos)
            if named is None and name_pos == 0:  # "Oleh, a tractor driver, said": a name all the same
                named = _Mention(0, None, True, self.words[0])
                self.mentions.insert(0, named)
                by_pos[0] = named
            if named is None:
                continue
            named.private = True
            if named.group is not None:
                continue
            # "an accountant in Kyiv", "a Moscow taxi driver": the description's own place.
            span = [m for m in self.mentions if first <= m.pos < end and m.group not in (None, _UNRESOLVED)]
            places = [m.group for m in span if self.lower[m.pos - 1] in ("in", "from", "of", "near")
                      or m.pos + 1 < len(self.lower) and self.lower[m.pos + 1] in _PRIVATE]
            if places:
                named.group, named.described = places[0], True
            elif not span and not placed_elsewhere(first, end):
                named.group, named.described = home, True
        for m in self.mentions:
            if self.lower[m.pos] in _PRIVATE:
                m.private = True
                stop = next((j for j in range(m.pos + 1, len(self.words)) if self.broken[j]), len(self.words))
                if m.group is None and not placed_elsewhere(m.pos + 1, stop):
                    m.group = home

    def conditional(self, pos: int) -> bool:
        """The subject of an "if"/"unless" clause: "forces would advance if Kyiv rejected it"
        says what Kyiv might do, not what it did."""
        j = pos - 1
        while j >= 0 and self.lower[j] in ("the", "a", "an"):
            j -= 1
        return j >= 0 and self.lower[j] in _CONDITIONALS

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
        if pos >= 2 and self.lower[pos - 1] in ("and", "or") and not self.broken[pos - 1]:
            # "in the Sumy and Kharkiv regions", "talks with Russia and Ukraine": one phrase
            return self._not_prepositional(pos - 2)
        for j in range(max(0, pos - 2), pos):
            if any(self.broken[k] for k in range(j + 1, pos + 1)):
                continue  # "In exchange, Washington has offered": the comma ends the phrase
            if self.lower[j] in self.prepositions:
                if self.lower[j] == "of" and j > 0 and (self.lower[j - 1] in _PEOPLE_OF or self.lower[j - 1].isdigit()):
                    continue
                return False
        return True


def _hits(cue: _Cue, p: _Parsed) -> list[int]:
    """Token positions where the cue starts. The words of a phrase may have up to
    PHRASE_GAP words between them ("lift some sanctions" matches "lift sanctions")."""
    out = []
    first_pre, first = cue.parts[0]
    if first_pre:
        if first not in p.lowered:
            return out
        starts = [i for i, (w, b) in enumerate(zip(p.lower, p.base)) if w.startswith(first) or b.startswith(first)]
    else:
        starts = p.at.get(first, ())
    for i in starts:
        at = i
        for pre, v in cue.parts[1:]:
            for j in range(at + 1, min(at + 2 + PHRASE_GAP, len(p.stems))):
                if p.lower[j].startswith(v) if pre else p.stems[j] == v:
                    at = j
                    break
            else:
                break
        else:
            out.append(i)
    return out


def _agent_of(p: _Parsed, pos: int) -> _Mention | None:
    before = [m for m in p.mentions if m.pos < pos and m.agent]
    if before and (pos - before[-1].pos <= AGENT_WINDOW or before[-1].pos < p.lead_end):
        # A scene set at the start ("In Kyiv, where ..., the news was met with suspicion")
        # is the sentence's subject however long the clause that follows.
        return before[-1]
    # "said Zelensky" names the speaker; "warn that Ukraine's budget ..." names the topic.
    end = next((j for j in range(pos + 1, min(pos + AFTER_WINDOW + 1, len(p.lower)))
                if p.lower[j] in _COMPLEMENTISERS), pos + AFTER_WINDOW + 1)
    after = [m for m in p.mentions if pos < m.pos < end]
    return after[0] if after else None


def _quoted_chars(found) -> dict[int, list[tuple[int, int]]]:
    """Character spans inside quotation marks, per sentence position."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for f in found:
        for k, a, b in f.spans:
            spans.setdefault(k, []).append((a, b))
    return spans


def _quoted_actor(f, p: _Parsed, actors: _Actors, prev_subject: str | None, last: str | None,
                  known: dict[str, str], private: set[str]) -> str | None:
    """Whose words a quote is: the speaker's actor; else the actor named in the attribution;
    else, for a speaker the taxonomy cannot place ("a 65-year-old cleaner"), the previous
    sentence's subject; a continued quote keeps the actor of the one before."""
    if f.continued:
        return last
    group = actors.group_of(f.speaker)
    if group is None and f.speaker:
        group = next((known[w] for w in reversed(f.speaker.split()) if w in known), None)
        if group is None and any(w in private for w in f.speaker.split()):
            return None  # a private person the article places somewhere the taxonomy does not know
    if group is None and f.pronoun:
        group = prev_subject
    if group is None:
        named = [m for m in p.mentions if m.group not in (None, _UNRESOLVED)]
        group = named[0].group if named else (prev_subject if f.speaker or not p.mentions else None)
    return group


def classify(sentences: list[Sentence], taxonomy: Taxonomy, language: str = "english",
             max_points: int | None = None) -> tuple[tuple[Scored, ...], ...]:
    cats, actors, carry, local = _compile(taxonomy, language)
    known: dict[str, str] = {}  # names the article has placed, for later sentences and quotes
    private_names: set[str] = set()  # those of them who are ordinary people
    private_quote: set[int] = set()  # sentences quoting an ordinary person
    scene: str | None = None
    scene_age = 0
    stem = stemmer(language)
    pronouns = _PRONOUNS | language_data(language).pronouns  # "він", "он": the previous subject
    prepositions = _PREPOSITIONS | language_data(language).prepositions  # "з Трампом" is no agent
    cap = max_points or default_max_points(len(sentences))
    found = find_quotes(sentences, language)
    quoted = _quoted_chars(found)

    results: list[list[Scored]] = [[] for _ in taxonomy.categories]
    prev_subject: str | None = None
    idle = 0
    prev_raw: list[float] = [0.0] * len(cats)
    quote_group: dict[int, str | None] = {}
    last_quote_group: str | None = None
    by_first = {}
    for f in found:
        by_first.setdefault(f.first, []).append(f)
    indexes = [_CueIndex(cues) for cues in cats]

    for pos, sent in enumerate(sentences):
        p = _Parsed(sent.text, stem, actors, quoted.get(pos, []), known, local, scene, pronouns, prepositions)
        # A scene set at a sentence's start ("In Moscow, ...") holds for a few sentences.
        lead = [m.group for m in p.mentions if m.pos < p.lead_end and m.group not in (None, _UNRESOLVED)]
        scene, scene_age = (lead[-1], 0) if lead else (scene if scene_age < SCENE_SPAN else None, scene_age + 1)
        for m in p.mentions:
            if m.name and m.described:
                known.setdefault(m.name, m.group)
            if m.name and m.private:
                private_names.add(m.name)
        # The reporter's own question ("What does Russia want?") is a heading or a device, not
        # a point; a question someone asks in quotation marks is what they said.
        is_sentence = bool(_ENDS_SENTENCE.search(sent.text)) and not (
            sent.text.rstrip().endswith("?") and not any(p.quoted))
        for f in by_first.get(pos, []):
            last_quote_group = _quoted_actor(f, p, actors, prev_subject, last_quote_group, known,
                                             private_names)
            for k in range(f.first, f.last + 1):
                quote_group.setdefault(k, last_quote_group)
                if f.speaker and any(w in private_names for w in f.speaker.split()):
                    private_quote.add(k)
        for k, m in enumerate(p.mentions):
            if m.group == _UNRESOLVED:
                # "Residents of Belgorod said they feared": the sentence's own subject first.
                own = [o for o in p.mentions[:k] if o.agent and o.pos < m.pos and not p.aside[o.pos]]
                m.group = own[-1].group if own else prev_subject
        q_group = quote_group.get(pos)
        share = _carry_share(p, carry)

        raw = [0.0] * len(cats)
        for k, (spec, index) in enumerate(zip(taxonomy.categories, indexes)):
            total, fired = 0.0, []
            for cue in index.candidates(p):
                positions = _hits(cue, p)
                # A counter-cue is about the sentence's topic ("Russian troops advanced ...,
                # Ukraine's military said" is a battle report), whoever its agent is.
                if not spec.private_voices and pos in private_quote:
                    positions = [i for i in positions if not p.quoted[i]]
                if spec.actor and cue.weight > 0:
                    positions = [i for i in positions if not p.quoted[i]
                                 and (a := _agent_of(p, i)) is not None and a.group == spec.actor
                                 and not p.conditional(a.pos)]
                if positions:
                    total += cue.weight
                    fired.append(cue.label if cue.weight > 0 else f"-{cue.label}")
            if spec.actor and spec.quote_weight and q_group == spec.actor:
                total += spec.quote_weight
                fired.append(f"quote:{spec.actor}")
            raw[k] = total
            if share and prev_raw[k] > 0:
                total += share * prev_raw[k]
                fired.append(f"continues:{sent.index - 1}")
            if total >= spec.threshold and is_sentence:
                results[k].append(Scored(sent.index, sent.text, round(total, 4), tuple(fired)))
        prev_raw = raw
        # A sentence that names nobody ("The talks lasted five hours.") leaves the subject as
        # it was, for one sentence; "he" after two such sentences is anybody's guess.
        if q_group is not None or any(m.agent for m in p.mentions):
            prev_subject, idle = _subject(p, q_group), 0
        else:
            idle += 1
            if idle > 1:
                prev_subject = None
    return tuple(tuple(sorted(r, key=lambda s: (-s.score, s.index))[:cap]) for r in results)


class _CueIndex:
    """A category's cues by their first word, so a sentence is tried only against the cues
    that could match it: a few dozen instead of every cue of the taxonomy."""

    def __init__(self, cues):
        self.cues = list(cues)
        self.by_stem: dict[str, list[int]] = {}
        self.prefixed: list[int] = []
        for order, cue in enumerate(self.cues):
            is_prefix, first = cue.parts[0]
            if is_prefix:
                self.prefixed.append(order)
            else:
                self.by_stem.setdefault(first, []).append(order)

    def candidates(self, p: _Parsed) -> list[_Cue]:
        orders = {o for st in p.at for o in self.by_stem.get(st, ())}
        orders.update(o for o in self.prefixed if self.cues[o].parts[0][1] in p.lowered)
        return [self.cues[o] for o in sorted(orders)]  # taxonomy order, as the cues fired


def _carry_share(p: _Parsed, carry) -> float:
    for words, share in carry:
        if tuple(p.lower[: len(words)]) == words:
            return share
    return 0.0


def _subject(p: _Parsed, quote_group: str | None) -> str | None:
    """The actor a following "he"/"she"/"they" most likely stands for."""
    if quote_group is not None:
        return quote_group
    agents = [m for m in p.mentions if m.agent]
    return agents[0].group if agents else None
