"""The rights notice a page prints in its footer becomes the article's rights
(shown in its header), when the page declares no rights metadata; it is never
body text, and an article's own "© Holder" credit is not the site's notice."""

import pytest

from ingest.html import read_html
from ingest.plaintext import blocks_to_text
from ingest.rights import find_notice

PROSE = (
    "The festival announced its programme on Monday, with forty features from twelve countries "
    "and a new section for restored classics."
)
MORE = "Organisers said the restored prints would be shown on film wherever the cinemas could still project it."
ARTICLE = f"<article><h1>Festival programme</h1><p>{PROSE}</p><p>{MORE}</p></article>"


def read(body: str, head: str = ""):
    return read_html(f"<html><head>{head}</head><body>{body}</body></html>".encode(), "page.html", "https://example.org/a")


def test_the_footer_copyright_line_is_the_rights_notice_and_not_body_text():
    article = read(ARTICLE + '<footer><nav><a href="/about">About</a></nav><p>© 2024 <a href="/">Example News</a>. All rights reserved.</p></footer>')
    assert article.metadata.rights == "© 2024 Example News. All rights reserved."
    assert "rights reserved" not in blocks_to_text(article.blocks)


def test_a_notice_in_a_div_classed_copyright_is_read_and_its_neighbours_are_not():
    footer = '<div id="site-footer"><div class="copyright">About us | Copyright © 2010-2024 Example Media | Privacy</div></div>'
    assert read(ARTICLE + footer).metadata.rights == "Copyright © 2010-2024 Example Media"


@pytest.mark.parametrize("line", ["Tous droits réservés.", "Alle Rechte vorbehalten", "All rights reserved"])
def test_the_reserved_rights_formula_alone_is_a_notice(line):
    assert read(ARTICLE + f"<footer><p>{line}</p></footer>").metadata.rights == line


def test_rights_metadata_wins_over_the_footer():
    head = '<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">'
    article = read(ARTICLE + "<footer><p>© 2024 Example News. All rights reserved.</p></footer>", head)
    assert article.metadata.rights == "https://creativecommons.org/licenses/by/4.0/"


def test_a_photo_credit_in_the_article_footer_is_not_the_sites_notice():
    body = f"<article><h1>Festival programme</h1><p>{PROSE}</p><p>{MORE}</p><footer><p>Photo © Lumen Studio</p></footer></article>"
    assert read(body).metadata.rights == ""


@pytest.mark.parametrize("line", ["Copyright policy", "Contact | Terms | Privacy", "In 2024 the festival showed © marks on posters" * 8])
def test_footer_links_and_running_text_are_not_notices(line):
    assert find_notice(line) == ""


def test_the_notice_ends_at_a_sentence_or_a_spaced_dash_and_keeps_its_years():
    assert find_notice("Copyright © 2019 BBC. The BBC is not responsible for the content of external sites.") == "Copyright © 2019 BBC"
    assert find_notice("© wehranlage.de 2006 – 2016 - Impressum") == "© wehranlage.de 2006 – 2016"
    assert find_notice("© 1995-2023 Informationsdienst Wissenschaft e.V.") == "© 1995-2023 Informationsdienst Wissenschaft e.V."


def test_a_notice_run_on_into_footer_links_is_read_from_its_own_element():
    footer = '<footer><div><span>Copyright © 2019, Quiller Media, Inc.,</span> <a href="/c">Contact Us</a> <a href="/p">Privacy Policy</a> <a href="/ads">Advertise on the site today</a> <a href="/d">Design by a studio in Berlin</a></div></footer>'
    assert read(ARTICLE + footer).metadata.rights == "Copyright © 2019, Quiller Media, Inc."


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        # The Chinese and Japanese order: the holder, the formula, then the sign and year; an address follows.
        ("影視前線 Frontline　版權所有 © 2024　高雄市苓雅區", "影視前線 Frontline 版權所有 © 2024"),
        ("Cinema Wave All Rights Reserved © 2023 Osaka", "Cinema Wave All Rights Reserved © 2023"),
    ],
)
def test_a_holder_before_the_formula_and_the_sign_after_it_is_the_notice(line, notice):
    assert find_notice(line) == notice
