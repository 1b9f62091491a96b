"""A decompression bomb: gzip, bzip2 and xz of 1 GB of zeros must stop at the input limit.

    python benchmarks/bomb.py [--size-mib 1024] [--runs 3]

Targets: exit 3 with one line naming the limit, in under 10 s and under 300 MiB of
peak memory (the child's maximum resident set size), medians of --runs runs.
"""

from __future__ import annotations

import argparse
import bz2
import lzma
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

MIB = 1 << 20


def packed(kind: str, size: int) -> bytes:
    block = bytes(MIB)
    if kind == "gzip":
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        return b"".join(packer.compress(block) for _ in range(size)) + packer.flush()
    packer = bz2.BZ2Compressor(9) if kind == "bzip2" else lzma.LZMACompressor(preset=1)
    return b"".join(packer.compress(block) for _ in range(size)) + packer.flush()


def run_once(path: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MiB, exit code, stderr) of one `summit brief` in a fresh child."""
    code = (
        "import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True);"
        "sys.stderr.write(p.stderr.decode()); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(p.returncode)"
    )
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "summit_cli", "brief", str(path)],
        capture_output=True,
        text=True,
    )
    seconds = time.monotonic() - started
    peak_kib = int(proc.stdout.strip() or 0)  # Linux reports KiB
    return seconds, peak_kib / 1024, proc.returncode, proc.stderr


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kinds", default="gzip,bzip2,xz")
    args = parser.parse_args(argv)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            path = Path(tmp) / f"zeros.{kind}"
            path.write_bytes(packed(kind, args.size_mib))
            runs = [run_once(path) for _ in range(args.runs)]
            seconds = statistics.median(r[0] for r in runs)
            peak = statistics.median(r[1] for r in runs)
            codes = {r[2] for r in runs}
            line = runs[0][3].strip()
            ok = codes == {3} and seconds < 10 and peak < 300 and "limit" in line and line.count("\n") == 0
            failed |= not ok
            print(
                f"{kind:6} {path.stat().st_size / MIB:7.2f} MiB packed  median {seconds:5.2f} s  "
                f"peak {peak:6.1f} MiB  exit {sorted(codes)}  {'ok' if ok else 'MISSED'}  | {line}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
