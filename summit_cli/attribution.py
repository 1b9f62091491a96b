"""Who said a quote, from a language's attribution data (summit_cli/lang/<name>.toml).

For languages whose news attributes quotes by a dash and an inverted verb ("«…», —
заявив Зеленський", "“…”, – сказал Песков"), a verb before the quote ("Песков заявил:
«…»"), or a phrase with the speaker in the genitive ("за словами Сибіги", "по словам
Ушакова"), a body after "в"/"у" ("— заявили в МИД России", "У МЗС України заявили"), a
document's owner ("— йдеться у заяві МЗС") or the sentence after the quote ("Об этом
заявил Песков"). The speaker is given in the nominative a reader expects: a surname the
data knows in any case is that surname; other names after an "according to" phrase lose
their genitive ending by the data's suffix table; places in any case are never names.
A pronoun, an office alone ("— додав секретар РНБО", "Президент подчеркнул") or a
document ("говорится в заявлении") stands for the speaker of the quote before, else for
the person the sentence before names as speaking; an unnamed person keeps the article's
description ("— розповіла 45-річна вчителька з Києва").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .antecedents import Placer
    from .quotes import Found

from .text.language import data
from .lang import words as word_list
from .text.tokens import stop_words

MAX_VERB_DISTANCE = 30  # words between a speech verb and the quote it introduces
OFFICE_REACH = 4  # words before a verb among which an office can be its subject
OFFICE_SPAN = 6  # words from an office to its holder's name ("радника Трампа з національної безпеки Майка Уолца")
SPEECH_WORDS = 3  # a quote this long is someone's words, not a name in quotation marks
NAME_WINDOW = 200  # characters before a verb in which its subject is looked for
LEAD_SENTENCES = 3  # the headline and lead: an office there may be named only after it
MAX_SPEAKING_VERBS = 5  # a sentence's speaker stands next to one of its first speech verbs
QUOTES_BACK = 5  # the quotes before a quote whose speakers "він" or an office may stand for
PERSONLESS_BACK = 6  # sentences that name no one, back to the last that names a pronoun's person
PHRASE_NOUNS = 3  # lower-case words after a preposition whose phrase a name can complete
_WORD = re.compile(r"[\w'’-]+")
_QUOTE_MARK = re.compile(r"[«»„“”\"]")
_BRACKETED = re.compile(r"\([^()]{0,80}\)")
_ADJECTIVE_ENDINGS = ("ий", "ій", "ый", "ой", "ая", "яя")  # "Український лідер", "Российская сторона"
# ... and before a body's noun, neuter and short forms too ("Государственное", "Верховна", "Національне").
_BODY_ADJECTIVE_ENDINGS = (*_ADJECTIVE_ENDINGS, "ое", "ее", "на", "не", "ня")
_NAME_WORD = re.compile(r"^[A-ZА-ЯЁІЇЄҐ][\w'’-]*$")
_CAP = r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*"
# "— Зеленський.": a name alone after the dash.
_NAME_RUN = r"([A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]*){0,2})"
_BARE_NAME = re.compile(rf"{_NAME_RUN}\s*[.!]?\s*$")
_NAME_RUN_THEN = re.compile(rf"{_NAME_RUN}\s+")  # a headline's "«…»: Віткофф розповів"
# Dative and instrumental endings: "журналістам", "виданню", "репортерами".
_OBLIQUE = re.compile(r"(?:ам|ям|ом|ем|ою|ею|ові|еві|ими|ами|ями|ю)$", re.IGNORECASE)
# ", у свою чергу, ", ", в свою очередь, ": an aside of a few words before a verb.
_ASIDE = re.compile(r",(?:\s+(?:[^\W\d_]+|\d{1,3})){1,4},(?:\s+(?:[a-zа-яёіїєґ'’-]+|\d+)){0,3}\s*$")
# ", додавши", ", снова заговорив": a participle's comma, perhaps an adverb between.
_AFTER_COMMA = re.compile(r",\s*(?:[a-zа-яёіїєґ'’-]+\s+)?$")
# Relative pronouns that can be a verb's subject ("який заявив"); the oblique ones are asides only.
_RELATIVES = "который|которая|которые|котрий|котра|котрі|який|яка|які"
# A description and a comma right before a name: "жительница города, " (its last three words).
_APPOSED = re.compile(r"((?:\w+\s+){0,2}\w+),\s*$")
# A word in lower case, a name only if the data knows it ("пєсков", "путіна").
_LOWER_WORD = re.compile(r"(?<![\w'’-])[а-яёіїєґ][а-яёіїєґ'’]{2,}(?![\w'’-])")
# ", Роман Винниченко, " right before a verb: a full name set off as its description's apposition.
_APPOSED_NAME = re.compile(r",\s*([^\W\d_]+(?:\s+[^\W\d_]+){1,2}),\s*$")
# "…, який заявив": a relative pronoun as the speech verb's own subject.
_RELATIVE_SUBJECT = re.compile(rf",\s*(?:{_RELATIVES})\s+(?:\w+\s+){{0,2}}$", re.I)
# ", который снимал на видео флаги, установленные в центре Киева, " before the verb.
_RELATIVE = re.compile(
    rf",\s*(?:{_RELATIVES}|которого|которой|якого|якої)\b[^.!?;:«»„“”\"]{{1,160}},\s*$",
    re.IGNORECASE,
)
_NAME_APPOSITION_COLON = re.compile(rf"\s*({_CAP}\s+{_CAP}),\s[^:;.!?]{{1,160}}:\s*$")
# Adjective endings (Ukrainian and Russian): "Українська", "Российская", "Американский"; and the
# same adjectives in the genitive: "неназванного", "европейского", "американської".
_SIBILANT_STEM = r"(?:ськ|цьк|зьк|ск|цк)"
_ADJECTIVE_STEM = rf"(?:{_SIBILANT_STEM}|н)"
# A plural "-ние" after a vowel is a verbal noun ("Обсуждение", "Заявление"), not an adjective
# ("последние", "внутренние").
_ADJECTIVE = re.compile(
    rf"(?:{_ADJECTIVE_STEM}(?:ий|ій|ый|ая|а|е|ое|і|ые)|(?:{_SIBILANT_STEM}|(?<![аеєиіїоуюяёыэ])н)ие)$", re.IGNORECASE
)
_INSTRUMENTAL = re.compile(r"(?:ом|ем|ым|им|ім|ой|ей|ою|ею|єю)$", re.IGNORECASE)
# A name in the instrumental ("Марком", "Стармером", "Каллас" never is): endings no nominative
# given name or surname of the two languages commonly has, unlike "-им"/"-ей" (Максим, Сергей).
_NAME_INSTRUMENTAL = re.compile(r"\w{2}(?:ом|ем|ою|ею|єю)$", re.IGNORECASE)
# ... a woman's ("Каєю"): no woman's name ends so in the nominative ("Рустем" may).
_WOMAN_INSTRUMENTAL = re.compile(r"\w{2}(?:ою|ею|єю)$", re.IGNORECASE)
_GENITIVE_ADJECTIVE = re.compile(rf"{_ADJECTIVE_STEM}(?:ого|ої|ой)$", re.IGNORECASE)
_PLURAL_ENDINGS = ("и", "ы", "і")  # a noun in the plural, in Ukrainian and Russian
# An adjective in the plural opening a description: "Российские представители", "Російські військові".
_PLURAL_ADJECTIVE = re.compile(r"(?:ые|ие|[^иі]і)$", re.IGNORECASE)
# A word before a speech verb: "цинічно заявив", "раніше заявляв".
_ADVERB = re.compile(r"([^\W\d_]+)\s+")
_RUN_BREAK = re.compile(r"[,.;:!?()«»\"“”„—–]")
# "В Кремле отказались комментировать эти данные и назвали": lower-case words, no
# punctuation, between the subject and its verb. (Compiled with the rules: an English
# brief never needs them.)
_SUBJECT_TAIL = r"({_CAP}(?:\s+(?:(?:{particles})\s+)*{_CAP})*)\s+(?:(?:[a-zа-яёіїєґ'’-]+|\d{{1,2}})\s+){{0,6}}$"
# "Зеленський: «…»", "Зеленський у вечірньому відеозверненні: «…»"
_NAME_COLON = rf"(?:^|[\s(])({_CAP}(?:\s+{_CAP})?)(?:\s+[a-zа-яёіїєґ'’-]+){{0,4}}\s*:\s*$"
_AGE = re.compile(r"\d+-\w+")  # "69-летний", "45-річна"
# A word in the genitive of an adjective or a feminine or plural noun ("Північної", "Евразии").
# (and a feminine noun's, "Верховної Ради", "Госдумы", and a Ukrainian masculine one's, "Центру",
# which no given name ends so)
_GENITIVE_WORD = re.compile(r"(?:ої|ого|ії|ів|их|ой|ии|ых|[^аеиоуыэюяіїєё][иыіу])$")
# Of those, the endings no name in the nominative has ("Овального", "Верховної"; "Донской" has "-ой").
_ONLY_GENITIVE = re.compile(r"(?:ого|ої)$")
_ABBREVIATION = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,5}")  # "МЗС", "РНБО": an institution's initials
# A first name in the nominative ends so; "Германии", "України" do not.
_FIRST_NAME = re.compile(r"(?:[^аеиоуыэюяіїєё]|ій|ий|а|я|о)$", re.IGNORECASE)
# Case endings a surname may carry after its base ("Зеленськ|ого", "Умєров|а", "Кремл|е").
_CASE_ENDINGS = frozenset(
    "ого ому ими ий ій ый ым им ім ої ою ей ой ая ую ові еві ом ем ою а у е і и ю я ь є ы єю ею".split()
) | {""}


@dataclass(frozen=True)
class Context:
    """Where a quote stands, as the rules read it: the article's sentences, the one the quote
    opens in, the quotes found before it (whose speakers a pronoun or an office may stand
    for), the taxonomy's actors (which place an office: "український президент") and the
    article's people."""

    texts: list[str]
    first: int
    previous: list[Found]  # in order
    placer: Placer | None = None
    # What the English rules (quotes.py, antecedents.py) look up in the whole article, built once per article:
    known: set[str] = field(default_factory=set)  # surnames of the people named or quoted so far
    named: list[str] = field(default_factory=list)  # every person named in full
    titled: list[tuple[set[str], str]] = field(default_factory=list)  # ({"us", "president"}, "Donald Trump")
    introduced: dict[str, int] = field(default_factory=dict)  # a word after "a"/"one" -> its first sentence
    genders: dict[str, str] = field(default_factory=dict)  # surname -> "m"/"f" ("Mr", "she said")

    def earlier(self) -> Context:
        """The same, from the sentence before."""
        return replace(self, first=self.first - 1)


