"""Main content the container scoring left outside the article, one small page per kind
(issue 12, recall on pages never tuned on): each rule reads shape and position, never a word list."""

from ingest.html import read_html
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
    text = blocks_to_text(read(f"<main><h1>Restored</h1><div class='article-body'>{BODY}{closing}</div></main>").blocks)
    assert "tickets are already sold out" in text


def test_a_label_heading_over_a_removed_list_is_dropped():
    links = "".join(f'<li><a href="/s{i}">Another long story about the festival number {i}</a></li>' for i in range(3))
    page = f"<main><h1>Restored</h1><div class='article-body'>{BODY}<h3>More from the festival</h3><ul>{links}</ul></div></main>"
    assert "More from the festival" not in blocks_to_text(read(page).blocks)
