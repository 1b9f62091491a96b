"""Word lists of a language, as data: lang/<language>.toml, one list per key.

Titles, months, pronouns, prepositions and the like are shared by the splitter, the
cleaner, the quote finder and the classifier, so they live here once. A language
without a file of its own uses English's lists: the code paths stay the same, and a
new language is a new data file.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

FALLBACK = "english"


@cache
def _lists(language: str) -> dict[str, frozenset[str]]:
    folder = resources.files(__package__)
    path = folder.joinpath(f"{language}.toml")
    if not path.is_file():
        path = folder.joinpath(f"{FALLBACK}.toml")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return {key: frozenset(str(w).lower() for w in values) for key, values in raw.items()}


def words(name: str, language: str = FALLBACK) -> frozenset[str]:
    """The lower-case words of one list ("titles", "months", ...) for the language."""
    try:
        return _lists(language)[name]
    except KeyError:
        raise KeyError(f"no word list '{name}' for {language}") from None
