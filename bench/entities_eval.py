"""Precision and recall of people/film detection on pages the registry has never seen.

    python bench/entities_eval.py [--split test|test-first|dev|all] [--baseline REV] [--verbose]
    python bench/entities_eval.py --split dev --calibrate          # refresh people_films/data/evidence.json
    python bench/entities_eval.py --split test --ranking [--baseline REV]   # how well the queue's confidence ranks

Each labelled page (``bench/entities_gold.json``) is read as the ingest reads
it (a text dump or an HTML page, headline, deck and byline included), then
its mentions are found with an EMPTY registry, so every name found is
detection. The pages are split by site (``bench/splits/entities.json``, fixed
before tuning); the test split is the default (its first nine sites and the
eleven added later; ``test-first`` is the first nine alone). ``--baseline REV`` measures
the ingest of git revision REV (unpacked with ``git archive`` into a
temporary folder) on the same pages in the same run, printed beside the
current code.

Kinds of page in the gold file: a key with ``"file"`` is a page in
``bench/entities_pages/`` (``.txt`` read by the text reader, ``.html`` by the
HTML reader); a key with ``"wide"`` is a saved page of
``../shared/bench/extraction-wide/html/``; any other key is the prefix of a
page of ``../shared/bench/extraction-dev/ground-truth.json`` whose true article
body is read under a placeholder title.

Counting (each name once per page): a gold person or film is a list of its
spellings (or one string). A name found is right when it matches a gold
entity not matched yet (by ``people_films.names`` keys; a person found by a
shorter form, "Van Der Beek", counts); a second name for an entity already
found is an error ("spelling not merged"), as is a character, an
organisation or anything unlabelled. Names labelled ``neutral`` count
neither way.

``--ranking``: the review queue's entities (gathered archive-wide, as
``propose`` does), each right when a page that names it labels it so, and
how well their confidence separates right from wrong: the precision above
and below the queue's ``accept`` threshold and the area under the ROC curve.
On dev it also prints each rule's counts and a by-site two-fold figure
(calibrated on one half of the sites, scored on the other): the shipped
calibration is measured on all of dev, so dev alone flatters it.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import importlib
import importlib.util
import inspect
import json
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
SHARED = ROOT.parent / "shared" / "bench"
KINDS = (("person", "people", "name"), ("film", "films", "title"))


def _spellings(entry: str | list[str]) -> list[str]:
    return [entry] if isinstance(entry, str) else list(entry)


def _pages(gold: dict, split: str) -> list[str]:
    sites = json.loads((HERE / "splits" / "entities.json").read_text(encoding="utf-8"))
    wanted = {
        "dev": set(sites["dev"]),
        "test": set(sites["test"]) | set(sites["test_added"]),
        "test-first": set(sites["test"]),  # the nine test sites labelled first, before the 2026-11-30 additions
        "all": set(sites["dev"]) | set(sites["test"]) | set(sites["test_added"]),
    }[split]
    return [key for key, labels in gold.items() if not key.startswith("_") and labels["site"] in wanted]


def _read(labels: dict, key: str):
    """The page as the ingest's readers produce it (an ``ingest.model.Article``)."""
    # Imported here: the ingest on sys.path is the revision being measured (a baseline or this one).
    from ingest.html.reader import read_html  # noqa: PLC0415
    from ingest.text.reader import read_text  # noqa: PLC0415

    if "file" in labels:
        path = HERE / labels["file"]
        if path.suffix == ".html":
            return read_html(path.read_bytes(), str(path))
        return read_text(path.read_text(encoding="utf-8"))
    if "wide" in labels:
        snippets = json.loads((SHARED / "extraction-wide" / "snippets.json").read_text(encoding="utf-8"))
        data = gzip.decompress((SHARED / "extraction-wide" / "html" / f"{labels['wide']}.html.gz").read_bytes())
        return read_html(data, labels["wide"], snippets[labels["wide"]]["url"])
    truth = json.loads((SHARED / "extraction-dev" / "ground-truth.json").read_text(encoding="utf-8"))
    return read_text("Evaluation page\n" + next(v["articleBody"] for k, v in truth.items() if k.startswith(key)))


def _module(name: str):
    """``people_films.NAME``, or ``ingest.NAME`` in revisions from before that package."""
    try:
        return importlib.import_module(f"people_films.{name}")
    except ImportError:
        return importlib.import_module(f"ingest.{name}")


def _names(found: dict) -> dict[str, list[str]]:
    return {plural: [n[field] for n in found[plural]] for _kind, plural, field in KINDS}


