"""Shared helpers for the actions: reading the conversation state from slots.

Actions read slots, call bot.meldcode, utter and set slots; none of them decides advice itself.
"""
from __future__ import annotations

import json
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.types import DomainDict

from bot.faq_titles import faq_title
from bot.meldcode.answers import Answer, answers_over_command
from bot.meldcode.routes import (
    FALLBACK_INTENT,
    INTENT_TO_ROUTE,
    ROUTES_KEY,
    Route,
    answer_over_unsure_route,
    answer_with_a_case,
    detect_routes,
    signalled_routes,
)
from bot.meldcode.sectors import Sector
from bot.meldcode.steps import read_step_answer, says_step_done

AFWEGING_SLOTS: Dict[int, Text] = {n: f"afweging_{n}" for n in range(1, 6)}
KINDCHECK_SLOTS: Dict[int, Text] = {1: "kc_situatie", 2: "kc_kinderen", 3: "kc_zorgen"}

# Button payloads are intents, so a click is never misunderstood by the NLU model.
ANSWER_BUTTONS: List[Dict[Text, Text]] = [
    {"title": "Ja", "payload": "/affirm"},
    {"title": "Nee", "payload": "/deny"},
    {"title": "Twijfel", "payload": "/twijfel"},
]
NOT_YET_KNOWN_BUTTON = {"title": "Nog niet bekend", "payload": "/nog_niet_bekend"}

MAIN_PATH_BUTTONS: List[Dict[Text, Text]] = [
    {"title": "Meldcode doorlopen", "payload": "/start_meldcode"},
    {"title": "Afwegingskader", "payload": "/start_afwegingskader"},
    {"title": "Kindcheck", "payload": "/start_kindcheck"},
    {"title": "Vraag stellen", "payload": "/ask_question"},
]


def latest_text(tracker: Tracker) -> Text:
    return tracker.latest_message.get("text") or ""


def latest_intent(tracker: Tracker) -> Optional[Text]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def latest_intent_confidence(tracker: Tracker) -> float:
    """The model's confidence in the latest intent (1.0 for a button payload)."""
    return float((tracker.latest_message.get("intent") or {}).get("confidence") or 0.0)


# The walk-through's own questions that a typed answer may follow (slot open_vraag, set by
# actions.walkthrough.show_step): a step's check, "shall we do the afwegingskader?" at step 4,
# "do you know your decision?" at step 5.
ANSWERED_QUESTIONS = {"stap_check", "start_afwegingskader", "beslissing"}


def step_question_open(tracker: Tracker) -> bool:
    return (not tracker.active_loop.get("name") and bool(tracker.get_slot("stap"))
            and tracker.get_slot("open_vraag") in ANSWERED_QUESTIONS)


def typed_step_answer(tracker: Tracker) -> Optional[Answer]:
    """A typed answer to the open step question in a message the model read as something else
    (a FAQ question, the fallback, a step without a number): bot.meldcode.steps.read_step_answer
    ("twijfel nog", "ik heb het vastgelegd"; "kan ik niet anoniem melden" stays a question)."""
    text = latest_text(tracker)
    if not step_question_open(tracker) or text.startswith("/"):
        return None
    return read_step_answer(int(tracker.get_slot("stap")), text)


def answers_despite_intent(tracker: Tracker,
                           content_answer: Optional[Callable[[Text], Optional[Answer]]]) -> bool:
    """The latest message answers the open question although the model read a command or,
    unsure, a route in it (bot.meldcode.answers.answers_over_command), or opens with an answer
    word and tells a case after it (bot.meldcode.routes.answer_with_a_case)."""
    text = latest_text(tracker)
    return answer_with_a_case(text, latest_intent(tracker)) or answers_over_command(
        text, latest_intent_confidence(tracker), content_answer)


def opening_step_answer(tracker: Tracker, over_a_route: bool = False) -> Optional[Answer]:
    """A step's check answered in a message the model read, unsure, as a command: it opens with
    an answer word ("ja, samen met de AF besluiten we te melden" as start_afwegingskader), says
    the step's work is done ("wat hij zei heb ik meteen genoteerd" as start_meldcode at 0.42) or
    doubts (bot.meldcode.answers.answers_over_command). The start actions hand it to
    action_handle_answer; never right after that action, which may start the afwegingskader
    itself. `over_a_route`: the model read an unsure special route; then only an answer word
    counts, or in a short message the step's work named as done, as in the forms
    (bot.meldcode.routes.answer_over_unsure_route)."""
    if tracker.latest_action_name == "action_handle_answer" or not step_question_open(tracker):
        return None
    step = int(tracker.get_slot("stap"))

    def content(text: Text) -> Optional[Answer]:
        return Answer.JA if says_step_done(step, text) else None

    if over_a_route:
        answers = answer_over_unsure_route(latest_text(tracker), latest_intent_confidence(tracker),
                                           content)
    else:
        answers = answers_despite_intent(tracker, content)
    return typed_step_answer(tracker) if answers else None


def sector_of(tracker: Tracker) -> Optional[Sector]:
    value = tracker.get_slot("sector")
    try:
        return Sector(value) if value else None
    except ValueError:
        return None


def is_solo(tracker: Tracker) -> bool:
    return bool(tracker.get_slot("zonder_collegas"))


