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
