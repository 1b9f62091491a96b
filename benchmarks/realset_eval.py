#!/usr/bin/env python3
"""Key points and quote speakers of summit's briefs, scored against hand labels of real articles.

    python benchmarks/realset_eval.py evalsets/en --split dev|blind|all [--json out.json] [-v]
    python benchmarks/realset_eval.py evalsets/en15 evalsets/en16 ... --split blind [--bootstrap 2000]
    python benchmarks/realset_eval.py --off-topic PATH/TO/bbc-news-100 [--prefix sport entertainment tech]
    python benchmarks/realset_eval.py evalsets/en26 --split blind --tree ../old-checkout

A set is a folder with manifest.jsonl (one object per article: id, split, ...),
texts/<id>.txt (rebuilt by evalsets/rebuild.py) and labels/<id>.json. Each article is
briefed by the installed `summit brief TEXT -f json` (a subprocess, as a user runs it) with
default options (--tree: by that checkout's code instead; to compare two trees give each its
--tree, since the installed command is one tree for both): no --language, so a Ukrainian or
Russian set also measures the language detection (the languages detected are printed).

Key points, per category (the rules of the labels' own note): a key point containing a
sentence's match text is a true positive when the category is required for that
sentence, neutral when it is only allowed, a false positive otherwise (also when it
contains no match text at all). Recall counts each required sentence once. An empty
category with nothing required scores 1. Printed: each category's mean F1 over the
articles and the mean macro-F1.

Quote speakers: of the labelled quotes with a speaker, the share for which the brief
has a quote containing the match text (or contained in it) whose speaker names the
same person, by the one rule of summit_cli.gold.same_speaker (its docstring says it:
whole words, transliteration variants, the nominative, descriptions by head noun, never
a place alone).

Several sets are scored as one pool (the same split of each): ten articles a language are
too few to tell two versions apart, so the figures that decide should pool rounds.
--bootstrap N adds a 95% interval to the pooled macro-F1 (articles resampled) and speaker
share (quotes resampled), N resamples with a fixed seed.

--off-topic: key points per article under the default taxonomy, for a corpus of
articles that are not about negotiations (bbc-news-100's sport, entertainment, tech).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import manifest
from summit_cli.gold import keypoint_f1, not_quotes_listed, speaker_hits, speaker_misses

SUMMIT = ["summit"]
ENV: dict[str, str] = {}  # --tree: the environment that makes `python -m summit_cli` that tree's
TAXONOMY: list[str] = []


def brief(path: Path) -> dict:
    cmd = [*SUMMIT, "brief", str(path.resolve()), "-f", "json", *TAXONOMY]
    # Run away from any checkout: "python -m summit_cli" imports the package of the working
    # directory before PYTHONPATH's, so --summit "env PYTHONPATH=/old/tree python -m summit_cli"
    # run from the repository would brief with the repository's code.
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=tempfile.gettempdir(), env=ENV or None)
    if done.returncode:
        raise SystemExit(f"{path}: summit exited {done.returncode}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def score_set(folders: list[Path], split: str, verbose: bool, bootstrap: int = 0) -> dict:
    labelled = [
        (folder, r)
        for folder in folders
        for r in manifest.rows(folder, None if split == "all" else split)
        if (folder / "labels" / f"{r['id']}.json").exists()
    ]
    # A set rebuilt in part (evalsets/rebuild.py --partial) is scored on the texts it has.
    rows = [(folder, r) for folder, r in labelled if (folder / "texts" / f"{r['id']}.txt").exists()]
    if len(rows) < len(labelled):
        print(
            f"{len(labelled) - len(rows)} of {len(labelled)} {split} articles have no text here: skipped",
            file=sys.stderr,
        )
    if not rows:
        raise SystemExit(f"no labelled {split} articles in {', '.join(map(str, folders))}")
    with ThreadPoolExecutor(2) as pool:
        briefs = list(pool.map(lambda fr: brief(fr[0] / "texts" / f"{fr[1]['id']}.txt"), rows))
    per_cat: dict[str, list[float]] = {}
    languages: dict[str, int] = {}
    macros: list[float] = []
    quotes: list[bool] = []  # each labelled quote with a speaker: whether the brief names them
    missed = {"wrong": 0, "none": 0, "not found": 0}
    not_quotes = 0
    for (folder, row), b in zip(rows, briefs):
        languages[b.get("language", "?")] = languages.get(b.get("language", "?"), 0) + 1
        gold = json.loads((folder / "labels" / f"{row['id']}.json").read_text(encoding="utf-8"))
        f1 = keypoint_f1(b, gold)
        for cat, v in f1.items():
            per_cat.setdefault(cat, []).append(v)
        macros.append(sum(f1.values()) / len(f1))
        h, t, misses = speaker_hits(b, gold)
        quotes += [True] * h + [False] * (t - h)
        for kind, n in speaker_misses(b, gold).items():
            missed[kind] += n
        not_quotes += not_quotes_listed(b, gold)
        if verbose:
            print(
                f"{row['id']:12s} macro-F1 {macros[-1]:.3f} "
                + " ".join(f"{c[:4]} {v:.2f}" for c, v in f1.items())
                + f"  speakers {h}/{t}"
            )
            for m in misses:
                print(f"    speaker: {m}")
    hits, total = sum(quotes), len(quotes)
    result: dict = {
        "articles": len(rows),
        "split": split,
        "categories": {c: sum(v) / len(v) for c, v in per_cat.items()},
        "macro_f1": sum(macros) / len(macros),
        "speakers": hits / total if total else None,
        "speaker_quotes": total,
        "speaker_misses": missed,
        "not_quotes_listed": not_quotes,
        "languages": languages,
    }
    for c, v in result["categories"].items():
        print(f"{c:22s} F1 {v:.3f}")
    print(f"macro-F1 {result['macro_f1']:.3f} over {len(rows)} {split} articles", end="")
    if bootstrap:
        result["macro_f1_95"] = interval(macros, bootstrap)
        print(" (95%% interval %.3f-%.3f)" % tuple(result["macro_f1_95"]), end="")
    print(f"\nspeakers {hits}/{total} = {result['speakers'] or 0:.3f}", end="")
    if bootstrap and quotes:
        result["speakers_95"] = interval([float(q) for q in quotes], bootstrap)
        print(" (95%% interval %.3f-%.3f)" % tuple(result["speakers_95"]), end="")
    print()
    print(
        f"speaker misses: {missed['wrong']} wrong, {missed['none']} without a speaker, {missed['not found']} not found;"
        f" labelled not-quotes listed as quotes: {not_quotes}"
    )
    print("languages detected: " + ", ".join(f"{k} {n}" for k, n in sorted(languages.items())))
    return result


def interval(values: list[float], resamples: int) -> list[float]:
    """The 2.5th and 97.5th percentiles of the mean over `resamples` resamples with replacement."""
    rng = random.Random(0)
    means = sorted(sum(rng.choices(values, k=len(values))) / len(values) for _ in range(resamples))
    return [round(means[int(0.025 * resamples)], 3), round(means[int(0.975 * resamples) - 1], 3)]


def off_topic(corpus: Path, prefixes: list[str], verbose: bool) -> dict:
    root = corpus / "article" if (corpus / "article").is_dir() else corpus
    files = sorted(p for p in root.glob("*.txt") if not prefixes or p.name.split("_")[0] in prefixes)
    with ThreadPoolExecutor(2) as pool:
        briefs = list(pool.map(brief, files))
    counts = [sum(len(v) for v in b["key_points"].values()) for b in briefs]
    if verbose:
        for f, n, b in zip(files, counts, briefs):
            if n:
                print(
                    f"{f.name}: {n}",
                    *(f"    {c}: {i['text'][:90]}" for c, v in b["key_points"].items() for i in v),
                    sep="\n",
                )
    rate = sum(counts) / len(counts) if counts else 0.0
    print(
        f"{rate:.2f} key points per article over {len(counts)} articles ({sum(counts)} in all,"
        f" {sum(1 for n in counts if n)} articles with any)"
    )
    return {"articles": len(counts), "key_points_per_article": rate}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "folders", nargs="*", type=Path, help="evaluation sets (manifest.jsonl, texts/, labels/), scored as one pool"
    )
    ap.add_argument("--split", choices=["dev", "blind", "all"], default="dev")
    ap.add_argument("--off-topic", type=Path, metavar="CORPUS", help="key points per article of an off-topic corpus")
    ap.add_argument(
        "--prefix",
        nargs="*",
        default=["sport", "entertainment", "tech"],
        help="with --off-topic: file-name prefixes to take (default: sport entertainment tech)",
    )
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N", help="a 95%% interval from N resamples")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--summit", default="summit", help="the command to run (default: summit)")
    ap.add_argument(
        "--tree",
        type=Path,
        help="run this checkout's code (python -m summit_cli with PYTHONPATH set to it), not the "
        "installed `summit`: to compare two trees, give each its --tree",
    )
    ap.add_argument("--taxonomy", help="brief with this taxonomy (default: summit's default)")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-article figures and misses")
    args = ap.parse_args(argv)
    SUMMIT[:] = args.summit.split()
    if args.tree:
        # `summit` and `python -m summit_cli` run whatever is installed (an editable install is
        # one tree for all): another checkout's code needs its path first.
        SUMMIT[:] = [sys.executable, "-m", "summit_cli"]
        ENV.update(os.environ, PYTHONPATH=str(args.tree.resolve()))
    TAXONOMY[:] = ["--taxonomy", args.taxonomy] if args.taxonomy else []
    if args.off_topic:
        result = off_topic(args.off_topic, args.prefix, args.verbose)
    elif args.folders:
        result = score_set(args.folders, args.split, args.verbose, args.bootstrap)
    else:
        ap.error("give a set folder or --off-topic CORPUS")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