def predictions(keys: list[str], gold: dict) -> dict[str, dict[str, list[str]]]:
    """What the site gets for each page: {"people": [...], "films": [...]}, with whichever ingest is on sys.path.

    As ``ingest build`` does: detect in every page, gather the archive's names
    (near spellings merged), then match them in every page. An ingest without
    that second pass (a baseline revision) is measured page by page.
    """
    matcher_class, link_mentions, summarise = (getattr(_module("mentions"), n) for n in ("Matcher", "link_mentions", "summarise"))
    registry_class = _module("registry").Registry

    articles = {key: _read(gold[key], key) for key in keys}
    empty = matcher_class(registry_class())
    first = {key: link_mentions(copy.deepcopy(article), empty)[1] for key, article in articles.items()}
    try:
        from people_films.review import detected_registry, gather  # noqa: PLC0415 (absent from baseline revisions)
    except ImportError:  # a revision before the archive-wide pass
        return {key: _names(summarise(found, empty)) for key, found in first.items()}
    # Revisions before the review queue's confidence gather (kind, written, sentence) alone.
    with_evidence = importlib.util.find_spec("people_films.evidence") is not None
    per_page = [
        (key, [(o.kind, o.written, o.sentence, *([o.evidence] if with_evidence else [])) for o in found if o.entity_id is None])
        for key, found in first.items()
    ]
    archive = matcher_class(detected_registry(registry_class(), gather(per_page), set()).registry)
    # The second pass links the archive's names without detecting, as ingest/pipeline.py's does, with the
    # people each page's first pass found (revisions before ``found_here`` link without them).
    here = {key: [written for kind, written, *_ in names if kind == "person"] for key, names in per_page}
    pass_found = "found_here" in inspect.signature(link_mentions).parameters
    pass_page = "page" in inspect.signature(link_mentions).parameters  # a page's own people (revisions from session 18)
    return {
        key: _names(summarise(link_mentions(
            article, archive, detect_new=False, **({"found_here": here[key]} if pass_found else {}), **({"page": key} if pass_page else {})
        )[1], archive))
        for key, article in articles.items()
    }


def _same(kind: str, found: str, label: str) -> bool:
    """Whether the name ``found`` is the gold ``label``: same key, or a person found by a shorter form."""
    names = _module("names")
    if kind == "film":
        return names.film_key(found) == names.film_key(label)
    f, g = names.person_key(found), names.person_key(label)
    return f == g or (len(f) >= 2 and set(f) <= set(g))


def calibration(keys: list[str], gold: dict) -> dict[str, dict[str, list[int]]]:
    """How often each detection rule was right on ``keys``: {kind: {evidence: [right, found]}}.

    Each name a rule found on a page counts once for that rule: right when it is
    a gold person or film, wrong when it is none of them (neutral names count
    neither way), as :func:`score` counts. Measured on the first pass, page by
    page, where each name still carries the rule that found it."""
    from people_films.mentions import Matcher, detected_names, link_mentions  # noqa: PLC0415
    from people_films.registry import Registry  # noqa: PLC0415

    counts: dict[str, dict[str, list[int]]] = {}
    empty = Matcher(Registry())
    for key in keys:
        labels = gold[key]
        seen = set()
        for kind, written, _sentence, found_by in detected_names(link_mentions(_read(labels, key), empty)[1]):
            plural = "people" if kind == "person" else "films"
            if (kind, written, found_by) in seen or any(_same(kind, written, n) for n in labels["neutral"]):
                continue
            seen.add((kind, written, found_by))
            right = any(_same(kind, written, s) for e in labels[plural] for s in _spellings(e))
            tally = counts.setdefault(kind, {}).setdefault(found_by, [0, 0])
            tally[0] += right
            tally[1] += 1
    return counts


def _judged(kind: str, spellings: Iterable[str], labels: dict) -> bool | None:
    """Whether a name found on a page (any of its ``spellings``) is right there: True, False, or None when neutral."""
    plural = "people" if kind == "person" else "films"
    if any(_same(kind, w, s) for w in spellings for e in labels[plural] for s in _spellings(e)):
        return True
    if any(_same(kind, w, n) for w in spellings for n in labels["neutral"]):
        return None
    return False


def _queue(keys: list[str], gold: dict) -> list[tuple[str, object, list[bool]]]:
    """The review queue's entities on ``keys``, gathered archive-wide as ``propose`` gathers them:
    (kind, its ``review.Found``, right on each page that names it), neutral names left out."""
    from people_films.mentions import Matcher, link_mentions  # noqa: PLC0415
    from people_films.registry import Registry  # noqa: PLC0415
    from people_films.review import gather  # noqa: PLC0415

    empty = Matcher(Registry())
    per_page = [
        (key, [(o.kind, o.written, o.sentence, getattr(o, "evidence", "")) for o in link_mentions(_read(gold[key], key), empty)[1] if o.entity_id is None])
        for key in keys
    ]  # (mentions.detected_names, spelt out: older revisions lack it, and the evidence before 7b180ef)
    entities = []
    for (kind, _key), found in gather(per_page).items():
        verdicts = [_judged(kind, found.spellings, gold[page]) for page in dict.fromkeys(page for page, _ in found.where)]
        if any(v is not None for v in verdicts):
            entities.append((kind, found, [v for v in verdicts if v is not None]))
    return entities


