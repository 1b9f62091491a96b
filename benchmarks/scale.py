"""Batches at scale: JSON Lines against folder mode, a Dask cluster of 1 and 2 workers, incremental reruns.

    python benchmarks/scale.py PATH/TO/bbc-news-100 [--runs 3] [--jobs 2] [--skip-dask] [--dask-defaults]

Run it from the venv where summit is installed with its dask extra. The corpus is a
folder of .txt articles (`article/*.txt` or `*.txt`). From it the script makes
1,000 articles: the corpus ten times over, every copy changed (a copy tag after
each word of four letters or more, and a closing line of its own), so no two
inputs are alike. Each case runs `--runs` times, interleaved with the one it is
compared with; medians of wall time are quoted, with the peak resident memory
(what `/usr/bin/time -v` reports as "Maximum resident set size") of the summit
command, and the machine's load average when the section started.

The cluster section starts a fresh scheduler and workers for every run (an idle
second cluster polls and would take CPU from the measured one) and warms them up
on 100 articles before the clock starts. Besides wall time it gives the
throughput once the first briefs are back (connecting costs the client about a
second), the CPU seconds of client, scheduler and workers, what a 2-core machine
with nothing else on it would allow at most, and how much of the machine the run
got: Linux shares CPU between sessions (autogroups) before processes, so on a
shared machine a second worker may add no CPU at all.

Targets (issue: pipelines at any scale):
  a  --jsonl from stdin: throughput >= 90% of folder mode at the same --jobs; peak memory < 200 MiB
  b  --scheduler with 2 local worker processes: >= 1.6x the throughput of 1 worker
  c  incremental: a rerun over 100 unchanged articles <= 0.3x the first run; after one article
     changes, only that one is made again
Nothing here runs in the test suite: timings never gate a test.
"""

from __future__ import annotations

import argparse
import itertools
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


# Dask's own monitoring turned down as the README advises for summit's workers (a sampling
# profiler every 10 ms, an event-loop check every 20 ms, memory polls every 100 ms).
QUIET_DASK = {
    "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False",
    "DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL": "1s",
    "DASK_DISTRIBUTED__WORKER__MEMORY__MONITOR_INTERVAL": "1s",
    "DASK_DISTRIBUTED__ADMIN__SYSTEM_MONITOR__INTERVAL": "2s",
}


