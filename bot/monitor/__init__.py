"""Anonymised usage monitor: one table of events, no text, no IP, no sender id.

Public API (used by the actions and the widget server):

    from bot.monitor import record_usage
    record_usage(sender_id, "outcome", channel="widget", sector="onderwijs",
                 uitkomst="melden_veilig_thuis", path="afwegingskader", step=None)

It never raises and never blocks: events go to a background writer (`recorder.py`). Event names
and fields: `events.py`. Settings: `USAGE_ENABLED`, `DATABASE_URL`, `USAGE_QUEUE_SIZE`,
`USAGE_RETRY_MAX_SECONDS`, `USAGE_FLUSH_SECONDS` (see `.env.example`).
"""
from __future__ import annotations

import logging
import os
from typing import Any

from bot.monitor.events import CHANNELS, EVENT_FIELDS

logger = logging.getLogger(__name__)

__all__ = ["record_usage", "CHANNELS", "EVENT_FIELDS"]


def record_usage(sender_id: str, event: str, *, channel: str, **fields: Any) -> None:
    """Record one usage event in the background; errors are logged (without values), not raised."""
    try:
        if os.environ.get("USAGE_ENABLED", "true").strip().lower() in ("0", "false", "no", "off"):
            return
        from bot.monitor.recorder import default_recorder

        default_recorder().record(sender_id, event, channel=channel, **fields)
    except Exception:
        logger.warning("Usage event not recorded.", exc_info=True)
