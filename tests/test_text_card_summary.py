"""A text dump's card summary is the article's first paragraph (issue 11, item 7).

Running text above the headline stays in the body (a wrong headline guess must cost no text), but
it is no evidence of the article's opening: a site's blurb or a promotion stands there. The summary
starts below the headline when a paragraph there reads as text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.plaintext import blocks_to_text
from ingest.summary import summary
from ingest.text.reader import read_text

DUMPS = Path(__file__).parent / "text_dumps"


def read(name: str):
    return read_text((DUMPS / f"{name}.txt").read_text(encoding="utf-8"))


def test_the_summary_is_the_first_paragraph_under_the_headline_not_the_sites_blurb_above_it() -> None:
    article = read("site_blurb_above_headline")
    assert "Cine Letter is the independent voice" in blocks_to_text(article.blocks)  # kept: it reads as text
    assert summary(article).startswith("The Busan International Film Festival has named the jury")


def test_a_korean_sites_blurb_above_the_headline_is_not_the_summary_either() -> None:
    article = read("korean_site_blurb_above_headline")
    assert article.metadata.title == "부산국제영화제, 첫 AI 영화 심사위원단 발표"
    assert summary(article).startswith("부산국제영화제가 생성형 도구로 만든 영화를")


def test_with_no_paragraph_under_the_headline_the_text_above_it_is_the_summary() -> None:
    article = read_text("Cine Letter is the independent voice of Korean cinema, with news and reviews every day.\nHome\nNews\nReviews\nBusan names its first AI jury\nBy Mina Park\n")
    assert summary(article).startswith("Cine Letter is the independent voice")
