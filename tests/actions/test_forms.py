"""Unit tests of the form validation actions with real rasa_sdk trackers (no server).

FormValidationAction validates only the slots set in the latest turn, so each test puts the
slot candidates at the end of the tracker's events, as the Rasa server does.
"""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateAfwegingskaderForm, ValidateKindcheckForm
from actions.walkthrough import ValidateMeldcodeForm

DOMAIN = {
    "forms": {
        "afwegingskader_form": {"required_slots": ["sector"] + [f"afweging_{n}" for n in range(1, 6)]},
        "kindcheck_form": {"required_slots": ["kc_situatie", "kc_kinderen", "kc_zorgen"]},
        "meldcode_form": {"required_slots": ["sector"]},
    }
}


def tracker(slots: Dict[str, Any], candidate: Dict[str, Any], text: str,
            intent: str = "affirm", form: str = "afwegingskader_form",
            requested: Optional[str] = None, confidence: float = 0.9) -> Tracker:
    events: List[Dict[str, Any]] = [
        {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
    ] + [{"event": "slot", "name": k, "value": v} for k, v in candidate.items()]
    all_slots = {**slots, **candidate, "requested_slot": requested or next(iter(candidate))}
    return Tracker(
        sender_id="unit", slots=all_slots,
        latest_message={"text": text, "intent": {"name": intent, "confidence": confidence}},
        events=events, paused=False, followup_action=None,
        active_loop={"name": form}, latest_action_name="action_listen",
    )


def run(action, t: Tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, DOMAIN))
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, dispatcher.messages


@pytest.mark.parametrize("text,expected", [
    ("jazeker", "ja"), ("klopt", "ja"), ("nee hoor", "nee"), ("weet ik niet zeker", "twijfel"),
    ("/affirm", "ja"), ("/twijfel", "twijfel"),
])
def test_free_text_answers_are_normalised(text, expected):
    slots, _ = run(ValidateAfwegingskaderForm(),
                   tracker({"sector": "zorg"}, {"afweging_1": text}, text))
    assert slots["afweging_1"] == expected
    # Only "ja" at afweging 1 needs afweging 2; nee closes, twijfel means consulting Veilig Thuis.
    assert slots["requested_slot"] == ("afweging_2" if expected == "ja" else None)


def test_not_yet_known_counts_only_at_afweging_5():
    text = "dat weet ik nog niet, de hulp loopt net"
    earlier = {"sector": "zorg", "afweging_1": "ja", "afweging_2": "nee", "afweging_3": "ja"}
    slots, _ = run(ValidateAfwegingskaderForm(), tracker(earlier, {"afweging_4": text}, text))
    assert slots["afweging_4"] == "twijfel"
    slots, _ = run(ValidateAfwegingskaderForm(),
                   tracker({**earlier, "afweging_4": "ja"}, {"afweging_5": text}, text))
    assert slots["afweging_5"] == "nog_niet_bekend"


def test_a_decision_ends_the_form_early():
    slots, _ = run(ValidateAfwegingskaderForm(),
                   tracker({"sector": "onderwijs", "afweging_1": "ja"}, {"afweging_2": "ja"}, "ja"))
    assert slots["afweging_2"] == "ja"
    assert slots["requested_slot"] is None


def test_unclear_answer_is_rejected_with_a_clear_question():
    slots, messages = run(ValidateAfwegingskaderForm(),
                          tracker({"sector": "zorg"}, {"afweging_1": "blauw"}, "blauw", intent="nlu_fallback"))
    assert slots["afweging_1"] is None
    assert slots["requested_slot"] == "afweging_1"
    assert messages[0]["response"] == "utter_answer_not_understood"


@pytest.mark.parametrize("confidence,expected", [(0.41, None), (0.69, None), (0.7, "twijfel"),
                                                 (0.95, "twijfel")])
