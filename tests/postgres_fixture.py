"""A throwaway PostgreSQL 15 for tests: initdb in a temporary folder, started on a free port of
127.0.0.1 (and a socket in that folder), stopped and deleted at the end of the session.

PostgreSQL refuses to run as root; as root, the server runs as the `postgres` user. Missing binaries
fail the test that asks for it (install Debian's `postgresql` package), never skip it.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("KOGATA_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
USER = "kogata"
PASSWORD = "test-secret-9f2c"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, root: Path):
        self.root = root
        self.data = root / "data"
        self.port = _free_port()
        self._run_as = None
        self._numbers = itertools.count(1)
        if os.geteuid() == 0:
            try:
                self._run_as = pwd.getpwnam("postgres")
            except KeyError:
                pytest.fail("PostgreSQL refuses to run as root and there is no `postgres` user to run it as")

    def _run(self, *args: str) -> None:
        command = [str(a) for a in args]
        if self._run_as is not None:
            command = ["runuser", "-u", "postgres", "--"] + command
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            pytest.fail(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> None:
        password_file = self.root / "password"
        password_file.write_text(PASSWORD + "\n")
        if self._run_as is not None:
            os.chown(self.root, self._run_as.pw_uid, self._run_as.pw_gid)
            os.chown(password_file, self._run_as.pw_uid, self._run_as.pw_gid)
        self._run(PG_BIN / "initdb", "-D", self.data, "-U", USER, f"--pwfile={password_file}", "--auth=scram-sha-256",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.root / "log", "-o", options, "-w", "-t", "30", "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(PG_BIN / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")

    def url(self, dbname: str = "postgres", password: str = PASSWORD) -> str:
        return f"postgresql://{USER}:{password}@127.0.0.1:{self.port}/{dbname}"

    def new_database(self) -> str:
        """The URL of a new, empty database."""
        import psycopg

        name = f"test_{next(self._numbers)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server():
    missing = [name for name in ("initdb", "pg_ctl", "postgres") if not (PG_BIN / name).is_file()]
    if missing:
        pytest.fail(f"PostgreSQL 15 is needed at {PG_BIN} (missing {', '.join(missing)}): "
                    "apt-get install postgresql, or set KOGATA_TEST_PG_BIN to its bin folder")
    root = Path(tempfile.mkdtemp(prefix="kogata-pg-"))
    server = PostgresServer(root)
    try:
        server.start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    """A new, empty database on the session's server; this process's pooled connections to it are
    closed afterwards."""
    url = postgres_server.new_database()
    yield url
    from kogata.store.postgres import close_databases

    close_databases()
