"""Main content the container scoring left outside the article, one small page per kind
(issue 12, recall on pages never tuned on): each rule reads shape and position, never a word list."""

from bs4 import BeautifulSoup

from ingest.html import read_html
from ingest.html.extract import drop_empty_sections
from ingest.plaintext import blocks_to_text

BODY = "".join(
    f"<p>Paragraph {i} of the review says the restored print shows every grain of the original "
    f"negative, and the score was recorded again by the orchestra that first played it.</p>"
    for i in range(4)
)
LEAD = ("The restored print of the 1961 classic returns to cinemas this autumn, "
        "with a new score and two scenes the censors had cut.")


def read(body: str):
    page = f"<html><head><title>Restored</title></head><body>{body}</body></html>".encode()
    return read_html(page, "page.html", "https://example.org/a")


def article_text(inside: str) -> str:
    """The text read from a page whose article body holds ``inside``, under its headline."""
    return blocks_to_text(read(f"<main><h1>Restored</h1><div class='article-body'>{inside}</div></main>").blocks)


def article_page(between: str) -> str:
    return f'<article><header><h1>Restored</h1>{between}</header><div class="article-body">{BODY}</div></article>'


# --- The lead between the headline and the body (ingest/html/lead.py) ------------------


def test_lead_in_the_header_becomes_the_deck_not_body_text():
    article = read(article_page(f'<p class="intro">{LEAD}</p>'))
    assert article.metadata.deck == [LEAD]
    assert "returns to cinemas" not in blocks_to_text(article.blocks)


def test_lead_classed_teaser_above_the_body_becomes_the_deck():
    body = f'<article><h1>Restored</h1><div class="teaser-text"><p>{LEAD}</p></div><div class="article-body">{BODY}</div></article>'
    assert read(body).metadata.deck == [LEAD]


def test_a_byline_and_a_dateline_are_not_a_lead():
    article = read(article_page('<p class="byline">By Kim Ji-woo and Lee Min-ho</p><p>12 March 2024, 14:22</p>'))
    assert article.metadata.deck == []


def test_a_header_band_of_byline_and_publication_times_is_not_a_lead():
    band = '<div class="info"><span>By Lee Si-jin</span> <span>Published : Oct. 14, 2025 - 15:32</span> <span>Updated : Oct. 14, 2025 - 18:05</span></div>'
    article = read(article_page(band))
    assert article.metadata.authors == ["Lee Si-jin"]
    assert article.metadata.deck == []
    assert "By Lee Si-jin Published : Oct. 14, 2025 - 15:32 Updated : Oct. 14, 2025 - 18:05" in [d.text for d in article.dropped]


def test_a_caption_between_headline_and_body_is_not_a_lead():
    figure = f'<figure><img src="/p.jpg" alt=""><figcaption>{LEAD}</figcaption></figure>'
    assert read(article_page(figure)).metadata.deck == []


def test_a_link_list_between_headline_and_body_is_not_a_lead():
    links = "".join(f'<li><a href="/s{i}">Another long story about the festival number {i}</a></li>' for i in range(3))
    assert read(article_page(f"<ul>{links}</ul>")).metadata.deck == []


def test_a_share_bar_with_prose_is_not_a_lead():
    assert read(article_page(f'<div class="share-tools"><p>{LEAD}</p></div>')).metadata.deck == []


def test_no_lead_when_the_headline_is_inside_the_body_container():
    body = f'<div class="article-body"><h1>Restored</h1><p class="intro">{LEAD}</p>{BODY}</div>'
    article = read(body)
    assert article.metadata.deck == []
    assert "returns to cinemas" in blocks_to_text(article.blocks)


def test_lead_under_an_h2_headline_when_the_h1_names_the_section():
    body = (f'<h1>Culture</h1><nav><a href="/">Home</a></nav><article><header><h2>Restored</h2>'
            f'<p class="summary">{LEAD}</p></header><div class="article-body"><h1>Notes</h1>{BODY}</div></article>')
    assert read(body).metadata.deck == [LEAD]


def test_a_date_with_its_clock_time_and_reading_time_is_not_a_lead():
    band = "<div><div>28 April 2021, 06:29 You will read this text in less than a minute</div></div>"
    body = (f'<article><header><h1>Restored</h1>{band}<div class="intro">{LEAD}</div></header>'
            f'<div class="article-body">{BODY * 2}</div></article>')
    assert read(body).metadata.deck == [LEAD]


