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

_debug = False
INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def set_debug(value: bool) -> None:
    global _debug
    _debug = bool(value)


def debugging() -> bool:
    return _debug or os.environ.get("SUMMIT_DEBUG", "") not in ("", "0")


class SummitGroup(TyperGroup):
    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        set_debug(False)
        console.set_quiet(False)
        code = guarded(lambda: super(SummitGroup, self).main(args, prog_name, complete_var,
                                                               standalone_mode=False, **extra))
        sys.exit(code)


def guarded(call) -> int:
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
            console.error(f"internal error: {type(exc).__name__}: {exc} (this is a bug; please report it with the traceback above)")
        else:
            console.error(f"internal error: {type(exc).__name__}: {exc} (this is a bug; rerun with --debug for details)")
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
