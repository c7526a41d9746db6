"""The lead: prose between the article's headline and the body container the rules chose.

Pages put the lead paragraph (standfirst, intro, summary, "chapo") in the
article's header, next to the headline and above the body's own container:
``<header><h1>…</h1><p class="intro">…</p></header><div class="body">…``.
The container scoring (``extract.choose_container``) rightly picks the body,
and the lead, outside it, was lost: on the dev split of extraction-wide it
was the largest single kind of missed main content (about a third of the
must-keep passages found outside the container; trafilatura keeps them).

A block joins the article as its lead when, by shape and position only:

- it lies after the headline (the last ``<h1>`` before the container, the
  container holding none; or the ``<h2>`` of the article's own ``<header>``
  beside the container, when the ``<h1>`` names the site or the section)
  and before the container, in document order;
- it reads as prose: at least ``rules.LEAD_MIN_CHARS`` and
  ``rules.LEAD_MIN_WORDS``, sparsely linked (``rules.PROSE_LINK_DENSITY``),
  not a dateline, not a chrome phrase, not a caption;
- no element around it is chrome by anything but a weak word the article's
  own parts also carry (``rules.LEAD_TOLERATED_CHROME``: an intro classed
  "teaser" in the ``<header>`` element);
- it holds no picture or timestamp (a header band mixing them with text);
- it does not repeat text of the body;
- it is the first such block or a sibling of it (a review note or a
  caption further down is not part of the lead).

At most ``rules.LEAD_MAX_BLOCKS`` blocks, and at most
``rules.LEAD_MAX_SHARE`` of the body's text: a lead, not a second article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bs4 import Tag

from ingest import dates
from ingest.html import rules

if TYPE_CHECKING:
    from ingest.html.extract import Stats

# Elements the walk from the headline to the body gives up after (a page
# whose headline sits far above its body has no lead next to it).
_WALK_LIMIT = 400
_CAPTION_TAGS = frozenset({"figure", "figcaption", "caption", "picture"})
_NOT_IN_A_LEAD = ["img", "picture", "figure", "time", "video"]
# A clock time right after a date, its separator and a word at most between
# ("28 kwietnia 2021, 06:29", "4 May 2022 at 07:46", "12.03.2024 | 14h30", "5. März 2024, 14.30 Uhr");
# a time with a full stop only before "Uhr", "h", a separator or the end ("12.50 euros" is a price).
_CLOCK_AFTER_DATE = re.compile(r"\W{0,3}(?:\w+\s+)?\d{1,2}(?:[:h]\d{2}\b|\.\d{2}(?=\s*(?:Uhr\b|h\b|[|·•–—-]|$)))")


def lead_blocks(nodes: list[Tag], stats: dict[int, Stats], is_chrome_line: Callable[[Stats], bool]) -> list[Tag]:
    """The lead blocks above the chosen ``nodes``, in document order (see the module docstring).

    :param stats: ``extract.measure``'s statistics by ``id(tag)``.
    :param is_chrome_line: ``(Stats) -> bool``, a short line the pruning
        rules call chrome (a dateline, "Share this").
    """
    if not nodes:
        return []
    first = nodes[0]
    headline = _header_headline(first)
    if headline is None:
        if any(_opens_with_h1(n, stats) for n in nodes):
            return []  # the container holds the headline: nothing above it is the lead
        headline = first.find_previous("h1")
    if headline is None:
        return []
    inside_headline = set(map(id, headline.descendants))
    candidates: list[Tag] = []
    taken: set[int] = set()
    for steps, element in enumerate(headline.next_elements):
        if element is first or steps > _WALK_LIMIT:
            break
        if not isinstance(element, Tag) or id(element) in inside_headline:
            continue
        if any(id(parent) in taken for parent in element.parents):
            continue
        st = stats.get(id(element))
        if st is None or not st.para:
            continue
        if _reads_as_lead(st, is_chrome_line) and _region_is_article(element, headline, stats):
            candidates.append(element)
            taken.add(id(element))
    # One lead, in one place: the first block and its siblings (a review
    # note or a caption further down is not part of it).
    candidates = [c for c in candidates if c.parent is candidates[0].parent] if candidates else []
    if not candidates or len(candidates) > rules.LEAD_MAX_BLOCKS:
        return []
    body_text = " ".join(" ".join(n.get_text(" ").split()) for n in nodes)
    kept = [c for c in candidates if " ".join(c.get_text(" ").split()) not in body_text]
    body_chars = sum(st.text for n in nodes if (st := stats.get(id(n))) is not None)
    if sum(stats[id(c)].text for c in kept) > rules.LEAD_MAX_SHARE * body_chars:
        return []
    return kept


def _opens_with_h1(node: Tag, stats: dict[int, Stats]) -> bool:
    """Whether ``node`` holds an ``<h1>`` before any paragraph of prose: the article's headline.
    An ``<h1>`` after the body's first paragraph is a section heading set in the wrong level
    (CMS editors pick heading levels by size), and the headline lies above the container."""
    heading = node.find("h1")
    if heading is None:
        return False
    for element in node.descendants:
        if element is heading:
            return True
        st = stats.get(id(element)) if isinstance(element, Tag) and element.name == "p" else None
        if st is not None and st.para and st.text >= rules.LEAD_MIN_CHARS:
            return False
    return True


def _header_headline(first: Tag) -> Tag | None:
    """The ``<h2>`` of the article's own ``<header>`` just above ``first`` (a header beside the
    body or its parent, not in a ``<nav>``), or None: the article's headline when the page keeps its
    ``<h1>`` for the site's or the section's name."""
    nearest = first.find_previous(("h1", "h2"))
    if nearest is None or nearest.name != "h2":
        return None
    header = nearest.find_parent("header")
    if header is None or nearest.find_parent("nav") is not None or header.find("h1") is not None:
        return None
    near = (first.parent, first.parent.parent if first.parent is not None else None)
    return nearest if header.parent is not None and any(header.parent is p for p in near) else None


def _reads_as_lead(st: Stats, is_chrome_line: Callable[[Stats], bool]) -> bool:
    """Prose by shape: long enough, enough words, few links, not a caption or a chrome line."""
    tag = st.tag
    if tag.name in _CAPTION_TAGS or st.text < rules.LEAD_MIN_CHARS:
        return False
    if tag.find(_NOT_IN_A_LEAD) is not None:
        return False  # a block holding a picture or a timestamp is a header band, not a lead
    if st.link > rules.PROSE_LINK_DENSITY * st.text:
        return False
    if len(st.head.split()) < rules.LEAD_MIN_WORDS or not any(ch.islower() for ch in st.head):
        return False
    return not _opens_with_timestamp(st.head) and not is_chrome_line(st)


def _opens_with_timestamp(text: str) -> bool:
    """Whether ``text`` opens with a date and its clock time, written out rather than in a
    ``<time>`` element ("28 kwietnia 2021, 06:29 Ten tekst przeczytasz w mniej niż minutę"):
    the header band's timestamp with the reading time, not the standfirst."""
    if not any(c.isdigit() for c in text[:40]):
        return False
    found = dates.find_date(text)
    return found is not None and found.start <= 1 and _CLOCK_AFTER_DATE.match(text, found.end) is not None


def _region_is_article(element: Tag, headline: Tag, stats: dict[int, Stats]) -> bool:
    """No element between ``element`` and its common ancestor with the headline is a caption
    or chrome other than the tolerated weak words."""
    above_headline = {id(p) for p in headline.parents}
    for parent in (element, *element.parents):
        if id(parent) in above_headline:
            return True
        if parent.name in _CAPTION_TAGS:
            return False
        st = stats.get(id(parent))
        reason = st.flag if st is not None else None
        if reason is not None and not any(word in reason for word in rules.LEAD_TOLERATED_CHROME):
            return False
    return True


def deck_with_lead(deck: list[str], lead: list[str]) -> list[str]:
    """The page's deck (metadata's, from class words) followed by the lead lines it lacks.

    The lead is shown as the deck, above the body, not as body text: it is
    the article's standfirst, which whole-body references (extraction-dev's
    true bodies) leave out and a card summary must not show (``ingest.summary``).
    A line already in the deck (or holding it, or held by it) is not repeated.
    """
    keys = [" ".join(line.split()).casefold() for line in deck]
    out = list(deck)
    for line in lead:
        key = " ".join(line.split()).casefold()
        if key and not any(key in k or k in key for k in keys):
            out.append(line)
            keys.append(key)
    return out

