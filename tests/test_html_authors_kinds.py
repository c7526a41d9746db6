"""Bylines by kind: where a page prints its authors, and what reaches ``metadata.authors``."""

import pytest

from ingest.html import read_html
from ingest.authors import is_byline_line, clean_authors
from ingest.html.bylines import from_author_box, from_closing_byline
from ingest.html.page_index import PageIndex
from ingest.html.reader import parse_html
from ingest.plaintext import blocks_to_text
from ingest.summary import summary

PROSE = "<p>" + "The festival opened on Friday with a restored print of a silent classic, and the hall was full. " * 3 + "</p>"


def authors(head: str, body: str) -> list[str]:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_html(page.encode(), "page.html").metadata.authors


def test_a_byline_word_after_the_date_gives_the_name():
    body = f'<article><h1>Festival</h1><div class="meta">Posted on September 21, 2020 by Jane Doe</div>{PROSE}</article>'
    assert authors("", body) == ["Jane Doe"]


def test_the_byline_names_the_co_authors_a_meta_tag_left_out():
    head = '<meta name="author" content="Jane Doe">'
    body = f'<article><h1>Festival</h1><p class="byline">By Jane Doe and John Roe</p>{PROSE}</article>'
    assert authors(head, body) == ["Jane Doe", "John Roe"]


def test_a_list_of_many_names_does_not_replace_the_byline():
    # A paper's citation authors: the byline's author stands.
    head = '<meta name="author" content="Jane Doe">' + "".join(
        f'<meta name="citation_author" content="{n}">' for n in ("Jane Doe", "Ann Lee", "Bo Kim", "Cy Park", "Di Wu")
    )
    assert authors(head, f"<article><h1>Paper</h1>{PROSE}</article>") == ["Jane Doe"]


def test_the_only_headline_counts_inside_a_wrapper_classed_as_a_sidebar():
    body = f'<div class="sidebar-layout"><h1>Festival</h1><p class="author">Jane Doe</p>{PROSE}</div>'
    assert authors("", body) == ["Jane Doe"]


def test_a_label_with_a_colon_is_cut_from_the_name():
    assert clean_authors(["Interview: Jane Doe"]) == ["Jane Doe"]
    assert clean_authors(["Text: Jane Doe und John Roe"]) == ["Jane Doe", "John Roe"]


def test_a_byline_element_gives_every_co_author_not_only_the_first_link():
    body = (f'<article><h1>Festival</h1><div class="byline"><a href="/a">Ana Ruiz</a>, <a href="/b">Bo Kim</a> '
            f'y <a href="/c">José Miguel Wilson</a></div>{PROSE}</article>')
    assert authors("", body) == ["Ana Ruiz", "Bo Kim", "José Miguel Wilson"]


# Bylines that wrap each co-author alike (a React theme's <span class="contributor">): every wrapper's name,
# in a byline-classed box beside the headline and among links to the authors' pages below the text.
@pytest.mark.parametrize("body", [
    '<h1>Festival</h1><div class="header-meta"><span class="contributor"><a href="/x/ana-ruiz">Ana Ruiz</a></span>, '
    f'<span class="contributor"><a href="/x/bo-kim">Bo Kim</a></span></div>{PROSE}',
    f'<h1>Festival</h1>{PROSE}<div><span class="who"><a href="/author/ana-ruiz">Ana Ruiz</a></span> '
    '<span class="who"><a href="/author/bo-kim">Bo Kim</a></span></div>',
], ids=["byline box", "author links"])
def test_co_authors_each_in_a_wrapper_of_their_own_are_all_named(body):
    assert authors("", f"<article>{body}</article>") == ["Ana Ruiz", "Bo Kim"]


def test_a_date_then_a_dash_then_a_name_is_a_byline():
    body = f'<h1>Variables</h1><p class="text-muted">11.12.2019 - Amelie Loevenich</p>{PROSE}'
    assert authors("", body) == ["Amelie Loevenich"]


def test_a_picture_credit_is_no_byline():
    body = f'<article><h1>Festival</h1><figure><img src="a.jpg"><figcaption>By Getty Images</figcaption></figure>{PROSE}</article>'
    assert authors("", body) == []


def test_a_byline_word_inside_a_paragraph_of_prose_is_no_byline():
    body = ("<article><h1>Protests</h1><p>Many students and leaders <span>by Peasants,</span> "
            + "were targeted by campaigns of hate and persecution across the country for months. " * 3
            + f"</p>{PROSE}</article>")
    assert authors("", body) == []


def test_an_author_class_repeated_down_the_page_is_a_list_of_teasers():
    teasers = "".join(f'<li><a href="/{i}">Story {i}</a> <span class="author">Kate May</span></li>' for i in range(3))
    body = f"<h1>Lemon trees</h1>{PROSE}<ul>{teasers}</ul>"
    assert authors("", body) == []


def test_a_second_credit_is_cut_from_the_byline():
    assert authors("", f"<h1>Travel</h1><p><em>Text von Christian Seiler  Illustration von Markus Roost</em></p>{PROSE}") == [
        "Christian Seiler"
    ]


def test_a_handle_from_a_field_keeps_its_digits_and_yields_to_its_display_name():
    assert clean_authors(["freeman1984"]) == ["freeman1984"]
    assert clean_authors(["freeman1984"], from_text=True) == []
    head = '<meta property="article:author" content="gabor_munier">'
    body = f'<article><h1>Scenarios</h1><p class="byline">Von Gàbor Muniér</p>{PROSE}</article>'
    assert authors(head, body) == ["Gàbor Muniér"]


def test_a_weekday_before_the_date_is_no_name():
    body = f'<article><h1>Test drive</h1><div class="author">Donnerstag, 4. November 2021</div>{PROSE}</article>'
    assert authors("", body) == []


def test_soft_hyphens_are_taken_out_of_a_name():
    assert clean_authors(["Mat\u00adthi\u00adas Lauerer"]) == ["Matthias Lauerer"]


def _page(body: str) -> PageIndex:
    return PageIndex(parse_html(f"<html><body>{body}</body></html>"))


