"""Article-body extraction benchmark: our HTML reader beside trafilatura, same run.

Two corpora, each split by site (``bench/splits/``, made by ``bench/split.py``
before any tuning):

- ``extraction-wide`` **test** split (pages never tuned on): must-keep /
  must-drop snippet precision, recall and F1 and author accuracy, scored by
  ``../shared/tools/snippet_score.py --keys bench/splits/extraction-wide.json:test``.
  The dev split is scored too, labelled *tuned*. Our text is what the
  published article shows: the deck (the lead, shown above the body) and
  the body; its must-keep passages include the lead.
- ``extraction-dev`` (all 90 pages, *tuned*: the rules were developed on them):
  4-gram shingle F1 from ``../shared/tools/extract_score.py``, speed, and our
  read time as a ratio to BeautifulSoup's bare parse of the same pages; then
  the same F1 on each half of its split (``bench/splits/extraction-dev.json``:
  the block classifier was trained on the dev half only).

"ours" is the reader as shipped (its rules), "ours+model" the same reader
with its block classifier (``ingest/html/block_model.py``, off by default:
see ``ingest/html/reader.py``), both in the same run; with ``--peer-vote``,
"ours+peer" is the reader with trafilatura's vote (``ingest/html/peer_vote.py``,
off by default), scored and timed in the same run.
Timings are per page, the best of ``--repeat`` runs, ours and the bare
parse alternating (the machine is shared; the minimum is the least
disturbed measurement). ``--author-misses`` lists every page of the scored
wide split whose authors the reader got wrong, with the expected ones.
``--baseline REF`` (repeatable) scores the reader on git ``REF`` (``main``),
with and without its block classifier, on the same wide pages in the same
run. ``--snippet-misses`` lists, on the dev split only, each must-keep
passage the reader missed and each must-drop passage it kept;
``--recall-diff`` (dev only, with trafilatura) each must-keep passage
trafilatura keeps and the reader misses, page by page.

usage: python -m bench.extraction [--no-trafilatura] [--pages N] [--worst K] [--repeat R]
                                  [--wide-split test|dev|both|none] [--save-predictions DIR]
                                  [--author-misses] [--peer-vote] [--baseline REF ...] [--snippet-misses]
                                  [--recall-diff]
       python bench/extraction.py ...
"""

from __future__ import annotations

import argparse
import functools
import gzip
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python bench/extraction.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bs4 import BeautifulSoup  # noqa: E402

from ingest.errors import PageError
from ingest.html.decode import decode_html
from ingest.html.reader import PARSER, read_html
from ingest.plaintext import blocks_to_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_SET = SHARED / "bench" / "extraction-dev"
SCORER = SHARED / "tools" / "extract_score.py"
WIDE_SET = SHARED / "bench" / "extraction-wide"
SNIPPET_SCORER = SHARED / "tools" / "snippet_score.py"
WIDE_SPLIT = ROOT / "bench" / "splits" / "extraction-wide.json"


