"""Issue 12's kinds, one small page each: content kept by shape rather than
dropped by a class word, metadata from the article's own region, inline
pictures and adjacent emphasis in the MyST writer."""

from ingest.html import read_html
from ingest.authors import clean_authors
from ingest.html.metadata import title_parts
from ingest.myst import render_article
from ingest.plaintext import blocks_to_text

PROSE = (
    "The festival announced its programme on Monday, with forty features from twelve countries "
    "and a new section for restored classics."
)
MORE = "Organisers said the restored prints would be shown on film wherever the cinemas could still project it."


def page(body: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def read(body: str, head: str = "", url: str | None = "https://example.org/a"):
    return read_html(page(body, head), "page.html", url)


def text(body: str, head: str = "") -> str:
    return blocks_to_text(read(body, head).blocks)


# --- 1. Several signals, never a class word alone ------------------------------------


def test_lead_paragraphs_in_a_teaser_class_are_kept():
    body = f'<article><h1>T</h1><div class="teaser-content"><p>{PROSE}</p></div><div class="article-body"><p>{MORE}</p><p>{MORE}</p></div></article>'
    assert "forty features from twelve countries" in text(body)


def test_a_teaser_grid_is_still_dropped():
    cards = "".join(
        f'<div class="teaser"><a href="/s{i}">Another story number {i} about cinema</a><p>{PROSE}</p></div>' for i in range(4)
    )
    body = f'<article><p>{MORE}</p><p>{MORE} Again.</p><div class="teasers">{cards}</div></article>'
    assert "Another story number" not in text(body)


def test_a_fact_box_aside_inside_the_article_is_kept():
    box = "<aside><h3>Festival facts</h3><ul><li>Founded 1996 in Busan by critics</li><li>Screens 240 films each October</li></ul></aside>"
    body = f"<article><p>{PROSE}</p>{box}<p>{MORE}</p></article>"
    assert "Screens 240 films each October" in text(body)


def test_a_link_list_aside_inside_the_article_is_dropped():
    box = '<aside><ul><li><a href="/a">Read: the jury of last year</a></li><li><a href="/b">Read: the winners of last year</a></li></ul></aside>'
    body = f"<article><p>{PROSE}</p>{box}<p>{MORE}</p></article>"
    assert "the jury of last year" not in text(body)


def test_a_short_one_link_paragraph_between_prose_is_kept():
    body = f'<article><p>{PROSE}</p><p><a href="/report">The full jury report</a></p><p>{MORE}</p></article>'
    assert "The full jury report" in text(body)


def test_a_body_whose_class_says_share_is_kept_by_its_shape():
    body = f'<div class="nav"><a href="/">Home</a></div><div class="entry-content no-share"><p>{PROSE}</p><p>{MORE}</p><p>{PROSE} Again.</p></div>'
    assert "forty features from twelve countries" in text(body)


def gallery(items: str, wrapper: str = "gallery", item: str = "gallery-item") -> str:
    return f'<article><h1>T</h1><p>{PROSE}</p><div class="{wrapper}">{items.format(item=item)}</div><p>{MORE}</p></article>'


CAPTIONED = "".join(
    f'<div class="{{item}}"><a href="page_files/{n}.png"><img src="page_files/{n}.png" alt="Photo {n}" width="640" height="400"></a>'
    f'<p class="wp-caption-text">{who} on the red carpet of the opening night. Photo: Press office</p></div>'
    for n, who in enumerate(["Sabrina Baracetti", "Park Ji-won", "Haruka Yamada"])
)


def test_a_gallery_of_captioned_photographs_inside_the_article_is_kept():
    """A festival's photo gallery in a "gallery" wrapper lost all its photographs and captions;
    renamed "photos", every one was published: the class word alone dropped them."""
    assert blocks_to_text(read(gallery(CAPTIONED)).blocks) == blocks_to_text(read(gallery(CAPTIONED, "photos", "photo")).blocks)
    assert "Haruka Yamada on the red carpet" in text(gallery(CAPTIONED))


def test_a_carousel_of_other_articles_is_still_dropped():
    cards = "".join(f'<div class="slide"><a href="/news/{n}"><img src="page_files/{n}.png" alt="">Another story number {n} about cinema</a></div>' for n in range(4))
    assert "Another story number" not in text(gallery(cards, "carousel"))


def test_a_dropped_block_of_pictures_is_listed_as_dropped():
    """A slider of uncaptioned pictures is dropped, but said so in inspect's dropped list
    (its own text was all inside flagged blocks, so its entry had no words and was skipped)."""
    slides = "".join(f'<div class="slide"><img src="page_files/{n}.png" alt="" width="640" height="400"></div>' for n in range(3))
    dropped = read(gallery(slides, "slider")).dropped
    assert ("3 pictures", "class token 'slider' (slideshow)") in [(d.text, d.reason) for d in dropped]


# --- 2. Metadata from the article's own region ---------------------------------------


def test_date_of_a_trending_list_is_not_the_article_date():
    body = (
        '<div class="trending"><ul><li><a href="/o">Old story</a> <time datetime="2021-06-01">1 June 2021</time></li></ul></div>'
        f'<article><h1>T</h1><p><time datetime="2024-03-05">5 March 2024</time></p><p>{PROSE}</p></article>'
    )
    assert read(body).metadata.date == "2024-03-05"


def test_date_of_a_comment_is_not_the_article_date():
    body = (
        f'<article><h1>T</h1><p>{PROSE}</p></article>'
        '<div class="comments"><p>Nice! <time datetime="2024-04-01">1 April 2024</time></p></div>'
    )
    assert read(body).metadata.date == ""


def test_a_local_date_in_the_byline_is_read():
    body = f"<article><h1>T</h1><p>By Mina Park · 2024년 3월 5일</p><p>{PROSE}</p></article>"
    m = read(body).metadata
    assert (m.date, m.authors) == ("2024-03-05", ["Mina Park"])


def test_a_date_in_an_element_classed_as_a_date_is_the_article_date():
    body = f'<article><h1>T</h1><p class="byline">By Mina Park</p><p class="date">March 5, 2024</p><p>{PROSE}</p></article>'
    assert read(body).metadata.date == "2024-03-05"


def test_a_classed_date_beside_the_headline_is_read_without_an_article_element():
    body = f'<div class="post"><div class="head"><h1>T</h1><div class="meta-date">5 March 2024</div></div><p>{PROSE}</p><p>{MORE}</p></div>'
    assert read(body).metadata.date == "2024-03-05"


def test_an_itemprop_date_published_text_is_the_article_date():
    body = f'<div><h1>T</h1><span itemprop="datePublished">2024-03-05</span></div><div><p>{PROSE}</p><p>{MORE}</p></div>'
    assert read(body).metadata.date == "2024-03-05"


def test_a_classed_date_of_a_related_item_is_not_the_article_date():
    # The list is not flagged as chrome by any class word: only the article's region counts.
    body = (
        '<ul class="stories"><li><a href="/o">Old story</a> <span class="post-date">June 1, 2021</span></li></ul>'
        f'<article><h1>T</h1><p>{PROSE}</p><p>{MORE}</p></article>'
        '<div class="comments"><p class="comment-date">April 1, 2024</p><p>Nice!</p></div>'
    )
    assert read(body).metadata.date == ""


def test_a_meta_date_beats_a_classed_date():
    head = '<meta property="article:published_time" content="2024-03-04T23:00:00Z">'
    body = f'<article><h1>T</h1><p class="date">March 5, 2024</p><p>{PROSE}</p></article>'
    assert read(body, head).metadata.date == "2024-03-04"


def test_impossible_meta_date_is_not_published():
    head = '<meta property="article:published_time" content="2025-02-30">'
    assert read(f"<article><p>{PROSE}</p></article>", head).metadata.date == ""


def test_site_logo_h1_is_not_the_title():
    head = "<title>Lumen ships its first short | Example News</title>"
    body = f'<header><h1 class="logo">Example News</h1></header><article><h2>Lumen ships its first short</h2><p>{PROSE}</p></article>'
    assert read(body, head).metadata.title == "Lumen ships its first short"


def test_h1_differing_from_title_by_dash_and_quote_is_the_title():
    head = "<title>Lumen's film - a review | Example News</title>"
    body = f"<article><h1>Lumen’s film – a review</h1><p>{PROSE}</p></article>"
    assert read(body, head).metadata.title == "Lumen’s film – a review"


def test_by_alone_takes_the_name_from_the_next_element():
    body = f'<article><h1>T</h1><div class="meta"><span>By</span> <a href="/p">Jane Roe</a></div><p>{PROSE}</p></article>'
    assert read(body).metadata.authors == ["Jane Roe"]


def test_json_ld_author_reference_is_read_whole():
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "T", '
        '"author": [{"@id": "#p1"}, {"@type": "Person", "givenName": "John", "familyName": "Roe"}]}, '
        '{"@type": "Person", "@id": "#p1", "name": "Jane Doe"}]}</script>'
    )
    assert read(f"<article><p>{PROSE}</p></article>", head).metadata.authors == ["Jane Doe", "John Roe"]


