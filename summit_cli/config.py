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
from typing import Any, Callable, Mapping, NoReturn

from .errors import UsageError

DEFAULT = "default"
BUDGETS = ("sentences", "ratio", "words")  # one summary length: the highest layer setting any of them wins


def _positive(value: Any) -> str | None:
    return None if value >= 1 else "must be 1 or more"


def _fraction(value: Any) -> str | None:
    return None if 0 < value <= 1 and math.isfinite(value) else "must be more than 0 and at most 1"


def _known(table: Callable[[], Mapping[str, Any]], what: str, aliases: Callable[[], Mapping[str, str]] | None = None):
    def check(value: str) -> str | None:
        names = table()
        if value in names or value.lower() in names or value.lower() in (aliases() if aliases else {}):
            return None
        return f"unknown {what} '{value}' (choose from: {', '.join(names)})"

    return check


def _formats():
    from .render import FORMATS

    return FORMATS


def _format_aliases():
    from .render import ALIASES

    return ALIASES


def _algorithms():
    from .rank import ALGORITHMS

    return ALGORITHMS


def _page_sizes():
    from .render import PAGE_SIZES

    return dict.fromkeys(PAGE_SIZES)


def _input_formats():
    from .ingest import FORMATS

    return FORMATS


# Where a value goes: a field of pipeline.Options, of render.RenderOptions, or the command's own.
PIPELINE, RENDER, COMMAND = "pipeline", "render", "command"
# Help panels of the options.
LENGTH, POINTS, OUTPUT, BATCH, GENERAL = "Summary", "Key points", "Output", "Batch", "General"


@dataclass(frozen=True)
class Setting:
    """One setting, declared once: its option, config key, SUMMIT_* variable, check, help and destination.

    The key is the config key and, with '-' for '_', the long option; SUMMIT_<KEY> its variable.
    """

    kind: type  # str, int, float, bool or list (of str)
    default: Any
    help: str  # one sentence, shown by --help and by `summit config` for an unset value
    check: Callable[[Any], str | None] | None = None
    goes_to: str = COMMAND
    short: str | None = None  # "-n"
    metavar: str | None = None
    panel: str = GENERAL
    configurable: bool = True  # False: a per-run value (-o, --title) no file or variable may set
    shown_default: str | None = None  # "[default: ...]" in --help when the default is not the value itself
    commands: tuple[str, ...] = ("brief", "digest")  # the commands whose option it is


