"""Database connection and schema migrations (Alembic) for the usage events.

`DATABASE_URL` (environment or `.env`) selects the database: PostgreSQL in production,
SQLite under `var/` by default.
"""
from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from dotenv import load_dotenv

ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "usage_alembic_version"


def database_url() -> str:
    load_dotenv()
    return os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'var' / 'usage.db'}"


def make_engine(url: str | None = None) -> sa.engine.Engine:
    url = url or database_url()
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        return sa.create_engine(url, future=True)
    # pre-ping: a connection that died with the server is replaced instead of failing a write
    return sa.create_engine(url, future=True, pool_pre_ping=True, pool_recycle=1800,
                            connect_args={"connect_timeout": 5} if url.startswith("postgresql") else {})


def migrate(engine: sa.engine.Engine) -> None:
    """Bring the schema to the newest migration (idempotent; safe for several processes)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