def test_site_name_is_not_an_author():
    head = '<meta property="og:site_name" content="Example News"><meta name="author" content="Example News">'
    assert read(f"<article><p>{PROSE}</p></article>", head).metadata.authors == []


def test_several_authors_are_split_and_byline_words_cut():
    assert clean_authors(["Von Anna Berg und Jonas Weil"]) == ["Anna Berg", "Jonas Weil"]
    assert clean_authors(["By Jane Doe, John Roe and Kim Lee"]) == ["Jane Doe", "John Roe", "Kim Lee"]


def test_buttons_dates_and_byline_words_are_not_names():
    for value in ("By", "Follow", "Zeige alle Beiträge von Anna →", "March 5, 2024", "jane@example.org"):
        assert clean_authors([value], from_text=True) == [], value


# --- 3. MyST writer --------------------------------------------------------------------


def test_whitespace_only_emphasis_becomes_a_space():
    md = render_article(read(f"<article><p><strong>Hand</strong><strong> </strong><strong>drawn</strong> lines. {PROSE}</p></article>"))
    assert "**Hand** **drawn**" in md


def test_adjacent_emphasis_merges_so_no_asterisks_show():
    md = render_article(read(f"<article><p><b>Hand</b><b>drawn</b> lines. {PROSE}</p></article>"))
    assert "**Handdrawn**" in md and "****" not in md