# Adding a setting is one entry here: the option of every command in its `commands`,
# its config key and SUMMIT_* variable, its check and its help all come from it; its
# value reaches pipeline.Options or RenderOptions by name (goes_to), or the command
# reads it from the resolved settings.
SETTINGS: dict[str, Setting] = {
    "format": Setting(
        str,
        None,
        "markdown, json, text, html, docx or pdf (or an extension: md, txt, htm)",
        _known(_formats, "format", _format_aliases),
        short="-f",
        metavar="FORMAT",
        panel=OUTPUT,
        shown_default="from -o's extension, else markdown",
    ),
    "output": Setting(
        str,
        None,
        "Write the brief to FILE (atomically) instead of stdout; its folder must exist.",
        short="-o",
        metavar="FILE",
        panel=OUTPUT,
        configurable=False,
    ),
    "sentences": Setting(
        int,
        None,
        "Summary length in sentences.",
        _positive,
        PIPELINE,
        "-n",
        "N",
        LENGTH,
        shown_default="grows with the article, about 3 for 400 words, 5 for 1,200",
    ),
    "ratio": Setting(
        float,
        None,
        "Summary length as a fraction (0 < R <= 1) of the sentences.",
        _fraction,
        PIPELINE,
        metavar="R",
        panel=LENGTH,
    ),
    "words": Setting(
        int,
        None,
        "Summary length budget in words (never cuts a sentence). -n, --ratio, --words: give one.",
        _positive,
        PIPELINE,
        metavar="W",
        panel=LENGTH,
    ),
    "algorithm": Setting(
        str,
        "default",
        "Summarizer (see `summit algorithms`).",
        _known(_algorithms, "algorithm"),
        PIPELINE,
        "-a",
        "NAME",
        LENGTH,
    ),
    "language": Setting(
        str,
        "auto",
        "Language of the article (english, ukrainian, russian, french, ...): stemming, "
        "stop words, abbreviations, quotes, cues; auto: detected from its letters and stop words.",
        goes_to=PIPELINE,
        metavar="LANG",
        panel=LENGTH,
    ),
    "labels": Setting(
        str,
        "english",
        "Category labels and headings in English, or in the article's language where the taxonomy and summit know it.",
        lambda v: None if v in ("english", "article") else "must be english or article",
        PIPELINE,
        metavar="english|article",
        panel=OUTPUT,
    ),
    "taxonomy": Setting(
        str, "summit", "Taxonomy name or TOML file.", goes_to=PIPELINE, metavar="NAME|FILE", panel=POINTS
    ),
    "max_points": Setting(
        int,
        None,
        "Most key points per category.",
        _positive,
        PIPELINE,
        metavar="N",
        panel=POINTS,
        shown_default="8, or half the sentences of a long article, at most 25",
    ),
    "require": Setting(
        list,
        [],
        "Exit 6 if CATEGORY has no key point (repeatable; for CI gates). The brief is still written.",
        metavar="CATEGORY",
        panel=POINTS,
    ),
    "title": Setting(
        str,
        None,
        "Title of the brief.",
        goes_to=PIPELINE,
        metavar="TEXT",
        panel=OUTPUT,
        configurable=False,
        shown_default="the article's headline; a digest's: Digest of N reports",
    ),
    "explain": Setting(bool, False, "Show why each sentence was chosen (scores, cues).", goes_to=RENDER, panel=OUTPUT),
    "page_size": Setting(
        str,
        "a4",
        "Paper for DOCX and PDF: a4 or letter.",
        _known(_page_sizes, "page size"),
        RENDER,
        metavar="SIZE",
        panel=OUTPUT,
    ),
    "out_dir": Setting(
        str,
        None,
        "Batch mode: one brief per input in FOLDER (created if missing), named after the "
        "input, with manifest.jsonl (input, output, status, error); run again, it remakes only "
        "changed inputs.",
        short="-O",
        metavar="FOLDER",
        panel=BATCH,
        configurable=False,
        commands=("brief",),
    ),
    "jobs": Setting(
        int,
        None,
        "Batch mode: inputs worked on at once.",
        _positive,
        short="-j",
        metavar="N",
        panel=BATCH,
        configurable=False,
        shown_default="the number of CPUs",
        commands=("brief",),
    ),
    "jsonl": Setting(
        str,
        None,
        "Read articles as JSON Lines from FILE (- for standard input), one object per line "
        "with an id and one of text, html, url or path (optional title); write one JSON brief per line "
        "to stdout, in input order.",
        metavar="FILE",
        panel=BATCH,
        configurable=False,
        commands=("brief",),
    ),
    "force": Setting(
        bool,
        False,
        "With --out-dir: remake every brief, also those whose input bytes, options and "
        "summit version are unchanged since the last run (see manifest.jsonl).",
        panel=BATCH,
        configurable=False,
        commands=("brief",),
    ),
    "scheduler": Setting(
        str,
        None,
        "Make the batch (--out-dir or --jsonl) on a Dask cluster, e.g. tcp://host:8786; "
        "needs summit-cli's dask extra installed here and on the workers.",
        metavar="ADDRESS",
        panel=BATCH,
        commands=("brief",),
    ),
    "time_limit": Setting(
        float,
        None,
        "Batch mode: stop an input still being made after SECONDS; it is reported, the others go on.",
        lambda v: None if v > 0 and math.isfinite(v) else "must be more than 0",
        metavar="SECONDS",
        panel=BATCH,
        configurable=False,
        shown_default="120",
        commands=("brief",),
    ),
    "input_format": Setting(
        str,
        None,
        "Read every input as text, html, docx or pdf.",
        _known(_input_formats, "input format"),
        metavar="KIND",
        configurable=False,
        shown_default="detected from content and name",
    ),
    "quiet": Setting(bool, False, "Print nothing but errors: no warnings, no progress, no colour.", short="-q"),
    "debug": Setting(bool, False, "Show the traceback of a failure.", configurable=False),
}


def of_command(command: str) -> tuple[str, ...]:
    """The settings a command takes as options, in table order."""
    return tuple(k for k, s in SETTINGS.items() if command in s.commands)


def configurable() -> list[str]:
    """The keys a config file or SUMMIT_* variable may set, in table order."""
    return [k for k, s in SETTINGS.items() if s.configurable]


def bound_for(settings: "Settings", goes_to: str) -> dict[str, Any]:
    """The values of the settings that go to one place (PIPELINE, RENDER), by key."""
    return {k: settings[k] for k, s in SETTINGS.items() if s.goes_to == goes_to}


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
        names = {
            str: "a string",
            int: "a whole number",
            float: "a number",
            bool: "true or false",
            list: "a list of strings",
        }
        raise ValueError(f"must be {names[kind]}")
    return value


def _unknown(key: str, where: str) -> NoReturn:
    raise UsageError(f"{where}: unknown setting '{key}' (known: {', '.join(configurable())})")


def check(key: str, value: Any, where: str) -> Any:
    """The value if the setting accepts it; else a UsageError naming where it came from."""
    if key not in SETTINGS:
        _unknown(key, where)
    rule = SETTINGS[key].check
    problem = rule(value) if rule is not None and value is not None else None
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


def resolve(
    options: Mapping[str, Any] | None = None, cwd: str | None = None, env: Mapping[str, str] | None = None
) -> Settings:
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
        if key not in SETTINGS or not SETTINGS[key].configurable:
            _unknown(key, name)
        try:
            layer[key] = check(key, _typed(key, value), where)
        except ValueError as exc:
            raise UsageError(f"{where}: {exc}") from None
    layers.append((name, layer))

    layer = {}
    for key in configurable():
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
            raise UsageError(
                f"{_where(label, given[0])} and {_where(label, given[1])} are mutually exclusive: "
                "give one summary length"
            )
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
    width = max(map(len, configurable()))
    for key in configurable():
        value = settings.values.get(key)
        source = settings.sources.get(key, DEFAULT)
        if value is None:
            about = SETTINGS[key].help.rstrip(".")
            lines.append(f"# {key} is not set ({about[:1].lower() + about[1:]})")
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
