"""Each kind of page chrome is dropped, with a reason naming the rule, and the article stays."""

import re
from pathlib import Path

import pytest

from ingest.html import read_html
from ingest.plaintext import blocks_to_text

FIXTURES = Path(__file__).resolve().parent / "html" / "boilerplate"
CASES = sorted(p.stem for p in FIXTURES.glob("*.html"))


def _read(name):
    path = FIXTURES / f"{name}.html"
    return read_html(path.read_bytes(), str(path), "https://example.org/festival")


def _expected_reason(name):
    return re.search(r'reason containing "([^"]+)"', (FIXTURES / f"{name}.html").read_text()).group(1)


@pytest.mark.parametrize("name", CASES)
def test_chrome_text_is_not_in_the_article(name):
    assert "CHROME" not in blocks_to_text(_read(name).blocks)


@pytest.mark.parametrize("name", CASES)
def test_article_text_is_kept(name):
    text = blocks_to_text(_read(name).blocks)
    assert "restored print of a silent classic" in text
    assert "most directors present" in text


@pytest.mark.parametrize("name", CASES)
def test_dropped_chrome_is_reported_with_its_rule(name):
    dropped = [d for d in _read(name).dropped if "CHROME" in d.text]
    assert dropped, "the chrome block should be listed in Article.dropped"
    assert _expected_reason(name) in dropped[0].reason


def test_a_diary_under_a_counting_heading_with_each_entry_dated_is_no_comment_thread():
    """A festival diary ("Festival diary (3)", each entry opening with its weekday and day) has a thread's
    shape, but the word before each day is the date's own, not a poster's name."""
    prose = "The festival opened on Friday with a restored print of a silent classic, and the hall was full long before the lights went down. "
    days = ("Monday 12", "Tuesday 13", "Wednesday 14")
    diary = "".join(f"<div><p>{day} May 2025: <p>{prose}{day}.</p></p></div>" for day in days)
    premieres = "".join(f"<p>{section}, {day} May 2025. <p>{prose}</p></p>" for section, day in (("Competition", 15), ("Forum", 16)))
    html = (
        f"<html><body><main><article><h1>Notes from the river</h1>{f'<p>{prose}</p>' * 4}"
        f"<div><h2>Festival diary (3)</h2>{diary}</div><p>{prose}</p>"
        f"<section><h2>Two premieres</h2>{premieres}</section><p>{prose}</p></article></main></body></html>"
    )
    text = blocks_to_text(read_html(html.encode(), "diary.html").blocks)
    assert all(f"{day}." in text for day in days)


_PROSE = "The festival opened on Friday with a restored print of a silent classic, and the hall was full long before the lights went down. "


@pytest.mark.parametrize(
    ("heading", "entries"),
    [
        # An awards section: each entry opens with the festival and its day, in one string, no poster's name.
        ("Awards (2)", ["<p>Berlinale, 20 February 2024: the Golden Bear.</p>", "<p>Busan, 12 October 2024: the New Currents Award.</p>"]),
        # Screenings: the cinema, the day and the hour on one line.
        ("Vorstellungen (3)", [f"<p>Kino Arsenal, {day}.03.2025, 20 Uhr.</p>" for day in (12, 13, 14)]),
        # A timeline: a place and a day, then what happened.
        ("3 Stationen", [f"<div><p>Hamburg, {day} June 2019: a stop of the tour.</p></div>" for day in (1, 8, 15)]),
        # Names in bold before each day, but fewer entries than the heading counts: no thread of five replies.
        ("Comments (5)", [f"<div><strong>Anne</strong> {day} May 2024 <p>A fine report.</p></div>" for day in (4, 5)]),
        # A screening listing: a cinema in bold (a label) and then the day and hour, nothing posted after it.
        ("Vorstellungen (3)", [f"<p><strong>Kino</strong> {day}.03.2025, 20 Uhr</p>" for day in (12, 13, 14)]),
        ("Screenings (3)", [f"<p><strong>{cinema}</strong> {day}.03.2025, 20 Uhr</p>"
                            for cinema, day in (("Arsenal", 12), ("Babylon", 13), ("Delphi", 14))]),
        # Fewer screenings shown than counted, each with a talk after the day: no comment word in the
        # heading, no "N of M", no "load more" control, so no partial thread.
        ("4 Screenings", [f"<p><strong>{cinema}</strong> {day}.03.2025, 20:00 with a talk by the director and the "
                          "cinematographer after the film, moderated by the festival's programmer</p>"
                          for cinema, day in (("Arsenal", 12), ("Babylon", 13))]),
    ],
)
def test_a_dated_section_under_a_counting_heading_is_no_comment_thread(heading, entries):
    """A thread's poster is named in an element of its own (or a line of its own) before the day, and
    the thread holds as many replies as its heading counts: a dated list under a count is the article's."""
    body = "".join(entries)
    html = (
        f"<html><body><main><article><h1>Notes from the river</h1>{f'<p>{_PROSE}</p>' * 4}"
        f"<div><h2>{heading}</h2>{body}</div><p>{_PROSE}</p></article></main></body></html>"
    )
    article = read_html(html.encode(), "dated.html")
    assert not [d for d in article.dropped if "comments" in d.reason]
    text = " ".join(blocks_to_text(article.blocks).split())
    assert all(" ".join(re.sub("<[^>]+>", " ", entry).split()) in text for entry in entries)


