"""The article's own date: datelines in the header and anywhere, a blog's closing note, and
the dated lines nearest the text; an impossible date reported once.

Every date is read by :mod:`ingest.dates` (shared with the HTML reader).
"""

from __future__ import annotations

import re

from ingest import byline_shape
from ingest.dates import FoundDate, find_date, impossible_date
from ingest.text import rules
from ingest.text.bylines import byline_beside_a_date
from ingest.text.lines import Line, is_prose
from ingest.text.page import BY_POSITION, Page, pattern_date


def is_header_fact(page: Page, index: int) -> bool:
    """A byline, or a line that gives a date: wholly a date, "Posted on ...", or a short line with a full date."""
    reason = page.dropped.get(index, "")
    line = page.lines[index]
    if reason.startswith(("byline", "author")):
        return True
    if line.words > rules.MAX_DATELINE_WORDS:
        return False
    found = pattern_date(line.text)
    return found is not None and (found.complete or found.end - found.start >= 0.8 * len(line.text.strip()))


def place_dateline(text: str, day_first: bool = False) -> FoundDate | None:
    """The full date of a news dateline that opens a paragraph: a place, a comma, the date and a dash
    ("Brussels, 22 November 2026 – The jury of ...", "SEOUL, March 3, 2024 -- ..."), as wire copy and
    press releases open their first paragraph; None for any other line. Offsets are ``text``'s."""
    place = _PLACE_BEFORE_A_DATE.match(text)
    if place is None:
        return None
    found = find_date(text[place.end() :], foreign=False, day_first=day_first)
    if found is None or found.start != 0 or not found.complete or len(found.iso) != 10:
        return None
    if not _DASH_AFTER_A_DATE.match(text, place.end() + found.end):
        return None
    return FoundDate(found.iso, True, place.end() + found.start, place.end() + found.end)


# A dateline's place: one to four words, each opening with a capital (a city, "NEW YORK", "Busan,
# South Korea"), then a comma; and the dash that ends a dateline ("–", "—", "-", "--").
_CAPITALISED = r"[^\W\d_a-zß-ÿ][\w'’.-]*"
_PLACE_BEFORE_A_DATE = re.compile(rf"\s*{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}(?:,\s*{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}})?,\s*")
_DASH_AFTER_A_DATE = re.compile(r"\s*(?:[–—]|--?)\s")


def find_dateline(page: Page, title: int | None, body_start: int, main: range) -> None:
    """The article's own date, when no header line was wholly a date.

    A short line near the headline that holds a date ("Posted on August 19,
    2024 by ...", "Source | 2021/02/24 | Permalink", "입력 2024.03.05 10:41",
    "By Mina Park | Oct 24, 2023 | Updated: ..."): the first such line under
    the headline, else above it; else, the first such line inside the main
    text (a dateline the headline guess missed). Dates after the main text
    belong to comments and related items.
    """
    if page.meta.date and not page.date_revised:
        return
    anchor = title if title is not None else main.start
    below = range(anchor + 1, min(len(page.lines), max(body_start, anchor + 1) + rules.MAX_HEADER_LINES))
    above = range(anchor - 1, max(-1, anchor - rules.MAX_HEADER_LINES), -1)
    # With a revision's date from the header, only the header may give the publication's ("By X | date").
    within = () if page.meta.date else (i for i in main if i > anchor + rules.MAX_HEADER_LINES and not is_prose(page.lines[i]))
    for index in [*below, *above, *within]:
        line = page.lines[index]
        if page.labels.get(index) == "title":
            continue
        # A paragraph opened by a news dateline dates the article, and stays text.
        if (opening := place_dateline(line.text, page.day_first)) is not None:
            page.meta.date, page.date_revised = opening.iso, False
            return
        if line.words > 2 * rules.MAX_DATELINE_WORDS:
            continue
        own = _publication_date(line.text, page.day_first)
        if own is None or not own[0].complete or (page.meta.date and own[1]):
            continue
        # Opened by a byline, "Published" or the date itself, a dateline may carry the names and an
        # "Updated" part too (twice the words); otherwise a line with a date is a dateline when short.
        labelled = re.match(rf"{byline_shape.DATELINE}|{byline_shape.BYLINE_OPENER}", line.text.strip(), re.I)
        if line.words > rules.MAX_DATELINE_WORDS and not (labelled or _opens_with(line.text, own[0])):
            continue
        # A month and a year inside an unlabelled line name a period ("Gruft-Orakel Februar 2020: ..."), not a day of publication.
        if len(own[0].iso) < 10 and not labelled and line.text[own[0].start : own[0].end].strip() != line.text.strip():
            continue
        if page.free(index) and not is_prose(line):
            page.drop(index, "dateline (the date is shown in the article header)")
        # A revision's date ("Updated: ...") stands until a line labelled as the publication's is found (mark_datelines).
        page.meta.date, page.date_revised = own[0].iso, own[1]
        return
    page.meta.date = page.meta.date or _published_note_date(page, main) or _date_away_from_the_headline(page, main)