def test_a_lead_opening_with_a_date_and_a_price_is_still_the_lead():
    # "12.50" after a date is a price, not the band's clock time.
    lead = "4 May 2022 - 12.50 euros buys a ticket to the restored print, the festival said on Monday."
    body = (f'<article><header><h1>Restored</h1><div class="intro">{lead}</div></header>'
            f'<div class="article-body">{BODY * 2}</div></article>')
    assert read(body).metadata.deck == [lead]


def test_an_h1_after_the_body_s_first_paragraph_is_a_section_heading_not_the_headline():
    body = (f'<article><header><h1>Restored</h1><p class="intro">{LEAD}</p></header>'
            f'<div class="article-body">{BODY}<h1>The new score</h1>{BODY}</div></article>')
    assert read(body).metadata.deck == [LEAD]


# --- The body cut into sibling chunks by a page builder (extract.with_sibling_chunks) ---


def chunk(i: int, cls: str = "text-block") -> str:
    return (f'<div class="{cls} vc_custom_{1570185518 + i}"><p>Chunk {i} of the interview: the director '
            f"explains how the festival chose the restored print and why the new score took a year.</p></div>")


def test_sibling_chunks_of_the_same_kind_join_the_body():
    rich = f'<div class="text-block vc_custom_1">{BODY * 2}</div>'
    body = f"<main><h1>Restored</h1><div class='row'>{rich}</div><div class='row'>{chunk(2)}</div><div class='row'>{chunk(3)}</div></main>"
    text = blocks_to_text(read(body).blocks)
    assert "Chunk 2 of the interview" in text and "Chunk 3 of the interview" in text


def test_a_sibling_of_another_kind_stays_out():
    rich = f'<div class="text-block">{BODY * 2}</div>'
    bio = '<div class="author-note"><p>Our critic has written about cinema for twenty years and lives in Busan with two cats.</p></div>'
    body = f"<main><h1>Restored</h1><div class='row'>{rich}</div><div class='row'>{bio}</div></main>"
    assert "twenty years" not in blocks_to_text(read(body).blocks)


def test_the_next_article_below_with_its_own_headline_stays_out():
    article = f'<section class="story"><h1>Restored</h1><div>{BODY * 2}</div></section>'
    following = f'<section class="story"><h1>Next story</h1><p>{LEAD} The next story starts here.</p></section>'
    assert "The next story starts here" not in blocks_to_text(read(f"<main>{article}{following}</main>").blocks)


def test_a_chunk_told_apart_by_a_modifier_class_joins_the_body():
    first = ('<section class="row row--story opening-section"><p>The opening of the review: the restored print '
             'premieres in Busan before it tours the country in the spring.</p></section>')
    main = f'<section class="row row--story main-section"><div>{BODY * 2}</div></section>'
    body = f"<main><h1>Restored</h1><div class='story'>{first}{main}</div></main>"
    assert "The opening of the review" in blocks_to_text(read(body).blocks)


def test_a_chunk_in_its_own_grid_row_and_column_joins_the_body():
    # Themes wrap each chunk of one body in a row, a column and an inner column
    # of their grid: the two chunks' text blocks meet five levels up.
    def cell(inner: str) -> str:
        return f'<div class="grid-row"><div class="grid-col"><div class="col-inner"><div class="col-wrap">{inner}</div></div></div></div>'
    first = cell(chunk(1))
    rest = cell(f'<div class="text-block vc_custom_9">{BODY * 2}</div>')
    body = f"<main><h1>Restored</h1><div class='entry'>{first}{rest}</div></main>"
    assert "Chunk 1 of the interview" in blocks_to_text(read(body).blocks)


# --- A body flagged by a class word alone (extract.flagged_bodies) -------------------------


SHARE_BUTTONS = '<ul class="share">' + "".join(f'<li><a href="/share/{n}">{n}</a></li>' for n in ("Facebook", "X", "Mail")) + "</ul>"


