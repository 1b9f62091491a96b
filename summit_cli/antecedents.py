"""Whom a speaker that is not a full name stands for, in English: "he"/"she" (the one person
in sight, else the subject of a sentence before), an office or a description ("the US
president" -> the one person the article names with that office; "the woman adds" -> the one
just named), a document (its issuer), and a name given in part ("Ushakov" -> "Yuri Ushakov")."""

from __future__ import annotations

import re
from typing import Protocol

from . import attribution
from .english_subjects import (
    VERBS,
    _BODIES,
    _CAP,
    _CONNECTIVES,
    _DEMONYM,
    _DETERMINERS,
    _DOCUMENT_WORDS,
    _HELPERS,
    _NAME,
    _NOT_NAME,
    _INITIALS,
    _PLACES,
    _PRON,
    _STATED_IN,
    _SUBJ,
    _TITLE,
    _alternation,
    _bare,
    _clean_name,
    _is_description,
    _is_role,
    _only_places,
    _persons,
    _sentence_subject,
    _strip_quotes,
    _surname,
)
from .lang import raw, words


class Placer(Protocol):
    """Where a name belongs: a taxonomy's actors (group/actors.py)."""

    def group_of(self, name: str | None) -> str | None: ...


def _full_name(speaker: str, named: list[str]) -> str:
    """The name as the article introduced it, for a speaker given by one of its words: "Ushakov"
    or "Liudmyla" after "Liudmyla Lytvyn" (when only one person named has that word there), or
    without the part a particle opens: "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed"."""
    if " " in speaker:
        longer = {n for n in named if n.startswith(speaker + " ") and n.split()[len(speaker.split())] in _PARTICLES}
        return longer.pop() if len(longer) == 1 else speaker
    found = {n for n in map(_given_and_surname, named) if n and speaker in (n.split()[0], n.split()[-1])}
    if not found and len(speaker) >= 5:
        # "Sibiga said" after "Andriy Sybiga": one surname in two transliterations.
        found = {
            n
            for n in map(_given_and_surname, named)
            if n and attribution.spelling(n.split()[-1]) == attribution.spelling(speaker)
        }
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


_SAME_OFFICE = {
    "leade": {"presi", "prime", "chanc", "leade"},
    "aide": {"aide", "advis"},
    "advis": {"aide", "advis"},
    "fm": {"forei", "fm"},  # "the Estonian FM": its foreign minister
}


def _offices(word: str) -> set[str]:
    """The office keys a titled name may carry for an office word: "leader" is a president's,
    a prime minister's or a chancellor's."""
    head = _place_key(word)
    return _SAME_OFFICE.get(head, {head})


_SAME_PLACE: dict[str, str] = (raw("english") or {})["same_place"]


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
            toks[k].lower().strip(".") in _TITLE or _locates(toks[k]) or _INITIALS.fullmatch(toks[k])
        ):
            k += 1
        office = [t for t in toks[:k] if not _INITIALS.fullmatch(t)]
        if 0 < k < len(toks) and office and not re.search(r"['’]s$", toks[-1]):
            # ("President Jared Kushner’s adviser": whose adviser, not who holds the office)
            out.append(({_place_key(t) for t in toks[:k]}, " ".join(toks[k:]).rstrip(".")))
    # An office in lower case: "Kremlin aide Yuri Ushakov", "Yuri Ushakov, a senior adviser to
    # President Putin", "The aide to the Russian President, Yuri Ushakov".
    for pattern in _LOWER_TITLED:
        for m in pattern.finditer(text):
            name = _clean_name(m.group("name"))
            if name and len(name.split()) >= 2:
                # ("Putin's aide": whose aide, no place; "Ukraine's foreign minister": a place)
                office = [t for t in m.group("office").split() if _locates(t) or _bare(t) in _TITLE]
                out.append(({_place_key(re.sub(r"['’]s$", "", t)) for t in office}, name))
    return out


_OFFICE_WORDS = rf"(?:{_alternation('titles')})"
_LOWER_TITLED = tuple(
    re.compile(pattern)
    for pattern in (
        rf"(?<![\w'’-])(?P<office>(?:{_CAP}(?:['’]s)?\s+){{0,3}}(?:{_OFFICE_WORDS}\s+){{1,3}})(?P<name>{_NAME})",
        # ("Andrii Sybiha, the foreign minister, said", "Dmitry Peskov, the Kremlin spokesman,":
        # the office in apposition, closed by its comma, or by what it is of.)
        rf"(?P<name>{_NAME}),\s+(?:an?|the)\s+(?P<office>(?:[\w'’-]+\s+){{0,2}}{_OFFICE_WORDS})(?:\s+(?:to|of|for)\b|,)",
        rf"\b[Tt]he\s+(?P<office>(?:[a-z][\w'’-]*\s+){{0,2}}{_OFFICE_WORDS})\s+(?:to|of)\s+[^,;]{{1,40}},\s+(?P<name>{_NAME}),",
        # "Finland’s president, Alexander Stubb, has said": whose office, then the name set off
        rf"(?<![\w'’-])(?P<office>{_CAP}['’]s\s+(?:[a-z][\w'’-]*\s+){{0,2}}{_OFFICE_WORDS}),\s+(?P<name>{_NAME}),",
    )
)


