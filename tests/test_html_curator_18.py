"""The faults a film critic's archive of one director's career showed the HTML reader
(eighteenth round): one small invented page per fault, in the shape of the platform."""

import pytest

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


# --- A byline's names end before the time it was posted at --------------------------------


@pytest.mark.parametrize("footer", [
    'posted by Jane Doe at <a class="timestamp-link" href="#">11:02 PM</a>',  # Blogger's post footer
    "posted by Jane Doe at 11:02 PM",
])
def test_a_blog_post_footer_byline_ends_before_at_and_the_time(footer):
    page = (f'<html><body><div class="post"><h3 class="post-title">A Quiet Film</h3>'
            f'<div class="post-body">{PROSE}</div><div class="post-footer">{footer}</div></div></body></html>')
    assert read(page).metadata.authors == ["Jane Doe"]
