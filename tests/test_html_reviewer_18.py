"""A reviewer's faults in the eighteenth round's curator fixes to the HTML reader: one small
invented page per fault, the article's own lines kept where the fix took them for chrome."""

import pytest

from ingest.model import Footnote
from ingest.plaintext import blocks_to_text, inline_text
from tests.test_html_curator_18 import PROSE, read


def links(article) -> list[str]:
    return [inline.url for block in article.blocks for inline in getattr(block, "inlines", ()) if hasattr(inline, "url")]


# --- A cast or genre line under the headline is the article's, not a menu ----------------------

@pytest.mark.parametrize("line", [
    "Song Kang-ho · Lee Sun-kyun · Cho Yeo-jeong · Choi Woo-shik · Park So-dam",
    "役所広司 · 柄本時生 · 中野有紗 · アオイヤマダ · 田中泯",
    "드라마 · 스릴러 · 범죄 · 블랙 코미디 · 가족",
])
def test_a_cast_or_genre_line_under_the_headline_stays(line):
    page = f"<html><body><article><h1>Parasite, twenty years on</h1><p>{line}</p>{PROSE}</article></body></html>"
    assert line in blocks_to_text(read(page).blocks)


# --- A web archive's addresses are unwrapped only on a capture, and only to a real address -----

CAPTURE = "https://web.archive.org/web/20030314082211/http://www.filmweekly.co.kr/article/view.php?id=4412"


def cited_page(href: str, url: str | None = None):
    return read('<html><body><article><h1>Memory of Water, where memory seeps like water</h1>'
                f'<p>The festival\'s <a href="{href}">old programme</a> follows three witnesses to one afternoon, '
                "and each account changes what the last one seemed to show.</p>"
                f"{PROSE}</article></body></html>", url)


def test_a_news_page_citing_an_archived_copy_keeps_the_archives_address():
    archived = "https://web.archive.org/web/2003/http://www.filmweekly.co.kr/old.html"
    assert links(cited_page(archived, "https://news.example/story")) == [archived]


def test_a_captures_link_to_an_original_without_a_host_keeps_the_capture_address():
    odd = "https://web.archive.org/web/2003/http:///etc/passwd"
    assert links(cited_page(odd, CAPTURE)) == [odd]


def test_a_capture_address_whose_original_has_no_host_stays_the_source_url():
    odd = "https://web.archive.org/web/2003/http:///etc/passwd"
    assert read(f"<html><body><article><h1>A quiet film</h1>{PROSE}</article></body></html>", odd).metadata.source_url == odd


def test_a_capture_saved_from_the_browser_resolves_its_links_against_the_capture_and_unwraps_them():
    page = f"<!-- saved from url=(0082){CAPTURE} -->\n" + (
        '<html><body><article><h1>Memory of Water, where memory seeps like water</h1>'
        '<p>The director\'s <a href="/web/20030301000000/http://www.filmweekly.co.kr/people/park.html">first film</a> '
        "follows three witnesses to one afternoon, and each account changes what the last one seemed to show.</p>"
        f"{PROSE}</article></body></html>")
    article = read(page)
    assert links(article) == ["http://www.filmweekly.co.kr/people/park.html"]
    assert article.metadata.source_url == "http://www.filmweekly.co.kr/article/view.php?id=4412"


# --- A year is no count of an engagement bar ---------------------------------------------------

@pytest.mark.parametrize("line", ["Vote 2024", "Reply 1988", "Archive 2019 · 12"])
def test_a_short_line_with_a_year_and_a_button_word_stays(line):
    page = f"<html><body><article><h1>The patience of a slow director</h1>{PROSE}<p>{line}</p></article></body></html>"
    assert line in blocks_to_text(read(page).blocks)


# --- Jetpack's like heading is a whole line, not any line that begins so -----------------------

def test_a_sentence_beginning_like_this_colon_stays():
    line = "Like this: no cuts, no music, no close-ups, ever."
    page = f"<html><body><article><h1>The patience of a slow director</h1>{PROSE}<p>{line}</p></article></body></html>"
    assert line in blocks_to_text(read(page).blocks)


def test_a_button_word_with_a_number_after_it_is_a_title_not_a_bar():
    page = f"<html><body><article><h1>The patience of a slow director</h1>{PROSE}<p>Reply 88</p></article></body></html>"
    assert "Reply 88" in blocks_to_text(read(page).blocks)


# --- Endnotes brought into the article: out of the left-out record; a menu is no notes list ---

def noted_page(after: str, marker: str = '<sup><a href="#fn1">1</a></sup>'):
    return read("<html><body><article><h1>The salt field, a patient film</h1>"
                f"<p>We first saw the director in Berlin with <em>Memory of Water</em>{marker}, "
                f"a seaside film of a sovereign slowness that few critics there had expected.</p>{PROSE}</article>"
                f"{after}</body></html>")


def test_an_endnotes_list_brought_into_the_article_is_no_longer_reported_left_out():
    article = noted_page('<section class="notes"><h2>Notes</h2><ol><li id="fn1">International title; Forum, Berlinale 2003.'
                         "</li></ol></section>")
    assert [n.label for n in article.blocks if isinstance(n, Footnote)] == ["1"]
    assert not any("Berlinale 2003" in entry.text for entry in article.dropped)


def test_a_menu_list_a_marker_happens_to_point_to_is_no_footnote():
    article = noted_page('<ul><li id="top"><a href="/">Home</a></li></ul>', '<sup><a href="#top">1</a></sup>')
    assert [inline_text(n.inlines) for n in article.blocks if isinstance(n, Footnote)] == []


# --- A <title> is the site's only by the site's chrome, never by the article's own lines ----------

def test_a_title_part_that_is_the_h1_stays_the_title_beside_a_facts_line_and_a_home_link():
    page = ("<html><head><title>Anatomie eines Falls | Filmkritik</title></head><body>"
            '<nav><a href="/">Filmkritik</a></nav><article><h1>Anatomie eines Falls</h1><h2>Ein Film über Wahrheit</h2>'
            f"<p>Anatomie eines Falls · Frankreich · Justine Triet</p>{PROSE}</article></body></html>")
    article = read(page)
    assert article.metadata.title == "Anatomie eines Falls"
    assert "Ein Film über Wahrheit" in blocks_to_text(article.blocks)


def test_a_title_that_is_a_one_step_permalinks_text_outside_the_sites_chrome_stays():
    page = ("<html><head><title>Oppenheimer</title></head><body><div class='post'><h3>Why Nolan matters</h3>"
            f'{PROSE}</div><aside><a href="https://blog.example/oppenheimer/">Oppenheimer</a></aside></body></html>')
    assert read(page).metadata.title == "Oppenheimer"


def test_a_title_that_is_the_home_links_text_in_the_sites_header_is_the_sites():
    page = ("<html><head><title>Filmkritik</title></head><body>"
            '<header><a href="/">Filmkritik</a></header><div class="post"><h3>Why Nolan matters</h3>'
            f"{PROSE}</div></body></html>")
    assert read(page).metadata.title == "Why Nolan matters"


# --- German "abmelden" alone is "log out", no newsletter's opt-out ------------------------------

def test_a_closing_paragraph_with_a_log_out_link_is_no_mailing_footer():
    line = 'Kommentare sind nur für Mitglieder sichtbar, bitte zuerst einloggen oder wieder <a href="/logout">abmelden</a>.'
    page = f"<html><body><article><h1>Anatomie eines Falls</h1>{PROSE}<p>{line}</p></article></body></html>"
    assert not any(entry.reason.startswith("mailing footer") for entry in read(page).dropped)
