"""Compare the NLU pipeline of config.yml with alternatives on the held-out sets (issue 3).

    python -m bot.nlu_compare [--only NAME ...] [--out /tmp/models-faq] [--write-docs]

Each Rasa candidate is trained NLU-only (`rasa train nlu`) into --out (default /tmp, never
models/), one at a time, with an empty cache of its own so every training time is a cold
start; each model is then scored by bot.nlu_eval in a subprocess (one model in memory at a
time) on every held-out set (nlu_eval.HELDOUT_SETS), one table per set. The baseline is TF-IDF
(word 1-2 grams + char_wb 2-5 grams) with logistic regression from scikit-learn (which rasa
already installs), trained on the same data, with one label per non-faq intent and per faq
topic, and the same fallback threshold applied to the intent probability (faq = the sum over
its topics).

Not part of `make test`: a full run takes about 40 minutes on two cores. With --write-docs
the tables replace the block between the compare markers in docs/nlu.md.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from bot import nlu_eval

ROOT = nlu_eval.ROOT
DOCS = ROOT / "docs" / "nlu.md"
START, END = "<!-- compare:start -->", "<!-- compare:end -->"


def _component(pipeline: list[dict], name: str, **match) -> dict:
    for component in pipeline:
        if component.get("name") == name and all(component.get(k) == v for k, v in match.items()):
            return component
    raise KeyError(f"{name} {match} not in the pipeline")


def _char_1_4(config: dict) -> None:
    chars = _component(config["pipeline"], "CountVectorsFeaturizer", analyzer="char_wb")
    chars.update(min_ngram=1, max_ngram=4)


def _diet_100(config: dict) -> None:
    _component(config["pipeline"], "DIETClassifier")["epochs"] = 100


TFIDF_SELECTOR = "bot.nlu.tfidf_response_selector.TfidfResponseSelector"


def _without_selectors(pipeline: list[dict]) -> list[dict]:
    return [c for c in pipeline if c.get("name") not in ("ResponseSelector", TFIDF_SELECTOR)]


def _flat_intents(config: dict) -> None:
    config["pipeline"] = _without_selectors(config["pipeline"])


def _rasa_selector(epochs: int) -> Callable[[dict], None]:
    """Rasa's own ResponseSelector in place of the TF-IDF selector (the config until 2026-11)."""

    def change(config: dict) -> None:
        pipeline = _without_selectors(config["pipeline"])
        at = next(i for i, c in enumerate(pipeline) if c.get("name") == "FallbackClassifier")
        pipeline.insert(at, {"name": "ResponseSelector", "retrieval_intent": "faq",
                             "epochs": epochs, "random_seed": 42,
                             "constrain_similarities": True})
        config["pipeline"] = pipeline

    return change


def _diet_256(config: dict) -> None:
    _component(config["pipeline"], "DIETClassifier")["transformer_size"] = 256


BLEND = "bot.nlu.linear_intent_blend.LinearIntentBlend"


def _diet_weight(weight: float) -> Callable[[dict], None]:
    """The blend of DIET and the linear model at another weight; 1.0 is DIET alone (the linear
    model still runs: the safety second opinion reads its probabilities)."""

    def change(config: dict) -> None:
        _component(config["pipeline"], BLEND)["diet_weight"] = weight

    return change


@dataclass(frozen=True)
class Candidate:
    name: str
    description: str
    change: Callable[[dict], None] | None  # None: config.yml as it is
    flat_faq: bool = False  # train every faq topic as its own intent (no ResponseSelector)


RASA_CANDIDATES = (
    Candidate("current", "config.yml as it is", None),
    Candidate("diet_alone", "DIET's intent alone, no blend (the config until the end of 2026-12-06)",
              _diet_weight(1.0)),
    Candidate("blend_05", "DIET and the linear model weighed equally", _diet_weight(0.5)),
    Candidate("rasa_selector", "Rasa's ResponseSelector, 100 epochs", _rasa_selector(100)),
    Candidate("rasa_selector_200", "Rasa's ResponseSelector, 200 epochs", _rasa_selector(200)),
    Candidate("diet_256", "DIET transformer size 256 (Rasa's default) instead of 128", _diet_256),
    Candidate("flat_intents", "every faq topic its own DIET intent, no selector",
              _flat_intents, flat_faq=True),
    Candidate("char_1_4", "char_wb n-grams 1-4 instead of 2-5", _char_1_4),
    Candidate("diet_100", "DIET 100 epochs", _diet_100),
)
BASELINE = "tfidf_logreg"


def candidate_config(candidate: Candidate, base: Path = nlu_eval.CONFIG) -> dict:
    config = yaml.safe_load(base.read_text(encoding="utf-8"))
    config = copy.deepcopy(config)
    config.pop("policies", None)  # NLU-only training
    if candidate.change:
        candidate.change(config)
    return config


