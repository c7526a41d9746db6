"""The byline inside the article's text: left out of the body, since the header shows the author.

A page often prints "Par Renée Dubois — 12 mars 2025" as the first paragraph
of the article's container; published as it is, the article names its author
twice. On ../shared/bench/extraction-wide, text holding the page's author is a
must-drop snippet 21 times and a must-keep one 4 times (none of the four a
byline), so bylines are what the field's references leave out too.
"""

from __future__ import annotations

import re
from itertools import islice

from bs4 import Tag

from ingest.authors import is_byline_line
from ingest.html.treebuilder import find_strings
from ingest.model import Dropped

# Elements a byline is printed in; the outermost whose whole text is the byline goes.
_LINE_TAGS = frozenset({"p", "div", "span", "font", "address", "li", "small", "section", "header", "footer", "em", "strong", "b", "i"})
# Inline elements a name is wrapped in within its byline: the line is their parent's.
_NAME_WRAPPERS = frozenset({"a", "abbr", "cite"})
# A caption's credit names the photographer, who may be the author too: it stays the picture's.
_CAPTION_TAGS = ["figcaption", "figure"]
_MAX_STRINGS = 12
_MAX_LEVELS = 6
_REASON = "byline (the author is shown in the article header)"
# The responsible editor's credit that closes a Chinese news article ("责任编辑：张伟"), a line of its
# own: the desk's sign-off, not text, and no author when the page names one (its label, then a name).
_EDITOR_LINE = re.compile(r"^[\[(（【]?\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*[^\s:：]{1,12}(?:\s+[^\s:：]{1,12})?\s*[\])）】]?$")
_EDITOR_REASON = "editor's credit (the desk's sign-off)"


def drop_byline_lines(nodes: list[Tag], authors: list[str], dropped: list[Dropped]) -> None:
    """Remove from ``nodes`` (the article's chosen elements, changed in place) every element
    whose whole text is the byline of ``authors`` (:func:`ingest.authors.is_byline_line`),
    recording each in ``dropped``."""
    names = [author.casefold() for author in authors if author.strip()]
    if not names:
        return
    # Only the few strings that name an author, and the elements just around them: a byline
    # is found without reading every element's text.
    naming = [string for node in nodes for string in find_strings(node) if any(name in string.casefold() for name in names)]
    containers = {id(node) for node in nodes}
    for string in naming:
        if string.decomposed:
            continue  # inside a byline removed already
        if string.find_parent(_CAPTION_TAGS) is not None:
            continue  # "Photo: Jane Doe/AFP" under a picture: the caption's credit, even when she wrote the piece
        outermost = None
        for element in islice(string.parents, _MAX_LEVELS):
            if id(element) in containers:
                break
            if element.name in _NAME_WRAPPERS:
                continue  # "Par <a href=/auteur/x>Claire Dubois</a> — ...": the link is part of the line
            if element.name not in _LINE_TAGS:
                break
            strings = list(islice(element.stripped_strings, _MAX_STRINGS + 1))
            if len(strings) > _MAX_STRINGS or not is_byline_line(" ".join(strings), authors):
                break
            outermost = element
        if outermost is not None:
            dropped.append(Dropped(" ".join(outermost.get_text(" ", strip=True).split()), _REASON))
            outermost.decompose()


def drop_editor_lines(nodes: list[Tag], dropped: list[Dropped]) -> None:
    """Remove from ``nodes`` (changed in place) each paragraph that is a responsible editor's
    credit alone (:data:`_EDITOR_LINE`), recording each in ``dropped``."""
    for node in nodes:
        for paragraph in [node, *node.find_all(_EDITOR_LINE_TAGS)]:
            if paragraph.decomposed or paragraph.name not in _EDITOR_LINE_TAGS or _holds_line(paragraph):
                continue  # a wrapper of lines, or inside one removed already
            text = " ".join(paragraph.get_text(" ", strip=True).split())
            if len(text) <= _MAX_EDITOR_CHARS and _EDITOR_LINE.match(text):
                dropped.append(Dropped(text, _EDITOR_REASON))
                paragraph.decompose()


_MAX_EDITOR_CHARS = 40
_EDITOR_LINE_TAGS = ["p", "div"]


def _holds_line(paragraph: Tag) -> bool:
    """``paragraph.find(_EDITOR_LINE_TAGS) is not None``, without building BeautifulSoup's
    filter for each paragraph (two thirds of ``drop_editor_lines``'s time in the bench site's profile)."""
    return any(isinstance(node, Tag) and node.name in _EDITOR_LINE_TAGS for node in paragraph.descendants)


def without_byline_lines(lines: list[str], authors: list[str], dropped: list[Dropped]) -> list[str]:
    """``lines`` (the lead found above the body, :mod:`ingest.html.lead`) less those that are the
    byline of ``authors`` ("By Lee Si-jin Published : Oct. 14, 2025"), each recorded in ``dropped``:
    a header band of byline and dates is no deck."""
    kept = []
    for line in lines:
        if is_byline_line(line, authors):
            dropped.append(Dropped(" ".join(line.split()), _REASON))
        else:
            kept.append(line)
    return kept
