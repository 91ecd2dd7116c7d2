"""Score typed answers to the assistant's own questions the way the assistant reads them.

    python -m bot.answer_eval --model models/meldcode.tar.gz [--set FILE] [--errors]

Users seldom tap Ja / Nee / Twijfel; they type "ik heb het vastgelegd", "ze heeft 2 kids" or
"geen idee eigenlijk". Each line of a set (tests/nlu_answers/*.yml) names the question it
answers and the answer it means. The message is parsed by the trained model and read as the
assistant reads it in that place:
- a step of the walk-through (stap_1..stap_5) is answered by the intent (actions/answers.py);
- an afweging or a kindcheck question is answered by the form's validation (actions/forms.py):
  the text first, then a content answer, then a confident intent.
Either way a special route in the parse goes first, so an answer that takes one is a false
alarm; a route only the model read, unsure, makes the assistant ask instead
(bot.meldcode.routes.unsure_model_route). Printed: the share read right, per question kind, and the false alarms.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from bot.meldcode import afwegingskader, kindcheck
from bot.meldcode.answers import (
    INTENT_ANSWER_CONFIDENCE, INTENT_ANSWERS, Answer, answers_over_command,
)
from bot.meldcode.routes import (
    FALLBACK_INTENT, answer_over_unsure_route, answer_with_a_case, resolve, unsure_model_route,
)
from bot.meldcode.steps import parse_step, read_step_answer, says_step_done

ROOT = Path(__file__).resolve().parent.parent
ANSWER_DIR = ROOT / "tests" / "nlu_answers"

STEP_QUESTIONS = {f"stap_{n}" for n in range(1, 6)}
FORM_QUESTIONS = {f"afweging_{n}" for n in range(1, 6)} | {f"kindcheck_{n}" for n in range(1, 4)}
QUESTIONS = STEP_QUESTIONS | FORM_QUESTIONS
ANSWERS = {a.value for a in Answer}
NOT_UNDERSTOOD = "not_understood"

# How a step reads an intent (actions/answers.py, actions/walkthrough.py): "ja" moves on, "nee"
# and "nog niet" say the step is not done, doubt gets the doubt advice. At step 4 the question is
# whether to do the afwegingskader: starting it is ja, going on to step 5 is nee.
_STEP_INTENTS = {"affirm": "ja", "next_step": "ja", "deny": "nee", "nog_niet_bekend": "nee",
                 "twijfel": "twijfel"}
_STEP_4_INTENTS = {**_STEP_INTENTS, "start_afwegingskader": "ja", "next_step": "nee"}
# Intents whose actions first read a typed answer to an open step question (go_to_step when
# the text names no step).
_TEXT_FIRST_INTENTS = {"faq", FALLBACK_INTENT, "out_of_scope", "go_to_step"}
# Intents whose actions hand a message that opens with an answer word to the step's check.
_START_INTENTS = {"start_meldcode", "start_afwegingskader", "start_kindcheck"}
_STEP_ANSWERS = {Answer.JA: "ja", Answer.NEE: "nee", Answer.NOG_NIET_BEKEND: "nee",
                 Answer.TWIJFEL: "twijfel"}


@dataclass(frozen=True)
class TypedAnswer:
    question: str
    answer: str
    text: str


def load_answers(path: Path) -> list[TypedAnswer]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    lines = [TypedAnswer(str(a["question"]), str(a["answer"]), str(a["text"]))
             for a in data.get("answers") or []]
    for line in lines:
        if line.question not in QUESTIONS or line.answer not in ANSWERS:
            raise ValueError(f"{path.name}: unknown question or answer in {line}")
    return lines


@lru_cache(maxsize=1)
def interrupting_intents() -> frozenset[str]:
    """Intents a form never takes as an answer (the slot mappings' not_intent, domain.yml)."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    mapping = domain["slots"]["afweging_1"]["mappings"][0]
    return frozenset(mapping.get("not_intent") or ())


def reading(question: str, text: str, parse: dict) -> str:
    """What the assistant makes of `text` typed at `question`: an answer value, "route:<name>"
    or NOT_UNDERSTOOD (a fallback, a FAQ answer or the question asked again)."""
    confidence = float((parse.get("intent") or {}).get("confidence") or 0.0)
    path, number = question.split("_")
    module = kindcheck if path == "kindcheck" else afwegingskader
    # A form also takes an answer given as content over a command (actions.forms.answer_extractor).
    content = (lambda typed: module.content_answer(int(number), typed)) \
        if question in FORM_QUESTIONS else None
    intent = (parse.get("intent") or {}).get("name")
    # As actions.common.answers_despite_intent: an answer word with a case told after it answers.
    over_command = answer_with_a_case(text, intent) or answers_over_command(text, confidence, content)
    unsure = unsure_model_route({**parse, "text": text})
    if question in STEP_QUESTIONS:
        step = int(question.rsplit("_", 1)[1])
        content = lambda typed: Answer.JA if says_step_done(step, typed) else None  # noqa: E731
    # An answer word, or in a short message the question's content, goes over an unsure route.
    over_route = answer_over_unsure_route(text, confidence, content)
    if unsure and not over_route:
        return NOT_UNDERSTOOD  # the assistant asks whether the route is meant, then asks again
    route = resolve(parse.get("safety_routes") or [])
    if route and not unsure:
        return f"route:{route.value}"
    if question in STEP_QUESTIONS:
        step_content = answer_with_a_case(text, intent) or answers_over_command(text, confidence, content)
        if unsure or (step_content and intent in _START_INTENTS):
            # The unsure route answered (above) and the start actions (also the step's work
            # named as done, or doubt) hand an answer over (actions.common.opening_step_answer).
            answer = read_step_answer(step, text)
            return _STEP_ANSWERS[answer] if answer else NOT_UNDERSTOOD
        table = _STEP_4_INTENTS if question == "stap_4" else _STEP_INTENTS
        if intent in INTENT_ANSWERS and confidence < INTENT_ANSWER_CONFIDENCE:
            # Unsure of its answer intent: action_handle_answer reads the words first.
            answer = read_step_answer(step, text)
            if answer:
                return _STEP_ANSWERS[answer]
        if intent in table:
            return table[intent]
        if intent == "go_to_step" and parse_step(text) is not None:
            # A step named (or a step's work named as done): the walk-through goes there.
            return "ja" if parse_step(text) == step + 1 else NOT_UNDERSTOOD
        if intent in _TEXT_FIRST_INTENTS:
            # These actions read a typed answer first (actions.common.typed_step_answer).
            answer = read_step_answer(step, text)
            if answer:
                return _STEP_ANSWERS[answer]
        return NOT_UNDERSTOOD
    if intent in interrupting_intents() and not over_command:
        # The form does not read it as an answer (a message that opens with an answer word it
        # does: actions.forms.answer_extractor); a rule takes over.
        return NOT_UNDERSTOOD
    # The form's validation (actions.forms.answer_validator), without Rasa's machinery.
    from actions.forms import read_form_answer

    answer = read_form_answer(text, intent, confidence, question == "afweging_5", content)
    return answer.value if answer else NOT_UNDERSTOOD


def expected(line: TypedAnswer) -> str:
    # Outside afweging 5 the assistant knows no "nog niet bekend": it counts as doubt.
    if line.answer == Answer.NOG_NIET_BEKEND.value and line.question != "afweging_5":
        return Answer.TWIJFEL.value
    return line.answer


@dataclass
class AnswerReport:
    total: int
    right: int
    right_by_kind: dict
    not_understood: int
    wrong_answer: int
    false_alarms: int
    errors: list
    unseen_total: int = 0  # lines that are not also training lines
    unseen_right: int = 0

    def share_right(self) -> float:
        return self.right / self.total if self.total else 0.0


def score(lines: Sequence[TypedAnswer], parses: Sequence[dict],
          trained: Iterable[str] = ()) -> AnswerReport:
    """`trained`: the texts that are also training lines (bot.nlu_eval.shared_with_training)."""
    trained = set(trained)
    right = not_understood = wrong = alarms = unseen_total = unseen_right = 0
    kinds: Counter = Counter()
    kind_total: Counter = Counter()
    errors = []
    for line, parse in zip(lines, parses):
        kind = "stap" if line.question in STEP_QUESTIONS else line.question.split("_")[0]
        kind_total[kind] += 1
        got = reading(line.question, line.text, parse)
        unseen = " ".join(line.text.lower().split()) not in trained
        unseen_total += unseen
        if got == expected(line):
            right += 1
            unseen_right += unseen
            kinds[kind] += 1
            continue
        if got.startswith("route:"):
            alarms += 1
        elif got == NOT_UNDERSTOOD:
            not_understood += 1
        else:
            wrong += 1
        errors.append({"question": line.question, "expected": expected(line), "got": got,
                       "intent": (parse.get("intent") or {}).get("name"), "text": line.text})
    return AnswerReport(len(lines), right, {k: (kinds[k], kind_total[k]) for k in sorted(kind_total)},
                        not_understood, wrong, alarms, errors, unseen_total, unseen_right)


def format_report(report: AnswerReport, show_errors: bool = False) -> str:
    out = [f"typed answers: {report.total}, read right: {report.right} "
           f"({report.share_right():.3f})"]
    out.append(f"  not in the training data: {report.unseen_right}/{report.unseen_total}")
    out += [f"  {kind:10} {r}/{t}" for kind, (r, t) in report.right_by_kind.items()]
    out.append(f"  asked again or not understood: {report.not_understood}, read as another "
               f"answer: {report.wrong_answer}, took a special route: {report.false_alarms}")
    if show_errors:
        out += [f"  {e['question']:12} want {e['expected']:8} got {e['got']:28} {e['text']}"
                for e in report.errors]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "meldcode.tar.gz"))
    parser.add_argument("--set", nargs="*", help="answer files (default tests/nlu_answers/*.yml)")
    parser.add_argument("--errors", action="store_true", help="list every answer read wrong")
    args = parser.parse_args(argv)
    from bot.nlu_eval import parse_texts, shared_with_training

    paths = [Path(p) for p in args.set] if args.set else sorted(ANSWER_DIR.glob("*.yml"))
    lines = [line for path in paths for line in load_answers(path)]
    parses = parse_texts(args.model, [line.text for line in lines])
    print(format_report(score(lines, parses, shared_with_training(lines)), args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
