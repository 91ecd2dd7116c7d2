import itertools
import re

import pytest

from bot.meldcode import afwegingskader, kindcheck
from bot.meldcode.answers import Answer
from bot.meldcode.contacts import CONTACTS, contact_line
from bot.meldcode.outcomes import (
    REPORT_LABELS, Advice, Outcome, advice_payload, render_advice,
)
from bot.meldcode.routes import Route, route_advice
from bot.meldcode.sectors import Sector

SECTORS = [None, *Sector]


def all_advices():
    """Every advice the domain can produce: afwegingskader, kindcheck and routes."""
    out = []
    for sector in SECTORS:
        for combo in itertools.product(list(Answer), repeat=5):
            advice = afwegingskader.decide(dict(zip(range(1, 6), combo)), sector)
            out.append((advice, sector))
        for route in Route:
            for extra in ([], [Route.DANGER_NOW], [Route.SEXUAL_VIOLENCE_RECENT], [Route.CHILD_OR_VICTIM]):
                for text in ("", "ik wil niet meer leven", "morgen vliegt ze naar het buitenland"):
                    out.append((route_advice(route, {route, *extra}, sector, text), sector))
    for combo in itertools.product(list(Answer), repeat=3):
        out.append((kindcheck.decide(dict(zip((1, 2, 3), combo))), None))
    unique = {}
    for advice, sector in out:
        unique[(advice, sector)] = None
    return list(unique)


ADVICES = all_advices()


def test_every_outcome_is_reachable():
    assert {a.outcome for a, _ in ADVICES} == set(Outcome)


def test_outcome_values_and_labels():
    assert [o.value for o in Outcome] == [
        "bel_112", "melden_veilig_thuis", "advies_veilig_thuis", "hulp_organiseren",
        "hulp_afronden", "afsluiten", "meldplicht_medewerker", "centrum_seksueel_geweld",
        "grensoverschrijdend_gedrag_kinderen", "hulp_voor_jezelf"]
    assert set(REPORT_LABELS) == set(Outcome)
    assert REPORT_LABELS[Outcome.MELDEN_VEILIG_THUIS] == "geadviseerd te melden bij Veilig Thuis"
    for label in REPORT_LABELS.values():
        assert "melding gedaan" not in label and "gemeld" not in label


@pytest.mark.parametrize("solo", [False, True])
def test_render_every_advice(solo):
    for advice, sector in ADVICES:
        text = render_advice(advice, sector, solo)
        low = text.lower()
        assert "optioneel" not in low and "optional" not in low
        assert advice.reason in text
        for key in advice.contacts:
            assert contact_line(key) in text, (advice.outcome, key)
            assert CONTACTS[key].number in text
        if advice.outcome in (Outcome.MELDEN_VEILIG_THUIS, Outcome.MELDPLICHT_MEDEWERKER):
            assert "Beslis samen met de aandachtsfunctionaris of de persoon die jullie meldcode noemt" in text
        if advice.outcome is Outcome.MELDEN_VEILIG_THUIS:
            assert "zonder toestemming is niet zonder medeweten" in low
            assert "geen toestemming" in low
        if advice.outcome is Outcome.BEL_112:
            assert text.startswith(f"Bel nu {CONTACTS['112'].number}.")
        if advice.outcome not in (Outcome.BEL_112, Outcome.HULP_VOOR_JEZELF):
            assert "Veilig Thuis altijd" in text
            assert contact_line("veilig_thuis") in text
            assert "dossier" in low
        if advice.outcome is Outcome.HULP_VOOR_JEZELF or "kindertelefoon" in advice.contacts:
            assert "aandachtsfunctionaris" not in low and "dossier" not in low
            assert CONTACTS["112"].number in text
        if solo and advice.outcome not in (Outcome.BEL_112, Outcome.HULP_VOOR_JEZELF) \
                and "kindertelefoon" not in advice.contacts:
            assert "gastouderbureau" in text and "branche" in text
        if not solo:
            assert "gastouderbureau of branche" not in text
        for item in advice.todo if advice.outcome is not Outcome.HULP_VOOR_JEZELF else ():
            assert item in text


def test_melden_is_never_optional_wording():
    advice = afwegingskader.decide({1: Answer.JA, 2: Answer.JA}, Sector.ZORG)
    text = render_advice(advice, Sector.ZORG)
    assert text.startswith("Advies: doe een melding bij Veilig Thuis.")
    for soft in ("kun je overwegen", "eventueel", "als je wilt", "je mag ook"):
        assert soft not in text.lower()
    assert "112" in text  # the general safety line


def test_sector_notes():
    help_ = afwegingskader.decide({1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "nog_niet_bekend"}, Sector.ONDERWIJS)
    assert "intern begeleider" in render_advice(help_, Sector.ONDERWIJS)
    assert "intern begeleider" not in render_advice(help_, Sector.ZORG)
    melden = afwegingskader.decide({1: "ja", 2: "ja"}, Sector.KINDEROPVANG)
    assert "leidinggevende" in render_advice(melden, Sector.KINDEROPVANG)
    assert "leidinggevende" not in render_advice(melden, Sector.ZORG)


def test_kindcheck_handover_is_rendered():
    advice = kindcheck.decide({1: "ja", 2: "ja", 3: "nee"})
    assert "stap 2" in render_advice(advice)


def test_payload_shape():
    for advice, _ in ADVICES:
        payload = advice_payload(advice)
        assert set(payload) == {"data"}
        assert set(payload["data"]) == {"uitkomst", "contacts"}
        assert payload["data"]["uitkomst"] == advice.outcome.value
        assert [c["key"] for c in payload["data"]["contacts"]] == list(advice.contacts)
        for c in payload["data"]["contacts"]:
            assert set(c) == {"key", "name", "number", "tel", "when"}
            assert c == {k: getattr(CONTACTS[c["key"]], k) for k in c}
            assert re.fullmatch(r"\d+", c["tel"])


def test_advice_is_frozen():
    advice = Advice(Outcome.AFSLUITEN, "r", 1, ("veilig_thuis",), ())
    assert advice.handover_step is None
    with pytest.raises(Exception):
        advice.outcome = Outcome.BEL_112  # type: ignore[misc]
