"""Load a taxonomy (TOML) and check it, with errors that name the file, the line and the problem.

A taxonomy is data: ordered categories, each with cue words or phrases and their weights,
and optionally an actor whose words the category is about (Ukraine's reactions, a
union's demands). Actors are named groups of spellings ("Zelensky", "Zelenskyy",
"the Ukrainian leader", "Kyiv"), so that who did what can be resolved in any article.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import TYPE_CHECKING

from ..errors import UsageError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
from ..text.normalize import normalize, squash

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CUE = re.compile(r"^[^\W\d_][\w'’-]*\*?(?: [^\W\d_][\w'’-]*\*?)*$")
_CATEGORY_KEYS = {
    "id",
    "label",
    "description",
    "threshold",
    "cues",
    "actor",
    "requires_actor",
    "quote_weight",
    "private_voices",
    "needs_party",
    "allies",
}
_TOP_KEYS = {"name", "description", "actors", "category", "carry", "locals", "subject", "languages", "surname_endings"}
_SUBJECT_KEYS = {"description", "words", "actors", "min_sentences"}
_LANGUAGE_KEYS = {"actors", "cues", "labels", "carry", "subject", "lower_case", "surname_endings"}
_ENDINGS = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class CategorySpec:
    id: str
    label: str
    description: str
    threshold: float
    cues: dict[str, float]
    actor: str | None = None  # cues count only when this actor is their agent
    quote_weight: float = 0.0  # added when the sentence quotes that actor
    # False: cues inside the quoted words of private people ("I want my son home," said a
    # pensioner) do not count; a party's aims are not a bystander's wishes.
    private_voices: bool = True
    # Cues that count only in a party's sense: one of the taxonomy's actors is their agent or
    # owner ("Moscow's goal", "Kyiv demands"), not a football goal or market demand.
    needs_party: frozenset[str] = frozenset()
    # Actors that may act together with `actor` and leave the act its own ("Ukrainian and
    # European leaders rejected"); any other party beside it makes the act a joint one.
    allies: frozenset[str] = frozenset()

    @property
    def requires_actor(self) -> str | None:  # the v1 name, kept for library users
        return self.actor


@dataclass(frozen=True)
class Subject:
    """What an article about the taxonomy's subject looks like: at least `min_sentences` of
    its sentences name one of `words` (cues, matched the same way) or one of the `actors`
    the subject is about."""

    description: str
    words: tuple[str, ...]
    min_sentences: int = 3
    actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    name: str
    description: str
    categories: tuple[CategorySpec, ...]
    actors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Sentences opening with these markers ("Another option ...") continue the previous
    # sentence's topic and inherit this share of its category scores.
    carry: dict[str, float] = field(default_factory=dict)
    # The actor that private people the article does not place belong to: residents,
    # villagers, "Olga, 62, a retired teacher" in reporting from a war zone.
    locals: str | None = None
    # None: every article is about the taxonomy's subject.
    subject: Subject | None = None
    # Actors' spellings in a case other than the nominative ("Росії", "Києвом"): a name so
    # declined is never a verb's subject.
    oblique: frozenset[str] = frozenset()
    # The nominative of the names that decline ("Єрмак" of "Єрмак{,а,у,ом}"): a name in it is
    # no preposition's object, whatever noun stands between ("на переговорах Андрій Єрмак").
    nominative: frozenset[str] = frozenset()
    # (ending, actor), longest first: a name the actors do not list whose last word ends so
    # ("Порошенко", "Кравчук" in a Ukrainian article) is that actor's.
    surname_endings: tuple[tuple[str, str], ...] = ()
    # Per language ([languages.<name>] tables, or the companion files below): actors'
    # spellings, cues and carry words that replace these, and the categories' labels.
    languages: dict[str, dict] = field(default_factory=dict)
    # Where its companion files live: <folder>/<language>.toml beside the taxonomy (for the
    # built-in summit.toml, taxonomies/summit/ukrainian.toml), read only for an article in
    # that language, so that an English brief never parses the Cyrillic tables.
    home: Traversable | _FolderPath | None = field(default=None, compare=False, repr=False)

    def ids(self) -> list[str]:
        return [c.id for c in self.categories]

    def _companion(self, language: str) -> dict | None:
        if self.home is None:
            return None
        path = self.home.joinpath(f"{language}.toml")
        # A file on disk may change between two briefs of one process (a library user).
        stamp = path.stamp() if isinstance(path, _FolderPath) else None
        key = (str(path), stamp, tuple(self.ids()), tuple(self.actors))
        if key not in _COMPANIONS:
            if not path.is_file():
                _COMPANIONS[key] = None
            else:
                text = _decode(path.read_bytes(), str(path))
                raw = _toml(text, str(path))
                _COMPANIONS[key] = _languages({language: raw}, self.ids(), self.actors, _Where(text, str(path)))[
                    language
                ]
        return _COMPANIONS[key]

    def for_language(self, language: str) -> "Taxonomy":
        """The taxonomy as it reads an article in `language`: the same category ids, with
        that language's actors and cues where the taxonomy has them."""
        own = self.languages.get(language) or self._companion(language)
        if not own:
            return self
        # The language's spellings replace the English ones: a Cyrillic article names
        # "Зеленський", not "Zelensky", and every spelling costs start-up time.
        actors = {k: tuple(own.get("actors", {}).get(k, v)) for k, v in self.actors.items()}
        cues = own.get("cues", {})
        categories = tuple(replace(c, cues=cues[c.id]) if c.id in cues else c for c in self.categories)
        # The subject's words in the language: an article in it names "переговори", not "talks".
        subject = self.subject
        if subject is not None and "subject" in own:
            subject = replace(subject, words=own["subject"])
        return replace(
            self,
            categories=categories,
            actors=actors,
            carry=own.get("carry", self.carry),
            oblique=own.get("oblique", frozenset()),
            nominative=own.get("nominative", frozenset()),
            surname_endings=own.get("surname_endings", ()),
            subject=subject,
        )

    def labelled(self, language: str) -> "Taxonomy":
        """The taxonomy with its category labels in `language`, where it gives them."""
        labels = (self.languages.get(language) or self._companion(language) or {}).get("labels", {})
        return replace(self, categories=tuple(replace(c, label=labels.get(c.id, c.label)) for c in self.categories))


