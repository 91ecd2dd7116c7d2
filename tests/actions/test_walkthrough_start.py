"""The start of the walk-through with real rasa_sdk trackers (no server)."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.walkthrough import ActionStartMeldcode


def _start(text: str) -> list:
    tracker = Tracker(
        sender_id="unit", slots={}, latest_message={"text": text, "intent": {"name": "start_meldcode"}},
        events=[], paused=False, followup_action=None, active_loop={}, latest_action_name="action_listen",
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionStartMeldcode().run(dispatcher, tracker, {}))
    return [m.get("response") for m in dispatcher.messages]


@pytest.mark.parametrize("text,danger_check", [
    # A described case: the model may have missed that it is acute, so 112 comes first.
    ("de vader van een peuter ruikt bij het ophalen vaak naar bier", True),
    ("een leerling heeft al weken blauwe plekken op zijn armen", True),
    # Commands and buttons: the user asked for the steps, nothing more.
    ("meldcode doorlopen", False),
    ("ik wil de meldcode", False),
    ("/start_meldcode", False),
    ("", False),
])
def test_a_described_case_hears_112_first(text, danger_check):
    assert (_start(text) == ["utter_case_danger_check"]) is danger_check
