"""Articles paged over several addresses: which page of its article an address is.

Long interviews and reviews are still split over pages on some sites, each page at an address of its
own that differs from the first by a page number: a query key (``?page=2``, ``?pg=2``, ``?seite=2``,
``?pagina=2``) or, on WordPress, a number after the headline's slug (``/the-headline/2/``). A curator
who saves each page gets articles with one headline; the later ones are told apart by their number.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

# Query keys that number an article's pages (not WordPress's "p", a post's id, nor "paged", a listing's page).
PAGE_QUERY_KEYS = ("page", "pg", "seite", "pagina", "página", "pagenum")
# More pages than this is a listing's page or an id, not a page of one article.
MAX_ARTICLE_PAGES = 20
# A slug before the number is the headline's when it shares this many words with it: an author's
# ("/author/jean-luc-godard/2/"), a tag's or a film's slug ("/film/the-lord-of-the-rings/2/", a
# user's second review) numbers something else.
MIN_HEADLINE_WORDS_IN_SLUG = 2
_WORD = re.compile(r"[^\W_]+")


def page_number(url: str, headline: str) -> int:
    """The page of a paged article that ``url`` addresses: 2 for ".../chen-on-lantern-street/?page=2",
    or for ".../chen-on-lantern-street/2/" when ``headline`` shares words with that slug; 1 for any
    other address (the first page, an article on one page). Numbers above :data:`MAX_ARTICLE_PAGES`
    count as 1; a malformed address is 1."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return 1
    numbers = [value for key, values in parse_qs(parts.query).items() if key.lower() in PAGE_QUERY_KEYS for value in values]
    segments = [segment for segment in parts.path.split("/") if segment]
    if len(segments) >= 2 and _shares_words(segments[-2], headline):
        numbers.append(segments[-1])
    for number in numbers:
        if number.isascii() and number.isdigit() and 1 < int(number) <= MAX_ARTICLE_PAGES:
            return int(number)
    return 1


def _shares_words(slug: str, headline: str) -> bool:
    return len(set(_WORD.findall(slug.lower())) & set(_WORD.findall(headline.lower()))) >= MIN_HEADLINE_WORDS_IN_SLUG
