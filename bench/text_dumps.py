"""How well the text-dump reader removes chrome from pages it was never tuned on.

The 90 pages of ../shared/bench/extraction-dev are turned into text dumps the
way a scraper saves a page as text (every visible text line, chrome and all),
then read by ingest.text. Scored with the benchmark's own shingle F1 against
the true article bodies, beside the raw dump (keep every line) as baseline.

    python -m bench.text_dumps
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
import time
from pathlib import Path

from bs4 import BeautifulSoup

from ingest.plaintext import blocks_to_text
from ingest.text.reader import read_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "bench" / "extraction-dev"
INVISIBLE = ["script", "style", "noscript", "template", "svg", "head"]


def load_scorer():
    spec = importlib.util.spec_from_file_location("extract_score", SHARED / "tools" / "extract_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text_dump(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(INVISIBLE):
        tag.decompose()
    lines = (line.strip() for line in soup.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)


def main() -> int:
    if not DEV.is_dir():
        print(f"{DEV}: benchmark pages not found", file=sys.stderr)
        return 1
    scorer = load_scorer()
    truth = json.loads((DEV / "ground-truth.json").read_text(encoding="utf-8"))
    dumps = {key: text_dump(gzip.open(DEV / "html" / f"{key}.html.gz").read().decode("utf-8", "replace")) for key in truth}
    started = time.perf_counter()
    ours = {key: {"articleBody": blocks_to_text(read_text(dump).blocks)} for key, dump in dumps.items()}
    elapsed = time.perf_counter() - started
    raw = {key: {"articleBody": dump} for key, dump in dumps.items()}
    keys = sorted(truth)
    print(f"{'text dumps of ' + str(len(keys)) + ' pages':<28} {'F1':>6} {'prec':>6} {'recall':>6}")
    for name, predictions in (("raw dump (every line)", raw), ("ingest.text reader", ours)):
        f1, precision, recall = scorer.score(truth, predictions, keys)
        print(f"{name:<28} {f1:6.3f} {precision:6.3f} {recall:6.3f}")
    print(f"reader speed: {len(keys) / elapsed:.0f} pages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
