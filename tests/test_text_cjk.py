"""Text dumps of Chinese and Japanese film news: languages written without spaces between words.

The dumps (``tests/text_dumps/*_film_news.txt``) are invented in the shape of
those sites' pages: a menu, a breadcrumb, the share and font-size widgets, a
labelled byline, related links, a footer.
"""

from __future__ import annotations

import pytest

from ingest.text.lines import Line
from tests.test_text_dump_kinds import body, dump


@pytest.mark.parametrize(("text", "words"), [("首页", 1), ("本报讯 由香港导演林晓岚执导的剧情片", 9), ("The film opened.", 3), ("김민지 감독은", 2)])
def test_a_word_of_chinese_or_japanese_is_about_two_characters(text: str, words: int) -> None:
    """Korean writes spaces between words, Chinese and Japanese do not: every paragraph was one 'word'."""
    assert Line(1, text, False, False).words == words


@pytest.mark.parametrize("name", ["chinese_film_news", "japanese_film_news"])
def test_the_article_text_is_kept_and_the_menu_is_not(name: str) -> None:
    article = dump(name)
    text = body(article)
    assert "本报讯" in text or "山本悠監督の最新作" in text
    assert not any(chrome in text for chrome in ("首页", "ホーム", "登录", "ログイン", "相关阅读", "関連記事"))


@pytest.mark.parametrize(("name", "widgets"), [("chinese_film_news", ["分享到：微信 微博 QQ空间", "字号：大 中 小"]), ("japanese_film_news", ["ツイート", "シェア", "LINEで送る"])])
def test_share_and_font_size_widgets_are_neither_deck_nor_text(name: str, widgets: list[str]) -> None:
    article = dump(name)
    assert not set(widgets) & set(article.metadata.deck)
    assert not any(w in body(article) for w in widgets)


@pytest.mark.parametrize(("name", "author"), [("chinese_film_news", "周明远"), ("japanese_film_news", "高田誠")])
def test_a_labelled_byline_names_the_author(name: str, author: str) -> None:
    assert dump(name).metadata.authors == [author]


@pytest.mark.parametrize(("name", "publisher"), [("chinese_film_news", "光影周刊"), ("japanese_film_news", "シネマ通信")])
def test_the_publisher_is_the_rights_holder_without_all_rights_reserved(name: str, publisher: str) -> None:
    assert dump(name).metadata.publisher == publisher
