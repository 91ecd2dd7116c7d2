"""Practice mode ("oefenen"): thin glue between Rasa and bot.training.

State lives in slots (all `influence_conversation: false`, except `oefenmodus`, which the rules
need as a condition). Only booleans and small numbers: the redacting tracker store
(bot/privacy) keeps nothing else, so case ids, point ids and group codes never go into a slot.
  oefenmodus       bool   practice mode is on: every message goes to action_training_answer
  training_case    float  position of the case in the case list (file-name order), or None
  training_index   float  position of the current decision point in the case
  training_score   float  number of decision points answered right in this case
  training_correct list   positions of the points answered right (for "what to review")
  training_group   bool   the conversation joined a group session; which one is kept in the
                          session store under a keyed hash of the conversation id

Never sets `uitkomst`: a case's "112" or "melden" is an answer to grade. A real emergency typed
during practice (text that is not an answer and that the keyword net or, with high confidence,
the NLU reads as danger now) ends practice and hands over to the real outcome action with
speciale_route=danger_now, so the user gets the real 112 advice and `uitkomst` bel_112.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.meldcode.routes import Route
from bot.training import flow
from bot.training.cases import Case, CaseValidationError, all_cases
from bot.training.sessions import SessionError, default_store

logger = logging.getLogger(__name__)

TRAINING_SLOTS = ("training_case", "training_index", "training_score", "training_correct")
# Button clicks on the main paths (payloads, never typed words: "melden" typed in practice is
# an answer) leave practice and go where the user asked.
LEAVE_PRACTICE = {
    "/start_meldcode": "action_start_meldcode",
    "/start_afwegingskader": "action_start_afwegingskader",
    "/start_kindcheck": "action_start_kindcheck",
    "/ask_question": "utter_ask_question",
    "/greet": "utter_opening",
}
UNAVAILABLE = ("De oefencasussen zijn nu niet beschikbaar. Probeer het later opnieuw, of vraag je "
               "trainer. Is er echt gevaar? Bel 112.")


# Key for the conversation's group membership: random per action server process, never stored,
# so the hash cannot be linked to a conversation id later. After a restart a trainee types the
# group code again.
_MEMBER_KEY = secrets.token_bytes(32)


def member_key(tracker: Tracker) -> str:
    return hmac.new(_MEMBER_KEY, str(tracker.sender_id).encode("utf-8"), hashlib.sha256).hexdigest()


def _number(value: Any) -> Optional[int]:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        and value >= 0 else None


def state_from(tracker: Tracker, cases: Dict[str, Case]) -> flow.TrainingState:
    ids = list(cases)
    position = _number(tracker.get_slot("training_case"))
    case = cases[ids[position]] if position is not None and position < len(ids) else None
    correct = [_number(v) for v in tracker.get_slot("training_correct") or []]
    group = None
    if tracker.get_slot("training_group") is True:
        try:
            found = default_store().membership(member_key(tracker))
            group = f"{found[0]}:{found[1]}" if found else None
        except Exception:  # a session store problem never blocks practice
            logger.warning("Training session store unavailable.", exc_info=True)
    return flow.TrainingState(
        case_id=case.id if case else None,
        index=_number(tracker.get_slot("training_index")) or 0,
        correct=tuple(case.points[n].id for n in correct
                      if case and n is not None and n < len(case.points)),
        group=group,
    )


def state_events(state: flow.TrainingState, cases: Dict[str, Case]) -> List[EventType]:
    ids = list(cases)
    case = cases.get(state.case_id) if state.case_id else None
    points = [p.id for p in case.points] if case else []
    return [
        SlotSet("training_case", float(ids.index(case.id)) if case else None),
        SlotSet("training_index", float(state.index)),
        SlotSet("training_score", float(len(state.correct))),
        SlotSet("training_correct", [float(points.index(p)) for p in state.correct if p in points]),
        SlotSet("training_group", bool(state.group)),
    ]


def utter(dispatcher: CollectingDispatcher, reply: flow.Reply) -> None:
    for message in reply.messages:
        dispatcher.utter_message(text=message["text"], buttons=message.get("buttons") or [])


def group_cases(state: flow.TrainingState) -> Optional[List[str]]:
    """The cases of the trainee's group session, or None for all cases."""
    if not state.group:
        return None
    try:
        return default_store().session_cases(state.group.split(":")[0]) or None
    except Exception:  # a session store problem never blocks practice
        logger.warning("Training session store unavailable.", exc_info=True)
        return None


def log_case_start(tracker: Tracker) -> None:
    try:
        from actions.usage import log_usage

        log_usage(tracker, "start", path="oefenen")
    except Exception:  # statistics never break a conversation
        logger.warning("Usage event not logged.", exc_info=True)


