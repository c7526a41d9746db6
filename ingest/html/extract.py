"""Find the article in a parsed page and strip the chrome around and inside it.

Pipeline (``extract_main``):

1. ``measure`` walks the tree once, bottom-up with an explicit stack (pages can
   nest 100 000 levels deep), and records for every element its visible text
   length, link-text length, *prose* (text of paragraph-like blocks that are
   not link lists) and whether page-chrome rules flag it (``rules.py``).
2. ``choose_container`` scores elements the way Readability does (a paragraph
   credits its parent fully and its grandparent half), discounting link-heavy
   elements and rewarding containers the page labels as the article body;
   JSON-LD ``articleBody``, when present, checks the choice.
3. Siblings of the winner join it when they hold a fair share of prose
   (article bodies split into several columns or sections).
4. ``prune`` removes flagged and link-heavy blocks inside the chosen nodes.

Every block of visible text left out is reported as ``Dropped(text, reason)``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag

from ingest import byline_shape, dates
from ingest.engagement_shape import ENGAGEMENT_REASON, is_engagement_bar
from ingest.html import rules
from ingest.html.block_model import BlockModel
from ingest.html.blocks import TextBlock, block_features, may_drop, page_blocks
from ingest.html.classify import body_bonus, chrome_reason
from ingest.html.lead import lead_blocks
from ingest.html.peer_vote import apply_peer_vote
from ingest.model import Dropped
from ingest.text import rules as text_rules
from ingest.html.treebuilder import find_strings

_DROPPED_CHARS = 200


@dataclass(slots=True)
class Stats:
    """Measurements of one element's subtree (flagged descendants excluded)."""

    text: int = 0
    link: int = 0
    prose: float = 0.0
    raw_prose: float = 0.0  # prose counting flagged descendants too
    score: float = 0.0  # Readability-style credit from paragraph children and grandchildren
    best_score: float = 0.0  # the highest score in this subtree
    flag: str | None = None  # why rules flag this element as chrome, if they do
    tag: Tag | None = None
    para: bool = False  # the element itself is a paragraph of prose
    head: str = ""  # the first characters of its visible text (for Dropped and phrase rules)
    # How many children of each (tag, classes) hold a link, counted once (:func:`_is_card_of_a_grid`).
    linked_children: Counter[tuple[str, tuple[str, ...]]] | None = None


@dataclass(slots=True)
class Extraction:
    """The chosen article nodes, in document order, and what was left out."""

    nodes: list[Tag]
    dropped: list[Dropped] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)  # the standfirst above the body (``lead.py``), one line a block


# --- Measuring -----------------------------------------------------------------


def measure(
    root: Tag, ignore_flags: frozenset[int] = frozenset(), flags: dict[int, str | None] | None = None
) -> dict[int, Stats]:
    """Bottom-up statistics for every element under ``root``, keyed by ``id(tag)``.

    Iterative post-order walk; a flagged element gets its own stats but adds
    nothing to its ancestors, and paragraphs inside it credit no one.
    ``ignore_flags`` lists elements whose chrome flag was overruled;
    ``flags`` caches ``chrome_reason`` between walks of the same tree.
    """
    if flags is None:
        flags = {}
    stats: dict[int, Stats] = {}
    credit: dict[int, float] = {}
    unsafe = rules.UNSAFE_TAGS
    inline = rules.INLINE_TAGS
    para_tags = rules.PARAGRAPH_TAGS
    min_chars = rules.MIN_PARAGRAPH_CHARS
    max_density = rules.MAX_LINK_DENSITY
    head_chars = _DROPPED_CHARS
    chrome_tags = rules.CHROME_TAGS
    thread_tags = rules.THREAD_TAGS  # a bare one may hold a comment thread by its shape
    # frame: [tag, children iterator, stats, inline text, inside a flagged subtree]
    root_flag = None if id(root) in ignore_flags else chrome_reason(root)
    stack = [[root, iter(root.contents), Stats(flag=root_flag, tag=root), 0, root_flag is not None]]
    while stack:
        frame = stack[-1]
        st = frame[2]
        descended = False
        for child in frame[1]:
            if type(child) is NavigableString:
                stripped = child.strip()
                if stripped:
                    st.text += len(stripped)
                    frame[3] += len(stripped)
                    if len(st.head) < head_chars:
                        st.head = f"{st.head} {stripped}"[:head_chars] if st.head else stripped[:head_chars]
                continue
            if not isinstance(child, Tag) or child.name in unsafe:
                continue
            key = id(child)
            if key in flags:
                flag = flags[key]
            elif not child.attrs and child.name not in chrome_tags and child.name not in thread_tags:
                flag = flags[key] = None  # what chrome_reason says of a bare element, without the call
            else:
                flag = flags[key] = chrome_reason(child)
            if flag is not None and key in ignore_flags:
                flag = None
            stack.append([child, iter(child.contents), Stats(flag=flag, tag=child), 0, frame[4] or flag is not None])
            descended = True
            break
        if descended:
            continue
        stack.pop()
        tag = frame[0]
        name = tag.name
        if name == "a" and "href" in tag.attrs:
            st.link = st.text
            st.prose = st.raw_prose = 0.0  # a linked headline is not prose, even inside <h3>
        stats[id(tag)] = st
        if st.text >= min_chars and (name in para_tags or frame[3] >= min_chars):
            if st.link / st.text < max_density:
                st.prose = max(st.prose, float(st.text - st.link))
                st.para = True
                st.raw_prose = max(st.raw_prose, st.prose)
                if not frame[4]:
                    weight = 1.0 + min(st.text / 100.0, 3.0)
                    parent = tag.parent
                    if parent is not None:
                        credit[id(parent)] = credit.get(id(parent), 0.0) + weight
                        grand = parent.parent
                        if grand is not None:
                            credit[id(grand)] = credit.get(id(grand), 0.0) + weight / 2
        if stack:
            pframe = stack[-1]
            pframe[2].raw_prose += st.raw_prose
            if st.flag is None:
                pst = pframe[2]
                if st.head and len(pst.head) < head_chars:
                    pst.head = f"{pst.head} {st.head}"[:head_chars] if pst.head else st.head
                pst.text += st.text
                pst.link += st.link
                pst.prose += st.prose
                if name in inline:
                    pframe[3] += st.text - st.link  # link text is not prose
    for key, value in credit.items():
        if key in stats:
            stats[key].score = value
    _propagate_best_score(root, stats)
    return stats


def _propagate_best_score(root: Tag, stats: dict[int, Stats]) -> None:
    """Fill ``best_score`` bottom-up: only scored elements and their ancestors matter.

    Highest score first: the first walk to reach an ancestor brings it the best
    score under it, and every later walk stops there, so each ancestor is
    visited once (lowest first, a 20 000-deep list walked its whole depth for
    each of its items: quadratic).
    """
    for st in sorted((st for st in stats.values() if st.score > 0), key=lambda st: st.score, reverse=True):
        st.best_score = max(st.best_score, st.score)
        for ancestor in st.tag.parents:
            ast = stats.get(id(ancestor))
            if ast is None or ast.best_score >= st.score:
                break  # this ancestor and those above already know a higher score
            ast.best_score = st.score
            if ancestor is root:
                break


# --- Choosing the article ------------------------------------------------------


def _density(st: Stats) -> float:
    return st.link / st.text if st.text else 0.0


def choose_container(stats: dict[int, Stats]) -> Stats | None:
    """The element with the best Readability score after link-density and label adjustments."""
    best, best_score = None, 0.0
    for st in stats.values():
        if st.score <= 0 or st.flag is not None:
            continue
        value = st.score * (1.0 - _density(st)) * body_bonus(st.tag)
        if value > best_score:
            best, best_score = st, value
    return _column_of_row(best, stats) if best is not None and best.tag.name == "tr" else best


