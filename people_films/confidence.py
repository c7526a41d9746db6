"""The review queue's confidence in a detected name: a small logistic model over what the archive says of it.

The best rule's precision on labelled pages (:mod:`people_films.evidence`) says how sure the rule that
found a name is; it cannot tell two names found by the same rule apart. The model adds what the archive
says of the name itself (:data:`FEATURES`), each a signal of the field rather than of particular pages:

* ``rule``: the logit of the best rule's precision (:func:`people_films.evidence.confidence`);
* ``pages``: log of the number of pages that name it (an organisation mis-read is a one-off more often);
* ``byline``: it signs an article ("By ..."): a byline names a person;
* ``film_sentences``: the share of its sentences holding a film word ("film", "Regie", ...);
* ``cue_sentences``: the share holding a person's role or title word ("director", "Schauspielerin", ...);
* ``spellings``: how many ways the archive writes it (up to five): a person written in a native script
  beside the romanised name, a title in two languages.

The weights are fitted on the dev split of the labelled pages (``bench/entities_gold.json``) by
``python -m bench.train_confidence`` (scikit-learn, L2 logistic regression on standardised features) and
shipped as numbers in ``data/confidence_model.json``; the ingest needs no scikit-learn. The score is the
model's probability that the name is right, so the queue's ``accept`` threshold
(:data:`people_films.evidence.ACCEPT_FROM`) reads as before. With no model file, the best rule's precision.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from people_films import evidence
from people_films.cues import is_film_word, is_person_cue

MODEL_FILE = Path(__file__).parent / "data" / "confidence_model.json"

FEATURES = ("rule", "pages", "byline", "film_sentences", "cue_sentences", "spellings")

_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# A precision of exactly 0 or 1 has no finite logit.
_EPSILON = 1e-3


def features(kind: str, found_by: Iterable[str], where: Iterable[tuple[str, str]], spellings: Iterable[str], table: Mapping | None = None) -> list[float]:
    """The values of :data:`FEATURES` for a name of ``kind`` found by the rules ``found_by``, named at ``where``
    ((page, sentence), each once) and written as ``spellings``; ``table``: other calibration counts than the shipped ones."""
    where = list(where)
    precision = min(max(evidence.confidence(kind, found_by, table), _EPSILON), 1 - _EPSILON)
    names = {word for spelling in spellings for word in _WORD.findall(spelling)}
    sentences = [_WORD.findall(sentence) for _page, sentence in where] or [[]]
    return [
        math.log(precision / (1 - precision)),
        math.log(max(1, len({page for page, _ in where}))),
        float(any(sentence.startswith("By ") for _page, sentence in where)),
        sum(any(is_film_word(w) for w in words) for words in sentences) / len(sentences),
        sum(any(is_person_cue(w) for w in words if w not in names) for words in sentences) / len(sentences),
        float(min(len(set(spellings)), 5)),
    ]


@lru_cache(maxsize=1)
def _shipped() -> dict | None:
    try:
        model = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return model if isinstance(model, dict) and model.get("features") == list(FEATURES) else None


def score(values: list[float], model: Mapping) -> float:
    """The probability, 0..1, that ``model`` ({"mean", "scale", "weights", "intercept"}) gives a name of these :func:`features`."""
    z = model["intercept"] + sum(w * (v - m) / s for w, v, m, s in zip(model["weights"], values, model["mean"], model["scale"]))
    return 1 / (1 + math.exp(-z))


def confidence(
    kind: str, found_by: Iterable[str], where: Iterable[tuple[str, str]], spellings: Iterable[str], table: Mapping | None = None, model: Mapping | None = None
) -> float:
    """A detected name's confidence, 0..1 (see the module's docstring); ``model`` and ``table``: others than the shipped files."""
    found_by = list(found_by)
    model = model or _shipped()
    if model is None:
        return evidence.confidence(kind, found_by, table)
    return score(features(kind, found_by, where, spellings, table), model)
