"""Text dumps, sixteenth round: a browser's reader-view copy (name and reading time under the headline), a
Taiwanese byline with a slash, and a site's menu line after a short article. Hand-made dumps."""

from __future__ import annotations

from ingest.text.lines import is_reading_time
from ingest.text.reader import read_text
from tests.articles import body

TEXT = "The director shot the film in twenty days on a small island off the coast, with a crew of five, no lights and a borrowed boat."
ZH = "侯導演的新片本週在台北重映，這部電影是他第一部在威尼斯影展獲獎的作品，修復工作花了兩年時間。"


def test_a_reader_views_name_and_reading_time_are_the_byline_and_no_deck() -> None:
    article = read_text(f"example.org\nThe Island Is the Gentlest Film of the Year\nJane Doe\n5-6 minutes\n\n{TEXT}\n\n{TEXT} More.\n")
    assert article.metadata.authors == ["Jane Doe"]
    assert article.metadata.deck == []


def test_a_range_of_minutes_alone_is_a_reading_time_and_a_running_time_is_not() -> None:
    assert is_reading_time("5–6 minutes")
    assert not is_reading_time("95 minutes")


def test_a_taiwanese_byline_with_a_slash_names_the_author() -> None:
    article = read_text(f"侯導演新片修復版重映\n2014年10月5日\n文／徐美娜\n\n{ZH}\n\n{ZH}\n")
    assert article.metadata.authors == ["徐美娜"]
    assert "文／" not in " ".join(article.metadata.deck)


def test_a_menu_line_after_a_short_article_is_dropped() -> None:
    article = read_text(f"The island\nMarch 3, 2024\n\n{TEXT}\n\n{TEXT} The end.\n\nHome | Reviews | Interviews | Contact\n")
    assert body(article).endswith("The end.")


def test_a_credit_line_after_the_article_is_not_taken_for_a_menu() -> None:
    credits = "Director: Kim Ji-woo | Cast: Lee Hana, Park Min | 95 min"
    article = read_text(f"The island\nMarch 3, 2024\n\n{TEXT}\n\n{TEXT} The end.\n\n{credits}\n")
    assert body(article).endswith(credits)
