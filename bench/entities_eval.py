"""Precision and recall of people/film detection on pages the registry has never seen.

    python bench/entities_eval.py [../shared/bench/extraction-dev/ground-truth.json]

Each page's true article body goes through the text reader, then mention
finding with an empty registry, so every name found is detection. Names
are compared by the keys of ingest.names; a person found by a shorter form
of the name ("Van Der Beek" for "James Van Der Beek") counts as found.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.mentions import Matcher, link_mentions, summarise  # noqa: E402
from ingest.names import film_key, person_key  # noqa: E402
from ingest.registry import Registry  # noqa: E402
from ingest.text.reader import read_text  # noqa: E402


def _same(kind: str, found: str, gold: str) -> bool:
    if kind == "film":
        return film_key(found) == film_key(gold)
    f, g = person_key(found), person_key(gold)
    return f == g or (len(f) >= 2 and set(f) <= set(g))


def main() -> int:
    truth_path = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared/bench/extraction-dev/ground-truth.json")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    gold = json.loads((Path(__file__).parent / "entities_gold.json").read_text(encoding="utf-8"))
    matcher = Matcher(Registry())
    totals = {kind: [0, 0, 0] for kind in ("person", "film")}  # true positives, found, gold
    for prefix, labels in gold.items():
        if prefix.startswith("_"):
            continue
        body = next(v["articleBody"] for k, v in truth.items() if k.startswith(prefix))
        article = read_text("Evaluation page\n" + body)
        found = summarise(link_mentions(article, matcher)[1], matcher)
        for kind, names, field in (("person", found["people"], "name"), ("film", found["films"], "title")):
            expected = labels["people" if kind == "person" else "films"]
            predicted = [n[field] for n in names if not any(_same(kind, n[field], x) for x in labels["neutral"])]
            hits = [p for p in predicted if any(_same(kind, p, g) for g in expected)]
            recalled = [g for g in expected if any(_same(kind, p, g) for p in predicted)]
            totals[kind][0] += len(hits)
            totals[kind][1] += len(predicted)
            totals[kind][2] += len(expected)
            totals[kind].append((prefix, sorted(set(predicted) - set(hits)), sorted(set(expected) - set(recalled))))
    for kind, (tp, n_found, n_gold, *misses) in totals.items():
        precision = tp / n_found if n_found else 0.0
        recall = sum(len(gold[p]["people" if kind == "person" else "films"]) - len(m) for p, _, m in misses) / n_gold
        print(f"{kind:6s} precision {precision:.2f} ({tp}/{n_found})  recall {recall:.2f} (of {n_gold})")
        for page, wrong, missed in misses:
            print(f"   {page}: wrong {wrong}  missed {missed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
