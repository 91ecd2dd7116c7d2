"""The fallback and an unasked sector keep the user's place in the walk-through (real rasa_sdk
trackers, no server)."""
from __future__ import annotations

import asyncio
from typing import Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionHandleAnswer
from actions.forms import ActionStartAfwegingskader, ActionStartKindcheck
from actions.outcomes import ActionAnswerFaq, ActionFallback, ActionGiveOutcome
from actions.walkthrough import ActionStartMeldcode, step_buttons, step_payload
from bot.meldcode.steps import step_check

MEANINGLESS_RANKING = [{"name": "greet", "confidence": 0.3}, {"name": "thank", "confidence": 0.2}]
CLOSE_TO_DANGER = [{"name": "greet", "confidence": 0.35}, {"name": "danger_now", "confidence": 0.3}]


def _tracker(text: str, intent: str, step: Optional[int], ranking=(), **slots) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.4},
               "intent_ranking": list(ranking)}
    if step:
        slots.update(traject="meldcode", stap=float(step), open_vraag="stap_check")
    return Tracker(sender_id="unit", slots=slots, latest_message=message, events=[],
                   paused=False, followup_action=None, active_loop={},
                   latest_action_name="action_listen")


def _run(action, tracker: Tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


@pytest.mark.parametrize("step", [1, 2, 3, 4, 5])
def test_the_fallback_in_a_step_asks_the_step_question_again(step):
    messages, events = _run(ActionFallback(), _tracker("de ib", "nlu_fallback", step,
                                                       MEANINGLESS_RANKING))
    assert messages[0]["response"] == "utter_fallback" and not messages[0]["buttons"]
    assert messages[1]["text"] == step_check(step)
    assert messages[1]["buttons"] == step_buttons(step)
    assert events == []


def test_the_fallback_outside_the_walk_through_offers_the_main_paths():
    messages, _ = _run(ActionFallback(), _tracker("de ib", "nlu_fallback", None,
                                                  MEANINGLESS_RANKING))
    assert len(messages) == 1 and messages[0]["response"] == "utter_fallback"
    assert "/start_meldcode" in [b["payload"] for b in messages[0]["buttons"]]


@pytest.mark.parametrize("step,way_on", [
    (3, {"title": "Nee, verder met stap 3", "payload": step_payload(3)}),
    (None, {"title": "Iets anders", "payload": "/greet"}),
])
def test_the_safety_fallback_offers_the_route_and_the_way_back(step, way_on):
    messages, _ = _run(ActionFallback(), _tracker("hij is er weer", "nlu_fallback", step,
                                                  CLOSE_TO_DANGER))
    assert messages[0]["response"] == "utter_fallback_safety"
    assert messages[0]["buttons"] == [{"title": "Er is nu direct gevaar", "payload": "/danger_now"},
                                      way_on]


@pytest.mark.parametrize("text", ["iets anders", "anders"])
def test_a_typed_iets_anders_is_not_taken_as_a_field_of_work(text):
    messages, events = _run(ActionHandleAnswer(), _tracker(text, "inform_sector", 2))
    assert events == []
    assert messages[-1]["text"] == "Zullen we verder gaan met stap 2?"
    messages, events = _run(ActionHandleAnswer(), _tracker(text, "inform_sector", None))
    assert events == [] and messages[0]["response"] == "utter_main_paths"


def test_a_sector_named_in_a_step_is_noted_and_the_step_goes_on():
    messages, events = _run(ActionHandleAnswer(),
                            _tracker("ik werk in de kinderopvang", "inform_sector", 3))
    assert [e["value"] for e in events if e["name"] == "sector"] == ["kinderopvang"]
    assert messages[0]["text"] == "Genoteerd: kinderopvang."
    assert messages[1]["text"] == "Zullen we verder gaan met stap 3?"


def test_a_sector_named_outside_the_walk_through_offers_the_main_paths():
    messages, events = _run(ActionHandleAnswer(),
                            _tracker("ik werk in de kinderopvang", "inform_sector", None))
    assert [e["value"] for e in events if e["name"] == "sector"] == ["kinderopvang"]
    assert messages[0]["text"] == "Genoteerd: kinderopvang. Waar wil je mee beginnen?"


def _route_tracker(text: str, confidence: float, net, form: Optional[str] = None,
                   open_question: Optional[str] = "stap_check") -> Tracker:
    message = {"text": text, "intent": {"name": "danger_now", "confidence": confidence},
               "intent_ranking": [], "safety_routes": ["danger_now"]}
    if net is not None:
        message["safety_net_routes"] = net
    slots = {"traject": "kindcheck" if form else "meldcode", "stap": None if form else 2.0,
             "open_vraag": open_question}
    return Tracker(sender_id="unit", slots=slots, latest_message=message, events=[],
                   paused=False, followup_action=None,
                   active_loop={"name": form} if form else {}, latest_action_name="action_listen")


@pytest.mark.parametrize("text,confidence,net,form,open_question,asks", [
    # Typed while a question is open, only the model read the route, unsure: ask.
    ("hij woont bij zijn vriendin", 0.5, [], "kindcheck_form", None, True),
    ("met de ib", 0.5, [], None, "stap_check", True),
    ("laten we", 0.5, [], None, "start_afwegingskader", True),
    # A short message is asked about even when the model is sure: short typed answers are
    # where models trained on different machines differ ("hij heeft geen kids" at 0.72).
    ("hij heeft geen kids", 0.72, [], "kindcheck_form", None, True),
    # Taken: the net read it, the model is sure of a case description, a button, no question
    # open, an old parse.
    ("hij slaat haar nu", 0.5, ["danger_now"], "kindcheck_form", None, False),
    ("hij woont bij zijn vriendin en ik maak me zorgen", 0.6, [], "kindcheck_form", None, False),
    ("/danger_now", 0.5, None, "kindcheck_form", None, False),
    ("hij woont bij zijn vriendin", 0.5, [], None, None, False),
    ("hij woont bij zijn vriendin", 0.5, [], None, "dossier_note", False),
    ("hij woont bij zijn vriendin", 0.5, None, "kindcheck_form", None, False),
])
def test_an_unsure_route_over_an_open_question_is_asked_about(text, confidence, net, form,
                                                              open_question, asks):
    messages, events = _run(ActionGiveOutcome(),
                            _route_tracker(text, confidence, net, form, open_question))
    if not asks:
        assert any("112" in (m.get("text") or "") for m in messages)  # the route's advice
        assert {"event": "slot", "name": "uitkomst", "value": "bel_112", "timestamp": None} in events
        return
    assert messages[0]["response"] == "utter_fallback_safety"
    assert messages[0]["buttons"] == [{"title": "Er is nu direct gevaar", "payload": "/danger_now"}]
    assert not [e for e in events if e.get("name") == "uitkomst"]
    if form:
        assert events == [{"event": "followup", "name": form, "timestamp": None}]
    else:
        assert events == [] and messages[1]["text"] == step_check(2)


@pytest.mark.parametrize("action,intent", [(ActionFallback(), "nlu_fallback"),
                                           (ActionAnswerFaq(), "faq")])
@pytest.mark.parametrize("text,step,reads", [
    ("twijfel nog of dat genoeg is", 2, True),
    ("jazeker, alles staat erin", 1, True),
    ("kan ik niet gewoon anoniem bellen", 2, False),  # a question, even without "?"
    ("twijfel nog of dat genoeg is", None, False),    # no step question open
    ("/twijfel", 2, False),                             # a payload has its own intent
])
def test_a_typed_answer_to_a_step_is_read_before_a_faq_answer_or_the_fallback(
        action, intent, text, step, reads):
    tracker = _tracker(text, intent, step, MEANINGLESS_RANKING)
    _messages, events = _run(action, tracker)
    followup = {"event": "followup", "name": "action_handle_answer", "timestamp": None}
    assert (followup in events) is reads


@pytest.mark.parametrize("text,intent,expected", [
    ("twijfel nog of dat genoeg is", "faq", "utter_step_doubt"),
    ("nee nog niet", "nlu_fallback", "utter_step_not_done"),
    ("nog niet", "nog_niet_bekend", "utter_step_not_done"),
    ("nee", "deny", "utter_step_not_done"),
    ("weet niet", "twijfel", "utter_step_doubt"),
])
def test_a_step_answer_that_is_not_yes(text, intent, expected):
    messages, _ = _run(ActionHandleAnswer(), _tracker(text, intent, 2))
    assert messages[0]["response"] == expected


@pytest.mark.parametrize("text,intent,confidence,expected", [
    # The model unsure of its answer intent: the words go first.
    ("nog nie gedaan, durfde het niet", "twijfel", 0.45, "utter_step_not_done"),
    ("nog niet gedaan eigenlijk", "affirm", 0.5, "utter_step_not_done"),
    # Sure of it: the intent.
    ("nog niet helemaal, ik twijfel", "twijfel", 0.9, "utter_step_doubt"),
    ("nee hoor", "deny", 0.95, "utter_step_not_done"),
    # Unsure, and the words say nothing: the intent still.
    ("mwa", "twijfel", 0.45, "utter_step_doubt"),
])
def test_an_unsure_answer_intent_at_a_step_reads_the_words_first(text, intent, confidence, expected):
    tracker = _tracker(text, intent, 2)
    tracker.latest_message["intent"]["confidence"] = confidence
    messages, _ = _run(ActionHandleAnswer(), tracker)
    assert messages[0]["response"] == expected


def test_a_typed_yes_moves_to_the_next_step():
    messages, events = _run(ActionHandleAnswer(),
                            _tracker("jazeker, alles staat erin", "nlu_fallback", 1))
    assert messages[0]["text"].startswith("Stap 2")
    assert {"event": "slot", "name": "stap", "value": 2.0, "timestamp": None} in events


FAQ_DOMAIN = {"responses": {"utter_faq/geen_bewijs_nodig": [{"text": "..."}],
                            "utter_faq/dossier": [{"text": "..."}]}}
AMBIGUOUS_FAQ = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "faq", "confidence": 0.52},
                 {"name": "start_meldcode", "confidence": 0.47}]


