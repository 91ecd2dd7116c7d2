"""Privacy by design: redaction of conversation events and keyed hashing of identifiers.

- `redaction.Redactor`: rebuilds Rasa events from an allow-list (no user text survives).
- `allowlist.Vocabulary`: the normalised words, names and numbers that may be kept.
- `hashing.keyed_hash`: HMAC-SHA256 of sender ids.
- `tracker_stores`: the Rasa tracker stores that use them (named in endpoints*.yml).
"""
from bot.privacy.allowlist import Vocabulary
from bot.privacy.hashing import keyed_hash
from bot.privacy.redaction import Redactor

__all__ = ["Redactor", "Vocabulary", "keyed_hash"]