def _column_of_row(row: Stats, stats: dict[int, Stats]) -> Stats:
    """The cell of a table-layout page's row that holds its prose (``rules.COLUMN_PROSE_SHARE``
    of it or more), else the row. A row scores above its cells when the menu column beside the
    text adds to it (Readability credits the grandparent of every paragraph), yet a row is no
    article: its cells are the page's columns, the menu and visitor counter in one, the text in another."""
    for cell in row.tag.find_all(("td", "th"), recursive=False):
        st = stats.get(id(cell))
        if st is not None and st.flag is None and st.prose >= rules.COLUMN_PROSE_SHARE * row.prose > 0:
            return st
    return row


def overruled_flags(stats: dict[int, Stats], root: Stats) -> frozenset[int]:
    """Flagged elements that wrap the page's main content: layout, not chrome.

    (``<body class="has-header">``, ``<div class="stickySidebar">``, the one
    ``<form>`` of an ASP.NET page.)  Such an element holds most of the page's
    prose *and* the headline or a main/article element; a real footer or
    comment thread holds neither.  Strong groups (comments, ads...) need a far
    larger share of the prose.
    """
    weak = rules.LAYOUT_WRAPPER_SHARE * root.raw_prose
    strong = rules.STRONG_WRAPPER_SHARE * root.raw_prose
    overruled = set()
    for st in stats.values():
        if st.flag and st.raw_prose > weak:
            is_strong = any(group in st.flag for group in rules.STRONG_CHROME_GROUPS)
            if (not is_strong or st.raw_prose >= strong) and _holds_main_content(st.tag):
                overruled.add(id(st.tag))
            elif _is_mislabelled_body(st, weak):
                overruled.add(id(st.tag))
    return frozenset(overruled)


def flagged_bodies(stats: dict[int, Stats], chosen_prose: float) -> frozenset[int]:
    """Elements flagged by a class word alone whose shape says they are the article body.

    When the best unflagged container holds little prose (a counter, a logo
    line, an author box) and an element whose only flag is a class word
    (``share-zone``, ``blog_teaser_text``) holds
    ``rules.FLAGGED_BODY_RATIO`` times as much prose, sparsely linked, in its
    own paragraphs, and not as a grid of link cards, the word is the weaker
    signal. Tags, roles and hidden states stay chrome, and so do comments.
    """
    floor = max(rules.FLAGGED_BODY_MIN_CHARS, rules.FLAGGED_BODY_RATIO * chosen_prose)
    found = set()
    for st in stats.values():
        if (
            st.flag is not None
            and st.prose >= floor
            and st.flag.startswith("class token")
            and not any(group in st.flag for group in rules.FLAGGED_BODY_NEVER)
            and _shaped_as_prose(st)
            and _card_text_share(st.tag) < rules.CARD_TEXT_SHARE
        ):
            found.add(id(st.tag))
    return frozenset(found)


def _card_text_share(tag: Tag) -> float:
    """The share of ``tag``'s text held by its repeated link cards (:func:`_repeated_cards`)."""
    total = len(tag.get_text(" ", strip=True))
    if not total:
        return 0.0
    cards = sum(len(card.get_text(" ", strip=True)) for group in _card_groups(tag)
                if len(group) >= rules.REPEATED_CARDS for card in group)
    return cards / total


def _is_mislabelled_body(st: Stats, weak: float) -> bool:
    """A flagged element that is, by shape, the article body: most of the page's prose
    in its own paragraphs, few links, no repeated link cards (``entry-content no-share``,
    ``article-content ad-container``: one class word against every other signal)."""
    return st.prose > weak and _shaped_as_prose(st) and not _repeated_cards(st.tag)


def _shaped_as_prose(st: Stats) -> bool:
    """Few links, and most of the text in paragraphs of its own: a body's shape, whatever its class says."""
    return _density(st) < rules.PROSE_LINK_DENSITY and st.prose >= rules.PROSE_SHARE * st.text


def _holds_main_content(tag: Tag) -> bool:
    """Whether ``tag`` contains the headline, a <main>/<article>, or the labelled article body."""
    for node in tag.descendants:
        if isinstance(node, Tag):
            if node.name in rules.MAIN_CONTENT_TAGS:
                return True
            itemprop = node.attrs.get("itemprop") if node.attrs else None
            if isinstance(itemprop, str) and itemprop.lower() == rules.ARTICLE_BODY_ITEMPROP:
                return True
    return False


def widen(best: Stats, stats: dict[int, Stats]) -> Stats:
    """The ancestor of the best-scored element that gains the most article prose for the least other text.

    Bodies cut into many wrapped chunks (one ``<div>`` per paragraph group)
    credit each chunk separately; their common ancestor is the article.  Prose
    gained on the way up only counts when it sits in a subtree that scores
    like an article part (``SIBLING_SCORE_SHARE`` of the best score), not in
    a grid of teaser cards, each a short blurb.  An ancestor is worth
    ``counted prose - NON_PROSE_COST * (other text)``.
    """
    floor = rules.SIBLING_SCORE_SHARE * best.score
    counted = best.prose
    chosen, chosen_worth = best, best.prose - rules.NON_PROSE_COST * (best.text - best.prose)
    current = best
    while True:
        parent = current.tag.parent
        if parent is None or parent.name in ("html", "[document]"):
            return chosen
        pst = stats.get(id(parent))
        if pst is None or pst.flag is not None:
            return chosen
        for sib in parent.children:
            if sib is not current.tag and isinstance(sib, Tag):
                sst = stats.get(id(sib))
                if sst is None or not _is_content(sst):
                    continue
                if sst.best_score >= floor or sib.name in rules.PARAGRAPH_TAGS or _is_prose_chunk(sst):
                    counted += sst.prose
        current = pst
        value = counted - rules.NON_PROSE_COST * (pst.text - counted)
        if value > chosen_worth:
            chosen, chosen_worth = current, value


def _worth(st: Stats) -> float:
    """Article prose less ``rules.NON_PROSE_COST`` times the other text: how much an element
    is the article by text density alone (boilerpipe's and jusText's signal, summed over a subtree)."""
    return st.prose - rules.NON_PROSE_COST * (st.text - st.prose)


def densest_rival(chosen: Stats, stats: dict[int, Stats]) -> Stats | None:
    """An element outside ``chosen`` that is far more the article by text density
    (``rules.RIVAL_WORTH_RATIO`` times its worth: :func:`_worth`), or None.

    Readability's local score favours the element with the most paragraphs as direct
    children; a body cut into many small wrapped sections (one ``<div>`` per two
    paragraphs) loses to a short blurb elsewhere whose paragraphs sit side by side.
    Its prose, summed, does not lose. Elements inside flagged chrome never rival.
    """
    floor = max(rules.RIVAL_MIN_PROSE, rules.RIVAL_WORTH_RATIO * max(_worth(chosen), 0.0))
    candidates = sorted((st for st in stats.values() if st.flag is None and _worth(st) > floor),
                        key=_worth, reverse=True)
    for st in candidates:
        if _is_inside_chrome(st.tag, stats):
            continue
        if st.tag is chosen.tag or any(p is chosen.tag for p in st.tag.parents) \
                or any(p is st.tag for p in chosen.tag.parents):
            return None  # the densest element holds the choice or lies within it
        return st
    return None


def _is_inside_chrome(tag: Tag, stats: dict[int, Stats]) -> bool:
    for parent in tag.parents:
        pst = stats.get(id(parent))
        if pst is not None and pst.flag is not None:
            return True
    return False


def _is_prose_chunk(st: Stats) -> bool:
    """A block of the body cut into chunks by a page builder: paragraphs, few links, no teaser cards."""
    return (
        st.prose >= rules.CHUNK_PROSE_CHARS
        and _density(st) < rules.CHUNK_LINK_DENSITY
        and st.prose >= rules.CHUNK_PROSE_SHARE * st.text
        and not _repeated_cards(st.tag)
    )