def _package_dir():
    return resources.files(__package__.rsplit(".", 1)[0]).joinpath("taxonomies")


def builtin_names() -> list[str]:
    return sorted(p.name[:-5] for p in _package_dir().iterdir() if p.name.endswith(".toml"))


def read(name_or_path: str | None) -> tuple[bytes, str]:
    """The bytes of a built-in taxonomy (by name) or of a TOML file (by path), and a label for errors."""
    name_or_path = name_or_path or "summit"
    if os.path.exists(name_or_path) or name_or_path.endswith(".toml") or os.sep in name_or_path:
        try:
            with open(name_or_path, "rb") as fh:
                return fh.read(), name_or_path
        except OSError as exc:
            raise UsageError(f"taxonomy {name_or_path}: cannot read ({exc.strerror or exc})") from None
    if name_or_path in builtin_names():
        return _package_dir().joinpath(f"{name_or_path}.toml").read_bytes(), name_or_path
    raise UsageError(
        f"unknown taxonomy '{name_or_path}' (built in: {', '.join(builtin_names())}; or give a .toml file)"
    )


_COMPANIONS: dict[tuple, dict | None] = {}


def load(name_or_path: str | None) -> Taxonomy:
    """A built-in taxonomy by name, or a TOML file by path."""
    data, label = read(name_or_path)
    if label == (name_or_path or "summit") and label in builtin_names() and not os.path.exists(label):
        home = _package_dir().joinpath(label)
    else:
        home = _FolderPath(os.path.splitext(label)[0])
    return replace(parse(data, label), home=home)


