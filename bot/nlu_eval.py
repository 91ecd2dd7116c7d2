"""Score a trained model on the held-out NLU set (tests/nlu/*.yml) the way users meet it.

    python -m bot.nlu_eval --model models/meldcode.tar.gz [--check] [--errors] [--json out.json]

Figures (targets from issue 3):
- FAQ response selection: a faq question counts as right only when the intent is `faq` AND the
  ResponseSelector picks the right `faq/<topic>` (a user gets no FAQ answer otherwise);
- intent macro-F1 over the non-faq intents (every faq topic counts as intent `faq`);
- recall per safety route (danger_now, staff_suspect, sexual_violence_recent, child_or_victim):
  the NLU intent (the target), and, for information, the route that goes first when the
  keyword safety net (bot.meldcode.routes.detect_routes) is added, and how often the route's
  advice reaches the user at all (as the main advice or added for a second route the message
  signals, bot.meldcode.routes.advised_routes), and how often the first reply gives that advice
  or a button to it (the fallback's route buttons, the staff question: `first_reply_routes`);
- share of in-scope messages (everything but out_of_scope) that ends in nlu_fallback.

`--check` exits with status 1 when a figure misses its target. Rasa is imported only when a
model is loaded, so the data helpers stay cheap for fast tests.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from bot.meldcode.routes import (
    FALLBACK_INTENT, INTENT_TO_ROUTE, ROUTES_KEY, Route, advised_routes, fallback_offers,
    describes_a_case, offers_staff_route, resolve,
)

ROOT = Path(__file__).resolve().parent.parent
HELDOUT_DIR = ROOT / "tests" / "nlu"
# The held-out sets by name (docs/nlu.md): "looked-at" has been read while the data was improved;
# the fresh sets were written blind to the training data and are only scored.
HELDOUT_SETS = {
    "looked-at": HELDOUT_DIR,
    "fresh": ROOT / "tests" / "nlu_fresh",
    "fresh2": ROOT / "tests" / "nlu_fresh2",
    "fresh3": ROOT / "tests" / "nlu_fresh3",
    "fresh4": ROOT / "tests" / "nlu_fresh4",
    "fresh5": ROOT / "tests" / "nlu_fresh5",
    "fresh6": ROOT / "tests" / "nlu_fresh6",
    "fresh11": ROOT / "tests" / "nlu_fresh11",
}
# Sets of safety-route messages (40 per route) and 60 look-alikes that take no safety route
# (questions about the routes, cases of the other routes, everyday remarks with "slaan" or "nu"),
# written blind like the fresh sets; they cover no FAQ topic list and are scored for the routes.
ROUTE_SETS = {
    "fresh7": ROOT / "tests" / "nlu_fresh7",
    "fresh8": ROOT / "tests" / "nlu_fresh8",
    "fresh9": ROOT / "tests" / "nlu_fresh9",
    "fresh10": ROOT / "tests" / "nlu_fresh10",
    # Staff-heavy: 80 staff suspects, 30 / 20 / 30 of the other routes, 70 look-alikes (41 of
    # them about staff who noticed, reported or were the victim).
    "fresh12": ROOT / "tests" / "nlu_fresh12",
    "fresh13": ROOT / "tests" / "nlu_fresh13",
    "fresh14": ROOT / "tests" / "nlu_fresh14",
    "fresh15": ROOT / "tests" / "nlu_fresh15",
    "fresh16": ROOT / "tests" / "nlu_fresh16",
    "fresh17": ROOT / "tests" / "nlu_fresh17",
}
# The fewest messages per safety route in a route set (fresh12 has 20 of one route).
ROUTE_SET_MIN_PER_ROUTE = {"fresh12": 20}
# A development set for the safety routes and their contrasts: its errors are read to find
# systematic gaps (docs/nlu.md), so it is not one of the held-out sets above.
DEV_SET = ROOT / "tests" / "nlu_dev"
TRAINING_DIR = ROOT / "data" / "nlu"
CONFIG = ROOT / "config.yml"

RETRIEVAL_INTENT = "faq"
# A comparison candidate (bot/nlu_compare.py) trains every faq topic as its own intent
# "faq__<topic>" instead of one retrieval intent; such a prediction counts as intent faq.
FLAT_FAQ_PREFIX = "faq__"
OUT_OF_SCOPE = {"out_of_scope"}
SAFETY_ROUTES = ("danger_now", "staff_suspect", "sexual_violence_recent", "child_or_victim")

TARGETS = {
    "response_selection": 0.85,  # at least
    "intent_macro_f1": 0.93,  # at least
    "safety_recall": 0.98,  # at least, for every safety route
    "fallback_share": 0.05,  # below
}


@dataclass(frozen=True)
class Example:
    text: str
    intent: str  # "faq" for every faq topic
    response_key: str | None = None  # "faq/<topic>" for faq questions


@dataclass(frozen=True)
class Prediction:
    intent: str
    confidence: float
    response_key: str | None = None
    response_confidence: float = 0.0
    ranking: tuple[str, ...] = ()  # the selector's top topics, best first
    # Every route the message signals (the pipeline's safety net step writes them into the parse
    # data); None for a model without that step.
    routes: tuple[str, ...] | None = None
    # Rasa's intent_ranking as (name, confidence), best first (nlu_fallback included).
    intent_ranking: tuple[tuple[str, float], ...] = ()


@dataclass
class Report:
    n_examples: int
    response_selection: float | None
    response_selection_selector_only: float | None
    faq_unsure_share: float | None
    intent_macro_f1: float | None
    intent_f1: dict[str, float]
    safety_recall: dict[str, float]
    safety_recall_with_net: dict[str, float]
    fallback_share: float
    fallback_threshold: float | None
    errors: list[dict] = field(default_factory=list)
    # Of all messages answered with a faq topic (intent faq), how many had selector confidence
    # >= 0.5, and how often the topic was right above and below that line (the assistant marks
    # answers below it as unsure).
    faq_answered_confident_share: float | None = None
    faq_answered_confident_accuracy: float | None = None
    faq_answered_unsure_accuracy: float | None = None
    # The right topic among the selector's three best (what "Bedoel je...?" buttons could offer).
    response_selection_top3: float | None = None
    # Per safety route: how often its advice reaches the user, as the advice of the route that
    # goes first or as advice added to it for a second route (bot.meldcode.routes.advised_routes).
    safety_recall_advised: dict[str, float] = field(default_factory=dict)
    # Per safety route: how often the first reply of a new conversation gives its advice or a
    # button to it (first_reply_routes): what a user reaches in one tap at most.
    safety_recall_reached: dict[str, float] = field(default_factory=dict)
    # Of all messages of the four safety routes: how many take one of those routes at all. Every
    # route's advice names 112 and Veilig Thuis, so these users are not left with a FAQ answer.
    safety_any_route: tuple[int, int] = (0, 0)
    # Of all other messages: how many take one of the four safety routes (a false alarm).
    safety_false_alarms: tuple[int, int] = (0, 0)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


# --- data ---------------------------------------------------------------------------------------

def _examples_block(block) -> list[str]:
    """Lines of a Rasa `examples: |` block, without the "- " and entity annotations."""
    if isinstance(block, list):  # the long form: [{text: ...}]
        return [str(item["text"]).strip() for item in block]
    texts = []
    for line in str(block).splitlines():
        line = line.strip()
        if line.startswith("- "):
            texts.append(_strip_annotations(line[2:].strip()))
    return texts


def _strip_annotations(text: str) -> str:
    return re.sub(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}", lambda m: m.group(1) or m.group(2), text)


def load_examples(paths: Iterable[Path]) -> list[Example]:
    """Intent examples from Rasa NLU YAML files; `faq/<topic>` becomes intent faq + key."""
    examples: list[Example] = []
    for path in paths:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        for item in data.get("nlu") or []:
            name = item.get("intent") if isinstance(item, dict) else None
            if not name:
                continue
            intent, _, topic = name.partition("/")
            key = name if topic else None
            for text in _examples_block(item.get("examples", "")):
                examples.append(Example(text, intent, key))
    return examples


def shared_with_training(examples: Iterable[Example],
                         training: Iterable[Example] | None = None) -> set[str]:
    """The texts of `examples` that also occur in the training data (data/nlu/ unless given),
    lower case, spaces normalised: a held-out or probe line that is trained on measures nothing."""
    def normal(text: str) -> str:
        return " ".join(text.lower().split())

    if training is None:
        training = load_examples(training_files())
    return {normal(e.text) for e in examples} & {normal(e.text) for e in training}


def heldout_files(directory: Path = HELDOUT_DIR) -> list[Path]:
    return sorted(Path(directory).glob("*.yml"))


def training_files(directory: Path = TRAINING_DIR) -> list[Path]:
    return sorted(Path(directory).glob("*.yml"))


def fallback_threshold(config_path: Path = CONFIG) -> float | None:
    """The FallbackClassifier threshold of a Rasa config (None when there is none)."""
    config = yaml.safe_load(Path(config_path).read_text(encoding="utf-8")) or {}
    for component in config.get("pipeline") or []:
        if component.get("name") == "FallbackClassifier":
            return float(component.get("threshold", 0.3))
    return None


# --- parse output --------------------------------------------------------------------------------

def prediction_from_parse(parse: dict) -> Prediction:
    """Rasa 3.6 parse output -> Prediction.

    The selector's answer sits under response_selector["faq"] (or ["default"] for a selector
    without retrieval_intent) as {"response": {"intent_response_key", "confidence", ...},
    "ranking": [...]}; intent_response_key is None when the selector did not run.
    """
    intent = parse.get("intent") or {}
    name = intent.get("name") or ""
    if name.startswith(FLAT_FAQ_PREFIX):
        confidence = float(intent.get("confidence") or 0.0)
        topic = name[len(FLAT_FAQ_PREFIX):]
        ranking = tuple(r.get("name") for r in parse.get("intent_ranking") or []
                        if str(r.get("name", "")).startswith(FLAT_FAQ_PREFIX))
        ranking = tuple(f"{RETRIEVAL_INTENT}/{n[len(FLAT_FAQ_PREFIX):]}" for n in ranking[:3])
        return Prediction(RETRIEVAL_INTENT, confidence, f"{RETRIEVAL_INTENT}/{topic}", confidence,
                          ranking)
    selectors = parse.get("response_selector") or {}
    selector = selectors.get(RETRIEVAL_INTENT) or selectors.get("default") or {}
    response = selector.get("response") or {}
    routes = parse.get(ROUTES_KEY)
    return Prediction(
        intent=intent.get("name") or FALLBACK_INTENT,
        confidence=float(intent.get("confidence") or 0.0),
        response_key=response.get("intent_response_key"),
        response_confidence=float(response.get("confidence") or 0.0),
        ranking=tuple(r.get("intent_response_key") for r in (selector.get("ranking") or [])[:3]),
        routes=tuple(routes) if isinstance(routes, list) else None,
        intent_ranking=tuple((str(r.get("name")), float(r.get("confidence") or 0.0))
                             for r in parse.get("intent_ranking") or []),
    )


# --- scoring -------------------------------------------------------------------------------------

def _f1(tp: int, fp: int, fn: int) -> float:
    if tp == 0:
        return 0.0
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def score(
    examples: Sequence[Example],
    predictions: Sequence[Prediction],
    threshold: float | None = None,
    unsure_below: float = 0.5,
    safety_net=None,
) -> Report:
    """All figures for one model. `safety_net(text) -> set[str]` adds keyword routes."""
    assert len(examples) == len(predictions)
    errors: list[dict] = []

    faq_total = faq_right = faq_selector_right = faq_unsure = faq_top3 = 0
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    route_total: Counter = Counter()
    route_hit: Counter = Counter()
    route_hit_net: Counter = Counter()
    route_advised: Counter = Counter()
    route_reached: Counter = Counter()
    took_a_route = 0
    false_alarms = others = 0
    in_scope = fell_back = 0
    answered: Counter = Counter()  # (confident?, right?) for every faq answer given

    for example, pred in zip(examples, predictions):
        gold, got = example.intent, pred.intent
        if gold == got:
            tp[gold] += 1
        else:
            fp[got] += 1
            fn[gold] += 1

        wrong = gold != got
        if example.response_key:
            faq_total += 1
            selector_right = pred.response_key == example.response_key
            faq_selector_right += selector_right
            faq_top3 += example.response_key in (pred.ranking or (pred.response_key,))[:3]
            if got == RETRIEVAL_INTENT and selector_right:
                faq_right += 1
                faq_unsure += pred.response_confidence < unsure_below
            else:
                wrong = True

        if got == RETRIEVAL_INTENT:
            answered[(pred.response_confidence >= unsure_below,
                      pred.response_key == example.response_key)] += 1

        if gold in SAFETY_ROUTES:
            route_total[gold] += 1
            route_hit[gold] += got == gold
            routes = set(safety_net(example.text)) if safety_net else set()
            if got in SAFETY_ROUTES:
                routes.add(got)
            route_hit_net[gold] += _first_route(routes) == gold
            if pred.routes is not None:
                routes = set(pred.routes)
            route_advised[gold] += gold in {r.value for r in advised_routes(routes)}
            route_reached[gold] += gold in first_reply_routes(pred, example.text)
            took_a_route += bool(set(routes) & set(SAFETY_ROUTES))
        else:
            others += 1
            false_alarms += got in SAFETY_ROUTES

        if gold not in OUT_OF_SCOPE:
            in_scope += 1
            fell_back += got == FALLBACK_INTENT

        if wrong:
            errors.append({
                "text": example.text,
                "gold": example.response_key or gold,
                "predicted": (pred.response_key if got == RETRIEVAL_INTENT else got),
                "confidence": round(pred.confidence, 3),
                "selector": pred.response_key,
                "selector_confidence": round(pred.response_confidence, 3),
            })

    other_intents = sorted({e.intent for e in examples} - {RETRIEVAL_INTENT})
    intent_f1 = {name: _f1(tp[name], fp[name], fn[name]) for name in other_intents}
    return Report(
        n_examples=len(examples),
        response_selection=faq_right / faq_total if faq_total else None,
        response_selection_selector_only=faq_selector_right / faq_total if faq_total else None,
        response_selection_top3=faq_top3 / faq_total if faq_total else None,
        faq_unsure_share=faq_unsure / faq_right if faq_right else None,
        intent_macro_f1=sum(intent_f1.values()) / len(intent_f1) if intent_f1 else None,
        intent_f1=intent_f1,
        safety_recall={r: route_hit[r] / route_total[r] for r in SAFETY_ROUTES if route_total[r]},
        safety_recall_with_net={
            r: route_hit_net[r] / route_total[r] for r in SAFETY_ROUTES if route_total[r]
        },
        safety_recall_advised={
            r: route_advised[r] / route_total[r] for r in SAFETY_ROUTES if route_total[r]
        },
        safety_recall_reached={
            r: route_reached[r] / route_total[r] for r in SAFETY_ROUTES if route_total[r]
        },
        safety_any_route=(took_a_route, sum(route_total.values())),
        safety_false_alarms=(false_alarms, others),
        fallback_share=fell_back / in_scope if in_scope else 0.0,
        fallback_threshold=threshold,
        errors=errors,
        faq_answered_confident_share=_share(answered[True, True] + answered[True, False],
                                            sum(answered.values())),
        faq_answered_confident_accuracy=_share(answered[True, True],
                                               answered[True, True] + answered[True, False]),
        faq_answered_unsure_accuracy=_share(answered[False, True],
                                            answered[False, True] + answered[False, False]),
    )


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def first_reply_routes(pred: Prediction, text: str) -> set[str]:
    """The safety routes whose advice the first reply of a new conversation gives, or offers
    with a button, as the actions answer this parse: a route intent (or the fallback with a
    route the net read) gives the route's advice, with a staff question when it is recent sexual
    violence with a staff member in it; the fallback offers its route buttons; a case that starts
    the walk-through gets the danger question with its button and, with a staff member in the
    story, the staff question (actions/walkthrough.py)."""
    routes = set(pred.routes) if pred.routes is not None else set()
    if pred.intent in INTENT_TO_ROUTE:
        routes.add(pred.intent)
    taken = resolve(routes) if pred.intent in INTENT_TO_ROUTE or pred.intent == FALLBACK_INTENT else None
    reached: set[str] = set()
    if taken:
        reached = {r.value for r in advised_routes(routes)}
    elif pred.intent == FALLBACK_INTENT:
        reached = set(fallback_offers({"name": n, "confidence": c} for n, c in pred.intent_ranking))
    if (taken or pred.intent == "start_meldcode") and offers_staff_route(text, taken):
        reached.add(Route.STAFF_SUSPECT.value)
    if pred.intent == "start_meldcode" and describes_a_case(text):
        reached.add(Route.DANGER_NOW.value)  # "Is er nu direct gevaar?" with its yes-button
    return reached


def _first_route(routes: set[str]) -> str | None:
    """The route that wins by precedence (bot.meldcode.routes.resolve), as the actions do."""
    if not routes:
        return None
    from bot.meldcode.routes import resolve

    route = resolve(routes)
    return route.value if route else None


def keyword_safety_net(text: str) -> set[str]:
    from bot.meldcode.routes import detect_routes

    return {route.value for route in detect_routes(text)}


def failed_targets(report: Report) -> list[str]:
    """Human-readable list of the targets this report misses (empty when all are met)."""
    failed = []
    if report.response_selection is None or report.response_selection < TARGETS["response_selection"]:
        failed.append(f"response selection {report.response_selection} < {TARGETS['response_selection']}")
    if report.intent_macro_f1 is None or report.intent_macro_f1 < TARGETS["intent_macro_f1"]:
        failed.append(f"intent macro-F1 {report.intent_macro_f1} < {TARGETS['intent_macro_f1']}")
    for route in SAFETY_ROUTES:
        recall = report.safety_recall.get(route)
        if recall is None or recall < TARGETS["safety_recall"]:
            failed.append(f"recall {route} {recall} < {TARGETS['safety_recall']}")
    if report.fallback_share >= TARGETS["fallback_share"]:
        failed.append(f"fallback share {report.fallback_share:.3f} >= {TARGETS['fallback_share']}")
    return failed


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(report: Report, show_errors: bool = False) -> str:
    lines = [
        f"held-out examples: {report.n_examples}",
        f"FAQ response selection (intent faq + right topic): {_pct(report.response_selection)}"
        f"  (target >= {TARGETS['response_selection']})",
        f"  selector alone right topic: {_pct(report.response_selection_selector_only)}, "
        f"right topic among its 3 best: {_pct(report.response_selection_top3)}",
        f"  right answers given with selector confidence < 0.5: {_pct(report.faq_unsure_share)}",
        f"  faq answers given: confident (>= 0.5) {_pct(report.faq_answered_confident_share)}, "
        f"right when confident {_pct(report.faq_answered_confident_accuracy)}, "
        f"right when unsure {_pct(report.faq_answered_unsure_accuracy)}",
        f"intent macro-F1, non-faq intents: {_pct(report.intent_macro_f1)}"
        f"  (target >= {TARGETS['intent_macro_f1']})",
    ]
    weak = {k: v for k, v in report.intent_f1.items() if v < 0.9}
    if weak:
        lines.append("  intents with F1 < 0.90: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(weak.items())))
    lines.append(f"safety-route recall (target >= {TARGETS['safety_recall']}), NLU intent / "
                 "NLU + keyword net / the route's advice reaches the user / its advice or a "
                 "button to it in the first reply:")
    for route in SAFETY_ROUTES:
        lines.append(f"  {route:<24} {_pct(report.safety_recall.get(route))} / "
                     f"{_pct(report.safety_recall_with_net.get(route))} / "
                     f"{_pct(report.safety_recall_advised.get(route))} / "
                     f"{_pct(report.safety_recall_reached.get(route))}")
    took, total = report.safety_any_route
    lines.append(f"  messages of these routes that take one of them at all: {took}/{total}")
    alarms, others = report.safety_false_alarms
    lines.append(f"  other messages that take one of them (false alarms): {alarms}/{others}")
    lines.append(f"in-scope messages ending in nlu_fallback: {report.fallback_share:.3f}"
                 f"  (threshold {report.fallback_threshold}, target < {TARGETS['fallback_share']})")
    if show_errors and report.errors:
        lines.append(f"errors ({len(report.errors)}):")
        for e in report.errors:
            lines.append(f"  [{e['gold']} -> {e['predicted']} {e['confidence']}] {e['text']}")
    return "\n".join(lines)


# --- model ---------------------------------------------------------------------------------------

def _quiet_rasa() -> None:
    import os
    import warnings

    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    warnings.filterwarnings("ignore")
    logging.getLogger().setLevel(logging.WARNING)
    for name in ("rasa", "tensorflow", "absl"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        from rasa.utils.log_utils import configure_structlog

        configure_structlog(logging.WARNING)
    except Exception:  # older or newer rasa: the debug lines are only noise
        pass


def parse_texts(model_path: str | Path, texts: Sequence[str]) -> list[dict]:
    """Parse every text with the trained model (NLU-only or full) through rasa's Agent."""
    _quiet_rasa()
    from rasa.core.agent import Agent

    model_path = Path(model_path)
    if not model_path.is_file():
        raise FileNotFoundError(f"no model at {model_path}")
    agent = Agent.load(str(model_path))

    async def run() -> list[dict]:
        return [await agent.parse_message(text) for text in texts]

    return asyncio.run(run())


