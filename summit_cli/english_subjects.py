"""Who an English sentence names and whose words it reports: the word lists and patterns of
names, titles, descriptions and subjects, and the helpers that clean a speaker as a reader
wants it ("Ukraine Serhiy Kyslytsya" -> "Serhiy Kyslytsya", never a place on its own) or find
the subject of a sentence. quotes.py attributes quotes with them, antecedents.py resolves
pronouns and descriptions with them."""

from __future__ import annotations

import re

from .lang import words
from .text.tokens import stop_words


def _alternation(name: str, without: frozenset[str] = frozenset()) -> str:
    return "|".join(sorted((re.escape(w) for w in words(name) - without), key=lambda w: (-len(w), w)))


# "is insisting on", "has been calling for": a speech verb in its progressive form ("was
# speaking after …" tells when, "are calling 'on the move'" may be phoning: not those).
_PROGRESSIVE = rf"(?:is|are|was|were|been)\s+(?:calling\s+for|{_alternation('speech_participles', frozenset({'speaking', 'calling'}))})"
VERBS = rf"(?:{_PROGRESSIVE}|{_alternation('speech_verbs')})"
_TITLE = words("titles") | {"the", "state", "affairs", "staff", "kremlin", "union", "us", "u.s."}
_PLACES = words("places")
_GROUP_ADJECTIVES = words("group_adjectives")
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
        "whether",
        # the first word of a preposition of two words ("Ahead of the talks, …")
        "ahead",
        "prior",
        "thanks",
        "instead",
        "due",
        "regardless",
    }
    | words("weekdays")
    | words("months") - {"may"}
    | words("pronouns")
    | words("prepositions")
    | words("sentence_starters")
    | words("indefinite_pronouns")
)
# A country's adjective ("Ukrainian", "Polish", "French"), not a given name that ends like one
# ("Friedrich", "Christian"): those the language data lists.
_DEMONYM = re.compile(
    rf"^(?!(?i:{_alternation('given_names_like_demonyms')})$)\S*(?:ian|ish|ese|ean|can)$"
    r"|^(?:French|Dutch|Greek|Swiss|Thai|Czech|Kremlin|White|House)$"
)
_CAP = r"[A-Z][\w'’.-]*"
# "Secretary of State Marco Rubio": an office's "of" joins its words into one name.
_NAME = rf"(?:{_CAP}(?:\s+(?:{_CAP}|of\s+{_CAP}|(?:de|der|den|van|von|du|da|del|al|bin|la|le)\b)){{0,6}})"
# A word of a description: not a pronoun, an adverb or a verb's helper ("the president also").
# "a joint US–Ukraine statement": a dash between words joins them.
_DWORD = rf"(?!(?i:{_alternation('not_description_ends')})\b)[\w'’.–-]+"
_DETERMINERS = {"the", "a", "an", "another", "some", "many", "several", "both"} | words("numbers")
# ("12 allied countries"; not "October 16 post": a number after a word is a date's or a count's)
_DET = rf"(?:(?i:{'|'.join(sorted(_DETERMINERS, key=lambda w: (-len(w), w)))})|(?<![A-Za-z]\s)\d+)"
# "in Kyiv", "to the US", "close to the Russian delegation": where a described person is, or
# what they represent (a place, or a body's name and its noun; "the head of the Defence Council
# of Ukraine": a body's name may hold an "of" of its own).
_TAIL_PREPOSITIONS = r"(?:in|from|of|to|at|near|for)"
_PLACE_TAIL = (
    rf"(?:\s+{_TAIL_PREPOSITIONS}\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?"
    rf"(?:\s+of\s+(?:the\s+)?{_CAP})?(?:\s+[a-z][\w-]*)?)?"
)
# (a description ends on no preposition: "The head of the Russian delegation also stated" is the
# head's, with where the head is from)
_LAST_DWORD = rf"(?!{_TAIL_PREPOSITIONS}\s){_DWORD}"
# "a source familiar with the matter", "officials close to the talks": what a source knows.
_SOURCE_TAIL = r"(?:\s+(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in)\s+(?:the\s+)?[a-z][\w-]*)?"
# "the Ukrainian leader", "a U.S. official", "one woman in Kyiv", "Ukraine’s ambassador to the US",
# "Keir Starmer’s spokesperson" (whose in full)
_DESC = rf"(?:[Oo]ne\s+of\s+the\s+{_DWORD}|{_DET}\s+(?:{_DWORD}\s+){{0,4}}{_LAST_DWORD}{_PLACE_TAIL}{_SOURCE_TAIL}|(?:(?!(?i:{_alternation('titles')})\b){_CAP}\s+)?{_CAP}['’]s(?:\s+[a-z][\w-]*){{1,3}}{_PLACE_TAIL})"
_NOT_DESCRIPTION_ENDS = words("not_description_ends")
_PRONOUNS = words("pronouns")
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
# "American and Ukrainian officials", "Western diplomats", "US briefings": a group (or the
# papers of one) by where it is from, with no article (kept only when the capitalised words
# are places or peoples: see _clean_name).
_GROUP_HEADS = sorted(
    w for w in words("people") | words("speaking_groups") | words("speech_documents") if w.endswith("s")
)
_GROUP = rf"(?:{_CAP}\s+and\s+)?{_CAP}\s+(?:{'|'.join(_GROUP_HEADS)})\b"
# "representatives of the Russian delegation", "officials in Kyiv": people in the plural, placed.
_PEOPLE = "|".join(h for h in _GROUP_HEADS if h in words("people") | words("speaking_groups"))
_PLACED_GROUP = rf"(?:{_PEOPLE})(?=\s+(?:in|from|of|to|at|near|for)\s){_PLACE_TAIL}"
# "officials", "people familiar with the matter", "US officials and people familiar with the
# matter": people in the plural with no article, as the subject of a verb after a quote.
_PLURAL_PEOPLE = "|".join(["people", *(h for h in _GROUP_HEADS if h in words("people"))])
_BARE_GROUP = rf"(?:{_GROUP}|(?:{_PLURAL_PEOPLE})\b{_SOURCE_TAIL})"
_PLURAL_GROUPS = rf"{_BARE_GROUP}(?:\s+and\s+{_BARE_GROUP})?"
_SUBJECT = rf"{_DESC}|{_GROUP}|{_PLACED_GROUP}|{_NAME}|{_PRON}"
_SUBJ = rf"(?<![\w'’.-])({_SUBJECT})"
# "Igor Novikov, a former adviser to President Zelenskyy": a name and who they are.
_APPOSITION = rf"({_NAME}),\s+(?:an?|the)\s+[^,;:“”\"]{{1,80}}"
# …,” his statement published on the ministry's website said / Lavrov's remarks read: “…”:
# the words of a document are its author's.
_DOCUMENT_WORDS = _alternation("speech_documents")
# Nouns that end like an adverb: "the president's family" keeps its last word.
_LY_NOUNS = frozenset("family assembly anomaly monopoly supply butterfly homily".split())
# "subsequently", "reportedly", "publicly": an adverb of manner or time.
_ADVERB = rf"(?!(?:{'|'.join(sorted(_LY_NOUNS))})\b)[a-z]{{4,}}ly"
# X said: “…” / X, while not present, affirmed that Ukraine is “…”: the subject right before the verb
# Helpers and adverbs between a subject and its verb: "Peskov earlier said", "Putin has previously said".
# "Ushakov on Dec 5 said", "Zelensky on 14 December said": the day, by name or by date.
_MONTH = "|".join(
    sorted((w.capitalize() for w in words("months") | words("month_abbreviations")), key=len, reverse=True)
)
_DAY = (
    r"on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    rf"|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b\.?)"
)
# "Trump, who earlier in the day criticized": when, between the subject and its verb.
_WHEN_PHRASE = r"(?:earlier|later)\s+(?:in|on|that|this)\s+(?:the\s+)?(?:day|week|month|year|morning|afternoon|evening)"
_HELPERS = rf"(?:(?:{_WHEN_PHRASE}|has|had|have|also|later|then|earlier|already|again|further|still|now|previously|repeatedly|separately|once|himself|herself|themselves|in\s+turn|for\s+(?:his|her|their|its)\s+part|{_ADVERB}|{_DAY})\s+){{0,3}}"
_VERB = re.compile(rf"\b{VERBS}\b")


