"""Choose C and class_weight of TfidfResponseSelector on folds of the FAQ TRAINING data only.

    python -m bot.nlu.tune_tfidf_selector [--folds 4] [--c 5 10 20 50 100]

The held-out set (tests/nlu) is never read here: it is for the final figure only. Note that
the training data holds close paraphrases per topic, so fold scores are higher than held-out
scores; they are used to rank settings, not to report quality.
"""
from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from bot import nlu_eval
from bot.nlu.tfidf_response_selector import TfidfResponseSelector, fit_model, selector_text

FAQ_FILE = nlu_eval.TRAINING_DIR / "faq.yml"


def faq_training_examples():
    examples = [e for e in nlu_eval.load_examples([FAQ_FILE]) if e.response_key]
    return [selector_text(e.text) for e in examples], [e.response_key for e in examples]


def fold_scores(model, texts, labels) -> dict:
    """Top-1/top-3 accuracy, log loss, and how the 0.5 confidence line the actions use
    (FAQ_CONFIDENT) splits the answers: share above it and accuracy on each side."""
    probabilities = model.predict_proba(texts)
    classes = model.classes_
    order = np.argsort(-probabilities, axis=1, kind="stable")
    right = np.array([classes[row[0]] == label for label, row in zip(labels, order)])
    confident = probabilities.max(axis=1) >= 0.5
    index = {c: i for i, c in enumerate(classes)}
    true_probability = probabilities[np.arange(len(labels)), [index.get(l, 0) for l in labels]]
    return {
        "top1": right.mean(),
        "top3": np.mean([label in classes[row[:3]] for label, row in zip(labels, order)]),
        "log_loss": float(-np.mean(np.log(np.clip(true_probability, 1e-15, 1)))),
        "confident_share": confident.mean(),
        "confident_right": right[confident].mean() if confident.any() else float("nan"),
        "unsure_right": right[~confident].mean() if (~confident).any() else float("nan"),
    }


def main(argv=None) -> int:
    from sklearn.model_selection import StratifiedKFold

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--c", type=float, nargs="*", default=[5.0, 10.0, 20.0, 50.0, 100.0])
    parser.add_argument("--class-weight", nargs="*", default=["none", "balanced"],
                        choices=["none", "balanced"])
    args = parser.parse_args(argv)

    texts, labels = faq_training_examples()
    texts, labels = np.array(texts, dtype=object), np.array(labels, dtype=object)
    folds = list(StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0).split(texts, labels))
    print(f"{len(texts)} FAQ training examples, {len(set(labels))} topics, {args.folds} folds")
    names = ["top1", "top3", "log_loss", "confident_share", "confident_right", "unsure_right"]
    print("C\tclass_weight\t" + "\t".join(names) + "\tseconds/fit")
    for class_weight in [None if w == "none" else w for w in args.class_weight]:
        for c in args.c:
            config = {**TfidfResponseSelector.get_default_config(), "C": c, "class_weight": class_weight}
            scores, seconds = [], []
            for train, test in folds:
                started = time.monotonic()
                model = fit_model(list(texts[train]), list(labels[train]), config)
                seconds.append(time.monotonic() - started)
                scores.append(fold_scores(model, list(texts[test]), list(labels[test])))
            means = "\t".join(f"{np.mean([s[n] for s in scores]):.4f}" for n in names)
            print(f"{c:g}\t{class_weight}\t{means}\t{np.mean(seconds):.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
