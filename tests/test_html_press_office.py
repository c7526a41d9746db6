"""A festival press officer's HTML pages (seventeenth round): one small invented page per
fault, in the shape of the platform that showed it."""

from ingest.html import read_html
from ingest.model import Figure, Heading, Paragraph
from ingest.plaintext import blocks_to_text, inline_text
from tests.essay import ESSAY, LATER

PROSE = (
    "The director's new film follows three witnesses to one afternoon, and each account "
    "changes what the last one seemed to show."
)
MORE = "She shot it in the salt fields of the south coast over two summers, with a crew of nine."


TEXT = f"<p>{PROSE}</p><p>{MORE}</p>"


def page(body: str) -> str:
    """A page of ``body``: what every fixture here shares."""
    return f"<html><body>{body}</body></html>"


def read(html: str, url: str | None = None):
    return read_html(html.encode(), "page.html", url)


def figures(article) -> list[Figure]:
    return [block for block in article.blocks if isinstance(block, Figure)]


# --- The title ----------------------------------------------------------------------------------


def test_a_site_name_written_as_its_address_is_never_the_title_even_when_longest():
    html = (
        "<html><head><title>Kim Ha-na | filmarchive.example.de</title></head><body>"
        '<div id="header"><a href="/">filmarchive.example.de</a></div>'
        f'<div class="content"><h1>Kim Ha-na</h1><h2>Biografie</h2><p>{PROSE}</p><p>{MORE}</p></div>'
        "</body></html>"
    )
    article = read(html)
    assert article.metadata.title == "Kim Ha-na"
    assert "Kim Ha-na" not in blocks_to_text(article.blocks)


# --- The deck -------------------------------------------------------------------------------------


def test_a_sentence_long_heading_right_under_the_headline_is_the_deck():
    deck = "The actress, awarded in Brussels for her role as a widow, talks about censorship, age and her director"
    html = (
        "<html><head><title>Interview</title></head><body><article>"
        f'<header><h1>Zhou Yifan: "In China an actress of forty disappears"</h1><h2 class="a_st">{deck}</h2></header>'
        f'<div class="a_c"><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p></div></article></body></html>'
    )
    article = read(html)
    assert article.metadata.deck == [deck]
    assert deck not in blocks_to_text(article.blocks)


def test_a_section_heading_right_under_the_headline_is_no_deck():
    html = page(f"<article><h1>Kim Ha-na wins the jury prize</h1><h2>Biography</h2>{TEXT}</article>")
    assert read(html).metadata.deck == []


# --- The lead picture ---------------------------------------------------------------------------


def test_a_figure_between_the_articles_header_and_its_body_keeps_its_caption_and_credit():
    html = (
        "<html><body><article>"
        '<header class="a_e_txt"><p class="a_k">Cinema</p><h1>Zhou Yifan: "In China an actress of forty disappears"</h1>'
        '<div class="a_md"><a href="/author/jane-roe/">Jane Roe</a> <span>Brussels - 26 Nov 2026 - 05:45 CET</span></div></header>'
        '<figure><img src="https://img.example.org/z.jpg"><figcaption>The actress in Brussels on Saturday. <span>JULIEN WARNAND (EFE)</span></figcaption></figure>'
        f'<div class="a_c"><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p></div></article></body></html>'
    )
    (figure,) = figures(read(html))
    said = inline_text(figure.caption + figure.credit)
    assert "The actress in Brussels on Saturday." in said
    assert "JULIEN WARNAND (EFE)" in said


# --- Bylines ---------------------------------------------------------------------------------------


def test_a_ratings_stars_are_no_byline_word_for_the_next_lines_words():
    stars = '<p class="rating">★★★★½</p><p class="view-date">Watched 15 Nov 2026</p>'
    html = page(f"<section><h1>The Salt Road review</h1>{stars}<div>{TEXT}</div></section>")
    assert read(html).metadata.authors == []


# --- Pictures that are not the article's --------------------------------------------------------


def test_a_press_logo_above_the_headline_is_no_figure():
    logo = '<div class="head_top"><a class="press_logo"><img alt="Daily Film"></a></div>'
    html = page(f'<div class="head">{logo}<h2>Park wins the Golden Lotus</h2></div><article>{TEXT}</article>')
    article = read(html, "https://news.example.org/article/1")
    assert figures(article) == []
    assert "Daily Film" not in blocks_to_text(article.blocks)


def test_a_picture_linked_to_the_home_page_is_the_sites_logo():
    html = (
        f'<html><body><article><h1>Park wins</h1><p><a href="/"><img src="https://cdn.example.org/l.png" alt="Daily Film"></a></p>'
        f"<p>{PROSE}</p><p>{MORE}</p></article></body></html>"
    )
    article = read(html, "https://news.example.org/article/1")
    assert figures(article) == []
    assert any(d.text == "Daily Film" and d.reason.startswith("logo") for d in article.dropped)


