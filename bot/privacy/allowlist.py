"""The normalised values that may be stored: everything else is dropped, not searched.

The vocabulary is built from our own code (the `bot.meldcode` enums and contact keys) and from the
Rasa domain (names of intents, actions, slots, forms and the values of categorical slots). A value
typed by a user can only pass if it is exactly one of these words, such as "ja" or "onderwijs".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

# Numbers a slot may hold (step numbers, counts). A larger number could be a house number, a
# postcode's digits or a BSN typed into a free-text slot.
MAX_ABS_NUMBER = 100

# Names that our code or Rasa produce (intent, action, policy, channel names): never free text.
NAME_PATTERN = re.compile(r"^[a-z0-9_./-]{1,100}$")

# Metadata keys Rasa itself writes on events and which say nothing about the user.
SAFE_METADATA_KEYS = ("utter_action", "model_id", "assistant_id")


def meldcode_values() -> set[str]:
    """Every enum value and contact key of the domain package (one source of truth)."""
    from bot.meldcode.answers import Answer
    from bot.meldcode.contacts import CONTACTS
    from bot.meldcode.outcomes import Outcome
    from bot.meldcode.sectors import Sector

    values: set[str] = set(CONTACTS)
    for enum in (Answer, Outcome, Sector):
        values.update(member.value for member in enum)
    try:  # routes is written by another helper; without it fewer values pass (the safe side)
        from bot.meldcode.routes import Route

        values.update(member.value for member in Route)
    except ImportError:
        pass
    return values


@dataclass
class Vocabulary:
    """What the redactor may keep. Empty sets keep nothing."""

    intents: set[str] = field(default_factory=set)
    actions: set[str] = field(default_factory=set)
    slots: set[str] = field(default_factory=set)
    forms: set[str] = field(default_factory=set)
    values: set[str] = field(default_factory=set)

    def is_name(self, name: Any) -> bool:
        return isinstance(name, str) and bool(NAME_PATTERN.match(name))

    def allowed_intent(self, name: Any) -> str | None:
        if not isinstance(name, str):
            return None
        base = name.split("/", 1)[0]
        if name in self.intents or (base in self.intents and self.is_name(name)):
            return name
        return None

    def allowed_action(self, name: Any) -> str | None:
        if not isinstance(name, str):
            return None
        base = name.split("/", 1)[0]
        if name in self.actions or base in self.actions or name in self.forms:
            return name
        return None

    def allowed_value(self, value: Any) -> Any:
        """`value` if it is an allow-listed word, a boolean, a small number or a list of those."""
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, (int, float)):
            return value if abs(value) <= MAX_ABS_NUMBER else None
        if isinstance(value, str):
            return value if value in self.values or value in self.slots else None
        if isinstance(value, (list, tuple)):
            kept = [self.allowed_value(item) for item in value]
            return kept if all(k is not None for k in kept) else None
        return None

    @classmethod
    def build(
        cls,
        intents: Iterable[str] = (),
        actions: Iterable[str] = (),
        slots: Iterable[str] = (),
        forms: Iterable[str] = (),
        values: Iterable[str] = (),
        include_meldcode: bool = True,
    ) -> "Vocabulary":
        all_values = {str(v) for v in values if v is not None}
        if include_meldcode:
            all_values |= meldcode_values()
        return cls(set(intents), set(actions), set(slots), set(forms), all_values)