def _published_note_date(page: Page, main: range) -> str:
    """The date of a blog's note at the end of its post that it was published on that day ("Dieser
    Eintrag wurde veröffentlicht in Kino am 11. Dezember 2012 von Mathias."), or "". Only read,
    never dropped: the same words may be a sentence of the article's own."""
    for index in range(max(0, main.stop - 3), min(len(page.lines), main.stop + rules.PUBLISHED_NOTE_REACH)):
        line = page.lines[index]
        if page.dropped.get(index) == "comments" or line.words > 2 * rules.MAX_DATELINE_WORDS:
            continue
        if re.search(rules.PUBLISHED_NOTE, line.text, re.I) and not re.search(rules.UPDATED, line.text, re.I):
            found = pattern_date(line.text, page.day_first)
            if found is not None and found.complete and len(found.iso) == 10:
                return found.iso
    return ""


def _date_away_from_the_headline(page: Page, main: range) -> str:
    """The date of a page whose header gave none: the short dated line nearest above the main
    text (the header the headline guess missed), else the one date printed on short lines after
    it and above a comment thread known by its shape, when only one is (several are the dates of comments or of related
    items); or ""."""

    def dated(index: int) -> str:
        line = page.lines[index]
        if line.words > 2 * rules.MAX_DATELINE_WORDS or is_prose(line) or page.labels.get(index) == "title":
            return ""
        found = pattern_date(line.text, page.day_first)
        return found.iso if found is not None and found.complete and len(found.iso) == 10 else ""

    for index in range(main.start - 1, -1, -1):
        if iso := dated(index):
            return iso
    # Not a reply's: a thread known by its shape (main_text.mark_comment_thread), from its first
    # reply's time on, is the readers'. (A thread of clock-time stamps is left as it was: ending the
    # search at every comments heading cost a dev page its date, which only its replies printed,
    # and a test page too.)
    thread = next((i for i in range(main.stop, len(page.lines)) if page.dropped.get(i) == rules.REPLY_TIME), len(page.lines))
    after = {iso for index in range(main.stop, thread) if (iso := dated(index))}
    return after.pop() if len(after) == 1 else ""


def report_impossible_date(page: Page, title: int | None, body_start: int) -> None:
    """A header line that prints a date no calendar has ("2025-02-30"): one warning, worded as
    for a sidecar's date (:func:`ingest.dates.check_date`), and no date."""
    start = 0 if title is None else title + 1
    for index in range(start, min(len(page.lines), body_start + rules.MAX_HEADER_LINES)):
        line = page.lines[index]
        if line.words <= 2 * rules.MAX_DATELINE_WORDS and (error := impossible_date(line.text)):
            page.warnings.append(f"date {error}")
            return


def dateline_date(line: Line, day_first: bool = False) -> tuple[str, bool, bool] | None:
    """``(iso, complete, revised)`` of a short "Published on ..."/"Updated: ..."/"입력 ..." line
    (``revised``: the date is labelled as a revision's, see :func:`_publication_date`)."""
    # Opened by "Published", it may carry a time, a weekday and an "Updated" part too (twice the words).
    if line.words > 2 * rules.MAX_DATELINE_WORDS or not re.match(byline_shape.DATELINE, line.text.strip(), re.I):
        return None
    own = _publication_date(line.text, day_first)
    return (own[0].iso, own[0].complete, own[1]) if own else None


