"""A second opinion on the four safety routes from the linear n-gram model.

DIET and a linear n-gram model miss different safety messages (docs/nlu.md): DIET sometimes
reads an indirect case description ("de puber houdt zijn moeder in een houdgreep") as a FAQ
question or a command, while a linear model over word and character n-grams still sees the
route's words. The blend (bot.nlu.linear_intent_blend) weighs the two for every intent; this
component goes one step further for the safety routes: when the intent after the fallback is
not a safety route but the linear model alone is confident that the message is one, that route
becomes the intent:

    - name: bot.nlu.safety_second_opinion.SafetySecondOpinion
      threshold: 0.6

It reads the probabilities the blend left on the message (it trains nothing itself), so it
needs LinearIntentBlend earlier in the pipeline. It comes after the FallbackClassifier (so that
an unsure message can still be recognised as a route) and before the keyword net
(bot.nlu.safety_net), which has the last word. The threshold was chosen on the looked-at
held-out set (tests/nlu) only; a false alarm costs a professional a few seconds, a missed
route can cost a child's safety.
"""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.meldcode.routes import SAFETY_ROUTES
from bot.nlu.linear_intent_blend import LINEAR_PROBABILITIES_KEY, LinearIntentBlend

# Set on the message (and in the tracker's parse data) when this component changed the intent.
CHANGED_KEY = "safety_second_opinion"
ROUTE_NAMES = frozenset(route.value for route in SAFETY_ROUTES)


def second_opinion(probabilities: Optional[Mapping[Text, float]], model_intent: Optional[Text],
                   threshold: float) -> Optional[tuple[Text, float]]:
    """(route, confidence) when the intent must become a safety route, else None.
    `probabilities`: the linear model's probability per intent."""
    if model_intent in ROUTE_NAMES or not probabilities:
        return None
    label = max(probabilities, key=lambda name: (probabilities[name], name))
    confidence = float(probabilities[label])
    if label in ROUTE_NAMES and confidence >= threshold:
        return label, confidence
    return None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetySecondOpinion(GraphComponent):
    """Turns a message the linear n-gram model confidently reads as a safety route into that route."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # On the looked-at set: 0.6 recognised 3 more of its 72 route messages and turned
        # 1 other message into a route; 0.5 and 0.4 the same 3 with 2 false alarms.
        return {"threshold": 0.6}

    @classmethod
    def required_components(cls) -> List[Type]:
        return [LinearIntentBlend]

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = {**self.get_default_config(), **config}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetySecondOpinion":
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        threshold = float(self.component_config["threshold"])
        for message in messages:
            intent = message.get(INTENT) or {}
            found = second_opinion(message.get(LINEAR_PROBABILITIES_KEY),
                                   intent.get(INTENT_NAME_KEY), threshold)
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
