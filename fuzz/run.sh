#!/usr/bin/env bash
# Usage: fuzz/run.sh BUILD_DIR SECONDS — runs each libFuzzer target for SECONDS
# over a corpus seeded from testdata/ (our own files: reports in four
# languages, infobox renderings, JSONL/HTML inputs), kept in BUILD_DIR/fuzz-corpus
# so later runs start where earlier ones stopped. A crash, a sanitizer report
# or a timeout leaves its input in BUILD_DIR/fuzz-crashes/ and fails the run.
set -euo pipefail
build=$1; seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
crashes="$build/fuzz-crashes"
mkdir -p "$crashes"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for target in read pipeline; do
  corpus="$build/fuzz-corpus/$target"
  mkdir -p "$corpus"
  # Seeds: every small text, HTML, wikitext and JSONL file of testdata/. The
  # pipeline target reads its first byte as the language choice; \x04 = detect.
  while IFS= read -r -d '' f; do
    [ "$(stat -c %s "$f")" -le 65536 ] || continue
    seed="$corpus/seed-$(echo "$f" | md5sum | cut -c1-12)"
    [ -e "$seed" ] && continue
    if [ "$target" = pipeline ]; then { printf '\x04'; cat "$f"; } > "$seed"; else cp "$f" "$seed"; fi
  done < <(find "$root/testdata" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.wiki' -o -name '*.jsonl' -o -name '*.md' \) -print0)
  echo "fuzz: $target for ${seconds}s ($(ls "$corpus" | wc -l) inputs in $corpus)"
  if ! "$build/sitrep_${target}_fuzzer" "$corpus" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
       -max_len=65536 -artifact_prefix="$crashes/$target-" -print_final_stats=1 2>"$build/fuzz-$target.log"; then
    echo "fuzz: $target FAILED — see $build/fuzz-$target.log and $crashes/" >&2
    tail -40 "$build/fuzz-$target.log" >&2
    status=1
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$build/fuzz-$target.log" | sed "s/^/fuzz: $target /"
  fi
done
exit $status
