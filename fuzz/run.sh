#!/usr/bin/env bash
# Usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET…] — runs each libFuzzer target
# (default: all, in the order below) for SECONDS over a corpus kept in
# BUILD_DIR/fuzz-corpus/TARGET, so later runs start where earlier ones stopped.
# Seeds: fuzz/seeds/TARGET/ (small inputs written for that target; for the
# stage targets the first byte picks the language, see fuzz_stages.h), and for
# read and pipeline also the small texts of testdata/. fuzz/dicts/TARGET.dict,
# when present, is the target's libFuzzer dictionary. A crash, a sanitizer
# report (leaks included), a timeout (-timeout, seconds per input) or an input
# over -rss_limit_mb leaves the input in BUILD_DIR/fuzz-crashes/ and fails the
# run; each target's log is BUILD_DIR/fuzz-TARGET.log. One summary line per
# target: executions, executions per second, peak RSS, corpus size.
set -euo pipefail
build=$1; seconds=${2:-60}; shift 2 || shift $#
root=$(cd "$(dirname "$0")/.." && pwd)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(read html jsonl wikitext infobox text timex counts linker events pipeline)
crashes="$build/fuzz-crashes"
mkdir -p "$crashes"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
timeout_s=${FUZZ_TIMEOUT:-20}
status=0

# Copies seed file $1 into corpus $2, prefixed with the bytes $3.
add_seed() {
  local seed="$2/seed-$(echo "$1" | md5sum | cut -c1-12)"
  [ -e "$seed" ] || { printf "$3"; cat "$1"; } > "$seed"
}

for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target"
  mkdir -p "$corpus"
  if [ -d "$root/fuzz/seeds/$target" ]; then
    for f in "$root/fuzz/seeds/$target"/*; do [ -f "$f" ] && add_seed "$f" "$corpus" ""; done
  fi
  if [ "$target" = read ] || [ "$target" = pipeline ]; then
    # The pipeline target reads its first byte as the language; \x04 = detect.
    prefix=""; [ "$target" = pipeline ] && prefix='\x04'
    while IFS= read -r -d '' f; do
      [ "$(stat -c %s "$f")" -le 65536 ] && add_seed "$f" "$corpus" "$prefix"
    done < <(find "$root/testdata" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.wiki' \
               -o -name '*.jsonl' -o -name '*.md' \) -print0)
  fi
  case $target in
    read|html|jsonl|wikitext) max_len=65536 ;;
    *) max_len=8192 ;;
  esac
  dict=(); [ -f "$root/fuzz/dicts/$target.dict" ] && dict=(-dict="$root/fuzz/dicts/$target.dict")
  echo "fuzz: $target for ${seconds}s ($(ls "$corpus" | wc -l) inputs in $corpus)"
  log="$build/fuzz-$target.log"
  if ! "$build/sitrep_${target}_fuzzer" "$corpus" "${dict[@]}" -max_total_time="$seconds" \
       -timeout="$timeout_s" -rss_limit_mb=2048 -max_len="$max_len" \
       -artifact_prefix="$crashes/$target-" -print_final_stats=1 2>"$log"; then
    echo "fuzz: $target FAILED — see $log and $crashes/" >&2
    tail -40 "$log" >&2
    status=1
  else
    awk -v t="$target" -v c="$(ls "$corpus" | wc -l)" '
      /^stat::/ {v=$0; sub(/^[^ ]*: */, "", v)}
      /^stat::number_of_executed_units/ {n=v} /^stat::average_exec_per_sec/ {r=v}
      /^stat::peak_rss_mb/ {m=v}
      END {printf "fuzz: %s ok: %d executions (%d/s), peak %d MB, corpus %d\n", t, n, r, m, c}' "$log"
  fi
done
exit $status