def _faq_fallback(step: Optional[int], ranking) -> list:
    tracker = _tracker("ik heb geen bewijs, moet dat", "nlu_fallback", step, ranking)
    tracker.latest_message["response_selector"] = {"faq": {
        "response": {"intent_response_key": "faq/geen_bewijs_nodig", "confidence": 0.99},
        "ranking": [{"intent_response_key": "faq/geen_bewijs_nodig", "confidence": 0.99},
                    {"intent_response_key": "faq/dossier", "confidence": 0.01}]}}
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionFallback().run(dispatcher, tracker, FAQ_DOMAIN))
    return dispatcher.messages


def test_the_fallback_offers_the_faq_topics_when_the_model_leaned_to_a_faq_question():
    messages = _faq_fallback(None, AMBIGUOUS_FAQ)
    assert messages[0]["response"] == "utter_fallback"
    payloads = [b["payload"] for b in messages[0]["buttons"]]
    assert payloads == ['/choose_faq{"faq_topic":"geen_bewijs_nodig"}',
                        '/choose_faq{"faq_topic":"dossier"}', "/choose_faq"]
    # In a step: the topics, then the step's question again.
    messages = _faq_fallback(2, AMBIGUOUS_FAQ)
    assert len(messages[0]["buttons"]) == 2 and messages[1]["text"] == step_check(2)


