#!/usr/bin/env python3
"""Rebuild an evaluation set's texts from a local folder, checking each against the manifest.

    python evalsets/rebuild.py --from /path/to/en [--set en]
    python evalsets/rebuild.py --from /path/to/en --labels dev     # also take the dev labels

The folder holds texts/<id>.txt (the articles as collected). Every article of
evalsets/<set>/manifest.jsonl must be there with the manifest's sha256; the texts are
copied into evalsets/<set>/texts/ (git-ignored: the repository keeps no article text).
Exits 1 naming the first missing or changed article, without copying anything.

--partial copies the texts that are there with the manifest's sha256 and names the others,
for a folder refilled from a search service that no longer returns every page; the scripts
that score a set score the articles it has texts for and say how many it skipped.

--labels SPLIT copies labels/<id>.json of that split's articles into evalsets/<set>/labels/,
each match text cut to its first MATCH_WORDS words (a prefix still finds its sentence, and
the repository keeps a few matching words, not the article's lines).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MATCH_WORDS = 12


def _trim(label: dict) -> dict:
    for key in ("sentences", "quotes", "not_quotes", "boilerplate", "headings"):
        items = label.get(key, [])
        for k, item in enumerate(items):
            text = item["match"] if isinstance(item, dict) else item
            short = " ".join(text.split()[:MATCH_WORDS]) if len(text.split()) > MATCH_WORDS else text
            if isinstance(item, dict):
                item["match"] = short
            else:
                items[k] = short
    return label


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="source", type=Path, required=True, help="folder with texts/<id>.txt")
    ap.add_argument("--set", default=None, help="set name under evalsets/ (default: the folder's name)")
    ap.add_argument("--labels", choices=["dev", "blind"], help="also copy this split's labels (matches trimmed)")
    ap.add_argument("--partial", action="store_true", help="copy the texts that are there and match; name the rest")
    args = ap.parse_args(argv)
    name = args.set or args.source.resolve().name
    target = HERE / name
    manifest = target / "manifest.jsonl"
    if not manifest.exists():
        print(f"rebuild: no manifest {manifest}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = []
    for row in rows:
        src = args.source / "texts" / f"{row['id']}.txt"
        problem = None
        if not src.exists():
            problem = f"{src} missing"
        elif (digest := hashlib.sha256(src.read_bytes()).hexdigest()) != row["sha256"]:
            problem = f"sha256 {digest} differs from the manifest's {row['sha256']}"
        if problem and not args.partial:
            print(f"rebuild: {row['id']}: {problem}", file=sys.stderr)
            return 1
        if problem:
            print(f"rebuild: {row['id']}: {problem}; skipped", file=sys.stderr)
        else:
            kept.append(row)
    rows = kept
    (target / "texts").mkdir(exist_ok=True)
    for row in rows:
        shutil.copyfile(args.source / "texts" / f"{row['id']}.txt", target / "texts" / f"{row['id']}.txt")
    print(f"{len(rows)} texts checked and copied to {target / 'texts'}", file=sys.stderr)
    if args.labels:
        (target / "labels").mkdir(exist_ok=True)
        chosen = [row for row in rows if row.get("split") == args.labels]
        for row in chosen:
            label = json.loads((args.source / "labels" / f"{row['id']}.json").read_text(encoding="utf-8"))
            (target / "labels" / f"{row['id']}.json").write_text(
                json.dumps(_trim(label), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        print(f"{len(chosen)} {args.labels} labels copied to {target / 'labels'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
