"""summit brief: an article in, a brief out."""
from __future__ import annotations

import os
import sys
from typing import Optional

from .. import console
from ..errors import InputError, OutputError, UsageError
from ..options import (Algorithm, Debug, Explain, Format, InputFormat, Inputs, Jobs, Labels, Language, MaxPoints, OutDir,
                       Output, PageSize, Quiet, Ratio, Require, Sentences, TaxonomyOpt, Title, Words)


def brief(
    inputs: Inputs = None,
    format: Format = None,
    output: Output = None,
    sentences: Sentences = None,
    ratio: Ratio = None,
    words: Words = None,
    algorithm: Algorithm = None,
    language: Language = None,
    labels: Labels = None,
    taxonomy: TaxonomyOpt = None,
    max_points: MaxPoints = None,
    require: Require = None,
    title: Title = None,
    explain: Explain = None,
    page_size: PageSize = None,
    out_dir: OutDir = None,
    jobs: Jobs = None,
    input_format: InputFormat = None,
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
    from .. import config, ingest, make_brief, render, require as gate
    from ..group import taxonomy as taxonomy_mod
    from ..output import write_atomic

    settings = config.resolve(dict(format=format, sentences=sentences, ratio=ratio, words=words,
                                   algorithm=algorithm, language=language, labels=labels, taxonomy=taxonomy,
                                   max_points=max_points, require=require, explain=explain, page_size=page_size,
                                   quiet=quiet))
    console.set_quiet(settings["quiet"])
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input given (name a file, or pipe text in with -)")
        inputs = ["-"]
    input_format = ingest.check_format(input_format)
    batch_mode = out_dir is not None or len(inputs) > 1
    if batch_mode and out_dir is None:
        raise UsageError("several inputs need --out-dir FOLDER (one brief per input)")
    if not batch_mode and os.path.isdir(inputs[0]):
        raise InputError(f"{inputs[0]}: is a directory (to brief every article in it, add --out-dir FOLDER)")
    if batch_mode and output:
        raise UsageError("--output names one file; with --out-dir each brief is named after its input")
    fmt = output_format(format, None if batch_mode else output, settings["format"])
    render_options = render.RenderOptions(explain=settings["explain"], page_size=settings["page_size"])
    gate.check_known(settings["require"], taxonomy_mod.load(settings["taxonomy"]).ids())
    options = dict(sentences=settings["sentences"], ratio=settings["ratio"], words=settings["words"],
                   algorithm=settings["algorithm"], taxonomy=settings["taxonomy"], title=title,
                   language=settings["language"], max_points=settings["max_points"], labels=settings["labels"])

    if batch_mode:
        import typer

        raise typer.Exit(_batch(inputs, out_dir, jobs, fmt, input_format, options, render_options,
                                settings["require"]))

    result = make_brief(inputs[0], input_format=input_format, **options)
    data = render.render(result, fmt, render_options)
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
    gate.enforce(result, settings["require"], "stdin" if inputs[0] == "-" else inputs[0])


def _batch(inputs, out_dir, jobs, fmt, input_format, options, render_options, require) -> int:
    """One brief per input into out_dir; returns the worst failure's exit code (0: none)."""
    from .. import batch, render

    def report(line: str) -> None:
        console.progress_end()  # the error line must not land on the bar
        console.error(line)

    def progress(done: int, total: int, failed: int) -> None:
        console.progress(done, total, f"briefs{f' ({failed} failed)' if failed else ''}")

    run = batch.Batch(inputs, out_dir, fmt, render.extension(fmt), input_format, options, render_options,
                      tuple(require))
    try:
        code = run.run(batch.LocalExecutor(jobs), report, progress)
    finally:
        console.progress_end()
    if run.summary():
        console.error(run.summary())
    return code


def output_format(option: Optional[str], output: Optional[str], configured: Optional[str]) -> str:
    """--format, else -o's extension, else the configured format, else Markdown."""
    from .. import render

    if option or not configured:
        return render.resolve(option, output)
    by_name = render.resolve(None, output)
    if output and os.path.splitext(output)[1].lower() in render.FORMATS[by_name][1]:
        return by_name
    return render.resolve(configured, None)
