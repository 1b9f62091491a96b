#!/usr/bin/env python3
"""Refill a local folder of evaluation texts from a search service, one task list at a time.

    python evalsets/refill.py tasks FOLDER uk106 uk107 --split blind   # FOLDER/tasks/<set>-<split>.json
    python evalsets/refill.py save FOLDER/tasks/T.json ID LITERAL      # one excerpt, kept if its sha256 fits
    python evalsets/refill.py check FOLDER/tasks/T.json                # which rows are saved

A set's texts were saved as a search result's excerpt for the article's URL, unedited, so
the same excerpt saved again has the manifest's sha256. `tasks` lists the rows of the sets'
split that evalsets/<set>/texts/ lacks, with the first words of their labels as search hints.
Whoever searches (evalsets/REFILL.md says how) writes each excerpt as the JSON string
literal the search tool printed, quotes included, into the file LITERAL; `save` decodes it
and writes FOLDER/<set>/texts/<id>.txt only when its sha256 is the manifest's. Then
`python evalsets/rebuild.py --from FOLDER/<set> --partial` copies what is there.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HINTS = 2  # label sentences whose words are given as search hints


def _rows(name: str, split: str) -> list[dict]:
    lines = (HERE / name / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, filter(None, lines)) if r.get("split") == split]


def tasks(folder: Path, names: list[str], split: str) -> int:
    unknown = [n for n in names if not (HERE / n / "manifest.jsonl").is_file()]
    if unknown:
        print(f"refill: no set named {unknown[0]} (a folder of evalsets/ with a manifest, e.g. uk106)", file=sys.stderr)
        return 2
    (folder / "tasks").mkdir(parents=True, exist_ok=True)
    for name in names:
        out = []
        for row in _rows(name, split):
            if (HERE / name / "texts" / f"{row['id']}.txt").exists():
                continue
            label = HERE / name / "labels" / f"{row['id']}.json"
            sentences = json.loads(label.read_text(encoding="utf-8")).get("sentences", []) if label.exists() else []
            hints = [s["match"] for s in sentences[:HINTS]]
            out.append({"set": name, **{k: row[k] for k in ("id", "url", "sha256", "chars")}, "hints": hints})
        path = folder / "tasks" / f"{name}-{split}.json"
        path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path}: {len(out)} rows", file=sys.stderr)
    return 0


def _saved(folder: Path, row: dict) -> Path:
    return folder / row["set"] / "texts" / f"{row['id']}.txt"


def save(task: Path, article: str, literal: Path) -> int:
    rows = {r["id"]: r for r in json.loads(task.read_text(encoding="utf-8"))}
    if article not in rows:
        print(f"refill: {article} is not in {task}", file=sys.stderr)
        return 2
    row = rows[article]
    try:
        text = json.loads(literal.read_text(encoding="utf-8").strip())
    except json.JSONDecodeError as e:
        print(f"refill: {literal} is not one JSON string ({e})", file=sys.stderr)
        return 2
    if not isinstance(text, str) or hashlib.sha256(text.encode("utf-8")).hexdigest() != row["sha256"]:
        got = len(text) if isinstance(text, str) else 0
        print(f"MISMATCH {article}: got {got} chars, want {row['chars']}; not saved")
        return 1
    path = _saved(task.parent.parent, row)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8", newline="")
    tmp.replace(path)
    print(f"OK {article}")
    return 0


def check(task: Path) -> int:
    rows = json.loads(task.read_text(encoding="utf-8"))
    folder = task.parent.parent
    missing = [
        r
        for r in rows
        if not _saved(folder, r).exists() or hashlib.sha256(_saved(folder, r).read_bytes()).hexdigest() != r["sha256"]
    ]
    for r in missing:
        print(f"missing {r['id']} {r['url']}")
    print(f"{len(rows) - len(missing)}/{len(rows)} saved")
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    t = sub.add_parser("tasks", help="write the task list of each set's split")
    t.add_argument("folder", type=Path)
    t.add_argument("sets", nargs="+")
    t.add_argument("--split", choices=["dev", "blind"], required=True)
    s = sub.add_parser("save", help="save one excerpt when its sha256 is the manifest's")
    s.add_argument("task", type=Path)
    s.add_argument("id")
    s.add_argument("literal", type=Path)
    c = sub.add_parser("check", help="which rows of a task list are saved")
    c.add_argument("task", type=Path)
    args = ap.parse_args(argv)
    if args.command == "tasks":
        return tasks(args.folder, args.sets, args.split)
    if args.command == "save":
        return save(args.task, args.id, args.literal)
    return check(args.task)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