def test_an_author_box_below_the_article_gives_the_name():
    box = '<div class="author__box"><span>About the Author - Florina Ionescu</span><p>Florina grows citrus.</p></div>'
    assert from_author_box(_page(f"<article><h1>Lemon trees</h1>{PROSE}</article>{box}"), None) == {"authors": ["Florina Ionescu"]}


def test_a_film_review_s_author_box_gives_the_reviewer():
    box = '<div class="review-author"><span>About the Author - Marta Lindqvist</span><p>Marta writes on film.</p></div>'
    assert from_author_box(_page(f"<article><h1>Night Tide</h1>{PROSE}</article>{box}"), None) == {"authors": ["Marta Lindqvist"]}


def test_a_quotation_s_author_is_no_author_box():
    quote = '<div class="widget"><p>"Give."</p><span class="quote-author-name">Mark Goldberg</span></div>'
    assert from_author_box(_page(f"<article><h1>Protests</h1>{PROSE}</article>{quote}"), None) == {}


def test_a_byline_at_the_end_of_the_article_gives_the_name():
    closing = "<p><strong>Autorin: Uta Staschewski, Projektleiterin in Tunesien.</strong></p>"
    page = _page(f"<article><h1>Tunisia votes</h1>{PROSE}{closing}</article>")
    assert from_closing_byline(page, None) == {"authors": ["Uta Staschewski"]}


def test_a_byline_closing_the_text_block_gives_the_name_when_more_material_follows():
    # An interview in an accordion and a box of contacts follow the signed text: the
    # region's last lines are theirs, the signature closes the block of paragraphs.
    text = f"<div>{PROSE}{PROSE}{PROSE}<p><strong>Autorin: Uta Staschewski, Projektleiterin.</strong></p></div>"
    more = "<div><h3>Interview</h3>" + "<p>Question and answer.</p>" * 8 + "</div>"
    contacts = "<div><h4>Kontakt</h4><p>Leitung:</p><p>Telefon: 089 1258-290</p><p>E-Mail: a@b.de</p></div>"
    page = _page(f"<div><h1>Tunisia votes</h1>{text}{more}{contacts}</div>")
    assert from_closing_byline(page, None) == {"authors": ["Uta Staschewski"]}


def test_a_byline_word_opening_a_block_s_last_line_of_prose_is_no_closing_byline():
    text = f"<div>{PROSE}{PROSE}{PROSE}<p>Von Anfang an war klar, dass das Festival wachsen würde, sagte sie.</p></div>"
    page = _page(f"<div><h1>Festival</h1>{text}<div><h3>Mehr</h3>{PROSE}{PROSE}</div></div>")
    assert from_closing_byline(page, None) == {}


def test_a_teaser_s_byline_after_the_article_is_not_its_closing_byline():
    teaser = '<article class="teaser"><h2>Self care</h2><p><span class="author">von Selina Jüngling</span></p></article>'
    page = _page(f"<article><h1>Confidence</h1>{PROSE}</article>{teaser}")
    assert from_closing_byline(page, None) == {}


def test_the_site_name_beside_the_headline_in_the_title_is_no_author():
    head = '<title>Achtsam durch die Krise | Die FURCHE</title><meta name="author" content="Die FURCHE">'
    body = f'<article><h1>Achtsam durch die Krise</h1><p class="author">Ursula Baatz</p>{PROSE}</article>'
    assert authors(head, body) == ["Ursula Baatz"]


def test_a_site_named_after_its_author_keeps_the_author_two_sources_give():
    head = ('<title>Warum Wien - Helge Fahrnberger</title><script type="application/ld+json">'
            '{"@type": "BlogPosting", "author": {"@type": "Person", "name": "Helge Fahrnberger"}}</script>')
    body = f'<article><h1>Warum Wien</h1><p>By <a href="/a">Helge Fahrnberger</a></p>{PROSE}</article>'
    assert authors(head, body) == ["Helge Fahrnberger"]


def test_json_ld_gives_the_author_of_the_page_s_webpage_node_when_no_article_names_one():
    # WordPress SEO plugins describe a post as a WebPage whose author is a Person elsewhere in the graph.
    head = ('<script type="application/ld+json">{"@graph": ['
            '{"@type": "WebPage", "@id": "/p#webpage", "author": {"@id": "/#/person/1"}},'
            '{"@type": "Person", "@id": "/#/person/1", "name": "Harald Bauer"}]}</script>'
            '<meta name="author" content="Peter Amende und Fuchsy designed">')
    assert authors(head, f"<article><h1>Basic income</h1>{PROSE}</article>") == ["Harald Bauer"]


def test_a_translated_written_by_card_label_gives_the_author():
    head = '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">'
    assert authors(head, f"<article><h1>Lost</h1>{PROSE}</article>") == ["Karoline Herr"]


def test_the_byl_meta_tag_gives_the_author_without_its_by():
    assert authors('<meta name="byl" content="By Elisa Marvena">', f"<article><h1>Protests</h1>{PROSE}</article>") == [
        "Elisa Marvena"
    ]


def test_an_author_named_like_the_site_s_host_is_the_site():
    head = '<meta name="author" content="Makronom">'
    body = f'<article><h1>Resources</h1><p class="byline">Von Clara Löw und Klaus Jacob</p>{PROSE}</article>'
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert read_html(page.encode(), "page.html", "https://makronom.de/warum-45273").metadata.authors == [
        "Clara Löw", "Klaus Jacob"]


def test_a_site_name_in_a_byline_element_is_skipped_for_the_article_s_byline():
    body = (f'<h1 class="vcard author"><a class="fn" href="/">Krimiblog-Archiv</a></h1><div class="post">'
            f'<h3>Das schwulste Musikvideo der Welt</h3><h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4>'
            f'{PROSE}</div>')
    assert authors("<title>Das schwulste Musikvideo der Welt : Krimiblog-Archiv</title>", body) == ["Krimiblogger"]


def test_a_lone_byline_word_gives_every_name_of_its_line():
    body = (f'<article><h1>Coronavirus</h1><div class="intro">von <a href="/a">Lars Fischer</a> und '
            f'<a href="/b">Alina Schadwinkel</a></div>{PROSE}</article>')
    assert authors("", body) == ["Lars Fischer", "Alina Schadwinkel"]


