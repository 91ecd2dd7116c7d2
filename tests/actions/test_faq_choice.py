""""Bedoel je ...?": an unsure FAQ question gets its likely topics as buttons; a click is answered.

Unit tests of ActionAnswerFaq with real rasa_sdk trackers and the real domain (domain.yml plus
data/responses/faq.yml, merged as Rasa merges them for the action server). Button payloads are
parsed with Rasa's own payload parser, so a test fails when the domain does not declare the
intent or the entity the buttons use.
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import FAQ_CONFIDENT, MAIN_PATH_BUTTONS
from actions.outcomes import ActionAnswerFaq
from bot.faq_titles import FAQ_TITLES

ROOT = Path(__file__).resolve().parents[2]
FAQ_RESPONSES = yaml.safe_load((ROOT / "data" / "responses" / "faq.yml").read_text())["responses"]
DOMAIN_YML = yaml.safe_load((ROOT / "domain.yml").read_text())
DOMAIN = {**DOMAIN_YML, "responses": {**DOMAIN_YML["responses"], **FAQ_RESPONSES}}
TOPICS = [key.split("/", 1)[1] for key in FAQ_RESPONSES]


def tracker(message: Dict[str, Any], slots: Optional[Dict[str, Any]] = None,
            form: Optional[str] = None) -> Tracker:
    events = [{"event": "user", "text": message.get("text"), "parse_data": message,
               "input_channel": "rest"}]
    return Tracker(sender_id="unit", slots=slots or {}, latest_message=message, events=events,
                   paused=False, followup_action=None,
                   active_loop={"name": form} if form else {}, latest_action_name="action_listen")


def faq_message(ranking: List[tuple], text: str = "hoe zit dat met kinderen van mijn client") -> Dict:
    """A parsed FAQ question as Rasa 3.6's ResponseSelector leaves it (best first)."""
    best_key, best_confidence = ranking[0]
    return {
        "text": text,
        "intent": {"name": "faq", "confidence": 0.9},
        "entities": [],
        "response_selector": {
            "all_retrieval_intents": ["faq"],
            "faq": {
                "response": {"responses": [{"text": "..."}], "confidence": best_confidence,
                             "intent_response_key": best_key,
                             "utter_action": f"utter_{best_key}"},
                "ranking": [{"id": 1000 + i, "confidence": c, "intent_response_key": k}
                            for i, (k, c) in enumerate(ranking)],
            },
        },
    }


