"""The one dates module: every form real pages print, and impossible dates refused alike."""

from __future__ import annotations

import http.server
import threading

import pytest
from htmldate import extractors
from lxml import html as lxml_html

from ingest import dates

from ingest.dates import DateError, check_date, day_first_order, display_date, find_date, impossible_date, normalise_date, parse_date, period_start


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024", "2024"),
        ("2025-10", "2025-10"),
        ("2025-10-14", "2025-10-14"),
        ("2025-10-14T09:30:00+09:00", "2025-10-14"),
        ("2025-10-13 10:41:30", "2025-10-13"),
        ("20191119", "2019-11-19"),
        ("October 15, 2025", "2025-10-15"),
        ("August 19, 2024", "2024-08-19"),
        ("Sep 23, 2012", "2012-09-23"),
        ("15 Oct 2025", "2025-10-15"),
        ("2024.05.03", "2024-05-03"),
        ("2024.03.05 14:22", "2024-03-05"),
        ("2021/02/24", "2021-02-24"),
        ("2024년 5월 3일", "2024-05-03"),
        ("2024年3月5日", "2024-03-05"),
        ("19.08.2024", "2024-08-19"),
        ("19. August 2024", "2024-08-19"),
        ("Mar 29", ""),
        ("2025-02-30", ""),
        ("soon", ""),
        ("yesterday", ""),
    ],
)
def test_normalise_date(text, iso):
    assert normalise_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [("19 août 2024", "2024-08-19"), ("2 lutego 2024", "2024-02-02"), ("Mittwoch, 3. März 2021", "2021-03-03")],
)
def test_month_names_in_other_languages_are_read_by_dateparser(text, iso):
    assert normalise_date(text) == iso


@pytest.mark.parametrize("text", ["in 2024 the festival", "Top 10 films of 2023", "Busan 2024 lineup"])
def test_a_sentence_naming_a_year_is_not_a_date(text):
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("line", "iso", "found"),
    [
        ("Source | 2021/02/24 | Permalink", "2021-02-24", "2021/02/24"),
        ("By Jane Doe, August 19, 2024", "2024-08-19", "August 19, 2024"),
        ("Posted on 2024-03-05 10:41", "2024-03-05", "2024-03-05 10:41"),
        ("입력 2024.03.05 14:22 | 수정", "2024-03-05", "2024.03.05 14:22"),
    ],
)
def test_a_date_is_found_inside_a_line_with_its_place(line, iso, found):
    date = find_date(line)
    assert (date.iso, line[date.start : date.end]) == (iso, found)


def test_a_line_that_is_wholly_a_date_parses_and_one_with_more_words_does_not():
    assert parse_date("March 29, 2024.") == ("2024-03-29", True)
    assert parse_date("Mar 29") == ("", False)
    assert parse_date("Source | 2021/02/24 | Permalink") is None


def test_an_impossible_date_is_skipped_for_the_next_real_one():
    assert find_date("2025-02-30 or 2025-03-02").iso == "2025-03-02"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-02-30", "'2025-02-30' is not a calendar date (2025-02 has 28 days)"),
        ("2025-13", "'2025-13' is not a calendar date (there is no month 13)"),
        ("last week", "'last week' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("0001-01", "'0001-01' is not a date (the year must be from 1800 to 2999)"),
        ("9999-12-31", "'9999-12-31' is not a date (the year must be from 1800 to 2999)"),
    ],
)
def test_check_date_gives_one_message_per_kind_of_bad_date(value, message):
    with pytest.raises(DateError) as error:
        check_date(value)
    assert str(error.value) == message


def test_check_date_keeps_a_real_partial_date():
    assert [check_date(v) for v in ("2024-02-29", "2025-10", "2025")] == ["2024-02-29", "2025-10", "2025"]


def test_period_start():
    assert [str(period_start(v)) for v in ("2025", "2025-10", "2025-10-07")] == ["2025-01-01", "2025-10-01", "2025-10-07"]
    assert period_start("2025-02-30") is None