def with_typos(examples: Sequence[Example], rate: float, seed: int = 7) -> list[Example]:
    """The examples as typed in a hurry: each word of 5+ letters gets, with chance `rate`, one
    typo after its first letter (two letters swapped, one dropped, doubled or replaced). Seeded,
    so that two models are compared on the same typos."""
    rng = random.Random(seed)

    def mistype(word: str) -> str:
        if len(word) < 5 or not word.isalpha() or rng.random() >= rate:
            return word
        i = rng.randrange(1, len(word) - 1)
        kind = rng.choice(("swap", "drop", "double", "replace"))
        if kind == "swap":
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if kind == "drop":
            return word[:i] + word[i + 1:]
        if kind == "double":
            return word[:i] + word[i] + word[i:]
        return word[:i] + rng.choice("aeiounrstlk") + word[i + 1:]

    return [Example(" ".join(mistype(w) for w in e.text.split()), e.intent, e.response_key)
            for e in examples]


def evaluate(
    model_path: str | Path,
    heldout: Iterable[Path] | None = None,
    config_path: Path = CONFIG,
    typo_rate: float = 0.0,
) -> Report:
    """Load the model, parse every held-out utterance (with typos when typo_rate > 0), score it."""
    examples = load_examples(heldout if heldout is not None else heldout_files())
    if typo_rate:
        examples = with_typos(examples, typo_rate)
    parses = parse_texts(model_path, [e.text for e in examples])
    predictions = [prediction_from_parse(p) for p in parses]
    return score(examples, predictions, fallback_threshold(config_path), safety_net=keyword_safety_net)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "meldcode.tar.gz"))
    parser.add_argument("--heldout", nargs="*", help="held-out YAML files (default tests/nlu/*.yml)")
    parser.add_argument("--config", default=str(CONFIG), help="config with the fallback threshold")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--errors", action="store_true", help="list every wrong prediction")
    parser.add_argument("--json", help="write the full report as JSON to this file")
    parser.add_argument("--typos", type=float, default=0.0, metavar="RATE",
                        help="score the lines with seeded typos in this share of the longer words")
    args = parser.parse_args(argv)

    heldout = [Path(p) for p in args.heldout] if args.heldout else None
    try:
        report = evaluate(args.model, heldout, Path(args.config), args.typos)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_report(report, show_errors=args.errors))
    if args.json:
        Path(args.json).write_text(json.dumps(report.as_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
    failed = failed_targets(report)
    if failed:
        print("targets missed: " + "; ".join(failed))
        return 1 if args.check else 0
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