def choose_nodes(best: Stats, stats: dict[int, Stats]) -> list[Tag]:
    """The best container plus siblings that carry a fair share of prose, in document order."""
    parent = best.tag.parent
    if parent is None:
        return [best.tag]
    nodes = []
    threshold = rules.SIBLING_SHARE * best.prose
    for sib in parent.children:
        if sib is best.tag:
            nodes.append(sib)
            continue
        if not isinstance(sib, Tag):
            continue
        st = stats.get(id(sib))
        if st is None or not _is_content(st) or not st.text:
            continue
        density = _density(st)
        if st.prose >= threshold and density < 0.25:
            nodes.append(sib)
        elif st.para and st.prose >= rules.SHORT_BLOCK_CHARS and density < 0.25:
            nodes.append(sib)
    return nodes


def with_sibling_chunks(nodes: list[Tag], stats: dict[int, Stats], anchor: Tag | None = None) -> list[Tag]:
    """The chosen ``nodes`` plus the chunks of the body a page builder put beside them, in
    document order.

    Page builders (WPBakery, Squarespace, Drupal paragraphs, Elementor) wrap
    every few paragraphs of one body in its own block: ``div.spalte``,
    ``div.sqs-block``, ``section.textblock``. The scoring picks the richest
    chunk. A sibling of the chosen node, or of one of its ancestors up to
    ``rules.CHUNK_LEVELS`` levels up, joins it when it repeats that element's
    tag and classes (repetition: the same kind of block, digits ignored) and
    its shape is prose (``rules.SHORT_BLOCK_CHARS`` of it at least, ``rules.PROSE_SHARE``
    of its text, ``rules.PROSE_LINK_DENSITY``, no teaser cards). A teaser list, a comment thread or an author box is
    another kind of block and stays out.
    """
    if anchor is None:
        if len(nodes) != 1:
            return nodes
        anchor = nodes[0]
    if not any(node is anchor for node in nodes):
        return nodes
    before: list[list[Tag]] = []
    after: list[list[Tag]] = []
    current = anchor
    headline = current.find_previous("h1")
    for _ in range(rules.CHUNK_LEVELS):
        parent = current.parent
        if parent is None or parent.name in ("body", "html", "[document]"):
            break
        pst = stats.get(id(parent))
        if pst is None or pst.flag is not None:
            break
        kind = _block_kind(current)
        level_before, level_after, seen = [], [], False
        for sib in parent.children:
            if sib is current:
                seen = True
                continue
            if any(sib is node for node in nodes):
                continue
            if not isinstance(sib, Tag) or not _same_kind(_block_kind(sib), kind) or not _is_prose_sibling(stats.get(id(sib))):
                continue
            if sib.find("h1") is not None:
                continue  # the band holding the headline, not a chunk of the body
            if seen:
                level_after.append(sib)
            elif headline is None or sib.find_previous("h1") is headline:
                level_before.append(sib)  # between the headline and the container
        before.append(level_before)
        after.append(level_after)
        current = parent
    # The first level's chunks are the nodes' siblings: in document order among them.
    first = [*before[0], *nodes, *after[0]] if before else list(nodes)
    if len(nodes) > 1 and before:
        position = {id(child): i for i, child in enumerate(anchor.parent.contents)}
        first.sort(key=lambda tag: position.get(id(tag), 0))
    return [*(t for level in reversed(before[1:]) for t in level), *first, *(t for level in after[1:] for t in level)]


_DIGITS = re.compile(r"\d")


def _block_kind(tag: Tag) -> tuple[str, frozenset[str]]:
    """A block's tag and classes, numbered classes left out (``vc_custom_1570185518``)."""
    classes = tag.get("class")
    names = frozenset(c for c in classes if not _DIGITS.search(c)) if isinstance(classes, list) else frozenset()
    return tag.name, names


def _same_kind(one: tuple[str, frozenset[str]], other: tuple[str, frozenset[str]]) -> bool:
    """Blocks of one kind: the same tag, and at least ``rules.CHUNK_CLASS_OVERLAP`` of
    their classes shared (``row row--story main-section`` beside ``row row--story
    mobile-spacing``: one row type, told apart by a modifier)."""
    if one[0] != other[0]:
        return False
    if one[1] == other[1]:
        return True
    union = one[1] | other[1]
    return len(one[1] & other[1]) >= rules.CHUNK_CLASS_OVERLAP * len(union)


def _is_prose_sibling(st: Stats | None) -> bool:
    return (
        st is not None
        and _is_content(st)
        and st.prose >= rules.SHORT_BLOCK_CHARS
        and _density(st) <= rules.PROSE_LINK_DENSITY
        and st.prose >= rules.PROSE_SHARE * st.text
        and not _repeated_cards(st.tag)
    )


# --- Pruning inside the article ------------------------------------------------


_PRUNABLE_BLOCKS = frozenset(
    {"div", "section", "ul", "ol", "dl", "table", "p", "span", "figure", "article", "li", "header",
     "td", "th", "center", "font", "dd"}
)


def _prune_reason(st: Stats, container_prose: float, stats: dict[int, Stats], in_tail: bool = False) -> str | None:
    """Why a block inside the chosen container is chrome, or None to keep it.

    Several signals, never a class word alone: a block the rules flag by a
    weak word (``rules.SHAPE_CHECKED_CHROME``) stays when its shape is prose
    (low link density, paragraph text, no repeated cards); a short paragraph
    that is one link stays between paragraphs of prose.
    """
    tag = st.tag
    if st.flag is not None:
        if _is_captioned_pictures(st) or (not in_tail and _shape_overrules(st)):
            return None
        if st.prose < 0.5 * container_prose or tag.name in rules.CHROME_TAGS:
            return st.flag
        return None
    if tag.name not in _PRUNABLE_BLOCKS or not st.text:
        return None
    density = _density(st)
    if density > rules.MAX_LINK_DENSITY and st.prose < 0.5 * container_prose:
        if tag.name in ("td", "th") and not _is_layout_cell(tag, st):
            return None  # a data cell
        if tag.name == "table" and tag.find(("th", "thead")) is not None:
            return None  # a data table with a header: links in it are data
        if not _is_linked_line_in_prose(st, stats) and not _is_sentence_with_links(st):
            return f"link density {density:.2f}"
    if tag.name in ("td", "th") and not _is_layout_cell(tag, st):
        return None  # a data cell's date is the table's data (a screening's day), not a dateline
    if _is_link_box(st, container_prose, stats):
        return f"link density {density:.2f} and few commas (Readability's conditional cleaning)"
    if in_tail and _is_short_box(st):
        return "a short box after the article's last long paragraph (Readability's conditional cleaning)"
    return _chrome_line_reason(st)


def _is_link_box(st: Stats, container_prose: float, stats: dict[int, Stats]) -> bool:
    """A wrapper block inside the article that is a box of links by Readability's
    conditional cleaning (``rules.CONDITIONAL_LINK_DENSITY``, fewer than
    ``rules.CONDITIONAL_MAX_COMMAS`` commas): two related articles' cards, a post's
    category line, a list of sources' links. Never a data table (a header row), nor
    a block holding half the article's prose, nor one card of a grid (``rules.REPEATED_CARDS``
    siblings of its tag and classes, each with a link): a grid is judged whole, by
    ``teasers.count_teaser_cards``, which refuses a page that is a listing of them."""
    tag = st.tag
    if tag.name not in rules.CONDITIONAL_BLOCKS or st.flag is not None:
        return False
    if _density(st) <= rules.CONDITIONAL_LINK_DENSITY or st.prose >= 0.5 * container_prose:
        return False
    if tag.name == "table" and tag.find(("th", "thead")) is not None:
        return False  # a data table: its links are data
    if _is_card_of_a_grid(tag, stats):
        return False
    text = tag.get_text()
    return sum(text.count(comma) for comma in rules.COMMAS) < rules.CONDITIONAL_MAX_COMMAS


