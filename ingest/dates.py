"""The one home for dates: as pages write them -> ISO 8601, and back to words.

Every reader (text dumps, HTML, sidecars) and every output (article header,
listings, feed) goes through this module, so a date means the same thing, and
an impossible one is refused with the same message, everywhere.

Forms read by this module's own patterns (fast: most pages print one of them):

- ISO 8601 and its cousins: ``2025-10-13``, ``2025-10-13T10:41:30+09:00``,
  ``2025-10-13 10:41:30``, ``2025-10``, ``20251013`` (machine fields only);
- year first with dots, slashes or Korean/Japanese/Chinese units:
  ``2024.03.05``, ``2024.03.05 14:22``, ``2021/02/24``, ``2024년 3월 5일``,
  ``2024年3月5日``, and the same counted in a Japanese imperial era or the
  Republic of China's (Minguo) calendar: ``令和6年3月5日``, ``令和元年5月1日``
  (the era's first year), ``民國113年3月5日`` (all 2024, or 2019 for 元年);
- day first with dots (German, Polish, Czech, ... print it): ``19.08.2024``,
  ``19.10.19`` (two digits each: the latest such year not after this one),
  and month first when the day cannot be a month (``11.14.2019``);
- month words in English: ``August 19, 2024``, ``Sep 23, 2012``,
  ``19 August 2024``, ``Oct. 2025``, and ``Mar 29`` with no year (blogs print
  the current year so; the year is then unknown, not guessed).

Month words of the other languages dateparser knows, written against a day
and a year (``12. Juni 2017``, ``15 de marzo de 2021``, ``Dezember 10,
2019``, ``März 2021``), are looked up in dateparser's own month names, so a
date is found inside a longer line too. Anything else that holds a
four-digit year and a word (``19. August 2024``,
``19 août 2024``, ``2 lutego 2024``) is handed to ``dateparser`` (pinned in
requirements.txt), which reads month names in some 200 languages. It was
chosen over ``htmldate`` because it parses a string a reader already found
(the byline's date, a meta field), where ``htmldate`` looks for a date in a
whole HTML tree by its own rules; and over ``python-dateutil`` because
dateutil reads English month names only.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import dataclass
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from datetime import date
from functools import lru_cache


class DateError(ValueError):
    """A value that is not a date this archive can publish; ``str()`` is the message."""


@dataclass(frozen=True)
class FoundDate:
    """A date found in a string.

    ``iso`` is ``YYYY-MM-DD`` or ``YYYY-MM`` ("" when the page shows no year,
    as in "Mar 29"); ``start``/``end`` are the character offsets of the date's
    words in the string searched.
    """

    iso: str
    complete: bool
    start: int
    end: int


_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_YEAR = r"(?P<y>(?:1[89]|2[0-9])\d{2})"
# The years a date may name, a page's (_YEAR) or a curator's (check_date): outside them a date is
# a typo, and a sidecar dated 0001-01 beside one dated 9999-12 made the Articles page's month
# chart 119,988 months wide (a 22 MB page).
FIRST_YEAR, LAST_YEAR = 1800, 2999
# The year ends the number, or a time follows it glued, as select-all copies of
# a page join a date line to a time line ("Nov 15, 20195:45 AM").
_GLUED_TIME = r"(?:(?!\d)|(?=\d{1,2}:\d{2})|(?=\d{1,3}\.?\s*[^\W\d_]))"
# The same after a numeric date ending with its year: a count or the date again may be glued
# to it ("06/11/20230 Kommentare", "21. Januar 202221. Januar 2022").
_GLUED_END = r"(?:(?![\d/])|(?=\d{1,2}:\d{2})|(?=\d{1,3}\.?\s*[^\W\d_]))"
# A month and a year with a day before them that cannot be ("30 February 2021") are no
# date: not February 2021.
_NO_DAY_BEFORE = r"(?<!\d)(?<!\d\.)(?<!\d\s)(?<!\d\.\s)"

# The year cut to two digits after an apostrophe, as blogs print it: "14 Feb ’20".
_APOSTROPHE_YEAR = r"[’'‘](?P<yy>\d{2})(?!\d)"
_SLASHED_DAY = re.compile(r"(?<![\d/])(?P<d>1[3-9]|2\d|3[01])/(?P<m>\d{1,2})/" + _YEAR + _TIME + _GLUED_END)
_SLASHED_DAY_YY = re.compile(r"(?<![\d/])(?P<d>1[3-9]|2\d|3[01])/(?P<m>[01]\d)/(?P<yy>\d{2})(?![\d/])")

# Each pattern names the groups it captures. Order matters: year-first numeric
# forms before day-first ones, so "2024.03.05" is never read as 24 March 2005.
# The calendars that count years from an era's first, as Japanese and Taiwanese pages date
# themselves ("令和6年3月5日", "民國113年3月5日"): the Gregorian year each era's year 1 (元年,
# "first year") falls in. Japanese eras since the calendar reform of 1873 (Meiji 6); Minguo from
# 1912 (Wikipedia, "Japanese era name" and "Minguo calendar"). chrono#297, wareki#9: parsers
# that know the Gregorian form only leave such a page undated.
_ERA_FIRST_YEAR = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019, "民國": 1912, "民国": 1912}
_ERA = "|".join(_ERA_FIRST_YEAR)
_ERA_DATE = re.compile(rf"(?P<era>{_ERA})\s*(?P<ey>元|\d{{1,3}})\s*年\s*(?P<m>\d{{1,2}})\s*月(?:\s*(?P<d>\d{{1,2}})\s*日)?{_TIME}")

_PATTERNS = [
    _ERA_DATE,
    re.compile(rf"(?<![\d.]){_YEAR}-(?P<m>\d{{1,2}})(?:-(?P<d>\d{{1,2}}))?{_TIME}(?![\d])"),
    re.compile(rf"(?<![\d./]){_YEAR}\s*[./년年/]\s*(?P<m>\d{{1,2}})\s*(?:[./월月/]\s*(?P<d>\d{{1,2}})(?:\s*[일日]|\.(?!\d))?|\s*[월月]){_TIME}(?![\d])"),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?" + _YEAR + _TIME + _GLUED_END),
    # Day first with a two-digit year, as German sites print it ("19.10.19", "06.11.23"): both
    # day and month written with two digits, read as this century's.
    re.compile(r"(?<![\d.])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<yy>\d{2})(?![\d.])"),
    # Dots with the month first, as American sites also write it ("11.14.2019 09:00 AM"),
    # only when the second number cannot be a month: read here, not by dateparser.
    re.compile(r"(?<![\d.])(?P<m>0?[1-9]|1[0-2])\.(?P<d>1[3-9]|2\d|3[01])\." + _YEAR + _TIME + r"(?![\d])"),
    # Slashes with the year last: day first when the first number cannot be a month
    # ("24/02/2021"), else month first, as American sites write it ("11/19/2019"), unless the
    # page writes its dates day first (``day_first``: _DAY_FIRST_SLASHES stand in for these).
    _SLASHED_DAY,
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/" + _YEAR + _TIME + _GLUED_END),
    # The same with a two-digit year ("30/10/23", "11/20/19"): two digits each, this century's.
    _SLASHED_DAY_YY,
    re.compile(r"(?<![\d/])(?P<m>[01]\d)/(?P<d>[0-3]\d)/(?P<yy>\d{2})(?![\d/])"),
    re.compile(rf"\b(?P<mn>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:,?\s+(?:{_YEAR}{_GLUED_TIME}|{_APOSTROPHE_YEAR}))|\b)", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?P<mn>{_MONTH})\.?(?:(?:,?\s+(?:{_YEAR}{_GLUED_TIME}|{_APOSTROPHE_YEAR}))|\b)", re.I),
    re.compile(rf"{_NO_DAY_BEFORE}\b(?P<mn>{_MONTH})\.?,?\s+{_YEAR}{_GLUED_TIME}", re.I),
]
# Day first for the slashed dates a page writes either way ("08/05/2022": 8 May in Lima and
# London, August 8 in New York), when the page shows that it writes its dates so (see
# :func:`day_first_order`).
_DAY_FIRST_SLASHES = {
    _PATTERNS.index(_SLASHED_DAY) + 1: re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/" + _YEAR + _TIME + _GLUED_END),
    _PATTERNS.index(_SLASHED_DAY_YY) + 1: re.compile(r"(?<![\d/])(?P<d>[0-3]\d)/(?P<m>[01]\d)/(?P<yy>\d{2})(?![\d/])"),
}
_PATTERNS_DAY_FIRST = [_DAY_FIRST_SLASHES.get(i, pattern) for i, pattern in enumerate(_PATTERNS)]
_COMPACT = re.compile(rf"{_YEAR}(?P<m>\d{{2}})(?P<d>\d{{2}})(?:T[\d:.]*(?:Z|[+-][\d:]+)?)?")
_YEAR_ONLY = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")
_ISO_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# What dateparser is asked about: short strings holding a year and at most two
# words (a weekday and a month: "Mittwoch, 3. März 2021"); a sentence that
# merely names a year ("in 2024 the festival") is not a date.
_FOREIGN_YEAR = re.compile(r"\b(?:1[89]|2[0-9])\d{2}\b")
_WORD = re.compile(r"[^\W\d_]{2,}")
_FOREIGN_MAX_CHARS = 40
_FOREIGN_MAX_WORDS = 2
# A month name is written against a number ("3. März 2021", "Oktober 2020",
# "15 de marzo de 2021"), never across a dash or a bracket: "2019 - here )"
# is no date, and asking dateparser costs its language data (0.4-1.1 s a process).
_WORD_BY_NUMBER = re.compile(r"\d[.,]?\s*[^\W\d_]{2,}|[^\W\d_]{2,}\.?,?\s*\d")
# The languages dateparser tries, in order. Naming them is 50-500 times faster
# than letting it detect one among 200 (3-7 ms a string instead of 0.3-2.7 s,
# measured here); these are the languages of the film press the archive
# collects and of the extraction benchmark's pages.
DATEPARSER_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "da", "nb", "fi", "tr", "ru", "ko", "ja", "zh"]


# How many strings one page may give dateparser (:func:`page_dateparser_budget`): each costs it 3-70 ms,
# and a page of thousands of short lines holding a year ("Page 1834 of 2400": two words and a number)
# asked it for each, 45 s for 600 lines, half an hour for a page of 1 MB. The most an ordinary page
# asks it is far fewer (the extraction benchmark's 475 dev pages: 28 at most, 3 but for one).
MAX_DATEPARSER_STRINGS = 100
# The strings given to dateparser while the page being read is read; None outside a page's reading.
_dateparser_asked: ContextVar[list[int] | None] = ContextVar("dateparser_asked", default=None)


@contextlib.contextmanager
def page_dateparser_budget() -> Iterator[None]:
    """Within the block (one page's reading), dateparser reads at most :data:`MAX_DATEPARSER_STRINGS`
    strings; past them a date is read by the patterns only, as ``foreign=False`` reads it."""
    token = _dateparser_asked.set([0])
    try:
        yield
    finally:
        _dateparser_asked.reset(token)


def _dateparser_allowed() -> bool:
    """Whether dateparser may read one more string for the page being read (counted when it may)."""
    asked = _dateparser_asked.get()
    if asked is None:
        return True
    asked[0] += 1
    return asked[0] <= MAX_DATEPARSER_STRINGS


def find_date(text: str, *, foreign: bool = True, day_first: bool = False) -> FoundDate | None:
    """The first date written in ``text`` (a line, a byline, a meta value), or None.

    Dates that cannot exist (30 February, month 13) are skipped, not clamped.
    ``foreign=False`` tries the patterns only, not dateparser (which costs
    0.1 s on a string that holds no date): for scanning many lines. Month
    words of other languages ("12. Juni 2017", "15 de marzo de 2021") are read
    either way, looked up in dateparser's month names (loaded once).
    ``day_first`` reads a slashed date that could be either ("08/05/2022") day
    first, as the page's other dates show it writes them (:func:`day_first_order`).
    """
    return _find_date(text, foreign=foreign, day_first=day_first, anywhere=True)


def _find_date(text: str, *, foreign: bool, day_first: bool, anywhere: bool) -> FoundDate | None:
    """:func:`find_date`; ``anywhere=False`` skips dateparser's second reading, from the first number
    on, which can only find a date that does not open ``text`` (:func:`parse_date` wants none)."""
    if _DIGIT.search(text) is None:
        # Every pattern, and dateparser's candidates (_FOREIGN_YEAR), hold a digit: most lines of
        # a page hold none, and the patterns cost 15-20% of the text reader's time.
        return None
    best: FoundDate | None = None
    for pattern in _PATTERNS_DAY_FIRST if day_first else _PATTERNS:
        for match in pattern.finditer(text):
            found = _from_groups(match.groupdict(), match.start(), match.end())
            if found is not None:
                if best is None or found.start < best.start:
                    best = found
                break
    if best is None:
        best = _month_word_date(text)
    if best is None and foreign:
        # The whole string, then from its first number on ("Veröffentlicht am 3. März 2021").
        first_digit = _DIGIT.search(text)
        for start in dict.fromkeys((0, first_digit.start() if first_digit and anywhere else 0)):
            if _is_foreign_candidate(text[start:]) and _dateparser_allowed():
                iso = _dateparser_iso(text[start:].strip())
                if iso:
                    return FoundDate(iso, True, start, len(text))
    return best


def parse_date(text: str, day_first: bool = False) -> tuple[str, bool] | None:
    """``(iso, complete)`` for a string that is wholly a date, else None.

    ``complete`` is false when the year is missing: the ISO form is then ""
    and the caller keeps the words as the page showed them. ``day_first`` as
    for :func:`find_date`.
    """
    stripped = text.strip().rstrip(".").strip()
    found = _find_date(stripped, foreign=True, day_first=day_first, anywhere=False)
    if found is None or found.start != 0 or stripped[found.end :].strip(" .,"):
        return None
    return found.iso, found.complete


def normalise_date(value: str) -> str:
    """ISO 8601 (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) for a machine or
    sidecar field that holds a full date (``2025-10-13T10:41Z``,
    ``20251013``, ``October 13, 2025``), or "" when it holds none that exists."""
    value = value.strip()
    if _YEAR_ONLY.fullmatch(value):
        return value
    match = _COMPACT.fullmatch(value)
    if match:
        found = _from_groups(match.groupdict(), 0, len(value))
        return found.iso if found else ""
    found = find_date(value)
    return found.iso if found and found.complete else ""


def check_date(value: str) -> str:
    """The ISO form of a sidecar's or a curator's date, or :class:`DateError`.

    The one message for an impossible date, wherever it comes from:
    ``'2025-02-30' is not a calendar date (2025-02 has 28 days)``.
    """
    text = str(value).strip()
    shape = _ISO_SHAPE.fullmatch(text)
    if shape:
        year, month, day = (int(part) if part else None for part in shape.groups())
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise DateError(f"{text!r} is not a date (the year must be from {FIRST_YEAR} to {LAST_YEAR})")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"{text!r} is not a calendar date (there is no month {month})")
        if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            days = calendar.monthrange(year, month)[1]
            raise DateError(f"{text!r} is not a calendar date ({year:04d}-{month:02d} has {days} days)")
        return text
    if (numeric := _NUMERIC_DAY.fullmatch(text)) and numeric[1] != numeric[2] and max(int(numeric[1]), int(numeric[2])) <= 12:
        first, second, year = (int(part) for part in numeric.groups())
        raise DateError(
            f"{text!r} could be {first} {calendar.month_name[second]} or {second} {calendar.month_name[first]} {year};"
            f" write {year:04d}-{second:02d}-{first:02d} or {year:04d}-{first:02d}-{second:02d}"
        )
    iso = normalise_date(text)
    if not iso:
        raise DateError(f"{text!r} is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)")
    return iso


# A day written with numbers alone, day and month in an order only the writer knows ("07/08/2025":
# 7 August in Europe, July 8 in the United States). A page's own dates are read by the order its
# other dates show (day_first_order); a curator's date stands alone, so it must say which.
_NUMERIC_DAY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")


def impossible_date(text: str) -> DateError | None:
    """The error :func:`check_date` gives for the first date-shaped part of ``text`` that names no
    calendar day ("2025-02-30", "February 30, 2025", "30.02.2025"), or None (also when ``text``
    holds a real date: a reader then has that one). The one message for an impossible date,
    for the pages' dates as for the sidecars'."""
    if find_date(text, foreign=False) is not None:
        return None
    for pattern in [*_PATTERNS, *_FOREIGN_PATTERNS]:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            word = (groups.get("mn") or "").lower().rstrip(".")
            month = int(groups["m"]) if groups.get("m") else _MONTHS.get(word) or (word and _foreign_months().get(word))
            year = groups.get("y") or (groups.get("yy") and _two_digit_year(groups["yy"]))
            if not month or not year:
                continue
            day = f"-{int(groups['d']):02d}" if groups.get("d") else ""
            try:
                check_date(f"{int(year):04d}-{int(month):02d}{day}")
            except DateError as error:
                return error
    return None


# How a page shows the order it writes its days and months in: the slashed dates that can be
# read one way only, dotted day-first dates ("19.08.2024", the European form), and dates with
# a month word before or after the day ("19 August 2024", "3 de mayo de 2022" or "August 19, 2024").
_DAY_FIRST_SIGNS = [
    re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d{2})(?![\d/])"),
    re.compile(r"(?<![\d.])[0-3]?\d\.\s?[01]?\d\.\s?(?:1[89]|2[0-9])\d{2}(?!\d)"),
    re.compile(r"(?<![\d.])\d{1,2}(?:\.|st|nd|rd|th|er)?(?:\s+(?:de|of))?\s+[^\W\d_]{3,}\.?(?:\s+de)?\s+(?:1[89]|2[0-9])\d{2}(?:(?!\d)|(?=\d{1,2}:))"),
]
_MONTH_FIRST_SIGNS = [
    re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:\d{4}|\d{2})(?![\d/])"),
    re.compile(r"\b[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+(?:1[89]|2[0-9])\d{2}(?!\d)"),
]


# The commonest words of English prose. Month first is the American order: a page whose text
# is not English ("Actualizado el 08/05/2022") writes its dates day first (or year first).
_ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "in", "is", "that", "for", "with", "was"})
# English prose has one of those in five words or so; other languages' text (with some English
# names and menu words in its chrome) fewer than one in twenty-five. Below a paragraph's worth
# of words, the text tells no language.
_MIN_ENGLISH_SHARE = 0.04
_MIN_WORDS_FOR_A_LANGUAGE = 40


def day_first_order(lines: Iterable[str]) -> bool:
    """Whether a page writes its dates day first, as its dates that can be read one way only
    show: true when more of them put the day first ("24/02/2021", "19.08.2024", "19 August
    2024") than the month ("02/24/2021", "August 19, 2024"); with as many (or none) of each,
    when the page's text is not English (``_ENGLISH_WORDS``). Then a slashed date that could
    be either ("08/05/2022") is read day first (``find_date(..., day_first=True)``)."""
    day = month = words = english = 0
    for line in lines:
        # Every sign holds a digit (\d: the patterns' own class, not str.isdigit's wider one).
        if _DIGIT.search(line):
            day += sum(len(pattern.findall(line)) for pattern in _DAY_FIRST_SIGNS)
            month += sum(len(pattern.findall(line)) for pattern in _MONTH_FIRST_SIGNS)
        tokens = line.lower().split()
        words += len(tokens)
        english += sum(map(_ENGLISH_WORDS.__contains__, tokens))  # each token counted (a generator: 4% of the text reader)
    if day != month:
        return day > month
    return words >= _MIN_WORDS_FOR_A_LANGUAGE and english < _MIN_ENGLISH_SHARE * words


def period_start(iso: str) -> date | None:
    """The first day of the period an ISO date names (``2025`` -> 1 January 2025), or None."""
    shape = _ISO_SHAPE.fullmatch(iso or "")
    if not shape:
        return None
    year, month, day = (int(part) if part else 1 for part in shape.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def display_date(iso: str, as_written: str = "") -> str:
    """Words for the article header: "29 March 2024", "October 2025", "2024"."""
    shape = _ISO_SHAPE.fullmatch(iso or "")
    if shape and period_start(iso):
        year, month, day = shape.groups()
        if day:
            return f"{int(day)} {calendar.month_name[int(month)]} {year}"
        if month:
            return f"{calendar.month_name[int(month)]} {year}"
        return year
    if iso:
        return iso
    return f"{as_written} (year not shown)" if as_written else ""


def _two_digit_year(two_digits: str) -> str:
    """A year written with two digits ("19.10.19", "14 Feb '20", "30/10/23", "11/08/98"): the
    latest such year not after this one, since a page's date is never in the future; "98" is
    1998 (an archived page of the 1990s), "23" 2023 (datefinder#106, strptime's fixed 69 pivot)."""
    year = 2000 + int(two_digits)
    return str(year if year <= date.today().year else year - 100)


def _from_groups(groups: dict[str, str | None], start: int, end: int) -> FoundDate | None:
    month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mn"].lower().rstrip(".")]
    day = int(groups["d"]) if groups.get("d") else None
    if groups.get("yy"):
        groups = {**groups, "y": _two_digit_year(groups["yy"])}
    if groups.get("era"):
        era_year = 1 if groups["ey"] == "元" else int(groups["ey"])
        groups = {**groups, "y": str(_ERA_FIRST_YEAR[groups["era"]] + era_year - 1)}
    if not groups.get("y"):
        if 1 <= month <= 12 and day is not None and 1 <= day <= 31:
            return FoundDate("", False, start, end)
        return None
    iso = _iso(int(groups["y"]), month, day)
    return FoundDate(iso, True, start, end) if iso else None


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# A month written as a word in any of DATEPARSER_LANGUAGES, next to a day and a year, as
# pages print it: "12. Juni 2017", "15 de marzo de 2021", "Dezember 10, 2019", "3 mars
# 2021", "März 2021". The word is looked up in dateparser's own month names
# (:func:`_foreign_months`), so a line is never handed whole to dateparser for it, and a
# date inside a longer line ("Veröffentlicht am 12. Juni 2017 von gizzmo") is found too.
_JOINER = r"(?:\s+(?:de|del|di|of)\b)?"  # "15 de marzo de 2021", "3rd of March 2021"
_MONTH_WORD = r"(?P<mn>[^\W\d_]{3,})\.?"
_LONG_MONTH_WORD = r"(?P<mn>[^\W\d_]{4,})\.?"  # "Pro 2021", "set 2021": three letters need a day before them
# A three-letter month before the day and the year, capitalised as a date writes it: "Okt 13, 2022".
_SHORT_MONTH_FIRST = re.compile(rf"\b(?P<mn>[^\W\d_]{{3}})\.?\s+(?P<d>\d{{1,2}})\.?,?\s+{_YEAR}{_GLUED_TIME}")
_FOREIGN_PATTERNS = [
    re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th|er)?{_JOINER}\s*{_MONTH_WORD},?{_JOINER}\s+{_YEAR}{_GLUED_TIME}"),
    re.compile(rf"\b{_LONG_MONTH_WORD}\s+(?P<d>\d{{1,2}})\.?,?\s+{_YEAR}{_GLUED_TIME}"),
    _SHORT_MONTH_FIRST,
    re.compile(rf"{_NO_DAY_BEFORE}\b{_LONG_MONTH_WORD},?{_JOINER}\s+{_YEAR}{_GLUED_TIME}"),
    re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s*{_MONTH_WORD},?\s+{_APOSTROPHE_YEAR}"),
    # Day, month word and a two-digit year between dots, as forums and German blogs print it: "03.Mär.19".
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<mn>[^\W\d_]{3,})\.\s?(?P<yy>\d{2})(?![\d.])"),
]


def _month_word_date(text: str) -> FoundDate | None:
    """The first date in ``text`` whose month is a word of another language (see ``_FOREIGN_PATTERNS``)."""
    best: FoundDate | None = None
    for pattern in _FOREIGN_PATTERNS:
        for match in pattern.finditer(text):
            month = _foreign_months().get(match["mn"].lower())
            if month is None or (pattern is _SHORT_MONTH_FIRST and not match["mn"][0].isupper()):
                continue
            found = _from_groups({**match.groupdict(), "mn": None, "m": str(month)}, match.start(), match.end())
            if found is not None:
                if best is None or found.start < best.start:
                    best = found
                break
    return best


@lru_cache(maxsize=1)
def _foreign_months() -> dict[str, int]:
    """Month names and abbreviations of 3 letters or more -> month number, from dateparser's
    locale data for DATEPARSER_LANGUAGES (loaded on first use: 0.3 s with the import).
    A word two languages give different months is left out."""
    from dateparser.languages.loader import default_loader  # noqa: PLC0415

    months: dict[str, int] = {}
    clashes: set[str] = set()
    for language in DATEPARSER_LANGUAGES:
        info = default_loader.get_locale(language).info
        for number, name in enumerate(calendar.month_name[1:], start=1):
            for word in info.get(name.lower(), []):
                word = word.lower().rstrip(".")
                if len(word) >= 3 and word.isalpha():
                    if months.setdefault(word, number) != number:
                        clashes.add(word)
    return {word: number for word, number in months.items() if word not in clashes}


@lru_cache(maxsize=1)
def weekday_words() -> frozenset[str]:
    """Weekday names and abbreviations, lower case ("monday", "mon", "montag", "mardi", "월요일"), from
    dateparser's locale data for DATEPARSER_LANGUAGES (loaded on first use, as :func:`_foreign_months`)."""
    from dateparser.languages.loader import default_loader  # noqa: PLC0415

    words = {day.lower() for day in (*calendar.day_name, *calendar.day_abbr)}
    for language in DATEPARSER_LANGUAGES:
        info = default_loader.get_locale(language).info
        for name in calendar.day_name:
            words.update(word.lower().rstrip(".") for word in info.get(name.lower(), []))
    return frozenset(word for word in words if word)


def _is_foreign_candidate(text: str) -> bool:
    return (
        len(text) <= _FOREIGN_MAX_CHARS
        and _FOREIGN_YEAR.search(text) is not None
        and 1 <= len(_WORD.findall(text)) <= _FOREIGN_MAX_WORDS
        and _WORD_BY_NUMBER.search(text) is not None
    )


@lru_cache(maxsize=4096)
def _dateparser_iso(text: str) -> str:
    """dateparser's reading of a short non-English date, "" when it finds none.

    Imported on first use: it costs about 0.3 s, and most pages never need it.
    Only absolute dates with a year and a month count ("yesterday" does not).
    """
    import dateparser  # noqa: PLC0415

    settings = {"REQUIRE_PARTS": ["year", "month"], "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    try:
        parsed = dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=settings)
    except (ValueError, OverflowError, TypeError):
        return ""
    if parsed is None or not 1800 <= parsed.year <= 2999:
        return ""
    has_day = re.search(r"(?<!\d)\d{1,2}(?!\d)", _YEAR_ONLY.sub("", text)) is not None
    return parsed.date().isoformat() if has_day else f"{parsed.year:04d}-{parsed.month:02d}"


# A day in an article address's path, year first, its parts set apart by one separator ("/2019/12/09/",
# "/2019-12-09-slug"): the permalink a publishing system makes on the day it publishes (WordPress's
# "/%year%/%monthnum%/%day%/"). Run together ("20191209") it is as often an id, so it is not read.
_ADDRESS_DAY = re.compile(r"(?<![\d])((?:19|20)\d\d)([/_.-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d])")


def address_date(url: str) -> str:
    """The publication day an article's address gives in its path (``YYYY-MM-DD``), or "".

    On the dev split, 55 of 319 dated pages' addresses give one; it is their
    published date on 53 (the other 2: a time zone across midnight, a post
    moved two years later). A day no calendar has, or one after today, is no date.
    """
    from urllib.parse import unquote, urlsplit  # noqa: PLC0415 (only text dumps with an address need it)

    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return ""
    match = _ADDRESS_DAY.search(path)
    iso = match and _iso(int(match[1]), int(match[3]), int(match[4]))
    return iso if iso and iso <= date.today().isoformat() else ""


def page_date(tree: object, url: str | None = None) -> str:
    """The publication day ``htmldate`` reads in a parsed HTML page (``YYYY-MM-DD``), or "".

    For HTML pages on which the reader found no date of its own: htmldate
    (trafilatura's author, pinned in requirements.txt) weighs the page's
    tree and the date in ``url``'s path by its own rules, the field's
    standard for this (measured in ``python -m bench.html_dates``).
    ``tree`` is an ``lxml.html`` element, the page as the caller chose to show
    it; anything else is refused, as htmldate downloads a string that looks
    like an address. A 1 January answer is refused too: htmldate gives it
    for a year alone, such as a copyright line's, and none of the nine on
    the dev split was right.
    """
    from htmldate import find_date as htmldate_find_date  # noqa: PLC0415 (0.7 s to import; most pages never need it)
    from lxml.html import HtmlElement  # noqa: PLC0415

    if not isinstance(tree, HtmlElement):
        return ""
    _htmldate_reads_our_languages()
    try:
        found = htmldate_find_date(tree, extensive_search=True, original_date=True, url=url or None,
                                   max_date=date.today().isoformat())  # fmt: skip
    except (ValueError, TypeError):  # DateError is a ValueError too
        return ""
    if not found or not _ISO_SHAPE.fullmatch(found) or not period_start(found) or found.endswith("-01-01"):
        return ""
    return found


def load_page_date() -> None:
    """Load htmldate and its date parser now, as :func:`page_date` would on its first call
    (before a process pool forks, so that its workers inherit them)."""
    import htmldate  # noqa: F401, PLC0415

    _htmldate_reads_our_languages()


@lru_cache(maxsize=1)
def _htmldate_reads_our_languages() -> None:
    """Give htmldate's fallback to dateparser the languages this module names (DATEPARSER_LANGUAGES).

    htmldate (1.11.0) builds its dateparser with no languages, and dateparser then tries every one
    of its locales on a string none of them reads, loading each: 2.3-3.8 s of CPU once per process
    (every worker of the ingest's pool), more than the parse of a 100-article corpus. The only
    htmldate internal the archive relies on: ``extractors.get_external_parser``, replaced by one
    with the same settings and these languages.
    """
    from dateparser import DateDataParser  # noqa: PLC0415
    from htmldate import extractors  # noqa: PLC0415

    settings = {
        "NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"], "PREFER_DATES_FROM": "past",
        "PREFER_LOCALE_DATE_ORDER": True, "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True,
    }  # fmt: skip
    parser = DateDataParser(languages=DATEPARSER_LANGUAGES, settings=settings)
    extractors.get_external_parser = lambda: parser

