"""Listing pages: a text dump of several articles' teasers, not one article.

A teaser is a headline-like line (short, no full stop) followed by a blurb
(one line of running text, short), maybe with its date between the two. A page
of teasers repeats that item in a run, each item of one shape (the same number
of lines from one headline to the next), and the items show that they belong
to a list: their headlines share a form ("X: An Interview with Y", "Review:
..."), or each blurb is followed by a "Read more" link, a date or a dated
byline, or preceded by its date under the headline (a Chinese portal's channel
page: headline, "2025-05-10", blurb cut with "……"). An article's subheads are
followed by paragraphs too, but not by links, and they do not repeat a form or
a shape; and an article has sentences in a row and a body of prose outside any
such run, which a list of teasers never has (a site's menu of sections, each
with its one-line description, above a short press release is no listing).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ingest.dates import parse_date
from ingest.text import rules
from ingest.text.bylines import byline_beside_a_date
from ingest.text.lines import Line, ends_sentence, full_match, is_prose, search

# At least this many teasers, with evidence, make a listing page.
MIN_TEASERS = 3
# Teasers hold at least this share of the page's kept lines of running text.
MIN_SHARE = 0.6
MAX_BLURB_WORDS = 60
# A teaser's blurb is one or two lines; an article's body is sentences in a row, whatever
# lists of teasers stand around it ("Read these next", "Trending").
MAX_RUNNING_LINES_IN_A_ROW = 2
# Running text outside the run of teasers (an article's body) of at least this many words makes the page
# an article, whatever lists of teasers stand around it: twice an article's worth (rules.MIN_ARTICLE_WORDS),
# so that a listing's own introduction ("Our interviews with ...") does not.
MIN_ARTICLE_PROSE_WORDS = 2 * rules.MIN_ARTICLE_WORDS
# Lines from one teaser's headline to the next's, at most: headline, date, blurb, byline, "Read more".
MAX_TEASER_LINES = 6
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

    ``kept``: the indexes of ``lines`` to read, in order. The teasers counted are the longest run of
    items of one shape (:func:`_teaser_runs`); the page is a listing when that run holds at least
    ``MIN_TEASERS`` items with the list's evidence (a shared form, a link or date after each blurb,
    a date between headline and blurb), at least ``MIN_SHARE`` of the page's running lines are its
    blurbs, no more than ``MAX_RUNNING_LINES_IN_A_ROW`` running lines stand in a row, and the running
    text outside that run is under ``MIN_ARTICLE_PROSE_WORDS`` words.
    """
    runs = _teaser_runs(lines, kept)
    if not runs:
        return 0
    run = max(runs, key=len)
    running = [lines[i].words >= rules.MIN_PROSE_WORDS and ends_sentence(lines[i].text) for i in kept]
    if len(run) < MIN_SHARE * sum(running) or _longest_run(running) > MAX_RUNNING_LINES_IN_A_ROW:
        return 0
    # The run's own lines; an article's subheads, each over one paragraph, may make a run of their own.
    in_run = range(run[0][0], run[-1][1] + 1)
    outside = sum(lines[kept[p]].words for p, flag in enumerate(running) if flag and p not in in_run)
    if outside >= MIN_ARTICLE_PROSE_WORDS:
        return 0
    return len(run) if _list_evidence(lines, kept, run) >= MIN_TEASERS else 0


def teaser_runs_among_text(lines: list[Line], kept: list[int]) -> list[tuple[int, list[int]]]:
    """Runs of other articles' teasers among a page's lines, where an article's text may stand too:
    ``[(teasers in the run, the run's lines as indexes of lines)]``, from its first headline to its
    last blurb and the link or date after it. ``kept``: the indexes of ``lines`` to read, in order.

    A "More stories" box or a site's latest headlines after an article: a headline (no full stop), maybe
    its date, a one-line blurb, at least ``MIN_TEASERS`` times in items of one shape with no running
    text between one blurb and the next headline (an article's subheads stand over paragraphs of any
    number). The headlines differ (each names another article; one label or a picture's credit over
    each paragraph is the article's own), and at least ``MIN_TEASERS`` teasers give a date or a link
    or a blurb cut short with "…" (a teaser quotes its article's first words). A shared form of the
    headlines is no evidence here: an article's own subheads share one ("Sprint Speed – User",
    "Pass Speed – User" in a game's settings explained)."""
    found = []
    for run in _teaser_runs(lines, kept, strict=True):
        headlines = [lines[kept[headline]].text.strip() for headline, _, _ in run]
        if len(set(headlines)) < len(headlines) or any(search(rules.NOT_A_HEADLINE, headline) for headline in headlines):
            continue  # one label over each paragraph, or a picture's credit: the article's own
        if sum(1 for item in run if _dated_linked_or_cut(lines, kept, item)) < MIN_TEASERS:
            continue
        last = run[-1][1] + 1 if run[-1][1] + 1 < len(kept) and _is_link_or_date(lines[kept[run[-1][1] + 1]]) else run[-1][1]
        found.append((len(run), kept[run[0][0] : last + 1]))
    return found


