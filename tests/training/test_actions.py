"""The practice actions with real rasa_sdk trackers (no server): slots in, events out."""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Optional, Tuple

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import bot.training.sessions as sessions
from actions.training import ActionTrainingAnswer, ActionTrainingStart, ActionTrainingStop
from bot.privacy.allowlist import Vocabulary

pytestmark = pytest.mark.training

SLOTS = ("oefenmodus", "training_case", "training_index", "training_score", "training_correct",
         "training_group", "uitkomst", "speciale_route")


@pytest.fixture(autouse=True)
def isolated(monkeypatch, store):
    monkeypatch.setenv("USAGE_ENABLED", "false")
    monkeypatch.setattr(sessions, "_default", store)


def member_key_of(sender: str) -> str:
    from actions.training import member_key

    return member_key(Tracker(sender, {}, {}, [], False, None, {}, "action_listen"))


def followup(events: List[dict]) -> Optional[str]:
    last = events[-1] if events else {}
    return last.get("name") if last.get("event") == "followup" else None


# The default tracker store (bot/privacy) keeps a slot value only when it is one of our words, a
# boolean or a small number: the practice state must survive that.
STORED = Vocabulary.build(slots=SLOTS)


class Conversation:
    """Keeps the slots the way the Rasa server with the redacting store would."""

    def __init__(self, sender: str = "oefen"):
        self.sender = sender
        self.slots: Dict[str, Any] = {slot: None for slot in SLOTS}
        self.slots["oefenmodus"] = False
        self.set_by_actions: set = set()
        self.followups: List[str] = []

    def run(self, action, text: str = "", intent: str = "nlu_fallback", confidence: float = 0.9,
            extra: Optional[dict] = None) -> Tuple[List[dict], List[dict]]:
        latest = {"text": text, "intent": {"name": intent, "confidence": confidence},
                  **(extra or {})}
        tracker = Tracker(sender_id=self.sender, slots=dict(self.slots), latest_message=latest,
                          events=[{"event": "user", "text": text, "parse_data": latest}],
                          paused=False, followup_action=None, active_loop={},
                          latest_action_name="action_listen")
        dispatcher = CollectingDispatcher()
        events = asyncio.run(action.run(dispatcher, tracker, {}))
        for event in events:
            if event.get("event") == "slot":
                assert STORED.allowed_value(event["value"]) == event["value"], event
                self.slots[event["name"]] = STORED.allowed_value(event["value"])
                self.set_by_actions.add(event["name"])
            if event.get("event") == "followup":
                self.followups.append(event["name"])
        return dispatcher.messages, events

    def start(self):
        return self.run(ActionTrainingStart(), "/start_oefenen", "start_oefenen")

    def answer(self, text: str, **kw):
        return self.run(ActionTrainingAnswer(), text, **kw)


def test_a_scripted_trainee_runs_every_case_through_the_actions(cases):
    chat = Conversation()
    messages, _ = chat.start()
    assert chat.slots["oefenmodus"] is True
    assert {b["payload"] for b in messages[0]["buttons"]} == set(cases)
    for case_id, case in cases.items():
        messages, _ = chat.answer(case_id)
        assert case.title in messages[0]["text"]
        for point in case.points:
            # A button click; the NLU may read "112" or "melden" as anything.
            messages, _ = chat.answer(point.answer, intent="danger_now", confidence=0.99)
        assert f"{len(case.points)} van de {len(case.points)} goed" in messages[-1]["text"]
        assert chat.slots["training_case"] is None
        assert chat.slots["training_score"] == float(len(case.points))
    # Practice never sets a real outcome, and never hands over on a graded answer.
    assert "uitkomst" not in chat.set_by_actions and chat.followups == []
    assert chat.slots["oefenmodus"] is True


