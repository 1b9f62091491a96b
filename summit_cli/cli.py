"""The `summit` command: parse options, resolve settings, call the library, write. Thin.

Failures are mapped to exit codes once, in command.SummitGroup; the options shared by
all commands are declared once, here, so they mean the same everywhere.
"""
from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer
from typing_extensions import Annotated

from . import __version__, console
from .command import SummitCommand, SummitGroup, set_debug
from .errors import EXIT_CODES, UsageError

EXIT_HELP = "\b\nExit codes:\n" + "\n".join(f"  {k}  {v}" for k, v in EXIT_CODES.items())
CONFIG_HELP = ("Defaults come from summit.toml in the working directory (or [tool.summit] in pyproject.toml), "
               "then SUMMIT_<OPTION> environment variables, then options; `summit config` shows the result.")

app = typer.Typer(
    name="summit",
    cls=SummitGroup,
    help="Offline news briefs: summary, key points by category, quotes.",
    epilog=EXIT_HELP,
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

INPUT, LENGTH, POINTS, OUTPUT, GENERAL = "Input", "Summary", "Key points", "Output", "General"


def _complete_algorithm(incomplete: str):
    from .rank import ALGORITHMS

    return [(name, desc) for name, (_, desc) in ALGORITHMS.items() if name.startswith(incomplete)]


def _complete_format(incomplete: str):
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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summit {__version__}")
        raise typer.Exit()


# The options every command shares. Defaults are None: "not given", so a config file
# or SUMMIT_* variable can supply the value (see config.py for the real defaults).
Inputs = Annotated[Optional[List[str]], typer.Argument(
    metavar="ARTICLE", show_default=False,
    help="Article files, or - for standard input (read when nothing is given and input is piped).")]
Format = Annotated[Optional[str], typer.Option(
    "--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT, autocompletion=_complete_format,
    help="markdown or json [default: from -o's extension, else markdown].")]
Output = Annotated[Optional[str], typer.Option(
    "--output", "-o", metavar="FILE", rich_help_panel=OUTPUT,
    help="Write the brief to FILE (atomically) instead of stdout; its folder must exist.")]
Sentences = Annotated[Optional[int], typer.Option(
    "--sentences", "-n", metavar="N", rich_help_panel=LENGTH, help="Summary length in sentences [default: 5].")]
Ratio = Annotated[Optional[float], typer.Option(
    "--ratio", metavar="R", rich_help_panel=LENGTH, help="Summary length as a fraction (0 < R <= 1) of the sentences.")]
Words = Annotated[Optional[int], typer.Option(
    "--words", metavar="W", rich_help_panel=LENGTH,
    help="Summary length budget in words (never cuts a sentence). -n, --ratio, --words: give one.")]
Algorithm = Annotated[Optional[str], typer.Option(
    "--algorithm", "-a", metavar="NAME", rich_help_panel=LENGTH, autocompletion=_complete_algorithm,
    help="Summarizer (see `summit algorithms`) [default: default].")]
Language = Annotated[Optional[str], typer.Option(
    "--language", metavar="LANG", rich_help_panel=LENGTH,
    help="Language of the article, for stemming and stop words [default: english].")]
TaxonomyOpt = Annotated[Optional[str], typer.Option(
    "--taxonomy", metavar="NAME|FILE", rich_help_panel=POINTS, help="Taxonomy name or TOML file [default: summit].")]
MaxPoints = Annotated[Optional[int], typer.Option(
    "--max-points", metavar="N", rich_help_panel=POINTS, help="Most key points per category [default: 5].")]
Require = Annotated[Optional[List[str]], typer.Option(
    "--require", metavar="CATEGORY", rich_help_panel=POINTS,
    help="Exit 6 if CATEGORY has no key point (repeatable; for CI gates). The brief is still written.")]
Title = Annotated[Optional[str], typer.Option(
    "--title", metavar="TEXT", rich_help_panel=OUTPUT, help="Title of the brief [default: the article's headline].")]
Explain = Annotated[Optional[bool], typer.Option(
    "--explain", rich_help_panel=OUTPUT, help="Show why each sentence was chosen (scores, cues).")]
Quiet = Annotated[Optional[bool], typer.Option(
    "--quiet", "-q", callback=_quiet, rich_help_panel=GENERAL,
    help="Print nothing but errors: no warnings, no progress, no colour.")]
Debug = Annotated[Optional[bool], typer.Option(
    "--debug", callback=_debug, rich_help_panel=GENERAL, help="Show the traceback of a failure.")]


@app.callback()
def root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """Offline news briefs: summary, key points by category, quotes."""


@app.command(cls=SummitCommand, epilog=CONFIG_HELP + "\n\n" + EXIT_HELP)
def brief(
    inputs: Inputs = None,
    format: Format = None,
    output: Output = None,
    sentences: Sentences = None,
    ratio: Ratio = None,
    words: Words = None,
    algorithm: Algorithm = None,
    language: Language = None,
    taxonomy: TaxonomyOpt = None,
    max_points: MaxPoints = None,
    require: Require = None,
    title: Title = None,
    explain: Explain = None,
    quiet: Quiet = None,
    debug: Debug = None,
) -> None:
    """Make a brief of an article: summary, key points by category, quotes.

    \b
    Examples:
      summit brief article.txt -n 3
      summit brief article.txt -f json | jq -r '.key_points.concessions[].text'
      summit brief article.txt -o brief.md --require concessions || exit 1   # CI gate
    """
    from . import config, make_brief, render, require as gate
    from .group import taxonomy as taxonomy_mod
    from .output import write_atomic

    settings = config.resolve(dict(format=format, sentences=sentences, ratio=ratio, words=words,
                                   algorithm=algorithm, language=language, taxonomy=taxonomy,
                                   max_points=max_points, require=require, explain=explain, quiet=quiet))
    console.set_quiet(settings["quiet"])
    if not inputs:
        if sys.stdin.isatty():
            raise UsageError("no input given (name a file, or pipe text in with -)")
        inputs = ["-"]
    if len(inputs) > 1:
        raise UsageError("one input at a time")
    fmt = _output_format(format, output, settings["format"])
    gate.check_known(settings["require"], taxonomy_mod.load(settings["taxonomy"]).ids())

    result = make_brief(inputs[0], sentences=settings["sentences"], ratio=settings["ratio"], words=settings["words"],
                        algorithm=settings["algorithm"], taxonomy=settings["taxonomy"], title=title,
                        language=settings["language"], max_points=settings["max_points"])
    data = render.render(result, fmt, render.RenderOptions(explain=settings["explain"]))
    if output and output != "-":
        write_atomic(output, data)
    else:
        if render.is_binary(fmt) and sys.stdout.isatty():
            raise UsageError(f"{fmt} is binary: write it with -o FILE or redirect stdout")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    gate.enforce(result, settings["require"], "stdin" if inputs[0] == "-" else inputs[0])


def _output_format(option: Optional[str], output: Optional[str], configured: Optional[str]) -> str:
    """--format, else -o's extension, else the configured format, else Markdown."""
    from . import render

    if option or not configured:
        return render.resolve(option, output)
    by_name = render.resolve(None, output)
    if output and os.path.splitext(output)[1].lower() in render.FORMATS[by_name][1]:
        return by_name
    return render.resolve(configured, None)


@app.command(cls=SummitCommand)
def algorithms() -> None:
    """List the summarizers that --algorithm accepts, with what each does.

    \b
    Examples:
      summit algorithms
      summit eval articles/ summaries/ -a "$(summit algorithms | cut -d' ' -f1 | paste -sd,)"
    """
    from .rank import ALGORITHMS

    for name, (_, desc) in ALGORITHMS.items():
        typer.echo(f"{name:10s} {desc}")


@app.command("config", cls=SummitCommand, epilog=CONFIG_HELP)
def config_cmd(
    format: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT,
                                                  help="toml (a summit.toml you can keep) or json [default: toml].")] = None,
    debug: Debug = None,
) -> None:
    """Print the effective settings and where each came from.

    \b
    Examples:
      summit config
      SUMMIT_SENTENCES=3 summit config
      summit config -f json | jq -r '.settings.algorithm.source'
    """
    import json

    from . import config

    settings = config.resolve()
    if format in (None, "toml"):
        source = settings.file or "none (defaults, SUMMIT_* variables and options only)"
        typer.echo(f"# config file: {source}\n# precedence: default < config file < SUMMIT_* < option\n"
                   + config.as_toml(settings), nl=False)
    elif format == "json":
        data = {"file": settings.file,
                "settings": {k: {"value": settings.values.get(k), "source": settings.sources.get(k, config.DEFAULT)}
                             for k in config.SETTINGS}}
        typer.echo(json.dumps(data, indent=2))
    else:
        raise UsageError(f"unknown format '{format}' for summit config (choose from: toml, json)")


