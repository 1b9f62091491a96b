"""A brief's key points scored against hand labels (the gold files' format).

Each label lists sentences by a `match` text with the categories a sentence is
`required` in and those it is `allowed` in. A key point that holds a required match is
a true positive, an allowed one is neutral, anything else (a sentence no label matches
included) is a false positive; recall counts each required sentence once. The tests'
floors and the real-article benchmarks score with this one function.
"""

from __future__ import annotations


def keypoint_f1(brief: dict, gold: dict) -> dict[str, float]:
    """F1 per category of a JSON brief's key points against a gold file, by category id."""
    out = {}
    for cat in gold["categories"]:
        required = [s["match"] for s in gold["sentences"] if cat in s["required"]]
        found, tp, fp = set(), 0, 0
        for item in brief["key_points"].get(cat, []):
            hits = [s for s in gold["sentences"] if s["match"] in item["text"]]
            if any(cat in s["required"] for s in hits):
                tp += 1
                found.update(s["match"] for s in hits if cat in s["required"])
            elif not any(cat in s["allowed"] for s in hits):
                fp += 1
        p = tp / (tp + fp) if tp + fp else (0.0 if required else 1.0)
        r = len(found) / len(required) if required else 1.0
        out[cat] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def macro_f1(brief: dict, gold: dict) -> float:
    """The mean of keypoint_f1 over the gold file's categories."""
    f1 = keypoint_f1(brief, gold)
    return sum(f1.values()) / len(f1)
