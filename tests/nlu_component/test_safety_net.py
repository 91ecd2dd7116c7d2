"""The safety net component: a recognised safety route becomes the intent, whatever the model said."""
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.safety_net import (
    OVERRIDDEN_KEY, PAST_KEY, ROUTES_KEY, SHORT_KEY, SafetyNetIntent, net_routes, past_route,
    safety_route, short_route,
)
from bot.meldcode.routes import Route
from bot.meldcode.text import correct_to_vocabulary

DANGER = "hij slaat haar nu, ik hoor het door de muur"
STAFF = "een collega heeft een kleuter in de bso seksueel betast"


@pytest.mark.parametrize("text,model_intent,expected", [
    (DANGER, "inform_sector", Route.DANGER_NOW),  # the model missed it
    (DANGER, "nlu_fallback", Route.DANGER_NOW),  # the model was unsure
    (DANGER, "danger_now", None),  # the model got it: nothing to change
    (DANGER, "staff_suspect", Route.DANGER_NOW),  # danger now goes first
    (STAFF, "faq", Route.STAFF_SUSPECT),
    (STAFF, "child_or_victim", None),  # the model's route has higher precedence: keep it
    ("wat is de meldcode?", "faq", None),
    ("ja", "affirm", None),
    ("", "greet", None),
    (None, None, None),
])
def test_safety_route(text, model_intent, expected):
    assert safety_route(text, model_intent) == expected


def test_honour_and_behaviour_between_children_are_left_to_the_model():
    assert safety_route("wat is eergerelateerd geweld en wat doe ik ermee?", "faq") is None


def message(text, intent, confidence=0.9):
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": confidence}, add_to_output=True)
    m.set("intent_ranking", [{"name": intent, "confidence": confidence},
                             {"name": "danger_now", "confidence": 0.05}], add_to_output=True)
    return m


def test_process_sets_the_route_as_intent_first_in_the_ranking_and_says_so():
    net = SafetyNetIntent()
    missed, fine = message(DANGER, "start_meldcode"), message("hallo", "greet")
    net.process([missed, fine])
    assert missed.get("intent") == {"name": "danger_now", "confidence": 1.0}
    assert [r["name"] for r in missed.get("intent_ranking")] == ["danger_now", "start_meldcode"]
    assert missed.get(OVERRIDDEN_KEY) == {"route": "danger_now", "model_intent": "start_meldcode"}
    assert fine.get("intent") == {"name": "greet", "confidence": 0.9}
    assert fine.get(OVERRIDDEN_KEY) is None
    assert missed.get(ROUTES_KEY) == ["danger_now"]
    assert fine.get(ROUTES_KEY) == []


def test_process_lists_every_route_the_message_signals():
    net = SafetyNetIntent()
    both = Message(data={"text": "een pm collega schudt de baby's als ze huilen"})
    both.set("intent", {"name": "danger_now", "confidence": 1.0}, add_to_output=True)
    both.set("intent_ranking", [{"name": "danger_now", "confidence": 1.0},
                                {"name": "staff_suspect", "confidence": 0.98},
                                {"name": "child_or_victim", "confidence": 0.1}], add_to_output=True)
    question = message("wat is eergerelateerd geweld en wat doe ik ermee?", "faq")
    net.process([both, question])
    assert both.get(ROUTES_KEY) == ["danger_now", "staff_suspect"]
    assert both.get(OVERRIDDEN_KEY) is None
    assert question.get("intent")["name"] == "faq"
    assert question.get(ROUTES_KEY) == ["honour_violence"]  # the FAQ action offers that route


