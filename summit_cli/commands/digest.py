"""summit digest: many reports of one event in, one digest out, every item citing its sources."""

from __future__ import annotations

from typing import Annotated, Any, List, Optional

import typer

from .. import console
from ..config import of_command
from ..errors import UsageError
from ..options import takes

DigestInputs = Annotated[
    Optional[List[str]],
    typer.Argument(
        metavar="INPUT",
        show_default=False,
        help="Reports of one event: files (text, HTML, DOCX, PDF, also gzip/bzip2/xz-compressed), http(s) URLs, "
        "folders (their article files, sorted), or - for standard input; numbered as sources in the order given.",
    ),
]


@takes(*of_command("digest"))
def digest(inputs: DigestInputs = None, **given: Any) -> None:
    """One brief from many reports of the same event: shared facts first, each item citing its sources.

    Near-duplicate sentences from different sources become one item citing all of them
    ("[Reuters 3; AP 5]"); key points by category and quotes by speaker the same way.
    As in a brief, each item is printed once and the length follows the sources' distinct
    words; JSON keeps every item and marks what is shown. Identical inputs count once.
    --ratio is a fraction of the distinct items; --max-points (JSON) defaults to 8 per category;
    --title defaults to "Digest of N reports". One unreadable input fails the digest.

    \b
    Examples:
      summit digest reuters.html ap.html bbc.html -n 8
      summit digest reports/ -f json | jq -r '.summary[] | "\\(.cites | length) \\(.text)"'
      summit digest a.txt b.txt -o digest.pdf
    """
    from .. import config, render, require as gate
    from ..commands.brief import output_format
    from ..digest import make_digest
    from ..group import taxonomy as taxonomy_mod
    from ..output import deliver

    settings = config.resolve(given)
    console.set_quiet(settings["quiet"])
    if not inputs:
        raise UsageError("no input given (name the reports to digest: files, folders, URLs or -)")
    output = settings["output"]
    fmt = output_format(given["format"], output, settings["format"])
    render_options = render.RenderOptions(**config.bound_for(settings, config.RENDER))
    gate.check_known(settings["require"], taxonomy_mod.load(settings["taxonomy"]).ids())
    result = make_digest(inputs, input_format=settings["input_format"], **config.bound_for(settings, config.PIPELINE))
    deliver(render.render_digest(result, fmt, render_options), output, render.is_binary(fmt), fmt)
    gate.enforce(result, settings["require"], "digest")
