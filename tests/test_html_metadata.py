"""One metadata source per fixture, and the order in which sources win."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from ingest import dates
from ingest.html import read_html
from ingest.html.page_index import PageIndex, json_ld_objects
from ingest.plaintext import blocks_to_text
from ingest.html.metadata import matching_headline, normalise_date

FIXTURES = Path(__file__).resolve().parent / "html" / "metadata"


def meta(name, url=None):
    path = FIXTURES / f"{name}.html"
    return read_html(path.read_bytes(), str(path), url).metadata


def test_json_ld_article():
    m = meta("json_ld")
    assert m.title == "Festival Opens With a Silent Classic"
    assert m.authors == ["Kim Tae-yong", "Jane Roe"]
    assert m.date == "2024-03-08"
    assert m.publisher == "The Example Times"
    assert m.source_url == "https://example.org/news/festival"
    assert m.language == "en-GB"
    assert m.description == "A restored print opened the festival."
    assert m.rights == "https://creativecommons.org/licenses/by/4.0/"


def test_a_json_ld_list_of_hundreds_of_authors_is_read_up_to_its_limit():
    """A page's JSON-LD can name any number of authors; each costs several checks (MAX_FIELD_AUTHORS)."""
    from ingest.html.metadata import MAX_FIELD_AUTHORS  # noqa: PLC0415

    names = [f"{given} {family}" for family in (
        "Kowalski", "Moreau", "Lindqvist", "Okafor", "Bianchi", "Novak", "Jansen", "Fischer", "Dubois", "Silva",
        "Horvat", "Nilsen", "Weber", "Costa", "Keller", "Ferrari", "Meyer", "Laurent", "Brandt", "Romano",
    ) for given in (
        "Anna", "Peter", "Maria", "Jonas", "Clara", "David", "Elena", "Felix", "Greta", "Hannah",
        "Ivan", "Julia", "Karl", "Laura", "Martin", "Nina", "Oskar", "Paula", "Simon", "Tina",
    )]
    authors = ",".join(f'{{"@type": "Person", "name": "{name}"}}' for name in names)
    page = (f'<html><head><script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Many hands",'
            f' "author": [{authors}]}}</script></head><body><article><h1>Many hands</h1><p>{"Text of the article. " * 40}</p>'
            "</article></body></html>")
    assert len(names) > MAX_FIELD_AUTHORS
    assert read_html(page.encode(), "many.html").metadata.authors == names[:MAX_FIELD_AUTHORS]


def test_json_ld_graph():
    m = meta("json_ld_graph")
    assert (m.title, m.authors, m.date) == ("Notes From the Festival", ["Jane Roe"], "2023-11-02")
    assert m.publisher == "Example Blog"
    assert m.source_url == "https://example.org/post/"


def test_opengraph():
    m = meta("opengraph")
    assert (m.title, m.publisher, m.source_url) == ("OpenGraph Title", "OG Site", "https://example.org/og")
    assert (m.description, m.language, m.date) == ("OG description.", "fr-FR", "2022-05-17")
    assert m.authors == ["Marie Curie"]


def test_twitter_card():
    m = meta("twitter")
    assert (m.title, m.description, m.authors) == ("Twitter Card Title", "Twitter description.", ["Sam Writer"])


def test_dublin_core():
    m = meta("dublin_core")
    assert (m.title, m.authors, m.date) == ("Dublin Core Title", ["Ada Lovelace"], "2021-07-04")
    assert (m.publisher, m.language, m.rights) == ("DC Press", "de", "CC BY-SA 4.0")


def test_qualified_dublin_core_date_and_a_creator_written_family_name_first():
    m = meta("dublin_core_qualified")
    assert (m.authors, m.date) == (["Marta Quintero"], "2023-11-08")


def test_a_date_that_reads_both_ways_is_day_first_on_a_page_not_in_english():
    assert meta("day_first_page").date == "2024-04-03"


def test_a_date_that_reads_month_first_only_asks_no_dateparser_on_a_day_first_page(monkeypatch):
    # Read day first, "11/20" has no month 20: the patterns' month-first reading stands, and dateparser
    # (0.35 s the first time in a process) is not asked to read the string again.
    monkeypatch.setattr(dates, "_dateparser_iso", lambda text: pytest.fail(f"dateparser asked {text!r}"))
    assert meta("month_first_only_on_a_day_first_page").date == "2019-11-20"


def test_a_pages_json_ld_is_decoded_once():
    page = PageIndex(BeautifulSoup((FIXTURES / "json_ld_graph.html").read_text(encoding="utf-8"), "lxml"))
    first = list(json_ld_objects(page))
    assert first and all(a is b for a, b in zip(first, json_ld_objects(page), strict=True))