def confidences(
    entities: list[tuple[str, object, list[bool]]], counts: dict[str, dict[str, list[int]]] | None = None, model: dict | None = None
) -> list[tuple[float, bool]]:
    """(the queue's confidence, right) for each entity of :func:`_queue`, from calibration ``counts`` and
    confidence ``model`` (None: the shipped ``data/evidence.json`` and ``data/confidence_model.json``).
    An entity is right when a page that names it labels it so."""
    from people_films import evidence  # noqa: PLC0415

    try:
        from people_films import confidence  # noqa: PLC0415
    except ImportError:  # a baseline revision from before the confidence model: the best rule's precision
        confidence = None
    scored = []
    for kind, found, _ in entities:
        if confidence is not None:
            scored.append(confidence.confidence(kind, found.evidence, found.where, list(found.spellings), counts, model))
        else:  # (Two arguments when shipped: a baseline revision's evidence.confidence takes no table.)
            scored.append(evidence.confidence(kind, found.evidence) if counts is None else evidence.confidence(kind, found.evidence, counts))
    return [(conf, any(verdicts)) for conf, (_, _, verdicts) in zip(scored, entities)]


def ranking(scored: list[tuple[float, bool]]) -> dict[str, float]:
    """How well confidence tells right entities from wrong ones, for ``scored`` ((confidence, right), ...).

    The precision of the entities the queue suggests accepting (confidence at or
    above ``ACCEPT_FROM``) and of the others, their numbers, and the area under
    the ROC curve: the chance that a right entity is ranked above a wrong one
    (ties count half; 0.5 is no better than chance).
    """
    from people_films import evidence  # noqa: PLC0415

    high = [right for conf, right in scored if conf >= evidence.ACCEPT_FROM]
    low = [right for conf, right in scored if conf < evidence.ACCEPT_FROM]
    right = [conf for conf, r in scored if r]
    wrong = [conf for conf, r in scored if not r]
    pairs = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong)
    return {
        "high": len(high), "high right": sum(high), "low": len(low), "low right": sum(low),
        "auc": pairs / (len(right) * len(wrong)) if right and wrong else 0.5,
    }


def _ranking_line(label: str, r: dict[str, float]) -> str:
    def share(right: float, n: float) -> str:
        return f"{right / n:.2f} ({right:.0f}/{n:.0f})" if n else "- (0/0)"

    return f"{label:>28s}: precision at >= 0.8 {share(r['high right'], r['high'])}, below {share(r['low right'], r['low'])}, AUC {r['auc']:.2f}"


def score(keys: list[str], gold: dict, predicted: dict) -> dict[str, dict]:
    """Per kind: right, found, gold and recalled counts, and each page's errors and misses."""
    same = _same
    totals = {kind: {"right": 0, "found": 0, "gold": 0, "recalled": 0, "pages": []} for kind, _, _ in KINDS}
    for key in keys:
        labels = gold[key]
        for kind, plural, _field in KINDS:
            entities = [_spellings(e) for e in labels[plural]]
            names = [n for n in predicted[key][plural] if not any(same(kind, n, x) for x in labels["neutral"])]
            matched: set[int] = set()
            wrong: list[str] = []
            for name in names:
                hit = next((i for i, e in enumerate(entities) if any(same(kind, name, s) for s in e)), None)
                if hit is None or hit in matched:
                    wrong.append(name if hit is None else f"{name} (again)")
                else:
                    matched.add(hit)
            total = totals[kind]
            total["right"] += len(matched)
            total["found"] += len(names)
            total["gold"] += len(entities)
            total["recalled"] += len(matched)
            missed = [e[0] for i, e in enumerate(entities) if i not in matched]
            total["pages"].append((key, wrong, missed))
    return totals


def _line(total: dict) -> str:
    precision = total["right"] / total["found"] if total["found"] else 0.0
    recall = total["recalled"] / total["gold"] if total["gold"] else 0.0
    return f"P {precision:.2f} ({total['right']}/{total['found']})  R {recall:.2f} ({total['recalled']}/{total['gold']})"


def _run_at(revision: str, *args: str) -> str:
    """This script's output with ``args`` for the ingest at ``revision``, computed in a subprocess."""
    with tempfile.TemporaryDirectory() as folder:
        tree = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", revision], check=True, capture_output=True, text=True).stdout
        packages = [name for name in ("ingest", "people_films") if name in tree.split()]
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, *packages], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        return subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), *args],
            check=True, capture_output=True, text=True, env={"PYTHONPATH": folder, "PATH": "/usr/bin:/bin"},
        ).stdout


