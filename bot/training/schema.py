"""Validation of practice cases (YAML written by aandachtsfunctionarissen, not by programmers).

Plain Python rather than jsonschema: the people who edit cases need messages that name the file
and the field in Dutch ("veld 'decisions[2].answer': 'D' is geen van de opties (A, B, C)"), and
some rules cross fields (the right option must be one of the options, afweging numbers go up).
Agreement with the domain logic (does this path really lead to this outcome?) is checked in
`bot.training.cases.check_against_domain`, which the tests run for every case.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bot.meldcode.answers import Answer
from bot.meldcode.contacts import CONTACTS
from bot.meldcode.outcomes import Outcome
from bot.meldcode.routes import Route
from bot.meldcode.sectors import Sector

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
OPTION_KEYS = ("A", "B", "C", "D", "E")
# A phone number in a case text must come from CONTACTS: write {nummer:veilig_thuis}.
NUMBER_PLACEHOLDER = re.compile(r"\{nummer:([a-z0-9_]+)\}")

MAX_TITLE = 100
MAX_SITUATION = 1200
MAX_TEXT = 900

TOP_LEVEL = {
    "id": True, "title": True, "sector": True, "situation": True, "decisions": True,
    "expected_outcome": True, "solo": False, "kindcheck": False, "afwegingen": False,
    "route": False, "outcome_options": False, "outcome_feedback": False,
}
DECISION_KEYS = {"question": True, "options": True, "answer": True, "feedback": True,
                 "step": False, "id": False, "review": False}
ANSWER_KEYS = {"answer": True, "feedback": True, "also_right": False, "review": False}
ROUTE_KEYS = {"expected": True, "text": False}

# Personal data has no place in a practice case (privacy by design): no phone numbers, e-mail
# addresses, postcodes, dates of birth or BSN-like numbers. Roles ("de moeder") instead of names.
_PERSONAL_DATA = (
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "een e-mailadres"),
    (re.compile(r"\b\d{4}\s?[A-Z]{2}\b"), "een postcode"),
    (re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"), "een datum"),
    (re.compile(r"(?<![\w{:])\d[\d -]{6,}\d\b"), "een telefoonnummer of BSN (gebruik {nummer:...})"),
)


class CaseValidationError(ValueError):
    """A case file that does not follow the schema; `errors` holds one Dutch line per problem."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors))


def _names(values) -> str:
    return ", ".join(str(v) for v in values)


class _Checker:
    def __init__(self, source: str):
        self.source = source
        self.errors: list[str] = []

    def error(self, field: str, message: str) -> None:
        where = f"veld '{field}'" if field else "het bestand"
        self.errors.append(f"{self.source}: {where}: {message}")

    def keys(self, value: dict, field: str, allowed: dict[str, bool]) -> None:
        prefix = f"{field}." if field else ""
        for key, required in allowed.items():
            if required and key not in value:
                self.error(f"{prefix}{key}", "ontbreekt (dit veld is verplicht).")
        for key in value:
            if key not in allowed:
                self.error(f"{prefix}{key}",
                           f"onbekend veld. Toegestaan zijn: {_names(allowed)}.")

    def text(self, value: Any, field: str, max_length: int = MAX_TEXT) -> bool:
        if not isinstance(value, str) or not value.strip():
            self.error(field, "moet een tekst zijn (niet leeg).")
            return False
        if len(value) > max_length:
            self.error(field, f"is te lang ({len(value)} tekens, maximaal {max_length}). "
                              "Houd het kort en in eenvoudige taal (B1).")
        for key in NUMBER_PLACEHOLDER.findall(value):
            if key not in CONTACTS:
                self.error(field, f"onbekend nummer '{{nummer:{key}}}'. "
                                  f"Kies uit: {_names(sorted(CONTACTS))}.")
        without_placeholders = NUMBER_PLACEHOLDER.sub("", value)
        for pattern, what in _PERSONAL_DATA:
            if pattern.search(without_placeholders):
                self.error(field, f"lijkt {what} te bevatten. Gebruik geen persoonsgegevens "
                                  "in een oefencasus.")
        return True

    def integer(self, value: Any, field: str, low: int, high: int) -> bool:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(field, f"moet een getal van {low} tot en met {high} zijn, "
                              f"niet {value!r}.")
            return False
        return True

    def choice(self, value: Any, field: str, allowed: list[str]) -> bool:
        if value not in allowed:
            self.error(field, f"{value!r} is geen geldige waarde. Kies uit: {_names(allowed)}.")
            return False
        return True


