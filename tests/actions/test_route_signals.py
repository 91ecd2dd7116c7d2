"""The actions read a message's routes from its parse data; a button payload has none there."""
from __future__ import annotations

from rasa_sdk import Tracker

from actions.common import route_signals
from bot.meldcode.routes import ROUTES_KEY, Route


def tracker(latest_message: dict) -> Tracker:
    return Tracker(sender_id="unit", slots={}, latest_message=latest_message, events=[],
                   paused=False, followup_action=None, active_loop={},
                   latest_action_name="action_listen")


def test_routes_worked_out_by_the_pipeline_are_used_as_they_are():
    # The text alone signals nothing to the keyword net: the stored list is what counts.
    t = tracker({"text": "zie hierboven", "intent": {"name": "danger_now", "confidence": 1.0},
                 ROUTES_KEY: ["danger_now", "staff_suspect"]})
    assert route_signals(t) == {Route.DANGER_NOW, Route.STAFF_SUSPECT}


def test_an_empty_stored_list_means_no_route():
    t = tracker({"text": "hij slaat haar nu", "intent": {"name": "greet"}, ROUTES_KEY: []})
    assert route_signals(t) == set()


def test_unknown_route_names_are_ignored():
    t = tracker({"text": "x", "intent": {"name": "greet"}, ROUTES_KEY: ["danger_now", "bogus"]})
    assert route_signals(t) == {Route.DANGER_NOW}


def test_without_stored_routes_the_keyword_net_intent_and_ranking_are_read():
    t = tracker({"text": "/danger_now", "intent": {"name": "danger_now", "confidence": 1.0},
                 "intent_ranking": [{"name": "danger_now", "confidence": 1.0},
                                    {"name": "child_or_victim", "confidence": 0.7}]})
    assert route_signals(t) == {Route.DANGER_NOW, Route.CHILD_OR_VICTIM}
    typed = tracker({"text": "hij slaat haar nu, ik hoor het door de muur",
                     "intent": {"name": "greet"}})
    assert Route.DANGER_NOW in route_signals(typed)
