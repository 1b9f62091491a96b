"""An evaluation set's manifest (evalsets/<set>/manifest.jsonl): one object per article."""

from __future__ import annotations

import json
from pathlib import Path


def rows(folder: Path, split: str | None = None) -> list[dict]:
    """The set's articles in manifest order, only those of `split` when one is given."""
    lines = (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [r for r in (json.loads(line) for line in lines if line.strip()) if split is None or r.get("split") == split]
