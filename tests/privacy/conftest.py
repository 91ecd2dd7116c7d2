import pytest

from pg_cluster import start_cluster


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
