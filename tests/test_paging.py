"""A later page of an article paged over several addresses is told apart by its number."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.paging import page_number
from ingest.pipeline import read_page

PAGE = """<html><head><title>Chen Yu-hsuan on Lantern Street</title>
<link rel="canonical" href="{url}"></head><body><article><h1>Chen Yu-hsuan on Lantern Street</h1>
<p>What did the prize change? Nothing at first, she says, and then everything at once in a week.</p>
<p>The night markets of Taipei gave the film its colours and most of its cast, she adds.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://example.org/movies/chen-on-lantern-street-1236100001/?page=2", 2),
        ("https://example.org/interview?seite=4", 4),
    ],
)
def test_an_address_that_numbers_a_page_gives_its_number(url: str, number: int) -> None:
    assert page_number(url) == number


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/movies/chen-on-lantern-street/",  # the first page, or the only one
        "https://example.org/2024/11/",  # a date
        "https://example.org/movies/chen-yu-hsuan-on-lantern-street/3/",  # a number in the path: not read
        "https://example.org/author/jean-luc-godard/2/",  # an author's second page
        "https://letterboxd.com/dave/film/the-lord-of-the-rings/2/",  # a user's second review of a film
        "https://example.org/?p=2",  # WordPress's post id
        "https://example.org/chen-on-lantern-street/?page=200",  # a listing's page
        "http://[::1",  # malformed
        "https://example.org/x/?page=" + "9" * 5000,  # more digits than int() reads (a sidecar's address)
        "https://example.org/x/?page=" + "0" * 5000 + "200",
    ],
)
def test_other_addresses_are_a_first_page(url: str) -> None:
    assert page_number(url) == 1


def test_a_sidecar_address_numbering_a_page_in_thousands_of_digits_is_a_first_page(tmp_path: Path) -> None:
    page = tmp_path / "chen.html"
    page.write_text(PAGE.format(url="https://example.org/chen/"), encoding="utf-8")
    (tmp_path / "chen.meta.toml").write_text(f'source_url = "https://example.org/chen/?page={"9" * 5000}"\n', encoding="utf-8")
    assert read_page(page).metadata.title == "Chen Yu-hsuan on Lantern Street"


def test_a_later_page_is_titled_with_its_number(tmp_path: Path) -> None:
    page = tmp_path / "chen_p2.html"
    page.write_text(PAGE.format(url="https://example.org/movies/chen-on-lantern-street-1236100001/?page=2"), encoding="utf-8")
    assert read_page(page).metadata.title == "Chen Yu-hsuan on Lantern Street (page 2)"


def test_a_title_the_curator_gives_is_kept_as_it_is(tmp_path: Path) -> None:
    page = tmp_path / "chen_p2.html"
    page.write_text(PAGE.format(url="https://example.org/movies/chen-on-lantern-street-1236100001/?page=2"), encoding="utf-8")
    (tmp_path / "chen_p2.meta.toml").write_text('title = "Chen Yu-hsuan, part two"\n', encoding="utf-8")
    assert read_page(page).metadata.title == "Chen Yu-hsuan, part two"


def test_a_headline_shortened_for_length_keeps_its_page_number(tmp_path: Path) -> None:
    page = tmp_path / "chen_p2.html"
    long_headline = "Chen Yu-hsuan on Lantern Street " + "and the night markets of Taipei " * 10
    html = PAGE.format(url="https://example.org/movies/chen-on-lantern-street-1236100001/?page=2").replace("Chen Yu-hsuan on Lantern Street", long_headline)
    page.write_text(html, encoding="utf-8")
    title = read_page(page).metadata.title
    assert title.endswith("… (page 2)") and len(title) <= 300


GERMAN = """<html lang="de"><head><title>Chen Yu-hsuan in der Laternenstraße</title>
<link rel="canonical" href="https://example.org/film/chen-laternenstrasse?seite=2"></head><body><article>
<h1>Chen Yu-hsuan in der Laternenstraße</h1>
<p>Was hat der Preis verändert? Zuerst nichts, sagt sie, und dann alles auf einmal in einer Woche.</p>
<p>Die Nachtmärkte von Taipeh gaben dem Film seine Farben und die meisten seiner Darsteller.</p>
</article></body></html>"""


def test_a_later_page_in_another_language_is_numbered_without_an_english_word(tmp_path: Path) -> None:
    page = tmp_path / "chen_s2.html"
    page.write_text(GERMAN, encoding="utf-8")
    assert read_page(page).metadata.title == "Chen Yu-hsuan in der Laternenstraße (2)"


def test_a_later_page_in_no_stated_language_is_told_by_its_text(tmp_path: Path) -> None:
    page = tmp_path / "chen_s2.html"
    page.write_text(GERMAN.replace(' lang="de"', ""), encoding="utf-8")  # the text's function words say German
    assert read_page(page).metadata.title.endswith(" (2)")
