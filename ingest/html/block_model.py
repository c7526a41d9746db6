"""The block classifier: is a text block main content? A small tree ensemble read from JSON.

The model is trained by ``python -m bench.train_blocks`` on the dev splits
only (``bench/splits/``) and shipped as ``block_model.json``: plain numbers
(per tree: feature index, threshold, children, leaf value), reviewable in a
diff, never code or a pickle. Inference is a few numpy operations per page,
so scikit-learn is needed only to train (``requirements-bench.txt``).

Scores follow scikit-learn's ``GradientBoostingClassifier`` (binary log
loss): ``p = sigmoid(init + learning_rate * sum(leaf values))``, features
compared as float32 (``x <= threshold`` goes left), as scikit-learn does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.html.blocks import FEATURE_NAMES

if TYPE_CHECKING:
    import numpy as np

MODEL_PATH = Path(__file__).with_name("block_model.json")


@dataclass(frozen=True)
class BlockModel:
    """A gradient-boosted tree ensemble and the two decision thresholds tuned with it."""

    init: float
    learning_rate: float
    feature: np.ndarray  # (trees, nodes) feature index, -1 at leaves
    threshold: np.ndarray  # (trees, nodes) float32
    left: np.ndarray  # (trees, nodes) child index, -1 at leaves
    right: np.ndarray
    value: np.ndarray  # (trees, nodes) leaf values
    depth: int
    add_above: float  # a block outside the container joins the article at this probability or more
    drop_below: float  # a block inside it is dropped below this probability

    def probabilities(self, rows: list[list[float]]) -> np.ndarray:
        """P(main content) for each row of ``blocks.FEATURE_NAMES`` columns."""
        import numpy as np  # noqa: PLC0415 (imported when the classifier is on: 0.4 s of every ingest process otherwise)

        x = np.asarray(rows, dtype=np.float32)
        if x.ndim != 2 or x.shape[1] != len(FEATURE_NAMES):
            raise ValueError(f"expected rows of {len(FEATURE_NAMES)} features, got shape {x.shape}")
        trees = np.arange(self.feature.shape[0])[:, None]
        samples = np.arange(x.shape[0])[None, :]
        node = np.zeros((self.feature.shape[0], x.shape[0]), dtype=np.int64)
        for _ in range(self.depth):
            feature = self.feature[trees, node]
            leaf = feature < 0
            goes_left = x[samples, np.where(leaf, 0, feature)] <= self.threshold[trees, node]
            node = np.where(leaf, node, np.where(goes_left, self.left[trees, node], self.right[trees, node]))
        raw = self.init + self.learning_rate * self.value[trees, node].sum(axis=0)
        return 1.0 / (1.0 + np.exp(-raw))


def _padded(trees: list[dict], key: str, fill: float, dtype) -> np.ndarray:
    import numpy as np  # noqa: PLC0415 (see BlockModel.probabilities)

    width = max(len(t[key]) for t in trees)
    out = np.full((len(trees), width), fill, dtype=dtype)
    for i, tree in enumerate(trees):
        out[i, : len(tree[key])] = tree[key]
    return out


def model_from_dict(data: dict) -> BlockModel:
    """A :class:`BlockModel` from the JSON document ``bench/train_blocks.py`` writes.

    :raises ValueError: the file was trained on other features than ``FEATURE_NAMES``.
    """
    if tuple(data["features"]) != FEATURE_NAMES:
        raise ValueError("block model: its features differ from ingest.html.blocks.FEATURE_NAMES; retrain it")
    import numpy as np  # noqa: PLC0415 (see BlockModel.probabilities)

    trees = data["trees"]
    return BlockModel(
        init=float(data["init"]),
        learning_rate=float(data["learning_rate"]),
        feature=_padded(trees, "feature", -1, np.int64),
        threshold=_padded(trees, "threshold", 0.0, np.float32),
        left=_padded(trees, "left", -1, np.int64),
        right=_padded(trees, "right", -1, np.int64),
        value=_padded(trees, "value", 0.0, np.float64),
        depth=int(data["max_depth"]) + 1,
        add_above=float(data["add_above"]),
        drop_below=float(data["drop_below"]),
    )


@cache
def shipped_model() -> BlockModel | None:
    """The model shipped beside this module, or None when there is none."""
    if not MODEL_PATH.exists():
        return None
    return model_from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
