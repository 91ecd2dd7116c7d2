"""Exhaustive decision table for the afwegingskader (every combination, every sector).

The expected routing below is written out by hand from MELDCODE.md, not derived from the code.
"""
import itertools

import pytest

from bot.meldcode import afwegingskader
from bot.meldcode.answers import Answer
from bot.meldcode.outcomes import Outcome
from bot.meldcode.sectors import Sector

JA, NEE, TW, NNB = Answer.JA, Answer.NEE, Answer.TWIJFEL, Answer.NOG_NIET_BEKEND
MELDEN, ADVIES = Outcome.MELDEN_VEILIG_THUIS, Outcome.ADVIES_VEILIG_THUIS
NEXT = "next"

# (afweging, answer) -> outcome, or NEXT for "go to the next afweging". Non-onderwijs sectors.
TABLE = {
    (1, JA): NEXT, (1, NEE): Outcome.AFSLUITEN, (1, TW): ADVIES, (1, NNB): ADVIES,
    (2, JA): MELDEN, (2, NEE): NEXT, (2, TW): ADVIES, (2, NNB): ADVIES,
    (3, JA): NEXT, (3, NEE): MELDEN, (3, TW): ADVIES, (3, NNB): ADVIES,
    (4, JA): NEXT, (4, NEE): MELDEN, (4, TW): ADVIES, (4, NNB): ADVIES,
    (5, JA): Outcome.HULP_AFRONDEN, (5, NEE): MELDEN, (5, TW): ADVIES,
    (5, NNB): Outcome.HULP_ORGANISEREN,
}
# Onderwijs: "ja of twijfel" at afweging 2 means reporting directly. (nog niet bekend counts as
# twijfel before afweging 5.)
ONDERWIJS_OVERRIDES = {(2, TW): MELDEN, (2, NNB): MELDEN}

SECTORS = [None, *Sector]
CHOICES = [None, JA, NEE, TW, NNB]


def expected(answers, sector):
    """(next question, outcome, deciding question) by walking the hand-written table."""
    for q in range(1, 6):
        a = answers.get(q)
        if a is None:
            return q, None, None
        result = TABLE[(q, a)]
        if sector is Sector.ONDERWIJS:
            result = ONDERWIJS_OVERRIDES.get((q, a), result)
        if result != NEXT:
            return None, result, q
    raise AssertionError("unreachable")


def all_combinations():
    for combo in itertools.product(CHOICES, repeat=5):
        yield {q: a for q, a in zip(range(1, 6), combo) if a is not None}


@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: getattr(s, "value", "none"))
def test_every_combination_of_answers(sector):
    checked = 0
    for answers in all_combinations():
        want_next, want_outcome, want_q = expected(answers, sector)
        advice = afwegingskader.decide(answers, sector)
        assert afwegingskader.next_question(answers, sector) == want_next, answers
        if want_outcome is None:
            assert advice is None, answers
        else:
            assert advice is not None, answers
            assert advice.outcome is want_outcome, (answers, sector)
            assert advice.deciding_question == want_q
            assert f"afweging {want_q}" in advice.reason
            assert advice.contacts[0] == "veilig_thuis"
        checked += 1
    assert checked == 5 ** 5


@pytest.mark.parametrize("sector", SECTORS, ids=lambda s: getattr(s, "value", "none"))
def test_string_slot_values_route_the_same(sector):
    for answers in all_combinations():
        as_strings = {q: a.value for q, a in answers.items()}
        a = afwegingskader.decide(answers, sector)
        b = afwegingskader.decide(as_strings, sector)
        assert (a and a.outcome) == (b and b.outcome)


def test_examples_from_meldcode():
    d = afwegingskader.decide
    assert d({}, None) is None
    assert afwegingskader.next_question({}, None) == 1
    assert d({1: NEE}, None).outcome is Outcome.AFSLUITEN
    assert d({1: JA, 2: JA}, Sector.ZORG).outcome is MELDEN
    assert d({1: JA, 2: TW}, Sector.ONDERWIJS).outcome is MELDEN
    assert d({1: JA, 2: TW}, Sector.KINDEROPVANG).outcome is ADVIES
    assert d({1: JA, 2: NEE, 3: JA, 4: JA, 5: NNB}, None).outcome is Outcome.HULP_ORGANISEREN
    assert d({1: JA, 2: NEE, 3: JA, 4: JA, 5: NEE}, None).outcome is MELDEN
    # Acute onveiligheid is a melding, not 112.
    assert d({1: JA, 2: JA}, None).outcome is not Outcome.BEL_112


def test_answers_after_a_decision_are_ignored():
    advice = afwegingskader.decide({1: JA, 2: JA, 3: JA, 4: JA, 5: JA}, None)
    assert advice.outcome is MELDEN and advice.deciding_question == 2
    assert afwegingskader.decide({1: NEE, 2: JA}, None).outcome is Outcome.AFSLUITEN


def test_reason_at_afweging_2_names_the_afweging():
    advice = afwegingskader.decide({1: JA, 2: JA}, None)
    assert "Bij afweging 2 gaf je aan dat er sprake is van acute of structurele onveiligheid." in advice.reason
    assert any("samen met Veilig Thuis" in t for t in advice.todo)


def test_nog_niet_bekend_is_not_doubt_at_5():
    advice = afwegingskader.decide({1: JA, 2: NEE, 3: JA, 4: JA, 5: NNB}, None)
    assert "geen twijfel" in advice.reason
    assert any("opnieuw" in t for t in advice.todo)


def test_invalid_values_count_as_missing():
    assert afwegingskader.next_question({1: "misschien wel"}, None) == 1
    assert afwegingskader.decide({1: "ja", 2: "onzin"}, None) is None


def test_questions_have_titles_and_one_explanation():
    assert sorted(afwegingskader.QUESTIONS) == [1, 2, 3, 4, 5]
    for number, q in afwegingskader.QUESTIONS.items():
        assert q.number == number and q.title and q.text.count("?") >= 1
    q2 = afwegingskader.QUESTIONS[2].text
    assert "acute" in q2.lower() and "structure" in q2.lower() and "112" in q2
    assert "intern begeleider" in afwegingskader.question_text(3, Sector.ONDERWIJS)
    assert "intern begeleider" not in afwegingskader.question_text(3, Sector.ZORG)


@pytest.mark.parametrize("number,text,expected", [
    (1, "ik vermoed van wel", Answer.JA),
    (1, "er zijn duidelijke aanwijzingen", Answer.JA),
    (2, "het is een patroon", Answer.JA),
    (2, "gebeurt al maanden", Answer.JA),
    (3, "we kunnen hulp via het wijkteam inzetten", Answer.JA),
    (3, "de ib'er gaat begeleiding regelen", Answer.JA),
    (4, "moeder werkt mee", Answer.JA),
    (4, "ze staan open voor het cjg", Answer.JA),
    (5, "het gaat nu een stuk beter thuis", Answer.JA),
    (2, "allebei, vrees ik", Answer.JA),                      # acute and structural
    (4, "ze komen netjes naar de afspraken", Answer.JA),
    # Negations, questions and another afweging's content: no reading here.
    (4, "vader weigert elke hulp", None),
    (4, "ze willen niets", None),
    (1, "ik vermoed niks", None),
    (2, "is dit structureel?", None),
    (1, "het is een patroon", None),
    (5, "moeder werkt mee", None),
    (3, "", None),
])
def test_afwegingen_answered_with_their_content(number, text, expected):
    assert afwegingskader.content_answer(number, text) is expected
