import datetime
import inspect
import re

from bot.meldcode import afwegingskader, kindcheck
from bot.meldcode.answers import Answer
from bot.meldcode.dossier import dossier_note
from bot.meldcode.sectors import Sector

DAY = datetime.date(2026, 11, 23)
JA, NEE, NNB = Answer.JA, Answer.NEE, Answer.NOG_NIET_BEKEND


def test_full_note():
    answers = {1: JA, 2: NEE, 3: JA, 4: JA, 5: NNB}
    advice = afwegingskader.decide(answers, Sector.ONDERWIJS)
    note = dossier_note(DAY, Sector.ONDERWIJS, [1, 2, 3, 4], answers, None, advice)
    assert "Datum: 23-11-2026" in note
    assert "Sector: onderwijs" in note
    for n in (1, 2, 3, 4):
        assert f"{n}. " in note
    for n, q in afwegingskader.QUESTIONS.items():
        assert f"Afweging {n} (" in note
    assert "Afweging 5 (hulp leidt tot blijvende veiligheid): nog niet bekend" in note
    assert "Afweging 2 (acute of structurele onveiligheid): nee" in note
    assert "geadviseerd hulp te bieden" in note
    assert advice.reason in note
    for item in advice.todo:
        assert item in note
    assert "eigen dossiersysteem" in note
    assert not re.search(r"\d{1,2}:\d{2}", note)  # date only, no time


def test_kindcheck_note_with_handover():
    answers = {1: "ja", 2: "ja", 3: "nee"}
    note = dossier_note(DAY, Sector.ZORG, [1], None, answers, kindcheck.decide(answers))
    assert "Kindcheck:" in note and "Afwegingskader:" not in note
    assert "Vraag 3 (zorgen over de kinderen weggenomen): nee" in note
    assert "Ga verder met stap 2" in note


def test_minimal_note_and_bad_values():
    note = dossier_note(DAY, None, [], None, None, None)
    assert "Sector: niet opgegeven" in note and "Advies" not in note
    note = dossier_note(DAY, "geen sector", [9, "x"], {1: "onzin"}, {}, None)
    assert "onzin" not in note and "Sector: niet opgegeven" in note
    assert "Afweging 1" not in note


def test_note_holds_no_personal_data():
    # The note takes only structured values: there is no parameter through which text could
    # come in, and answer values it does not know are dropped, not echoed.
    params = list(inspect.signature(dossier_note).parameters)
    assert params == ["day", "sector", "steps_seen", "afwegingen", "kindcheck", "advice"]
    seeded = "Nepvoornaam Nepachternaam 06-12345678 nepvoornaam@school.example"
    note = dossier_note(DAY, Sector.ZORG, [1, seeded], {1: seeded, 2: JA}, {1: seeded}, None)
    for part in seeded.split():
        assert part not in note
