"""Train the HTML reader's block classifier on the dev splits only; write ``ingest/html/block_model.json``.

Labels (one per text block of ``ingest.html.blocks``, after the rules chose
and pruned the article container, as the reader sees the page):

- ``extraction-wide`` dev split: a block holding a must-keep snippet (or held
  by one) is main content; a block holding a must-drop snippet is not; the
  other blocks are unlabelled.
- ``extraction-dev`` dev split (``bench/splits/extraction-dev.json``): a block
  of 15 characters or more is main content when its text is in the page's
  true body, else boilerplate.

The two thresholds (add a block outside the container at P >= ``add_above``,
drop one inside at P < ``drop_below``, at most 0.2) are chosen on out-of-fold
probabilities (5 folds grouped by site) to maximise the snippet F1 of the
wide dev split, simulated on block texts. No test page is read.

usage: python -m bench.train_blocks [--trees N] [--depth D] [--out PATH]
(needs ``pip install -r requirements-bench.txt`` for scikit-learn)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
import warnings
from pathlib import Path
from urllib.parse import urlsplit

if __package__ in (None, ""):  # run as a script: python bench/train_blocks.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from bench.extraction import DEV_SET, ROOT, WIDE_SET, WIDE_SPLIT  # noqa: E402
from ingest.errors import PageError  # noqa: E402
from ingest.html import rules  # noqa: E402
from ingest.html.block_model import MODEL_PATH, model_from_dict  # noqa: E402
from ingest.html.blocks import FEATURE_NAMES, block_features, page_blocks  # noqa: E402
from ingest.html.decode import decode_html  # noqa: E402
from ingest.html.extract import choose_and_prune, declared_words, may_add, may_drop  # noqa: E402
from ingest.html.metadata import structured_article_body  # noqa: E402
from ingest.html.page_index import PageIndex  # noqa: E402
from ingest.html.reader import parse_html  # noqa: E402

DEV_SPLIT = ROOT / "bench" / "splits" / "extraction-dev.json"
MIN_LABELLED_CHARS = 15
# extraction-dev pages label every block (hundreds a page), the wide pages a
# handful: their blocks weigh less so that neither corpus drowns the other.
DEV_CORPUS_WEIGHT = 0.2


def norm(text: str) -> str:
    """As ``../shared/tools/snippet_score.py`` compares text."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip().lower()


def page_rows(data: bytes) -> tuple[list[list[float]], list[str], list[bool], list[bool]] | None:
    """Features, normalised texts, inside flags, and whether the classifier may move each block
    (``extract.may_add`` / ``may_drop``), for one page's blocks."""
    try:
        soup = parse_html(decode_html(data))
    except PageError:
        return None
    expected = structured_article_body(PageIndex(soup))
    body, nodes, flags, _, _ = choose_and_prune(soup, expected)
    blocks, _ = page_blocks(body, nodes, flags)
    if not blocks:
        return None
    declared = declared_words(expected)
    movable = [may_drop(blocks, i) if b.inside else may_add(b, declared) for i, b in enumerate(blocks)]
    return block_features(blocks), [norm(b.text) for b in blocks], [b.inside for b in blocks], movable


def snippet_label(text: str, keep: list[str], drop: list[str]) -> int | None:
    if any(s in text or (len(text) >= 10 and text in s) for s in keep):
        return 1
    if any(s in text or text == s for s in drop):
        return 0
    return None


def load(limit: int | None) -> dict:
    """Rows, labels, weights, site groups, and per wide page what simulation needs."""
    warnings.filterwarnings("ignore")
    gold = json.loads((WIDE_SET / "snippets.json").read_text(encoding="utf-8"))
    rows, labels, weights, groups, pages = [], [], [], [], []
    for key in json.loads(WIDE_SPLIT.read_text(encoding="utf-8"))["dev"][:limit]:
        entry = gold[key]
        got = page_rows(gzip.decompress((WIDE_SET / "html" / f"{key}.html.gz").read_bytes()))
        if got is None:
            continue
        feats, texts, inside, movable = got
        keep, drop = [norm(s) for s in entry["with"]], [norm(s) for s in entry["without"]]
        start = len(rows)
        for row, text in zip(feats, texts, strict=True):
            label = snippet_label(text, keep, drop)
            rows.append(row)
            labels.append(-1 if label is None else label)
            weights.append(1.0)
            groups.append(urlsplit(entry.get("url", "")).hostname or key)
        pages.append({"key": key, "rows": (start, len(rows)), "texts": texts, "inside": inside, "movable": movable,
                      "keep": keep, "drop": drop})
    truth = json.loads((DEV_SET / "ground-truth.json").read_text(encoding="utf-8"))
    for key in json.loads(DEV_SPLIT.read_text(encoding="utf-8"))["dev"][:limit]:
        got = page_rows(gzip.decompress((DEV_SET / "html" / f"{key}.html.gz").read_bytes()))
        if got is None:
            continue
        body = norm(truth[key]["articleBody"])
        for row, text in zip(got[0], got[1], strict=True):
            rows.append(row)
            labels.append(int(text in body) if len(text) >= MIN_LABELLED_CHARS else -1)
            weights.append(DEV_CORPUS_WEIGHT)
            groups.append(urlsplit(truth[key].get("url", "")).hostname or key)
    return {"x": np.asarray(rows, dtype=np.float32), "y": np.asarray(labels), "w": np.asarray(weights),
            "groups": np.asarray(groups), "pages": pages}