def test_what_follows_the_name_in_its_line_is_no_co_author():
    body = (f'<article><h1>White passing</h1><div class="post-meta">von <a href="/a" rel="author">Fatima</a> in '
            f'<span class="categories"><a href="/c">Gefühle</a></span></div>{PROSE}</article>')
    assert authors("", body) == ["Fatima"]


def test_a_comment_s_author_is_no_byline():
    comment = ('<ol class="comment-list"><li class="comment comment-author-reader"><p>Nice.</p>'
               '<p class="comment-likes">Gefällt <a href="#">1 Person</a></p></li></ol>')
    assert authors("", f"<article><h1>Choices</h1>{PROSE}</article>{comment}") == []


def test_a_licence_credit_in_the_page_footer_is_no_byline():
    footer = '<footer><p><a href="/cc">CC Attribution</a> by <a href="/r">Roland Alton</a></p></footer>'
    assert authors("", f"<div><h1>Vegetarians</h1>{PROSE}</div>{footer}") == []


def test_a_picture_credit_label_is_no_byline():
    caption = '<p class="caption">Joe Kaeser <span class="credit">Foto: Soeren Stache/dpa</span></p>'
    assert authors("", f"<article><h1>Siemens</h1>{caption}{PROSE}</article>") == []


def test_a_dated_calendar_line_is_no_byline():
    calendar = "<h2>Konzerte</h2><p>02.11.2022 - Placebo - Stadthalle</p><p>03.11.2022 - Mark Turner - Arena</p>"
    assert authors("", f"<div><h1>Konzerte im November</h1>{PROSE}{calendar}</div>") == []


def test_an_organisation_named_by_a_field_yields_to_a_person_the_page_names():
    head = '<meta name="author" content="Hanns-Seidel-Stiftung e.V.">'
    closing = "<p><strong>Autorin: Uta Staschewski, Projektleiterin in Tunesien.</strong></p>"
    assert authors(head, f"<article><h1>Tunisia votes</h1>{PROSE}{closing}</article>") == ["Uta Staschewski"]


def test_a_json_ld_organisation_author_yields_to_the_closing_byline():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "LN"}}</script>'
    closing = '<p><em>Von <span itemscope itemtype="http://schema.org/Person">Cosima Künzel</span></em></p>'
    assert authors(head, f"<div><h1>Auction</h1>{PROSE}{PROSE}{PROSE}{closing}</div>") == ["Cosima Künzel"]


def test_an_agency_credit_is_kept_whole():
    assert clean_authors(["det/dpa"]) == ["det/dpa"]
    assert clean_authors(["Peter Maahn/SP-X"], from_text=True) == ["Peter Maahn"]


def test_the_agency_in_the_dateline_is_the_author_of_a_wire_story():
    lead = "<p>Hamburg (dpa/lno) – Trotz eines Gesprächs bleiben die Fronten verhärtet.</p>"
    assert authors("", f"<article><h1>Fronten</h1>{lead}{PROSE}</article>") == ["dpa/lno"]
    lead = "<p>WASHINGTON (AP) — The Senate voted on Tuesday.</p>"
    assert authors("", f"<article><h1>Vote</h1>{lead}{PROSE}</article>") == ["AP"]


def test_a_press_release_s_place_in_brackets_is_no_agency():
    lead = "<p>(Leipzig) - Von Preisbremsen bis zur Mehrwegpflicht ändert sich vieles.</p>"
    assert authors("", f"<article><h1>2023</h1>{lead}{PROSE}</article>") == []


def test_a_chinese_editor_label_gives_the_two_character_name():
    closing = "<p>责任编辑： 焦鹏</p>"
    assert authors("", f"<div><h1>新闻</h1>{PROSE}{PROSE}{PROSE}{closing}</div>") == ["焦鹏"]


def test_a_korean_reporter_s_role_and_address_after_the_name_are_cut():
    body = f'<article><h1>영화제</h1><p class="byline">홍길동 기자 hong@example.co.kr</p>{PROSE}</article>'
    assert authors("", body) == ["홍길동"]


def test_a_phrase_of_chinese_after_a_label_is_no_name():
    assert clean_authors(["记者 新华网北京2月19日电"], from_text=True) == []


def test_the_site_s_name_beside_the_author_in_one_field_is_cut():
    head = '<meta property="og:site_name" content="unocero"><meta name="author" content="unocero - Alberto Ávila">'
    assert authors(head, f"<article><h1>Apps</h1>{PROSE}</article>") == ["Alberto Ávila"]


def test_the_publication_a_byline_writes_for_is_no_co_author():
    assert clean_authors(["By Glen Owen And Brendan Carlin For The Mail On Sunday"]) == ["Glen Owen", "Brendan Carlin"]


def test_the_byline_beside_the_headline_wins_over_a_field_s_author_the_page_never_shows():
    # The CMS account that posted a guest's article is in JSON-LD only; the page states its author.
    head = ('<script type="application/ld+json">{"@type": "WebPage", "author": {"@type": "Person", '
            '"name": "Gilles Gressani"}}</script>')
    body = f'<article><h1>François Héran</h1><dl><dt>Auteur</dt><dd><a href="/u">Uriel Gadessaud</a></dd></dl>{PROSE}</article>'
    assert authors(head, body) == ["Uriel Gadessaud"]


def test_a_field_s_author_the_page_shows_keeps_the_byline():
    head = '<meta name="author" content="Jane Doe">'
    body = (f'<article><h1>Festival</h1><p class="intro">By John Roe</p>{PROSE}'
            f'<div class="about">Jane Doe edits the festival pages.</div></article>')
    assert authors(head, body) == ["Jane Doe"]


# Avada prints the posting account as hCard data for search engines in a span its
# stylesheet hides; other themes hide it by style. The reader sees only the byline.
_HIDDEN_ACCOUNT = (
    '<div class="fusion-meta-info"><span class="vcard rich-snippet-hidden"><span class="fn">'
    '<a href="/author/jane/" rel="author">Jane Doe</a></span></span><span>25. Dezember 2022</span></div>',
    '<span style="display: none">Jane Doe</span>',
)


