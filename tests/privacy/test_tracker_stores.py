"""The redacting tracker stores on SQLite, PostgreSQL and in memory, seeded with made-up data.

Conversations carrying names, BSNs, phone numbers, e-mail, postcodes, addresses and dates of
birth go through Rasa's own tracker and event classes into the stores; afterwards every file and
every database row they wrote is searched for the seeds.
"""
import asyncio
import time

import pytest
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.core.utils import AvailableEndpoints

from bot.privacy.hashing import keyed_hash, tracker_hash_key
from bot.privacy.tracker_stores import RedactingInMemoryTrackerStore, RedactingSQLTrackerStore
from privacy_conversation import EMAIL, conversation_domain, run_conversation, turns
from seeds import SEEDS, assert_no_seeded_data, database_text, find_seeded_data

pytestmark = pytest.mark.privacy
EXTRA = ["stap_check"]


def check_replayed_tracker(tracker):
    """What the policies need is still there after the round trip through the store."""
    assert tracker.sender_id == EMAIL
    assert len(tracker.events) == sum(len(t) for t in turns())
    assert tracker.get_slot("sector") == "onderwijs"
    assert tracker.get_slot("afweging_1") == "ja"
    assert tracker.get_slot("afweging_2") == "twijfel"
    assert tracker.get_slot("kc_situatie") is None  # free text: dropped
    assert tracker.get_slot("stap") is None  # last set to a BSN-like number: dropped
    assert tracker.get_slot("oefenmodus") is False
    assert tracker.get_slot("uitkomst") == "advies_veilig_thuis"
    assert tracker.get_slot("traject") == "afwegingskader"
    assert tracker.active_loop_name is None
    intents = [e.intent_name for e in tracker.events if e.type_name == "user"]
    assert intents == ["greet", "start_afwegingskader", "affirm", "twijfel"]
    assert all(e.text is None for e in tracker.events if e.type_name in ("user", "bot"))
    actions = [e.action_name for e in tracker.events if e.type_name == "action"]
    assert "afwegingskader_form" in actions and "action_outcome" in actions


def sql_store(url):
    return RedactingSQLTrackerStore(conversation_domain(), host=url, extra_allowed_slot_values=EXTRA)


def test_plain_sql_store_would_leak_every_seed(tmp_path):
    """Control: the same conversation in Rasa's own SQL store is found by the search."""
    db = tmp_path / "plain.db"
    store = SQLTrackerStore(conversation_domain(), db=str(db))
    asyncio.run(run_conversation(store))
    store.engine.dispose()
    found_kinds = {f.split(": ")[1].split(" ")[0] for f in find_seeded_data([tmp_path])}
    assert found_kinds == {seed.kind for seed in SEEDS}


def test_sqlite_store_writes_no_seeded_data(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    store = sql_store(url)
    asyncio.run(run_conversation(store))
    check_replayed_tracker(asyncio.run(store.retrieve(EMAIL)))
    # a second conversation session must not duplicate or lose events
    tracker = asyncio.run(store.retrieve(EMAIL))
    asyncio.run(store.save(tracker))
    assert len(asyncio.run(store.retrieve_full_tracker(EMAIL)).events) == len(tracker.events)
    store.engine.dispose()

    dump = database_text(url)
    assert "advies_veilig_thuis" in dump and keyed_hash(tracker_hash_key(), EMAIL) in dump
    assert_no_seeded_data([tmp_path], texts=[dump])
    assert list(asyncio.run(sql_store(url).keys())) == [keyed_hash(tracker_hash_key(), EMAIL)]


@pytest.mark.postgres
def test_postgresql_store_writes_no_seeded_data(pg_url, pg_cluster):
    store = sql_store(pg_url)
    asyncio.run(run_conversation(store))
    check_replayed_tracker(asyncio.run(store.retrieve(EMAIL)))
    store.engine.dispose()

    dump = database_text(pg_url)
    assert "advies_veilig_thuis" in dump
    pg_cluster.checkpoint()  # table pages and WAL on disk
    searched = assert_no_seeded_data([pg_cluster.data_dir, pg_cluster.log_file], texts=[dump])
    assert searched > 1_000_000
    # the search reaches the rows: a stored normalised value is in the cluster's files
    assert any(b"advies_veilig_thuis" in p.read_bytes() for p in pg_cluster.data_dir.rglob("*") if p.is_file())


def test_memory_store_redacts_hashes_and_evicts():
    store = RedactingInMemoryTrackerStore(conversation_domain(), idle_minutes=1, extra_allowed_slot_values=EXTRA)
    asyncio.run(run_conversation(store))
    check_replayed_tracker(asyncio.run(store.retrieve(EMAIL)))
    assert EMAIL not in list(asyncio.run(store.keys()))
    assert_no_seeded_data([], texts=list(store.store.values()))

    assert store.evict_idle(now=time.monotonic() + 30) == 0
    assert store.evict_idle(now=time.monotonic() + 61) == 1
    assert asyncio.run(store.retrieve(EMAIL)) is None


def test_memory_store_forgets_without_further_traffic():
    store = RedactingInMemoryTrackerStore(conversation_domain(), idle_minutes=0.01)  # 0.6 s
    asyncio.run(run_conversation(store))
    assert len(store.store) == 1
    deadline = time.monotonic() + 5
    while store.store and time.monotonic() < deadline:
        time.sleep(0.1)
    assert store.store == {}  # the background sweep, not a lookup, removed it


@pytest.mark.parametrize(
    "path, cls",
    [("endpoints.yml", RedactingInMemoryTrackerStore), ("endpoints.sql.yml", RedactingSQLTrackerStore)],
)
def test_rasa_loads_our_store_from_the_endpoints_files(path, cls, tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{tmp_path / 't.db'}")
    config = AvailableEndpoints.read_endpoints(path).tracker_store
    store = TrackerStore.create(config, conversation_domain())
    assert type(store) is cls


def test_check_endpoints_fails_loudly_on_a_typo(tmp_path):
    from bot.privacy.check_endpoints import check

    bad = tmp_path / "endpoints.yml"
    bad.write_text("tracker_store:\n  type: bot.privacy.tracker_stores.RedactingSQLTrackerStor\n")
    with pytest.raises(SystemExit, match="cannot import"):
        check(str(bad))
    bad.write_text("tracker_store:\n  type: sql\n")
    with pytest.raises(SystemExit, match="must be one of"):
        check(str(bad))
    assert check("endpoints.yml") == "RedactingInMemoryTrackerStore"