def _dated_linked_or_cut(lines: list[Line], kept: list[int], item: tuple[int, int, bool]) -> bool:
    """The teaser gives its date (or a link) between headline and blurb or after its blurb, or its blurb is
    cut short with "…" (not one that opens with "…" too: a continued sentence, as between code samples)."""
    _, blurb, dated = item
    text = lines[kept[blurb]].text.strip()
    following = kept[blurb] + 1
    cut = text.endswith(("…", "...")) and not text.startswith(("…", "..."))
    return dated or cut or (following < len(lines) and _is_link_or_date(lines[following]))


def _list_evidence(lines: list[Line], kept: list[int], run: list[tuple[int, int, bool]]) -> int:
    """How many of the run's teasers show that they belong to a list: the most of those whose headline
    shares a form (a pair of words) with two others, and of those with a link or a date after their
    blurb or between headline and blurb."""
    forms = Counter(gram for headline, _, _ in run for gram in _bigrams(lines[kept[headline]].text))
    shared_form = sum(1 for headline, _, _ in run if any(forms[gram] >= MIN_TEASERS for gram in _bigrams(lines[kept[headline]].text)))
    dated = sum(1 for _, _, dated in run if dated)
    linked = sum(1 for _, blurb, _ in run if kept[blurb] + 1 < len(lines) and _is_link_or_date(lines[kept[blurb] + 1]))
    return max(shared_form, linked + dated)


def _teaser_runs(lines: list[Line], kept: list[int], strict: bool = False) -> list[list[tuple[int, int, bool]]]:
    """Runs of at least ``MIN_TEASERS`` teasers of one shape: ``[(headline, blurb, dated)]`` each, as
    positions in ``kept``; ``dated``: the teaser gives a date (or a link) between headline and blurb.
    One shape: the same lines from headline to blurb and from one headline to the next, at most
    ``MAX_TEASER_LINES``. A settings page's "Name / what it does / its values" items, whose values
    vary in number, or a menu's sections each with a description above an article, make no run.
    ``strict``: no running text between one teaser's blurb and the next headline either."""
    items: list[tuple[int, int, bool]] = []
    for position in range(len(kept) - 1):
        if not _is_headline(lines[kept[position]]):
            continue
        # The shapes first: a line is asked for a date (the dearest test, 20% of the reader's time when
        # asked of every headline-shaped line) only where a blurb stands under it or under the next.
        if _is_blurb(lines[kept[position + 1]]):
            item = (position, position + 1, False)
        elif position + 2 < len(kept) and _is_blurb(lines[kept[position + 2]]) and _is_link_or_date(lines[kept[position + 1]]):
            item = (position, position + 2, True)
        else:
            continue
        # A date over a blurb is the teaser's date, under its headline (the item starts there).
        if not _is_link_or_date(lines[kept[position]]):
            items.append(item)

    def follows(last: tuple[int, int, bool], item: tuple[int, int, bool]) -> bool:
        return _next_item(last, item) and not (strict and any(is_prose(lines[kept[p]]) for p in range(last[1] + 1, item[0])))

    runs: list[list[tuple[int, int, bool]]] = []
    current: list[tuple[int, int, bool]] = []
    for item in items:
        if current and follows(current[-1], item) and (len(current) < 2 or item[0] - current[-1][0] == current[-1][0] - current[-2][0]):
            current.append(item)
            continue
        if len(current) >= MIN_TEASERS:
            runs.append(current)
        current = [current[-1], item] if current and follows(current[-1], item) else [item]
    if len(current) >= MIN_TEASERS:
        runs.append(current)
    return runs


def _next_item(last: tuple[int, int, bool], item: tuple[int, int, bool]) -> bool:
    """``item`` follows ``last`` as the next teaser of its list: within ``MAX_TEASER_LINES``, after its blurb."""
    return last[1] < item[0] <= last[0] + MAX_TEASER_LINES and item[1] - item[0] == last[1] - last[0]


def _longest_run(flags: list[bool]) -> int:
    longest = current = 0
    for flag in flags:
        current = current + 1 if flag else 0
        longest = max(longest, current)
    return longest


def _is_link_or_date(line: Line) -> bool:
    """A "Read more" link, a date, or a byline with a date ("이수진 기자 2025.02.03 14:21")."""
    return _is_link_or_date_text(line.text)


@lru_cache(maxsize=4096)
def _is_link_or_date_text(text: str) -> bool:
    # Asked of most lines of a page, twice (the strict and the loose runs), and date parsing is the
    # text reader's dearest step: once per line's text (it depends on nothing else of the line).
    line = Line(0, text, False, False)
    return bool(full_match(AFTER_TEASER, text)) or parse_date(text) is not None or byline_beside_a_date(line) is not None