def _locates(word: str) -> bool:
    """Whether a word says where someone is from: "Russian", "Ukraine's", "Kremlin"."""
    return bool(_DEMONYM.search(word)) or _bare(word) in _PLACES


def _place_key(word: str) -> str:
    w = _bare(word).strip(".") if word.lower() not in ("u.s.", "u.s") else "u.s."
    return _SAME_PLACE.get(w, _SAME_PLACE.get(word.lower(), w))[:5]


_PLACE_KEYS = frozenset(_place_key(w) for w in _PLACES)  # a title's words that say where


# The people words that are plurals already ("officials", "residents"; "officials" is no
# office's plural when "official" is not a title).
_PLURAL_PEOPLE = {w for w in words("people") if w.endswith("s")}


def _plural(office: str) -> bool:
    """ "leaders", "ministers", "officials", "experts": more than one holder of an office, or
    people in the plural; never one person named, and only "they" stands for them."""
    word = office.lower()
    return word.endswith("s") and (word[:-1] in _TITLE or word in _PLURAL_PEOPLE)


def _name_for(description: str, titled: list[tuple[set[str], str]]) -> str | None:
    """The one person the article names with this office: "the US president" -> "Donald Trump"."""
    description = description.replace("-", " ")  # "the vice-president"
    toks = [t for t in description.split() if t.lower() not in _DETERMINERS and t != "of"]
    owner = max((k for k, t in enumerate(toks) if re.search(r"['’]s$", t)), default=-1)
    # "Ukraine's president", "the Kremlin's spokesman": whose office, a place's, which no holder
    # the article titled with another place can be ("US President Donald Trump").
    whose = _place_key(re.sub(r"['’]s$", "", toks[owner])) if owner >= 0 and _locates(toks[owner]) else None
    toks = toks[owner + 1 :]  # "Putin's aide", "the Kremlin leader's aide": whose aide, not where
    if (
        not toks
        or len(toks) > 3
        or not _is_role(description)
        or _bare(toks[-1]) in _BODIES
        or _bare(toks[-1]) in _PLACES
        or _plural(toks[-1])
    ):
        return None  # "the statement" is a document, not the Secretary of State; the Kremlin a body
    offices = _offices(toks[-1])
    places = {_place_key(t) for t in toks[:-1]}
    # "Russian President Vladimir Putin" for "the Russian leader". A holder named with no place
    # ("President Trump") is no evidence: "the Ukrainian president" is not him.
    names = {
        name
        for title, name in titled
        if title & offices and places <= title and not (whose and whose not in title and title & _PLACE_KEYS)
    }
    return max(names, key=len) if len({_surname(n) for n in names}) == 1 else None


def _named_with(description: str, at: attribution.Context) -> str | None:
    """ "the head of the President’s Office of Ukraine" after "said head of the President’s Office
    of Ukraine, Andriy Yermak": the person the article named right after the same long
    description (a short one, "the president", is _name_for's to place)."""
    words = re.sub(r"^(?:the|a|an)\s+", "", description, flags=re.IGNORECASE)
    if len(words.split()) < 4:
        return None
    pattern = re.compile(rf"(?<![\w'’-])(?i:{re.escape(words)}),?\s+({_NAME})")
    for text in reversed(at.texts[: at.first + 1]):
        names = [_clean_name(m.group(1)) for m in pattern.finditer(text)]
        names = [n for n in names if n and len(n.split()) >= 2 and not _is_description(n)]
        if names:
            return names[-1]
    return None


def _named_by_initials(description: str, at: attribution.Context) -> str | None:
    """ "the NSDC Secretary" after "Secretary of the National Security and Defense Council Rustem
    Umerov": the person the article named with that office of the body whose initials these are."""
    toks = [t for t in description.split() if t.lower() not in _DETERMINERS]
    if len(toks) != 2 or not _INITIALS.fullmatch(toks[0]) or toks[1].lower() not in _TITLE:
        return None
    body = rf"((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the)\s+)*){{{len(toks[0]) - 1},8}}?[A-Z][\w'’-]*)"
    pattern = re.compile(rf"\b(?i:{re.escape(toks[1])})\s+of\s+(?:the\s+)?{body},?\s+({_NAME})")
    for text in reversed(at.texts[: at.first + 1]):
        for m in reversed(list(pattern.finditer(text))):
            initials = "".join(w[0] for w in m.group(1).split() if w[0].isupper())
            name = _clean_name(m.group(2))
            if initials == toks[0] and name and len(name.split()) >= 2:
                return name
    return None


_POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"}
_DOCUMENT_SPEAKER = re.compile(rf"\b(?:{_DOCUMENT_WORDS})\b")
# "The White House statement", "the Kremlin's readout", "a statement from the Foreign Ministry":
# the issuer of a document, named before it or after "from"/"by".
_ISSUED = re.compile(
    # ("The statement, issued by …": "The" names no issuer, and the match must not hide the one after.)
    rf"(?!(?:[Tt]he|[Aa]n?)\s+(?:{_DOCUMENT_WORDS})\b)(?P<who>{_NAME})(?:['’]s)?\s+(?:{_DOCUMENT_WORDS})\b"
    rf"|\b(?:{_DOCUMENT_WORDS})\s+(?:from|by|of)\s+(?P<by>(?:the\s+)?{_NAME}(?:(?<=['’]s)\s+[a-z]+)?)"
    # "a readout of the call issued by the Kremlin"
    # (its lower-case words too: "issued by the Russian presidential press service", "by the
    # city planning office": a body's noun ends them)
    rf"|\b(?:{_DOCUMENT_WORDS})\b[^.;“”\"]{{0,40}}?\b(?:issued|released|published)\s+by\s+"
    rf"(?:[A-Z][a-z]{{1,4}}\.\s+)?"  # "issued by Sen. Jeanne Shaheen": the title's abbreviation aside
    rf"(?P<issuer>(?:the\s+)?(?:(?:[A-Za-z][\w-]*\s+){{0,3}}(?:{_alternation('bodies')})\b|{_NAME}))"
)


