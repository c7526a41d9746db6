"""read_html as a whole: errors, robustness on hostile pages, dropped report."""

import json
import time
from pathlib import Path

import pytest

from bs4 import BeautifulSoup

from ingest.errors import PageError
from ingest.html import read_html
from ingest.html.convert import convert_nodes
from ingest.plaintext import blocks_to_text

FIXTURES = Path(__file__).resolve().parent / "html"
PARA = "<p>The festival opened on Friday with a restored print of a silent classic, and the hall was full.</p>"


def test_page_without_text_is_a_page_error():
    with pytest.raises(PageError, match="no article text"):
        read_html(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html")


def test_binary_data_is_a_page_error_naming_the_file():
    with pytest.raises(PageError, match="photo.jpg"):
        read_html(bytes(range(256)) * 100, "photo.jpg")


def test_html_nested_100000_levels_deep_does_not_recurse():
    depth = 100_000
    html = "<html><body>" + "<div>" * depth + PARA + "</div>" * depth + "</body></html>"
    article = read_html(html.encode(), "deep.html")
    assert "restored print" in article.blocks[0].inlines[0].text


def test_deep_inline_nesting_is_flattened_with_a_warning():
    depth = 5_000
    html = "<p>" + "<b>words <i>more " * depth + "end" + "</i></b>" * depth + "</p>"
    soup = BeautifulSoup(html, "lxml")
    warnings: list[str] = []
    start = time.perf_counter()
    blocks = convert_nodes([soup.p], warnings=warnings)
    assert time.perf_counter() - start < 10
    assert blocks and any("nested deeper" in w for w in warnings)
    assert blocks_to_text(blocks).count("words") == depth


def test_text_outside_the_article_is_reported_as_dropped():
    html = f"<html><body><div class='teaser'><p>Unrelated teaser text that sits outside.</p></div><article>{PARA * 3}</article></body></html>"
    dropped = read_html(html.encode(), "page.html").dropped
    assert any("Unrelated teaser" in d.text for d in dropped)


def test_a_headline_worded_unlike_the_title_is_the_articles_title():
    """A <title> written for search engines ("부산영화제 개막 - 시네뉴스") is shorter than the headline the page
    shows; the headline vanished from the page, shown neither as the title nor in the text."""
    prose = "<p>The debut feature of a producer follows a fisherman who finds a drowned phone that keeps ringing.</p>" * 3
    html = f"<html><head><title>The Quiet Shore review</title></head><body><h1>The Quiet Shore: a producer turns director</h1>{prose}</body></html>"
    article = read_html(html.encode(), "page.html")
    assert article.metadata.title == "The Quiet Shore: a producer turns director"
    assert [(d.text, d.reason) for d in article.dropped if d.text.startswith("The Quiet Shore")] == [
        ("The Quiet Shore: a producer turns director", "headline above the text, worded unlike the page's <title>: shown as the article's title")
    ]


@pytest.mark.parametrize("heading", ["Pressemitteilungen", "Faire un don :"])
def test_an_h1_above_the_text_that_is_no_headline_stays_as_a_heading(heading):
    """A section's name or a label is not the article's title, and is not lost either."""
    html = f"<html><head><title>The Quiet Shore review</title></head><body><article><h1>{heading}</h1>{PARA * 3}</article></body></html>"
    article = read_html(html.encode(), "page.html")
    assert article.metadata.title == "The Quiet Shore review"
    assert heading in blocks_to_text(article.blocks)


def test_a_deck_inside_the_article_is_shown_once_above_it_not_again_as_its_first_paragraph():
    deck = "A quiet fishing-village drama drew a standing ovation on the festival's first night."
    html = f"<html><head><title>Busan opens</title></head><body><article><h1>Busan opens</h1><p class='deck'>{deck}</p>{PARA * 3}</article></body></html>"
    article = read_html(html.encode(), "page.html")
    assert article.metadata.deck == [deck]
    assert deck not in blocks_to_text(article.blocks)
    assert ("the deck, shown above the article", deck) in [(d.reason, d.text) for d in article.dropped]


BYLINED = (
    "<html><head><title>The Quiet Shore review</title></head><body><article><h1>The Quiet Shore review</h1>"
    "<p>Par Renée Dubois — 12 mars 2025</p>{paragraph}"
    + "<p>The debut feature of a producer follows a fisherman who finds a drowned phone that keeps ringing.</p>" * 3
    + "</article></body></html>"
)


def test_the_byline_paragraph_is_left_out_of_the_body_the_header_shows_it():
    article = read_html(BYLINED.format(paragraph="").encode(), "page.html")
    assert article.metadata.authors == ["Renée Dubois"]
    assert "Par Renée" not in blocks_to_text(article.blocks)
    assert ("Par Renée Dubois — 12 mars 2025", "byline (the author is shown in the article header)") in [(d.text, d.reason) for d in article.dropped]


def test_a_photo_credit_naming_the_author_stays_with_its_caption():
    """The reporter who took the photo is credited under it; that credit is the caption's, not a byline."""
    figure = ('<figure><img src="a.jpg" alt=""><figcaption>The jury on the steps of the festival palace. '
              '<span class="credit">Photo: Renée Dubois/AFP</span></figcaption></figure>')
    article = read_html(BYLINED.format(paragraph=figure).encode(), "page.html")
    assert article.metadata.authors == ["Renée Dubois"]
    assert article.metadata.image_credits == ["Photo: Renée Dubois/AFP"]
    assert "Photo: Renée Dubois/AFP" not in [d.text for d in article.dropped]


@pytest.mark.parametrize(("byline", "authors"), [
    ("Jane Doe, Kim Min-ji and Festival Wire Staff", ["Jane Doe", "Kim Min-ji"]),
    ("Festival Wire Staff", ["Festival Wire Staff"]),
])
def test_a_desks_credit_is_the_author_only_when_the_byline_names_no_person(byline: str, authors: list[str]):
    """docs-notes/ingest.md: an organisation is the author only when no source names a person; beside
    people, a desk's credit is their employer's."""
    page = (f'<html><head><title>Studios form a fund</title></head><body><article><h1>Studios form a fund</h1>'
            f'<div class="meta">By <a rel="author" href="/author/x">{byline}</a></div>'
            + "<p>Two studios pooled fifty million dollars for films made by directors from both countries.</p>" * 4
            + "</article></body></html>")
    assert read_html(page.encode(), "page.html").metadata.authors == authors


def test_a_critics_signed_rating_stays_in_the_body_with_its_stars():
    """"★★★★ 김소미 기자" closing a review was dropped whole as the byline, its rating with it."""
    page = ('<html><head><title>소금길 리뷰</title><meta name="author" content="김소미"></head><body><article><h1>소금길 리뷰</h1>'
            + "<p>섬으로 돌아온 여자가 염전을 팔러 간다. 영화는 그 여정을 조용히 따라가며 슬픔의 모양을 그린다.</p>" * 3
            + "<p>★★★★ 김소미 기자</p></article></body></html>")
    article = read_html(page.encode(), "page.html")
    assert article.metadata.authors == ["김소미"]  # the stars are no part of her name
    assert "★★★★ 김소미 기자" in blocks_to_text(article.blocks)


def test_a_sentence_that_names_the_author_stays_in_the_body():
    sentence = "Renée Dubois met the director in Paris on 5 March 2025, when the festival opened."
    article = read_html(BYLINED.format(paragraph=f"<p>{sentence}</p>").encode(), "page.html")
    assert sentence in blocks_to_text(article.blocks)


def test_json_ld_article_body_overrules_a_container_that_disagrees():
    article = [
        "The festival opened on Friday with a restored print of a silent classic, and the hall was full.",
        "Organisers said this year's programme of forty features from twelve countries is its largest ever.",
        "Screenings continue all week at three venues, with most directors present for questions afterwards.",
        "Tickets for the closing night sold out within an hour, and a second screening has been added.",
        "The jury, chaired by a veteran cinematographer, will announce its prizes on Sunday evening.",
        "Local restaurants are offering late menus for festival-goers leaving the midnight screenings.",
    ]
    letters = "".join(
        f"<p>Letter {n}: readers wrote in at length about parking, the weather, the price of popcorn and "
        f"the seats, which several of them found much too narrow for a three-hour film.</p>"
        for n in range(12)
    )
    body = " ".join(article)
    html = (
        '<html><head><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "Festival", "articleBody": "{body}"}}'
        "</script></head><body>"
        f'<div class="zone-a">{"".join(f"<p>{p}</p>" for p in article)}</div>'
        f'<div class="zone-b">{letters}</div></body></html>'
    )
    text = blocks_to_text(read_html(html.encode(), "page.html").blocks)
    assert "restored print" in text
    assert "Letter 3" not in text


def test_old_table_layout_page_keeps_the_article_cell_only():
    path = FIXTURES / "pages" / "table_layout.html"
    article = read_html(path.read_bytes(), str(path), "http://valley.example/news/1.html")
    text = blocks_to_text(article.blocks)
    # The bold headline above the text is the title, shown from the metadata (as an <h1> would be).
    assert text.startswith("The council approved")
    assert "Mayor said: “The council" in text  # windows-1252 quotes decoded
    assert "Contact us" not in text and "Weather in the valley" not in text
    assert len(article.blocks) == 4  # <br><br> separates paragraphs


def _news_article():
    path = FIXTURES / "pages" / "news_article.html"
    return read_html(path.read_bytes(), str(path))


def test_news_page_body_is_exactly_the_article():
    kinds = [type(b).__name__ for b in _news_article().blocks]
    assert kinds == [
        "Figure", "Paragraph", "Paragraph", "Heading", "Paragraph", "Quote",
        "Paragraph", "Heading", "Table", "Paragraph",
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("We use cookies", "cookie banner"),
        ("Home Film", "navigation"),
        ("Share on X", "share bar"),
        ("Read more The director", "aside element"),
        ("Advertisement Book your", "ads"),
        ("Get our film newsletter", "newsletter"),
        ("Busan Festivals", "article furniture"),
        ("Kim Tae-yong is our film critic", "article furniture"),
        ("3 comments", "comments"),
        ("Most popular", "aside element"),
        ("© 2024 The Example Times", "footer element"),
    ],
)
def test_news_page_chrome_is_dropped_with_its_reason(text, reason):
    matches = [d for d in _news_article().dropped if d.text.startswith(text)]
    assert matches and reason in matches[0].reason