@pytest.mark.parametrize("hidden", _HIDDEN_ACCOUNT)
def test_a_field_s_author_only_in_hidden_markup_yields_to_the_byline(hidden):
    body = f'<article><h1>Festival</h1>{hidden}<p><strong>Von John Roe</strong></p>{PROSE}</article>'
    assert authors('<meta name="author" content="Jane Doe">', body) == ["John Roe"]


def test_a_breadcrumb_in_the_byline_box_is_no_name():
    box = ('<div class="article-author">von <address class="author"><a rel="author" href="/i">auto-motor.at Redaktion'
           '</a></address><ul class="article-breadcrumbs" itemtype="http://schema.org/BreadcrumbList">in Rubrik: '
           '<li><a href="/h"><span>Hyundai</span></a></li></ul></div>')
    assert authors("", f"<article><h1>Santa Fe im Test</h1>{box}{PROSE}</article>") == []


def test_a_person_s_name_beside_the_date_in_the_line_of_post_facts_is_the_author():
    facts = ('<ul class="post-info"><li><a href="/k">Kommentar</a></li><li class="item-date">19. Oktober 2019</li>'
             '<li><span>Boris T. Kaiser</span></li><li><a href="#c">1 Kommentar</a></li></ul>')
    assert authors("", f"<div><h1>Wochenrückblick</h1>{facts}{PROSE}</div>") == ["Boris T. Kaiser"]


def test_words_beside_the_date_that_start_with_no_given_name_are_no_author():
    facts = '<ul class="post-info"><li class="item-date">19. Oktober 2019</li><li><a href="/r">Aus der Region</a></li></ul>'
    assert authors("", f"<div><h1>Wochenrückblick</h1>{facts}{PROSE}</div>") == []


def test_an_interview_s_byline_names_both_speakers():
    body = f'<article><h1>Titanic</h1><p class="author">Richard David Precht im Gespräch mit Karin Fischer</p>{PROSE}</article>'
    assert authors("", body) == ["Richard David Precht", "Karin Fischer"]


def test_a_name_alone_as_the_last_paragraph_signs_the_article():
    signature = '<p class="clearfix"><strong>Marina Mucha</strong></p>'
    assert authors("", f"<article><h1>Buch der Woche</h1>{PROSE}{signature}</article>") == ["Marina Mucha"]


def test_a_last_paragraph_that_is_no_person_s_name_signs_nothing():
    last = "<p><strong>Blessing Verlag</strong></p>"
    assert authors("", f"<article><h1>Buch der Woche</h1>{PROSE}{last}</article>") == []


def test_the_site_s_name_in_an_author_field_yields_to_the_byline():
    head = ('<meta property="og:site_name" content="Deutscher Tennis Bund">'
            '<meta name="author" content="Deutscher Tennis Bund">')
    body = f'<article><h1>Davis Cup</h1><p class="byline">Von Jana Roth</p>{PROSE}</article>'
    assert authors(head, body) == ["Jana Roth"]


def _authors_at(head: str, body: str, url: str) -> list[str]:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_html(page.encode(), "page.html", url).metadata.authors


def test_a_link_to_the_author_s_page_gives_the_author():
    body = f'<article><h1>Festival</h1><p><a href="/author/jane-doe/">Jane Doe</a></p>{PROSE}</article>'
    assert _authors_at("", body, "https://example.org/2024/festival") == ["Jane Doe"]


def test_links_to_many_authors_pages_outside_the_article_are_teasers():
    teasers = "".join(f'<div><a href="/author/{n}/">{n.replace("-", " ").title()}</a></div>'
                      for n in ("kate-may", "ann-lee", "bo-kim"))
    body = f"<div><h1>Festival</h1></div><div>{PROSE}</div>{teasers}"
    assert _authors_at("", body, "https://example.org/2024/festival") == []


def test_a_user_page_on_another_site_is_no_author_link():
    body = f'<article><h1>Festival</h1><p><a href="https://video.example.com/user/Jane-Doe">Jane Doe</a></p>{PROSE}</article>'
    assert _authors_at("", body, "https://example.org/2024/festival") == []


def test_a_more_by_link_to_the_author_s_page_gives_the_name_after_the_byline_word():
    body = f'<article><h1>Festival</h1>{PROSE}<p><a href="/autor/jane-doe">Alle Artikel von Jane Doe</a></p></article>'
    assert _authors_at("", body, "https://example.org/2024/festival") == ["Jane Doe"]


def test_a_label_then_a_byline_word_under_the_headline_gives_the_name():
    body = f"<article><h1>Vegetarier</h1><p>Blog Beitrag von Margarita Koreneva</p>{PROSE}</article>"
    assert authors("", body) == ["Margarita Koreneva"]


def test_a_picture_s_label_then_a_byline_word_is_no_byline():
    body = f"<article><h1>Vegetarier</h1><p>Illustration von Margarita Koreneva</p>{PROSE}</article>"
    assert authors("", body) == []


def test_a_menu_item_with_a_byline_word_is_no_byline():
    body = f'<article><h1>Vegetarier</h1><ul><li><a href="/x">Übergang von Schule zu Beruf</a></li></ul>{PROSE}</article>'
    assert authors("", body) == []


def test_a_link_to_a_user_s_profile_gives_the_user_s_handle():
    body = f'<article><h1>Chapter 1</h1><p>by <b><a href="/profile/142450">delta201</a></b></p>{PROSE}</article>'
    assert _authors_at("", body, "https://fiction.example.com/chapter-1") == ["delta201"]


def test_the_post_s_author_answering_in_the_comments_is_the_author_when_no_source_names_one():
    comments = ('<ol class="comments"><li class="comment byuser comment-author-jancak bypostauthor">'
                '<div class="comment-author vcard"><p>Thank you!</p><cite>Comment by <span class="fn">jancak</span></cite>'
                '</div></li></ol>')
    assert authors("", f"<article><h1>New year</h1>{PROSE}</article>{comments}") == ["jancak"]


