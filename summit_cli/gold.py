"""A brief's key points and quote speakers scored against hand labels (the gold files' format).

Key points. Each label lists sentences by a `match` text with the categories a sentence is
`required` in and those it is `allowed` in. A key point that holds a required match is
a true positive, an allowed one is neutral, anything else (a sentence no label matches
included) is a false positive; recall counts each required sentence once. The tests'
floors and the real-article benchmarks score with this one function (keypoint_f1, macro_f1).

Quote speakers: speaker_hits and its rule same_speaker (whole words, case-folded, Latin
transliteration variants, the nominative in Ukrainian and Russian, descriptions by their
head noun, never a place alone); every benchmark that scores speakers uses them.
"""

from __future__ import annotations

import re


def keypoint_f1(brief: dict, gold: dict) -> dict[str, float]:
    """F1 per category of a JSON brief's key points against a gold file, by category id."""
    out = {}
    for cat in gold["categories"]:
        required = [s["match"] for s in gold["sentences"] if cat in s["required"]]
        found, tp, fp = set(), 0, 0
        for item in brief["key_points"].get(cat, []):
            hits = [s for s in gold["sentences"] if s["match"] in item["text"]]
            if any(cat in s["required"] for s in hits):
                tp += 1
                found.update(s["match"] for s in hits if cat in s["required"])
            elif not any(cat in s["allowed"] for s in hits):
                fp += 1
        p = tp / (tp + fp) if tp + fp else (0.0 if required else 1.0)
        r = len(found) / len(required) if required else 1.0
        out[cat] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def macro_f1(brief: dict, gold: dict) -> float:
    """The mean of keypoint_f1 over the gold file's categories."""
    f1 = keypoint_f1(brief, gold)
    return sum(f1.values()) / len(f1)


# -- quote speakers ---------------------------------------------------------------------
#
# A brief's quote speaker is right when it names the person (or body) the label names.
# The words the scorer knows are its own, not summit's: changing what summit knows
# must not move the ruler.

# Places, countries and their adjectives (English), as whole words; and (Cyrillic) the
# stems of their forms in any case. Never a speaker's name.
_PLACES = frozenset(
    """ukraine ukrainian ukrainians russia russian russians kyiv kiev moscow kremlin us u.s usa america
american americans washington united states europe european europeans eu brussels britain british uk london
france french paris germany german berlin poland polish warsaw turkey turkish istanbul ankara saudi arabia
riyadh jeddah alaska anchorage geneva switzerland swiss miami florida china chinese beijing nato un
white house donbas crimea kharkiv odesa lviv zaporizhzhia""".split()
)
_CYRILLIC_PLACES = tuple(
    """україн украин росі росс москв кремл київ києв киев вашингтон америк сша єс ес європ европ брюссел
білий білого білому білим белый белого белом белым дім дом дому доме берлін берлин париж лондон варшав
стамбул женев аляск анкоридж маямі майами ер-ріяд эр-рияд джидд донбас крим крым харків харьков одес
львів львов запоріж запорож херсон дніпр днепр нато оон""".split()
)
# Offices and forms of address that stand before a name ("Foreign Minister Andrii Sybiha"), and
# the suffixes after one ("Joseph R. Biden Jr.").
_TITLES = frozenset(
    """president prime minister foreign defence defense secretary chancellor mr mrs ms dr sir general
ambassador envoy special vice deputy chief head spokesman spokeswoman spokesperson senator mayor governor
adviser advisor aide commander former state first lady pope jr sr""".split()
)
# The same in Ukrainian and Russian, in the nominative a label is written in: a label may open
# on one ("Міністр оборони"), which makes it a description, not a name.
_CYRILLIC_TITLES = frozenset(
    """президент прем'єр-міністр премьер-министр міністр министр речник речниця пресс-секретарь
прес-секретар посол посланець посланник спецпосланець спецпосланник голова глава очільник очільниця
керівник керівниця руководитель радник радниця советник помічник помощник заступник заместитель
спікер спикер генерал командувач командующий депутат мер губернатор""".split()
)
_ARTICLES = frozenset("the a an one another some two three several".split())
_INDEFINITE = _ARTICLES - {"the"}
# Where a description's head noun ends: "a woman in Kyiv", "представник з Києва".
_AFTER_HEAD = frozenset(
    """in of to from at for on with near who which that
з із зі у в на до від для при біля серед
из во с со от около среди""".split()
)
_TOKEN = re.compile(r"[^\W\d_][\w'’ʼ.-]*")


