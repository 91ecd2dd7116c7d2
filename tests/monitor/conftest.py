import sys
from pathlib import Path

import pytest

# The PostgreSQL helper lives with the privacy tests; import it by path (the top-level name
# `tests` is taken by a stray package in site-packages).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "privacy"))

from pg_cluster import start_cluster  # noqa: E402


@pytest.fixture(scope="session")
def pg_cluster():
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster):
    """A fresh, empty database on the test cluster."""
    pg_cluster.start()
    pg_cluster.reset_database()
    return pg_cluster.url
