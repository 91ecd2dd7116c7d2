"""SafetySecondOpinion: the decision on its own, then the component reading the probabilities
that a trained LinearIntentBlend left on each message, as in the pipeline."""
from __future__ import annotations

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.linear_intent_blend import LINEAR_PROBABILITIES_KEY, LinearIntentBlend
from bot.nlu.safety_second_opinion import CHANGED_KEY, SafetySecondOpinion, second_opinion
from tests.nlu_component.test_linear_intent_blend import training_data


def _probabilities(danger: float, faq: float, greet: float) -> dict:
    return {"danger_now": danger, "faq": faq, "greet": greet}


@pytest.mark.parametrize("probabilities,model_intent,expected", [
    ((0.7, 0.2, 0.1), "faq", ("danger_now", 0.7)),  # DIET missed it, the n-gram model is sure
    ((0.7, 0.2, 0.1), "nlu_fallback", ("danger_now", 0.7)),  # the blend was unsure
    ((0.6, 0.3, 0.1), "greet", ("danger_now", 0.6)),  # exactly at the threshold
    ((0.55, 0.35, 0.1), "faq", None),  # not sure enough
    ((0.2, 0.7, 0.1), "faq", None),  # the n-gram model says faq too
    ((0.9, 0.05, 0.05), "danger_now", None),  # already the route: nothing to change
    ((0.9, 0.05, 0.05), "child_or_victim", None),  # another safety route stays (net decides)
])
def test_second_opinion(probabilities, model_intent, expected):
    got = second_opinion(_probabilities(*probabilities), model_intent, threshold=0.6)
    if expected is None:
        assert got is None
    else:
        assert got[0] == expected[0] and got[1] == pytest.approx(expected[1])


@pytest.mark.parametrize("probabilities", [None, {}])
def test_no_probabilities_no_opinion(probabilities):
    assert second_opinion(probabilities, "faq", 0.6) is None


def test_it_needs_the_blend_earlier_in_the_pipeline():
    assert SafetySecondOpinion.required_components() == [LinearIntentBlend]


@pytest.fixture(scope="module")
def blend(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    component = LinearIntentBlend.create({}, storage, Resource("linear_intent_blend"), None)
    component.train(training_data())
    return component


def _parsed(blend: LinearIntentBlend, text: str, diet_intent: str) -> Message:
    """The message as the FallbackClassifier hands it on: DIET's intent, blended."""
    message = Message(data={"text": text})
    message.set("intent", {"name": diet_intent, "confidence": 0.9}, add_to_output=True)
    message.set("intent_ranking", [{"name": diet_intent, "confidence": 0.9}], add_to_output=True)
    blend.process([message])
    message.set("intent", {"name": diet_intent, "confidence": 0.9}, add_to_output=True)
    return message


def test_a_route_message_the_model_missed_becomes_the_route(blend):
    component = SafetySecondOpinion.create({}, None, None, None)  # threshold 0.6
    message = _parsed(blend, "hij slaat haar nu in de gang met een mes", "faq")
    assert message.get(LINEAR_PROBABILITIES_KEY)["danger_now"] >= 0.6
    component.process([message])
    assert message.get("intent")["name"] == "danger_now"
    assert message.get("intent_ranking")[0]["name"] == "danger_now"
    assert message.get(CHANGED_KEY) == {"route": "danger_now", "replaced": "faq"}
    assert "safety_second_opinion" in message.as_dict(only_output_properties=True)


@pytest.mark.parametrize("text,intent", [
    ("wat is de meldcode precies", "faq"),  # a question stays a question
    ("hallo daar", "greet"),
])
def test_other_messages_keep_their_intent(blend, text, intent):
    component = SafetySecondOpinion.create({}, None, None, None)
    message = _parsed(blend, text, intent)
    component.process([message])
    assert message.get("intent")["name"] == intent
    assert message.get(CHANGED_KEY) is None


def test_a_reading_under_the_threshold_changes_nothing(blend):
    component = SafetySecondOpinion.create({"threshold": 0.99}, None, None, None)
    message = _parsed(blend, "hij slaat haar nu in de gang met een mes", "faq")
    assert 0.6 < message.get(LINEAR_PROBABILITIES_KEY)["danger_now"] < 0.99
    component.process([message])
    assert message.get("intent")["name"] == "faq"


def test_without_the_blends_probabilities_messages_pass():
    component = SafetySecondOpinion.create({"threshold": 0.1}, None, None, None)
    message = Message(data={"text": "hij slaat haar nu"})
    message.set("intent", {"name": "greet", "confidence": 0.9}, add_to_output=True)
    component.process([message])
    assert message.get("intent")["name"] == "greet"
    assert message.get(CHANGED_KEY) is None
