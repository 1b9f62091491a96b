"""Who is who: a taxonomy's actors (named groups of spellings) found in text."""

from __future__ import annotations

import re


class Actors:
    """All actors' spellings in one pattern, longest first ("the Ukrainian leader" before
    "Ukrainian"); capitalised spellings match case-sensitively ("US" is not "us")."""

    def __init__(
        self,
        actors: dict[str, tuple[str, ...]],
        oblique: frozenset[str] = frozenset(),
        nominative: frozenset[str] = frozenset(),
        surname_endings: tuple[tuple[str, str], ...] = (),
    ):
        self.oblique = oblique  # spellings in a case no subject stands in ("Росії", "Києвом")
        self.nominative = nominative  # declinable names in the subject's case ("Єрмак")
        self.surname_endings = surname_endings  # (ending, actor), longest first
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
        # ("Львова-Бєлова" is a double surname, not Lviv's genitive: a Cyrillic word joined to a
        # capitalised word in lower case names no actor; "Україна-ЄС", "US-Russia" still do)
        self.rx = (
            re.compile(rf"(?<!\w)(?:{'|'.join(a for _, a in alts)})(?!\w|-[А-ЯЁІЇЄҐ][а-яёіїєґ'’])") if alts else None
        )

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

    def by_surname(self, word: str) -> str | None:
        """The actor whose people's surnames end as this capitalised word does ("Порошенко")."""
        low = word.lower().removesuffix("'s").removesuffix("’s")  # "Shevchuk’s"
        return next((g for e, g in self.surname_endings if low.endswith(e) and len(low) > len(e) + 1), None)
