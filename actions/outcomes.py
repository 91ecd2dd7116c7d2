"""Outcomes: the advice at the end of every path, the dossier note, and the honest fallback.

Which advice applies is decided by bot.meldcode; this module only reads the state, asks it,
utters the text plus a custom payload (for the widget's call buttons) and sets `uitkomst`.
"""
from __future__ import annotations

import dataclasses
import datetime
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.types import DomainDict

from actions.common import (
    CHOOSE_FAQ,
    FALLBACK_INTENT,
    FAQ_CONFIDENT,
    NONE_OF_THESE_BUTTON,
    choice_button,
    faq_choices,
    faq_topic_exists,
    faq_answer_key,
    AFWEGING_SLOTS,
    KINDCHECK_SLOTS,
    MAIN_PATH_BUTTONS,
    answers_from,
    end_active_form,
    is_solo,
    latest_intent,
    latest_text,
    opening_step_answer,
    route_buttons,
    route_signals,
    sector_of,
    step_question_open,
    typed_step_answer,
)
from actions.usage import log_usage
from actions.walkthrough import (
    LAST_STEP, STAFF_ROUTE_BUTTON, ask_step_check, current_step, step_payload,
)
from bot.meldcode import afwegingskader, kindcheck
from bot.meldcode.dossier import dossier_note
from bot.meldcode.outcomes import Advice, Outcome, advice_payload, render_advice
from bot.meldcode.routes import (
    Route, fallback_offers, offers_staff_route, resolve, route_advice, unsure_model_route,
)


def path_of(tracker: Tracker) -> Text:
    return tracker.get_slot("traject") or "afwegingskader"


def stored_route(tracker: Tracker) -> set[Route]:
    """The special route a form's validation (or an earlier outcome) recorded, if any."""
    value = tracker.get_slot("speciale_route")
    return {Route(value)} if value else set()


def advice_for(tracker: Tracker, signals: set[Route]) -> Optional[Advice]:
    """The advice for the current state: a special route first, else the path's answers."""
    route = resolve(signals)
    if route:
        return route_advice(route, signals, sector_of(tracker), latest_text(tracker))
    if path_of(tracker) == "kindcheck":
        return kindcheck.decide(answers_from(tracker, KINDCHECK_SLOTS))
    return afwegingskader.decide(answers_from(tracker, AFWEGING_SLOTS), sector_of(tracker))


def unsure_route_over_open_question(tracker: Tracker) -> Optional[Route]:
    """The special route only the model read, unsure (bot.meldcode.routes.unsure_model_route),
    in a message typed while one of the assistant's questions was open (a form's question or a
    step's check). None when the route must be taken, or nothing was asked."""
    message = tracker.latest_message or {}
    if str(message.get("text") or "").startswith("/"):
        return None
    asked = tracker.active_loop.get("name") or step_question_open(tracker)
    return unsure_model_route(message) if asked else None