def test_a_picture_not_saved_with_the_page_is_no_link_to_its_guessed_address():
    html = (
        '<html><body><article><h1>The Salt Road</h1><p><img src="kimhana.jpg" alt="Director Kim Ha-na"><br>'
        f"She studied film in Seoul. {PROSE}</p><p>{MORE}</p></article></body></html>"
    )
    article = read(html, "https://festival.example.org/programme/the-salt-road")
    paragraph = next(b for b in article.blocks if isinstance(b, Paragraph) and "Seoul" in blocks_to_text([b]))
    assert "kimhana.jpg" not in repr(paragraph)
    assert "Director Kim Ha-na" in blocks_to_text([paragraph])
    assert sum("kimhana.jpg" in w for w in article.warnings) == 1


def test_a_missing_pictures_alt_the_text_after_it_repeats_is_said_once():
    html = (
        '<html><body><article><h1>The Salt Road</h1><p><img src="kimhana.jpg" alt="Kim Ha-na"><br>'
        f"Kim Ha-na studied film in Seoul. {PROSE}</p><p>{MORE}</p></article></body></html>"
    )
    text = blocks_to_text(read(html, "https://festival.example.org/programme/the-salt-road").blocks)
    assert text.count("Kim Ha-na") == 1


# --- A live blog's entries ------------------------------------------------------------------------


def _entry(time: str, heading: str, text: str) -> str:
    head = f"<h3>{heading}</h3>" if heading else ""
    return f'<div class="block"><p class="time"><time datetime="2026-11-22T{time}">{time}</time></p>{head}<p>{text}</p></div>'


LIVE = (
    "<html><body><main><h1>Awards night – as it happened</h1><div class=\"liveblog\">"
    + _entry("22:48", "That's all from us", f"Thanks for following along. {PROSE}")
    + _entry("22:31", "", f"Best director goes to Kim Ha-na. {MORE}")
    + _entry("21:02", "Welcome", f"Good evening from the festival. {PROSE}")
    + "</div></main></body></html>"
)


def test_a_live_blog_entrys_time_joins_its_heading():
    headings = [inline_text(b.inlines) for b in read(LIVE).blocks if isinstance(b, Heading)]
    assert "22:48 · That's all from us" in headings
    assert "21:02 · Welcome" in headings


def test_a_live_blog_entry_without_a_heading_is_headed_by_its_time():
    blocks = read(LIVE).blocks
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and inline_text(b.inlines) == "22:31")
    assert blocks_to_text([blocks[at + 1]]).startswith("Best director goes to Kim Ha-na.")


def test_a_french_live_blogs_times_with_h_are_its_entries_labels():
    live = LIVE.replace("22:48", "22h48").replace("22:31", "22h31").replace("21:02", "21h02")
    headings = [inline_text(b.inlines) for b in read(live).blocks if isinstance(b, Heading)]
    assert "22h48 · That's all from us" in headings and "22h31" in headings


def test_two_timed_paragraphs_are_no_live_blog():
    html = (
        "<html><body><article><h1>The jury's day</h1>"
        f'<div><p class="time">10:00</p><p>{PROSE}</p></div><div><p class="time">14:00</p><p>{MORE}</p></div>'
        "</article></body></html>"
    )
    assert not any(isinstance(b, Heading) for b in read(html).blocks)


def _no_headings(html: str) -> bool:
    return not any(isinstance(b, Heading) for b in read(html).blocks)


def test_a_list_of_running_times_is_no_live_blog():
    """A list item opening with a time is a list's line: "1h45 The Salt Road" stays a bullet, not a heading."""
    items = "".join(f"<li><b>{t}</b> <i>{title}</i></li>" for t, title in (("1h45", "The Salt Road"), ("2h10", "Lanterns"), ("1h30", "Harbour")))
    text = blocks_to_text(read(page(f"<h1>This week's films</h1><p>{PROSE}</p><ul>{items}</ul><p>{MORE}</p>")).blocks)
    assert "1h45 The Salt Road" in text


def test_a_programme_list_of_times_is_no_live_blog():
    """A festival day's programme: each item a time and its event side by side."""
    items = "".join(f"<li><span>{t}</span> <span>{event}</span></li>" for t, event in (("10:00", "Press screening of The Salt Road"), ("12:30", "Press conference"), ("15:00", "Photocall")))
    text = blocks_to_text(read(page(f"<h1>Friday's programme</h1><p>{PROSE}</p><ul>{items}</ul><p>{MORE}</p>")).blocks)
    assert "10:00 Press screening of The Salt Road" in text