def test_a_reader_s_comment_gives_no_author():
    comments = ('<ol class="comments"><li class="comment"><div class="comment-author vcard">'
                '<cite><span class="fn">Margit Heumann</span></cite></div></li></ol>')
    assert authors("", f"<article><h1>New year</h1>{PROSE}</article>{comments}") == []


def test_a_section_path_in_a_box_classed_as_byline_is_no_author():
    """"Entertainment > Film" in <p class="view_tit_byline_l"> was published as the author."""
    body = (f'<div><p class="view_tit_byline_l"><a>Entertainment</a> &gt; <a>Film</a></p><h1>Festival</h1>{PROSE}'
            '<p class="byline">By Lee Min-ji (minji@herald.example)</p></div>')
    assert authors("", body) == ["Lee Min-ji"]


def test_a_french_byline_with_a_linked_name_and_a_time_leaves_the_body():
    body = (f'<article><h1>Festival</h1><p class="auteur">Par <a href="/auteur/claire-dubois">Claire Dubois</a>'
            f' — Publié le 4 novembre 2025 à 14h12</p>{PROSE}</article>')
    article = read_html(f"<html><body>{body}</body></html>".encode(), "page.html")
    assert article.metadata.authors == ["Claire Dubois"]
    assert [d.text for d in article.dropped if d.reason.startswith("byline")] == ["Par Claire Dubois — Publié le 4 novembre 2025 à 14h12"]


# --- Job titles and desks beside the names (issue 12, tenth round) ---------------------------


def test_a_job_title_after_the_name_is_cut():
    assert clean_authors(["Ingo Arzt Redakteur für Wirtschaft"]) == ["Ingo Arzt"]
    assert clean_authors(["Tim Childers - Live Science Contributor"]) == ["Tim Childers"]
    assert clean_authors(["Jane Doe, Film Critic"]) == ["Jane Doe"]
    assert clean_authors(["Jane Doe Staff Writer"]) == ["Jane Doe"]


def test_a_job_title_is_no_co_author():
    assert clean_authors(["By TOM KRISHER, AP Auto Writer"]) == ["Tom Krisher"]  # out of the capitals too (superdesk#850)
    assert clean_authors(["By Chris Cillizza, CNN Editor-at-large"]) == ["Chris Cillizza"]


def test_a_job_title_alone_is_no_name():
    assert clean_authors(["Staff Writer"]) == []
    assert clean_authors(["Autorin"]) == []


def test_a_desk_is_named_but_a_placeholder_is_not():
    assert clean_authors(["HLNF Staff Report"]) == ["HLNF Staff Report"]
    assert clean_authors(["Staff Report"]) == []
    assert clean_authors(["Editorial Staff"]) == []


def test_a_desk_after_a_person_is_the_persons_employer():
    assert clean_authors(["By Eric Song, IGN Staff"]) == ["Eric Song"]
    assert clean_authors(["By Meg Kinnard and Errin Haines, Associated Press"]) == ["Meg Kinnard", "Errin Haines"]


def test_von_after_a_given_name_is_part_of_the_name():
    body = f'<article><h1>Zoonosen</h1><div class="meta"><span class="meta-author">Christoph von Eichhorn</span></div>{PROSE}</article>'
    assert authors("", body) == ["Christoph von Eichhorn"]
    byline = f'<article><h1>Zoonosen</h1><p class="byline">Von Christoph von Eichhorn</p>{PROSE}</article>'
    assert authors("", byline) == ["Christoph von Eichhorn"]


def test_a_label_then_von_is_still_a_byline():
    body = f'<article><h1>Zoonosen</h1><div><span>Ein Gastbeitrag von Jane Doe</span></div>{PROSE}</article>'
    assert authors("", body) == ["Jane Doe"]


def test_a_month_alone_is_no_name():
    # A date callout's month inside a post classed "author-jane-doe".
    body = f'<article class="post author-jane-doe"><h1>Montauk</h1><span class="month">Jun</span> <span>17</span>{PROSE}</article>'
    assert authors("", body) == []
    assert clean_authors(["June Carter"], from_text=True) == ["June Carter"]


def test_a_date_s_label_is_no_name():
    assert clean_authors(["Letzte Aktualisierung"], from_text=True) == []
    assert clean_authors(["Last updated"], from_text=True) == []


def test_a_byline_as_the_first_line_of_a_paragraph_gives_the_name():
    text = "Sie ist die älteste Nachrichtensendung Deutschlands, und sie läuft jeden Abend um acht. " * 3
    body = f"<article><h1>Tagesschau</h1><p>Von Daniel Weinmann<br><br>{text}</p></article>"
    assert authors("", body) == ["Daniel Weinmann"]


def test_a_long_line_of_prose_naming_someone_is_no_byline():
    text = "Die Forschungsgruppe um Yong Jiang von der Fujian Agriculture and Forestry University hat es entwickelt."
    body = f"<article><h1>Batterie</h1><p>{PROSE[3:-4]}<br><br>{text}<br><br>{PROSE[3:-4]}</p></article>"
    assert authors("", body) == []


def test_a_closing_label_with_the_name_in_the_next_element_of_its_line_gives_the_name():
    body = (
        f"<main><div><h1>Performant Python</h1>{PROSE}</div>"
        '<footer class="article-footer"><ul><li><span>Author: </span><span>Jacopo Cascioli</span></li>'
        "<li><span>Published: </span><time>03 December 2019</time></li></ul></footer></main>"
        "<footer><p>Built with a static site generator. Theme by Jane Roe.</p></footer>"
    )
    assert authors("", body) == ["Jacopo Cascioli"]


def test_the_page_s_footer_outside_main_gives_no_author():
    body = f'<main><h1>Performant Python</h1>{PROSE}</main><footer><p><span>Autor:</span> <a href="/">Jane Roe</a></p></footer>'
    assert authors("", body) == []


def test_a_person_s_name_beside_the_date_under_the_headline_gives_the_name():
    date_first = f"<article><h1>Elder</h1><p>1. Februar 2022 , Daniel Dillenburg</p>{PROSE}</article>"
    assert authors("", date_first) == ["Daniel Dillenburg"]
    name_first = f'<article><h1>Instagram</h1><div class="when">Swantje Schemmerling | 06.11.23</div>{PROSE}</article>'
    assert authors("", name_first) == ["Swantje Schemmerling"]