# Words that open a sentence before its subject: no part of a name.
_CONNECTIVES = {w.capitalize() for w in words("connectives")}
_STOPS = stop_words("english")
_EVENTS = words("events")
_PREPOSITIONS = words("prepositions")
_DANGLING = _PREPOSITIONS | _DETERMINERS
_QUESTION_OPENERS = {"Do", "Does", "Did"}
_GIVEN_NAMES = words("men_given") | words("women_given")
_WHEN_WORDS = words("months") | words("weekdays")
_PRIVATE = words("private_people")
_AGE = re.compile(r"[\w-]+-year-old", re.IGNORECASE)
# "NSDC", "SBU": a body's initials, which may stand before its office ("NSDC Secretary").
_INITIALS = re.compile(r"[A-Z]{3,6}")
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w'’.]*(?:-[a-z]+)+")  # "Kyiv-based", "Kremlin-backed"


_OFFICE_OF_BODY = rf"(?i:the|an?)\s+[a-z]+\s+of\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+(?:the\s+)?)?{_CAP}){{1,5}}"


def _last_title(toks: list[str]) -> int:
    """Where the last office word of a speaker's words is ("aide" in "The Kremlin aide Yuri
    Ushakov"), -1 with none: the name, if any, follows it."""
    return max((k for k, t in enumerate(toks) if t.lower().strip(".") in _TITLE), default=-1)


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{0,8}")


