"""Delete one conversation from a Rasa tracker store ("gesprek wissen").

Rasa 3.6 has no delete in its tracker store interface. This module deletes in the stores we
run: any store that offers its own `delete(sender_id)` (sync or async) is asked first; Rasa's
in-memory and SQL stores (and subclasses, e.g. bot.privacy's redacting stores that key
conversations by a hash of the sender id) are handled here. Anything else answers False, so the
widget can say honestly that the server copy was not deleted.
"""
from __future__ import annotations

import inspect
import logging
from typing import Any

from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore

logger = logging.getLogger(__name__)


def unwrap(tracker_store: Any) -> Any:
    """The real store behind Rasa's FailSafeTrackerStore / AwaitableTrackerStore wrappers."""
    seen = set()
    store = tracker_store
    while hasattr(store, "_tracker_store") and id(store) not in seen:
        seen.add(id(store))
        store = store._tracker_store
    return store


def _storage_keys(store: Any, sender_id: str) -> set[str]:
    keys = {sender_id}
    hash_sender = getattr(store, "hash_sender", None)
    if callable(hash_sender):
        keys.add(hash_sender(sender_id))
    return keys


async def forget_conversation(tracker_store: Any, sender_id: str) -> bool:
    """Delete every stored event of `sender_id`. True when the store supports deleting."""
    store = unwrap(tracker_store)

    own_delete = getattr(store, "delete", None)
    if callable(own_delete):
        result = own_delete(sender_id)
        if inspect.isawaitable(result):
            await result
        return True

    if isinstance(store, InMemoryTrackerStore):
        for key in _storage_keys(store, sender_id):
            store.store.pop(key, None)
            last_seen = getattr(store, "_last_seen", None)
            if isinstance(last_seen, dict):
                last_seen.pop(key, None)
        return True

    if isinstance(store, SQLTrackerStore):
        keys = list(_storage_keys(store, sender_id))
        with store.session_scope() as session:
            session.query(store.SQLEvent).filter(store.SQLEvent.sender_id.in_(keys)).delete(
                synchronize_session=False
            )
            session.commit()
        return True

    logger.warning("Tracker store %s cannot delete conversations.", type(store).__name__)
    return False
