"""summit digest: many reports of one event in, one digest out, every item citing its sources."""
from __future__ import annotations

from .. import console
from ..errors import UsageError
from ..options import (Algorithm, Debug, DigestInputs, Explain, Format, InputFormat, Language, MaxPoints, Output,
                       PageSize, Quiet, Ratio, Require, Sentences, TaxonomyOpt, Title, Words)


def digest(
    inputs: DigestInputs = None,
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
    input_format: InputFormat = None,
    quiet: Quiet = None,
    debug: Debug = None,
) -> None:
    """One brief from many reports of the same event: shared facts first, each item citing its sources.

    Near-duplicate sentences from different sources become one item citing all of them
    ("[Reuters 3; AP 5]"); key points by category and quotes by speaker the same way.
    --ratio is a fraction of the distinct items; --max-points defaults to 8 per category;
    --title defaults to "Digest of N reports". One unreadable input fails the digest.

    \b
    Examples:
      summit digest reuters.html ap.html bbc.html -n 8
      summit digest reports/ -f json | jq -r '.summary[] | "\\(.cites | length) \\(.text)"'
      summit digest a.txt b.txt -o digest.pdf
    """
    from .. import config, ingest, render, require as gate
    from ..commands.brief import output_format
    from ..digest import make_digest
    from ..group import taxonomy as taxonomy_mod
    from ..output import deliver

    settings = config.resolve(dict(format=format, sentences=sentences, ratio=ratio, words=words,
                                   algorithm=algorithm, language=language, taxonomy=taxonomy,
                                   max_points=max_points, require=require, explain=explain, page_size=page_size,
                                   quiet=quiet))
    console.set_quiet(settings["quiet"])
    if not inputs:
        raise UsageError("no input given (name the reports to digest: files, folders, URLs or -)")
    input_format = ingest.check_format(input_format)
    fmt = output_format(format, output, settings["format"])
    render_options = render.RenderOptions(explain=settings["explain"], page_size=settings["page_size"])
    gate.check_known(settings["require"], taxonomy_mod.load(settings["taxonomy"]).ids())
    result = make_digest(inputs, input_format=input_format, sentences=settings["sentences"], ratio=settings["ratio"],
                         words=settings["words"], algorithm=settings["algorithm"], taxonomy=settings["taxonomy"],
                         title=title, language=settings["language"], max_points=settings["max_points"])
    deliver(render.render_digest(result, fmt, render_options), output, render.is_binary(fmt), fmt)
    gate.enforce(result, settings["require"], "digest")
