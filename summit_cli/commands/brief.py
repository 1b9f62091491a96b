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
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input given (name a file, or pipe text in with -)")
        inputs = ["-"]
    input_format, out_dir, output = settings["input_format"], settings["out_dir"], settings["output"]
    batch_mode = out_dir is not None or len(inputs) > 1
    if batch_mode and out_dir is None:
        raise UsageError("several inputs need --out-dir FOLDER (one brief per input)")
    if not batch_mode and os.path.isdir(inputs[0]):
        raise InputError(f"{inputs[0]}: is a directory (to brief every article in it, add --out-dir FOLDER)")
    if batch_mode and output:
        raise UsageError("--output names one file; with --out-dir each brief is named after its input")
    fmt = output_format(given["format"], None if batch_mode else output, settings["format"])
    render_options = render.RenderOptions(**config.bound_for(settings, config.RENDER))
    gate.check_known(settings["require"], taxonomy_mod.load(settings["taxonomy"]).ids())
    options = config.bound_for(settings, config.PIPELINE)

    if batch_mode:
        import typer

        raise typer.Exit(_batch(inputs, out_dir, settings["jobs"], fmt, input_format, options, render_options,
                                settings["require"]))

    result = make_brief(inputs[0], input_format=input_format, **options)
    if result.off_topic:
        console.warn(result.off_topic)
    deliver(render.render(result, fmt, render_options), output, render.is_binary(fmt), fmt)
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