@pytest.mark.parametrize(
    ("iso", "as_written", "shown"),
    [("2025-10-15", "", "15 October 2025"), ("2025-10", "", "October 2025"), ("2024", "", "2024"), ("", "Mar 29", "Mar 29 (year not shown)")],
)
def test_display_date(iso, as_written, shown):
    assert display_date(iso, as_written) == shown


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2021/02/24", "2021-02-24"),  # year first, slashes (a blog engine's post footer)
        ("11/19/2019 by Lars Brandle", "2019-11-19"),  # American month first
        ("24/02/2021", "2021-02-24"),  # day first when the first number cannot be a month
    ],
)
def test_slashed_dates(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso == iso


def test_slashed_impossible_date_is_no_date() -> None:
    assert find_date("13/13/2020") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("11.14.2019 09:00 AM", "2019-11-14"),  # month first with dots: the day cannot be a month
        ("05.11.2019", "2019-11-05"),  # both could be months: day first, as Europe writes it
    ],
)
def test_dotted_dates_are_read_by_the_patterns(text: str, iso: str) -> None:
    found = find_date(text, foreign=False)
    assert found is not None and found.iso == iso


def test_patterns_only_never_ask_dateparser_yet_read_month_words_of_other_languages() -> None:
    before = dates._dateparser_iso.cache_info()
    assert find_date("Mittwoch, 3. März 2021", foreign=False).iso == "2021-03-03"
    assert find_date("Mittwoch, gestern", foreign=False) is None
    assert dates._dateparser_iso.cache_info() == before


@pytest.mark.parametrize(
    ("line", "iso", "found"),
    [
        ("Publicado el 15 de marzo de 2021", "2021-03-15", "15 de marzo de 2021"),
        ("Veröffentlicht am 12. Juni 2017 von Redaktion", "2017-06-12", "12. Juni 2017"),
        ("Dezember 10, 2019 · von Anna · in Kino", "2019-12-10", "Dezember 10, 2019"),
        ("Mis à jour le 1er janvier 2020", "2020-01-01", "1er janvier 2020"),
        ("Stand: März 2021", "2021-03", "März 2021"),
    ],
)
def test_a_month_word_of_another_language_is_found_inside_a_line(line, iso, found):
    date = find_date(line)
    assert (date.iso, line[date.start : date.end]) == (iso, found)


@pytest.mark.parametrize("text", ["30. Februar 2021", "30 February 2021", "iPad Pro 2021", "Season 3 2021"])
def test_an_impossible_day_or_a_short_word_before_a_year_gives_no_month(text):
    assert find_date(text) is None


def test_a_year_beside_words_not_written_against_it_is_not_asked_of_dateparser() -> None:
    # Asking costs dateparser's language data in each process (0.4-1.1 s).
    def asked() -> int:
        info = dates._dateparser_iso.cache_info()
        return info.hits + info.misses

    before = asked()
    assert find_date("2019 - here )") is None
    assert asked() == before


@pytest.mark.parametrize("text", ["Nov 15, 20195:45 AM", "November 15, 201912:45 PM"])
def test_a_time_glued_to_the_year_by_a_select_all_copy_leaves_the_date_whole(text: str) -> None:
    assert find_date(text, foreign=False).iso == "2019-11-15"


def test_page_date_reads_what_htmldate_reads_in_a_whole_page():
    page = "<html><body><h1>Festival</h1><p>Posted 5 March 2021</p><p>The festival opened.</p></body></html>"
    assert dates.page_date(lxml_html.document_fromstring(page)) == "2021-03-05"
    no_date = lxml_html.document_fromstring("<html><body><p>No date.</p></body></html>")
    assert dates.page_date(no_date, "https://example.org/2020/01/13/festival/") == "2020-01-13"


def test_page_date_never_fetches_a_page_that_is_only_an_address():
    # htmldate downloads a string that looks like a URL: page_date takes a parsed tree only.
    requests: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html><body><p>Posted 5 March 2021</p></body></html>")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert dates.page_date(f"http://127.0.0.1:{server.server_port}/news") == ""
    finally:
        server.shutdown()
    assert requests == []


def test_page_date_refuses_the_first_of_january_htmldate_makes_of_a_year_alone():
    page = "<html><body><h1>Budget passes</h1><p>The council met.</p><p>Copyright 2003 Valley News.</p></body></html>"
    assert dates.page_date(lxml_html.document_fromstring(page)) == ""


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Okt 13, 2022 | Umwelt", "2022-10-13"),  # a three-letter month of another language, before the day
        ("veröffentlicht am 14 Feb ’20 | Kategorien", "2020-02-14"),  # the year cut after an apostrophe
        ("Feb 14 '20", "2020-02-14"),
        ("30/10/23 | StarsInsider", "2023-10-30"),  # a slashed date with a two-digit year
        ("Horoscope for Wednesday, 11/20/19", "2019-11-20"),
        ("Autor: Kim Ji-woo, Datum: 03.Mär.19", "2019-03-03"),  # day, month word, two-digit year, between dots
        ("12.Okt.21, 14:00", "2021-10-12"),
        ("Posted 11/08/98", "1998-11-08"),  # a two-digit year after this one's is the last century's
    ],
)
def test_short_forms_blogs_print(text: str, iso: str) -> None:
    assert find_date(text).iso == iso


