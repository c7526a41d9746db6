"""Articles paged over several addresses: which page of its article an address is.

Long interviews and reviews are still split over pages on some sites, each page at an address of its
own that differs from the first by a page number: a query key (``?page=2``, ``?pg=2``, ``?seite=2``,
``?pagina=2``) or a last path segment (``/page/2/``, WordPress's ``/the-headline/2/``). A curator who
saves each page gets articles with one headline; the later ones are told apart by their number.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

# Query keys that number an article's pages (not WordPress's "p", a post's id, nor "paged", a listing's page).
PAGE_QUERY_KEYS = ("page", "pg", "seite", "pagina", "página", "pagenum")
# More pages than this is a listing's page or an id, not a page of one article.
MAX_ARTICLE_PAGES = 20
# A headline's slug: three words or more joined by hyphens ("chen-on-lantern-street-1236100001",
# "the-long-interview.html"); a section's "/movie-news/5/", a date's "/2024/11/" and an id's "/news/123/" are none.
_SLUG = re.compile(r"[^\W\d_]+-[^\W_]+-[^\W_]")


def page_number(url: str) -> int:
    """The page of a paged article that ``url`` addresses: 2 for "https://x.org/a-story/?page=2" or
    "https://x.org/a-story/2/", 1 for any other address (the first page, or an article on one page).
    Numbers above :data:`MAX_ARTICLE_PAGES` count as 1; a malformed address is 1."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return 1
    numbers = [value for key, values in parse_qs(parts.query).items() if key.lower() in PAGE_QUERY_KEYS for value in values]
    segments = [segment for segment in parts.path.split("/") if segment]
    # "/page/2", or a small number after a headline's slug ("/the-headline/2/", WordPress's paged post)
    if len(segments) >= 2 and (segments[-2].lower() == "page" or _SLUG.search(segments[-2])):
        numbers.append(segments[-1])
    for number in numbers:
        if number.isascii() and number.isdigit() and 1 < int(number) <= MAX_ARTICLE_PAGES:
            return int(number)
    return 1
