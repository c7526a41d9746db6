"""Article-body extraction benchmark on the shared development pages.

Scores our HTML reader and trafilatura on the same pages in the same run
(4-gram shingle F1 from ``../shared/tools/extract_score.py``), their speed,
and our read time as a ratio to BeautifulSoup's bare parse of the same pages.

Timings are per page, the best of ``--repeat`` runs, ours and the bare
parse alternating (the machine is shared; the minimum is the least
disturbed measurement).

usage: python -m bench.extraction [--no-trafilatura] [--pages N] [--worst K] [--repeat R]
       python bench/extraction.py ...
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
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


def ours(data: bytes, key: str, url: str | None) -> str:
    try:
        return blocks_to_text(read_html(data, key, url).blocks)
    except PageError:
        return ""


def _best_time(func, repeat: int) -> tuple[object, float]:
    """The result of ``func()`` and its fastest time over ``repeat`` calls."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return result, best


def run_ours_and_bare(truth: dict, pages: dict[str, bytes], repeat: int) -> tuple[dict, float, float]:
    """Our texts, our seconds, and decode + bare BeautifulSoup parse seconds.

    Both are timed page by page, alternating, best of ``repeat``: on a shared
    machine, load then hits both alike.
    """
    out, ours_secs, bare_secs = {}, 0.0, 0.0
    for key, data in pages.items():
        _, bare = _best_time(lambda data=data: BeautifulSoup(decode_html(data), PARSER), repeat)
        text, secs = _best_time(lambda data=data, key=key: ours(data, key, truth[key].get("url")), repeat)
        out[key] = {"articleBody": text}
        ours_secs += secs
        bare_secs += bare
    return out, ours_secs, bare_secs


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
    args = parser.parse_args(argv)

    scorer = load_scorer()
    truth, pages = load_pages(limit=args.pages)
    keys = sorted(pages)
    rows = []
    pred, secs, bare = run_ours_and_bare(truth, pages, args.repeat)
    rows.append(("ours", *scorer.score(truth, pred, keys), len(keys) / secs, secs / bare))
    if not args.no_trafilatura:
        tpred, tsecs = run_trafilatura(truth, pages, args.repeat)
        rows.append(("trafilatura", *scorer.score(truth, tpred, keys), len(keys) / tsecs, tsecs / bare))

    print(f"{len(keys)} pages; BeautifulSoup({PARSER!r}) bare parse {len(keys) / bare:.1f} pages/s")
    print(f"{'extractor':<12} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>8} {'x parse':>8}")
    for name, f1, p, r, speed, ratio in rows:
        print(f"{name:<12} {f1:6.3f} {p:6.3f} {r:6.3f} {speed:8.1f} {ratio:8.2f}")
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
