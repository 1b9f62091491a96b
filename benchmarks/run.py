"""summit's benchmark suite: whole commands timed side by side, medians and ratios.

    python benchmarks/run.py --corpus PATH/TO/bbc-news-100 [--json results.json]

Run it from the venv where summit is installed. Without --corpus only the start-up
floors and the seed article are timed. Commands of one section are run interleaved
(A B C, A B C, ...) so that load from other users of a shared machine falls on all
of them alike; medians are quoted. Each run's CPU time (user + system) and
peak memory (ru_maxrss, what `/usr/bin/time -v` reports as "Maximum resident set
size") are read with os.wait4; CPU time is far less disturbed by other users' load
than wall time, so the table gives both, and growth is judged on CPU time.
Nothing here is part of the test suite: timings never gate a test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_540ad0501d6e8d3b.txt"
BASELINE = Path(__file__).resolve().parent / "baseline_sumy.py"
PY = sys.executable
MIB = 1024 * 1024


@dataclass
class Result:
    label: str
    cmd: list[str]
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system seconds of each run
    peak_rss: int = 0  # bytes, the largest over all runs
    error: str | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.times) if self.times else math.nan

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else math.nan


def summit_cmd() -> list[str]:
    """The `summit` script next to this Python if installed, else `python -m summit_cli`."""
    script = Path(PY).with_name("summit")
    return [str(script)] if script.exists() else [PY, "-m", "summit_cli"]


def run_once(cmd: list[str], timeout: float = 900) -> tuple[float, float, int, int, str]:
    """(wall seconds, CPU seconds, peak RSS in bytes, exit status, first stderr line) of one run."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.0005)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        first = err.read().decode("utf-8", "replace").strip().splitlines()
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, cpu, usage.ru_maxrss * 1024, proc.returncode, first[0] if first else ""


def measure(commands: dict[str, list[str]], runs: int, warmup: int = 1, fresh: list[Path] = ()) -> dict[str, Result]:
    """Time every command `runs` times, interleaved; a failing command is marked, not timed.

    The `fresh` folders are removed before every run, so each run writes its outputs anew.
    """
    results = {label: Result(label, cmd) for label, cmd in commands.items()}
    for round_ in range(warmup + runs):
        for res in results.values():
            if res.error:
                continue
            for folder in fresh:
                shutil.rmtree(folder, ignore_errors=True)
            elapsed, cpu, rss, code, first_err = run_once(res.cmd)
            if code != 0:
                res.error = f"exit {code}: {first_err}"
                continue
            res.peak_rss = max(res.peak_rss, rss)
            if round_ >= warmup:
                res.times.append(elapsed)
                res.cpu.append(cpu)
        print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return results


def brief_options() -> str:
    out = subprocess.run(summit_cmd() + ["brief", "--help"], capture_output=True, text=True)
    return out.stdout


def pdf_writer_missing(cmd: list[str], pdf: Path) -> str | None:
    """Why `-o x.pdf` cannot be timed yet (no PDF writer), or None if it writes a PDF."""
    _, _, _, code, first_err = run_once(cmd)
    if code != 0:
        return f"exit {code}: {first_err}"
    if not pdf.exists() or pdf.read_bytes()[:5] != b"%PDF-":
        return "no PDF writer yet (-o x.pdf did not write a PDF)"
    return None


def count_sentences(path: Path) -> int | None:
    out = subprocess.run(summit_cmd() + ["brief", str(path), "--format", "json"], capture_output=True, text=True)
    try:
        return json.loads(out.stdout)["stats"]["sentences"]
    except (ValueError, KeyError):
        return None


def joined_text(corpus: Path, copies: int, tmp: Path, fresh: bool = False) -> Path:
    """The corpus articles joined into one text, repeated `copies` times.

    With `fresh`, every copy gets words of its own (a copy tag after each word of four
    letters or more), so the vocabulary grows with the text as it does in real corpora;
    sentence boundaries and sentence lengths stay as they were.
    """
    articles = sorted((corpus / "article").glob("*.txt")) or sorted(corpus.glob("*.txt"))
    if not articles:
        raise SystemExit(f"run.py: no .txt articles in {corpus} (or {corpus}/article)")
    body = "\n\n".join(a.read_text(encoding="utf-8").strip() for a in articles)
    if fresh:
        parts = [_LONG_WORD.sub(lambda m, t=_tag(j): m.group(0) + t, body) for j in range(copies)]
    else:
        parts = [body] * copies
    path = tmp / f"joined_x{copies}{'_fresh' if fresh else ''}.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


_LONG_WORD = re.compile(r"\b[A-Za-z]{4,}\b")


