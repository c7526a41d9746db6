"""Bylines of text dumps as news and blog platforms print them (issue 11, sixteenth round).

Each shape is one the dev split's pages print (``python -m bench.text_dumps --split dev --author-misses``
lists the misses by kind); the dumps here are hand-made, with invented names.
"""

from __future__ import annotations

import pytest

from ingest.text.reader import read_text
from tests.test_text_dump_kinds import TEXT, body, reasons

HEADLINE = "Festival names its first jury for films made with AI"
ARTICLE = "\n".join(f"{TEXT} Paragraph {n}." for n in range(4))


def authors(header: str, after: str = "") -> list[str]:
    return read_text(f"{HEADLINE}\n{header}\n{ARTICLE}\n{after}").metadata.authors


# --- A byline's label: an opener, a platform's verb, a field's name -------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Text: Lena Ortiz", ["Lena Ortiz"]),
        ("Autorin: Lena Ortiz, Filmkritikerin", ["Lena Ortiz"]),
        ("Posted by Lena Ortiz", ["Lena Ortiz"]),
        ("Verfasst von: Lena Ortiz", ["Lena Ortiz"]),
        ("Publicado por Ángel Ávila", ["Ángel Ávila"]),
        ("Von Lena Ortiz und Tomas Berg", ["Lena Ortiz", "Tomas Berg"]),
        ("By Lena Ortiz | lortiz@example.org", ["Lena Ortiz"]),
    ],
)
def test_a_labelled_byline_names_its_author_without_the_label(line: str, names: list[str]) -> None:
    article = read_text(f"{HEADLINE}\n{line}\n{ARTICLE}\n")
    assert article.metadata.authors == names
    assert reasons(article)[line].startswith("byline")


@pytest.mark.parametrize("line", ["Von Trier", "Text: the festival's own", "Author: unknown"])
def test_a_label_before_no_whole_name_is_no_byline(line: str) -> None:
    # "Von Trier" is a surname with its particle; after a field's name, the name must be written as one.
    assert authors(line) == []


def test_an_opener_run_into_the_name_by_the_copy_is_read_apart() -> None:
    # A copy of "<span>By</span><a>Lena Ortiz</a>" with no space between the elements.
    assert authors("ByLena Ortiz") == ["Lena Ortiz"]


def test_a_word_that_opens_with_by_is_no_glued_byline() -> None:
    assert authors("ByteDance Studios") == []


# --- Beside a date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "day"),
    [
        ("by Lena Ortiz on May 20, 2024", "Lena Ortiz", "2024-05-20"),
        ("von Lena Ortiz am Montag, 20. Mai 2024, 14:14 Uhr", "Lena Ortiz", "2024-05-20"),
        ("May 20, 2024 by Lena Ortiz 5 Comments", "Lena Ortiz", "2024-05-20"),
        ("Von Lena / 20. Mai 2024 / Keine Kommentare", "Lena", "2024-05-20"),
        ("20. Mai 2024, 23:39 · von Lena", "Lena", "2024-05-20"),
        ("Veröffentlicht am 20. Mai 2024 von Lena Ortiz", "Lena Ortiz", "2024-05-20"),
    ],
)
def test_a_byline_beside_its_date_gives_the_author_and_the_date(line: str, name: str, day: str) -> None:
    article = read_text(f"{HEADLINE}\n{line}\n{ARTICLE}\n")
    assert (article.metadata.authors, article.metadata.date) == ([name], day)


# --- The label ending its line, the name on the next ------------------------------------------------


@pytest.mark.parametrize("label", ["Von", "AUTOR/IN", "20.05.2024 18:27 von", "18:27 Uhr von"])
def test_a_label_ending_its_line_names_the_author_on_the_next(label: str) -> None:
    article = read_text(f"{HEADLINE}\n{label}\nLena Ortiz\n{ARTICLE}\n")
    assert article.metadata.authors == ["Lena Ortiz"]
    assert "Lena Ortiz" not in body(article)


