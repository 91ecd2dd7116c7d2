"""Grading and the practice conversation (bot.training.grading and bot.training.flow), run the
way a trainee would: button payloads and typed answers."""
from __future__ import annotations

import pytest

from bot.training import flow
from bot.training.grading import expected_answers, grade, grade_answers, parse_choice

pytestmark = pytest.mark.training


def wrong_option(point) -> str:
    return next(key for key, _ in point.options if key not in point.right)


def run_case(cases, case_id: str, pick) -> list[flow.Reply]:
    """A scripted trainee: choose the case, then answer every point with pick(point)."""
    state = flow.TrainingState()
    replies = [flow.handle(cases, state, case_id)]
    state = replies[-1].state
    case = cases[case_id]
    for point in case.points:
        assert state.case_id == case_id and case.points[state.index] is point
        replies.append(flow.handle(cases, state, pick(point)))
        state = replies[-1].state
    return replies


def test_parse_choice_understands_buttons_letters_digits_and_free_answers(cases):
    case = cases["onderwijs-blauwe-plekken"]
    step1 = case.point("stap1")
    for text in ("B", "b", "antwoord b", "Ik kies B", "2", "B."):
        assert parse_choice(step1, text) == "B", text
    assert parse_choice(step1, step1.label("C")) == "C"
    for text in ("F", "misschien", "", None, "112"):
        assert parse_choice(step1, text) is None, text
    afweging2 = case.point("afweging2")
    assert parse_choice(afweging2, "jazeker") == "ja"
    assert parse_choice(afweging2, "weet ik niet zeker") == "twijfel"
    assert parse_choice(afweging2, "nee hoor") == "nee"
    # "nog niet bekend" exists only at afweging 5; elsewhere it is doubt.
    assert parse_choice(afweging2, "dat weet ik nog niet") == "twijfel"
    afweging5 = cases["onderwijs-brugklas-zorg-thuis"].point("afweging5")
    assert parse_choice(afweging5, "nog niet bekend") == "nog_niet_bekend"
    assert parse_choice(afweging5, "dat weet ik nog niet, de hulp loopt net") == "nog_niet_bekend"


def test_grade_gives_the_reasoning_right_or_wrong(cases):
    point = cases["onderwijs-blauwe-plekken"].point("stap3")
    right = grade(point, "B")
    assert right.correct and right.message.startswith("Goed.")
    assert point.feedback in right.message
    wrong = grade(point, "C")
    assert not wrong.correct
    assert "Jij koos C (Ik sla het gesprek over" in wrong.message
    assert "Het goede antwoord is B (Ik vertel eerst" in wrong.message
    assert point.feedback in wrong.message


def test_also_right_answers_count_as_right(cases):
    point = cases["onderwijs-blauwe-plekken"].point("afweging2")
    assert grade(point, "ja").correct and grade(point, "twijfel").correct
    assert not grade(point, "nee").correct


@pytest.mark.parametrize("case_id", [
    "onderwijs-blauwe-plekken", "zorg-kindcheck-ggz", "kinderopvang-gevaar-nu",
    "onderwijs-huwelijksdwang", "onderwijs-brugklas-zorg-thuis",
])
def test_all_right_scores_full_marks_without_review(cases, case_id):
    case = cases[case_id]
    replies = run_case(cases, case_id, lambda p: p.answer)
    final = replies[-1]
    assert final.finished
    assert f"{len(case.points)} van de {len(case.points)} goed (100%)" in final.messages[-1]["text"]
    assert "Alles goed" in final.messages[-1]["text"]
    assert final.state.case_id is None and len(final.state.correct) == len(case.points)


def test_every_case_runs_to_the_end_with_buttons_only(cases):
    """A scripted trainee clicks through every case with the button payloads it is offered."""
    for case_id, case in cases.items():
        state = flow.TrainingState()
        reply = flow.handle(cases, state, case_id)
        for point in case.points:
            buttons = reply.messages[-1]["buttons"]
            payloads = [b["payload"] for b in buttons]
            assert point.answer in payloads, (case_id, point.id)
            reply = flow.handle(cases, reply.state, point.answer)
            assert reply.answered[0] == f"{case_id}/{point.id}" and reply.answered[2]
        assert reply.finished, case_id


def test_wrong_answers_lower_the_score_and_list_what_to_review(cases):
    case = cases["onderwijs-blauwe-plekken"]
    wrong = {"stap3", "afweging2"}
    replies = run_case(cases, case.id,
                       lambda p: wrong_option(p) if p.id in wrong else p.answer)
    text = replies[-1].messages[-1]["text"]
    total = len(case.points)
    assert f"{total - 2} van de {total} goed" in text
    assert "- Stap 3: gesprek met de cliënt" in text
    assert "- Afweging 2: acute of structurele onveiligheid" in text
    assert "Stap 1" not in text