def test_an_unclear_word_the_model_barely_reads_as_an_answer_is_asked_again(confidence, expected):
    # "blauw" means nothing here; a model once read it as twijfel at 0.401, just past the fallback.
    slots, messages = run(ValidateAfwegingskaderForm(),
                          tracker({"sector": "zorg"}, {"afweging_1": "blauw"}, "blauw",
                                  intent="twijfel", confidence=confidence))
    assert slots["afweging_1"] == expected
    if expected is None:
        assert messages[0]["response"] == "utter_answer_not_understood"


def test_danger_typed_as_an_answer_ends_the_form_with_a_route():
    text = "ja maar hij slaat haar nu"
    slots, _ = run(ValidateAfwegingskaderForm(),
                   tracker({"sector": "zorg"}, {"afweging_1": text}, text))
    assert slots["afweging_1"] is None
    assert slots["speciale_route"] == "danger_now"
    assert slots["requested_slot"] is None


def test_sector_from_free_text_and_solo_professional():
    slots, _ = run(ValidateMeldcodeForm(),
                   tracker({}, {"sector": "ik ben gastouder"}, "ik ben gastouder",
                           intent="inform_sector", form="meldcode_form"))
    assert slots["sector"] == "kinderopvang" and slots["zonder_collegas"] is True


def test_kindcheck_stops_when_there_are_no_children():
    slots, _ = run(ValidateKindcheckForm(),
                   tracker({"kc_situatie": "ja"}, {"kc_kinderen": "nee"}, "nee", intent="deny",
                           form="kindcheck_form"))
    assert slots["kc_kinderen"] == "nee" and slots["requested_slot"] is None


@pytest.mark.parametrize("text,expected", [
    ("ze heeft 2 kids", "ja"), ("een zoontje van 4", "ja"), ("ze is in verwachting", "ja"),
    ("hij heeft geen kids", "nee"), ("ze is niet zwanger", "nee"),
])
def test_kindcheck_question_2_answered_with_the_children_themselves(text, expected):
    slots, _ = run(ValidateKindcheckForm(),
                   tracker({"kc_situatie": "ja"}, {"kc_kinderen": text}, text,
                           intent="nlu_fallback", form="kindcheck_form", confidence=0.4))
    assert slots["kc_kinderen"] == expected


@pytest.mark.parametrize("slot,earlier", [
    ("kc_situatie", {}), ("kc_zorgen", {"kc_situatie": "ja", "kc_kinderen": "ja"}),
])
def test_children_named_at_another_question_are_no_answer(slot, earlier):
    # "ze heeft 2 kids" says nothing about question 1 or 3.
    slots, messages = run(ValidateKindcheckForm(),
                          tracker(earlier, {slot: "ze heeft 2 kids"}, "ze heeft 2 kids",
                                  intent="nlu_fallback", form="kindcheck_form", confidence=0.4))
    assert slots[slot] is None
    assert messages[0]["response"] == "utter_answer_not_understood"


def test_a_question_about_children_is_no_answer_to_question_2():
    text = "tellen stiefkinderen ook mee?"
    slots, _ = run(ValidateKindcheckForm(),
                   tracker({"kc_situatie": "ja"}, {"kc_kinderen": text}, text,
                           intent="nlu_fallback", form="kindcheck_form", confidence=0.4))
    assert slots["kc_kinderen"] is None


def test_afweging_3_names_the_intern_begeleider_only_in_onderwijs():
    from actions.forms import ActionAsk_afweging_3

    def asked(sector):
        asking = Tracker("unit", {"sector": sector}, {}, [], False, None,
                         {"name": "afwegingskader_form"}, "action_listen")
        _, messages = run(ActionAsk_afweging_3(), asking)
        return messages[0]["text"]

    assert "intern begeleider" in asked("onderwijs")
    assert "intern begeleider" not in asked("zorg")
    assert asked("zorg").startswith("Afweging 3 van 5")


