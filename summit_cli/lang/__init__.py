"""A language's data: lang/<language>.toml, read once, here.

Word lists (titles, months, pronouns, prepositions and the like) are shared by the
splitter, the cleaner, the quote finder and the classifier, so they live here once; a
language without a file of its own uses English's lists. The same files hold what
text.language reads for Ukrainian and Russian (split, furniture, quotes, headings).
The code paths stay the same for every language: a new language is a new data file.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

FALLBACK = "english"


@cache
def raw(language: str) -> dict | None:
    """The language's data file as parsed TOML, or None when it has none."""
    path = resources.files(__package__).joinpath(f"{language}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


@cache
def _lists(language: str) -> dict[str, frozenset[str]]:
    data = raw(language) or raw(FALLBACK) or {}
    return {key: frozenset(str(w).lower() for w in values) for key, values in data.items() if isinstance(values, list)}


def words(name: str, language: str = FALLBACK) -> frozenset[str]:
    """The lower-case words of one list ("titles", "months", ...) for the language."""
    try:
        return _lists(language)[name]
    except KeyError:
        raise KeyError(f"no word list '{name}' for {language}") from None


LANGUAGES = ("english", "ukrainian", "russian")


def every(name: str) -> frozenset[str]:
    """One list's words in every language that has it: for what is read before the
    article's language is known (a page's dates and times, above its headline)."""
    return frozenset().union(*(_lists(lang).get(name, frozenset()) for lang in LANGUAGES if raw(lang)))