def load_scorer(path: Path = SCORER):
    """Import the shared scorer by path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("extract_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(dev_set: Path = DEV_SET, limit: int | None = None) -> tuple[dict, dict[str, bytes]]:
    """Ground truth and the raw bytes of each page, by key."""
    truth = json.loads((dev_set / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    pages = {k: gzip.decompress((dev_set / "html" / f"{k}.html.gz").read_bytes()) for k in keys}
    return truth, pages


def ours(data: bytes, key: str, url: str | None, use_block_model: bool = False, peer_vote: bool = False) -> str:
    try:
        return blocks_to_text(read_html(data, key, url, use_block_model, peer_vote).blocks)
    except PageError:
        return ""


def ours_with_authors(data: bytes, key: str, url: str | None, use_block_model: bool = False,
                      with_deck: bool = True, peer_vote: bool = False) -> dict:
    """``{"articleBody": text, "authors": [...]}`` as the snippet scorer reads it.

    The text is what the published article shows as its text: the deck (the
    standfirst, shown above the body) and the body, unless ``with_deck`` is
    False. extraction-wide's must-keep passages include the lead; extraction-dev's
    true bodies do not, and it is scored on the body alone (:func:`ours`).
    """
    try:
        article = read_html(data, key, url, use_block_model, peer_vote)
    except PageError:
        return {"articleBody": "", "authors": []}
    deck = list(article.metadata.deck) if with_deck else []
    return {"articleBody": "\n".join([*deck, blocks_to_text(article.blocks)]), "authors": list(article.metadata.authors)}


def trafilatura_with_authors(data: bytes, url: str | None) -> dict:
    import trafilatura  # noqa: PLC0415 (benchmark-only dependency, requirements-bench.txt)

    doc = trafilatura.bare_extraction(data, url=url, include_comments=False, include_tables=True, with_metadata=True)
    if doc is None:
        return {"articleBody": "", "authors": []}
    author = doc.author or ""
    return {"articleBody": doc.text or "", "authors": [a.strip() for a in author.split(";") if a.strip()]}


def snippet_scores(predictions: dict, split: str, workdir: Path) -> tuple[float, float, float, str]:
    """(precision, recall, F1, author line) from the shared snippet scorer, run as the README says."""
    path = workdir / "predictions.json"
    path.write_text(json.dumps(predictions), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SNIPPET_SCORER), str(WIDE_SET / "snippets.json"), str(path), "--keys", f"{WIDE_SPLIT}:{split}"],
        capture_output=True, text=True, check=True,
    ).stdout
    found = re.search(r"precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+)", out)
    authors = re.search(r"authors: (\S+ = [\d.]+)", out)
    return float(found[1]), float(found[2]), float(found[3]), authors[1] if authors else "-"


@functools.cache
def _snippet_scorer():
    return load_scorer(SNIPPET_SCORER)


def authors_key(names: object) -> list[str]:
    """Authors as ``snippet_score.py`` compares them (its own ``authors_key``): split, normalised, sorted."""
    return _snippet_scorer().authors_key(names)


_BASELINE_SCRIPT = """
import gzip, json, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]  # the exported ingest first, then this tree's bench
from bench.extraction import WIDE_SET, ours_with_authors
truth = json.loads((WIDE_SET / "snippets.json").read_text(encoding="utf-8"))
keys = json.loads(sys.argv[3])
out = {}
for use_model in (False, True):
    out[str(use_model)] = {
        key: ours_with_authors(gzip.decompress((WIDE_SET / "html" / f"{key}.html.gz").read_bytes()), key,
                               truth[key].get("url"), use_model)
        for key in keys
    }
