"""The faults a first-time curator's pages showed that the sixteenth round left open
(seventeenth round): one small invented page per fault, in the shape of the platform."""

import pytest

from ingest.html import read_html
from ingest.model import Figure
from ingest.plaintext import blocks_to_text, inline_text

PROSE = (
    "<p>The director's new film follows three witnesses to one afternoon, and each account "
    "changes what the last one seemed to show.</p>"
)


def read(html: str, url: str | None = None):
    return read_html(html.encode(), "page.html", url)


# --- An old hand-made page of tables and <font> elements ---------------------------------

OLD_TABLE_PAGE = (
    "<html><head><title>Cine Velho - Crítica: O Rio</title></head><body><table><tr>"
    '<td><font size="1"><a href="i.htm">Início</a><br><a href="c.htm">Críticas</a></font></td>'
    '<td><font size="4"><b>Crítica: O Rio, de Ana Lima</b></font><br>'
    '<font size="1">por Rui Costa - 02/03/2017</font><br><br>'
    '<font size="2">O filme de Ana Lima segue três testemunhas de uma tarde, e cada relato muda o que o anterior '
    "parecia mostrar. A montagem é de uma paciência rara.<br><br>"
    "A fotografia é de uma beleza quase insuportável, e o som do rio ocupa cada plano.</font></td></tr>"
    '<tr><td colspan="2"><font size="1">© 2017 Cine Velho - melhor visualizado em 800x600</font></td></tr>'
    "</table></body></html>"
)


def test_a_byline_in_a_font_element_on_a_line_of_its_own_names_the_author():
    assert read(OLD_TABLE_PAGE).metadata.authors == ["Rui Costa"]


def test_a_byline_in_a_font_element_is_left_out_of_the_body():
    assert "por Rui Costa" not in blocks_to_text(read(OLD_TABLE_PAGE).blocks)


# --- An AMP page ------------------------------------------------------------------------------

AMP_PAGE = (
    '<html amp><head><title>Ana Lima wins in Cannes - Screen</title></head><body><article>'
    "<h1>Ana Lima wins in Cannes</h1>"
    '<amp-img src="https://example.com/a.jpg" width="1200" height="800" alt="Ana Lima"></amp-img>'
    '<p class="caption">Ana Lima at the closing ceremony.</p>' + PROSE * 3 +
    '<div class="related"><h3>Related</h3><a>Lima on her river film: "Patience"</a><a>Cannes 2022: the full list</a></div>'
    "</article></body></html>"
)


def test_a_paragraph_classed_as_a_caption_under_a_lone_picture_is_its_caption():
    blocks = read(AMP_PAGE).blocks
    assert isinstance(blocks[0], Figure)
    assert inline_text(blocks[0].caption) == "Ana Lima at the closing ceremony."
    assert all("closing ceremony" not in blocks_to_text([b]) for b in blocks[1:])


def test_a_related_box_of_placeholder_links_is_left_out():
    # <a> without href (a script fills the address in): the box is links all the same.
    body = blocks_to_text(read(AMP_PAGE).blocks)
    assert "Related" not in body and "full list" not in body


ASIDE_PAGE = (
    "<html><head><title>The island shoot - Screen</title></head><body><article><h1>The island shoot</h1>"
    + PROSE * 3 + "<aside><p>{anchor}, and the crew slept in the old school for the whole of the winter, "
    "waiting for the light to change over the water.</p></aside></article></body></html>"
)


def test_an_aside_of_prose_under_a_named_anchor_stays():
    # An old Word-exported page marks its sections with <a name>: a target, not a link.
    page = ASIDE_PAGE.format(anchor='<a name="_Toc1">The shoot lasted eleven weeks on the island in the north</a>')
    assert "eleven weeks" in blocks_to_text(read(page).blocks)


def test_an_aside_of_prose_with_a_placeholder_link_in_a_third_of_it_stays():
    # Links with no address yet leave a box only when it is mostly links.
    page = ASIDE_PAGE.format(anchor="<a>The shoot lasted eleven weeks on the island in the north</a>")
    assert "eleven weeks" in blocks_to_text(read(page).blocks)


def test_a_slashed_date_in_the_byline_that_reads_either_way_does_not_date_the_page():
    # "02/03/2017": 2 March or 3 February; htmldate reads the page whole.
    assert read(OLD_TABLE_PAGE).metadata.date != "2017-02-03"


def test_a_bold_line_above_the_text_holding_the_title_is_the_headline_not_the_body():
    assert not blocks_to_text(read(OLD_TABLE_PAGE).blocks).startswith("Crítica")


def test_a_bold_opening_sentence_that_does_not_hold_the_title_stays():
    page = OLD_TABLE_PAGE.replace("Crítica: O Rio, de Ana Lima", "Um filme de paciência")
    assert "Um filme de paciência" in blocks_to_text(read(page).blocks)


# --- A writers' platform: its footer's notice is the platform's, not the post's ------------------

NOTE_POST = (
    "<html><head><title>川の映画を三度観て｜キム・ハナ｜note</title></head><body><main><article>"
    "<h1>川の映画を三度観て</h1><div class='o-noteContentHeader__info'><a class='o-noteContentHeader__name'>キム・ハナ</a>"
    "<time datetime='2023-06-20T12:05:00+09:00'>2023年6月20日 12:05</time></div>"
    "<p>三人の証人が一つの午後を語る映画で、語りが変わるたびに前の場面の意味が変わる。</p>"
    "<p>三度目に観たとき、私は初めて校長先生の表情に気づいた。その演技は、この映画の中で最も静かだ。</p>"
    "<div class='m-creatorProfile'><p>キム・ハナ</p><p>映画批評。ソウルとリスボンで映画を観ている。</p></div></article></main><footer>© note inc.</footer></body></html>"
)


def test_a_writers_platforms_footer_notice_is_not_the_posts_rights():
    article = read(NOTE_POST)
    assert article.metadata.authors == ["キム・ハナ"]
    assert article.metadata.rights == ""


def test_a_news_sites_footer_notice_stays_the_articles_rights():
    page = NOTE_POST.replace("｜キム・ハナ｜note", " - Screen").replace("© note inc.", "© 2022 Screen")
    assert read(page).metadata.rights == "© 2022 Screen"


def test_a_notice_opening_an_old_pages_last_line_is_its_rights():
    # No footer element: the layout table's last row prints "© 2017 Site - best seen at 800x600".
    assert read(OLD_TABLE_PAGE).metadata.rights == "© 2017 Cine Velho"


def test_a_picture_credit_closing_a_page_is_no_rights_notice():
    page = OLD_TABLE_PAGE.replace("© 2017 Cine Velho - melhor visualizado em 800x600", "A sala do cinema. (Foto © Rui Costa)")
    assert read(page).metadata.rights == ""


@pytest.mark.parametrize(
    "last_row",
    [
        '<figure><img src="https://example.com/p.jpg"><figcaption>© Netflix</figcaption></figure>',
        '<img src="https://example.com/p.jpg"><br>© CJ Entertainment 2019',
        '<p class="wp-caption-text">© Netflix</p>',
    ],
)
def test_a_picture_credit_on_an_old_pages_last_line_is_no_rights_notice(last_row):
    page = OLD_TABLE_PAGE.replace('<font size="1">© 2017 Cine Velho - melhor visualizado em 800x600</font>', last_row)
    assert read(page).metadata.rights == ""
