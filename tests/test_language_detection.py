"""The language of a page that states none, read from its text (ingest.language), by both readers."""

from __future__ import annotations

import pytest

from ingest.html import read_html
from ingest.language import detect_language
from ingest.text.reader import read_text

ES = ("La nueva película del director coreano se estrena el viernes en los cines de Madrid y Barcelona, "
      "y es una de las más ligeras de su carrera. Los actores vuelven a trabajar con él por quinta vez, "
      "como en sus últimas obras, que se ruedan en pocos días y con un equipo muy pequeño.")
JA = "濱口竜介監督の新作が、来年のカンヌ国際映画祭のコンペティション部門に出品されることが決定した。主演は西島秀俊が務める。"


@pytest.mark.parametrize(("text", "language"), [
    (ES, "es"),
    (JA, "ja"),
    ("제30회 부산국제영화제가 어제 개막했다. 올해는 64개국에서 온 영화 241편이 상영된다.", "ko"),
    ("第三十届釜山国际电影节昨日开幕，今年共有来自六十多个国家和地区的两百多部影片参加展映。", "zh"),
    ("Busan 2026", ""),  # too few words to tell
])
def test_the_language_of_a_text(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_text_dump_gets_the_language_its_text_is_written_in() -> None:
    article = read_text(f"Una película ligera\nPor Ana Gil\n{ES}\n{ES} Fin.\n{ES} Más.\n")
    assert article.metadata.language == "es"


def test_an_html_page_stating_no_language_gets_its_texts_and_a_stated_one_stays() -> None:
    body = f"<body><article><h1>新作</h1><p>{JA}</p><p>{JA}</p></article></body></html>"
    assert read_html(f"<html><head><title>新作</title></head>{body}".encode(), "p.html").metadata.language == "ja"
    assert read_html(f'<html lang="zh-Hant-TW"><head><title>新作</title></head>{body}'.encode(), "p.html").metadata.language == "zh-Hant-TW"
