#!/usr/bin/env python3
"""Start-up of two checkouts side by side: `summit brief` of short articles, CPU medians.

    python benchmarks/startup_trees.py OLD_TREE NEW_TREE [ARTICLE ...] [--runs 40]

Each tree is a checkout of the repository (`git worktree add /tmp/old REV`); its package is
run as `python -m summit_cli brief ARTICLE -f json` with PYTHONPATH set to the tree, from a
temporary directory (run from a checkout, `python -m` would import that checkout's package
whatever PYTHONPATH says). Runs are interleaved (old, new, old, new, ...) after one warm-up
each, with bytecode caching on, and the CPU time (user + system, from os.wait4) of each run
is recorded: wall time on a shared machine says more about its other users. Without
ARTICLE, the seed article is timed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_540ad0501d6e8d3b.txt"


def cpu_ms(tree: str, article: str) -> float:
    env = dict(os.environ, PYTHONPATH=tree)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's runs read cached bytecode
    cmd = [sys.executable, "-m", "summit_cli", "brief", article, "-f", "json"]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=tempfile.gettempdir()
    )
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"{tree}: summit failed on {article} (status {status})")
    return (usage.ru_utime + usage.ru_stime) * 1000


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("articles", nargs="*")
    ap.add_argument("--runs", type=int, default=40)
    args = ap.parse_args(argv)
    trees = {"old": str(Path(args.old).resolve()), "new": str(Path(args.new).resolve())}
    articles = [str(Path(a).resolve()) for a in args.articles] or [str(SEED)]
    times: dict[tuple[str, str], list[float]] = {(t, a): [] for a in articles for t in trees}
    for tree in trees.values():
        for article in articles:
            cpu_ms(tree, article)  # warm-up: bytecode written, files cached
    for _ in range(args.runs):
        for article in articles:
            for name, tree in trees.items():
                times[(name, article)].append(cpu_ms(tree, article))
    for article in articles:
        old = statistics.median(times[("old", article)])
        new = statistics.median(times[("new", article)])
        print(f"{Path(article).name}: old {old:.0f} ms, new {new:.0f} ms CPU (x{new / old:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
