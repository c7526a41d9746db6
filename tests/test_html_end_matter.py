"""The boxes that close an article's element: a share bar and the author's bio box are left out."""

import pytest

from ingest.html import read_html
from ingest.html import end_matter
from tests import articles

PROSE = "<p>The director talks about the long winter shoot on the island and the actors who stayed for all of it.</p>" * 4
PAGE = (
    '<html><head><title>An interview</title><meta name="author" content="Marta Rossi"></head><body><article>'
    "<h1>An interview</h1>" + PROSE + "{end}</article></body></html>"
)


def _read(end: str):
    article = read_html(PAGE.format(end=end).encode(), "page.html")
    return articles.body(article), articles.reasons(article)


def test_a_share_bar_closing_the_article_is_dropped():
    body, dropped = _read('<div class="x1">Teilen: <a>Facebook</a> <a>Bluesky</a> <a>E-Mail</a></div>')
    assert "Bluesky" not in body
    assert dropped["Teilen: Facebook Bluesky E-Mail"].startswith("share bar")


def test_an_author_bio_box_under_a_heading_is_dropped():
    body, dropped = _read("<div><h4>Marta Rossi</h4><p>Critica cinematografica, scrive di cinema asiatico dal 2012.</p></div>")
    assert "Marta Rossi" not in body and "Critica" not in body
    assert "author's bio" in dropped["Marta Rossi Critica cinematografica, scrive di cinema asiatico dal 2012."]


def test_an_author_bio_opening_with_her_name_is_dropped_after_a_share_bar():
    body, _ = _read("<p>Marta Rossi is a critic based in Turin.</p><div>Share <a>X</a> <a>Facebook</a></div>")
    assert "Marta Rossi is a critic" not in body and "Facebook" not in body


def test_a_last_paragraph_about_someone_else_stays():
    body, _ = _read("<div><h4>Kim Min-hee</h4><p>She plays the lead in all of his last films.</p></div>")
    assert "She plays the lead" in body


def test_a_paragraph_naming_the_author_in_the_middle_of_the_article_stays():
    page = PAGE.format(end="").replace("<h1>An interview</h1>", "<h1>An interview</h1><p>Marta Rossi is a critic; she met him twice.</p>")
    assert "Marta Rossi is a critic" in articles.body(read_html(page.encode(), "page.html"))


def test_an_interviews_last_question_headed_by_the_authors_name_stays():
    body, _ = _read("<p><b>Marta Rossi</b>: And will you shoot the next one on the island too?</p>")
    assert "And will you shoot the next one" in body


@pytest.mark.parametrize("end, shown, reason", [
    # Blogger's "Labels: a, b, c" (WordPress "Tags:", "Étiquettes :"): a label, then only links.
    ('<div class="x2"><span>Labels: <a>festivals</a>, <a>Kim Min-hee</a>, <a>Busan</a></span></div>',
     "Labels: festivals , Kim Min-hee , Busan", "tag line"),
    # WP-Print's print view closes with the article's address under its own label.
    ("<p>URL to article: https://site.example/?p=4411</p>", "URL to article: https://site.example/?p=4411",
     "print view's address line"),
])
def test_a_closing_line_of_platform_furniture_is_dropped(end, shown, reason):
    body, dropped = _read(end)
    assert shown.split()[-1] not in body
    assert dropped[shown].startswith(reason)


def test_a_last_sentence_with_a_colon_and_a_link_stays():
    body, _ = _read('<p>Where to see it: <a>the Cinémathèque</a> on Sunday, with a talk by the critic.</p>')
    assert "Where to see it" in body


def test_a_sign_up_prompt_over_an_email_box_is_dropped():
    # Substack's "Thanks for reading ... Subscribe for free": a short line, then an email input and a button.
    body, dropped = _read('<div class="w"><div class="preamble"><p>Thanks for reading the letter! '
                          'Sign up free for new posts.</p></div><form><input type="email" placeholder="Your email">'
                          '<input type="submit" value="Subscribe"></form></div>')
    assert "Thanks for reading" not in body
    assert dropped["Thanks for reading the letter! Sign up free for new posts."].startswith("sign-up prompt")


def test_a_prompt_in_the_flow_that_names_the_boxs_button_is_dropped():
    # The prompt outside the widget, over a box whose button it names ("Subscribe"), as a curator's Substack page had it.
    body, dropped = _read('<p>Thanks for reading the letter! Subscribe for free to receive new posts.</p>'
                          '<div class="w"><input type="email" placeholder="Your email"><button>Subscribe</button></div>')
    assert "Thanks for reading" not in body
    assert dropped["Thanks for reading the letter! Subscribe for free to receive new posts."].startswith("sign-up prompt")


@pytest.mark.parametrize(
    "end",
    [
        # A sentence of the article's flow, then a bare form: the line is no part of the widget.
        '<p>Parasite opens on Friday in 300 cinemas.</p><form><input type="email"><button>Go</button></form>',
        '<p><b>Parasite opens on Friday in 300 cinemas.</b></p>'
        '<div><input type="email"><input type="submit" value="Subscribe"></div>',
        # A question shares "your" with the box's placeholder, not an action with its button.
        '<p>Parasite opens on Friday: what was your favourite film?</p>'
        '<div><input type="email" placeholder="Enter your email"><button>Send</button></div>',
    ],
)
def test_the_articles_line_before_a_bare_email_box_stays(end):
    body, _ = _read(end)
    assert "Parasite opens on Friday" in body


@pytest.mark.parametrize(
    "box",
    [
        '<div><input type="search"><button>Search</button></div>',  # a search box asks for no address
        # A comment or contact form asks for more than an address: a text area.
        '<form><p>Email <input type="email"></p><textarea></textarea><button>Post</button></form>',
    ],
)
def test_the_line_before_a_box_of_another_kind_is_no_sign_up_prompt(box):
    body, _ = _read(f"<p>It opens in Turin on Friday.</p>{box}")
    assert "It opens in Turin" in body


def test_a_print_label_with_more_words_than_the_address_stays():
    body, _ = _read("<p>URL to article: https://site.example/?p=4411 was the first of the festival's diaries.</p>")
    assert "URL to article" in body



def test_a_block_of_many_short_strings_is_read_for_an_end_mark_once(monkeypatch):
    # Each short string after the first text read its block's whole text again: 8 000 bold words
    # in one paragraph took 95 s. The work is one reading per block.
    texts = []
    monkeypatch.setattr(end_matter, "is_end_mark", lambda text: texts.append(text) or False)
    read_html(PAGE.format(end="<p>" + "<b>ab</b> " * 200 + "</p>").encode(), "page.html")
    assert len(texts) <= 5
