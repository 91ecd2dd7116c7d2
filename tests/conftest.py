"""Shared fixtures: one running Rasa server plus action server for the whole test session.

Starting Rasa costs 20-45 s, so end-to-end tests share one server and use a fresh sender id
per conversation.
"""
from __future__ import annotations

import os
import uuid

import pytest

from bot.servers import RasaServer, start_servers, stop_servers


def pytest_configure(config):
    for marker, what in {
        "e2e": "needs the running Rasa server and action server",
        "browser": "drives Debian's Chromium",
        "privacy": "privacy: redaction, stores, no personal data at rest",
        "postgres": "needs a real PostgreSQL server",
        "training": "training mode",
        "slow": "slow (evaluates a trained model)",
    }.items():
        config.addinivalue_line("markers", f"{marker}: {what}")


@pytest.fixture(scope="session")
def rasa_server(tmp_path_factory) -> RasaServer:
    workdir = tmp_path_factory.mktemp("rasa")
    # The training tests read group sessions from the same database as the action server.
    os.environ["TRAINING_DATABASE_URL"] = f"sqlite:///{workdir / 'training.sqlite3'}"
    server = start_servers(
        workdir,
        int(os.environ.get("TEST_RASA_PORT", 5105)),
        int(os.environ.get("TEST_ACTIONS_PORT", 5155)),
        extra_env={"MELDCODE_TRAFFIC": "test",
                   "DATABASE_URL": f"sqlite:///{workdir / 'usage.sqlite'}"},
    )
    yield server
    stop_servers(server)


@pytest.fixture
def sender() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"