def test_real_danger_during_practice_hands_over_to_the_real_outcome(cases):
    chat = Conversation()
    chat.start()
    chat.answer("onderwijs-blauwe-plekken")
    messages, events = chat.answer("hij slaat haar nu in de gang, wat moet ik doen",
                                   intent="danger_now", confidence=0.97)
    assert messages == []
    assert followup(events) == "action_give_outcome"
    assert chat.slots["oefenmodus"] is False
    assert chat.slots["speciale_route"] == "danger_now"
    assert "uitkomst" not in chat.set_by_actions  # the real outcome action sets it
    # The case state is kept: "oefenen" offers to continue.
    assert chat.slots["training_case"] == float(list(cases).index("onderwijs-blauwe-plekken"))
    messages, _ = chat.start()
    assert messages[0]["buttons"][0]["payload"] == "verder"


def test_stop_clears_the_practice_state(cases):
    chat = Conversation()
    chat.start()
    chat.answer("zorg-kindcheck-ggz")
    chat.answer("A")
    messages, events = chat.run(ActionTrainingStop(), "/stop", "stop")
    assert "gestopt" in messages[0]["text"]
    assert chat.slots["oefenmodus"] is False and chat.slots["training_case"] is None
    # Typed "stoppen" that the NLU did not read as stop also stops, and then listens.
    chat.start()
    messages, events = chat.answer("stoppen", intent="nlu_fallback")
    assert chat.slots["oefenmodus"] is False
    assert followup(events) == "action_listen"


def test_a_main_path_button_leaves_practice(cases):
    chat = Conversation()
    chat.start()
    chat.answer("onderwijs-blauwe-plekken")
    _, events = chat.answer("/start_afwegingskader", intent="start_afwegingskader")
    assert chat.slots["oefenmodus"] is False
    assert followup(events) == "action_start_afwegingskader"
    # Typed words do not leave: "melden" is an answer (here: not understood, question repeated).
    chat.start()
    chat.answer("onderwijs-blauwe-plekken")
    messages, events = chat.answer("melden", intent="start_meldcode", confidence=0.99)
    assert chat.slots["oefenmodus"] is True and chat.followups == ["action_start_afwegingskader"]
    assert "begrijp ik niet" in messages[0]["text"]


def test_a_side_question_gets_its_faq_answer_and_the_question_again(cases):
    chat = Conversation()
    chat.start()
    chat.answer("onderwijs-blauwe-plekken")
    selector = {"faq": {"response": {"intent_response_key": "faq/acute_onveiligheid",
                                     "confidence": 0.93}}}
    messages, _ = chat.answer("wat is acute onveiligheid?", intent="faq",
                              extra={"response_selector": selector})
    assert messages[0]["response"] == "utter_faq/acute_onveiligheid"
    assert messages[1]["text"] == "Terug naar de oefening."
    assert messages[2]["text"].startswith("Vraag 1 van")
    assert chat.slots["training_index"] == 0


def test_a_trainee_joins_a_group_and_the_answers_are_counted(store, cases):
    code, token = store.start(["onderwijs-blauwe-plekken"])
    chat = Conversation()
    chat.start()
    messages, _ = chat.answer(f"code {code.lower()}")
    assert f"Je doet mee met groep {code}" in messages[0]["text"]
    assert [b["payload"] for b in messages[0]["buttons"]] == ["onderwijs-blauwe-plekken"]
    assert chat.slots["training_group"] is True
    assert store.membership(member_key_of("oefen"))[0] == code
    chat.answer("onderwijs-blauwe-plekken")
    chat.answer("C")  # stap1, wrong
    chat.answer("jazeker")  # not an answer to a letter question: not counted
    chat.answer("A")  # stap2
    counts = {q.question_id: {o.key: o.count for o in q.options}
              for q in store.results(code, token).questions}
    assert counts["onderwijs-blauwe-plekken/stap1"] == {"A": 0, "B": 0, "C": 1}
    assert counts["onderwijs-blauwe-plekken/stap2"] == {"A": 1, "B": 0, "C": 0}
    # An unknown code gets a clear answer and practice goes on.
    other = Conversation("iemand-anders")
    other.start()
    messages, _ = other.answer("ZZZZ99")
    assert "bestaat niet" in messages[0]["text"] and not other.slots["training_group"]