def test_a_place_or_a_section_beside_the_date_is_no_name():
    body = f"<article><h1>Festival</h1><p>Berlinale Special | 06.11.23</p>{PROSE}</article>"
    assert authors("", body) == []


def test_an_author_s_institution_or_position_is_no_co_author():
    byline = "By Sarah Hinger, ACLU Racial Justice Program, Sylvia Torres-Guillén, Director of Education Equity"
    assert clean_authors([byline], from_text=True) == ["Sarah Hinger", "Sylvia Torres-Guillén"]
    assert clean_authors(["Posted by Alex Durán, AMP Project Marketing"], from_text=True) == ["Alex Durán"]


def test_a_personal_site_s_copyright_holder_is_the_author_when_no_source_names_one():
    body = f"<article><h1>Mercurial</h1>{PROSE}</article><footer><p>Copyright (c) 2012- Gregory Szorc. All rights reserved.</p></footer>"
    assert authors("", body) == ["Gregory Szorc"]


def test_a_company_or_a_picture_s_credit_is_no_copyright_author():
    company = f"<article><h1>Politics</h1>{PROSE}</article><footer><p>© 2020 Alma Media Oyj</p></footer>"
    assert authors("", company) == []
    credit = f'<article><h1>Synod</h1><figure><img src="a.jpg" alt=""><figcaption>© Stefan Wermuth</figcaption></figure>{PROSE}</article>'
    assert authors("", credit) == []


def test_a_byline_wins_over_the_copyright_holder():
    body = f'<article><h1>Mercurial</h1><p class="byline">By Jane Doe</p>{PROSE}</article><footer><p>© 2020 Gregory Szorc</p></footer>'
    assert authors("", body) == ["Jane Doe"]


def test_a_plural_author_label_gives_the_names():
    assert clean_authors(["Autoren Jelko Djuren und Jutta Klaukien"], from_text=True) == ["Jelko Djuren", "Jutta Klaukien"]
    assert clean_authors(["Authors: Jane Doe, John Roe"], from_text=True) == ["Jane Doe", "John Roe"]
    assert clean_authors(["Autori: Mario Rossi, Anna Bianchi"], from_text=True) == ["Mario Rossi", "Anna Bianchi"]


def test_an_officer_s_title_after_the_name_is_cut():
    assert clean_authors(["Autorin: Uta Staschewski, Projektleiterin der HSS"], from_text=True) == ["Uta Staschewski"]
    assert clean_authors(["John v. Berenberg-Consbruch, Geschäftsführer von Valendo"], from_text=True) == [
        "John v. Berenberg-Consbruch"
    ]
    assert clean_authors(["Leah C. Stokes Assistant Professor"], from_text=True) == ["Leah C. Stokes"]


def test_a_field_holding_html_gives_each_link_s_name_and_no_markup():
    # A CMS that renders its author field before writing JSON-LD (Drupal's "experts" links).
    field = '<a href="/pl/eksperci/jane-doe" hreflang="pl">Jane Doe</a> <a href="/pl/eksperci/john-roe">John Roe</a>'
    assert clean_authors([field]) == ["Jane Doe", "John Roe"]


def test_an_unfilled_template_slot_is_no_author():
    assert authors('<meta name="author" content="publisher">', f"<article><h1>Forum</h1>{PROSE}</article>") == []


def test_and_between_two_words_of_a_title_does_not_split_it():
    # A magazine's name with its city in a meta tag: no one called "Kirche" or "Münster".
    assert clean_authors(["Kirche und Leben, Münster, Germany"]) == ["Kirche und Leben"]
    assert clean_authors(["Anna und Tobi"]) == ["Anna", "Tobi"]  # two given names are two people
    assert clean_authors(["Jane Doe and John Roe"]) == ["Jane Doe", "John Roe"]


def test_an_institution_s_name_listing_its_fields_is_not_split_into_people():
    assert clean_authors(["Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF"]) == []


def test_a_title_s_words_are_no_signature():
    # A topic tag closing the article: "Job" is a given name, "Job & Karriere" no one's.
    body = f'<article><h1>Salaries</h1>{PROSE}<div><a href="/themen/job-karriere"><span>Job &amp; Karriere</span></a></div></article>'
    assert authors("", body) == []


def test_a_section_the_menu_lists_is_no_byline():
    menu = '<nav><ul><li><a href="/regionais/brasilia">Brasília</a></li><li><a href="/regionais/sul">Sul</a></li></ul></nav>'
    body = f'{menu}<article><h1>Elections</h1><p class="author">Brasília</p>{PROSE}</article>'
    assert authors("", body) == []


def test_a_section_link_in_the_byline_box_is_skipped_for_the_writer():
    # "<a href=/features/>Features</a> By Jane Doe": the section's page is its word in lower case.
    body = (f'<article><h1>An Illusionist</h1><div class="byline"><a href="https://example.com/features/">Features</a>'
            f'<div class="author-byline">By <span>Jane Doe</span></div></div>{PROSE}</article>')
    assert authors("", body) == ["Jane Doe"]


def test_a_user_s_top_level_page_is_no_section():
    # github.com/golemfactory: a path that spells the handle as written is the user's page.
    body = f'<article><h1>yapapi</h1><p class="author"><a href="/golemfactory">golemfactory</a></p>{PROSE}</article>'
    assert authors('<meta name="author" content="golemfactory">', body) == ["golemfactory"]


def test_the_article_section_a_field_gives_is_no_byline():
    dated_section = '<p class="date">8. November 2021 | Aktuelles</p>'
    assert authors('<meta property="article:section" content="Aktuelles">', f"<article>{dated_section}<h1>Synod</h1>{PROSE}</article>") == []


def test_a_label_before_a_capitalised_by_is_cut():
    # The byline box's whole text, its section label first.
    assert clean_authors(["Features By Jane Doe"]) == ["Jane Doe"]
    assert clean_authors(["Opinion BY JANE DOE"], from_text=True) == ["Jane Doe"]


