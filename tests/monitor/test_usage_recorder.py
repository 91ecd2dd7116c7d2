"""The usage recorder: what is stored, what is not, and that it never gets in the way."""
import datetime as dt
import socket
import threading
import time

import pytest
import sqlalchemy as sa
from rasa_sdk import Tracker

from actions.usage import channel_of
from bot.monitor.recorder import DailyKey, UsageRecorder
from bot.monitor.schema import usage_events

pytestmark = pytest.mark.privacy
EMAIL = "nepvoornaam.nepachternaam@school.example"


def rows(url):
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.select(usage_events).order_by(usage_events.c.id))]
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'usage.db'}"


def test_events_are_stored_validated_and_without_identity(sqlite_url, tmp_path):
    recorder = UsageRecorder(sqlite_url)
    assert recorder.record(EMAIL, "outcome", channel="widget", sector="onderwijs",
                           uitkomst="melden_veilig_thuis", path="afwegingskader", step=None)
    assert recorder.record(EMAIL, "faq", channel="rest", faq_topic="wat_is_de_meldcode")
    # invalid values are left empty, never stored as given
    assert recorder.record(EMAIL, "faq", channel="rest", faq_topic="Nepvoornaam Nepachternaam 06-12345678",
                           sector="Basisschool De Nepreiger")
    assert recorder.record(EMAIL, "step", channel="widget", path="meldcode", step=999999990)
    assert not recorder.record(EMAIL, "naam: Nepvoornaam", channel="widget")
    assert not recorder.record(EMAIL, "faq", channel="sms")
    assert recorder.close()
    stored = rows(sqlite_url)
    assert [(r["event"], r["channel"]) for r in stored] == [
        ("outcome", "widget"), ("faq", "rest"), ("faq", "rest"), ("step", "widget")]
    assert stored[0]["sector"] == "onderwijs" and stored[0]["uitkomst"] == "melden_veilig_thuis"
    assert stored[1]["faq_topic"] == "wat_is_de_meldcode"
    assert stored[2]["faq_topic"] is None and stored[2]["sector"] is None
    assert stored[3]["step"] is None and stored[3]["path"] == "meldcode"
    assert len({r["conversation"] for r in stored}) == 1
    assert all(r["day"] == dt.date.today() for r in stored)
    data = (tmp_path / "usage.db").read_bytes().lower()
    for needle in (b"nepvoornaam", b"nepachternaam", b"12345678", b"nepreiger", b"999999990"):
        assert needle not in data


def test_daily_key_links_a_day_and_never_across_days():
    day = [dt.date(2026, 3, 1)]
    key = DailyKey(today=lambda: day[0])
    first = key.hash("sender-1")
    assert key.hash("sender-1") == first and key.hash("sender-2") != first
    old_key = key._key
    day[0] = dt.date(2026, 3, 2)
    second = key.hash("sender-1")
    assert second[0] == dt.date(2026, 3, 2) and second[1] != first[1]
    assert set(old_key) == {0}  # yesterday's key was overwritten


def test_recording_never_raises_when_the_database_is_unreachable():
    # nothing listens on this port: every write fails and is retried in the background
    recorder = UsageRecorder("postgresql://nobody:x@127.0.0.1:9/none", retry_max_seconds=0.2)
    for i in range(500):
        assert recorder.record(f"s{i}", "fallback", channel="widget")
    time.sleep(0.5)
    assert recorder.failures >= 1 and recorder.written == 0
    assert not recorder.close(timeout=0.2)


def test_recording_never_waits_for_the_database():
    # A server that accepts connections and never answers: a write to it hangs until the
    # connect timeout. record() must return at once all the same, 500 times.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(100)
    port = silent.getsockname()[1]
    recorder = UsageRecorder(f"postgresql://nobody:x@127.0.0.1:{port}/none?connect_timeout=20",
                             retry_max_seconds=0.2)
    accepted = []
    caller = threading.Thread(target=lambda: accepted.extend(
        recorder.record(f"s{i}", "fallback", channel="widget") for i in range(500)))
    caller.start()
    caller.join(timeout=15)  # far longer than 500 queue puts take; shorter than the hang
    try:
        assert not caller.is_alive(), "record() waited for the database"
        assert accepted == [True] * 500 and recorder.written == 0
    finally:
        silent.close()
        recorder.close(timeout=0.2)


def test_record_usage_never_raises(monkeypatch):
    from bot.monitor import record_usage

    monkeypatch.setenv("USAGE_ENABLED", "false")
    assert record_usage("x", "fallback", channel="widget") is None
    monkeypatch.setenv("USAGE_ENABLED", "true")
    monkeypatch.setattr("bot.monitor.recorder.default_recorder", lambda: 1 / 0)
    assert record_usage("x", "fallback", channel="widget") is None


def tracker(channel, oefenmodus=None):
    events = [{"event": "user", "text": "hoi", "input_channel": channel, "parse_data": {}}]
    return Tracker("s1", {"oefenmodus": oefenmodus, "sector": "zorg"}, {}, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    "channel, oefenmodus, traffic, expected",
    [("socketio", None, "", "widget"), ("rest", None, "", "rest"), ("socketio", True, "", "training"),
     ("rest", True, "test", "test"), ("cmdline", None, "", "test"), ("meldcode_widget", False, "", "widget")],
)
def test_channel_of(channel, oefenmodus, traffic, expected, monkeypatch):
    monkeypatch.setenv("MELDCODE_TRAFFIC", traffic)
    assert channel_of(tracker(channel, oefenmodus)) == expected


def test_log_usage_derives_channel_and_sector(monkeypatch):
    import actions.usage

    calls = []
    monkeypatch.setattr(actions.usage, "record_usage", lambda *a, **k: calls.append((a, k)))
    monkeypatch.setenv("MELDCODE_TRAFFIC", "")
    actions.usage.log_usage(tracker("socketio"), "kindcheck", uitkomst="afsluiten")
    assert calls == [(("s1", "kindcheck"), {"channel": "widget", "sector": "zorg", "uitkomst": "afsluiten"})]
    actions.usage.log_usage(None, "fallback")  # a broken tracker is logged, not raised


@pytest.mark.postgres
def test_postgresql_outage_loses_no_event(pg_url, pg_cluster):
    recorder = UsageRecorder(pg_url, retry_max_seconds=1.0)
    for i in range(100):
        recorder.record(f"before-{i}", "step", channel="widget", path="meldcode", step=1 + i % 5)
    assert recorder.flush(20)

    pg_cluster.stop()
    started = time.perf_counter()
    for i in range(200):
        recorder.record(f"during-{i}", "outcome", channel="widget", uitkomst="advies_veilig_thuis")
        time.sleep(0.005)  # spread over ~1 s so that writes fail while the server is down
    assert time.perf_counter() - started < 5
    assert not recorder.flush(1.0) and recorder.failures >= 1

    pg_cluster.start()
    for i in range(50):
        recorder.record(f"after-{i}", "fallback", channel="rest")
    assert recorder.close(timeout=30)
    stored = rows(pg_url)
    assert len(stored) == 350
    assert len({r["event_id"] for r in stored}) == 350
    assert sum(r["event"] == "outcome" for r in stored) == 200
