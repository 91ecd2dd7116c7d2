"""A throw-away PostgreSQL cluster for the tests (Debian's `postgresql` package).

A dedicated cluster `meldcode_test` on port `TEST_PG_PORT` (default 5433) keeps the tests away
from any database on 5432 and lets the privacy tests search the cluster's own files. The set-up
creates the cluster if needed, starts it with `pg_ctlcluster`, makes a fresh role and database,
and stops the cluster when the tests are done.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

CLUSTER = "meldcode_test"
ROLE = "meldcode_test"
PASSWORD = "meldcode_test_pw"


def _run(args: list[str], check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=check, capture_output=True, text=True, timeout=120)


def _as_postgres(args: list[str]) -> list[str]:
    return args if os.geteuid() != 0 else ["runuser", "-u", "postgres", "--"] + args


def installed_version() -> str:
    """The PostgreSQL major version, read from `pg_lsclusters` (or the installed binaries)."""
    out = _run(["pg_lsclusters", "--no-header"]).stdout.split()
    if out:
        return out[0]
    return sorted(p.name for p in Path("/usr/lib/postgresql").iterdir())[-1]


@dataclass
class PostgresCluster:
    version: str
    port: int
    data_dir: Path
    log_file: Path

    @property
    def url(self) -> str:
        return f"postgresql://{ROLE}:{PASSWORD}@127.0.0.1:{self.port}/{ROLE}"

    def ctl(self, action: str) -> None:
        args = ["pg_ctlcluster", self.version, CLUSTER, action]
        if action == "stop":
            args += ["-m", "fast"]
        _run(args)

    def is_up(self) -> bool:
        return _run(["pg_isready", "-h", "127.0.0.1", "-p", str(self.port)], check=False).returncode == 0

    def start(self) -> None:
        if not self.is_up():
            self.ctl("start")
        for _ in range(100):
            if self.is_up():
                return
            time.sleep(0.1)
        raise RuntimeError("PostgreSQL did not come up")

    def stop(self) -> None:
        if self.is_up():
            self.ctl("stop")

    def psql(self, sql: str, db: str = "postgres") -> str:
        return _run(_as_postgres(["psql", "-p", str(self.port), "-d", db, "-tAc", sql])).stdout

    def reset_database(self) -> None:
        self.psql(f"DROP DATABASE IF EXISTS {ROLE} WITH (FORCE)")
        self.psql(f"DROP ROLE IF EXISTS {ROLE}")
        self.psql(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        self.psql(f"CREATE DATABASE {ROLE} OWNER {ROLE}")

    def checkpoint(self) -> None:
        self.psql("CHECKPOINT")


def start_cluster() -> PostgresCluster:
    if not shutil.which("pg_ctlcluster"):
        pytest.fail("PostgreSQL is not installed: apt-get install -y postgresql (tests marked postgres)")
    version = installed_version()
    port = int(os.environ.get("TEST_PG_PORT", "5433"))
    existing = _run(["pg_lsclusters", "--no-header"]).stdout
    if not any(line.split()[:2] == [version, CLUSTER] for line in existing.splitlines()):
        _run(["pg_createcluster", version, CLUSTER, "-p", str(port), "--", "--auth-local=peer",
              "--auth-host=scram-sha-256"])
    line = next(l.split() for l in _run(["pg_lsclusters", "--no-header"]).stdout.splitlines()
                if l.split()[:2] == [version, CLUSTER])
    cluster = PostgresCluster(version, int(line[2]), Path(line[5]), Path(line[6]))
    cluster.start()
    cluster.reset_database()
    return cluster