def test_a_three_letter_word_before_a_day_is_a_month_only_when_capitalised() -> None:
    assert find_date("led 13, 2022", foreign=False) is None


@pytest.mark.parametrize(
    ("text", "month_first", "day_first"),
    [
        ("Actualizado el 08/05/2022 02:14 a.m.", "2022-08-05", "2022-05-08"),
        ("06/11/20230 Kommentare", "2023-06-11", "2023-11-06"),
        ("10/12/23", "2023-10-12", "2023-12-10"),
        ("24/02/2021", "2021-02-24", "2021-02-24"),  # read one way only
    ],
)
def test_a_slashed_date_that_could_be_either_is_read_as_the_page_writes_them(text: str, month_first: str, day_first: str) -> None:
    assert (find_date(text).iso, find_date(text, day_first=True).iso) == (month_first, day_first)


@pytest.mark.parametrize(
    ("lines", "day_first"),
    [
        (["12/04/2020 by Kay", "14/04/2020 at 3:00 pm"], True),
        (["Actualizado el 08/05/2022", "3 de mayo de 202221:25"], True),
        (["06/11/2023", "Aktualisiert 06.11.23", "Erschienen am 06.11.2023"], True),
        (["12/04/2020 by Kay", "April 14, 2020 at 3:00 pm"], False),
        (["12/04/2020 by Kay"], False),  # no evidence: month first, as before
        (["Actualizado el 08/05/2022", "Todos los idiomas que existen no alcanzan para expresar el amor por mamá. " * 4], True),
        (["Updated 08/05/2022", "All the languages there are cannot say how much we love our mothers, and that is why. " * 4], False),
    ],
)
def test_day_first_order_follows_the_dates_that_read_one_way_only(lines: list[str], day_first: bool) -> None:
    assert day_first_order(lines) is day_first


def test_an_impossible_date_in_the_new_forms_gets_the_one_message() -> None:
    assert str(impossible_date("30/02/25 | Kino")) == "'2025-02-30' is not a calendar date (2025-02 has 28 days)"
    assert str(impossible_date("Last updated 30 Feb ’25")) == "'2025-02-30' is not a calendar date (2025-02 has 28 days)"


def test_htmldates_fallback_reads_the_languages_dates_names_not_every_locale():
    """With no languages, dateparser loads each of its locales on a string none reads: seconds per process."""
    dates.page_date(lxml_html.document_fromstring("<html><body><p>Mai 2023 Update</p></body></html>"))
    assert extractors.get_external_parser().languages == dates.DATEPARSER_LANGUAGES


def test_a_string_without_a_digit_holds_no_date() -> None:
    # Every form this module reads, and every string dateparser is asked about, holds a number.
    assert find_date("Published in March, a year ago") is None
    assert parse_date("Anfang März") is None


def test_a_whole_date_opens_the_string_it_is_read_from() -> None:
    # find_date reads a date after a label, from the first number on; parse_date wants the string to be one.
    assert find_date("Opublikowano 2 lutego 2024") == dates.FoundDate("2024-02-02", True, 13, 26)
    assert parse_date("Opublikowano 2 lutego 2024") is None
    assert parse_date("2 lutego 2024") == ("2024-02-02", True)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("令和6年3月5日", "2024-03-05"),  # Reiwa 6: the era began in 2019
        ("令和元年5月1日", "2019-05-01"),  # 元年: the era's first year
        ("平成31年4月30日 14:10", "2019-04-30"),
        ("昭和64年1月7日", "1989-01-07"),
        ("民國113年3月5日", "2024-03-05"),  # Taiwan's Minguo calendar counts from 1912
        ("令和6年3月", "2024-03"),
    ],
)
def test_a_date_counted_in_an_era_is_read_as_its_gregorian_day(text: str, iso: str) -> None:
    assert parse_date(text) == (iso, True)


def test_an_era_date_is_found_inside_a_line() -> None:
    assert find_date("公開日：令和6年3月5日").iso == "2024-03-05"