json.dump(out, sys.stdout)
"""


def baseline_predictions(ref: str, keys: list[str]) -> dict[str, dict]:
    """``{"False": predictions, "True": predictions with the block classifier}`` of the
    reader on git ``ref`` (its ``ingest`` exported by ``bench.text_dumps.export_main``),
    computed in a subprocess so that its modules never mix with this tree's."""
    from bench.text_dumps import export_main  # noqa: PLC0415 (only with --baseline)

    with tempfile.TemporaryDirectory() as folder:
        export_main(Path(folder), ref)
        out = subprocess.run([sys.executable, "-c", _BASELINE_SCRIPT, folder, str(ROOT), json.dumps(keys)],
                             capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def run_wide(split: str, with_trafilatura: bool, limit: int | None, save: Path | None,
             author_misses: bool = False, peer_vote: bool = False, baselines: list[str] | None = None,
             snippet_misses: bool = False, recall_diff: bool = False) -> None:
    """Snippet P/R/F1 and author accuracy on one split of extraction-wide, ours beside trafilatura."""
    truth = json.loads((WIDE_SET / "snippets.json").read_text(encoding="utf-8"))
    keys = json.loads(WIDE_SPLIT.read_text(encoding="utf-8"))[split][:limit]
    label = "test split, never tuned on" if split == "test" else "dev split, TUNED on"
    print(f"extraction-wide, {label}: {len(keys)} pages (snippets, ../shared/tools/snippet_score.py)")
    print(f"{'extractor':<12} {'F1':>6} {'prec':>6} {'recall':>6}  authors")
    runs = [("ours", lambda data, key: ours_with_authors(data, key, truth[key].get("url"))),
            ("ours+model", lambda data, key: ours_with_authors(data, key, truth[key].get("url"), True))]
    if peer_vote:
        runs.append(("ours+peer", lambda data, key: ours_with_authors(data, key, truth[key].get("url"), peer_vote=True)))
    if with_trafilatura:
        runs.append(("trafilatura", lambda data, key: trafilatura_with_authors(data, truth[key].get("url"))))
    pages = {k: gzip.decompress((WIDE_SET / "html" / f"{k}.html.gz").read_bytes()) for k in keys}
    for ref in baselines or []:
        found = baseline_predictions(ref, keys)
        for label, key in ((ref, "False"), (f"{ref}+model", "True")):
            runs.append((label, lambda data, page, found=found[key]: found[page]))
    predictions = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, run in runs:
            pred = predictions[name] = {key: run(data, key) for key, data in pages.items()}
            if save:
                save.mkdir(parents=True, exist_ok=True)
                (save / f"wide-{split}-{name.replace(', ', '-')}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
            p, r, f1, authors = snippet_scores(pred, split, Path(tmp))
            print(f"{name:<12} {f1:6.3f} {p:6.3f} {r:6.3f}  {authors}")
            if snippet_misses and name == "ours":
                print_snippet_misses(truth, pred, keys)
            if author_misses and name == "ours":
                for key in keys:
                    expected = truth[key].get("author")
                    if expected and authors_key(expected) != authors_key(pred[key]["authors"]):
                        print(f"  author miss {key}: expected {expected!r}, got {pred[key]['authors']!r}")
    if recall_diff:
        print_recall_diff(truth, predictions["ours"], predictions["trafilatura"], keys)


def print_snippet_misses(truth: dict, pred: dict, keys: list[str]) -> None:
    """Each must-keep passage missing from a page's text and each must-drop passage in it,
    compared as ``snippet_score.py`` compares them (dev split only: see ``main``)."""
    norm = _snippet_scorer().norm
    for key in keys:
        body = norm(pred[key]["articleBody"])
        for passage in truth[key].get("with", []):
            if norm(passage) not in body:
                print(f"  missing {key}: {passage[:70]!r}")
        for passage in truth[key].get("without", []):
            if norm(passage) in body:
                print(f"  kept    {key}: {passage[:70]!r}")


def print_recall_diff(truth: dict, ours_pred: dict, peer_pred: dict, keys: list[str]) -> None:
    """Per page, each must-keep passage trafilatura's text holds and ours misses, compared as
    ``snippet_score.py`` compares them (dev split only: see ``main``), then the total."""
    norm = _snippet_scorer().norm
    total = 0
    for key in keys:
        body, peer = norm(ours_pred[key]["articleBody"]), norm(peer_pred[key]["articleBody"])
        lost = [p for p in truth[key].get("with", []) if norm(p) in peer and norm(p) not in body]
        for passage in lost:
            print(f"  peer keeps {key}: {passage[:70]!r}")
        total += len(lost)
    print(f"  {total} must-keep passages trafilatura keeps and ours misses")


def _best_time(func, repeat: int) -> tuple[object, float]:
    """The result of ``func()`` and its fastest time over ``repeat`` calls."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return result, best


def run_ours_and_bare(truth: dict, pages: dict[str, bytes], repeat: int) -> tuple[dict, float, dict, float, float]:
    """Our texts and seconds, the same with the block classifier on,
    and decode + bare BeautifulSoup parse seconds.

    All three are timed page by page, alternating, best of ``repeat``: on a
    shared machine, load then hits them alike.
    """
    out, model_out, ours_secs, model_secs, bare_secs = {}, {}, 0.0, 0.0, 0.0
    for key, data in pages.items():
        url = truth[key].get("url")
        _, bare = _best_time(lambda data=data: BeautifulSoup(decode_html(data), PARSER), repeat)
        text, secs = _best_time(lambda data=data, key=key, url=url: ours(data, key, url), repeat)
        model_text, msecs = _best_time(lambda data=data, key=key, url=url: ours(data, key, url, True), repeat)
        out[key] = {"articleBody": text}
        model_out[key] = {"articleBody": model_text}
        ours_secs += secs
        model_secs += msecs
        bare_secs += bare
    return out, ours_secs, model_out, model_secs, bare_secs


def run_ours_peer(truth: dict, pages: dict[str, bytes], repeat: int) -> tuple[dict, float, float]:
    """Our texts with trafilatura's vote (``peer_vote.py``) and their seconds, and the bare
    parse's seconds timed alternately with them (as :func:`run_ours_and_bare`)."""
    out, secs_total, bare_total = {}, 0.0, 0.0
    for key, data in pages.items():
        url = truth[key].get("url")
        _, bare = _best_time(lambda data=data: BeautifulSoup(decode_html(data), PARSER), repeat)
        text, secs = _best_time(lambda data=data, key=key, url=url: ours(data, key, url, peer_vote=True), repeat)
        out[key] = {"articleBody": text}
        secs_total += secs
        bare_total += bare
    return out, secs_total, bare_total


def run_trafilatura(truth: dict, pages: dict[str, bytes], repeat: int) -> tuple[dict, float]:
    import trafilatura  # noqa: PLC0415 (benchmark-only dependency, requirements-bench.txt)

    out, total = {}, 0.0
    for key, data in pages.items():
        url = truth[key].get("url")
        text, secs = _best_time(
            lambda data=data, url=url: trafilatura.extract(data, url=url, include_comments=False, include_tables=True),
            repeat,
        )
        out[key] = {"articleBody": text or ""}
        total += secs
    return out, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-trafilatura", action="store_true", help="skip the trafilatura baseline")
    parser.add_argument("--pages", type=int, default=None, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=0, help="list the K pages with the lowest F1")
    parser.add_argument("--repeat", type=int, default=3, help="time each run R times, keep the fastest")
    parser.add_argument("--wide-split", choices=("test", "dev", "both", "none"), default="both",
                        help="which split of extraction-wide to score (default both; dev is labelled tuned)")
    parser.add_argument("--save-predictions", type=Path, default=None, help="write the wide predictions here")
    parser.add_argument("--author-misses", action="store_true", help="list the wide pages whose authors are wrong")
    parser.add_argument("--baseline", action="append", default=None, metavar="REF",
                        help="also score the reader on git REF (e.g. main) on the wide split, same run; repeatable")
    parser.add_argument("--peer-vote", action="store_true",
                        help="also score and time the reader with trafilatura's vote (ingest/html/peer_vote.py)")
    parser.add_argument("--snippet-misses", action="store_true",
                        help="list the must-keep passages missed and must-drop passages kept (dev split only)")
    parser.add_argument("--recall-diff", action="store_true",
                        help="list the must-keep passages trafilatura keeps and ours misses (dev split only)")
    args = parser.parse_args(argv)
    for flag, asked in (("--snippet-misses", args.snippet_misses), ("--recall-diff", args.recall_diff)):
        if asked and args.wide_split != "dev":
            parser.error(f"{flag} lists pages of the dev split only: the test split is not tuned on")
    if args.recall_diff and args.no_trafilatura:
        parser.error("--recall-diff compares with trafilatura: drop --no-trafilatura")

    splits = {"both": ("test", "dev"), "none": ()}.get(args.wide_split, (args.wide_split,))
    for split in splits:
        run_wide(split, not args.no_trafilatura, args.pages, args.save_predictions, args.author_misses, args.peer_vote,
                 args.baseline, args.snippet_misses, args.recall_diff)
        print()

    scorer = load_scorer()
    truth, pages = load_pages(limit=args.pages)
    keys = sorted(pages)
    rows = []
    pred, secs, model_pred, model_secs, bare = run_ours_and_bare(truth, pages, args.repeat)
    rows.append(("ours", *scorer.score(truth, pred, keys), len(keys) / secs, secs / bare))
    rows.append(("ours+model", *scorer.score(truth, model_pred, keys), len(keys) / model_secs, model_secs / bare))
    if args.peer_vote:
        peer_pred, peer_secs, peer_bare = run_ours_peer(truth, pages, args.repeat)
        rows.append(("ours+peer", *scorer.score(truth, peer_pred, keys), len(keys) / peer_secs, peer_secs / peer_bare))
    if not args.no_trafilatura:
        tpred, tsecs = run_trafilatura(truth, pages, args.repeat)
        rows.append(("trafilatura", *scorer.score(truth, tpred, keys), len(keys) / tsecs, tsecs / bare))

    print(f"extraction-dev, TUNED on (all its pages): {len(keys)} pages; BeautifulSoup({PARSER!r}) bare parse {len(keys) / bare:.1f} pages/s")
    print(f"{'extractor':<12} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>8} {'x parse':>8}")
    for name, f1, p, r, speed, ratio in rows:
        print(f"{name:<12} {f1:6.3f} {p:6.3f} {r:6.3f} {speed:8.1f} {ratio:8.2f}")
    halves = json.loads((ROOT / "bench" / "splits" / "extraction-dev.json").read_text(encoding="utf-8"))
    for half in ("dev", "test"):
        half_keys = [k for k in keys if k in set(halves[half])]
        scored = [("ours", pred), ("ours+model", model_pred)] + ([("ours+peer", peer_pred)] if args.peer_vote else []) \
            + ([("trafilatura", tpred)] if not args.no_trafilatura else [])
        line = ", ".join(f"{name} {scorer.score(truth, p, half_keys)[0]:.3f}" for name, p in scored)
        print(f"  extraction-dev {half} half ({len(half_keys)} pages{', block classifier trained on it' if half == 'dev' else ''}): F1 {line}")
    if args.worst:
        scored = []
        for key in keys:
            tp, fp, fn = scorer.tp_fp_fn(truth[key]["articleBody"], pred[key]["articleBody"])
            scored.append((scorer.prec(tp, fp, fn), scorer.rec(tp, fp, fn), key))
        scored.sort(key=lambda r: 2 * r[0] * r[1] / (r[0] + r[1] or 1))
        for p, r, key in scored[: args.worst]:
            print(f"  P {p:.2f} R {r:.2f}  {key[:16]}  {truth[key].get('url', '')[:70]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
