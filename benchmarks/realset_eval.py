#!/usr/bin/env python3
"""Key points and quote speakers of summit's briefs, scored against hand labels of real articles.

    python benchmarks/realset_eval.py evalsets/en --split dev [--json out.json] [-v]
    python benchmarks/realset_eval.py --off-topic PATH/TO/bbc-news-100 [--prefix sport entertainment tech]

A set is a folder with manifest.jsonl (one object per article: id, split, ...),
texts/<id>.txt (rebuilt by evalsets/rebuild.py) and labels/<id>.json. Each article is
briefed by the installed `summit brief TEXT -f json` (a subprocess, as a user runs it).

Key points, per category (the rules of the labels' own note): a key point containing a
sentence's match text is a true positive when the category is required for that
sentence, neutral when it is only allowed, a false positive otherwise (also when it
contains no match text at all). Recall counts each required sentence once. An empty
category with nothing required scores 1. Printed: each category's mean F1 over the
articles and the mean macro-F1.

Quote speakers: of the labelled quotes with a speaker, the share for which the brief
has a quote containing the match text (or contained in it) whose speaker names the
same person. Names are compared word by word on their first five letters, case-folded
(Zelensky = Zelenskyy): the same person when the label's last name word (titles and
descriptions dropped) is in ours, or ours's last word is in the label. A speaker the
label describes ("a woman in Kyiv", "Ukraine's ambassador to the US") matches when the
head noun of the description ("woman", "ambassador") is in ours. Ours never matches
when it is only a place, a country or a country's adjective ("Kyiv", "US", "Ukrainian").

--off-topic: key points per article under the default taxonomy, for a corpus of
articles that are not about negotiations (bbc-news-100's sport, entertainment, tech).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from summit_cli.gold import keypoint_f1

PLACES = set(
    """ukraine ukrainian ukrainians russia russian russians kyiv kiev moscow kremlin us u.s. usa america
american americans washington united states europe european europeans eu brussels britain british uk london
france french paris germany german berlin poland polish warsaw turkey turkish istanbul ankara saudi arabia
riyadh jeddah alaska anchorage geneva switzerland swiss miami florida china chinese beijing nato
the of""".split()
)
TITLES = set(
    """president prime minister foreign defence defense secretary chancellor mr mrs ms dr general
ambassador envoy special vice deputy chief head spokesman spokeswoman spokesperson senator mayor governor
adviser advisor aide commander former state first lady the a an""".split()
)


SUMMIT = ["summit"]


def brief(path: Path, taxonomy: str | None = None) -> dict:
    cmd = [*SUMMIT, "brief", str(path), "-f", "json"] + (["--taxonomy", taxonomy] if taxonomy else [])
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{path}: summit exited {done.returncode}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def _words(text: str) -> list[str]:
    return [w[:5] for w in re.findall(r"[\w.]+", text.lower().replace("’", "'").replace("'s", ""))]


def _head(description: str) -> str | None:
    """The noun a description is about: "a woman in Kyiv" -> woman, "Ukraine's ambassador to the US"
    -> ambassador: the last word before a preposition, a comma or the end."""
    first = re.split(r"\b(?:in|of|to|from|at|for|on|with|who|,)\b|,", description, maxsplit=1)[0]
    words = [w for w in re.findall(r"[\w'’-]+", first) if not re.search(r"['’]s$", w)]
    return words[-1].lower()[:5] if words else None


def same_speaker(ours: str | None, gold: str) -> bool:
    if not ours:
        return False
    mine = _words(ours)
    if not mine or all(w in {p[:5] for p in PLACES} for w in mine):
        return False
    names = [
        w
        for w in re.findall(r"[\w'’.-]+", gold)
        if w[:1].isupper()
        and not all(
            part in TITLES or part in PLACES for part in re.sub(r"['’]s?$", "", w.lower()).rstrip(".").split("-")
        )
    ]
    if names:
        surname = _words(names[-1])
        if surname and surname[-1] in mine:
            return True
    if mine[-1] in _words(gold) and mine[-1] not in {t[:5] for t in TITLES}:
        return True
    head = _head(gold)
    return not names and head is not None and head in mine


def _norm(text: str) -> str:
    """Case, curly marks, spacing and punctuation at the edges ("gone well," = "gone well") aside."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).lower().strip(" ,.;:!?\"'")


