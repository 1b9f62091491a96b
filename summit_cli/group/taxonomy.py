"""Load a taxonomy (TOML) and check it, with errors that name the place and the problem."""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from ..errors import UsageError
from ..text.normalize import normalize, squash

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class CategorySpec:
    id: str
    label: str
    description: str
    threshold: float
    cues: dict[str, float]
    requires_actor: str | None = None


@dataclass(frozen=True)
class Taxonomy:
    name: str
    description: str
    categories: tuple[CategorySpec, ...]
    actors: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def ids(self) -> list[str]:
        return [c.id for c in self.categories]


def builtin_names() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files(__package__.rsplit(".", 1)[0]).joinpath("taxonomies").iterdir()
                  if p.name.endswith(".toml"))


def load(name_or_path: str | None) -> Taxonomy:
    """A built-in taxonomy by name, or a TOML file by path."""
    name_or_path = name_or_path or "summit"
    if os.path.exists(name_or_path) or name_or_path.endswith(".toml"):
        try:
            with open(name_or_path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise UsageError(f"taxonomy {name_or_path}: cannot read ({exc.strerror or exc})") from None
        label = name_or_path
    elif name_or_path in builtin_names():
        data = resources.files(__package__.rsplit(".", 1)[0]).joinpath(f"taxonomies/{name_or_path}.toml").read_bytes()
        label = name_or_path
    else:
        raise UsageError(f"unknown taxonomy '{name_or_path}' (built in: {', '.join(builtin_names())}; or give a .toml file)")
    return parse(data, label)


def _text(value) -> str:
    """A label as it will be printed: TOML escapes can carry NUL or a terminal escape."""
    return squash(normalize(str(value or "")))


def parse(data: bytes, label: str) -> Taxonomy:
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise UsageError(f"taxonomy {label}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"taxonomy {label}: {exc}") from None
    cats = raw.get("category")
    if not isinstance(cats, list) or not cats:
        raise UsageError(f"taxonomy {label}: no [[category]] tables")
    actors = raw.get("actors", {})
    if not isinstance(actors, dict) or not all(isinstance(v, list) for v in actors.values()):
        raise UsageError(f"taxonomy {label}: [actors] must map names to lists of spellings")
    seen: set[str] = set()
    specs = []
    for n, cat in enumerate(cats, 1):
        where = f"taxonomy {label}: category {n}"
        cid = cat.get("id")
        if not isinstance(cid, str) or not _ID.match(cid):
            raise UsageError(f"{where}: 'id' must be lower-case letters, digits and _ (got {cid!r})")
        if cid in seen:
            raise UsageError(f"{where}: duplicate id '{cid}'")
        seen.add(cid)
        cues = cat.get("cues", {})
        if not isinstance(cues, dict) or not cues or not all(isinstance(v, (int, float)) for v in cues.values()):
            raise UsageError(f"{where} ('{cid}'): 'cues' must be a table of cue = weight")
        actor = cat.get("requires_actor")
        if actor is not None and actor not in actors:
            raise UsageError(f"{where} ('{cid}'): requires_actor '{actor}' is not in [actors]")
        specs.append(CategorySpec(
            id=cid,
            label=_text(cat.get("label")) or cid.replace("_", " ").capitalize(),
            description=_text(cat.get("description", "")),
            threshold=float(cat.get("threshold", 1.0)),
            cues={str(k).lower(): float(v) for k, v in cues.items()},
            requires_actor=actor,
        ))
    return Taxonomy(
        name=_text(raw.get("name", label)),
        description=_text(raw.get("description", "")),
        categories=tuple(specs),
        actors={k: tuple(map(str, v)) for k, v in actors.items()},
    )
