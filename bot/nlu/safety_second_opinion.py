"""A second opinion on the four safety routes: TF-IDF n-grams + logistic regression.

DIET and a linear n-gram model miss different safety messages (docs/nlu.md): DIET sometimes
reads an indirect case description ("de puber houdt zijn moeder in een houdgreep") as a FAQ
question or a command, while a linear model over word and character n-grams still sees the
route's words. This component trains such a model on every intent (the FAQ topics together as
the intent `faq`) and, when the intent so far is not a safety route but this model is confident
that the message is one, makes that route the intent:

    - name: bot.nlu.safety_second_opinion.SafetySecondOpinion
      threshold: 0.6

It comes after the FallbackClassifier (so that an unsure message can still be recognised as a
route) and before the keyword net (bot.nlu.safety_net), which has the last word. The threshold
was chosen on the looked-at held-out set (tests/nlu) only; a false alarm costs a professional a
few seconds, a missed route can cost a child's safety.

Like the FAQ selector it reads the message normalised, with typos in unknown words corrected
to its training words (bot.meldcode.text): with one typo in 3 of the longer words it found 624
instead of 598 of the 722 held-out safety messages, and raised 8 instead of 16 false alarms.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

import numpy as np

import rasa.shared.utils.io
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.meldcode.routes import SAFETY_ROUTES
from bot.meldcode.text import correct_to_vocabulary, normalise, vocabulary_of
from bot.nlu.tfidf_response_selector import (
    MODEL_DEFAULTS,
    dump_model,
    dump_vocabulary,
    fit_model,
    load_model,
    load_vocabulary,
    source_fingerprint,
)

logger = logging.getLogger(__name__)

MODEL_FILE = "model.skops"
VOCABULARY_FILE = "vocabulary.json"
# Set on the message (and in the tracker's parse data) when this component changed the intent.
CHANGED_KEY = "safety_second_opinion"
ROUTE_NAMES = frozenset(route.value for route in SAFETY_ROUTES)


def second_opinion(probabilities: np.ndarray, classes, model_intent: Optional[Text],
                   threshold: float) -> Optional[tuple[Text, float]]:
    """(route, confidence) when the intent must become a safety route, else None."""
    if model_intent in ROUTE_NAMES or probabilities.size == 0:
        return None
    best = int(np.argmax(probabilities))
    label, confidence = str(classes[best]), float(probabilities[best])
    if label in ROUTE_NAMES and confidence >= threshold:
        return label, confidence
    return None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SafetySecondOpinion(GraphComponent):
    """Turns a message a linear n-gram model confidently reads as a safety route into that route."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # On the looked-at set: 0.6 recognised 3 more of its 72 route messages and turned
            # 1 other message into a route; 0.5 and 0.4 the same 3 with 2 false alarms.
            "threshold": 0.6,
            **MODEL_DEFAULTS,
            # The baseline's setting in bot/nlu_compare.py; trains in ~20 s on our data.
            "C": 20.0,
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["sklearn"]

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        # The model is built in tfidf_response_selector: a change there retrains this too.
        return source_fingerprint(__name__, fit_model.__module__, "bot.meldcode.text")

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Any = None, vocabulary: Optional[List[Text]] = None) -> None:
        self.component_config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model
        self.vocabulary = frozenset(vocabulary or ())

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetySecondOpinion":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples
                    if e.get(INTENT) and (e.get(TEXT) or "").strip()]
        labels = [example.get(INTENT) for example in examples]  # faq/<topic> examples: "faq"
        if not ROUTE_NAMES & set(labels) or len(set(labels)) < 2:
            rasa.shared.utils.io.raise_warning(
                f"{self.__class__.__name__}: no safety-route examples to learn from; "
                f"nothing is trained.")
            self.model = None
        else:
            texts = [e.get(TEXT) for e in examples]
            self.vocabulary = vocabulary_of(texts)
            self.model = fit_model([normalise(t) for t in texts], labels, self.component_config)
        with self._model_storage.write_to(self._resource) as model_dir:
            if self.model is not None:
                dump_model(self.model, model_dir / MODEL_FILE)
                dump_vocabulary(self.vocabulary, model_dir / VOCABULARY_FILE)
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        if self.model is None:
            return messages
        for message in messages:
            text = (message.get(TEXT) or "").strip()
            intent = message.get(INTENT) or {}
            if not text or intent.get(INTENT_NAME_KEY) in ROUTE_NAMES:
                continue  # nothing to read, or already a route: spare the prediction
            read = correct_to_vocabulary(text, self.vocabulary)
            found = second_opinion(self.model.predict_proba([read])[0], self.model.classes_,
                                   intent.get(INTENT_NAME_KEY),
                                   float(self.component_config["threshold"]))
            if found is None:
                continue
            route, confidence = found
            chosen = {INTENT_NAME_KEY: route, PREDICTED_CONFIDENCE_KEY: confidence}
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or []
                       if r.get(INTENT_NAME_KEY) != route]
            message.set(INTENT, chosen, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [chosen] + ranking, add_to_output=True)
            message.set(CHANGED_KEY, {"route": route, "replaced": intent.get(INTENT_NAME_KEY)},
                        add_to_output=True)
        return messages

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "SafetySecondOpinion":
        try:
            with model_storage.read_from(resource) as model_dir:
                model_file = model_dir / MODEL_FILE
                model = load_model(model_file) if model_file.exists() else None
                vocabulary = load_vocabulary(model_dir / VOCABULARY_FILE)
        except ValueError as error:
            logger.warning(f"Could not load {cls.__name__} from resource '{resource.name}': {error}")
            model, vocabulary = None, []
        return cls(config, model_storage, resource, model, vocabulary)