class _FolderPath:
    """The few Traversable calls a companion lookup makes, for a folder on disk."""

    def __init__(self, folder: str):
        self.folder = folder

    def joinpath(self, name: str) -> "_FolderPath":
        return _FolderPath(os.path.join(self.folder, name))

    def is_file(self) -> bool:
        return os.path.isfile(self.folder)

    def stamp(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.folder)
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def read_bytes(self) -> bytes:
        with open(self.folder, "rb") as fh:
            return fh.read()

    def __str__(self) -> str:
        return self.folder


class _Where:
    """Finds the line of a key inside the n-th [[category]] table, so errors can name it."""

    def __init__(self, text: str, label: str):
        self.lines = text.splitlines()
        self.label = label
        self.starts = [i for i, line in enumerate(self.lines) if re.match(r"\s*\[\[\s*category\s*\]\]", line)]

    def line(self, key: str | None = None, category: int | None = None) -> int | None:
        lo = self.starts[category] if category is not None and category < len(self.starts) else 0
        hi = self.starts[category + 1] if category is not None and category + 1 < len(self.starts) else len(self.lines)
        if key is None:
            return lo + 1 if category is not None and category < len(self.starts) else None
        pat = re.compile(rf"""^\s*(?:["']?{re.escape(key)}["']?\s*=|\[\s*(?:category\.)?{re.escape(key)}\s*\])""")
        for i in range(lo, hi):
            if pat.search(self.lines[i]):
                return i + 1
        return lo + 1 if category is not None and category < len(self.starts) else None

    def error(self, problem: str, key: str | None = None, category: int | None = None) -> UsageError:
        line = self.line(key, category)
        return UsageError(f"taxonomy {self.label}: {'line %d: ' % line if line else ''}{problem}")


