"""A free "ja", "nee" or "twijfel" outside a form answers the question the assistant asked last.

The question is remembered in slot `open_vraag` by the action that asked it. Routing it here in
Python keeps the dialogue model from having to learn one story per question.
"""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.types import DomainDict

from actions.common import MAIN_PATH_BUTTONS, latest_intent, latest_text
from actions.walkthrough import LAST_STEP, current_step, show_step
from bot.meldcode.sectors import SECTOR_LABELS, parse_sector


class ActionHandleAnswer(Action):
    def name(self) -> Text:
        return "action_handle_answer"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        intent = latest_intent(tracker)
        if intent == "inform_sector":
            return self.note_sector(dispatcher, tracker)
        question = tracker.get_slot("open_vraag")
        yes = intent == "affirm"
        step = current_step(tracker)

        if question == "stap_check" and step:
            if yes:
                return show_step(dispatcher, tracker, min(LAST_STEP, step + 1))
            dispatcher.utter_message(
                response="utter_step_not_done" if intent == "deny" else "utter_step_doubt",
                buttons=[{"title": f"Toch verder naar stap {step + 1}", "payload": "/next_step"},
                         {"title": "Vraag stellen", "payload": "/ask_question"},
                         {"title": "Stoppen", "payload": "/stop"}],
            )
            return []
        if question == "start_afwegingskader":
            if yes:
                return [FollowupAction("action_start_afwegingskader")]
            return show_step(dispatcher, tracker, LAST_STEP)
        if question == "dossier_note":
            if yes:
                return [FollowupAction("action_dossier_note")]
            dispatcher.utter_message(response="utter_main_paths")
            return [SlotSet("open_vraag", None)]
        if question == "handover":
            if yes:
                return [SlotSet("traject", "meldcode"), SlotSet("stap", 2.0),
                        FollowupAction("action_walkthrough")]
            dispatcher.utter_message(response="utter_main_paths")
            return [SlotSet("open_vraag", None)]
        # Nothing was asked: this "ja" may well be a misunderstood message. Be honest about it.
        return [FollowupAction("action_fallback")]

    @staticmethod
    def note_sector(dispatcher, tracker: Tracker) -> List[EventType]:
        choice = parse_sector(latest_text(tracker))
        if choice is None:
            dispatcher.utter_message(response="utter_main_paths")
            return []
        dispatcher.utter_message(
            text=f"Genoteerd: {SECTOR_LABELS[choice.sector].lower()}. Waar wil je mee beginnen?",
            buttons=MAIN_PATH_BUTTONS,
        )
        return [SlotSet("sector", choice.sector.value), SlotSet("zonder_collegas", choice.solo)]
