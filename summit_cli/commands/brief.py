"""summit brief: an article in, a brief out."""
from __future__ import annotations

import os
import sys
from typing import Optional

from .. import console
from ..errors import InputError, OutputError, UsageError
from ..options import (Algorithm, Debug, Explain, Force, Format, InputFormat, Inputs, Jobs, JsonLines, Language,
                       MaxPoints, OutDir, Output, PageSize, Quiet, Ratio, Require, Scheduler, Sentences, TaxonomyOpt,
                       TimeLimit, Title, Words)


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
    page_size: PageSize = None,
    out_dir: OutDir = None,
    jobs: Jobs = None,
    jsonl: JsonLines = None,
    force: Force = None,
    scheduler: Scheduler = None,
    time_limit: TimeLimit = None,
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
                                   algorithm=algorithm, language=language, taxonomy=taxonomy,
                                   max_points=max_points, require=require, explain=explain, page_size=page_size,
                                   quiet=quiet, scheduler=scheduler))
    console.set_quiet(settings["quiet"])
    if jsonl is not None:
        _check_jsonl(inputs, out_dir, output, format)
        inputs, format = [jsonl], "json"
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input given (name a file, or pipe text in with -)")
        inputs = ["-"]
    input_format = ingest.check_format(input_format)
    batch_mode = out_dir is not None or len(inputs) > 1 or jsonl is not None
    if batch_mode and out_dir is None and jsonl is None:
        raise UsageError("several inputs need --out-dir FOLDER (one brief per input)")
    if not batch_mode and os.path.isdir(inputs[0]):
        raise InputError(f"{inputs[0]}: is a directory (to brief every article in it, add --out-dir FOLDER)")
    if force and out_dir is None:
        raise UsageError("--force remakes the briefs of --out-dir FOLDER: give one")
    if batch_mode and output:
        raise UsageError("--output names one file; with --out-dir each brief is named after its input")
    fmt = output_format(format, None if batch_mode else output, settings["format"])
    render_options = render.RenderOptions(explain=settings["explain"], page_size=settings["page_size"])
    gate.check_known(settings["require"], taxonomy_mod.load(settings["taxonomy"]).ids())
    options = dict(sentences=settings["sentences"], ratio=settings["ratio"], words=settings["words"],
                   algorithm=settings["algorithm"], taxonomy=settings["taxonomy"], title=title,
                   language=settings["language"], max_points=settings["max_points"])

    if batch_mode:
        import typer

        from ..jobs import runs

        spec = runs.spec(options, fmt, render_options, settings["require"], input_format, jsonl is not None)
        pool = lambda: runs.executor(jobs, settings["scheduler"], spec.fmt, time_limit)  # noqa: E731
        if jsonl is not None:
            raise typer.Exit(runs.jsonl(jsonl, spec, pool))
        raise typer.Exit(runs.folder(inputs, out_dir, spec, render.extension(fmt), pool, bool(force)))

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


def _check_jsonl(inputs, out_dir, output, format) -> None:
    if inputs:
        raise UsageError("--jsonl reads its articles from FILE: name no ARTICLE as well")
    if out_dir is not None or output:
        raise UsageError("--jsonl writes JSON Lines to stdout: it takes no --out-dir or --output")
    if format and format.lower() != "json":
        raise UsageError(f"--jsonl writes JSON briefs (one per line), not {format}")


def output_format(option: Optional[str], output: Optional[str], configured: Optional[str]) -> str:
    """--format, else -o's extension, else the configured format, else Markdown."""
    from .. import render

    if option or not configured:
        return render.resolve(option, output)
    by_name = render.resolve(None, output)
    if output and os.path.splitext(output)[1].lower() in render.FORMATS[by_name][1]:
        return by_name
    return render.resolve(configured, None)