def _tag(j: int) -> str:
    """'qa', 'qb', ... 'qba': a letters-only tag, distinct for every copy."""
    digits = ""
    while True:
        digits = chr(ord("a") + j % 26) + digits
        j //= 26
        if not j:
            return "q" + digits


def exponent(work1: float, workk: float, k: int) -> float:
    """b in work ~ n^b from the work at sizes 1 and k (start-up already taken off)."""
    return math.log(workk / work1) / math.log(k) if work1 > 0 and workk > 0 else math.nan


# --- the table --------------------------------------------------------------------

ROWS: list[dict] = []


def row(
    section: str,
    res: Result,
    ratio: float | None = None,
    target: str = "",
    met: bool | None = None,
    note: str = "",
    cpu_ratio: float | None = None,
) -> None:
    ROWS.append(
        {
            "section": section,
            "label": res.label,
            "command": shlex.join(res.cmd),
            "median_s": None if res.error else round(res.median, 4),
            "cpu_median_s": None if res.error else round(res.cpu_median, 4),
            "runs": len(res.times),
            "peak_rss_mib": round(res.peak_rss / MIB, 1) if res.peak_rss else None,
            "ratio": None if ratio is None or math.isnan(ratio) else round(ratio, 4),
            "cpu_ratio": None if cpu_ratio is None or math.isnan(cpu_ratio) else round(cpu_ratio, 4),
            "target": target,
            "met": met,
            "note": res.error or note,
        }
    )


def ratio_row(section: str, res: Result, base: Result, limit: float, aim: float, note: str = "") -> None:
    if res.error or base.error:
        row(section, res, note=note)
        return
    r = res.median / base.median
    row(section, res, r, f"<= {limit}x (aim {aim}x)", r <= limit, note, res.cpu_median / base.cpu_median)


def print_table() -> None:
    head = ("section", "command", "median", "ratio", "cpu", "cpu ratio", "target", "met", "peak RSS", "note")
    lines = [head]
    for r in ROWS:
        median = "-" if r["median_s"] is None else f"{r['median_s'] * 1000:.0f} ms"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.3f}x"
        cpu = "-" if r["cpu_median_s"] is None else f"{r['cpu_median_s'] * 1000:.0f} ms"
        cpu_ratio = "" if r["cpu_ratio"] is None else f"{r['cpu_ratio']:.3f}x"
        met = "" if r["met"] is None else ("yes" if r["met"] else "NO")
        rss = "" if r["peak_rss_mib"] is None else f"{r['peak_rss_mib']:.0f} MiB"
        lines.append((r["section"], r["label"], median, ratio, cpu, cpu_ratio, r["target"], met, rss, r["note"]))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(head) - 1)]
    for line in lines:
        print("  ".join(str(c).ljust(w) for c, w in zip(line, widths)) + "  " + line[-1])


