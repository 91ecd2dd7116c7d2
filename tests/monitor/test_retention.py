"""Retention: events older than the period are deleted, newer ones stay."""
import datetime as dt
import time

import pytest
import sqlalchemy as sa

from bot import retention
from bot.monitor.recorder import UsageRecorder

pytestmark = pytest.mark.privacy


@pytest.mark.parametrize(
    "day, months, expected",
    [(dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)), (dt.date(2026, 11, 23), 24, dt.date(2024, 11, 23)),
     (dt.date(2026, 1, 15), 1, dt.date(2025, 12, 15))],
)
def test_months_before(day, months, expected):
    assert retention.months_before(day, months) == expected


def test_retention_deletes_only_older_events(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'usage.db'}"
    today = dt.date.today()
    days = [today - dt.timedelta(days=d) for d in (0, 400, 729, 800, 1000)]
    for day in days:
        rec = UsageRecorder(url, today=lambda day=day: day)
        rec.record("s", "fallback", channel="widget")
        assert rec.close(10)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    assert retention.main(["--months", "24", "--tracker-days", "30"]) == 0
    engine = sa.create_engine(url)
    left = sorted(r[0] for r in engine.execute("SELECT day FROM usage_events"))
    engine.dispose()
    cutoff = retention.months_before(today, 24)
    assert [dt.date.fromisoformat(str(d)) for d in left] == sorted(d for d in days if d >= cutoff)
    assert len(left) in (2, 3)


def test_tracker_retention_deletes_old_conversation_events(tmp_path):
    from bot.privacy.tracker_stores import delete_sql_events_before

    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = sa.create_engine(url)
    engine.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, timestamp FLOAT)")
    now = time.time()
    engine.execute(f"INSERT INTO events (timestamp) VALUES ({now - 40 * 86400}), ({now - 86400})")
    assert delete_sql_events_before(url, now - 30 * 86400) == 1
    assert engine.execute("SELECT count(*) FROM events").scalar() == 1