def _is_short_box(st: Stats) -> bool:
    """A wrapper block of under ``rules.SHORT_BOX_CHARS`` characters with no picture or
    more than two (Readability's conditional cleaning, readability.js ``_cleanConditionally``:
    ``contentLength < 25 && (img === 0 || img > 2)``, lists excepted): "Kommentare
    schreiben", "Quellen ausblenden", a lone category word. Never code (``pre``) nor a
    figure's part. :func:`prune` asks only after the article's last long paragraph."""
    tag = st.tag
    if tag.name not in rules.CONDITIONAL_BLOCKS or tag.name in ("ul", "ol", "dl") or st.flag is not None:
        return False
    if st.text >= rules.SHORT_BOX_CHARS or tag.find_parent(("figure", "pre")) is not None or tag.find(("pre", "code")) is not None:
        return False
    pictures = len(tag.find_all(rules.PICTURE_TAGS, limit=3))
    return pictures == 0 or pictures > 2


def _is_card_of_a_grid(tag: Tag, stats: dict[int, Stats]) -> bool:
    """Whether ``tag`` has ``rules.REPEATED_CARDS`` - 1 or more siblings of its tag and
    classes, and each of them and ``tag`` holds a link. The parent's children are counted
    once (kept in its :class:`Stats`): a box of thousands of blocks is not rescanned for each."""
    parent = tag.parent
    if parent is None:
        return False
    holder = stats.get(id(parent))
    counts = holder.linked_children if holder is not None else None
    if counts is None:
        counts = Counter(
            (child.name, tuple(child.get("class") or ())) for child in parent.children
            if isinstance(child, Tag) and child.find("a", href=True) is not None
        )
        if holder is not None:
            holder.linked_children = counts
    return counts[(tag.name, tuple(tag.get("class") or ()))] >= rules.REPEATED_CARDS


DATELINE_REASON = "dateline (a line that is mostly a date)"
# The text reader's paywall lines ("Subscribe to read more", "This article is for subscribers only ...",
# "Already a subscriber? Log in"), a whole block's words (ftr-site-config#925).
_PAYWALL_NOTICE = re.compile("|".join(f"(?:{pattern})" for pattern in text_rules.PAYWALL_NOTICE), re.IGNORECASE)


_JETPACK_LIKE = re.compile(rules.JETPACK_LIKE_LINE)
# The text reader's link to another article set in the text, in the press's languages ("Read more: Headline",
# "Leggi anche: ...", "Lire aussi : ...", "Mehr dazu: ..."): a label, a colon and the other article's headline.
_LINK_TO_ANOTHER_ARTICLE = re.compile("|".join(f"(?:{p})" for p in text_rules.CHROME["link to another article"]), re.IGNORECASE)
# The text reader's labels of a box of other articles ("Most Popular", "Related", "Leggi anche", "Más
# información", "Mehr zum Thema"): a list of headlines right under one, after the text, is the box.
_RELATED_BOX_LABEL = re.compile("|".join(f"(?:{p})" for p in text_rules.CHROME["site section"]), re.IGNORECASE)
# A newsletter's call, sometimes with the site's social accounts after it ("Sign up for Variety's Newsletter.
# For the latest news, follow us on Facebook, ..."): the call opens the block, the newsletter is named.
_NEWSLETTER_CALL = re.compile(r"(?:sign up|subscribe|register)\s+(?:for|to)\b[^.!?]{0,40}\bnewsletters?\b", re.IGNORECASE)


def _chrome_line_reason(st: Stats) -> str | None:
    """Why a short block is a chrome line by its words (a chrome phrase, a dateline, a
    paywall's notice, a platform's engagement bar), or None."""
    if st.text <= rules.PAYWALL_NOTICE_MAX_CHARS and _PAYWALL_NOTICE.fullmatch(st.head):
        return "paywall notice"
    if st.text <= rules.PAYWALL_NOTICE_MAX_CHARS and st.link and _LINK_TO_ANOTHER_ARTICLE.fullmatch(st.head.strip()):
        return "link to another article (a label and the other article's headline)"
    if st.text <= rules.PAYWALL_NOTICE_MAX_CHARS and _NEWSLETTER_CALL.match(st.head.strip()):
        return "newsletter call"
    if st.text < rules.SHORT_BLOCK_CHARS:
        head = st.head.lower()
        for phrase in rules.CHROME_PHRASES:
            if head.startswith(phrase):
                return f"chrome phrase '{phrase}'"
        if _JETPACK_LIKE.fullmatch(head.strip()):
            return "like button (Jetpack's 'Like this: Like Loading...')"
        if is_engagement_bar(st.head):
            return ENGAGEMENT_REASON
        if (st.text <= rules.DATELINE_MAX_CHARS and _is_dateline(st.head)) or _is_time_line(st) or _is_labelled_dates(st.head):
            return DATELINE_REASON
    return None


def _is_time_line(st: Stats) -> bool:
    """A short line (under ``rules.SHORT_BLOCK_CHARS``) most of which is a ``<time>`` element
    ("Aktualisiert: 11.04.2020, 10:27", "Jane Doe, 3 May 2024"): the page itself marks it as a
    timestamp, whatever words label it."""
    times = st.tag.find_all("time") if st.tag.name != "time" else [st.tag]
    if not times:
        return False
    # All its text, flagged parts too: they go with it (a post's body under a "message" class).
    whole = len("".join(st.tag.get_text().split()))
    timed = sum(len("".join(t.get_text().split())) for t in times)
    return whole < rules.SHORT_BLOCK_CHARS and timed >= rules.DATELINE_DATE_SHARE * whole


def _is_dateline(text: str) -> bool:
    """A short line most of which is one date ("12.12.2022, 08:30 Uhr", "7. Oktober 2020")."""
    if not any(c.isdigit() for c in text):
        return False
    found = dates.find_date(text)
    return found is not None and found.end - found.start >= rules.DATELINE_DATE_SHARE * len(text.strip())


def _is_labelled_dates(text: str) -> bool:
    """A header's line of labelled dates only, each label a dateline's word (``byline_shape.DATELINE``)
    and each date most of the rest of its piece: "Posted : 2024-11-04 16:20 | Updated : 2024-11-05
    09:02" (The Korea Times), "입력 2024.03.05 10:41 | 수정 2024.03.05 11:02" (Korean dailies)."""
    pieces = [piece.strip() for piece in text.split("|")]
    for piece in pieces:
        label = re.match(byline_shape.DATELINE, piece, re.I)
        rest = piece[label.end() :].lstrip(" :") if label else ""
        if not (rest and _is_dateline(rest)):
            return False
    return True


def _is_content(st: Stats) -> bool:
    """Not flagged, or flagged by a weak word its shape overrules."""
    return st.flag is None or _shape_overrules(st)


def _shape_overrules(st: Stats) -> bool:
    """A block flagged by a weak word (teaser, sidebar, aside) whose shape is the article's own:
    prose or a list of facts with few links, and not a run of repeated link cards."""
    if not any(word in st.flag for word in rules.SHAPE_CHECKED_CHROME):
        return False
    if st.text < rules.MIN_PARAGRAPH_CHARS or _density(st) > rules.PROSE_LINK_DENSITY:
        return False
    if _anchor_text(st.tag) > rules.MOSTLY_LINKS * st.text:
        return False  # headlines in <a> with no address yet (a script adds it): links all the same
    prose_shaped = st.prose >= rules.PROSE_SHARE * st.text
    fact_box = st.tag.name == "aside" and _density(st) < rules.FACT_BOX_LINK_DENSITY and st.text >= rules.SHORT_BLOCK_CHARS
    return (prose_shaped or fact_box) and not _repeated_cards(st.tag)


def _anchor_text(tag: Tag) -> int:
    """Characters of ``tag``'s text inside links: ``<a>`` elements with an address, or with none
    yet (a script adds it). A named anchor (``<a name>`` or ``<a id>`` with no address, an old
    Word-exported page's section mark) is a target, not a link."""
    return sum(len(string.strip()) for anchor in tag.find_all("a") if _is_link_shaped(anchor)
               for string in find_strings(anchor) if type(string) is NavigableString)


