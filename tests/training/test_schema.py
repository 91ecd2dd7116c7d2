"""The case schema: the real cases pass, broken cases give a clear Dutch error naming the file
and the field."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.training.cases import CASES_DIR, load_case_file, load_cases
from bot.training.schema import CaseValidationError, validate_case

pytestmark = pytest.mark.training

GOOD = CASES_DIR / "onderwijs-blauwe-plekken.yml"


def good() -> dict:
    return yaml.safe_load(GOOD.read_text(encoding="utf-8"))


def test_every_case_file_is_valid():
    files = sorted(CASES_DIR.glob("*.yml"))
    assert len(files) >= 12
    for path in files:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert validate_case(raw, str(path), expected_id=path.stem) == [], path


def _set(raw: dict, path: str, value) -> dict:
    """Set (or with value None, delete) a dotted field like 'decisions.0.answer'."""
    *parents, last = path.split(".")
    node = raw
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key = int(last) if isinstance(node, list) else last
    if value is None:
        del node[key]
    else:
        node[key] = value
    return raw


BROKEN = [
    ("title", None, "veld 'title': ontbreekt"),
    ("sector", "school", "veld 'sector': 'school' is geen geldige waarde. Kies uit: onderwijs"),
    ("decisions.0.answer", "D", "veld 'decisions[0].answer': 'D' is geen van de opties (A, B, C)"),
    ("decisions.0.feedbak", "typo", "veld 'decisions[0].feedbak': onbekend veld"),
    ("decisions.0.options", {"A": "een", "C": "twee"}, "veld 'decisions[0].options': gebruik de letters A, B"),
    ("decisions.0.step", 7, "veld 'decisions[0].step': moet een getal van 1 tot en met 5 zijn"),
    ("afwegingen.1.afweging", 3, "veld 'afwegingen[1].afweging': verwacht afweging 2"),
    ("afwegingen.0.answer", "nog_niet_bekend", "veld 'afwegingen[0].answer': 'nog_niet_bekend' is geen geldige waarde"),
    ("afwegingen.0.answer", "misschien", "veld 'afwegingen[0].answer': 'misschien' is geen geldige waarde"),
    ("expected_outcome", "melding", "veld 'expected_outcome': 'melding' is geen geldige waarde"),
    ("situation", "", "veld 'situation': moet een tekst zijn (niet leeg)"),
    ("situation", "Bel de moeder op 06-12345678.", "veld 'situation': lijkt een telefoonnummer"),
    ("situation", "Mail naar juf@school.example.", "veld 'situation': lijkt een e-mailadres"),
    ("situation", "Geboren op 12-03-2015.", "veld 'situation': lijkt een datum"),
    ("decisions.1.feedback", "Bel {nummer:veiligthuis}.", "onbekend nummer '{nummer:veiligthuis}'"),
    ("id", "Onderwijs Blauwe Plekken", "veld 'id': mag alleen kleine letters"),
    ("route", {"expected": "gevaar"}, "veld 'route.expected': 'gevaar' is geen geldige waarde"),
    ("afwegingen.1.also_right", ["ja"], "veld 'afwegingen[1].also_right[0]': is hetzelfde als answer"),
]


@pytest.mark.parametrize("field,value,message", BROKEN)
def test_a_broken_case_names_the_file_and_the_field(field, value, message):
    errors = validate_case(_set(good(), field, value), "cases/x.yml", expected_id="onderwijs-blauwe-plekken")
    assert errors, f"{field}={value!r} was accepted"
    assert all(e.startswith("cases/x.yml: ") for e in errors)
    assert any(message in e for e in errors), errors


def test_the_id_must_match_the_file_name():
    errors = validate_case(good(), "cases/andere-naam.yml", expected_id="andere-naam")
    assert errors == ["cases/andere-naam.yml: veld 'id': 'onderwijs-blauwe-plekken' moet gelijk "
                      "zijn aan de bestandsnaam ('andere-naam')."]


def test_a_case_without_afwegingen_kindcheck_or_route_has_no_outcome_source():
    raw = _set(good(), "afwegingen", None)
    assert any("afwegingen, een kindcheck of een route nodig" in e
               for e in validate_case(raw, "x.yml"))


def test_yaml_mistakes_give_the_line(tmp_path: Path):
    path = tmp_path / "kapot.yml"
    # The classic trap: a colon inside an unquoted text.
    path.write_text("id: kapot\ntitle: Kapot\nsituation: Let op: dit gaat mis\n", encoding="utf-8")
    with pytest.raises(CaseValidationError) as exc:
        load_case_file(path)
    assert str(path) in str(exc.value)
    assert "regel 3" in str(exc.value)
    assert "aanhalingstekens" in str(exc.value)


def test_load_cases_reports_every_broken_file_and_duplicate_ids(tmp_path: Path):
    raw = good()
    (tmp_path / "onderwijs-blauwe-plekken.yml").write_text(GOOD.read_text(encoding="utf-8"),
                                                           encoding="utf-8")
    (tmp_path / "tweede.yml").write_text(yaml.safe_dump({**raw, "sector": "school"}),
                                         encoding="utf-8")
    (tmp_path / "derde.yml").write_text("- geen casus\n", encoding="utf-8")
    with pytest.raises(CaseValidationError) as exc:
        load_cases(tmp_path)
    text = str(exc.value)
    assert "tweede.yml: veld 'id'" in text  # the id is not the file name
    assert "tweede.yml: veld 'sector'" in text
    assert "derde.yml: het bestand: moet een casus zijn" in text
    assert "onderwijs-blauwe-plekken.yml" not in text  # the good file is fine
