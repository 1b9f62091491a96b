"""Settings in layers: built-in defaults < config file < SUMMIT_* environment < options.

The config file is `summit.toml` in the working directory, else the `[tool.summit]`
table of `pyproject.toml` there. Every value, whatever its layer, passes the same
checks, so a bad value is a usage error (exit 2) that names where it came from.
"""
from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from .errors import UsageError

DEFAULT = "default"
BUDGETS = ("sentences", "ratio", "words")  # one summary length: the highest layer setting any of them wins


def _positive(value: Any) -> str | None:
    return None if value >= 1 else "must be 1 or more"


def _fraction(value: Any) -> str | None:
    return None if 0 < value <= 1 and math.isfinite(value) else "must be more than 0 and at most 1"


def _known(table: Callable[[], Mapping[str, Any]], what: str, aliases: Mapping[str, str] | None = None):
    def check(value: str) -> str | None:
        names = table()
        if value in names or value.lower() in (aliases or {}) or value.lower() in names:
            return None
        return f"unknown {what} '{value}' (choose from: {', '.join(names)})"

    return check


def _formats():
    from .render import FORMATS

    return FORMATS


def _algorithms():
    from .rank import ALGORITHMS

    return ALGORITHMS


@dataclass(frozen=True)
class Setting:
    kind: type  # str, int, float, bool or list (of str)
    default: Any
    help: str
    check: Callable[[Any], str | None] | None = None


# Adding a setting is one line here; the CLI option of the same name then reads it.
SETTINGS: dict[str, Setting] = {
    "format": Setting(str, None, "output format; by default from -o's extension, else markdown",
                      _known(_formats, "format", {"md": "markdown"})),
    "algorithm": Setting(str, "default", "summarizer (see `summit algorithms`)", _known(_algorithms, "algorithm")),
    "sentences": Setting(int, 5, "summary length in sentences", _positive),
    "ratio": Setting(float, None, "summary length as a fraction of the article's sentences", _fraction),
    "words": Setting(int, None, "summary length budget in words", _positive),
    "taxonomy": Setting(str, "summit", "taxonomy name or TOML file"),
    "language": Setting(str, "english", "language of the articles"),
    "max_points": Setting(int, None, "most key points per category; unset: 8, or half the sentences of a long article, at most 25", _positive),
    "require": Setting(list, [], "categories that must have a key point (exit 6 otherwise)"),
    "explain": Setting(bool, False, "show why each sentence was chosen"),
    "page_size": Setting(str, "a4", "paper for DOCX and PDF: a4 or letter"),
    "quiet": Setting(bool, False, "print nothing but errors"),
    "scheduler": Setting(str, None, "Dask scheduler address for batches, e.g. tcp://host:8786"),
}

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_name(key: str) -> str:
    return "SUMMIT_" + key.upper()


def _from_text(key: str, text: str) -> Any:
    """An environment variable's string as the setting's type."""
    kind = SETTINGS[key].kind
    if kind is bool:
        if text.strip().lower() in _TRUE | _FALSE:
            return text.strip().lower() in _TRUE
        raise ValueError("must be true or false (1/0, yes/no, on/off)")
    if kind is list:
        return [part.strip() for part in text.split(",") if part.strip()]
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise ValueError("must be a whole number") from None
    if kind is float:
        try:
            return float(text)
        except ValueError:
            raise ValueError("must be a number") from None
    return text


def _typed(key: str, value: Any) -> Any:
    """A TOML value, checked against the setting's type (TOML already typed it)."""
    kind = SETTINGS[key].kind
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if kind is list and isinstance(value, str):
        value = [value]
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if kind is list:
        ok = ok and all(isinstance(v, str) for v in value)
    if not ok:
        names = {str: "a string", int: "a whole number", float: "a number", bool: "true or false",
                 list: "a list of strings"}
        raise ValueError(f"must be {names[kind]}")
    return value


def check(key: str, value: Any, where: str) -> Any:
    """The value if the setting accepts it; else a UsageError naming where it came from."""
    if key not in SETTINGS:
        raise UsageError(f"{where}: unknown setting '{key}' (known: {', '.join(SETTINGS)})")
    problem = SETTINGS[key].check(value) if SETTINGS[key].check and value is not None else None
    if problem:
        raise UsageError(f"{where}: {problem}")
    return value


