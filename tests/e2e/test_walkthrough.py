"""The meldcode walk-through end to end: enter anywhere, move, side questions, stop, note."""
from __future__ import annotations

import datetime

import pytest

from tests.e2e.helpers import buttons, payload_data, texts

pytestmark = pytest.mark.e2e


def test_opening_offers_the_main_paths_and_asks_for_no_names(rasa_server, sender):
    reply = rasa_server.send(sender, "hallo")
    text = texts(reply)
    assert "geen namen" in text and "112" in text and "Veilig Thuis" in text
    assert {b["title"] for b in buttons(reply)} >= {
        "Meldcode doorlopen", "Afwegingskader", "Kindcheck", "Vraag stellen", "Oefenen"}


def test_full_walk_through_to_a_dossier_note(rasa_server, sender):
    reply = rasa_server.send(sender, "ik wil de meldcode doorlopen")
    assert "sector" in texts(reply).lower()
    reply = rasa_server.send(sender, "kinderopvang")
    assert "Stap 1" in texts(reply)
    reply = rasa_server.send(sender, "ja")
    assert "Stap 2" in texts(reply)
    reply = rasa_server.send(sender, "terug")
    assert "Stap 1" in texts(reply)
    reply = rasa_server.send(sender, "waar ben ik?")
    assert "stap 1" in texts(reply).lower()
    reply = rasa_server.send(sender, "ik ben bij stap 4")
    assert "Stap 4" in texts(reply)
    reply = rasa_server.send(sender, "ja")  # go through the afwegingskader
    assert "Afweging 1 van 5" in texts(reply)
    rasa_server.send(sender, "ja")
    reply = rasa_server.send(sender, "ja")
    slots = rasa_server.slots(sender)
    assert slots["uitkomst"] == "melden_veilig_thuis" and slots["stap"] == 5
    reply = rasa_server.send(sender, "ja")  # yes, a dossier note
    notes = [d["dossier_note"] for d in payload_data(reply) if "dossier_note" in d]
    assert notes, reply
    note = notes[0]
    assert datetime.date.today().strftime("%d-%m-%Y") in note
    assert "Afweging 1" in note and "Afweging 2" in note
    assert "melden" in note.lower()


@pytest.mark.parametrize("case", [
    "een meisje uit groep 5 heeft al een paar weken striemen op haar benen en wil niet "
    "vertellen hoe dat komt",
    "de vader van een peuter op onze groep ruikt bij het ophalen vaak naar bier",
])
def test_a_case_that_is_not_acute_starts_the_walk_through(rasa_server, sender, case):
    # The most common first message: signals, no danger now. It gets the steps, not the danger route.
    reply = rasa_server.send(sender, case)
    assert "sector" in texts(reply).lower()
    # The model may read an acute case as a case description: 112 comes first anyway.
    assert texts(reply).index("112") < texts(reply).lower().index("sector")
    slots = rasa_server.slots(sender)
    assert slots["traject"] == "meldcode"
    assert slots["uitkomst"] is None  # a safety route would have set its outcome (bel_112, ...)
    reply = rasa_server.send(sender, "onderwijs")
    assert "Stap 1" in texts(reply)


def test_enter_after_collegial_consultation(rasa_server, sender):
    rasa_server.send(sender, "ik ben leerkracht")
    reply = rasa_server.send(sender, "ik heb al collegiale consultatie gehad")
    assert "Stap 3" in texts(reply)
    assert rasa_server.slots(sender)["stap"] == 3


def test_entering_at_a_step_asks_the_sector_first(rasa_server, sender):
    reply = rasa_server.send(sender, "ik ben bij stap 4")
    assert "sector" in texts(reply).lower()
    reply = rasa_server.send(sender, "jeugdhulp")
    assert "Stap 4" in texts(reply)


def test_side_question_then_back_to_the_step(rasa_server, sender):
    rasa_server.send(sender, "/start_meldcode")
    rasa_server.send(sender, "onderwijs")
    rasa_server.send(sender, "ja")  # step 2
    reply = rasa_server.send(sender, "wat is het verschil tussen een adviesvraag en een melding?")
    assert "stap 2" in texts(reply).lower()
    assert rasa_server.slots(sender)["stap"] == 2
    reply = rasa_server.send(sender, "ja")
    assert "Stap 3" in texts(reply)


def test_side_question_inside_the_afwegingskader_returns_to_the_question(rasa_server, sender):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, "zorg")
    rasa_server.send(sender, "ja")
    reply = rasa_server.send(sender, "wat is structurele onveiligheid?")
    assert "Afweging 2 van 5" in texts(reply)
    assert rasa_server.slots(sender)["afweging_2"] is None
    rasa_server.send(sender, "nee")
    assert rasa_server.slots(sender)["afweging_2"] == "nee"