def test_a_remark_in_brackets_after_a_name_is_cut():
    assert clean_authors(["Inge Hannemann (Hartz-IV-Rebellin) und Daniel Häni"], from_text=True) == ["Inge Hannemann", "Daniel Häni"]


def test_a_genre_label_before_by_is_cut():
    assert clean_authors(["Recipe by Jane Doe"], from_text=True) == ["Jane Doe"]


def test_a_site_s_credit_with_its_address_in_brackets_stays_refused():
    assert clean_authors(["Deutsche Welle (www.dw.com)"]) == []


def test_a_template_s_date_label_is_no_name():
    assert clean_authors(["DATE"], from_text=True) == []


def test_a_byline_with_a_slashed_date_is_a_byline_not_a_critics_score():
    """"5/10" in "5/10/2025" read as a score out of ten kept the byline in the body."""
    assert is_byline_line("By Jane Doe, updated 5/10/2025 at 10:30", ["Jane Doe"])
    assert is_byline_line("Jane Doe — 2025/10/14", ["Jane Doe"])
    assert not is_byline_line("★★★★ Jane Doe", ["Jane Doe"])


def test_a_field_holding_html_gives_each_links_name_and_reads_the_rest_as_text():
    assert clean_authors(['<a href="/a">Jane Doe</a> <a href="/b">John Roe</a>']) == ["Jane Doe", "John Roe"]
    assert clean_authors(["Jane <b>Doe</b>"]) == ["Jane Doe"]  # inline markup inside one name
    assert clean_authors(["<script>alert(1)</script>Jane Doe"]) == ["Jane Doe"]  # a script says nothing


def _read(body: str):
    return read_html(f"<html><body>{body}</body></html>".encode(), "page.html")


def _body_text(article) -> str:
    return " ".join(blocks_to_text(article.blocks).split())


def test_a_french_interview_s_byline_names_its_interviewers_and_leaves_the_body():
    # "Propos recueillis par": the French press's byline of an interview ("words gathered by").
    article = _read(f'<article><h1>Entretien</h1><p class="signature">Propos recueillis par Claire Martin et Paul Roux</p>{PROSE}</article>')
    assert article.metadata.authors == ["Claire Martin", "Paul Roux"]
    assert "recueillis" not in _body_text(article)


def test_a_japanese_credit_of_reporting_and_text_is_the_byline():
    for label in ("取材・文：", "文：", "取材・文・写真："):
        article = _read(f"<article><h1>映画祭</h1>{PROSE}<p>{label}山本一郎</p></article>")
        assert article.metadata.authors == ["山本一郎"], label
        assert "山本一郎" not in _body_text(article), label


def test_a_korean_photographer_in_the_byline_is_a_picture_credit_not_an_author():
    article = _read(f'<article><h1>영화제</h1><div class="info"><span class="writer">글 박지수 기자, 사진 이민호 기자</span></div>{PROSE}</article>')
    assert article.metadata.authors == ["박지수"]
    assert article.metadata.image_credits == ["사진 이민호"]


def test_a_role_that_begins_with_photo_is_no_picture_credit():
    article = _read(f'<article><h1>Festival</h1><div class="byline">By Jane Doe, Photography critic</div>{PROSE}</article>')
    assert article.metadata.image_credits == []


def test_a_chinese_author_label_in_the_info_line_wins_over_the_responsible_editor():
    info = '<div class="info">2023-05-01 09:30 来源：某某网 作者：陈明 刘洋</div>'
    article = _read(f"<article><h1>新闻</h1>{info}{PROSE}{PROSE}<p>责任编辑：赵强</p></article>")
    assert article.metadata.authors == ["陈明", "刘洋"]
    assert "来源" not in _body_text(article)


def test_a_french_interview_s_card_summary_is_its_first_paragraph_not_its_byline():
    article = _read(f'<article><h1>Entretien</h1><p>Propos recueillis par Claire Martin et Paul Roux</p>{PROSE}</article>')
    assert summary(article).startswith("The festival opened")


def test_the_responsible_editor_s_closing_line_leaves_the_body():
    info = '<div class="info">2023-05-01 09:30 来源：某某网 作者：陈明 刘洋</div>'
    article = _read(f"<article><h1>新闻</h1>{info}{PROSE}{PROSE}<p>责任编辑：赵强</p></article>")
    assert "赵强" not in _body_text(article)
    assert any(d.text == "责任编辑：赵强" for d in article.dropped)


def test_a_byline_word_going_on_a_sentence_after_a_link_is_no_byline():
    # "...check out <a>the care guide</a> by Darren Sheriff": another piece's credit in the
    # article's last paragraph; the author box names the writer.
    closing = ('<p>For more information on caring for a lemon tree indoors, check out <a href="/guide/">'
               '<strong>the complete lemon tree care guide</strong></a> by Darren Sheriff, a.k.a the Citrus Guy.</p>')
    box = '<div class="author__box"><div class="author__box__top">About the Author - <span>Florina Ionescu</span></div></div>'
    assert authors("", f"<article><h1>Lemon trees</h1>{PROSE}{closing}{box}</article>") == ["Florina Ionescu"]


def test_a_short_label_before_the_byline_word_in_its_line_still_gives_the_name():
    body = f'<article><h1>Festival</h1><p><span>Ein Gastbeitrag</span> von Jane Doe</p>{PROSE}</article>'
    assert authors("", body) == ["Jane Doe"]

# --- Fourteenth round: Italian "di", a surname's particle too --------------------------------------


def test_an_italian_byline_names_its_author_without_di():
    body = f'<article><h1>Festival</h1><p class="byline">di Marco Ferri — 4 maggio 2024</p>{PROSE}</article>'
    assert authors("", body) == ["Marco Ferri"]


def test_di_that_begins_a_surname_stays_in_the_name():
    assert clean_authors(["Di Stefano"]) == ["Di Stefano"]
    assert clean_authors(["di Marco Ferri"]) == ["Marco Ferri"]


def test_di_with_a_capital_begins_a_surname_written_first():
    # Italian registers write the surname first ("Di Stefano Marco"): "di", the byline's word, is lower case.
    assert clean_authors(["Di Stefano Marco", "Di Maio Luigi"]) == ["Di Stefano Marco", "Di Maio Luigi"]


