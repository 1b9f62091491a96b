"""summit: offline news briefs (summary, key points by category, quotes)."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["make_brief", "__version__"]


def make_brief(source, **options):
    """The Brief of a file path, '-' for stdin, or an Article; options as on the CLI.

    Options are the CLI's, with underscores: sentences, ratio, words, algorithm,
    taxonomy, title, language, max_points, input_format. They are checked as the CLI
    checks them (summit_cli.errors.UsageError on a bad value); config files and
    SUMMIT_* variables are not read: a library call says what it means.

    >>> brief = make_brief("seeds/000_540ad0501d6e8d3b.txt", sentences=3)
    """
    from dataclasses import fields

    from . import config, ingest, pipeline
    from .model import Article

    input_format = options.pop("input_format", None)
    accepted = {f.name for f in fields(pipeline.Options)}
    unknown = sorted(set(options) - accepted)
    if unknown:
        raise TypeError(f"make_brief() got unknown options: {', '.join(unknown)} (accepted: {', '.join(sorted(accepted))})")
    config.checked(options, name=str)
    article = source if isinstance(source, Article) else ingest.read(str(source), input_format)
    return pipeline.make_brief(article, pipeline.Options(**{k: v for k, v in options.items() if v is not None}))
