"""Usage events from real conversations reach the usage store, anonymised and flagged as test."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

pytestmark = pytest.mark.e2e


def events(rasa_server, **where):
    engine = sa.create_engine(f"sqlite:///{rasa_server.workdir / 'usage.sqlite'}")
    try:
        with engine.connect() as conn:
            table = sa.Table("usage_events", sa.MetaData(), autoload_with=conn)
            query = sa.select(table).where(*[table.c[k] == v for k, v in where.items()])
            return [dict(row._mapping) for row in conn.execute(query)]
    except sa.exc.NoSuchTableError:
        return []
    finally:
        engine.dispose()


def wait_for(count, rasa_server, **where):
    deadline = time.monotonic() + 10  # events are written by a background thread
    while time.monotonic() < deadline:
        rows = events(rasa_server, **where)
        if len(rows) >= count:
            return rows
        time.sleep(0.2)
    return events(rasa_server, **where)


def test_a_kindcheck_conversation_is_counted(rasa_server, sender):
    before = len(events(rasa_server, event="kindcheck", uitkomst="advies_veilig_thuis"))
    rasa_server.send(sender, "/start_kindcheck")
    for answer in ["ja", "ja", "twijfel"]:
        rasa_server.send(sender, answer)
    rows = wait_for(before + 1, rasa_server, event="kindcheck", uitkomst="advies_veilig_thuis")
    assert len(rows) == before + 1
    row = rows[-1]
    assert row["channel"] == "test"  # test traffic is left out of reports
    assert sender not in row["conversation"]  # a keyed hash, not the sender id
    assert wait_for(1, rasa_server, event="start", path="kindcheck")


def test_a_walk_through_records_how_far_the_user_got(rasa_server, sender):
    rasa_server.send(sender, "/start_meldcode")
    rasa_server.send(sender, "jeugdhulp")
    rasa_server.send(sender, "ja")
    rows = wait_for(1, rasa_server, event="step", step=2, sector="jeugdhulp")
    assert rows and rows[-1]["path"] == "meldcode"
