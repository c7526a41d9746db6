"""A live blog's entries: each opens with the time of day it was posted ("22:48"), the label a
reader follows the evening by.

A live blog (the Guardian's, the BBC's, most news platforms' "as it happened" pages) is a run of
entries, newest first, each opening with its time and, in some, a heading. Read as an article, the
time lines were left out as datelines (a line that is mostly a time) and an entry without a heading
ran on under the previous entry's. :func:`label_live_entries` rewrites the page before extraction:
the time joins the entry's heading ("22:48 · Golden Lotus: The Salt Road"), or becomes the heading
of an entry that has none ("21:52"). Known by shape only: ``MIN_ENTRIES`` sibling blocks or more
(``div``, ``section``, ``article``), each opening with a line that is only a time of day and holding a
block of text (a paragraph) after it. A list's items or a table's rows that open with a time are a
schedule or a list of running times ("1h45 The Salt Road"), not entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, CData, NavigableString, Tag

from ingest.html.treebuilder import find_strings

# A time of day alone on its line, as live blogs print it: "22:48", "9.05", "9:05 pm", "14:20 Uhr", and French
# "21h30" with a two-digit hour from 10 (a running time is "1h45", "2h05": a film list prints those on their own
# line as well).
TIME_OF_DAY = re.compile(r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr))?|(?:1\d|2[0-3])h[0-5]\d)", re.IGNORECASE)
# Fewer entries are an article's timeline or a schedule, not a live blog.
MIN_ENTRIES = 3
# The headings an entry's own heading may be; a time-only entry gets the level the others use.
_ENTRY_HEADINGS = ("h2", "h3", "h4")
_DEFAULT_HEADING = "h3"
# The elements a time line may be (the <time> alone, or the block around it).
_LINE_TAGS = frozenset({"p", "div", "span", "time", "header", "strong", "b"})
# The blocks an entry may be: a list item, a table cell or row opening with a time is a schedule's line.
_ENTRY_TAGS = frozenset({"div", "section", "article"})
# The blocks of an entry's text after its time (a heading alone, or a span beside the time, is a schedule's line).
_TEXT_BLOCKS = frozenset({"p", "div", "blockquote"})
# The strings get_text reads (bs4's Tag.MAIN_CONTENT_STRING_TYPES): not comments, scripts or styles.
_TEXT_STRINGS = frozenset({NavigableString, CData})
# How many time elements a page is searched for: a live blog of a long evening has a few hundred.
_MAX_TIMES = 1000


def label_live_entries(soup: BeautifulSoup) -> int:
    """Rewrite each live-blog entry of ``soup`` so that its time of day labels it (see the module
    docstring); returns how many entries were labelled (0 on any other page)."""
    entries: dict[int, list[tuple[Tag, Tag]]] = {}
    for line in _time_lines(soup):
        entry = line.parent
        if entry is None or entry.name not in _ENTRY_TAGS or entry.parent is None or not _has_text_after(line):
            continue
        entries.setdefault(id(entry.parent), []).append((entry, line))
    labelled = 0
    for found in entries.values():
        if len(found) < MIN_ENTRIES or len({entry.name for entry, _ in found}) != 1:
            continue
        headings = [heading for entry, line in found if (heading := _heading_after(line)) is not None]
        level = max((h.name for h in headings), key=[h.name for h in headings].count) if headings else _DEFAULT_HEADING
        for entry, line in found:
            time = " ".join(line.get_text(" ").split())
            heading = _heading_after(line)
            if heading is not None:
                heading.insert(0, f"{time} · ")
                line.decompose()
            else:
                label = soup.new_tag(level)
                label.string = time
                line.replace_with(label)
            labelled += 1
    return labelled


def _time_lines(soup: BeautifulSoup):
    """The elements that open a block and hold a time of day and nothing else, outermost first."""
    seen: set[int] = set()
    # Only strings that are a time and nothing else count against the budget: "the 9.30pm screening" is prose.
    for node in find_strings(soup, lambda s: TIME_OF_DAY.fullmatch(s.strip()) is not None, limit=_MAX_TIMES):
        text = node.strip()
        # The outermost element that holds only this time and opens its parent.
        line = node.parent
        while (
            isinstance(line, Tag) and line.parent is not None and line.parent.name in _LINE_TAGS
            and _first_element(line.parent) is line and _text_is(line.parent, text)
        ):  # fmt: skip
            line = line.parent
        if not isinstance(line, Tag) or line.name not in _LINE_TAGS or id(line) in seen:
            continue
        if line.parent is None or _first_element(line.parent) is not line:
            continue
        seen.add(id(line))
        yield line


def _text_is(tag: Tag, text: str) -> bool:
    """Whether ``tag``'s text, its whitespace folded, is ``text`` (words joined by a space). Read only
    until it is longer: reading each time's parent whole (``get_text``) took 121 s for a 1 MB block
    holding 1 000 times, each parent the whole block."""
    words: list[str] = []
    length = -1
    for word in _words(tag):
        words.append(word)
        length += len(word) + 1
        if length > len(text):
            return False
    return " ".join(words) == text


def _words(tag: Tag) -> Iterator[str]:
    """The words of ``tag``'s text (as ``get_text``: no comments, scripts or styles), read as they are
    asked for. Not ``tag.strings``: bs4 first finds the subtree's last element, a walk down its last
    children, which for entries nested 1 000 deep is a walk of 1 000 for each."""
    stack = [iter(tag.contents)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Tag):
            stack.append(iter(child.contents))
        elif type(child) in _TEXT_STRINGS:
            yield from child.split()


def _first_element(tag: Tag) -> Tag | None:
    """The first child element of ``tag`` (text before it must be blank)."""
    for child in tag.children:
        if isinstance(child, Tag):
            return child
        if str(child).strip():
            return None
    return None


def _heading_after(line: Tag) -> Tag | None:
    following = line.find_next_sibling()
    return following if following is not None and following.name in _ENTRY_HEADINGS else None


def _has_text_after(line: Tag) -> bool:
    """Whether the entry says something after its time, in a block of its own (a paragraph): an entry, not a clock
    or a schedule's line."""
    # Each sibling's first words only, not its whole text: entries nested in one another would read the rest of the page each.
    return any(
        isinstance(sibling, Tag) and sibling.name in _TEXT_BLOCKS and next(_words(sibling), None) is not None
        for sibling in line.next_siblings
    )
