"""The faults a Korean film researcher's archive showed the HTML reader (nineteenth round): one
small invented page per fault, in the shape of the Korean press's pages."""

from ingest.html import read_html
from ingest.plaintext import blocks_to_text

PROSE = (
    "<p>The director's new film follows three witnesses to one afternoon, and each account "
    "changes what the last one seemed to show.</p>"
    "<p>The editing keeps a rare patience, and the sound of the river fills every shot of the "
    "long final sequence.</p>"
)


def read(html: str, url: str | None = None):
    return read_html(html.encode(), "page.html", url)


def test_a_posted_and_updated_line_is_the_headers_not_the_text():
    page = ('<html><body><div class="article"><h1>Jang Yoon-seo on her first feature</h1>'
            '<div class="date">Posted : 2024-11-04 16:20 | Updated : 2024-11-05 09:02</div>'
            f"{PROSE}</div></body></html>")
    assert blocks_to_text(read(page).blocks).startswith("The director's new film")


def test_a_section_path_over_the_headline_is_no_deck():
    page = ('<html><body><div class="article"><div class="kicker">Entertainment &amp; Arts &gt; Films</div>'
            f'<h1>Jang Yoon-seo on her first feature</h1>{PROSE}</div></body></html>')
    assert read(page).metadata.deck == []