def _check_decisions(c: _Checker, decisions: Any) -> None:
    if not isinstance(decisions, list) or not decisions:
        c.error("decisions", "moet een lijst zijn met minstens één beslismoment.")
        return
    seen_ids: set[str] = set()
    for i, decision in enumerate(decisions):
        field = f"decisions[{i}]"
        if not isinstance(decision, dict):
            c.error(field, "moet een beslismoment zijn met question, options, answer en feedback.")
            continue
        c.keys(decision, field, DECISION_KEYS)
        if "step" in decision:
            c.integer(decision["step"], f"{field}.step", 1, 5)
        if "id" in decision:
            if not isinstance(decision["id"], str) or not ID_PATTERN.match(decision["id"]):
                c.error(f"{field}.id", "mag alleen kleine letters, cijfers en streepjes bevatten.")
            elif decision["id"] in seen_ids:
                c.error(f"{field}.id", f"'{decision['id']}' komt al eerder voor in deze casus.")
            else:
                seen_ids.add(decision["id"])
        c.text(decision.get("question"), f"{field}.question")
        c.text(decision.get("feedback"), f"{field}.feedback")
        if "review" in decision:
            c.text(decision["review"], f"{field}.review", 120)
        options = decision.get("options")
        if not isinstance(options, dict) or not 2 <= len(options) <= len(OPTION_KEYS):
            c.error(f"{field}.options", "moet 2 tot 5 opties hebben, zoals A: ..., B: ..., C: ...")
            continue
        for key, text in options.items():
            if key not in OPTION_KEYS:
                c.error(f"{field}.options.{key}",
                        f"een optie heet A, B, C, D of E (hoofdletter), niet {key!r}.")
            c.text(text, f"{field}.options.{key}", 300)
        expected_keys = list(OPTION_KEYS[: len(options)])
        if sorted(str(k) for k in options) != expected_keys:
            c.error(f"{field}.options", f"gebruik de letters {_names(expected_keys)} op volgorde.")
        if "answer" in decision and decision["answer"] not in options:
            c.error(f"{field}.answer", f"{decision['answer']!r} is geen van de opties "
                                       f"({_names(options)}).")


def _check_answers(c: _Checker, raw: dict, name: str, number_key: str, high: int) -> None:
    """The afwegingen or kindcheck block: numbers going up, one expected answer each."""
    items = raw.get(name)
    if not isinstance(items, list) or not items:
        c.error(name, "moet een lijst zijn, bijvoorbeeld '- afweging: 1' met answer en feedback.")
        return
    previous = 0
    for i, item in enumerate(items):
        field = f"{name}[{i}]"
        if not isinstance(item, dict):
            c.error(field, f"moet een {number_key} zijn met answer en feedback.")
            continue
        c.keys(item, field, {number_key: True, **ANSWER_KEYS})
        number = item.get(number_key)
        if c.integer(number, f"{field}.{number_key}", 1, high):
            if number != previous + 1:
                c.error(f"{field}.{number_key}",
                        f"verwacht {number_key} {previous + 1}: de vragen komen op volgorde, "
                        "zonder er een over te slaan.")
            previous = number
        allowed = [a.value for a in Answer]
        if name == "kindcheck" or number != 5:
            allowed.remove(Answer.NOG_NIET_BEKEND.value)
        c.choice(item.get("answer"), f"{field}.answer", allowed)
        also = item.get("also_right", [])
        if not isinstance(also, list):
            c.error(f"{field}.also_right", "moet een lijst zijn, bijvoorbeeld [twijfel].")
        else:
            for j, value in enumerate(also):
                c.choice(value, f"{field}.also_right[{j}]", allowed)
                if value == item.get("answer"):
                    c.error(f"{field}.also_right[{j}]", "is hetzelfde als answer.")
        c.text(item.get("feedback"), f"{field}.feedback")
        if "review" in item:
            c.text(item["review"], f"{field}.review", 120)