def test_typos_in_the_net_words_are_corrected_to_the_training_vocabulary(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("safety_net")
    net = SafetyNetIntent.create({}, storage, resource, None)
    words = "hij verkracht haar gisteren na het feest de stiefvader mishandelt het kind"
    net.train(TrainingData(training_examples=[Message(data={"text": words, "intent": "x"})]))
    typed = "een leerling is gisteren verkrahct na het feest"  # "verkracht" mistyped
    assert net_routes(typed) == set()
    assert net_routes(typed, net.vocabulary) == {Route.SEXUAL_VIOLENCE_RECENT}

    loaded = SafetyNetIntent.load({}, storage, resource, None)
    assert loaded.vocabulary == net.vocabulary and "verkracht" in loaded.vocabulary
    missed = message(typed, "start_meldcode")
    loaded.process([missed])
    assert missed.get("intent")["name"] == "sexual_violence_recent"
    # Known words are never changed, and nothing the net found as typed is lost.
    assert net_routes("mijn vader slaat mij", net.vocabulary) == net_routes("mijn vader slaat mij")


def test_a_correction_keeps_the_first_letter():
    # "tegenpartij" is no typo of "steekpartij" (danger now), nor "duikt" of "ruikt"; a typo
    # keeps its first letter ("gewurgt", "steekpartei").
    vocabulary = frozenset({"steekpartij", "ruikt", "gewurgd", "alcohol"})
    assert net_routes("ze is zaterdag verkracht door een speler van de tegenpartij", vocabulary) \
        == {Route.SEXUAL_VIOLENCE_RECENT}
    assert net_routes("er is een steekpartei op het plein", vocabulary) == {Route.DANGER_NOW}
    assert correct_to_vocabulary("hij duikt weg en heeft haar gewurgt", vocabulary) \
        == "hij duikt weg en heeft haar gewurgd"


def test_without_a_stored_vocabulary_the_net_reads_the_text_as_typed(tmp_path):
    loaded = SafetyNetIntent.load({}, LocalModelStorage(tmp_path), Resource("none"), None)
    assert loaded.vocabulary == frozenset()
    missed = message(DANGER, "start_meldcode")
    loaded.process([missed])
    assert missed.get("intent")["name"] == "danger_now"


PAST = "een leerling vertelde dat haar oom haar twee jaar geleden heeft misbruikt"


@pytest.mark.parametrize("text,model_intent,found,taken_back", [
    (PAST, "sexual_violence_recent", set(), True),
    ("in het verleden sloeg hij haar, de kinderen zijn erg stil", "danger_now", set(), True),
    # Not placed long ago, another route, or a route the net read itself: kept.
    ("een leerling is gisteren misbruikt door haar oom", "sexual_violence_recent", set(), False),
    (PAST, "child_or_victim", set(), False),
    (PAST, "sexual_violence_recent", {Route.SEXUAL_VIOLENCE_RECENT}, False),
    (PAST, "start_meldcode", set(), False),
])
def test_past_route(text, model_intent, found, taken_back):
    assert past_route(text, model_intent, found) is taken_back


def test_process_takes_a_model_route_of_long_ago_back_to_the_walk_through():
    net = SafetyNetIntent()
    old = Message(data={"text": PAST})
    old.set("intent", {"name": "sexual_violence_recent", "confidence": 0.7}, add_to_output=True)
    old.set("intent_ranking", [{"name": "sexual_violence_recent", "confidence": 0.7},
                               {"name": "faq", "confidence": 0.2},
                               {"name": "danger_now", "confidence": 0.1}], add_to_output=True)
    net.process([old])
    assert old.get("intent") == {"name": "start_meldcode", "confidence": 0.7}
    assert [r["name"] for r in old.get("intent_ranking")] == ["start_meldcode", "faq"]
    assert old.get(PAST_KEY) == {"model_intent": "sexual_violence_recent"}
    assert old.get(ROUTES_KEY) == []
    assert old.get(OVERRIDDEN_KEY) is None


@pytest.mark.parametrize("text,model_intent,found,to_fallback", [
    # Only the model read a safety route, in a message of fewer than six words.
    ("de lucht is blauw", "danger_now", set(), True),
    ("mijn schoenen zijn nat", "child_or_victim", set(), True),
    # A case description, a route the net read, or no safety route: kept.
    ("de vader van een peuter ruikt steeds naar drank", "danger_now", set(), False),
    # Six words or more that only say who the children are answer the kindcheck: no case.
    ("hij heeft een dochter van 4", "danger_now", set(), True),
    ("ze heeft twee kids van 3 en 7", "child_or_victim", set(), True),
    ("hij heeft een dochter van 4 en slaat haar", "danger_now", set(), False),
    ("kom snel", "danger_now", {Route.DANGER_NOW}, False),
    ("de lucht is blauw", "honour_violence", set(), False),
    ("de lucht is blauw", "greet", set(), False),
    ("", "danger_now", set(), True),
])
def test_short_route(text, model_intent, found, to_fallback):
    assert short_route(text, model_intent, found) is to_fallback


def test_process_sends_a_short_model_route_to_the_fallback_with_the_route_in_the_ranking():
    net = SafetyNetIntent()
    short = Message(data={"text": "de lucht is blauw"})
    short.set("intent", {"name": "danger_now", "confidence": 0.8}, add_to_output=True)
    short.set("intent_ranking", [{"name": "danger_now", "confidence": 0.8},
                                 {"name": "greet", "confidence": 0.1}], add_to_output=True)
    net.process([short])
    assert short.get("intent") == {"name": "nlu_fallback", "confidence": 0.8}
    # The fallback offers the route as a button from the ranking (actions/outcomes.py).
    assert [r["name"] for r in short.get("intent_ranking")] == ["nlu_fallback", "danger_now", "greet"]
    assert short.get(SHORT_KEY) == {"model_intent": "danger_now"}
    assert short.get(ROUTES_KEY) == []
    # The net's own reading of a short message is taken as always.
    acute = Message(data={"text": "kom snel"})
    acute.set("intent", {"name": "greet", "confidence": 0.8}, add_to_output=True)
    acute.set("intent_ranking", [{"name": "greet", "confidence": 0.8}], add_to_output=True)
    net.process([acute])
    assert acute.get("intent")["name"] == "danger_now" and acute.get(SHORT_KEY) is None
