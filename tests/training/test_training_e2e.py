"""Practice mode end to end through the running Rasa server (REST channel plus tracker API).

Needs the lead's merge of /work/team/training_snippets.yml and a trained model; uses the shared
`rasa_server` fixture from tests/conftest.py.
"""
from __future__ import annotations

import pytest

from bot.training.cases import all_cases
from bot.training.grading import grade
from bot.training.sessions import SessionStore
from tests.e2e.helpers import buttons, outcome_payload, texts

pytestmark = [pytest.mark.e2e, pytest.mark.training]

CASES = all_cases()


def start(rasa_server, sender: str) -> list:
    reply = rasa_server.send(sender, "/start_oefenen")
    assert rasa_server.slots(sender)["oefenmodus"] is True
    return reply


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_a_scripted_trainee_runs_every_case(rasa_server, sender, case_id):
    case = CASES[case_id]
    reply = start(rasa_server, sender)
    assert case_id in [b["payload"] for b in buttons(reply)]
    reply = rasa_server.send(sender, case_id)
    assert case.title in texts(reply)
    for point in case.points:
        # The button the trainee clicks: its payload is the option key.
        assert point.answer in [b["payload"] for b in buttons(reply)], point.id
        reply = rasa_server.send(sender, point.answer)
        assert grade(point, point.answer).message in texts(reply), point.id
    total = len(case.points)
    assert f"{total} van de {total} goed (100%)" in texts(reply)
    slots = rasa_server.slots(sender)
    # A practice "112" or "melden" is an answer, never a real outcome.
    assert slots["uitkomst"] is None
    assert outcome_payload(reply) is None
    assert slots["oefenmodus"] is True and slots["training_case"] is None


def test_wrong_answers_get_the_reasoning_and_a_review_list(rasa_server, sender):
    case = CASES["onderwijs-blauwe-plekken"]
    start(rasa_server, sender)
    rasa_server.send(sender, case.id)
    for point in case.points:
        wrong = next(k for k, _ in point.options if k not in point.right)
        choice = wrong if point.id in ("stap3", "afweging1") else point.answer
        reply = rasa_server.send(sender, choice)
        if choice == wrong:
            assert "Niet helemaal" in texts(reply) and point.feedback in texts(reply)
    assert "Stap 3: gesprek met de cliënt" in texts(reply)
    assert "Afweging 1" in texts(reply)
    assert rasa_server.slots(sender)["uitkomst"] is None


def test_free_text_answers_are_understood(rasa_server, sender):
    start(rasa_server, sender)
    rasa_server.send(sender, "zorg-ouderenmishandeling")
    reply = rasa_server.send(sender, "antwoord b")  # stap1
    assert texts(reply).startswith("Goed.")
    rasa_server.send(sender, "B")  # stap3
    reply = rasa_server.send(sender, "jazeker")  # afweging 1
    assert texts(reply).startswith("Goed.")
    reply = rasa_server.send(sender, "weet ik niet zeker")  # afweging 2: twijfel
    assert texts(reply).startswith("Goed.")


def test_a_real_emergency_during_practice_gets_112(rasa_server, sender):
    start(rasa_server, sender)
    rasa_server.send(sender, "kinderopvang-gevaar-nu")
    reply = rasa_server.send(sender, "A")  # the case's "bel 112": graded, not real
    assert texts(reply).startswith("Goed.")
    assert rasa_server.slots(sender)["uitkomst"] is None
    reply = rasa_server.send(sender, "hij slaat haar nu, ik hoor het door de muur")
    assert "112" in texts(reply)
    assert outcome_payload(reply)["uitkomst"] == "bel_112"
    slots = rasa_server.slots(sender)
    assert slots["uitkomst"] == "bel_112" and slots["oefenmodus"] is False


def test_stop_returns_to_normal_use(rasa_server, sender):
    start(rasa_server, sender)
    rasa_server.send(sender, "onderwijs-blauwe-plekken")
    reply = rasa_server.send(sender, "/stop")
    assert "gestopt" in texts(reply)
    assert rasa_server.slots(sender)["oefenmodus"] is False
    # Outside practice a danger message is real again.
    reply = rasa_server.send(sender, "hij slaat haar nu, ik hoor het door de muur")
    assert outcome_payload(reply)["uitkomst"] == "bel_112"


def test_five_trainees_in_one_group_are_counted(rasa_server):
    # Same database as the action server: TRAINING_DATABASE_URL or the default file in var/.
    store = SessionStore()
    case = CASES["onderwijs-huwelijksdwang"]
    code, token = store.start([case.id])
    choices = ["A", "B", "B", "B", "C"]  # answers to the first question
    for n, choice in enumerate(choices):
        sender = f"test-groep-{code}-{n}"
        start(rasa_server, sender)
        reply = rasa_server.send(sender, code)
        assert f"groep {code}" in texts(reply)
        rasa_server.send(sender, case.id)
        rasa_server.send(sender, choice)
    first = next(q for q in store.results(code, token).questions
                 if q.question_id == f"{case.id}/{case.points[0].id}")
    assert {o.key: o.count for o in first.options} == {"A": 1, "B": 3, "C": 1}
    assert store.results(code, token).participants == 5
