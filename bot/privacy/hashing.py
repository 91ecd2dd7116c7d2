"""Keyed hashing of identifiers (sender ids): HMAC-SHA256, never a plain hash.

A plain hash of an e-mail address or a phone number can be reversed by hashing guesses; a keyed
hash cannot without the key. Whoever holds the key can still test guesses, so keys are kept out
of the database (environment or process memory only).
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets

logger = logging.getLogger(__name__)

# Used by the tracker stores; all Rasa servers of one deployment must share it.
TRACKER_KEY_ENV = "TRACKER_HASH_KEY"
_process_key: bytes | None = None


def keyed_hash(key: bytes, value: str) -> str:
    """Hex HMAC-SHA256 of `value` under `key` (64 characters)."""
    if not key:
        raise ValueError("keyed_hash needs a non-empty key")
    return hmac.new(key, str(value).encode("utf-8"), hashlib.sha256).hexdigest()


def new_key() -> bytes:
    """A fresh random 256-bit key."""
    return secrets.token_bytes(32)


def tracker_hash_key() -> bytes:
    """The key for sender ids in tracker stores: `TRACKER_HASH_KEY`, else one per process.

    Without the setting every process makes its own random key: fine for one server (a restart
    then also unlinks old conversations), wrong for several servers behind a load balancer.
    """
    global _process_key
    configured = os.environ.get(TRACKER_KEY_ENV, "").strip()
    if configured:
        return configured.encode("utf-8")
    if _process_key is None:
        _process_key = new_key()
        logger.warning(
            "%s is not set: sender ids are hashed with a random key for this process only. "
            "Set it (the same value on every Rasa server) when you run more than one server.",
            TRACKER_KEY_ENV,
        )
    return _process_key
