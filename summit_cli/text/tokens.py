"""Words, stems and stop words, without NLTK (its import alone costs up to a second)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"\w+(?:['’]\w+)*")

# Languages with a stop-word list (shipped by sumy, or in summit_cli/lang/<name>.toml)
# and a Snowball stemmer (Ukrainian borrows the Russian one and Slovak the Czech one,
# as sumy does).
LANGUAGES = (
    "arabic",
    "czech",
    "english",
    "french",
    "german",
    "greek",
    "italian",
    "polish",
    "portuguese",
    "russian",
    "slovak",
    "spanish",
    "swedish",
    "ukrainian",
)
_BORROWED_STEMMER = {"ukrainian": "russian", "slovak": "czech"}


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=None)
def stop_words(language: str = "english") -> frozenset[str]:
    from .language import data as language_data  # sumy's list, plus (or instead) the project's own

    own = language_data(language).stop_words
    try:
        data = resources.files("sumy").joinpath(f"data/stopwords/{language}.txt").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return own
    return frozenset(w.strip().lower() for w in data.splitlines() if w.strip()) | own


@lru_cache(maxsize=None)
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(_BORROWED_STEMMER.get(language, language))


@lru_cache(maxsize=None)
def stemmer(language: str = "english"):
    """A cached word -> stem function for the language."""
    stem = _stemmer(language).stemWord

    @lru_cache(maxsize=65536)
    def cached(word: str) -> str:
        return stem(word.lower())

    return cached


def content_stems(text: str, language: str = "english") -> list[str]:
    """Lower-cased stems of the words that carry meaning (no stop words, no numbers)."""
    stops = stop_words(language)
    stem = stemmer(language)
    return [stem(w) for w in (t.lower() for t in words(text)) if w not in stops and not w.isdigit()]


def item_at(starts: list[int], offset: int) -> int:
    """Index of the item (token, sentence) whose span holds `offset`, given sorted starts."""
    return max(bisect_right(starts, offset) - 1, 0)
