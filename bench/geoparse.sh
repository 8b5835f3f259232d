#!/usr/bin/env bash
# English geoparsing benchmark (GeoWebNews by default): prepare the corpus with
# ../shared/tools/geoparse_prepare.py, run `sitrep entities` on it, and score
# toponym spans (P/R/F1) and geocoding (Acc@161km) with score_geoparse.py.
#   bench/geoparse.sh [SET] [BUILD_DIR]     SET: gwn (default) | lgl | trnews | geovirus
# Needs the shared evaluation data (SITREP_SHARED, default ../shared).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
set_name=${1:-gwn}
build=${2:-$root/build}
shared=${SITREP_SHARED:-$root/../shared}
out=${TMPDIR:-/tmp}/sitrep-geoparse-$set_name
mkdir -p "$out"
python3 "$shared/tools/geoparse_prepare.py" --set "$set_name" --data "$shared/eval/geoparsing" \
  --out-docs "$out/docs.jsonl" --out-gold "$out/gold.jsonl" >/dev/null
start=$(date +%s.%N)
"$build/sitrep" entities "$out/docs.jsonl" --format jsonl >"$out/system.jsonl"
end=$(date +%s.%N)
bytes=$(wc -c <"$out/docs.jsonl")
python3 "$shared/tools/score_geoparse.py" --gold "$out/gold.jsonl" --system "$out/system.jsonl" \
  --docs "$out/docs.jsonl" "${@:3}"
awk -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN { printf "throughput %.2f MB/s (%d bytes, %.2f s)\n", b / 1e6 / (e - s), b, e - s }'
