"""The `summit` command: the app, its commands, and the entry point. Thin.

Commands live in summit_cli/commands/, the options they share in options.py, and the
mapping of failures to exit codes in command.py (once, for every command).
"""

from __future__ import annotations

import signal
from typing import Annotated, Optional

import typer

from . import __version__
from .command import SummitCommand, SummitGroup
from .commands import algorithms, brief, digest, evaluate, schema, settings, taxonomy
from .options import CONFIG_HELP, EXIT_HELP

app = typer.Typer(
    name="summit",
    cls=SummitGroup,
    help="Offline news briefs: summary, key points by category, quotes.",
    epilog=CONFIG_HELP + "\n\n" + EXIT_HELP,
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summit {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Offline news briefs: summary, key points by category, quotes."""


app.command(
    "brief", cls=SummitCommand, epilog=CONFIG_HELP + "\n\n" + EXIT_HELP, short_help="Make a brief of an article."
)(brief.brief)
app.command(
    "digest",
    cls=SummitCommand,
    epilog=CONFIG_HELP + "\n\n" + EXIT_HELP,
    short_help="Make one brief of many reports of an event.",
)(digest.digest)
app.command("algorithms", cls=SummitCommand, short_help="List the summarizers.")(algorithms.algorithms)
app.command("config", cls=SummitCommand, epilog=CONFIG_HELP, short_help="Show the effective settings.")(settings.show)
app.command(
    "eval", cls=SummitCommand, epilog=EXIT_HELP, short_help="Compare summarizers with ROUGE against references."
)(evaluate.evaluate)
app.command("schema", cls=SummitCommand, short_help="Print the JSON Schema of the JSON brief.")(schema.schema)
app.add_typer(taxonomy.app, name="taxonomy", short_help="Show, list and check taxonomies.")


def _terminated(signum, frame):
    raise KeyboardInterrupt


def main() -> None:
    # A CI job killed on timeout gets SIGTERM: unwind as for Ctrl-C, so that a write in
    # progress removes its temp file instead of leaving it behind.
    signal.signal(signal.SIGTERM, _terminated)
    app(prog_name="summit")