_OUTLET_WORDS = _alternation("outlet_descriptions")
_OUTLET_DESCRIPTION = re.compile(rf"[Tt]he\s+({_OUTLET_WORDS})")
_OUTLET_INTRODUCED = rf"\s+[\"“]?({_NAME})"  # after the noun


def _outlet_named(description: str, texts: list[str]) -> str | None:
    """ "the daily notes" after "The French daily "Le Monde" emphasises": the one outlet the
    article introduces with that noun."""
    m = _OUTLET_DESCRIPTION.fullmatch(description)
    if not m:
        return None
    pattern = re.compile(rf"\b{m.group(1)}" + _OUTLET_INTRODUCED)
    names = {_clean_name(found.group(1)) for text in texts for found in pattern.finditer(text)}
    names.discard(None)
    return names.pop() if len(names) == 1 else None


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
    who = (m.group("who") or m.group("by") or m.group("issuer") or "").strip()
    bare = re.sub(r"['’]s$", "", re.sub(r"^(?:[Tt]he|[Aa]n?|In|As|But|And)\s+", "", who))
    if not bare or bare.split()[-1].lower() in _DETERMINERS | _POSSESSIVE_PRONOUNS or _only_places(bare.split()):
        return None
    # "the White House statement", "a State Department statement": a body, named with "the" (the
    # article before "a statement from Zelensky" is the statement's).
    body = who[:4].lower() == "the " or m.group("who") and re.search(r"\b(?:[Aa]n?|[Tt]he)\s+$", text[: m.start()])
    return f"the {bare}" if body else bare


# "the 44-year-old", "the woman", "the ministry": a private person or a body the article has
# just named; "the source", "the official" stay unnamed.
_ANAPHORIC = rf"^[Tt]he\s+(?:\d{{1,3}}-year-old\b|(?:{_alternation('private_people')}|{_alternation('bodies')})$)"


def _described_antecedent(description: str, at: attribution.Context, before: str) -> str | None:
    """ "The 44-year-old added", "the woman adds": the one the article has just named, as a
    pronoun stands for them."""
    unnamed = at.introduced.get(description.split()[-1], at.first + 1) <= at.first
    if re.match(_ANAPHORIC, description) or _refers_back(description, unnamed):
        body = _bare(description.split()[-1]) in _BODIES
        who = _antecedent(description, at, before, None if body else "s")
        # "The government says": a body the article named ("the Kremlin"), never a person.
        return who if who and (not body or any(_bare(t) in _BODIES for t in who.split())) else None
    return None


def _refers_back(description: str, unnamed: bool) -> bool:
    head = _bare(description.split()[-1])
    return bool(
        re.match(_DEFINITE, description)
        # "the vice-president" is an office's (_name_for, _holder_before); "the expert", "the
        # journalist" refer back as "the communications specialist" does; "the source" never
        and not (_is_role(description.replace("-", " ")) and (head in _TITLE or head in _UNNAMED_HEADS))
        and not _DOCUMENT_SPEAKER.search(description)  # "the statement"
        and head not in _BODIES  # "the government" is no person
        and not unnamed  # brought in as "a ... specialist"
    )


# "The communications specialist says": the person the article has just named, unless it
# brought them in as "a ... specialist" (someone unnamed, who stays so). Lower-case words and a
# head that names a person ("-ist", "-yst", "-er", "-ian", "-ant", ..., "expert"); an office with a place ("the
# German foreign minister") is _name_for's and _holder_before's to place.
# A place or a party may qualify the head ("the Russian ruler", "the Wyoming Republican").
_DEFINITE = (
    r"^[Tt]he\s+(?:[A-Za-z0-9][\w'’-]*\s+){0,3}"
    r"(?:[a-z][\w-]*(?:ist|yst|er|or|ian|ant|ent|man|woman|person)|expert|Republican|Democrat)$"
)


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


# "A senior Russian official, speaking anonymously to Reuters, suggested …", "a source close to
# the government said": someone brought in unnamed as an informant.
_INFORMANT = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’.-]+\s+){0,3}?(?:source|official|diplomat|insider)\b"
    r"(?:\s+(?:close\s+to|familiar\s+with|briefed\s+on|in|from|at|with)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[\w'’.-]+)?"
)


# Words for whoever informs unnamed: "the source said" is never the person just named.
_UNNAMED_HEADS = frozenset({"source", "sources", "insider", "insiders"})


