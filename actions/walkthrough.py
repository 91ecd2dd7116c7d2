"""The meldcode walk-through: sector first (meldcode_form), then steps 1 to 5.

The user can enter at any step, jump, go back, ask where they are, ask a side question and
return, and stop. Step texts come from bot.meldcode.steps.
"""
from __future__ import annotations

import re

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import (
    FAQ_CONFIDENT,
    answer_side_question,
    choice_button,
    faq_selection,
    faq_topic_exists,
    AFWEGING_SLOTS,
    end_active_form,
    intent_payload,
    is_solo,
    latest_intent,
    latest_text,
    opening_step_answer,
    outcome_reset,
    route_signals,
    sector_of,
    typed_step_answer,
)
from actions.usage import log_usage
from bot.meldcode.afwegingskader import QUESTIONS as AFWEGING_QUESTIONS
from bot.meldcode.kindcheck import QUESTIONS as KINDCHECK_QUESTIONS
from bot.meldcode.routes import describes_a_case, offers_staff_route, resolve
from bot.meldcode.sectors import SECTOR_LABELS, parse_sector
from bot.meldcode.steps import STEPS, parse_step, step_check, step_text

FIRST_STEP, LAST_STEP = 1, 5
STEP_PAYLOAD = re.compile(r'"stap"\s*:\s*"?([1-5])')
AFWEGINGSKADER_STEP = 4

NAVIGATION_BUTTONS = [
    {"title": "Vorige stap", "payload": "/previous_step"},
    {"title": "Stoppen", "payload": "/stop"},
]


def step_payload(step: int) -> Text:
    return intent_payload("go_to_step", stap=str(step))


def requested_step(text: Text) -> Optional[int]:
    """The step in a button payload (/go_to_step{"stap":"3"}) or in free text ("ik ben bij stap 4")."""
    match = STEP_PAYLOAD.search(text)
    if match:
        return int(match.group(1))
    return parse_step(text)


def current_step(tracker: Tracker) -> Optional[int]:
    value = tracker.get_slot("stap")
    return int(value) if value else None


def step_buttons(step: int) -> List[Dict[Text, Text]]:
    if step == AFWEGINGSKADER_STEP:
        first = [
            {"title": "Afwegingskader doorlopen", "payload": "/start_afwegingskader"},
            {"title": "Verder naar stap 5", "payload": "/next_step"},
        ]
    elif step == LAST_STEP:
        first = [
            {"title": "Notitie voor dossier", "payload": "/dossier_note"},
            {"title": "Afwegingskader", "payload": "/start_afwegingskader"},
        ]
    else:
        first = [
            {"title": f"Ja, verder naar stap {step + 1}", "payload": "/affirm"},
            {"title": "Nog niet", "payload": "/deny"},
        ]
    back = NAVIGATION_BUTTONS if step > FIRST_STEP else NAVIGATION_BUTTONS[1:]
    return first + back


def open_question_for(step: int) -> Text:
    if step == AFWEGINGSKADER_STEP:
        return "start_afwegingskader"
    if step == LAST_STEP:
        return "beslissing"
    return "stap_check"


def ask_step_check(dispatcher: CollectingDispatcher, step: int) -> None:
    """Ask step `step`'s check question again, with the step's buttons (after a message that
    did not answer it)."""
    dispatcher.utter_message(text=step_check(step), buttons=step_buttons(step))


def show_step(dispatcher: CollectingDispatcher, tracker: Tracker, step: int) -> List[EventType]:
    """Utter step `step` for the user's sector and remember that it was seen."""
    step = max(FIRST_STEP, min(LAST_STEP, step))
    dispatcher.utter_message(
        text=step_text(step, sector_of(tracker), is_solo(tracker)), buttons=step_buttons(step)
    )
    seen = list(tracker.get_slot("stappen_gezien") or [])
    if step not in seen:
        seen.append(step)
    log_usage(tracker, "step", path="meldcode", step=step)
    return [
        SlotSet("traject", "meldcode"),
        SlotSet("stap", float(step)),
        SlotSet("stappen_gezien", sorted(seen)),
        SlotSet("open_vraag", open_question_for(step)),
        # The user is now looking at this step: wait for their answer.
        FollowupAction("action_listen"),
    ]