def _env(cache: Path) -> dict:
    env = dict(os.environ)
    env.update(RASA_TELEMETRY_ENABLED="false", RASA_CACHE_DIRECTORY=str(cache),
               PYTHONWARNINGS="ignore", TF_CPP_MIN_LOG_LEVEL="2",
               # Training runs in a temporary folder; the config names our own component.
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p))
    return env


def flat_faq_data(target: Path) -> Path:
    """A copy of data/nlu/ with every `faq/<topic>` turned into the intent `faq__<topic>`."""
    target.mkdir(parents=True, exist_ok=True)
    for path in nlu_eval.training_files():
        text = path.read_text(encoding="utf-8")
        text = text.replace(f"- intent: {nlu_eval.RETRIEVAL_INTENT}/",
                            f"- intent: {nlu_eval.FLAT_FAQ_PREFIX}")
        (target / path.name).write_text(text, encoding="utf-8")
    return target


def train_rasa(candidate: Candidate, out: Path) -> tuple[Path, float]:
    """Train one NLU-only model into `out`; returns (model path, seconds)."""
    out.mkdir(parents=True, exist_ok=True)
    config_path = out / f"{candidate.name}.config.yml"
    config_path.write_text(yaml.safe_dump(candidate_config(candidate), sort_keys=False), encoding="utf-8")
    cache = Path(tempfile.mkdtemp(prefix=f"rasa-cache-{candidate.name}-", dir=out))
    rasa = Path(sys.executable).parent / "rasa"
    if candidate.flat_faq:
        data = [str(flat_faq_data(out / f"{candidate.name}-data"))]
    else:
        data = [str(ROOT / "data"), "--domain", str(ROOT / "domain.yml")]
    command = [str(rasa), "train", "nlu", "--config", str(config_path), "--nlu", *data,
               "--out", str(out), "--fixed-model-name", candidate.name, "--quiet"]
    started = time.monotonic()
    try:
        subprocess.run(command, cwd=out, env=_env(cache), check=True)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return out / f"{candidate.name}.tar.gz", time.monotonic() - started


def score_rasa(model: Path, out: Path) -> dict[str, dict]:
    """Score a model on every held-out set with bot.nlu_eval, each in a subprocess (frees the
    model's memory afterwards): {set name: report}."""
    reports = {}
    for name, directory in nlu_eval.HELDOUT_SETS.items():
        report_path = out / f"{model.name}.{name}.report.json"
        files = [str(f) for f in nlu_eval.heldout_files(directory)]
        subprocess.run([sys.executable, "-m", "bot.nlu_eval", "--model", str(model),
                        "--heldout", *files, "--json", str(report_path)],
                       cwd=ROOT, env=_env(out / "unused-cache"), check=True, stdout=subprocess.DEVNULL)
        reports[name] = json.loads(report_path.read_text(encoding="utf-8"))
    return reports


def run_baseline() -> tuple[dict[str, dict], float]:
    """TF-IDF + logistic regression, scored with the same function as the Rasa models."""
    from bot.nlu.tfidf_response_selector import TfidfResponseSelector, fit_model

    training = nlu_eval.load_examples(nlu_eval.training_files())
    labels = [e.response_key or e.intent for e in training]
    started = time.monotonic()
    # The FAQ selector's model (bot/nlu), here trained on every intent at once, C as first tried.
    settings = {**TfidfResponseSelector.get_default_config(), "C": 20.0}
    model = fit_model([e.text for e in training], labels, settings)
    seconds = time.monotonic() - started

    threshold = nlu_eval.fallback_threshold()
    classes = list(model.classes_)
    faq_columns = [i for i, c in enumerate(classes) if c.startswith(nlu_eval.RETRIEVAL_INTENT + "/")]
    reports = {}
    for name, directory in nlu_eval.HELDOUT_SETS.items():
        heldout = nlu_eval.load_examples(nlu_eval.heldout_files(directory))
        predictions = [_baseline_prediction(probs, classes, faq_columns, threshold)
                       for probs in model.predict_proba([e.text for e in heldout])]
        reports[name] = nlu_eval.score(heldout, predictions, threshold,
                                       safety_net=nlu_eval.keyword_safety_net).as_dict()
    return reports, seconds


def _baseline_prediction(probs, classes, faq_columns, threshold) -> "nlu_eval.Prediction":
    """One message's prediction as the Rasa pipeline would give it: faq is the sum over topics."""
    import numpy as np

    faq_prob = float(np.sum(probs[faq_columns]))
    best = int(np.argmax(probs))
    intent, confidence = classes[best].partition("/")[0], float(probs[best])
    if intent == nlu_eval.RETRIEVAL_INTENT:
        confidence = faq_prob
    order = [faq_columns[i] for i in np.argsort(-probs[faq_columns])[:3]]
    best_faq = order[0]
    if threshold is not None and confidence < threshold:
        intent = nlu_eval.FALLBACK_INTENT
    return nlu_eval.Prediction(intent, confidence, classes[best_faq],
                               float(probs[best_faq]) / faq_prob if faq_prob else 0.0,
                               tuple(classes[i] for i in order))


