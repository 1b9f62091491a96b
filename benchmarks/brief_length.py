"""How long the brief is beside its article, and whether any sentence is printed twice.

    python benchmarks/brief_length.py CORPUS [CORPUS ...] [--min-words 400] [--formats markdown,text,html,docx,pdf]

A corpus is a folder of .txt articles, or a folder with an article/ folder of them. At
default settings (no -n/--ratio/--words) each article is briefed once; for the articles
of at least --min-words words it reports brief body words (list items and quotes, the
text format's bullet and quote lines without their sentence numbers) over article words:
median, 90th percentile, worst. For every article and every reader-facing format it
checks that no article sentence is printed twice (the title aside) and reports the
articles where one is.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

from summit_cli import make_brief, render

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from reading import plain  # noqa: E402  (the same reading the tests use)
from summit_cli.text.tokens import words

_REF = re.compile(r"\s\[\d+(?:–\d+)?\](?:\s\[\d+\])*")
_TAG = re.compile(r"\s\([^()]*\)$")


def articles(corpus: str) -> list[str]:
    folder = os.path.join(corpus, "article") if os.path.isdir(os.path.join(corpus, "article")) else corpus
    return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".txt"))


def body_words(text_brief: str) -> int:
    """Words of the list items and quotes of a text-format brief (numbers and tags left out)."""
    count = 0
    for line in text_brief.splitlines():
        if line.startswith("- "):
            line = _TAG.sub("", line[2:])
        elif line.startswith("“"):
            pass
        else:
            continue
        count += len(words(_REF.sub("", line)))
    return count


def repeated(brief, fmt: str, data: bytes) -> list[int]:
    """Sentences (0-based) of at least six words whose text appears more than once in the brief."""
    seen = plain(fmt, data)
    out = []
    for s in brief.sentences:
        text = " ".join(s.text.split())
        # An article without a headline line gets its first sentence as the title, which
        # the heading, HTML's <title> and the PDF's running footer repeat: that sentence
        # is the title, not checked here.
        if text == " ".join(brief.title.split()):
            continue
        if len(text.split()) >= 6 and seen.count(text) > 1:
            out.append(s.index)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--min-words", type=int, default=400)
    ap.add_argument("--formats", default="markdown,text,html,docx,pdf")
    args = ap.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f]
    for corpus in args.corpora:
        ratios, twice, started = [], [], time.perf_counter()
        paths = articles(corpus)
        for path in paths:
            brief = make_brief(path)
            text = render.render(brief, "text").decode("utf-8")
            if brief.stats.words >= args.min_words:
                ratios.append((body_words(text) / brief.stats.words, os.path.basename(path)))
            for fmt in formats:
                dup = repeated(brief, fmt, render.render(brief, fmt))
                if dup:
                    twice.append((os.path.basename(path), fmt, [i + 1 for i in dup]))
        values = sorted(r for r, _ in ratios)
        worst = max(ratios, default=(0.0, "-"))
        print(
            f"{corpus}: {len(paths)} articles, {len(values)} of >= {args.min_words} words, "
            f"{time.perf_counter() - started:.1f} s"
        )
        if values:
            p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
            print(
                f"  body words / article words: median {statistics.median(values):.3f}, "
                f"p90 {p90:.3f}, worst {worst[0]:.3f} ({worst[1]}), above 0.60: {sum(v > 0.6 for v in values)}"
            )
        print(f"  sentences printed twice ({', '.join(formats)}): {len(twice)} article-formats")
        for name, fmt, dup in twice[:20]:
            print(f"    {name} {fmt}: {dup}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
