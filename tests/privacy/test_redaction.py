"""Redaction of single events and keyed hashing: user text never survives, names do."""
import json

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet

from bot.privacy import Redactor, Vocabulary, keyed_hash
from bot.privacy.tracker_stores import vocabulary_from_domain
from privacy_conversation import conversation_domain, user
from seeds import SEEDS, find_seeded_data, seeded_texts

pytestmark = pytest.mark.privacy


@pytest.fixture
def redactor():
    return Redactor(vocabulary_from_domain(conversation_domain(), ["stap_check"]))


def test_user_event_keeps_intent_and_drops_all_text(redactor):
    text = seeded_texts()[1]
    out = redactor.redact_event(user(text, "faq").as_dict())
    assert out["text"] is None
    assert out["parse_data"]["intent"] == {"name": "faq", "confidence": 0.91}
    assert out["parse_data"]["entities"] == [{"entity": "naam"}]
    assert "metadata" not in out and "message_id" not in out
    assert find_seeded_data([], texts=[json.dumps(out)]) == []


def test_unknown_intent_name_is_dropped(redactor):
    out = redactor.redact_event(user("hoi", "Nepvoornaam_Nepachternaam").as_dict())
    assert out["parse_data"]["intent"]["name"] is None


@pytest.mark.parametrize(
    "value, kept",
    [
        ("ja", "ja"),
        ("onderwijs", "onderwijs"),
        ("advies_veilig_thuis", "advies_veilig_thuis"),
        ("veilig_thuis", "veilig_thuis"),  # a contact key
        ("afweging_2", "afweging_2"),  # requested_slot holds slot names
        ("stap_check", "stap_check"),  # extra value from the endpoints file
        ("afwegingskader", "afwegingskader"),  # categorical value from the domain
        ("Ja", None),  # exact words only: the validation action normalises
        ("ja, Nepvoornaam Nepachternaam", None),
        ("999999990", None),
        (3.0, 3.0),
        (999999990, None),
        (True, True),
        ([1, 4, 5], [1, 4, 5]),
        (["ja", "Jan"], None),
        ({"naam": "Jan"}, None),
    ],
)
def test_slot_values_pass_only_from_the_allow_list(redactor, value, kept):
    out = redactor.redact_event(SlotSet("afweging_1", value).as_dict())
    assert out == {"event": "slot", "timestamp": out["timestamp"], "name": "afweging_1", "value": kept}


def test_bot_text_buttons_and_payloads_are_dropped(redactor):
    event = BotUttered("Je zei: Nepvoornaam", {"buttons": [{"title": "Nepvoornaam", "payload": "x"}], "custom": {"a": 1}},
                       {"utter_action": "utter_echo", "extra": "Nepvoornaam"})
    out = redactor.redact_event(event.as_dict())
    assert out["text"] is None and out["data"] == {}
    assert out["metadata"] == {"utter_action": "utter_echo"}


def test_action_text_is_dropped_and_name_kept(redactor):
    out = redactor.redact_event(ActionExecuted("action_outcome", policy="RulePolicy", action_text="Nepvoornaam").as_dict())
    assert out["name"] == "action_outcome" and "action_text" not in out


def test_empty_vocabulary_keeps_no_words():
    out = Redactor(Vocabulary()).redact_event(SlotSet("sector", "Nepvoornaam").as_dict())
    assert out["value"] is None


def test_keyed_hash_depends_on_key_and_hides_input():
    email = next(s.value for s in SEEDS if s.kind == "email")
    a, b = keyed_hash(b"k1", email), keyed_hash(b"k2", email)
    assert a == keyed_hash(b"k1", email) and a != b and len(a) == 64
    assert email not in a
    with pytest.raises(ValueError):
        keyed_hash(b"", email)
