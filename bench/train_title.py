"""Train the headline scorer of text dumps on the DEV halves of the by-site splits; write ingest/text/title_model.json.

Every dev page of ../shared/bench/extraction-wide and extraction-dev is
rendered as a select-all copy (:func:`bench.text_dumps.select_all_copy`), its
headline candidates and their features are taken from the reader
(:func:`ingest.text.reader.title_candidates`, each site's template learned
from its pages as the ingest does), and a candidate is a positive example
when it equals the page's ``<h1>`` or ``og:title`` (the benchmark's "title
right"). A logistic regression (scikit-learn, L2, balanced classes) gives the
weights; the threshold is its decision boundary
(log-odds 0). Test pages are never read.

    python -m bench.train_title [--dry-run]   # needs requirements-bench.txt
"""

from __future__ import annotations

import argparse
import json
import sys

from bench.text_dumps import DEV, SPLITS, WIDE, _norm, load
from ingest.text.reader import title_candidates
from ingest.text.template import site_templates
from ingest.text.title_model import MODEL


def examples() -> list[list[tuple[dict[str, float], bool]]]:
    """Per dev page with a reference title: its candidates' ``(features, is the headline)``."""
    snippets = json.loads((WIDE / "snippets.json").read_text(encoding="utf-8"))
    truth = json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))
    pages_out = []
    for name, corpus, urls in (
        ("extraction-wide", WIDE, {k: v.get("url", "") for k, v in snippets.items()}),
        ("extraction-dev", DEV, {k: v.get("url", "") for k, v in truth.items()}),
    ):
        dev = json.loads((SPLITS / f"{name}.json").read_text())["dev"]
        pages = load(corpus, dev, urls)
        templates = site_templates({k: (p["site"], p["dump"]) for k, p in pages.items()})
        for key, page in pages.items():
            if page["titles"]:
                pages_out.append([(f, _norm(line) in page["titles"]) for line, f in title_candidates(page["dump"], templates[key])])
    return pages_out


def main(argv: list[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (bench-only dependency)

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print the weights and dev accuracy, do not write the model")
    args = parser.parse_args(argv)
    pages = examples()
    names = sorted({name for page in pages for f, _ in page for name in f})
    rows = [([f[n] for n in names], label) for page in pages for f, label in page]
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    model.fit([x for x, _ in rows], [y for _, y in rows])
    weights = dict(zip(names, (round(float(w), 4) for w in model.coef_[0]), strict=True))
    bias = round(float(model.intercept_[0]), 4)
    best: list[tuple[float, bool]] = []  # (best candidate's score, is it right) per page
    for page in pages:
        if page:
            scores = [bias + sum(weights[n] * f[n] for n in names) for f, _ in page]
            top = max(range(len(page)), key=lambda i: (scores[i], -i))
            best.append((scores[top], page[top][1]))
    reachable = sum(any(label for _, label in page) for page in pages)
    # The threshold is the model's own decision boundary: below log-odds 0 a line is more
    # likely not the headline than the headline, and the file name (with its warning) stands in.
    threshold = 0.0
    for low in range(-4, 6):
        bucket = [right for s, right in best if low <= s < low + 1]
        if bucket:
            print(f"  best score in [{low}, {low + 1}): {len(bucket)} pages, right {sum(bucket) / len(bucket):.2f}")
    right = sum(r for s, r in best if s >= threshold)
    print(f"dev pages with a reference title: {len(pages)}; reference among the candidates: {reachable}; best candidate right: {sum(r for _, r in best)}; right above the threshold {threshold:.2f}: {right}")
    for name in names:
        print(f"  {weights[name]:+.3f}  {name}")
    if not args.dry_run:
        model_file = {
            "about": "log-odds weights of the headline evidence (ingest.text.reader.title_features), trained on the dev splits by `python -m bench.train_title`",
            "trained_on": f"{len(pages)} dev pages, {len(rows)} candidate lines",
            "bias": bias,
            "threshold": round(threshold, 4),
            "weights": weights,
        }
        MODEL.write_text(json.dumps(model_file, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
