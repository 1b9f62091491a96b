"""The `summit` command: parse options, run the pipeline, map errors to exit codes."""
from __future__ import annotations

import functools
import os
import signal
import sys
from typing import List, Optional

import typer
from typing_extensions import Annotated

from . import __version__
from .errors import EXIT_CODES, SummitError, UsageError

EXIT_HELP = "Exit codes: " + "; ".join(f"{k} {v.split(':')[0]}" for k, v in EXIT_CODES.items()) + "."

app = typer.Typer(
    name="summit",
    help="Offline news briefs: summary, key points by category, quotes.\n\n" + EXIT_HELP,
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def fail(message: str, code: int) -> None:
    from .text.normalize import printable

    typer.echo(f"summit: {printable(message)}", err=True)
    raise typer.Exit(code)


def handle_errors(func):
    """One place where failures become a line on stderr and an exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        debug = kwargs.get("debug") or os.environ.get("SUMMIT_DEBUG")
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except SummitError as exc:
            if debug:
                raise
            fail(exc.message, exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            # The reader went away (`summit ... | head`): not our failure.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0)
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if debug:
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (this is a bug; rerun with --debug for details)", 1)

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summit {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """Offline news briefs: summary, key points by category, quotes."""


Inputs = Annotated[Optional[List[str]], typer.Argument(
    help="Article files, or - for standard input (read when nothing is given and input is piped).",
    show_default=False)]
Format = Annotated[Optional[str], typer.Option("--format", "-f", help="markdown, json (default: from -o's extension, else markdown).")]
Output = Annotated[Optional[str], typer.Option("--output", "-o", help="Write the brief to this file instead of stdout.")]
Sentences = Annotated[Optional[int], typer.Option("--sentences", "-n", min=1, help="Summary length in sentences [default: 5].")]
Ratio = Annotated[Optional[float], typer.Option("--ratio", help="Summary length as a fraction of the sentences.")]
Words = Annotated[Optional[int], typer.Option("--words", min=1, help="Summary length budget in words (never cuts a sentence).")]
Algorithm = Annotated[str, typer.Option("--algorithm", "-a", help="Summarizer; see `summit algorithms`.")]
TaxonomyOpt = Annotated[Optional[str], typer.Option("--taxonomy", help="Taxonomy name or TOML file [default: summit].")]
Title = Annotated[Optional[str], typer.Option("--title", help="Title of the brief (default: the article's headline).")]
Language = Annotated[str, typer.Option("--language", help="Language of the article (stemming and stop words).")]
MaxPoints = Annotated[int, typer.Option("--max-points", min=1, help="Most key points per category.")]
Explain = Annotated[bool, typer.Option("--explain", help="Show why each sentence was chosen (scores, cues).")]
Require = Annotated[Optional[List[str]], typer.Option("--require", help="Exit 6 if this category has no key point (repeatable).")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks of failures.")]


@app.command()
@handle_errors
def brief(
    inputs: Inputs = None,
    format: Format = None,
    output: Output = None,
    sentences: Sentences = None,
    ratio: Ratio = None,
    words: Words = None,
    algorithm: Algorithm = "default",
    taxonomy: TaxonomyOpt = None,
    title: Title = None,
    language: Language = "english",
    max_points: MaxPoints = 5,
    explain: Explain = False,
    require: Require = None,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Make a brief of an article: summary, key points, quotes.

    Examples:

      summit brief article.txt

      summit brief article.txt -f json | jq -r '.summary[].text'

      summit brief article.txt -o brief.md --require concessions   # CI gate: exit 6 if none
    """
    from . import ingest, pipeline, render
    from .errors import OutputError, RequirementError
    from .output import write_atomic

    if sum(x is not None for x in (sentences, ratio, words)) > 1:
        raise UsageError("--sentences, --ratio and --words are mutually exclusive")
    if ratio is not None and not 0 < ratio <= 1:  # written so that nan fails too
        raise UsageError(f"--ratio must be above 0 and at most 1 (got {ratio})")
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input given (name a file, or pipe text in with -)")
        inputs = ["-"]
    if len(inputs) > 1:
        raise UsageError("one input at a time")
    fmt = render.resolve(format, output)
    options = pipeline.Options(sentences, ratio, words, algorithm, taxonomy, title, language, max_points)
    from .group import taxonomy as taxonomy_mod
    tax = taxonomy_mod.load(taxonomy)
    for cat in require or []:
        if cat not in tax.ids():
            raise UsageError(f"--require {cat}: the taxonomy has no such category (it has: {', '.join(tax.ids())})")
    from .rank import ALGORITHMS
    if algorithm not in ALGORITHMS:
        raise UsageError(f"unknown algorithm '{algorithm}' (choose from: {', '.join(ALGORITHMS)})")

    article = ingest.read(inputs[0])
    result = pipeline.make_brief(article, options)
    data = render.render(result, fmt, render.RenderOptions(explain=explain))
    if output and output != "-":
        write_atomic(output, data)
    else:
        if render.is_binary(fmt) and sys.stdout.isatty():
            raise UsageError(f"{fmt} is binary: write it with -o FILE or redirect stdout")
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # `> file` on a full disk: an output error, not a bug
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            raise OutputError(f"standard output: cannot write ({exc.strerror or exc})") from None
    empty = [c.id for c, pts in result.points() if c.id in (require or []) and not pts]
    if empty:
        raise RequirementError(f"{inputs[0]}: no key point in required categor{'y' if len(empty) == 1 else 'ies'} {', '.join(empty)}")


@app.command()
def algorithms() -> None:
    """List the summarizers that --algorithm accepts."""
    from .rank import ALGORITHMS

    for name, (_, desc) in ALGORITHMS.items():
        typer.echo(f"{name:10s} {desc}")


def _terminated(signum, frame):
    raise KeyboardInterrupt


def main() -> None:
    # A CI job killed on timeout gets SIGTERM: unwind as for Ctrl-C, so that a write in
    # progress removes its temp file instead of leaving it behind.
    signal.signal(signal.SIGTERM, _terminated)
    app(prog_name="summit")