def test_the_json_of_parselys_older_parsely_page_tag_gives_the_author_and_date():
    m = meta("parsely_page")
    assert (m.authors, m.date) == (["Tomasz Wrona"], "2023-11-08")


def test_time_element():
    assert meta("time_element").date == "2020-02-29"


def test_rel_author():
    assert meta("rel_author").authors == ["Lee Chang-dong"]


def test_byline_in_text():
    assert meta("byline").authors == ["Maria Santos", "John Smith"]


def test_earlier_sources_win_and_later_ones_fill_gaps():
    m = meta("precedence", url="https://example.org/page")
    assert m.title == "JSON-LD Title"  # JSON-LD beats OpenGraph and <title>
    assert m.publisher == "OG Site"  # only OpenGraph has it
    assert m.language == "en"  # only <html lang> has it
    assert m.source_url == "https://example.org/canonical/path"  # canonical link, resolved


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2019-11-19T10:00:00Z", "2019-11-19"),
        ("November 19, 2019", "2019-11-19"),
        ("19 Nov 2019", "2019-11-19"),
        ("2019/11/19", "2019-11-19"),
        ("20191119", "2019-11-19"),
        ("2019-11", "2019-11"),
        ("yesterday", ""),
    ],
)
def test_dates_are_normalised_to_iso_8601(raw, iso):
    assert normalise_date(raw) == iso


def test_html_title_loses_its_site_name_suffix():
    html = b"<html><head><title>Festival opens with a silent classic | The Example Times</title></head><body><p>The festival opened on Friday with a restored print of a silent classic.</p></body></html>"
    assert read_html(html, "t.html").metadata.title == "Festival opens with a silent classic"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "子どもへの体罰を禁止する法律ができる"),  # a bar, no spaces
        ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！"),  # a dash after the headline's mark
    ],
)
def test_a_chinese_or_japanese_title_loses_its_site_name_without_spaces_around_the_separator(title, headline):
    html = f"<html><head><title>{title}</title></head><body><p>{headline}。电影节今天开幕，观众很多。电影节今天开幕，观众很多。</p></body></html>"
    assert read_html(html.encode(), "t.html").metadata.title == headline


def test_a_hyphen_inside_a_chinese_title_is_no_separator():
    html = "<html><head><title>新冠-19疫情下的电影节</title></head><body><p>电影节今天开幕，观众很多。电影节今天开幕，观众很多。</p></body></html>"
    assert read_html(html.encode(), "t.html").metadata.title == "新冠-19疫情下的电影节"


def test_a_japanese_headline_with_ruby_readings_is_the_title_without_the_spaces_between_its_parts():
    """get_text(" ") spaced the ruby bases apart ("子 どもへの 体罰 を"): the headline did not match the title."""
    h1 = "<h1>\n<ruby>子<rt>こ</rt></ruby>\nどもへの\n<ruby>体罰<rt>たいばつ</rt></ruby>\nを\n<span>禁止</span>\nする<span>法律</span>\nができる</h1>"
    html = f"<html><head><title>NEWS WEB EASY|子どもへの体罰を禁止する</title></head><body>{h1}<p>法律ができます。子どもを守るための法律です。</p></body></html>"
    assert read_html(html.encode(), "t.html").metadata.title == "子どもへの体罰を禁止する法律ができる"  # the headline the title shortened


def test_an_ideographic_space_between_a_japanese_headlines_clauses_is_kept():
    """"…公開決定\u3000広瀬すず…" lost its space: it was taken for one get_text puts between nodes."""
    headline = "新作「海の記憶」公開決定\u3000広瀬すずが主演"
    html = f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1><p>映画が公開されます。主演は広瀬すずです。</p></body></html>"
    assert read_html(html.encode(), "t.html").metadata.title == "新作「海の記憶」公開決定 広瀬すずが主演"


SHOWN = "<p>The festival opened on Friday with a restored print of a silent classic, and the hall was full.</p>"


def test_the_headline_the_article_shows_wins_over_an_og_title_that_says_it_otherwise():
    html = ('<html><head><meta property="og:title" content="Park Ji-won on grief and The Salt Road">'
            '<title>Park Ji-won on grief and The Salt Road - The Herald</title></head>'
            f'<body><article><h1>Park Ji-won: "Everyone has an island they left"</h1>{SHOWN}</article></body></html>')
    assert read_html(html.encode(), "t.html").metadata.title == 'Park Ji-won: "Everyone has an island they left"'


def test_one_of_two_headlines_does_not_replace_the_og_title():
    og = '<meta property="og:title" content="Festival opens with a silent classic">'
    two = f"<html><head>{og}</head><body><article>{SHOWN}<h1>Festival news today</h1>{SHOWN}<h1>More from the festival</h1>{SHOWN}</article></body></html>"
    assert read_html(two.encode(), "t.html").metadata.title == "Festival opens with a silent classic"