def _is_link_shaped(anchor: Tag) -> bool:
    return anchor.has_attr("href") or not (anchor.has_attr("name") or anchor.has_attr("id"))


def _is_captioned_pictures(st: Stats) -> bool:
    """A block flagged as a slideshow by a class word ("gallery") that holds pictures and
    their captions, with few links in its text (links around the pictures carry none):
    the article's photographs, not a carousel of other articles or a slider's controls."""
    if not any(word in st.flag for word in rules.PICTURE_CHECKED_CHROME) or st.tag.find(rules.PICTURE_TAGS) is None:
        return False
    text = len(_visible_line(st.tag))
    links = sum(len(a.get_text(strip=True)) for a in st.tag.find_all("a", href=True))
    return text >= rules.MIN_PARAGRAPH_CHARS and links <= rules.PROSE_LINK_DENSITY * text


def _repeated_cards(tag: Tag) -> bool:
    """Whether ``tag`` holds ``rules.REPEATED_CARDS`` or more sibling blocks of one tag and
    class (among its children, or its children's children) that each hold a link:
    a teaser grid, however long its blurbs."""
    return any(len(cards) >= rules.REPEATED_CARDS for cards in _card_groups(tag))


def _card_groups(tag: Tag) -> list[list[Tag]]:
    """``tag``'s children, and its children's children, that hold a link, grouped by
    their parent, tag and classes (the candidate cards of :func:`_repeated_cards`)."""
    groups: dict[tuple[int, str, str], list[Tag]] = {}
    for parent in (tag, *tag.find_all(True, recursive=False)):
        for card in parent.find_all(True, recursive=False):
            if card.name in rules.INLINE_TAGS or card.find("a", href=True) is None:
                continue
            classes = card.get("class")
            groups.setdefault((id(parent), card.name, " ".join(classes) if isinstance(classes, list) else ""), []).append(card)
    return list(groups.values())


def _is_linked_line_in_prose(st: Stats, stats: dict[int, Stats]) -> bool:
    """A short paragraph that is one link, with paragraphs of prose before and after it."""
    tag = st.tag
    if tag.name != "p" or st.text >= rules.SHORT_BLOCK_CHARS or len(tag.find_all("a", href=True)) != 1:
        return False
    before = tag.find_previous_sibling(True)
    after = tag.find_next_sibling(True)
    return all(
        sib is not None and (sst := stats.get(id(sib))) is not None and sst.para and sst.flag is None
        for sib in (before, after)
    )


_SENTENCE_END = re.compile(r"[.!?…][\"'»«“”’)\]]*$")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_LABEL_MARKS = (":", "»", "›", ">", "→", "|", "-", "–", "—")


def _is_sentence_with_links(st: Stats) -> bool:
    """A paragraph of running prose that happens to be mostly link text: a sentence whose
    words run on around its links ("X replaced Y, <a>who for eight months combined the
    job with marketing.</a>"), not a list of links.

    Shape: a ``<p>`` holding only inline elements, at most ``rules.PROSE_MAX_LINKS`` links,
    ``rules.PROSE_MIN_UNLINKED_WORDS`` words outside them, ending as a sentence ends,
    and not a label before a link ("Read more: <a>...</a>").
    """
    tag = st.tag
    if tag.name != "p" or any(
        isinstance(child, Tag) and child.name not in rules.INLINE_TAGS for child in tag.children
    ):
        return False
    links = tag.find_all("a", href=True)
    if not links or len(links) > rules.PROSE_MAX_LINKS:
        return False
    text = tag.get_text(" ", strip=True)
    if not _SENTENCE_END.search(text):
        return False
    unlinked = [string for string in find_strings(tag)
                if type(string) is NavigableString and string.find_parent("a", href=True) is None]
    if len(_LETTER_WORD.findall(" ".join(unlinked))) < rules.PROSE_MIN_UNLINKED_WORDS:
        return False
    label = [string for string in _strings_before(links[0], tag) if string.strip()]
    if label and all(string.find_parent(("b", "strong")) is not None for string in label):
        return False  # "<strong>Read also</strong> <a>...</a>": a bold label before a link
    return not "".join(label).strip().endswith(_LABEL_MARKS)


def _strings_before(link: Tag, tag: Tag) -> list[NavigableString]:
    """The strings of ``tag`` before ``link``, in order."""
    out: list[NavigableString] = []
    for string in find_strings(tag):
        if any(parent is link for parent in string.parents):
            break
        if type(string) is NavigableString:
            out.append(string)
    return out


def _is_layout_cell(tag: Tag, st: Stats) -> bool:
    """A table cell used as a page column (long, or stacked with <br>/blocks), not a data cell."""
    if st.text >= rules.LAYOUT_CELL_CHARS:
        return True
    return any(isinstance(c, Tag) and c.name in _STACKING_TAGS for c in tag.children)


_STACKING_TAGS = frozenset({"br", "p", "div", "ul", "ol", "table"})


def prune(node: Tag, stats: dict[int, Stats], dropped: list[Dropped], introduced: set[int] | None = None) -> None:
    """Remove flagged, hidden and link-list blocks under ``node`` (pre-order, explicit stack).

    :param introduced: when given, gains the ``id`` of the element just before each
        removed block (its label, if it has one: :func:`drop_trailing_label`).
    """
    root = stats.get(id(node))
    container_prose = root.prose if root else 0.0
    tail = _tail_after_prose(node, stats)
    stack = [node]
    while stack:
        tag = stack.pop()
        removed = 0  # children removed so far: the next one's place in tag.contents is its place in the list less these
        label = None  # the related box's label this child's previous sibling was, dropped after the text
        for place, child in enumerate(list(tag.children)):
            if not isinstance(child, Tag):
                continue
            if child.name in rules.READ_AS_TEXT_TAGS:
                continue  # read by the converter as text, not walked
            if child.name in rules.UNSAFE_TAGS or child.name in rules.VIDEO_ELEMENTS:
                if (address := video_address(child)) is not None:
                    child.replace_with(_link_paragraph(child, address))
                else:
                    removed += _remove(tag, child, place - removed)
                continue
            st = stats.get(id(child))
            if st is None:
                continue
            reason = _prune_reason(st, container_prose, stats, id(child) in tail)
            if reason is None and label is not None and _is_headline_list(child):
                reason = f"under '{label}', a box of other articles after the text"
            label = _RELATED_BOX_LABEL.fullmatch(st.head.strip()) and st.head.strip() if reason and id(child) in tail else None
            if reason is not None:
                text = st.head or _held(child)  # no head: its text was all in flagged blocks
                if text:
                    dropped.append(Dropped(text, reason))
                if introduced is not None and _is_widget(st) and (before := _element_before(child, node)) is not None:
                    introduced.add(id(before))
                removed += _remove(tag, child, place - removed)
            else:
                stack.append(child)


def _remove(parent: Tag, child: Tag, place: int) -> int:
    """Decompose ``child``, the child of ``parent`` at ``place`` in its contents; 1. BeautifulSoup's own
    decompose looks for the child's place among all its siblings: a block of 5 000 engagement bars
    between paragraphs took 21 s to prune, a page of small boxes in one block grows as its square."""
    if place < len(parent.contents) and parent.contents[place] is child:
        child.extract(_self_index=place)
    child.decompose()
    return 1


# A headline in a box of other articles: shorter than this (a paragraph of a list in the text runs longer).
_HEADLINE_CHARS = 150


def _is_headline_list(tag: Tag) -> bool:
    """A list (``ul``/``ol``) whose items are each one short line, none a sentence closed by a full stop:
    the headlines of a box of other articles."""
    if tag.name not in ("ul", "ol"):
        return False
    items = [" ".join(li.get_text(" ").split()) for li in tag.find_all("li", recursive=False)]
    return bool(items) and all(0 < len(item) < _HEADLINE_CHARS and not item.endswith(".") for item in items)


