"""summit digest: one brief from many reports of the same event, every item citing its sources.

Each source is analysed with the brief's own stages (pipeline.analyse); build.make
aligns their sentences (align.groups) and ranks what the sources share.
"""

from __future__ import annotations

from typing import Sequence

from .model import Cite, Digest, DigestSource, Item

__all__ = ["make_digest", "read_inputs", "Cite", "Digest", "DigestSource", "Item"]


def read_inputs(inputs: Sequence[str], input_format: str | None = None) -> list:
    """An Article per input: files, folders (their article files, sorted), URLs, '-' (once)."""
    from .. import ingest
    from ..jobs.folder import expand
    from ..errors import UsageError

    if list(inputs).count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    paths: list[str] = []
    for source in inputs:
        paths += ["-"] if source == "-" else expand([source], ingest.ARTICLE_SUFFIXES)
    return [ingest.read(path, input_format) for path in paths]


def make_digest(sources: Sequence, **options) -> Digest:
    """The Digest of file paths, folders, URLs, '-' or Articles; options as for make_brief.

    >>> digest = make_digest(["reuters.txt", "ap.html"], sentences=6)
    """
    from dataclasses import fields

    from .. import config, pipeline
    from ..errors import UsageError
    from ..group import taxonomy
    from ..model import Article
    from .build import make

    input_format = options.pop("input_format", None)
    accepted = {f.name for f in fields(pipeline.Options)}
    unknown = sorted(set(options) - accepted)
    if unknown:
        raise TypeError(
            f"make_digest() got unknown options: {', '.join(unknown)} (accepted: {', '.join(sorted(accepted))})"
        )
    config.checked(options, name=str)
    if not sources:
        raise UsageError("no input given (name the reports to digest)")
    articles = [s for s in sources if isinstance(s, Article)]
    if len(articles) != len(sources):
        articles = read_inputs([str(s) for s in sources], input_format)
    articles = distinct(articles)
    opts = pipeline.Options(**{k: v for k, v in options.items() if v is not None})
    tax = taxonomy.load(opts.taxonomy)
    return make([pipeline.analyse(a, opts, tax) for a in articles], opts)


def distinct(articles: Sequence) -> list:
    """Each text once: an input with the bytes of an earlier one (same sha256) is the same
    report given twice, not a second outlet saying the same; one line on stderr says so."""
    from .. import console

    first: dict[str, str] = {}
    repeats: dict[str, list[str]] = {}
    out = []
    for article in articles:
        if article.sha256 in first:
            repeats.setdefault(article.sha256, []).append(article.source_name)
        else:
            first[article.sha256] = article.source_name
            out.append(article)
    if repeats:
        said = []
        for sha, names in repeats.items():
            same = names.count(first[sha])
            others = [n for n in names if n != first[sha]]
            said += [f"{first[sha]} is given {same + 1} times"] if same else []
            said += [f"{', '.join(others)} {'repeat' if len(others) > 1 else 'repeats'} {first[sha]}"] if others else []
        console.warn(f"the same text counts once: {'; '.join(said)}")
    return out