def _baseline(revision: str, split: str) -> dict:
    """The predictions of the ingest at ``revision``."""
    return json.loads(_run_at(revision, "--split", split, "--predictions-only"))


def _print_ranking(keys: list[str], gold: dict, split: str, shipped_only: bool = False) -> None:
    """The queue's confidence on ``keys``: with ``data/evidence.json`` as shipped, and on dev, each
    rule's counts and the by-site two-fold figure (calibrated on one half of the sites, scored on the other)."""
    print(f"review queue's confidence, {split} split ({len(keys)} pages), entities gathered archive-wide")
    print(_ranking_line("as shipped", ranking(confidences(_queue(keys, gold)))))
    if split != "dev" or shipped_only:
        return
    from people_films import evidence  # noqa: PLC0415

    counts = calibration(keys, gold)
    for kind, rules in counts.items():
        for rule, (right, found) in sorted(rules.items(), key=lambda item: -item[1][1]):
            print(f"   {kind:6s} {rule:40s} {right:4d}/{found:<4d} {evidence.precision(kind, rule, counts):.2f}")
    folds = [[k for k in keys if zlib.crc32(gold[k]["site"].encode()) % 2 == half] for half in (0, 1)]
    queues = [_queue(fold, gold) for fold in folds]
    tables = [calibration(fold, gold) for fold in folds]
    scored_rules = [s for half in (0, 1) for s in _rule_confidences(queues[half], tables[1 - half])]
    print(_ranking_line("two folds, best rule", ranking(scored_rules)))
    try:
        from bench.train_confidence import fit  # noqa: PLC0415 (scikit-learn: requirements-bench.txt)
    except ImportError:
        return
    scored = [s for half in (0, 1) for s in confidences(queues[half], tables[1 - half], fit(queues[1 - half], tables[1 - half]))]
    print(_ranking_line("two folds, model", ranking(scored)))


def _rule_confidences(entities: list[tuple[str, object, list[bool]]], counts: dict) -> list[tuple[float, bool]]:
    """(the best rule's precision from ``counts``, right) for each entity of :func:`_queue`: the queue's confidence before the model."""
    from people_films import evidence  # noqa: PLC0415

    return [(evidence.confidence(kind, found.evidence, counts), any(verdicts)) for kind, found, verdicts in entities]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "test-first", "dev", "all"), default="test")
    parser.add_argument("--baseline", metavar="REV", help="also measure the ingest of this git revision")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each page's errors and misses")
    parser.add_argument("--calibrate", action="store_true", help="write each rule's precision on the dev split to people_films/data/evidence.json")
    parser.add_argument(
        "--ranking", action="store_true",
        help="how well the review queue's confidence separates right names from wrong ones (dev: also each rule's counts, and calibrated on one half of the sites, scored on the other)",
    )
    parser.add_argument("--predictions-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--shipped-only", action="store_true", help=argparse.SUPPRESS)  # a baseline's --ranking
    args = parser.parse_args(argv)
    if not any(Path(p, "ingest").is_dir() for p in sys.path if p):  # not a baseline run
        sys.path.insert(0, str(ROOT))
    gold = json.loads((HERE / "entities_gold.json").read_text(encoding="utf-8"))
    keys = _pages(gold, args.split)
    if args.calibrate:
        if args.split != "dev":
            parser.error("--calibrate reads the dev split only (--split dev): the test split stays unseen")
        from people_films import evidence  # noqa: PLC0415

        text = evidence.calibration_json(calibration(keys, gold), f"bench/entities_eval.py --split dev --calibrate ({len(keys)} pages)")
        evidence.CALIBRATION_FILE.write_text(text, encoding="utf-8")
        print(text, end="")
        return 0
    if args.ranking:
        _print_ranking(keys, gold, args.split, args.shipped_only)
        if args.baseline:  # the same measure for the ingest and the evidence.json of that revision
            print(f"baseline {args.baseline}: " + _run_at(args.baseline, "--split", args.split, "--ranking", "--shipped-only"), end="")
        return 0
    if args.predictions_only:
        json.dump(predictions(keys, gold), sys.stdout, ensure_ascii=False)
        return 0
    sites = sorted({gold[k]["site"] for k in keys})
    print(f"{args.split} split: {len(keys)} pages from {len(sites)} sites, empty registry")
    runs = {"current": predictions(keys, gold)}
    if args.baseline:
        runs[f"baseline {args.baseline}"] = _baseline(args.baseline, args.split)
    for label, predicted in runs.items():
        totals = score(keys, gold, predicted)
        print(f"{label:>20s}: people {_line(totals['person'])} | films {_line(totals['film'])}")
        if args.verbose and label == "current":
            for kind, total in totals.items():
                for page, wrong, missed in total["pages"]:
                    if wrong or missed:
                        print(f"   {kind} {page}: wrong {wrong}  missed {missed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
