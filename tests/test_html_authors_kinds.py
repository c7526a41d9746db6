"""Bylines by kind: where a page prints its authors, and what reaches ``metadata.authors``."""

from ingest.html import read_html
from ingest.html.authors import clean_authors
from ingest.html.metadata import PageIndex, from_author_box, from_closing_byline
from ingest.html.reader import parse_html

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