def test_grade_answers_for_a_whole_run(cases):
    case = cases["zorg-ouderenmishandeling"]
    answers = expected_answers(case)
    grades, result = grade_answers(case, answers)
    assert result.correct == result.total == len(case.points)
    answers["afweging2"] = "ja"  # melden instead of advies
    grades, result = grade_answers(case, answers)
    assert result.correct == result.total - 1
    assert result.review == ("Afweging 2: acute of structurele onveiligheid",)


def test_a_case_answer_112_is_graded_not_a_real_emergency(cases):
    case = cases["kinderopvang-gevaar-nu"]
    state = flow.handle(cases, flow.TrainingState(), case.id).state
    first = case.points[0]
    assert "112" in first.label(first.answer)
    reply = flow.handle(cases, state, first.answer, intent="danger_now", confidence=0.99)
    assert not reply.danger
    assert reply.answered == (f"{case.id}/{first.id}", first.answer, True)
    # The outcome question: "Direct 112 bellen" as button payload is an answer too.
    state = flow.TrainingState(case_id=case.id, index=len(case.points) - 1)
    final = case.points[-1]
    reply = flow.handle(cases, state, final.answer, intent="danger_now", confidence=0.99)
    assert reply.finished and not reply.danger


@pytest.mark.parametrize("text,intent,confidence", [
    ("help, de vader slaat de moeder nu met een stoel", None, 0.0),
    ("er staat hier een man met een mes en hij bedreigt ons", "danger_now", 0.95),
    ("het gaat echt mis, kom snel", "danger_now", 0.9),
])
def test_real_danger_typed_during_practice_is_handed_over(cases, text, intent, confidence):
    state = flow.handle(cases, flow.TrainingState(), "onderwijs-blauwe-plekken").state
    reply = flow.handle(cases, state, text, intent=intent, confidence=confidence)
    assert reply.danger
    assert reply.answered is None and reply.messages == []
    # Also before a case is chosen.
    assert flow.handle(cases, flow.TrainingState(), text, intent, confidence).danger


def test_a_weak_danger_intent_alone_is_no_emergency(cases):
    state = flow.handle(cases, flow.TrainingState(), "onderwijs-blauwe-plekken").state
    reply = flow.handle(cases, state, "ik weet het echt niet", intent="danger_now", confidence=0.5)
    assert not reply.danger and reply.not_understood


@pytest.mark.parametrize("text,intent,confidence,danger", [
    ("dit gaat helemaal fout", "danger_now", flow.DANGER_INTENT_CONFIDENCE, True),
    ("dit gaat helemaal fout", "danger_now", flow.DANGER_INTENT_CONFIDENCE - 0.01, False),
    ("dit gaat helemaal fout", "child_or_victim", 0.99, False),
    ("het gaat echt mis, kom snel", "faq", 0.99, True),  # the keyword net alone
    ("/danger_now", "danger_now", 1.0, False),  # a button payload is an answer, not typed text
    ("", "danger_now", 1.0, False),
])
def test_danger_in_practice_is_the_net_or_a_sure_danger_intent(text, intent, confidence, danger):
    assert flow.is_danger_now(text, intent, confidence) is danger


def test_not_an_answer_repeats_the_question(cases):
    state = flow.handle(cases, flow.TrainingState(), "onderwijs-blauwe-plekken").state
    reply = flow.handle(cases, state, "wat bedoel je precies")
    assert reply.not_understood and reply.state == state
    assert "Kies A, B of C." in reply.messages[0]["text"]
    assert [b["payload"] for b in reply.messages[-1]["buttons"]] == ["A", "B", "C"]


def test_stop_and_choose_by_number(cases):
    assert flow.handle(cases, flow.TrainingState(case_id="zorg-kindcheck-ggz", index=2),
                       "stoppen").stop
    reply = flow.handle(cases, flow.TrainingState(), "1")
    assert reply.state.case_id == list(cases)[0]


def test_start_offers_to_continue_an_unfinished_case(cases):
    reply = flow.start(cases, flow.TrainingState(case_id="zorg-kindcheck-ggz", index=2))
    assert reply.messages[0]["buttons"][0]["payload"] == "verder"
    again = flow.handle(cases, reply.state, "verder")
    assert again.messages[-1]["text"].startswith("Vraag 3 van")


@pytest.mark.parametrize("text,code", [
    ("K7P2QX", "K7P2QX"), ("k7p2qx", "K7P2QX"), ("code K7P2QX", "K7P2QX"),
    ("groepscode: abcdef", "ABCDEF"), ("verder", None), ("stoppen", None), ("K7P2Q", None),
    ("IL0O12", None),
])
def test_group_codes(text, code):
    assert flow.parse_group_code(text) == code