def test_stop_inside_a_form(rasa_server, sender):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, "zorg")
    reply = rasa_server.send(sender, "ik wil stoppen")
    assert rasa_server.tracker(sender)["active_loop"].get("name") is None
    assert "stoppen" in texts(reply).lower()


def test_honest_fallback_gives_veilig_thuis(rasa_server, sender):
    reply = rasa_server.send(sender, "qwerty zxcv plof")
    text = texts(reply)
    assert "0800-2000" in text and "112" in text


def test_english_gets_a_short_english_answer(rasa_server, sender):
    reply = rasa_server.send(sender, "hello, do you speak english?")
    assert "112" in texts(reply) and "0800-2000" in texts(reply)


def test_a_message_not_understood_in_a_step_asks_the_step_question_again(rasa_server, sender):
    rasa_server.send(sender, "/start_meldcode")
    rasa_server.send(sender, "onderwijs")
    rasa_server.send(sender, "ja")  # step 1 done
    reply = rasa_server.send(sender, "qwerty zxcv plof")
    text = texts(reply)
    assert "112" in text and "0800-2000" in text
    assert "Heb je dit besproken met een collega of de aandachtsfunctionaris?" in text
    assert "Ja, verder naar stap 3" in [b["title"] for b in buttons(reply)]
    reply = rasa_server.send(sender, "/affirm")
    assert "Stap 3" in texts(reply)


def test_not_knowing_the_decision_at_step_5_points_to_the_afwegingskader(rasa_server, sender):
    rasa_server.send(sender, "/start_meldcode")
    rasa_server.send(sender, "zorg")
    rasa_server.send(sender, '/go_to_step{"stap":"5"}')
    reply = rasa_server.send(sender, "/deny")
    assert "afwegingskader" in texts(reply) and "0800-2000" in texts(reply)
    assert "/start_afwegingskader" in [b["payload"] for b in buttons(reply)]


@pytest.mark.parametrize("answer", ["ik heb het opgeschreven", "ik heb alles genoteerd"])
def test_a_step_done_in_own_words_moves_on(rasa_server, sender, answer):
    rasa_server.send(sender, "/start_meldcode")
    rasa_server.send(sender, "onderwijs")  # step 1
    reply = rasa_server.send(sender, answer)
    assert "Stap 2" in texts(reply)
    assert rasa_server.slots(sender)["stap"] == 2


def test_doubt_the_model_misreads_keeps_the_step(rasa_server, sender):
    # The model of stop 16 read "ik twijfel nog steeds heen en weer" as start_meldcode (0.45),
    # which used to restart the walk-through at step 1. Stop 21's model read it as a child
    # writing, unsure (0.44), and the keyword net reads no route: the assistant asks whether
    # the message is about the writer and keeps step 3 with its buttons
    # (bot.meldcode.routes.unsure_model_route: only an answer word goes over an unsure route).
    # Stop 22's model reads it as doubt (0.54): the step's doubt button. Either way the step stays.
    rasa_server.send(sender, "/start_meldcode")
    rasa_server.send(sender, "zorg")
    rasa_server.send(sender, '/go_to_step{"stap":"3"}')
    reply = rasa_server.send(sender, "ik twijfel nog steeds heen en weer")
    assert rasa_server.slots(sender)["stap"] == 3
    titles = [b["title"] for b in buttons(reply)]
    assert ("Het gaat over mijzelf" in titles and "Ja, verder naar stap 4" in titles) \
        or "Toch verder naar stap 4" in titles, titles
    assert "Stap 1" not in texts(reply)
    # Doubt that the model reads as doubt gets the step's doubt button.
    reply = rasa_server.send(sender, "ik twijfel er nog over")
    assert rasa_server.slots(sender)["stap"] == 3
    assert "Toch verder naar stap 4" in [b["title"] for b in buttons(reply)]


def test_an_unsure_answer_intent_at_a_step_reads_the_words(rasa_server, sender):
    # "goe idee, doen we" reads as twijfel at 0.55: the words say yes, so the afwegingskader starts.
    rasa_server.send(sender, "/start_meldcode")
    rasa_server.send(sender, "zorg")
    rasa_server.send(sender, '/go_to_step{"stap":"4"}')
    reply = rasa_server.send(sender, "goe idee, doen we")
    assert "Afweging 1 van 5" in texts(reply)