def test_a_sentence_ending_in_a_number_and_by_is_no_label() -> None:
    # Only a date or a time may stand before the label ("20.05.2024 18:27 von"): a dump's line broken after
    # "by" is running text, and the word under it ("Netflix") the sentence's end, no author.
    broken = "The rights went to a streamer after a bidding war in 2019 by\nNetflix"
    article = read_text(f"{HEADLINE}\n{ARTICLE}\n{broken}\n{ARTICLE}\n")
    assert article.metadata.authors == []
    assert "bidding war in 2019 by" in body(article) and "Netflix" in body(article)


def test_a_menus_authors_link_over_another_link_is_no_byline() -> None:
    # A field's name with no colon is also a menu's link ("Autoren" over "Mediadaten"): a whole name only.
    assert authors("Autoren\nMediadaten") == []


# --- Several bylines on one page --------------------------------------------------------------------


def test_bylines_of_other_articles_teasers_are_not_the_articles() -> None:
    teasers = "".join(f"Another festival story number {n}\nBy {name}\n" for n, name in enumerate(["Tomas Berg", "Anne Leroy"]))
    assert authors("By Lena Ortiz", f"More from the festival\n{teasers}") == ["Lena Ortiz"]


def test_co_authors_on_lines_of_their_own_are_one_byline() -> None:
    assert authors("By Lena Ortiz\nBy Tomas Berg") == ["Lena Ortiz", "Tomas Berg"]


# --- A name with no byline word in the header --------------------------------------------------------


def test_a_byline_whose_authors_a_semicolon_separates_names_each() -> None:
    assert authors("By Lena Ortiz; Tomas Berg; Ada Mbeki") == ["Lena Ortiz", "Tomas Berg", "Ada Mbeki"]


def test_a_byline_in_capitals_gives_the_names_as_names_are_written() -> None:
    assert authors("BY LENA ORTIZ AND TOMAS BERG") == ["Lena Ortiz", "Tomas Berg"]


@pytest.mark.parametrize("line", ["Lena Ortiz | 20.05.2024", "20.05.2024 | 15:33 Uhr | Lena Ortiz", "May 20, 2024 Lena Ortiz 3"])
def test_a_name_beside_the_headers_date_is_the_author(line: str) -> None:
    article = read_text(f"{HEADLINE}\n{line}\n{ARTICLE}\n")
    assert (article.metadata.authors, article.metadata.date) == (["Lena Ortiz"], "2024-05-20")


@pytest.mark.parametrize("line", ["Los Angeles, May 20, 2024", "NEW YORK | May 20, 2024", "Emotion Redaktion | 20.05.2024"])
def test_a_place_or_a_desk_beside_the_headers_date_is_no_author(line: str) -> None:
    # A place's dateline (before a comma, or in capitals), a newsroom's name: no person wrote as them.
    assert authors(line) == []


def test_a_name_under_the_headers_date_is_the_author() -> None:
    assert authors("May 20, 2024\nLena Ortiz") == ["Lena Ortiz"]


@pytest.mark.parametrize(("line", "name"), [("Kim Ji-su | 20.05.2024", "Kim Ji-su"), ("20.05.2024 · Min-jun Park", "Min-jun Park")])
def test_a_korean_name_beside_the_headers_date_is_the_author(line: str, name: str) -> None:
    # No common given name opens it, but a Korean surname beside a given name's shape is a name's evidence.
    assert authors(line) == [name]


@pytest.mark.parametrize(
    "header", ["Festival News · 12 October 2024", "12 October 2024\nSeoul Arts Center", "Updated 12 October 2024 / Korea Times"]
)
def test_capitalised_words_beside_or_under_the_date_with_no_name_in_them_are_no_author(header: str) -> None:
    # With no byline word, only a name's evidence (a common given name, a Korean or Chinese surname's
    # shape) makes an author: a section, a venue, a paper's name are capitalised too.
    assert authors(header) == []


def test_the_publishers_name_beside_the_headers_date_is_no_author() -> None:
    # A site's name may open with a given name ("Roger Ebert"): the page's own host names no author.
    article = read_text(f"{HEADLINE}\nRoger Ebert | 20.05.2024\n{ARTICLE}\n", url="https://www.rogerebert.com/reviews/x")
    assert article.metadata.authors == []


def test_a_few_cjk_characters_under_the_date_are_no_author() -> None:
    # "关注新华网" (follow Xinhua) is a widget's label; a Hangul or CJK byline says so with its role.
    assert authors("2024-05-20 20:29:58\n关注新华网") == []
