"""Whether a text dump shows a date at all, in any of the forms pages write it.

The date benchmark's truth is the page's JSON-LD/meta date, which a page need
not print: a select-all copy of it cannot give that date. This module tells
the pages whose dump shows the true day somewhere (in the article's header,
a comment, a list: anywhere) so that the date score can also be given over
those pages. Deliberately wider than the reader's own date patterns, so that
a form the reader misses still counts as shown:

* numbers in any order with ``.``, ``/`` or ``-`` between them (year first,
  day first, month first; a two-digit year too), ``2024년 3월 5일``,
  ``2024年3月5日``, ``20240305``;
* the day and the year around a month word of any language dateparser
  knows (``ingest.dates``' month names), in either order.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from collections import Counter
from functools import lru_cache


@lru_cache(maxsize=4096)
def _patterns(iso: str) -> re.Pattern[str]:
    from ingest.dates import _MONTHS, _foreign_months  # noqa: PLC0415 (the one home of month names)

    day = date.fromisoformat(iso)
    y, m, d = day.year, day.month, day.day
    year, month, dom, sep = rf"(?:{y}|{y % 100:02d})", rf"0?{m}", rf"0?{d}", r"\s*[./-]\s*"
    words = {w for w, n in _MONTHS.items() if n == m} | {w for w, n in _foreign_months().items() if n == m}
    words.add(calendar.month_name[m].lower())
    month_word = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    forms = [
        rf"(?<!\d){y}{sep}{month}{sep}{dom}(?!\d)",
        rf"(?<!\d){y}\s*[년年]\s*{month}\s*[월月]\s*{dom}\s*[일日]",
        rf"(?<!\d){dom}{sep}{month}{sep}{year}(?!\d)",
        rf"(?<!\d){month}{sep}{dom}{sep}{year}(?!\d)",
        rf"(?<!\d){y}{m:02d}{d:02d}(?!\d)",
        rf"(?<!\d){dom}(?:st|nd|rd|th|er|\.)?(?:\s+de)?\s*(?:{month_word})\b\.?,?(?:\s+de)?\s+[’'‘]?{year}",
        rf"\b(?:{month_word})\.?\s+{dom}(?:st|nd|rd|th)?\.?,?\s+[’'‘]?{year}",
    ]
    return re.compile("|".join(f"(?:{form})" for form in forms), re.I)


def date_shown(dump: str, iso: str) -> bool:
    """Whether ``dump`` (a page's text) shows the day ``iso`` (``YYYY-MM-DD``) in some form."""
    try:
        pattern = _patterns(iso[:10])
    except ValueError:
        return False
    return pattern.search(dump) is not None


# A relative stamp as pages print it on short lines ("3 hours ago", "vor 2 Tagen", "hace 5 días").
_RELATIVE = re.compile(r"\b(?:ago|vor \d+ \w+|hace \d+|il y a \d+|yesterday|gestern|heute|today)\b", re.I)


def why_not_shown(dump: str, iso: str) -> str:
    """Why a dump does not show its true day: "one day off" (the day before or after is shown:
    the meta date's time zone), "other days only", "relative stamps only" or "no date at all"."""
    from datetime import timedelta  # noqa: PLC0415

    from ingest.dates import find_date  # noqa: PLC0415

    day = date.fromisoformat(iso[:10])
    if any(date.min + timedelta(days=1) <= day <= date.max - timedelta(days=1)
           and date_shown(dump, (day + timedelta(days=shift)).isoformat()) for shift in (-1, 1)):  # fmt: skip
        return "one day off"
    lines = dump.splitlines()
    if any((found := find_date(line, foreign=False)) and len(found.iso) == 10 for line in lines):
        return "other days only"
    if any(_RELATIVE.search(line) and len(line.split()) < 8 for line in lines):
        return "relative stamps only"
    return "no date at all"


def main(argv: list[str] | None = None) -> int:
    """Counts only (no page is printed): how many dated pages of a split show their date, and why the others do not."""
    import argparse  # noqa: PLC0415
    import json  # noqa: PLC0415
    from collections import Counter  # noqa: PLC0415

    from bench.text_dumps import DEV, SPLITS, WIDE, load  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--read", action="store_true", help="also read the pages that show their day (this tree's reader, with their addresses) and count its dates by kind")
    args = parser.parse_args(argv)
    for name, corpus in (("extraction-wide", WIDE), ("extraction-dev", DEV)):
        keys = json.loads((SPLITS / f"{name}.json").read_text())[args.split]
        urls = {k: v.get("url", "") for k, v in _references(corpus).items()}
        pages = load(corpus, keys, urls)
        counts: Counter[str] = Counter()
        for page in pages.values():
            if page["date"]:
                counts["dated"] += 1
                counts["shown" if date_shown(page["dump"], page["date"]) else why_not_shown(page["dump"], page["date"])] += 1
        print(f"{name} {args.split}: " + ", ".join(f"{kind} {n}" for kind, n in counts.most_common()))
        if args.read:
            print(f"  read, of the {counts['shown']} that show their day: " + ", ".join(f"{kind} {n}" for kind, n in read_dates(pages).most_common()))
    return 0


def _references(corpus) -> dict[str, dict[str, object]]:  # noqa: ANN001
    """The corpus's file of references (each page's address among them)."""
    import json  # noqa: PLC0415

    name = "snippets.json" if (corpus / "snippets.json").exists() else "ground-truth.json"
    return json.loads((corpus / name).read_text(encoding="utf-8"))


def read_dates(pages: dict[str, dict[str, object]]) -> Counter[str]:
    """Over the pages that show their true day: how this tree's reader (each site's template learned
    from its pages, the address given) dates them: "right", "one day off" (the meta date's time zone:
    the page prints the day before or after), "no date", or "another day" (a comment's, a related item's,
    a day-first date read month first). Counts only."""
    from collections import Counter  # noqa: PLC0415
    from datetime import timedelta  # noqa: PLC0415

    from ingest.text.reader import read_text  # noqa: PLC0415
    from ingest.text.template import site_templates  # noqa: PLC0415

    templates = site_templates({k: (p["site"], p["dump"]) for k, p in pages.items()}, {k: p["url"] for k, p in pages.items()})
    counts: Counter[str] = Counter()
    for key, page in pages.items():
        truth = str(page["date"])
        if not truth or not date_shown(str(page["dump"]), truth):
            continue
        got = read_text(str(page["dump"]), templates[key], str(page["url"])).metadata.date[:10]
        day = date.fromisoformat(truth[:10])
        if got == truth[:10]:
            counts["right"] += 1
        elif not got:
            counts["no date"] += 1
        elif got in {(day + timedelta(days=shift)).isoformat() for shift in (-1, 1)}:
            counts["one day off"] += 1
        else:
            counts["another day"] += 1
    return counts


if __name__ == "__main__":
    raise SystemExit(main())
