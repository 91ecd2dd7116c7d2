"""The kindcheck end to end, including the handover into the meldcode walk-through."""
from __future__ import annotations

import pytest

from tests.e2e.helpers import buttons, outcome_payload, texts

pytestmark = pytest.mark.e2e

CASES = [
    (["nee"], "afsluiten"),
    (["ja", "nee"], "afsluiten"),
    (["twijfel", "nee"], "afsluiten"),
    (["ja", "twijfel"], "advies_veilig_thuis"),
    (["ja", "ja", "ja"], "afsluiten"),
    (["ja", "ja", "twijfel"], "advies_veilig_thuis"),
    (["ja", "ja", "nee"], "advies_veilig_thuis"),
]


@pytest.mark.parametrize("answers,expected", CASES)
def test_kindcheck_outcomes(rasa_server, sender, answers, expected):
    reply = rasa_server.send(sender, "ik wil een kindcheck doen")
    assert "Kindcheck, vraag 1 van 3" in texts(reply)
    for answer in answers:
        reply = rasa_server.send(sender, answer)
    assert rasa_server.slots(sender)["uitkomst"] == expected
    assert outcome_payload(reply)["uitkomst"] == expected


def test_remaining_concerns_hand_over_to_step_2(rasa_server, sender):
    rasa_server.send(sender, "/start_kindcheck")
    for answer in ["ja", "ja"]:
        rasa_server.send(sender, answer)
    reply = rasa_server.send(sender, "nee, de zorgen blijven")
    assert any("stap 2" in b["title"] for b in buttons(reply))
    reply = rasa_server.send(sender, "ja")  # yes, continue with the walk-through
    slots = rasa_server.slots(sender)
    if slots["sector"] is None:  # the walk-through asks the sector first
        reply = rasa_server.send(sender, "zorg")
    assert rasa_server.slots(sender)["stap"] == 2
    assert "Stap 2" in texts(reply)


def test_question_2_answered_with_the_children_goes_on_to_question_3(rasa_server, sender):
    rasa_server.send(sender, "/start_kindcheck")
    rasa_server.send(sender, "ja")
    reply = rasa_server.send(sender, "ze heeft 2 kids")
    assert "Kindcheck, vraag 3 van 3" in texts(reply)
    assert rasa_server.slots(sender)["kc_kinderen"] == "ja"


@pytest.mark.parametrize("answer,read_slots,read_text", [
    # The model once read this answer as danger now (0.58) and the user got "Bel nu 112".
    ("hij heeft geen kids", {"kc_kinderen": "nee", "uitkomst": "afsluiten"}, None),
    # Stop 22's model reads these as danger now at 0.58 and 0.66 (docs/nlu.md, "stop 22"); the
    # second was taken, and the user got the danger-now advice. A message that only says who
    # the children are is no case (bot.meldcode.kindcheck.only_names_children).
    ("hij heeft een zoon van 6", {"kc_kinderen": "ja"}, "Kindcheck, vraag 3 van 3"),
    ("hij heeft een dochter van 4", {"kc_kinderen": "ja"}, "Kindcheck, vraag 3 van 3"),
])
def test_a_typed_answer_is_never_told_to_call_112_now(rasa_server, sender, answer, read_slots, read_text):
    rasa_server.send(sender, "/start_kindcheck")
    rasa_server.send(sender, "ja")
    reply = rasa_server.send(sender, answer)
    assert "Bel nu 112" not in texts(reply)
    slots = rasa_server.slots(sender)
    if slots["kc_kinderen"] is None:
        # Unsure: it asks whether there is danger now and asks question 2 again.
        assert "Is er nu direct gevaar? Bel meteen 112." in texts(reply)
        assert "Kindcheck, vraag 2 van 3" in texts(reply)
        assert rasa_server.tracker(sender)["active_loop"]["name"] == "kindcheck_form"
    else:
        assert {name: slots[name] for name in read_slots} == read_slots
        assert read_text is None or read_text in texts(reply)


def test_an_answer_given_as_content_is_taken_over_a_command(rasa_server, sender):
    # "ze heeft twee kinderen" reads as start_kindcheck at 0.55 (stop 21's and stop 22's models)
    # and answers question 2 with a yes. On the model
    # of 2026-12-06 "geen zorgen meer" read as start_meldcode at 0.50; it answers question 3
    # ("Zijn je zorgen overtuigend weggenomen?") with a yes.
    rasa_server.send(sender, "/start_kindcheck")
    rasa_server.send(sender, "ja")
    reply = rasa_server.send(sender, "ze heeft twee kinderen")
    assert "Kindcheck, vraag 3 van 3" in texts(reply)
    reply = rasa_server.send(sender, "geen zorgen meer")
    slots = rasa_server.slots(sender)
    assert (slots["kc_kinderen"], slots["kc_zorgen"], slots["uitkomst"]) == ("ja", "ja", "afsluiten")
    assert outcome_payload(reply)["uitkomst"] == "afsluiten"
