#!/usr/bin/env bash
# Ingest throughput into PostgreSQL against SQLite on the same corpus, same
# run: N short documents (default 2000; the seeds cut into paragraphs, each
# numbered so every document is distinct), `sitrep ingest --jobs 2` into a new
# SQLite file and into a new PostgreSQL database on a throw-away server
# (src/sitrep/store/postgres/pg_test_server.sh). Prints documents/s and the ratio.
# Usage: bench/store_bench.sh [BINARY] [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/sitrep}
n=${2:-2000}
tmp=$(mktemp -d)
chmod 755 "$tmp"  # the server runs as nobody (pg_test_server.sh) and must reach "$pg" inside it
pg="$tmp/pg"
trap '"$root/src/sitrep/store/postgres/pg_test_server.sh" stop "$pg" 2>/dev/null || true; rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$root" "$n" >"$tmp/docs.jsonl" <<'PY'
import json, sys
root, n = sys.argv[1], int(sys.argv[2])
paras = []
for seed in ("000_9d9d22efac8a4bb4.txt", "001_afc3efa74b79438c.txt"):
    text = open(f"{root}/testdata/seeds/{seed}", encoding="utf-8").read()
    paras += [p for p in text.split("\n\n") if p.strip()]
for i in range(n):
    print(json.dumps({"id": f"s{i}", "text": f"{paras[i % len(paras)]}\n\n({i})",
                      "published": "2024-12-07"}, ensure_ascii=False))
PY
url=$("$root/src/sitrep/store/postgres/pg_test_server.sh" start "$pg")
run() {  # run NAME DB: prints docs/s
  local start end
  start=$(date +%s.%N)
  "$bin" ingest "$tmp/docs.jsonl" --jobs 2 --db "$2" 2>"$tmp/$1.err"
  end=$(date +%s.%N)
  python3 -c "print(f'{$n / ($end - $start):.1f}')"
}
sqlite=$(run sqlite "$tmp/bench.db")
postgres=$(run postgres "$url")
printf "ingest of %d documents (--jobs 2), documents/s: SQLite %s, PostgreSQL %s, PostgreSQL/SQLite %s\n" \
  "$n" "$sqlite" "$postgres" "$(python3 -c "print(f'{$postgres / $sqlite:.2f}')")"
tail -1 "$tmp/sqlite.err"
tail -1 "$tmp/postgres.err"