# Worded as the fallback's staff choice (actions/common.py ROUTE_CHOICES).
STAFF_ROUTE_BUTTON = {"title": "Ja, het gaat over een collega", "payload": "/staff_suspect"}
# The answer to "Is er nu direct gevaar voor iemand?" (utter_case_danger_check) as a button: the
# 112 advice one tap away. Of the danger-now messages of the blind route sets that stop 23's
# model read as a case, each had this question and nothing else of the route (docs/nlu.md).
DANGER_NOW_BUTTON = {"title": "Ja, er is nu gevaar", "payload": "/danger_now"}


def confident_faq_topic(tracker: Tracker, domain: DomainDict) -> Optional[Text]:
    """The FAQ topic the selector is sure of for the latest message (whatever the intent)."""
    response = faq_selection(tracker).get("response") or {}
    key = response.get("intent_response_key")
    if float(response.get("confidence") or 0.0) < FAQ_CONFIDENT or not isinstance(key, str):
        return None
    topic = key.split("/", 1)[-1]
    return topic if faq_topic_exists(topic, domain) else None


class ActionStartMeldcode(Action):
    """Start (or restart) the walk-through; the step may be named in the same message."""

    def name(self) -> Text:
        return "action_start_meldcode"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if opening_step_answer(tracker):
            return [FollowupAction("action_handle_answer")]
        step = parse_step(latest_text(tracker)) or FIRST_STEP
        if describes_a_case(latest_text(tracker)):
            # The NLU model reads a few acute cases as a case description (docs/nlu.md): the
            # walk-through then starts, and 112 must still come first.
            dispatcher.utter_message(response="utter_case_danger_check", buttons=[DANGER_NOW_BUTTON])
            if offers_staff_route(latest_text(tracker), taken=None):
                # It also reads some indirect cases about a colleague as a case at home, and
                # a staff member as suspect has a route of its own (docs/nlu.md).
                dispatcher.utter_message(response="utter_case_staff_check",
                                         buttons=[STAFF_ROUTE_BUTTON])
            topic = confident_faq_topic(tracker, domain)
            if topic:
                # It also reads some questions as a case; the FAQ selector is then mostly sure
                # and right (docs/nlu.md), so its answer is one click away.
                dispatcher.utter_message(response="utter_case_faq_offer",
                                         buttons=[choice_button(topic)])
        log_usage(tracker, "start", path="meldcode")
        return end_active_form(tracker) + outcome_reset() + [
            SlotSet("traject", "meldcode"),
            SlotSet("stap", float(step)),
            SlotSet("stappen_gezien", []),
            *[SlotSet(slot, None) for slot in AFWEGING_SLOTS.values()],
            FollowupAction("meldcode_form"),
        ]


class ActionWalkthrough(Action):
    """Show a step: after the sector is known, on 'stap 4', 'volgende', 'terug'."""

    def name(self) -> Text:
        return "action_walkthrough"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        intent = latest_intent(tracker)
        step = current_step(tracker) or FIRST_STEP
        if intent == "go_to_step":
            step = requested_step(latest_text(tracker)) or step
        elif intent == "next_step":
            step = min(LAST_STEP, step + 1) if tracker.get_slot("traject") == "meldcode" else step
        elif intent == "previous_step":
            step = max(FIRST_STEP, step - 1)

        events = end_active_form(tracker)
        if intent == "go_to_step" and requested_step(latest_text(tracker)) is None:
            if typed_step_answer(tracker):
                # "het gesprek is geweest" answers the open step question; no step was named.
                return events + [FollowupAction("action_handle_answer")]
            dispatcher.utter_message(response="utter_which_step")
            return events
        if not tracker.get_slot("sector"):
            # Sector first: the form asks it, then its rule brings the user back here.
            return events + outcome_reset() + [
                SlotSet("traject", "meldcode"),
                SlotSet("stap", float(step)),
                FollowupAction("meldcode_form"),
            ]
        return events + show_step(dispatcher, tracker, step)


