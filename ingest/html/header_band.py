"""The article's header band: the lines between its kicker and the first paragraph of prose.

News and magazine templates print a band of furniture around the headline inside
the article's own element, where the container's pruning keeps it: a section
label above the headline ("Film Review", "Entretien", "Obituaries"), the byline,
a dateline with its time ("February 13, 2025 1:00pm ET") and a row of share
buttons ("Teilen Facebook WhatsApp E-Mail", "ツイート シェア LINEで送る"). Each
is shown elsewhere (the header's author and date) or is a widget, so each is
left out of the body, by its shape:

- a kicker: a word or three without a sentence's end, right before a heading;
- a byline (:func:`ingest.authors.is_byline_line`) or a dateline (a date,
  its time and zone, and at most a few words: "Publié le", "Updated");
- a share bar: links alone, a few words, or the names of share services
  (:data:`SHARE_WORDS`).

The band ends at the first paragraph of prose other than the deck: past it, a short line is the
article's (an interview's one-word answer, a list's label).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from bs4 import NavigableString, Tag

from ingest import dates
from ingest.authors import is_byline_line
from ingest.html.page_index import clean
from ingest.html.treebuilder import find_strings
from ingest.model import Dropped
from ingest.scripts import UNSPACED
from ingest.html import rules
from ingest.text import rules as text_rules

# Elements that hold the band's lines rather than being one: walked into.
_WRAPPERS = frozenset({"div", "section", "header", "hgroup", "article", "main", "body"})
# Elements that start a block of their own inside a wrapper: a wrapper holding one is no line.
_BLOCKS = ["p", "div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "figure",
           "table", "blockquote", "pre"]
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PICTURES = frozenset({"figure", "picture", "img", "video", "iframe", "svg"})

# The first paragraph of prose: a sentence's words, or as many characters of an unspaced script.
_PROSE_WORDS = 10
_PROSE_UNSPACED_CHARS = 30
# The band is a handful of lines; a page whose first dozen hold no prose is not shaped so.
_MAX_LINES = 12
# A kicker: a section's name, a word or three (Latin) or a few characters (CJK).
_KICKER_WORDS = 3
_KICKER_CHARS = 30
# A dateline: the date, its time and zone ("1:00pm ET", "12:00") and a few words ("Mis à jour le", "Updated").
_DATELINE_CHARS = 50
_DATELINE_OTHER_WORDS = 4
# A share bar: a few buttons, all of the line's text in links.
_SHARE_BAR_WORDS = 8
_LINKED_SHARE = 0.9

# The buttons of share bars: the services (:data:`ingest.text.rules.SHARE_SERVICES`, one list for
# both readers) and the words their labels use in the archive's languages ("Share", "Teilen",
# "Partager", "ツイート", "分享到", "URL 복사").
SHARE_WORDS = frozenset(text_rules.SHARE_SERVICES) | frozenset({
    "mail", "print", "share", "tweet", "teilen", "drucken", "partager", "imprimer", "envoyer", "compartir", "condividi",
    "delen", "link", "url", "copy", "kopieren", "copier", "lineで送る", "ツイート", "シェア", "ポスト", "分享", "分享到",
    "공유", "복사", "url복사",
})  # fmt: skip
_SERVICES = frozenset(text_rules.SHARE_SERVICES)
# Words between a share bar's buttons ("Envoyer par e-mail", "Share on X").
_SHARE_FILLERS = frozenset({"on", "via", "per", "par", "sur", "auf", "by", "to", "a", "en", "의", "で"})
_TOKEN = re.compile(r"[^\s:：,，、|·/]+")
_SENTENCE_END = (".", "!", "?", "。", "！", "？", ":", "：")


def drop_header_band(nodes: list[Tag], authors: list[str], deck: list[str], date: str, dropped: list[Dropped]) -> None:
    """Remove from ``nodes`` (the article's chosen elements, changed in place) the chrome lines of
    its header band, from the first line to the first paragraph of prose (at most
    :data:`_MAX_LINES` lines), recording each in ``dropped`` with its reason. A paragraph that is
    the ``deck`` (shown above the article, and left out of the body after) is part of the band;
    a dateline gives ``date`` (the page's, ISO) or is a ``<time>``: "Kinostart: 18. September 2025"
    above a review is a fact of the film's."""
    shown_above = {"".join(line.split()) for line in deck}  # inline markup spaces words apart differently
    lines = []
    for line in _lines(nodes):
        if (_is_prose(line) and "".join(_text(line).split()) not in shown_above
             and not _is_menu_row(line, _text(line)) and not _is_plain_menu_line(line, _text(line))) \
                or len(lines) >= _MAX_LINES:
            break  # a menu line's many words are no sentence
        lines.append(line)
    doomed: list[tuple[Tag | NavigableString, str]] = []
    for at, line in enumerate(lines):
        if isinstance(line, Tag) and (line.name in _HEADINGS or line.name in _PICTURES or line.find(_PICTURES)):
            continue
        before_heading = at + 1 < len(lines) and isinstance(lines[at + 1], Tag) and lines[at + 1].name in _HEADINGS
        if reason := _chrome_reason(line, authors, date, before_heading):
            doomed.append((line, reason))
    for line, reason in doomed:
        dropped.append(Dropped(_text(line), reason))
        nodes[:] = [node for node in nodes if node is not line]  # a chosen node of its own (a menu line beside the text)
        line.extract()


# Elements the walk from the headline to the body gives up after, as ``lead.py``'s walk does.
_WALK_LIMIT = 400
# Regions whose pictures are another item's or the site's: a figure inside one is not the article's.
_OTHER_REGIONS = frozenset({"nav", "aside", "footer", "form", "a", "li", "button"})
OUTSIDE = "outside the article container"


def figure_above_body(nodes: list[Tag], dropped: list[Dropped]) -> tuple[int, Tag] | None:
    """The article's lead picture when it sits between the headline and the body's container
    (``<h1>…</h1><figure>…</figure><div class="article-body">``), with the place in ``nodes`` it
    goes to: the first ``<figure>`` with a picture after the last ``<h1>`` before the first node
    that holds no headline, in no other region (:data:`_OTHER_REGIONS`) and left out only for
    lying outside the container (no chrome flag: its entry in ``dropped`` says :data:`OUTSIDE`,
    and is taken out). When the chosen nodes are the article's header and its body with the
    figure between them (``<header><h1>…</h1></header><figure>…</figure><div class="a_c">``), the
    figure goes between them. None when a figure there is a node's already, or none is found."""
    return _above_body(nodes, dropped, lambda element: element.name == "figure" and element.find(_PICTURES) is not None)


def rating_above_body(nodes: list[Tag], dropped: list[Dropped]) -> tuple[int, Tag] | None:
    """A review's rating box between the headline and the body's container (``<h1>…</h1><div
    class="rating">★★★★☆</div><div class="article-body">``), with the place in ``nodes`` it goes to,
    found as :func:`figure_above_body` finds the lead picture: an element whose whole text is a
    rating (:func:`is_rating`). The model has no field for a rating and the text reader keeps a
    review's rating line as the text's, so the box opens the body as a short paragraph (issue 12)."""
    return _above_body(nodes, dropped, lambda element: element.name not in _HEADINGS and is_rating(_text(element)))


def is_rating(text: str) -> bool:
    """Whether ``text`` is a rating and nothing more: star glyphs ("★★★★☆", spaced or not, at most
    :data:`_MAX_STARS`), or a score written out ("4 out of 5 stars", "3.5/5", "Rating: 8/10")."""
    squeezed = "".join(text.split())
    if 0 < len(squeezed) <= _MAX_STARS and set(squeezed) <= _STAR_GLYPHS and squeezed.strip("½"):
        return True
    return _SCORE.match(" ".join(text.split())) is not None


# Star glyphs reviews print their rating with (filled, empty, outlined; a half as "½").
_STAR_GLYPHS = frozenset("★☆✩✪✫✬✭✮✯⯨⯩⯪⯫½")
_MAX_STARS = 10
# A score written out: a mark out of 4, 5 or 10, its label and "stars" optional.
_SCORE = re.compile(
    r"^(?:rating\s*[:：]\s*)?\d{1,2}(?:[.,]5)?\s*(?:/|out of)\s*(?:4|5|10)(?:\s*stars?)?\.?$", re.IGNORECASE
)


def _above_body(nodes: list[Tag], dropped: list[Dropped], wanted: Callable[[Tag], bool]) -> tuple[int, Tag] | None:
    """The first element ``wanted`` between the last headline and the first node that holds none,
    left out only as :data:`OUTSIDE` (its entry taken out of ``dropped``), with its place in ``nodes``."""
    place = next((i for i, node in enumerate(nodes) if not (node.name == "h1" or node.find("h1") is not None)), None)
    if place is None or (place > 0 and any(node.name == "h1" or node.find("h1") is not None for node in nodes[place:])):
        return None
    first = nodes[place]
    headline = first.find_previous("h1")
    if headline is None:
        return None
    for steps, element in enumerate(headline.next_elements):
        if element is first or steps > _WALK_LIMIT:
            return None
        if not isinstance(element, Tag) or not wanted(element):
            continue
        if any(parent.name in _OTHER_REGIONS for parent in element.parents):
            return None
        text = _text(element)
        entry = next((d for d in dropped if d.reason == OUTSIDE and text and _squeezed(text).startswith(_squeezed(d.text))), None)
        if entry is None:
            return None  # flagged as chrome, or inside a block the container's report lists whole
        dropped.remove(entry)
        return place, element
    return None


def _squeezed(text: str) -> str:
    """``text`` without its white space: a box's text read with and without spaces between its elements."""
    return "".join(text.split())


def _lines(nodes: Iterable[Tag | NavigableString]) -> Iterator[Tag | NavigableString]:
    """The lines of ``nodes`` in reading order: each element that holds no block, and each
    text that stands between blocks; wrappers of blocks are walked into."""
    for node in nodes:
        if node.name in _WRAPPERS and node.find(_BLOCKS) is not None:
            yield from _lines_in(node)
        else:
            yield node


def _lines_in(wrapper: Tag) -> Iterator[Tag | NavigableString]:
    """The lines of a wrapper's children (:func:`_lines`), its text between blocks that is more than white space."""
    yield from _lines(child for child in wrapper.children if isinstance(child, Tag) or (type(child) is NavigableString and child.strip()))


def _text(line: Tag | NavigableString) -> str:
    return clean(line.get_text(" ") if isinstance(line, Tag) else str(line))


def _is_prose(line: Tag | NavigableString) -> bool:
    """A paragraph of prose: a sentence's words (:data:`_PROSE_WORDS`), or as many characters
    of an unspaced script, mostly outside links."""
    if isinstance(line, Tag) and (line.name in _HEADINGS or line.name in _PICTURES):
        return False
    text = _text(line)
    long_enough = len(text.split()) >= _PROSE_WORDS or len(UNSPACED.findall(text)) >= _PROSE_UNSPACED_CHARS
    return long_enough and _linked_share(line, text) < 0.5


def _linked_share(line: Tag | NavigableString, text: str) -> float:
    if not isinstance(line, Tag) or not text:
        return 0.0
    linked = sum(len(clean(a.get_text(" "))) for a in line.find_all("a"))
    return linked / len(text)


def _chrome_reason(line: Tag | NavigableString, authors: list[str], date: str, before_heading: bool) -> str | None:
    """Why a line of the header band is chrome, or None when it is the article's."""
    text = _text(line)
    if not text:
        return None
    tokens = [token.casefold() for token in _TOKEN.findall(text)]
    if is_share_bar(line, text, tokens):
        return "share bar (buttons in the article's header band)"
    if _is_menu_row(line, text):
        return "menu row (links parted by bars, above the article)"
    if before_heading and _is_plain_menu_line(line, text):
        return "menu line (short words parted by spaced dots or bars, above the headline)"
    if is_byline_line(text, authors):
        return "byline (the author is shown in the article header)"
    if _is_dateline(text, date, isinstance(line, Tag) and (line.name == "time" or line.find("time") is not None)):
        return "dateline (the date is shown in the article header)"
    if before_heading and _is_kicker(text):
        return "kicker (a section's label above the headline)"
    return None


def is_share_bar(line: Tag | NavigableString, text: str = "", tokens: list[str] | None = None) -> bool:
    """Buttons: the names of share services and nothing else but fillers, or a few words all in links.
    ``text`` and ``tokens`` (its casefolded words) are read from ``line`` when not given."""
    text = text or _text(line)
    if tokens is None:
        tokens = [token.casefold() for token in _TOKEN.findall(text)]
    services = [token for token in tokens if token in SHARE_WORDS]
    # Two different buttons, one of them a service's name: "Line by line", "Print copy" are words.
    named = any(token in _SERVICES for token in services)
    if named and len(set(services)) >= 2 and all(token in SHARE_WORDS or token in _SHARE_FILLERS for token in tokens):
        return True
    links = line.find_all("a") if isinstance(line, Tag) else []
    return len(links) >= 2 and len(tokens) <= _SHARE_BAR_WORDS and _linked_share(line, text) >= _LINKED_SHARE and bool(services)


def _is_plain_menu_line(line: Tag | NavigableString, text: str) -> bool:
    """A menu's words without links (a script makes them links): :data:`_MENU_ITEMS` items or more
    parted by spaced dots or bars, each a word or three with no digit and no colon ("KMDb
    한국영화데이터베이스 · 영화 · 인물 · 영화사 · 로그인 · 회원가입"). Never a ``<p>``: under the
    headline a line of that shape is a film's cast or genres ("Song Kang-ho · Lee Sun-kyun · …"),
    so the caller asks only above it; a film's facts line has its year and running time."""
    if isinstance(line, Tag) and line.name == "p":
        return False
    items = _SPACED_GLUE.split(text)
    return len(items) >= _MENU_ITEMS and all(0 < len(item.split()) <= _MENU_ITEM_WORDS and not _NOT_A_MENU_ITEM.search(item)
                                             for item in items)


def _is_menu_row(line: Tag | NavigableString, text: str) -> bool:
    """A hand-made site's menu: three links or more and nothing between them but bars, slashes or
    dots ("トップ｜映画評｜掲示板｜リンク", "Home | Reviews | Links"), the shape of a navigation bar."""
    if not isinstance(line, Tag) or len(line.find_all("a", limit=_MENU_LINKS)) < _MENU_LINKS:
        return False
    between = [s for s in find_strings(line) if s.find_parent("a") is None and s.strip()]
    return all(_MENU_GLUE.fullmatch(s.strip()) for s in between)


_MENU_LINKS = 3
_MENU_ITEMS = 5
_MENU_ITEM_WORDS = 3
_SPACED_GLUE = re.compile(rules.MENU_SEPARATOR_PATTERN)
_NOT_A_MENU_ITEM = re.compile(r"[\d:：.!?。]")
# Not the menu separator: what may stand between a link menu's links, spaces or none (fullwidth bars,
# slashes, brackets: "トップ｜映画評", "[Home] [Reviews]").
_MENU_GLUE = re.compile(r"[|｜/／·・•:：\[\]\s-]+")


def _is_dateline(text: str, date: str, timed: bool) -> bool:
    """A date with its time and zone and at most a few other words ("February 13, 2025 1:00pm ET"),
    the page's ``date`` or marked as a timestamp (``timed``)."""
    if len(text) > _DATELINE_CHARS or not any(c.isdigit() for c in text):
        return False
    found = dates.find_date(text, foreign=False)  # the patterns only: dateparser costs 0.1 s a line
    if found is None or not (timed or (date and found.iso == date)):
        return False
    rest = text[: found.start] + " " + text[found.end:]
    words = re.findall(r"[^\W\d_]+", rest)
    return len(words) <= _DATELINE_OTHER_WORDS and not text.rstrip().endswith((".", "!", "?", "。"))


def _is_kicker(text: str) -> bool:
    """A section's label: a word or three, no sentence's end, no digits."""
    return (
        0 < len(text.split()) <= _KICKER_WORDS
        and len(text) <= _KICKER_CHARS
        and not text.endswith(_SENTENCE_END)
        and not any(c.isdigit() for c in text)
    )
