"""The domain, the actions and the training data tell one story.

- every response an action utters exists in the domain;
- every action the domain lists is implemented, and every implemented action is listed;
- every phone number in a response is one of bot.meldcode.contacts (one source of truth).
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from rasa_sdk.executor import ActionExecutor

from bot.meldcode.contacts import CONTACTS

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
# Matches Dutch phone numbers as written for people: 0800-2000, 0900-111 3 111, 112, 113.
PHONE = re.compile(r"\b(?:0[89]00-[\d ]*\d|112|113)\b")


def action_sources() -> str:
    return "\n".join(p.read_text() for p in (ROOT / "actions").glob("*.py"))


def test_every_uttered_response_exists():
    used = set(re.findall(r'response\s*=\s*"(utter_[a-z_]+)"', action_sources()))
    assert used, "no responses found: the pattern is wrong"
    assert used <= set(DOMAIN["responses"]), used - set(DOMAIN["responses"])


def test_domain_actions_and_implemented_actions_match():
    executor = ActionExecutor()
    executor.register_package("actions")
    implemented = set(executor.actions)
    listed = {a for a in DOMAIN["actions"] if not a.startswith("utter_")}
    assert listed - implemented == set(), "listed but not implemented"
    assert implemented - listed == set(), "implemented but not listed in domain.yml"


def test_every_phone_number_in_responses_is_a_known_contact():
    known = {c.number for c in CONTACTS.values()} | {"112", "113", "0800-0113"}
    texts = [yaml.safe_dump(DOMAIN["responses"])]
    for path in (ROOT / "data" / "responses").glob("*.yml"):
        texts.append(path.read_text())
    found = {m.group(0).strip() for text in texts for m in PHONE.finditer(text)}
    assert found, "no numbers found: the pattern is wrong"
    assert found <= known, found - known