def test_confident_side_question_is_answered_and_the_question_asked_again():
    text = "wat is structurele onveiligheid?"
    t = tracker({"sector": "zorg", "afweging_1": "ja"}, {"afweging_2": text}, text, intent="faq")
    t.latest_message["response_selector"] = {"faq": {"response": {
        "intent_response_key": "faq/structurele_onveiligheid", "confidence": 0.93}}}
    slots, messages = run(ValidateAfwegingskaderForm(), t)
    assert slots["afweging_2"] is None and slots["requested_slot"] == "afweging_2"
    assert messages[0]["response"] == "utter_faq/structurele_onveiligheid"


def test_unsure_faq_guess_inside_a_form_is_not_answered():
    text = "Ik ben een naam, leerkracht op een school"
    t = tracker({"sector": "zorg"}, {"afweging_1": text}, text, intent="faq")
    t.latest_message["response_selector"] = {"faq": {"response": {
        "intent_response_key": "faq/signalen_12_18", "confidence": 0.2}}}
    slots, messages = run(ValidateAfwegingskaderForm(), t)
    assert slots["afweging_1"] is None
    assert messages[0]["response"] == "utter_answer_not_understood"


def interrupted(text: str, intent: str, requested: str, form: str = "afwegingskader_form",
                confidence: float = 0.7, routes=(), net=(), before: str = "") -> Tracker:
    """The tracker Rasa sends when the form runs on a message its slot mapping ignored (an
    intent in not_intent): no slot candidate, only Rasa's requested_slot and the form's run.
    `before`: an action that ran between the message and the form (the form was activated)."""
    message = {"text": text, "intent": {"name": intent, "confidence": confidence},
               "safety_routes": list(routes), "safety_net_routes": list(net)}
    events: List[Dict[str, Any]] = [{"event": "user", "text": text, "parse_data": message}]
    if before:
        events.append({"event": "action", "name": before})
    events += [{"event": "slot", "name": "requested_slot", "value": requested},
               {"event": "action", "name": form}]
    slots = {"sector": "zorg", "requested_slot": requested}
    if requested == "afweging_5":
        slots.update(afweging_1="ja", afweging_2="nee", afweging_3="ja", afweging_4="ja")
    if requested in ("kc_kinderen", "kc_zorgen"):
        slots.update(kc_situatie="ja")
    if requested == "kc_zorgen":
        slots.update(kc_kinderen="ja")
    return Tracker(sender_id="unit", slots=slots, latest_message=message, events=events,
                   paused=False, followup_action=None, active_loop={"name": form},
                   latest_action_name=form)


@pytest.mark.parametrize("text,intent,requested,form,expected", [
    # A command the model read in an answer ("ja, al maanden stabiel" as start_meldcode).
    ("nee, na drie maanden nog dezelfde zorgen", "start_meldcode", "afweging_5",
     "afwegingskader_form", "nee"),
    ("ja mevrouw is ernstig depressief", "start_meldcode", "kc_situatie", "kindcheck_form", "ja"),
    ("ja, ze heeft een zoon van 4", "start_kindcheck", "kc_kinderen", "kindcheck_form", "ja"),
    # ... or the question's content in it, without an answer word.
    ("ze heeft twee kinderen", "start_kindcheck", "kc_kinderen", "kindcheck_form", "ja"),
    ("geen zorgen meer", "start_meldcode", "kc_zorgen", "kindcheck_form", "ja"),
])
def test_a_message_that_opens_with_an_answer_answers_the_form(text, intent, requested, form,
                                                               expected):
    action = ValidateAfwegingskaderForm() if form == "afwegingskader_form" else ValidateKindcheckForm()
    slots, _ = run(action, interrupted(text, intent, requested, form))
    assert slots[requested] == expected