def test_adjacent_links_keep_their_words_apart():
    md = render_article(read(f'<article><p><a href="https://e.org/p">generated</a><a href="https://e.org/q"> </a><a href="https://e.org/r">background</a>. {PROSE}</p></article>'))
    assert "](<https://e.org/p>) [background]" in md


def test_inline_picture_keeps_its_alt_text_as_a_link_when_remote():
    md = render_article(read(f'<article><p>Poster: <img src="https://e.org/p.jpg" alt="A red poster"> {PROSE}</p></article>'))
    assert "[A red poster](<https://e.org/p.jpg>)" in md


def test_inline_picture_without_alt_text_is_reported():
    article = read(f'<article><p>Poster: <img src="https://e.org/p.jpg"> {PROSE}</p></article>')
    assert any("no alt text" in w for w in article.warnings)


# --- Titles and decks a first-time curator's French and English pages got wrong ----------


def test_a_closing_guillemet_in_the_title_separates_nothing():
    assert title_parts("« La Rivière sans nom » : la critique - Écran Total") == ["« La Rivière sans nom » : la critique", "Écran Total"]
    assert title_parts("Home » News » Story") == ["Home", "News", "Story"]


def test_the_articles_one_headline_wins_over_a_title_written_for_search_engines():
    head = "<title>« La Rivière sans nom » : la critique du film de LIU Mei - Écran Total</title>"
    body = f"<article><h1>« La Rivière sans nom » : la mémoire d’une ville engloutie</h1><p>{PROSE}</p></article>"
    assert read(body, head).metadata.title == "« La Rivière sans nom » : la mémoire d’une ville engloutie"


def test_the_deck_is_read_as_written_and_not_repeated_under_a_rubric_label():
    body = ('<article><p class="surtitre">Interview</p><h1>Liu Mei on rivers</h1>'
            '<p class="standfirst">She talks about <em>Rivers Without Names</em>, and 16mm.</p>'
            f'<div class="content"><p class="standfirst">She talks about <em>Rivers Without Names</em>, and 16mm.</p><p>{PROSE}</p><p>{MORE}</p></div></article>')
    article = read(body)
    assert article.metadata.deck == ["She talks about Rivers Without Names, and 16mm."]
    assert "She talks about" not in blocks_to_text(article.blocks)
