"""The byline inside the article's text: left out of the body, since the header shows the author.

A page often prints "Par Renée Dubois — 12 mars 2025" as the first paragraph
of the article's container; published as it is, the article names its author
twice. On ../shared/bench/extraction-wide, text holding the page's author is a
must-drop snippet 21 times and a must-keep one 4 times (none of the four a
byline), so bylines are what the field's references leave out too.
"""

from __future__ import annotations

from itertools import islice

from bs4 import Tag

from ingest.html.authors import is_byline_line
from ingest.model import Dropped

# Elements a byline is printed in; the outermost whose whole text is the byline goes.
_LINE_TAGS = frozenset({"p", "div", "span", "address", "li", "small", "section", "header", "footer", "em", "strong", "b", "i"})
_MAX_STRINGS = 12
_REASON = "byline (the author is shown in the article header)"


def drop_byline_lines(nodes: list[Tag], authors: list[str], dropped: list[Dropped]) -> None:
    """Remove from ``nodes`` (the article's chosen elements, changed in place) every element
    whose whole text is the byline of ``authors`` (:func:`ingest.html.authors.is_byline_line`),
    recording each in ``dropped``."""
    if not authors:
        return
    for node in nodes:
        for element in node.find_all(_LINE_TAGS):
            if element.decomposed:
                continue  # inside a byline removed already
            # A few strings at most: reading a long element's whole text for each of its
            # ancestors would cost the square of a deep page's size.
            strings = list(islice(element.stripped_strings, _MAX_STRINGS + 1))
            text = " ".join(strings)
            if len(strings) <= _MAX_STRINGS and is_byline_line(text, authors):
                dropped.append(Dropped(" ".join(text.split()), _REASON))
                element.decompose()
