"""Batches at scale: JSON Lines against folder mode, a Dask cluster of 1 and 2 workers, incremental reruns.

    python benchmarks/scale.py PATH/TO/bbc-news-100 [--runs 3] [--jobs 2] [--skip-dask]

Run it from the venv where summit is installed with its dask extra. The corpus is a
folder of .txt articles (`article/*.txt` or `*.txt`). From it the script makes
1,000 articles: the corpus ten times over, every copy changed (a copy tag after
each word of four letters or more, and a closing line of its own), so no two
inputs are alike. Each case runs `--runs` times, interleaved with the one it is
compared with; medians of wall time are quoted, with the peak resident memory
(what `/usr/bin/time -v` reports as "Maximum resident set size") of the summit
command, and the machine's load average when the section started.

Targets (issue: pipelines at any scale):
  a  --jsonl from stdin: throughput >= 90% of folder mode at the same --jobs; peak memory < 200 MiB
  b  --scheduler with 2 local worker processes: >= 1.6x the throughput of 1 worker
  c  incremental: a rerun over 100 unchanged articles <= 0.3x the first run; after one article
     changes, only that one is made again
Nothing here runs in the test suite: timings never gate a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable
MIB = 1024 * 1024


def summit_cmd() -> list[str]:
    script = Path(PY).with_name("summit")
    return [str(script)] if script.exists() else [PY, "-m", "summit_cli"]


def run_once(cmd: list[str], stdin: Path | None = None) -> tuple[float, int, int, str]:
    """(wall seconds, peak RSS in bytes over the command and its waited-for children, exit status, stderr)."""
    with tempfile.TemporaryFile() as err, open(stdin or os.devnull, "rb") as inp:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=inp, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        err.seek(0)
        return elapsed, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status), err.read().decode()[-500:]


def peak_of_parent(cmd: list[str], stdin: Path) -> int | None:
    """The summit process's own peak RSS, from /usr/bin/time -v (the workers are separate processes)."""
    if not os.path.exists("/usr/bin/time"):
        return None
    with open(stdin, "rb") as inp:
        out = subprocess.run(
            ["/usr/bin/time", "-v", *cmd], stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    return int(found.group(1)) * 1024 if found else None


QUIET = {"load": None, "wait": 600.0}  # --quiet-load: wait for the machine to calm down before each round


def wait_for_quiet() -> None:
    """On a shared machine, start a round only once the 1-minute load is below --quiet-load (or after --wait s)."""
    if QUIET["load"] is None:
        return
    deadline = time.monotonic() + QUIET["wait"]
    while os.getloadavg()[0] > QUIET["load"] and time.monotonic() < deadline:
        time.sleep(5)


def interleaved(cases: dict[str, tuple[list[str], Path | None]], runs: int, before=None) -> dict[str, dict]:
    results = {label: {"times": [], "rss": 0, "loads": []} for label in cases}
    for _ in range(runs):
        wait_for_quiet()
        for label, (cmd, stdin) in cases.items():
            if before:
                before(label)
            results[label]["loads"].append(os.getloadavg()[0])
            elapsed, rss, code, err = run_once(cmd, stdin)
            if code != 0:
                raise SystemExit(f"{label}: exit {code}: {err}")
            results[label]["times"].append(elapsed)
            results[label]["rss"] = max(results[label]["rss"], rss)
        print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    for res in results.values():
        res["median"] = statistics.median(res["times"])
    return results


def articles(corpus: Path) -> list[Path]:
    found = sorted((corpus / "article").glob("*.txt")) or sorted(corpus.glob("*.txt"))
    if not found:
        raise SystemExit(f"{corpus}: no .txt articles")
    return found


def thousand(corpus: Path, tmp: Path, copies: int = 10) -> tuple[Path, Path]:
    """The corpus `copies` times, every copy changed; as a folder and as a JSON Lines file."""
    folder = tmp / "articles"
    folder.mkdir()
    lines = []
    for copy in range(copies):
        for path in articles(corpus):
            text = path.read_text(encoding="utf-8", errors="replace")
            text = re.sub(r"\b(\w{4,})\b", lambda m, copy=copy: f"{m.group(1)}{'' if copy == 0 else 'q' * copy}", text)
            text += f"\nThis is copy {copy} of the story.\n"
            name = f"{path.stem}-{copy}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            lines.append(json.dumps({"id": name, "text": text}, ensure_ascii=False))
    jsonl = tmp / "articles.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, jsonl


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def section_a(folder: Path, jsonl: Path, tmp: Path, jobs: int, runs: int) -> list[str]:
    out = tmp / "out-a"
    cases = {
        "folder": (
            summit_cmd() + ["brief", str(folder), "--out-dir", str(out), "-f", "json", "-j", str(jobs), "--force"],
            None,
        ),
        "jsonl": (summit_cmd() + ["brief", "--jsonl", "-", "-j", str(jobs)], jsonl),
    }
    start_load = load()
    res = interleaved(cases, runs, before=lambda label: shutil.rmtree(out, ignore_errors=True))
    n = len(list(folder.iterdir()))
    parent = peak_of_parent(cases["jsonl"][0], jsonl)
    ratio = (n / res["jsonl"]["median"]) / (n / res["folder"]["median"])
    return [
        f"a. {n} articles, --jobs {jobs}, load average at start {start_load}",
        f"   folder batch (--out-dir, -f json): {res['folder']['median']:.2f} s = {n / res['folder']['median']:.0f} articles/s",
        f"   --jsonl - from stdin:              {res['jsonl']['median']:.2f} s = {n / res['jsonl']['median']:.0f} articles/s",
        f"   throughput jsonl / folder: {ratio:.2f} (target >= 0.90)",
        f"   peak RSS of the summit process with --jsonl: {parent / MIB:.0f} MiB (target < 200);"
        f" largest of it and its workers: {res['jsonl']['rss'] / MIB:.0f} MiB"
        if parent
        else f"   peak RSS (largest process): {res['jsonl']['rss'] / MIB:.0f} MiB",
    ]


class Cluster:
    """`dask scheduler` and `dask worker --nworkers N --nthreads 1` on 127.0.0.1, stopped on exit."""

    def __init__(self, tmp: Path, workers: int):
        from distributed import Client

        self.file = tmp / f"scheduler-{workers}.json"
        self.procs = [
            subprocess.Popen(
                [
                    PY,
                    "-m",
                    "dask",
                    "scheduler",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                    "--no-dashboard",
                    "--scheduler-file",
                    str(self.file),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        ]
        while not self.file.exists():
            time.sleep(0.1)
        self.procs.append(
            subprocess.Popen(
                [
                    PY,
                    "-m",
                    "dask",
                    "worker",
                    "--scheduler-file",
                    str(self.file),
                    "--nworkers",
                    str(workers),
                    "--nthreads",
                    "1",
                    "--host",
                    "127.0.0.1",
                    "--no-dashboard",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        with Client(scheduler_file=str(self.file), timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
            self.address = client.scheduler.address

    def close(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def section_b(jsonl: Path, tmp: Path, runs: int, n: int) -> list[str]:
    clusters = {w: Cluster(tmp, w) for w in (1, 2)}
    try:
        cases = {
            f"{w} worker{'s' if w > 1 else ''}": (
                summit_cmd() + ["brief", "--jsonl", "-", "--scheduler", c.address],
                jsonl,
            )
            for w, c in clusters.items()
        }
        # A first run starts each worker's summit process (about half a second): not what is measured.
        interleaved(cases, 1)
        start_load = load()
        res = interleaved(cases, runs)
    finally:
        for c in clusters.values():
            c.close()
    one, two = (res[label]["median"] for label in cases)
    return [
        f"b. {n} articles through --jsonl - --scheduler, workers of 1 thread; load average at start {start_load}",
        f"   1 worker:  {one:.2f} s = {n / one:.0f} articles/s",
        f"   2 workers: {two:.2f} s = {n / two:.0f} articles/s",
        f"   speed-up: {one / two:.2f}x (target >= 1.6x); 1-minute load before each run:"
        f" {', '.join(f'{x:.1f}' for label in cases for x in res[label]['loads'])}",
        "   all runs (s): "
        + "; ".join(f"{label} " + ", ".join(f"{t:.1f}" for t in res[label]["times"]) for label in cases),
    ]


def section_c(corpus: Path, tmp: Path, runs: int) -> list[str]:
    src = tmp / "hundred"
    shutil.copytree(articles(corpus)[0].parent, src)
    out = tmp / "out-c"
    cmd = summit_cmd() + ["brief", str(src), "--out-dir", str(out)]
    start_load = load()
    firsts, reruns = [], []
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        firsts.append(run_once(cmd)[0])
        reruns.append(run_once(cmd)[0])
    first, rerun = statistics.median(firsts), statistics.median(reruns)
    victim = sorted(src.iterdir())[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    touched = run_once(cmd)[0]
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    made = [os.path.basename(r["input"]) for r in rows if r["status"] == "ok"]
    return [
        f"c. {len(rows)} articles in a folder, --out-dir, Markdown, default --jobs; load average at start {start_load}",
        f"   first run: {first:.2f} s; rerun, nothing changed: {rerun:.2f} s; ratio {rerun / first:.2f} (target <= 0.30)",
        f"   after changing {victim.name}: {touched:.2f} s, made again: {', '.join(made) or 'none'}"
        f" ({len(made)} of {len(rows)}; the others 'unchanged')",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--only", choices=["a", "b", "c"])
    parser.add_argument(
        "--quiet-load",
        type=float,
        metavar="L",
        help="before each round, wait (up to --wait s) for the 1-minute load average to fall below L",
    )
    parser.add_argument("--wait", type=float, default=600.0)
    args = parser.parse_args()
    QUIET.update(load=args.quiet_load, wait=args.wait)
    with tempfile.TemporaryDirectory(prefix="summit-scale-") as tmp:
        tmp = Path(tmp)
        report = []
        if args.only in (None, "a", "b"):
            folder, jsonl = thousand(args.corpus, tmp)
        if args.only in (None, "c"):
            report += section_c(args.corpus, tmp, args.runs)
        if args.only in (None, "a"):
            report += section_a(folder, jsonl, tmp, args.jobs, args.runs)
        if args.only in (None, "b") and not args.skip_dask:
            report += section_b(jsonl, tmp, args.runs, len(list(folder.iterdir())))
        print("\n".join(report))


if __name__ == "__main__":
    main()
