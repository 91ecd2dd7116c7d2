"""Alembic environment: runs on the connection handed over by `bot.monitor.db.migrate`."""
from alembic import context

from bot.monitor.db import VERSION_TABLE

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()
