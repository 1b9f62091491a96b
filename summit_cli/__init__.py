"""summit: offline news briefs (summary, key points by category, quotes)."""

from __future__ import annotations

import os

__version__ = "0.1.0"

__all__ = ["make_brief", "__version__"]


def make_brief(source=None, *, text: str | None = None, **options):
    """The Brief of an article: a file path, '-' for stdin, an http(s) URL or an Article, or `text=` a string.

    Options are the CLI's, with underscores: sentences, ratio, words, algorithm,
    taxonomy, title, language, max_points, input_format. They are checked as the CLI
    checks them (summit_cli.errors.UsageError on a bad value); config files and
    SUMMIT_* variables are not read: a library call says what it means.

    >>> brief = make_brief("seeds/000_540ad0501d6e8d3b.txt", sentences=3)
    >>> brief = make_brief(text="Talks resumed on Monday. The envoy left for the capital.", sentences=1)
    """
    from dataclasses import fields

    from . import config, ingest, pipeline
    from .errors import InputError
    from .model import Article

    input_format = options.pop("input_format", None)
    accepted = {f.name for f in fields(pipeline.Options)}
    unknown = sorted(set(options) - accepted)
    if unknown:
        raise TypeError(
            f"make_brief() got unknown options: {', '.join(unknown)} (accepted: {', '.join(sorted(accepted))})"
        )
    if (source is None) == (text is None):
        raise TypeError("make_brief() takes one article: a source (file, '-', URL, Article) or text=")
    config.checked({**options, "input_format": input_format}, name=str)
    if text is not None:
        article = ingest.from_text(text, input_format)
    elif isinstance(source, Article):
        article = source
    else:
        source = str(source)
        if source != "-" and not ingest.is_url(source) and not os.path.exists(source):
            # An article passed where a file name belongs must not come back as the error message.
            prose = len(source) > 200 or len(source.split()) > 5
            if prose:
                raise InputError("the source given is no file: an article in a string goes in make_brief(text=...)")
            raise InputError(f"{source}: no such file")
        article = ingest.read(source, input_format)
    return pipeline.build_brief(article, pipeline.Options(**{k: v for k, v in options.items() if v is not None}))
