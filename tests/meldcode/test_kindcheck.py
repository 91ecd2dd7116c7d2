"""Exhaustive decision table for the kindcheck (hand-written expectations from MELDCODE.md)."""
import itertools
import pytest

from bot.meldcode import kindcheck
from bot.meldcode.answers import Answer
from bot.meldcode.outcomes import Outcome

JA, NEE, TW, NNB = Answer.JA, Answer.NEE, Answer.TWIJFEL, Answer.NOG_NIET_BEKEND
NEXT = "next"
# (question, answer) -> (outcome, handover_step) or NEXT. "nog niet bekend" counts as twijfel.
TABLE = {
    (1, JA): NEXT, (1, TW): NEXT, (1, NNB): NEXT, (1, NEE): (Outcome.AFSLUITEN, None),
    (2, JA): NEXT, (2, NEE): (Outcome.AFSLUITEN, None),
    (2, TW): (Outcome.ADVIES_VEILIG_THUIS, None), (2, NNB): (Outcome.ADVIES_VEILIG_THUIS, None),
    (3, JA): (Outcome.AFSLUITEN, None),
    (3, TW): (Outcome.ADVIES_VEILIG_THUIS, None), (3, NNB): (Outcome.ADVIES_VEILIG_THUIS, None),
    (3, NEE): (Outcome.ADVIES_VEILIG_THUIS, 2),
}


def expected(answers):
    for q in (1, 2, 3):
        a = answers.get(q)
        if a is None:
            return q, None
        if TABLE[(q, a)] != NEXT:
            return None, (TABLE[(q, a)], q)
    raise AssertionError("unreachable")


def test_every_combination():
    count = 0
    for combo in itertools.product([None, JA, NEE, TW, NNB], repeat=3):
        answers = {q: a for q, a in zip((1, 2, 3), combo) if a is not None}
        want_next, want = expected(answers)
        assert kindcheck.next_question(answers) == want_next, answers
        advice = kindcheck.decide(answers)
        if want is None:
            assert advice is None
        else:
            (outcome, handover), q = want
            assert advice.outcome is outcome, answers
            assert advice.handover_step == handover, answers
            assert advice.deciding_question == q
            assert advice.todo
        count += 1
    assert count == 125


def test_todo_texts():
    assert any("Vraag het de cliënt" in t for t in kindcheck.decide({1: JA, 2: TW}).todo)
    removed = kindcheck.decide({1: JA, 2: JA, 3: JA})
    assert any("leeftijden" in t for t in removed.todo)
    doubt = kindcheck.decide({1: TW, 2: JA, 3: TW})
    assert any("andere hulpverleners" in t for t in doubt.todo)
    remains = kindcheck.decide({1: JA, 2: JA, 3: NEE})
    assert any("meldcode volgt" in t for t in remains.todo)


def test_slot_names_and_strings_are_accepted():
    advice = kindcheck.decide({"kc_situatie": "ja", "kc_kinderen": "ja", "kc_zorgen": "nee"})
    assert advice.handover_step == 2


def test_questions():
    assert sorted(kindcheck.QUESTIONS) == [1, 2, 3]
    q1 = kindcheck.QUESTIONS[1].text.lower()
    for trigger in ("psychiatrische", "verslaving", "partnergeweld", "zelfdoding",
                    "zelfbeschadiging", "verstandelijke beperking", "huisuitzetting", "vuurwapens"):
        assert trigger in q1
    assert "zwanger" in kindcheck.QUESTIONS[2].text
    q3 = kindcheck.QUESTIONS[3].text.lower()
    for ask in ("wie wonen", "wie zorgt", "overdag", "zorg en veiligheid", "hulp"):
        assert ask in q3


@pytest.mark.parametrize("number,text,expected", [
    (2, "ze heeft 2 kids", Answer.JA),
    (2, "een dochter van 16 en een zoon van 12", Answer.JA),
    (2, "er woont een baby in huis", Answer.JA),
    (2, "ze is zwanger", Answer.JA),
    (2, "ze is in verwachting van de tweede", Answer.JA),
    (2, "zijn nieuwe vriendin heeft een pleegkind", Answer.JA),
    (1, "ze is verslaafd aan alcohol", Answer.JA),
    (1, "hij zit in een psychose", Answer.JA),
    (2, "ze heeft geen kinderen", None),       # a negation is parse_answer's (nee)
    (2, "niet zwanger", None),
    (1, "ze drinkt niet meer", None),
    (2, "ze woont alleen", None),              # nothing about children: ask again
    (1, "ze heeft 2 kids", None),              # content of another question
    (2, "wat is een kind?", None),             # questions are no answers
    (2, "tellen stiefkinderen ook mee?", None),
    (3, "ze heeft 2 kids", None),              # nothing about the concerns: ask again
    # Question 3 asks whether the concerns are gone: "geen zorgen meer" is a yes.
    (3, "geen zorgen meer", Answer.JA),
    (3, "mijn zorgen zijn weg", Answer.JA),
    (3, "ik maak me geen zorgen meer", Answer.JA),
    (3, "ik ben gerustgesteld", Answer.JA),
    (3, "ik ben er niet meer ongerust over", Answer.JA),
    (3, "ik ben niet gerust", Answer.NEE),
    (3, "ik maak me nog steeds zorgen over de jongste", Answer.NEE),
    (3, "integendeel, ik maak me nu meer zorgen", Answer.NEE),
    (3, "ik heb zorgen over de jongste", Answer.NEE),
    (3, "hoe weet ik of de zorgen weg zijn?", None),
    # In other words (second stop of 2026-12-06).
    (3, "daar ben ik allerminst gerust over", Answer.NEE),
    (3, "de kids zijn veilig bij hun oma", Answer.JA),
    (3, "de kinderen zijn daar niet veilig", Answer.NEE),
    (2, "", None),
    (2, None, None),
])
def test_questions_answered_with_their_content(number, text, expected):
    assert kindcheck.content_answer(number, text) is expected


@pytest.mark.parametrize("text,only_children", [
    ("hij heeft een dochter van 4", True),
    ("hij heeft een zoon van 6", True),
    ("ze heeft twee kids van 3 en 7 die om de week bij haar wonen", True),
    ("ja, 3 kinderen van 2, 5 en 9 jaar", True),
    ("ze is zestien weken zwanger van haar tweede", True),
    ("ze heeft een tweeling van anderhalf", True),
    # A word beyond who the children are makes it something else: a case, danger, a question.
    ("ze heeft een baby van 3 maanden alleen thuis", False),
    ("hij heeft een dochter van 4 en slaat haar", False),
    ("de zoon van 6 huilt en de vader schreeuwt", False),
    ("heeft ze kinderen van haar ex?", False),
    ("ze woont alleen", False),                      # no child in it
    ("hij heeft er twee", False),
    ("", False),
    (None, False),
])
def test_a_message_that_only_names_the_children(text, only_children):
    assert kindcheck.only_names_children(text) is only_children