def _clean_name(name: str) -> str | None:
    """A speaker as a reader wants it: a person's name without titles or a leading country
    ("Ukraine Serhiy Kyslytsya" -> "Serhiy Kyslytsya"), or a description as written; never a
    place on its own ("Kyiv", "US", "Ukrainian")."""
    toks = name.strip(" ,.").split()
    if len(toks) == 1 and _PARTY_TAG.fullmatch(toks[0]):
        return None  # "Chris Coons, D-Del., and …": a senator's party and state, no one's name
    while toks and (toks[0] in _CONNECTIVES or toks[0] in _QUESTION_OPENERS):
        toks = toks[1:]  # "Do Russians believe …?": a question's auxiliary is no part of a name
    if len(toks) > 2 and toks[0].lower() in ("the", "a", "an"):
        # "(After) the game Mourinho admitted": an event with no comma before the subject, then
        # the subject's capitalised words
        cap = next((k for k in range(1, len(toks)) if toks[k][:1].isupper()), None)
        if cap and all(t[:1].islower() for t in toks[1:cap]) and _bare(toks[cap - 1]) in _EVENTS:
            toks = toks[cap:]
    if len(toks) > 2 and toks[0].lower() in _PREPOSITIONS and toks[1].lower() in _WHEN_WORDS:
        toks = toks[2:]  # "On Thursday Putin gathered his advisers": when, then who
    while toks and toks[-1].lower() in _DANGLING:
        toks = toks[:-1]  # "asked the commander of": a description cut off mid-phrase
    while len(toks) > 2 and toks[-1] in _NOT_DESCRIPTION_ENDS:
        toks = toks[:-1]  # "researchers from Birkbeck College were": the verb's helper is no part of it
    if len(toks) == 2 and toks[1].lower() in _WHEN_WORDS and _POSSESSIVE.search(toks[0]):
        toks = toks[:1]  # "Trump's October 16 X post hailed": whose post, not a name with a month
    if (
        len(toks) > 3
        and toks[0].lower() == "the"
        and (_bare(toks[1]) in _PLACES or toks[1][:1].islower())
        and _POSSESSIVE.search(toks[1])
        and toks[2][:1].isupper()
        and toks[2].lower().strip(".") in _TITLE
    ):
        # "The UK’s Prime Minister Sir Keir Starmer", "the country’s President Volodymyr
        # Zelensky": the office and the name
        toks = toks[2:]
    h = next((k for k in range(1, len(toks) - 1) if toks[k].lower().strip(".") in _HONORIFICS), None)
    if h is not None and toks[h + 1][:1].isupper() and all(t[:1].isupper() or t == "the" for t in toks[:h]):
        toks = toks[h:]  # "The Taoiseach Mr Martin", "Defence Secretary Mr Healey": an office, then the person
    if _event(toks):
        return None
    name = " ".join(toks)
    of = toks.index("of") if "of" in toks[1:] else 0
    if of and toks[of - 1].lower() not in _JOINS_OF and toks[-1].lower() not in _BODIES:
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
        # "U.S. and Ukrainian representatives" speak as a group, and "ISW analysts" as a body's
        # (initials); "Trump officials" is no place's or body's group and no one person's name.
        where = [t for t in toks[:-1] if t != "and"]
        return name if all(_from_place(t) or _INITIALS.fullmatch(t) for t in where) else None
    if (
        toks[0].lower() in _DETERMINERS
        or toks[0].isdigit()
        or (len(toks) > 1 and _POSSESSIVE.search(toks[0]) and toks[1][:1].islower())
    ):
        # The description ends where its sentence's verb begins: "Trump's administration
        # tempered expectations" is the administration ("Ukraine's armed forces" keeps "armed"),
        # "the Russians demanded two regions" the Russians.
        while len(toks) > 2 and (toks[-1].lower() in _NOT_DESCRIPTION_ENDS or _adverb(toks[-1])):
            toks = toks[:-1]  # "Ukraine's president also", "The Kremlin subsequently"
            name = " ".join(toks)
        for k in range(1, len(toks)):
            speech = _VERB.fullmatch(toks[k])
            past = (
                k >= 2
                and re.fullmatch(r"[a-z]+ed", toks[k])
                and (toks[k - 1][:1].islower() or k >= 3 or _only_places(toks[:k]))
            )
            # "The Europeans head to Kyiv": after a people, a word in lower case is its verb.
            verb_of_people = toks[k][:1].islower() and bool(_people_of(" ".join(toks[1:k])))
            if speech or (past and not toks[k - 1].endswith("ly")) or verb_of_people:
                toks = toks[:k]
                name = " ".join(toks)
                break
        # (a long one only as an office of a body: "the head of the Defence Council of Ukraine")
        if len(toks) > 7 and not re.fullmatch(_OFFICE_OF_BODY, name) or _only_places(toks):
            return None
        possessive = _POSSESSIVE.search(toks[0])
        if (
            possessive
            and _bare(toks[0]) not in _PLACES
            and (len(toks) == 1 or _ADJECTIVE.fullmatch(toks[-1]))
            and not any(_bare(t) in _HOLDERS for t in toks[1:])
        ):
            # "Trump’s long-standing claims that …", "Putin’s repeated claims": no one of theirs
            # speaks; the word taken for a verb is a noun, and the words are the owner's.
            return _clean_name(_POSSESSIVE.sub("", toks[0]))
        # "The Kremlin aide Yuri Ushakov": an office and the name it titles, the name as a reader wants it
        last_title = _last_title(toks)
        titled = toks[last_title + 1 :]
        # ("a spokesperson for the European Commission": a body after a preposition is whose
        # the description is, no name of a person)
        of_body = last_title > 0 and toks[last_title].lower() == "the" and toks[last_title - 1].lower() in _PREPOSITIONS
        if (
            last_title > 0
            and not of_body
            and len(titled) >= 2
            and all(t[:1].isupper() and not _POSSESSIVE.search(t) for t in titled)
        ):
            return " ".join(titled)
        return name
    office = list(toks)
    # "Malaysia Airlines CEO Ahmad Jauhari Yahya", "US Army Lieutenant Colonel Jeff Tolbert": the
    # name is what follows the last word of a capitalised office.
    last_title = _last_title(toks)
    if 0 <= last_title < len(toks) - 1 and all(t[:1].isupper() or t == "of" for t in toks[last_title:]):
        toks = toks[last_title + 1 :]
    while len(toks) > 1 and (
        toks[0].lower().strip(".") in _TITLE
        or toks[0] == "of"
        or _DEMONYM.search(toks[0])
        or _bare(toks[0]) in _PLACES
        or _bare(toks[0]) in _PRIVATE
        or toks[0][:1].isupper()
        and toks[0].lower() in _ROLE_NOUNS  # "Analyst Piet Van den Berg"
        or _AGE.fullmatch(toks[0])
        or _INITIALS.fullmatch(toks[0])  # "NSDC Secretary": a body's initials before its office
    ):
        toks = toks[1:]  # "Pensioner Olga Kovalenko", "Eighteen-year-old Kyiv student …": the name
    if "of" in office[: len(office) - len(toks)] + toks[:-2] and toks[0].lower() not in _GIVEN_NAMES:
        # "Commissioner of Road Policing Dave Cliff", "Foreign Ministry of Ukraine Oleh Pryhoda":
        # where the office or the body ends, a given name the data knows begins the name
        given = next((k for k in range(1, len(toks) - 1) if toks[k].lower() in _GIVEN_NAMES), None)
        toks = toks[given:] if given else toks
    if len(toks) == 1 and _bare(toks[0]) in _NOT_PERSON_NOUNS - _BODIES:
        return None  # "… with the 47th Brigade said": a unit's, a place's or an outlet's noun alone
    if not toks or toks[0].lower() in _NOT_NAME or _only_places(toks) or _COMPOUND_ADJECTIVE.fullmatch(toks[-1]):
        return None  # "said Kyiv-based analyst …": "Kyiv-based", "US-led" qualify a name
    if len(office) > 1 and toks == office[-1:] and toks[0].lower() in _TITLE:
        # "U.S. President claims": an office with no name is a description of its holder
        return "the " + " ".join(office)
    toks[-1] = re.sub(r"(?<=\w)['’]s$", "", toks[-1])  # "Putin’s claims that …": Putin's words
    return " ".join(toks)