def test_the_same_headline_spaced_by_its_markup_keeps_the_og_titles_typography():
    html = ('<html><head><meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird"></head>'
            f'<body><article><p>Berlin</p><h1><span>Klimaschutz</span> : Bohren, bis es heiß wird</h1>{SHOWN}</article></body></html>')
    assert read_html(html.encode(), "t.html").metadata.title == "Klimaschutz: Bohren, bis es heiß wird"


def test_first_h1_is_the_title_when_nothing_else_names_one():
    html = b"<html><body><h1>Only a heading</h1><p>The festival opened on Friday with a restored print of a silent classic.</p></body></html>"
    assert read_html(html, "t.html").metadata.title == "Only a heading"


def test_standfirst_becomes_the_deck():
    html = (
        b'<html><body><header><h1>Festival opens</h1><p class="article-standfirst">A silent classic, restored, '
        b"fills the hall on the first night.</p></header><article><p>The festival opened on Friday with a restored "
        b"print of a silent classic.</p></article></body></html>"
    )
    assert read_html(html, "t.html").metadata.deck == ["A silent classic, restored, fills the hall on the first night."]


def test_an_impossible_meta_date_is_not_published_and_a_real_one_further_down_wins():
    html = (
        b'<html><head><meta property="article:published_time" content="2025-02-30T10:00:00Z">'
        b"<title>A festival</title></head><body><article><h1>A festival</h1>"
        b'<time datetime="2025-03-02">2 March 2025</time><p>The festival opened with a restored print.</p></article></body></html>'
    )
    assert read_html(html, "t.html").metadata.date == "2025-03-02"


UNDATED_ARTICLE = (
    '<div class="site-content"><article><h1>Festival</h1><p>The festival opened with a restored print.</p>'
    "<p>Updated on 2020-01-13, in Busan.</p></article></div></body></html>"
)


def test_htmldate_reads_the_article_of_a_body_classed_for_its_sidebar():
    page = '<html><body class="right-sidebar">' + UNDATED_ARTICLE
    assert read_html(page.encode(), "page.html").metadata.date == "2020-01-13"


def test_htmldate_reads_an_xhtml_page_with_its_xml_declaration():
    page = '<?xml version="1.0" encoding="utf-8"?>\n<html><body>' + UNDATED_ARTICLE
    assert read_html(page.encode(), "page.html").metadata.date == "2020-01-13"


def test_a_page_without_a_date_of_its_own_gets_the_one_htmldate_reads():
    page = b"<html><body><article><h1>Festival</h1><p>The festival opened with a restored print.</p></article></body></html>"
    assert read_html(page, "page.html", "https://example.org/news/2020/01/13/festival.html").metadata.date == "2020-01-13"


def test_a_line_of_milestones_dates_the_page_by_the_one_labelled_published():
    # htmldate takes the earliest date a page shows: here the submission's (AndyTheFactory/newspaper4k#575).
    page = ("<html><body><article><h1>Festival</h1><p>Submitted 16 December 2023. Published 2 January 2024.</p>"
            "<p>The festival opened with a restored print of a silent classic.</p></article></body></html>")
    assert read_html(page.encode(), "page.html").metadata.date == "2024-01-02"


def test_a_paragraph_that_is_a_photo_credit_alone_is_the_articles_image_credit():
    html = (
        "<html><head><title>Festival opens</title></head><body><article><p>The festival opened on Friday with a restored "
        "print of a silent classic.</p><p>Crédits photos : Bestimage</p></article></body></html>"
    )
    article = read_html(html.encode(), "t.html")
    assert article.metadata.image_credits == ["Crédits photos : Bestimage"]
    assert "Bestimage" not in blocks_to_text(article.blocks)


def test_a_sentence_opening_like_a_credit_stays_in_the_text():
    html = (
        "<html><head><title>Festival opens</title></head><body><article><p>The festival opened on Friday with a restored "
        "print of a silent classic.</p><p>Courtesy of the festival, every film is subtitled.</p></article></body></html>"
    )
    assert "Courtesy of the festival" in blocks_to_text(read_html(html.encode(), "t.html").blocks)


def test_a_space_between_a_chinese_headlines_clauses_is_kept():
    """"…入選影展 李康生…": a space the headline prints parts two clauses; only those get_text adds go."""
    headline = "新作《海邊》入選影展 李康生再度主演"
    html = f"<html><head><title>{headline} | 影評週刊</title></head><body><article><h1>{headline}</h1><p>電影節今天開幕，觀眾很多。電影節今天開幕，觀眾很多。</p></article></body></html>"
    assert read_html(html.encode(), "t.html").metadata.title == headline


