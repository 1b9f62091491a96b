"""The quality floors of tests/baseline.toml."""

import tomllib
from pathlib import Path

BASELINE_FILE = Path(__file__).resolve().parent / "baseline.toml"
BASELINE = tomllib.loads(BASELINE_FILE.read_text(encoding="utf-8"))
