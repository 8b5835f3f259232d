"""A real PostgreSQL server for the Dask test, started and stopped by the
project's src/sitrep/store/postgres/pg_test_server.sh (initdb in a temporary
folder, Unix socket only, torn down after). Fails, not skips, when the server
binaries are missing, with the script's message saying how to install them."""
import os
import subprocess
import tempfile

SOURCE = os.environ.get("SITREP_SOURCE_DIR",
                        os.path.join(os.path.dirname(__file__), "..", ".."))
SCRIPT = os.path.join(SOURCE, "src", "sitrep", "store", "postgres", "pg_test_server.sh")


class PostgresServer:
    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="sitrep_pg_py_")
        run = subprocess.run([SCRIPT, "start", self.dir], capture_output=True, text=True)
        if run.returncode != 0:
            subprocess.run([SCRIPT, "stop", self.dir], capture_output=True)
            raise RuntimeError("cannot start PostgreSQL for the test: " + run.stderr.strip())
        self.url = run.stdout.strip()
        return self

    def __exit__(self, *exc):
        subprocess.run([SCRIPT, "stop", self.dir], capture_output=True)
