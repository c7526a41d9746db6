"""bench.date_shown: which text dumps show their true date at all (the date score's fair subset)."""

from __future__ import annotations

import pytest

from bench.date_shown import date_shown, why_not_shown


@pytest.mark.parametrize(
    "dump",
    [
        "By Lucía Ramos | 08/05/2022",
        "Swantje Schemmerling | 08.05.22",
        "Posted May 8th, 2022",
        "Publicado el 8 de mayo de 2022",
        "입력 2022년 5월 8일",
        "veröffentlicht am 8 Mai ’22",
    ],
)
def test_the_day_is_shown_in_any_form(dump: str) -> None:
    assert date_shown(f"Festival opens\n{dump}\nThe text.", "2022-05-08")


@pytest.mark.parametrize("dump", ["Updated May 9, 2022", "May 2022", "Tickets: 8 seats, 5 rows, 2022 edition"])
def test_another_day_or_no_day_is_not_shown(dump: str) -> None:
    assert not date_shown(dump, "2022-05-08")


@pytest.mark.parametrize(
    ("dump", "why"),
    [
        ("Updated 10:01 pm PST, Tuesday, May 7, 2022", "one day off"),  # the meta date is in UTC
        ("Updated May 20, 2022", "other days only"),
        ("3 hours ago", "relative stamps only"),
        ("Festival opens", "no date at all"),
    ],
)
def test_why_a_dump_does_not_show_its_date(dump: str, why: str) -> None:
    assert why_not_shown(dump, "2022-05-08") == why