def validate_case(raw: Any, source: str, expected_id: str | None = None) -> list[str]:
    """Every problem with one case, as Dutch lines naming the file and the field."""
    c = _Checker(source)
    if not isinstance(raw, dict):
        c.error("", "moet een casus zijn met velden als id, title, sector en situation.")
        return c.errors
    c.keys(raw, "", TOP_LEVEL)
    case_id = raw.get("id")
    if "id" in raw:
        if not isinstance(case_id, str) or not ID_PATTERN.match(case_id):
            c.error("id", "mag alleen kleine letters, cijfers en streepjes bevatten, "
                          "bijvoorbeeld 'onderwijs-blauwe-plekken'.")
        elif expected_id is not None and case_id != expected_id:
            c.error("id", f"'{case_id}' moet gelijk zijn aan de bestandsnaam ('{expected_id}').")
    if "title" in raw:
        c.text(raw["title"], "title", MAX_TITLE)
    if "sector" in raw:
        c.choice(raw["sector"], "sector", [s.value for s in Sector])
    if "solo" in raw and not isinstance(raw["solo"], bool):
        c.error("solo", "moet true of false zijn.")
    if "situation" in raw:
        c.text(raw["situation"], "situation", MAX_SITUATION)
    if "decisions" in raw:
        _check_decisions(c, raw["decisions"])
    if "afwegingen" in raw:
        _check_answers(c, raw, "afwegingen", "afweging", 5)
    if "kindcheck" in raw:
        _check_answers(c, raw, "kindcheck", "question", 3)
    if "route" in raw:
        route = raw["route"]
        if not isinstance(route, dict):
            c.error("route", "moet 'expected' bevatten, bijvoorbeeld 'expected: danger_now'.")
        else:
            c.keys(route, "route", ROUTE_KEYS)
            c.choice(route.get("expected"), "route.expected", [r.value for r in Route])
            if "text" in route:
                c.text(route["text"], "route.text", 400)
    if not any(key in raw for key in ("afwegingen", "kindcheck", "route")):
        c.error("", "een casus heeft afwegingen, een kindcheck of een route nodig: daaruit "
                    "volgt de uitkomst.")
    if "route" in raw and "afwegingen" in raw:
        c.error("route", "een casus met een speciale route heeft geen afwegingen: een speciale "
                         "route gaat niet (alleen) via de vijf stappen.")
    outcomes = [o.value for o in Outcome]
    if "expected_outcome" in raw:
        c.choice(raw["expected_outcome"], "expected_outcome", outcomes)
    if "outcome_options" in raw:
        options = raw["outcome_options"]
        if not isinstance(options, list) or not 2 <= len(options) <= len(OPTION_KEYS):
            c.error("outcome_options", "moet een lijst van 2 tot 5 uitkomsten zijn.")
        else:
            for j, value in enumerate(options):
                c.choice(value, f"outcome_options[{j}]", outcomes)
            if len(set(options)) != len(options):
                c.error("outcome_options", "bevat een uitkomst twee keer.")
            if raw.get("expected_outcome") not in options:
                c.error("outcome_options", "moet de expected_outcome bevatten.")
    if "outcome_feedback" in raw:
        c.text(raw["outcome_feedback"], "outcome_feedback")
    return c.errors


def validate_file(path: Path) -> tuple[dict | None, list[str]]:
    """Read and validate one case file: (raw case or None, errors)."""
    import yaml  # local: keeps `bot.training.schema` importable for type checks without YAML

    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [f"{source}: het bestand is geen UTF-8 tekst. Sla het op als UTF-8."]
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (regel {mark.line + 1}, kolom {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [f"{source}: de YAML klopt niet{where}: {problem}. Let op inspringen en "
                      "dubbele punten; zet een tekst met een dubbele punt tussen aanhalingstekens."]
    errors = validate_case(raw, source, expected_id=path.stem)
    return (raw if not errors else None), errors
