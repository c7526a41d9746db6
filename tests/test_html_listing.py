"""Listing pages in HTML (ingest.html.teasers): a site's index of teasers is not published as an article."""

from pathlib import Path

from ingest.html import read_html
from ingest.pipeline import ingest_corpus

TEASER = '<article class="post"><h2><a href="/reviews/{n}">Review {n}: a fisherman\'s elegy</a></h2><p>A debut of rare patience that trusts its silences.</p></article>'
PROSE = "<p>" + "The festival opened on Friday with a restored print of a silent classic, and the hall was full. " * 8 + "</p>"


def page(main: str) -> str:
    return f"<html><head><title>Reviews - Frame Rate</title></head><body><nav><a href='/'>Home</a></nav><main>{main}</main><footer>© Frame Rate</footer></body></html>"


def test_an_index_of_three_teasers_is_a_listing():
    listing = page("<h1>Reviews</h1>" + "".join(TEASER.format(n=n) for n in range(3)) + '<div class="pagination"><a href="/p/2">Older posts</a></div>')
    assert read_html(listing.encode(), "reviews.html").teasers == 3


def test_an_article_with_teasers_beside_it_is_no_listing():
    """The article's text stands outside the teasers (in a <div>, not an <article>): the page is that article."""
    article = page(f"<h1>A fisherman's elegy</h1><div class='content'>{PROSE}</div>" + "".join(TEASER.format(n=n) for n in range(4)))
    assert read_html(article.encode(), "review.html").teasers == 0


def test_an_article_marked_as_one_among_teasers_is_no_listing():
    article = page(f"<article><h1>A fisherman's elegy</h1>{PROSE}</article>" + "".join(TEASER.format(n=n) for n in range(4)))
    assert read_html(article.encode(), "review.html").teasers == 0


def test_a_listing_page_is_not_published_unless_its_sidecar_says_article(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "reviews.html").write_text(page("<h1>Reviews</h1>" + "".join(TEASER.format(n=n) for n in range(3))), encoding="utf-8")
    report = ingest_corpus(corpus, tmp_path / "out", None)
    assert report.written == [] and report.errors == []
    assert f"{corpus / 'reviews.html'}: looks like a list of 3 article teasers, not one article; not published" in report.warnings[0]
    (corpus / "reviews.meta.toml").write_text('kind = "article"\n', encoding="utf-8")
    assert len(ingest_corpus(corpus, tmp_path / "out", None).written) == 1


CARD = ('<div class="post-card"><a href="/festivals/{n}"><img src="/thumb/{n}.jpg"></a><h2><a href="/festivals/{n}">Jeonju 2025, day {n}: the competition opens</a></h2>'
        '<p class="excerpt">A second feature of rare patience opened the Korean Competition.</p><span class="date">{n} May 2025</span></div>')


def test_an_index_of_cards_of_one_shape_is_a_listing_without_article_elements():
    """A theme with no <article> elements: a section page of four cards (thumbnail, linked
    headline, blurb, date) and a pager was published as an article titled by the site's name."""
    listing = page('<h1>Festivals</h1><div class="entry-content"><p>The latest from the festival circuit.</p>'
                   + "".join(CARD.format(n=n) for n in range(1, 5)) + '<div class="pagination"><a>1</a> <a>2</a> <a>Next »</a></div></div>')
    assert read_html(listing.encode(), "festivals.html").teasers == 4


def test_an_article_with_cards_under_its_text_is_no_listing():
    """The cards stand in the main content, but so does the article's text: the page is that article."""
    article = page(f'<h1>A fisherman\'s elegy</h1><div class="entry-content">{PROSE}' + "".join(CARD.format(n=n) for n in range(1, 5)) + "</div>")
    assert read_html(article.encode(), "review.html").teasers == 0


def test_a_short_brief_with_a_list_of_linked_headlines_is_no_listing():
    """Linked headlines with no blurb under them are a "Read next" box, which may follow a brief of a few lines."""
    related = "".join(f'<div class="next"><h3><a href="/news/{n}">Jeonju 2025, day {n}: the competition opens</a></h3></div>' for n in range(4))
    brief = page(f"<h1>Jeonju names its jury</h1><div class='entry-content'><p>Critic Giulia Rossi will preside over the Korean Competition jury this year.</p>{related}</div>")
    assert read_html(brief.encode(), "brief.html").teasers == 0