def describe(config: dict) -> str:
    """Short summary of the ML settings of an NLU config, for the table."""
    parts = []
    for component in config["pipeline"]:
        name = component.get("name")
        if name == "CountVectorsFeaturizer" and component.get("analyzer") == "char_wb":
            parts.append(f"char_wb {component.get('min_ngram', 1)}-{component.get('max_ngram', 1)}")
        elif name == "DIETClassifier":
            size = component.get("transformer_size", 256)
            parts.append(f"DIET {component.get('epochs', 300)} epochs, transformer {size}")
        elif name == "ResponseSelector":
            parts.append(f"ResponseSelector {component.get('epochs', 300)} epochs")
        elif name == TFIDF_SELECTOR:
            parts.append("TF-IDF selector")
        elif name == BLEND:
            from bot.nlu.linear_intent_blend import LinearIntentBlend  # imports rasa: only here

            default = LinearIntentBlend.get_default_config()["diet_weight"]
            weight = float(component.get("diet_weight", default))
            parts.append("DIET alone" if weight >= 1.0 else f"blend {weight:g} x DIET")
    return ", ".join(parts)


def _fmt(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def table(rows: list[dict], heldout_set: str) -> str:
    routes = nlu_eval.SAFETY_ROUTES
    head = ("| pipeline | training time | response selection | right topic in top 3 | "
            "intent macro-F1 | safety recall (" + " / ".join(routes) + ") | fallback share | "
            "targets met |")
    lines = [head, "|" + "---|" * 8]
    for row in rows:
        r = row["reports"].get(heldout_set)
        if r is None:
            continue
        # With the net: the Rasa pipelines end with it; the baseline gets it added here.
        recall = " / ".join(_fmt(r["safety_recall_with_net"].get(route)) for route in routes)
        known = set(nlu_eval.Report.__dataclass_fields__)
        report = nlu_eval.Report(**{k: v for k, v in r.items() if k in known})
        met = "yes" if not nlu_eval.failed_targets(report) else "no"
        minutes, seconds = divmod(int(round(row["seconds"])), 60)
        lines.append(f"| {row['name']}: {row['description']} | {minutes} min {seconds:02d} s | "
                     f"{_fmt(r['response_selection'])} | {_fmt(r.get('response_selection_top3'))} | "
                     f"{_fmt(r['intent_macro_f1'])} | {recall} | "
                     f"{_fmt(r['fallback_share'])} | {met} |")
    return "\n".join(lines)


def tables(rows: list[dict]) -> str:
    """One table per held-out set, each headed by the set's name and size."""
    parts = []
    for name, directory in nlu_eval.HELDOUT_SETS.items():
        size = len(nlu_eval.load_examples(nlu_eval.heldout_files(directory)))
        parts.append(f"Held-out set **{name}** ({size} lines):\n\n{table(rows, name)}")
    return "\n\n".join(parts)


def write_docs(markdown: str, path: Path = DOCS) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = text.index(START) + len(START), text.index(END)
    path.write_text(text[:start] + "\n" + markdown + "\n" + text[end:], encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    names = [c.name for c in RASA_CANDIDATES] + [BASELINE]
    parser.add_argument("--only", nargs="*", choices=names, help="run only these candidates")
    parser.add_argument("--out", default="/tmp/models-faq", help="where NLU-only models go (not models/)")
    parser.add_argument("--write-docs", action="store_true", help="put the table into docs/nlu.md")
    parser.add_argument("--table-only", action="store_true",
                        help="train nothing: print the table of the runs saved in --out")
    args = parser.parse_args(argv)

    out = Path(args.out).resolve()
    if out == (ROOT / "models").resolve():
        parser.error("--out must not be models/: that folder holds the served model")
    wanted = set() if args.table_only else set(args.only or names)
    out.mkdir(parents=True, exist_ok=True)
    rows_path = out / "compare.json"
    rows = json.loads(rows_path.read_text()) if rows_path.is_file() else []
    # Runs saved before the scores were kept per held-out set have no "reports": run them again.
    rows = [row for row in rows if row["name"] not in wanted and "reports" in row]

    for candidate in RASA_CANDIDATES:
        if candidate.name not in wanted:
            continue
        print(f"training {candidate.name} ...", flush=True)
        model, seconds = train_rasa(candidate, out)
        description = f"{candidate.description} ({describe(candidate_config(candidate))})"
        rows.append({"name": candidate.name, "description": description,
                     "seconds": seconds, "reports": score_rasa(model, out)})
        rows_path.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    if BASELINE in wanted:
        reports, seconds = run_baseline()
        rows.append({"name": BASELINE, "description": "TF-IDF word 1-2 + char_wb 2-5, logistic regression",
                     "seconds": seconds, "reports": reports})
        rows_path.write_text(json.dumps(rows, indent=2), encoding="utf-8")

    order = {name: i for i, name in enumerate(names)}
    rows.sort(key=lambda row: order.get(row["name"], len(order)))
    markdown = tables(rows)
    print(markdown)
    if args.write_docs:
        write_docs(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