def option_name(key: str) -> str:
    return "--" + key.replace("_", "-")


def checked(options: Mapping[str, Any], name: Callable[[str], str] = option_name) -> dict[str, Any]:
    """The given (not None) values of known settings, each checked; one length budget at most."""
    given = {k: check(k, v, f"{name(k)} {_show(v)}") for k, v in options.items() if v is not None and k in SETTINGS}
    budgets = [k for k in BUDGETS if k in given]
    if len(budgets) > 1:
        raise UsageError(f"{' and '.join(map(name, budgets))} are mutually exclusive: give one summary length")
    return given


def find_file(cwd: str) -> tuple[str | None, dict]:
    """The config file in `cwd` and its settings table ({} when there is none)."""
    own = os.path.join(cwd, "summit.toml")
    if os.path.isfile(own):
        return own, _read_toml(own)
    project = os.path.join(cwd, "pyproject.toml")
    if os.path.isfile(project):
        table = _read_toml(project).get("tool", {}).get("summit")
        if table is not None:
            if not isinstance(table, dict):
                raise UsageError(f"{project}: [tool.summit] must be a table")
            return project, table
    return None, {}


def _read_toml(path: str) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})") from None


@dataclass
class Settings:
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # key -> "default", a file path, SUMMIT_X or --option
    file: str | None = None

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key)


def resolve(options: Mapping[str, Any] | None = None, cwd: str | None = None,
            env: Mapping[str, str] | None = None) -> Settings:
    """The effective settings and where each came from.

    `options` holds only the values given on the command line (None means not given).
    """
    cwd = os.getcwd() if cwd is None else cwd
    env = os.environ if env is None else env
    layers: list[tuple[str, dict[str, Any]]] = [(DEFAULT, {k: s.default for k, s in SETTINGS.items()})]

    path, table = find_file(cwd)
    name = ""
    if path:
        name = os.path.basename(path) + (" [tool.summit]" if path.endswith("pyproject.toml") else "")
    layer = {}
    for key, value in table.items():
        key = key.replace("-", "_")
        where = f"{name}: {key} = {value!r}"
        if key not in SETTINGS:
            check(key, value, name)
        try:
            layer[key] = check(key, _typed(key, value), where)
        except ValueError as exc:
            raise UsageError(f"{where}: {exc}") from None
    layers.append((name, layer))

    layer = {}
    for key in SETTINGS:
        text = env.get(env_name(key))
        if text is None:
            continue
        where = f"{env_name(key)}={text}"
        try:
            layer[key] = check(key, _from_text(key, text), where)
        except ValueError as exc:
            raise UsageError(f"{where}: {exc}") from None
    layers.append(("environment", layer))

    layers.append(("option", checked(options or {})))

    result = Settings(file=path)
    budget_layer = None
    for label, layer in layers[1:]:
        given = [k for k in BUDGETS if k in layer]
        if len(given) > 1:
            raise UsageError(f"{_where(label, given[0])} and {_where(label, given[1])} are mutually exclusive: "
                             "give one summary length")
        if given:
            budget_layer = label
    for label, layer in layers:
        for key, value in layer.items():
            if key in BUDGETS and label != DEFAULT and label != budget_layer:
                continue  # a lower layer's length is overridden by a higher layer's (of any kind)
            result.values[key] = value
            result.sources[key] = _where(label, key)
    if budget_layer is not None:
        for key in BUDGETS:
            if result.sources[key] == DEFAULT:
                result.values[key] = None
    return result


def _where(label: str, key: str) -> str:
    if label == "environment":
        return env_name(key)
    if label == "option":
        return option_name(key)
    return label


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(map(str, value))
    return str(value)


def as_toml(settings: Settings) -> str:
    """The effective settings as summit.toml lines, each with its source as a comment."""
    lines = []
    width = max(map(len, SETTINGS))
    for key in SETTINGS:
        value = settings.values.get(key)
        source = settings.sources.get(key, DEFAULT)
        if value is None:
            lines.append(f"# {key} is not set ({SETTINGS[key].help})")
            continue
        lines.append(f"{key:<{width}} = {_toml_value(value):<12} # {source}")
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return repr(value)