class Cluster:
    """`dask scheduler` and `dask worker --nworkers N --nthreads 1` on 127.0.0.1, as the README starts them."""

    def __init__(self, tmp: Path, workers: int, dask_defaults: bool = False):
        from distributed import Client

        env = dict(os.environ, **({} if dask_defaults else QUIET_DASK))

        self.file = tmp / f"scheduler-{workers}.json"
        self.file.unlink(missing_ok=True)
        common = ["--host", "127.0.0.1", "--no-dashboard"]
        self.procs = [
            subprocess.Popen(
                [PY, "-m", "dask", "scheduler", "--port", "0", "--scheduler-file", str(self.file), *common],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        ]
        while not self.file.exists():
            time.sleep(0.1)
        self.procs.append(
            subprocess.Popen(
                [PY, "-m", "dask", "worker", "--scheduler-file", str(self.file), "--nworkers", str(workers)]
                + ["--nthreads", "1", *common],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        )
        with Client(scheduler_file=str(self.file), timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
            self.address = client.scheduler.address

    def cpu(self) -> dict[str, float]:
        """CPU seconds so far of the scheduler, the `dask worker` process (its nannies), the worker
        processes, and the summit child processes in which the workers make the briefs."""
        import psutil

        roles = {"scheduler": 0.0, "nanny": 0.0, "worker": 0.0, "briefs": 0.0}
        for role, proc in zip(("scheduler", "nanny"), self.procs):
            top = psutil.Process(proc.pid)
            for each in [top, *top.children(recursive=True)]:
                try:
                    times, line = each.cpu_times(), " ".join(each.cmdline())
                except psutil.Error:
                    continue
                kind = role if each is top else "briefs" if "summit_cli.jobs.sandbox" in line else "worker"
                roles[kind] += times.user + times.system
        return roles

    def close(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def machine_busy() -> tuple[float, float]:
    """CPU seconds the whole machine has spent busy, and stolen by its host, since boot (/proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    tick = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq) / tick, steal / tick


def timed_stream(cmd: list[str], stdin: Path) -> dict:
    """Run cmd; wall time, the client's CPU, and the throughput between its first and last output."""
    with open(stdin, "rb") as inp:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=inp, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        lines, first, last = 0, (0.0, 0), 0.0
        for chunk in iter(lambda: proc.stdout.read1(1 << 16), b""):
            last = time.perf_counter() - start
            lines += chunk.count(b"\n")
            if not first[1]:
                first = (last, lines)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)}: exit {os.waitstatus_to_exitcode(status)}")
    return {
        "wall": time.perf_counter() - start,
        "client": usage.ru_utime + usage.ru_stime,
        # Once the client is connected and the workers have sent their first briefs.
        "steady": (lines - first[1]) / (last - first[0]) if last > first[0] else 0.0,
    }


def section_b(jsonl: Path, tmp: Path, runs: int, n: int, dask_defaults: bool = False) -> list[str]:
    """A fresh cluster for every run (an idle second cluster would take CPU from the measured one),
    warmed up before the clock starts; 1 and 2 workers alternate."""
    warm = tmp / "warm.jsonl"
    with open(jsonl, encoding="utf-8") as src:
        warm.write_text("".join(itertools.islice(src, 100)), encoding="utf-8")
    rows: dict[int, list[dict]] = {1: [], 2: []}
    start_load = load()
    for _ in range(runs):
        wait_for_quiet()
        for workers in rows:
            cluster = Cluster(tmp, workers, dask_defaults)
            try:
                cmd = summit_cmd() + ["brief", "--jsonl", "-", "--scheduler", cluster.address]
                timed_stream(cmd, warm)  # starts each worker's summit child (about half a second of imports)
                connect = timed_stream(cmd, Path(os.devnull))  # the client's start-up: imports, connection
                loadavg = os.getloadavg()[0]
                busy0, steal0, cpu0 = *machine_busy(), cluster.cpu()
                row = timed_stream(cmd, jsonl)
                busy1, steal1, cpu1 = *machine_busy(), cluster.cpu()
            finally:
                cluster.close()
            row.update({role: cpu1[role] - cpu0[role] for role in cpu1}, load=loadavg)
            row.update(connect=connect["wall"], connect_cpu=connect["client"])
            ours = row["client"] + sum(cpu1[role] - cpu0[role] for role in cpu1)
            row["cores"] = ours / row["wall"]  # what this run got of the machine
            # What the rest of the machine (other users) used of its 2 cores meanwhile, and the host stole.
            row["others"] = max(0.0, busy1 - busy0 - ours) / row["wall"]
            row["steal"] = (steal1 - steal0) / row["wall"]
            rows[workers].append(row)
            print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    med = {w: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for w, rs in rows.items()}
    one, two = med[1], med[2]
    # Once connected, on an otherwise idle machine, one worker runs its briefs and its worker
    # process's share in series, the client and scheduler beside them; two workers share both
    # cores with everything: about serial / (all / 2). An estimate: CPU seconds themselves
    # grow on a contended machine (caches, the host).
    roles = ("briefs", "worker", "nanny", "scheduler", "client")
    two_run = {k: max(0.0, two[k] - (two["connect_cpu"] if k == "client" else 0.0)) for k in roles}
    serial, total = one["briefs"] + one["worker"], sum(two_run.values())
    return [
        f"b. {n} articles through --jsonl - --scheduler, workers of 1 thread, a fresh cluster per run"
        f" warmed up on 100 articles, Dask's monitoring {'at its defaults' if dask_defaults else 'turned down'};"
        f" load average at start {start_load}",
        f"   1 worker:  {one['wall']:.2f} s = {n / one['wall']:.0f} articles/s;"
        f" after the first briefs arrived {one['steady']:.0f} articles/s",
        f"   2 workers: {two['wall']:.2f} s = {n / two['wall']:.0f} articles/s;"
        f" after the first briefs arrived {two['steady']:.0f} articles/s",
        f"   speed-up: {one['wall'] / two['wall']:.2f}x end to end, {two['steady'] / one['steady']:.2f}x after the"
        " first briefs (target >= 1.6x)",
        f"   the client connects in {two['connect']:.2f} s ({two['connect_cpu']:.2f} s CPU); then, CPU ms per article"
        " with 2 workers: " + ", ".join(f"{k} {1000 * v / n:.2f}" for k, v in two_run.items()),
        f"   estimated from CPU time for a 2-core machine with nothing else running: {serial:.1f} s in series"
        f" / ({total:.1f} s / 2) = {2 * serial / total:.2f}x after connecting",
        "   cores each run got (client, scheduler, workers): "
        + "; ".join(f"{w}: " + ", ".join(f"{r['cores']:.2f}" for r in rs) for w, rs in rows.items()),
        "   other users' CPU meanwhile, of 2 cores (host steal): "
        + "; ".join(
            f"{w}: " + ", ".join(f"{r['others']:.2f} ({r['steal']:.2f})" for r in rs) for w, rs in rows.items()
        ),
        "   1-minute load before each run: "
        + "; ".join(f"{w}: " + ", ".join(f"{r['load']:.1f}" for r in rs) for w, rs in rows.items()),
        "   all runs (s): " + "; ".join(f"{w}: " + ", ".join(f"{r['wall']:.1f}" for r in rs) for w, rs in rows.items()),
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
        "--dask-defaults", action="store_true", help="run the clusters with Dask's monitoring at its defaults"
    )
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
            report += section_b(jsonl, tmp, args.runs, len(list(folder.iterdir())), args.dask_defaults)
        print("\n".join(report))


if __name__ == "__main__":
    main()
