"""The practice conversation ("oefenen") as a small state machine without Rasa.

The Rasa actions keep the state in slots and call `start` and `handle`; the replies are plain
dicts (text plus buttons) so that tests can run a whole case without a server.

Safety: in practice a case's "112" or "melden" is an answer to grade, never a real outcome. But
text that is not an answer to the current question and that sounds like danger right now is
treated as a real emergency: the reply asks the action to hand over to the real 112 advice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Mapping

from bot.meldcode.routes import Route, detect_routes
from bot.meldcode.sectors import SECTOR_LABELS
from bot.meldcode.text import normalise

from .cases import Case, DecisionPoint
from .grading import grade, parse_choice, render_score, score

# Unambiguous alphabet for group codes: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_PREFIXED = re.compile(
    rf"^(?:groepscode|groep|code|sessie|sessiecode)\s+([{CODE_ALPHABET}]{{6}})$", re.IGNORECASE)
# A bare code must hold a digit (generated codes always do), so "verder" is not a code.
_CODE_BARE = re.compile(rf"^(?=.*\d)([{CODE_ALPHABET}]{{6}})$", re.IGNORECASE)
_STOP = {"stop", "stoppen", "/stop", "oefenen stoppen", "stop met oefenen", "ik wil stoppen",
         "klaar", "ophouden", "einde"}
_AGAIN = {"/start_oefenen", "nog een casus", "andere casus", "nieuwe casus", "casussen",
          "lijst", "oefenen", "opnieuw"}
_CONTINUE = {"verder", "ga verder", "doorgaan", "verder met de casus"}
# The NLU's danger intent counts only when the model is quite sure (the keyword net is the
# main check; a false alarm in practice costs a restart, a miss could cost more). With the blend
# of DIET and the linear model (bot/nlu/linear_intent_blend.py) confidences are less extreme:
# over all held-out, dev and probe lines, 0.7 keeps as many danger-now messages (210 of 253) as
# 0.8 did with DIET alone, with 1 other message over the line instead of 7.
DANGER_INTENT_CONFIDENCE = 0.7


@dataclass(frozen=True)
class TrainingState:
    case_id: str | None = None
    index: int = 0
    correct: tuple[str, ...] = ()  # ids of the points answered right
    answered: tuple[str, ...] = ()
    group: str | None = None  # "CODE:participant" when the trainee joined a group session


@dataclass
class Reply:
    messages: list[dict] = field(default_factory=list)
    state: TrainingState = field(default_factory=TrainingState)
    answered: tuple[str, str, bool] | None = None  # (question id, option, correct) to count
    join_code: str | None = None  # the trainee typed a group code: the action joins
    danger: bool = False  # a real emergency: hand over to the real 112 advice
    stop: bool = False
    finished: bool = False
    not_understood: bool = False  # the text was no answer (the action may answer a side question)

    def say(self, text: str, buttons: list[dict] | None = None) -> "Reply":
        message: dict = {"text": text}
        if buttons:
            message["buttons"] = buttons
        self.messages.append(message)
        return self


def question_id(case: Case, point: DecisionPoint) -> str:
    return f"{case.id}/{point.id}"


def case_buttons(cases: Mapping[str, Case], only: list[str] | None = None) -> list[dict]:
    chosen = [cases[c] for c in (only or cases) if c in cases]
    return [{"title": f"{case.title} ({SECTOR_LABELS[case.sector]})", "payload": case.id}
            for case in chosen]


def point_message(case: Case, point: DecisionPoint) -> tuple[str, list[dict]]:
    number = case.points.index(point) + 1
    header = f"Vraag {number} van {len(case.points)}"
    if point.kind == "stap":
        header += f" (stap {point.number})"
    text = f"{header}\n{point.question}"
    if point.kind not in ("afweging", "kindcheck"):
        text += "\n" + "\n".join(f"{key}. {label}" for key, label in point.options)
    buttons = [{"title": label if point.kind in ("afweging", "kindcheck") else f"{key}. {label}",
                "payload": key} for key, label in point.options]
    return text, buttons


def _hint(point: DecisionPoint) -> str:
    keys = [key for key, _ in point.options]
    if point.kind in ("afweging", "kindcheck"):
        return ("Antwoord met " + ", ".join(label.lower() for _, label in point.options[:-1])
                + f" of {point.options[-1][1].lower()}.")
    return f"Kies {', '.join(keys[:-1])} of {keys[-1]}."


def is_danger_now(text: str | None, intent: str | None = None, confidence: float = 0.0) -> bool:
    """Real danger typed during practice (only asked for text that is not an answer)."""
    if not text or str(text).startswith("/"):
        return False
    if Route.DANGER_NOW in detect_routes(text):
        return True
    return intent == "danger_now" and confidence >= DANGER_INTENT_CONFIDENCE


def start(cases: Mapping[str, Case], state: TrainingState, only: list[str] | None = None) -> Reply:
    """Open practice mode: list the cases (or offer to continue an unfinished one)."""
    reply = Reply(state=state)
    intro = ("Je bent nu in de oefenmodus. Je oefent met een verzonnen casus: je antwoorden zijn "
             "geen echt advies en worden niet als echte uitkomst bewaard. Is er echt gevaar? "
             "Bel dan altijd 112. Typ 'stop' om te stoppen.")
    buttons = case_buttons(cases, only)
    current = cases.get(state.case_id) if state.case_id else None
    if current is not None:
        buttons = [{"title": f"Verder met '{current.title}'", "payload": "verder"}] + buttons
    if state.group:
        intro += f" Je doet mee met groep {state.group.split(':')[0]}."
    else:
        intro += " Heb je een groepscode van je trainer? Typ die dan."
    return reply.say(intro + "\nKies een casus:", buttons)


def stop(state: TrainingState) -> Reply:
    reply = Reply(state=TrainingState(), stop=True)
    return reply.say("De oefening is gestopt. Je kunt nu weer gewoon vragen stellen over de "
                     "meldcode. Typ 'oefenen' om later verder te oefenen.")


def _begin_case(case: Case, state: TrainingState) -> Reply:
    new_state = TrainingState(case_id=case.id, group=state.group)
    reply = Reply(state=new_state)
    reply.say(f"Casus: {case.title}\n{case.situation}")
    text, buttons = point_message(case, case.points[0])
    return reply.say(text, buttons)


def _find_case(cases: Mapping[str, Case], text: str, only: list[str] | None) -> Case | None:
    raw = text.strip()
    listed = [c for c in (only or list(cases)) if c in cases]
    if raw in cases:
        return cases[raw]
    norm = normalise(raw)
    if norm.isdigit() and 1 <= int(norm) <= len(listed):
        return cases[listed[int(norm) - 1]]
    for case_id in listed:
        if norm and norm == normalise(cases[case_id].title):
            return cases[case_id]
    return None


def parse_group_code(text: str | None) -> str | None:
    """A group code typed by a trainee ("K7P2QX", "code k7p2qx"), or None."""
    norm = normalise(text)
    match = _CODE_PREFIXED.match(norm) or _CODE_BARE.match(norm)
    return match.group(1).upper() if match else None


def handle(cases: Mapping[str, Case], state: TrainingState, text: str | None,
           intent: str | None = None, confidence: float = 0.0,
           only: list[str] | None = None) -> Reply:
    """One trainee message in practice mode."""
    norm = normalise(text)
    if norm in _STOP or (text or "").strip() == "/stop":
        return stop(state)

    case = cases.get(state.case_id) if state.case_id else None
    if case is not None and state.index >= len(case.points):
        case = None  # defensive: a finished case
    if case is None:
        chosen = _find_case(cases, text or "", only)
        if chosen is not None:
            return _begin_case(chosen, state)
        if is_danger_now(text, intent, confidence):
            return Reply(state=state, danger=True)
        code = parse_group_code(text)
        if code:
            return Reply(state=state, join_code=code)
        if norm in _AGAIN or (text or "").strip() in _AGAIN:
            return start(cases, state, only)
        reply = Reply(state=state, not_understood=True)
        return reply.say("Kies eerst een casus met een van de knoppen, of typ 'stop'.",
                         case_buttons(cases, only))

    point = case.points[state.index]
    choice = parse_choice(point, text)
    if choice is None:
        if is_danger_now(text, intent, confidence):
            return Reply(state=state, danger=True)
        reply = Reply(state=state)
        if norm in _CONTINUE or (text or "").strip() == "verder":
            message, buttons = point_message(case, point)
            return reply.say(message, buttons)
        if norm in _AGAIN or (text or "").strip() in _AGAIN:
            return start(cases, state, only)
        message, buttons = point_message(case, point)
        reply.not_understood = True
        reply.say(f"Dat antwoord begrijp ik niet. {_hint(point)}")
        return reply.say(message, buttons)

    result = grade(point, choice)
    new_state = replace(
        state,
        index=state.index + 1,
        correct=state.correct + ((point.id,) if result.correct else ()),
        answered=state.answered + (point.id,),
    )
    reply = Reply(state=new_state, answered=(question_id(case, point), choice, result.correct))
    reply.say(result.message)
    if new_state.index < len(case.points):
        message, buttons = point_message(case, case.points[new_state.index])
        return reply.say(message, buttons)

    final = score(case, new_state.correct)
    reply.finished = True
    # The case is done; the score stays visible in the state until the next case starts.
    reply.state = TrainingState(group=state.group, correct=new_state.correct,
                                answered=new_state.answered)
    return reply.say(render_score(case, final), [
        {"title": "Nog een casus", "payload": "/start_oefenen"},
        {"title": "Stoppen met oefenen", "payload": "/stop"},
    ])
