"""``make bench``: what pathological HTML pages cost, beside an ordinary page
of the same size and BeautifulSoup's bare parse of the same bytes, all
measured in the same run.

Each page is made at a quarter of its size and at its full size: a cost that
grows linearly with the page roughly quadruples ("growth" near 4; a
quadratic one grows 16-fold). "vs parse" is the ingest's time (read, render
to MyST and the gate's re-parse, ingest.gate) over the bare ``BeautifulSoup(page, "lxml")`` of the same
bytes: what any reader built on BeautifulSoup pays before it starts.

Usage: python -m bench.pathological [--scale 1.0]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bs4 import BeautifulSoup  # noqa: E402

from ingest.gate import check_article  # noqa: E402
from ingest.html import read_html  # noqa: E402
from ingest.myst import render_article  # noqa: E402

OPENING = "<p>" + "The festival opened with a film made with the help of AI, and critics debated it for days. " * 3 + "</p>"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{OPENING}{body}</article></body></html>"


# Each: size n -> page. The full size is the (#14) or a match for it.
PAGES: dict[str, tuple[int, Callable[[int], str]]] = {
    "deep list": (20_000, lambda n: _page("Deep list", "<ul><li>item" * n + "</li></ul>" * n)),
    "deep divs": (20_000, lambda n: _page("Deep divs", "<div>" * n + "text at the bottom" + "</div>" * n)),
    "deep unknown tags": (20_000, lambda n: _page("Deep tags", "<x-box>" * n + "text at the bottom" + "</x-box>" * n)),
    "many <br>": (100_000, lambda n: _page("Many breaks", "<p>" + "line<br>" * n + "</p>")),
    "leading <br>": (100_000, lambda n: _page("Leading breaks", "<p>" + "<br>" * n + "and then the text.</p>")),
    "<div> of <br><span>": (50_000, lambda n: _page("Breaks and spans", "<div>" + "<br><span></span>" * n + "text</div>")),
    "text split by comments": (100_000, lambda n: _page("Split text", "<p>" + "word <!-- -->" * n + "</p>")),
    # 1 MB in one paragraph; the gate's gfm_autolink rules once made it quadratic.
    "one long paragraph": (50_000, lambda n: _page("Long paragraph", "<p>" + "we watched the whole film. " * n + "</p>")),
}


def ordinary(size: int) -> str:
    """Paragraphs of prose, ``size`` bytes or a little more: the same size, ordinary shape."""
    paragraph = "<p>" + "The director said the film took three years to make, and critics praised its pacing. " * 6 + "</p>\n"
    return _page("Ordinary", paragraph * (size // len(paragraph) + 1))


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def ingest_seconds(page: bytes) -> float:
    return _seconds(lambda: check_article(render_article(read_html(page, "bench.html"), {"source_file": "bench.html", "summary": ""})))


def parse_seconds(page: bytes) -> float:
    return _seconds(lambda: BeautifulSoup(page, "lxml"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every page's size (default 1)")
    args = parser.parse_args()
    print("Pathological HTML pages: ingest seconds (read + render + gate), beside an ordinary page of the same size")
    print(f"{'page':<24}{'size':>10}{'bytes':>10}{'ingest s':>10}{'growth':>8}{'vs parse':>10}{'ordinary s':>12}{'x ordinary':>12}")
    for name, (full, make) in PAGES.items():
        size = max(4, int(full * args.scale))
        quarter = ingest_seconds(make(size // 4).encode())
        page = make(size).encode()
        spent, parse = ingest_seconds(page), parse_seconds(page)
        plain = ingest_seconds(ordinary(len(page)).encode())
        print(f"{name:<24}{size:>10}{len(page):>10}{spent:>10.2f}{spent / quarter:>8.1f}{spent / parse:>10.2f}{plain:>12.2f}{spent / plain:>12.1f}")


if __name__ == "__main__":
    main()