def test_a_table_schedule_is_no_live_blog():
    """A table's rows opening with a time stay rows of the table."""
    rows = "".join(f"<tr><td>{t}</td><td>{event}</td></tr>" for t, event in (("10:00", "The Salt Road"), ("12:30", "Lanterns"), ("15:00", "Harbour")))
    text = blocks_to_text(read(page(f"<h1>Screenings</h1><p>{PROSE}</p><table>{rows}</table><p>{MORE}</p>")).blocks)
    assert "10:00\tThe Salt Road\n12:30\tLanterns" in text


def test_a_time_with_only_a_span_after_it_is_no_live_blog_entry():
    """The entry's text must be a block (a paragraph): a time beside a span is a schedule's line."""
    blocks = "".join(f"<div><span>{t}</span> <span>{event}</span></div>" for t, event in (("10:00", "Press screening"), ("12:30", "Press conference"), ("15:00", "Photocall")))
    assert _no_headings(page(f"<h1>Friday's programme</h1><p>{PROSE}</p><div>{blocks}</div><p>{MORE}</p>"))


def test_a_running_time_in_hours_is_no_time_of_day():
    """"1h45" is how long a film runs: blocks opening with one are a list of films, not timed entries."""
    blocks = "".join(f'<div class="film"><p>{t}</p><p>{text}</p></div>' for t, text in (("1h45", PROSE), ("2h10", MORE), ("1h30", PROSE)))
    assert _no_headings(page(f"<h1>This week's films</h1><div>{blocks}</div>"))


def test_times_inside_prose_do_not_use_up_the_search_for_entries():
    """Only a string that is a time and nothing else is counted: a page that says "9.30pm" in passing a thousand
    times still has its live blog found."""
    chatter = "".join(f"<span>the 9.30pm screening {i}</span>" for i in range(1001))
    html = LIVE.replace('<div class="liveblog">', f'<div hidden>{chatter}</div><div class="liveblog">')
    headings = [inline_text(b.inlines) for b in read(html).blocks if isinstance(b, Heading)]
    assert "22:48 · That's all from us" in headings


# --- A press release's end mark -------------------------------------------------------------------

CONTACT = (
    "<p><strong>Press contact</strong></p>"
    "<p>Sarah Whitfield, Head of Press<br>+82 2 555 0199<br>"
    '<a href="mailto:press@festival.example">press@festival.example</a></p>'
    "<p><strong>Notes to editors</strong></p>"
    "<p>About the festival: founded in 2021, it shows forty films a year from Asia and Europe in Seoul.</p>"
)


def test_a_press_releases_end_mark_ends_the_article():
    article = read(page(f"<article><h1>Winners</h1>{TEXT}<p>-- ENDS --</p>{CONTACT}</article>"))
    assert blocks_to_text(article.blocks) == f"{PROSE}\n\n{MORE}"


def test_the_contact_block_after_the_end_mark_is_reported_as_left_out():
    article = read(page(f"<article><h1>Winners</h1>{TEXT}<p>###</p>{CONTACT}</article>"))
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["###"] == "press release's end mark"
    assert reasons["Notes to editors"] == "after a press release's end mark (press contact, notes to editors)"


def test_an_end_mark_in_a_nested_box_ends_the_article_up_to_its_container():
    article = read(page(f"<article><h1>Winners</h1>{TEXT}<div><p>- 30 -</p><p>Sarah Whitfield</p></div>{CONTACT}</article>"))
    assert "Sarah Whitfield" not in blocks_to_text(article.blocks)



def test_hashes_between_two_sections_of_an_essay_are_a_section_break_not_its_end():
    paragraphs = "".join(f"<p>{text}</p>" for text in ESSAY) + "<p>###</p>" + "".join(f"<p>{text}</p>" for text in LATER)
    article = read(page(f"<article><h1>Seeing The Salt Road twice</h1>{paragraphs}</article>"))
    assert blocks_to_text(article.blocks).endswith(LATER[1])


def test_an_end_mark_in_words_ends_the_article_whatever_prose_follows():
    later = "".join(f"<p>{text}</p>" for text in LATER)
    article = read(page(f"<article><h1>Winners</h1>{TEXT}<p>-- ENDS --</p>{later}</article>"))
    assert LATER[0] not in blocks_to_text(article.blocks)


def test_an_end_mark_inside_a_quote_ends_the_quoted_release_not_the_article():
    """An article quoting a press release quotes its "-- ENDS --": the article's next paragraphs were
    dropped as the release's contacts (a page could hide any text after a quote so)."""
    later = "".join(f"<p>{text}</p>" for text in LATER)
    quote = "<blockquote><p>The festival opens on Friday with Winter Station.</p><p>-- ENDS --</p></blockquote>"
    article = read(page(f"<article><h1>Winners</h1>{TEXT}{quote}{later}</article>"))
    text = blocks_to_text(article.blocks)
    assert "-- ENDS --" in text and text.endswith(LATER[1])
