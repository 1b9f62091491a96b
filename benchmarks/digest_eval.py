"""The digest's quality targets on a set of real reports of one event.

    python benchmarks/digest_eval.py TEXTS_DIR [--set evalsets/digest-alaska] [--show]

TEXTS_DIR holds the reports as <id>.txt (the set's manifest.jsonl lists the ids, the
URLs they came from and the sha256 of each text; the texts are not in the repository).
It runs `summit digest` on them in manifest order and checks:

- no two items say the same thing: word-set Jaccard below 0.6 for every pair of
  distinct items (one aligned group shown in the summary and in a category is one
  item; it is the same cites, not a second item);
- every item's text is a sentence of the source it cites first (a quote: its words
  are in the sentence cited, or the two after it, as a brief's quotes are);
- at least two summary items cite two or more sources;
- key-point precision at least 0.85: a key point is correct when its text contains
  the match text of a sentence labelled required or allowed for its category in the
  labels of the source it cites first.

Exits 1 when a target is missed. --show prints the Markdown digest too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import manifest

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")


def jaccard(a: str, b: str) -> float:
    x, y = {w.lower() for w in WORD.findall(a)}, {w.lower() for w in WORD.findall(b)}
    return len(x & y) / max(len(x | y), 1)


def sentences_of(path: Path) -> list[str]:
    from summit_cli import ingest
    from summit_cli.pipeline import sentences_of as split

    return [s.text for s in split(ingest.read(str(path)))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("texts", type=Path)
    ap.add_argument("--set", type=Path, default=ROOT / "evalsets" / "digest-alaska")
    ap.add_argument("--show", action="store_true", help="print the Markdown digest as well")
    args = ap.parse_args(argv)

    articles = manifest.rows(args.set)
    paths = [args.texts / f"{row['id']}.txt" for row in articles]
    for row, path in zip(articles, paths):
        if hashlib.sha256(path.read_bytes()).hexdigest() != row["sha256"]:
            sys.exit(f"{path}: not the text the manifest lists (sha256 differs)")
    run = subprocess.run(
        [sys.executable, "-m", "summit_cli", "digest", *map(str, paths), "-f", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    digest = json.loads(run.stdout)
    if args.show:
        md = subprocess.run(
            [sys.executable, "-m", "summit_cli", "digest", *map(str, paths)], capture_output=True, text=True, check=True
        )
        print(md.stdout)

    texts = [sentences_of(p) for p in paths]
    labels = [json.loads((args.set / "labels" / f"{row['id']}.json").read_text()) for row in articles]
    sections = {"summary": digest["summary"], "quotes": digest["quotes"]}
    sections.update({f"key_points.{k}": v for k, v in digest["key_points"].items()})
    items = [(name, item) for name, its in sections.items() for item in its]

    # 1. Distinct items never repeat each other.
    def identity(item) -> frozenset:
        return frozenset((c["source"], c["index"]) for c in item["cites"])

    unique = {identity(it): it for _, it in items}
    worst, worst_pair = 0.0, None
    for a, b in combinations(unique.values(), 2):
        j = jaccard(a["text"], b["text"])
        if j > worst:
            worst, worst_pair = j, (a["text"], b["text"])

    # 2. Every item's text is a sentence (a quote: inside the sentences) of its first cited source.
    misplaced = []
    for name, it in items:
        first = it["cites"][0]
        source = texts[first["source"]]
        if name == "quotes":
            ok = it["text"] in " ".join(source[first["index"] : first["index"] + 3])
        else:
            ok = source[first["index"]] == it["text"]
        if not ok:
            misplaced.append((name, it["text"]))

    # 3. Shared facts in the summary.
    shared = sum(1 for it in digest["summary"] if len({c["source"] for c in it["cites"]}) >= 2)

    # 4. Key-point precision against the labels of the first cited source.
    correct = total = 0
    wrong = []
    for cat, its in digest["key_points"].items():
        for it in its:
            gold = labels[it["cites"][0]["source"]]["sentences"]
            hits = [s for s in gold if s["match"] in it["text"]]
            ok = any(cat in s["required"] or cat in s["allowed"] for s in hits)
            correct += ok
            total += 1
            if not ok:
                wrong.append((cat, it["text"]))
    precision = correct / total if total else 1.0

    targets = [
        (f"max word-set Jaccard between distinct items: {worst:.2f} (< 0.6)", worst < 0.6),
        (f"items whose text is not in their first cited source: {len(misplaced)} of {len(items)} (0)", not misplaced),
        (f"summary items citing >= 2 sources: {shared} of {len(digest['summary'])} (>= 2)", shared >= 2),
        (f"key-point precision: {precision:.3f} ({correct}/{total}) (>= 0.85)", precision >= 0.85),
    ]
    print(
        f"{len(paths)} sources, {len(digest['summary'])} summary items, "
        f"{sum(len(v) for v in digest['key_points'].values())} key points, {len(digest['quotes'])} quotes"
    )
    for line, ok in targets:
        print(("ok    " if ok else "MISS  ") + line)
    if worst_pair and worst >= 0.6:
        print("  most alike:", *worst_pair, sep="\n    ")
    for name, text in misplaced:
        print(f"  not in its source ({name}): {text[:100]}")
    for cat, text in wrong:
        print(f"  not a {cat} point by the labels: {text[:100]}")
    return 0 if all(ok for _, ok in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
