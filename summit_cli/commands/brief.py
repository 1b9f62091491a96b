"""summit brief: an article in, a brief out."""

from __future__ import annotations

import os
import sys
from typing import Any, Optional

from .. import console
from ..errors import InputError, UsageError
from ..config import of_command
from ..options import Inputs, takes

BRIEF_OPTIONS = of_command("brief")  # declared in config.SETTINGS


@takes(*BRIEF_OPTIONS)
def brief(inputs: Inputs = None, **given: Any) -> None:
    """Make a brief of an article: summary, key points by category, quotes.

    \b
    Examples:
      summit brief article.txt -n 3
      summit brief article.txt -f json | jq -r '.key_points.concessions[].text'
      summit brief article.txt -o brief.md --require concessions || exit 1   # CI gate
    """
    from .. import config, make_brief, render, require as gate
    from ..group import taxonomy as taxonomy_mod
    from ..output import deliver

    settings = config.resolve(given)
    console.set_quiet(settings["quiet"])
    jsonl, out_dir, output = settings["jsonl"], settings["out_dir"], settings["output"]
    fmt_given = given["format"]
    if jsonl is not None:
        _check_jsonl(inputs, out_dir, output, fmt_given)
        inputs, fmt_given = [jsonl], "json"
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input given (name a file, or pipe text in with -)")
        inputs = ["-"]
    input_format = settings["input_format"]
    batch_mode = out_dir is not None or len(inputs) > 1 or jsonl is not None
    if batch_mode and out_dir is None and jsonl is None:
        raise UsageError("several inputs need --out-dir FOLDER (one brief per input)")
    if not batch_mode and os.path.isdir(inputs[0]):
        raise InputError(f"{inputs[0]}: is a directory (to brief every article in it, add --out-dir FOLDER)")
    if settings["force"] and out_dir is None:
        raise UsageError("--force remakes the briefs of --out-dir FOLDER: give one")
    if batch_mode and output:
        raise UsageError("--output names one file; with --out-dir each brief is named after its input")
    if output and os.path.isfile(output) and os.path.isfile(inputs[0]) and os.path.samefile(output, inputs[0]):
        raise UsageError(f"{output} is the article itself: write the brief to another file")
    fmt = output_format(fmt_given, None if batch_mode else output, settings["format"])
    render_options = render.RenderOptions(**config.bound_for(settings, config.RENDER))
    gate.check_known(settings["require"], taxonomy_mod.load(settings["taxonomy"]).ids())
    options = config.bound_for(settings, config.PIPELINE)

    if batch_mode:
        import typer

        from ..jobs import runs

        spec = runs.spec(options, fmt, render_options, settings["require"], input_format, jsonl is not None)

        def pool():
            return runs.executor(settings["jobs"], settings["scheduler"], spec.fmt, settings["time_limit"])

        if jsonl is not None:
            raise typer.Exit(runs.jsonl(jsonl, spec, pool))
        raise typer.Exit(runs.folder(inputs, out_dir, spec, render.extension(fmt), pool, bool(settings["force"])))

    with console.working(f"briefing {'stdin' if inputs[0] == '-' else os.path.basename(inputs[0])}"):
        result = make_brief(inputs[0], input_format=input_format, **options)
        data = render.render(result, fmt, render_options)
    if result.off_topic:
        console.warn(result.off_topic)
    if not result.summary and settings["words"]:
        console.warn(f"no sentence of the article fits in {settings['words']} words: the summary is empty")
    deliver(data, output, render.is_binary(fmt), fmt)
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
