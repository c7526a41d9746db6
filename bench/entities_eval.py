"""Precision and recall of people/film detection on pages the registry has never seen.

    python bench/entities_eval.py [../shared/bench/extraction-dev/ground-truth.json]

Each labelled page (bench/entities_gold.json) goes through the text reader,
then mention finding with an empty registry, so every name found is
detection. A page of the extraction benchmark is its true article body under
a placeholder title; a page with a "file" is read whole, headline and byline
included. Names are compared by the keys of ingest.names; a person found by a
shorter form of the name ("Van Der Beek" for "James Van Der Beek") counts as
found. Precision and recall are over all pages, counting each name once per page.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.mentions import Matcher, link_mentions, summarise  # noqa: E402
from ingest.names import film_key, person_key  # noqa: E402
from ingest.registry import Registry  # noqa: E402
from ingest.text.reader import read_text  # noqa: E402

KINDS = (("person", "people", "name"), ("film", "films", "title"))


def _same(kind: str, found: str, gold: str) -> bool:
    if kind == "film":
        return film_key(found) == film_key(gold)
    f, g = person_key(found), person_key(gold)
    return f == g or (len(f) >= 2 and set(f) <= set(g))


def _page_text(labels: dict, prefix: str, truth: dict) -> str:
    if "file" in labels:
        return (Path(__file__).parent / labels["file"]).read_text(encoding="utf-8")
    return "Evaluation page\n" + next(v["articleBody"] for k, v in truth.items() if k.startswith(prefix))


def evaluate(gold: dict, truth: dict) -> dict[str, dict]:
    """Per kind: true positives, found, gold and recalled counts, and each page's errors."""
    matcher = Matcher(Registry())
    totals = {kind: {"tp": 0, "found": 0, "gold": 0, "recalled": 0, "pages": []} for kind, _, _ in KINDS}
    for prefix, labels in gold.items():
        if prefix.startswith("_"):
            continue
        article = read_text(_page_text(labels, prefix, truth))
        found = summarise(link_mentions(article, matcher)[1], matcher)
        for kind, plural, field in KINDS:
            expected = labels[plural]
            predicted = [n[field] for n in found[plural] if not any(_same(kind, n[field], x) for x in labels["neutral"])]
            hits = [p for p in predicted if any(_same(kind, p, g) for g in expected)]
            missed = [g for g in expected if not any(_same(kind, p, g) for p in predicted)]
            total = totals[kind]
            total["tp"] += len(hits)
            total["found"] += len(predicted)
            total["gold"] += len(expected)
            total["recalled"] += len(expected) - len(missed)
            total["pages"].append((prefix, sorted(set(predicted) - set(hits)), missed))
    return totals


def main() -> int:
    truth_path = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared/bench/extraction-dev/ground-truth.json")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    gold = json.loads((Path(__file__).parent / "entities_gold.json").read_text(encoding="utf-8"))
    pages = [key for key in gold if not key.startswith("_")]
    print(f"{len(pages)} pages: {', '.join(pages)}")
    for kind, total in evaluate(gold, truth).items():
        precision = total["tp"] / total["found"] if total["found"] else 0.0
        recall = total["recalled"] / total["gold"] if total["gold"] else 0.0
        print(
            f"{kind:6s} precision {precision:.2f} ({total['tp']}/{total['found']})  "
            f"recall {recall:.2f} ({total['recalled']}/{total['gold']})"
        )
        for page, wrong, missed in total["pages"]:
            if wrong or missed:
                print(f"   {page}: wrong {wrong}  missed {missed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