class ActionTrainingStart(Action):
    def name(self) -> Text:
        return "action_training_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        events: List[EventType] = []
        if tracker.active_loop.get("name"):
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
        try:
            cases = all_cases()
        except CaseValidationError:
            logger.error("Practice cases do not validate.", exc_info=True)
            dispatcher.utter_message(text=UNAVAILABLE)
            return events
        state = state_from(tracker, cases)
        utter(dispatcher, flow.start(cases, state, group_cases(state)))
        return events + [SlotSet("oefenmodus", True)]


class ActionTrainingStop(Action):
    def name(self) -> Text:
        return "action_training_stop"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        utter(dispatcher, flow.stop(flow.TrainingState()))
        return stop_events()


def stop_events() -> List[EventType]:
    return [SlotSet("oefenmodus", False), SlotSet("training_group", False)] + [
        SlotSet(slot, None) for slot in TRAINING_SLOTS]


class ActionTrainingAnswer(Action):
    """Grades the answer to the current decision point and asks the next one (or gives the score)."""

    def name(self) -> Text:
        return "action_training_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        text = tracker.latest_message.get("text") or ""
        intent = tracker.latest_message.get("intent") or {}
        try:
            cases = all_cases()
        except CaseValidationError:
            logger.error("Practice cases do not validate.", exc_info=True)
            if flow.is_danger_now(text, intent.get("name"), intent.get("confidence") or 0.0):
                return self.hand_over_danger()
            dispatcher.utter_message(text=UNAVAILABLE)
            return stop_events() + [FollowupAction("action_listen")]

        state = state_from(tracker, cases)
        if text.strip() in LEAVE_PRACTICE:
            # The rules in data/rules/training.yml continue from the followed-up action.
            return stop_events() + [FollowupAction(LEAVE_PRACTICE[text.strip()])]

        reply = flow.handle(cases, state, text, intent.get("name"),
                            intent.get("confidence") or 0.0, group_cases(state))
        if reply.danger:
            return self.hand_over_danger()
        if reply.stop:
            # Practice ends here, so the practice rule no longer applies: listen explicitly.
            utter(dispatcher, reply)
            return stop_events() + [FollowupAction("action_listen")]
        if reply.join_code:
            return self.join(dispatcher, tracker, cases, reply.join_code)
        if reply.not_understood and self.side_question(dispatcher, tracker, text):
            reply.messages = [{"text": "Terug naar de oefening."}] + reply.messages[-1:]
        if reply.answered and state.group:
            self.count(state.group, *reply.answered[:2])
        if reply.state.case_id and not state.case_id:
            log_case_start(tracker)
        utter(dispatcher, reply)
        return state_events(reply.state, cases)

    # Below this the FAQ answer is not given in practice (a guess would distract).
    FAQ_CONFIDENT = 0.6

    def side_question(self, dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> bool:
        """A question typed during practice ("wat is structurele onveiligheid?") gets its FAQ
        answer; the current question is asked again afterwards."""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent != "faq" or text.startswith("/"):
            return False
        selector = (tracker.latest_message.get("response_selector") or {}).get("faq") or {}
        response = selector.get("response") or {}
        key = response.get("intent_response_key")
        if not key or (response.get("confidence") or 0.0) < self.FAQ_CONFIDENT:
            return False
        dispatcher.utter_message(response=f"utter_{key}")
        return True

    @staticmethod
    def hand_over_danger() -> List[EventType]:
        # Practice stops; the real outcome action gives the 112 advice and sets `uitkomst`.
        # The case state is kept so that "oefenen" offers to continue afterwards.
        return [SlotSet("oefenmodus", False), SlotSet("speciale_route", Route.DANGER_NOW.value),
                FollowupAction("action_give_outcome")]

    @staticmethod
    def count(group: str, question_id: str, option: str) -> None:
        code, _, participant = group.partition(":")
        try:
            default_store().answer(code, participant, question_id, option)
        except SessionError as exc:
            logger.info("Group answer not counted: %s", exc)
        except Exception:  # the group view is a bonus; practice goes on without it
            logger.warning("Group answer not counted.", exc_info=True)

    @staticmethod
    def join(dispatcher: CollectingDispatcher, tracker: Tracker, cases: Dict[str, Case],
             code: str) -> List[EventType]:
        try:
            store = default_store()
            store.join(code, member=member_key(tracker))
            only = store.session_cases(code) or None
        except SessionError as exc:
            dispatcher.utter_message(text=f"{exc} Je kunt ook zonder groep oefenen.",
                                     buttons=flow.case_buttons(cases))
            return []
        except Exception:
            logger.warning("Training session store unavailable.", exc_info=True)
            dispatcher.utter_message(text="Meedoen met een groep lukt nu niet. Je kunt wel "
                                          "alleen oefenen.", buttons=flow.case_buttons(cases))
            return []
        dispatcher.utter_message(
            text=(f"Je doet mee met groep {code}. Je trainer ziet alleen hoeveel mensen elk "
                  "antwoord kozen, niet wie wat koos. Kies een casus:"),
            buttons=flow.case_buttons(cases, only))
        return [SlotSet("training_group", True)]
