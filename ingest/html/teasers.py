"""Listing pages in HTML: a site's index of several articles' teasers, not one article.

Blogs and news CMSs mark each item of an index page (a category, an author's
page, the "Reviews" section, page 2 of the archive) as an ``<article>`` of its
own, as the HTML standard describes the element ("a blog entry, a news story:
an independent item of content"): a headline that links to the item's own
page, and a blurb. An article page holds one ``<article>`` with its text, and
perhaps teasers of other articles beside it; an index page holds only the
teasers. So a page is a listing when three or more sibling items are teasers
(a linked headline and few words) and no item holds an article's text.
"""

from __future__ import annotations

from bs4 import Comment, NavigableString, Tag

from ingest.html.page_index import PageIndex

# At least this many teasers make a listing (as for text dumps, ingest.text.teasers).
MIN_TEASERS = 3
# A teaser's blurb is a sentence or two; an article's text is longer than this, in words.
MAX_TEASER_WORDS = 80
_HEADINGS = ("h1", "h2", "h3", "h4")


def count_teasers(page: PageIndex) -> int:
    """How many article teasers the page lists when it is a listing page, else 0."""
    items = [item for item in page.tags["article"] if item.find_parent("article") is None]
    if len(items) < MIN_TEASERS:
        return 0
    teasers = 0
    for item in items:
        words = len(item.get_text(" ").split())
        if words > MAX_TEASER_WORDS:
            return 0  # an item with an article's text: the page is that article, teasers or not beside it
        teasers += _linked_headline(item)
    if teasers < MIN_TEASERS:
        return 0
    # Teasers in a sidebar or under an article whose text is not marked as an <article>: the page
    # is that article, whose text stands outside the items (and outside the page's chrome).
    return teasers if _words_outside(page.soup.body or page.soup) <= MAX_TEASER_WORDS else 0


# Elements whose words are the page's chrome or the items themselves, not an article's text.
_NOT_TEXT = frozenset({"article", "nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template", "select"})


def _words_outside(root: Tag) -> int:
    """Words of ``root`` outside its items and its chrome elements (their subtrees are not walked)."""
    words = 0
    stack = [root]  # a loop, not recursion: a hostile page may nest deeper than Python's stack
    while stack:
        for child in stack.pop().children:
            if isinstance(child, Tag):
                if child.name not in _NOT_TEXT:
                    stack.append(child)
            elif isinstance(child, NavigableString) and not isinstance(child, Comment):
                words += len(child.split())
    return words


def _linked_headline(item: Tag) -> bool:
    """Whether the item's headline links to another page (its article)."""
    heading = item.find(_HEADINGS)
    return heading is not None and (heading.find("a", href=True) is not None or heading.find_parent("a", href=True) is not None)