def test_the_fallback_offers_no_faq_topics_when_the_model_leaned_elsewhere():
    ranking = [{"name": "nlu_fallback", "confidence": 0.4},
               {"name": "start_meldcode", "confidence": 0.52}, {"name": "faq", "confidence": 0.47}]
    messages = _faq_fallback(None, ranking)
    assert "/start_meldcode" in [b["payload"] for b in messages[0]["buttons"]]
    assert not [b for b in messages[0]["buttons"] if b["payload"].startswith("/choose_faq{")]


def test_an_unsure_route_in_a_message_that_opens_with_an_answer_answers_the_step():
    tracker = _route_tracker("ja, met de ib besproken", 0.5, [], None, "stap_check")
    messages, events = _run(ActionGiveOutcome(), tracker)
    assert messages == []
    assert events == [{"event": "followup", "name": "action_handle_answer", "timestamp": None}]


@pytest.mark.parametrize("text", ["ik heb het met de ib besproken en zij denkt dat hij slaat",
                                  "ik twijfel of hij haar pijn doet"])
def test_an_unsure_route_without_an_answer_word_is_asked_about_at_a_step(text):
    # In a case description only an answer word goes over an unsure route; the step's work or
    # doubt does not.
    tracker = _route_tracker(text, 0.5, [], None, "stap_check")
    messages, events = _run(ActionGiveOutcome(), tracker)
    assert messages and messages[0]["response"] == "utter_fallback_safety"
    assert {"event": "followup", "name": "action_handle_answer", "timestamp": None} not in events