def speaker_hits(brief: dict, gold: dict) -> tuple[int, int, list[str]]:
    hits = total = 0
    misses = []
    for q in gold.get("quotes", []):
        if not q.get("speaker"):
            continue
        total += 1
        match = _norm(q["match"])
        ours = [
            b
            for b in brief["quotes"]
            if match in _norm(b["text"]) or (len(_norm(b["text"])) >= 8 and _norm(b["text"]) in match)
        ]
        if any(same_speaker(b["speaker"], q["speaker"]) for b in ours):
            hits += 1
        else:
            misses.append(f"{q['match'][:50]!r}: gold {q['speaker']!r}, ours {[b['speaker'] for b in ours]}")
    return hits, total, misses


def score_set(folder: Path, split: str, verbose: bool) -> dict:
    rows = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r.get("split") == split and (folder / "labels" / f"{r['id']}.json").exists()]
    if not rows:
        raise SystemExit(f"no labelled {split} articles in {folder}")
    with ThreadPoolExecutor(2) as pool:
        briefs = list(pool.map(lambda r: brief(folder / "texts" / f"{r['id']}.txt"), rows))
    per_cat: dict[str, list[float]] = {}
    macros, hits, total = [], 0, 0
    for row, b in zip(rows, briefs):
        gold = json.loads((folder / "labels" / f"{row['id']}.json").read_text(encoding="utf-8"))
        f1 = keypoint_f1(b, gold)
        for cat, v in f1.items():
            per_cat.setdefault(cat, []).append(v)
        macros.append(sum(f1.values()) / len(f1))
        h, t, misses = speaker_hits(b, gold)
        hits, total = hits + h, total + t
        if verbose:
            print(
                f"{row['id']:12s} macro-F1 {macros[-1]:.3f} "
                + " ".join(f"{c[:4]} {v:.2f}" for c, v in f1.items())
                + f"  speakers {h}/{t}"
            )
            for m in misses:
                print(f"    speaker: {m}")
    result = {
        "articles": len(rows),
        "split": split,
        "categories": {c: sum(v) / len(v) for c, v in per_cat.items()},
        "macro_f1": sum(macros) / len(macros),
        "speakers": hits / total if total else None,
        "speaker_quotes": total,
    }
    for c, v in result["categories"].items():
        print(f"{c:22s} F1 {v:.3f}")
    print(f"macro-F1 {result['macro_f1']:.3f} over {len(rows)} {split} articles")
    print(f"speakers {hits}/{total} = {result['speakers'] or 0:.3f}")
    return result


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
    ap.add_argument("folder", nargs="?", type=Path, help="an evaluation set (manifest.jsonl, texts/, labels/)")
    ap.add_argument("--split", choices=["dev", "blind"], default="dev")
    ap.add_argument("--off-topic", type=Path, metavar="CORPUS", help="key points per article of an off-topic corpus")
    ap.add_argument(
        "--prefix",
        nargs="*",
        default=["sport", "entertainment", "tech"],
        help="with --off-topic: file-name prefixes to take (default: sport entertainment tech)",
    )
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--summit", default="summit", help="the command to run (default: summit)")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-article figures and misses")
    args = ap.parse_args(argv)
    SUMMIT[:] = args.summit.split()
    if args.off_topic:
        result = off_topic(args.off_topic, args.prefix, args.verbose)
    elif args.folder:
        result = score_set(args.folder, args.split, args.verbose)
    else:
        ap.error("give a set folder or --off-topic CORPUS")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