def _fold(word: str) -> str:
    """A word as the scorer compares it: case-folded, apostrophes and "ё" made one, and a Latin
    name's transliteration variants made one (see _latin)."""
    w = word.casefold().replace("’", "'").replace("ʼ", "'").replace("ё", "е").rstrip(".'")
    return _latin(w) if w.isascii() else w


def _latin(word: str) -> str:
    """One spelling for the transliterations of a Ukrainian or Russian name: a final -iy, -yy,
    -yi, -ii or -ij is -y (Zelenskiy = Zelenskyy = Zelensky, Andrii = Andriy), a doubled letter
    is single (Witkoff = Witkof), a final -ov is -of (Witkov = Witkoff). Nothing else: other
    differences are different names."""
    word = re.sub(r"(?:iy|yy|yi|ii|ij)$", "y", word)
    word = re.sub(r"(.)\1", r"\1", word)
    return re.sub(r"ov$", "of", word)


def _possessive(word: str) -> bool:
    return bool(re.search(r"['’]s?$", word)) and word.isascii()


def _place(word: str) -> bool:
    if word.isascii():
        return re.sub(r"['’]s?$", "", word.casefold()).rstrip(".") in _PLACES
    return word.casefold().replace("ё", "е").startswith(_CYRILLIC_PLACES)


def _name_words(speaker: str, surname: str | None = None) -> list[str]:
    """The words of a person's (or a named body's) name in a speaker, in order: capitalised,
    not a title, a place, an acronym ("МЗС", "NATO"), an article or a possessive ("Trump's envoy").
    A Cyrillic word that looks like a place's is a surname after a first name ("Марія
    Берлінська"), or when it is the `surname` looked for."""
    out: list[str] = []
    follows_name = False
    for w in _TOKEN.findall(speaker.split(",")[0]):
        w = w.rstrip(".")
        surname_like = not w.isascii() and (follows_name or surname is not None and _fold(w) == _fold(surname))
        follows_name = False
        if not w[:1].isupper() or (w.isupper() and 1 < len(w) <= 4) or _possessive(w):
            continue
        if (
            w.casefold() in _TITLES
            or w.casefold() in _ARTICLES
            or _cyrillic_title(w)
            or (_place(w) and not surname_like)
        ):
            continue
        out.append(w)
        follows_name = True
    return out


def _cyrillic_title(word: str) -> bool:
    return _fold(word) in _CYRILLIC_TITLES


def _head(description: str) -> str | None:
    """The noun a description is about: "a woman in Kyiv" -> woman, "Ukraine's ambassador to the
    US" -> ambassador, "житель Києва" -> житель: the last word before a preposition, a comma,
    a relative word or the end; in Cyrillic also before the first capitalised word after it (a
    genitive complement: "представник Білого дому")."""
    kept: list[str] = []
    for w in _TOKEN.findall(description.split(",")[0]):
        if w.casefold() in _AFTER_HEAD or (kept and not w.isascii() and w[:1].isupper()):
            break
        if not _possessive(w) and w.casefold() not in _ARTICLES:
            kept.append(w)
    if not kept or _place(kept[-1]):
        return None
    return _fold(kept[-1])


