"""The weights of the headline evidence, learned on the dev split and kept as a reviewable file.

:func:`ingest.text.headline.title_features` names the evidence that a line of a
text dump is its headline; ``title_model.json`` holds one weight per name, a
bias and the score below which no line convinces (the file name then stands
in, and ``inspect`` says ``title: low confidence``). A line's score is the
bias plus the weighted sum of its features: the log-odds of a logistic
regression trained on the dev halves of the by-site splits
(``bench/splits/``) by ``python -m bench.train_title``, which rewrites the
file; the reader needs no machine-learning library to apply it.

The file holds two such models: its top-level weights and threshold for a
page read without an address, and ``"with the address"`` for a page whose
address (a sidecar's ``source_url``) has a slug, whose features then hold
:data:`ADDRESS_FEATURE`. One model for both let the address's weight crowd
the other evidence out, and pages without an address lost right picks.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

MODEL = Path(__file__).with_name("title_model.json")
# The evidence only a page read with its address has (ingest.text.headline).
ADDRESS_FEATURE = "share of the address's words"


@cache
def _model() -> dict[str, object]:
    return json.loads(MODEL.read_text(encoding="utf-8"))


def _weighing(with_address: bool) -> dict[str, object]:
    return _model()["with the address"] if with_address else _model()  # type: ignore[return-value]


def score(features: dict[str, float]) -> float:
    """Log-odds that the line is the headline. Raises KeyError for a feature the file does not weigh."""
    weights: dict[str, float] = _weighing(ADDRESS_FEATURE in features)["weights"]  # type: ignore[assignment]
    return float(_model()["bias"]) + sum(weights[name] * value for name, value in features.items())  # type: ignore[arg-type]


def threshold(with_address: bool = False) -> float:
    """The score below which no line is taken for the headline (on a page read with or without its address)."""
    return float(_weighing(with_address)["threshold"])  # type: ignore[arg-type]
