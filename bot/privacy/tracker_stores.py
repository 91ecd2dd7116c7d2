"""Rasa tracker stores that keep no user text: name one in an endpoints file by module path.

- `RedactingInMemoryTrackerStore` (default profile, `endpoints.yml`): memory only, redacted
  between turns, and conversations evicted after `TRACKER_IDLE_MINUTES` without activity.
  Rasa's own in-memory store never forgets a conversation until the server restarts.
- `RedactingSQLTrackerStore` (SQL profile, `endpoints.sql.yml`, SQLite or PostgreSQL): Rasa's
  `SQLTrackerStore` with every event redacted and the sender id hashed before anything is
  written.

Both store trackers under a keyed hash of the sender id (`bot.privacy.hashing`); a lookup by the
real sender id hashes it the same way, so Rasa's API keeps working for whoever knows the id.
The user text of the current turn lives only in the Rasa process while the turn runs.

Rasa silently falls back to an in-memory store when a configured class cannot be imported: run
`python -m bot.privacy.check_endpoints` before starting a server (and in CI).
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
import weakref
from typing import Any, Dict, Iterable, Optional, Text

import sqlalchemy as sa
from dotenv import load_dotenv
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.slots import CategoricalSlot
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy.allowlist import NAME_PATTERN, Vocabulary
from bot.privacy.hashing import keyed_hash, tracker_hash_key
from bot.privacy.redaction import Redactor

logger = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 30.0
DEFAULT_SQL_URL = "sqlite:///var/tracker.db"


def vocabulary_from_domain(domain: Domain, extra_values: Iterable[str] = ()) -> Vocabulary:
    """Names from the domain plus our normalised words; categorical slot values included."""
    values = set(extra_values)
    for slot in domain.slots:
        if isinstance(slot, CategoricalSlot):
            values.update(str(v) for v in slot.values if v is not None)
    actions = {a for a in domain.action_names_or_texts if NAME_PATTERN.match(a)}
    return Vocabulary.build(
        intents=domain.intents,
        actions=actions,
        slots=[slot.name for slot in domain.slots],
        forms=domain.form_names,
        values=values,
    )


class _RedactionMixin:
    """Shared by both stores: a redactor that follows the (late-set) domain, and hashing."""

    _extra_values: tuple = ()

    def _setup_redaction(self, extra_allowed_slot_values: Optional[Iterable[str]]) -> None:
        self._extra_values = tuple(extra_allowed_slot_values or ())
        self._vocabulary_cache: tuple[int, Vocabulary] | None = None
        self.redactor = Redactor(self._current_vocabulary)

    def _current_vocabulary(self) -> Vocabulary:
        # Rasa sets the domain after creating the store (when the model loads): rebuild on change.
        domain = self.domain  # type: ignore[attr-defined]
        if self._vocabulary_cache is None or self._vocabulary_cache[0] != id(domain):
            self._vocabulary_cache = (id(domain), vocabulary_from_domain(domain, self._extra_values))
        return self._vocabulary_cache[1]

    @staticmethod
    def hash_sender(sender_id: Text) -> Text:
        return keyed_hash(tracker_hash_key(), sender_id)

    def redacted_dialogue(self, tracker: DialogueStateTracker) -> Dict[str, Any]:
        events = [event.as_dict() for event in tracker.events]
        return {"name": self.hash_sender(tracker.sender_id), "events": self.redactor.redact_events(events)}


class RedactingInMemoryTrackerStore(_RedactionMixin, InMemoryTrackerStore):
    """In-memory store: redacted between turns, evicted after an idle time."""

    def __init__(
        self,
        domain: Optional[Domain] = None,
        event_broker: Any = None,
        idle_minutes: Optional[float] = None,
        extra_allowed_slot_values: Optional[Iterable[str]] = None,
        **kwargs: Any,
    ) -> None:
        load_dotenv()
        if event_broker is not None:
            raise ValueError("The redacting tracker stores do not stream events to a broker.")
        super().__init__(domain, None, **kwargs)
        if idle_minutes is None:
            idle_minutes = float(os.environ.get("TRACKER_IDLE_MINUTES", DEFAULT_IDLE_MINUTES))
        self.idle_seconds = float(idle_minutes) * 60
        self._last_seen: Dict[Text, float] = {}
        self._lock = threading.Lock()
        self._setup_redaction(extra_allowed_slot_values)
        self._start_sweeper()

    def _start_sweeper(self) -> None:
        # A conversation nobody touches again must still be forgotten: sweep in the background.
        interval = max(1.0, min(60.0, self.idle_seconds / 4))
        store_ref = weakref.ref(self)

        def sweep() -> None:
            while True:
                time.sleep(interval)
                store = store_ref()
                if store is None:
                    return
                store.evict_idle()
                del store

        threading.Thread(target=sweep, name="tracker-eviction", daemon=True).start()

    def evict_idle(self, now: Optional[float] = None) -> int:
        """Forget every conversation idle for longer than the limit; returns how many."""
        now = time.monotonic() if now is None else now
        with self._lock:
            stale = [k for k, seen in self._last_seen.items() if now - seen > self.idle_seconds]
            for key in stale:
                self.store.pop(key, None)
                self._last_seen.pop(key, None)
        if stale:
            logger.debug("Evicted %d idle conversation(s) from memory.", len(stale))
        return len(stale)

    async def save(self, tracker: DialogueStateTracker) -> None:
        key = self.hash_sender(tracker.sender_id)
        with self._lock:
            self.store[key] = json.dumps(self.redacted_dialogue(tracker))
            self._last_seen[key] = time.monotonic()

    async def _retrieve(self, sender_id: Text, fetch_all_sessions: bool) -> Optional[DialogueStateTracker]:
        self.evict_idle()
        key = self.hash_sender(sender_id)
        with self._lock:
            serialised = self.store.get(key)
        if serialised is None:
            return None
        tracker = self.deserialise_tracker(sender_id, serialised)
        if tracker is None or fetch_all_sessions:
            return tracker
        from rasa.shared.core.trackers import get_trackers_for_conversation_sessions

        sessions = get_trackers_for_conversation_sessions(tracker)
        return tracker if len(sessions) <= 1 else sessions[-1]

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        return None  # no broker: it would receive the unredacted events


class RedactingSQLTrackerStore(_RedactionMixin, SQLTrackerStore):
    """Rasa's SQL store (SQLite or PostgreSQL) that writes only redacted events.

    The database URL comes from `host`/`url` in the endpoints file, else from the environment
    variable `TRACKER_DATABASE_URL` (loaded from `.env`), else `sqlite:///var/tracker.db`.
    """

    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        extra_allowed_slot_values: Optional[Iterable[str]] = None,
        event_broker: Any = None,
        **kwargs: Any,
    ) -> None:
        load_dotenv()
        url = host or os.environ.get("TRACKER_DATABASE_URL") or DEFAULT_SQL_URL
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            os.makedirs(os.path.dirname(url[len("sqlite:///"):]) or ".", exist_ok=True)
        if event_broker is not None:
            raise ValueError("The redacting tracker stores do not stream events to a broker.")
        super().__init__(domain=domain, host=url, **kwargs)
        self._setup_redaction(extra_allowed_slot_values)

    def _event_query(self, session: Any, sender_id: Text, fetch_events_from_all_sessions: bool) -> Any:
        # Rasa looks conversations up by the real sender id; the table holds its keyed hash.
        return super()._event_query(session, self.hash_sender(sender_id), fetch_events_from_all_sessions)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Like `SQLTrackerStore.save`, but only redacted events under the hashed id."""
        key = self.hash_sender(tracker.sender_id)
        with self.session_scope() as session:
            new_events = list(self._additional_events(session, tracker))
            for data in self.redactor.redact_events([event.as_dict() for event in new_events]):
                intent = (data.get("parse_data") or {}).get("intent", {}).get("name")
                session.add(
                    self.SQLEvent(
                        sender_id=key,
                        type_name=data["event"],
                        timestamp=data.get("timestamp"),
                        intent_name=intent,
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        return None


def delete_sql_events_before(url: str, cutoff_timestamp: float) -> int:
    """Retention for the SQL profile: delete tracker events older than `cutoff_timestamp`."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            if not sa.inspect(conn).has_table("events"):
                return 0
            result = conn.execute(sa.text("DELETE FROM events WHERE timestamp < :cutoff"), {"cutoff": cutoff_timestamp})
            return result.rowcount or 0
    finally:
        engine.dispose()
