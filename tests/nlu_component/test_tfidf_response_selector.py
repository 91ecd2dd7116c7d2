"""TfidfResponseSelector: trained through Rasa's own training graph on a tiny project, parsed
through rasa.core.agent.Agent, and checked piece by piece on the component itself."""
from __future__ import annotations

import asyncio
import math
import os
from pathlib import Path

import pytest

from tests.nlu_component.project import TOPICS, write_project

# The output Rasa's ResponseSelector sets (rasa/nlu/selectors/response_selector.py, process()).
RESPONSE_KEYS = {"responses", "confidence", "intent_response_key", "utter_action"}
RANKING_KEYS = {"confidence", "intent_response_key"}

# Lines close to, but not the same as, the training examples; one per topic.
TRAINING_LIKE = {
    "wat is een kindcheck": "faq/kindcheck",
    "hoe bereik je veilig thuis": "faq/veilig_thuis",
    "uitleg over het afwegingskader": "faq/afwegingskader",
}


def _train(project: Path, out: Path) -> Path:
    """One NLU-only training with a cold cache of its own (a warm cache would skip training)."""
    from rasa.model_training import train_nlu

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RASA_CACHE_DIRECTORY", str(out / "cache"))
        patch.setenv("RASA_TELEMETRY_ENABLED", "false")
        model = train_nlu(str(project / "config.yml"), str(project / "data"), str(out / "models"),
                          fixed_model_name="selector", domain=str(project / "domain.yml"))
    assert model and Path(model).is_file()
    return Path(model)


def _parse_all(model: Path, texts) -> dict:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))

    async def parse():
        return {text: await agent.parse_message(text) for text in texts}

    return asyncio.run(parse())


@pytest.fixture(scope="module")
def parses(tmp_path_factory):
    """Two independent trainings of the same project, parsed on the same lines."""
    project = write_project(tmp_path_factory.mktemp("project"))
    texts = [*TRAINING_LIKE, "hallo", "hoe bak ik een appeltaart"]
    first = _parse_all(_train(project, tmp_path_factory.mktemp("first")), texts)
    second = _parse_all(_train(project, tmp_path_factory.mktemp("second")), texts)
    return first, second


def test_parse_output_has_the_response_selector_shape(parses):
    parse = parses[0]["wat is een kindcheck"]
    selector = parse["response_selector"]
    assert selector["all_retrieval_intents"] == ["faq"]
    response = selector["faq"]["response"]
    assert set(response) == RESPONSE_KEYS
    assert response["intent_response_key"] == "faq/kindcheck"
    assert response["utter_action"] == "utter_faq/kindcheck"
    assert response["responses"] == [{"text": "De kindcheck: zijn er kinderen die zorg nodig hebben?"}]
    assert 0.0 < response["confidence"] <= 1.0

    ranking = selector["faq"]["ranking"]
    assert all(set(r) == RANKING_KEYS for r in ranking)
    assert sorted(r["intent_response_key"] for r in ranking) == sorted(TOPICS)
    assert ranking[0]["intent_response_key"] == response["intent_response_key"]
    assert ranking[0]["confidence"] == response["confidence"]


@pytest.mark.parametrize("text, topic", TRAINING_LIKE.items())
def test_top_topic_is_right_on_training_like_lines(parses, text, topic):
    response = parses[0][text]["response_selector"]["faq"]["response"]
    assert response["intent_response_key"] == topic
    # With three topics a right answer must clearly beat an even split.
    assert response["confidence"] > 1 / len(TOPICS)


def test_rankings_are_sorted_and_sum_to_at_most_one(parses):
    for text, parse in parses[0].items():
        confidences = [r["confidence"] for r in parse["response_selector"]["faq"]["ranking"]]
        assert confidences == sorted(confidences, reverse=True), text
        assert sum(confidences) <= 1.0 + 1e-9, text


def test_every_message_gets_a_selection_like_the_response_selector(parses):
    # Rasa's ResponseSelector predicts for every message; the intent decides whether it is used.
    response = parses[0]["hallo"]["response_selector"]["faq"]["response"]
    assert response["intent_response_key"] in TOPICS


def test_two_trainings_give_identical_confidences(parses):
    first, second = parses
    for text in first:
        assert first[text]["response_selector"] == second[text]["response_selector"], text


# --- the component on its own (no training graph): edge cases -----------------------------------

CONFIG = {"retrieval_intent": "faq"}


