"""Dates the HTML reader finds in the visible page, and rights notices it finds, on pages never tuned on.

Neither benchmark corpus gives true dates, but many pages declare one for
machines (JSON-LD ``datePublished``, a published-time ``<meta>``: the
reference of ``bench.text_dumps``). Here every ``<meta>`` and JSON-LD script
is removed from such a page, and the reader must find the same day in what
the page shows (``<time>``, an element classed as a date, a byline): "date
right (visible only)". "date right (whole page)" reads the page as it is.
Rights: the share of pages given a rights notice (no truth exists; check
samples with ``--show-rights``).

Three readers in the same run: the reader on ``main`` (``ingest`` exported
with ``git archive``, in a subprocess), this tree's, and trafilatura's
metadata (htmldate) on the same pages. Scored on the TEST half of the
by-site splits in ``bench/splits/`` (``--split dev`` for the tuning half).

    python -m bench.html_dates [--split dev|test] [--show-rights N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import html as lxml_html

from bench.text_dumps import DEV, REPO, SPLITS, WIDE, export_main, reference_date

READER_SCRIPT = REPO / "bench" / "html_meta_reader.py"


def without_declared_dates(root) -> str:
    """The page with every ``<meta>`` and JSON-LD script removed (what a reader sees, no more)."""
    for element in list(root.iter("meta", "script")):
        if element.tag == "meta" or "ld+json" in (element.get("type") or "").lower():
            element.drop_tree()
    return lxml_html.tostring(root, encoding="unicode")


def load(corpus: Path, keys: list[str]) -> dict[str, dict[str, str]]:
    """``{key: {"page", "visible", "date"}}`` for the pages of ``keys`` that declare a date."""
    pages = {}
    for key in keys:
        page = gzip.decompress((corpus / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        try:
            date = reference_date(lxml_html.document_fromstring(page))
            visible = without_declared_dates(lxml_html.document_fromstring(page)) if date else ""
        except (ValueError, lxml_html.etree.ParserError):
            continue
        pages[key] = {"page": page, "visible": visible, "date": date}
    return pages


def run_reader(pages: dict[str, str], ingest_root: Path) -> dict[str, dict[str, str]]:
    done = subprocess.run(
        [sys.executable, str(READER_SCRIPT)], input=json.dumps(pages), capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(ingest_root), "PATH": "/usr/bin:/bin"}, cwd=ingest_root,
    )  # fmt: skip
    return json.loads(done.stdout)


def run_trafilatura(pages: dict[str, str]) -> dict[str, dict[str, str]]:
    from trafilatura import extract_metadata  # noqa: PLC0415 (a benchmark-only dependency)

    out = {}
    for key, page in pages.items():
        doc = extract_metadata(page)
        out[key] = {"date": (doc.date or "") if doc else "", "rights": (doc.license or "") if doc else ""}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--show-rights", type=int, default=0, metavar="N", help="print N rights notices this reader found")
    args = parser.parse_args(argv)
    print(f"HTML dates and rights, {args.split} split (by site)")
    print(f"{'corpus (pages, dated)':<32} {'reader':<12} {'date right (visible only)':>26} {'date right (whole page)':>24} {'rights found':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        main_root = export_main(Path(tmp))
        for name, corpus in (("extraction-wide", WIDE), ("extraction-dev", DEV)):
            keys = json.loads((SPLITS / f"{name}.json").read_text())[args.split]
            pages = load(corpus, keys)
            dated = [k for k, p in pages.items() if p["date"]]
            whole = {k: p["page"] for k, p in pages.items()}
            visible = {k: pages[k]["visible"] for k in dated}
            readers = [("main", lambda batch: run_reader(batch, main_root)), ("this", lambda batch: run_reader(batch, REPO)),
                       ("trafilatura", run_trafilatura)]  # fmt: skip
            for reader_name, read in readers:
                on_whole, on_visible = read(whole), read(visible)
                right_visible = sum(str(on_visible[k]["date"])[:10] == pages[k]["date"] for k in dated)
                right_whole = sum(str(on_whole[k]["date"])[:10] == pages[k]["date"] for k in dated)
                rights = sum(bool(on_whole[k]["rights"]) for k in pages)
                label = f"{name} ({len(pages)}, {len(dated)})"
                print(f"{label:<32} {reader_name:<12} {right_visible / max(1, len(dated)):>26.3f} "
                      f"{right_whole / max(1, len(dated)):>24.3f} {rights / max(1, len(pages)):>13.3f}")  # fmt: skip
                if reader_name == "this" and args.show_rights:
                    for key in [k for k in pages if on_whole[k]["rights"]][: args.show_rights]:
                        print(f"  rights {key}: {on_whole[key]['rights']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