class ActionWhereAmI(Action):
    """Say where the user is: in a form question, or at a step of the walk-through."""

    def name(self) -> Text:
        return "action_where_am_i"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        form = tracker.active_loop.get("name")
        requested = tracker.get_slot("requested_slot")
        step = current_step(tracker)
        if form == "afwegingskader_form" and requested and requested.startswith("afweging_"):
            number = int(requested.rsplit("_", 1)[1])
            where = f"Je bent bij afweging {number} van 5: {AFWEGING_QUESTIONS[number].title}."
            if tracker.get_slot("traject") == "meldcode":
                where += " Dat hoort bij stap 4 van de meldcode: wegen."
            dispatcher.utter_message(text=where)
        elif form == "kindcheck_form" and requested:
            number = {"kc_situatie": 1, "kc_kinderen": 2, "kc_zorgen": 3}.get(requested, 1)
            dispatcher.utter_message(
                text=f"Je bent bij vraag {number} van 3 van de kindcheck: "
                f"{KINDCHECK_QUESTIONS[number].title}."
            )
        elif form:
            dispatcher.utter_message(text="We kiezen eerst je sector. Daarna gaan we door.")
        elif step and tracker.get_slot("traject") == "meldcode":
            dispatcher.utter_message(
                text=f"Je bent bij stap {step} van 5: {STEPS[step].title}.",
                buttons=[
                    {"title": f"Verder met stap {step}", "payload": step_payload(step)},
                    {"title": "Stoppen", "payload": "/stop"},
                ],
            )
            return [SlotSet("open_vraag", "stap_check")]
        else:
            dispatcher.utter_message(response="utter_not_in_a_path")
        return []


class ActionStop(Action):
    """Stop the current path; offer the dossier note when there is something to note."""

    def name(self) -> Text:
        return "action_stop"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        events = end_active_form(tracker)
        if tracker.get_slot("stappen_gezien") or tracker.get_slot("uitkomst"):
            dispatcher.utter_message(response="utter_stopped_with_note")
            return events + [SlotSet("open_vraag", "dossier_note")]
        dispatcher.utter_message(response="utter_stopped")
        return events + [SlotSet("open_vraag", None)]


class ActionAskSector(Action):
    def name(self) -> Text:
        return "action_ask_sector"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        buttons = [
            # The payload carries the value, so a click never depends on the NLU model.
            {"title": label[:1].upper() + label[1:],
             "payload": intent_payload("inform_sector", sector=sector.value)}
            for sector, label in SECTOR_LABELS.items()
        ]
        dispatcher.utter_message(response="utter_ask_sector", buttons=buttons)
        return []


def validate_sector_text(
    value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
) -> Dict[Text, Any]:
    """Shared by every form that asks the sector: a special route ends the form first."""
    route = resolve(route_signals(tracker))
    if route:
        return {"sector": None, "speciale_route": route.value}
    choice = parse_sector(str(value or ""))
    if choice is None and answer_side_question(dispatcher, tracker):
        return {"sector": None}
    if choice is None:
        dispatcher.utter_message(response="utter_sector_not_understood")
        return {"sector": None}
    return {"sector": choice.sector.value, "zonder_collegas": choice.solo}


class ValidateMeldcodeForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_meldcode_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> List[Text]:
        if tracker.get_slot("speciale_route"):
            return []
        return domain_slots

    def validate_sector(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return validate_sector_text(value, dispatcher, tracker)
