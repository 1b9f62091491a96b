"""The options every command shares, declared once so they mean the same everywhere.

Defaults are None ("not given"), so a config file or SUMMIT_* variable can supply the
value; the real defaults live in config.SETTINGS. Help panels group the options.
"""
from __future__ import annotations

from typing import List, Optional

import typer
from typing import Annotated

from . import console
from .command import set_debug
from .errors import EXIT_CODES

EXIT_HELP = "\b\nExit codes:\n" + "\n".join(f"  {k}  {v}" for k, v in EXIT_CODES.items())
CONFIG_HELP = ("Defaults come from summit.toml in the working directory (or [tool.summit] in pyproject.toml), "
               "then SUMMIT_<OPTION> environment variables, then options; `summit config` shows the result.")

LENGTH, POINTS, OUTPUT, BATCH, GENERAL = "Summary", "Key points", "Output", "Batch", "General"  # help panels


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


Inputs = Annotated[Optional[List[str]], typer.Argument(
    metavar="ARTICLE", show_default=False,
    help="Article files (text, HTML, DOCX, PDF), http(s) URLs, folders, or - for standard input (read when "
         "nothing is given and input is piped). Several inputs or a folder need --out-dir.")]
InputFormat = Annotated[Optional[str], typer.Option(
    "--input-format", metavar="KIND", rich_help_panel=GENERAL,
    help="Read every input as text, html, docx or pdf [default: detected from content and name].")]
OutDir = Annotated[Optional[str], typer.Option(
    "--out-dir", "-O", metavar="FOLDER", rich_help_panel=BATCH,
    help="Batch mode: one brief per input in FOLDER (created if missing), named after the input, "
         "with manifest.jsonl (input, output, status, error); run again, it remakes only changed inputs.")]
Jobs = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", metavar="N", min=1, rich_help_panel=BATCH,
    help="Batch mode: inputs worked on at once [default: the number of CPUs].")]
JsonLines = Annotated[Optional[str], typer.Option(
    "--jsonl", metavar="FILE", rich_help_panel=BATCH,
    help="Read articles as JSON Lines from FILE (- for standard input), one object per line with an id and one "
         "of text, html, url or path (optional title); write one JSON brief per line to stdout, in input order.")]
Force = Annotated[Optional[bool], typer.Option(
    "--force", rich_help_panel=BATCH,
    help="With --out-dir: remake every brief, also those whose input bytes, options and summit version are "
         "unchanged since the last run (see manifest.jsonl).")]
Scheduler = Annotated[Optional[str], typer.Option(
    "--scheduler", metavar="ADDRESS", rich_help_panel=BATCH,
    help="Make the batch (--out-dir or --jsonl) on a Dask cluster, e.g. tcp://host:8786; "
         "needs pip install 'summit-cli[dask]' here and on the workers.")]
TimeLimit = Annotated[Optional[float], typer.Option(
    "--time-limit", metavar="SECONDS", min=0.001, rich_help_panel=BATCH,
    help="Batch mode: stop an input still being made after SECONDS; it is reported, the others go on "
         "[default: 120].")]
Format = Annotated[Optional[str], typer.Option(
    "--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT, autocompletion=complete_format,
    help="markdown, json, text, html, docx or pdf [default: from -o's extension, else markdown].")]
PageSize = Annotated[Optional[str], typer.Option(
    "--page-size", metavar="SIZE", rich_help_panel=OUTPUT, help="Paper for DOCX and PDF: a4 or letter [default: a4].")]
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
    "--algorithm", "-a", metavar="NAME", rich_help_panel=LENGTH, autocompletion=complete_algorithm,
    help="Summarizer (see `summit algorithms`) [default: default].")]
Language = Annotated[Optional[str], typer.Option(
    "--language", metavar="LANG", rich_help_panel=LENGTH,
    help="Language of the article, for stemming and stop words [default: english].")]
TaxonomyOpt = Annotated[Optional[str], typer.Option(
    "--taxonomy", metavar="NAME|FILE", rich_help_panel=POINTS, help="Taxonomy name or TOML file [default: summit].")]
MaxPoints = Annotated[Optional[int], typer.Option(
    "--max-points", metavar="N", rich_help_panel=POINTS, help="Most key points per category [default: 8, or half the sentences of a long article, at most 25].")]
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
