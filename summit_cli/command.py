"""The process boundary: failures become one stderr line and an exit code; plain grouped help.

Every command, including those of sub-apps, runs inside SummitGroup.main, so the
mapping from errors to exit codes lives here once and no command has to remember it.
"""

from __future__ import annotations

import os
import sys
import traceback

from typer import Abort, _click as click
from typer.core import TyperCommand, TyperGroup

from . import console
from .errors import SummitError

try:  # typer 0.29 coerces every parameter through a pydantic TypeAdapter
    from typer._coercion import RuntimeParam
except ImportError:  # typer 0.28: click's own types, nothing to replace
    RuntimeParam = None  # type: ignore[assignment,misc]

_debug = False
INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def set_debug(value: bool) -> None:
    global _debug
    _debug = bool(value)


def debugging() -> bool:
    return _debug or os.environ.get("SUMMIT_DEBUG", "") not in ("", "0")


_PLAIN_TYPES = (str, int, float, bool)
_TYPE_NAMES = {int: "integer", float: "float", str: "string", bool: "boolean"}


if RuntimeParam is not None:
    from typing import get_args, get_origin

    class _PlainValue(RuntimeParam):
        """str, int, float, bool and list-of-str values, converted as click converts them.

        typer 0.29 builds a pydantic TypeAdapter for each parameter the first time it is
        processed, given or not: importing pydantic and building ~20 adapters is
        +150-180 ms of CPU on every `summit brief`. The options here are plain scalars
        whose real checks are config.SETTINGS's, so a plain conversion does the job.
        """

        def _coerce_value(self, value, param, ctx):
            kind = self.annotation
            if get_origin(kind) is list:
                return [str(v) for v in value]
            if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
                return value
            try:
                return kind(value) if kind is not bool else _flag(value)
            except (TypeError, ValueError):
                raise click.exceptions.BadParameter(
                    f"{value!r} is not a valid {_TYPE_NAMES[kind]}.", ctx=ctx, param=param
                ) from None


def _flag(value) -> bool:
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on", "y", "t"):
        return True
    if text in ("0", "false", "no", "off", "n", "f"):
        return False
    raise ValueError(value)


def _plain(annotation) -> bool:
    if RuntimeParam is None:
        return False
    if get_origin(annotation) is list:
        return get_args(annotation) == (str,)
    return annotation in _PLAIN_TYPES


def _use_plain_values() -> None:
    """Plain parameters get a pydantic-free converter (typer 0.29; a no-op on 0.28 or if typer changes)."""
    from typer import core

    parameter = getattr(core, "_TyperParameter", None)
    built = getattr(parameter, "get_runtime_param", None)
    if RuntimeParam is None or built is None:
        return

    def get_runtime_param(self):
        descriptor = self.type_descriptor
        if self._runtime_param is None and _plain(descriptor.annotation):
            self._runtime_param = _PlainValue(
                parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
            )
        return built(self)

    parameter.get_runtime_param = get_runtime_param  # type: ignore[union-attr]


_use_plain_values()


class SummitGroup(TyperGroup):
    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        set_debug(False)
        console.set_quiet(False)
        code = guarded(
            lambda: super(SummitGroup, self).main(args, prog_name, complete_var, standalone_mode=False, **extra),
            typed=next((a for a in (sys.argv[1:] if args is None else args) if a in self.commands), None),
        )
        sys.exit(code)


def guarded(call, typed: str | None = None) -> int:
    """Run the CLI; return its exit code after saying what went wrong, once."""
    try:
        rv = call()
        code = rv if isinstance(rv, int) else 0
        if code == INTERRUPTED:  # typer turns Ctrl-C into a silent Exit(130): say why
            console.error("interrupted")
        return code
    except click.exceptions.NoArgsIsHelpError as exc:
        sys.stderr.write(exc.format_message() + "\n")
        return exc.exit_code
    except click.exceptions.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "summit"
        if where == "summit":
            # An option left without its value fails with no context of its subcommand:
            # name the subcommand the user typed all the same.
            where += f" {typed}" if typed else ""
        console.error(f"{_sentence(exc.format_message())} (see '{where} --help')")
        return 2
    except click.exceptions.ClickException as exc:
        console.error(exc.format_message())
        return exc.exit_code
    except Abort:
        console.error("aborted")
        return 1
    except SummitError as exc:
        if debugging():
            traceback.print_exc()
        console.error(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        console.error("interrupted")
        return INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`summit ... | head`): not our failure, and nothing more to say.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        if debugging():
            traceback.print_exc()
            console.error(
                f"internal error: {type(exc).__name__}: {exc} (this is a bug; please report it with the traceback above)"
            )
        else:
            console.error(
                f"internal error: {type(exc).__name__}: {exc} (this is a bug; rerun with --debug for details)"
            )
        return 1


def _sentence(message: str) -> str:
    message = " ".join(message.split()).rstrip(".")
    return message[:1].lower() + message[1:]


class SummitCommand(TyperCommand):
    """Plain-text help (never colour) with options grouped under their panel names."""

    def format_options(self, ctx, formatter) -> None:
        groups: dict[str, list] = {}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                panel = "Arguments"
                # Typer appends the Python type (<list[str]>) to argument names: noise for a user.
                record = ((param.metavar or param.name.upper()) + ("..." if param.nargs != 1 else ""), record[1])
            else:
                panel = getattr(param, "rich_help_panel", None) or "General"
            groups.setdefault(panel, []).append(record)
        order = ["Arguments"] + [p for p in groups if p not in ("Arguments", "General")] + ["General"]
        for panel in order:
            if panel in groups:
                with formatter.section(panel):
                    formatter.write_dl(groups[panel])
