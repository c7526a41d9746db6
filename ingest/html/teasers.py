"""Listing pages in HTML: a site's index of several articles' teasers, not one article.

Blogs and news CMSs mark each item of an index page (a category, an author's
page, the "Reviews" section, page 2 of the archive) as an ``<article>`` of its
own, as the HTML standard describes the element ("a blog entry, a news story:
an independent item of content"): a headline that links to the item's own
page, and a blurb. An article page holds one ``<article>`` with its text, and
perhaps teasers of other articles beside it; an index page holds only the
teasers. So a page is a listing when three or more sibling items are teasers
(a linked headline and few words) and no item holds an article's text.

Many themes mark no ``<article>`` at all: the index's main content is a run
of sibling cards of one shape (``<div class="post-card">``: a thumbnail, a
linked headline, a one-sentence blurb, a date), and a page of them was
published as an article titled by the site's name. So a page is a listing
too when the main content the extractor chose is three or more such cards
with little else (:func:`count_teaser_cards`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from bs4 import Comment, NavigableString, Tag

from ingest.html.page_index import PageIndex

# At least this many teasers make a listing (as for text dumps, ingest.text.teasers).
MIN_TEASERS = 3
# A teaser's blurb is a sentence or two; an article's text is longer than this, in words.
MAX_TEASER_WORDS = 80
# A card's blurb: at least this many words besides its headline (a bare list of linked
# headlines is a "Related" box, which may follow a short article).
MIN_BLURB_WORDS = 5
_HEADINGS = ("h1", "h2", "h3", "h4")


def count_teasers(page: PageIndex) -> int:
    """How many article teasers the page lists when it is a listing page, else 0."""
    items = [item for item in page.tags["article"] if item.find_parent("article") is None]
    teasers = _teasers_among(items, _linked_headline)
    if not teasers:
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
    return heading is not None and _is_linked(heading)


def count_teaser_cards(nodes: list[Tag]) -> int:
    """How many teaser cards the chosen main content ``nodes`` is made of, else 0.

    Cards: sibling elements of one tag and class list, each holding one linked
    headline and a blurb (:data:`MIN_BLURB_WORDS` to :data:`MAX_TEASER_WORDS`
    words); the largest such group counts when it has :data:`MIN_TEASERS` cards
    and the main content's words outside it are no more than a teaser's
    (an intro line, a pager), not an article's text.
    """
    groups: dict[tuple[int, str, tuple[str, ...]], list[Tag]] = {}
    for node in nodes:
        for card in _cards(node):
            classes = card.get("class")
            groups.setdefault((id(card.parent), card.name, tuple(classes) if isinstance(classes, list) else ()), []).append(card)
    cards = max(groups.values(), key=len, default=[])
    teasers = _teasers_among(cards, _has_blurb)
    if not teasers:
        return 0
    inside = sum(len(card.get_text(" ").split()) for card in cards)
    total = sum(len(node.get_text(" ").split()) for node in nodes)
    return teasers if total - inside <= MAX_TEASER_WORDS else 0


def _teasers_among(items: list[Tag], is_teaser: Callable[[Tag], bool]) -> int:
    """How many of ``items`` are teasers, or 0 when fewer than :data:`MIN_TEASERS` are or
    one holds an article's text (the page is that article, teasers or not beside it)."""
    if len(items) < MIN_TEASERS:
        return 0
    teasers = 0
    for item in items:
        if len(item.get_text(" ").split()) > MAX_TEASER_WORDS:
            return 0
        teasers += is_teaser(item)
    return teasers if teasers >= MIN_TEASERS else 0


def _has_blurb(card: Tag) -> bool:
    """Whether a card holds :data:`MIN_BLURB_WORDS` or more words besides its headline."""
    heading = card if card.name in _HEADINGS else card.find(_HEADINGS)
    return len(card.get_text(" ").split()) - len(heading.get_text(" ").split()) >= MIN_BLURB_WORDS


def _cards(node: Tag) -> list[Tag]:
    """The card of each linked headline under ``node``: its largest ancestor below ``node``
    that holds no other linked headline, when its parent holds others (siblings)."""
    headlines = [h for h in node.find_all(_HEADINGS) if _is_linked(h)]
    holding: Counter[int] = Counter()
    for headline in headlines:
        for ancestor in headline.parents:
            holding[id(ancestor)] += 1
            if ancestor is node:
                break
    found = []
    for headline in headlines:
        card = headline
        while card.parent is not node and holding[id(card.parent)] == 1:
            card = card.parent
        if holding[id(card.parent)] > 1:
            found.append(card)
    return found


def _is_linked(heading: Tag) -> bool:
    return heading.find("a", href=True) is not None or heading.find_parent("a", href=True) is not None
