"""Group sessions in SQLite: codes, tokens, counts only, retention."""
from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from bot.training.flow import CODE_ALPHABET
from bot.training.sessions import (
    NotAllowed,
    SessionError,
    SessionNotFound,
    SessionStore,
    new_code,
    new_token,
    render_results,
)

pytestmark = pytest.mark.training

CASE = "onderwijs-blauwe-plekken"


def test_codes_are_short_unambiguous_and_hold_a_digit():
    for _ in range(300):
        code = new_code()
        assert len(code) == 6 and set(code) <= set(CODE_ALPHABET)
        assert any(c.isdigit() for c in code) and any(c.isalpha() for c in code)
    assert not set("01ILO") & set(CODE_ALPHABET)


def test_a_trainer_token_never_starts_with_a_dash(monkeypatch):
    # argparse reads "--token -abc" as a missing value: one token in 64 failed on the CLI.
    drawn = iter(["-starts-with-a-dash", "_fine-token"])
    monkeypatch.setattr("bot.training.sessions.secrets.token_urlsafe", lambda n: next(drawn))
    assert new_token() == "_fine-token"


def test_counts_per_question_per_option(store):
    code, token = store.start([CASE])
    people = [store.join(code) for _ in range(3)]
    assert len(set(people)) == 3
    store.answer(code, people[0], f"{CASE}/stap1", "B")
    store.answer(code, people[1], f"{CASE}/stap1", "A")
    store.answer(code, people[2], f"{CASE}/stap1", "B")
    store.answer(code, people[0], f"{CASE}/afweging2", "twijfel")
    # A second answer to the same question replaces the first.
    store.answer(code, people[1], f"{CASE}/stap1", "B")
    results = store.results(code, token)
    assert results.participants == 3
    by_id = {q.question_id: q for q in results.questions}
    assert {o.key: o.count for o in by_id[f"{CASE}/stap1"].options} == {"A": 0, "B": 3, "C": 0}
    assert {o.key: o.count for o in by_id[f"{CASE}/afweging2"].options} == {
        "ja": 0, "nee": 0, "twijfel": 1}
    assert [o.key for o in by_id[f"{CASE}/stap1"].options if o.right] == ["B"]
    assert [o.key for o in by_id[f"{CASE}/afweging2"].options if o.right] == ["ja", "twijfel"]
    # Every question of the session's case is listed, answered or not.
    assert len(results.questions) == len(store.cases[CASE].points)
    text = render_results(results)
    assert f"Groep {code}" in text and "3 deelnemer(s)" in text


def test_the_trainer_token_is_required_and_stored_only_as_a_hash(store):
    code, token = store.start()
    for wrong in (None, "", "raden", token[:-1]):
        with pytest.raises(NotAllowed):
            store.results(code, wrong)
    with store.engine.connect() as conn:
        dump = "\n".join(str(row) for table in ("training_sessions", "training_participants")
                         for row in conn.execute(sa.text(f"select * from {table}")))
    assert token not in dump
    assert store.results(code.lower(), token).code == code  # codes are case-insensitive


def test_bad_input_gets_a_clear_error(store):
    code, token = store.start([CASE])
    person = store.join(code)
    with pytest.raises(SessionNotFound, match="6 tekens"):
        store.join("ABC")
    with pytest.raises(SessionNotFound, match="bestaat niet"):
        store.join("ZZZZ99")
    with pytest.raises(SessionError, match="Onbekende vraag"):
        store.answer(code, person, "bestaat/niet", "A")
    with pytest.raises(SessionError, match="Onbekend antwoord 'D'"):
        store.answer(code, person, f"{CASE}/stap1", "D")
    with pytest.raises(SessionError, match="hoort niet bij deze groep"):
        store.answer(code, person, "zorg-kindcheck-ggz/stap1", "A")
    with pytest.raises(NotAllowed, match="Typ eerst de groepscode"):
        store.answer(code, "iemand-anders", f"{CASE}/stap1", "A")
    with pytest.raises(SessionError, match="Onbekende casus"):
        store.start(["bestaat-niet"])


def test_without_chosen_cases_only_answered_questions_are_listed(store):
    code, token = store.start()
    person = store.join(code)
    store.answer(code, person, "zorg-kindcheck-ggz/kindcheck3", "nee")
    results = store.results(code, token)
    assert [q.question_id for q in results.questions] == ["zorg-kindcheck-ggz/kindcheck3"]
    assert results.questions[0].question.startswith("Kindcheck, vraag 3")


def test_old_sessions_are_deleted(store):
    old_code, old_token = store.start([CASE], today=dt.date(2026, 1, 1))
    store.answer(old_code, store.join(old_code), f"{CASE}/stap1", "B")
    new_code_, new_token = store.start([CASE], today=dt.date(2026, 1, 9))  # purges > 7 days
    with pytest.raises(SessionNotFound):
        store.results(old_code, old_token)
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from training_answers")).scalar() == 0
        assert conn.execute(sa.text("select count(*) from training_participants")).scalar() == 0
    assert store.results(new_code_, new_token).participants == 0


def test_two_stores_on_one_file_see_the_same_figures(tmp_path, cases):
    """The action server and the widget server are separate processes sharing the file."""
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    trainer_side, chat_side = SessionStore(url, cases=cases), SessionStore(url, cases=cases)
    code, token = trainer_side.start([CASE])
    chat_side.answer(code, chat_side.join(code), f"{CASE}/stap2", "A")
    counts = {q.question_id: q.total for q in trainer_side.results(code, token).questions}
    assert counts[f"{CASE}/stap2"] == 1
