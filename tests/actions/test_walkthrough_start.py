"""The start of the walk-through with real rasa_sdk trackers (no server)."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.walkthrough import ActionStartMeldcode


DOMAIN = {"responses": {"utter_faq/signalen_4_12": [{"text": "..."}]}}


def _start(text: str, faq_confidence: float = 0.0) -> list:
    selector = {"faq": {"response": {"intent_response_key": "faq/signalen_4_12",
                                     "confidence": faq_confidence}}}
    message = {"text": text, "intent": {"name": "start_meldcode"}, "response_selector": selector}
    tracker = Tracker(
        sender_id="unit", slots={}, latest_message=message, events=[], paused=False,
        followup_action=None, active_loop={}, latest_action_name="action_listen",
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionStartMeldcode().run(dispatcher, tracker, DOMAIN))
    return dispatcher.messages


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
    messages = _start(text)
    assert ([m["response"] for m in messages] == ["utter_case_danger_check"]) is danger_check
    if danger_check:
        # The question "Is er nu direct gevaar voor iemand?" has its yes as a button.
        assert messages[0]["buttons"] == [{"title": "Ja, er is nu gevaar", "payload": "/danger_now"}]


def test_a_case_the_faq_selector_is_sure_of_offers_that_answer_too():
    # Some questions are read as a case; the walk-through starts, the answer is one click away.
    text = "wat kan erop wijzen dat een negenjarige thuis mishandeld wordt"
    messages = _start(text, faq_confidence=0.9)
    assert [m["response"] for m in messages] == ["utter_case_danger_check", "utter_case_faq_offer"]
    assert [b["payload"] for b in messages[1]["buttons"]] == [
        '/choose_faq{"faq_topic":"signalen_4_12"}']
    assert [m["response"] for m in _start(text, faq_confidence=0.3)] == ["utter_case_danger_check"]
    assert _start("meldcode doorlopen", faq_confidence=0.9) == []


@pytest.mark.parametrize("text,staff_check", [
    # A case with someone who works here in it: the staff route is one tap away.
    ("onze nieuwe invaller neemt steeds een kleuter apart in het kantoortje", True),
    ("ik denk dat de directeur iets met een leerling van 15 heeft", True),
    # The writer's own job, a colleague as witness, a case at home, a command.
    ("ik ben leerkracht en een leerling komt steeds te laat en zonder eten", False),
    ("een collega zag dat de vader hardhandig was bij het ophalen", False),
    ("de vader van een peuter ruikt bij het ophalen vaak naar bier", False),
    ("meldcode doorlopen met een collega", False),
])
def test_a_case_with_a_staff_member_in_it_offers_the_staff_route(text, staff_check):
    messages = _start(text)
    assert not messages or messages[0]["response"] == "utter_case_danger_check"
    staff = [m for m in messages if m["response"] == "utter_case_staff_check"]
    assert bool(staff) is staff_check
    if staff:
        assert staff[0]["buttons"] == [{"title": "Ja, het gaat over een collega",
                                        "payload": "/staff_suspect"}]
