"""Usage events from the actions: `log_usage(tracker, event, **fields)`.

Derives the channel and the sector from the tracker so that the actions only name what happened:

    log_usage(tracker, "outcome", uitkomst=..., path=..., step=..., special_route=...)
    log_usage(tracker, "faq", faq_topic=...)
    log_usage(tracker, "fallback")
    log_usage(tracker, "step", path="meldcode", step=n)
    log_usage(tracker, "kindcheck", uitkomst=...)

Event names and fields: `bot/monitor/events.py`. Never raises, never blocks.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Optional

from bot.monitor import record_usage

logger = logging.getLogger(__name__)

# Rasa input channel name -> our channel. The widget speaks socket.io (possibly through our own
# channel subclass, whose name contains "socket" or "widget").
REST_CHANNELS = {"rest", "callback"}


def channel_of(tracker: Any) -> str:
    """test (MELDCODE_TRAFFIC=test) > training (slot oefenmodus) > widget > rest."""
    if os.environ.get("MELDCODE_TRAFFIC", "").strip().lower() == "test":
        return "test"
    if tracker.get_slot("oefenmodus") is True:
        return "training"
    name: Optional[str] = (tracker.get_latest_input_channel() or "").lower()
    if "socket" in name or "widget" in name:
        return "widget"
    if name in REST_CHANNELS:
        return "rest"
    if name in ("cmdline", ""):  # rasa shell or an API call without a channel: developers
        return "test"
    return "rest"


def log_usage(tracker: Any, event: str, **fields: Any) -> None:
    try:
        fields.setdefault("sector", tracker.get_slot("sector"))
        record_usage(tracker.sender_id, event, channel=channel_of(tracker), **fields)
    except Exception:  # a statistic never breaks a conversation
        logger.warning("Usage event not logged.", exc_info=True)
