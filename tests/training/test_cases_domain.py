"""One source of truth: every case's expected answers lead, through bot.meldcode, to the case's
expected outcome; and the check really catches a case that disagrees."""
from __future__ import annotations

import dataclasses

import pytest

from bot.meldcode import afwegingskader, kindcheck
from bot.meldcode.answers import Answer
from bot.meldcode.outcomes import Outcome
from bot.meldcode.routes import Route, detect_routes, resolve, route_advice
from bot.meldcode.sectors import Sector
from bot.training.cases import CASES_DIR, OUTCOME_OPTION_LABELS, check_against_domain, load_cases

pytestmark = pytest.mark.training

CASES = load_cases(CASES_DIR)


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_case_agrees_with_the_domain_logic(case_id):
    case = CASES[case_id]
    assert check_against_domain(case) == []
    # The same check spelled out, so that this test does not only trust the checker.
    if case.route is not None:
        text = case.route_text or case.situation
        assert resolve(detect_routes(text)) is case.route
        advice = route_advice(case.route, detect_routes(text), case.sector, text)
    elif case.afwegingen:
        advice = afwegingskader.decide(case.afwegingen, case.sector)
    else:
        advice = kindcheck.decide(case.kindcheck)
    assert advice.outcome is case.expected_outcome
    # The outcome question's right option is the expected outcome.
    final = case.points[-1]
    assert final.id == "uitkomst"
    assert final.label(final.answer) == OUTCOME_OPTION_LABELS[case.expected_outcome]
    assert advice.reason in final.feedback  # the reasoning comes from the domain


def test_the_cases_cover_the_sectors_and_the_special_routes():
    assert len(CASES) >= 12
    sectors = {c.sector for c in CASES.values()}
    assert {Sector.ONDERWIJS, Sector.KINDEROPVANG, Sector.JEUGDHULP, Sector.ZORG} <= sectors
    routes = {c.route for c in CASES.values()}
    assert {Route.DANGER_NOW, Route.STAFF_SUSPECT, Route.HONOUR_VIOLENCE} <= routes
    # Care for adults with the kindcheck, and a disclosure (a child tells).
    assert any(c.kindcheck and c.sector in (Sector.ZORG, Sector.MAATSCHAPPELIJKE_ONDERSTEUNING)
               for c in CASES.values())
    assert "onderwijs-leerling-vertelt" in CASES
    outcomes = {c.expected_outcome for c in CASES.values()}
    assert {Outcome.BEL_112, Outcome.MELDEN_VEILIG_THUIS, Outcome.ADVIES_VEILIG_THUIS,
            Outcome.HULP_ORGANISEREN, Outcome.HULP_AFRONDEN, Outcome.AFSLUITEN,
            Outcome.MELDPLICHT_MEDEWERKER} <= outcomes
    # The onderwijs rule at afweging 2 and "nog niet bekend" at afweging 5 are practised.
    assert any(Answer.TWIJFEL in c.afwegingen_also_right.get(2, ()) and c.sector is Sector.ONDERWIJS
               for c in CASES.values())
    assert any(c.afwegingen.get(5) is Answer.NOG_NIET_BEKEND for c in CASES.values())


def test_every_outcome_has_an_option_label():
    assert set(OUTCOME_OPTION_LABELS) == set(Outcome)


# --- the checker catches cases that disagree with the domain ---------------------------------

def mutate(case_id: str, **changes):
    return dataclasses.replace(CASES[case_id], **changes)


def test_a_wrong_expected_outcome_is_caught():
    case = mutate("onderwijs-blauwe-plekken", expected_outcome=Outcome.ADVIES_VEILIG_THUIS)
    problems = check_against_domain(case)
    assert any("expected_outcome is advies_veilig_thuis, maar de meldcode-logica geeft "
               "melden_veilig_thuis" in p for p in problems), problems


def test_twijfel_at_afweging_2_outside_onderwijs_is_advice_not_a_melding():
    # The same answers in zorg instead of onderwijs: twijfel at 2 means an adviesvraag.
    case = mutate("onderwijs-blauwe-plekken", sector=Sector.ZORG)
    problems = check_against_domain(case)
    assert any("also_right twijfel geeft advies_veilig_thuis" in p for p in problems)


def test_afwegingen_the_domain_would_not_ask_are_caught():
    case = CASES["onderwijs-blauwe-plekken"]
    extra = mutate(case.id, afwegingen={**case.afwegingen, 3: Answer.JA})
    assert any("afwegingen" in p for p in check_against_domain(extra))
    missing = mutate("jeugdhulp-hulp-afronden",
                     afwegingen={n: a for n, a in CASES["jeugdhulp-hulp-afronden"].afwegingen.items()
                                 if n < 5})
    assert any("afwegingen" in p for p in check_against_domain(missing))


def test_a_route_case_whose_text_takes_another_route_is_caught():
    case = mutate("kinderopvang-gevaar-nu", route_text="Een collega betast een kind.")
    assert any("route.expected is danger_now" in p for p in check_against_domain(case))


def test_a_plain_case_whose_situation_trips_a_special_route_is_caught():
    case = mutate("kinderopvang-peuter-ruzie-thuis",
                  situation="De vader slaat de moeder nu in de hal.")
    assert any("speciale route" in p for p in check_against_domain(case))


def test_a_kindcheck_that_closes_cannot_be_followed_by_afwegingen():
    case = mutate("maatschappelijke-ondersteuning-kindcheck-schulden",
                  afwegingen={1: Answer.JA, 2: Answer.JA},
                  expected_outcome=Outcome.MELDEN_VEILIG_THUIS)
    assert any("kindcheck sluit hier af" in p for p in check_against_domain(case))
