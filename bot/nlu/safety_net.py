"""The keyword safety net as the last step of the NLU pipeline: a safety route wins everywhere.

The NLU model sends some case descriptions with unknown words to another intent ("pa mept op de
kinderen" as inform_sector, a colleague's abuse as a FAQ question). The actions of the FAQ, the
fallback and the forms already consult the keyword net (bot.meldcode.route_detection), but a
greeting, a start command or a step command does not. So this component reads every message:
when the net recognises one of the four safety routes, the message's intent becomes the route
with the highest precedence (bot.meldcode.routes.PRECEDENCE), and the route's rules answer it
in any state of any conversation. The model's own intent stays first in line when it is itself
a safety route of higher precedence.

It also writes every route the message signals (bot.meldcode.routes.signalled_routes: the
net's routes, the intent's, and a second safety route the model reads as well) into the parse
data under ROUTES_KEY, so that the actions combine the advice without running the net again, and
the net's own routes under NET_ROUTES_KEY.

    - name: bot.nlu.safety_net.SafetyNetIntent

It must come last (after the FallbackClassifier), so that an unsure message the net recognises
is not turned into nlu_fallback. Payload messages ("/start_afwegingskader") never reach it.

The net's patterns are exact words, and people in a hurry mistype them ("mijn vader slaaat
mij"). So the component learns the words of the training data, and the net also reads the
message with every unknown word close to a known one corrected (bot.meldcode.text). With one
typo in 3 of the longer words, the net alone found 343 of 722 held-out safety messages; with
the correction 469 (500 without typos), and no more false alarms (docs/nlu.md).
"""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Set, Text

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

from bot.meldcode.routes import (
    CASE_INTENT,
    FALLBACK_INTENT,
    NET_ROUTES_KEY,
    ROUTES_KEY,
    SAFETY_ROUTES,
    Route,
    describes_a_case,
    detect_routes,
    in_precedence_order,
    placed_long_ago,
    resolve,
    signalled_routes,
)
from bot.meldcode.text import correct_to_vocabulary, normalise, vocabulary_of
from bot.nlu.tfidf_response_selector import dump_vocabulary, load_vocabulary, source_fingerprint

# Set on the message (and in the tracker's parse data) when the net changed the intent.
OVERRIDDEN_KEY = "safety_net"
# Set when the net took back a route the model read in a story placed long ago (past_route).
PAST_KEY = "safety_net_past"
# Set when a safety route only the model read in a short message became the fallback (short_route).
SHORT_KEY = "safety_net_short"
# The routes that hold only for now or the last 7 days.
_TIME_ROUTES = frozenset({Route.DANGER_NOW.value, Route.SEXUAL_VIOLENCE_RECENT.value})
VOCABULARY_FILE = "vocabulary.json"


def net_routes(text: Optional[Text], vocabulary: Iterable[Text] = ()) -> Set[Route]:
    """The net's routes for the text as typed and, with a vocabulary, for the text with its
    typos corrected to known words (a union: a correction never takes a route away)."""
    routes = set(detect_routes(text))
    if vocabulary:
        corrected = correct_to_vocabulary(text, vocabulary)
        if corrected != normalise(text):
            routes |= set(detect_routes(corrected))
    return routes


def safety_route(text: Optional[Text], model_intent: Optional[Text],
                 keyword_routes: Optional[Iterable[Route]] = None) -> Optional[Route]:
    """The safety route this message must take, or None to keep the model's intent.
    `keyword_routes`: the net's routes (net_routes) when the caller has them already; without
    them the text is read as typed only."""
    if keyword_routes is None:
        keyword_routes = detect_routes(text)
    found = {route for route in keyword_routes if route in SAFETY_ROUTES}
    if not found:
        return None
    if model_intent in {route.value for route in SAFETY_ROUTES}:
        found.add(Route(model_intent))
    route = resolve(found)
    return None if route is None or route.value == model_intent else route


def past_route(text: Optional[Text], model_intent: Optional[Text], keyword_routes: Iterable[Route]) -> bool:
    """True when only the model read danger now or recent sexual violence in a message that places
    what it tells more than 7 days back (route_detection.placed_long_ago): "ze is vorig jaar door
    haar oom misbruikt". Then the model's route is taken back; the net's own routes never are."""
    return (model_intent in _TIME_ROUTES and Route(model_intent) not in set(keyword_routes)
            and placed_long_ago(text))


