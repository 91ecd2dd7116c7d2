"""Fixtures for the training tests: the real cases and a session store in a temporary SQLite file."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.training.cases import CASES_DIR, load_cases
from bot.training.sessions import SessionStore


@pytest.fixture(scope="session")
def cases():
    return load_cases(CASES_DIR)


@pytest.fixture
def store(tmp_path: Path, cases) -> SessionStore:
    return SessionStore(f"sqlite:///{tmp_path / 'training.sqlite3'}", cases=cases)
