"""FAQ end to end: a sure answer, "Bedoel je ...?" when unsure, and a click on a topic."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bot.faq_titles import faq_title
from tests.e2e.helpers import buttons, texts

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = {
    key.split("/", 1)[1]: variants[0]["text"]
    for key, variants in yaml.safe_load((ROOT / "data/responses/faq.yml").read_text())[
        "responses"].items()
}
CHOICE_PREFIX = "/choose_faq"
# Vague messages: the selector cannot be sure which topic is meant. Which of them the model
# reads as faq (rather than ask_question or a fallback) moves with the training data, so the
# test needs one of them to be offered topics, each in a conversation of its own.
VAGUE = ["hoe zit het met melden", "hoe werkt dat met veilig thuis en zo", "uitleg graag",
         "wat moet ik met mijn zorgen", "wat is het beleid", "vraagje over melden",
         "hoe zit dat eigenlijk", "iets met de code"]


def choice_payload(topic: str) -> str:
    return CHOICE_PREFIX + json.dumps({"faq_topic": topic}, separators=(",", ":"))


def test_a_clear_question_gets_its_answer(rasa_server, sender):
    reply = rasa_server.send(sender, "wat is het verschil tussen een adviesvraag en een melding?")
    assert ANSWERS["adviesvraag_vs_melding"] in texts(reply)


def test_an_unsure_question_offers_topics_instead_of_a_guess(rasa_server, sender):
    for number, text in enumerate(VAGUE):
        conversation = f"{sender}-{number}"
        reply = rasa_server.send(conversation, text)
        offered = [b for b in buttons(reply) if b["payload"].startswith(CHOICE_PREFIX)]
        if offered:
            break
    else:
        pytest.fail(f"none of {VAGUE} was answered with topic choices: {texts(reply)}")
    assert "niet zeker" in texts(reply)
    assert not any(answer in texts(reply) for answer in ANSWERS.values())  # no guessed answer
    assert offered[-1] == {"title": "Iets anders", "payload": CHOICE_PREFIX}
    topics = [json.loads(b["payload"][len(CHOICE_PREFIX):])["faq_topic"] for b in offered[:-1]]
    assert 1 <= len(topics) <= 3
    assert [b["title"] for b in offered[:-1]] == [faq_title(t) for t in topics]

    reply = rasa_server.send(conversation, offered[0]["payload"])
    assert ANSWERS[topics[0]] in texts(reply)


def test_iets_anders_and_unknown_topics_point_to_help(rasa_server, sender):
    for payload in (CHOICE_PREFIX, choice_payload("bestaat_niet"), '/choose_faq{"faq_topic":5}'):
        reply = rasa_server.send(sender, payload)
        assert "0800-2000" in texts(reply) and "112" in texts(reply)


def test_a_topic_clicked_inside_the_afwegingskader_is_answered_and_the_form_goes_on(
        rasa_server, sender):
    rasa_server.send(sender, "/start_afwegingskader")
    rasa_server.send(sender, "zorg")
    reply = rasa_server.send(sender, choice_payload("acuut_vs_structureel"))
    assert ANSWERS["acuut_vs_structureel"] in texts(reply)
    assert "Afweging 1 van 5" in texts(reply)
    tracker = rasa_server.tracker(sender)
    assert tracker["active_loop"]["name"] == "afwegingskader_form"
    assert tracker["slots"]["afweging_1"] is None
    reply = rasa_server.send(sender, "ja")
    assert rasa_server.slots(sender)["afweging_1"] == "ja"
    assert "Afweging 2 van 5" in texts(reply)


# Questions that tell a bit of a case. Which of them the model reads as a case description
# (start_meldcode) rather than faq moves with the training data; one is enough.
QUESTIONS_LIKE_A_CASE = [
    "een meisje uit de klas deed net haar verhaal over misbruik, hoe ga ik hiermee om",
    "mijn stagebegeleider noemde de meldcode, kun je die in een paar zinnen samenvatten",
    "een jongen uit mijn klas vertelde me iets over thuis, hoe reageer ik daar goed op",
    "een leerling heeft vaak blauwe plekken en ik heb geen bewijs, moet ik dat eerst hebben",
    "een peuter heeft steeds blauwe plekken op zijn rug, wat moet ik in het dossier zetten",
    # A case with a question for help in it: models trained on another CPU type read these as a
    # case with a sure FAQ topic, and the five above as questions (docs/nlu.md).
    "een jongen uit groep 5 vertelde dat zijn vader hem soms slaat, help me met wat ik nu moet doen",
    "een meisje vertelde me dat mama haar soms een klap geeft, graag hulp bij de volgende stap",
]


def test_a_question_read_as_a_case_gets_the_walk_through_and_its_answer_one_click_away(
        rasa_server, sender):
    for number, text in enumerate(QUESTIONS_LIKE_A_CASE):
        conversation = f"{sender}-{number}"
        reply = rasa_server.send(conversation, text)
        offered = [b for b in buttons(reply) if b["payload"].startswith(CHOICE_PREFIX)]
        if offered and rasa_server.slots(conversation)["traject"] == "meldcode":
            break
    else:
        pytest.fail(f"none of {QUESTIONS_LIKE_A_CASE} started the walk-through with an answer offered")
    assert "112" in texts(reply) and "sector" in texts(reply).lower()
    topic = json.loads(offered[0]["payload"][len(CHOICE_PREFIX):])["faq_topic"]
    reply = rasa_server.send(conversation, offered[0]["payload"])
    assert ANSWERS[topic] in texts(reply)
    assert "sector" in texts(reply).lower()  # the walk-through goes on where it was
    assert rasa_server.tracker(conversation)["active_loop"]["name"] == "meldcode_form"
