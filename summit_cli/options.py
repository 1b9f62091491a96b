"""Command-line options, made from the one table of settings (config.SETTINGS).

Defaults are None ("not given"), so a config file or SUMMIT_* variable can supply the
value; the real defaults, the checks and the help live in config.SETTINGS. A command
lists the settings it takes with `@takes(...)`; nothing else declares an option.
"""

from __future__ import annotations

import functools
import inspect
from typing import Annotated, Any, Callable, List, Optional

import typer

from . import console
from .command import set_debug
from .config import BATCH, GENERAL, LENGTH, OUTPUT, POINTS, SETTINGS, option_name
from .errors import EXIT_CODES

__all__ = ["BATCH", "GENERAL", "LENGTH", "OUTPUT", "POINTS", "Inputs", "option", "takes"]

EXIT_HELP = "\b\nExit codes:\n" + "\n".join(f"  {k}  {v}" for k, v in EXIT_CODES.items())
CONFIG_HELP = (
    "Defaults come from summit.toml in the working directory (or [tool.summit] in pyproject.toml), "
    "then SUMMIT_<OPTION> environment variables, then options; `summit config` shows the result."
)


def complete_algorithm(incomplete: str):
    from .rank import ALGORITHMS

    return [(name, desc) for name, (_, desc) in ALGORITHMS.items() if name.startswith(incomplete)]


def complete_format(incomplete: str):
    from .render import FORMATS

    return [name for name in FORMATS if name.startswith(incomplete)]


def _quiet(value: Optional[bool]) -> Optional[bool]:
    if value:
        console.set_quiet(True)
    return value


def _debug(value: Optional[bool]) -> Optional[bool]:
    if value:
        set_debug(True)
    return value


# What an option does on the command line besides carrying its value.
_CALLBACKS: dict[str, Callable[[Any], Any]] = {"quiet": _quiet, "debug": _debug}
_COMPLETIONS: dict[str, Callable[[str], Any]] = {"algorithm": complete_algorithm, "format": complete_format}
_PYTHON_TYPES: dict[type, Any] = {str: str, int: int, float: float, bool: bool, list: List[str]}


def _help(key: str) -> str:
    setting = SETTINGS[key]
    shown = setting.shown_default
    if shown is None and setting.default not in (None, False, []):
        shown = str(setting.default)
    return setting.help + (f" [default: {shown}]" if shown else "")


@functools.lru_cache(maxsize=None)
def option(key: str) -> Any:
    """The typer annotation of a setting's option: Annotated[Optional[T], typer.Option(...)]."""
    setting = SETTINGS[key]
    names = [option_name(key)] + ([setting.short] if setting.short else [])
    info = typer.Option(
        *names,
        metavar=setting.metavar,
        rich_help_panel=setting.panel,
        help=_help(key),
        show_default=False,
        callback=_CALLBACKS.get(key),
        autocompletion=_COMPLETIONS.get(key),
    )
    return Annotated[Optional[_PYTHON_TYPES[setting.kind]], info]


def takes(*keys: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A command taking these settings as options, in this order after its own parameters.

    The command receives them as keyword arguments (None when not given), ready for
    config.resolve; its own parameters (arguments, command-specific options) stay as written.
    """
    unknown = [k for k in keys if k not in SETTINGS]
    if unknown:
        raise KeyError(f"not in config.SETTINGS: {', '.join(unknown)}")

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        own = [p for p in inspect.signature(fn, eval_str=True).parameters.values() if p.kind is not p.VAR_KEYWORD]
        added = [inspect.Parameter(k, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=option(k)) for k in keys]

        @functools.wraps(fn)
        def command(**values: Any) -> Any:
            return fn(**values)

        command.__signature__ = inspect.Signature(own + added)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in own + added}
        del command.__wrapped__  # typer must read the signature above, not fn's
        return command

    return wrap


Inputs = Annotated[
    Optional[List[str]],
    typer.Argument(
        metavar="ARTICLE",
        show_default=False,
        help="Article files (text, HTML, DOCX, PDF, also gzip/bzip2/xz-compressed), http(s) URLs, folders, or - for "
        "standard input (read when nothing is given and input is piped). Several inputs or a folder need --out-dir.",
    ),
]
Language = option("language")
Quiet = option("quiet")
Debug = option("debug")
