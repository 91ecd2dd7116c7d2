"""The signal checklist action: group, tick, untick, done; the state travels in the payloads.

Real rasa_sdk trackers; every click is parsed by Rasa's own payload parser with our domain, so a
test fails when domain.yml does not declare the intent or an entity the buttons use.
"""
from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.signals import ActionSignalChecklist
from actions.walkthrough import step_payload
from bot.meldcode.contacts import CONTACTS
from bot.meldcode.signals import signals
from bot.privacy.allowlist import Vocabulary
from bot.privacy.redaction import Redactor

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_YML = yaml.safe_load((ROOT / "domain.yml").read_text())
FAQ_RESPONSES = yaml.safe_load((ROOT / "data" / "responses" / "faq.yml").read_text())["responses"]
LISTEN = {"event": "followup", "name": "action_listen", "timestamp": None}


def click(payload: str) -> Dict[str, Any]:
    """What Rasa makes of a button click: parsed by its payload parser with our domain."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
    from rasa.shared.nlu.training_data.message import Message

    domain = Domain.from_dict(DOMAIN_YML)
    return YAMLStoryReader.unpack_regex_message(Message({"text": payload}), domain).data


def typed(text: str) -> Dict[str, Any]:
    return {"text": text, "intent": {"name": "signal_checklist", "confidence": 0.9},
            "entities": []}


def tracker(message: Dict[str, Any], form: Optional[str] = None) -> Tracker:
    events = [{"event": "user", "text": message.get("text"), "parse_data": message,
               "input_channel": "rest"}]
    return Tracker(sender_id="unit", slots={}, latest_message=message, events=events,
                   paused=False, followup_action=None,
                   active_loop={"name": form} if form else {}, latest_action_name="action_listen")


def run(message: Dict[str, Any], form: Optional[str] = None):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSignalChecklist().run(dispatcher, tracker(message, form), DOMAIN_YML))
    return events, dispatcher.messages


def tap(messages: List[Dict], title: str):
    """Click the button called `title` in the last message."""
    button = next(b for b in messages[-1]["buttons"] if b["title"] == title)
    return run(click(button["payload"]))


def titles(messages: List[Dict]) -> List[str]:
    return [b["title"] for b in messages[-1]["buttons"]]


# --- opening and choosing a group -------------------------------------------------------------

def test_start_without_a_group_asks_the_age_group(usage):
    events, messages = run(click("/signal_checklist"))
    assert events == [LISTEN]
    assert len(messages) == 1 and "Voor welke leeftijd" in messages[0]["text"]
    assert titles(messages) == ["0 tot 4 jaar", "4 tot 12 jaar", "12 tot 18 jaar"]
    assert usage == []


def test_choosing_a_group_shows_its_signals_and_klaar(usage):
    _, messages = run(click("/signal_checklist"))
    _, messages = tap(messages, "4 tot 12 jaar")
    assert "kinderen van 4 tot 12 jaar" in messages[0]["text"]
    assert titles(messages) == [s.label for s in signals("4-12")] + ["Klaar"]
    assert usage == [("start", {"channel": "rest", "sector": None, "path": "signalen_4_12"})]


def test_a_group_named_in_typed_text_goes_straight_to_the_list():
    _, messages = run(typed("checklist signalen puber"))
    assert titles(messages) == [s.label for s in signals("12-18")] + ["Klaar"]


def test_faq_answer_buttons_open_the_list_of_their_own_group():
    for topic, group in (("signalen_0_4", "0-4"), ("signalen_4_12", "4-12"),
                         ("signalen_12_18", "12-18")):
        buttons = FAQ_RESPONSES[f"utter_faq/{topic}"][0]["buttons"]
        button = next(b for b in buttons if b["title"] == "Signalen afvinken")
        _, messages = run(click(button["payload"]))
        assert titles(messages)[:-1] == [s.label for s in signals(group)]


@pytest.mark.parametrize("payload", [
    '/signal_checklist{"leeftijdsgroep":"18-99"}',
    '/signal_checklist{"leeftijdsgroep":3}',
    '/signal_checklist{"leeftijdsgroep":["x"]}',
    '/signal_checklist{"leeftijdsgroep":{"a":1}}',
])
def test_unknown_group_gets_a_clear_message_and_the_group_buttons(payload):
    events, messages = run(click(payload))
    assert events == [LISTEN]
    assert messages[0]["text"].startswith("Die leeftijdsgroep ken ik niet")
    assert titles(messages) == ["0 tot 4 jaar", "4 tot 12 jaar", "12 tot 18 jaar"]


# --- ticking ------------------------------------------------------------------------------------

def test_tick_marks_the_signal_and_tapping_again_unticks_it(usage):
    _, messages = run(click('/signal_checklist{"leeftijdsgroep":"0-4"}'))
    _, messages = tap(messages, "Brandwonden")
    assert "✓ Brandwonden" in titles(messages)
    _, messages = tap(messages, "Vaak ziek")
    ticked = [t for t in titles(messages) if t.startswith("✓ ")]
    assert ticked == ["✓ Brandwonden", "✓ Vaak ziek"]
    _, messages = tap(messages, "✓ Brandwonden")
    assert [t for t in titles(messages) if t.startswith("✓ ")] == ["✓ Vaak ziek"]
    assert "Brandwonden" in titles(messages)
    assert len(usage) == 1, "taps are not counted, only opening the list"


def test_untick_the_last_signal_leaves_an_empty_list():
    _, messages = run(click('/signal_checklist{"leeftijdsgroep":"12-18"}'))
    _, messages = tap(messages, "Spijbelt")
    _, messages = tap(messages, "✓ Spijbelt")
    assert not any(t.startswith("✓ ") for t in titles(messages))
    _, messages = tap(messages, "Klaar")
    assert messages[0]["text"].startswith("Je hebt niets aangevinkt.")


def test_unknown_signal_is_dropped_with_a_clear_message():
    payload = '/signal_checklist{"leeftijdsgroep":"4-12","signaal":["honger","bestaat_niet"],"klaar":"nee"}'
    events, messages = run(click(payload))
    assert events == [LISTEN]
    assert messages[0]["text"] == "Een van je keuzes ken ik niet. Die laat ik weg."
    assert [t for t in titles(messages) if t.startswith("✓ ")] == ["✓ Heeft vaak honger"]


def test_a_signal_of_another_group_is_not_ticked():
    payload = '/signal_checklist{"leeftijdsgroep":"4-12","signaal":"blauwe_plekken","klaar":"nee"}'
    _, messages = run(click(payload))
    assert not any(t.startswith("✓ ") for t in titles(messages))


# --- klaar ----------------------------------------------------------------------------------------

def test_klaar_gives_the_recording_advice_and_step_2():
    _, messages = run(click('/signal_checklist{"leeftijdsgroep":"4-12"}'))
    _, messages = tap(messages, "Heeft vaak honger")
    _, messages = tap(messages, "Agressief gedrag")
    events, messages = tap(messages, "Klaar")
    assert events == [LISTEN]
    text = messages[0]["text"]
    assert "- Heeft vaak honger\n- Agressief gedrag" in text
    assert "feitelijk" in text and "stap 2" in text and CONTACTS["veilig_thuis"].number in text
    assert messages[0]["buttons"] == [
        {"title": "Verder met stap 2", "payload": step_payload(2)},
        {"title": "Andere vraag", "payload": "/ask_question"},
    ]
    assert click(step_payload(2))["intent"]["name"] == "go_to_step"


def test_checklist_started_inside_a_form_ends_the_form():
    events, _ = run(click("/signal_checklist"), form="afwegingskader_form")
    assert events[:2] == [
        {"event": "active_loop", "name": None, "timestamp": None},
        {"event": "slot", "name": "requested_slot", "value": None, "timestamp": None},
    ]


# --- privacy --------------------------------------------------------------------------------------

@pytest.mark.privacy
def test_nothing_tapped_is_kept_in_slots_or_in_the_stored_conversation():
    """The ticks live only in the button payloads: no slot holds them, and the redacting tracker
    stores drop the user text and the entity values, so nothing tapped is stored at all."""
    keys = [s.key for s in signals("0-4")]
    payload = '/signal_checklist' + json.dumps(
        {"leeftijdsgroep": "0-4", "signaal": keys, "klaar": "ja"})
    message = click(payload)
    events, messages = run(message)
    assert not any(e["event"] == "slot" and e["value"] for e in events)

    vocabulary = Vocabulary.build(intents=DOMAIN_YML["intents"], actions=DOMAIN_YML["actions"],
                                  slots=DOMAIN_YML["slots"], forms=DOMAIN_YML["forms"])
    user_event = {"event": "user", "text": payload, "parse_data": message, "input_channel": "rest"}
    bot_event = {"event": "bot", "text": messages[0]["text"],
                 "data": {"buttons": messages[0]["buttons"]}}
    stored = json.dumps(Redactor(vocabulary).redact_events([user_event, bot_event]))
    assert "signal_checklist" in stored, "the intent is kept: the redactor ran"
    for secret in keys + ["0-4", "Brandwonden"]:
        assert secret not in stored, secret
