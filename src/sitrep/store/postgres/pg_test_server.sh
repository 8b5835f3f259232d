#!/usr/bin/env bash
# A throw-away PostgreSQL 15 server for the tests (never a mock): initdb into
# DIR/data, listening only on a Unix socket in DIR (no TCP port, so parallel
# test runs cannot collide), trust authentication for the user "sitrep".
# initdb refuses to run as root, so as root the server runs as the system user
# "nobody". Used by the C++ PostgreSQL tests and the Python/Dask tests.
#
#   pg_test_server.sh start DIR   prints the server's base URL (postgresql://sitrep@/?host=DIR)
#   pg_test_server.sh stop DIR    stops it (immediate) and removes DIR
# Exit 1 with a message saying how to install PostgreSQL when it is missing.
set -euo pipefail
cmd=${1:?usage: pg_test_server.sh start|stop DIR}
dir=${2:?usage: pg_test_server.sh start|stop DIR}
bin=${SITREP_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "PostgreSQL 15 server binaries not found in $bin: install them with" \
       "'apt-get install postgresql-15' (make setup does), or set SITREP_PG_BIN" >&2
  exit 1
fi
as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir"
    as_server env LC_ALL=C "$bin/initdb" -D "$dir/data" -U sitrep --auth=trust --no-sync \
      -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s -t 60 \
      -o "-k $dir -c listen_addresses= -F -c max_connections=60" start >&2 ||
      { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://sitrep@/postgres?host=$dir"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -s -w stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: pg_test_server.sh start|stop DIR" >&2; exit 2 ;;
esac