def test_an_unsure_route_in_a_case_description_is_not_overruled_by_content():
    # A safety message names a child as often as an answer to kindcheck question 2 does.
    tracker = interrupted("ze heeft een dochtertje en de invaller zit steeds aan haar",
                          "staff_suspect", "kc_kinderen", "kindcheck_form", confidence=0.43,
                          routes=["staff_suspect"], net=[])
    slots, _ = run(ValidateKindcheckForm(), tracker)
    assert "kc_kinderen" not in slots


@pytest.mark.parametrize("confidence", [0.47, 0.72])
def test_a_short_answer_with_the_questions_content_goes_over_a_route_only_the_model_read(confidence):
    # "ze heeft 2 kids" read as a staff suspect (0.47) by one trained model, and a short answer
    # as a route at 0.72 by another: short messages are answers first, the net reads short routes.
    tracker = interrupted("ze heeft 2 kids", "staff_suspect", "kc_kinderen", "kindcheck_form",
                          confidence=confidence, routes=["staff_suspect"], net=[])
    slots, _ = run(ValidateKindcheckForm(), tracker)
    assert slots["kc_kinderen"] == "ja" and not slots.get("speciale_route")


def test_an_unsure_route_in_an_answer_gives_way_to_the_answer_but_a_sure_one_does_not():
    text = "jazeker, het kind vertelde het zelf"
    unsure = interrupted(text, "child_or_victim", "afweging_1", confidence=0.45,
                         routes=["child_or_victim"], net=[])
    slots, _ = run(ValidateAfwegingskaderForm(), unsure)
    assert slots["afweging_1"] == "ja" and not slots.get("speciale_route")
    # The keyword net read the route too: the form takes nothing (Rasa then lets the route's
    # rule run).
    net = interrupted(text, "child_or_victim", "afweging_1", confidence=0.45,
                      routes=["child_or_victim"], net=["child_or_victim"])
    slots, _ = run(ValidateAfwegingskaderForm(), net)
    assert "afweging_1" not in slots
    sure = interrupted(text, "child_or_victim", "afweging_1", confidence=0.9,
                       routes=["child_or_victim"], net=[])
    slots, _ = run(ValidateAfwegingskaderForm(), sure)
    assert "afweging_1" not in slots


@pytest.mark.parametrize("text,before", [
    ("opnieuw beginnen", ""),                              # no answer word: the command
    ("ja, laten we afwegen", "action_start_afwegingskader"),  # the form was just activated
    ("ja, mag ik dat zelf beslissen?", ""),                 # a question
    ("ja, ik heb een vraag", "sure"),                       # the model is sure of the command
])
def test_other_messages_are_left_to_the_command(text, before):
    confidence = 0.93 if before == "sure" else 0.7
    before = "" if before == "sure" else before
    slots, _ = run(ValidateAfwegingskaderForm(),
                   interrupted(text, "ask_question", "afweging_1", confidence=confidence,
                               before=before))
    assert "afweging_1" not in slots


def test_an_unsure_message_that_may_be_a_safety_route_gets_112_and_the_route_in_a_form():
    # "hij slaat haar" (short, only the model read danger now): the safety net made it the
    # fallback; in a form it is no answer, so 112 first and the route as a button.
    # The slot's mapping takes a fallback message's text, so the form validates it.
    t = tracker({"kc_situatie": "ja"}, {"kc_kinderen": "hij slaat haar"}, "hij slaat haar",
                intent="nlu_fallback", form="kindcheck_form", confidence=0.8)
    t.latest_message.update(safety_routes=[], safety_net_routes=[], intent_ranking=[
        {"name": "nlu_fallback", "confidence": 0.8}, {"name": "danger_now", "confidence": 0.8}])
    slots, messages = run(ValidateKindcheckForm(), t)
    assert slots["kc_kinderen"] is None
    assert [m.get("response") for m in messages] == ["utter_fallback_safety"]
    assert messages[0]["buttons"] == [{"title": "Er is nu direct gevaar", "payload": "/danger_now"}]
