"""LinearIntentBlend: the blend on its own, then the component trained on a small data set,
stored and loaded through Rasa's model storage, processing messages as the pipeline does."""
from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.linear_intent_blend import LINEAR_PROBABILITIES_KEY, LinearIntentBlend, blend


def _names(ranking):
    return [entry["name"] for entry in ranking]


def test_the_blend_is_the_weighted_mean():
    diet = [{"name": "greet", "confidence": 0.8}, {"name": "faq", "confidence": 0.2}]
    linear = {"greet": 0.1, "faq": 0.3, "danger_now": 0.6}
    ranking = blend(diet, linear, diet_weight=0.4)
    scores = {entry["name"]: entry["confidence"] for entry in ranking}
    assert scores == pytest.approx({"greet": 0.4 * 0.8 + 0.6 * 0.1,
                                    "faq": 0.4 * 0.2 + 0.6 * 0.3,
                                    "danger_now": 0.6 * 0.6})  # not in DIET's ranking: 0 there
    assert _names(ranking) == ["greet", "danger_now", "faq"]  # 0.38, 0.36, 0.26


@pytest.mark.parametrize("weight,first", [
    (1.0, "greet"),  # DIET alone
    (0.0, "danger_now"),  # the linear model alone
    (0.5, "danger_now"),  # greet 0.475 against danger_now 0.525: the linear model is surer
])
def test_the_weight_decides_who_counts(weight, first):
    diet = [{"name": "greet", "confidence": 0.9}, {"name": "danger_now", "confidence": 0.1}]
    linear = {"greet": 0.05, "danger_now": 0.95}
    assert blend(diet, linear, weight)[0]["name"] == first


def test_the_fallback_entry_is_not_an_intent():
    diet = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "faq", "confidence": 0.3}]
    ranking = blend(diet, {"faq": 0.5, "greet": 0.5}, 0.4)
    assert "nlu_fallback" not in _names(ranking)


def test_the_ranking_is_sorted_short_and_sums_to_at_most_one():
    diet = [{"name": f"intent_{i}", "confidence": 1 / 12} for i in range(12)]
    linear = {f"intent_{i}": (i + 1) / 78 for i in range(12)}  # 1 + 2 + ... + 12 = 78
    ranking = blend(diet, linear, 0.4)
    confidences = [entry["confidence"] for entry in ranking]
    assert len(ranking) == 10
    assert confidences == sorted(confidences, reverse=True)
    assert ranking[0]["name"] == "intent_11"
    assert sum(confidences) <= 1.0 + 1e-9


# --- the component -----------------------------------------------------------------------------

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


def training_data() -> TrainingData:
    """Three intents, six lines each; the FAQ lines as a retrieval intent (faq/<topic>)."""
    examples = [Message(data={"text": t, "intent": "danger_now"}) for t in ROUTE_LINES]
    examples += [Message(data={"text": t, "intent": "faq", "intent_response_key": f"faq/t{i}"})
                 for i, t in enumerate(FAQ_LINES)]
    examples += [Message(data={"text": t, "intent": "greet"}) for t in GREET_LINES]
    return TrainingData(training_examples=examples)


def _message(text: str, intent: str, confidence: float = 0.9) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence}, add_to_output=True)
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}],
                add_to_output=True)
    return message


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    resource = Resource("linear_intent_blend")
    config = {"diet_weight": 0.4}
    component = LinearIntentBlend.create(config, storage, resource, None)
    component.train(training_data())
    return component, storage, resource, config


def test_the_linear_model_learns_every_intent_with_faq_as_one(trained):
    assert list(trained[0].model.classes_) == ["danger_now", "faq", "greet"]


def test_a_message_diet_misreads_is_turned_by_the_linear_model(trained):
    component = trained[0]
    message = _message("vader slaat moeder nu in de gang", "greet", confidence=0.6)
    component.process([message])
    probabilities = message.get(LINEAR_PROBABILITIES_KEY)
    assert set(probabilities) == {"danger_now", "faq", "greet"}
    assert probabilities["danger_now"] > 0.4 and sum(probabilities.values()) == pytest.approx(1)
    intent = message.get("intent")
    assert intent["name"] == "danger_now"
    assert intent["confidence"] == pytest.approx(0.6 * probabilities["danger_now"])
    assert message.get("intent_ranking")[0] == intent
    # The probabilities are for the pipeline, not for the parse output (and the tracker).
    output = message.as_dict(only_output_properties=True)
    assert LINEAR_PROBABILITIES_KEY not in output and output["intent"] == intent


@pytest.mark.parametrize("text,intent", [
    ("wat is de meldcode precies", "faq"),
    ("hallo daar", "greet"),
])
def test_where_both_agree_the_intent_stays(trained, text, intent):
    message = _message(text, intent)
    trained[0].process([message])
    assert message.get("intent")["name"] == intent


def test_a_message_without_text_is_left_alone(trained):
    message = _message("", "greet")
    trained[0].process([message])
    assert message.get("intent") == {"name": "greet", "confidence": 0.9}
    assert message.get(LINEAR_PROBABILITIES_KEY) is None


def test_loaded_component_blends_as_the_trained_one(trained):
    component, storage, resource, config = trained
    loaded = LinearIntentBlend.load(config, storage, resource, None)
    assert loaded.model is not None
    texts = ["hij slaat haar nu in de gang met een mes", "wat is de meldcode precies", "hoi"]
    assert np.allclose(component.model.predict_proba(texts), loaded.model.predict_proba(texts))
    assert loaded.vocabulary == component.vocabulary and "slaat" in loaded.vocabulary


def test_a_mistyped_message_is_read_with_its_typos_corrected(trained, monkeypatch):
    component = trained[0]
    read = []
    predict = component.model.predict_proba
    monkeypatch.setattr(component.model, "predict_proba",
                        lambda texts: read.extend(texts) or predict(texts))
    component.process([_message("Hij slaaat haar NU in de gang!", "faq")])  # short words stay
    assert read == ["hij slaat haar nu in de gang"]


def test_with_one_intent_nothing_is_trained_and_messages_pass(tmp_path):
    storage = LocalModelStorage(tmp_path)
    component = LinearIntentBlend.create({}, storage, Resource("empty"), None)
    data = TrainingData(training_examples=[Message(data={"text": t, "intent": "greet"})
                                           for t in GREET_LINES])
    with pytest.warns(UserWarning):
        component.train(data)
    message = _message("hij slaat haar nu", "greet")
    component.process([message])
    assert message.get("intent") == {"name": "greet", "confidence": 0.9}
    assert LinearIntentBlend.load({}, storage, Resource("empty"), None).model is None