def answers_from(tracker: Tracker, slots: Mapping[int, Text]) -> Dict[int, Answer]:
    """The validated answers in `slots` (validation stores normalised Answer values only)."""
    answers: Dict[int, Answer] = {}
    for number, slot in slots.items():
        value = tracker.get_slot(slot)
        if value:
            try:
                answers[number] = Answer(value)
            except ValueError:
                pass
    return answers


def route_signals(tracker: Tracker) -> set[Route]:
    """Special routes signalled by the latest message: the keyword safety net, the intent and a
    second safety route the model also reads. The NLU pipeline's last step has worked them out
    (ROUTES_KEY, bot/nlu/safety_net.py); a button payload never reaches the pipeline."""
    message = tracker.latest_message or {}
    stored = message.get(ROUTES_KEY)
    if isinstance(stored, list):
        return {Route(name) for name in stored if name in INTENT_TO_ROUTE}
    return signalled_routes(detect_routes(latest_text(tracker)), latest_intent(tracker),
                            message.get("intent_ranking") or [])


def intent_payload(intent: Text, **entities: Any) -> Text:
    """A button payload that names the intent and its entities, read without the NLU model:
    /go_to_step{"stap":"3"}, /choose_faq{"faq_topic":"kindcheck"}, or /stop without entities."""
    return f"/{intent}" + (json.dumps(entities, separators=(",", ":")) if entities else "")


# The special routes a user can choose with a button when the assistant is unsure.
ROUTE_CHOICES = {
    "danger_now": "Er is nu direct gevaar",
    "child_or_victim": "Het gaat over mijzelf",
    "staff_suspect": "Het gaat over een collega",
    "sexual_violence_recent": "Seksueel geweld, kortgeleden",
    "sexual_behaviour_children": "Seksueel gedrag tussen kinderen",
    "honour_violence": "Eergerelateerd geweld",
}


def route_buttons(names: Iterable[Text]) -> List[Dict[Text, Text]]:
    """A button to each route named, to choose it when the assistant is unsure."""
    return [{"title": ROUTE_CHOICES[name], "payload": f"/{name}"} for name in names]


# Below this the FAQ selector's choice is a guess, not an answer.
FAQ_CONFIDENT = 0.5


def faq_selection(tracker: Tracker) -> Dict[Text, Any]:
    """What the FAQ selector said of the latest message: its `response` and its `ranking`."""
    return (tracker.latest_message.get("response_selector") or {}).get("faq") or {}


def faq_answer_key(tracker: Tracker) -> tuple[Optional[Text], float]:
    """The FAQ response the selector chose for the latest message and its confidence."""
    if latest_intent(tracker) != "faq":
        return None, 0.0
    response = faq_selection(tracker).get("response") or {}
    return response.get("intent_response_key"), float(response.get("confidence") or 0.0)


def answer_side_question(dispatcher: Any, tracker: Tracker) -> bool:
    """Inside a form: answer a confident FAQ question, so that the form can ask again.

    Forms do not reject FAQ messages (a long answer with names in it often looks like a
    question to the model); only a confident FAQ match is treated as a side question.
    """
    key, confidence = faq_answer_key(tracker)
    if key and confidence >= FAQ_CONFIDENT:
        dispatcher.utter_message(response=f"utter_{key}")
        return True
    return False


# "Bedoel je ...?": on the held-out set an unsure selector (confidence < FAQ_CONFIDENT) is right
# only 40% of the time, but the right topic is among its three best 93% of the time. So an unsure
# question gets those topics as buttons, not a guessed answer; a click names the topic in its
# payload and is answered without the NLU model.
FAQ_CHOICES = 3
CHOOSE_FAQ = "choose_faq"
NONE_OF_THESE_BUTTON = {"title": "Iets anders", "payload": intent_payload(CHOOSE_FAQ)}


def faq_topic_exists(topic: Any, domain: DomainDict) -> bool:
    """True for a topic that has an answer (`utter_faq/<topic>`) in the domain."""
    return isinstance(topic, str) and f"utter_faq/{topic}" in (domain.get("responses") or {})


def faq_choices(tracker: Tracker, domain: DomainDict, limit: int = FAQ_CHOICES) -> List[Text]:
    """The selector's best topics for the latest message, best first, each with an answer."""
    selector = faq_selection(tracker)
    ranking = [r for r in selector.get("ranking") or [] if isinstance(r, dict)]
    keys = [r.get("intent_response_key") for r in ranking]
    if not keys:  # a model without a ranking: at least the selector's own choice
        keys = [(selector.get("response") or {}).get("intent_response_key")]
    topics: List[Text] = []
    for key in keys:
        if not (isinstance(key, str) and key.startswith("faq/")):
            continue
        topic = key.split("/", 1)[1]
        if topic not in topics and faq_topic_exists(topic, domain):
            topics.append(topic)
    return topics[:limit]


def choice_button(topic: Text) -> Dict[Text, Text]:
    return {"title": faq_title(topic), "payload": intent_payload(CHOOSE_FAQ, faq_topic=topic)}


def end_active_form(tracker: Tracker) -> List[EventType]:
    """Events that close a running form, so that a special route or a jump ends it."""
    if tracker.active_loop.get("name"):
        return [ActiveLoop(None), SlotSet("requested_slot", None)]
    return []


def reset_slots(slots: Any) -> List[EventType]:
    return [SlotSet(slot, None) for slot in slots]


def outcome_reset() -> List[EventType]:
    """Forget an earlier outcome before a new path starts."""
    return reset_slots(["uitkomst", "speciale_route", "open_vraag"])
