"""Tests of the sitrep Python module: events as dicts, the same as the CLI's
JSON Lines for the same document, one pipeline per process, docstrings on every
function, bad documents as ValueError, and ingest into a store (SQLite here;
the Dask test covers PostgreSQL). Run by ctest with Debian's /usr/bin/python3
and build/python on PYTHONPATH."""
import json
import os
import subprocess
import tempfile
import unittest

import sitrep

# Reports written for these tests, about several wars and places.
REPORTS = [
    ("en", "Rebels shelled Aleppo on Monday, killing three civilians."),
    ("en", "Russian forces captured the village of Robotyne after heavy fighting."),
    ("ja", "ミャンマー国軍はマンダレーで抗議デモの参加者を拘束した。"),
]


def doc(i, lang, text):
    return {"id": f"py{i}", "text": text, "published": "2024-03-04", "lang": lang}


class BindingsTest(unittest.TestCase):
    def test_extract_returns_event_dicts(self):
        events = sitrep.Pipeline().extract(doc(0, *REPORTS[0]))
        self.assertGreater(len(events), 0)
        e = events[0]
        self.assertEqual(e["doc"], "py0")
        self.assertIn(e["event_type"], {"Battles", "Explosions/Remote violence",
                                        "Violence against civilians"})
        self.assertEqual(e["evidence"]["sentence"], REPORTS[0][1])

    def test_same_records_as_the_cli(self):
        binary = os.environ.get("SITREP_BINARY", "build/sitrep")
        docs = [doc(i, lang, text) for i, (lang, text) in enumerate(REPORTS)]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        try:
            out = subprocess.run([binary, "extract", f.name, "--format", "jsonl"],
                                 check=True, capture_output=True, text=True).stdout
        finally:
            os.unlink(f.name)
        cli = [json.loads(line) for line in out.splitlines()]
        py = [e for d in docs for e in sitrep.Pipeline().extract(d)]
        self.assertEqual(py, cli)
        self.assertTrue(any(e["lang"] == "ja" for e in py))

    def test_bad_documents_raise_value_error(self):
        p = sitrep.Pipeline()
        for bad, reason in [({"id": "x"}, "text"),
                            ({"id": "x", "text": ""}, "empty"),
                            ({"id": "x", "text": "t", "published": "2024-13-01"}, "published")]:
            with self.assertRaises(ValueError) as ctx:
                p.extract(bad)
            self.assertIn(reason, str(ctx.exception))

    def test_ingest_is_idempotent(self):
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "py.db")
            p = sitrep.Pipeline()
            d = doc(1, *REPORTS[1])
            self.assertEqual(p.ingest(d, db), "added")
            self.assertEqual(p.ingest(d, db), "already present")
            d["text"] += " The town was quiet on Tuesday."
            self.assertEqual(p.ingest(d, db), "updated")

    def test_every_function_has_a_docstring(self):
        self.assertTrue(sitrep.__doc__)
        for name in ("__init__", "extract", "ingest"):
            self.assertGreater(len(getattr(sitrep.Pipeline, name).__doc__ or ""), 40, name)


if __name__ == "__main__":
    unittest.main()