@pytest.mark.parametrize("action,intent", [
    (ActionStartMeldcode(), "start_meldcode"),
    (ActionStartAfwegingskader(), "start_afwegingskader"),
    (ActionStartKindcheck(), "start_kindcheck"),
])
@pytest.mark.parametrize("text,step,latest_action,reads", [
    ("ja, samen met de AF besluiten we te melden", 5, "action_listen", True),
    ("nee, nog niet met een collega", 2, "action_listen", True),
    ("opnieuw beginnen", 2, "action_listen", False),   # no answer word: the command
    ("ja, kan dat?", 2, "action_listen", False),       # a question
    ("ja, begin maar", None, "action_listen", False),  # no step question open
    # action_handle_answer itself starts the afwegingskader after a "ja" at step 4.
    ("ja, begin maar", 4, "action_handle_answer", False),
    ("ja, begin maar", 4, "sure", False),  # the model is sure of the command
    # No answer word, but the step's work named as done, or doubt (second stop of 2026-12-06).
    ("de blauwe plekken en wat ze zei heb ik meteen genoteerd", 1, "action_listen", True),
    ("ik twijfel nog steeds heen en weer", 3, "action_listen", True),
    ("de blauwe plekken en wat ze zei heb ik meteen genoteerd", 1, "sure", False),
])
def test_a_start_command_read_in_an_answer_to_a_step_answers_it(action, intent, text, step,
                                                                 latest_action, reads):
    tracker = _tracker(text, intent, step)  # the model's confidence: 0.4
    if latest_action == "sure":
        tracker.latest_message["intent"]["confidence"] = 0.85
        latest_action = "action_listen"
    tracker.latest_action_name = latest_action
    _messages, events = _run(action, tracker)
    followup = {"event": "followup", "name": "action_handle_answer", "timestamp": None}
    assert (followup in events) is reads


def _sexual_route_tracker(text: str) -> Tracker:
    message = {"text": text, "intent": {"name": "sexual_violence_recent", "confidence": 0.9},
               "intent_ranking": [], "safety_routes": ["sexual_violence_recent"],
               "safety_net_routes": []}
    return Tracker(sender_id="unit", slots={}, latest_message=message, events=[], paused=False,
                   followup_action=None, active_loop={}, latest_action_name="action_listen")


@pytest.mark.parametrize("text,staff_check", [
    # The model read recent sexual violence; someone who works here is in the story.
    ("de nieuwe stagiair heeft vrijdag in de kleedkamer een meisje aangeraakt", True),
    # The writer's own job, a colleague as witness, someone at home.
    ("ik ben mentor en een leerling is zaterdag op een feest verkracht", False),
    ("een collega hoorde dat een meisje gisteren door haar oom is aangerand", False),
])
def test_recent_sexual_violence_with_a_staff_member_in_it_offers_the_staff_route(text, staff_check):
    messages, _ = _run(ActionGiveOutcome(), _sexual_route_tracker(text))
    assert "Centrum Seksueel Geweld" in messages[0]["text"]  # the route's own advice first
    staff = [m for m in messages if m.get("response") == "utter_case_staff_check"]
    assert bool(staff) is staff_check
    if staff:
        assert staff[0]["buttons"] == [{"title": "Ja, het gaat over een collega",
                                        "payload": "/staff_suspect"}]


@pytest.mark.parametrize("text", ["met de ib besproken", "ik heb alles genoteerd"])
def test_a_short_answer_with_the_steps_work_goes_over_an_unsure_route(text):
    # Short, no case description: the step's work named as done answers the step.
    tracker = _route_tracker(text, 0.72, [], None, "stap_check")
    messages, events = _run(ActionGiveOutcome(), tracker)
    assert messages == []
    assert events == [{"event": "followup", "name": "action_handle_answer", "timestamp": None}]