def _event(toks: list[str]) -> bool:
    """ "the talks", "The meeting in Riyadh", "Russia's war in Ukraine": what happens, which
    concludes or ends but never speaks."""
    head = next((k for k, t in enumerate(toks) if k and t in _PREPOSITIONS), len(toks))
    return bool(head) and _bare(toks[head - 1]) in _EVENTS


def _adverb(word: str) -> bool:
    """ "subsequently", "reportedly", "publicly": an adverb of manner or time."""
    return bool(re.fullmatch(_ADVERB, word))


def _from_place(word: str) -> bool:
    """A word that places a group: "Ukrainian", "U.S.", "European", "Kremlin"."""
    return bool(
        word.lower().strip(".") in {"us", "u.s", "uk", "eu"}
        or _DEMONYM.search(word)
        or _bare(word) in _PLACES | _GROUP_ADJECTIVES
    )


def _people_of(name: str) -> bool:
    """A country's people in the plural ("Ukrainians", "the Europeans")."""
    rest = [t for t in name.split() if t.lower() not in _DETERMINERS]
    return len(rest) == 1 and rest[0].endswith("ns") and _bare(rest[0]) in _PLACES


# "Ukraine’s", "Fox News’": a possessive ending.
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower())


def _only_places(toks: list[str]) -> bool:
    """Only places: "Kyiv", "the US", "Ukrainian"; the Kremlin is a body that speaks."""
    rest = [t for t in toks if t.lower() not in _DETERMINERS]
    if len(rest) == 1 and _bare(rest[0]) in _BODIES:
        return False
    return bool(rest) and all(_bare(t) in _PLACES or _bare(t).replace(".", "") in _PLACES for t in rest)


