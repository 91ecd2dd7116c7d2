"""The signal checklist: pick an age group, tick what you noticed, get recording advice.

Stateless on purpose: the group and the ticked signals travel in the button payloads
(/signal_checklist{"leeftijdsgroep":"4-12","signaal":["honger"],"klaar":"nee"}), never in a slot.
So nothing tapped is stored with the conversation, and the redacting tracker stores (which drop
entity values and unknown slot values between turns) cannot break the checklist.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import end_active_form, intent_payload, latest_text
from actions.usage import log_usage
from actions.walkthrough import step_payload
from bot.meldcode import signals as checklist

INTENT = "signal_checklist"
TICK = "✓ "


def checklist_payload(group: Text, ticked: List[Text], done: bool) -> Text:
    return intent_payload(INTENT, leeftijdsgroep=group, signaal=ticked, klaar="ja" if done else "nee")


def group_buttons() -> List[Dict[Text, Text]]:
    return [
        {"title": g.title, "payload": intent_payload(INTENT, leeftijdsgroep=g.key)}
        for g in checklist.groups()
    ]


def signal_buttons(group: Text, ticked: List[Text]) -> List[Dict[Text, Text]]:
    """One button per signal (tapping toggles it) and 'Klaar'; ticked ones start with a tick."""
    buttons = []
    for signal in checklist.signals(group):
        if signal.key in ticked:
            after = [k for k in ticked if k != signal.key]
        else:
            after = checklist.known_keys(group, ticked + [signal.key])
        title = (TICK if signal.key in ticked else "") + signal.label
        buttons.append({"title": title, "payload": checklist_payload(group, after, done=False)})
    buttons.append({"title": "Klaar", "payload": checklist_payload(group, ticked, done=True)})
    return buttons


def next_buttons() -> List[Dict[Text, Text]]:
    return [
        {"title": "Verder met stap 2", "payload": step_payload(2)},
        {"title": "Andere vraag", "payload": "/ask_question"},
    ]


def entity_values(tracker: Tracker, name: Text) -> List[Any]:
    return list(tracker.get_latest_entity_values(name))


class ActionSignalChecklist(Action):
    def name(self) -> Text:
        return "action_signal_checklist"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        # Like the start actions: a checklist started inside a form ends the form.
        events = end_active_form(tracker) + [FollowupAction("action_listen")]

        named = entity_values(tracker, "leeftijdsgroep")
        group: Optional[Text] = checklist.parse_group(named[0] if named else latest_text(tracker))
        if group is None:
            text = checklist.UNKNOWN_GROUP_TEXT if named else checklist.ASK_GROUP_TEXT
            dispatcher.utter_message(text=text, buttons=group_buttons())
            return events

        tapped = entity_values(tracker, "signaal")
        ticked = checklist.known_keys(group, tapped)
        if len(ticked) < len(set(map(str, tapped))):
            dispatcher.utter_message(text=checklist.UNKNOWN_SIGNAL_TEXT)

        done = entity_values(tracker, "klaar")
        if done and done[0] == "ja":
            dispatcher.utter_message(
                text=checklist.recording_advice(group, ticked), buttons=next_buttons()
            )
            return events

        if not done:  # opened (not a tap): count the use per age group, never the ticks
            log_usage(tracker, "start", path="signalen_" + group.replace("-", "_"))
        dispatcher.utter_message(
            text=checklist.list_intro(group), buttons=signal_buttons(group, ticked)
        )
        return events
