"""Detection time on pathological pages beside an ordinary page of the same size.

    python bench/entities_speed.py [--sizes 24000 96000] [--registry registry]

Each case is one article of SIZE characters, read by the text reader, whose
mentions are found (``people_films.mentions.link_mentions``) with the project's
registry. Cases: an ordinary page (the labelled pages of
``bench/entities_pages`` repeated), a comma-separated run of names, a
"Photo by" credit list, a run of quoted titles, "Director X (2021)"
repeated, names separated by single spaces, Korean roles and titles, and
Japanese names beside role nouns and in kanji and kana. For each case the time is
the fastest of ``--repeat`` runs; ``x ordinary`` compares it with the
ordinary page of the same size, ``growth`` with the same case at the
previous size (linear time: growth close to the size ratio). When detection
reached the per-page budget (``people_films.detect.PAGE_BUDGET_SECONDS``), the
ingest stops detecting on that page with a warning; the case's line says so.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from people_films.mentions import Matcher, link_mentions  # noqa: E402
from people_films.registry import load_registry  # noqa: E402
from ingest.text.reader import read_text  # noqa: E402

GIVEN = "Nora Mina Tomas Ji-woo Han-seul Wai-lun Ploy Jean-Marc Sean Lucile".split()
FAMILY = "Field Kim Lee Park Chan Rivera Lau Tuttle Moder Shaw".split()


def _names():
    for i in itertools.count():
        yield f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]}"


def _fill(unit, size: int, joiner: str) -> str:
    parts, length = [], 0
    for piece in unit():
        parts.append(piece)
        length += len(piece) + len(joiner)
        if length >= size:
            return joiner.join(parts)
    raise AssertionError("unreachable")


def _ordinary(size: int) -> str:
    pages = sorted((ROOT / "bench" / "entities_pages").rglob("*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8").split("\n", 1)[1] for p in pages)
    return (text * (size // len(text) + 1))[:size]


CASES = {
    "ordinary page": _ordinary,
    "comma run of names": lambda size: "Guests included " + _fill(_names, size, ", ") + ".",
    "Photo by list": lambda size: "Photo by " + _fill(_names, size, ", ") + ".",
    "quoted titles": lambda size: "The films " + _fill(lambda: (f'"{n} Story"' for n in _names()), size, ", ") + ".",
    "Director X (2021)": lambda size: _fill(lambda: (f"Director {n} (2021)" for n in _names()), size, " "),
    "names, spaces only": lambda size: _fill(_names, size, " "),
    # Hangul: every word a family-name syllable and a role noun, each name's particle and quoted title (people_films/korean.py).
    "Korean roles and titles": lambda size: _fill(lambda: itertools.cycle(["배우 김민지가", "박지훈 감독 신작", "'고요한 항구'를", "한국 배우"]), size, " "),
    # Japanese: runs of kanji after and before role nouns, family names before given names in kana (detect/japanese_names.py).
    "Japanese roles and names": lambda size: _fill(lambda: itertools.cycle(["監督の是枝裕和が", "山田 ナオ と", "原田恵介監督の新作", "是枝 ひろかずの"]), size, "、"),
}


def time_case(text: str, matcher: Matcher, repeat: int) -> tuple[float, bool]:
    """The fastest of ``repeat`` runs in seconds, and whether the detection budget stopped detection."""
    best, stopped = float("inf"), False
    for _ in range(repeat):
        article = read_text("Bench page\n" + text)
        start = time.perf_counter()
        link_mentions(article, matcher)
        best = min(best, time.perf_counter() - start)
        stopped = stopped or any("took over" in warning for warning in article.warnings)
    return best, stopped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[24_000, 96_000])
    parser.add_argument("--registry", type=Path, default=ROOT / "registry")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    matcher = Matcher(load_registry(args.registry))
    previous: dict[str, float] = {}
    for size in args.sizes:
        ordinary = None
        print(f"{size} characters:")
        for name, make in CASES.items():
            seconds, stopped = time_case(make(size), matcher, args.repeat)
            ordinary = ordinary or seconds
            growth = f"  growth x{seconds / previous[name]:.1f}" if name in previous else ""
            over = "  (detection budget reached: the rest of the page was not searched)" if stopped else ""
            print(f"  {name:22s} {seconds * 1000:8.1f} ms  x{seconds / ordinary:5.1f} ordinary{growth}{over}")
            previous[name] = seconds
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