_PLACE_NOUNS = words("place_nouns")
_OUTLET_NOUNS = words("outlet_nouns")
_UNIT_NOUNS = words("unit_nouns")
_NOT_PERSON_NOUNS = _PLACE_NOUNS | _OUTLET_NOUNS | _UNIT_NOUNS | words("bodies")
_PLACE_OF = re.compile(rf"\b(?:{'|'.join(sorted(_PLACE_NOUNS))})\s+of\s+$", re.IGNORECASE)


def _persons(text: str, known: set[str]) -> list[str]:
    """Names of people in a stretch of text, in order: a capitalised name of two or more words
    (titles dropped), or one word already seen as a surname or right before a speech verb;
    not a place ("the city of Kryvyi Rih", "Dnipropetrovsk Oblast"), an outlet ("NBC News"), a
    military unit ("the 25th Airborne Brigade") or a body ("the Shanghai Cooperation Organization")."""
    out = []
    for m in re.finditer(_NAME, text):
        found = m.group(0)
        last = _bare(found.split()[-1])
        if _PLACE_OF.search(text[max(0, m.start() - 30) : m.start()]) or last in _NOT_PERSON_NOUNS:
            continue
        owned = re.match(r"\s+((?:[a-z][\w-]*\s+){1,3})[A-Z][\w'’-]+\s+[A-Z]\w", text[m.end() :])
        if _POSSESSIVE.search(found) and owned and not set(owned.group(1).split()) & _PREPOSITIONS:
            continue  # "Trump’s close ally Elon Musk": Trump only owns the description of the one named
        toks = found.split()
        if _bare(toks[0]) in _UNIT_NOUNS or any(_bare(w) in _UNIT_NOUNS for w in toks[:-1]) and last in _PLACES:
            continue  # "U.S. Army Europe", "Army Command": a unit; not "Armed Forces Minister James Heappey"
        if toks[0].lower() in _PREPOSITIONS and len(toks) > 1:
            toks = toks[1:]  # "For Golovka, nothing can be trusted": Golovka
            found = " ".join(toks)
        owner = max((k for k, t in enumerate(toks[:-1]) if _POSSESSIVE.search(t)), default=-1)
        if owner >= 0:
            found = " ".join(toks[owner + 1 :])  # "Fox News’ Fox & Friends": what is the owner's, not a name
        name = _clean_name(_POSSESSIVE.sub("", found))  # "Donald Trump’s plan": Donald Trump
        body_of = name.split(" of ", 1) if name else []
        if len(body_of) == 2 and _bare(body_of[0].split()[-1]) in _BODIES and _only_places(body_of[1].split()):
            continue  # "the President’s Office of Ukraine", "the Security Council of Ukraine": a body
        if not name or _is_description(name) or all(w.lower().strip(".") in _TITLE for w in name.split()):
            continue  # "the Ukrainian President said": an office, no name
        honorific = m.group(0).split()[0].lower().strip(".") in _HONORIFICS  # "Mr Dawson" is a person
        if (
            len(name.split()) >= 2
            or honorific
            or _surname(name) in known
            or re.match(rf"\s+{VERBS}\b", text[m.end() :])
            or m.start() == 0
            and re.match(_INTRODUCED, text)  # "Yevhen, a sapper with …, shares"
        ):
            out.append(name)
    return out