# --- the sections -----------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="folder of articles (bbc-news-100: article/*.txt)")
    ap.add_argument("--runs", type=int, default=15, help="timed runs of each short command [15]")
    ap.add_argument("--long-runs", type=int, default=3, help="timed runs of each long-text command [3]")
    ap.add_argument("--sizes", default="2,4,8", help="growth: copies of the joined text [2,4,8]")
    ap.add_argument("--json", type=Path, help="also write the results here as JSON")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    summit = summit_cmd()
    options = brief_options()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="summit-bench-") as tmpdir:
        tmp = Path(tmpdir)
        pdf = tmp / "brief.pdf"
        pdf_cmd = summit + ["brief", str(SEED), "-o", str(pdf)]

        # Start-up floors, then the seed article (a) to Markdown and (b) to PDF.
        commands = {
            "python -c pass": [PY, "-c", "pass"],
            "python -c 'import typer'": [PY, "-c", "import typer"],
            "summit --help": summit + ["--help"],
            "summit brief SEED": summit + ["brief", str(SEED)],
            "summit brief SEED -o x.pdf": pdf_cmd,
            "baseline_sumy.py SEED": [PY, str(BASELINE), str(SEED)],
        }
        pdf_missing = pdf_writer_missing(pdf_cmd, pdf)
        if pdf_missing:
            del commands["summit brief SEED -o x.pdf"]
        short = measure(commands, args.runs)
        base = short["baseline_sumy.py SEED"]
        for label in ("python -c pass", "python -c 'import typer'", "summit --help"):
            res = short[label]
            if base.error:
                row("floor", res, note="start-up, for scale")
            else:
                row(
                    "floor",
                    res,
                    res.median / base.median,
                    note="start-up, for scale",
                    cpu_ratio=res.cpu_median / base.cpu_median,
                )
        row("a/b", base, 1.0, note="sumy LexRank + regex splitter, 5 sentences", cpu_ratio=1.0)
        ratio_row("a", short["summit brief SEED"], base, 0.3, 0.15, "Markdown to stdout")
        pdf_res = short.get("summit brief SEED -o x.pdf") or Result(
            "summit brief SEED -o x.pdf", pdf_cmd, error=f"not measured: {pdf_missing}"
        )
        ratio_row("b", pdf_res, base, 0.5, 0.3)

        if args.corpus:
            one = joined_text(args.corpus, 1, tmp)
            n1 = count_sentences(one)
            long = measure(
                {
                    "summit brief JOINED": summit + ["brief", str(one)],
                    "baseline_sumy.py JOINED": [PY, str(BASELINE), str(one)],
                },
                args.long_runs,
                warmup=0,
            )
            mine, sumy = long["summit brief JOINED"], long["baseline_sumy.py JOINED"]
            row("c", sumy, 1.0, note="sumy LexRank on the joined corpus", cpu_ratio=1.0)
            ratio_row("c", mine, sumy, 0.05, 0.01, f"{n1} sentences (summit's count)")
            if not mine.error:
                ROWS[-1]["met"] = ROWS[-1]["met"] and mine.peak_rss < 300 * MIB
                ROWS[-1]["target"] += ", < 300 MiB"

            # (d) growth: time against size should be close to a straight line. Judged on CPU
            # time, which other users' load on a shared machine disturbs far less than wall time.
            # "repeated" copies the text (the vocabulary stays the same); "fresh" gives every
            # copy words of its own, so that a cost growing with the vocabulary shows too.
            # All sizes, 1x included, run interleaved so that load drift cannot bend the curve.
            seed = short["summit brief SEED"]
            for kind in ("repeated", "fresh"):
                grown = measure(
                    {
                        f"summit brief JOINEDx{k} {kind}": summit
                        + ["brief", str(joined_text(args.corpus, k, tmp, fresh=kind == "fresh"))]
                        for k in [1, *sizes]
                    },
                    args.long_runs,
                    warmup=0,
                )
                base1 = grown.pop(f"summit brief JOINEDx1 {kind}")
                row("d", base1, 1.0, note="1x, timed along with its copies", cpu_ratio=1.0)
                for k, res in zip(sizes, grown.values()):
                    if res.error or base1.error or seed.error:
                        row("d", res)
                        continue
                    b_wall = exponent(base1.median - seed.median, res.median - seed.median, k)
                    b_cpu = exponent(base1.cpu_median - seed.cpu_median, res.cpu_median - seed.cpu_median, k)
                    row(
                        "d",
                        res,
                        res.median / base1.median,
                        f"~{k}x, b <= 1.15",
                        b_cpu <= 1.15,
                        f"work ~ n^b, b = {b_cpu:.2f} (cpu), {b_wall:.2f} (wall)",
                        res.cpu_median / base1.cpu_median,
                    )

            # (e) batch mode over the corpus articles, one process.
            articles = sorted((args.corpus / "article").glob("*.txt")) or sorted(args.corpus.glob("*.txt"))
            if "--out-dir" not in options:
                row(
                    "e",
                    Result(
                        "summit brief ARTICLES --out-dir D --jobs N",
                        [],
                        error="not measured: this summit has no --out-dir (batch mode)",
                    ),
                )
            else:
                jobs = [1, 2] if "--jobs" in options else [None]
                batch = {}
                for j in jobs:
                    cmd = summit + ["brief", *map(str, articles), "--out-dir", str(tmp / f"out{j}")]
                    batch[f"summit brief {len(articles)} ARTICLES --out-dir D --jobs {j}"] = cmd + (
                        ["--jobs", str(j)] if j else []
                    )
                res = measure(batch, args.long_runs, fresh=[tmp / f"out{j}" for j in jobs])
                first = next(iter(res.values()))
                for r in res.values():
                    per = "" if r.error else f"{r.median / len(articles) * 1000:.1f} ms/article"
                    if r.error or first.error:
                        row("e", r, note=per)
                    else:
                        row("e", r, r.median / first.median, note=per, cpu_ratio=r.cpu_median / first.cpu_median)

    print_table()
    env = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "runs": args.runs,
        "long_runs": args.long_runs,
    }
    try:
        from importlib.metadata import version

        env.update({pkg: version(pkg) for pkg in ("typer", "sumy", "summit-cli")})
    except Exception:  # noqa: BLE001 - environment notes are best effort
        pass
    print("environment: " + ", ".join(f"{k}={v}" for k, v in env.items()))
    if args.json:
        args.json.write_text(json.dumps({"environment": env, "rows": ROWS}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