def _introduced_source(speaker: str, at: attribution.Context, before: str) -> str | None:
    """ "the source said" after "A senior Russian official, speaking anonymously, suggested …":
    the informant the article brought in last, within the three sentences before, as written."""
    if not re.fullmatch(r"[Tt]he\s+sources?", speaker):
        return None
    for text in [before, *reversed(at.texts[max(0, at.first - 3) : at.first])]:
        found = list(_INFORMANT.finditer(_strip_quotes(text)))
        if found:
            who = found[-1].group(0)
            return who[0].lower() + who[1:]
    return None


def _antecedent(description: str, at: attribution.Context, before: str, form: str | None = None) -> str | None:
    """The person a description refers back to, as a pronoun of `form` in its place would."""
    head = before.split(description)[0] if description in before else ""
    # (A description is no pronoun: "the committee said" looks no further back past sentences that
    # name nobody.)
    who = _resolve_pronoun(at, head, form, max_unpeopled=0)
    return None if not who or _is_description(who) else who


def _place_groups(toks: list[str], actors: Placer) -> set[str]:
    """The actor groups a description's words before its office name ("Ukrainian")."""
    return {g for g in (actors.group_of(t) for t in toks[:-1]) if g}


def _placed_holder(
    description: str, named: list[str], titled: list[tuple[set[str], str]], actors: Placer | None
) -> str | None:
    """The one person the article names whom the taxonomy places where a description of a
    sole office does: "the Ukrainian president" -> "Volodymyr Zelensky", when he is the one
    Ukrainian named, or the one of them it gives that office ("President Zelensky")."""
    toks = [t for t in description.split() if t.lower() not in _DETERMINERS]
    if actors is None or not toks or len(toks) > 3 or not _sole_office(toks):
        return None
    groups = _place_groups(toks, actors)
    if len(groups) != 1:
        return None
    holders: dict[str, str] = {}
    for n in [*named, *(name for _, name in titled)]:  # a full name first, then "President Zelensky"
        # ("Soviet Ukraine" and "the president of Ukraine" read as names are no one.)
        if actors.group_of(n) in groups and _bare(n.split()[-1]) not in _PLACES:
            holders.setdefault(_surname(n), n)
    called = {_surname(n) for title, n in titled if title & _offices(toks[-1])}
    if len(holders) > 1:
        holders = {k: n for k, n in holders.items() if k in called}
    # One the article gave another office only ("Ukraine's lead negotiator Rustem Umerov") is
    # not "the Ukrainian president", even as the one Ukrainian it names in full.
    other = {_surname(n) for title, n in titled if title and not title & _offices(toks[-1])} - called
    holders = {k: n for k, n in holders.items() if k not in other}
    return next(iter(holders.values())) if len(holders) == 1 else None


# Office words that are no body's name: "the minister", not "the Kremlin".
_PERSONS_OFFICES = _TITLE - _BODIES
# Offices one person holds at a time, so "the president" is somebody the article has named.
_SOLE_OFFICES = {"presi", "leade", "chanc", "premi", "pope", "king", "queen"}


def _sole_office(toks: list[str]) -> bool:
    """Whether a description's last words name an office one person holds: "the president",
    "the UK Prime Minister" (of the other ministers there are many)."""
    if toks[-1].lower().endswith("s"):
        return False  # "European leaders", "prime ministers": many people
    return _place_key(toks[-1]) in _SOLE_OFFICES or [t.lower() for t in toks[-2:]] == ["prime", "minister"]


# Words for one who holds an office or acts for a side ("the Russian diplomat", "the Kremlin aide").
_PLACED_ROLES = _TITLE | words("people")


def _holder_before(description: str, at: attribution.Context, before: str) -> str | None:
    """A definite description of a sole office ("The US president said") refers back, as a
    pronoun does, to the person the article was just speaking of: "Mr Trump said ... The US
    president added"; so does an office named by whose it is ("Putin's aide"). Not to one the
    article or the taxonomy places elsewhere ("Russian
    President Vladimir Putin" is not "the US president", nor Trump "the Ukrainian leader").
    An office many hold ("the Kremlin aide", "the Russian foreign policy adviser") refers back
    only to someone the taxonomy places where the description does."""
    toks = [t for t in description.split() if t.lower() not in _DETERMINERS]
    if (
        not toks
        or len(toks) > 5
        or not re.match(r"[Tt]he\s|[A-Z][\w-]*['’]s\s", description)  # "the Kremlin aide", "Putin's aide"
        or _plural(toks[-1])
    ):
        return None
    sole = _sole_office(toks)
    actors = at.placer
    placed = _place_groups(toks, actors) if actors is not None else set()
    # "the minister" alone, of an office many hold: the one just spoken of, if the article gave
    # them that office ("Foreign Minister Andrii Sybiha …. “…,” the minister stressed").
    bare = len(toks) == 1 and _bare(toks[0]) in _PERSONS_OFFICES and not _locates(toks[0])  # not "the Kremlin"
    if not (sole and len(toks) <= 3 or toks[-1].lower() in _PLACED_ROLES and len(placed) == 1 or bare):
        return None
    who = _antecedent(description, at, before, "s")  # an office holder is one person, not a body
    if not who:
        return None
    office = _place_key(toks[-1])
    if bare and not sole and not any(office in title for title, name in at.titled if _surname(name) == _surname(who)):
        return None
    group = actors.group_of(who) if actors is not None else None
    if len(placed | {group} - {None}) > 1 or not (sole or bare) and group not in placed:
        return None
    # Only the words that place the office, as a title's are read (_titled_names): "the top
    # Russian diplomat" is Russia's, of any rank.
    places = {_place_key(t) for t in toks[:-1] if _locates(t)}
    offices = {_place_key(t) for t in _TITLE}
    held = [title - offices for title, name in at.titled if _surname(name) == _surname(who)]
    if places and any(where and not places <= where for where in held):
        return None
    return who