def _assert_thread_dropped(heading, replies):
    """The replies (each holding "CHROME") under ``heading``, after an article, are dropped as comments."""
    html = (
        f"<html><body><main><article><h1>Notes from the river</h1>{f'<p>{_PROSE}</p>' * 4}</article>"
        f"<div><h3>{heading}</h3>{replies}</div></main></body></html>"
    )
    article = read_html(html.encode(), "thread.html")
    assert "CHROME" not in blocks_to_text(article.blocks)
    assert [d for d in article.dropped if "CHROME" in d.text and "comments" in d.reason]


def test_a_poster_named_on_a_line_of_its_own_opens_a_reply():
    replies = "".join(f"<div><p>Anne {n}</p><p>{n} May 2024, 21:12</p><p>CHROME {_PROSE}</p></div>" for n in (4, 5))
    _assert_thread_dropped("Comments (2)", replies)


def _reply(name, day):
    return f"<div><strong>{name}</strong> {day} May 2024, 21:12 <p>CHROME {_PROSE}</p></div>"


_SHOWN = "".join(_reply(name, day) for name, day in (("cinephile_77", 4), ("Joost V.", 5), ("Anneke", 6)))


@pytest.mark.parametrize(
    ("heading", "after"),
    [
        ("10 of 12 Responses", ""),  # the heading says how many are shown of how many
        ("Showing 3 comments", ""),  # a word before the count
        ("Comments (12)", ""),  # three shown of twelve, the rest on another page
        ("Comments (12)", "<button>Load more comments</button>"),  # a control after the replies
        ("Kommentare (8)", '<p><a href="/kommentare?page=2">Weitere Kommentare laden</a></p>'),
    ],
)
def test_a_partial_thread_shows_fewer_replies_than_its_heading_counts(heading, after):
    """A thread that shows some of its replies (the rest behind a control or on another page) is still
    a thread: two posters or more, each named before the day, with what they posted after it."""
    _assert_thread_dropped(heading, _SHOWN + after)


def test_title_heading_is_not_repeated_in_the_body():
    blocks = _read("nav").blocks
    assert "The River Film Festival Opens" not in blocks_to_text(blocks)


def test_responsively_shown_hidden_class_is_kept():
    html = (
        "<html><body><article><p>The festival opened on Friday with a restored print of a silent classic.</p>"
        '<p class="hidden md:block">Shown on wide screens: the hall was full before the lights went down.</p>'
        "</article></body></html>"
    )
    assert "Shown on wide screens" in blocks_to_text(read_html(html.encode(), "t.html").blocks)


def test_link_with_a_chrome_class_inside_a_sentence_is_kept():
    html = (
        "<html><body><article><p>The festival opened on Friday with a restored print of a silent classic, "
        'which you can <a class="affiliate-link" href="https://shop.example.com/dvd">buy on disc</a> now.</p>'
        "<p>Organisers said the programme of forty features is the largest in the festival's history.</p>"
        "</article></body></html>"
    )
    assert "buy on disc now." in blocks_to_text(read_html(html.encode(), "t.html").blocks)


def test_slideshow_controls_and_repeated_captions_are_dropped():
    html = (
        "<html><body><article><p>The festival opened on Friday with a restored print of a silent classic.</p>"
        '<div class="photo-slideshow"><ul><li><img src="https://cdn.example.org/1.jpg"><div class="caption">Crowds queue.</div></li></ul>'
        '<div class="controls">Close</div></div>'
        "<p>Organisers said the programme of forty features is the largest in the festival's history.</p>"
        "</article></body></html>"
    )
    article = read_html(html.encode(), "t.html")
    assert "Crowds queue" not in blocks_to_text(article.blocks, captions=True)
    assert any("slideshow" in d.reason for d in article.dropped)


