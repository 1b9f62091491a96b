"""summit: offline news briefs (summary, key points by category, quotes)."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["make_brief", "__version__"]


def make_brief(source, **options):
    """Brief for a file path, '-' for stdin, or an Article; options as on the CLI.

    >>> brief = make_brief("seeds/000_540ad0501d6e8d3b.txt", sentences=3)
    """
    from . import ingest, pipeline
    from .model import Article

    article = source if isinstance(source, Article) else ingest.read(str(source), options.pop("input_format", None))
    return pipeline.make_brief(article, pipeline.Options(**options))
