"""Distributed ingest on Dask: a dask.bag of JSON Lines documents, run through
the sitrep Python bindings on the workers (map_partitions), each document
stored in PostgreSQL (any --db the sitrep CLI takes works).

    PYTHONPATH=build/python /usr/bin/python3 examples/dask/ingest_dask.py DOCS.jsonl \\
        --db postgresql://user@host/sitrep [--workers 2] [--partitions 40]
        [--scheduler tcp://HOST:8786]   # an existing cluster instead of a local one

Exactly once: every document is stored in its own transaction and ingest is
idempotent by (id, text), so when a worker dies and Dask reruns its partitions
on another, the documents it had stored are "already present" and nothing is
stored twice. The pipeline is loaded once per worker process.
"""
import argparse
import json
import os
import sys
import time

OUTCOMES = ("added", "already present", "updated", "failed")


def ingest_partition(lines, db):
    """Ingests one partition's JSON Lines into `db`; returns [tally of outcomes]."""
    import sitrep  # on the worker: one pipeline per worker process

    pipeline = sitrep.Pipeline()
    tally = dict.fromkeys(OUTCOMES, 0)
    for line in lines:
        if not line.strip():
            continue
        try:
            tally[pipeline.ingest(json.loads(line), db)] += 1
        except ValueError as e:  # a bad line (JSON or document): reported, the rest goes on
            print(f"sitrep dask: {e}", file=sys.stderr)
            tally["failed"] += 1
    return [tally]


def submit(path, db, client, partitions):
    """Starts the job on `client`; returns one future per partition."""
    import dask.bag

    blocksize = max(1, os.path.getsize(path) // max(1, partitions))
    bag = dask.bag.read_text(path, blocksize=blocksize)
    return client.compute(bag.map_partitions(ingest_partition, db).to_delayed())


def total(tallies):
    """Sums the per-partition tallies (gathered futures)."""
    out = dict.fromkeys(OUTCOMES, 0)
    for part in tallies:
        for tally in part:
            for k in OUTCOMES:
                out[k] += tally[k]
    return out


def main(argv=None):
    from distributed import Client, LocalCluster

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", help="JSON Lines documents (id, text, optional published, lang, ...)")
    ap.add_argument("--db", required=True, help="postgresql://… URL (or a SQLite path)")
    ap.add_argument("--workers", type=int, default=2, help="local worker processes")
    ap.add_argument("--partitions", type=int, default=40)
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = ap.parse_args(argv)
    if args.scheduler:
        cluster, client = None, Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        start = time.monotonic()
        done = total(client.gather(submit(args.docs, args.db, client, args.partitions)))
        secs = time.monotonic() - start
    finally:
        client.close()
        if cluster:
            cluster.close()
    docs = sum(done.values())
    print(", ".join(f"{k} {v}" for k, v in done.items()) +
          f" — {docs} documents in {secs:.1f} s ({docs / secs:.1f} docs/s)", file=sys.stderr)
    return 1 if done["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
