"""Grading a trainee's answers: per decision point feedback with the reasoning, and a score with
what to review at the end. Pure Python: used by the Rasa actions, the web API and the CLI.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from bot.meldcode.answers import parse_answer
from bot.meldcode.text import normalise

from .cases import Case, DecisionPoint

_LETTER = re.compile(
    r"^(?:(?:ik kies|ik kies voor|ik ga voor|mijn antwoord is|antwoord|optie|keuze|letter)\s+)?"
    r"([a-e])$"
)
_DIGITS = {"1": "A", "2": "B", "3": "C", "4": "D", "5": "E"}


def parse_choice(point: DecisionPoint, text: str | None) -> str | None:
    """The option key the trainee chose, or None when the text is not an answer to this point.

    Understands the button payload (the key itself), "b", "antwoord B", "2", the option text, and
    for afwegingen and kindcheck questions free Dutch ("jazeker", "weet ik niet zeker").
    """
    if text is None:
        return None
    keys = [key for key, _label in point.options]
    raw = str(text).strip()
    if raw in keys:
        return raw
    norm = normalise(raw).replace(" ?", "").strip()
    if point.kind in ("afweging", "kindcheck"):
        answer = parse_answer(raw, allow_not_yet_known=(point.kind == "afweging" and point.number == 5))
        if answer is not None and answer.value in keys:
            return answer.value
        return None
    match = _LETTER.match(norm)
    if match and match.group(1).upper() in keys:
        return match.group(1).upper()
    if norm in _DIGITS and _DIGITS[norm] in keys:
        return _DIGITS[norm]
    for key, label in point.options:
        if norm and norm == normalise(label):
            return key
    return None


@dataclass(frozen=True)
class Grade:
    point_id: str
    chosen: str
    correct: bool
    message: str  # Dutch feedback with the reasoning


def _option_text(point: DecisionPoint, key: str) -> str:
    if point.kind in ("afweging", "kindcheck"):
        return f"'{point.label(key).lower()}'"
    return f"{key} ({point.label(key)})"


def grade(point: DecisionPoint, choice: str) -> Grade:
    """Right or wrong, with the case's reasoning either way."""
    correct = choice in point.right
    if correct:
        message = f"Goed. {point.feedback}"
    else:
        message = (f"Niet helemaal. Jij koos {_option_text(point, choice)}. Het goede antwoord is "
                   f"{_option_text(point, point.answer)}. {point.feedback}")
    return Grade(point.id, choice, correct, message)


@dataclass(frozen=True)
class Score:
    correct: int
    total: int
    review: tuple[str, ...]  # what to review, in the order of the case

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


def score(case: Case, correct_points: Iterable[str], answered_points: Iterable[str] | None = None
          ) -> Score:
    """The score over all decision points of the case; unanswered points count as wrong."""
    right = set(correct_points)
    total = len(case.points)
    review: list[str] = []
    for point in case.points:
        if point.id not in right and point.review not in review:
            review.append(point.review)
    return Score(len(right & {p.id for p in case.points}), total, tuple(review))


def render_score(case: Case, result: Score) -> str:
    """The Dutch closing message of a case."""
    lines = [f"Je bent klaar met de casus '{case.title}'.",
             f"Je score: {result.correct} van de {result.total} goed ({result.percent}%)."]
    if not result.review:
        lines.append("Alles goed. Mooi werk!")
    else:
        lines.append("Dit kun je nog eens nalezen of bespreken met je trainer:")
        lines.extend(f"- {topic}" for topic in result.review)
    return "\n".join(lines)


def grade_answers(case: Case, answers: Mapping[str, str]) -> tuple[list[Grade], Score]:
    """Grade a whole run at once: answers by point id (as typed or as button payload)."""
    grades: list[Grade] = []
    for point in case.points:
        text = answers.get(point.id)
        choice = parse_choice(point, text) if text is not None else None
        if choice is None:
            continue
        grades.append(grade(point, choice))
    return grades, score(case, (g.point_id for g in grades if g.correct))


def expected_answers(case: Case) -> dict[str, str]:
    """The case's own answers by point id (for tests and a scripted trainee)."""
    return {point.id: point.answer for point in case.points}
