"""SafetySecondOpinion: the decision on its own, then the component trained on a small data set,
stored and loaded through Rasa's model storage, processing messages as the pipeline does."""
from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.safety_second_opinion import CHANGED_KEY, SafetySecondOpinion, second_opinion

CLASSES = np.array(["danger_now", "faq", "greet"])


@pytest.mark.parametrize("probabilities,model_intent,expected", [
    ([0.7, 0.2, 0.1], "faq", ("danger_now", 0.7)),  # DIET missed it, the n-gram model is sure
    ([0.7, 0.2, 0.1], "nlu_fallback", ("danger_now", 0.7)),  # DIET was unsure
    ([0.6, 0.3, 0.1], "greet", ("danger_now", 0.6)),  # exactly at the threshold
    ([0.55, 0.35, 0.1], "faq", None),  # not sure enough
    ([0.2, 0.7, 0.1], "faq", None),  # the n-gram model says faq too
    ([0.9, 0.05, 0.05], "danger_now", None),  # already the route: nothing to change
    ([0.9, 0.05, 0.05], "child_or_victim", None),  # another safety route stays (net decides)
])
def test_second_opinion(probabilities, model_intent, expected):
    got = second_opinion(np.array(probabilities), CLASSES, model_intent, threshold=0.6)
    if expected is None:
        assert got is None
    else:
        assert got[0] == expected[0] and got[1] == pytest.approx(expected[1])


def test_no_probabilities_no_opinion():
    assert second_opinion(np.array([]), CLASSES, "faq", 0.6) is None


ROUTE_LINES = [
    "hij slaat haar nu in de gang", "vader staat met een mes bij het hek",
    "er wordt nu gevochten op het plein", "moeder wordt op dit moment geslagen",
    "hij trapt de deur in en schreeuwt", "de man slaat zijn vrouw waar ik bij sta",
]
FAQ_LINES = [
    "wat is de meldcode", "hoe werkt het afwegingskader", "wat doet veilig thuis",
    "wanneer moet ik melden", "wat is de kindcheck", "wie is de aandachtsfunctionaris",
]
GREET_LINES = ["hallo", "hoi", "goedemorgen", "hey daar", "goedemiddag", "hallo assistent"]


def _training_data() -> TrainingData:
    examples = [Message(data={"text": t, "intent": "danger_now"}) for t in ROUTE_LINES]
    examples += [Message(data={"text": t, "intent": "faq", "intent_response_key": f"faq/t{i}"})
                 for i, t in enumerate(FAQ_LINES)]
    examples += [Message(data={"text": t, "intent": "greet"}) for t in GREET_LINES]
    return TrainingData(training_examples=examples)


def _message(text: str, intent: str) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.9}, add_to_output=True)
    message.set("intent_ranking", [{"name": intent, "confidence": 0.9}], add_to_output=True)
    return message


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    resource = Resource("safety_second_opinion")
    # A low threshold: six lines per intent give no model 0.6 confidence.
    config = {"threshold": 0.4}
    component = SafetySecondOpinion.create(config, storage, resource, None)
    component.train(_training_data())
    return component, storage, resource, config


def test_a_route_message_the_model_missed_becomes_the_route(trained):
    component = trained[0]
    message = _message("hij slaat haar nu in de gang met een mes", "faq")
    component.process([message])
    assert message.get("intent")["name"] == "danger_now"
    assert message.get("intent_ranking")[0]["name"] == "danger_now"
    assert message.get(CHANGED_KEY) == {"route": "danger_now", "replaced": "faq"}
    assert "safety_second_opinion" in message.as_dict(only_output_properties=True)


@pytest.mark.parametrize("text,intent", [
    ("wat is de meldcode precies", "faq"),  # a question stays a question
    ("hallo daar", "greet"),
    ("", "greet"),  # no text: nothing to read
])
def test_other_messages_keep_their_intent(trained, text, intent):
    component = trained[0]
    message = _message(text, intent)
    component.process([message])
    assert message.get("intent")["name"] == intent
    assert message.get(CHANGED_KEY) is None


def test_loaded_component_decides_as_the_trained_one(trained):
    component, storage, resource, config = trained
    loaded = SafetySecondOpinion.load(config, storage, resource, None)
    assert loaded.model is not None
    texts = ["hij slaat haar nu in de gang met een mes", "wat is de meldcode precies", "hoi"]
    assert np.allclose(component.model.predict_proba(texts), loaded.model.predict_proba(texts))
    assert loaded.vocabulary == component.vocabulary and "slaat" in loaded.vocabulary


def test_a_mistyped_message_is_read_with_its_typos_corrected(trained, monkeypatch):
    component = trained[0]
    read = []
    predict = component.model.predict_proba
    monkeypatch.setattr(component.model, "predict_proba", lambda texts: read.extend(texts) or predict(texts))
    message = _message("Hij slaaat haar NU in de gang!", "faq")  # short words stay as typed
    component.process([message])
    assert read == ["hij slaat haar nu in de gang"]
    assert message.get("intent")["name"] == "danger_now"


def test_without_route_examples_nothing_is_trained_and_messages_pass(tmp_path):
    storage = LocalModelStorage(tmp_path)
    component = SafetySecondOpinion.create({}, storage, Resource("empty"), None)
    data = TrainingData(training_examples=[Message(data={"text": t, "intent": "greet"})
                                           for t in GREET_LINES])
    with pytest.warns(UserWarning):
        component.train(data)
    message = _message("hij slaat haar nu", "greet")
    component.process([message])
    assert message.get("intent")["name"] == "greet"
    assert SafetySecondOpinion.load({}, storage, Resource("empty"), None).model is None