def test_figure_credits_are_collected_in_metadata():
    assert _news_article().metadata.image_credits == ["Photo: Festival press office"]


def test_teaser_grid_is_not_taken_for_the_article_when_classes_mean_nothing():
    path = FIXTURES / "pages" / "hashed_classes.html"
    text = blocks_to_text(read_html(path.read_bytes(), str(path)).blocks)
    assert text.startswith("Cinema attendance in the region rose")
    assert text.endswith("a third of all tickets sold.")


FEED = b'<?xml version="1.0"?>\n<rss><channel><title>Feed</title><item><description>The review says a great deal about the film, at length, in sentences.</description></item></channel></rss>\n'
XHTML = b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>The review says a great deal about the film, at length, in sentences.</p></body></html>'


def test_an_xml_feed_saved_as_a_page_is_one_warning_not_beautifulsoups_advice(recwarn: pytest.WarningsRecorder) -> None:
    article = read_html(FEED, "feed.html")
    assert article.warnings == ["feed.html: an XML document (a feed or a sitemap?), not a web page: read as HTML"]
    assert not [w for w in recwarn if "BeautifulSoup" in str(w.message) or "XML" in str(w.message)]


def test_an_xhtml_page_is_a_web_page() -> None:
    assert read_html(XHTML, "page.html").warnings == []


