#!/usr/bin/env bash
# ROUGE of `summit brief` beside lead-N and sumy's algorithms, on a corpus of
# article/NAME.txt + summary/NAME.txt pairs, using the team's shared harness.
#
#   benchmarks/rouge.sh CORPUS [harness options: --n fixed --k 3 --limit 20 ...]
#
# The harness is not part of this repository: point ROUGE_BENCH at it (default:
# ../shared/eval/rouge_bench.py beside the checkout). It needs rouge-score, pysbd and
# sumy in the Python that runs it: pip install rouge-score pysbd.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bench="${ROUGE_BENCH:-$here/../shared/eval/rouge_bench.py}"
[[ $# -ge 1 ]] || { echo "usage: benchmarks/rouge.sh CORPUS [harness options]" >&2; exit 2; }
[[ -f "$bench" ]] || { echo "rouge.sh: harness not found at $bench (set ROUGE_BENCH)" >&2; exit 2; }
corpus="$1"; shift
[[ -d "$corpus/article" && -d "$corpus/summary" ]] || { echo "rouge.sh: $corpus has no article/ and summary/" >&2; exit 2; }
python="${PYTHON:-python3}"
exec "$python" "$bench" "$corpus" --cmd "$python -m summit_cli brief {file} --sentences {n} --format json" "$@"
