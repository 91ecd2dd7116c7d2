"""The afwegingskader and kindcheck forms: asking, validating, and knowing when to stop.

Both forms ask ja / nee / twijfel questions whose texts and routing live in bot.meldcode. The
form asks only what the routing still needs (dynamic `required_slots`), and a special route
typed as an answer ends the form at once so that action_give_outcome can route it.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import (
    AFWEGING_SLOTS,
    ANSWER_BUTTONS,
    FALLBACK_INTENT,
    KINDCHECK_SLOTS,
    NOT_YET_KNOWN_BUTTON,
    answer_side_question,
    answers_despite_intent,
    answers_from,
    end_active_form,
    latest_intent,
    latest_intent_confidence,
    latest_text,
    opening_step_answer,
    outcome_reset,
    reset_slots,
    route_buttons,
    route_signals,
    sector_of,
)
from actions.usage import log_usage
from actions.walkthrough import AFWEGINGSKADER_STEP, validate_sector_text
from bot.meldcode import afwegingskader, kindcheck
from bot.meldcode.answers import (
    INTENT_ANSWER_CONFIDENCE, INTENT_ANSWERS, Answer, parse_answer,
)
from bot.meldcode.routes import answer_over_unsure_route as routes_answer_over_unsure_route
from bot.meldcode.routes import fallback_offers, resolve, unsure_model_route

STOP_BUTTON = {"title": "Stoppen", "payload": "/stop"}


# Reads a question's content as its answer ("ze heeft 2 kids"): bot.meldcode's content_answer.
ContentAnswer = Optional[Callable[[Text], Optional[Answer]]]


def read_form_answer(text: Text, intent: Optional[Text], confidence: float,
                     allow_not_yet_known: bool,
                     content_answer: ContentAnswer = None,
                     ) -> Optional[Answer]:
    """A form question's answer in a typed message: the answer words first, then an answer
    given as content (`content_answer`: "ze heeft 2 kids", "geen zorgen meer"), then a plain
    sentence read by parse_answer's last resort ("ze willen het niet"), then a confident NLU
    intent. Only afweging 5 knows "not known yet"; elsewhere it means doubt. Also used by
    bot/answer_eval.py."""
    answer = parse_answer(text, allow_not_yet_known=allow_not_yet_known, strict=True)
    if answer is None and content_answer:
        answer = content_answer(text)
    if answer is None:
        answer = parse_answer(text, allow_not_yet_known=allow_not_yet_known)
    if answer is None and confidence >= INTENT_ANSWER_CONFIDENCE:
        answer = INTENT_ANSWERS.get(intent or "")
    if answer is Answer.NOG_NIET_BEKEND and not allow_not_yet_known:
        answer = Answer.TWIJFEL
    return answer


def answer_over_unsure_route(tracker: Tracker, content_answer: ContentAnswer = None) -> bool:
    """True when only the model read a special route in the latest message, unsure, and the
    message answers the open question instead: it opens with an answer word ("jazeker, het
    meisje vertelde dat papa mama slaat": child_or_victim at 0.45) or, short, answers with the
    question's content ("ze heeft 2 kids": bot.meldcode.routes.answer_over_unsure_route). A route
    the keyword net reads is always taken."""
    return unsure_model_route(tracker.latest_message or {}) is not None and \
        routes_answer_over_unsure_route(latest_text(tracker), latest_intent_confidence(tracker),
                                        content_answer)


def form_runs_on_latest_message(tracker: Tracker) -> bool:
    """True when the active form runs right after the user's message, not when it is activated
    or resumed after another action (then the message was meant for something else)."""
    form = tracker.active_loop.get("name")
    skipped_own_run = False
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind in ("slot", "user_featurization", "active_loop"):
            continue
        if kind == "action" and form and event.get("name") == form and not skipped_own_run:
            skipped_own_run = True  # Rasa adds the form's own run before calling validation
            continue
        return kind == "user"
    return False


def answer_extractor(slot: Text, content_answer: ContentAnswer = None
                     ) -> Callable[..., Dict[Text, Any]]:
    """An `extract_<slot>` method. The slot's mapping ignores a message the model reads as a
    command or a special route (not_intent in domain.yml), so "ja, al maanden stabiel na de
    begeleiding" read as start_meldcode would end the form. A message that opens with an answer
    word, or answers with the question's content, answers the open question anyway, unless the
    model is sure of the command (bot.meldcode.answers.answers_over_command) or a special route
    is signalled (only an answer word goes over an unsure one: answer_over_unsure_route)."""

    def extract(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                domain: DomainDict) -> Dict[Text, Any]:
        if tracker.get_slot("requested_slot") != slot or not form_runs_on_latest_message(tracker):
            return {}
        if not answers_despite_intent(tracker, content_answer):
            return {}
        if resolve(route_signals(tracker)) and \
                not answer_over_unsure_route(tracker, content_answer):
            return {}
        return {slot: latest_text(tracker)}

    extract.__name__ = f"extract_{slot}"
    return extract


def answer_validator(
    slot: Text, allow_not_yet_known: bool,
    content_answer: ContentAnswer = None,
) -> Callable[..., Dict[Text, Any]]:
    """A `validate_<slot>` method: a special route first, then the answer, else ask again.
    `content_answer` reads an answer given as content ("ze heeft 2 kids") when there is no
    ja / nee / twijfel in the text."""

    def validate(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                 domain: DomainDict) -> Dict[Text, Any]:
        route = resolve(route_signals(tracker))
        if route and not answer_over_unsure_route(tracker, content_answer):
            return {slot: None, "speciale_route": route.value}
        answer = read_form_answer(str(value or ""), latest_intent(tracker),
                                  latest_intent_confidence(tracker), allow_not_yet_known,
                                  content_answer)
        if answer is None and answer_side_question(dispatcher, tracker):
            return {slot: None}
        offers = fallback_offers(tracker.latest_message.get("intent_ranking") or []) \
            if answer is None and latest_intent(tracker) == FALLBACK_INTENT else []
        if offers:
            # Unsure, and it may be a safety route ("hij slaat haar", short: the NLU pipeline's
            # safety net sends it to the fallback): 112 first and the route as a button, as the
            # fallback does outside a form; then the form asks its question again.
            dispatcher.utter_message(response="utter_fallback_safety",
                                     buttons=route_buttons(offers))
            return {slot: None}
        if answer is None:
            dispatcher.utter_message(
                response="utter_answer_not_understood_nnb"
                if allow_not_yet_known
                else "utter_answer_not_understood"
            )
            return {slot: None}
        return {slot: answer.value}

    validate.__name__ = f"validate_{slot}"
    return validate


def remaining_slots(
    tracker: Tracker,
    slots: Mapping[int, Text],
    next_question: Callable[[Dict[int, Answer]], Optional[int]],
    leading: List[Text],
) -> List[Text]:
    """The answered slots plus the one the routing needs next; empty once a route took over."""
    if tracker.get_slot("speciale_route"):
        return []
    answers = answers_from(tracker, slots)
    wanted = leading + [slots[n] for n in sorted(answers)]
    upcoming = next_question(answers)
    if upcoming is not None:
        wanted.append(slots[upcoming])
    return wanted


class ActionStartAfwegingskader(Action):
    def name(self) -> Text:
        return "action_start_afwegingskader"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if opening_step_answer(tracker):
            # "ja, samen met de AF besluiten we te melden" at step 5 answers its check.
            return [FollowupAction("action_handle_answer")]
        events = end_active_form(tracker) + outcome_reset() + reset_slots(AFWEGING_SLOTS.values())
        if tracker.get_slot("traject") == "meldcode":
            # Inside the walk-through the afwegingskader is step 4.
            seen = sorted(set(tracker.get_slot("stappen_gezien") or []) | {AFWEGINGSKADER_STEP})
            events += [SlotSet("stap", float(AFWEGINGSKADER_STEP)), SlotSet("stappen_gezien", seen)]
        else:
            events += [SlotSet("traject", "afwegingskader")]
        log_usage(tracker, "start", path="afwegingskader")
        return events + [FollowupAction("afwegingskader_form")]


class ValidateAfwegingskaderForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_afwegingskader_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> List[Text]:
        sector = sector_of(tracker)
        return remaining_slots(
            tracker, AFWEGING_SLOTS, lambda a: afwegingskader.next_question(a, sector), ["sector"]
        )

    def validate_sector(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return validate_sector_text(value, dispatcher, tracker)


for _number, _slot in AFWEGING_SLOTS.items():
    _content = (lambda text, n=_number: afwegingskader.content_answer(n, text))
    setattr(ValidateAfwegingskaderForm, f"validate_{_slot}",
            answer_validator(_slot, _number == 5, _content))
    setattr(ValidateAfwegingskaderForm, f"extract_{_slot}", answer_extractor(_slot, _content))


class ActionStartKindcheck(Action):
    def name(self) -> Text:
        return "action_start_kindcheck"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if opening_step_answer(tracker):
            return [FollowupAction("action_handle_answer")]
        dispatcher.utter_message(response="utter_kindcheck_intro")
        log_usage(tracker, "start", path="kindcheck")
        return end_active_form(tracker) + outcome_reset() + reset_slots(KINDCHECK_SLOTS.values()) + [
            SlotSet("traject", "kindcheck"),
            FollowupAction("kindcheck_form"),
        ]


class ValidateKindcheckForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_kindcheck_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> List[Text]:
        return remaining_slots(tracker, KINDCHECK_SLOTS, kindcheck.next_question, [])


for _number, _slot in KINDCHECK_SLOTS.items():
    _content = (lambda text, n=_number: kindcheck.content_answer(n, text))
    setattr(ValidateKindcheckForm, f"validate_{_slot}", answer_validator(_slot, False, _content))
    setattr(ValidateKindcheckForm, f"extract_{_slot}", answer_extractor(_slot, _content))


def _ask_action(slot: Text, heading: Text, question_text: Callable[[Tracker], Text],
                buttons: List[Dict[Text, Text]]) -> type:
    """An `action_ask_<slot>` action; the text comes from bot.meldcode, never from the domain."""

    def name(self) -> Text:
        return f"action_ask_{slot}"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(
            text=f"{heading}\n\n{question_text(tracker)}", buttons=buttons + [STOP_BUTTON]
        )
        return []

    return type(f"ActionAsk_{slot}", (Action,), {"name": name, "run": run})


# One ask action per question, registered with rasa_sdk by being module-level classes.
for _number, _slot in AFWEGING_SLOTS.items():
    _buttons = ANSWER_BUTTONS + ([NOT_YET_KNOWN_BUTTON] if _number == 5 else [])
    globals()[f"ActionAsk_{_slot}"] = _ask_action(
        _slot, f"Afweging {_number} van 5",
        # The sector adds its note (onderwijs: help is organised by the intern begeleider).
        lambda tracker, n=_number: afwegingskader.question_text(n, sector_of(tracker)),
        _buttons,
    )
for _number, _slot in KINDCHECK_SLOTS.items():
    globals()[f"ActionAsk_{_slot}"] = _ask_action(
        _slot, f"Kindcheck, vraag {_number} van 3",
        lambda tracker, n=_number: kindcheck.QUESTIONS[n].text, ANSWER_BUTTONS,
    )