def test_a_closing_line_of_prose_above_a_widget_is_kept():
    page = (FIXTURES / "trailing_label.html").read_text().replace(
        "<p><strong>CHROME Already read?</strong></p>", "<p>See you at the festival next year.</p>"
    )
    text = blocks_to_text(read_html(page.encode(), "closing-line.html").blocks)
    assert text.rstrip().endswith("See you at the festival next year.")


def test_a_bold_label_with_nothing_removed_after_it_is_kept():
    page = (FIXTURES / "trailing_label.html").read_text()
    page = page[: page.index("<ul>")] + "</article></body></html>"
    assert "Already read?" in blocks_to_text(read_html(page.encode(), "label-alone.html").blocks)


def test_a_box_of_prose_with_many_commas_and_links_stays():
    # Readability's conditional cleaning spares a link-rich block whose text runs on
    # with commas: a paragraph group citing its sources is prose, not a box of links.
    cited = ", ".join(f'<a href="/s{i}">source {i}</a> said so in print' for i in range(12))
    html = (
        "<html><body><article><p>The festival opened on Friday with a restored print of a silent classic.</p>"
        "<p>Organisers said the programme of forty features is the largest in the festival's history.</p>"
        f"<div><p>Critics agreed: {cited}.</p></div>"
        "<p>Screenings continue all week, with most directors present for questions.</p>"
        "</article></body></html>"
    )
    assert "source 11 said so in print" in blocks_to_text(read_html(html.encode(), "t.html").blocks)


def test_a_heading_above_a_removed_box_stays():
    # A section's heading introduces the prose under it, not the box the page put between.
    page = (FIXTURES / "label_mid_article.html").read_text().replace(
        "<p><strong>CHROME Also of interest:</strong></p>", "<h2>The jury</h2>"
    )
    assert "The jury" in blocks_to_text(read_html(page.encode(), "heading.html").blocks)


def test_a_short_box_before_the_last_long_paragraph_stays():
    # Only the article's tail is cleaned of short boxes: a short line between paragraphs is the text's.
    page = (FIXTURES / "short_box_in_tail.html").read_text()
    page = page.replace("<div><div>CHROME Comment</div></div>", "").replace(
        "<p>Organisers said", "<div><div>Friday, 8 pm.</div></div><p>Organisers said"
    )
    assert "Friday, 8 pm." in blocks_to_text(read_html(page.encode(), "short-line.html").blocks)


def _with_aside(where):
    # An <aside> of prose: the article's own fact box by shape, unless it sits in the article's tail.
    box = "<aside><p>Sign up for our weekly letter about films, festivals and the people who make them.</p></aside>"
    page = (FIXTURES / "short_box_in_tail.html").read_text().replace("<div><div>CHROME Comment</div></div>", "")
    anchor = "</article>" if where == "tail" else "<p>Organisers said"
    return blocks_to_text(read_html(page.replace(anchor, box + anchor).encode(), "aside.html").blocks)


def test_a_box_of_prose_flagged_by_a_weak_word_goes_after_the_last_long_paragraph():
    assert "weekly letter" not in _with_aside("tail")


def test_a_box_of_prose_flagged_by_a_weak_word_stays_before_the_last_long_paragraph():
    assert "weekly letter" in _with_aside("body")


PROSE = "The jury praised the film's patience and its cast of actors from the coast where it was made. "


@pytest.mark.parametrize(
    "link",
    ['<a class="more-link" href="/news/gulls/#more">Continue reading →</a>',
     '<a href="/news/gulls/">Continue reading <span class="screen-reader-text">Gulls heads to the coast</span></a>',
     '<a href="/news/gulls/">Weiterlesen »</a>'],
)
def test_a_continue_reading_link_closing_a_paragraph_is_no_text(link):
    """An excerpt's link to the whole post at the end of its last paragraph (WordPress prints
    "Continue reading <span>Post title</span>", WordPress/twentytwentyone#433): a control."""
    page = f"<html><body><article><h1>Gulls</h1><p>{PROSE * 3}</p><p>{PROSE} {link}</p></article></body></html>"
    text = blocks_to_text(read_html(page.encode(), "page.html").blocks)
    assert text.endswith("where it was made.") and "Continue" not in text and "Weiterlesen" not in text


def test_read_more_words_inside_a_sentence_stay():
    page = f'<html><body><article><h1>Gulls</h1><p>{PROSE * 3}</p><p>Critics who <a href="/a">read more</a> than the press kit liked it.</p></article></body></html>'
    assert "Critics who read more than the press kit liked it." in blocks_to_text(read_html(page.encode(), "page.html").blocks)
