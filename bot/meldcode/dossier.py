"""A short note for the user's own dossier, built only from structured inputs (no user text)."""
from __future__ import annotations

import datetime
from typing import Mapping, Sequence

from . import afwegingskader
from . import kindcheck as kindcheck_module
from .answers import Answer
from .outcomes import REPORT_LABELS, Advice
from .sectors import SECTOR_LABELS, Sector
from .steps import STEPS, lower_first

ANSWER_LABELS = {
    Answer.JA: "ja",
    Answer.NEE: "nee",
    Answer.TWIJFEL: "twijfel",
    Answer.NOG_NIET_BEKEND: "nog niet bekend",
}

PRIVACY_LINE = (
    "Vul namen en andere persoonsgegevens alleen aan in jullie eigen dossiersysteem. "
    "Deze notitie is een hulpmiddel en vervangt je eigen afweging niet."
)


def _answer_label(value) -> str | None:
    try:
        return ANSWER_LABELS[Answer(value)]
    except (ValueError, KeyError):
        return None


def _answer_lines(answers: Mapping | None, questions: Mapping, word: str) -> list[str]:
    lines = []
    for number, question in sorted(questions.items()):
        value = (answers or {}).get(number)
        if value is None:
            value = (answers or {}).get(str(number))
        label = _answer_label(value) if value is not None else None
        if label is not None:
            lines.append(f"- {word} {number} ({lower_first(question.title)}): {label}")
    return lines


def dossier_note(
    day: datetime.date,
    sector: Sector | None,
    steps_seen: Sequence[int] = (),
    afwegingen: Mapping[int, Answer] | None = None,
    kindcheck: Mapping[int, Answer] | None = None,
    advice: Advice | None = None,
) -> str:
    """Plain-text Dutch note: date, sector, steps, answers, advice, reason and what is still to do.

    Built only from structured values, never from the user's text, so it holds no personal data.
    """
    kc = kindcheck
    try:
        sector = Sector(sector) if sector is not None else None
    except ValueError:
        sector = None
    lines = ["Notitie voor het dossier (meldcode)", f"Datum: {day.strftime('%d-%m-%Y')}"]
    lines.append(f"Sector: {SECTOR_LABELS[sector] if sector else 'niet opgegeven'}")

    seen = sorted({int(s) for s in steps_seen if str(s).isdigit() and int(s) in STEPS})
    if seen:
        lines.append("Doorlopen stappen: " + "; ".join(f"{s}. {STEPS[s].title}" for s in seen))

    kc_lines = _answer_lines(kc, kindcheck_module.QUESTIONS, "Vraag")
    if kc_lines:
        lines.append("Kindcheck:")
        lines.extend(kc_lines)
    aw_lines = _answer_lines(afwegingen, afwegingskader.QUESTIONS, "Afweging")
    if aw_lines:
        lines.append("Afwegingskader:")
        lines.extend(aw_lines)

    if advice is not None:
        lines.append(f"Advies: {REPORT_LABELS[advice.outcome]}")
        if advice.reason:
            lines.append(f"Reden: {advice.reason}")
        todo = list(advice.todo)
        if advice.handover_step:
            step = advice.handover_step
            todo.append(f"Ga verder met stap {step} van de meldcode ({lower_first(STEPS[step].title)}).")
        if todo:
            lines.append("Nog te doen:")
            lines.extend(f"- {item}" for item in todo)
    lines.append(PRIVACY_LINE)
    return "\n".join(lines)