class Rules:
    """One language's attribution rules, compiled once."""

    def __init__(self, name: str):
        q = data(name).quotes
        # Lower-case words inside a name ("Урсула фон дер Ляйен"): a name runs on over them.
        self.particles = frozenset(w.lower() for w in q.get("name_particles", ()))
        particles = "|".join(map(re.escape, sorted(self.particles))) or "(?!)"
        self.subject_tail = re.compile(_SUBJECT_TAIL.format(_CAP=_CAP, particles=particles))
        self.name_colon = re.compile(_NAME_COLON)
        # Russian text may spell "е" as "ё" ("подчёркивает") or not: the verbs match either.
        verbs = "|".join(re.escape(v).replace("е", "[её]") for v in q.get("verbs", ()))
        # A verb, not its noun: "заявил", not "заявление", "заявлення".
        # ... nor its infinitive: "говорить о мире", "заявити про".
        infinitive = "".join(f"(?<!{re.escape(e)})" for e in q.get("infinitive_endings", ()))
        # ... nor its passive, unless listed whole: "переговоры продолжаются", "продовжується".
        self.verb = re.compile(
            rf"(?<!\w)(?:{verbs})(?!у?[еёєю]ть?ся(?!\w))(?!\w*?(?:ени[еяюи]|енн[яюі])(?!\w))\w*(?!\w){infinitive}",
            re.IGNORECASE,
        )
        self.pronouns = {p.lower() for p in q.get("pronouns", ())}
        self.complementizers = frozenset(q.get("complementizers", ()))
        self.that_after = re.compile(rf"\s*,\s*(?:{_alternation(self.complementizers)})\b", re.IGNORECASE)  # ", что …"
        relatives = "|".join(map(re.escape, q.get("relatives", ()))) or "(?!x)x"
        # ", які Трамп майже повторив,": a relative clause, to the next comma or the end
        self.relative_clause = re.compile(rf",\s*(?i:{relatives})(?!\w)[^,.;:!?]*")
        # ", що …", ", что …" right after a speech verb: what it reports, to the sentence's end.
        self.reported_clause = re.compile(rf"\s*,\s*(?:{_alternation(self.complementizers)})\s[^.;!?]*$")
        conjunction = rf"(?:{_alternation(q.get('conjunctions', ()))})"
        # "а канцлер Германии Фридрих Мерц — «полезной»": the verb said once, each subject after
        # a conjunction or a comma before a dash.
        self.gapped = re.compile(rf"(?:,|\s{conjunction})\s+((?:[\w'’-]+\s+){{0,5}}?{_CAP})\s*[—–]\s*$")
        # An acronym (of two at most) that opens its clause before the verb: a body speaking ("МЗС
        # ОАЕ заявило"); "секретар РНБО заявив" is the secretary's.
        self.acronym_subject = re.compile(
            rf"(?:^|[.;:!?]\s+|,\s+{conjunction}\s+)([A-ZА-ЯЁІЇЄҐ]{{2,}}(?:\s+[A-ZА-ЯЁІЇЄҐ]{{2,}})?)\s*$"
        )
        # A clause joined to the one before it with a comma and a conjunction: "…, а Кремль …".
        self.clause_joint = re.compile(rf",\s+{conjunction}\s+", re.IGNORECASE)
        # A verb coordinated with the one before it: "…, але підкреслив", "и отметила".
        self.coordinated = re.compile(rf"(?:^|[\s,]){conjunction}\s+(?:[a-zа-яёіїєґ'’-]+\s+)?$", re.IGNORECASE)
        self.feminine = (frozenset(q.get("feminine_pronouns", ())), tuple(q.get("feminine_endings", ())))
        self.plural = (frozenset(q.get("plural_pronouns", ())), tuple(q.get("plural_endings", ())))
        self.masculine_endings = tuple(q.get("masculine_name_endings", ()))
        self.feminine_nouns = tuple(q.get("feminine_noun_endings", ()))
        self.women = frozenset(q.get("women", ()))
        self.masculine_given_endings = tuple(q.get("masculine_given_name_endings", ()))
        # The phrase's clause, up to a comma or a quotation mark: "по словам пресс-секретаря
        # Кремля Дмитрия Пескова, ...".
        self.according = [
            re.compile(rf"(?<!\w){re.escape(a)}\s+([^,.;:!?«»„“”\"()]{{1,80}})", re.IGNORECASE)
            for a in q.get("according", ())
        ]
        # "За словами Зеленського, делегація запропонувала «…»": those that give the source's own
        # words, whatever the clause after them reports.
        self.in_words = [rx for rx, a in zip(self.according, q.get("according", ())) if a in q.get("in_words", ())]
        self.contrastive = frozenset(q.get("conjunctions", ())) - frozenset(q.get("and_words", ()))
        # "— ответил он" after "поинтересовались у Дмитриева": the one asked answers.
        self.answering = tuple(q.get("answering", ()))  # (none: startswith(()) is False)
        asking = q.get("asking", ())
        self.asked = (
            re.compile(rf"(?<!\w)(?:{_alternation(asking)})\w*\s+(?:[a-zа-яёіїєґ'’-]+\s+){{0,2}}") if asking else None
        )
        # "— пише «Експрес» з посиланням на …": those of them an outlet relays by.
        self.referring = [rx for rx, a in zip(self.according, q.get("according", ())) if a in q.get("referring", ())]
        self.according_pronoun = re.compile(
            "|".join(rf"(?<!\w){re.escape(a)}(?!\w)" for a in q.get("according_pronoun", ())) or r"(?!x)x",
            re.IGNORECASE,
        )
        self.impersonal = re.compile(
            "|".join(rf"(?<!\w){re.escape(a)}(?!\w)" for a in q.get("impersonal", ())) or r"(?!x)x", re.IGNORECASE
        )
        # "со словами Трампа о том, что «…»": whose words, then what they say, up to the quote
        self.reported_words = re.compile(
            rf"(?<!\w)(?:{_alternation(q.get('reported_words', ()))})\s+([^,.;:!?«»„“”\"()]{{1,80}}?)\s+"
            rf"(?:{_alternation(q.get('reported_that', ()))})\s[^.!?«»„“”\"]*$",
            re.IGNORECASE,
        )
        # "Слова Пескова приводит ТАСС: «…»": whose words an outlet cites, in the genitive.
        self.words_of = re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, q.get('words_of', ()))) or '(?!x)x'})\s+([^,.;:!?«»„“”\"()]{{1,80}})",
            re.IGNORECASE,
        )
        bodies = tuple(q.get("bodies", ()))
        self.institutions = frozenset(bodies)  # known, and never a person
        self.body_nouns = tuple(q.get("body_nouns", ()))
        self.body_adjectives = tuple(q.get("body_adjectives", ()))
        self.named_body = re.compile(
            rf"(?:^|\s)(?:{_any_case(q.get('named_bodies', ()))})\s+[«„“\"]([^«»„“”\"]{{2,60}})[»“”\"]\s*$"
        )
        self.people = {_base(p): p for p in (*q.get("people", ()), *bodies)}
        # A body of two words in any case: "Белого дома", "в Белом доме", "Білому домі".
        self.bodies = [p for p in q.get("bodies", ()) if " " in p]
        self.body = re.compile(
            "|".join(rf"(?<!\w)(?P<b{k}>{_forms(p)})(?!\w)" for k, p in enumerate(self.bodies)) or r"(?!x)x",
            re.IGNORECASE,
        )
        self.genitive = sorted(q.get("genitive", {}).items(), key=lambda kv: -len(kv[0]))
        self.one_of = q.get("one_of", {})
        self.locative_forms = {
            kind: sorted(q.get(f"locative_{kind}", {}).items(), key=lambda kv: -len(kv[0]))
            for kind in ("masculine", "neuter", "feminine", "nouns")
        }
        self.accusative = sorted(q.get("accusative", {}).items(), key=lambda kv: -len(kv[0]))
        self.citing = tuple(w.lower() for w in q.get("citing", ()))
        self.citing_verb = re.compile(rf"(?:{_alternation(self.citing)})\w*", re.IGNORECASE)
        self.citing_perfective = tuple(w.lower() for w in q.get("citing_perfective", ()))
        self.relaying = tuple(w.lower() for w in q.get("relaying", ()))
        self.relaying_as = frozenset(w.lower() for w in q.get("relaying_as", ()))
        self.min_words = q.get("min_words", 3)
        # Words of an unnamed source ("неназваний представник Білого дому"): the description
        # is the speaker, not the person named before.
        self.unnamed = tuple(w.lower() for w in q.get("unnamed", ()))
        self.unnamed_roles = tuple(w.lower() for w in q.get("unnamed_roles", ()))
        self.participle_endings = tuple(q.get("participle_endings", ()))  # none: endswith(()) is False
        self.unnamed_nominative = {k.lower(): v for k, v in q.get("unnamed_nominative", {}).items()}
        self.stops = stop_words(name) | self.pronouns
        self.not_names = self.stops | {w.lower() for w in q.get("not_names", ())}
        # "Коментуючи заяви ...": an adverbial participle that opens a sentence is no name.
        self.gerund_endings = tuple(q.get("gerund_endings", ()))
        self.titles = _apostrophe_forms(q.get("titles", ()))
        self.same_office = {w.lower(): tuple(group) for group in q.get("same_office", ()) for w in group}
        self.describers = tuple(w.lower().split() for w in q.get("describers", ()))
        self.others = frozenset(w.lower() for w in q.get("others", ()))
        self.not_names |= {d[0] for d in self.describers}  # "Один з них заявив": no name
        # "агентству Associated Press", "виданню «Главком»": whom the words were told.
        # "видання «Українська правда»": the name in quotation marks too.
        self.outlet_named = re.compile(
            # ("пишет международное информационное агентство Reuters": its adjectives first)
            rf"\s*(?:[a-zа-яёіїєґ'’-]+(?:ое|ая|ый|ий|ій|не|на|ні|ие|ые)\s+){{0,2}}(?i:{_alternation(q.get('outlets', ()))})\s+"
            # "Цензор.НЕТ", "kp.ru": a full stop inside a name, never the sentence's at its end
            rf"(?:[«\"“„]([^»\"”“„]{{1,40}})[»\"”“]|([A-ZА-ЯЁІЇЄҐ][\w.&-]*(?<!\.)(?:\s+[A-Z][\w.&-]*(?<!\.)){{0,3}}))"
        )
        self.outlet_words = frozenset(w.lower() for w in q.get("outlets", ()))
        self.publications = frozenset(w.lower() for w in q.get("publications", ()))
        self._outlet_stems = frozenset(w[:5] for w in self.outlet_words)  # "агентства", "видання"
        # Only the words are in any case: the name after them is capitalised, and the speaker
        # may follow it ("агентству Associated Press москвич Артем").
        self.told_words = _apostrophe_forms(q.get("told", ()))
        self.told = re.compile(
            rf"\s*(?<!\w)((?i:{_alternation(self.told_words)}))\s+"
            rf"([«\"“][^»\"”]*[»\"”]|(?:{_CAP}\s*)+)"
        )
        self.told_people = _apostrophe_forms(q.get("told_people", ()))
        self.furniture = data(name).is_furniture
        self.and_words = word_list("and_words", name)
        self.private = word_list("private_people", name)
        self.possessives = frozenset(q.get("possessives", ()))
        self.object_pronouns = frozenset(q.get("object_pronouns", ()))
        self.interlocutors = frozenset(q.get("interlocutors", ()))
        # The unnamed words that are neither an office nor an interlocutor's ("собеседник": often
        # the expert named before) are sources the article does not name ("источник", "джерело").
        self.anonymous = tuple(
            u
            for u in self.unnamed
            if u not in self.unnamed_roles and not any(i.lower().startswith(u) for i in self.interlocutors)
        )
        self.words_of_nouns = frozenset(w.lower() for w in q.get("words_of", ()))
        self.not_names |= self.possessives  # "Їхні слова передає Reuters": whose, never a name
        self.origin = word_list("origin_nouns", name)
        self.call_sign = re.compile(
            rf"(?<!\w)(?:{_alternation(word_list('call_sign_nouns', name))})\s*$", re.IGNORECASE
        )
        self.group = re.compile(rf"(?<!\w)(?:{_any_case(q.get('groups', ()))})(?!\w)")
        self.places = tuple(w.lower() for w in q.get("places", ()))
        self.prepositions = data(name).prepositions
        # "словами", "словам", "думку": the nouns "за словами", "по словам", "на думку" end on
        self.according_nouns = frozenset(a.split()[-1].lower() for a in q.get("according", ())) - set(self.prepositions)
        self.not_names |= self.prepositions  # one that opens a sentence ("Среди заявлений") too
        self.locative = frozenset(q.get("locative", ()))
        self.with_words = frozenset(q.get("with", ()))
        self.from_words = frozenset(q.get("from", ()))
        self.commentators = tuple(w.lower() for w in q.get("commentators", ()))
        self.locative_word = re.compile(rf"(?<!\w)(?:{_alternation(self.locative)})\s", re.IGNORECASE)
        # ("глава Офиса президента в свою очередь": how it spoke, a preposition and a lower-case
        # word after an office; "очільниця місії України в НАТО" keeps where the mission is)
        self.how_spoken = re.compile(rf"\s(?:{_alternation(self.locative)})\s(?=[^\W\d_A-ZА-ЯЁІЇЄҐ])")
        on = self.locative | set(q.get("on", ()))
        # "сторінку Георгія Тихого у Facebook": where something is, after the one it is of
        self.where_after = re.compile(rf"\s(?:{_alternation(on)})\s")
        at = _any_case(self.locative)
        # "в Кремле", "у МЗС України", "в Офісі президента": a body, then its genitive complement.
        self.located = re.compile(rf"\s*(?:{at})\s+({_CAP})((?:\s+[\w'’-]+){{0,3}}?)(?=\s*(?:[,.;:!?)]|$))")
        # (or where from: "Анна из Сум")
        self.located_tail = re.compile(
            rf"(?:^|(?<=[\s,]))(?:{_any_case(self.locative | self.from_words)})\s+{_CAP}(?:\s+[\w'’-]+){{0,2}}?\s*$"
        )
        # "в интервью РБК", "у розмові з Reuters", "на брифінгу в Києві": where or to whom,
        # between a subject and its verb ("Лавров в интервью РБК сказал"); never the subject.
        between = _alternation(self.locative | self.with_words)
        self.outlet_tail = re.compile(
            rf"(?:^|\s)(?:{_any_case(on)})\s+[a-zа-яёіїєґ'’-]+(?:\s+(?:{between}))?(?:\s+{_CAP}){{1,3}}\s*$"
        )
        # "у заяві МЗС України", "в заявлении Кремля", "в повідомленні на сайті Держдепартаменту":
        # the document's owner after it (and after where it was published).
        in_document = rf"\s*(?:{_alternation(self.locative)})\s+[a-zа-яёіїєґ'’-]+"
        # "в отчете аналитиков Института изучения войны": whose people wrote it may come between;
        # "в сообщении, опубликованном в Telegram-канале Зеленского": where, after a participle.
        self.document_of = re.compile(
            rf"{in_document}(?:(?:,\s+[a-zа-яёіїєґ'’-]+)?\s+(?:{_alternation(on)})\s+[\w'’-]*[a-zа-яёіїєґ])?"
            rf"(?:\s+[a-zа-яёіїєґ'’-]+(?:ов|ів|ей|ых|их))?"
            rf"\s+({_CAP}(?:\s+{_CAP})?)"
        )
        self.document_of_body = re.compile(rf"{in_document}\s+")
        # "«…» — Ушаков о встрече с Уиткоффом": a headline's dash, name and what the words are about.
        self.name_about = re.compile(rf"{_NAME_RUN}\s+(?:{_alternation(self.prepositions)})\s[^«»„“”\"]*$")
        # ", комментируя итоги встречи Путина с Уиткоффом, ", ", коментуючи переговори, ": an
        # adverbial participle's clause between the subject and its verb.
        endings = _alternation(
            set(self.participle_endings)
            | set(q.get("present_participle_endings", ()))
            | set(q.get("adjectival_participle_endings", ()))
        )
        self.participle_aside = re.compile(rf",\s*[^\W\d_]+(?:{endings})\s[^.!?;:«»„“”\"]{{1,160}},\s*$", re.IGNORECASE)
        self.forward = re.compile(
            r"\s*(?:" + ("|".join(map(re.escape, q.get("forward", ()))) or r"(?!x)x") + r")(?!\w)", re.IGNORECASE
        )

    def keeps_short(self, inner: str, after: str) -> bool:
        """A quote shorter than the usual minimum: spoken words quoted in part ("«цікава ідея»"),
        or a short saying with its dash attribution ("«Начали встречу», — написал Зеленский")."""
        if len(inner.split()) < self.min_words:
            return False
        return inner[:1].islower() or bool(
            self.verb.match(re.sub(r"^[\s,.!?…]*[—–-]+\s*", "", after, count=1))
            and re.match(r"^[\s,.!?…]*[—–-]", after)
        )

    def addressed(self, inner: str, before: str, after: str) -> bool:
        """A capitalised name in quotes right after a verb of speech and before ", что" ("рассказала
        «Новой газете», что …"): whom the words were told, an outlet, not words spoken."""
        last = (_WORD.findall(before) or [""])[-1]
        return (
            inner[:1].isupper()
            and before.rstrip() != before
            and bool(self.verb.match(last))
            and bool(self.that_after.match(after))
        )

    # -- names ---------------------------------------------------------------------------
    def known(self, word: str) -> str | None:
        """The nominative of a surname the data knows, from any of its case forms."""
        w = word.lower()
        for cut in range(0, min(4, len(w) - 2)):
            base, ending = (w[:-cut], w[-cut:]) if cut else (w, "")
            if base in self.people and ending in _CASE_ENDINGS:
                return self.people[base]
        return None

    def capitalise_known(self, text: str, quoted: list[tuple[int, int]]) -> str:
        """The text with the surnames the data knows capitalised where it writes them in lower
        case outside quotations, as some outlets write their adversary's ("Речник кремля дмитро
        пєсков"): a name all the same. Bodies stay as written ("минобороны" is how Russian spells
        it). Every character keeps its place."""

        def capital(m: re.Match) -> str:
            w = m.group(0)
            inside = any(a <= m.start() < b for a, b in quoted)
            person = not inside and self.known(w)
            return w[0].upper() + w[1:] if person and person not in self.institutions else w

        return _LOWER_WORD.sub(capital, text)

    def call_signs(self, text: str, quoted: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
        """The text with the marks around a call sign ("військовий з позивним «Сокіл»") made
        spaces, so that it reads as the soldier's name, and the quotations without it. Every
        character keeps its place."""
        chars, kept = list(text), []
        for a, b in quoted:
            if len(text[a + 1 : b].split()) <= 2 and self.call_sign.search(text, max(0, a - 40), a):
                chars[a] = " "
                if b < len(chars):
                    chars[b] = " "
            else:
                kept.append((a, b))
        return "".join(chars), kept

    def nominative(self, name: str, genitive: bool = False) -> str:
        """A name as a reader expects it: known surnames in their own form, and after
        "за словами"/"по словам" each word's genitive ending replaced; a given name and surname
        after a genitive run ("… Північної Євразії Володимир Горбач") without that run."""
        words = name.split()
        if not genitive:
            words = self._name_after_genitive(words) or words
        out = []
        for w in words:
            known = self.known(w)
            if known:
                out.append(known)
            elif genitive:
                out.append(_replace_ending(w, self.genitive) or w)
            else:
                out.append(w)
        return " ".join(out)

    def _name_after_genitive(self, words: list[str]) -> list[str] | None:
        """The given name and surname after a run in the genitive ("Інституту трансформації
        Північної Євразії Володимир Горбач", "Єврокомісії Урсула фон дер Ляєн"): whose institute
        the office is of ends where they begin. None when no name follows one."""
        last = max((j for j, w in enumerate(words[:-2]) if re.search(_GENITIVE_WORD, w)), default=-1)
        if last < 0 or any(self.known(w) for w in words[last:]):
            return None
        # ("експерт Центру Разумкова Олексій Мельник": whose name the body bears is no part of it)
        return words[max(last + 1, self._given_before(words, len(words) - 1)) :]

    def _runs(self, text: str, agents: bool = False) -> list[tuple[int, str]]:
        """Runs of capitalised words (names) with their start; an acronym ("РНБО"), a place
        ("України") or a stop word that opens a sentence ("Про", "Він") is none, punctuation
        ends a run. agents: only runs that can be a verb's subject, not one after a
        preposition ("з Андрієм Сибігою", "з Харкова")."""
        runs: list[tuple[int, str]] = []
        cur: list[str] = []
        starts: list[int] = []
        end = 0
        previous = ""
        origin = False  # the run opens right after "уроженец", "мешканка": its first word may be a place
        skipped = False  # the word before was a name left out as a preposition's object
        particles: list[tuple[str, int]] = []  # "фон дер" after a name, kept if a name follows

        def close() -> None:
            # "уроженец Гвинеи Марсель": where from, then the name ("жительница Ирина" is one)
            # ("Мешканка Ірпеня Олена": the same, the noun opening the sentence)
            skip = 1 if origin and len(cur) > 1 else 2 if len(cur) > 2 and cur[0].lower() in self.origin else 0
            # "сказал Трамп Макрону": two surnames the data knows, two people
            two = next((j for j in range(skip + 1, len(cur)) if self.known(cur[j - 1]) and self.known(cur[j])), None)
            if two:
                runs.append((starts[skip], " ".join(cur[skip:two])))
                runs.append((starts[two], " ".join(cur[two:])))
            elif cur:
                runs.append((starts[skip], " ".join(cur[skip:])))

        for m in _WORD.finditer(text):
            w = m.group(0)
            name = (
                bool(_NAME_WORD.match(w))
                and not w.isupper()  # an acronym ("РНБО") or a letter ("у соцмережі Х")
                and w.lower() not in self.not_names
                and not w.lower().endswith(self.gerund_endings)
                and not self.place(w)
            )
            joined = cur and not _RUN_BREAK.search(text, end, m.start())
            if not name and joined and w.lower() in self.particles:
                # "Урсула фон дер Ляйен", "Мохаммед бин Заид": a particle inside a name, if a
                # capitalised word follows it
                particles.append((w, m.start()))
                end = m.end()
                continue
            # a name ends where the script changes: "Telegram Зеленский", "Казахстана The New York Times"
            if name and joined and w.isascii() == cur[-1].isascii():
                cur.extend(p for p, _ in particles)
                starts.extend(at for _, at in particles)
                particles.clear()
                cur.append(w)
                starts.append(m.start())
                end = m.end()
                continue
            particles.clear()
            close()
            # "у Верховній Раді": a name after a preposition is no agent, nor are the words of its run
            after_preposition = agents and (
                previous in self.prepositions or skipped and not _RUN_BREAK.search(text, end, m.start())
            )
            opens = name and not after_preposition
            skipped = name and after_preposition
            cur, starts = ([w], [m.start()]) if opens else ([], [])
            end = m.end()
            origin = previous in self.origin
            # "в своем Telegram-канале": a possessive keeps the preposition before it in force
            # for the name after it (not an adjective: "комитета … по обороне Владимир Чижов")
            if not (w.lower() in self.possessives and previous in self.prepositions):
                previous = w.lower()
        close()
        return runs

    def place(self, word: str) -> bool:
        """A country's or a city's name in any case ("України", "Москвы"): never a speaker."""
        low = word.lower()
        stem = next((p for p in self.places if low.startswith(p)), None)
        if stem is None or self.known(word) or any(c.isdigit() for c in word):
            return False  # (a name with a number, "Киев-24", is a channel's)
        # "Україна", "Москвы": the stem and a case ending; "Украинская делегация" speaks. A
        # hyphenated word goes on after the stem only as a double surname ("Львова-Бєлова").
        return low[len(stem) :] in _CASE_ENDINGS or not ("-" in word or _ADJECTIVE.search(word))

    def name_after(self, text: str, verb: str = "") -> str | None:
        """The speaker named after a verb (`verb`, as written, when known): "заявив секретар
        РНБО Рустем Умєров" -> Рустем Умєров."""
        clause = _clause(text)
        outlet = self.outlet_named.match(clause)
        if outlet:
            return outlet.group(1) or outlet.group(2)  # "пишет издание CNN": an acronym is a name here
        rest = text[len(clause) :]
        if (
            rest.startswith(",")
            and any(w.lower() in self.titles for w in _WORD.findall(clause))
            and not any(len(r.split()) >= 2 and not self._body_run(r.split()) for _, r in self._runs(clause))
            and (_WORD.findall(rest)[:1] or [""])[0] in self.titles
        ):
            # "заявил глава Российского фонда прямых инвестиций, спецпредставитель президента РФ
            # Кирилл Дмитриев": offices in apposition; the name comes after the last.
            return self.name_after(rest[1:], verb)
        body = self.body.search(clause)
        lead = _WORD.findall(clause[: body.start()]) if body else []
        if (
            body
            and len(lead) <= 3
            and not any(w.lower() in self.titles for w in lead)
            and not (lead and self._head_noun(lead[-1]))
        ):
            # "— повідомляє Білий дім"; not "заявив радник глави Офісу президента … Сергій
            # Лещенко", where the body is whose office it is, nor "— сказав господар Білого дому",
            # whose host it is.
            return self._body_name(body)
        # "секретаря Рустема Умерова Диана Давитян": a known name in another case is whose the
        # office is; the speaker's name follows it.
        # (a name in the instrumental, "с секретарем СНБО Рустемом Умеровым", is with whom; one after
        # "агентству", "в інтерв’ю", to whom)
        found = [
            (start, r)
            for start, r in self._runs(clause, agents=True)[:4]
            if not self._instrumental(r) and not self._told_before(clause[:start])
        ]
        if found and any(w.lower() in self.titles for w in _WORD.findall(clause[: found[0][0]])):
            # "— заявил президент Казахстана The New York Times": after an office, a name in
            # another script is the outlet told, not the holder.
            found = [(start, r) for start, r in found if not (r.isascii() and not clause[:start].isascii())]
        for start, r in found:
            words = _WORD.findall(clause[:start])[-2:]
            if words and (words[-1].lower() in self.private or len(words) == 2 and words[0].lower() in self.origin):
                # "рассказал РИА Новости уроженец Гвинеи Марсель": the one described, not whom told
                return self.nominative(r)
        if found:
            start, r = found[0]
            tail = _WORD.findall(clause[start + len(r) :])[:4]
            if (
                tail
                and tail[0].lower() in self.private
                and not any(w[:1].isupper() and not self.place(w) for w in tail[1:])
            ):
                # "рассказала РИА Новости жительница Одессы": whom the words were told, then the
                # one who spoke them, described and not named.
                return " ".join(tail)
        if len(found) == 1 and not self._office_of(clause, found[0][0], found[0][1]):
            start, r = found[0]
            title = _last_word(clause[:start])
            if title in self.titles and self._body_run(r.split()):
                # "— пояснив керівник Секретаріату Коордштабу": the office of a body no one is
                # named for speaks as that office, not as the body (as before the verb), with
                # the body's words in lower case ("Координационного штаба").
                tail = list(
                    itertools.takewhile(
                        lambda w: w[:1].islower() and w.lower() not in self.stops and not self.verb.match(w),
                        _WORD.findall(clause[start + len(r) :])[:2],
                    )
                )
                return " ".join([title, r, *tail])
        runs = [self._after_oblique(r) for _, r in found]
        for r in runs:
            known = [w for w in r.split() if self.known(w) and not self._oblique(w)]
            if known:
                return self._named(r)
        # "зампред комитета Совета Федерации по обороне Владимир Чижов": a run after a noun in
        # lower case completes that noun; the name after it is the speaker's.
        complements = set()
        for k, (start, _) in enumerate(found):
            noun = (_WORD.findall(clause[:start]) or [""])[-1]
            if (
                noun[:1].islower()
                and noun.lower() not in self.titles
                and any(len(r.split()) >= 2 for _, r in found[k + 1 :])
            ):
                complements.add(k)
        runs = [r for k, r in enumerate(runs) if k not in complements] or runs
        right_after = self._after_oblique(found[0][1]) if found and not clause[: found[0][0]].strip() else None
        if (
            right_after
            and runs[0] == right_after
            and any(self.known(w) for w in right_after.split())
            and all(self._oblique(w) and not _INSTRUMENTAL.search(w) for w in right_after.split() if self.known(w))
            # (after a noun of speech, a name in the genitive is whose words: "Заяви Рустема Умєрова")
            and (len(right_after.split()) == 1 or _VERB_FORM.search(verb))
        ):
            # "назвал Зеленского «…»", "звинуватив Володимира Путіна у …": a known name right
            # after the verb in another case than the nominative is its object, not who speaks;
            # only a name in the nominative after it can be ("— сказал Зеленскому Трамп"). In the
            # instrumental it is a participle's agent ("заявленного президентом Трампом").
            subjects = [r for r in runs[1:] if not any(map(self._oblique, r.split()))]
            return self.nominative(subjects[0]) if subjects else None
        # "— сказал советник президента США Дональда Трампа и его посланник Джон Смит":
        # a known name in another case after an office is whose office it is; a name in the
        # nominative further on is its holder.
        named = [r for r in runs if len(r.split()) >= 2]
        if len(named) > 1 and any(map(self._oblique, named[0].split())):
            holder = next((r for r in named[1:] if not any(map(self._oblique, r.split()))), None)
            if holder and _office_before_name(clause, named[0], self.titles):
                return self.nominative(holder)
        for r in runs:
            if len(r.split()) >= 2:
                # "Заяви Дональда Трампа": a known name in another case gives the run's case
                return self._named(r, genitive=True) if any(map(self._oblique, r.split())) else self.nominative(r)
        if found and runs and all(self._oblique(w) and self.known(w) for w in runs[0].split()):
            # "— добавил глава офиса Зеленского": whose office it is; the office speaks, as written.
            lead = _WORD.findall(clause[: found[0][0]])
            at_title = next(
                (k for k in range(len(lead) - 1, max(-1, len(lead) - 4), -1) if lead[k].lower() in self.titles), None
            )
            if at_title is not None:
                return " ".join([*lead[at_title:], found[0][1]])
        if runs and len(runs[0].split()) == 1 and not self.known(runs[0]) and _ONLY_GENITIVE.search(runs[0]):
            return None  # "— сказал хозяин Овального кабинета": a word in the genitive is whose, not who
        return self.nominative(runs[0]) if runs else None

    def _instrumental(self, run: str) -> bool:
        """A name in the instrumental, with whom and never who speaks ("с секретарем СНБО Рустемом
        Умеровым", "з Олегом Соколовим", "з генсеком НАТО Марком Рютте"): a surname the data knows
        in that case, or a given name that ends as one does before a surname that does too or
        never changes."""
        words = run.split()
        if any(self._oblique(w) and _INSTRUMENTAL.search(w) for w in words):
            return True
        if len(words) < 2:
            return False
        given, surname = words[0], words[-1]
        if _WOMAN_INSTRUMENTAL.search(given):
            return True  # "з Каєю Каллас": no woman's name ends so in the nominative
        # (a surname the data knows that never changes ends on a vowel; "Рустем Умєров" is a
        # nominative)
        unchanging = self.known(surname) == surname and surname[-1:].lower() in "аеєиіоуюяaeiou"
        return bool(_NAME_INSTRUMENTAL.search(given)) and bool(_INSTRUMENTAL.search(surname) or unchanging)

    def _head_noun(self, word: str) -> bool:
        """A lower-case noun that a genitive after it completes ("господар Білого дому"): no
        preposition, stop word or adjective."""
        w = word.lower()
        return word[:1].islower() and w not in self.stops and w not in self.prepositions and not _ADJECTIVE.search(w)

    def _named(self, run: str, genitive: bool = False) -> str:
        """A run of capitalised words as a speaker: "Дмитрий Песков"; a known surname
        in a longer run ("столицу Германии Зеленский") stands with the word before it
        only when that word is no known name or place in another case."""
        words = run.split()
        if len(words) > 1 and words[0].lower().split("-")[-1] in self.titles and not self.place(words[1]):
            words = words[1:]  # "Міністр Олег Соколов провів …": the office that opens the sentence
            run = " ".join(words)
        known = [k for k, w in enumerate(words) if self.known(w)]
        if not known:
            return self.nominative(run, genitive)
        # The last known name: "пресс-секретарь Кремля Дмитрий Песков" is Песков's.
        k = known[-1]
        # A first name in the case of its surname ("з Андрієм Сибігою") is no nominative: only
        # the surname is given then, unless the genitive table turns both.
        nominative = genitive or words[k].lower() == str(self.known(words[k])).lower()
        g = self._given_before(words, k)
        lead = (
            " ".join(words[g:k])
            if k
            and nominative
            and not self.known(words[g])
            and words[g].lower() not in self.particles
            and _FIRST_NAME.search(words[g])
            and words[g].isascii() == words[k].isascii()
            else None
        )  # not "Telegram Зеленский"
        return self.nominative(f"{lead} {words[k]}" if lead else words[k], genitive)

    def _given_before(self, words: list[str], k: int) -> int:
        """Where the given name of the surname words[k] stands: right before it, or before the
        particles between them ("Урсула фон дер Ляйен"); -1 when k is 0."""
        g = k - 1
        while g > 0 and words[g].lower() in self.particles:
            g -= 1
        return g

    def _has_subject(self, text: str) -> bool:
        """Whether a verb after `text` has its subject there: a name, or a pronoun at most two
        words before it ("Він також підкреслив")."""
        return bool(self.name_before(text)) or any(w.lower() in self.pronouns for w in _WORD.findall(text)[-3:])

    def _body_clause(self, text: str) -> str | None:
        """ "Міністерство закордонних справ України заявило", "Кроме того, Генеральный штаб ВСУ
        сообщил", "МИД России заявил": a clause that opens on a body's noun (capitalised, at most
        one adjective before it) and goes on in lower-case words, places and initials, or on a
        body's initials and whose they are: the body, whole (a run of names would keep only its
        capitalised words, and initials make none), up to a word that names no body ("также",
        "в четверг")."""
        clause = re.split(r"[,;:—–(«»\"]", text)[-1]
        words = _WORD.findall(clause)
        if words and words[0].lower() in self.not_names and words[0].lower() not in self.pronouns:
            words = words[1:]  # "Также Министерство обороны заявило"
        body = words[:1] + list(itertools.takewhile(lambda w: w.lower() not in self.not_names, words[1:]))
        if any(w[:1].isupper() and not (w.isupper() or self.place(w)) for w in words[len(body) :]):
            return None  # "Колишній радник з … США Джон Болтон": a name further on is the subject
        words = body
        if len(words) < 2 or len(words) > 6 or not words[0][:1].isupper() or words[0].lower() in self.titles:
            return None  # ("Глава правительства заявил": an office of the body)
        if len(words[0]) > 1 and words[0].isupper() and not self.place(words[0]):
            # "МИД России заявил", "МЗС України заявило": initials and the places whose they are
            return " ".join(words) if all(map(self.place, words[1:])) else None
        noun = next(
            (k for k, w in enumerate(words[:2]) if _form_of(w, self.body_nouns) and w.lower() not in self.titles), None
        )
        if noun is None or not all(w[:1].islower() or w.isupper() or self.place(w) for w in words[1:]):
            return None
        if noun == 1 and not (words[1][:1].islower() and words[0].lower().endswith(_BODY_ADJECTIVE_ENDINGS)):
            return None  # "Генеральний штаб", not "Службовець міністерства"
        return " ".join(words)

    def name_before(self, text: str) -> str | None:
        """The subject right before a verb, at most two lower-case words away and with no
        punctuation between: "Песков заявил", "Трамп також заявив"."""
        # Only the tail: the subject stands right before its verb, and a search of a whole
        # long sentence for every verb in it would be quadratic.
        # "в интервью РБК заявил": the outlet is no subject; "на переговорах Андрей Ермак" is.
        text = self.outlet_tail.sub(
            lambda t: t.group(0) if any(self.known(w) for w in t.group(0).split()) else " ", text[-NAME_WINDOW:]
        )
        named = self.named_body.search(text)
        if named:
            return named.group(1)  # "Партія «Європейська Солідарність» заявила"
        clause_body = self._body_clause(text)
        if clause_body:
            return clause_body
        m = self.subject_tail.search(text)
        if m and self._located(text[: m.start(1)], m.group(1)):
            # "Рустем Умєров після переговорів у Флориді зазначив": where, between the subject
            # and its verb; the subject stands before it ("В Кремле заявили" has none).
            text = self.located_tail.sub(" ", text[: m.start(1)] + m.group(1))
            m = self.subject_tail.search(text)
            if m and self._located(text[: m.start(1)], m.group(1)):
                return None
        if not m:
            return None
        tail = _WORD.findall(text[m.end(1) :])
        if any(w.lower() in self.pronouns for w in tail):
            return None  # "Тональность переговоров он назвал": the pronoun is the subject
        if (
            len(tail) >= 2  # ("Український лідер назвав": the capitalised word describes the office)
            and (tail[-1] in self.titles or tail[-1] in self.private)
            and not text[: m.start(1)].strip(' \n"«„“')
            and not self.known(m.group(1).split()[0])
        ):
            # "Такий обмін територій посол вважає пасткою": the object opens the sentence; the
            # office or the person right before the verb is its subject.
            return tail[-1]
        if self._with_object(text[: m.start(1)], m.group(1)):
            # "Мерц під час пресконференції з генсеком НАТО Марком Рютте заявив": whom the
            # subject was with; the sentence's opening name speaks.
            return self._opening_subject(_unquoted(text))
        last = m.group(1).split()[-1]
        if self._oblique(last) and (not _INSTRUMENTAL.search(last) or self._after_preposition(text[: m.start(1)])):
            # "Зеленський після розмови з Умєровим заявив", "Ушаков по итогам встречи со
            # спецпосланниками президента США Дональда Трампа … заявил": a known name in another
            # case than the nominative is no subject; the sentence's opening one is.
            return self._opening_subject(_unquoted(text))
        subject_words = m.group(1).split()
        full_name = len(subject_words) >= 2 and _FIRST_NAME.search(subject_words[0])
        if self._in_phrase(text[: m.start(1)]) and not full_name:
            # "Свириденко під час виступу з трибуни Ради запевнила", "Захарова в эфире радио Sputnik
            # заявила": a word that completes a noun of a phrase a preposition opens is no subject;
            # the sentence's opening name is. A given name and a surname after the phrase are one
            # ("представитель … по сотрудничеству с зарубежными странами Кирилл Дмитриев заявил").
            opening = self._opening_subject(_unquoted(text))
            if opening and not set(opening.split()) & set(m.group(1).split()):
                return opening
        body = self.body.search(text, m.start(1))
        if (
            body
            and body.start() < m.end(1)
            and len(text[body.end() :].split()) <= 2
            and not _RUN_BREAK.search(text, body.end())
            and not self._office_before(text, body.start())
        ):
            # "Белый дом заявил": a body of several words, one capitalised ("пресс-секретарь
            # Белого дома" is its office)
            return self._body_name(body)
        runs = self._runs(m.group(1))
        if not runs:
            return None
        whole = self.body.match(text, m.start(1) + runs[-1][0])
        if whole and not self._office_before(text, whole.start()):
            # "Белый дом в отдельном заявлении уточнил": the body, whatever stands before the verb
            return self._body_name(whole)
        described = self._described(text, m.start(1), m.end(1))
        if described:
            return described
        # "Прес-секретар Путіна сказав": an office whose holder is named only by whose it is
        # speaks as that office (the person the article was speaking of), not as the owner.
        start, run = runs[-1]
        rest = _WORD.findall(m.group(1)[start + len(run) :])
        described = self._private_description([run, *rest]) if not start and rest else None
        if described:
            return described  # "Жительница Одессы рассказала": the person as the article describes them
        after = _WORD.findall(text[m.start(1) + start + len(run) :])[:1]
        if run.lower() in self.titles and after and after[0][:1].islower():
            # "Глава российской делегации заявил": an office capitalised to open the sentence,
            # whose owner follows it in the genitive (the caller's office rule reads it)
            return None
        head, *owner = run.split()
        if owner and head.lower() in self.titles and self.body.match(text, m.start(1) + start + run.index(owner[0])):
            return None  # "Очільник Офісу президента наголосив": the same, a body the owner
        office = self._office_of(text, m.start(1) + start, run)
        if office:
            return office
        # "глава Госдепартамента рассказал", "Зампред Совета Федерации России отреагировал": an
        # office of a body (in the genitive) no one is named for speaks as that office, not as the
        # body; the places after the body are the office's too.
        titled = head.lower() in self.titles  # the office opens the run, else stands before it
        title = _last_word(text[: m.start(1) + start])
        of_body = owner if titled else [head, *owner]
        if (titled or title in self.titles) and of_body and self._body_run(of_body) and not self.known(head):
            places = list(itertools.takewhile(self.place, _WORD.findall(text[m.start(1) + start + len(run) :])[:2]))
            office = " ".join([run if titled else f"{title} {run}", *places])
            return office[0].lower() + office[1:]
        # The name nearest the verb: "посланець ... Дональда Трампа Стів Віткофф заявив", "Урсула
        # фон дер Ляєн заявила".
        words = run.split()
        return self._named(" ".join(words[max(0, self._given_before(words, len(words) - 1)) :]))

    def _with_object(self, before: str, run: str) -> bool:
        """Whether a run of names is wholly governed by a "with" before it ("з генеральним
        секретарем НАТО Марком Рютте", "с британским премьером Кейром Стармером"): the words
        between are its description, and the run names one person in the instrumental (its
        given name or its last word so declined), no second name after it ("з Трампом Артем
        Дмитрук": Артем Дмитрук is the subject)."""
        between = _RUN_BREAK.split(before)[-1].split()
        at = max((k for k, w in enumerate(between) if w.lower() in self.with_words), default=None)
        if at is None or not all(w[:1].isupper() or _INSTRUMENTAL.search(w) for w in between[at + 1 :]):
            return False
        words = run.split()
        declined = next((k for k, w in enumerate(words) if _NAME_INSTRUMENTAL.search(w)), None)
        return declined is not None and len(words) - declined <= 2

    def _in_phrase(self, before: str) -> bool:
        """Whether what follows `before` completes a phrase a preposition opens, one to
        PHRASE_NOUNS lower-case words long ("з трибуни", "в інтерв’ю агентству", "в эфире радио")."""
        between = _RUN_BREAK.split(before)[-1].split()
        at = max((k for k, w in enumerate(between) if w.lower() in self.prepositions), default=None)
        if at is None:
            return False
        rest = between[at + 1 :]
        return 1 <= len(rest) <= PHRASE_NOUNS and all(w.islower() for w in rest)

    def _body_run(self, words: list[str]) -> bool:
        """Words that name a body no one is named in, as an office's owner: "Секретаріату
        Коордштабу", "Госдепартамента", "Совета Федерации России"."""
        return (
            words[0].lower().startswith(self.body_nouns)
            and not any(map(self.known, words))
            and not self._name_after_genitive(words)  # "Ради Олексій Гончаренко": his
        )

    def _office_before(self, text: str, start: int) -> bool:
        """Whether an office stands right before `start`: "глава офиса президента", "пресс-секретарь
        Белого дома" name the office's holder, not the body."""
        return _last_word(text[:start]) in self.titles

    def _located(self, before: str, run: str) -> bool:
        """ "В Белом доме заявили": one capitalised word after "в"/"у" is where a body sits
        (_body_before's), not a subject; "У Стамбулі Андрій Єрмак заявив" has one after it."""
        words = run.split()
        *earlier, prep = before.split() or [""]
        prep = prep.lower()
        if words[0].lower() in self.locative:
            prep, words = words[0].lower(), words[1:]
            earlier = []
        if prep in self.from_words:
            # "Анна из Сум рассказала": where a person named by a given name is from, not who
            return (
                len(words) == 1
                and bool(earlier)
                and earlier[-1][:1].isupper()
                and bool(_FIRST_NAME.search(earlier[-1]))
                and not self.known(words[0])
            )
        if prep not in self.locative:
            return False
        if len(words) >= 3 and (words[0].isupper() or self.place(words[0])) and self._person(" ".join(words[1:3])):
            return False  # "Посол України в США Ольга Стефанішина назвала": the name after the place
        # "Зеленський у Верховній Раді заявив", "Україна в Раді Безпеки ООН заявила": a name (one
        # the data knows, of two words, or a country's) right before "в"/"у" is the subject, and
        # all after it is where.
        subject = earlier[-2:]
        return len(words) == 1 or bool(
            subject
            and subject[-1][:1].isupper()
            and (self.known(subject[-1]) or self.place(subject[-1]) or len(subject) == 2 and subject[0][:1].isupper())
        )

    def _after_oblique(self, run: str) -> str:
        """The words after the last known name in another case: "Рустема Умерова Диана
        Давитян" -> "Диана Давитян" (the run itself when none follow)."""
        words = run.split()
        last = max((k for k, w in enumerate(words) if self._oblique(w)), default=None)
        return " ".join(words[last + 1 :]) if last is not None and last < len(words) - 1 else run

    def _office_of(self, text: str, start: int, run: str) -> str | None:
        """The office in "радник Путіна", "Посланник Путина": a title before a known name in
        another case names the office's holder by whose it is, not the owner."""
        words = run.split()
        before = _WORD.findall(text[:start])
        if len(words) == 2 and words[0].lower() in self.titles and self._oblique(words[1]):
            return words[0].lower()
        if len(words) == 1 and before and before[-1].lower() in self.titles and self._oblique(words[0]):
            return before[-1].lower()
        return None

    def _oblique(self, word: str) -> bool:
        """A name the data knows, in another case than its own ("Путіна", "Зеленського")."""
        own = self.known(word)
        return own is not None and own.lower() != word.lower()

    def _described(self, text: str, start: int, end: int) -> str | None:
        """ "Украинская делегация ... сообщила": a sentence that opens on an adjective (in
        capitals only for opening it) and its noun speaks as that description."""
        word = text[start:end]
        rest = _WORD.findall(text[end:])
        if (
            " " in word
            or text[:start].strip(' \t\n"«„“—–-')
            or self.known(word)
            or self.place(word)  # "Україна передала": a country, not an adjective
            or not _ADJECTIVE.search(word)
            or not rest
            or not rest[0].isalpha()  # "Олена, 45 років, каже": an age, no noun
            or rest[0].lower() in self.stops
            or self.verb.match(rest[0])
            # a singular adjective's noun does not end as a plural or a genitive does: "Накануне
            # встречи" is no one
            or not word.lower().endswith(("ие", "ые", "і"))
            and rest[0].lower().endswith(("и", "ы", "і", "ї"))
        ):
            return None
        return f"{word} {rest[0]}"

    def _known_in_clause(self, text: str) -> str | None:
        """The first name the data knows in the nominative in the clause after a verb ("— написал
        в Telegram Зеленский"); one known only in another case is whose office it is or to whom
        the words went, not who speaks ("— сказал советник Дональда Трампа Джон Смит")."""
        runs = [
            r
            for _, r in self._runs(_clause(text))
            if any(self.known(w) and not self._oblique(w) for w in r.split()) and not self._instrumental(r)
        ]
        return self._named(runs[0]) if runs else None

    def _unnamed_before(self, subject: str) -> str | None:
        """ "Учора неназваний американський посадовець повідомив", "Высокопоставленный чиновник
        Белого дома признал": a source the article does not name as the verb's subject, from the
        adjectives before its noun to the verb; not when a person is named in it ("представник
        Білого дому Карін Жан-П'єр")."""
        words = _WORD.findall(re.split(r"[,.;:!?()«»„“”\"—–]", subject)[-1])[-7:]
        k = next((i for i, w in enumerate(words) if w.lower().startswith(self.unnamed)), None)
        if k is None or any(self.known(w) for w in words):
            return None
        start = k
        while start and _ADJECTIVE.search(words[start - 1]) and not self.place(words[start - 1]):
            start -= 1
        if start and words[start - 1].lower() in self.prepositions:
            # "Один із чиновників … назвав": one of them, not the group; else the noun a
            # preposition governs is no subject ("він контактує з представниками Росії і вважає")
            taken = self._one_of(words[:start])
            if not taken:
                return None
            start -= taken
        end = len(words)
        while end > k + 1 and words[end - 1].lower() in self.stops:
            end -= 1  # "співрозмовник CNN також повідомив": the adverb is no part of it
        phrase = " ".join(words[start:end])
        if any(len(run.split()) >= 2 for _, run in self._runs(self.body.sub(" ", phrase))):
            return None
        return phrase[:1].lower() + phrase[1:]

    def _one_of(self, words: list[str]) -> int:
        """How many of the words before a source's noun say it is one of several: "один из",
        "один із" (a describer and the preposition), else 0."""
        if not words or words[-1].lower() not in self.prepositions:
            return 0
        opener = next((d for d in self.describers if [w.lower() for w in words[-1 - len(d) : -1]] == d), None)
        return len(opener) + 1 if opener else 0

    def _role_before(self, subject: str, at: Context) -> str | None:
        """ "Посадовець відзначив", "Представник української делегації наголосив": an office's
        noun alone, opening the sentence as the verb's subject, is the person the article was
        speaking of, when that person is named and on the side the words name."""
        words = _WORD.findall(subject)
        placer = at.placer
        if not words or placer is None or subject[:1].islower() or not words[0].lower().startswith(self.unnamed_roles):
            return None
        if any(w[:1].isupper() and not placer.group_of(w) for w in words[1:]):
            return None  # "Представник Білого дому Карін Жан-П'єр": named there
        return self._holder_on(words[1:], at, "")  # "": whom the sentences before speak of

    def _unnamed(self, text: str) -> str | None:
        """ "неназваний представник Білого дому" as the speaker: a description of a source
        the article does not name, up to the end of its clause (at most 6 words)."""
        words = _WORD.findall(re.split(r"[,.;:!?()]", text, maxsplit=1)[0])
        for k, w in enumerate(words[:4]):
            if any(w.lower().startswith(u) for u in self.unnamed):
                # "высокопоставленного американского чиновника", "высокопоставленный украинский
                # чиновник": its adjectives too (an office alone would stand for its holder)
                start = k
                while start and (_GENITIVE_ADJECTIVE.search(words[start - 1]) or _ADJECTIVE.search(words[start - 1])):
                    start -= 1
                start -= self._one_of(words[:start])  # "один из источников издания": one of them
                return " ".join(words[start : k + 6])
        return None

    def _nominative_source(self, phrase: str) -> str:
        """A source described in the genitive ("по словам неназванного европейского дипломата"),
        in the nominative up to its noun ("неназванный европейский дипломат"); the words
        after the noun say whose it is and keep their case ("представитель Белого дома")."""
        words = phrase.split()
        out: list[str] = []
        for k, w in enumerate(words):
            low = w.lower()
            if low in self.unnamed_nominative and not _GENITIVE_ADJECTIVE.search(w):
                return " ".join([*out, self.unnamed_nominative[low], *words[k + 1 :]])
            if _GENITIVE_ADJECTIVE.search(w):
                out.append(self.unnamed_nominative.get(low) or _replace_ending(w, self.genitive) or w)
                continue
            office = self._office_nominative(w)
            return " ".join([*out, office or w, *words[k + 1 :]])
        return " ".join(out)

    def _cited_source(self, phrase: str) -> str | None:
        """An unnamed source or an office after "со ссылкой на", "за словами", in the
        nominative: "представителя Белого дома" -> "представитель Белого дома", "держсекретаря
        США" -> "держсекретар США"; not "Белого" or "США" taken for a name."""
        verb = self.verb.search(phrase)  # "… представителя Белого дома сообщил": the source ends at its verb
        phrase = phrase[: verb.start()] if verb else phrase
        described = self._unnamed(phrase)
        if described:
            return self._nominative_source(described)
        words = _WORD.findall(re.split(r"[,.;:!?()«»“”\"]", phrase, maxsplit=1)[0])
        # "высокопоставленного европейского дипломата": the office's adjectives before it.
        k = next((i for i, w in enumerate(words) if not _GENITIVE_ADJECTIVE.search(w)), len(words))
        if k == len(words) or not self._office_nominative(words[k]):
            return None
        # An office in the genitive, then whose it is: "держсекретаря США", "міністра закордонних справ".
        rest = words[k + 1 :]
        run = rest[: next((j for j, w in enumerate(rest) if not _NAME_WORD.match(w)), len(rest))]
        return " ".join([self._nominative_source(" ".join(words[: k + 1])), *(run or rest[:2])])

    def _words_owner(self, tail: str) -> str | None:
        """Whose words a verb after the quote says it gives: "— приводит слова Зеленского его
        офис", "— передает РИА Новости слова Пескова" (the verb, then at most an outlet's name)."""
        words_of = self.words_of.search(tail)
        if not words_of:
            return None
        between = tail[: words_of.start()].split()[1:]
        if len(between) > 3 or not all(w[:1].isupper() for w in between):
            return None
        runs = self._runs(words_of.group(1))
        owner = self._named(runs[0][1], genitive=True) if runs else None
        return owner if owner and self._person(owner) else None

    def _source_of(self, text: str, named: str | None) -> str | None:
        """ "собеседник РБК-Украина", "источник в Кремле": an unnamed source whose outlet or
        body is the name found after the verb, as the speaker in its place."""
        unnamed = self._unnamed(text) if named and not self._person(named) else None
        return unnamed if unnamed and named and unnamed.split()[-1] == named.split()[-1] else None

    def _institution_initials(self, word: str) -> bool:
        """ "МЗС", "МИД": initials the data knows as an institution's ("США", "РФ" are a country's)."""
        return bool(_ABBREVIATION.fullmatch(word)) and self.known(word) in self.institutions

    def _country_word(self, word: str) -> bool:
        """ "України", "США", "РФ": a country, by name or initials; not a body's initials ("МЗС")."""
        return self.place(word) or bool(_ABBREVIATION.fullmatch(word)) and not self._institution_initials(word)

    def _described_office(self, who: str) -> bool:
        """ "украинский президент", "Український лідер": an office with at most two adjectives
        before it (the first capitalised at a sentence's start), naming nobody."""
        words = who.split()
        if len(words) == 4 or len(words) == 3 and words[1].lower() in self.titles:
            # "шостий глава держави", "новий очільник МЗС": the office's owner after it, a word
            # in lower case or initials
            owner = words.pop()
            if not (owner.islower() or _ABBREVIATION.fullmatch(owner)):
                return False
        return (
            1 < len(words) <= 3
            and words[-1].lower() in self.titles
            and not self._describer([w.lower() for w in words])  # "другой дипломат": someone else
            and all(w[:1].islower() or k == 0 and w.lower().endswith(_ADJECTIVE_ENDINGS) for k, w in enumerate(words))
        )

    def _office_nominative(self, word: str) -> str | None:
        """ "держсекретаря" -> "держсекретар", "госсекретаря" -> "госсекретарь": an office in the
        genitive; "дипломатів" -> "дипломати" by the data's table of sources."""
        low = word.lower()
        if low in self.unnamed_nominative:
            return self.unnamed_nominative[low]
        if low[-1:] not in ("а", "я"):
            return None
        for stem in (word[:-1], word[:-1] + "ь"):
            if stem.lower() in self.titles:
                return stem
        return None

    def known_body(self, text: str) -> str | None:
        """The body of several words a text opens with, in the nominative ("Белого дома" ->
        "Белый дом")."""
        return self._body_name(self.body.match(text.strip()))

    def _body_name(self, m: re.Match | None) -> str | None:
        """The nominative of the body a match of `self.body` found (its group is "b<index>")."""
        return self.bodies[int(m.lastgroup[1:])] if m and m.lastgroup else None

    def _before_with(self, phrase: str) -> str:
        """A phrase up to its first "с"/"з" (with): whom it names after that is someone else."""
        words = phrase.split()
        cut = next((k for k, w in enumerate(words) if w.lower() in self.with_words), len(words))
        return " ".join(words[:cut])

    def _according(self, phrase: str) -> str | None:
        """The nominative of the name after "за словами": its capitalised words only
        ("за словами генерала" names nobody: a description)."""
        phrase = self._before_with(phrase)
        body = self.known_body(phrase)
        if body:
            return body
        acronym = _OPENING_ACRONYM.match(phrase)
        if acronym and acronym.group(1).isascii():
            # "по данным CBS", "за даними NBC News": an outlet's or a body's initials in Latin
            # letters (Cyrillic ones may be a country's: "США", "РФ")
            return acronym.group(1)
        runs = [r for _, r in self._runs(phrase)]
        known = [r for r in runs if any(self.known(w) for w in r.split())]
        described = self._cited_source(phrase)
        if described and not known and not any(len(r.split()) >= 2 for r in runs):
            return described  # "за словами політолога Володимира Фесенка" names him: the run wins
        if not runs:
            return None
        # A person before an institution: "пресс-секретаря Кремля Дмитрия Пескова" is Песков.
        return self._named((known or runs)[-1], genitive=True)

    def persons(self, text: str) -> list[str]:
        """Names in a sentence, in order, as the speaker of a later quote may be."""
        out = []
        for start, run in self._runs(text):
            if self._office_of(text, start, run):
                continue  # "радник Путіна": Putin only owns the office
            words = run.split()
            if words[0].lower().startswith(self.body_adjectives):
                continue  # "представників Збройних Сил України": a body, no one's name
            # "Пенсионер Сергей", "69-летний Сергей", "киянка Олена": an ordinary person, named
            # by first name after the word for who they are or their age.
            private = words[0].lower() in self.private and len(words) > 1
            if private:
                run = " ".join(words[1:])
            before = _last_word(text[:start])
            if run.isascii() and before in self.prepositions:
                continue  # "у Facebook", "в Telegram", "на X": where words appeared, not who spoke
            # (one person: "мешканці Добропілля" are residents of a place)
            # "Еще одна жительница города, Наташа, …": the description, then the name in apposition.
            described_as = _APPOSED.search(text[:start])
            appositive = [
                w for w in (described_as.group(1).lower().split() if described_as else ()) if w in self.private
            ]
            if appositive:
                before = appositive[-1]
            one = before in self.private and not before.endswith(("и", "і", "ы"))
            described = private or one or _AGE.fullmatch(before)
            known = [w for w in run.split() if self.known(w)]
            if known or len(run.split()) >= 2 or re.match(r"^[A-Z]", run) or described:
                out.append(self._named(run))
        return out

    def speaks(self, text: str) -> bool:
        """Whether a text, its quotations aside, has a verb of speech or a source's phrase ("по
        словам", "за даними")."""
        plain = _unquoted(text)
        return bool(self.verb.search(plain)) or any(rx.search(plain) for rx in self.according)

    def speaking(self, text: str) -> str | None:
        # Who acts in a relative clause ("…, які Трамп майже повторив") is not who speaks.
        return self._speaking(self.relative_clause.sub(",", _unquoted(text)))

    def _reports(self, text: str, at: int) -> bool:
        """Whether a complementizer ("що", "что", "that") stands between the sentence's first
        speech verb and `at`: a verb there is the reported clause's."""
        first = self.verb.search(text)
        return first is not None and any(
            w.lower() in self.complementizers for w in _WORD.findall(text[first.end() : at])
        )

    def _office_with_object(self, text: str, verb: re.Match) -> bool:
        """ "Также представитель МИД России охарактеризовала скандал с участием бизнесмена Тимура
        Миндича как …": an office before the verb is its subject, and a lower-case word after it
        opens its object; a name further on is the object's, not who speaks."""
        before = list(_WORD.finditer(text[: verb.start()]))[-OFFICE_REACH:]
        office = next((w for w in reversed(before) if w.group(0).lower() in self.titles), None)
        after = _WORD.findall(text[verb.end() :])[:1]
        return (
            office is not None
            and not _RUN_BREAK.search(text, office.end(), verb.start())  # (not an aside's)
            and bool(after)
            and after[0][:1].islower()
            and after[0].lower() not in self.titles
        )

    def _pronoun_led(self, text: str, verb_start: int) -> bool:
        """Whether a pronoun is one of the two words before a speech verb ("Так он ответил")."""
        return any(w.lower() in self.pronouns for w in _WORD.findall(text[:verb_start])[-2:])

    def _within_report(self, text: str) -> bool:
        """A sentence led by a pronoun's speech verb whose reported clause has a speech verb of its
        own ("Він додав, що Трамп сказав «багато деталей»")."""
        plain = _unquoted(text)
        verbs = list(self.verb.finditer(plain))
        return len(verbs) > 1 and self._pronoun_led(plain, verbs[0].start()) and self._reports(plain, verbs[-1].start())

    # One Rules object per language lives as long as the process: the cache cannot leak it.
    @lru_cache(maxsize=4096)  # noqa: B019 - the sentence before is asked about by every quote after it
    def _speaking(self, text: str) -> str | None:
        """The one who speaks in a sentence: one whose words it cites ("з посиланням на
        заяву Умєрова"), the owner of a document it cites ("говорится в пресс-релизах Белого
        дома"), else a person next to a speech verb, else the last person named."""
        owner = self._document_owner(text)
        if owner:
            return owner
        for rx in self.according:
            m = rx.search(text)
            # "со ссылкой на разговор … с президентом США Дональдом Трампом": the one spoken with
            # is no source.
            if m and any(self.known(w) for w in self._before_with(m.group(1)).split()):
                return self._according(m.group(1))
            cited = self._cited_source(m.group(1)) if m else None
            if cited:
                return cited  # "со ссылкой на представителя Белого дома"
        found = []
        spoken_of = False  # the verb's subject is someone named before: a pronoun, an office
        for _, m in zip(range(MAX_SPEAKING_VERBS), self.verb.finditer(text)):
            if self._pronoun_led(text, m.start()):
                spoken_of = True
                continue  # "Так он ответил журналисту Павлу Зарубину": the speaker is whom "он" is
            if _last_word(text[: m.start()]) in self.complementizers or spoken_of and self._reports(text, m.start()):
                # "Зеленский … вопреки тому, что говорил Трамп", "Він додав, що Трамп сказав …":
                # the clause's, not the sentence's
                continue
            # "сообщает портал Axios", "заявил пресс-секретарь президента России Дмитрий Песков"
            who = self.name_before(text[: m.start()]) or self._name_past_aside(text[: m.start()])
            if not who and self._office_with_object(text, m):
                spoken_of = True  # the office speaks, its holder named before
                continue
            if not who or len(who.split()) < 2 and not self.known(who):
                # "Об этом в эфире Первого канала заявил пресс-секретарь Дмитрий Песков": a
                # lone unknown word before the verb loses to the full name after it.
                after = self.name_after(text[m.end() :], m.group(0))
                if after and (not who or len(after.split()) >= 2):
                    who = after
            if not who:
                who = self._body(text[m.end() :])  # "Об этом сообщили в Министерстве обороны РФ"
            if not who:
                # "Об этом рассказала жительница Одессы": a private person, described after the verb
                who = self._private_description(_WORD.findall(_clause(text[m.end() :], asides=False)))
            if not who:
                # "Двоє високопосадовців розповіли, що …": people described, opening the sentence
                described = self._described_subject(text[: m.start()])
                if described and text.lstrip().lower().startswith(described.lower()):
                    who = described
            if who:
                found.append(who)
        # "Лори Бристоу заявил, что …, передает Sky News": an outlet relays the words of the
        # person the sentence names.
        person = next((w for w in found if not self._outlet(w, text)), None)
        if person or found and not spoken_of:
            return person or found[0]
        if spoken_of:
            # "Об этом он сказал …, передает Цензор.НЕТ": he spoke; the outlet only relays.
            return None  # "Він підкреслив, що …, а за оцінкою Марка Рубіо …": Rubio is no speaker
        # The sentence's subject before anyone else it names: "Рубіо зустрівся з Сибігою".
        # A name the data knows before any other capitalised run: "до Саудівської Аравії" is a place.
        # A first name in another case is an object: "в интервью журналисту Павлу Зарубину".
        # "Было сказано, что его страна готова … Владимира Путина": with no one before it, those
        # named in what a verb of speech reports are what is said, not who says it.
        verb = self.verb.search(text)
        that = verb and next(
            (w for w in _WORD.finditer(text, verb.end()) if w.group(0).lower() in self.complementizers), None
        )
        if verb is None:
            # "Огризко не виключив, що Трамп … може …": with no verb of speech, a clause after
            # ", що" is what the sentence's subject holds, not who holds it.
            that = next(
                (
                    w
                    for w in _WORD.finditer(text)
                    if w.group(0).lower() in self.complementizers and text[: w.start()].rstrip().endswith(",")
                ),
                None,
            )
        scope = text[: that.start()] if that else text
        # A name the data knows in another case is no subject ("після інтерв’ю Кислиці заявили").
        runs = self._runs(scope)
        oblique = {self.known(w) for _, run in runs for w in run.split() if self._oblique(w)}
        instrumental = {self._named(run) for _, run in runs if self._instrumental(run)}  # "з Каєю Каллас"
        people = [
            p
            for p in self.persons(scope)
            if (len(p.split()) < 2 or _FIRST_NAME.search(p.split()[0]))
            and not oblique & set(p.split())
            and p not in instrumental
        ]
        known = [p for p in people if any(self.known(w) for w in p.split())]
        return self._opening_subject(text) or ((known or people)[-1] if people else None)

    # -- attribution ---------------------------------------------------------------------
    def attribute(
        self, before: str, after: str, at: Context, last: int | None = None, short: bool = False
    ) -> str | None:
        """The speaker of a quote, from the text before and after it in its sentences and where
        it stands (`at`; `last`: the sentence it closes in), to resolve "він" and descriptions.
        An office alone ("Президент підкреслив") stands for the person the article was
        speaking of; a quote with no attribution of its own is the one the next sentence
        names ("«…». Об этом заявил Песков."). A `short` quote (fewer than three words) takes no document's owner from the
        sentences before: with no attribution of its own it is a term."""
        texts, first = at.texts, at.first
        # "… з Трампом (про яку говорив Трамп – ред.) «…»": an aside in brackets never speaks.
        before = _BRACKETED.sub(" ", before)
        who = self._attribute(before, after, at) or self._closing_attribution(after)
        if who and before.strip() and self._outlet(who, after) and self.verb.search(_unquoted(before)):
            # "Трамп заявил, что …, призвав его «…», сообщает Bloomberg": the outlet relays the
            # words of the one who speaks in the sentence before the quote.
            speaker = self.speaking(before)
            if speaker and self._person(speaker) and not self._outlet(speaker, before):
                who = speaker
        if who is None and before.rstrip().endswith(":"):
            # "Ранее Зеленский категорически отверг возможность уступок: «…»": whatever its
            # verb, the subject of the words that open the quote.
            who = self._opening_subject(_unquoted(before))
        if who is None and first and not before.strip() and texts[first - 1].rstrip().endswith(":"):
            # "На вопрос журналистов он ответил:" closing the sentence before: its speaker's words.
            who = self._attribute(texts[first - 1] + " ", "", at.earlier())
            if who and self._outlet(who, texts[first - 1]):  # "Бристоу заявил, …, передает Sky News:"
                who = self.speaking(texts[first - 1]) or who
            who = who or self._opening_subject(_unquoted(texts[first - 1]))  # the same, a sentence before
        nxt = (first if last is None else last) + 1
        # "«…». Втім, поки невідомо, … . Про це заявив Трамп": a sentence between that quotes
        # no one and has no verb of speech leaves the words to the one named after it.
        between = nxt < len(texts) and not _QUOTE_MARK.search(texts[nxt]) and not self.verb.search(texts[nxt])
        for k in (nxt, nxt + 1) if between else (nxt,):
            if who is None and k < len(texts) and self.forward.match(texts[k]):
                who = self.speaking(texts[k])
                if who and self._outlet(who, texts[k]) and k == nxt:
                    # "Кремль зберігає «…». Про це пише Reuters.": the outlet relays what the
                    # quote's own sentence says its subject holds.
                    who = self._sentence_subject(before, at) or who
        lead = _WORD.findall(before)
        if (
            who is None
            and first
            and (
                not lead
                or len(lead) <= 2
                and all(w.lower() in self.not_names for w in lead)
                and not self._after_preposition(before)
            )
            and not self.verb.search(after)
        ):
            # "Зеленський повідомив, що ... «Ми домовилися ...»": a quote that stands alone
            # after a sentence of speech is that sentence's speaker's, after a connective too
            # ("Однако «Россия не желает…»").
            prev = _unquoted(texts[first - 1])
            verb = self.verb.search(prev)
            quoted = [
                f.speaker
                for f in at.previous
                if f.last == first - 1 and f.speaker and len(f.text.split()) >= SPEECH_WORDS  # not "Слуга народу"
            ]
            # The sentence before quotes someone: its quote's speaker, as found there, goes on.
            who = quoted[-1] if quoted else self.speaking(prev) if verb else None
            if verb and who is None and not quoted:
                office = self._office_speaking(prev)
                # "Окремо зупинилися на …, вказала премʼєрка. «…»": the one the article introduced
                # with the office; "Глава украинского государства прокомментировал …": an office
                # and where it is stand for its holder, as after a quote ("— сказал глава …").
                # ("На пресс-конференции в Анкаре президент Турции заявил …": the office that stands
                # right before the verb, after whatever opens the sentence.)
                if office:
                    who = self._introduced(office, at)
                else:
                    lead = [w for w in _WORD.findall(prev[: verb.start()]) if w.lower() not in self.not_names]
                    title = max((k for k, w in enumerate(lead) if w.lower() in self.titles), default=None)
                    if title is not None and 1 <= len(lead) - title - 1 <= 3:
                        who = self._holder(lead[title + 1 : title + 3], at, before, office=lead[title])
            if who and not quoted and first >= 2 and self._outlet(who, prev):
                # "Про це заявив Марк Рютте. Про це повідомляють Контракти.UA. «…»": the outlet
                # relays the sentence before it, whose speaker goes on.
                earlier = _unquoted(texts[first - 2])
                who = self.speaking(earlier) if self.verb.search(earlier) else None
            pronoun_led = verb and any(w.lower() in self.pronouns for w in _WORD.findall(prev[: verb.start()]))
            # "При цьому підкреслив, що …": a verb of speech with no subject goes on with the
            # speaker before, as "він" would.
            lead_words = _WORD.findall(prev[: verb.start()]) if verb else []
            subjectless = (
                verb is not None
                and len(lead_words) <= 3
                and all(w[:1].islower() or w.lower() in self.not_names for w in lead_words)
            )
            according = self.according_pronoun.search(prev)
            if who is None and (pronoun_led or according or subjectless):
                # "… він називає змаганням за симпатії Трампа. «…»", "По ее словам, … . «…»":
                # whom the pronoun stands for ("ее": a woman).
                # Only what comes before the pronoun can be whom it stands for, not the people
                # the sentence goes on to speak of ("По его словам, … Трампа и Зеленского.").
                head = prev[: according.start() if according else verb.start() if verb else 0]
                pronoun = _WORD.findall(according.group(0) if according else head)
                form = self.form(*pronoun[-2:])
                # "Кислица рассказал, что … . Следовательно, … . Также … . По его словам, … . «…»":
                # _resolve reads the two sentences before; the one speaking in the sentence before
                # those, when they name no one.
                who = self._resolve(at.earlier(), head, form=form) or (
                    self._speaker_of([texts[first - 4]], False, form, at) if first >= 4 else None
                )
            sources = [m for rx in self.according for m in rx.finditer(prev)] if who is None else []
            at_source = first - 1
            # (a verb of speech whose speaker is no one, "…, що лише підкреслює …", names no one either)
            if (
                who is None
                and not sources
                and not pronoun_led
                and first >= 2
                and not _QUOTE_MARK.search(texts[first - 1])
            ):
                # "За словами Єрмака, Україна вже розпочала роботу … . Зокрема, йде розробка … .
                # «…»": a sentence between that goes on with the account, naming no one.
                earlier = _unquoted(texts[first - 2])
                if not self.persons(prev):
                    sources = [m for rx in self.according for m in rx.finditer(earlier)]
                    at_source = first - 2
            if sources:
                # "За словами Кислиці, переговори тривають щодня. «…»": the one named there.
                source = min(sources, key=lambda m: m.start())
                who = self._according(source.group(1)) or self._outlet_source(
                    source.group(1), replace(at, first=at_source), _unquoted(texts[at_source])[: source.start()]
                )
                if who is None or who[:1].islower():
                    # "За словами голови держави, … . «…»", "за словами експерта": a description
                    # stands for the one the article was speaking of before it.
                    spoken = self._resolve(replace(at, first=at_source), _unquoted(texts[at_source])[: source.start()])
                    who = spoken if spoken and self._person(spoken) else who
            if who is None and not short and not pronoun_led:
                # "Умєров зазначив, що … . На жаль, російська сторона намагалась … . Але тиск
                # спрацював. «…»": sentences between that name no one and quote nothing go on
                # with the last one that names a person speaking.
                who = self._speaking_before(at)
        if who is None and first and not short and not self.verb.search(_unquoted(before + " " + after)):
            # "За словами Трампа, мета саміту — … . Одним із пунктів може стати угода, яка
            # передбачає «…»": a sentence with no verb of speech goes on with the account the
            # sentence before opened.
            who = self._account_before(texts[first - 1])
        if who is None:
            who = self._stated(_unquoted(after), at, before, short)
        if who is None and not short:
            who = self._sentence_subject(before, at)
        if who and who.lower() in self.titles:
            placed = self._placed_office(who, before, at)
            if placed:
                return placed
            # "Министр отметила": the verb says whether the office's holder is a woman.
            verbs = [m.group(0) for m in self.verb.finditer(_unquoted(before + " " + after))]
            form = self.form(verbs[0]) if verbs else None
            resolved = self._resolve(at, before, form=form if form == "f" else None)
            if resolved and not self._holds(who, resolved, at):
                # "Президент Остап Гнатюк заявив … . До делегації увійшли … Іван Коваль. «…», –
                # наголосив президент": the one the article introduced
                # with the office, when the one spoken of last never held it.
                holder = self._introduced(who, at, as_written=True)
                return holder if holder and self._person(holder) else resolved
            return resolved or self._introduced(who, at)
        if who and who.lower() in self.outlet_words:
            return self._outlet_meant(at, before) or who  # "— зазначає видання"
        words = who.split() if who else []
        # "— наголосив ексглава МЗС": a description by an institution's initials ("телеканал CBS" is an
        # outlet; "чиновник США", an unnamed official of a country)
        initials = (
            len(words) == 2
            and words[0].islower()
            and self._institution_initials(words[1])
            and not self._outlet_word(words[0])
        )
        if (
            who
            and (
                len(words) == 1
                or len(words) == 2
                and who.islower()
                and self._outlet_word(words[1])
                or initials
                or words[0].lower() in self.private  # "Жительница Одессы отметила"
            )
            and (who.islower() or words[0].lower() in self.private or initials)  # "Женщина отметила, …. «…»"
            and not self.group.fullmatch(who)
        ):
            # "— сказал чиновник", "— заявив співрозмовник", "— сказала собеседница агентства":
            # the one the article was speaking of. A description stands for a person, or for
            # one described as a private person before ("жительница Одессы"): "Співрозмовник"
            # before it is no one named.
            if words[0].lower().startswith(self.anonymous):
                return who  # "Как сообщил источник, …": a source is not whom the article named before
            named = self._resolve(at, before, form="f" if words[0].endswith(self.feminine_nouns) else None)
            named = self._full_name(named, at) if named else None  # "— отметила Ольга": Ольга Козуб
            if len(words) == 2 and self._outlet_word(words[1]):
                # "собеседница агентства": only a private person described before
                return named if named and named.split()[0].lower() in self.private else who
            if named and words[0].lower() in self.private and any(self.known(w) for w in named.split()):
                return who  # "— предложил киевлянин": a private person is no one the data knows
            return named if named and (self._person(named) or _spoke_before(named, at)) else who
        if who and self._described_office(who):
            # "— отметил украинский президент": the person the article was speaking of, as
            # an office alone stands for, unless the taxonomy's actors (`placer`) place them
            # elsewhere; then the one person named whom they place there; else the description.
            return self._holder(who.split()[:-1], at, before, office=who.split()[-1]) or who
        if who and all(self.place(w) for w in _WORD.findall(who)) and not self.group.fullmatch(who):
            return None  # "Вашингтона", "Російській Федерації": where, never who ("американцы" speak as a group)
        if (
            who
            and len(words) >= 2
            and words[-1].islower()
            and not self._person(who)
            and not any(w.lower().startswith(self.anonymous) for w in _WORD.findall(_unquoted(before)))
        ):
            # "Американский переговорщик заявил: «…»": a side's epithet before the verb stands for
            # the person on that side the article is speaking of, as after a dash it does ("…,
            # пожелавший остаться анонимным, сказал": no one the article names).
            holder = self._epithet_holder(who, at, "")  # (whom the sentences before spoke of)
            if holder:
                return holder
        return (self._complemented(words, at) or self._full_name(who, at)) if who else who

    def _complemented(self, words: list[str], at: Context) -> str | None:
        """ "— зазначив гість ефіру", "— сказал сотрудник ИСКРАН": a noun and what completes it
        stand for the one person a sentence before names beside that complement ("заявив в ефірі
        Ранок.LIVE … Дмитро Снєгирьов"); not an unnamed source ("представитель Кремля")."""
        if len(words) != 2 or not words[0][:1].islower():
            return None
        head = words[0].lower()
        if head in self.private or head.startswith(self.unnamed) or len(words[1]) < 3:
            return None
        complement = re.compile(rf"(?<!\w){re.escape(_stem(words[1]))}", re.IGNORECASE)
        for k in range(at.first - 1, max(-1, at.first - 1 - PERSONLESS_BACK), -1):
            text = _unquoted(at.texts[k])
            if complement.search(text):
                people = {p for p in self.persons(text) if len(p.split()) >= 2 and self._person(p)}
                return people.pop() if len(people) == 1 else None
        return None

    def _closing_attribution(self, after: str) -> str | None:
        """ "«…», Донбасс останется территорией России, заявил Ушаков.": an inverted verb and
        its speaker closing the sentence, after the words the quote opens."""
        if "," not in after or _QUOTE_MARK.search(after):
            return None
        words, clause = after.rsplit(",", 1)
        if self.verb.search(words):
            return None  # "«…» сказал Зеленский, которого цитирует РБК-Украина": the verb before speaks
        clause = clause.strip()
        verb = self.verb.match(clause) or self._verb_after_adverbs(clause)
        return self.name_after(clause[verb.end() :]) if verb else None

    def outlet_names(self, text: str) -> list[str]:
        """The names a text gives outlets, in order ("видання «Українська правда»", "агентство
        Associated Press")."""
        return [m.group(1) or m.group(2) for m in self.outlet_named.finditer(text)]

    def _outlet_word(self, word: str) -> bool:
        """ "агентства", "видання": a word for an outlet, in any case."""
        return word.lower()[:5] in self._outlet_stems

    def _outlet_source(self, phrase: str, at: Context, before: str) -> str | None:
        """ "За даними видання, …", "По данным издания, …": the outlet the article just named."""
        first = _WORD.findall(phrase)[:1]
        return self._outlet_meant(at, before) if first and self._outlet_word(first[0]) else None

    def _outlet_meant(self, at: Context, before: str) -> str | None:
        """The outlet "видання" / "издание" stands for: the one the article named just before
        ("пише видання «Українська правда»", "Про це пише The Wall Street Journal"), else the
        last one it named at all (a translated article names its source once, at the top: "как
        пишет Berliner Zeitung")."""
        near = (before, *reversed(at.texts[max(0, at.first - 2) : at.first]))
        for text in near:
            named = self._outlet_in(text)
            if named:
                return named
            who = self.speaking(text) if text.strip() else None
            if who and self._outlet(who, text):
                return who
        return next(filter(None, map(self._outlet_in, reversed(at.texts[: max(0, at.first - 2)]))), None)

    def _outlet_in(self, text: str) -> str | None:
        """The outlet a text names: with an outlet's word ("видання «…»"), else in Latin letters
        right after a verb ("Про це повідомляє The Wall Street Journal з посиланням на …": the
        outlet, not whom it cites)."""
        named = self.outlet_names(text)
        if named:
            return named[-1]
        for verb in self.verb.finditer(text):
            after = self.name_after(text[verb.end() :])
            if after and after.isascii():
                return after
        return None

    def _full_name(self, who: str, at: Context) -> str:
        """A first name alone ("— отметила Ольга") is the person the article named in full
        with it ("историю Ольги Козуб из Винницы"), the nearest before; in the nominative."""
        if " " in who or len(who) < 4 or not who[:1].isupper() or who.isupper():
            return who
        spelt = self._spelt_as_named(who, at)
        if spelt:
            return spelt
        if self.known(who):
            # "Путин" of a headline or a lead, where the article goes on to name "Владимир Путин":
            # the one person it names in full with that surname, in the nominative.
            full = {run for text in at.texts for _, run in self._sentence_runs(text) if run.split()[1:] == [who]}
            if len(full) != 1:
                return who
            named = full.pop()
            # ("Прем’єр-міністр Юлії Свириденко зустрілася": a given name in another case)
            return named if _FIRST_NAME.search(named.split()[0]) else self.nominative(named, genitive=True)
        # The same given name in another case: its stem and a case ending ("Ольги" for "Ольга",
        # "Андрія" for "Андрій"), not any name it opens ("Андрей" is not "Анна")
        low = who.lower()
        stem = low[:-1] if low[-1] in "аяоеиыіуюьй" else low
        for text in reversed(at.texts[: at.first + 1]):
            for _, run in reversed(self._sentence_runs(text)):
                words = run.split()
                first = words[0].lower()
                same = first.startswith(stem) and first[len(stem) :] in _CASE_ENDINGS
                if len(words) < 2 or not same or any(map(self.place, words)):
                    continue
                rest = " ".join(words[1:])
                return f"{who} {rest if words[0] == who else self.nominative(rest, genitive=True)}"
        return who

    # Every quote's speaker looks back over the sentences before it: each is read once.
    @lru_cache(maxsize=4096)  # noqa: B019 - one Rules object per language lives as long as the process
    def _sentence_runs(self, text: str) -> tuple[tuple[int, str], ...]:
        """A sentence's capitalised runs, its quotations left out."""
        return tuple(self._runs(_unquoted(text)))

    def _spelt_as_named(self, surname: str, at: Context) -> str | None:
        """A surname spelt otherwise than where the article named the person in full ("—
        зазначив Умеров" after "Рустем Умєров"): the full name as the article gave it, when one
        person's surname has the same `spelling`."""
        key = spelling(surname)
        found = {
            run
            for text in at.texts[: at.first + 1]
            for _, run in self._sentence_runs(text)
            if len(run.split()) >= 2 and run.split()[-1] != surname and spelling(run.split()[-1]) == key
        }
        return found.pop() if len(found) == 1 else None

    def _after_preposition(self, text: str) -> bool:
        """Whether a text ends on a preposition, so that what follows it is governed: a name
        ("після розмови з Умєровим") or a quote ("у «мирному плані»", "про «…»") is then the
        clause's object, never its subject nor words spoken."""
        return _last_word(text) in self.prepositions

    def _outlet(self, who: str, text: str) -> bool:
        """Whether a sentence's speaker is an outlet relaying someone: a name in Latin letters
        ("Sky News", "Reuters") or the one after a relaying verb ("передає Цензор.НЕТ")."""
        if who.isascii() or re.search(rf"(?<!\w){re.escape(who)}\.[A-Za-z]{{2,3}}\b", text):
            return True  # "Reuters", "Контракти.UA": a site's name
        at = text.find(who)
        while at > 0:
            before = text[:at].split()
            while len(before) > 1 and (before[-1][:1].isupper() or before[-1].isdigit()):
                before.pop()  # "передает РИА Новости", "передає 24 Канал": the outlet's name before the word found
            if before and before[-1].lower().startswith(self.relaying):
                return True
            if (
                len(before) > 1
                and before[-2].lower() in self.relaying_as
                and self.verb.fullmatch(before[-1])
                and not any(map(self.known, who.split()))
                and not self._person(who)  # "Як розповів Володимир Фесенко": a person tells
            ):
                return True  # "Як повідомляє Вісник, про це Гнатюк написав": the outlet relays
            at = text.find(who, at + 1)
        return False

    def form(self, *words: str) -> str | None:
        """Whom a pronoun or a verb in the past can stand for: "f" a woman ("вона", "сказала"),
        "p" more than one ("вони", "заявили"), "m" a man or one body ("він"), None anyone; the
        first word that tells."""
        for word in map(str.lower, words):
            for mark, (pronouns, endings) in (("f", self.feminine), ("p", self.plural)):
                if word in pronouns or word.endswith(endings):
                    return mark
            if word in self.pronouns:
                return "m"  # "він": a man, or one body the data does not mark
        return None

    def agrees(self, who: str, form: str | None) -> bool:
        """Whether a speaker can be whom a pronoun or a verb of `form` stands for: not a man's
        name for a woman ("сказала вона" is not Трамп), not one person named for "вони", not
        people described in the plural for "він" or "вона"."""
        if form == "p":
            return not self._person(who)
        words = who.split()
        if form and len(words) > 1 and _PLURAL_ADJECTIVE.search(words[0]) and not self._person(who):
            return False  # "Российские представители …. «…», — добавил он": someone else
        if form and len(words) == 1 and who.islower() and who.endswith(_PLURAL_ENDINGS):
            return False  # "… со ссылкой на источники. «…», — написал он": not the sources
        if form == "m":
            # "Українська сторона", "влада": a noun in the feminine is no "він" (a title is:
            # "глава держави"); nor a woman the data knows.
            last = words[-1]
            # The description's head noun, after its adjectives ("співрозмовник видання" is a man's).
            head = next((w for w in words if not _ADJECTIVE.search(w)), last)
            feminine = head.islower() and head.endswith(("а", "я")) and head not in self.titles
            return not (feminine or self._woman(last))
        if form == "f":
            words = who.lower().split()
            given = words[0] if len(words) > 1 else ""
            known = self.known(words[-1])
            if self._woman(who.split()[-1]):
                return True
            return not (
                known or words[-1].endswith(self.masculine_endings) or given.endswith(self.masculine_given_endings)
            )
        return True

    def _woman(self, surname: str) -> bool:
        """A woman the data knows, by her surname in any case."""
        return self.known(surname) in self.women or surname in self.women

    def _person(self, name: str) -> bool:
        """A person named: a name of two capitalised words or one the data knows."""
        words = name.split()
        known = self.known(name)
        return (
            all(w[:1].isupper() for w in words) and known not in self.institutions and (len(words) >= 2 or bool(known))
        )

    def _holder(self, where: list[str], at: Context, before: str, office: str | None = None) -> str | None:
        """Whom an office stands for: the person the article was speaking of, unless the
        taxonomy's actors (`placer`) place the office (`where`: "український", "України")
        elsewhere than them; then the one person named whom they place there. A commentator
        the article introduced as one ("политолога Алексея Макаркина") holds no other `office`
        ("Украинский президент")."""
        resolved = self._resolve(at, before)
        if (
            resolved
            and office
            and not _form_of(office, self.commentators)
            and self._introduced_commenting(resolved, at)
        ):
            resolved = None
        placer = at.placer
        if placer is None:
            return resolved
        places = _sides(where, placer)
        if where and not places and resolved and not all(w[:1].isupper() for w in resolved.split()):
            # "Бельгийский дипломат": a place the actors do not know; "источники" spoken of
            # before hold no one's office there (a name might: whom the article spoke of)
            return None
        group = placer.group_of(resolved) if resolved else None
        if places and resolved and group not in places:
            # A person the actors do not place may hold it: "Гетьманчук", quoted before; a group
            # never does ("Стороны назвали его «…»" before "— подчеркнул президент России").
            if (
                group is not None
                or self.group.fullmatch(resolved)
                or not (self._person(resolved) or _spoke_before(resolved, at))
            ):
                resolved = None
        if places and not resolved:
            # (people: "Кремль" holds no office)
            holders = {p for t in at.texts for p in self.persons(t) if placer.group_of(p) in places and self._person(p)}
            # ("Дональд Трамп" and "Трамп" are one person)
            resolved = max(holders, key=len) if len({h.split()[-1] for h in holders}) == 1 else None
        return resolved

    def _placed_office(self, office: str, before: str, at: Context) -> str | None:
        """ "Госсекретарь США заявил": an office the words after it place (before the verb) is
        held by someone on that side: the person spoken of, the one person the article names
        there, or the one the next sentence names there ("… . Рубио назвал …")."""
        plain = _unquoted(before)
        at_office = plain.rfind(office)
        verb = self.verb.search(plain, at_office + len(office)) if at_office >= 0 else None
        if at.placer is None or verb is None:
            return None
        where = _WORD.findall(plain[at_office + len(office) : verb.start()])[:3]
        sides = _sides(where, at.placer)
        if not sides:
            return None
        holder = self._holder_on(where, at, before)
        if holder:
            return holder
        following = at.texts[at.first + 1] if at.first + 1 < len(at.texts) else ""
        subject = self.speaking(following) if following else None
        if subject and self._person(subject) and at.placer.group_of(subject) in sides:
            return subject
        named = {p for p in self.persons(following) if at.placer.group_of(p) in sides}
        # Else the office as the article gives it: no one on another side.
        return named.pop() if len(named) == 1 else " ".join([office, *where])

    def _holder_on(self, where: list[str], at: Context, before: str) -> str | None:
        """The office's holder (`_holder`) when a person, named, and on the side the words
        `where` name, if they name one."""
        holder = self._holder(where, at, before)
        if not (holder and self._person(holder)) or at.placer is None:
            return None
        sides = _sides(where, at.placer)
        return holder if not sides or at.placer.group_of(holder) in sides else None

    def _asked(self, at: Context) -> str | None:
        """ "Журналисты поинтересовались у Дмитриева, … . «…», — ответил он": the one the
        sentence before asked, a person named right after its verb of asking."""
        if not at.first or self.asked is None:
            return None
        prev = _unquoted(at.texts[at.first - 1])
        for m in self.asked.finditer(prev):
            runs = self._runs(prev[m.end() : m.end() + 60])
            if runs and runs[0][0] == 0:
                who = self._named(runs[0][1], genitive=True)
                if who and not self.place(who.split()[-1]) and self.known(who) not in self.institutions:
                    return who
        return None

    def _opening_account(self, text: str) -> re.Match | None:
        """The phrase giving a source's own words ("За словами Трампа") that opens a text, only
        words that are no names ("Також") before it."""
        opening = min((m for rx in self.in_words for m in rx.finditer(text)), key=lambda m: m.start(), default=None)
        if opening is None or not all(w.lower() in self.not_names for w in _WORD.findall(text[: opening.start()])):
            return None
        return opening

    def _account_before(self, text: str) -> str | None:
        """The source of an account a sentence opens with ("За словами Трампа, …"), when it
        quotes no one itself."""
        opening = None if _QUOTE_MARK.search(text) else self._opening_account(_unquoted(text))
        return self._according(opening.group(1)) if opening else None

    def _in_words_of(self, head: str, verb: re.Match) -> bool:
        """Whether a sentence opens on a phrase that gives a source's own words ("По словам X,")
        and its verb before the quote is in the same clause, no "но"/"але" between, and has no
        person of its own as subject ("По словам Трампа, Лукашенко сообщил, что «…»": his)."""
        opening = self._opening_account(head)
        if (
            opening is None
            or opening.end() >= verb.start()
            or any(w.lower() in self.contrastive for w in _WORD.findall(head[opening.end() : verb.start()]))
        ):
            return False
        subject = self.name_before(head[opening.end() : verb.start()])
        return not (
            subject
            and subject[:1].isupper()
            and not any(self.place(w) for w in subject.split())
            and self.known(subject) not in self.institutions
            and not self.body.fullmatch(subject)
        )

    def _office_after(self, rest: str, at: Context, before: str = "", introduced_only: bool = False) -> str | None:
        """ "— сказал на это спикер Кремля", "— заявив речник президента РФ": an office with no
        name after it, whose owner (in the genitive) places it, is the person the article
        introduced with it or with another word for it ("пресс-секретарь президента РФ Дмитрий
        Песков"), when the owner's actor is that person's. Else, unless `introduced_only`, the
        person the article was speaking of on the owner's side."""
        words = _WORD.findall(_clause(rest))
        at_office = next((k for k, w in enumerate(words[:3]) if w.lower() in self.titles), None)
        if at_office is None or at.placer is None:
            return None
        owner = words[at_office + 1 : at_office + 4]
        group = next(filter(None, map(at.placer.group_of, owner)), None)
        # "помощник президента РФ Владимира Путина": a person the data knows, in another case than
        # the nominative, owns the office; their given name is no holder's name.
        named_owner = next(
            (
                w
                for w in words[at_office + 1 : at_office + 6]
                if self.known(w) not in (None, w) and at.placer.group_of(w)
            ),
            None,
        )
        placer = at.placer

        def holder_named(word: str) -> bool:
            known = self.known(word)
            if known and known not in self.institutions and not self._oblique(word):
                return True  # "спикер Кремля Песков": a person the data knows, in the nominative
            # "спикер Кремля Дмитрий Песков": a capitalised word that is no side, place or body
            # ("Кремля", "МИДа", "Офиса"), when no one named owns the office
            return (
                not named_owner
                and word[:1].isupper()
                and not placer.group_of(word)
                and not self.place(word)
                and not self._body_run([word])
                and known not in self.institutions
            )

        if group is None or any(map(holder_named, owner)):
            return None  # the holder named after the office is name_after's
        office = words[at_office].lower()
        owners = {self.known(w) for w in (*owner, named_owner) if w}  # "спикер Кремля" is not Кремль's
        for word in (office, *(w for w in self.same_office.get(office, ()) if w != office)):
            holder = self._introduced(word, at)
            if holder and holder not in owners and at.placer.group_of(holder) == group:
                return holder
        if introduced_only:
            return None
        if named_owner:
            # No one introduced with the office: the person the article was speaking of, when on
            # the owner's side and not the owner.
            spoken = self._holder_on(owner, at, before)
            if spoken and self.known(spoken.split()[-1]) not in owners:
                return spoken
        last = at.previous[-1] if at.previous else None
        if (
            last is not None
            and last.speaker
            and last.last >= at.first - 1
            and self._person(last.speaker)
            and at.placer.group_of(last.speaker) == group
            and self.known(last.speaker.split()[-1]) not in owners
        ):
            # "«…», — отметил Сергей Лавров. «…», — сказал глава российского МИДа": another
            # word for whom the quote just before named, on the office's side.
            return last.speaker
        return None

    def _introduced_with(self, office: list[str], at: Context, before: str) -> str | None:
        """The person the article introduced with an office's word (`_introduced_as`), unless the
        actors place the body it names on another side ("Речник МЗС Георгій Тихий" is no
        "речник Кремля")."""
        holder = self._introduced_as(office[0], at, before)
        if holder is None or at.placer is None:
            return holder
        sides = {at.placer.group_of(w) for w in office[1:]} - {None}
        return holder if not sides or at.placer.group_of(holder) in sides else None

    def _introduced_as(self, word: str, at: Context, before: str) -> str | None:
        """ "— пояснив керівник Секретаріату Коордштабу" after "— повідомив Охріменко": the person
        the article was speaking of, when it introduced them with that office's or body's word
        ("керівника секретаріату … Богдана Охріменка", "представитель российского МИД Мария
        Захарова"), however far the word stands from the name."""
        who = self._resolve(at, before)
        if not who or not all(w[:1].isupper() for w in who.split()) or self.body.fullmatch(who):
            return None  # a person by name, not a body
        lead = rf"(?<!\w){re.escape(_stem(word))}\w*\s[^.!?«»“”\"]{{0,120}}?(?<!\w)"
        return who if any(self._named_after(lead, who, at)) else None

    def _introduced_commenting(self, who: str, at: Context) -> bool:
        """Whether the article, up to the quote's sentence, introduces `who` as a commentator,
        the noun right before the name ("политолога Алексея Макаркина", "експерт Олексій")."""
        lead = r"(?<!\w)(\w+)\s+(?:[А-ЯЁІЇЄҐ]\w+\s+)?"
        return any(_form_of(m.group(1), self.commentators) for m in self._named_after(lead, who, at, unquoted=True))

    def _holds(self, office: str, who: str, at: Context) -> bool:
        """Whether the article, up to the quote's sentence, introduces `who` with the office as
        written, a few words before the name ("Президент України Володимир Зеленський"), not
        with the office in another case ("Офісу президента Петро Мельник")."""
        return any(self._named_after(rf"(?<!\w){re.escape(office)}(?:\s+[^\s.!?«»“”\"]+){{0,4}}?\s+", who, at))

    @staticmethod
    def _named_after(lead: str, who: str, at: Context, unquoted: bool = False) -> Iterator[re.Match[str]]:
        """Where the article, up to the quote's sentence, names `who` (their surname, in any case)
        right after what the pattern `lead` matches; `unquoted`: outside quotations only."""
        named = re.compile(lead + re.escape(_stem(who.split()[-1])), re.IGNORECASE)
        for text in at.texts[: at.first + 1]:
            yield from named.finditer(_unquoted(text) if unquoted else text)

    def _introduced(self, office: str, at: Context, as_written: bool = False, whose: str | None = None) -> str | None:
        """ "— підкреслив президент" with no speaker in sight: the person the article last
        introduced with that office ("Президент України Володимир Зеленський", "міністра
        оборони Рустема Умєрова"), in the nominative. `as_written`: with the office in another
        case only after "за словами" and the like ("За словами речника Кремля Дмитра Пєскова"),
        not "заступник керівника Офісу президента Петро Мельник". `whose`: the office of that
        owner only ("Помощник президента РФ" is "Помощник президента России Юрий Ушаков"; "Глава
        Офиса президента" is no "главы евродипломатии Каи Каллас")."""
        stem = re.sub("'", "['’ʼ]", re.escape(_stem(_plain_apostrophes(office.lower()))))  # whichever apostrophe
        owned = re.compile(rf"(?<!\w){re.escape(_stem(whose.lower()))}", re.IGNORECASE) if whose else None
        # A headline or a lead may name the office before the article names its holder
        # ("Президент Украины заявил об «…». Президент Украины Владимир Зеленский …"): there,
        # the next sentences too.
        ahead = range(at.first + 1, min(len(at.texts), at.first + 3)) if at.first < LEAD_SENTENCES else range(0)
        for k in [*range(at.first, -1, -1), *ahead]:
            text = _unquoted(at.texts[k])
            for m in reversed(list(re.finditer(rf"(?<!\w){stem}\w*", text, re.IGNORECASE))):
                same_case = _plain_apostrophes(m.group(0).lower()) == _plain_apostrophes(office.lower())
                if as_written and not same_case and _last_word(text[: m.start()]) not in self.according_nouns:
                    continue
                rest = _clause(text[m.end() :], asides=False)
                for start, run in self._runs(rest)[:2]:
                    if len(rest[:start].split()) > 3 or owned and not owned.search(rest, 0, start + len(run)):
                        break
                    words = run.split()
                    # "речника Кремля Дмитра Пєскова": the body whose office it is, then its holder
                    owner = list(
                        itertools.takewhile(lambda w: self.known(w) in self.institutions or self.place(w), words)
                    )
                    if owner and len(owner) < len(words):
                        words = words[len(owner) :]
                        run = " ".join(words)
                    elif owner:
                        continue
                    if as_written and (
                        same_case
                        and any(map(self._oblique, words))
                        or any(w.lower().startswith(self.body_nouns) for w in words[1:])
                    ):
                        # "Прес-секретар Путіна", "голова Верховної Ради": whose office, no holder
                        # (after "речника", the holder's name is in its case: "Дмитра Пєскова")
                        break
                    if len(run.split()) >= 2 or any(self.known(w) for w in run.split()):
                        # "міністра оборони Рустема Умєрова": the name takes the office's case.
                        return self._named(run, genitive=not same_case)
        return None

    def _attribute(self, before: str, after: str, at: Context) -> str | None:
        tail = re.sub(r"^[\s,.!?…:;]*[—–-]*\s*", "", after, count=1)
        # "говорится в заявлении" before "говорит": a document, not a person
        impersonal = self.impersonal.match(tail)
        if impersonal:
            # "— йдеться у заяві МЗС", "— говорится в заявлении Кремля": the document's owner;
            # "— говорится в публикации": the outlet the article relays.
            rest = tail[impersonal.end() :]
            owner = self._owner(rest)
            where = _WORD.findall(rest)[:3]
            if not owner and any(w.lower() in self.publications for w in where):
                owner = self._outlet_meant(at, before)
            return owner or self._resolve(at, before, documents=True)
        # (a hyphen between spaces stands for a dash where a site types one: "«…» - Путін озвучив")
        dashed = re.match(r"^[\s,.!?…]*(?:[—–]|\s-(?=\s))", after) is not None
        if dashed:
            # "«…» — Зеленський.", and a headline's "«…» — Ушаков о встрече с Уиткоффом"
            bare = _BARE_NAME.match(tail) or self.name_about.match(tail)
            if bare and not self.verb.match(bare.group(1)):
                return self.name_after(bare.group(1))
        elif re.match(r"\s*:\s", after) and not before.strip():
            # a headline's "«Дають обережні надії»: Терехов про переговори": whose words, and about what
            about = self.name_about.match(tail)
            if about and not self.verb.match(about.group(1)):
                return self.name_after(about.group(1))
            # "«…»: Віткофф розповів про зустріч": the name, then its verb of speech, or the
            # statement it made ("«…»: Віткофф зробив несподівану заяву").
            headline = _NAME_RUN_THEN.match(tail)
            rest = tail[headline.end() :] if headline else ""
            if (
                headline
                and not self.verb.match(headline.group(1))
                and (self.verb.match(rest) or any(w.lower() in self.words_of_nouns for w in _WORD.findall(rest)[:3]))
            ):
                return self.name_after(headline.group(1))
        said = any(len(before[m.end() :].split()) <= MAX_VERB_DISTANCE for m in self.verb.finditer(before))
        gapped = self.gapped.search(_unquoted(before)) if said else None
        if gapped:
            # "Зеленский назвал встречу «лучшей», а канцлер Германии Фридрих Мерц — «полезной»":
            # the verb said once, each subject after it before a dash (whatever follows the
            # quote: "…, а министр Иван Петров — «полезной», добавив, что …").
            runs = self._runs(gapped.group(1))
            if runs and self._person(runs[-1][1]):
                return self._named(" ".join(runs[-1][1].split()[-2:]))  # "Канади Марк Карні": the name
        # "— цитують Макрона Sky News": a citing verb right after the quote, in any form
        # (elsewhere "яке цитують Reuters" is no speech).
        # «Коалиция желающих» подтвердила: a verb right after the marks, with no comma or dash
        # between, has the quoted name as its subject; the words are no one's speech.
        joined = re.match(r"\s*[^\W\d_]", after) is not None and not self._after_preposition(before)
        v = None if joined else self.verb.match(tail) or self._verb_after_adverbs(tail) or self.citing_verb.match(tail)
        if v and re.match(r"\s*[«„“\"]", tail[v.end() :]) and not v.group(0).lower().startswith(self.relaying):
            # "…», угрожая «серьезными последствиями»": what is said next, not who says it (but
            # "— пише «Експрес»": the outlet that relays, its name in quotes)
            v = None
        if not v and dashed:
            # "«…», — не растерялся Владимир Зеленский", "— не раз підкреслював Володимир
            # Зеленський", "— усміхнувся Зеленський": after the dash, whatever the verb, the
            # person it names right after it is the speaker.
            m = re.match(rf"(?:[a-zа-яёіїєґ'’-]+\s+){{1,3}}{_NAME_RUN}(?=\s*[,.!?]|\s*$)", tail)
            if (
                m
                and not set(_WORD.findall(tail[: m.start(1)].lower())) & self.prepositions
                and (self._person(m.group(1)) or _spoke_before(m.group(1), at))  # "— заключила Ирина"
            ):
                return self._named(m.group(1))
            # "— отрезал глава Офиса президента Андрей Ермак": whatever the verb, a person named in
            # full after the office that describes them.
            verb_word = re.match(r"\s*[a-zа-яёіїєґ'’-]+\s", tail)
            named = self.name_after(tail[verb_word.end() :]) if verb_word else None
            if named and len(named.split()) >= 2 and self._person(named):
                return named
            # "— сміється один із бійців батальйону": whatever the verb, one described after it.
            words = _WORD.findall(_clause(tail, asides=False))[1:]
            lowered = [w.lower() for w in words]
            if self._names_someone(lowered):
                return self._description(words, self._describer(lowered))
            form = self._cited_pronoun(tail, words_of=True)
            if form:
                return self._resolve(at, before, form=form)  # "— приводит его слова ТАСС"
            # "— приводит слова Зеленского его офис": whose words, after the dash.
            owner = self._words_owner(tail)
            if owner:
                return owner
        if v and v.group(0).lower().startswith(self.citing):
            form = self._cited_pronoun(tail)
            if form:
                return self._resolve(at, before, form=form)  # "— цитирует его агентство"
            cited = self._cited(tail[v.end() :])
            if cited:
                return cited
        if v and self.citing_perfective and v.group(0).lower().startswith(self.citing_perfective):
            # "— процитировало Пескова РИА «Новости»": the name after it, whoever quotes him
            first = (_WORD.findall(tail[v.end() :]) or [""])[0]
            if first[:1].isupper():
                return self._named(first, genitive=True)
        relays = v is not None and v.group(0).lower().startswith(self.relaying)
        if relays and (self.according_pronoun.search(before) or any(rx.search(before) for rx in self.according)):
            # "По его словам, диалог проходит без «…», передает пресс-служба Кремля": the sentence
            # names its source; the one after the verb only relays it.
            source = self._attribute(before, "", at)
            if source:
                return source
        if v:
            # Whom the words were told is not who spoke: "— сказав агентству Associated Press
            # москвич Артем", "— сообщил представитель администрации агентству Интерфакс".
            rest = self.told.sub(self._told_away, tail[v.end() :])
            first_word = (_WORD.findall(rest) or [""])[0]
            if first_word.lower() in self.pronouns:
                asked = self._asked(at) if v.group(0).lower().startswith(self.answering) else None
                return asked or self._resolve(at, before, form=self.form(first_word, v.group(0)))
            if not first_word[:1].isupper():
                return self._described_subject_after(rest, at, before)
            named = self.name_after(rest)
            # "— пише «Експрес» з посиланням на сторінку Георгія Тихого у Facebook", "— сообщает
            # ТАСС со ссылкой на Дмитрия Пескова": the outlet, whatever its verb, relays the
            # person it refers to.
            referred = next(filter(None, (rx.search(rest) for rx in self.referring)), None)
            # (where the page is, "у Facebook", is no one)
            source = self._according(self.where_after.split(referred.group(1))[0]) if referred else None
            if source and self._person(source):
                return source  # a person named, not "источники" or "собеседника в Кремле"
            if v.group(0).lower().startswith(self.relaying):
                owner = self._words_owner(tail)
                if owner:
                    return owner  # "— передает РИА Новости слова Пескова"
                quoted = re.match(r"\s*[«„“\"]([^«»„“”\"]{2,60})[»“”\"]", rest)
                if quoted:
                    named = quoted.group(1)  # "— пише «Українська правда»": the outlet as written
                else:
                    # "— передает РИА Новости": initials that open the outlet's name are part of it
                    initials = (
                        re.match(rf"\s*({_ABBREVIATION.pattern})\s+{re.escape(named)}\b", rest) if named else None
                    )
                    named = f"{initials.group(1)} {named}" if initials else named
            if named and (not v.group(0).lower().startswith(self.relaying) or not named.isascii()):
                return named  # "— пише Зеленський у Telegram"
            # "…», пише УНН", "…", пише Sky News": an outlet relays (its name in Latin letters, or
            # an acronym, which names no one); the text before the quote may name who spoke,
            # else the outlet is all there is. ("…», отмечает RT": a verb whose clause names
            # no one leaves the speaker to the text before the quote too.)
            if named:
                return self._attribute(before, "", at) or named
        head = before
        verbs = [m for m in self.verb.finditer(head) if len(head[m.end() :].split()) <= MAX_VERB_DISTANCE]
        plain = _unquoted(head)
        according = [m for rx in self.according for m in rx.finditer(head)]
        # The attribution nearest the quote is its own: "По данным Reuters, ..., но в Кремле
        # советуют «…»" quotes the Kremlin; unless the sentence opens on the source's words and
        # goes on in one clause ("По словам Зеленского, делегация предложила «…»").
        if according and (
            not (verbs and verbs[-1].start() > max(m.end() for m in according)) or self._in_words_of(head, verbs[-1])
        ):
            source_at = max(according, key=lambda m: m.start())
            phrase = source_at.group(1)
            who = self._according(phrase)
            title, *placed_by = who.split() if who else [""]
            if placed_by and title.lower() in self.titles and at.placer and all(map(self._country_word, placed_by)):
                # "за словами президента США": the office's holder in that country, as "— сказав
                # президент США" is, when the article names them ("речника МЗС України" is a body's).
                holder = self._holder_on(placed_by, at, head[: source_at.start()])
                if holder:
                    return holder
            opening, *whose = _WORD.findall(phrase) or [""]
            held = self._office_nominative(opening) if whose else None
            in_full = bool(who and self._person(who))  # "по словам помощника президента Юрия Ушакова"
            if held and not in_full:
                # "по словам спикера Кремля": the person the article introduced with that office
                # or another word for it, as "— сказал спикер Кремля" is (not whoever spoke last:
                # "речника МЗС" after Зеленський is someone else).
                holder = self._office_after(" ".join([held, *whose]), at, before, introduced_only=True)
                if holder:
                    return holder
            if held and not in_full and at.previous and at.previous[-1].last >= at.first - 1:
                # "«…», — сказала Захарова. Также по словам пресс-секретаря МИД РФ, …", "за словами
                # спікера Кремля": the office of a body stands for the one quoted just before, when
                # the article introduced them with that body ("представитель российского МИД
                # Мария Захарова"), not for the body.
                holder = self._introduced_as(whose[0], at, before)
                if holder and holder == at.previous[-1].speaker:
                    return holder
            return who or self._outlet_source(phrase, at, head[: source_at.start()]) or self._resolve(at, before)
        pronoun_source = self.according_pronoun.search(head)
        if pronoun_source:
            # "Двоє посадовців розповіли, що Віткофф, за їхніми словами, …": the sentence's own
            # speaker, when it has one the pronoun can stand for.
            # ("Европейский Союз, по его словам, должен …": no one speaks before it, the subject
            # is what the words are about)
            own = (
                self.speaking(head[: pronoun_source.start()])
                if self.verb.search(head[: pronoun_source.start()])
                else None
            )
            if own and self.agrees(own, self.form(*_WORD.findall(pronoun_source.group(0)))):
                return own
            # "По его словам, Путин и Трамп договорились «…»": his, whom the sentences before
            # name, not those the words are about; "Трамп провел встречу в Давосе, которая, по его
            # словам, прошла «хорошо»": with no one there, the person the sentence opens with.
            head_before = head[: pronoun_source.start()]
            # "Перед встречей с Зеленским президент США провел, по его словам, «…»": an office
            # and its place right before the clause's verb is the subject the pronoun stands for.
            clause_end = _WORD.findall(head_before)[-(OFFICE_REACH + 1) :]
            at_title = next(
                (k for k in range(len(clause_end) - 2, -1, -1) if clause_end[k].lower() in self.titles), None
            )
            if at_title is not None and clause_end[-1][:1].islower():
                placed = clause_end[at_title + 1 : -1]
                holder = (
                    self._holder(placed, at, before, office=clause_end[at_title])
                    if all(w[:1].isupper() for w in placed)
                    else None
                )
                if holder:
                    return holder
            return self._resolve(at, head_before) or self._sentence_subject(head_before, at)
        words_of = self.words_of.search(head)
        # "зробив заяву щодо саміту на Алясці:": what the statement is about, not whose it is
        owned = words_of and (_WORD.findall(words_of.group(1)) or [""])[0].lower() not in self.prepositions
        if words_of and owned and not head[words_of.end() :].strip(" \t:—–-"):
            # "Слова Пескова приводит ТАСС:", "Його слова наводить Укрінформ:": the words' owner,
            # named first (the outlet comes after).
            runs = self._runs(words_of.group(1))
            return self._named(runs[0][1], genitive=True) if runs else self._resolve(at, before)
        reported = self.reported_words.search(head)
        if reported and not self.verb.search(head, reported.end(1)):
            # "Песков согласился со словами президента США Дональда Трампа о том, что мир «…»":
            # the words' owner, not who agrees with them.
            owners = [
                n for n in (self._named(r, genitive=True) for _, r in self._runs(reported.group(1))) if self._person(n)
            ]
            if owners:
                return owners[-1]
        vox = _NAME_APPOSITION_COLON.match(plain)
        if vox and not self.verb.search(plain) and self._person(vox.group(1)):
            # "Гуннар Линдеманн, депутат … от партии «…»: «…»": a vox pop's or a transcript's
            # speaker, named with who they are.
            return self._named(vox.group(1))
        colon = self.name_colon.search(head)
        # "Лавров в интервью РБК подчеркнул: «…»": a verb before the colon has its own subject;
        # "И продолжила: «…»" opens on a conjunction, no name.
        spoken_before = [v for v in verbs if v.end() <= colon.start(1)] if colon else []
        if (
            colon
            and not self.verb.search(head, colon.end(1))
            # "Буданов порадив журналістам звертатися до очільника Кремля: «…»", "Він підкреслив
            # роль Трампа: «…»": a name after a verb with a subject of its own is whom the
            # sentence speaks of
            and not (spoken_before and self._has_subject(head[: spoken_before[-1].start()]))
            and colon.group(1).split()[0].lower() not in self.not_names
            and not self.furniture(head[colon.start(1) :])  # "ЧИТАЙТЕ ТАКОЖ: «…»": a link, no one's words
        ):
            if not self._after_preposition(head[: colon.start(1)]):
                return self._named(colon.group(1))  # "Зеленський: «…»", a headline's or a transcript's attribution
            # "Позже Лавров встретился с Рубио: «…»": a name after a preposition is no subject;
            # the one the sentence opens with is.
            opening = self._opening_subject(plain)
            if opening:
                return opening
        if verbs:
            verb = verbs[-1]
            reporting = [v for v in verbs[:-1] if self.reported_clause.match(head, v.end())]
            if reporting and self.name_before(head[: reporting[-1].start()]):
                verb = reporting[-1]  # "Ушаков зазначив, що Віткофф пообіцяв «…»": the one named who reports speaks
            subject = head[: verb.start()]
            if _AFTER_COMMA.search(subject) and verb.group(0).lower().endswith(self.participle_endings):
                # "…», сказав посадовець, додавши, що США вимагають «…»": a participle of speech
                # has its clause's speaker: the sentence's subject ("Путин, со своей стороны, …,
                # снова заговорив о «…»"), else the one of the quote before in the sentence.
                # After a clause of its own ("…, а Кремль підтвердив дату, назвавши вибір «…»"),
                # that clause's subject.
                clauses = self.clause_joint.split(_unquoted(subject))
                nearest = self._opening_subject(clauses[-1]) if len(clauses) > 1 else None
                return nearest or self._opening_subject(_unquoted(subject)) or self._resolve(at, subject)
            # "Туск, у свою чергу, заявив": a short aside between the subject and its verb;
            # "Герман Хисо, который снимал флаги, установленные в центре, сказал": a relative clause.
            # "В заявлении Белого дома отмечается": an impersonal verb after a document.
            impersonal = self.impersonal.match(head, verb.start())
            who = (
                (self._document_before(subject) if impersonal else None)
                or self._role_before(subject, at)
                or self._unnamed_before(subject)
                or self.name_before(subject)
                or self._relative_subject(subject)
                or self._name_past_aside(subject)
                or self._body_before(subject)
            )
            if who:
                return who
            if impersonal:
                where, *document = [w.lower() for w in _WORD.findall(subject)] or [""]
                if where in self.locative and len([w for w in document if w not in self.stops]) == 1:
                    # "В заявлении также отмечается": a document whose owner a sentence before named.
                    return self._resolve(at, before, documents=True)
            acronym = self.acronym_subject.search(subject)
            if acronym:
                return acronym.group(1)  # "МЗС ОАЕ заявило", "НАТО заявило": a body
            if self.coordinated.search(head[: verb.start()]):
                # "Рубіо підсумував переговори ..., але підкреслив, що «…»": the sentence's subject.
                who = self._opening_subject(head)
                if who:
                    return who
                opening_verb = self.verb.search(head)
                first_verb = opening_verb if opening_verb and opening_verb.start() < verb.start() else None
                # (the first verb may be no verb of speech: "При этом он не стал раскрывать … и
                # отметил, что «…»", the pronoun among the clause's first words)
                led = _WORD.findall(head[: first_verb.start()])[-2:] if first_verb else _WORD.findall(head)[:3]
                pronoun_word = next((w for w in led if w.lower() in self.pronouns), None)
                if pronoun_word:
                    # "Він висловив недовіру … та звинуватив Путіна у …": the pronoun is both verbs' subject.
                    at_pronoun = (
                        head[: first_verb.start()].rfind(pronoun_word) if first_verb else head.find(pronoun_word)
                    )
                    form = self.form(pronoun_word, (first_verb or verb).group(0))
                    return self._resolve(at, head[:at_pronoun], form=form)
            if not _WORD.findall(head[: verb.start()]) or self.coordinated.fullmatch(
                " " + head[: verb.start()].lower()
            ):
                # "И продолжила: «…»", "Додав: «…»": a sentence that opens on its verb goes on
                # with the speaker before.
                return self._resolve(at, before)
            after_verb = head[verb.end() :]
            words = _WORD.findall(after_verb)
            before_verb = list(_WORD.finditer(head[: verb.start()]))
            words_before = [m.group(0) for m in before_verb]
            if words and words[0].lower() in self.pronouns:
                return self._resolve(at, before, form=self.form(words[0], verb.group(0)))  # "заявив він, що …"
            pronoun = next((m for m in before_verb[-3:] if m.group(0).lower() in self.pronouns), None)
            if pronoun:
                # "Він також наголосив": the pronoun is the verb's subject, whom the words before
                # it name, or the sentences before ("Він нагадав про зустріч із президентом
                # Зеленським": not the one met).
                return self._resolve(at, head[: pronoun.start()], form=self.form(pronoun.group(0), verb.group(0)))
            who = None if self._office_with_object(head, verb) else self.name_after(after_verb, verb.group(0))
            who = self._source_of(after_verb, who) or who or self._body(after_verb)  # "Як зазначили в Кремлі, «…»"
            # "Як сказав президент США, «…»": an office its owner places, for its holder
            who = who or self._office_after(after_verb, at, before)
            if who:
                return who
            unnamed = self._unnamed(after_verb) if words and words[0].lower().startswith(self.unnamed) else None
            if unnamed:
                return unnamed  # "Как сообщил источник ТАСС, …"
            if words and not words[0][:1].isupper() and words_before and words_before[-1].lower() in self.relaying_as:
                # "Как уверяет глава Белого дома, «…»", "Как сообщил один из источников, «…»": the
                # subject after the verb, read as after a dash ("— сказал глава Белого дома").
                who = self._described_subject_after(after_verb, at, before)
                if who:
                    return who
            # "После рукопожатия Трамп в ответ на выкрик репортера сказал: «…»": the one person
            # the data knows named in the nominative before the verb is its subject, however far.
            nominative = [
                run
                for _, run in self._runs(_unquoted(subject))
                if any(self.known(w) for w in run.split())
                and not any(self._oblique(w) or self.place(w) for w in run.split())
            ]
            if len(nominative) == 1 and self._person(nominative[0]):
                return self._named(nominative[0])
            # "Кроме того, президент США заявил": an office, and where it is, stand for its
            # holder, as after the verb ("— додав секретар РНБО").
            # "Очільниця місії України в НАТО наголосила": the office may open a longer subject.
            last = [m for m in before_verb if m.group(0).lower() not in self.stops][-OFFICE_REACH:]  # "також", "же"
            for k, office in enumerate(last):
                w = office.group(0)
                if w.lower() not in self.titles:
                    continue
                where = [m.group(0) for m in last[k + 1 :]]
                if all(x[:1].isupper() for x in where):
                    return self._holder(where, at, before, office=w) if where else w.lower()
                # "Помощник президента РФ заявил": an office with its owner in the genitive is
                # whom the article introduced with it ("Помощник президента России Юрий Ушаков").
                # Else, as an office alone, the person the article was speaking of if the
                # office's place allows ("Глава держави висловив"), not a body's office
                # ("пресс-секретарь Белого дома"); else the office as the article describes it,
                # as written up to its last word ("глава российской делегации", not "… также").
                described = w.lower() + head[office.end() : last[-1].end()]
                described = self.how_spoken.split(described, maxsplit=1)[0]
                if any(x.lower() in self.others for x in _WORD.findall(described)):
                    return described  # "Дипломат из другой страны ЕС добавил": someone else
                introduced = self._introduced(w, at, whose=where[0] if where else None)
                if introduced:
                    return introduced
                return (None if self.body.search(described) else self._holder(where, at, before, office=w)) or described
            described_subject = self._described_subject(subject)
            if described_subject:
                return described_subject
            between = _WORD.findall(head[verbs[-2].end() : verb.start()]) if len(verbs) > 1 else []
            if len(verbs) > 1 and (
                any(self.place(w) for w in words_before[-2:]) or words and not any(w[:1].isupper() for w in between)
            ):
                # "Песков заявлял, что Москва не считает целесообразным «…»": a place is no
                # speaker; "Зеленский добавил, что об этом говорили и раньше, однако «…»": a
                # verb with no one named since the verb before, whose words do not follow it right
                # away ("повідомляє «Європейська правда»" names the outlet). That verb reports the words.
                return self._attribute(head[: verb.start()], "", at)
        return None

    def _told_away(self, told: re.Match) -> str:
        """Whom the words were told, taken out of the words after a verb; a person named right
        after "журналистам" stays, the speaker ("— рассказал журналистам Ушаков")."""
        named = told.group(2).strip()
        if told.group(1).lower() in self.told_people and self._person(named) and not named.isascii():
            return f" {named} "
        return " "

    def _described_subject_after(self, rest: str, at: Context, before: str) -> str | None:
        """The verb's subject after it, when it opens on a lower-case word: an office ("— додав
        секретар РНБО"), a name after its description, a body, an unnamed source."""
        holder = self._office_after(rest, at, before)
        if holder:
            return holder
        # "— написал в Telegram Зеленский": a known name later in the clause; "— каже
        # пенсіонерка Ольга з Харкова": a name after its description; "— заявили в МИД
        # России": a body.
        named = self._known_in_clause(rest) or self.name_after(rest) or self._body(rest)
        if named and named.split()[0] in self.titles:
            named = self._introduced_with(named.split(), at, before) or named
        words = _WORD.findall(_clause(rest))
        if (
            named
            and len(words) == 2
            and words[0].lower() in self.titles
            and not self._person(words[1])
            and not _given_before_in(words[1], at.texts)
        ):
            # "— подчеркнул зампред Совбеза", "— сказал глава МИДа": an office and the body
            # it is of (a word the article never writes after a given name) stand for the
            # person the article introduced with that office.
            named = self._introduced_with(words, at, before) or named
        speaker = (
            self._source_of(rest, named) or named or self._unnamed(rest) or self._described_after(rest, at, before)
        )
        return self._interlocutor(speaker, at) or speaker

    def _body(self, text: str) -> str | None:
        """A body named after "в"/"у" at the start of a text: "в Кремле" -> Кремль, "в МИД России"
        -> МИД России, "в Офісі президента" -> Офіс президента."""
        m = self.located.match(text)
        if not m:
            return None
        head, tail = m.group(1), m.group(2) or ""
        if self.place(head) or set(tail.lower().split()) & self.stops:
            return None  # "В Киеве это молчание назвали": where, not a body
        known = self.known_body(f"{head}{tail}")
        if known:
            return known
        known = self.known(head)
        if known in self.institutions:
            return f"{known}{tail}".strip()  # "в МИД России", "в Минобороны РФ"
        if known:
            return known
        if head.isupper():  # an acronym does not decline: "МИД России", "МЗС України"
            return f"{head}{tail}".strip()
        return self._nominative_body([head, *tail.split()])

    def _nominative_body(self, words: list[str]) -> str | None:
        """A body named in the locative, in the nominative: "Верховній Раді" -> "Верховна Рада",
        "Генеральному штабі ЗСУ" -> "Генеральний штаб ЗСУ", "Министерстве обороны" ->
        "Министерство обороны", "Офісі президента" -> "Офіс президента". Adjectives first, then
        the noun, then its genitive complement as it stands; None when no noun follows the
        adjectives, or (with no adjective) when nothing or a capitalised word does: "в Жешуве",
        "в Анкоридже Трамп" name where, not who."""
        if words[0].isascii():
            return None  # "в Telegram": a platform, not a body that declines
        forms = self.locative_forms
        n = 0
        while n < len(words) and any(_replace_ending(words[n].lower(), forms[k]) for k in ("masculine", "feminine")):
            n += 1
        if n == len(words) or n == 0 and (len(words) == 1 or words[1][:1].isupper()):
            return None
        feminine = any(_replace_ending(w.lower(), forms["feminine"]) for w in words[:n])
        noun = words[n]
        nominative = _replace_ending(noun, forms["nouns"])
        if nominative is None:
            # "штабі" -> "штаб", "Раді" -> "Рада" after a feminine adjective
            nominative = re.sub(r"(?<=[^аеиоуыэюяіїєё])[іе]$", "а" if feminine else "", noun)
        gender = (
            "neuter"
            if nominative.endswith("о")
            else "feminine"
            if feminine or nominative.endswith(("а", "я"))
            else "masculine"
        )
        adjectives = [_replace_ending(w, forms[gender]) or w for w in words[:n]]
        return " ".join([*adjectives, nominative, *words[n + 1 :]])

    def _owner(self, text: str) -> str | None:
        """Whose document it is: "у заяві МЗС" -> МЗС, "в заявлении Кремля" -> Кремль, "у
        повідомленні Зеленського" -> Зеленський."""
        m = self.document_of.match(text)
        if not m:
            # "в заявлении офиса президента": a body the data knows, in lower case too
            loose = self.document_of_body.match(text)
            if not loose:
                return None
            rest = text[loose.end() :].strip()
            body = self.body.match(rest)
            whose = re.match(rf"\s+({_NAME_RUN})", rest[body.end() :]) if body else None
            if whose and self._person(self._named(whose.group(1), genitive=True)):
                # "в заявлении офиса президента Эмманюэля Макрона": that person's office, not the
                # one the data knows by the name
                return f"{self._body_name(body)} {whose.group(1)}"
            return self._body_name(body)
        words = m.group(1).split()
        if words[0].isupper():
            return m.group(1)
        return self.known_body(text[m.start(1) :]) or self._according(m.group(1))

    def _stated(self, after: str, at: Context, before: str, short: bool) -> str | None:
        """A quote in a sentence that ends citing a document ("…«розробити заходи» для …,
        ідеться в заявах"), or one of three words or more that follows one ("Про це йдеться у
        повідомленні Білого дому. … «домовилися розробити заходи» …"): the document's owner.
        (Shorter words with no attribution in their own sentence are a term: "будут «заморожены»".)"""
        last = re.split(r"[,;—–]", after)[-1].strip()
        m = self.impersonal.match(last)
        if m:
            return self._owner(last[m.end() :]) or self._resolve(at, before, documents=True)
        owners = (self._document_owner(at.texts[k]) for k in (at.first - 1, at.first - 2) if k >= 0 and not short)
        return next(filter(None, owners), None)

    def _document_owner(self, text: str) -> str | None:
        """The owner of the first document a text cites ("Об этом говорится в заявлении Кремля")."""
        return next(filter(None, (self._owner(text[m.end() :]) for m in self.impersonal.finditer(text))), None)

    def _name_past_aside(self, subject: str) -> str | None:
        """The subject before an aside that ends right before its verb: "Туск, у свою чергу,
        заявив", "Герман Хисо, который снимал флаги, сказал", "Россиянка Ирина, живущая в
        Анкоридже более 15 лет, призналась"; a name that can be a subject right before the aside
        (not "розмову з Володимиром Путіним, назвавши її …, та повідомив"); or the name that is
        itself the aside after its description: "Один из военных, Роман Винниченко, заявил"."""
        apposed = _APPOSED_NAME.search(subject)
        if apposed and subject[: apposed.start()].strip():
            who = self.name_before(apposed.group(1) + " ")
            if who and len(who.split()) >= 2:
                return who
        for aside in (_ASIDE.search(subject), _RELATIVE.search(subject), self.participle_aside.search(subject)):
            head = subject[: aside.start()].rstrip() if aside else ""
            unnamed = self._unnamed_before(head) if head else None
            if unnamed:
                return unnamed  # "Високопоставлений український чиновник, близький до президента, повідомив"
            runs = self._runs(head)
            governed = runs and (head[: runs[-1][0]].split() or [""])[-1].lower() in self.prepositions
            if runs and runs[-1][0] + len(runs[-1][1]) == len(head) and not governed:
                who = self.name_before(head + " ")
                if who:
                    return who
        return None

    def _owned_by_pronoun(self, text: str) -> bool:
        """Whether the document a text cites is a pronoun's: "йдеться у його Telegram"."""
        return any(
            any(w.lower() in self.possessives for w in _WORD.findall(text[m.end() :])[:2])
            for m in self.impersonal.finditer(text)
        )

    def _document_before(self, text: str) -> str | None:
        """ "В заявлении Белого дома отмечается": the owner of a document named right before
        a verb."""
        tail = text[-NAME_WINDOW:]
        for m in self.locative_word.finditer(tail):
            doc = self.document_of.match(tail, m.start())
            if doc and len(tail[doc.end() :].split()) <= 2:
                return self._owner(tail[m.start() :])
        return None

    def _described_subject(self, text: str) -> str | None:
        """ "президенты США и России заявили", "Сторони домовилися", "Один из участников
        процесса охарактеризовал": people named by what they are, in the plural or as one of
        them, as the verb's subject, described as the article does."""
        tail = text[-NAME_WINDOW:]
        starts = [m.start() for m in self.group.finditer(tail)]
        tokens = list(_WORD.finditer(tail))
        lowered = [t.group(0).lower() for t in tokens]
        starts += [t.start() for k, t in enumerate(tokens) if self._names_someone(lowered[k:])]
        if not starts:
            return None
        start = max(starts)
        before = list(_WORD.finditer(tail[:start]))
        while before and _ADJECTIVE.search(before[-1].group(0)) and not tail[before[-1].end() : start].strip():
            start = before.pop().start()  # "украинская делегация заявила": its adjectives too
        if before and before[-1].group(0).lower() in self.prepositions and not tail[before[-1].end() : start].strip():
            return None  # "в другой части документа сказано": where, not who
        phrase = tail[start:].strip()
        words = phrase.split()
        while len(words) > 1 and words[-1].lower() in self.stops:
            words.pop()  # "украинская делегация еще раз выразила": the adverbs are no part of it
        phrase = " ".join(words)
        if _RUN_BREAK.search(phrase) or len(words) > 6:
            return None
        return phrase[:1].lower() + phrase[1:]

    def _relative_subject(self, subject: str) -> str | None:
        """ "Крістофер Келліхер, який заявив, що …": the one the relative pronoun stands for."""
        m = _RELATIVE_SUBJECT.search(subject)
        if not m:
            return None
        head = subject[: m.start()] + " "
        who = self.name_before(head)
        at = head.rfind(who.split()[0]) if who else -1
        office = _WORD.findall(re.split(r"[,;:—–]", head[:at])[-1])[-OFFICE_SPAN:] if at > 0 else []
        if who and any(self._office_nominative(w) for w in office):
            # "слова радника Трампа з національної безпеки Майка Уолца, який заявив": the name in
            # its office's case
            return self.nominative(who, genitive=True)
        return who

    def _body_before(self, text: str) -> str | None:
        """ "У МЗС України заявили": a body named right before a verb, after "в"/"у", opening
        its clause ("Очільниця місії України в НАТО наголосила" is the head of the mission)."""
        tail = text[-NAME_WINDOW:]
        m = self.located_tail.search(tail)
        if not m:
            return None
        lead = _WORD.findall(re.split(r"[,;:—–]", tail[: m.start()])[-1])
        if len(lead) > 2 or any(w.lower() not in self.not_names for w in lead):
            return None
        return self._body(m.group(0))

    def _described_after(self, rest: str, at: Context, before: str) -> str | None:
        """ "— розповіла 45-річна вчителька з Києва": an unnamed person as the article describes
        them; an office alone ("— додав секретар РНБО") stands for its holder."""
        words = _WORD.findall(_clause(rest, asides=False))
        lowered = [w.lower() for w in words]
        opener = self._describer(lowered)
        if opener:
            # "— заявил другой дипломат", "— отвечает один из жителей": someone else; "один из
            # них" is no one the reader can tell
            return self._description(words, opener) if self._names_someone(lowered) else None
        if (
            not words
            or words[0].lower() in self.titles
            or words[0].lower() in self.stops
            or _OBLIQUE.search(words[0])  # "— сказав журналістам": to whom, not who
        ):
            # "— пояснив глава української держави": the words after an office say where it is.
            if len(words) == 1 and words[0].lower() in self.titles:
                return words[0]  # "— додав міністр": an office alone, which attribute() resolves
            where = words[1:3] if words and words[0].lower() in self.titles else []
            return self._holder(where, at, before, office=words[0] if where else None)
        description = self._description(words, 0)
        return self._epithet_holder(description, at, before) or description

    def _epithet_holder(self, description: str, at: Context, before: str) -> str | None:
        """ "— пишет главный переговорщик Украины", "— заявил приспешник российского диктатора":
        a description of no private person and no unnamed source that names a side the
        taxonomy's actors place is another word for the person the article is speaking of,
        when that person is on that side."""
        lowered = [w.lower() for w in _WORD.findall(description)]
        if at.placer is None or any(
            w in self.private or w in self.origin or w.startswith(self.unnamed) for w in lowered
        ):
            return None
        # The side's word complements the noun ("переговорщик Украины"); after a preposition it
        # says where someone is from ("волонтер из Киева").
        tokens = _WORD.findall(description)
        where = [w for k, w in enumerate(tokens) if not (k and tokens[k - 1].lower() in self.prepositions)]
        return self._holder_on(where, at, before) if _sides(where, at.placer) else None

    def _describer(self, lowered: list[str]) -> int:
        """How many of the words open a description of someone other than the person spoken
        of ("другой", "один из", "ще одна"): 0 when none do."""
        return next((len(d) for d in self.describers if lowered[: len(d)] == d), 0)

    def _names_someone(self, lowered: list[str]) -> bool:
        """Whether lower-case words open with a describer and go on to say who: "один из
        жителей", "другой дипломат"; not "один из них", nor "другой" alone."""
        opener = self._describer(lowered)
        head = lowered[opener:] if opener else []
        if head and head[0] in self.prepositions:
            head = head[1:]  # "один из жителей": the noun after "из"
        return bool(head) and head[0] not in self.stops

    def _description(self, words: list[str], opener: int) -> str:
        """An unnamed person as the words after the verb describe them, at most six words:
        "один из жителей", "45-річна вчителька з Києва"; not the circumstances after a
        preposition ("другой дипломат в беседе с изданием"), nor a site in another script
        ("— цитирует украинку kp.ru")."""
        words = _same_script(words[:6])
        for k in range(max(1, opener + 1), len(words) - 1):
            if words[k].lower() in self.prepositions and words[k + 1][:1].islower():
                return " ".join(words[:k])
            if words[k].lower() in self.and_words and self.verb.match(words[k + 1]):
                return " ".join(words[:k])  # "журналісти і додали": the next verb is theirs too
        return " ".join(words)

    def _interlocutor(self, who: str | None, at: Context) -> str | None:
        """ "— пояснил собеседник агентства", "— уточнил собеседник Ленты": the person the sentence
        before says spoke to that outlet ("рассказал РИА Новости замглавы МИД Александр
        Грушко", "в беседе с «Лентой.ру» депутат Алексей Чепа"), not an unnamed source."""
        words = who.split() if who else []
        if len(words) != 2 or words[0].lower() not in self.interlocutors:
            return None
        # (a byline or a source line may stand between: "Автор …", "Источник: РИА Новости")
        for prev in at.texts[max(0, at.first - PERSONLESS_BACK) : at.first][::-1]:
            person = self.speaking(prev)
            if person and self._person(person):
                outlet = self._outlet_word(words[1]) or words[1][:4].lower() in prev.lower()
                return person if outlet else None
        return None

    def _told_before(self, text: str) -> bool:
        """Whether a name after `text` is whom the words were told: right after "агентству", "в
        інтерв’ю", or after one lower-case noun of who they are ("в інтерв’ю пропагандистці
        Ользі Скабєєвій"; not an office, "в інтерв’ю міністр Андрій Сибіга", who speaks)."""
        last = _WORD.findall(text)[-2:]
        if last and last[-1].lower() in self.told_words:
            return True
        return (
            len(last) == 2
            and last[0].lower() in self.told_words
            and last[1].islower()
            and last[1] not in self.titles
            and last[1] not in self.private
        )

    def _cited_pronoun(self, tail: str, words_of: bool = False) -> str | None:
        """The form ("m", "f", "p") of the pronoun a verb after the quote takes as its object
        ("— цитирует его агентство"; with `words_of`, as whose words: "— приводит его слова ТАСС")."""
        found = _WORD.findall(tail)[:3]
        words = [w.lower() for w in found]
        if len(words) < 2 or words[1] not in self.object_pronouns:
            return None
        after = found[2] if found[2:] else ""
        if words_of:
            cites = after.lower() in self.words_of_nouns
        else:
            # (not "— цитирует его помощника ТАСС": whose aide; an outlet may follow, by name or noun)
            cites = not after or after[:1].isupper() or self._outlet_word(after)
        return (self.form(words[1]) or "m") if cites else None  # ("его", "його": a man's or a body's)

    def _cited(self, rest: str) -> str | None:
        """Whom "цитирует" cites, in the nominative: "Financial Times неназванного украинского
        чиновника" -> "неназванний украинский чиновник", "украинку kp.ru" -> "украинка"; the
        outlet (in Latin letters) is who cites."""
        words_of = self.words_of.search(_clause(rest, asides=False))
        runs = self._runs(words_of.group(1)) if words_of else []
        if runs:
            return self._named(runs[0][1], genitive=True)  # "цитують російські ЗМІ слова Юрія Ушакова"
        words = _WORD.findall(_clause(rest, asides=False))
        # The outlet that cites, before whom it cites: in Latin letters or an acronym ("СМИ").
        while len(words) > 1 and (words[0].isascii() or words[0].isupper() or self._outlet_word(words[0])):
            words = words[1:]  # "цитує видання одного зі співрозмовників": the outlet cites
        words = _same_script(words[:4])
        if not words or words[0].lower() in self.stops:
            return None
        if words[0][:1].isupper():
            # "цитують Макрона агентства": the capitalised words, the name
            name = words[:2] if words[1:2] and words[1][:1].isupper() else words[:1]
            return self._named(" ".join(name), genitive=True)
        if len(words) > 2 and words[1].lower() in self.prepositions:
            # "одного зі співрозмовників": one of a group; the group stays in the genitive
            return " ".join([self.one_of.get(words[0].lower(), words[0]), *words[1:3]])
        # A woman cited is in the accusative ("украинку"), a man in the genitive's form.
        return " ".join(_replace_ending(w, self.accusative) or _replace_ending(w, self.genitive) or w for w in words)

    def _opening_subject(self, sentence: str) -> str | None:
        """The person a sentence opens with ("Держсекретар Марко Рубіо підсумував ..."): a
        name of two words or one the data knows, within its first words."""
        runs = self._runs(sentence)
        for k, (start, run) in enumerate(runs):
            if len(sentence[:start].split()) > 3:
                return None
            if (sentence[:start].split() or [""])[-1] in self.locative:
                continue  # "Україна в Раді Безпеки ООН заявила": where it spoke, not who
            office = self._office_of(sentence, start, run)
            if office:
                return office  # "Також радник Путіна, …, припустив": the adviser, named before
            words = run.split()
            later = runs[k + 1] if k + 1 < len(runs) else None
            named_later = (
                later is not None and len(later[1].split()) >= 2 and len(sentence[start : later[0]].split()) <= 8
            )
            if (
                self._office_before(sentence, start)
                and re.search(_GENITIVE_WORD, words[0].lower())
                and not any(map(self.known, words))
                and not self._name_after_genitive(words)  # "Еврокомиссии Урсула фон дер Ляйен": hers
                and not named_later
            ):
                # "Також голова Верховної Ради окреслив …": the office of a body in the genitive,
                # whose holder the article was speaking of.
                return _last_word(sentence[:start])
            if words[0].lower() in self.titles and not any(self.known(w) for w in words):
                # "Речник Міністерства закордонних справ України Георгій Тихий": the office's
                # body runs on in lower case; its holder is the name after it.
                if later is not None and named_later:
                    return self._named(later[1])
            if self.group.fullmatch(words[0]):
                return None  # "Лідери Великої Британії … продемонстрували": a group, no one person
            if len(words) >= 2 or any(self.known(w) for w in words):
                return self._named(run)
            described = self._described(sentence, start, start + len(run))
            gap = sentence[start + len(run) : later[0]].split() if later is not None else []
            if described and later is not None and named_later and gap and all(w.islower() for w in gap):
                return self._named(later[1])  # "Украинский лидер Владимир Зеленский": the one so described
            if described:
                return described
        return None

    def _sentence_subject(self, before: str, at: Context) -> str | None:
        """A quote no attribution claims, in a sentence whose subject is a person ("Він також
        повторив тезу Кремля про «…»"): that person's words."""
        plain = _unquoted(before)
        opening = _WORD.findall(plain)[:1]
        if opening and opening[0].lower() in self.pronouns:
            return self._resolve(at, "", form=self.form(opening[0]))
        return self._opening_subject(plain)

    def _verb_after_adverbs(self, tail: str) -> re.Match | None:
        """A speech verb after one or two adverbs: "— цинічно заявив Лавров", "— раніше заявляв
        Трамп" (lower-case words that are no pronoun)."""
        pos = 0
        for _ in range(2):
            m = _ADVERB.match(tail, pos)
            if not m or m.group(1)[:1].isupper() or m.group(1).lower() in self.stops:
                return None
            pos = m.end()
            verb = self.verb.match(tail, pos)
            if verb:
                return verb
        return None

    def _refers_back(self, text: str) -> bool:
        """Whether a sentence speaks of someone named before without naming them: "За його
        словами, …", "Він додав …", "Про це глава держави заявив …"."""
        plain = _unquoted(text)
        verb = self.verb.search(plain)
        opening = _WORD.findall(plain[: verb.start()] if verb else plain)[:6]
        return bool(self.according_pronoun.search(plain)) or any(
            w.lower() in self.pronouns or (verb is not None and w.lower() in self.titles) for w in opening
        )

    def _resolve(self, at: Context, head: str = "", documents: bool = False, form: str | None = None) -> str | None:
        """Whom "він", "the secretary" or "the statement" stands for: the speaker of the
        quote just before, else the one speaking earlier in the quote's sentence
        ("Зеленський прокоментував: «…», — сказав він"), else in the sentences before; one who
        agrees with the pronoun's or the verb's `form`."""
        texts, first = at.texts, at.first
        # The quotes a little before whose speakers can be the one meant, nearest last.
        spoken = [f for f in at.previous[-QUOTES_BACK:] if f.speaker and self.agrees(f.speaker, form)]
        # A quote within what someone else reports ("Він додав, що Трамп сказав «…»") is not
        # whose words the article goes on with: the one reporting is.
        spoke = [
            f.speaker
            for f in spoken
            if f.last in (first - 1, first) and not (f.first < first and self._within_report(texts[f.first]))
        ]
        if spoke:
            return spoke[-1]
        back = [k for k in (first - 1, first - 2) if k >= 0]
        # The quote's sentence before the pronoun holds whom it stands for only as a speaker
        # ("Зеленський прокоментував: «…», — сказав він", "По словам источника, …"); "С Андреем
        # Ермаком он заявил": not Ермак.
        near = [head if self.speaks(head) else "", *(texts[k] for k in back)]
        who = self._speaker_of(near, documents, form, at)
        if who:
            return who
        # The sentences before name no one else: the speaker of the last quote a little earlier
        # ("«…», — сказав він. Президент додав, що … . Він наголосив, що …").
        if not documents:
            # "Пенсионерка из Днепра рассказала о жизни. «…», — сказала она": no one named, the
            # private person the sentence before opens on.
            who = self._private_described(near, form)
            if who:
                return who
        recent = [f.speaker for f in spoken if f.last >= first - 3]
        if recent and not documents:
            return recent[-1]
        if first >= 3 and any(self._refers_back(texts[k]) for k in back):
            # "Президент Зеленський назвав … . За його словами, … . Про це глава держави заявив
            # … . «…», — сказав він": sentences that refer back and name no one who can be
            # meant lead further back.
            return self._speaker_of([texts[first - 3]], documents, form, at)
        if not documents:
            # "Міністр Рустем Умєров повідомив … . Головна домовленість – обмін. Україна передала
            # … . Росія ж передала … . «…», — сказав він": sentences that name no person at all
            # lead back to the last one that does, or to the last quote's speaker.
            for k in range(first - 1, max(-1, first - 1 - PERSONLESS_BACK), -1):
                quoted = [f.speaker for f in spoken if f.last == k]
                if quoted:
                    return quoted[-1]
                if self.persons(_unquoted(texts[k])):
                    return self._speaker_of([texts[k]], documents, form, at) if k < first - 2 else None
        if first <= 1 and not documents and first + 1 < len(texts):
            # "Он обозначил, что … «…»" opening the story, no one named before it (nor in the
            # headline): the sentence after names him.
            return self._speaker_of([texts[first + 1]], documents, form, at)
        return None

    def _speaker_of(self, candidates: list[str], documents: bool, form: str | None, at: Context) -> str | None:
        """The first of these texts' speakers who can be whom a pronoun of `form` (or a
        document, with `documents`) stands for."""
        for text in candidates:
            if documents:
                if self._owned_by_pronoun(text):
                    continue  # "Про це йдеться у його Telegram": his, whom the sentence before names
                # "Про це йдеться в повідомленні Держдепартаменту. «…», — зазначається в
                # повідомленні": the document named before is the one meant, and its owner speaks.
                owner = self._document_owner(text)
                if owner:
                    return owner
            if self.according_pronoun.match(text.strip()):
                # "За його словами, …": his, whom the sentence before names, not the people it
                # speaks of. (Not every sentence that refers back: "Об этом он сказал …" speaks.)
                continue
            who = self.speaking(text) if text.strip() else None
            # A document's words ("говорится в заявлении") are a named source's, not a
            # country's or an organisation's that merely acted in the sentence before.
            office = None if documents or who else self._office_speaking(text)
            if office:
                # "Как пояснил министр, … . «…», — отметил он": the minister the article introduced.
                holder = self._introduced(office, at)
                if holder and self.agrees(holder, form):
                    return holder
            if who and (who.lower() in self.titles or self._described_office(who)):
                continue
            if who and who.split()[0].lower() in self.private:
                continue  # "Женщина отметила": whom the description stands for is further back
            if who and not documents and self._outlet(who, text):
                continue  # "Його заяву цитують росЗМІ, передає Цензор.НЕТ": "він" is no outlet
            if who and not self.agrees(who, form):
                if not self._person(who):
                    # "…, сообщил журналист Алекс Рафоглу со ссылкой на источники. «…», — написал
                    # он": the sources are cited by the one named before them, who wrote.
                    cited = next(filter(None, (rx.search(text) for rx in self.referring)), None)
                    citing = self.persons(_unquoted(text[: cited.start()])) if cited else []
                    if citing and self.agrees(citing[-1], form):
                        return citing[-1]
                    continue  # "Российские представители докладывают Путину": a group, no one in it
                # "…, — заявив Петро Коваль, а пенсіонерка Ганна Мельник лише похитала головою.
                # «…», — сказала вона": the one named there who agrees.
                agreeing = [p for p in self.persons(_unquoted(text)) if self.agrees(p, form)]
                if agreeing:
                    person = agreeing[-1]  # "пенсіонерки Ірини Нестеренко": in the nominative
                    return self.nominative(person, genitive=not _FIRST_NAME.search(person.split()[0]))
                continue
            if who and not (documents and len(who.split()) == 1 and not self.known(who) and not who.isascii()):
                return who
        return None

    def _speaking_before(self, at: Context) -> str | None:
        """The person speaking in the nearest sentence before the quote's that names anyone, when
        that is not the sentence right before; the one quoted last, when that quote comes first."""
        for k in range(at.first - 1, max(-1, at.first - 1 - PERSONLESS_BACK), -1):
            text = at.texts[k]
            quoted = [f.speaker for f in at.previous if f.last == k and f.speaker]
            if quoted:
                # "«…», — сказав Зеленський. Він додав, що … . «…»": sentences since that name no
                # one leave the words to the one quoted last.
                return quoted[-1] if k < at.first - 1 else None
            plain = _unquoted(text)
            if self.persons(plain):
                who = self.speaking(text) if k < at.first - 1 and self.verb.search(plain) else None
                return who if who and self._person(who) else None
        return None

    def _office_speaking(self, text: str) -> str | None:
        """The office that alone is a verb of speech's subject ("Как пояснил министр, …",
        "Министр отметил, что …"), in lower case."""
        plain = _unquoted(text)
        for m in self.verb.finditer(plain):
            after = _WORD.findall(_clause(plain[m.end() :]))
            before = [w for w in _WORD.findall(plain[: m.start()]) if w.lower() not in self.not_names]
            for words in (after, before):
                if len(words) == 1 and words[0].lower() in self.titles:
                    return words[0].lower()
        return None

    def _private_description(self, words: list[str]) -> str | None:
        """Words that open on a private person's noun, as the article describes them, in lower
        case: "Жительница Одессы" -> "жительница Одессы", "пенсионерка из Днепра"."""
        if not words or words[0].lower() not in self.private:
            return None
        return self._description([words[0].lower(), *words[1:]], 0)

    def _private_described(self, candidates: list[str], form: str | None) -> str | None:
        """A private person described in these texts as the subject who spoke ("Жительница
        Одессы рассказала"), when no one named is meant."""
        for text in candidates:
            plain = _unquoted(text)
            verb = self.verb.search(plain)
            words = _WORD.findall(plain[: verb.start()] if verb else plain)
            who = (self._private_description(words) if 1 < len(words) <= 6 else None) or self.speaking(text)
            if who and len(who.split()) > 1 and who.split()[0].lower() in self.private and self.agrees(who, form):
                return who
        return None


_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
_MARKS = re.compile('[«»“”„"]')


# A verb's form, not a noun's, in Ukrainian or Russian: its past ("заявив", "обвинила"), its
# present ("каже", "заявляет", "говорят").
_VERB_FORM = re.compile(r"(?:[вл]|л[аио]|л?[ая]сь|л?ися|вся|[еє]|[еиаяу]т|ють|ут|ят)$", re.IGNORECASE)


# Latin initials, with the capitalised words of a name they open ("NBC News"); capitalised
# runs leave initials out, which are no person's name.
_OPENING_ACRONYM = re.compile(r"\s*([A-Z]{2,}(?:\s+[A-Z][a-z]+)*)(?![\w-])")


_SAME_LETTER = str.maketrans("yhcєіїґёы", "igkеиигеи")


def spelling(word: str) -> str:
    """One key for the spellings of a name in either script: Latin transliterations of a Cyrillic
    name (Sybiha = Sibiga, Kallas = Callas, Zelenskyy = Zelensky: y/i, h/g, c/k, a doubled
    letter) and its Ukrainian and Russian spellings (Умєров = Умеров: є/е, і/и, ї/и, ґ/г, ё/е, ы/и)."""
    return re.sub(r"(.)\1", r"\1", word.lower().translate(_SAME_LETTER))


def _apostrophe_forms(words) -> frozenset[str]:
    """Words in lower case, each with every apostrophe a site types ("прем'єр", "прем’єр",
    "премʼєр"): one word, however it is typed."""
    return frozenset(re.sub("'", a, _plain_apostrophes(w.lower())) for w in words for a in "'’ʼ")


def _plain_apostrophes(text: str) -> str:
    """ "премʼєрка", "прем’єрка" as "прем'єрка": one word, whichever apostrophe a site types."""
    return re.sub("[’ʼ]", "'", text)


def _stem(word: str) -> str:
    """A word's beginning that any of its cases shares ("секретар" for "секретаріату")."""
    return word[: max(4, len(word) - 2)]


def _spoke_before(name: str, at: Context) -> bool:
    """Whether a quote before this one has this speaker: a first name alone ("Ирина") is a
    person once the article has quoted her by it."""
    return any(f.speaker == name for f in at.previous)


def _unquoted(text: str) -> str:
    """The text without its quotations (their words are not who speaks), in one pass: an
    opening mark waits for its closing one; one never closed is kept as it stands."""
    out, start, open_at, close = [], 0, -1, ""
    for m in _MARKS.finditer(text):
        ch = m.group(0)
        if open_at < 0 and ch in _PAIRS:
            open_at, close = m.start(), _PAIRS[ch]
        elif open_at >= 0 and ch == close:
            out.append(text[start:open_at])
            out.append(" ")
            start, open_at = m.end(), -1
    out.append(text[start:])
    return "".join(out)


def _clause(text: str, asides: bool = True) -> str:
    """A text up to its first punctuation; with `asides`, one in brackets is passed over
    ("секретаря Совета (СНБО) Украины Диана Давитян")."""
    return re.split(r"[,.;:!?()]", _BRACKETED.sub(" ", text) if asides else text, maxsplit=1)[0]


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(words))) or "(?!x)x"