def _tail_after_prose(node: Tag, stats: dict[int, Stats]) -> set[int]:
    """The ``id`` of each element under ``node`` after its last long paragraph of prose
    (``rules.LONG_PROSE_CHARS`` of unlinked text), outside it: the article's tail, where
    boxes sit (jusText's and boilerpipe's position signal). Empty when no paragraph is that long."""
    elements = node.find_all(True)
    last = None
    for index, tag in enumerate(elements):
        st = stats.get(id(tag))
        if st is not None and st.para and st.text - st.link >= rules.LONG_PROSE_CHARS:
            last = index
    if last is None:
        return set()
    end = last + len(elements[last].find_all(True))
    return {id(tag) for tag in elements[end + 1:]}


_VIDEO_PLAYERS = tuple((re.compile(pattern), template) for pattern, template in rules.VIDEO_PLAYERS)


def video_address(tag: Tag) -> str | None:
    """The page of the video an embedded player shows (``rules.VIDEO_PLAYERS``,
    ``rules.VIDEO_ELEMENTS``), or None: ``<iframe src="//www.youtube.com/embed/ID">`` ->
    ``https://www.youtube.com/watch?v=ID``. Only the id is read from the page."""
    if tag.name in rules.VIDEO_ELEMENTS:
        attribute, template = rules.VIDEO_ELEMENTS[tag.name]
        video = tag.get(attribute)
        return template.format(video) if isinstance(video, str) and _VIDEO_ID.fullmatch(video) else None
    if tag.name != "iframe":
        return None
    for attribute in ("src", "data-src"):
        src = tag.get(attribute)
        if isinstance(src, str):
            for pattern, template in _VIDEO_PLAYERS:
                if found := pattern.match(src.strip()):
                    return template.format(found[1])
    return None


_VIDEO_ID = re.compile(r"[\w-]{1,64}")


def _link_paragraph(tag: Tag, address: str) -> Tag:
    """``<p><a href=address>address</a></p>``, made in ``tag``'s document."""
    document = tag
    while document.parent is not None:
        document = document.parent
    paragraph = document.new_tag("p")
    link = document.new_tag("a", href=address)
    link.string = address
    paragraph.append(link)
    return paragraph


def _held(tag: Tag) -> str:
    """What a dropped block held, as its Dropped text: its visible text, or how many
    pictures when it has none, so that nothing leaves the article without a word."""
    if line := _visible_line(tag)[:_DROPPED_CHARS]:
        return line
    pictures = len(tag.find_all(rules.PICTURE_TAGS))
    return f"{pictures} picture{'s' if pictures != 1 else ''}" if pictures else ""


def _is_widget(st: Stats) -> bool:
    """A block of chrome that a label may introduce: flagged, several links, or link cards
    (not a lone linked line, which a line of prose may announce: "The paper is here:")."""
    return st.flag is not None or len(st.tag.find_all("a", href=True, limit=2)) >= 2 or _repeated_cards(st.tag)


def _follows_widget(node: Tag, stats: dict[int, Stats]) -> bool:
    """Whether the first block with text after ``node`` in the page is a widget (:func:`_is_widget`)."""
    current = node
    while current is not None and current.name not in ("body", "html", "[document]"):
        for sib in current.next_siblings:
            if not isinstance(sib, Tag) or sib.name in rules.UNSAFE_TAGS:
                continue
            st = stats.get(id(sib))
            if st is not None and (st.text or st.flag):
                return _is_widget(st)
        current = current.parent
    return False


def _element_before(tag: Tag, node: Tag) -> Tag | None:
    """The element just before ``tag`` inside ``node``: its previous sibling, or its
    nearest ancestor's when it is the first child (a label outside the list's wrapper)."""
    current = tag
    while current is not node and current.parent is not None:
        for sib in current.previous_siblings:
            if isinstance(sib, Tag) and sib.name not in rules.UNSAFE_TAGS:
                return sib
            if type(sib) is NavigableString and sib.strip():
                return None  # loose text: no element labels the block
        current = current.parent
    return None


_LABEL_EMPHASIS = ("b", "strong", "h2", "h3", "h4", "h5", "h6")
# How far above its text a label's block is looked for: a heading or a bold line inside a box or
# two. Each step reads the text of the whole element, so a page ending in one text inside 3 000
# nested elements (<sup><sub><del> x 1 000, 33 kB) cost 12 s, growing with the square of the depth.
_LABEL_DEPTH = 30


def drop_trailing_label(node: Tag, dropped: list[Dropped], introduced: set[int], stats: dict[int, Stats]) -> None:
    """Remove the article's last block when it is the label of a widget left out.

    "Read more:", "Schon gelesen?", "More on this topic" end the article once the
    related list, tag cloud or share bar they introduce is gone. Shape, not
    wording: the block is short (under ``rules.SHORT_BLOCK_CHARS``), it is the
    last text in the article, a widget came right after it (one ``prune`` removed,
    or the first block after the container: :func:`_is_widget`), and it reads
    as a label: a heading, all of it bold, or ending with a colon. A closing line
    of prose (a sign-off, a source line ending with a full stop) is kept.
    """
    last = None
    for text in reversed(find_strings(node)):
        if type(text) is NavigableString and text.strip() and text.parent.name not in rules.UNSAFE_TAGS:
            last = text
            break
    if last is None:
        return
    # The widest element around the last text that holds nothing else, below node, at most
    # _LABEL_DEPTH elements up.
    block, widest, current = None, None, last.parent
    line = " ".join(last.split())
    for _ in range(_LABEL_DEPTH):
        if current is None or current is node:
            break
        if " ".join(current.get_text(" ").split()) != line:
            break
        widest = current
        if id(current) in introduced:
            block = current
        current = current.parent
    if block is None and widest is not None and _follows_widget(node, stats):
        block = widest
    if block is None or len(line) >= rules.SHORT_BLOCK_CHARS or not _reads_as_label(last, line):
        return
    dropped.append(Dropped(line[:_DROPPED_CHARS], "label of a block removed at the article's end"))
    block.decompose()


def drop_orphaned_labels(node: Tag, dropped: list[Dropped], introduced: set[int]) -> None:
    """Remove, anywhere in the article, the label of a widget ``prune`` removed.

    "Weitere Informationen:" over a list of links, a bold "Auch interessant:" over
    related stories: once the list is gone, its label introduces nothing. The same
    shape as :func:`drop_trailing_label`, away from the article's end: the element
    just before a removed widget (``introduced``), short (under
    ``rules.SHORT_BLOCK_CHARS``), and all of it a label: bold, or a line ending with a
    colon. A heading stays (the prose under it follows the box), and so does a line of
    prose before a removed box. Fourteenth round, dev split: F1 0.9298 -> 0.9301.
    """
    labels = [tag for tag in node.find_all(True) if id(tag) in introduced]
    for tag in labels:
        if tag.decomposed:
            continue
        line = " ".join(tag.get_text(" ").split())
        if not line or len(line) >= rules.SHORT_BLOCK_CHARS or not _is_label(tag, line):
            continue
        dropped.append(Dropped(line[:_DROPPED_CHARS], "label of a block removed from the article"))
        tag.decompose()


def _is_label(tag: Tag, line: str) -> bool:
    """Whether all of ``tag``'s text reads as a label: it ends with a colon, or each of its
    strings is bold; never a heading nor a block holding one."""
    if tag.name in _HEADINGS or tag.find(_HEADINGS) is not None:
        return False  # a section's heading, or the headline, above a box in the text: the prose under it follows
    if line.endswith(":"):
        return True
    strings = [t for t in find_strings(tag) if type(t) is NavigableString and t.strip()]
    return bool(strings) and all(t.find_parent(("b", "strong")) is not None for t in strings)


