"""How fast `summit digest` is: 8 articles, 200 articles, and how the time grows.

    python benchmarks/digest_speed.py PATH/TO/bbc-news-100 [--runs 5] [--long-runs 3]

The corpus is a folder of plain-text articles (`article/*.txt` or `*.txt`); it is
copied twice over (two folders) when more articles are asked for than it holds, so
200 articles come from 100. Targets: 8 articles under 1 s beyond start-up (the
median of `summit --version`), 200 articles under 10 s. Each run's wall time and
CPU time (user + system, from os.wait4) are recorded and medians are quoted; the
growth exponent b in work ~ n^b is fitted on CPU time beyond start-up, which a
shared machine disturbs far less than wall time. Commands are run interleaved.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUMMIT = [sys.executable, "-m", "summit_cli"]


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of cmd (its output thrown away)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd[:6])} ... : {proc.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime


def articles(corpus: Path) -> list[Path]:
    found = sorted((corpus / "article").glob("*.txt")) or sorted(corpus.glob("*.txt"))
    if not found:
        sys.exit(f"{corpus}: no .txt articles")
    return found


def folder_of(files: list[Path], n: int, root: Path) -> Path:
    """A folder of n articles, the corpus repeated under copy-1/, copy-2/... as needed."""
    target = root / f"n{n}"
    for k in range(n):
        copy = target / f"copy-{k // len(files) + 1}"
        copy.mkdir(parents=True, exist_ok=True)
        shutil.copy(files[k % len(files)], copy / files[k % len(files)].name)
    return target


def median_runs(cmds: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    samples: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            samples[name].append(timed(cmd))
    return {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in samples.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--long-runs", type=int, default=3)
    args = ap.parse_args(argv)
    files = articles(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        timed(SUMMIT + ["digest", *map(str, files[:8])])  # warm the file cache and bytecode
        short = median_runs(
            {
                "start-up (summit --version)": SUMMIT + ["--version"],
                "digest 8 articles": SUMMIT + ["digest", *map(str, files[:8])],
            },
            args.runs,
        )
        sizes = (25, 50, 100, 200)
        long = median_runs(
            {f"digest {n} articles": SUMMIT + ["digest", str(folder_of(files, n, root))] for n in sizes}, args.long_runs
        )
    results = {**short, **long}
    start_wall, start_cpu = short["start-up (summit --version)"]
    print(f"{'command':32s} {'wall (median)':>14s} {'cpu (median)':>13s} {'wall beyond start-up':>21s}")
    for name, (wall, cpu) in results.items():
        print(f"{name:32s} {wall:13.3f}s {cpu:12.3f}s {wall - start_wall:20.3f}s")
    work = {n: results[f"digest {n} articles"][1] - start_cpu for n in sizes}
    b = math.log(work[sizes[-1]] / work[sizes[0]]) / math.log(sizes[-1] / sizes[0])
    print(f"growth: cpu beyond start-up ~ n^{b:.2f} from {sizes[0]} to {sizes[-1]} articles")
    eight = results["digest 8 articles"][0] - start_wall
    two_hundred = results["digest 200 articles"][0]
    print(
        f"targets: 8 articles {eight:.2f} s beyond start-up (< 1 s): {'ok' if eight < 1 else 'MISS'}; "
        f"200 articles {two_hundred:.2f} s (< 10 s): {'ok' if two_hundred < 10 else 'MISS'}"
    )
    return 0 if eight < 1 and two_hundred < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
