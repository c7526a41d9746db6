"""Text dumps as a first-time curator saves them (issue 11, twelfth round): a share bar under the
headline, a page without a sidecar beside its site's sidecar'd pages, a review's credits line and
a copyright line naming the masthead's company. Hand-made dumps in the shape of Korean, Chinese and
English film news."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from ingest.batch import run_pages
from ingest.cache import PageCache
from ingest.pipeline import PageResult, read_page, siblings_digest, text_siblings
from ingest.summary import reads_as_body_text, summary
from ingest.text.reader import read_text
from ingest.text.template import site_templates
from tests.articles import body, reasons

TEXT = "The festival opened on Friday with forty films made with generative tools, more than ever before in its history."
ZH_TEXT = "第三十届釜山国际电影节昨日开幕，今年共有来自六十多个国家和地区的两百多部影片参加展映。"
KO_TEXT = "제30회 부산국제영화제가 어제 개막했다. 올해는 64개국에서 온 영화 241편이 상영된다."


# --- The deck is a phrase, never a share bar's buttons -----------------------------------------


def test_a_share_button_the_patterns_miss_beside_those_they_know_is_no_deck() -> None:
    article = read_text(f"Jury names its winners\nBy Jane Doe\nShare on Facebook\nShare on X\nEmail this story\nPrint\n{TEXT}\n{TEXT} More.\n")
    assert article.metadata.deck == []
    assert reasons(article)["Email this story"].startswith("a widget's label")
    assert "Email this story" not in body(article)


def test_a_share_bars_buttons_after_its_label_are_no_deck() -> None:
    article = read_text(f"釜山电影节开幕 两百多部影片参展\n2025-09-18 09:30 来源：影讯网\n分享到：\n豆瓣\n微信\n{ZH_TEXT}\n{ZH_TEXT}\n")
    assert article.metadata.deck == []
    assert {reasons(article)[button] for button in ("豆瓣", "微信")} == {"social prompt"}  # services of the one list (rules.SHARE_SERVICES)


def test_a_korean_share_bars_copy_link_button_is_no_deck() -> None:
    article = read_text(f"부산국제영화제 개막, 241편 상영\n글 김하나 | 2025-09-18\n페이스북\n트위터\n링크 복사\n{KO_TEXT}\n{KO_TEXT}\n")
    assert article.metadata.deck == []


def test_a_korean_share_bar_on_one_line_is_no_deck_even_on_a_sites_only_page() -> None:
    article = read_text(f"부산국제영화제 개막, 241편 상영\n김하나 기자\n입력 2025.09.18 10:00\n공유하기\n페이스북 트위터 카카오스토리 URL복사\n"
                        f"{KO_TEXT}\n{KO_TEXT}\n이 기사를 공유합니다\n")
    assert article.metadata.deck == []
    assert "URL복사" not in body(article)
    assert "공유합니다" not in body(article)


def test_a_quoted_headline_under_a_related_articles_heading_is_not_the_articles_last_line() -> None:
    article = read_text(f"부산국제영화제 개막, 241편 상영\n김하나 기자\n입력 2025.09.18 10:00\n{KO_TEXT}\n{KO_TEXT}\n"
                        '관련기사\n[인터뷰] 신인 감독 "첫 영화는 섬에서 찍었다"\n')
    assert "첫 영화는" not in body(article)
    assert reasons(article)['[인터뷰] 신인 감독 "첫 영화는 섬에서 찍었다"'].startswith("under '관련기사'")


def test_a_deck_under_the_headline_with_no_share_bar_beside_it_stays_the_deck() -> None:
    article = read_text(f"Jury names its winners\nA quiet island drama\nBy Jane Doe\n{TEXT}\n{TEXT} More.\n")
    assert article.metadata.deck == ["A quiet island drama"]


# --- A dump without a sidecar beside its site's sidecar'd pages ---------------------------------

KO_SITE = (
    "본문 바로가기\n무비위크\n뉴스\n리뷰\n인터뷰\n로그인\n{headline}\n글 {reporter} | 2025-09-1{day}\n{text}\n{reporter} 기자\n"
    "관련 기사\n[리뷰] 섬을 떠난 사람들의 영화\n[인터뷰] 신인 감독 세 사람\n많이 본 기사\n[포토] 레드카펫의 배우들\n"
    "회사소개 | 광고안내 | 이용약관 | 개인정보처리방침\n(주)무비위크 | 서울특별시 마포구 월드컵로 12 | 대표전화 02-000-0000\n"
    "Copyright © MOVIEWEEK. All rights reserved.\n"
)


def test_a_page_without_an_address_takes_the_template_of_the_site_it_shares_its_lines_with() -> None:
    with_address = KO_SITE.format(headline="부산국제영화제 개막", reporter="김하나", day=1, text=f"{KO_TEXT}\n{KO_TEXT} 개막작은 한국영화다.")
    without = KO_SITE.format(headline="뉴 커런츠 부문 14편 공개", reporter="이수진", day=2, text="영화제가 경쟁 부문 상영작 14편을 공개했다.")
    templates = site_templates({"a": ("movieweek.example", with_address), "b": ("", without)})
    assert {"관련 기사", "[리뷰] 섬을 떠난 사람들의 영화", "(주)무비위크 | 서울특별시 마포구 월드컵로 12 | 대표전화 02-000-0000"} <= set(templates["b"])
    assert "[리뷰] 섬을 떠난 사람들의 영화" not in body(read_text(without, templates["b"]))


def test_a_page_without_an_address_joins_a_site_of_more_pages_than_a_line_may_pair() -> None:
    """A menu line on every page of a large site was left out of the pairing (over 200 pages): nothing tied the page to it."""
    pages = {f"p{n}": ("movieweek.example", KO_SITE.format(headline=f"기사 제목 {n}번", reporter="김하나", day=n % 9, text=KO_TEXT)) for n in range(250)}
    without = KO_SITE.format(headline="뉴 커런츠 부문 14편 공개", reporter="이수진", day=2, text="영화제가 경쟁 부문 상영작 14편을 공개했다.")
    templates = site_templates({**pages, "b": ("", without)})
    assert "관련 기사" in templates["b"]


def test_a_page_without_an_address_sharing_few_lines_with_a_site_stays_alone() -> None:
    templates = site_templates({"a": ("one.example", "Home\nNews\n" + TEXT), "b": ("", "Home\nNews\nAnother text entirely, of another site altogether.")})
    assert templates == {"a": {}, "b": {}}


def test_a_short_articles_related_and_most_read_boxes_go_with_one_page_of_its_site() -> None:
    text = "영화제가 경쟁 부문 상영작 14편을 공개했다. 한국영화는 두 편이 초청됐다.\n영화제는 9월17일부터 열린다."
    article = read_text(KO_SITE.format(headline="뉴 커런츠 부문 14편 공개", reporter="이수진", day=2, text=text))
    assert body(article) == text.replace("\n", "\n\n")
    assert reasons(article)["[포토] 레드카펫의 배우들"] == "under '많이 본 기사', a section that follows the article"


def test_a_short_articles_last_lines_with_no_section_heading_over_them_stay() -> None:
    article = read_text("Jury names its winners\nBy Jane Doe\nThe jury gave its prize to a quiet island drama.\nFull list of winners\nBest film: The Salt Road\n")
    assert "Best film: The Salt Road" in body(article)


# --- The publisher, as the masthead names it -----------------------------------------------------

EN_SITE = (
    "Skip to main content\n{masthead}\nFilm\nTV\nSubscribe\nJury names its winners\nBy Jane Doe\nOct 10, 2025\n{text}\n{text} More.\n"
    "Most Popular\nA sequel is announced\n© 2025 {holder}. All Rights Reserved.\n"
)


def test_a_copyright_line_naming_the_company_behind_the_masthead_gives_the_mastheads_name() -> None:
    article = read_text(EN_SITE.format(masthead="Screen Weekly", holder="Screen Weekly Media Group, Inc", text=TEXT))
    assert article.metadata.publisher == "Screen Weekly"


def test_a_copyright_holder_that_is_not_the_masthead_and_a_company_form_stays_the_publisher() -> None:
    article = read_text(EN_SITE.format(masthead="Screen", holder="Screen Weekly Ltd", text=TEXT))
    assert article.metadata.publisher == "Screen Weekly Ltd"


# --- The card summary is the first paragraph of prose ---------------------------------------------


def test_a_reviews_credits_line_over_its_text_is_not_the_card_summary() -> None:
    credits = "Reviewed at Jeonju International Film Festival (Korean Competition), May 2, 2025. Running time: 98 MIN."
    article = read_text(f"'Harbour Lights' Review: A Quiet Film About a Loud Machine\nBy Jane Doe\n{credits}\n{TEXT}\n{TEXT} More.\n")
    assert credits in body(article)  # the review's own text, kept
    assert summary(article).startswith("The festival opened on Friday")


def test_a_german_paragraph_with_its_capitalised_nouns_reads_as_text() -> None:
    assert reads_as_body_text("Die Berlinale zeigt in diesem Jahr neue Filme aus Korea, darunter zwei Debüts.")


def test_a_caption_above_the_headline_is_no_masthead() -> None:
    """The caption pass labels such a line without dropping it: the masthead search read a reason it has not."""
    article = read_text(f"▲ The jury at the closing ceremony\nJury names its winners\nBy Jane Doe\n{TEXT}\n{TEXT} More.\n© 2025 The Jury Media Group\n")
    assert article.metadata.publisher == "The Jury Media Group"


# --- The publisher a site's sidecars name, for its page without one -------------------------------


def _movieweek(folder: Path, name: str, headline: str, sidecar: str | None) -> Path:
    text = "영화제가 경쟁 부문 상영작 14편을 공개했다. 한국영화는 두 편이 초청됐다.\n영화제는 9월17일부터 열린다."
    page = folder / f"{name}.txt"
    page.write_text(KO_SITE.format(headline=headline, reporter="이수진", day=2, text=text), encoding="utf-8")
    if sidecar is not None:
        (folder / f"{name}.meta.toml").write_text(sidecar, encoding="utf-8")
    return page


def test_a_page_without_a_sidecar_is_published_under_the_publisher_its_sites_sidecars_name(tmp_path: Path) -> None:
    named = _movieweek(tmp_path, "a", "부산국제영화제 개막", 'source_url = "https://movieweek.example/news/1"\npublisher = "무비위크"\n')
    bare = _movieweek(tmp_path, "b", "뉴 커런츠 부문 14편 공개", None)
    _, publishers = text_siblings([named, bare])
    assert publishers == {bare: "무비위크"}
    assert read_page(bare, publisher=publishers[bare]).metadata.publisher == "무비위크"
    assert read_page(bare).metadata.publisher == "MOVIEWEEK"  # alone, its copyright line names it


def test_a_sites_sidecars_that_disagree_give_no_publisher(tmp_path: Path) -> None:
    pages = [
        _movieweek(tmp_path, "a", "부산국제영화제 개막", 'source_url = "https://movieweek.example/news/1"\npublisher = "무비위크"\n'),
        _movieweek(tmp_path, "b", "뉴 커런츠 부문 14편 공개", 'source_url = "https://movieweek.example/news/2"\npublisher = "주간 무비위크"\n'),
        _movieweek(tmp_path, "c", "심사위원 발표", None),
    ]
    assert text_siblings(pages)[1] == {}


def test_a_sibling_sidecar_naming_another_publisher_rereads_the_page_without_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    named = _movieweek(corpus, "a", "부산국제영화제 개막", 'source_url = "https://movieweek.example/news/1"\npublisher = "무비위크"\n')
    _movieweek(corpus, "b", "뉴 커런츠 부문 14편 공개", None)

    def ingest() -> list[str]:
        pages = sorted(corpus.glob("*.txt"))
        templates, publishers = text_siblings(pages)
        seen: list[str] = []

        def work(page: Path) -> PageResult:
            seen.append(page.name)
            return PageResult(page.name, text=read_page(page, template=templates.get(page), publisher=publishers.get(page, "")).metadata.publisher)

        depends = partial(siblings_digest, templates, publishers)
        run_pages(work, pages, corpus, cache=PageCache(tmp_path / "cache", "v"), load=lambda d: PageResult(**d), jobs=1, depends=depends)
        return seen

    assert ingest() == ["a.txt", "b.txt"]
    assert ingest() == []
    named.with_name("a.meta.toml").write_text('source_url = "https://movieweek.example/news/1"\npublisher = "주간 무비위크"\n', encoding="utf-8")
    assert ingest() == ["a.txt", "b.txt"]


# --- A short page whose site's notices are half its running text (fourteenth round) --------------

NOTICE_SITE = (
    "Home\nReviews\nFestivals\n{headline}\nBy Ana Ruiz\n{text}\n"
    "Newsletter\nOur critics' picks of the week, straight to your inbox every Monday morning.\nSign up\n"
    "About\nContact\nPrivacy\n"
)


def test_a_line_the_sites_other_articles_all_print_is_template_on_a_page_of_lists() -> None:
    # A line-up is a list, little running text: the newsletter's sentence is half of it, yet four
    # other articles print it, so it is the site's, not a copy's.
    lineup = "Twelve films compete this year for the main prize of the festival.\nThe Plague (Korea)\nLotus (Taiwan)\nNorth Wind (Japan)"
    pages = {f"p{n}": ("critics.example", NOTICE_SITE.format(headline=f"Review number {n}", text=f"{TEXT} Part {n}.\n{TEXT} End {n}."))
             for n in range(4)}
    pages["lineup"] = ("critics.example", NOTICE_SITE.format(headline="The competition line-up", text=lineup))
    templates = site_templates(pages)
    article = read_text(pages["lineup"][1], templates["lineup"])
    assert "inbox" not in body(article)
    assert "Twelve films compete" in body(article)


def test_one_story_at_three_addresses_of_a_site_keeps_its_text() -> None:
    # Each of the three copies shares its text with two other pages, not one: still copies, whose
    # shared text is the article's, not the site's (the site's own lines are on every other page).
    story = f"{TEXT} Part one.\n{TEXT} Part two.\n{TEXT} Part three."
    pages = {f"p{n}": ("critics.example", NOTICE_SITE.format(headline=f"Review number {n}", text=f"{TEXT} Part {n}.\n{TEXT} End {n}."))
             for n in range(4)}
    addresses = {f"p{n}": f"https://critics.example/reviews/{n}" for n in range(4)}
    for section in ("news", "asia", "festivals"):
        pages[section] = ("critics.example", NOTICE_SITE.format(headline="Busan opens with forty films", text=story))
        addresses[section] = f"https://critics.example/{section}/1"
    templates = site_templates(pages, addresses)
    assert templates["news"]  # the site's menu and notices are template
    article = read_text(pages["news"][1], templates["news"])
    assert "Part two" in body(article)


def test_a_story_on_both_pages_of_a_two_page_site_keeps_its_text() -> None:
    # With one other page, the copy's text and the site's notices are both on it once: copies win.
    pages = {key: ("critics.example", NOTICE_SITE.format(headline="Busan opens with forty films", text=f"{TEXT} One.\n{TEXT} Two."))
             for key in ("news", "asia")}
    templates = site_templates(pages, {key: f"https://critics.example/{key}/1" for key in pages})
    assert "Two." in body(read_text(pages["news"][1], templates["news"]))