def click(payload: str) -> Dict[str, Any]:
    """What Rasa makes of a button click: parsed by its payload parser with our domain."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
    from rasa.shared.nlu.training_data.message import Message

    domain = Domain.from_dict(DOMAIN_YML)
    return YAMLStoryReader.unpack_regex_message(Message({"text": payload}), domain).data


def run(t: Tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionAnswerFaq().run(dispatcher, t, DOMAIN))
    return events, dispatcher.messages


UNSURE = [("faq/kindcheck", 0.31), ("faq/sector_zorg", 0.22),
          ("faq/signalen_volwassen_slachtoffer", 0.12), ("faq/meldrecht", 0.05)]


# --- the titles ------------------------------------------------------------------------------

def test_every_faq_topic_has_exactly_one_title():
    assert len(TOPICS) >= 60, "no topics found: the responses file moved?"
    assert set(FAQ_TITLES) - set(TOPICS) == set(), "titles for topics that do not exist"
    assert set(TOPICS) - set(FAQ_TITLES) == set(), "topics without a title in bot/faq_titles.py"


def test_titles_are_short_and_tell_the_topics_apart():
    too_long = {t: title for t, title in FAQ_TITLES.items() if len(title.split()) > 6}
    assert too_long == {}, "at most six words per button"
    assert all(title.strip() == title and title for title in FAQ_TITLES.values())
    assert len(set(FAQ_TITLES.values())) == len(FAQ_TITLES), "two topics with the same title"


# --- unsure: offer the likely topics ---------------------------------------------------------

def test_unsure_question_offers_the_three_best_topics_and_a_way_out():
    events, messages = run(tracker(faq_message(UNSURE)))
    assert events == []
    assert len(messages) == 1, "no guessed answer next to the choices"
    offer = messages[0]
    assert offer["response"] == "utter_faq_unsure"
    assert [b["title"] for b in offer["buttons"]] == [
        "Wat is de kindcheck?", "De meldcode in de zorg", "Signalen bij een volwassene", "Iets anders"]
    assert [b["payload"] for b in offer["buttons"][:3]] == [
        '/choose_faq{"faq_topic":"kindcheck"}',
        '/choose_faq{"faq_topic":"sector_zorg"}',
        '/choose_faq{"faq_topic":"signalen_volwassen_slachtoffer"}',
    ]


def test_offer_text_does_not_present_a_guess_as_an_answer():
    text = DOMAIN["responses"]["utter_faq_unsure"][0]["text"]
    assert "niet zeker" in text and text.rstrip().endswith("?")


def test_choices_skip_unknown_broken_and_repeated_entries():
    ranking = [("faq/bestaat_niet", 0.3), ("faq/meldrecht", 0.2), ("nlu_fallback", 0.15),
               ("faq/meldrecht", 0.1), ("faq/toestemming", 0.05), ("faq/dossier", 0.04),
               ("faq/verwijsindex", 0.03)]
    message = faq_message(ranking)
    message["response_selector"]["faq"]["ranking"].insert(0, "kapot")
    _, messages = run(tracker(message))
    assert [b["payload"] for b in messages[0]["buttons"]] == [
        '/choose_faq{"faq_topic":"meldrecht"}', '/choose_faq{"faq_topic":"toestemming"}',
        '/choose_faq{"faq_topic":"dossier"}', "/choose_faq"]


def test_unsure_without_a_ranking_still_offers_the_selectors_choice():
    message = faq_message([("faq/anoniem_melden", 0.3)])
    del message["response_selector"]["faq"]["ranking"]
    _, messages = run(tracker(message))
    assert [b["title"] for b in messages[0]["buttons"]] == ["Kan ik anoniem melden?", "Iets anders"]


def test_unsure_without_any_known_topic_goes_to_the_honest_fallback():
    events, messages = run(tracker(faq_message([("faq/bestaat_niet", 0.3)])))
    assert messages == []
    assert events == [{"event": "followup", "name": "action_fallback", "timestamp": None}]


def test_an_unsure_question_that_reveals_a_special_route_gets_the_route():
    message = faq_message(UNSURE, text="de gymleraar zit aan leerlingen, wat moet ik doen")
    events, messages = run(tracker(message))
    assert messages == []
    assert events[0]["name"] == "action_give_outcome"


# --- a click: answered from the payload, not from the NLU model ------------------------------

def test_each_offered_button_is_answered_with_its_own_topic(usage):
    _, messages = run(tracker(faq_message(UNSURE)))
    for button, topic in zip(messages[0]["buttons"], ["kindcheck", "sector_zorg",
                                                       "signalen_volwassen_slachtoffer"]):
        events, answer = run(tracker(click(button["payload"])))
        assert events == []
        assert [m["response"] for m in answer] == [f"utter_faq/{topic}"]
    assert usage == [("faq", {"channel": "rest", "sector": None, "faq_topic": "kindcheck"}),
                     ("faq", {"channel": "rest", "sector": None, "faq_topic": "sector_zorg"}),
                     ("faq", {"channel": "rest", "sector": None,
                              "faq_topic": "signalen_volwassen_slachtoffer"})]


def test_every_topic_can_be_chosen():
    for topic in TOPICS:
        _, messages = run(tracker(click(f'/choose_faq{{"faq_topic":"{topic}"}}')))
        assert messages[0]["response"] == f"utter_faq/{topic}"


@pytest.mark.parametrize("payload", [
    "/choose_faq",                                   # "Iets anders"
    '/choose_faq{"faq_topic":"bestaat_niet"}',      # a topic that was removed or mistyped
    '/choose_faq{"faq_topic":"../domain"}',
    '/choose_faq{"faq_topic":3}',
    '/choose_faq{"faq_topic":["bestaat_niet"]}',
    '/choose_faq{"faq_topic":{"a":1}}',
    '/choose_faq{"faq_topic":null}',
    '/choose_faq{"faq_topic": "kind',                # broken JSON: Rasa drops the entities
])
def test_no_or_unknown_topic_gets_a_clear_answer_with_veilig_thuis(payload, usage):
    events, messages = run(tracker(click(payload)))
    assert events == []
    assert [m["response"] for m in messages] == ["utter_faq_not_chosen"]
    assert messages[0]["buttons"] == MAIN_PATH_BUTTONS
    text = DOMAIN["responses"]["utter_faq_not_chosen"][0]["text"]
    assert "Veilig Thuis" in text and "0800-2000" in text and "112" in text
    assert usage == [("fallback", {"channel": "rest", "sector": None})]


def test_a_chosen_topic_during_the_walk_through_offers_the_way_back():
    slots = {"traject": "meldcode", "stap": 2.0}
    _, messages = run(tracker(click('/choose_faq{"faq_topic":"dossier"}'), slots))
    assert messages[0]["response"] == "utter_faq/dossier"
    assert messages[1]["text"] == "Zullen we verder gaan met stap 2?"
    _, messages = run(tracker(click("/choose_faq"), slots))
    assert messages[0]["response"] == "utter_faq_not_chosen" and messages[0]["buttons"] == []
    assert messages[1]["text"] == "Zullen we verder gaan met stap 2?"


def test_a_chosen_topic_inside_a_form_is_answered_without_buttons_of_its_own():
    t = tracker(click('/choose_faq{"faq_topic":"bestaat_niet"}'), {"afweging_1": "ja"},
                form="afwegingskader_form")
    _, messages = run(t)
    assert [m["response"] for m in messages] == ["utter_faq_not_chosen"]
    assert messages[0]["buttons"] == []  # the form asks its own question again next
    _, messages = run(tracker(click('/choose_faq{"faq_topic":"afwegingskader"}'),
                              form="afwegingskader_form"))
    assert [m["response"] for m in messages] == ["utter_faq/afwegingskader"]


def test_a_click_inside_a_form_does_not_fill_the_forms_slots():
    """choose_faq is an interrupting intent: no from_text slot takes the payload as an answer."""
    for slot, spec in DOMAIN_YML["slots"].items():
        for mapping in spec.get("mappings", []):
            if mapping.get("type") == "from_text":
                assert "choose_faq" in mapping.get("not_intent", []), slot


def test_every_form_asks_again_after_a_chosen_topic():
    rules = []
    for path in (ROOT / "data" / "rules").glob("*.yml"):
        rules += yaml.safe_load(path.read_text()).get("rules") or []
    resumed = {
        rule["condition"][0]["active_loop"]
        for rule in rules
        if rule.get("condition") and rule["steps"][:2] == [
            {"intent": "choose_faq"}, {"action": "action_answer_faq"}]
        and rule["steps"][2:] == [{"action": rule["condition"][0]["active_loop"]},
                                  {"active_loop": rule["condition"][0]["active_loop"]}]
    }
    assert resumed == set(DOMAIN_YML["forms"])
    assert any(rule["steps"] == [{"intent": "choose_faq"}, {"action": "action_answer_faq"}]
               and not rule.get("condition") for rule in rules)


# --- confident: answered as before -----------------------------------------------------------

def test_confident_question_is_answered_directly(usage):
    message = faq_message([("faq/meldrecht", 0.87), ("faq/beroepsgeheim", 0.08)])
    events, messages = run(tracker(message))
    assert events == []
    assert [m["response"] for m in messages] == ["utter_faq/meldrecht"]
    assert usage == [("faq", {"channel": "rest", "sector": None, "faq_topic": "meldrecht"})]


def test_the_threshold_itself_counts_as_confident():
    _, messages = run(tracker(faq_message([("faq/dossier", FAQ_CONFIDENT), ("faq/meldrecht", 0.3)])))
    assert [m["response"] for m in messages] == ["utter_faq/dossier"]


def test_not_a_faq_question_goes_to_the_fallback():
    message = {"text": "blabla", "intent": {"name": "nlu_fallback", "confidence": 0.3}, "entities": []}
    events, messages = run(tracker(message))
    assert messages == [] and events[0]["name"] == "action_fallback"