BROKEN_ADDRESS = "http://[oops/x"  # urllib: "Invalid IPv6 URL"; template placeholders such as http://[domain]/ do this


@pytest.mark.parametrize(
    "head, body",
    [
        ("", f'<p>The director spoke about <a href="{BROKEN_ADDRESS}">the film she made</a> with a small crew.</p>'),
        ("", f'<p>A still: <img src="{BROKEN_ADDRESS}" alt="the film she made">, shot on a phone by the crew.</p>'),
        (f'<link rel="canonical" href="{BROKEN_ADDRESS}"><meta property="og:url" content="{BROKEN_ADDRESS}">', "<p>Relative <a href='/next'>links to the film she made</a> too.</p>"),
    ],
    ids=["link", "picture", "canonical"],
)
def test_an_address_that_does_not_parse_leaves_its_text_and_the_page_whole(head: str, body: str) -> None:
    html = f"<html><head><title>T</title>{head}</head><body><article><h1>T</h1>{PARA}{body}{PARA}</article></body></html>"
    article = read_html(html.encode(), "page.html")
    text = blocks_to_text(article.blocks)
    assert "the film she made" in text and "restored print" in text
    assert BROKEN_ADDRESS not in str(article)


JURY_TEXT = "<p>The Busan festival has named the members of the jury for its new prize, and three of the five are working directors.</p>"


@pytest.mark.parametrize(
    "dated",
    [
        '<meta property="article:published_time" content="2025-02-30">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-02-30T10:00:00Z"}</script>',
        '<time datetime="2025-02-30">30 February 2025</time>',
    ],
)
def test_an_impossible_date_is_no_date_and_says_so_as_a_sidecars_would(dated: str) -> None:
    page = f"<html><head>{dated}</head><body><h1>Festival names its first AI jury</h1>{dated}{JURY_TEXT}</body></html>"
    article = read_html(page.encode(), "jury.html")
    assert article.metadata.date == ""  # not htmldate's reading of it, 1 February
    assert article.warnings == ["jury.html: date '2025-02-30' is not a calendar date (2025-02 has 28 days)"]


