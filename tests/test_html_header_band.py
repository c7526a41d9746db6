"""The article's header band: the lines between its kicker or headline and the first paragraph
of prose (a section label, a byline, a dateline, a share bar) are chrome, not the article's text."""

from ingest.html import read_html
from ingest.model import Figure, Text
from ingest.plaintext import blocks_to_text

PROSE = ("<p>The festival opened on Friday with a restored print of a silent classic, and the hall was full "
         "long before the lights went down on the first evening.</p>")


def read(band: str, after: str = ""):
    page = f"<html><body><main><article>{band}{PROSE}{after}</article></main></body></html>"
    return read_html(page.encode(), "page.html")


def body(band: str, after: str = "") -> str:
    return blocks_to_text(read(band, after).blocks)


def test_a_section_label_above_the_headline_is_a_kicker_not_text():
    text = body('<p class="label">Festival Report</p><h1>A night at the Lido</h1>')
    assert "Festival Report" not in text
    assert text.startswith("The festival opened")


def test_a_dateline_with_its_time_and_zone_under_the_headline_leaves_the_body():
    assert "2025" not in body("<h1>A night at the Lido</h1><time>March 3, 2025 9:30am PT</time>")


def test_a_row_of_share_links_under_the_headline_leaves_the_body():
    assert "Mastodon" not in body("<h1>A night at the Lido</h1><div><a>Share</a> <a>Mastodon</a> <a>Bluesky</a> <a>Mail</a></div>")


def test_share_service_names_without_links_are_a_share_bar():
    # A closed list of share services: the buttons of a share bar name them in any language.
    for bar in ("Teilen: Facebook WhatsApp E-Mail", "シェア はてなブックマーク LINEで送る", "分享到：微信 微博"):
        assert bar.split()[0].rstrip(":：") not in body(f"<h1>Lido</h1><div>{bar}</div>"), bar


def test_words_that_are_also_buttons_are_no_share_bar():
    # "line", "print", "copy" are buttons too, but no service is named twice over or at all.
    for deck in ("Line by line", "Print copy"):
        assert deck in body(f"<h1>A night at the Lido</h1><p>{deck}</p>"), deck


def test_a_short_line_after_the_first_paragraph_of_prose_stays():
    # Past the first paragraph of prose the band is over: a one-word answer is the article's.
    assert "Festival Report" in body("<h1>A night at the Lido</h1>", '<p>Festival Report</p><h2>Next</h2>' + PROSE)


def test_a_short_line_under_the_headline_that_is_no_chrome_stays():
    # Neither a label before a headline, nor a date, nor links: the article's own words.
    assert "Spoilers ahead" in body("<h1>A night at the Lido</h1><p>Spoilers ahead</p>")


def test_each_line_of_the_band_is_reported_with_its_reason():
    dropped = read('<p>Review</p><h1>Lido</h1><time>March 3, 2025 9:30am PT</time><div><a>Facebook</a> <a>X</a></div>').dropped
    reasons = {d.text: d.reason for d in dropped}
    assert reasons["Review"].startswith("kicker")
    assert reasons["March 3, 2025 9:30am PT"].startswith("dateline")
    assert reasons["Facebook X"].startswith("share bar")


def test_the_deck_under_the_headline_does_not_end_the_band():
    # The deck is shown above the article: the dateline after it is still the header's.
    band = ('<h1>Lido</h1><p class="deck">A long evening of <em>restored</em> silent films on the Lido, and a full hall.</p>'
            "<time>March 3, 2025 9:30am PT</time>")
    page = f"<html><body><main><article>{band}{PROSE}</article></main></body></html>"
    assert "2025" not in blocks_to_text(read_html(page.encode(), "page.html").blocks)


def test_a_figure_between_the_headline_and_the_body_s_container_keeps_its_caption_and_credit():
    # The container scoring picks the body's <div>; the lead picture above it is the article's.
    body_div = '<div class="article-body">' + PROSE * 3 + "</div>"
    figure = '<figure><img src="https://cdn.example.org/a.jpg"><figcaption>배우 김하늘. 사진=스튜디오 제공</figcaption></figure>'
    page = f"<html><body><main><article><h1>영화제 개막</h1>{figure}{body_div}</article></main></body></html>"
    article = read_html(page.encode(), "page.html")
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert [(f.caption, f.credit) for f in figures] == [((Text("배우 김하늘."),), (Text("사진=스튜디오 제공"),))]
    assert article.metadata.image_credits == ["사진=스튜디오 제공"]
    assert not any("김하늘" in d.text for d in article.dropped)


def test_a_figure_in_a_sidebar_above_the_body_stays_out():
    body_div = '<div class="article-body">' + PROSE * 3 + "</div>"
    figure = '<aside class="sidebar"><figure><img src="https://cdn.example.org/a.jpg"><figcaption>Most read today</figcaption></figure></aside>'
    page = f"<html><body><main><article><h1>Lido</h1>{figure}{body_div}</article></main></body></html>"
    assert not any(isinstance(b, Figure) for b in read_html(page.encode(), "page.html").blocks)


def test_a_film_s_release_date_above_a_review_is_no_dateline():
    # Not the page's date, not a <time>: a fact of the film's.
    head = '<head><meta property="article:published_time" content="2025-05-18"></head>'
    page = f"<html>{head}<body><main><article><h1>Miroirs</h1><p>Kinostart in Deutschland: 18. September 2025</p>{PROSE}</article></main></body></html>"
    assert "Kinostart" in blocks_to_text(read_html(page.encode(), "page.html").blocks)


def test_the_page_s_date_under_the_headline_is_a_dateline():
    head = '<head><meta property="article:published_time" content="2025-05-18"></head>'
    page = f"<html>{head}<body><main><article><h1>Miroirs</h1><p>Mis à jour le 18 mai 2025</p>{PROSE}</article></main></body></html>"
    assert "2025" not in blocks_to_text(read_html(page.encode(), "page.html").blocks)


def _between_headline_and_body(box: str) -> str:
    body_div = '<div class="article-body">' + PROSE * 3 + "</div>"
    page = f"<html><body><main><article><h1>Night Ferry review</h1>{box}{body_div}</article></main></body></html>"
    return blocks_to_text(read_html(page.encode(), "page.html").blocks)


def test_a_reviews_star_rating_above_the_body_s_container_opens_the_body():
    # The text reader keeps a review's rating line; the model has no field for one.
    box = '<div class="rating"><span>★</span><span>★</span><span>★</span><span>★</span><span>☆</span></div>'
    assert _between_headline_and_body(box).startswith("★★★★☆\n\nThe festival opened")


def test_a_rating_written_out_above_the_body_s_container_opens_the_body():
    assert _between_headline_and_body('<p class="score">4 out of 5 stars</p>').startswith("4 out of 5 stars\n\nThe festival")


def test_a_short_line_above_the_body_s_container_that_is_no_rating_stays_out():
    assert _between_headline_and_body('<p class="x">Read more reviews</p>').startswith("The festival opened")