def test_a_title_of_thousands_of_labels_still_finds_its_headline():
    # The labels are taken off in a loop: one call per label used to recurse past Python's limit.
    headings = BeautifulSoup("<h1>Harbour Lights</h1>", "html.parser").find_all("h1")
    assert matching_headline("P: " * 1500 + "Harbour Lights", headings) == "Harbour Lights"


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- saved from url=(0068)https://reelharbour.example/news/2023/05/14/festival-diary-day-three/ -->",
        "<!--\n Page saved with SingleFile \n url: https://reelharbour.example/news/2023/05/14/festival-diary-day-three/ \n"
        " saved date: Thu Mar 10 2022 19:12:36 GMT-0800 (Pacific Standard Time)\n-->",
    ],
)
def test_a_browser_saved_pages_address_comment_gives_its_address_and_day(comment):
    """A page saved by "Save page as" or SingleFile names the address it came from in a comment at the
    file's top (tagspaces/browser-extensions#32): the source address, and the day its path gives
    (the day the page was saved is not the article's)."""
    prose = "<p>" + "The third day of the festival began with rain and ended with a standing ovation. " * 3 + "</p>"
    page = f"<!DOCTYPE html>{comment}<html><head><title>Festival diary</title></head><body><article><h1>Festival diary</h1>{prose}</article></body></html>"
    m = read_html(page.encode(), "saved.html").metadata
    assert m.source_url == "https://reelharbour.example/news/2023/05/14/festival-diary-day-three/"
    assert m.date == "2023-05-14"


def test_a_saved_from_comment_inside_the_page_is_the_pages_text_not_its_address():
    # Only the comment a browser writes at the file's top names the address: one inside <article> is the page's own.
    prose = "<p>" + "The third day of the festival began with rain and ended with a standing ovation. " * 3 + "</p>"
    page = ("<!DOCTYPE html><html><head><title>Festival diary</title></head><body><article><h1>Festival diary</h1>"
            f"<!-- saved from url=(0040)https://elsewhere.example/2001/02/03/x/ -->{prose}</article></body></html>")
    assert read_html(page.encode(), "saved.html").metadata.source_url != "https://elsewhere.example/2001/02/03/x/"


def _dc_creator(creator):
    html = (f'<html><head><title>A review</title><meta name="DC.creator" content="{creator}"></head><body><article>'
            "<h1>A review</h1>" + "<p>The director talks about the long winter shoot on the island and the actors who stayed.</p>" * 4
            + "</article></body></html>")
    return read_html(html.encode(), "review.html").metadata.authors


@pytest.mark.parametrize(("creator", "authors"), [("Kim, Ji-woon", ["Kim Ji-woon"]), ("Zhang, Yimou", ["Zhang Yimou"])])
def test_a_dublin_core_creator_with_a_korean_or_chinese_family_name_keeps_it_first(creator, authors):
    assert _dc_creator(creator) == authors


def test_a_dublin_core_creator_whose_family_name_is_also_korean_turns_round_before_a_western_given_name():
    assert _dc_creator("Lee, Spike") == ["Spike Lee"]


@pytest.mark.parametrize(("creator", "authors"), [("Reuters, AFP", ["Reuters", "AFP"]), ("Variety, Staff", ["Variety"])])
def test_two_credits_in_dublin_core_are_not_turned_round_into_a_name(creator, authors):
    # "Reuters, AFP" became "AFP Reuters"; a desk word alone is dropped by the author rules.
    assert _dc_creator(creator) == authors


def test_a_dublin_core_creator_in_capitals_is_still_turned_round():
    assert _dc_creator("QUINTERO, MARTA") == ["Marta Quintero"]  # turned round, and out of the capitals (superdesk#850)


@pytest.mark.parametrize("address", ["http://[broken/", "https://web.archive.org/web/20030314082211/http://[broken/"])
def test_an_address_that_does_not_parse_as_canonical_and_as_a_link_is_read_without_an_error(address):
    """A capture's original that does not parse is not unwrapped: the capture's own address stays the source."""
    # urlsplit raises ValueError on an invalid IPv6 host: the Wayback and section-link rules merged
    # this round read such addresses (one raised in the title's site-name test).
    html = (f'<html><head><title>A review | Site</title><link rel="canonical" href="{address}"></head><body>'
            f'<nav><a href="{address}">Site</a></nav><article><h1>A review</h1>'
            + "<p>The director talks about the long winter shoot on the island and the actors who stayed.</p>" * 4
            + f'<p>See <a href="{address}">the festival</a>.</p></article></body></html>')
    assert read_html(html.encode(), "review.html", address).metadata.source_url == address
