"""Fit the review queue's confidence model on the DEV split of the labelled pages; write people_films/data/confidence_model.json.

The review queue's entities are gathered on the dev pages as ``propose`` gathers them
(:func:`bench.entities_eval._queue`), each right when a page that names it labels it so; their
features are :func:`people_films.confidence.features`, the rule's precision read from the dev
calibration (``data/evidence.json``, refreshed first with ``entities_eval.py --split dev --calibrate``).
The model is a logistic regression (scikit-learn, L2, ``C``) on standardised features, fitted without
class weights so that its score is a probability and the queue's ``accept`` threshold keeps its meaning.
Test pages are never read.

    python -m bench.train_confidence [--dry-run]    # needs requirements-bench.txt

``bench/entities_eval.py --split dev --ranking`` prints the by-site two-fold figure of this model
(fitted on one half of the dev sites, scored on the other) beside the best rule's precision alone.
"""

from __future__ import annotations

import argparse
import json
import sys

from people_films import confidence

# L2 strength (scikit-learn's C). On the dev split's by-site folds 0.03 to 0.3 rank alike (two-fold AUC
# 0.69 to 0.71); 1 ranks worse (0.67). The six features were chosen on the same folds from fifteen (the
# name's length, shape and script, repetition, its sentences): the others added nothing or less.
C = 0.3


def fit(entities: list, table: dict) -> dict:
    """The model ({"features", "mean", "scale", "weights", "intercept"}) fitted on ``entities`` (as
    :func:`bench.entities_eval._queue` gives them) with the rule precisions of calibration ``table``."""
    import numpy as np  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (bench-only dependency)

    rows = np.array([confidence.features(kind, found.evidence, found.where, list(found.spellings), table) for kind, found, _ in entities])
    right = np.array([any(verdicts) for _, _, verdicts in entities])
    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale[scale == 0] = 1.0  # a feature constant on these pages weighs nothing
    model = LogisticRegression(C=C, max_iter=2000).fit((rows - mean) / scale, right)
    return {
        "features": list(confidence.FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the model, write nothing")
    args = parser.parse_args(argv)
    from bench.entities_eval import HERE, _pages, _queue, calibration  # noqa: PLC0415

    gold = json.loads((HERE / "entities_gold.json").read_text(encoding="utf-8"))
    keys = _pages(gold, "dev")
    model = {"source": f"python -m bench.train_confidence ({len(keys)} dev pages, C={C})", **fit(_queue(keys, gold), calibration(keys, gold))}
    text = json.dumps(model, indent=1) + "\n"
    if args.dry_run:
        sys.stdout.write(text)
    else:
        confidence.MODEL_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {confidence.MODEL_FILE}: " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(model["features"], model["weights"])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
