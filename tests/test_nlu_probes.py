"""False alarms: everyday statements must not take a safety route (tests/nlu_probes/).

The held-out sets measure how often a safety message is missed; these probes measure the other
side. "de koffie is op" answered with "Bel nu 112" makes a professional stop trusting the
assistant, so the trained model may send only a few of these lines to a safety route.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bot import nlu_eval
from bot.meldcode.routes import detect_routes

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "meldcode.tar.gz"
PROBE_DIR = ROOT / "tests" / "nlu_probes"
# File -> how many of its lines may take a safety route: the figure measured on the model of
# 2026-12-06 (docs/nlu.md, "False alarms on everyday statements") plus two lines of margin.
MAX_SAFETY_ROUTES = {
    "everyday_statements.yml": 8,  # measured 6 of 40
    "everyday_statements_2.yml": 9,  # measured 7 of 50 (blind: written apart from the data)
}
# The second file was written blind to the training data; its lines are not printed.
PRINTED = {"everyday_statements.yml"}


def probes(name: str):
    return nlu_eval.load_examples([PROBE_DIR / name])


@pytest.mark.parametrize("name", sorted(MAX_SAFETY_ROUTES))
def test_probes_are_neutral_and_kept_apart_from_training(name):
    lines = probes(name)
    assert len(lines) >= 40
    assert not nlu_eval.shared_with_training(lines)
    # Nothing in them that the keyword net would (rightly) read as a route.
    assert not [p.text for p in lines if detect_routes(p.text)]


def test_every_probe_file_has_a_limit():
    assert {p.name for p in PROBE_DIR.glob("*.yml")} == set(MAX_SAFETY_ROUTES)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(MAX_SAFETY_ROUTES))
def test_everyday_statements_rarely_take_a_safety_route(name):
    if not MODEL.is_file():
        pytest.fail(f"no trained model at {MODEL}: run `make install` (or `rasa train`) first")
    lines = probes(name)
    parses = nlu_eval.parse_texts(MODEL, [p.text for p in lines])
    alarms = [(p["text"] if name in PRINTED else "<blind>", p["intent"]["name"]) for p in parses
              if p["intent"]["name"] in nlu_eval.SAFETY_ROUTES]
    print(f"{name}: {len(alarms)} of {len(lines)} everyday statements took a safety route: {alarms}")
    assert len(alarms) <= MAX_SAFETY_ROUTES[name], alarms
