#!/usr/bin/env python3
"""Where the key points go wrong, by language and category: what the rules' cues can reach and
what the fitted model then misses or adds.

    python benchmarks/keypoint_errors.py SET [SET ...] [--split dev|blind]

For every sentence labelled required in a category it counts whether a cue of the category
fired there (the model only chooses among those: a required sentence without a cue is lost
before the model reads it) and whether the brief lists it; for every sentence the brief lists
in a category, whether the labels require or allow it. Pooled over the sets' articles (texts
rebuilt, see evalsets/README.md), with the shipped taxonomy and model.
"""

from __future__ import annotations

import argparse
import sys

import fit_keypoints
from summit_cli.group import classify, learned, taxonomy as taxonomy_mod


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--split", choices=("dev", "blind"))
    args = ap.parse_args(argv)
    model = learned.model_for(taxonomy_mod.load(None))
    # (language, category) -> required, with a cue, listed of the required, listed, listed and not allowed
    counts: dict[tuple[str, str], list[int]] = {}
    for art in fit_keypoints.load(args.sets, args.split):
        chosen = classify.select(
            art["sents"],
            art["ev"],
            art["language"],
            art["thresholds"],
            model,
            classify.default_max_points(len(art["sents"])),
        )
        for k, cat in enumerate(art["ids"]):
            listed = {p.index for p in chosen[k]} if art["on"] else set()
            c = counts.setdefault((art["language"], cat), [0, 0, 0, 0, 0])
            for sent, ev, (required, allowed) in zip(art["sents"], art["ev"], art["labels"]):
                if cat in required:
                    c[0] += 1
                    c[1] += ev.scores[k] > 0
                    c[2] += sent.index in listed
                if sent.index in listed:
                    c[3] += 1
                    c[4] += cat not in required and cat not in allowed
    print(
        f"{'language':10s} {'category':20s} {'required':>8s} {'with a cue':>11s} {'recall':>7s} {'listed':>7s} {'precision':>9s}"
    )
    for (language, cat), (req, cued, found, listed, wrong) in sorted(counts.items()):
        print(
            f"{language:10s} {cat:20s} {req:8d} {cued:5d} ({cued / max(1, req):.2f}) {found / max(1, req):7.2f}"
            f" {listed:7d} {(listed - wrong) / max(1, listed):9.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
