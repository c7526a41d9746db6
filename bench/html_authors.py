"""Authors the HTML reader finds on extraction-wide pages, beside the reader on a baseline ref and trafilatura.

The truth is extraction-wide's ``author`` (``../shared/bench/extraction-wide/snippets.json``),
compared as the shared snippet scorer compares it (``authors_key`` of
``../shared/tools/snippet_score.py``: split on ``;``, ``,`` and `` and ``,
NFKC, spaces collapsed, case folded, any order), over the pages of one
by-site split that name an author. Only metadata is read, not the body: the
authors of ``python -m bench.extraction`` come from the same
``extract_metadata``, at a fraction of the time.

Three readers in the same run: this tree's, the reader on ``--baseline``
(``ingest`` exported with ``git archive``, in a subprocess: ``bench/html_meta_reader.py``)
and trafilatura's ``bare_extraction``. Misses are counted by kind: no name
found, other names only, some names right. ``--misses`` lists the dev
split's misses page by page (never the test split's: it is not tuned on).

``--visible-only`` reads each page without its ``<meta>`` tags and JSON-LD
(``bench.html_dates.without_declared_dates``): the names the page shows,
as on a site whose fields name no one. Most pages' fields give the author,
so the sources that read the visible page (bylines, author boxes and links)
are tried here on pages they were not tuned on.

    python -m bench.html_authors [--split dev|test] [--baseline REF ...] [--no-trafilatura] [--misses] [--visible-only]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from lxml import html as lxml_html

from bench.extraction import authors_key
from bench.html_dates import without_declared_dates
from bench.text_dumps import REPO, export_main
from ingest.html.decode import decode_html

WIDE = REPO.parent / "shared" / "bench" / "extraction-wide"
SPLIT = REPO / "bench" / "splits" / "extraction-wide.json"
READER_SCRIPT = REPO / "bench" / "html_meta_reader.py"




def load_pages(split: str, visible_only: bool = False) -> tuple[dict[str, dict[str, str]], dict[str, object]]:
    """``({key: {"page", "url"}}, {key: true author})`` for the split's pages that name an author;
    with ``visible_only``, each page without its ``<meta>`` tags and JSON-LD."""
    truth = json.loads((WIDE / "snippets.json").read_text(encoding="utf-8"))
    keys = [k for k in json.loads(SPLIT.read_text(encoding="utf-8"))[split] if truth[k].get("author")]
    pages = {}
    for key in keys:
        raw = gzip.decompress((WIDE / "html" / f"{key}.html.gz").read_bytes())
        try:
            page = decode_html(raw)
            if visible_only:
                page = without_declared_dates(lxml_html.document_fromstring(page))
            pages[key] = {"page": page, "url": truth[key].get("url") or ""}
        except Exception:  # noqa: BLE001 (an undecodable page is a miss for every reader)
            pages[key] = {"page": "", "url": ""}
    return pages, {k: truth[k]["author"] for k in keys}


def run_reader(pages: dict[str, dict[str, str]], ingest_root: Path) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, str(READER_SCRIPT)], input=json.dumps(pages), capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(ingest_root), "PATH": "/usr/bin:/bin"}, cwd=ingest_root,
    )  # fmt: skip
    return {k: v["authors"] for k, v in json.loads(done.stdout).items()}


def run_trafilatura(pages: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    import trafilatura  # noqa: PLC0415 (benchmark-only dependency, requirements-bench.txt)

    out = {}
    for key, page in pages.items():
        doc = trafilatura.bare_extraction(page["page"], url=page["url"] or None, with_metadata=True) if page["page"] else None
        author = (doc.author if doc else "") or ""
        out[key] = [a.strip() for a in author.split(";") if a.strip()]
    return out


def kinds(found: dict[str, list[str]], truth: dict[str, object]) -> Counter[str]:
    """Each page's outcome: right, no name found, other names only, some names right."""
    out: Counter[str] = Counter()
    for key, expected in truth.items():
        want, got = authors_key(expected), authors_key(found.get(key) or [])
        if want == got:
            out["right"] += 1
        elif not got:
            out["no name found"] += 1
        elif set(want) & set(got):
            out["some names right"] += 1
        else:
            out["other names only"] += 1
    return out


# The joins and byline words the shared scorer's key leaves inside one name ("Von A und B",
# "A & B", "A And B"): a reference written so is one name to it, whatever a reader finds.
_LENIENT_SPLIT = re.compile(r";|,|\s(?:and|und|&|et|y)\s", re.IGNORECASE)
_LENIENT_BY = re.compile(r"^(?:by|von|par|por|door)\s+", re.IGNORECASE)


def lenient_key(names: object) -> list[str]:
    """Authors as :func:`authors_key` compares them, but also split on "und", "&", "And",
    without a leading byline word and case-folded (Unicode's caseless match: "Beyß" is
    "Beyss", which the scorer's ``lower()`` keeps apart): a check of the scorer's fairness, not the figure."""
    joined = names if isinstance(names, str) else ";".join(str(n) for n in names or [])
    parts = _LENIENT_SPLIT.split(_LENIENT_BY.sub("", joined.strip()))
    return authors_key([_LENIENT_BY.sub("", part.strip()).casefold() for part in parts])


def lenient_right(found: dict[str, list[str]], truth: dict[str, object]) -> int:
    """Pages whose authors :func:`lenient_key` counts right."""
    return sum(lenient_key(expected) == lenient_key(found.get(key) or []) for key, expected in truth.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--baseline", action="append", default=None,
                        help="a git ref whose reader is a baseline (default: main; repeat for several, one run)")
    parser.add_argument("--no-trafilatura", action="store_true", help="skip the peer")
    parser.add_argument("--misses", action="store_true", help="list this reader's misses (dev split only)")
    parser.add_argument("--visible-only", action="store_true",
                        help="read each page without its <meta> tags and JSON-LD (the names the page shows)")
    args = parser.parse_args(argv)
    if args.misses and args.split != "dev":
        parser.error("--misses lists pages of the dev split only: the test split is not tuned on")
    pages, truth = load_pages(args.split, args.visible_only)
    readers = {"this reader": run_reader(pages, REPO)}
    for ref in args.baseline or ["main"]:
        with tempfile.TemporaryDirectory() as folder:
            readers[f"reader on {ref}"[:24]] = run_reader(pages, export_main(Path(folder), ref))
    if not args.no_trafilatura:
        readers["trafilatura"] = run_trafilatura(pages)
    label = "test split, never tuned on" if args.split == "test" else "dev split, TUNED on"
    label += ", without <meta> and JSON-LD" if args.visible_only else ""
    print(f"extraction-wide authors, {label}: {len(truth)} pages that name an author")
    for name, found in readers.items():
        counted = kinds(found, truth)
        misses = ", ".join(f"{kind} {n}" for kind, n in sorted(counted.items()) if kind != "right")
        print(f"{name:<24} {counted['right']:4}/{len(truth)} = {counted['right'] / len(truth):.3f}   misses: {misses}")
    print("also splitting 'und', '&', 'And', without a leading 'Von'/'By' and case-folded, ß = ss (a check of the scorer, not the figure): "
          + ", ".join(f"{name} {lenient_right(found, truth)}" for name, found in readers.items()))
    if args.misses:
        for key, expected in truth.items():
            got = readers["this reader"].get(key) or []
            if authors_key(expected) != authors_key(got):
                print(f"  miss {key}: expected {expected!r}, got {got!r}  {pages[key]['url'][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