MAX_PRONOUN_CHAIN = 4  # sentences spoken by "he" that a pronoun may look back past
MAX_UNPEOPLED = 2  # sentences naming nobody that it may look back past


def _antecedent_sentences(
    texts: list[str], first: int, known: set[str], max_unpeopled: int = MAX_UNPEOPLED
) -> list[tuple[int, bool]]:
    """The sentences before a pronoun's, nearest first, where its antecedent may stand, each
    with whether it hands the pronoun on (see _hands_on): the two before it, and further back
    past each one that does, and past up to MAX_UNPEOPLED right before it where nobody is named
    or speaks ("Moscow handed over its memo today. “…,” he says.")."""
    out: list[tuple[int, bool]] = []
    k, chained, unpeopled, peopled = first - 1, 0, 0, False
    while k >= 0 and len(out) - chained - unpeopled < 2 and chained <= MAX_PRONOUN_CHAIN:
        hands_on = _hands_on(texts[k])
        out.append((k, hands_on))
        chained += hands_on
        if not peopled and unpeopled < max_unpeopled:
            # ("A cousin of his told CNN …" names someone too: whoever speaks.)
            plain = _strip_quotes(texts[k])
            peopled = hands_on or bool(_persons(plain, known) or re.search(rf"\b{VERBS}\b", plain))
            unpeopled += not peopled
        k -= 1
    return out


# "Meanwhile, Zelensky …", "But he said": a connective that opens a sentence before its subject.
_CONNECTIVE = rf"\s*(?:(?:{'|'.join(sorted(_CONNECTIVES))})\b,?\s+)"
# "He noted that", "She also said", after an opening connective or condition ("But he said",
# "If there is peace, he said"): a sentence whose speaker is a pronoun.
_PRONOUN_LED = re.compile(rf"\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,3}},\s*)?{_PRON}\s+[a-z]+")
_PRONOUN_SUBJECT = re.compile(rf"\s*{_CONNECTIVE}?(?:If\s[^,]{{1,60}},\s*)?{_PRON}\s+{_HELPERS}{VERBS}\b")


def _hands_on(text: str) -> bool:
    """Whether a sentence is about one met before it, so that "he" after it stands for that one,
    not for whom it names: "he"/"she" is its subject ("She also said", "In December, she buried
    her husband, Aleksey, …"), it opens on "His"/"Her" ("His statement comes despite …"), or it
    is that one's account ("According to the minister, Trump wants …")."""
    plain = _strip_quotes(text)
    introduced = _DESCRIBED_THEN_NAMED.match(plain)
    if introduced and introduced.group("who"):
        # "Her neighbour, a retired engineer, Petro, disagreed": someone new, described and
        # named ("His father, Homer Drew, was …" is about the one before)
        return False
    if _PRONOUN_SUBJECT.match(plain) or _PRONOUN_LED.match(plain) or _POSSESSIVE_LED.match(plain):
        return True
    account = _ACCOUNT_OF.search(plain)
    return bool(account and (account.group(2) or account.group(1) in _TITLE))


# "His statement comes despite …", "Her words were echoed by …": the sentence is about the one met before.
_POSSESSIVE_LED = re.compile(rf"\s*{_CONNECTIVE}?(?:His|Her)\s+[a-z]+")
# "according to the minister,", "according to him": the sentence is that one's account.
_ACCOUNT_OF = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+([a-z]+)\s*,|(him|her)\b)")


# "One woman we meet, Olga, is dismissive": a description, then the name in apposition.
# ("Her neighbour, a retired engineer who gave only his first name, Petro, disagreed.")
_DESCRIBED_THEN_NAMED = re.compile(
    r"\s*(?:One|A|An|Another|Her|His|Their)\s+[a-z][^,]{0,40},(?P<who>\s+an?\s+[a-z][^,]{0,60},)?"
    r"\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),"
)
# "pensioner Gennady, 85,", "Olha Koval, 41,": a person met here, by name and age.
_NAMED_WITH_AGE = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+\d{1,3}(?:,|\s+years?\s+old\b)")
# "Olena is furious", "Nikolai says": a sentence that opens on one capitalised word and a verb.
_LONE_SUBJECT = re.compile(r"\s*([A-Z][a-z]+)(?<!ing)\s+(?:is|was|has|had|says|said|[a-z]+ed|[a-z]+s)\b")
# "To Ludmila, moving herself to the water, …", "For Taras, his village is …": whose view the
# sentence gives, a person by first name when the sentence goes on about her or him.
_VIEWPOINT_PERSON = re.compile(r"\s*(?:To|For)\s+([A-Z][a-z]+),")
_OWN = {
    "f": r"\b(?:[Hh]er|[Hh]erself)\b",
    "m": r"\b(?:[Hh]is|[Hh]imself)\b",
    None: r"\b(?:[Hh]er|[Hh]erself|[Hh]is|[Hh]imself)\b",
}