def _reads_as_label(text: NavigableString, line: str) -> bool:
    """A line ending with a colon, or set in bold; not a bold field and its value ("Rating: 4/5",
    a review's closing verdict), which says something rather than introducing the box after it."""
    if _FIELD_AND_VALUE.match(line):
        return False
    return line.endswith(":") or text.find_parent(_LABEL_EMPHASIS) is not None


# A field's name, a colon and its value on one line: "Rating: 4/5", "Note : 3/5".
_FIELD_AND_VALUE = re.compile(r"^[^:：]{1,30}\s?[:：]\s*\S")


_SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_HEADINGS = ("h1", *_SECTION_HEADINGS)


def drop_empty_section_headings(node: Tag, dropped: list[Dropped]) -> None:
    """Remove headings left with no text under them once chrome was pruned.

    "More on this topic" above a related list that ``prune`` removed: the
    heading is followed by a heading of the same or a higher level, or by
    the end of the article. Shape, not wording: any language.
    """
    for heading in node.find_all(_SECTION_HEADINGS):
        if heading.parent is not None and _is_empty_section(heading, node):
            text = heading.get_text(" ", strip=True)
            if _reads_as_prose(text):
                continue  # a paragraph set in a heading tag, not a section's label
            if text:
                dropped.append(Dropped(text[:_DROPPED_CHARS], "heading of an empty section"))
            heading.decompose()


def drop_empty_sections(nodes: list[Tag], dropped: list[Dropped]) -> list[Tag]:
    """:func:`drop_empty_section_headings` in each of ``nodes``; the nodes still in the page.

    A node may lie inside another (the block classifier adds a heading and the
    block around it separately), and go with that one's empty section: it is
    then no longer part of the page, and converting it would read a
    decomposed element.
    """
    for node in nodes:
        if not node.decomposed:
            drop_empty_section_headings(node, dropped)
    return [node for node in nodes if not node.decomposed]


def _reads_as_prose(text: str) -> bool:
    """Text that is a sentence, not a label: as long as a paragraph (``rules.SHORT_BLOCK_CHARS``),
    or ending with a full stop (labels end bare, or with ":" or "?": "Schon gelesen?")."""
    return len(text) >= rules.SHORT_BLOCK_CHARS or text.endswith(".")


def _is_empty_section(heading: Tag, node: Tag) -> bool:
    level = int(heading.name[1])
    current = heading
    while True:
        for sib in current.next_siblings:
            if isinstance(sib, NavigableString):
                if type(sib) is NavigableString and sib.strip():
                    return False
                continue
            if not isinstance(sib, Tag) or sib.name in rules.UNSAFE_TAGS:
                continue
            if sib.name in _SECTION_HEADINGS:
                return int(sib.name[1]) <= level
            if sib.name in ("img", "figure", "picture", "table") or next(sib.stripped_strings, None) is not None:
                return False
        parent = current.parent
        if parent is None or parent is node:
            return True
        current = parent


def _report_outside(nodes: list[Tag], stats: dict[int, Stats], dropped: list[Dropped]) -> None:
    """Record each block of visible text outside the chosen nodes, with its flag when it has one."""
    keep = {id(n) for n in nodes}
    on_path: set[int] = set()
    for n in nodes:
        for anc in n.parents:
            on_path.add(id(anc))
    seen: set[int] = set()
    for n in nodes:
        parent = n.parent
        while parent is not None:
            if id(parent) in seen:
                break
            seen.add(id(parent))
            for sib in parent.children:
                if not isinstance(sib, Tag) or id(sib) in keep or id(sib) in on_path:
                    continue
                st = stats.get(id(sib))
                if st is None or not (st.text or st.flag):
                    continue
                text = st.head
                if text:
                    dropped.append(Dropped(text, st.flag or "outside the article container"))
            parent = parent.parent


_WORD = re.compile(r"\w+")


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.lower()))


def _agreement(expected: Counter[str], tag: Tag) -> float:
    """F1 of word counts between the publisher's article text and a candidate's text."""
    found = _words(tag.get_text(" "))
    common = sum((expected & found).values())
    if not common:
        return 0.0
    precision, recall = common / sum(found.values()), common / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def check_with_structured_body(best: Stats, stats: dict[int, Stats], expected_text: str) -> Stats:
    """Let the page's own JSON-LD ``articleBody`` overrule a container that disagrees with it.

    Only when the chosen container shares too few words with it; then the
    best-agreeing of the top-scored candidates (and their widened ancestors) wins.
    """
    expected = _words(expected_text)
    if len(expected_text) < rules.STRUCTURED_BODY_MIN_CHARS or not expected:
        return best
    if _agreement(expected, best.tag) >= rules.STRUCTURED_BODY_AGREEMENT:
        return best
    ranked = sorted((st for st in stats.values() if st.score > 0 and st.flag is None), key=lambda st: -st.score)
    candidates = {id(best.tag): best}
    for st in ranked[: rules.STRUCTURED_BODY_CANDIDATES]:
        candidates[id(st.tag)] = st
        wide = widen(st, stats)
        candidates[id(wide.tag)] = wide
    return max(candidates.values(), key=lambda st: _agreement(expected, st.tag))


def choose_and_prune(
    soup: BeautifulSoup, expected_text: str = ""
) -> tuple[Tag, list[Tag], dict[int, str | None], list[Dropped], list[Tag]]:
    """The rules' part of :func:`extract_main`: the page's body, the chosen article nodes
    (pruned, in document order), the chrome flags by ``id(tag)``, what was left out,
    and the lead blocks above the chosen nodes (``lead.lead_blocks``)."""
    body = soup.body or soup
    flags: dict[int, str | None] = {}
    stats = measure(body, flags=flags)
    overruled = overruled_flags(stats, stats[id(body)])
    if overruled:
        stats = measure(body, overruled, flags)
    best = choose_container(stats)
    mislabelled = flagged_bodies(stats, widen(best, stats).prose) if best is not None else frozenset()
    if mislabelled:
        stats = measure(body, overruled | mislabelled, flags)
        best = choose_container(stats)
    dropped: list[Dropped] = []
    lead: list[Tag] = []
    if best is None:
        nodes = [body]
    else:
        chosen = widen(best, stats)
        if (rival := densest_rival(chosen, stats)) is not None:
            chosen = rival
        checked = check_with_structured_body(chosen, stats, expected_text) if expected_text else chosen
        # Siblings join only a container the scores chose; one the structured
        # body picked is already the article as the publisher declares it.
        nodes = choose_nodes(chosen, stats) if checked is chosen else [checked.tag]
        nodes = with_sibling_chunks(nodes, stats, chosen.tag if checked is chosen else None)
        lead = lead_blocks(nodes, stats, lambda st: _chrome_line_reason(st) is not None)
        _report_outside(nodes, stats, dropped)
    introduced: set[int] = set()
    for node in nodes:
        prune(node, stats, dropped, introduced)
    if nodes:
        drop_trailing_label(nodes[-1], dropped, introduced, stats)
    for node in nodes:
        drop_orphaned_labels(node, dropped, introduced)
    return body, nodes, flags, dropped, lead


def may_add(block: TextBlock, declared: Counter[str] | None) -> bool:
    """Whether the block classifier may add ``block`` from outside the container: a leaf
    block long enough, and, when the page declares its article text (JSON-LD
    ``articleBody``), one whose words all occur in it."""
    if not block.leaf or len(block.text) < rules.MODEL_MIN_ADDED_CHARS:
        return False
    return declared is None or not (_words(block.text) - declared)


def declared_words(expected_text: str) -> Counter[str] | None:
    """The words of the page's declared article text, when there is enough of it to judge by."""
    return _words(expected_text) if len(expected_text) >= rules.STRUCTURED_BODY_MIN_CHARS else None


