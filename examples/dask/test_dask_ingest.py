"""The Dask job on a LocalCluster with two worker processes over 2,000
documents into a real PostgreSQL server (started here, torn down after): every
document's events are in the store exactly once, also when one worker is
killed (SIGKILL) mid-run and Dask reruns its partitions elsewhere."""
import collections
import json
import os
import signal
import subprocess
import tempfile
import unittest

from distributed import Client, LocalCluster, as_completed

import ingest_dask
import sitrep
from pg_test_server import PostgresServer

BINARY = os.environ.get("SITREP_BINARY", "build/sitrep")

# Reports written for this test, about several wars and places.
REPORTS = [
    "Rebels shelled Aleppo on Monday, killing three civilians.",
    "Government troops recaptured the town of Ras Kamboni from al-Shabaab fighters.",
    "An air strike hit a market in Sanaa, local officials said.",
    "Police arrested dozens of protesters in Khartoum.",
    "Ukrainian forces shot down drones over Odesa overnight.",
]


def documents(n):
    return [{"id": f"dk{i}", "text": f"{REPORTS[i % len(REPORTS)]} Report number {i}.",
             "published": f"2024-04-{1 + i % 28:02d}"} for i in range(n)]


def stored_events(db):
    out = subprocess.run([BINARY, "events", "--db", db, "--format", "jsonl"],
                         check=True, capture_output=True, text=True).stdout
    return collections.Counter((e["doc"], e["id"]) for e in map(json.loads, out.splitlines()))


def stored_documents(db):
    out = subprocess.run([BINARY, "docs", "--db", db, "--format", "jsonl"],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line)["id"] for line in out.splitlines()]


class DaskIngestTest(unittest.TestCase):
    def test_two_workers_store_every_event_once_even_when_one_is_killed(self):
        docs = documents(2000)
        pipeline = sitrep.Pipeline()
        expected = collections.Counter(
            (d["id"], e["id"]) for d in docs for e in pipeline.extract(d))
        self.assertGreater(len(expected), 1000)
        with PostgresServer() as pg, tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "docs.jsonl")
            with open(path, "w") as f:
                f.writelines(json.dumps(d) + "\n" for d in docs)
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                futures = ingest_dask.submit(path, pg.url, client, partitions=40)
                finished = 0
                for _ in as_completed(futures):
                    finished += 1
                    if finished == 3:
                        break
                pids = client.run(os.getpid)  # {worker address: pid}
                self.assertEqual(len(pids), 2)
                done_at_kill = sum(f.done() for f in futures)
                os.kill(next(iter(pids.values())), signal.SIGKILL)  # mid-run
                self.assertLess(done_at_kill, len(futures), "the kill must come before the end")
                tally = ingest_dask.total(client.gather(futures))
            self.assertEqual(tally["failed"], 0)
            self.assertEqual(sorted(stored_documents(pg.url)), sorted(d["id"] for d in docs))
            got = stored_events(pg.url)
            self.assertEqual(got, expected)  # every event, none twice
            self.assertEqual(max(got.values()), 1)


if __name__ == "__main__":
    unittest.main()