@app.command("eval", cls=SummitCommand, epilog=EXIT_HELP)
def eval_cmd(
    articles_dir: Annotated[str, typer.Argument(metavar="ARTICLES_DIR", help="Folder of articles.")],
    summaries_dir: Annotated[str, typer.Argument(
        metavar="SUMMARIES_DIR", help="Folder of reference summaries, named as the articles (a.txt <-> a.txt).")],
    algorithm: Annotated[str, typer.Option(
        "--algorithm", "-a", metavar="NAMES", rich_help_panel=LENGTH, autocompletion=_complete_algorithm,
        help="Comma-separated summarizers to compare, or all.")] = "default,lead",
    sentences: Annotated[Optional[int], typer.Option(
        "--sentences", "-n", metavar="N", rich_help_panel=LENGTH,
        help="Summary length in sentences [default: each reference's own sentence count].")] = None,
    language: Language = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT,
                                                  help="table or json [default: table].")] = None,
    quiet: Quiet = None,
    debug: Debug = None,
) -> None:
    """Score summarizers with ROUGE-1/2/Lsum against reference summaries.

    Needs the eval extra: pip install 'summit-cli[eval]'.

    \b
    Examples:
      summit eval corpus/article corpus/summary -a default,lead,lexrank,textrank
      summit eval corpus/article corpus/summary -f json | jq '.algorithms | to_entries | max_by(.value.rouge2).key'
    """
    from . import config, evaluate

    if format not in (None, "table", "json"):
        raise UsageError(f"unknown format '{format}' for summit eval (choose from: table, json)")
    settings = config.resolve(dict(sentences=sentences, language=language, quiet=quiet))
    console.set_quiet(settings["quiet"])
    names = evaluate.parse_algorithms(algorithm)
    notes: list[str] = []
    report = evaluate.evaluate(articles_dir, summaries_dir, names, sentences, settings["language"],
                               progress=lambda done, total: console.progress(done, total, "eval"), notes=notes)
    console.progress_end()
    for note in notes:
        console.warn(note)
    for failure in report.failures:
        console.error(failure.message)
    typer.echo(evaluate.as_json(report) if format == "json" else evaluate.as_table(report), nl=False)
    if report.failures:
        raise typer.Exit(max(f.exit_code for f in report.failures))


def main() -> None:
    app(prog_name="summit")