_HONORIFICS = words("men_honorifics") | words("women_honorifics") | {"dr"}


def _surname(name: str | None) -> str:
    return re.sub(r"['’]s?$", "", name.split()[-1]).lower() if name else ""


def _who(phrase: str) -> tuple[str | None, bool]:
    if phrase.lower() in _PRONOUNS:
        return None, True
    return _clean_name(phrase), False


def _named(who: str | None) -> bool:
    return bool(who) and not _is_description(str(who))


# "Speaking at a press conference in Anchorage, Putin struck a measured tone, warning …": a
# clause before the sentence's subject.
_OPENER = r"[A-Z][^,“”\"]{0,100}?,\s+"
_OPENING = rf"\s*(?:{_OPENER})?{_SUBJ}"


# "Marta Koval, a 41-year-old nurse, …": a sentence that opens on a person and says who she is.
_INTRODUCED = rf"\s*{_APPOSITION},"
# "Rustem Umerov, Secretary of the Security Council and a member of …, was optimistic": an office
# "of" or "for" something in apposition, with no article (not "Moscow, President Putin said").
_INTRODUCED_BY_OFFICE = (
    rf"\s*({_NAME}),\s+(?:[\w-]+\s+){{0,2}}?(?i:{_alternation('titles')})\s+(?:of|for)\s+[^,;:“”\"]{{1,120}},"
)


