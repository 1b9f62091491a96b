#!/usr/bin/env python3
"""How far two people's labels of the same articles agree, by the ruler summit is scored with.

    python benchmarks/agreement.py evalsets/en7 --second /path/to/labels2 [--split blind] [-v]

Each labeller's "required" sentences are read as a brief (one key point per sentence,
the whole sentence as the article has it) and scored against the other's labels with
summit_cli.gold.keypoint_f1, the function realset_eval.py scores summit with; so is
each one's quote speakers with speaker_hits. The two directions are averaged. The
result is what a careful person scores on this ruler: a ceiling for the figures
realset_eval.py prints, and the size of the noise in them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import manifest
from summit_cli.gold import keypoint_f1, speaker_hits
from summit_cli.text.split import split_sentences


def _sentences(text: str) -> list[str]:
    return [s for para in text.split("\n") if para.strip() for s in split_sentences(para.strip())]


def as_brief(label: dict, text: str) -> dict:
    """A label file read as a brief: its required sentences as key points, its quotes as quotes."""
    sentences = _sentences(text)
    points: dict[str, list[dict]] = {cat: [] for cat in label["categories"]}
    for entry in label["sentences"]:
        whole = next((s for s in sentences if entry["match"] in s), entry["match"])
        for cat in entry["required"]:
            points.setdefault(cat, []).append({"text": whole})
    quotes = [{"text": q["match"], "speaker": q.get("speaker")} for q in label.get("quotes", [])]
    return {"key_points": points, "quotes": quotes}


def compare(first: dict, second: dict, text: str) -> tuple[dict[str, float], tuple[int, int]]:
    """Per-category F1 and speaker hits, each the mean (the sum) of the two directions."""
    first_brief, second_brief = as_brief(first, text), as_brief(second, text)
    one, two = keypoint_f1(second_brief, first), keypoint_f1(first_brief, second)
    h1, t1, _ = speaker_hits(second_brief, first)
    h2, t2, _ = speaker_hits(first_brief, second)
    return {c: (one[c] + two[c]) / 2 for c in one}, (h1 + h2, t1 + t2)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, help="a set: manifest.jsonl, texts/, labels/ (the first labeller)")
    ap.add_argument("--second", type=Path, required=True, help="the second labeller's folder of <id>.json")
    ap.add_argument("--split", choices=["dev", "blind"], help="only this split (default: every article both labelled)")
    ap.add_argument("-v", "--verbose", action="store_true", help="a line per article")
    args = ap.parse_args(argv)
    rows = manifest.rows(args.folder, args.split)
    per_cat: dict[str, list[float]] = {}
    macros, hits, total = [], 0, 0
    for row in rows:
        paths = [args.folder / "labels" / f"{row['id']}.json", args.second / f"{row['id']}.json"]
        text_path = args.folder / "texts" / f"{row['id']}.txt"
        if not all(p.exists() for p in paths) or not text_path.exists():
            continue
        first, second = (json.loads(p.read_text(encoding="utf-8")) for p in paths)
        f1, (h, t) = compare(first, second, text_path.read_text(encoding="utf-8"))
        for cat, v in f1.items():
            per_cat.setdefault(cat, []).append(v)
        macros.append(sum(f1.values()) / len(f1))
        hits, total = hits + h, total + t
        if args.verbose:
            print(f"{row['id']:12s} macro-F1 {macros[-1]:.3f} " + " ".join(f"{c[:4]} {v:.2f}" for c, v in f1.items()))
    if not macros:
        raise SystemExit("no article labelled by both")
    for cat, vals in per_cat.items():
        print(f"{cat:22s} F1 {sum(vals) / len(vals):.3f}")
    print(f"macro-F1 {sum(macros) / len(macros):.3f} between the two labellers over {len(macros)} articles")
    print(f"speakers {hits}/{total} = {hits / total if total else 0:.3f} (both directions)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
