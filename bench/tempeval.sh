#!/usr/bin/env bash
# TempEval-3 (TimeML) benchmark of the time stage: prepares the TBAQ dev set
# (or another split) from ../shared/eval/tempeval3, runs `sitrep timex` on it
# and prints the official-style scores; the last line is "value_F1 x.xxx".
#
# Usage: bench/tempeval.sh [SPLIT] [SITREP_BINARY]
#   SPLIT defaults to tbaq (dev); platinum is the held-out test set.
#   SITREP_BINARY defaults to build/sitrep.
# The evaluation data is not shipped with sitrep: when ../shared is missing the
# script says so and exits 0 without scoring.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SITREP_SHARED:-$root/../shared}"
split="${1:-tbaq}"
bin="${2:-$root/build/sitrep}"

prepare="$shared/tools/tempeval_prepare.py"
score="$shared/tools/score_tempeval.py"
if [[ ! -f "$prepare" || ! -f "$score" || ! -d "$shared/eval/tempeval3" ]]; then
  echo "tempeval: skipped, evaluation data not found under $shared" >&2
  exit 0
fi
if [[ ! -x "$bin" ]]; then
  echo "tempeval: sitrep binary not found at $bin (build it first: make build)" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$prepare" --split "$split" --out-docs "$work/docs.jsonl" --out-gold "$work/gold.jsonl" >&2
start=$(date +%s.%N)
"$bin" timex "$work/docs.jsonl" --format jsonl > "$work/system.jsonl"
end=$(date +%s.%N)
bytes=$(wc -c < "$work/docs.jsonl")
echo "timex over $split: $(wc -l < "$work/system.jsonl") timexes, $bytes input bytes in" \
  "$(echo "$end - $start" | bc) s" >&2
python3 "$score" --gold "$work/gold.jsonl" --system "$work/system.jsonl" --docs "$work/docs.jsonl" \
  --errors "${TEMPEVAL_ERRORS:-0}"
