"""summit eval: ROUGE of several summarizers against reference summaries."""

from __future__ import annotations

from typing import Optional

import typer
from typing import Annotated

from .. import console
from ..errors import UsageError
from ..options import LENGTH, OUTPUT, Debug, Language, Quiet, complete_algorithm


def evaluate(
    articles_dir: Annotated[str, typer.Argument(metavar="ARTICLES_DIR", help="Folder of articles.")],
    summaries_dir: Annotated[
        str,
        typer.Argument(
            metavar="SUMMARIES_DIR", help="Folder of reference summaries, named as the articles (a.txt <-> a.txt)."
        ),
    ],
    algorithm: Annotated[
        str,
        typer.Option(
            "--algorithm",
            "-a",
            metavar="NAMES",
            rich_help_panel=LENGTH,
            autocompletion=complete_algorithm,
            help="Comma-separated summarizers to compare, or all.",
        ),
    ] = "default,lead",
    sentences: Annotated[
        Optional[int],
        typer.Option(
            "--sentences",
            "-n",
            metavar="N",
            rich_help_panel=LENGTH,
            help="Summary length in sentences [default: each reference's own sentence count].",
        ),
    ] = None,
    language: Language = None,
    format: Annotated[
        Optional[str],
        typer.Option(
            "--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT, help="table or json [default: table]."
        ),
    ] = None,
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
    from .. import config, evaluate as ev

    if format not in (None, "table", "json"):
        raise UsageError(f"unknown format '{format}' for summit eval (choose from: table, json)")
    settings = config.resolve(dict(sentences=sentences, language=language, quiet=quiet))
    console.set_quiet(settings["quiet"])
    names = ev.parse_algorithms(algorithm)
    notes: list[str] = []
    report = ev.evaluate(
        articles_dir,
        summaries_dir,
        names,
        sentences,
        settings["language"],
        progress=lambda done, total: console.progress(done, total, "eval"),
        notes=notes,
    )
    console.progress_end()
    for note in notes:
        console.warn(note)
    for failure in report.failures:
        console.error(failure.message)
    typer.echo(ev.as_json(report) if format == "json" else ev.as_table(report), nl=False)
    if report.failures:
        raise typer.Exit(max(f.exit_code for f in report.failures))