def _any_case(words) -> str:
    """An alternation of words that may open a sentence: "в" and "В"."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(words)) or "(?!x)x"


def _replace_ending(word: str, table: list[tuple[str, str]]) -> str | None:
    """The word with the first (longest) ending of the table that it has replaced, if any."""
    return next((word[: -len(e)] + r for e, r in table if word.endswith(e) and len(word) - len(e) >= 2), None)


def _office_before_name(text: str, run: str, titles) -> bool:
    """Whether one of the three words before `run` in `text` is an office ("советник президента
    США Дональда Трампа")."""
    at = text.find(run)
    return at > 0 and any(w.lower() in titles for w in _WORD.findall(text[:at])[-3:])


def _form_of(word: str, stems: tuple[str, ...]) -> bool:
    """Whether a word is one of these nouns in some case ("Міністерство" of "міністерств",
    "политолога" of "политолог"), not a longer word a stem only opens ("Радниця", "Службовець")."""
    w = word.lower()
    return any(w.startswith(stem) and len(w) - len(stem) <= 3 for stem in stems)


def _last_word(text: str) -> str:
    """A text's last word in lower case ("" for none): the preposition, office or conjunction
    that governs what follows it."""
    words = _WORD.findall(text)
    return words[-1].lower() if words else ""


def _given_before_in(word: str, texts: list[str]) -> bool:
    """Whether the texts write `word` after another capitalised word, as a surname after a given name."""
    pattern = re.compile(rf"[A-ZА-ЯЁІЇЄҐ][\w'’-]+\s+{re.escape(word)}\b")
    return any(pattern.search(t) for t in texts)


def _sides(where: list[str], placer: Placer) -> set[str]:
    """The sides the taxonomy's actors place the words on, a word at a time or as the phrase
    they make ("Белого дома" is one actor)."""
    return {g for w in (*where, " ".join(where)) if (g := placer.group_of(w))}


def _same_script(words: list[str]) -> list[str]:
    """The leading words in the first word's script: "украинку kp.ru" -> ["украинку"]."""
    return words[: next((k for k, w in enumerate(words) if words and w.isascii() != words[0].isascii()), len(words))]


def _forms(phrase: str) -> str:
    """A pattern for a phrase of known words in any case: each word's base and up to three
    letters of ending; a Ukrainian "і" in the last syllable alternates ("дім", "дому")."""
    return r"\s+".join(
        re.sub(r"і(?=[^аеиоуыэюяіїєё]*$)", "[іое]", re.escape(_base(w))) + r"\w{0,3}" for w in phrase.split()
    )


def _base(name: str) -> str:
    """A nominative surname without its own ending: "Зеленський" -> "зеленськ"."""
    w = name.lower()
    for e in ("ий", "ій", "ый", "ой", "а", "я", "ь"):
        if w.endswith(e) and len(w) - len(e) >= 3:
            return w[: -len(e)]
    return w


@lru_cache(maxsize=None)
def rules(language: str) -> Rules | None:
    """The language's attribution rules, or None when its data has none (English: the
    built-in rules of quotes.py)."""
    return Rules(language) if data(language).quotes.get("verbs") else None
