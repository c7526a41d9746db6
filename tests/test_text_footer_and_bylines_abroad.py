"""Text dumps, seventeenth round: the footer's links under the article's share bar, and bylines in
scripts without capitals (Arabic, Hebrew) or joined to their label (Japanese "文・"). Hand-made dumps."""

from __future__ import annotations

from ingest.text.reader import read_text
from tests.articles import body

TEXT = "The director shot the film in twenty days on a small island off the coast, with a crew of five, no lights and a borrowed boat."
ARTICLE = f"The island\nBy Jane Doe\n{TEXT}\n{TEXT} More.\n{TEXT} Still more.\n{TEXT} The end.\n"
ARABIC = "أعلن مهرجان الفيلم القصير مساء الجمعة أسماء الفائزين في دورته العاشرة بعد أسبوع من العروض في قاعات المدينة القديمة."
JAPANESE = "第十回港町映画祭の授賞式が十四日夜に開かれ、新人監督による長編「夜のフェリー」がグランプリに選ばれた。"


def test_short_lines_under_the_share_bar_are_the_sites_footer() -> None:
    """adbar/trafilatura#617: "About us" and "Contact" under "Share this article" were kept as the
    article's last lines (two short lines alone are too likely the article's own)."""
    article = read_text(f"{ARTICLE}Share this article\nAbout us\nContact\n© 2024 Reel Harbour Media. All rights reserved.\n")
    assert body(article).endswith("The end.")


def test_a_short_closing_line_with_no_share_bar_above_it_stays_the_articles() -> None:
    article = read_text(f"{ARTICLE}Night Ferry opens on Friday\n")
    assert body(article).endswith("Night Ferry opens on Friday")


def test_an_arabic_byline_names_its_author() -> None:
    article = read_text(f"مهرجان الفيلم القصير يعلن جوائزه\nبقلم سلمى حداد\n{ARABIC}\n{ARABIC}\n{ARABIC}\n")
    assert article.metadata.authors == ["سلمى حداد"]
    assert article.metadata.deck == []


def test_a_japanese_byline_joined_by_a_middle_dot_names_its_author() -> None:
    article = read_text(f"港町映画祭、グランプリは「夜のフェリー」\n文・佐藤美咲\n{JAPANESE}\n{JAPANESE}\n{JAPANESE}\n")
    assert article.metadata.authors == ["佐藤美咲"]


def test_the_next_article_an_endless_scroll_page_loads_under_this_one_is_not_its_text() -> None:
    """fivefilters/ftr-site-config#274: under "Next article", another article's headline, byline, date
    and paragraphs; its running text must not read as this article's."""
    other = "The festival will use the old customs house as a second venue this year, the organisers confirmed on Thursday."
    article = read_text(f"{ARTICLE}Next article\nHarbour Film Days adds a second venue\nBy Oskar Lindqvist\n6 March 2025\n{other}\n{other} More.\n{other} The end.\n")
    assert body(article).endswith("The end.") and "customs house" not in body(article)


def test_an_up_next_subhead_of_a_diary_keeps_the_text_under_it() -> None:
    # "Up next" is a diary's subhead as often as an endless page's label: the paragraphs under it stay.
    article = read_text(f"{ARTICLE}Up next\n{TEXT} Tomorrow.\n{TEXT} The closing film.\n")
    assert body(article).endswith("The closing film.")


def test_an_embedded_posts_fallback_text_is_no_paragraph() -> None:
    """The lines an Instagram embed leaves when its script does not run: a link, not the article's text."""
    article = read_text(f"The island\nBy Jane Doe\n{TEXT}\nView this post on Instagram\nA post shared by Night Ferry Film (@nightferryfilm)\n{TEXT} More.\n{TEXT} The end.\n")
    assert "Instagram" not in body(article) and "post shared" not in body(article)


def test_a_continue_reading_line_is_a_control() -> None:
    """An excerpt's link to the whole post, copied as its own line, is no closing line of the article."""
    article = read_text(f"{ARTICLE}Continue reading →\n")
    assert body(article).endswith("The end.")