def dated_header_line(page: Page, index: int) -> tuple[str, bool, bool] | None:
    """``(iso, True, revised)`` of a header line that gives a full date with a few words about it
    ("Nissan November 20, 2019 13:42", "12/04/2020 by Kay 24 Comments"), or opens with one
    ("February 4, 2020 • words by Kanae Nakamine • Art by Koichi"), or holds a byline beside it
    (:func:`ingest.text.bylines.byline_beside_a_date`); None for running text."""
    line = page.lines[index]
    if line.words > 2 * rules.MAX_DATELINE_WORDS or is_prose(line):
        return None
    # Dated lines in a row are a list (teasers, events, comments), not one article's header.
    if any(pattern_date(page.lines[i].text) for i in (index - 1, index + 1) if 0 <= i < len(page.lines)):
        return None
    own = _publication_date(line.text, page.day_first, foreign=False)
    if own is None or len(own[0].iso) != 10:
        return None
    found = own[0]
    around = len(line.text[: found.start].split()) + len(line.text[found.end :].split())
    # "이수진 기자 입력 2025.02.03 14:21 수정 ... 댓글 0": more words around the date, all of them a byline's and labels.
    if around <= rules.MAX_WORDS_AROUND_A_DATE or _opens_with(line.text, found) or byline_beside_a_date(line, page.day_first):
        return found.iso, True, own[1]
    return None


def _opens_with(text: str, found: FoundDate) -> bool:
    """``found`` is the first thing ``text`` says (bullets and separators aside)."""
    return not text[: found.start].strip(" |•·-–—,:")


def _publication_date(text: str, day_first: bool, *, foreign: bool = True) -> tuple[FoundDate, bool] | None:
    """``(date, revised)``: the first full date in ``text`` labelled as the publication's, else the
    first full date not labelled as a revision's, else its first date (``revised``: labelled so).
    "Last updated 04 Jun 2020, originally created 17 Jun 2019" -> 17 June 2019; "By Mina Park |
    Oct 24, 2023 | Updated: Oct 25, 2023" -> 24 October; "Submitted 16 December 2023. Published
    2 January 2024." -> 2 January (an earlier milestone's date is not the publication's:
    AndyTheFactory/newspaper4k#575). A date's label is the words between it and the date before
    it (``rules.UPDATED``, ``rules.PUBLISHED_NOTE``)."""
    dates = _labelled_dates(text, day_first, foreign)
    if published := [found for found, label in dates if _labelled_published(found, label)]:
        return published[0], False
    dates_revised = [(found, bool(re.search(rules.UPDATED, label, re.I))) for found, label in dates]
    return next(((found, False) for found, revised in dates_revised if found.complete and not revised), dates_revised[0] if dates else None)


def milestone_publication_date(text: str) -> str:
    """The day (``YYYY-MM-DD``) of a line that gives several dates, one of them labelled as the
    publication's ("Submitted 16 December 2023. Published 2 January 2024.", "Published 3 March
    2024 | Updated 9 March 2024"), or "": the HTML reader's answer before htmldate's, which takes
    the earliest date a page shows (an earlier milestone's: AndyTheFactory/newspaper4k#575)."""
    dates = _labelled_dates(text, day_first=False, foreign=False)
    published = [found for found, label in dates if _labelled_published(found, label)]
    return published[0].iso if len(dates) > 1 and published and len(published[0].iso) == 10 else ""


def _labelled_published(found: FoundDate, label: str) -> bool:
    return found.complete and bool(re.search(rules.PUBLISHED_NOTE, label, re.I)) and not re.search(rules.UPDATED, label, re.I)


def _labelled_dates(text: str, day_first: bool, foreign: bool) -> list[tuple[FoundDate, str]]:
    """The first three dates of ``text``, each with its label: the words between it and the date before it."""
    dates: list[tuple[FoundDate, str]] = []
    start = 0
    while start < len(text) and len(dates) < 3:
        found = find_date(text[start:], foreign=foreign and start == 0, day_first=day_first)
        if found is None:
            break
        dates.append((FoundDate(found.iso, found.complete, start + found.start, start + found.end), text[start : start + found.start]))
        start += max(found.end, 1)
    return dates


def mark_datelines(page: Page) -> None:
    """Publication datelines anywhere ("First published on November 19, 2019"): metadata, not
    text. The first one not labelled as a revision's dates a page that only had a revision's date."""
    for index, line in enumerate(page.lines):
        # A thread of replies may be taken to open at the article's dateline under the text
        # ("Publiziert: 03.04.2020, 12:35" above "44 Kommentare"): its first line is read too.
        opens_thread = page.dropped.get(index) == "comments" and page.dropped.get(index - 1) != "comments"
        if not page.free(index) and not page.dropped.get(index, "").startswith(BY_POSITION) and not opens_thread:
            continue
        if date := dateline_date(line, page.day_first):
            iso, complete, revised = date
            if complete and (not page.meta.date or (page.date_revised and not revised)):
                page.meta.date, page.date_revised = iso, revised
            if not opens_thread:
                page.drop(index, "dateline (the date is shown in the article header)")