def same_speaker(ours: str | None, label: str) -> bool:
    """Whether a brief's speaker names whom a label names; the one rule every benchmark uses.

    - Words are compared whole and case-folded; Latin names up to transliteration variants
      (_latin: Zelensky = Zelenskyy = Zelenskiy, Witkov = Witkoff), Cyrillic ones letter for
      letter ("ё" = "е"), so a speaker in another case than the label's nominative is wrong
      ("Зеленського" for "Зеленський").
    - A label that names someone ("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov",
      "Зеленський"): right when the last word of the name in ours is the label's surname (the
      last word of its name). Titles, places, acronyms and possessives are no part of a name,
      and a first name alone is not the person.
    - A label that describes an unnamed person or a body ("a woman in Kyiv", "a senior US
      official", "Ukraine's foreign ministry", "житель Києва"): right when ours holds the
      description's head noun ("woman", "official", "ministry", "житель").
    - A place, a country or its adjective ("Kyiv", "the US", "Ukrainian") is never right,
      except for a label that is itself only that place speaking as a body ("the Kremlin",
      "Кремль"), which ours must name the same way.
    """
    if not ours or not ours.strip():
        return False
    if [_fold(w) for w in _TOKEN.findall(ours)] == [_fold(w) for w in _TOKEN.findall(label)]:
        return True  # the same words, capitalised otherwise: "Офіс президента" for "Офіс Президента"
    first = (_TOKEN.findall(label) or [""])[0].casefold()
    names = [] if first in _INDEFINITE or _sentence_case(label) else _name_words(label)
    if names:
        mine = _name_words(ours, names[-1])
        return bool(mine) and _fold(mine[-1]) == _fold(names[-1])
    head = _head(label)
    if head is None:  # the label is a place speaking as a body: the same words
        body = [_fold(w) for w in _TOKEN.findall(label) if w.casefold() not in _ARTICLES]
        return bool(body) and body == [_fold(w) for w in _TOKEN.findall(ours) if w.casefold() not in _ARTICLES]
    return head in {_fold(w) for w in _TOKEN.findall(ours) if not _place(w)}


def _sentence_case(label: str) -> bool:
    """A Cyrillic description capitalised as a sentence opens: an adjective before a noun in
    lower case ("Високопоставлений чиновник Білого дому", "Украинская делегация")."""
    words = _TOKEN.findall(label)
    return (
        len(words) >= 2
        and not words[0].isascii()
        and words[1][:1].islower()
        and words[0].casefold().endswith(("ий", "ій", "ый", "ой", "ая", "яя", "ые", "ие", "ні", "кі"))
    )


def _norm(text: str) -> str:
    """Case, quotation marks, spacing and punctuation at the edges aside ("gone well," = "gone well")."""
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("„", '"')):
        text = text.replace(a, b)
    return " ".join(text.split()).casefold().strip(" ,.;:!?\"'")


def _quotes_of(brief: dict, match: str) -> list[dict]:
    """A brief's quotes that are a label's: each holds the label's match text, or (eight
    characters or more) lies within it."""
    match = _norm(match)
    return [
        b
        for b in brief.get("quotes", []) + brief.get("title_quotes", [])
        if match in _norm(b["text"]) or (len(_norm(b["text"])) >= 8 and _norm(b["text"]) in match)
    ]


def _speaker_outcomes(brief: dict, gold: dict):
    """Each of a label file's quotes with a speaker: (the label, the brief's quotes that are
    its, whether one of them credits the same person)."""
    for q in gold.get("quotes", []):
        if q.get("speaker"):
            ours = _quotes_of(brief, q["match"])
            yield q, ours, any(same_speaker(b.get("speaker"), q["speaker"]) for b in ours)


def speaker_hits(brief: dict, gold: dict) -> tuple[int, int, list[str]]:
    """Of a label file's quotes with a speaker: how many a brief credits to the same person
    (same_speaker), how many there are, and a line for each miss."""
    outcomes = list(_speaker_outcomes(brief, gold))
    misses = [
        f"{q['match'][:50]!r}: gold {q['speaker']!r}, ours {[b.get('speaker') for b in ours]}"
        for q, ours, right in outcomes
        if not right
    ]
    return len(outcomes) - len(misses), len(outcomes), misses


def speaker_misses(brief: dict, gold: dict) -> dict[str, int]:
    """What became of the labelled quotes with a speaker that a brief misses: "wrong" (another
    speaker), "none" (the quote without a speaker), "not found" (no quote of the brief's)."""
    out = {"wrong": 0, "none": 0, "not found": 0}
    for _, ours, right in _speaker_outcomes(brief, gold):
        if not right:
            out["not found" if not ours else "none" if all(b.get("speaker") is None for b in ours) else "wrong"] += 1
    return out


def not_quotes_listed(brief: dict, gold: dict) -> int:
    """How many of a label file's `not_quotes` (terms, names, scare quotes) a brief lists as quotes."""
    return sum(bool(_quotes_of(brief, text)) for text in gold.get("not_quotes", []))
