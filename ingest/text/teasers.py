"""Listing pages: a text dump of several articles' teasers, not one article.

A teaser is a headline-like line (short, no full stop) followed by a blurb
(one line of running text, short). A page of teasers repeats that pair, and
the pairs show that they belong to a list: their headlines share a form ("X:
An Interview with Y", "Review: ..."), or each blurb is followed by a
"Read more" link, a date or a dated byline. An article's subheads are followed by
paragraphs too, but not by links, and they do not repeat a form; and an
article has sentences in a row, which a list of teasers never has.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.dates import parse_date
from ingest.text import rules
from ingest.text.bylines import byline_beside_a_date
from ingest.text.lines import Line, ends_sentence, full_match

# At least this many teasers, with evidence, make a listing page.
MIN_TEASERS = 3
# Teasers hold at least this share of the page's kept lines of running text.
MIN_SHARE = 0.6
MAX_BLURB_WORDS = 60
# A teaser's blurb is one or two lines; an article's body is sentences in a row, whatever
# lists of teasers stand around it ("Read these next", "Trending").
MAX_RUNNING_LINES_IN_A_ROW = 2
# A link or a date that follows each teaser on a listing page.
AFTER_TEASER = [r"(read|see|view) (more|the (full )?(article|story|interview|review))\W*", r"more\W*", r"continue reading\W*", r"자세히\s*보기|더\s*보기"]


def _is_headline(line: Line) -> bool:
    return 2 <= line.words <= rules.MAX_HEADLINE_WORDS and not ends_sentence(line.text) and not line.text.rstrip().endswith(":")


def _is_blurb(line: Line) -> bool:
    return rules.MIN_PROSE_WORDS <= line.words <= MAX_BLURB_WORDS and ends_sentence(line.text)


def _bigrams(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def count_teasers(lines: list[Line], kept: list[int]) -> int:
    """How many teasers the page lists, or 0 when it does not look like a listing page.

    ``kept``: the indexes of ``lines`` to read, in order.
    """
    pairs: list[tuple[int, int]] = []
    for position, index in enumerate(kept[:-1]):
        following = kept[position + 1]
        if _is_headline(lines[index]) and _is_blurb(lines[following]):
            pairs.append((index, following))
    if len(pairs) < MIN_TEASERS:
        return 0
    running = [lines[i].words >= rules.MIN_PROSE_WORDS and ends_sentence(lines[i].text) for i in kept]
    if len(pairs) < MIN_SHARE * sum(running) or _longest_run(running) > MAX_RUNNING_LINES_IN_A_ROW:
        return 0
    forms = Counter(gram for headline, _ in pairs for gram in _bigrams(lines[headline].text))
    shared_form = sum(1 for headline, _ in pairs if any(forms[gram] >= MIN_TEASERS for gram in _bigrams(lines[headline].text)))
    linked = sum(1 for _, blurb in pairs if blurb + 1 < len(lines) and _is_link_or_date(lines[blurb + 1]))
    return len(pairs) if max(shared_form, linked) >= MIN_TEASERS else 0


def _longest_run(flags: list[bool]) -> int:
    longest = current = 0
    for flag in flags:
        current = current + 1 if flag else 0
        longest = max(longest, current)
    return longest


def _is_link_or_date(line: Line) -> bool:
    """A "Read more" link, a date, or a byline with a date ("이수진 기자 2025.02.03 14:21")."""
    return bool(full_match(AFTER_TEASER, line.text)) or parse_date(line.text) is not None or byline_beside_a_date(line) is not None