def short_route(text: Optional[Text], model_intent: Optional[Text],
                keyword_routes: Iterable[Route]) -> bool:
    """True when only the model read a safety route, in a short message (fewer than six words:
    no case description, bot.meldcode.routes.describes_a_case): "de lucht is blauw" as danger
    now. Short everyday lines are where models trained on different machines differ most
    (docs/nlu.md, "Models differ between machines"), and the keyword net reads short safety
    messages itself: of the 637 safety messages of the held-out, route and dev sets that only
    the model read as a safety route, one is shorter than six words. Such a message goes to the
    fallback, which names 112 first and offers the route as a button (actions/outcomes.py)."""
    safety = {route.value for route in SAFETY_ROUTES}
    return (model_intent in safety and not (set(keyword_routes) & SAFETY_ROUTES)
            and not describes_a_case(text))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SafetyNetIntent(GraphComponent):
    """Overrides the intent with a safety route the keyword net recognises."""

    def __init__(self, vocabulary: Iterable[Text] = (), model_storage: Optional[ModelStorage] = None,
                 resource: Optional[Resource] = None) -> None:
        self.vocabulary = frozenset(vocabulary)
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        # The vocabulary is built by bot.meldcode.text.vocabulary_of: a change there must retrain
        # it, as it does the other two components that learn a vocabulary.
        return source_fingerprint(__name__, "bot.meldcode.text")

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyNetIntent":
        return cls(model_storage=model_storage, resource=resource)

    def train(self, training_data: TrainingData) -> Resource:
        self.vocabulary = vocabulary_of(example.get(TEXT) for example in training_data.training_examples)
        with self._model_storage.write_to(self._resource) as directory:
            dump_vocabulary(self.vocabulary, directory / VOCABULARY_FILE)
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "SafetyNetIntent":
        try:
            with model_storage.read_from(resource) as directory:
                words = load_vocabulary(directory / VOCABULARY_FILE)
        except ValueError:
            words = []  # no vocabulary: the net reads the text as typed only
        return cls(words, model_storage, resource)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            model_confidence = float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
            model_intent = intent.get(INTENT_NAME_KEY)
            ranking = message.get(INTENT_RANKING_KEY) or []
            found = net_routes(message.get(TEXT), self.vocabulary)
            route = safety_route(message.get(TEXT), model_intent, found)
            if route is None and past_route(message.get(TEXT), model_intent, found):
                # A case told from the past: the walk-through, which still asks about danger now
                # first (actions/walkthrough.py). The intents after the route are mostly unsure
                # and often another route, so the model's next choice is not taken.
                ranking = _replace_intent(message, CASE_INTENT, model_confidence, ranking,
                                          _TIME_ROUTES | {CASE_INTENT}, PAST_KEY,
                                          {"model_intent": model_intent})
                model_intent = CASE_INTENT
            if route is None and short_route(message.get(TEXT), model_intent, found):
                ranking = _replace_intent(message, FALLBACK_INTENT, model_confidence, ranking,
                                          {FALLBACK_INTENT}, SHORT_KEY, {"model_intent": model_intent})
                model_intent = FALLBACK_INTENT
            if route is not None:
                ranking = _replace_intent(message, route.value, 1.0, ranking, {route.value},
                                          OVERRIDDEN_KEY,
                                          {"route": route.value, "model_intent": model_intent})
            routes = signalled_routes(found, route.value if route else model_intent, ranking)
            message.set(ROUTES_KEY, in_precedence_order(routes), add_to_output=True)
            message.set(NET_ROUTES_KEY, in_precedence_order(found), add_to_output=True)
        return messages


def _replace_intent(message: Message, name: Text, confidence: float, ranking: List[Dict[Text, Any]],
                    dropped: Set[Text], key: Text, why: Dict[Text, Any]) -> List[Dict[Text, Any]]:
    """Make `name` the message's intent, first in its ranking without the `dropped` intents, and
    record under `key` why (the model's own intent). Returns the new ranking."""
    chosen = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
    ranking = [chosen] + [r for r in ranking if r.get(INTENT_NAME_KEY) not in dropped]
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
    message.set(key, why, add_to_output=True)
    return ranking