def refine_with_model(
    body: Tag, nodes: list[Tag], flags: dict[int, str | None], dropped: list[Dropped], model: BlockModel,
    expected_text: str = "",
) -> list[Tag]:
    """The chosen nodes plus the text blocks outside them that the block classifier
    calls main content, in document order; blocks inside them it calls boilerplate
    are removed (and reported). :func:`may_add` and :func:`may_drop` say which
    blocks it may move at all.
    """
    blocks, chosen_order = page_blocks(body, nodes, flags)
    declared = declared_words(expected_text)
    # Only the blocks the classifier may move are scored (most of a page is
    # short menu lines outside the article: cost, not evidence).
    movable = [
        i for i, b in enumerate(blocks)
        if ((may_drop(blocks, i) and b.tag is not body) if b.inside else may_add(b, declared))
    ]
    if not movable:
        return nodes
    probabilities = model.probabilities(block_features(blocks, movable))
    added: list[tuple[float, TextBlock]] = []
    removable: list[tuple[float, TextBlock]] = []
    for i, p in zip(movable, probabilities, strict=True):
        block = blocks[i]
        if block.inside:
            if p < model.drop_below:
                removable.append((1.0 - p, block))
        elif p >= model.add_above:
            added.append((p, block))
    added = near_the_article(added, blocks)
    container_chars = sum(len(b.text) for b in blocks if b.inside)
    for block in within_budget(removable, container_chars, rules.MODEL_DROPPED_SHARE):
        if not block.tag.decomposed:
            p = 1.0 - next(q for q, b in removable if b is block)
            dropped.append(Dropped(block.text[:_DROPPED_CHARS], f"block classifier: boilerplate by shape (p={p:.2f})"))
            block.tag.decompose()
    kept = [(chosen_order.get(id(n), 0), n) for n in nodes if not n.decomposed]
    if not added:
        return [n for _, n in kept]
    added = within_budget(added, sum(len(b.text) for b in blocks if b.inside and not b.tag.decomposed),
                          rules.MODEL_ADDED_SHARE)
    return [tag for _, tag in sorted(kept + [(b.order, b.tag) for b in added], key=lambda pair: pair[0])]


def near_the_article(candidates: list[tuple[float, TextBlock]], blocks: list[TextBlock]) -> list[tuple[float, TextBlock]]:
    """The candidates that continue the article: reached from the container, or from a
    candidate already reached, across at most ``rules.MODEL_ADD_REACH`` other blocks
    (jusText's context step: content lies next to content; a teaser far below is not
    the article)."""
    if not candidates:
        return candidates
    position = {id(b): i for i, b in enumerate(blocks)}
    wanted = {position[id(b)] for _, b in candidates}
    inside = [i for i, b in enumerate(blocks) if b.inside]
    if not inside:
        return candidates
    reached = {i for i in wanted if inside[0] < i < inside[-1]}
    for start, step in ((inside[0], -1), (inside[-1], 1)):
        last = start
        i = start + step
        while 0 <= i < len(blocks) and abs(i - last) <= rules.MODEL_ADD_REACH + 1:
            if i in wanted:
                reached.add(i)
                last = i
            i += step
    return [(p, b) for p, b in candidates if position[id(b)] in reached]


def within_budget(candidates: list[tuple[float, TextBlock]], container_chars: int, share: float) -> list[TextBlock]:
    """The surest candidates (highest first value) whose text adds up to at most ``share``
    of the container's: the classifier completes and trims the article the rules chose,
    it never replaces it (``rules.MODEL_ADDED_SHARE``: a comment thread the rules left
    out must not double the page; ``rules.MODEL_DROPPED_SHARE``: the article is never emptied)."""
    budget = share * container_chars
    chosen, used = [], 0
    for _, block in sorted(candidates, key=lambda pair: -pair[0]):
        if used + len(block.text) <= budget:
            chosen.append(block)
            used += len(block.text)
    return chosen


def extract_main(
    soup: BeautifulSoup, expected_text: str = "", model: BlockModel | None = None, peer: str | None = None
) -> Extraction:
    """Choose the article's nodes in ``soup`` and prune chrome inside them (mutates ``soup``).

    :param expected_text: the article text the page declares in structured
        data (JSON-LD ``articleBody``), used only to check the choice.
    :param model: a block classifier that adds blocks the rules left outside
        the container and drops boilerplate inside it (:func:`refine_with_model`);
        None for the rules alone.
    :param peer: a peer extractor's text of the page (``peer_vote.peer_text``), which
        then votes on the blocks at the article's edge (``peer_vote.apply_peer_vote``);
        None for no vote.
    """
    body, nodes, flags, dropped, lead = choose_and_prune(soup, expected_text)
    if model is not None:
        nodes = refine_with_model(body, nodes, flags, dropped, model, expected_text)
    if peer is not None:
        nodes = apply_peer_vote(body, nodes, flags, dropped, peer, frozenset(id(tag) for tag in lead))
    nodes = drop_empty_sections(nodes, dropped)
    if (notes := notes_outside(nodes)) is not None:
        nodes.append(notes)
        _brought_in(dropped, _visible_line(notes))
    return Extraction(nodes, dropped, [line for tag in lead if (line := _visible_line(tag))])


def notes_outside(nodes: list[Tag]) -> Tag | None:
    """The list of the article's endnotes printed after the chosen nodes, or None: an ``<ol>``/``<ul>``
    outside them whose items' ids are the targets of the article's note markers (``<sup><a
    href="#fn1">1</a></sup>``), every item one (a magazine's "Notes" section after its
    ``<article>``). Marked with the footnote class word (``rules.FOOTNOTE_TOKENS``) the
    converter reads its footnote lists by; the list is moved out of its place, after the text."""
    targets = {link["href"][1:] for node in nodes for sup in node.find_all("sup") for link in sup.find_all("a", href=True)
               if isinstance(link["href"], str) and link["href"].startswith("#") and link.get_text(strip=True).strip("[]").isdigit()}
    if not targets or not nodes:
        return None
    inside = {id(tag) for node in nodes for tag in (node, *node.descendants)}
    root = nodes[0]
    while root.parent is not None:
        root = root.parent
    first = root.find(id=next(iter(sorted(targets))))
    holder = first.parent if first is not None and first.name == "li" else None
    if holder is None or holder.name not in ("ol", "ul") or id(holder) in inside:
        return None
    items = holder.find_all("li", recursive=False)
    if not items or any(item.get("id") not in targets for item in items):
        return None
    if sum(_mostly_linked(item) for item in items) * 2 > len(items):
        return None  # a menu's items ("<li id="top"><a href="/">Home</a>"), not notes: notes are sentences
    holder.extract()
    holder["class"] = [*(holder.get("class") or []), "footnotes"]
    return holder


def _mostly_linked(tag: Tag) -> bool:
    """Whether more than half of ``tag``'s text is the text of its links."""
    text = len(tag.get_text(strip=True))
    return text > 0 and sum(len(link.get_text(strip=True)) for link in tag.find_all("a")) * 2 > text


def _brought_in(dropped: list[Dropped], text: str) -> None:
    """Take ``text`` (a list brought into the article) out of the left-out record: the entry that holds
    it keeps only what is still left out (the notes' "Notes" heading), or goes when nothing is."""
    for at, entry in enumerate(dropped):
        if text and text in entry.text:
            rest = " ".join(entry.text.replace(text, " ", 1).split())
            if rest:
                dropped[at] = Dropped(rest, entry.reason)
            else:
                del dropped[at]
            return


def _visible_line(tag: Tag) -> str:
    """The visible text of ``tag`` as one line (executable and embedded elements left out)."""
    parts: list[str] = []
    stack: list = list(reversed(tag.contents))
    while stack:
        node = stack.pop()
        if type(node) is NavigableString:
            parts.append(node)
        elif isinstance(node, Tag) and node.name not in rules.UNSAFE_TAGS:
            stack.extend(reversed(node.contents))
    return " ".join(" ".join(parts).split())
