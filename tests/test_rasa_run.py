"""bot.rasa_run: the faster check of action-server responses accepts and rejects what Rasa does."""
import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot import rasa_run

VALID = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "sector", "value": "zorg"}],
     "responses": [{"text": "Hallo", "buttons": [{"title": "Ja", "payload": "/affirm"}]}]},
    {"events": [{"event": "followup", "name": "action_listen"}]},
    {},
]
INVALID = [
    {"events": "not a list"},
    {"events": [{"event": "slot"}]},  # a slot event without a name
    {"events": [{"no_event_key": 1}]},
    {"responses": "text"},
]


@pytest.fixture
def original():
    return RemoteAction.__dict__["_validate_action_result"]


@pytest.mark.parametrize("result", VALID)
def test_accepts_what_rasa_accepts(original, result):
    action = RemoteAction("action_x", None)
    assert original(action, result) is True
    assert rasa_run.validate_action_result(action, result) is True


@pytest.mark.parametrize("result", INVALID)
def test_rejects_what_rasa_rejects_with_the_same_error(original, result):
    action = RemoteAction("action_x", None)
    with pytest.raises(ValidationError) as by_rasa:
        original(action, result)
    with pytest.raises(ValidationError) as by_us:
        rasa_run.validate_action_result(action, result)
    assert by_us.value.message == by_rasa.value.message
    assert "Failed to validate Action server response" in by_us.value.message


def test_apply_replaces_rasas_check(monkeypatch):
    monkeypatch.setattr(RemoteAction, "_validate_action_result",
                        RemoteAction.__dict__["_validate_action_result"])
    rasa_run.apply()
    assert RemoteAction._validate_action_result is rasa_run.validate_action_result
