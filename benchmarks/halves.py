"""Split a ROUGE corpus into a half to fit on and a half to report, as corpus folders.

    python benchmarks/halves.py CORPUS OUT    # OUT/fit and OUT/held, each article/ + summary/

CORPUS holds article/NAME.txt and summary/NAME.txt. The fit half is the 1st, 3rd,
5th ... pair in name order (the odd-numbered files), the held-out half the others;
files are symbolic links, so any harness that takes a corpus folder (summit eval,
benchmarks/rouge.sh) reads a half as it reads the whole. A number measured on the
fit half says nothing about unseen articles: quote the held-out half.
"""

from __future__ import annotations

import argparse
import os
import sys

HALVES = ("fit", "held")


def names(corpus: str) -> list[str]:
    """The pairs' file names, in name order."""
    articles = os.path.join(corpus, "article")
    summaries = os.path.join(corpus, "summary")
    return [
        n for n in sorted(os.listdir(articles)) if n.endswith(".txt") and os.path.isfile(os.path.join(summaries, n))
    ]


def half(corpus: str, which: str) -> list[str]:
    every = names(corpus)
    return every[0::2] if which == "fit" else every[1::2]


def make(corpus: str, out: str) -> dict[str, str]:
    folders = {}
    for which in HALVES:
        root = os.path.join(out, which)
        for sub in ("article", "summary"):
            os.makedirs(os.path.join(root, sub), exist_ok=True)
            for stale in os.listdir(os.path.join(root, sub)):
                os.unlink(os.path.join(root, sub, stale))
        for name in half(corpus, which):
            for sub in ("article", "summary"):
                os.symlink(os.path.abspath(os.path.join(corpus, sub, name)), os.path.join(root, sub, name))
        folders[which] = root
    return folders


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("out")
    args = parser.parse_args(argv)
    for which, root in make(args.corpus, args.out).items():
        print(f"{which}: {root} ({len(half(args.corpus, which))} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