def _role_subject(text: str) -> str | None:
    """The description a sentence opens with as its subject, when it is a person's role."""
    found = _sentence_subject(re.sub(f"^{_CONNECTIVE}", "", text)) if text.strip() else None
    who = found[0] if found else None
    if who and re.search(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+[\w'’-]+,\s+{re.escape(who)}\b", text):
        return None  # "… for her father, a pensioner, she said": the father described, not "she"
    return who if who and _is_description(who) and _is_role(placed_first(who)) else None


_OF_PLACE = re.compile(
    r"(?P<det>\S+\s+)(?P<office>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+of\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
)


def placed_first(description: str) -> str:
    """An office "of" a place as the office with its place before it ("the President of Ukraine"
    -> "the Ukraine President"), the one shape the office lookups read; "the head of state" as
    "the president"; any other as it is."""
    head_of_state = re.fullmatch(r"(\S+\s+(?:[\w'’-]+\s+)?)[Hh]ead\s+of\s+[Ss]tate", description)
    if head_of_state:
        return f"{head_of_state.group(1)}president"
    m = _OF_PLACE.fullmatch(description)
    if m and all(_locates(w) for w in m.group("place").split()) and _is_role(m.group("office")):
        return f"{m.group('det')}{m.group('place')} {m.group('office')}"
    return description


def _ungoverned(text: str) -> str:
    """A text without the names a preposition governs: in "His advice to Zelenskyy was “…”, he
    said", whom the words were told, met or spoken of is not "he"."""
    return re.sub(rf"\b(?:to|with|at|from|for)\s+(?:the\s+)?{_NAME}", " ", text)


# Whom "he", "she" and "they" can stand for: one person is never "they", a man never "she",
# a woman never "he"; a body or a place is only ever "they". A description of one person ("the
# president", "the woman") stands for one person of either sex: form "s".
_FORMS = {"he": "m", "she": "f", "they": "p"}
_PRONOUN_VERB = re.compile(rf"\b({_PRON})\s+{_HELPERS}{VERBS}\b")
_GENDERED = (
    ("m", words("men"), words("men_honorifics"), tuple(words("men_surname_endings"))),
    ("f", words("women"), words("women_honorifics"), tuple(words("women_surname_endings"))),
)
_GIVEN = (("m", words("men_given")), ("f", words("women_given")))


_NOUN_GENDERS = (("m", words("men_nouns")), ("f", words("women_nouns")))


def pronoun_form(before: str, after: str) -> str | None:
    """The form of the pronoun that attributes a quote ("m", "f" or "p"): the first one in the
    words after it ("…,” she said"), else the last subject of a speech verb before it ("He
    stated that if they …, “…”" is his); None when neither tells."""
    m = re.search(rf"\b({_PRON})\b", after[:60])
    if not m:
        m = next(reversed(list(re.finditer(_PRONOUN_VERB, before))), None)
    return _FORMS[m.group(1).lower()] if m else None


_HONORIFIC_NAME = re.compile(
    rf"\b({'|'.join(w.capitalize() for w in sorted(words('men_honorifics') | words('women_honorifics')))})\.?"
    r"\s+(?:[A-Z][\w'’-]*\s+)?([A-Z][\w'’-]*)"
)


# "Prof Joni Lovenduski, who led the study, said she was shocked": the "she" or "he" a speech
# verb's subject goes on with is that person.
_SAID_PRONOUN = re.compile(rf"(?<![\w'’.-])({_NAME})(?:,[^,“”\"]{{1,120}},)?\s+{VERBS}\s+(?:that\s+)?({_PRON})\b")


def article_genders(texts: list[str]) -> dict[str, str]:
    """The surnames the article itself marks as a man's or a woman's, built once per article:
    by an honorific ("Mr Dawson": "m", "Ms Halyna Melnyk": "f"), else by the pronoun its
    speech verb goes on with ("Lovenduski said she …": "f")."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _HONORIFIC_NAME.finditer(text):
            form = next(f for f, _, honorifics, _ in _GENDERED if m.group(1).lower() in honorifics)
            out.setdefault(_surname(m.group(2)), form)
    for text in texts:
        for m in _SAID_PRONOUN.finditer(_strip_quotes(text)):
            form = _FORMS[m.group(2).lower()]
            name = _clean_name(m.group(1))
            if form != "p" and name and not _is_description(name):
                out.setdefault(_surname(name), form)
    return out


def _gender(name: str, genders: dict[str, str]) -> str | None:
    """ "m" or "f" when the data, the article (`genders`), a given name or a Slavic surname's
    ending tell, else None."""
    surname = _surname(name)
    for form, known, _, _ in _GENDERED:
        if surname in known:
            return form
    if surname in genders:
        return genders[surname]
    given = name.split()[0].lower() if len(name.split()) <= 3 else ""
    for form, names in _GIVEN:
        if given in names or surname in names:
            return form
    for form, _, _, endings in _GENDERED:
        if surname.endswith(endings):
            return form
    return None


def _agrees(name: str, form: str | None, genders: dict[str, str]) -> bool:
    """Whether `name` can be whom a pronoun of `form` stands for."""
    if form is None:
        return True
    if _is_description(name):
        head = _bare(name.split()[-1])
        if _plural(head):
            return form == "p"  # "Russian and Ukrainian officials" are "they", never "he"
        if form == "p":
            return head in _BODIES  # "the statement" is no "they"; "the ministry" may be
        if form == "s":
            return head not in _BODIES
        return not any(head in nouns and form != other for other, nouns in _NOUN_GENDERS)
    toks = name.split()
    collective = _bare(toks[-1]) in _BODIES or _only_places(toks)
    if form == "p":
        return collective
    return not collective and (form == "s" or _gender(name, genders) in (None, form))


def _resolve_pronoun(
    at: attribution.Context,
    before: str,
    form: str | None = None,
    max_unpeopled: int = MAX_UNPEOPLED,
    spoken: str = "",
) -> str | None:
    """The person "he"/"she" stands for (_pronoun_antecedent); of a quote (`spoken`), not one the
    quote's own words name ("“What Putin wants is …,” he says": not Putin), unless that leaves
    no one ("“Perumal Murugan, the writer is dead …,” he said") or the quote names its speaker
    ("“I, Volodymyr Zelensky, …”")."""
    itself = {w.lower() for w in re.findall(r"\bI,\s+(?:[A-Z][\w'’-]+\s+)*([A-Z][\w'’-]+)", spoken)}
    # (only people the article names: the lookup runs twice only for a quote that names one)
    inside = (frozenset(w.lower() for w in re.findall(r"[A-Z][\w'’-]+", spoken)) - itself) & at.known
    who = _pronoun_antecedent(at, before, form, max_unpeopled, inside) if inside else None
    return who or _pronoun_antecedent(at, before, form, max_unpeopled)


def _pronoun_antecedent(
    at: attribution.Context,
    before: str,
    form: str | None,
    max_unpeopled: int,
    named_inside: frozenset[str] = frozenset(),
) -> str | None:
    """The person "he"/"she" stands for: the one person named before it in the sentence,
    else the speaker of the quote just before, else the subject of a speech verb in the
    sentence before, else the person the sentence before opens with (its subject), else
    the one person named there at all; each one who agrees with the pronoun's `form` and
    whose surname is not among `named_inside`."""
    texts, first, found, known = at.texts, at.first, at.previous, at.known

    def agreeing(names: list[str]) -> list[str]:
        return [n for n in names if _agrees(n, form, at.genders) and _surname(n) not in named_inside]

    head = re.split(rf"\b{_PRON}\b", _strip_quotes(before))[0]
    people = agreeing(_persons(_ungoverned(head), known))
    if len({_surname(p) for p in people}) == 1:
        return max(people, key=len)
    if people and _opens_with(head, people[0]):
        # "Putin struck a warm tone toward Trump, saying he …": the sentence's subject.
        return people[0]
    speakers = agreeing(_speech_subjects(head))
    if len({_surname(p) for p in speakers}) == 1:
        # "Kremlin adviser Yury Ushakov said that talks with Witkoff and Kushner failed,
        # though he called them “useful”": the one who speaks in the sentence.
        return max(speakers, key=len)
    described = _role_subject(head)
    if described and _agrees(described, form, at.genders):
        return described  # "Between shots, the reporter leaned in: “…,” he confided"
    for k, hands_on in _antecedent_sentences(texts, first, known, max_unpeopled):
        # ("European leaders have welcomed “…”. They called for “…”": a group described in the
        # plural is whom "they" stands for.)
        spoke = agreeing(
            [f.speaker for f in found if f.last == k and f.speaker and (form == "p" or not _is_description(f.speaker))]
        )
        if spoke:
            return spoke[-1]
        if hands_on:
            # "Ushakov stated … . He noted that talks between Putin and Trump … . “…,” he said":
            # a sentence spoken by "he" hands "he" on to the one before; whom it names is not him.
            continue
        text = _strip_quotes(texts[k])
        speakers = _speech_subjects(text)
        role = None if speakers else _speaking_role(text)
        if role and _agrees(role, form, at.genders):
            # "The Ukrainian president announced Defence Minister Rustem Umerov will lead …": the
            # role that speaks is "he", not the one its words name.
            return role
        persons = agreeing(_persons(text, known))
        holders = [p for p in persons if not _owns_office(text, p)]
        for group in (agreeing(speakers), holders or persons):
            if len({_surname(p) for p in group}) == 1:
                return max(group, key=len)
        opener = agreeing(_persons(" ".join(text.split()[:6]), known))
        if opener and _opens_with(text, opener[0]):
            return opener[0]
        named = re.match(_DESCRIBED_THEN_NAMED, text) or re.search(_NAMED_WITH_AGE, text)
        if named and _agrees(named.group("name"), form, at.genders):
            # "One woman we meet, Olga, is dismissive.", "But pensioner Gennady, 85, is hopeful."
            return named.group("name")
        given = re.match(r"\s*([A-Z][a-z]+)\s+[a-z]", text)
        full = _full_name(given.group(1), at.named) if given else None
        if full and " " in full and _agrees(full, form, at.genders):
            return full  # "Olexandra left her home …" after "Olexandra Suslova, a teacher, …"
        lone = re.match(_LONE_SUBJECT, text)
        if (
            lone
            and not (_only_places([lone.group(1)]) or _bare(lone.group(1)) in _BODIES | _NOT_NAME)
            and _agrees(lone.group(1), form, at.genders)
            and (
                re.search(rf"[a-z,]\s+{lone.group(1)}\b", "\n".join(texts))
                or re.fullmatch(r"\s*\w+\s+(?:is|was)", lone.group(0))
                and re.search(r"\b(?:[Hh]er|[Hh]is|[Ss]he|[Hh]e)\b", text[lone.end() :])
            )
        ):
            # "Olena is furious … . “…,” she tells me": a person by first name, as the article
            # writes her within a sentence too ("forced Olena to flee") or as the sentence goes on
            # ("Valeria is … with her young son"), not "Peace is …".
            return lone.group(1)
        viewer = re.match(_VIEWPOINT_PERSON, text)
        if (
            viewer
            and form in _OWN
            and not (_only_places([viewer.group(1)]) or _bare(viewer.group(1)) in _BODIES | _NOT_NAME)
            and _agrees(viewer.group(1), form, at.genders)
            and re.search(_OWN[form], text[viewer.end() :])
        ):
            return viewer.group(1)
        described = _role_subject(text)
        if described and _agrees(described, form, at.genders):
            return described  # "the US president did not say …" / "He later added …"
        people = agreeing(_persons(text, known))
        if people:
            # People named, none of them the subject: which one is meant is a guess, unless one
            # is the last to speak just before ("“…,” Sir Keir Starmer said. The visit will test
            # Sir Keir's leadership after Mr Trump's team met … . He said: “…”").
            last = [f.speaker for f in found if f.speaker and k - 2 <= f.last < k and not _is_description(f.speaker)]
            spoke_last = last and any(_surname(_full_name(p, at.named)) == _surname(last[-1]) for p in people)
            return last[-1] if spoke_last else None
    return None


# "Ushakov said", "Zelensky, in a post, said", "Zelensky also, for the first time, suggested".
_SPEECH_SUBJECT = (
    rf"{_SUBJ}(?:\s+(?:also|later|then|again|now|further|still))?(?:\s*,[^,]{{1,100}},|,)?\s+{_HELPERS}{VERBS}\b"
)


# "Whitaker was also asked about the timeline": the one asked is the one who answers.
_ASKED_SUBJECT = rf"{_SUBJ}(?:\s*,[^,]{{1,100}},)?\s+(?:was|were)\s+(?:also\s+|then\s+|later\s+)?asked\b"


_SPEAKING_OPENER = re.compile(rf"\s*{_CONNECTIVE}?{_SUBJ}\s+{_HELPERS}{VERBS}\b")


def _speaking_role(text: str) -> str | None:
    """The role a sentence opens with as the subject of a speech verb ("The Ukrainian president
    announced …"); not one with a name in apposition ("Putin's aide, Yuri Ushakov, said")."""
    m = _SPEAKING_OPENER.match(text)
    who = _clean_name(m.group(1)) if m else None
    return who if who and _is_description(who) and _is_role(who) else None


# "This was stated by Foreign Minister Andrii Sybiha": a speech verb in the passive, its agent
# phrase to the clause's end.
SPEECH_AGENT = re.compile(rf"\b(?:was|were|been)\s+{VERBS}\s+by\s+([^,.;:“”\"]{{1,120}})")


def speech_agent(by: re.Match[str], known: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The person a SPEECH_AGENT match names: the first one in its phrase who owns no office
    there ("by Putin's aide Yuriy Ushakov" is Ushakov; "by Minister Anna Kovalenko at a press
    conference with Jan Nowak" is Kovalenko)."""
    phrase = by.group(1)
    owners = {m.group(1) for m in re.finditer(rf"({_NAME})['’]s\b", phrase)}
    return next((n for n in _persons(phrase, set(known)) if not any(o.endswith(n) for o in owners)), None)


def _speech_subjects(text: str) -> list[str]:
    """The people a text names as the subjects of its speech verbs ("Ushakov said"), or as
    their agents ("was stated by Ushakov")."""
    subjects = (_clean_name(m.group(1)) for rx in (_SPEECH_SUBJECT, _ASKED_SUBJECT) for m in re.finditer(rx, text))
    agents = (speech_agent(m) for m in SPEECH_AGENT.finditer(text))
    return [n for n in (*subjects, *agents) if n and not _is_description(n)]


def _opens_with(text: str, name: str) -> bool:
    """The sentence's subject is this person: only a connective and titles come before the name."""
    text = re.sub(f"^{_CONNECTIVE}", "", text)
    lead = text[: text.find(name)].split() if name in text else ["?"]
    # ("Putin's aide Yuri Ushakov spoke": the owner of an office opens the sentence, its holder
    # is the subject; "Trump's post …, he wrote" is Trump's.)
    return not _owns_office(text, name) and all(w.lower().strip(".") in _TITLE or _locates(w) for w in lead)


def _owns_office(text: str, name: str) -> bool:
    """Whether the text names `name` as the owner of an office: "Putin's aide", "Putin’s top adviser"."""
    at = text.find(name)
    owned = re.match(r"['’]s((?:\s+[a-z][\w-]*){1,4})", text[at + len(name) :]) if at >= 0 else None
    return owned is not None and any(w in _TITLE for w in owned.group(1).split())
