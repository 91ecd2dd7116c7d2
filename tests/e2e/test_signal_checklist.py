"""The signal checklist end to end: open, tick, untick, klaar; nothing ticked stays stored."""
from __future__ import annotations

import json

import pytest

from tests.e2e.helpers import buttons, texts

pytestmark = pytest.mark.e2e


def button(reply, title):
    found = [b for b in buttons(reply) if b["title"] == title]
    assert found, f"no button {title!r} in {[b['title'] for b in buttons(reply)]}"
    return found[0]


def test_tick_untick_and_klaar_give_recording_advice_and_step_2(rasa_server, sender):
    reply = rasa_server.send(sender, "ik wil signalen afvinken")
    assert {b["title"] for b in buttons(reply)} >= {"0 tot 4 jaar", "4 tot 12 jaar"}

    reply = rasa_server.send(sender, button(reply, "0 tot 4 jaar")["payload"])
    assert len(buttons(reply)) == 10  # nine signals and Klaar
    reply = rasa_server.send(sender, button(reply, "Brandwonden")["payload"])
    reply = rasa_server.send(sender, button(reply, "Groeit slecht")["payload"])
    reply = rasa_server.send(sender, button(reply, "✓ Groeit slecht")["payload"])  # untick
    assert button(reply, "✓ Brandwonden") and button(reply, "Groeit slecht")

    reply = rasa_server.send(sender, button(reply, "Klaar")["payload"])
    advice = texts(reply)
    assert "Brandwonden" in advice and "Groeit slecht" not in advice
    assert "stap 2" in advice and "0800-2000" in advice
    step_2 = button(reply, "Verder met stap 2")["payload"]

    # Nothing tapped is kept with the conversation: no slot, and the stored events (redacted
    # between turns) carry no signal key.
    tracker = rasa_server.tracker(sender)
    assert "brandwonden" not in json.dumps(tracker).lower()

    reply = rasa_server.send(sender, step_2)
    if "sector" in texts(reply):  # the walk-through asks the sector first
        reply = rasa_server.send(sender, "onderwijs")
    assert "Stap 2" in texts(reply)


def test_the_checklist_ends_a_running_form(rasa_server, sender):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, "zorg")
    reply = rasa_server.send(sender, '/signal_checklist{"leeftijdsgroep":"12-18"}')
    assert button(reply, "Klaar")
    assert rasa_server.tracker(sender)["active_loop"].get("name") is None


@pytest.mark.parametrize("text,first_signal", [
    ("signalen afvinken voor een negenjarige", "Letsel zonder goede uitleg"),
    ("checklist signalen voor een leerling uit de brugklas", "Spijbelt"),
])
def test_an_age_typed_in_the_request_opens_that_groups_list(rasa_server, sender, text, first_signal):
    reply = rasa_server.send(sender, text)
    assert buttons(reply)[0]["title"] == first_signal
