"""Articles paged over several addresses: which page of its article an address is.

Long interviews and reviews are still split over pages on some sites, each page at an address of its
own that differs from the first by a page number in its query (``?page=2``, ``?pg=2``, ``?seite=2``,
``?pagina=2``). A curator who saves each page gets articles with one headline; the later ones are told
apart by their number. A number in the path is not read: after a slug it as often numbers an author's,
a tag's or a film's pages ("/author/jean-luc-godard/2/", "/film/the-lord-of-the-rings/2/") as a post's.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

# Query keys that number an article's pages (not WordPress's "p", a post's id, nor "paged", a listing's page).
PAGE_QUERY_KEYS = ("page", "pg", "seite", "pagina", "página", "pagenum")
# More pages than this is a listing's page or an id, not a page of one article.
MAX_ARTICLE_PAGES = 20


def page_number(url: str) -> int:
    """The page of a paged article that ``url`` addresses: 2 for ".../chen-on-lantern-street/?page=2",
    1 for any other address (the first page, an article on one page). Numbers above
    :data:`MAX_ARTICLE_PAGES` count as 1; a malformed address is 1."""
    try:
        query = urlsplit(url.strip()).query
    except ValueError:
        return 1
    for key, values in parse_qs(query).items():
        for value in values if key.lower() in PAGE_QUERY_KEYS else ():
            # Its length first: int() refuses over 4 300 digits (a ValueError), and a sidecar's address is
            # not shortened as a page's own addresses are.
            if value.isascii() and value.isdigit() and len(value.lstrip("0")) <= 2 and 1 < int(value) <= MAX_ARTICLE_PAGES:
                return int(value)
    return 1
