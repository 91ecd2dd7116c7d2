"""Redaction of Rasa events (as dicts): keep what the dialogue policies need, drop the rest.

We do not look for names, phone numbers or addresses in user text: no recogniser finds them all.
Instead every field is rebuilt from an allow-list: user and bot text, parse-data text, tokens,
entity values, message metadata and ids are never copied, and slot values survive only when they
are normalised words from our own vocabulary (`Vocabulary.allowed_value`). Every event is kept
(redacted) so that the number of stored events equals the tracker's, which Rasa relies on.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List

from bot.privacy.allowlist import NAME_PATTERN, SAFE_METADATA_KEYS, Vocabulary

EventDict = Dict[str, Any]
MAX_RANKING = 10


def _name(value: Any) -> str | None:
    return value if isinstance(value, str) and NAME_PATTERN.match(value) else None


def _number(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _metadata(metadata: Any) -> dict:
    if not isinstance(metadata, dict):
        return {}
    return {k: metadata[k] for k in SAFE_METADATA_KEYS if _name(metadata.get(k))}


def _entities(entities: Any) -> list:
    """Entity names (and roles/groups) only: never the value, the span or the matched text."""
    kept = []
    for entity in entities if isinstance(entities, list) else []:
        if not isinstance(entity, dict) or not _name(entity.get("entity")):
            continue
        item = {"entity": entity["entity"]}
        for key in ("role", "group"):
            if _name(entity.get(key)):
                item[key] = entity[key]
        kept.append(item)
    return kept


class Redactor:
    """Turns one serialised Rasa event into its redacted form."""

    def __init__(self, vocabulary: Vocabulary | Callable[[], Vocabulary]):
        self._vocabulary = vocabulary

    @property
    def vocabulary(self) -> Vocabulary:
        v = self._vocabulary
        return v() if callable(v) else v

    def redact_events(self, events: List[EventDict]) -> List[EventDict]:
        vocabulary = self.vocabulary
        return [self._redact(event, vocabulary) for event in events]

    def redact_event(self, event: EventDict) -> EventDict:
        return self._redact(event, self.vocabulary)

    # -- per event type ------------------------------------------------------------------------
    def _redact(self, event: EventDict, voc: Vocabulary) -> EventDict:
        kind = event.get("event")
        out: EventDict = {"event": kind, "timestamp": _number(event.get("timestamp"))}
        metadata = _metadata(event.get("metadata"))
        if metadata:
            out["metadata"] = metadata
        handler = getattr(self, "_" + str(kind), None)
        if handler is not None:
            handler(event, out, voc)
        return out

    def _user(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        parse = e.get("parse_data") if isinstance(e.get("parse_data"), dict) else {}
        intent = parse.get("intent") if isinstance(parse.get("intent"), dict) else {}
        kept_intent = {
            "name": voc.allowed_intent(intent.get("name")),
            "confidence": _number(intent.get("confidence")),
        }
        full = voc.allowed_intent(intent.get("full_retrieval_intent_name"))
        if full:
            kept_intent["full_retrieval_intent_name"] = full
        ranking = [
            {"name": voc.allowed_intent(r.get("name")), "confidence": _number(r.get("confidence"))}
            for r in (parse.get("intent_ranking") or [])[:MAX_RANKING]
            if isinstance(r, dict)
        ]
        out["text"] = None
        out["parse_data"] = {
            "intent": kept_intent,
            "entities": _entities(parse.get("entities")),
            "intent_ranking": ranking,
            "response_selector": self._response_selector(parse.get("response_selector"), voc),
        }
        out["input_channel"] = _name(e.get("input_channel"))

    def _response_selector(self, selector: Any, voc: Vocabulary) -> dict:
        """Which FAQ answer was chosen (keys and confidences), never the answer texts."""
        kept: dict = {}
        if not isinstance(selector, dict):
            return kept
        for retrieval_intent, result in selector.items():
            if not (_name(retrieval_intent) and isinstance(result, dict)):
                continue
            response = result.get("response") if isinstance(result.get("response"), dict) else {}
            kept[retrieval_intent] = {
                "response": {
                    "intent_response_key": voc.allowed_intent(response.get("intent_response_key")),
                    "utter_action": _name(response.get("utter_action")),
                    "confidence": _number(response.get("confidence")),
                },
                "ranking": [
                    {
                        "intent_response_key": voc.allowed_intent(r.get("intent_response_key")),
                        "confidence": _number(r.get("confidence")),
                    }
                    for r in (result.get("ranking") or [])[:MAX_RANKING]
                    if isinstance(r, dict)
                ],
            }
        return kept

    def _bot(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        # Bot texts may echo the user ("Je zei: ..."), buttons and custom payloads may too: the
        # name of the response in the metadata is all that is kept.
        out["text"] = None
        out["data"] = {}

    _agent = _bot

    def _action(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        out["name"] = voc.allowed_action(e.get("name"))
        out["policy"] = _name(e.get("policy"))
        out["confidence"] = _number(e.get("confidence"))
        out["hide_rule_turn"] = bool(e.get("hide_rule_turn", False))

    def _action_execution_rejected(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        out["name"] = voc.allowed_action(e.get("name"))
        out["policy"] = _name(e.get("policy"))
        out["confidence"] = _number(e.get("confidence"))

    def _slot(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        name = e.get("name")
        out["name"] = name if name in voc.slots else _name(name)
        out["value"] = voc.allowed_value(e.get("value"))

    def _active_loop(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        name = e.get("name")
        out["name"] = name if name in voc.forms else None

    _form = _active_loop

    def _followup(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        out["name"] = voc.allowed_action(e.get("name"))

    def _user_featurization(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        out["use_text_for_featurization"] = bool(e.get("use_text_for_featurization"))

    def _loop_interrupted(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        out["is_interrupted"] = bool(e.get("is_interrupted"))

    def _form_validation(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        out["validate"] = bool(e.get("validate"))

    def _entities(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        out["entities"] = _entities(e.get("entities"))

    def _reminder(self, e: EventDict, out: EventDict, voc: Vocabulary) -> None:
        out["intent"] = voc.allowed_intent(e.get("intent"))
        out["date_time"] = e.get("date_time") if isinstance(e.get("date_time"), str) else None
        out["entities"] = _entities(e.get("entities"))
        out["name"] = _name(e.get("name"))
        out["kill_on_user_msg"] = bool(e.get("kill_on_user_msg", True))