# "Kremlin spokesman Dmitry Peskov", "Rally co-organizer Mary Kalyna": an office or a role, then the name.
_TITLED_AFTER = (
    rf"\s+(?:(?:{_alternation('titles')}|{_alternation('people')}|{_alternation('private_people')})\s+){{1,3}}({_NAME})"
)
_NAMED_AFTER = rf",\s+({_NAME}),"


# "Kyiv later accused Moscow of …", "However, Russia dismissed …", "India has strongly condemned
# …, calling it", "Ukraine and the US said": countries or capitals that open the sentence and act
# in it stand for their governments, as "the Kremlin" does; a place anywhere else ("one woman in
# Kyiv said", "Ukraine's foreign minister") is where someone is, never who speaks.
_PLACE_NAME = rf"(?:[Tt]he\s+)?{_NAME}(?<![’']s)"
# "And the U.S. reiterated": a word that joins the sentence to the one before, without a comma.
_COORDINATOR = rf"(?:{'|'.join(w.capitalize() for w in sorted(words('coordinators')))})\s+"
_PLACE_OPENING = (
    rf"\s*(?P<opener>{_OPENER}|{_COORDINATOR})?(?P<place>{_PLACE_NAME}(?:(?:,\s+|\s+and\s+){_PLACE_NAME})*)"
    rf"\s+{_HELPERS}(?=$|[a-z]+ed\b|(?:was|is|has|had|{VERBS})\b)"
)


def _place_subject(before: str, verb_next: bool = False) -> str | None:
    """The places that open a sentence as its subject (`_PLACE_OPENING`), as the sentence writes
    them; with `verb_next`, only right before the end of `before` (where its verb starts)."""
    m = re.match(_PLACE_OPENING, before)
    opener = m.group("opener") if m else None
    if not m or (verb_next and m.end() < len(before)) or (opener and re.search(rf"\bthat\b|{_VERB.pattern}", opener)):
        return None  # "The statements added that Washington, Kyiv and Moscow welcomed": reported
    place = m.group("place")
    if not _only_places([t for t in place.replace(",", " ").split() if t != "and"]) or _people_of(place):
        return None
    return "the" + place[3:] if place.startswith("The ") else place


# "The British prime minister Keir Starmer issued …": a name after its description's title (the
# description's words alone would run on into the given name).
_DESCRIBED_NAME = rf"\s*(?:{_OPENER})?{_DET}\s+(?:[\w'’.–-]+\s+){{0,3}}?(?i:{_alternation('titles')})\s+({_NAME})"