def test_a_body_whose_wrapper_is_classed_share_is_the_article():
    body = (f'<div class="banner"><p>Twelve thousand listeners heard this episode last week.</p></div>'
            f'<h1>Restored</h1><div class="share-zone"><div class="content-body">{BODY * 2}</div>{SHARE_BUTTONS}</div>')
    text = blocks_to_text(read(body).blocks)
    assert "Paragraph 3 of the review" in text
    assert "Facebook" not in text


def test_a_comment_thread_longer_than_the_article_stays_out():
    comments = "".join(f'<div class="comment"><p>Reader {i} writes that the restored print looked far too clean '
                       f'in the second reel, and that the new score drowns the dialogue.</p></div>' for i in range(8))
    body = (f'<h1>Restored</h1><div class="article-body"><p>{LEAD}</p></div>'
            f'<div class="comments">{comments}</div>')
    assert "Reader 3 writes" not in blocks_to_text(read(body).blocks)


# --- Headings by shape (extract.drop_empty_section_headings) ---------------------------


def test_a_sentence_set_as_a_heading_stays_when_nothing_follows_it():
    closing = "<h3>The restored print opens in Busan on Friday, and tickets are already sold out.</h3>"
    text = article_text(f"{BODY}{closing}")
    assert "tickets are already sold out" in text


def test_a_node_inside_an_emptied_section_is_left_out_not_read():
    # The block classifier adds a heading and the block around it as two nodes;
    # when the heading goes, the node inside it is no longer in the page.
    section = BeautifulSoup("<div><h4>More from the festival</h4></div>", "lxml").div
    heading = section.h4
    dropped = []
    assert drop_empty_sections([section, heading], dropped) == [section]
    assert [d.text for d in dropped] == ["More from the festival"]


def test_a_label_heading_over_a_removed_list_is_dropped():
    links = "".join(f'<li><a href="/s{i}">Another long story about the festival number {i}</a></li>' for i in range(3))
    page = f"<main><h1>Restored</h1><div class='article-body'>{BODY}<h3>More from the festival</h3><ul>{links}</ul></div></main>"
    assert "More from the festival" not in blocks_to_text(read(page).blocks)


def test_chunks_join_a_container_chosen_with_its_siblings():
    # The richest chunk takes a prose sibling of another kind along (choose_nodes);
    # the chunks of its own kind beside them join it too, in document order.
    rich = f'<div class="text-block">{BODY * 2}</div>'
    note = f'<div class="closing-note"><p>{LEAD} {LEAD} {LEAD}</p></div>'
    body = f"<main><h1>Restored</h1>{chunk(1)}{rich}{note}{chunk(3)}</main>"
    text = blocks_to_text(read(body).blocks)
    assert "Chunk 1 of the interview" in text and "Chunk 3 of the interview" in text
    assert text.index("Chunk 1") < text.index("Paragraph 0") < text.index("returns to cinemas") < text.index("Chunk 3")


# --- A component library's class prefix (classify._without_namespace) --------------------


def test_aem_component_classes_are_not_a_consent_banner():
    hero = f'<div class="page-hero"><p>{LEAD} {LEAD} {LEAD}</p></div>'
    body = f'<main><h1>Restored</h1>{hero}<div class="cmp-container"><div class="cmp-text">{BODY}</div></div></main>'
    assert "Paragraph 3 of the review" in blocks_to_text(read(body).blocks)


def test_a_consent_platform_element_is_still_chrome():
    banner = ('<div id="usercentrics-cmp"><p>We and our partners use cookies to store and read information '
              'on your device; you can change your choice at any time.</p></div>')
    body = f"<main><h1>Restored</h1><div class='article-body'>{BODY}{banner}</div></main>"
    assert "partners use cookies" not in blocks_to_text(read(body).blocks)


# --- Links inside running prose (extract._is_sentence_with_links) ------------------------


def test_a_sentence_mostly_of_link_text_is_kept():
    sentence = ('<p>The print was restored by <a href="/lab">the Korean Film Archive\'s laboratory in Seoul, '
                'which spent two years on the negative.</a></p>')
    text = article_text(f"{BODY}{sentence}{BODY}")
    assert "spent two years on the negative" in text


def test_a_read_more_line_with_a_linked_headline_is_dropped():
    line = '<p>Read more on this topic: <a href="/s1">The festival names its jury for the autumn edition.</a></p>'
    text = article_text(f"{BODY}{line}{BODY}")
    assert "names its jury" not in text


