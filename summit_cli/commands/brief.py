"""summit brief: an article in, a brief out."""
from __future__ import annotations

import os
import sys
from typing import Optional

from .. import console
from ..errors import UsageError
from ..options import (Algorithm, Debug, Explain, Format, Inputs, Language, MaxPoints, Output, PageSize, Quiet, Ratio,
                       Require, Sentences, TaxonomyOpt, Title, Words)


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
    from .. import config, make_brief, render, require as gate
    from ..group import taxonomy as taxonomy_mod
    from ..output import write_atomic

    settings = config.resolve(dict(format=format, sentences=sentences, ratio=ratio, words=words,
                                   algorithm=algorithm, language=language, taxonomy=taxonomy,
                                   max_points=max_points, require=require, explain=explain, page_size=page_size,
                                   quiet=quiet))
    console.set_quiet(settings["quiet"])
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input given (name a file, or pipe text in with -)")
        inputs = ["-"]
    if len(inputs) > 1:
        raise UsageError("one input at a time")
    fmt = output_format(format, output, settings["format"])
    render_options = render.RenderOptions(explain=settings["explain"], page_size=settings["page_size"])
    gate.check_known(settings["require"], taxonomy_mod.load(settings["taxonomy"]).ids())

    result = make_brief(inputs[0], sentences=settings["sentences"], ratio=settings["ratio"], words=settings["words"],
                        algorithm=settings["algorithm"], taxonomy=settings["taxonomy"], title=title,
                        language=settings["language"], max_points=settings["max_points"])
    data = render.render(result, fmt, render_options)
    if output and output != "-":
        write_atomic(output, data)
    else:
        if render.is_binary(fmt) and sys.stdout.isatty():
            raise UsageError(f"{fmt} is binary: write it with -o FILE or redirect stdout")
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    gate.enforce(result, settings["require"], "stdin" if inputs[0] == "-" else inputs[0])


def output_format(option: Optional[str], output: Optional[str], configured: Optional[str]) -> str:
    """--format, else -o's extension, else the configured format, else Markdown."""
    from .. import render

    if option or not configured:
        return render.resolve(option, output)
    by_name = render.resolve(None, output)
    if output and os.path.splitext(output)[1].lower() in render.FORMATS[by_name][1]:
        return by_name
    return render.resolve(configured, None)