# "a video showing Leo, ": a name right before the comma that opens its apposition.
_NAME_THEN_COMMA = re.compile(rf"(?<![\w'’.-])({_NAME}),\s+$")


# "Following the talks, President Putin's senior foreign policy adviser, Yuri Ushakov, offered":
# after an owner, the office it owns and the name that holds it.
_OWNED_OFFICE = rf"\s+(?:[a-z][\w'’-]*\s+){{0,4}}?(?i:{_alternation('titles')}),?\s+({_NAME})(?=,|\s+[a-z])"


def _sentence_subject(before: str) -> tuple[str | None, bool] | None:
    introduced = (
        re.match(_INTRODUCED, before) or re.match(_INTRODUCED_BY_OFFICE, before) or re.match(_DESCRIBED_NAME, before)
    )
    name = _clean_name(introduced.group(1)) if introduced else None
    if name and _named(name):
        return name, False
    m = re.match(_OPENING, before)
    if m:
        # "Kremlin spokesperson Dmitry Peskov declined …": the name after a lower-case title;
        # "Putin's foreign policy adviser, Yuri Ushakov, briefed …": the name in apposition.
        who = _who(m.group(1))
        owned = re.match(_OWNED_OFFICE, before[m.end(1) :]) if _POSSESSIVE.search(m.group(1)) else None
        if owned and _named(_clean_name(owned.group(1))):
            return _who(owned.group(1))
        after = re.match(_TITLED_AFTER, before[m.end(1) :]) or (
            re.match(_NAMED_AFTER, before[m.end(1) :]) if who[0] and not _named(who[0]) else None
        )
        named = _who(after.group(1)) if after else (None, False)
        who = named if _named(named[0]) else who
        apposed = _NAME_THEN_COMMA.search(before[: m.start(1)])
        if (
            apposed
            and who[0]
            and not _named(who[0])
            and before[m.end(1) :].startswith(",")
            and not _only_places(apposed.group(1).split())
        ):
            # "a video showing Leo, the first US pontiff, asking …": a description between commas
            # right after a name is the name's apposition (not "In Kyiv, the president said").
            who = _who(apposed.group(1))
        if who[0] and who[0].lower() in _STOPS:
            return None  # "Somewhat awkwardly for Zelensky, his host …": an opening word is no one
        if who[0] or who[1]:
            return who
    return None


# "Zelensky's office said in a statement", "the ministry said in its readout": who issued it.
_STATED_IN = (
    rf"(?<![\w'’.-])({_DESC}|{_NAME})\s+{_HELPERS}{VERBS}\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|his|her|their|the)\s+"
    rf"(?:[\w-]+\s+)?(?:{_DOCUMENT_WORDS})\b"
)


_BODIES = words("bodies")
# "long-standing", "public", "recent", "own": a word that describes, and names no one.
_ADJECTIVE = re.compile(r"[a-z]+-[a-z]+|[a-z]+(?:ing|ive|ous|ic|ful|less|ent|ant)|own")
# Nouns of a person by office or role ("the US president", "a woman"), and of those who speak
# for someone ("Trump's envoy", "Zelensky's office").
_ROLE_NOUNS = _TITLE | words("people") | words("private_people")
_HOLDERS = _ROLE_NOUNS | _BODIES
# Words whose "of" joins what follows into a name: an office's, a body's, and "one of the women".
_JOINS_OF = _TITLE | _BODIES | words("numbers")  # "one of the women", "dozens of residents"


def _is_role(description: str) -> bool:
    """A description of a person by office or role ("the US president", "a woman"), not of a thing."""
    return _bare(description.split()[-1]) in _ROLE_NOUNS


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


_QUOTED = re.compile(r'“[^“”]*”|"[^"]*"')


def _blank_quotes(text: str) -> str:
    """The text with each closed “…” and "…" turned to spaces, offsets kept (what _strip_quotes
    does, for a caller that needs positions in the original)."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