def test_a_list_of_links_is_dropped():
    links = "<p>" + " ".join(f'<a href="/s{i}">Festival story number {i} in full.</a>' for i in range(5)) + "</p>"
    text = article_text(f"{BODY}{links}{BODY}")
    assert "Festival story number 2" not in text


# --- A body cut into many small sections (extract.densest_rival) --------------------------


def test_a_body_cut_into_small_sections_beats_a_short_blurb_elsewhere():
    sections = "".join(f'<div class="section-outer"><div class="section-inner"><p>Section {i} of the essay: the '
                       f"restored print shows the grain of the negative, and the score was recorded again.</p>"
                       f"<h2>Part {i}</h2></div></div>" for i in range(12))
    blurb = ('<div class="story-content"><p>A short note on the restoration and its new score by the orchestra, '
             'which played it first in 1961.</p><p>It opens in Busan on Friday, and the tickets for both screenings '
             'are already sold out, the festival says.</p><p>Two scenes the censors cut come back.</p></div>')
    nav = "<ul>" + "".join(f'<li><a href="/s{i}">Another story from the festival, number {i}</a></li>' for i in range(8)) + "</ul>"
    page = f"<div class='top'>{blurb}{nav}</div><div class='main'><h1>Restored</h1><section class='body'>{sections}</section></div>"
    text = blocks_to_text(read(page).blocks)
    assert "Section 0 of the essay" in text and "Section 11 of the essay" in text
    assert "Another story from the festival" not in text


# --- Timestamps (extract._is_time_line, metadata._is_timestamp_line) -----------------------


def test_a_line_that_is_mostly_a_time_element_is_not_body_text():
    meta = '<div class="line-info">Kim Ji-woo <time datetime="2020-04-11T10:27">Updated: 11.04.2020, 10:27</time></div>'
    text = article_text(f"{meta}{BODY}")
    assert "Updated" not in text and "Paragraph 0 of the review" in text


def test_a_sentence_holding_a_time_element_stays():
    sentence = ('<p>The restored print opens in Busan on <time datetime="2024-10-04">4 October</time>, '
                'before it tours the country in the spring.</p>')
    text = article_text(f"{BODY}{sentence}")
    assert "opens in Busan on 4 October" in text


def test_a_kicker_with_a_date_is_not_the_deck():
    kicker = '<div class="kicker"><span>Cinema</span> <span class="date">12.12.2022, 08:30</span></div>'
    assert read(f"<article><header>{kicker}<h1>Restored</h1></header><div class='article-body'>{BODY}</div></article>").metadata.deck == []


def test_a_standfirst_mentioning_a_date_is_the_deck():
    deck = '<p class="standfirst">The restored print of the classic opens in Busan on 12.12.2022, with a new score.</p>'
    page = f"<article><header><h1>Restored</h1>{deck}</header><div class='article-body'>{BODY}</div></article>"
    assert read(page).metadata.deck == ["The restored print of the classic opens in Busan on 12.12.2022, with a new score."]


# --- Embedded videos (extract.video_address) -------------------------------------------------


def test_an_embedded_video_leaves_a_link_to_its_page():
    player = '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0" width="560"></iframe>'
    article = read(f"<main><h1>Restored</h1><div class='article-body'>{BODY}{player}{BODY}</div></main>")
    assert "https://www.youtube.com/watch?v=dQw4w9WgXcQ" in blocks_to_text(article.blocks)


def test_an_amp_video_leaves_a_link_to_its_page():
    player = '<amp-youtube data-videoid="dQw4w9WgXcQ" layout="responsive" width="480" height="270"></amp-youtube>'
    article = read(f"<main><h1>Restored</h1><div class='article-body'>{BODY}{player}{BODY}</div></main>")
    assert "https://www.youtube.com/watch?v=dQw4w9WgXcQ" in blocks_to_text(article.blocks)


def test_other_frames_leave_nothing():
    frame = '<iframe src="https://ads.example.com/slot?id=1"></iframe>'
    article = read(f"<main><h1>Restored</h1><div class='article-body'>{BODY}{frame}</div></main>")
    assert "example.com" not in blocks_to_text(article.blocks)
