"""The article's language: detected from its script, letters and stop words, and the
data that goes with it (summit_cli/lang/<language>.toml).

Detection is a count, not a model: Cyrillic text is Ukrainian or Russian by the letters
only one of them writes (і ї є ґ against ы э ъ ё: how many there are against how many the
language's usual rate predicts) and by each language's stop words; Latin text is the language whose stop-word list (sumy's) covers most of
its words, English unless another covers more. Greek and Arabic go by their script.
It reads the first SAMPLE_CHARS characters: a few milliseconds, nothing imported.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .tokens import LANGUAGES, stop_words

SAMPLE_CHARS = 20_000
DEFAULT = "english"
AUTO = "auto"
# How often a letter only another Cyrillic language writes turns up in a text (a name, a
# quotation): rarely.
FOREIGN_LETTER_RATE = 0.0005
_CYRILLIC_LANGUAGES = ("ukrainian", "russian")
# English news has 35-50% stop words; text in another Latin-script language has under 15%
# of English ones, so above this share the other lists are not worth reading.
SURELY_ENGLISH = 0.3
_WORD = re.compile(r"[^\W\d_]+")
_STAMP_TOKEN = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2,4})?|\w+")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:[:.]\d{2,4})?$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SCRIPTS = {"greek": re.compile(r"[\u0370-\u03ff]"), "arabic": re.compile(r"[\u0600-\u06ff]")}
_LATIN_LANGUAGES = tuple(n for n in LANGUAGES if n not in ("arabic", "greek", "russian", "ukrainian"))


@dataclass(frozen=True)
class Language:
    """What the pipeline needs to know about one language, read from its data file."""

    name: str
    letters: str = ""
    letter_share: float = 0.0  # how often those letters come in the language's text
    stop_words: frozenset[str] = frozenset()
    # Splitter abbreviations (lower case, no final stop), added to the built-in ones.
    never_end: frozenset[str] = frozenset()
    may_end: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()
    furniture_lines: frozenset[str] = frozenset()
    furniture_prefixes: tuple[str, ...] = ()
    stamp_words: frozenset[str] = frozenset()  # month names and the like: "29 грудня 2025, 14:35"
    prepositions: frozenset[str] = frozenset()  # a name after one is no agent ("з Трампом")
    quotes: dict = None  # type: ignore[assignment]
    headings: dict = None  # type: ignore[assignment]

    @property
    def abbreviations(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        return self.never_end, self.may_end, self.starters

    def is_furniture(self, line: str) -> bool:
        """A line of site furniture ("Читайте також", "Фото: ...", "Реклама")."""
        low = " ".join(line.lower().split()).rstrip(" :.")
        if not low:
            return False
        if low in self.furniture_lines or self._is_stamp(low):
            return True
        if any(low.startswith(p) for p in self.furniture_prefixes):
            return len(low.split()) <= 12 or not re.search(r"[.!?…][\"'”’»)]*$", line.rstrip())
        return False

    def _is_stamp(self, low: str) -> bool:
        """A line of nothing but a date and a time ("29 грудня 2025, 14:35", "Обновлено 12:03")."""
        words = _STAMP_TOKEN.findall(low)
        return (
            bool(self.stamp_words)
            and any(ch.isdigit() for ch in low)
            and 0 < len(words) <= 12
            and all(w.isdigit() or _TIME.match(w) or w in self.stamp_words for w in words)
        )

    @property
    def quote_marks(self) -> tuple[str, str]:
        marks = (self.quotes or {}).get("marks") or ("“", "”")
        return marks[0], marks[1]

    @property
    def pronouns(self) -> frozenset[str]:
        """Personal pronouns that stand for the previous subject ("він", "она")."""
        return frozenset(p.lower() for p in (self.quotes or {}).get("pronouns", ()))


@lru_cache(maxsize=None)
def data(name: str) -> Language:
    """The language's data; a language without a data file has only its name."""
    from ..lang import raw as raw_data

    raw = raw_data(name)
    if raw is None:
        return Language(name, quotes={}, headings={})
    split, furniture = raw.get("split", {}), raw.get("furniture", {})

    def low(items) -> frozenset[str]:
        return frozenset(w.lower() for w in items)

    return Language(
        name=name,
        letters=raw.get("letters", ""),
        letter_share=raw.get("letter_share", 0.0),
        stop_words=low(raw.get("stop_words", ())),
        never_end=low(split.get("never_end", ())),
        may_end=low(split.get("may_end", ())),
        starters=low(split.get("starters", ())),
        furniture_lines=low(furniture.get("lines", ())),
        furniture_prefixes=tuple(p.lower() for p in furniture.get("prefixes", ())),
        prepositions=low(raw.get("prepositions", ())),
        stamp_words=low(furniture.get("stamp_words", ())),
        quotes=raw.get("quotes", {}),
        headings=raw.get("headings", {}),
    )


def detect(text: str) -> str:
    """The language of the text, by script, distinctive letters and stop-word hit rates."""
    sample = text[:SAMPLE_CHARS]
    cyrillic, latin = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    for name, script in _SCRIPTS.items():
        if len(script.findall(sample)) > max(cyrillic, latin):
            return name
    if not cyrillic and not latin:
        return DEFAULT
    words = [w.lower() for w in _WORD.findall(sample)]
    if cyrillic > latin:
        letters = [ch for ch in sample.lower() if _CYRILLIC.match(ch)]
        return max(_CYRILLIC_LANGUAGES, key=lambda n: _cyrillic_score(n, words, letters))
    english = _hit_rate(DEFAULT, words)
    if english >= SURELY_ENGLISH:
        return DEFAULT  # other lists would not be read for nothing: a few ms of start-up
    rates = {n: _hit_rate(n, words) for n in _LATIN_LANGUAGES}
    best = max(rates, key=lambda n: (rates[n], n == DEFAULT))
    return best if rates[best] > rates[DEFAULT] else DEFAULT


def _hit_rate(name: str, words: list[str]) -> float:
    stops = stop_words(name)
    return sum(w in stops for w in words) / len(words) if words else 0.0


def _cyrillic_score(name: str, words: list[str], letters: list[str]) -> float:
    """A log-likelihood: the language's own letters come at their usual rate (a Poisson
    count, so a Ukrainian text with no "і" is unlikely), another language's letters almost
    never; each stop word of the language adds one."""
    lang = data(name)
    others = "".join(data(o).letters for o in _CYRILLIC_LANGUAGES if o != name)
    own = sum(ch in lang.letters for ch in letters)
    foreign = sum(ch in others for ch in letters)
    rate = lang.letter_share or 0.01
    stops = lang.stop_words | stop_words(name)
    return (
        own * math.log(rate)
        - rate * len(letters)
        + foreign * math.log(FOREIGN_LETTER_RATE)
        + sum(w in stops for w in words)
    )


# BCP 47 tags for document metadata (PDF /Lang, DOCX dc:language, HTML lang).
_TAGS = {
    "arabic": "ar",
    "czech": "cs",
    "english": "en",
    "french": "fr",
    "german": "de",
    "greek": "el",
    "italian": "it",
    "polish": "pl",
    "portuguese": "pt",
    "russian": "ru",
    "slovak": "sk",
    "spanish": "es",
    "swedish": "sv",
    "ukrainian": "uk",
}


def tag(name: str) -> str:
    return _TAGS.get(name, "en")


def resolve(option: str | None, text: str) -> str:
    """The language to use: the option when given (and not "auto"), else the detected one."""
    return option if option and option != AUTO else detect(text)
