"""The faults a Korean film researcher's archive showed the HTML reader (nineteenth round): one
small invented page per fault, in the shape of the Korean press's pages."""

from ingest.html.metadata import names_the_site
from ingest.html.page_index import PageIndex
from ingest.html.reader import parse_html
from ingest.plaintext import blocks_to_text
from tests.test_html_curator_18 import PROSE, read  # the same English page text and reader call


def test_a_posted_and_updated_line_is_the_headers_not_the_text():
    page = ('<html><body><div class="article"><h1>Jang Yoon-seo on her first feature</h1>'
            '<div class="date">Posted : 2024-11-04 16:20 | Updated : 2024-11-05 09:02</div>'
            f"{PROSE}</div></body></html>")
    assert blocks_to_text(read(page).blocks).startswith("The director's new film")


def test_a_section_path_over_the_headline_is_no_deck():
    page = ('<html><body><div class="article"><div class="kicker">Entertainment &amp; Arts &gt; Films</div>'
            f'<h1>Jang Yoon-seo on her first feature</h1>{PROSE}</div></body></html>')
    assert read(page).metadata.deck == []


KO_PROSE = ("<p>제30회 부산국제영화제가 어제 개막했다. 올해는 64개국에서 온 영화 241편이 상영된다.</p>"
            "<p>개막작은 생성형 인공지능으로 만든 장편영화로, 상영 직후 감독과 관객의 대화가 이어졌다.</p>")


def yonhap_page(closing: str) -> str:
    return ('<html lang="ko"><body><article><h1>부산국제영화제 개막, 241편 상영</h1>'
            f'<div class="story-news">{KO_PROSE}<p class="adrs">reporter@example.co.kr</p></div>{closing}</article></body></html>')


def test_a_korean_agencys_bracketed_notice_is_the_rights_line():
    notice = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
    page = yonhap_page(f'<p class="copyright">{notice.replace("<", "&lt;").replace(">", "&gt;")}</p>')
    assert read(page).metadata.rights == notice


def test_the_reporters_email_alone_closing_the_article_leaves_the_body():
    assert blocks_to_text(read(yonhap_page("")).blocks).rstrip().endswith("이어졌다.")


def test_a_title_naming_the_site_in_its_gnb_menu_is_the_sites():
    """Korean sites name their top menu's box "gnb" (global navigation bar): its links are the site's chrome."""
    page = ('<html lang="ko"><head><title>씨네마진</title></head><body>'
            '<div id="gnb"><a href="/">씨네마진</a> | <a href="/news">뉴스</a> | <a href="/review">리뷰</a></div>'
            f'<div class="news_view"><h2 class="news_tit">[리뷰] 얼굴이 흔들릴 때 우는 법</h2>{KO_PROSE}</div></body></html>')
    assert names_the_site("씨네마진", PageIndex(parse_html(page)))