def simulate(pages: list[dict], probs: np.ndarray | None, add_above: float, drop_below: float,
             share: float = rules.MODEL_ADDED_SHARE) -> tuple[float, float, float]:
    """Snippet P/R/F1 of the wide dev pages when the body is the kept blocks' texts."""
    tp = fp = fn = 0
    for page in pages:
        start, _ = page["rows"]
        kept, candidates, removable = {}, [], []
        for i, text in enumerate(page["texts"]):
            inside = page["inside"][i]
            if inside:
                kept[i] = text
            if probs is None or not page["movable"][i]:
                continue
            if inside and probs[start + i] < drop_below:
                removable.append((probs[start + i], i, text))
            elif not inside and probs[start + i] >= add_above:
                candidates.append((-probs[start + i], i, text))
        # As extract.refine_with_model and within_budget: the surest first, within budgets.
        budget = rules.MODEL_DROPPED_SHARE * sum(len(t) for t in kept.values())
        for _, i, text in sorted(removable):
            if len(text) <= budget:
                del kept[i]
                budget -= len(text)
        budget = share * sum(len(t) for t in kept.values())
        for _, i, text in sorted(candidates):
            if len(text) <= budget:
                kept[i] = text
                budget -= len(text)
        body = " ".join(kept[i] for i in sorted(kept))
        tp += sum(s in body for s in page["keep"])
        fn += sum(s not in body for s in page["keep"])
        fp += sum(s in body for s in page["drop"])
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def export(model, add_above: float, drop_below: float, max_depth: int) -> dict:
    """The fitted GradientBoostingClassifier as plain JSON numbers (``ingest.html.block_model``)."""
    trees = []
    for estimator in model.estimators_[:, 0]:
        t = estimator.tree_
        trees.append({
            "feature": [int(f) if left >= 0 else -1 for f, left in zip(t.feature, t.children_left, strict=True)],
            "threshold": [round(float(v), 6) if left >= 0 else 0.0 for v, left in zip(t.threshold, t.children_left, strict=True)],
            "left": [int(v) for v in t.children_left],
            "right": [int(v) for v in t.children_right],
            "value": [round(float(v), 6) for v in t.value[:, 0, 0]],
        })
    init = float(model._raw_predict_init(np.zeros((1, len(FEATURE_NAMES)), dtype=np.float32))[0, 0])  # noqa: SLF001
    return {
        "about": "HTML block classifier (ingest/html/block_model.py); trained by python -m bench.train_blocks "
                 "on the dev splits of extraction-wide and extraction-dev only",
        "features": list(FEATURE_NAMES), "init": init, "learning_rate": model.learning_rate,
        "max_depth": max_depth, "add_above": add_above, "drop_below": drop_below, "trees": trees,
    }


def main(argv: list[str] | None = None) -> int:
    from sklearn.ensemble import GradientBoostingClassifier  # noqa: PLC0415 (training-only dependency)
    from sklearn.model_selection import GroupKFold  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trees", type=int, default=100)
    parser.add_argument("--depth", type=int, default=3)
    parser.add_argument("--pages", type=int, default=None, help="only the first N pages of each split")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)

    data = load(args.pages)
    labelled = data["y"] >= 0
    x, y, w, groups = data["x"], data["y"], data["w"], data["groups"]
    print(f"{len(y)} blocks, {labelled.sum()} labelled ({(y == 1).sum()} content, {(y == 0).sum()} boilerplate)")

    def fit(rows: np.ndarray) -> GradientBoostingClassifier:
        model = GradientBoostingClassifier(n_estimators=args.trees, max_depth=args.depth, learning_rate=0.1,
                                           subsample=0.8, random_state=0)
        return model.fit(x[rows], y[rows], sample_weight=w[rows])

    oof = np.zeros(len(y))
    for train, held in GroupKFold(n_splits=5).split(x, y, groups):
        oof[held] = fit(train[labelled[train]]).predict_proba(x[held])[:, 1]
    base = simulate(data["pages"], None, 1.0, 0.0)
    print(f"rules alone (simulated on block texts): P {base[0]:.3f} R {base[1]:.3f} F1 {base[2]:.3f}")
    best = (base[2], 1.01, 0.0)
    for add_above in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
        # A wrong drop loses the article's own words, a wrong addition adds a line:
        # drops need a surer model (P under 0.2 at most).
        for drop_below in (0.0, 0.05, 0.1, 0.15, 0.2):
            f1 = simulate(data["pages"], oof, add_above, drop_below)[2]
            if f1 > best[0] + 1e-9:
                best = (f1, add_above, drop_below)
    p, r, f1 = simulate(data["pages"], oof, best[1], best[2])
    print(f"model, out of fold: add at P >= {best[1]}, drop at P < {best[2]}: P {p:.3f} R {r:.3f} F1 {f1:.3f}"
          f" (additions at most {rules.MODEL_ADDED_SHARE}x the container's text, rules.MODEL_ADDED_SHARE)")
    for share in (0.5, 1.0, 2.0, 4.0, 1e9):
        p, r, f1 = simulate(data["pages"], oof, best[1], best[2], share)
        print(f"  with additions at most {share:g}x the container's text: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    model = fit(np.flatnonzero(labelled))
    document = export(model, best[1], best[2], args.depth)
    shipped = model_from_dict(json.loads(json.dumps(document))).probabilities(x[:2000].tolist())
    gap = float(np.max(np.abs(shipped - model.predict_proba(x[:2000])[:, 1])))
    if gap > 1e-4:
        raise SystemExit(f"the exported model disagrees with scikit-learn's by {gap}: not written")
    args.out.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