class ActionGiveOutcome(Action):
    """Gives the advice of a finished path or of a special route, and ends any running form."""

    def name(self) -> Text:
        return "action_give_outcome"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        unsure = unsure_route_over_open_question(tracker)
        if unsure and not stored_route(tracker):
            if opening_step_answer(tracker, over_a_route=True):
                # "ja, het meisje vertelde het zelf": an answer to the step's check.
                return [FollowupAction("action_handle_answer")]
            return self.ask_about_route(dispatcher, tracker, unsure)
        signals = route_signals(tracker) | stored_route(tracker)
        route = resolve(signals)
        advice = advice_for(tracker, signals)
        events = end_active_form(tracker)
        if advice is None:
            # Should not happen (forms ask until decided); never leave the user without help.
            dispatcher.utter_message(response="utter_no_outcome_yet", buttons=MAIN_PATH_BUTTONS)
            return events
        dispatcher.utter_message(text=render_advice(advice, sector_of(tracker), is_solo(tracker)))
        dispatcher.utter_message(json_message=advice_payload(advice))
        if route is Route.SEXUAL_VIOLENCE_RECENT and \
                offers_staff_route(latest_text(tracker), route):
            # The model reads some cases of a staff member's sexual abuse as recent sexual
            # violence only (docs/nlu.md); a staff member as suspect adds duties of its own.
            dispatcher.utter_message(response="utter_case_staff_check",
                                     buttons=[STAFF_ROUTE_BUTTON])

        buttons = [{"title": "Notitie voor dossier", "payload": "/dossier_note"}]
        open_question = "dossier_note"
        if advice.handover_step:
            buttons.insert(0, {"title": f"Verder met stap {advice.handover_step} van de meldcode",
                               "payload": step_payload(advice.handover_step)})
            open_question = "handover"
        if advice.outcome is not Outcome.HULP_VOOR_JEZELF:
            dispatcher.utter_message(response="utter_offer_dossier_note",
                                     buttons=buttons + [{"title": "Terug naar begin", "payload": "/greet"}])

        step = tracker.get_slot("stap")
        events += [
            SlotSet("uitkomst", advice.outcome.value),
            SlotSet("speciale_route", route.value if route else None),
            SlotSet("open_vraag", open_question),
        ]
        if path_of(tracker) == "meldcode" and not route:
            # The afwegingskader's advice is the decision of step 5.
            seen = sorted(set(tracker.get_slot("stappen_gezien") or []) | {4, LAST_STEP})
            events += [SlotSet("stap", float(LAST_STEP)), SlotSet("stappen_gezien", seen)]
            step = LAST_STEP
        if path_of(tracker) == "kindcheck" and not route:
            log_usage(tracker, "kindcheck", uitkomst=advice.outcome.value)
        log_usage(
            tracker,
            "outcome",
            uitkomst=advice.outcome.value,
            path="route" if route else path_of(tracker),
            step=int(step) if step else None,
            special_route=route.value if route else None,
        )
        return events

    @staticmethod
    def ask_about_route(dispatcher, tracker: Tracker, route: Route) -> List[EventType]:
        """Name 112 and offer the route as a button, then ask the open question again."""
        log_usage(tracker, "fallback")
        dispatcher.utter_message(response="utter_fallback_safety",
                                 buttons=route_buttons([route.value]))
        form = tracker.active_loop.get("name")
        if form:
            # The form asks its question again (it did not read this message as an answer).
            return [FollowupAction(form)]
        step = current_step(tracker)
        if step:
            ask_step_check(dispatcher, step)
        return []


class ActionDossierNote(Action):
    """A short note to copy into the user's own dossier; built from slots, never from user text."""

    def name(self) -> Text:
        return "action_dossier_note"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        advice = advice_for(tracker, stored_route(tracker))
        outcome = tracker.get_slot("uitkomst")
        if advice and outcome and advice.outcome.value != outcome:
            # A route that depended on the wording (e.g. leaving the country soon) cannot be
            # recomputed once the text is gone (it is never stored): keep the advice given.
            advice = dataclasses.replace(advice, outcome=Outcome(outcome))
        if advice is None and not tracker.get_slot("stappen_gezien"):
            dispatcher.utter_message(response="utter_no_dossier_note", buttons=MAIN_PATH_BUTTONS)
            return [SlotSet("open_vraag", None)]
        kc = answers_from(tracker, KINDCHECK_SLOTS)
        note = dossier_note(
            day=datetime.date.today(),
            sector=sector_of(tracker),
            steps_seen=[int(s) for s in tracker.get_slot("stappen_gezien") or []],
            afwegingen=answers_from(tracker, AFWEGING_SLOTS) or None,
            kindcheck=kc or None,
            advice=advice,
        )
        dispatcher.utter_message(response="utter_dossier_note_intro")
        dispatcher.utter_message(text=note)
        dispatcher.utter_message(json_message={"data": {"dossier_note": note}})
        dispatcher.utter_message(response="utter_main_paths")
        return [SlotSet("open_vraag", None), FollowupAction("action_listen")]


