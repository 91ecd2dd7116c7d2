"""Usage event names and fields, and their validation: only known words and small numbers pass.

| event        | fields (all optional)                         | sent by                         |
|--------------|-----------------------------------------------|---------------------------------|
| `start`      | path                                          | an action starting a path       |
| `step`       | path, step (1-5)                              | walk-through, each step shown   |
| `outcome`    | uitkomst, path, step, special_route           | the outcome action              |
| `kindcheck`  | uitkomst                                      | the kindcheck's outcome         |
| `faq`        | faq_topic (the part after `faq/`)             | the FAQ action                  |
| `fallback`   | -                                             | the fallback action             |
| `call_click` | contact (a `CONTACTS` key), uitkomst          | the widget server (call button) |

Every event also carries `channel` (widget, rest, training, test) and may carry `sector`.
Invalid values are stored as empty, never as typed: fields come from our code, not from users.
"""
from __future__ import annotations

import re
from typing import Any, Callable

CHANNELS = ("widget", "rest", "training", "test")

EVENT_FIELDS: dict[str, frozenset[str]] = {
    "start": frozenset({"path"}),
    "step": frozenset({"path", "step"}),
    "outcome": frozenset({"uitkomst", "path", "step", "special_route"}),
    "kindcheck": frozenset({"uitkomst"}),
    "faq": frozenset({"faq_topic"}),
    "fallback": frozenset(),
    "call_click": frozenset({"contact", "uitkomst"}),
}
COMMON_FIELDS = frozenset({"sector"})

_PATH = re.compile(r"^[a-z][a-z0-9_]{0,29}$")
_TOPIC = re.compile(r"^[a-z0-9_]{1,60}$")


def _enum_values(module: str, name: str) -> set[str] | None:
    try:
        mod = __import__(module, fromlist=[name])
        obj = getattr(mod, name)
        return set(obj) if isinstance(obj, dict) else {m.value for m in obj}
    except (ImportError, AttributeError):  # not written yet: fall back to the word pattern
        return None


def _one_of(module: str, name: str) -> Callable[[Any], str | None]:
    cache: list = []

    def check(value: Any) -> str | None:
        if not cache:
            cache.append(_enum_values(module, name))
        allowed = cache[0]
        if not isinstance(value, str):
            value = getattr(value, "value", None)
        if not isinstance(value, str):
            return None
        if allowed is None:
            return value if _PATH.match(value) else None
        return value if value in allowed else None

    return check


def _step(value: Any) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 <= number <= 20 and number == value else None


VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "sector": _one_of("bot.meldcode.sectors", "Sector"),
    "uitkomst": _one_of("bot.meldcode.outcomes", "Outcome"),
    "special_route": _one_of("bot.meldcode.routes", "Route"),
    "contact": _one_of("bot.meldcode.contacts", "CONTACTS"),
    "path": lambda v: v if isinstance(v, str) and _PATH.match(v) else None,
    "faq_topic": lambda v: v if isinstance(v, str) and _TOPIC.match(v) else None,
    "step": _step,
}


def clean_fields(event: str, fields: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The validated fields of `event`, and the names of fields that were dropped."""
    allowed = EVENT_FIELDS[event] | COMMON_FIELDS
    clean: dict[str, Any] = {}
    dropped: list[str] = []
    for name, value in fields.items():
        if value is None:
            continue
        if name not in allowed:
            dropped.append(name)
            continue
        valid = VALIDATORS[name](value)
        if valid is None:
            dropped.append(name)
        else:
            clean[name] = valid
    return clean, dropped