def _storage(tmp_path: Path):
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    return LocalModelStorage(tmp_path), Resource("selector"), ExecutionContext(GraphSchema({}), "test")


def _load(tmp_path: Path):
    from bot.nlu.tfidf_response_selector import TfidfResponseSelector

    return TfidfResponseSelector.load(CONFIG, *_storage(tmp_path))


def _component(tmp_path: Path, nlu: str, responses: str = ""):
    """Train, persist and load the component the way the training graph does."""
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    from bot.nlu.tfidf_response_selector import TfidfResponseSelector

    data = RasaYAMLReader().reads(nlu)
    if responses:
        data = data.merge(RasaYAMLReader().reads(responses))
    TfidfResponseSelector.create(CONFIG, *_storage(tmp_path)).train(data)
    return _load(tmp_path)


def _message(text: str, **data):
    from rasa.shared.nlu.training_data.message import Message

    return Message(data={"text": text, **data})


def test_loaded_component_keeps_other_selectors_and_answers_empty_text_with_nothing(tmp_path):
    from tests.nlu_component.project import NLU, RESPONSES

    selector = _component(tmp_path, NLU, RESPONSES)
    other = {"default": {"response": {"intent_response_key": "chitchat/x"}, "ranking": []}}
    kept, empty = _message("wat doet veilig thuis", response_selector=dict(other)), _message("  ")
    selector.process([kept, empty])

    output = kept.get("response_selector")
    assert output["default"] == other["default"]
    assert output["faq"]["response"]["intent_response_key"] == "faq/veilig_thuis"
    assert "response_selector" in kept.as_dict(only_output_properties=True)

    # The training words are stored with the model: typos are corrected after a load too.
    assert {"kindcheck", "afwegingskader", "veilig", "thuis"} <= selector.vocabulary

    nothing = empty.get("response_selector")["faq"]
    assert nothing["response"]["intent_response_key"] is None
    assert nothing["response"]["confidence"] == 0.0
    assert nothing["ranking"] == []


def test_without_faq_examples_nothing_is_trained_and_messages_stay_as_they_are(tmp_path):
    nlu = 'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - hallo\n    - hoi\n'
    selector = _component(tmp_path, nlu)
    assert selector.model is None
    message = _message("wat is de kindcheck")
    selector.process([message])
    assert message.get("response_selector") is None


def test_missing_answer_falls_back_to_the_key_like_the_response_selector(tmp_path):
    from tests.nlu_component.project import NLU

    selector = _component(tmp_path, NLU)  # no responses at all
    message = _message("wat is het afwegingskader")
    with pytest.warns(UserWarning, match="Unable to fetch responses"):
        selector.process([message])
    response = message.get("response_selector")["faq"]["response"]
    assert response["intent_response_key"] == "faq/afwegingskader"
    assert response["responses"] == [{"text": "faq/afwegingskader"}]
    assert math.isclose(sum(r["confidence"] for r in message.get("response_selector")["faq"]["ranking"]), 1.0)


def test_load_refuses_a_model_file_with_unexpected_types(tmp_path):
    import skops.io as sio

    from tests.nlu_component.project import NLU, RESPONSES

    assert _component(tmp_path, NLU, RESPONSES).model is not None
    model_file = next(tmp_path.rglob("model.skops"))
    sio.dump({"payload": os.system}, model_file)  # a callable that must never be trusted

    assert _load(tmp_path).model is None


@pytest.mark.parametrize("text,expected", [
    ("wat zijn signalen bij een negenjarige", "wat zijn signalen bij een negenjarige leeftijdsgroep_4_12"),
    ("Signalen 0-4 en pubers?", "signalen 0 4 en pubers ? leeftijdsgroep_0_4 leeftijdsgroep_12_18"),
    ("wat is een kindcheck", "wat is een kindcheck"),
])
def test_selector_reads_the_age_groups_a_message_names(text, expected):
    from bot.nlu.tfidf_response_selector import selector_text

    assert selector_text(text) == expected


def test_selector_corrects_typos_to_its_training_words_only():
    from bot.nlu.tfidf_response_selector import selector_text

    vocabulary = frozenset({"kindcheck", "meldcode", "signalen"})
    assert selector_text("wat is de kindchek bij de meldcdoe", vocabulary) == \
        "wat is de kindcheck bij de meldcode"
    assert selector_text("wat is de kindchek") == "wat is de kindchek"  # no vocabulary
