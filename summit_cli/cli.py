"""The `summit` command: parse options, run the pipeline, map errors to exit codes."""
from __future__ import annotations

import functools
import os
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
    typer.echo(f"summit: {message}", err=True)
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
    help="Article files (text, HTML, DOCX, PDF), http(s) URLs, folders, or - for standard input "
         "(read when nothing is given and input is piped). Several inputs or a folder need --out-dir.",
    show_default=False)]
Format = Annotated[Optional[str], typer.Option("--format", "-f", help="markdown, json, text, html, docx, pdf (default: from -o's extension, else markdown).")]
PageSize = Annotated[str, typer.Option("--page-size", help="Paper for DOCX and PDF: a4 or letter.")]
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
OutDir = Annotated[Optional[str], typer.Option("--out-dir", "-O", help="Batch mode: write one brief per input into this folder, with manifest.jsonl.")]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Batch mode: inputs worked on at once [default: CPU count].")]
InputFormat = Annotated[Optional[str], typer.Option("--input-format", help="text, html, docx or pdf (default: detected from content and name).")]
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
    page_size: PageSize = "a4",
    require: Require = None,
    out_dir: OutDir = None,
    jobs: Jobs = None,
    input_format: InputFormat = None,
    quiet: Quiet = False,
    debug: Debug = False,
) -> None:
    """Make a brief of an article: summary, key points, quotes.

    Examples:

      summit brief article.txt

      summit brief article.txt -f json | jq -r '.summary[].text'

      summit brief article.txt -o brief.md --require concessions   # CI gate: exit 6 if none

      summit brief a.txt page.html feed/ --out-dir briefs/ -j 4     # batch: one brief per input
    """
    from . import ingest, pipeline, render
    from .errors import RequirementError
    from .output import write_atomic

    if sum(x is not None for x in (sentences, ratio, words)) > 1:
        raise UsageError("--sentences, --ratio and --words are mutually exclusive")
    if not inputs:
        if sys.stdin.isatty():
            raise UsageError("no input given (name a file, or pipe text in with -)")
        inputs = ["-"]
    input_format = ingest.check_format(input_format)
    batch_mode = out_dir is not None or len(inputs) > 1 or any(os.path.isdir(i) for i in inputs)
    if batch_mode and out_dir is None:
        raise UsageError("several inputs or a folder need --out-dir FOLDER (one brief per input)")
    if batch_mode and output:
        raise UsageError("--output names one file; with --out-dir each brief is named after its input")
    fmt = render.resolve(format, None if batch_mode else output)
    render_options = render.RenderOptions(explain=explain, page_size=page_size)
    options = pipeline.Options(sentences, ratio, words, algorithm, taxonomy, title, language, max_points)
    from .group import taxonomy as taxonomy_mod
    tax = taxonomy_mod.load(taxonomy)
    for cat in require or []:
        if cat not in tax.ids():
            raise UsageError(f"--require {cat}: the taxonomy has no such category (it has: {', '.join(tax.ids())})")
    from .rank import ALGORITHMS
    if algorithm not in ALGORITHMS:
        raise UsageError(f"unknown algorithm '{algorithm}' (choose from: {', '.join(ALGORITHMS)})")

    if batch_mode:
        from . import batch

        run = batch.Batch(inputs, out_dir, fmt, render.extension(fmt), input_format, options,
                          render_options, tuple(require or ()))
        progress = batch.Progress(sys.stderr) if batch.Progress.wanted(sys.stderr, quiet) else None
        code = run.run(batch.LocalExecutor(jobs), lambda line: typer.echo(f"summit: {line}", err=True), progress)
        if run.summary():
            typer.echo(f"summit: {run.summary()}", err=True)
        raise typer.Exit(code)

    article = ingest.read(inputs[0], input_format)
    result = pipeline.make_brief(article, options)
    data = render.render(result, fmt, render_options)
    if output and output != "-":
        write_atomic(output, data)
    else:
        if render.is_binary(fmt) and sys.stdout.isatty():
            raise UsageError(f"{fmt} is binary: write it with -o FILE or redirect stdout")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    empty = [c.id for c, pts in result.points() if c.id in (require or []) and not pts]
    if empty:
        raise RequirementError(f"{inputs[0]}: no key point in required categor{'y' if len(empty) == 1 else 'ies'} {', '.join(empty)}")


@app.command()
def algorithms() -> None:
    """List the summarizers that --algorithm accepts."""
    from .rank import ALGORITHMS

    for name, (_, desc) in ALGORITHMS.items():
        typer.echo(f"{name:10s} {desc}")


def main() -> None:
    app(prog_name="summit")
