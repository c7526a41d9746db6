"""Dates as pages write them -> ISO 8601, and back to words for readers."""

from __future__ import annotations

import calendar
import re
from datetime import date

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Each pattern names the groups it captures; the year is optional in the
# "Mar 29" form that blogs print for the current year.
_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?(?:[T ][\d:.+-Z]*)?"),
    re.compile(r"(?P<y>\d{4})[./년]\s*(?P<m>\d{1,2})[./월]\s*(?:(?P<d>\d{1,2})[.일]?)?"),
    re.compile(rf"(?P<mn>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?", re.I),
    re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH})\.?(?:,?\s+(?P<y>\d{{4}}))?", re.I),
    re.compile(rf"(?P<mn>{_MONTH})\.?\s+(?P<y>\d{{4}})", re.I),
]


def parse_date(text: str) -> tuple[str, bool] | None:
    """``(iso, complete)`` for a string that is wholly a date, else None.

    ``complete`` is false when the year is missing: the ISO form is then ""
    and the caller keeps the words as the page showed them.
    """
    text = text.strip().rstrip(".")
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if not match:
            continue
        groups = match.groupdict()
        month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mn"].lower().rstrip(".")]
        day = int(groups["d"]) if groups.get("d") else None
        if not groups.get("y"):
            return ("", False) if 1 <= month <= 12 and (day is None or 1 <= day <= 31) else None
        iso = _iso(int(groups["y"]), month, day)
        return (iso, True) if iso else None
    return None


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_date(value: str) -> str:
    """ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) for a full date string, or ""."""
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return value
    parsed = parse_date(value)
    return parsed[0] or "" if parsed else ""


def display_date(iso: str, as_written: str = "") -> str:
    """Words for the article header: "29 March 2024", "October 2025", "2024"."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        year, month, day = map(int, iso.split("-"))
        return f"{day} {calendar.month_name[month]} {year}"
    if re.fullmatch(r"\d{4}-\d{2}", iso):
        year, month = map(int, iso.split("-"))
        return f"{calendar.month_name[month]} {year}"
    if iso:
        return iso
    return f"{as_written} (year not shown)" if as_written else ""
