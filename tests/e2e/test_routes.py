"""Special routes end to end: recognised at any moment, a running form ends, precedence holds."""
from __future__ import annotations

import pytest

from tests.e2e.helpers import buttons, outcome_payload, texts

pytestmark = pytest.mark.e2e

ROUTES = [
    ("hij slaat haar nu, ik hoor het door de muur", "bel_112", ["112"]),
    ("een collega heeft een kleuter in de bso seksueel betast", "meldplicht_medewerker",
     ["0900-111 3 111"]),
    ("een leerling vertelde me dat ze gisteren is verkracht", "centrum_seksueel_geweld",
     ["0800-0188"]),
    ("ik ben 12 en mijn vader slaat mij elke dag", "hulp_voor_jezelf", ["0800-0432"]),
    ("twee kleuters deden seksuele spelletjes in de gang, niet leeftijdsadequaat",
     "grensoverschrijdend_gedrag_kinderen", ["0800-2000"]),
    ("ik vermoed dat een meisje uit mijn klas wordt uitgehuwelijkt", "advies_veilig_thuis",
     ["0800-2000"]),
]


@pytest.mark.parametrize("message,expected,numbers", ROUTES)
def test_route_outside_a_form(rasa_server, sender, message, expected, numbers):
    reply = rasa_server.send(sender, message)
    assert rasa_server.slots(sender)["uitkomst"] == expected
    assert outcome_payload(reply)["uitkomst"] == expected
    for number in numbers:
        assert number in texts(reply)


@pytest.mark.parametrize("message,expected,numbers", ROUTES)
def test_route_interrupts_the_afwegingskader(rasa_server, sender, message, expected, numbers):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, "onderwijs")
    rasa_server.send(sender, "ja")  # afweging 1
    reply = rasa_server.send(sender, message)  # instead of answering afweging 2
    tracker = rasa_server.tracker(sender)
    assert tracker["active_loop"].get("name") is None
    assert tracker["slots"]["uitkomst"] == expected
    assert tracker["slots"]["afweging_2"] is None
    for number in numbers:
        assert number in texts(reply)


def test_danger_now_interrupts_the_kindcheck(rasa_server, sender):
    rasa_server.send(sender, "kindcheck")
    reply = rasa_server.send(sender, "hij staat nu met een mes voor de deur en dreigt")
    assert rasa_server.slots(sender)["uitkomst"] == "bel_112"
    assert "112" in texts(reply)
    assert rasa_server.tracker(sender)["active_loop"].get("name") is None


def test_danger_typed_as_an_answer_still_gets_112(rasa_server, sender):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, "zorg")
    reply = rasa_server.send(sender, "ja en hij slaat haar nu, ze is bewusteloos")
    assert rasa_server.slots(sender)["uitkomst"] == "bel_112"
    assert "112" in texts(reply)


def test_staff_suspect_in_onderwijs_names_bestuur_and_vertrouwensinspecteur(rasa_server, sender):
    rasa_server.send(sender, "ik werk in het onderwijs")
    reply = rasa_server.send(sender, "ik vermoed dat een leraar een leerling seksueel misbruikt")
    text = texts(reply)
    assert rasa_server.slots(sender)["uitkomst"] == "meldplicht_medewerker"
    assert "bestuur" in text.lower() and "0900-111 3 111" in text


def test_staff_suspect_with_recent_sexual_violence_adds_the_csg(rasa_server, sender):
    reply = rasa_server.send(sender, "een collega heeft gisteren een kind verkracht")
    assert rasa_server.slots(sender)["uitkomst"] == "meldplicht_medewerker"
    assert "0800-0188" in texts(reply)


def test_child_writing_about_suicide_gets_113_and_no_procedure(rasa_server, sender):
    reply = rasa_server.send(sender, "ik ben 14 en ik wil niet meer leven, thuis slaan ze me")
    text = texts(reply)
    assert rasa_server.slots(sender)["uitkomst"] == "hulp_voor_jezelf"
    assert "113" in text and "0800-0432" in text
    assert "afwegingskader" not in text.lower()


def test_danger_now_wins_over_everything(rasa_server, sender):
    reply = rasa_server.send(sender, "een collega slaat nu een kind, het bloedt en is bewusteloos")
    assert rasa_server.slots(sender)["uitkomst"] == "bel_112"
    assert "112" in texts(reply)
    # The staff suspect's route is not lost behind 112: its advice follows.
    assert "bij jullie werkt" in texts(reply)


@pytest.mark.parametrize("message", [
    "ik wil de meldcode doorlopen maar hij slaat haar nu",
    "stap 3. ze wordt op dit moment in elkaar geslagen",
    "hallo, mijn stiefvader zit elke nacht aan me en ik durf niet naar huis",
])
def test_a_safety_route_wins_over_a_command_in_the_same_message(rasa_server, sender, message):
    rasa_server.send(sender, "/start_meldcode")
    rasa_server.send(sender, "onderwijs")
    reply = rasa_server.send(sender, message)
    uitkomst = rasa_server.slots(sender)["uitkomst"]
    assert uitkomst in ("bel_112", "hulp_voor_jezelf")
    assert "112" in texts(reply)
    parsed = rasa_server.parse(message)["intent"]["name"]
    assert parsed in ("danger_now", "child_or_victim")


def test_sexual_violence_told_from_long_ago_starts_the_walk_through(rasa_server, sender):
    # The model reads this as recent sexual violence; the safety net takes the route back because
    # the message places it three months ago (bot/nlu/safety_net.py past_route).
    reply = rasa_server.send(sender, "een cliënte is drie maanden geleden na een feest verkracht")
    slots = rasa_server.slots(sender)
    assert slots["uitkomst"] is None and slots["traject"] == "meldcode"
    text = texts(reply)
    assert "112" in text and "0800-0188" not in text


def test_a_case_with_a_staff_member_in_it_offers_the_staff_route(rasa_server, sender):
    # Read as a case at home (start_meldcode): the walk-through starts and asks about the staff route.
    reply = rasa_server.send(sender, "ik maak me zorgen over hoe onze nieuwe invaller met de kleuters omgaat")
    assert rasa_server.slots(sender)["traject"] == "meldcode"
    assert "bij jullie werkt" in texts(reply)
    assert {"title": "Ja, het gaat over een collega", "payload": "/staff_suspect"} in buttons(reply)
    reply = rasa_server.send(sender, "/staff_suspect")
    assert rasa_server.slots(sender)["uitkomst"] == "meldplicht_medewerker"
    assert "0900-111 3 111" in texts(reply)


def test_a_case_start_offers_danger_now_as_a_button_that_gives_the_112_advice(rasa_server, sender):
    # A case description starts the walk-through; its first message asks "Is er nu direct gevaar
    # voor iemand?" and has the yes as a button (actions/walkthrough.py DANGER_NOW_BUTTON).
    reply = rasa_server.send(sender, "de vader van een peuter ruikt bij het ophalen vaak naar bier")
    assert "Is er nu direct gevaar voor iemand?" in texts(reply)
    assert {"title": "Ja, er is nu gevaar", "payload": "/danger_now"} in buttons(reply)
    assert rasa_server.slots(sender)["uitkomst"] is None
    reply = rasa_server.send(sender, "/danger_now")
    assert rasa_server.slots(sender)["uitkomst"] == "bel_112"
    assert outcome_payload(reply)["uitkomst"] == "bel_112"
    assert "112" in texts(reply)
    assert rasa_server.tracker(sender)["active_loop"].get("name") is None
