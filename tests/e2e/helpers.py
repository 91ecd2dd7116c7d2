"""Small helpers for conversations through the REST channel."""
from __future__ import annotations

from typing import Any, Dict, List, Optional


def texts(messages: List[Dict[str, Any]]) -> str:
    return "\n".join(m.get("text", "") for m in messages if m.get("text"))


def buttons(messages: List[Dict[str, Any]]) -> List[Dict[str, str]]:
    return [b for m in messages for b in m.get("buttons", [])]


def payload_data(messages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Custom payloads as the REST channel returns them ({"custom": {"data": {...}}})."""
    return [m["custom"]["data"] for m in messages if isinstance(m.get("custom"), dict)
            and "data" in m["custom"]]


def outcome_payload(messages: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    found = [d for d in payload_data(messages) if "uitkomst" in d]
    return found[-1] if found else None