def test_italian_e_parts_two_authors():
    assert clean_authors(["di Giulia Bianchi e Marco Rossi"]) == ["Giulia Bianchi", "Marco Rossi"]
    assert clean_authors(["John E. Smith"]) == ["John E. Smith"]  # a capital E is an initial, no "and"


def test_a_byline_that_credits_pictures_and_text_names_the_writer():
    # A gallery's byline: the photographers are the pictures' credits, the writer is the author.
    body = f'<article><h1>Gallery</h1><p class="byline">Pictures by Sara Holm and Per Lind, text by Eva Berg · 3 March 2024</p>{PROSE}</article>'
    assert authors("", body) == ["Eva Berg"]


def test_a_byline_that_credits_only_pictures_names_the_photographer():
    assert clean_authors(["Photos by Sara Holm"]) == ["Sara Holm"]
    assert clean_authors(["By Eva Berg, photos by Sara Holm"]) == ["Eva Berg"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # A contributor's credit after the authors names a reporter of the piece too.
        ("By Jane Doe and John Roe, with reporting by Kim Ji-woo", ["Jane Doe", "John Roe", "Kim Ji-woo"]),
        ("By Jane Doe; additional reporting by Kim Ji-woo", ["Jane Doe", "Kim Ji-woo"]),
        # Where a byline's reporter filed from is no part of the name.
        ("By Jane Doe in Busan and Kim Ji-woo in Seoul", ["Jane Doe", "Kim Ji-woo"]),
    ],
)
def test_a_contributors_credit_and_a_place_in_a_byline_give_its_people(byline, names):
    assert clean_authors([byline]) == names
    assert clean_authors([byline], from_text=True) == names


def test_in_and_a_capitalised_word_is_a_place_only_in_a_byline():
    # A metadata field holding a title with "in" is not cut at it; a byline line's place is.
    assert clean_authors(["Lost in Translation"]) == ["Lost in Translation"]
    assert clean_authors(["Jane Doe in Busan"], from_text=True) == ["Jane Doe"]


def test_in_before_a_lower_case_word_is_no_place():
    # "X in conversation with Y" names both; only "in" and a capitalised place end a piece.
    assert clean_authors(["By Jane Doe in conversation with Kim Ji-woo"]) == ["Jane Doe", "Kim Ji-woo"]


@pytest.mark.parametrize(
    ("byline", "name"),
    [("بقلم سلمى حداد", "سلمى حداد"), ("מאת דנה לוי", "דנה לוי"), ("文・佐藤美咲", "佐藤美咲"), ("文・写真：佐藤美咲", "佐藤美咲")],
)
def test_the_word_for_by_in_arabic_hebrew_and_japanese_is_cut_from_the_name(byline, name):
    """mozilla/readability#258: a right-to-left page's byline ("by the pen of" ...), and the Japanese
    magazines' "文・" (text by) joined to the name, name the author without the label."""
    body = f'<article><h1>Festival</h1><p class="byline">{byline}</p>{PROSE}</article>'
    assert authors("", body) == [name]


@pytest.mark.parametrize("href", [
    "member.php?u=123",  # vBulletin
    "memberlist.php?mode=viewprofile&u=123",  # phpBB
    "index.php?action=profile;u=123",  # SMF
])
def test_a_forum_posters_link_to_a_profile_by_its_query_gives_the_author(href):
    body = f'<article><h1>Night Ferry: anyone seen it?</h1><div><p><a href="{href}">harbourfan</a></p><p>14 May 2023, 21:14</p>{PROSE}</div></article>'
    assert _authors_at("", body, "https://forum.example.org/showthread.php?t=9") == ["harbourfan"]


def test_a_forum_posters_name_line_leaves_the_body():
    body = f'<article><h1>Night Ferry: anyone seen it?</h1><div><p><b><a href="member.php?u=123">harbourfan</a></b></p><p>14 May 2023, 21:14</p>{PROSE}</div></article>'
    page = f"<html><body>{body}</body></html>"
    assert not blocks_to_text(read_html(page.encode(), "page.html", "https://forum.example.org/showthread.php?t=9").blocks).startswith("harbourfan")


def test_a_query_naming_a_user_on_another_kind_of_page_is_no_author_link():
    body = f'<article><h1>Festival</h1><p><a href="/search.php?u=123">harbourfan</a></p>{PROSE}</article>'
    assert _authors_at("", body, "https://forum.example.org/festival") == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("BY MARGOT LINDQVIST AND OWEN BRACKETT", ["Margot Lindqvist", "Owen Brackett"]),
        ("By SEAN O'BRIEN", ["Sean O'Brien"]),
        ("By JESSICA SILVER-GREENBERG", ["Jessica Silver-Greenberg"]),
        ("By JAMES MCAVOY", ["James McAvoy"]),
        ("By LUDO VAN DER BERG", ["Ludo van der Berg"]),
        ("By KIM JI-WOO", ["Kim Ji-woo"]),  # a Korean given name's second syllable in lower case
    ],
)
def test_a_byline_set_in_capitals_gives_names_as_they_are_written(byline, names):
    # superdesk#850: the capitals are the page's type; one person, one people page.
    assert clean_authors([byline]) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [("By MARTIN LUTHER KING III", ["Martin Luther King III"]), ("By SAMUEL BARNES JR", ["Samuel Barnes Jr"])],
)
def test_a_generational_suffix_in_capitals_keeps_its_usual_case(byline, names):
    # A Roman numeral is written in capitals; "Jr" and "Sr" as abbreviations are.
    assert clean_authors([byline]) == names


def test_a_western_hyphenated_name_in_capitals_keeps_both_capitals():
    # "Lee" is a Korean surname too, but "Ann-Marie" is no pair of romanised Korean syllables.
    assert clean_authors(["By LEE ANN-MARIE SMITH"]) == ["Lee Ann-Marie Smith"]


def test_acronyms_in_capitals_stay_as_the_agency_or_studio_signs():
    assert clean_authors(["CJ ENM"]) == ["CJ ENM"]
