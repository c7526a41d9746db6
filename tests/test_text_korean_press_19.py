"""Korean press as a film researcher saves it (nineteenth round): the news portals' toolbars and
reaction bars around an article (Naver, Daum). Hand-made dumps in the shape of Korean film news."""

from __future__ import annotations

import pytest

from ingest.engagement_shape import is_engagement_bar, is_portal_button
from ingest.text.reader import read_text
from tests.articles import body

KO_TEXT = "제30회 부산국제영화제가 어제 개막했다. 올해는 64개국에서 온 영화 241편이 상영된다."
HEADLINE = "부산국제영화제 개막, 241편 상영"


# --- A portal's toolbar and reaction bar are furniture, never the deck nor the text --------------


def test_a_naver_posting_time_glued_to_its_label_is_the_date_not_the_deck() -> None:
    article = read_text(f"{HEADLINE}\n입력2025.09.18. 오후 3:41  수정2025.09.18. 오후 5:02\n김하나 기자\n{KO_TEXT}\n{KO_TEXT}\n")
    assert article.metadata.deck == []
    assert article.metadata.date == "2025-09-18"


def test_a_portals_toolbar_under_the_headline_is_no_deck() -> None:
    toolbar = "기사원문\n김하나 기자\n 구독\n공감\n텍스트 음성 변환 서비스 사용하기\n글자 크기 변경하기\nSNS 보내기\n인쇄하기\n"
    article = read_text(f"{HEADLINE}\n입력 2025.09.18 10:00\n{toolbar}\n{KO_TEXT}\n\n{KO_TEXT}\n")
    assert article.metadata.deck == []
    assert "인쇄하기" not in body(article)


@pytest.mark.parametrize("line", ["좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0 후속기사 원해요 0", "쏠쏠정보 0 흥미진진 0 공감백배 0 분석탁월 0 후속강추 0",
                                  "좋아요0", "타임톡0"])
def test_a_portals_reaction_counts_are_an_engagement_bar(line: str) -> None:
    assert is_engagement_bar(line)


@pytest.mark.parametrize("line", ["타임톡", "음성으로 듣기", "번역 설정", "글씨크기 조절하기", "이 기사를 추천합니다"])
def test_a_daum_or_naver_button_is_the_portals(line: str) -> None:
    assert is_portal_button(line)


def test_a_sentence_naming_a_button_is_no_button() -> None:
    assert not is_portal_button("그는 기사원문을 인쇄하기 위해 도서관에 갔다.")


def test_the_recommendation_box_under_a_naver_article_leaves_the_body() -> None:
    article = read_text(f"{HEADLINE}\n김하나 기자\n입력 2025.09.18 10:00\n{KO_TEXT}\n\n{KO_TEXT}\n"
                        "이 기사를 추천합니다\n기사 추천은 24시간 이내 50회까지 참여할 수 있습니다.\n")
    assert body(article).rstrip().endswith("상영된다.")


# --- A press release converted from HWP ------------------------------------------------------------


def test_a_letter_spaced_label_is_never_the_title() -> None:
    article = read_text(f"보 도 자 료\n{HEADLINE}\n{KO_TEXT}\n\n{KO_TEXT}\n")
    assert article.metadata.title == HEADLINE


def test_a_letter_spaced_label_leaves_the_body() -> None:
    article = read_text(f"보 도 자 료\n{HEADLINE}\n{KO_TEXT}\n\n{KO_TEXT}\n")
    assert "보 도 자 료" not in body(article)


# --- An English-language Korean daily's byline ----------------------------------------------------

EN_TEXT = "The festival opened on Friday with forty films made with generative tools, more than ever before in its history."


def test_a_byline_in_capitals_with_a_bracketed_email_names_the_author() -> None:
    article = read_text(f"Jury names its winners\nBy YOON SO-YEON [yoon.soyeon@example.co.kr]\n{EN_TEXT}\n\n{EN_TEXT} More.\n")
    assert article.metadata.deck == []
    assert [author.casefold() for author in article.metadata.authors] == ["yoon so-yeon"]