def _weight(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 10


def _text(value) -> str:
    """A label as it will be printed: TOML escapes can carry NUL or a terminal escape."""
    return squash(normalize(str(value or "")))


def _decode(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"taxonomy {label}: not UTF-8 text") from None


def _toml(text: str, label: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        if m:
            msg = f"line {m.group(1)}: {msg[: m.start()].strip()} (column {m.group(2)})"
        raise UsageError(f"taxonomy {label}: {msg}") from None


def parse(data: bytes, label: str) -> Taxonomy:
    text = _decode(data, label)
    raw = _toml(text, label)
    where = _Where(text, label)

    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise where.error(f"unknown key '{unknown[0]}' (expected: {', '.join(sorted(_TOP_KEYS))})", unknown[0])
    actors = raw.get("actors", {})
    if not isinstance(actors, dict):
        raise where.error("[actors] must be a table of actor = [spellings]", "actors")
    for name, spellings in actors.items():
        if (
            not isinstance(spellings, list)
            or not spellings
            or not all(isinstance(s, str) and s.strip() for s in spellings)
        ):
            raise where.error(f"actor '{name}' must be a non-empty list of spellings (strings)", name)
    carry = raw.get("carry", {})
    if not isinstance(carry, dict) or not all(_weight(v) and v <= 1 for v in carry.values()):
        raise where.error("[carry] must map opening words to a share between 0 and 1", "carry")

    local = raw.get("locals")
    if local is not None and (not isinstance(local, str) or local not in actors):
        raise where.error(f"'locals' must name an actor defined in [actors] (got {local!r})", "locals")

    subject = _subject(raw.get("subject"), actors, where)

    cats = raw.get("category")
    if not isinstance(cats, list) or not cats or not all(isinstance(c, dict) for c in cats):
        raise where.error(
            "no [[category]] tables (each category is a [[category]] table, with double brackets)",
            "category" if "category" in raw else None,
        )
    seen: set[str] = set()
    specs = []
    for n, cat in enumerate(cats):
        cid = cat.get("id")
        if not isinstance(cid, str) or not _ID.match(cid):
            raise where.error(
                f"category {n + 1}: 'id' must be lower-case letters, digits and _ (got {cid!r})",
                "id" if "id" in cat else None,
                n,
            )
        name = f"category '{cid}'"
        if cid in seen:
            raise where.error(f"{name}: duplicate id", "id", n)
        seen.add(cid)
        extra = sorted(set(cat) - _CATEGORY_KEYS)
        if extra:
            raise where.error(
                f"{name}: unknown key '{extra[0]}' (expected: {', '.join(sorted(_CATEGORY_KEYS))})", extra[0], n
            )
        for key in ("label", "description"):
            if key in cat and not isinstance(cat[key], str):
                raise where.error(f"{name}: '{key}' must be a string", key, n)
        cues = cat.get("cues")
        if not isinstance(cues, dict) or not any(
            _weight(v) for v in cues.values() if not isinstance(v, (dict, list, str))
        ):
            raise where.error(
                f"{name}: 'cues' must be a table of \"cue\" = weight with at least one positive weight", "cues", n
            )
        for cue, w in cues.items():
            _check_cue(where, name, cue, w, n)
        threshold = cat.get("threshold", 1.0)
        if not _weight(threshold):
            raise where.error(
                f"{name}: 'threshold' must be a number above 0 and at most 10 (got {threshold!r})", "threshold", n
            )
        actor = cat.get("actor", cat.get("requires_actor"))
        if actor is not None and actor not in actors:
            key = "actor" if "actor" in cat else "requires_actor"
            raise where.error(
                f"{name}: actor '{actor}' is not defined in [actors] (defined: {', '.join(actors) or 'none'})", key, n
            )
        quote_weight = cat.get("quote_weight", 0.0)
        if not (_weight(quote_weight) or quote_weight == 0):
            raise where.error(f"{name}: 'quote_weight' must be a number from 0 to 10", "quote_weight", n)
        if quote_weight and actor is None:
            raise where.error(f"{name}: 'quote_weight' needs an 'actor' (whose quotes count)", "quote_weight", n)
        needs_party = cat.get("needs_party", [])
        if not isinstance(needs_party, list) or not all(isinstance(c, str) for c in needs_party):
            raise where.error(f"{name}: 'needs_party' must be a list of the category's cues", "needs_party", n)
        folded = {" ".join(str(k).lower().split()) for k in cues}
        stray = [c for c in needs_party if " ".join(c.lower().split()) not in folded]
        if stray:
            raise where.error(
                f"{name}: 'needs_party' names {stray[0]!r}, which is not one of its cues", "needs_party", n
            )
        if needs_party and not actors:
            raise where.error(f"{name}: 'needs_party' needs [actors] (the parties)", "needs_party", n)
        allies = cat.get("allies", [])
        if not isinstance(allies, list) or not all(isinstance(a, str) for a in allies):
            raise where.error(f"{name}: 'allies' must be a list of actors", "allies", n)
        if allies and actor is None:
            raise where.error(f"{name}: 'allies' needs an 'actor' (whose allies they are)", "allies", n)
        unknown = [a for a in allies if a not in actors]
        if unknown:
            raise where.error(
                f"{name}: ally '{unknown[0]}' is not defined in [actors] (defined: {', '.join(actors)})", "allies", n
            )
        private_voices = cat.get("private_voices", True)
        if not isinstance(private_voices, bool):
            raise where.error(f"{name}: 'private_voices' must be true or false", "private_voices", n)
        specs.append(
            CategorySpec(
                id=cid,
                label=_text(cat.get("label")) or cid.replace("_", " ").capitalize(),
                description=_text(cat.get("description", "")),
                threshold=float(threshold),
                cues={" ".join(str(k).lower().split()): float(v) for k, v in cues.items()},
                actor=actor,
                quote_weight=float(quote_weight),
                private_voices=private_voices,
                needs_party=frozenset(" ".join(c.lower().split()) for c in needs_party),
                allies=frozenset(allies),
            )
        )
    languages = _languages(raw.get("languages", {}), [s.id for s in specs], actors, where)
    name = raw.get("name", os.path.splitext(os.path.basename(label))[0])
    if not isinstance(name, str):
        raise where.error("'name' must be a string", "name")
    return Taxonomy(
        name=_text(name),
        description=_text(raw.get("description", "")),
        categories=tuple(specs),
        actors={k: tuple(v) for k, v in actors.items()},
        carry={" ".join(k.lower().split()): float(v) for k, v in carry.items()},
        locals=local,
        subject=subject,
        languages=languages,
        surname_endings=_surname_endings(raw.get("surname_endings", {}), actors, where, "[surname_endings]"),
    )


def _subject(raw, actors: dict, where: _Where) -> Subject | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise where.error(
            "[subject] must be a table with 'words' (and optionally 'description', 'min_sentences')", "subject"
        )
    extra = sorted(set(raw) - _SUBJECT_KEYS)
    if extra:
        raise where.error(
            f"[subject]: unknown key '{extra[0]}' (expected: {', '.join(sorted(_SUBJECT_KEYS))})", extra[0]
        )
    words = raw.get("words")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and _CUE.match(w.strip()) for w in words):
        raise where.error("[subject]: 'words' must be a non-empty list of words or phrases", "words")
    count = raw.get("min_sentences", 3)
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 100:
        raise where.error(
            f"[subject]: 'min_sentences' must be a whole number from 1 to 100 (got {count!r})", "min_sentences"
        )
    subject_actors = raw.get("actors", [])
    if not isinstance(subject_actors, list) or not all(a in actors for a in subject_actors):
        raise where.error(
            f"[subject]: 'actors' must list actors defined in [actors] (defined: {', '.join(actors) or 'none'})",
            "actors",
        )
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise where.error("[subject]: 'description' must be a string", "description")
    return Subject(_text(description), tuple(" ".join(w.lower().split()) for w in words), count, tuple(subject_actors))


def expand(spelling: str) -> list[str]:
    """ "Україн{а,и,і}" -> ["Україна", "України", "Україні"]: a word's endings, listed once."""
    m = _ENDINGS.search(spelling)
    if not m:
        return [spelling]
    return [x for ending in m.group(1).split(",") for x in expand(spelling[: m.start()] + ending + spelling[m.end() :])]


def _check_cue(where, name: str, cue, w, n=None) -> None:
    """One cue of a category's table: words and a weight, with a message that says which is wrong."""
    if not isinstance(cue, str) or not _CUE.match(cue.strip()):
        raise where.error(
            f"{name}: cue {cue!r} must be words separated by single spaces (a trailing * matches any ending)",
            cue,
            n,
        )
    if not (_weight(w) or (_weight(-w) if isinstance(w, (int, float)) and not isinstance(w, bool) else False)):
        raise where.error(
            f"{name}: cue {cue!r} has weight {w!r}; a weight is a number from -10 to 10, not 0 (negative: a counter-cue)",
            cue,
            n,
        )


def _lower_case(spellings, actors: dict, own: dict, where: _Where, where_: str) -> None:
    """`lower_case`: actors' spellings also found in lower case, as some outlets write a name
    ("росія", "путін", "кремль"); each is one of the table's own, and keeps its cases."""
    if not isinstance(spellings, list):
        raise where.error(f"{where_}: lower_case must be a list of the table's actors' spellings", "lower_case")
    for spelling in spellings:
        group = next((g for g, listed in actors.items() if spelling in listed), None)
        if group is None or not spelling[:1].isupper():
            raise where.error(
                f"{where_}: lower_case spelling {spelling!r} is not a capitalised spelling of the table's [actors]",
                "lower_case",
            )
        own["actors"][group] += tuple(x.lower() for x in expand(spelling))
        oblique, nominative = _declined(spelling)
        own["oblique"] |= {x.lower() for x in oblique}
        own["nominative"] |= {x.lower() for x in nominative}


def _declined(spelling: str) -> tuple[frozenset[str], frozenset[str]]:
    """A name's forms in another case than the nominative, and its nominative when it declines:
    a name's first ending is its nominative ("Росі{я,ї,ю,єю}"). The endings of a word in lower
    case may be its genders ("українськ{ий,а,е,і}"), all nominative: none for it."""
    if not spelling[:1].isupper():
        return frozenset(), frozenset()
    forms = expand(spelling)
    return frozenset(x for x in forms[1:] if x != forms[0]), frozenset(forms[:1] if len(set(forms)) > 1 else ())


def _surname_endings(raw, actors: dict, where: _Where, where_: str) -> tuple[tuple[str, str], ...]:
    """`[surname_endings]`: per actor, the endings of surnames that are its people's, in any case
    ("енко", "енка", "чук"), longest first."""
    if not isinstance(raw, dict):
        raise where.error(f"{where_}: surname_endings must map actors to lists of endings", "surname_endings")
    out = []
    for group, endings in raw.items():
        if group not in actors:
            raise where.error(f"{where_}: actor '{group}' is not defined in [actors]", group)
        if not isinstance(endings, list) or not all(isinstance(e, str) and e.strip().isalpha() for e in endings):
            raise where.error(f"{where_}: surname_endings of '{group}' must be a list of word endings", group)
        out += [(e.strip().lower(), group) for e in endings]
    return tuple(sorted(out, key=lambda eg: -len(eg[0])))


def _languages(raw, ids: list[str], actors: dict, where: _Where) -> dict[str, dict]:
    """[languages.<name>] tables: checked like their English counterparts."""
    if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
        raise where.error("[languages] must hold one [languages.<name>] table per language", "languages")
    out = {}
    for lang, table in raw.items():
        where_ = f"[languages.{lang}]"
        extra = sorted(set(table) - _LANGUAGE_KEYS)
        if extra:
            raise where.error(
                f"{where_}: unknown key '{extra[0]}' (expected: {', '.join(sorted(_LANGUAGE_KEYS))})", extra[0]
            )
        own: dict = {}
        for group, spellings in table.get("actors", {}).items():
            if group not in actors:
                raise where.error(f"{where_}: actor '{group}' is not defined in [actors]", group)
            if not isinstance(spellings, list) or not all(isinstance(s, str) and s.strip() for s in spellings):
                raise where.error(f"{where_}: actor '{group}' must be a list of spellings (strings)", group)
            own.setdefault("actors", {})[group] = tuple(x for s in spellings for x in expand(s))
            own.setdefault("oblique", frozenset())
            own.setdefault("nominative", frozenset())
            for s in spellings:
                oblique, nominative = _declined(s)
                own["oblique"] |= oblique
                own["nominative"] |= nominative
        _lower_case(table.get("lower_case", []), table.get("actors", {}), own, where, where_)
        own["surname_endings"] = _surname_endings(table.get("surname_endings", {}), actors, where, where_)
        for cid, cues in table.get("cues", {}).items():
            if cid not in ids:
                raise where.error(f"{where_}: cues for unknown category '{cid}' (categories: {', '.join(ids)})", cid)
            if not isinstance(cues, dict) or not cues:
                raise where.error(f"{where_}: cues of '{cid}' must be a table of \"cue\" = weight", cid)
            for cue, w in cues.items():
                _check_cue(where, where_, cue, w)
            own.setdefault("cues", {})[cid] = {" ".join(str(k).lower().split()): float(v) for k, v in cues.items()}
        labels = table.get("labels", {})
        if not isinstance(labels, dict) or not all(k in ids and isinstance(v, str) for k, v in labels.items()):
            raise where.error(f"{where_}: labels must map category ids to strings", "labels")
        own["labels"] = {k: _text(v) for k, v in labels.items()}
        carry = table.get("carry")
        if carry is not None:
            if not isinstance(carry, dict) or not all(_weight(v) and v <= 1 for v in carry.values()):
                raise where.error(f"{where_}: carry must map opening words to a share between 0 and 1", "carry")
            own["carry"] = {" ".join(k.lower().split()): float(v) for k, v in carry.items()}
        words = table.get("subject")
        if words is not None:
            if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
                raise where.error(f"{where_}: subject must be a non-empty list of words or phrases", "subject")
            own["subject"] = tuple(" ".join(w.lower().split()) for w in words)
        out[lang] = own
    return out
