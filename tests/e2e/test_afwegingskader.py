"""The afwegingskader end to end: plain Dutch answers through the REST channel reach the right
`uitkomst`, in the slot and in the custom payload the widget uses for call buttons."""
from __future__ import annotations

import pytest

from tests.e2e.helpers import buttons, outcome_payload, texts

pytestmark = pytest.mark.e2e

# (sector as typed, answers as typed, expected uitkomst, a number the advice must give)
CASES = [
    ("onderwijs", ["ja", "ja"], "melden_veilig_thuis", "0800-2000"),
    ("ik werk op een basisschool", ["jazeker", "weet ik niet zeker"], "melden_veilig_thuis", "0800-2000"),
    ("kinderopvang", ["klopt", "twijfel"], "advies_veilig_thuis", "0800-2000"),
    ("zorg", ["nee hoor"], "afsluiten", None),
    ("jeugdhulp", ["twijfel"], "advies_veilig_thuis", "0800-2000"),
    ("jeugdhulp", ["ja", "nee", "nee"], "melden_veilig_thuis", "0800-2000"),
    ("zorg", ["ja", "nee", "ja", "nee"], "melden_veilig_thuis", "0800-2000"),
    ("zorg", ["ja", "nee", "ja", "ja", "ja"], "hulp_afronden", None),
    ("maatschappelijke ondersteuning", ["ja", "nee", "ja", "ja", "nee"], "melden_veilig_thuis", "0800-2000"),
    ("justitie", ["ja", "nee", "ja", "ja", "dat weet ik nog niet, de hulp loopt net"],
     "hulp_organiseren", None),
    ("anders", ["ja", "nee", "ja", "ja", "misschien"], "advies_veilig_thuis", "0800-2000"),
]


@pytest.mark.parametrize("sector,answers,expected,number", CASES)
def test_answers_in_plain_dutch_reach_the_right_outcome(rasa_server, sender, sector, answers,
                                                        expected, number):
    first = rasa_server.send(sender, "ik wil de afwegingsvragen doorlopen")
    assert "sector" in texts(first).lower()
    reply = rasa_server.send(sender, sector)
    assert "Afweging 1 van 5" in texts(reply)
    for answer in answers:
        reply = rasa_server.send(sender, answer)
    slots = rasa_server.slots(sender)
    assert slots["uitkomst"] == expected
    payload = outcome_payload(reply)
    assert payload and payload["uitkomst"] == expected
    if number:
        assert number in texts(reply)
        assert any(c["number"] == number for c in payload["contacts"])
    if expected == "melden_veilig_thuis":
        assert "aandachtsfunctionaris" in texts(reply)
    assert rasa_server.tracker(sender)["active_loop"].get("name") is None


def test_one_yes_fills_exactly_one_afweging(rasa_server, sender):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, '/inform_sector{"sector":"zorg"}')
    reply = rasa_server.send(sender, "ja")
    slots = rasa_server.slots(sender)
    assert slots["afweging_1"] == "ja"
    assert [slots[f"afweging_{n}"] for n in range(2, 6)] == [None] * 4
    assert "Afweging 2 van 5" in texts(reply)
    assert {"Ja", "Nee", "Twijfel"} <= {b["title"] for b in buttons(reply)}


def test_button_clicks_reach_a_melding(rasa_server, sender):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, '/inform_sector{"sector":"onderwijs"}')
    rasa_server.send(sender, "/affirm")
    reply = rasa_server.send(sender, "/affirm")
    assert outcome_payload(reply)["uitkomst"] == "melden_veilig_thuis"


def test_afweging_5_offers_not_yet_known(rasa_server, sender):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, "zorg")
    for answer in ["ja", "nee", "ja"]:
        rasa_server.send(sender, answer)
    reply = rasa_server.send(sender, "ja")
    assert "Afweging 5 van 5" in texts(reply)
    assert "Nog niet bekend" in {b["title"] for b in buttons(reply)}


def test_unclear_answer_is_asked_again_and_nothing_is_lost(rasa_server, sender):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, "kinderopvang")
    rasa_server.send(sender, "ja")
    reply = rasa_server.send(sender, "blauw")
    assert "ja, nee of twijfel" in texts(reply)
    slots = rasa_server.slots(sender)
    assert slots["afweging_1"] == "ja" and slots["afweging_2"] is None
    assert rasa_server.tracker(sender)["active_loop"]["name"] == "afwegingskader_form"


def test_sector_is_asked_only_when_unknown(rasa_server, sender):
    rasa_server.send(sender, "ik werk in de kinderopvang")
    reply = rasa_server.send(sender, "afwegingskader")
    assert "Afweging 1 van 5" in texts(reply)
    assert rasa_server.slots(sender)["sector"] == "kinderopvang"


def test_an_answer_the_model_reads_as_a_command_still_answers_the_afweging(rasa_server, sender):
    # "ja, schrijf dat maar op voor het dossier" opens with "ja"; the model reads a request for
    # a dossier note in it (0.44 on the model of 2026-12-06), which used to end the form.
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, '/inform_sector{"sector":"zorg"}')
    reply = rasa_server.send(sender, "ja, schrijf dat maar op voor het dossier")
    assert "Afweging 2 van 5" in texts(reply)
    assert rasa_server.slots(sender)["afweging_1"] == "ja"
    assert rasa_server.tracker(sender)["active_loop"]["name"] == "afwegingskader_form"
    # A message the model is sure is a command is still the command.
    reply = rasa_server.send(sender, "ja, ik heb een vraag")
    assert "Afweging 3 van 5" not in texts(reply)
    assert rasa_server.slots(sender)["afweging_2"] is None


def test_an_answer_word_goes_over_a_route_the_model_is_unsure_of(rasa_server, sender):
    # The model of 2026-12-06 reads this answer as a child writing (child_or_victim, 0.45) and
    # the keyword net reads no route in it: the "jazeker" answers afweging 1.
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, '/inform_sector{"sector":"onderwijs"}')
    reply = rasa_server.send(
        sender, "jazeker, het meisje vertelde dat papa mama slaat als hij gedronken heeft")
    assert "Afweging 2 van 5" in texts(reply) and "direct gevaar" not in texts(reply)
    assert rasa_server.slots(sender)["afweging_1"] == "ja"
    assert rasa_server.tracker(sender)["active_loop"]["name"] == "afwegingskader_form"