class ActionFallback(Action):
    """Low confidence or out of scope: say so honestly; never guess on a safety question."""

    def name(self) -> Text:
        return "action_fallback"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if resolve(route_signals(tracker)):
            # The keyword safety net recognised a special route the model was unsure about.
            return [FollowupAction("action_give_outcome")]
        if typed_step_answer(tracker):
            return [FollowupAction("action_handle_answer")]
        ranking = tracker.latest_message.get("intent_ranking") or []
        # Never a guess on a safety question: ask, with a button to each route it may be.
        possible_safety = fallback_offers(ranking)
        log_usage(tracker, "fallback")
        # Inside the walk-through the way on is the step the user was at, not the start menu.
        step = step_to_resume(tracker)
        # Read as a FAQ question, but not surely (or as surely a case description): the
        # selector's best topics as buttons, never an answer given as if sure.
        model_first = next((r.get("name") for r in ranking if r.get("name") != FALLBACK_INTENT), None)
        topics = [choice_button(t) for t in faq_choices(tracker, domain)] if model_first == "faq" else []
        if possible_safety:
            buttons = route_buttons(possible_safety)
            way_on = ({"title": f"Nee, verder met stap {step}", "payload": step_payload(step)}
                      if step else {"title": "Iets anders", "payload": "/greet"})
            dispatcher.utter_message(response="utter_fallback_safety", buttons=buttons + [way_on])
        elif step:
            dispatcher.utter_message(response="utter_fallback", buttons=topics)
            ask_step_check(dispatcher, step)
        elif topics:
            dispatcher.utter_message(response="utter_fallback", buttons=topics + [NONE_OF_THESE_BUTTON])
        else:
            dispatcher.utter_message(response="utter_fallback", buttons=MAIN_PATH_BUTTONS)
        return []


def step_to_resume(tracker: Tracker) -> Optional[int]:
    """The walk-through step to go back to after a side question, if the user is in one."""
    step = tracker.get_slot("stap")
    if (not tracker.active_loop.get("name") and tracker.get_slot("traject") == "meldcode"
            and step and not tracker.get_slot("uitkomst")):
        return int(step)
    return None


class ActionAnswerFaq(Action):
    """Answers a FAQ question, or offers the likely topics when unsure. Then offers the way back.

    Also answers a click on one of those topics (intent choose_faq, entity faq_topic) straight
    from the topic in the payload; inside a form a rule runs the form again afterwards.
    """

    def name(self) -> Text:
        return "action_answer_faq"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if latest_intent(tracker) == CHOOSE_FAQ:
            self.answer_chosen(dispatcher, tracker, domain)
            return []
        if resolve(route_signals(tracker)):
            # A question that reveals a special route ("de gymleraar zit aan leerlingen") gets
            # the route's advice, not a general answer.
            return [FollowupAction("action_give_outcome")]
        if typed_step_answer(tracker):
            # "twijfel nog over de ouders" at a step's check answers it; no FAQ answer.
            return [FollowupAction("action_handle_answer")]
        key, confidence = faq_answer_key(tracker)
        if not key:
            return [FollowupAction("action_fallback")]
        if confidence >= FAQ_CONFIDENT:
            self.answer(dispatcher, tracker, key.split("/", 1)[-1])
            return []
        topics = faq_choices(tracker, domain)
        if not topics:
            return [FollowupAction("action_fallback")]
        # No answer yet: a guess is wrong more often than right. The user picks the topic.
        dispatcher.utter_message(response="utter_faq_unsure",
                                 buttons=[choice_button(t) for t in topics] + [NONE_OF_THESE_BUTTON])
        return []

    def answer_chosen(self, dispatcher, tracker: Tracker, domain: DomainDict) -> None:
        topic = next(tracker.get_latest_entity_values("faq_topic"), None)
        if faq_topic_exists(topic, domain):
            self.answer(dispatcher, tracker, topic)
            return
        # "Iets anders", or a payload with a topic we do not know: no guess, point to help.
        log_usage(tracker, "fallback")
        step = step_to_resume(tracker)
        in_form = bool(tracker.active_loop.get("name"))
        dispatcher.utter_message(response="utter_faq_not_chosen",
                                 buttons=[] if in_form or step else MAIN_PATH_BUTTONS)
        if step:
            self.offer_step(dispatcher, step)

    def answer(self, dispatcher, tracker: Tracker, topic: Text) -> None:
        dispatcher.utter_message(response=f"utter_faq/{topic}")
        log_usage(tracker, "faq", faq_topic=topic)
        step = step_to_resume(tracker)
        if step:
            self.offer_step(dispatcher, step)

    @staticmethod
    def offer_step(dispatcher, step: int) -> None:
        dispatcher.utter_message(
            text=f"Zullen we verder gaan met stap {step}?",
            buttons=[{"title": f"Verder met stap {step}", "payload": step_payload(step)},
                     {"title": "Stoppen", "payload": "/stop"}],
        )
