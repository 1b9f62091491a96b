#!/usr/bin/env python3
"""Key points and quote speakers of summit's briefs against a labelled set of articles.

Usage: python benchmarks/lang_eval.py SET_FOLDER [--split dev|blind|all] [--manifest NAME] [--summit CMD] [-v] [--json]

SET_FOLDER holds manifest.jsonl (one {"id", "split", ...} per line), texts/<id>.txt and
labels/<id>.json. Each text is briefed with default options (`summit brief TEXT -f json`,
no --language: the language is detected), then scored:

- key points, per article and category, as the project's key-point gold files are scored:
  a key point containing a sentence's match text is a true positive when the category is
  required for it, neutral when it is allowed, else (or matching nothing) a false positive;
  recall counts each required sentence once; the article's macro-F1 is the mean over its
  categories, and the set's figure the mean over articles;
- speakers: the share of labelled quotes with a speaker whose words appear in a brief
  quote credited to the same person, by the one rule of summit_cli.gold.same_speaker
  (its docstring says it; a speaker must be in the nominative the label gives).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile

from summit_cli.gold import macro_f1, speaker_hits


def brief_of(path: str, summit: str) -> dict:
    # Away from any checkout: "python -m summit_cli" imports the working directory's package first.
    out = subprocess.run(
        [*shlex.split(summit), "brief", os.path.abspath(path), "-f", "json", "-q"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
    )
    return json.loads(out.stdout)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--split", default="dev", choices=("dev", "blind", "all"))
    ap.add_argument(
        "--manifest", default="manifest.jsonl", help="manifest file name in the folder [default: manifest.jsonl]"
    )
    ap.add_argument("--summit", default="summit", help="the summit command to run [default: summit]")
    ap.add_argument("--verbose", "-v", action="store_true", help="print misses per article")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    with open(os.path.join(args.folder, args.manifest), encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    items = [i for i in items if args.split == "all" or i["split"] == args.split]
    f1s, right, total, languages = {}, 0, 0, {}
    for item in items:
        gold_path = os.path.join(args.folder, "labels", f"{item['id']}.json")
        with open(gold_path, encoding="utf-8") as fh:
            gold = json.load(fh)
        brief = brief_of(os.path.join(args.folder, "texts", f"{item['id']}.txt"), args.summit)
        lang = brief.get("language", "?")
        languages[lang] = languages.get(lang, 0) + 1
        f1s[item["id"]] = macro_f1(brief, gold)
        r, t, misses = speaker_hits(brief, gold)
        right, total = right + r, total + t
        if args.verbose:
            print(f"{item['id']}  F1 {f1s[item['id']]:.3f}  speakers {r}/{t}  language {lang}")
            for m in misses:
                print(f"    speaker miss: {m}")
    result = {
        "articles": len(items),
        "macro_f1": round(statistics.fmean(f1s.values()), 3) if f1s else 0.0,
        "speakers": round(right / total, 3) if total else None,
        "speaker_quotes": total,
        "languages": languages,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(
            f"{args.folder} [{args.split}]: {result['articles']} articles, key-point macro-F1 "
            f"{result['macro_f1']:.3f}, speakers {result['speakers']} of {total} quotes, detected {languages}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
