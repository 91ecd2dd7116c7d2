"""A scripted conversation carrying the seeds, driven through a tracker store as Rasa drives it.

Each turn: retrieve the tracker by sender id, add the turn's events (Rasa's own classes), save.
The free-text slots first receive the raw message (`from_text`), then the validation action's
normalised value, as in the real forms.
"""
from __future__ import annotations

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    EntitiesAdded,
    SessionStarted,
    SlotSet,
    UserUttered,
)

from seeds import SEEDS, seeded_texts

DOMAIN_YAML = """
version: "3.1"
intents: [greet, inform_sector, affirm, twijfel, start_afwegingskader, faq]
slots:
  sector: {type: text, influence_conversation: true, mappings: [{type: from_text}]}
  afweging_1: {type: text, influence_conversation: false, mappings: [{type: from_text}]}
  afweging_2: {type: text, influence_conversation: false, mappings: [{type: from_text}]}
  kc_situatie: {type: text, influence_conversation: false, mappings: [{type: from_text}]}
  uitkomst: {type: text, influence_conversation: false, mappings: [{type: custom}]}
  traject: {type: categorical, values: [meldcode, afwegingskader, kindcheck], mappings: [{type: custom}]}
  stap: {type: float, mappings: [{type: custom}]}
  oefenmodus: {type: bool, mappings: [{type: custom}]}
responses:
  utter_greet: [{text: "Hallo"}]
  utter_echo: [{text: "Je zei: {sector}"}]
actions: [validate_afwegingskader_form, action_outcome]
forms:
  afwegingskader_form: {required_slots: [sector, afweging_1, afweging_2]}
"""

EMAIL = next(s.value for s in SEEDS if s.kind == "email")


def conversation_domain() -> Domain:
    return Domain.from_yaml(DOMAIN_YAML)


def user(text: str, intent: str = "inform_sector") -> UserUttered:
    parse = {
        "intent": {"name": intent, "confidence": 0.91},
        "entities": [{"entity": "naam", "value": text.split()[-1], "start": 0, "end": 5}],
        "text": text,
        "intent_ranking": [{"name": intent, "confidence": 0.91}],
        "message_id": "m-" + text[:8],
        "metadata": {"remote_addr": "203.0.113.7", "note": text},
    }
    return UserUttered(text, parse["intent"], parse["entities"], parse, input_channel="rest",
                       message_id="m-" + text[:8], metadata={"user": text})


def turns() -> list[list]:
    texts = seeded_texts()
    return [
        [SessionStarted(metadata={"session": texts[0]}), ActionExecuted("action_listen"),
         user(texts[0], "greet"), ActionExecuted("utter_greet", policy="RulePolicy", confidence=1.0),
         BotUttered("Hallo " + texts[0], {"buttons": [{"title": texts[0], "payload": "/greet"}]},
                    {"utter_action": "utter_greet"}),
         ActionExecuted("action_listen")],
        [user(texts[1], "start_afwegingskader"), SlotSet("sector", texts[1]),
         ActionExecuted("afwegingskader_form"), SlotSet("sector", "onderwijs"),
         ActiveLoop("afwegingskader_form"), SlotSet("requested_slot", "afweging_1"),
         BotUttered("Je zei: " + texts[1], metadata={"utter_action": "utter_echo"}),
         ActionExecuted("action_listen")],
        [user(texts[2], "affirm"), SlotSet("afweging_1", texts[2]), EntitiesAdded([{"entity": "naam", "value": texts[2]}]),
         ActionExecuted("afwegingskader_form"), SlotSet("afweging_1", "ja"),
         SlotSet("requested_slot", "afweging_2"), ActionExecuted("action_listen")],
        [user(texts[3], "twijfel"), SlotSet("afweging_2", texts[3]), ActionExecuted("afwegingskader_form"),
         SlotSet("afweging_2", "twijfel"), SlotSet("kc_situatie", texts[4]), SlotSet("stap", 3.0),
         SlotSet("stap", 999999990.0), SlotSet("oefenmodus", False),
         ActiveLoop(None), SlotSet("requested_slot", None),
         ActionExecuted("action_outcome"), SlotSet("uitkomst", "advies_veilig_thuis"),
         SlotSet("traject", "afwegingskader"), ActionExecuted("action_listen")],
    ]


async def run_conversation(store, sender_id: str = EMAIL) -> None:
    """Drive the scripted turns through `store` (retrieve, update, save per turn)."""
    for events in turns():
        tracker = await store.retrieve(sender_id)
        if tracker is None:
            tracker = store.init_tracker(sender_id)
        for event in events:
            tracker.update(event)
        await store.save(tracker)
