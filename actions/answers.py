"""A free "ja", "nee" or "twijfel" outside a form answers the question the assistant asked last.

The question is remembered in slot `open_vraag` by the action that asked it. Routing it here in
Python keeps the dialogue model from having to learn one story per question.
"""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.types import DomainDict

from actions.common import (
    MAIN_PATH_BUTTONS,
    latest_intent,
    latest_intent_confidence,
    latest_text,
    typed_step_answer,
)
from actions.outcomes import ActionAnswerFaq, step_to_resume
from actions.walkthrough import LAST_STEP, current_step, show_step
from bot.meldcode.answers import INTENT_ANSWER_CONFIDENCE, INTENT_ANSWERS, Answer
from bot.meldcode.sectors import SECTOR_LABELS, Sector, parse_sector


class ActionHandleAnswer(Action):
    def name(self) -> Text:
        return "action_handle_answer"

    async def run(self, dispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        intent = latest_intent(tracker)
        if intent == "inform_sector":
            return self.note_sector(dispatcher, tracker)
        question = tracker.get_slot("open_vraag")
        # The intent, or a typed answer the model read as something else (the fallback, the FAQ
        # action and a step jump without a number hand those over). When the model is unsure of
        # its affirm, deny or twijfel, a step's check reads the words first, as the forms do: it
        # reads "nog nie" and "goe idee, doen we" as doubt at 0.45 and 0.55 (docs/nlu.md).
        answer = INTENT_ANSWERS.get(intent or "")
        if answer is None or latest_intent_confidence(tracker) < INTENT_ANSWER_CONFIDENCE:
            answer = typed_step_answer(tracker) or answer
        yes = answer is Answer.JA
        not_yet = answer in (Answer.NEE, Answer.NOG_NIET_BEKEND)
        step = current_step(tracker)

        if question == "stap_check" and step:
            if yes:
                return show_step(dispatcher, tracker, min(LAST_STEP, step + 1))
            dispatcher.utter_message(
                response="utter_step_not_done" if not_yet else "utter_step_doubt",
                buttons=[{"title": f"Toch verder naar stap {step + 1}", "payload": "/next_step"},
                         {"title": "Vraag stellen", "payload": "/ask_question"},
                         {"title": "Stoppen", "payload": "/stop"}],
            )
            return []
        if question == "start_afwegingskader":
            if yes:
                return [FollowupAction("action_start_afwegingskader")]
            return show_step(dispatcher, tracker, LAST_STEP)
        if question == "beslissing":
            # Step 5 asked "Weet je welke beslissing je neemt, en met wie?".
            if yes:
                return [FollowupAction("action_dossier_note")]
            dispatcher.utter_message(
                response="utter_decision_unsure",
                buttons=[{"title": "Afwegingskader", "payload": "/start_afwegingskader"},
                         {"title": "Notitie voor dossier", "payload": "/dossier_note"},
                         {"title": "Stoppen", "payload": "/stop"}],
            )
            return []
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
        step = step_to_resume(tracker)
        if choice is None or (choice.sector is Sector.ANDERS and not choice.solo):
            # Nobody asked for a sector here, so a bare "iets anders" means "none of these",
            # not "another field of work".
            if step:
                ActionAnswerFaq.offer_step(dispatcher, step)
            else:
                dispatcher.utter_message(response="utter_main_paths")
            return []
        label = SECTOR_LABELS[choice.sector].lower()
        events = [SlotSet("sector", choice.sector.value), SlotSet("zonder_collegas", choice.solo)]
        if step:
            dispatcher.utter_message(text=f"Genoteerd: {label}.")
            ActionAnswerFaq.offer_step(dispatcher, step)
            return events
        dispatcher.utter_message(text=f"Genoteerd: {label}. Waar wil je mee beginnen?",
                                 buttons=MAIN_PATH_BUTTONS)
        return events