def test_a_real_date_beside_an_impossible_one_is_the_pages() -> None:
    dated = '<meta property="article:published_time" content="2025-02-28"><time datetime="2025-02-30">30 February</time>'
    article = read_html(f"<html><head></head><body><h1>Jury</h1>{dated}{JURY_TEXT}</body></html>".encode(), "jury.html")
    assert (article.metadata.date, article.warnings) == ("2025-02-28", [])


def test_a_headline_the_title_element_shortened_is_the_title():
    """The <title> kept the film's name and dropped the rest of the headline, which was shown nowhere."""
    html = (
        "<html><head><title>Review: Harbour Lights After Midnight | Far East Frames</title></head><body>"
        "<header><h1>Review: <em>Harbour Lights After Midnight</em> finds tenderness in Kowloon's neon</h1></header>"
        f"<article>{PARA * 3}</article></body></html>"
    )
    assert read_html(html.encode(), "page.html").metadata.title == "Review: Harbour Lights After Midnight finds tenderness in Kowloon's neon"


def _app_shell(state: str) -> bytes:
    return ("<html><head><title>Salt Road restored</title></head><body><div id='__next'></div>"
            f"<script id='__NEXT_DATA__' type='application/json'>{state}</script></body></html>").encode()


def test_a_client_rendered_shell_is_read_from_the_article_html_in_its_app_state():
    state = json.dumps({"props": {"pageProps": {"story": {"content": "<p>The festival opened with Salt Road.</p><p>It sold out in a day.</p>",
                                                          "teaser": "<p>Salt Road returns.</p>"}}}})
    article = read_html(_app_shell(state), "shell.html")
    assert blocks_to_text(article.blocks) == "The festival opened with Salt Road.\n\nIt sold out in a day."


def test_an_app_state_string_of_one_paragraph_is_no_article():
    state = json.dumps({"props": {"pageProps": {"teaser": "<p>Salt Road returns.</p>"}}})
    with pytest.raises(PageError):
        read_html(_app_shell(state), "shell.html")


# --- Pages whose article a browser without scripts, or a shadow root, shows ------------------------

ARTICLE_PARAS = (
    "<p>The festival opened on Friday with a restored print of a silent classic, and the hall was full.</p>"
    "<p>The restoration took two years, most of it spent on a score rebuilt from a damaged tape.</p>"
    "<p>Tickets for the three screenings sold out in a day, and a fourth was added for Sunday.</p>"
)


def test_an_empty_shell_shows_the_article_its_noscript_holds():
    # rss-reader#347: a client-rendered page's server writes the article for readers without scripts only.
    page = f"<html><body><div id='root'></div><noscript><article><h1>Restored</h1>{ARTICLE_PARAS}</article></noscript></body></html>"
    text = blocks_to_text(read_html(page.encode(), "shell.html").blocks)
    assert "The restoration took two years" in text


def test_a_noscript_beside_the_shown_article_stays_dropped():
    # The same article again, for readers without scripts: not a second copy of it.
    noscript = "<noscript><p>The restoration took two years, in a version for readers without scripts, said the notice.</p>" + ARTICLE_PARAS + "</noscript>"
    page = f"<html><body><article><h1>Restored</h1>{ARTICLE_PARAS}</article>{noscript}</body></html>"
    text = blocks_to_text(read_html(page.encode(), "page.html").blocks)
    assert "readers without scripts" not in text
    assert text.count("The restoration took two years") == 1


def test_a_scripts_notice_in_noscript_is_never_text():
    page = f"<html><body><noscript><p>Please enable JavaScript to view the comments.</p></noscript><article>{ARTICLE_PARAS}</article></body></html>"
    assert "enable JavaScript" not in blocks_to_text(read_html(page.encode(), "page.html").blocks)


def test_a_declarative_shadow_roots_content_is_the_pages_text():
    # servo#36100: <template shadowrootmode> is rendered in place, unlike any other <template>.
    page = (
        "<html><body><article><h1>Restored</h1><article-body><template shadowrootmode='open'>"
        f"{ARTICLE_PARAS}</template></article-body><template><p>A card a script clones for the related films box, never shown as it is.</p></template></article></body></html>"
    )
    text = blocks_to_text(read_html(page.encode(), "page.html").blocks)
    assert "The restoration took two years" in text
    assert "A card a script clones" not in text
