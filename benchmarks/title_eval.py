"""Headline accuracy on real page texts: how often the title summit finds is the page's headline.

    python benchmarks/title_eval.py TEXTS_FOLDER [--split dev|blind|all] [-v]

evalsets/titles/manifest.jsonl lists each page (URL, sha256, length, the expected
headline or null, dev/blind split); the texts themselves are not in the repository:
TEXTS_FOLDER holds them as <id>.txt (see evalsets/README.md). A text whose hash
differs from the manifest's is reported and skipped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from summit_cli.ingest import text as text_reader

MANIFEST = Path(__file__).resolve().parent.parent / "evalsets" / "titles" / "manifest.jsonl"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", type=Path)
    ap.add_argument("--split", default="all", choices=("dev", "blind", "all"))
    ap.add_argument("--manifest", type=Path, default=MANIFEST, help="a set's manifest (default: %(default)s)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.manifest.read_text("utf-8").splitlines() if line.strip()]
    right = total = 0
    furn_right = furn_total = 0
    for row in rows:
        if args.split != "all" and row["split"] != args.split:
            continue
        path = args.texts / f"{row['id']}.txt"
        if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != row["sha256"]:
            print(f"skipped {row['id']}: text missing or changed", file=sys.stderr)
            continue
        got = text_reader.read(path.read_bytes(), path.name).title
        ok = " ".join((got or "").split()) == " ".join((row["expected_title"] or "").split())
        right, total = right + ok, total + 1
        if row["furniture_before"]:
            furn_right, furn_total = furn_right + ok, furn_total + 1
        if args.verbose or not ok:
            print(f"{'ok ' if ok else 'BAD'} {row['id']}: got {got!r}, expected {row['expected_title']!r}")
    if total:
        print(f"titles right: {right}/{total} = {right / total:.1%} ({args.split})")
    if furn_total:
        print(f"  with furniture before the headline: {furn_right}/{furn_total} = {furn_right / furn_total:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
