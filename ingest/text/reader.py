"""Text dump -> :class:`~ingest.model.Article`.

The reader labels every logical line in passes, each pass one kind of
evidence, from the surest (chrome patterns) to the most contextual (what a
short line between paragraphs is). Lines a pass claims are not looked at again.

1. chrome (the site's template first), the page footer, address blocks,
   photo credits, rights notices;
2. bylines, signature lines, footnote notes and comment threads;
3. the main text: the stretch with the most running text, which menus and
   link lists around the article do not join;
4. the headline (the candidate the learned title model ranks first, see
   :func:`title_features`), and the header below it: date, author list
   items, deck;
5. the body: captions, interview questions, subheads, pull-quotes,
   paragraphs; what follows the main text is dropped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ingest import model
from ingest.dates import FoundDate, day_first_order, find_date, impossible_date
from ingest.dates import parse_date as _parse_date
from ingest.text import rules, title_model
from ingest.text.teasers import count_teasers
from ingest.text.lines import (
    Line,
    chrome_reason,
    ends_sentence,
    full_match,
    is_bullet,
    is_headline_quote,
    is_quoted,
    logical_lines,
    search,
    split_rights,
    without_bullet,
)


# Pure, and asked about the same lines many times (dateparser takes 0.1 s on a string with no date).
parse_date = lru_cache(maxsize=4096)(_parse_date)


@lru_cache(maxsize=4096)
def _pattern_date(text: str, day_first: bool = False) -> FoundDate | None:
    """The first date in ``text`` by the patterns alone (no dateparser): asked of the same lines many times."""
    return find_date(text, foreign=False, day_first=day_first)


@dataclass
class _Page:
    lines: list[Line]
    labels: dict[int, str] = field(default_factory=dict)  # line index -> label
    dropped: dict[int, str] = field(default_factory=dict)  # line index -> reason
    meta: model.Metadata = field(default_factory=model.Metadata)
    captions: dict[int, tuple[str, str]] = field(default_factory=dict)  # index -> (caption, credit)
    dropped_parts: list[model.Dropped] = field(default_factory=list)  # parts of kept lines
    footnotes: dict[int, tuple[str, str]] = field(default_factory=dict)  # index -> (label, note)
    lead: list[int] = field(default_factory=list)  # running text above the headline, kept
    code: dict[int, str] = field(default_factory=dict)  # first line of a fenced block -> its text
    warnings: list[str] = field(default_factory=list)
    day_first: bool = False  # the page writes its dates day first (ingest.dates.day_first_order)
    date_revised: bool = False  # meta.date is a revision's ("Updated: ..."), not the publication's

    def free(self, index: int) -> bool:
        return index not in self.labels and index not in self.dropped

    def drop(self, index: int, reason: str) -> None:
        self.dropped[index] = reason

    def add_rights(self, sentences: list[str]) -> None:
        for sentence in sentences:
            if sentence not in self.meta.rights:
                self.meta.rights = f"{self.meta.rights} {sentence}".strip()


def read_text(text: str, template: Mapping[str, int] | None = None) -> model.Article:
    """A text dump -> Article.

    ``template`` maps lines of this page's site that recur on other pages of
    that site to how many other pages show them (see
    :func:`ingest.text.template.site_templates`); such lines are chrome.
    """
    page = _Page(logical_lines(text))
    page.day_first = day_first_order(line.text for line in page.lines)
    main = _mark_up_to_the_title(page, template or {})
    title_index = _find_title(page, main.start)
    body_start = _read_header(page, title_index, main.start)
    _find_dateline(page, title_index, body_start, main)
    _mark_datelines(page)
    if not page.meta.date and not page.meta.date_text:
        _report_impossible_date(page, title_index, body_start)
    if sum(page.lines[i].words for i in main if page.free(i)) >= rules.MIN_ARTICLE_WORDS:
        # Too little running text, and an article's tail cannot be told from a menu.
        _mark_outside(page, range(max(body_start, main.stop), len(page.lines)))
    blocks = _read_body(page, body_start)
    dropped = [model.Dropped(page.lines[i].text, reason) for i, reason in sorted(page.dropped.items())]
    dropped += page.dropped_parts
    article = model.Article(page.meta, blocks, dropped, page.warnings)
    article.teasers = count_teasers(page.lines, [i for i in range(len(page.lines)) if i not in page.dropped])
    return article


def _mark_up_to_the_title(page: _Page, template: Mapping[str, int]) -> range:
    """The passes before the headline is chosen; returns the main text's lines."""
    _mark_code_fences(page)
    _mark_template(page, template)
    _mark_chrome(page)
    _mark_footer(page)
    _mark_addresses(page)
    _mark_credits_and_rights(page)
    _mark_bylines(page)
    _mark_signatures(page)
    _mark_footnotes(page)
    _mark_comment_thread(page)
    main = _main_text(page)
    _mark_inline_boxes(page, main)
    return main


def title_candidates(text: str, template: Mapping[str, int] | None = None) -> list[tuple[str, dict[str, float]]]:
    """``[(line, its title features)]`` for every headline candidate of a dump, in page order.

    What the title model is trained on (``python -m bench.train_title``).
    """
    page = _Page(logical_lines(text))
    main = _mark_up_to_the_title(page, template or {})
    return [(page.lines[i].text.strip(), features) for i, features in _candidates(page, main.start).items()]


def _candidates(page: _Page, main_start: int) -> dict[int, dict[str, float]]:
    """The headline candidates (line index -> features), with the evidence that compares them with each other."""
    text_start, region = _title_region(page, main_start)
    candidates = {i: title_features(page, i, text_start) for i in region if _is_title_shaped(page, i, text_start)}
    above = [i for i in candidates if i <= text_start]
    longest = max((len(page.lines[i].text) for i in candidates), default=0)
    # The first candidate a byline or date stands under: the article's header comes before
    # the boxes of other articles (with their own bylines) inside and after the text.
    dated = [i for i, f in candidates.items() if f["byline or date right under it"] or f["byline or date under it"]]
    # The text's words, and on which of its lines: a candidate inside the text must not count its own.
    text_lines: dict[str, set[int]] = {}
    size = 0
    for i in range(text_start, len(page.lines)):
        if page.free(i) and size < rules.TITLE_TEXT_CHARS:
            size += len(page.lines[i].text)
            for word in _content_words(page.lines[i].text):
                text_lines.setdefault(word, set()).add(i)
    for i, features in candidates.items():
        features["nearest candidate above the text"] = float(bool(above) and i == max(above))
        features["longest candidate"] = float(len(page.lines[i].text) == longest)
        features["first candidate with a byline or date under it"] = float(bool(dated) and i == min(dated))
        words = _content_words(page.lines[i].text)
        # A headline names what its text is about; a menu item, a tagline or another article's headline seldom does.
        # A headline with its deck under it: the deck is the longer of the two, and not the headline.
        previous = max((j for j in candidates if j < i), default=None)
        following = min((j for j in candidates if j > i), default=None)
        features["under a shorter candidate"] = float(
            previous is not None and _next_free(page, previous) == i and page.lines[previous].words < page.lines[i].words
        )
        features["above a longer candidate"] = float(
            following is not None and _next_free(page, i) == following and page.lines[following].words > page.lines[i].words
        )
        shared = [word for word in words if text_lines.get(word, set()) - {i}]
        features["share of its words in the text"] = len(shared) / len(words) if words else 0.0
        # A short menu item or tag shares all of its one or two words; a headline shares several.
        features["words shared with the text (up to 6, /6)"] = min(len(shared), 6) / 6
    return candidates


def _next_free(page: _Page, index: int) -> int | None:
    return next((i for i in range(index + 1, len(page.lines)) if page.free(i)), None)


def _content_words(text: str) -> set[str]:
    """The words of five letters or more (two syllables or more in Hangul or CJK), lower-cased: what a
    headline shares with its text (shorter Latin words are mostly small ones: "this", "made", "eine")."""
    return {word.lower() for word in re.findall(r"[\uac00-\ud7a3\u4e00-\u9fff]{2,}|[^\W\d_]{5,}", text)}


# Reasons that rest on where a line stands, not on what it is.
BY_POSITION = ("above the headline", "above the article's text", "after the article's main text")


def _is_prose(line: Line) -> bool:
    """Running text: a sentence of several words, or a line too long to be anything else."""
    return line.words >= rules.MIN_PROSE_WORDS and (ends_sentence(line.text) or line.words >= 2 * rules.MIN_PROSE_WORDS)


def _mark_code_fences(page: _Page) -> None:
    """A fenced block (```` ``` ```` or ``~~~`` up to the same fence) is the article's code sample, kept as it is.

    It is labelled so that no pass reads its lines as chrome, headline or
    byline; the body shows it as preformatted text, fence lines included,
    inert (the writer fences it with a longer fence than any inside).
    """
    index = 0
    while index < len(page.lines):
        opening = re.match(r"(`{3,}|~{3,})", page.lines[index].text.strip())
        closing = opening and next(
            (i for i in range(index + 1, len(page.lines)) if page.lines[i].text.strip() == opening[1]), None
        )
        if closing is None:
            index += 1
            continue
        for i in range(index, closing + 1):
            page.labels[i] = "code"
        page.code[index] = "\n".join(page.lines[i].text for i in range(index, closing + 1))
        index = closing + 1


def _mark_template(page: _Page, template: Mapping[str, int]) -> None:
    """Drop the lines the page's site prints on other pages too.

    When those lines hold half of the page's running text or more, the pages
    are copies of one article (saved twice, or syndicated), and what they share
    tells the site's chrome from the article no better than the page alone:
    the template is not used.
    """
    prose = [line for line in page.lines if _is_prose(line)]
    shared = sum(line.words for line in prose if line.text.strip() in template)
    if shared >= 0.5 * sum(line.words for line in prose) > 0:
        return
    for index, line in enumerate(page.lines):
        others = template.get(line.text.strip())
        # Bylines and datelines are recognised by their shape, not their repetition: a
        # columnist's byline is on every page of the site, two articles of a day share a dateline.
        if others and page.free(index) and _byline_name(line) is None and _dateline_date(line) is None:
            page.drop(index, f"site template (the same line is on {others} other page{'s' if others > 1 else ''} of this site)")


# --- 1. Chrome, footer, addresses, credits, rights ----------------------------


def _mark_chrome(page: _Page) -> None:
    for index, line in enumerate(page.lines):
        if reason := chrome_reason(line.text):
            page.drop(index, reason)


def _mark_footer(page: _Page) -> None:
    """A copyright line ends the article: what follows is the site's footer.

    The line must be in the last third of the page, or carry a rights phrase
    ("All rights reserved") after an article's worth of running text. A short
    "© Holder" with no year, followed by two or more lines of running text, is
    a photo's credit in the middle of the article (the picture is gone).
    """
    lines = page.lines
    last_third = int(len(lines) * 2 / 3)
    prose_before = 0
    for index, line in enumerate(lines):
        text = line.text
        if page.free(index) and full_match(rules.FOOTER_RIGHTS, text):
            later = [i for i in range(index + 1, len(lines)) if page.free(i)]
            credit_shaped = line.words <= 6 and not search(rules.RIGHTS_PHRASES, text) and not re.search(r"\b(19|20)\d\d\b", text)
            if credit_shaped and sum(_is_prose(lines[i]) for i in later) >= 2:
                page.labels[index] = "credit"
                page.meta.image_credits.append(text.strip())
                continue
            if index >= last_third or (search(rules.RIGHTS_PHRASES, text) and prose_before >= rules.MIN_ARTICLE_WORDS):
                if holder := search(rules.COPYRIGHT_HOLDER, text):
                    page.meta.publisher = holder["holder"].strip()
                page.add_rights([text.strip()])
                page.drop(index, "rights notice (shown in the article header)")
                for i in later:
                    page.drop(i, "page footer (after the copyright line that ends the article)")
                return
        if page.free(index) and _is_prose(line):
            prose_before += line.words


def _mark_addresses(page: _Page) -> None:
    """Runs of two or more address lines, one of them a street or postal code."""
    lines = page.lines
    candidates = [page.free(i) and bool(full_match(rules.ADDRESS, lines[i].text)) for i in range(len(lines))]
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and candidates[end] and (end == index or not lines[end].blank_before):
            end += 1
        run = range(index, end)
        anchored = any(full_match(rules.ADDRESS[0], lines[i].text) or full_match(rules.ADDRESS[2], lines[i].text) for i in run)
        if len(run) >= 2 and anchored:
            for i in run:
                page.drop(i, "address block")
        index = max(end, index + 1)


def _mark_credits_and_rights(page: _Page) -> None:
    for index, line in enumerate(page.lines):
        if not page.free(index):
            continue
        if line.words <= rules.MAX_CAPTION_WORDS and full_match(rules.CREDIT_LINE, line.text.strip("[]() ")):
            credit, rights = split_rights(line.text)
            page.add_rights(rights)
            page.labels[index] = "credit"
            if credit:
                page.meta.image_credits.append(credit)
            page.drop(index, "photo credit (shown in the article header)")
        elif line.words <= rules.MAX_CAPTION_WORDS and search(rules.RIGHTS_PHRASES, line.text):
            page.add_rights([line.text.strip().strip("[]()")])
            page.drop(index, "rights notice (shown in the article header)")


# --- 2. Bylines -----------------------------------------------------------------


def _mark_bylines(page: _Page) -> None:
    """Bylines by their shape ("By Mina Park", "Reporter Kim"): the name must be written as one."""
    lines = page.lines
    for index, line in enumerate(lines):
        name = page.free(index) and _byline_name(line)
        if name:
            if name not in page.meta.authors:
                page.meta.authors.append(name)
            page.drop(index, "byline (shown in the article header)")


def _byline_name(line: Line) -> str | None:
    """The name in a byline-shaped line ("By Mina Park"), or None."""
    match = line.words <= 8 and (full_match(rules.BYLINE, without_bullet(line.text)) or full_match(rules.KOREAN_BYLINE, line.text))
    return match["name"].strip() if match and _written_as_name(match["name"]) else None


def _mark_signatures(page: _Page) -> None:
    """Signature lines close the article ("Reporter Kim Min-ji, Seoul"): walk up from the end while they last."""
    lines = page.lines
    roles = "|".join(re.escape(role) for role in rules.SIGNATURE_ROLES)
    signature = rf"(?:{roles})\s+[^\W\d_].*"
    signatures: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        if not page.free(index):
            continue
        line = lines[index]
        if line.words > 15 or ends_sentence(line.text) or not full_match(signature, line.text):
            break
        signatures.append(index)
    for index in reversed(signatures):
        page.meta.authors.append(lines[index].text.strip())
        page.drop(index, "author signature (shown in the article header)")


def _written_as_name(name: str) -> bool:
    """Each word capitalised (or Hangul/CJK): "By the numbers" names no one."""
    return all(full_match(rules.NAME_WORD, word) for word in name.replace(",", " ").split())


# --- 3. The main text, the headline and the header --------------------------------


def _prose_score(line: Line) -> int:
    """Positive for a line of running text, negative for a menu item or a link."""
    if _is_prose(line):
        return line.words
    if line.words >= rules.MIN_LIST_ITEM_WORDS:
        return -rules.LIST_ITEM_PENALTY  # an item of the article's own list (tour dates, a line-up) more likely than a menu entry
    return -rules.SHORT_LINE_PENALTY


def _main_text(page: _Page) -> range:
    """The stretch of lines with the most running text and the fewest short lines.

    The maximum-sum run of line scores (Kadane's algorithm): menus, link lists
    and "related" headlines around an article are runs of short lines, and
    lose; an article's own subheads and questions sit between paragraphs that
    outweigh them.
    """
    return _best_run(page, 0)[1]


def _best_run(page: _Page, first: int) -> tuple[int, range]:
    """``(score, lines)`` of the best stretch from line ``first`` on (see :func:`_main_text`).

    A comments heading ends the search once an article's worth of text is
    found: comments follow an article and never continue it. Unless the text
    after the heading outweighs what came before it many times over
    (``COMMENTS_OUTWEIGH``): then the heading was a link in the article's
    header ("Write a comment" under the byline) and what came before it a
    pop-up or a teaser, and a wrong guess must not cost the article.
    """
    # One stretch per stretch of text between comments headings, then weighed from the last back
    # (a loop, not recursion: a crafted dump may hold thousands of such headings).
    stretches = []
    best, best_range = 0, range(first, len(page.lines))
    total, start = 0, first
    for index in range(first, len(page.lines)):
        reason = page.dropped.get(index)
        if reason == "comments" and best >= rules.MIN_ARTICLE_WORDS:
            stretches.append((best, best_range))
            best, best_range = 0, range(index + 1, len(page.lines))
            total, start = 0, index + 1
            continue
        if reason == "site section" and total > 0:
            # A "Related articles" box inside the article: the text goes on past it only
            # when a whole article's worth of running text follows.
            total -= rules.MIN_ARTICLE_WORDS
        if not page.free(index):
            continue
        if total <= 0:
            total, start = 0, index
        total += _prose_score(page.lines[index])
        if total > best:
            best, best_range = total, range(start, index + 1)
    chosen = (best, best_range)
    for before in reversed(stretches):
        chosen = chosen if chosen[0] >= rules.COMMENTS_OUTWEIGH * before[0] else before
    return chosen


def _mark_comment_thread(page: _Page) -> None:
    """Replies under an article, by their shape: two or more short lines that give a full date with a
    time of day ("August 8, 2018 at 3:17 pm"), after an article's worth of running text.

    The first reply's name line (the short line above its date) opens the thread: it is marked as
    the comments heading, so the main text stops there and the thread follows it out.
    """
    prose_words = 0
    stamps: list[int] = []
    for index, line in enumerate(page.lines):
        if not page.free(index):
            continue
        if _is_prose(line):
            prose_words += line.words
        elif prose_words >= rules.MIN_ARTICLE_WORDS and _is_reply_stamp(line):
            if not _opens_article_text(page, index):
                stamps.append(index)
            else:
                # The article's own date and time, under its headline: a dateline (read as the article's
                # date by _find_dateline when no header line gives one).
                page.drop(index, "dateline (the date is shown in the article header)")
    if len(stamps) < 2:
        return
    first = stamps[0]
    name = first - 1
    opening = name if name >= 0 and page.free(name) and not _is_prose(page.lines[name]) and page.lines[name].words <= 6 else first
    page.drop(opening, "comments")
    for index in stamps:
        if page.free(index):
            page.drop(index, "comments")


def _opens_article_text(page: _Page, index: int) -> bool:
    """An article's worth of running text follows the line, paragraph after paragraph: the date of an
    article (under its headline), not of a reply or a teaser (a reply or teaser is a paragraph or two)."""
    words = paragraphs = 0
    header = 2  # a reading time, a photo's caption between the date and the text
    for following in range(index + 1, len(page.lines)):
        if not page.free(following):
            continue
        if not _is_prose(page.lines[following]):
            if paragraphs or header == 0:
                break
            header -= 1
            continue
        words += page.lines[following].words
        paragraphs += 1
    return paragraphs >= 3 and words >= rules.MIN_ARTICLE_WORDS


def _is_reply_stamp(line: Line) -> bool:
    """A short line that is a full date with a time of day: how comment threads date each reply."""
    if line.words > rules.MAX_DATELINE_WORDS or not re.search(r"\b\d{1,2}[:.]\d{2}\b", line.text):
        return False
    found = _pattern_date(line.text)
    return found is not None and found.complete


def _mark_inline_boxes(page: _Page, main: range) -> None:
    """Inside the main text, a "Related articles" box: its heading and the headlines under it, up to the text."""
    index = main.start
    while index < main.stop:
        if page.dropped.get(index) in rules.ARTICLE_ENDS:
            heading = page.lines[index].text.strip()
            index += 1
            while index < main.stop and not (page.free(index) and _resumes_text(page, index)):
                if page.free(index):
                    page.drop(index, f"under {heading!r}, a box inside the article")
                index += 1
        index += 1


def _resumes_text(page: _Page, index: int) -> bool:
    """Running text that is the article's again, not a boxed headline that happens to end with "!":
    long, or followed by more running text."""
    line = page.lines[index]
    following = next((i for i in range(index + 1, len(page.lines)) if page.free(i)), None)
    return _is_prose(line) and (line.words >= 2 * rules.MIN_PROSE_WORDS or (following is not None and _is_prose(page.lines[following])))


def _mark_outside(page: _Page, lines: range) -> None:
    """Drop the menu or link list after the main text; keep a closing line or two.

    Sentences that run on from the main text are the article's last words.
    What follows is dropped only when it is a list (several lines) or under a
    section that follows articles: one or two short lines after an article
    are too likely to be its own. Running text
    there is never dropped for its place alone: only under a section that
    follows articles ("Related articles", comments).
    """
    after = [i for i in lines if page.free(i)]
    # "Related posts", comments: what follows such a heading is never the article's, however short.
    heading = next((i for i in lines if page.dropped.get(i) in rules.ARTICLE_ENDS), len(page.lines))
    while after and ends_sentence(page.lines[after[0]].text) and not page.lines[after[0]].text.rstrip().endswith("?"):
        after.pop(0)
    if not after or (len(after) < rules.MIN_LIST_LINES and after[-1] < heading):
        return
    # The short lines after the heading are its list; running text resumes the article (an inline box).
    listed_under = page.lines[heading].text.strip() if heading < after[0] else None
    ended_by = None
    introduced = False  # under a line that ends with ":" (the article's own list: "Tour dates:")
    for index in range(after[0], len(page.lines)):
        if page.dropped.get(index) in rules.ARTICLE_ENDS:
            ended_by = ended_by or page.lines[index].text.strip()
        if index not in after:
            introduced = introduced and index not in page.dropped
            continue
        line = page.lines[index]
        if not ended_by and (line.text.rstrip().endswith(":") or (introduced and line.words >= rules.MIN_LIST_ITEM_WORDS)):
            introduced = True
            continue
        introduced = False
        if ended_by or (listed_under and not _is_prose(line)):  # the evidence: the heading the line stands under
            page.drop(index, f"under {ended_by or listed_under!r}, a section that follows the article")
        elif not _is_prose(line):
            page.drop(index, "after the article's main text (menu or link list)")


def _find_title(page: _Page, main_start: int) -> int | None:
    """The headline: the candidate line with the most evidence (see :func:`title_features`).

    When no candidate has enough, there is no title (the file name stands in,
    with a warning) and ``title: low confidence`` names the candidates.
    """
    candidates = _candidates(page, main_start)
    scored = sorted(((title_model.score(features), -i, i) for i, features in candidates.items()), reverse=True)  # ties: the first
    if scored and scored[0][0] >= title_model.threshold():
        title = scored[0][2]
    elif 0 in candidates and _is_hand_saved_headline(page, candidates[0], main_start):
        title = 0
    else:
        shown = ", ".join(repr(page.lines[i].text.strip()[:60]) for _, _, i in scored[:3]) or "none"
        page.warnings.append(f"title: low confidence (candidates: {shown})")
        return None
    text = page.lines[title].text.strip()
    page.meta.title = text
    page.labels[title] = "title"
    for index in range(len(page.lines)):
        if index != title and page.free(index) and page.lines[index].text.strip() == text:
            page.drop(index, "repeated headline")
    return title


def _is_hand_saved_headline(page: _Page, features: dict[str, float] | None, main_start: int) -> bool:
    """The file's first line, written with capitals, set apart by a blank line or followed by no
    chrome before the text: how a dump saved by hand opens ("Story 12", a blank line, the text).
    The model, trained on browser copies of whole pages, seldom sees that shape, so it holds
    when nothing else convinces."""
    no_chrome = not any(_dropped_as_chrome(page, i) for i in range(main_start))
    return bool(features) and (page.lines[0].blank_after or no_chrome) and not features["lower case"]


def _title_region(page: _Page, main_start: int) -> tuple[int, list[int]]:
    """``(where the text starts, the lines that may hold the headline)``: near the top and above the text.

    The region is the page's first ``MAX_HEADER_LINES`` free lines (a dump saved
    by hand opens with its headline) and the free lines within
    ``TITLE_REACH`` of where the main text begins and of where its paragraphs
    begin: the two differ when a deck, a lead picture's caption or a fact box
    stands between them, and the headline sits above either. A menu above the
    text is in reach too; the model weighs its lines down.
    """
    free = [i for i in range(len(page.lines)) if page.free(i)]
    # The headline stands above the article's first paragraphs: the first two lines of
    # running text in a row (the main text may begin earlier, with a stray sentence of
    # the site's, or with a picture's alt text the page repeats).
    text_start = next((i for i in free if i >= main_start and _opens_paragraphs(page, i)), main_start)
    reach = rules.TITLE_REACH
    region = [
        i for n, i in enumerate(free)
        if n < rules.MAX_HEADER_LINES
        or main_start - reach <= i <= main_start + rules.MAX_HEADER_LINES
        or text_start - reach <= i <= text_start + rules.MAX_HEADER_LINES
    ]  # fmt: skip
    return text_start, region or free[:1]


def _opens_paragraphs(page: _Page, index: int) -> bool:
    """Two sentences of running text in a row start here (long menu lines are not sentences)."""
    following = next((i for i in range(index + 1, len(page.lines)) if page.free(i)), None)
    return following is not None and all(
        _is_prose(page.lines[i]) and ends_sentence(page.lines[i].text) for i in (index, following)
    )


def title_features(page: _Page, index: int, main_start: int) -> dict[str, float]:
    """The evidence that line ``index`` is the headline, by name (0/1 unless said otherwise).

    Repetition in the page's head, a byline or date near it, its place (first
    line, just above the text, how far above it), its shape (length, case).
    The weights are learned (:mod:`ingest.text.title_model`); the names are
    the model file's keys.
    """
    line = page.lines[index]
    text = line.text.strip()
    f: dict[str, float] = {}
    # Repeated in the page's head, where the site's chrome is not (a footer repeats the menu's words).
    head = range(min(len(page.lines), main_start + rules.MAX_HEADER_LINES))
    others = [page.lines[i].text.strip() for i in head if i != index and not _dropped_as_chrome(page, i)]
    f["repeated"] = any(other == text or (other.startswith(text) or other.endswith(text)) and len(other) < 2 * len(text) + 30 for other in others)
    # "Headline | Site" or "Headline - Site" elsewhere: the page's <title> printed as a line.
    f["repeated with the site's name"] = any(
        other.startswith(text) and _SITE_NAME_PART.fullmatch(other, len(text)) is not None for other in others
    )
    # The headline opening a longer line anywhere: many sites use it as every picture's alt text.
    f["opens a longer line"] = any(
        other.startswith(text) and len(other) > len(text) for other in (page.lines[i].text.strip() for i in range(len(page.lines)) if i != index)
    )
    under = next((i for i in range(index + 1, len(page.lines)) if not _dropped_as_chrome(page, i)), None)
    f["byline or date right under it"] = under is not None and _is_header_fact(page, under)
    f["byline or date under it"] = not f["byline or date right under it"] and any(
        _is_header_fact(page, i) for i in range(index + 1, min(len(page.lines), index + 4))
    )
    f["name under it"] = under is not None and _is_name_line(page.lines[under])
    f["byline or date above it"] = any(_is_header_fact(page, i) for i in range(max(0, index - 3), index))
    f["first line"] = index == min(i for i in range(len(page.lines)) if i not in page.dropped)
    f["the file's first line"] = index == 0  # a dump saved by hand starts with its headline
    below = [i for i in range(index + 1, min(len(page.lines), index + 5)) if page.free(i)]
    f["just above the text"] = any(_opens_paragraphs(page, i) for i in below[:3])
    distance = main_start - index
    f["lines above the text (log)"] = math.log1p(max(0, distance))
    # Below the first paragraphs a line is a subhead or a boxed headline, unless the byline or date
    # stands right under it (the paragraphs above were a picture's alt text or a teaser).
    f["below the text's start"] = distance < 0 and not f["byline or date right under it"]
    f["below the text's start, byline or date right under it"] = distance < 0 and f["byline or date right under it"]
    before = next((i for i in range(index - 1, -1, -1) if not _dropped_as_chrome(page, i)), None)
    neighbours = [page.lines[i].words for i in (before, under) if i is not None]
    # Menus and link lists are runs of short lines; a headline stands out of its neighbours.
    f["longer than the lines around it"] = all(line.words > 2 * n for n in neighbours)
    facts = [i for i in (before, under) if i is not None and _is_header_fact(page, i)]
    f["between short lines"] = len(neighbours) == 2 and not facts and all(n <= 3 for n in neighbours)
    # Authors listed without a "By" ("Clara Löw, Siddharth Prakash & Klaus Jacob").
    f["a list of names"] = _written_as_name(text) and bool(re.search(r",|&|\band\b|\bund\b", text))
    f["headline length"] = 4 <= line.words <= 25
    f["long headline"] = 8 <= line.words <= 25
    f["one or two words"] = line.words <= 2 and index > 0  # a dump saved by hand may open with a short headline
    f["lower case"] = text == text.lower() != text.upper()  # no capital at all, in a script that has them
    f["all capitals"] = text == text.upper() != text.lower()  # kickers and section labels shout
    words = [w for w in text.split() if w[:1].isalpha()]
    f["share of capitalised words"] = sum(w[:1].isupper() for w in words) / len(words) if words else 0.0
    window = [i for i in range(max(0, main_start - rules.MAX_HEADER_LINES), main_start + 1) if page.free(i)]
    f["longest line above the text"] = index in window and len(text) == max(len(page.lines[i].text.strip()) for i in window)
    f["ends with ! or ?"] = text.endswith(("!", "?"))
    return {name: float(value) for name, value in f.items()}


_SITE_NAME_PART = re.compile(r"\s*[|–—:-]\s*\S.{0,40}")


def _is_name_line(line: Line) -> bool:
    """A reporter's name alone on its line ("Debbie White"): two to four words, each written as a name."""
    return 2 <= line.words <= 4 and not ends_sentence(line.text) and _written_as_name(line.text) and "&" not in line.text


def _dropped_as_chrome(page: _Page, index: int) -> bool:
    """Dropped as the site's chrome (not as a fact of the article's header)."""
    reason = page.dropped.get(index, "")
    return bool(reason) and not reason.startswith(("byline", "author", "date", "photo credit", "rights"))


def _is_header_fact(page: _Page, index: int) -> bool:
    """A byline, or a line that gives a date: wholly a date, "Posted on ...", or a short line with a full date."""
    reason = page.dropped.get(index, "")
    line = page.lines[index]
    if reason.startswith(("byline", "author")):
        return True
    if line.words > rules.MAX_DATELINE_WORDS:
        return False
    found = _pattern_date(line.text)
    return found is not None and (found.complete or found.end - found.start >= 0.8 * len(line.text.strip()))


def _is_title_shaped(page: _Page, index: int, main_start: int) -> bool:
    """Never a UI phrase (chrome), a byline, a date, a file name, a caption, or a question from the body."""
    text = page.lines[index].text.strip()
    if (
        not _is_headline_like(page, index)
        or full_match(rules.FILE_NAME, text)
        or re.match(rules.CAPTION_MARK, text)
        or _caption_followed_by_credit(page, index)  # a lead picture's caption, its credit under it
        or re.match(r"[a-z_]+:\s", text)  # a field ("title: ...", "tags: ..."), as front matter or a metadata block prints it
        or (text.endswith("?") and _is_answered(page, index, main_start) and not _near_header_fact(page, index))
        or search(rules.NOT_A_HEADLINE, text)
        or (re.match(rules.DATELINE, text, re.I) and re.search(r"\d", text))  # "Veröffentlicht am 19.10.19 um 14:34 Uhr"
        or sum(c.isdigit() for c in text) > 0.3 * len(text)  # prices, tickers, phone numbers
    ):
        return False
    found = _pattern_date(text)
    # A headline may name a day ("Festival opens on June 5"); a full date with a year makes a dateline.
    return found is None or (not found.complete and page.lines[index].words > 6)


def _is_answered(page: _Page, index: int, main_start: int) -> bool:
    """A question inside the text, or one a paragraph answers right under it: an interviewer's."""
    following = _next_free(page, index)
    return index >= main_start or (following is not None and _is_prose(page.lines[following]))


def _near_header_fact(page: _Page, index: int) -> bool:
    """A byline or a date within three lines of ``index``: a question there is a headline, not an interviewer's."""
    return any(_is_header_fact(page, i) for i in range(max(0, index - 3), min(len(page.lines), index + 4)) if i != index)


def _is_headline_like(page: _Page, index: int) -> bool:
    line = page.lines[index]
    return (
        2 <= line.words <= rules.MAX_HEADLINE_WORDS
        and not line.text.rstrip().endswith((":", "."))
        and not full_match(rules.BYLINE, line.text)
        and not is_bullet(line.text)
        and parse_date(line.text) is None
        and not _is_caption_slot(page, index)
    )


def _read_header(page: _Page, title: int | None, main_start: int) -> int:
    """Claim the lines between the headline and the first body line.

    With no headline, the lines above the main text are read as if above one
    when there are more short lines than a header holds (``MAX_HEADER_LINES``:
    headline, deck, byline, date): that is a menu. Fewer are too likely the
    article's own (a headline nothing confirmed, a deck, a preamble) and stay.
    """
    if title is None:
        short = [i for i in range(main_start) if page.free(i) and not _is_prose(page.lines[i])]
        if len(short) <= rules.MAX_HEADER_LINES:
            return 0
        _read_above(page, main_start, "above the article's text (not running text; no headline found)")
        return main_start
    _read_above(page, title, "above the headline (not running text)")
    index = title + 1
    dated = False
    while index < len(page.lines):
        line = page.lines[index]
        if not page.free(index):
            index += 1
            continue
        text = without_bullet(line.text)
        whole = parse_date(text, page.day_first)
        date = (*whole, False) if whole else _dateline_date(line, page.day_first) or _dated_header_line(page, index)
        if date is not None and dated:
            return index  # a header gives one date: dates and headlines in turn are a list of teasers
        if date is not None:
            dated = True
            iso, complete, revised = date
            if complete and not page.meta.date:
                page.meta.date, page.date_revised = iso, revised
            elif not complete and not page.meta.date_text:
                page.meta.date_text = text
            page.drop(index, "date (shown in the article header)")
        elif is_bullet(line.text) and line.words <= 8:
            page.meta.authors.append(text)
            page.drop(index, "author (shown in the article header)")
        elif _is_deck(page, index):
            page.meta.deck.append(line.text.strip())
            page.drop(index, "deck (shown under the headline)")
        else:
            return index
        index += 1
    return index


def _read_above(page: _Page, end: int, reason: str) -> None:
    """Lines above the headline (or the text): captions of a lead photo, chrome, or text a wrong guess missed.

    Running text is kept (a wrong headline guess must never cost article
    text), and so is a short line between two of its paragraphs: a subhead
    of the article the guess cut, not a menu (menus do not interleave with
    running text).
    """
    free = [i for i in range(end) if page.free(i)]
    prose = [i for i in free if _is_prose(page.lines[i])]
    for index in free:
        if _caption_followed_by_credit(page, index) or re.match(rules.CAPTION_MARK, page.lines[index].text.strip()):
            page.captions[index] = _caption(page, index) or (page.lines[index].text.strip(), "")
            page.labels[index] = "caption"
        elif index in prose or _between_paragraphs(page, index, free, prose):
            page.lead.append(index)
        else:
            page.drop(index, reason)


def _between_paragraphs(page: _Page, index: int, free: list[int], prose: list[int]) -> bool:
    """The lines right before and right after ``index`` among ``free`` (the lines no pass had claimed)
    are both sentences of running text (of ``prose``)."""
    position = free.index(index)
    neighbours = free[position - 1 : position + 2 : 2] if position > 0 else []
    return len(neighbours) == 2 and all(i in prose and ends_sentence(page.lines[i].text) for i in neighbours)


def _find_dateline(page: _Page, title: int | None, body_start: int, main: range) -> None:
    """The article's own date, when no header line was wholly a date.

    A short line near the headline that holds a date ("Posted on August 19,
    2024 by ...", "Source | 2021/02/24 | Permalink", "입력 2024.03.05 10:41",
    "By Mina Park | Oct 24, 2023 | Updated: ..."): the first such line under
    the headline, else above it; else, the first such line inside the main
    text (a dateline the headline guess missed). Dates after the main text
    belong to comments and related items.
    """
    if page.meta.date and not page.date_revised:
        return
    anchor = title if title is not None else main.start
    below = range(anchor + 1, min(len(page.lines), max(body_start, anchor + 1) + rules.MAX_HEADER_LINES))
    above = range(anchor - 1, max(-1, anchor - rules.MAX_HEADER_LINES), -1)
    # With a revision's date from the header, only the header may give the publication's ("By X | date").
    within = () if page.meta.date else (i for i in main if i > anchor + rules.MAX_HEADER_LINES and not _is_prose(page.lines[i]))
    for index in [*below, *above, *within]:
        line = page.lines[index]
        if line.words > 2 * rules.MAX_DATELINE_WORDS or page.labels.get(index) == "title":
            continue
        own = _publication_date(line.text, page.day_first)
        if own is None or not own[0].complete or (page.meta.date and own[1]):
            continue
        # Opened by a byline, "Published" or the date itself, a dateline may carry the names and an
        # "Updated" part too (twice the words); otherwise a line with a date is a dateline when short.
        labelled = re.match(rf"{rules.DATELINE}|{rules.BYLINE_OPENER}", line.text.strip(), re.I)
        if line.words > rules.MAX_DATELINE_WORDS and not (labelled or _opens_with(line.text, own[0])):
            continue
        # A month and a year inside an unlabelled line name a period ("Gruft-Orakel Februar 2020: ..."), not a day of publication.
        if len(own[0].iso) < 10 and not labelled and line.text[own[0].start : own[0].end].strip() != line.text.strip():
            continue
        if page.free(index) and not _is_prose(line):
            page.drop(index, "dateline (the date is shown in the article header)")
        # A revision's date ("Updated: ...") stands until a line labelled as the publication's is found (_mark_datelines).
        page.meta.date, page.date_revised = own[0].iso, own[1]
        return
    page.meta.date = page.meta.date or _published_note_date(page, main) or _date_away_from_the_headline(page, main)


def _published_note_date(page: _Page, main: range) -> str:
    """The date of a blog's note at the end of its post that it was published on that day ("Dieser
    Eintrag wurde veröffentlicht in Kino am 11. Dezember 2012 von Mathias."), or "". Only read,
    never dropped: the same words may be a sentence of the article's own."""
    for index in range(max(0, main.stop - 3), min(len(page.lines), main.stop + rules.PUBLISHED_NOTE_REACH)):
        line = page.lines[index]
        if page.dropped.get(index) == "comments" or line.words > 2 * rules.MAX_DATELINE_WORDS:
            continue
        if re.search(rules.PUBLISHED_NOTE, line.text, re.I) and not re.search(rules.UPDATED, line.text, re.I):
            found = _pattern_date(line.text, page.day_first)
            if found is not None and found.complete and len(found.iso) == 10:
                return found.iso
    return ""


def _date_away_from_the_headline(page: _Page, main: range) -> str:
    """The date of a page whose header gave none: the short dated line nearest above the main
    text (the header the headline guess missed), else the one date printed on short lines after
    it, when only one is (several are the dates of comments or of related items); or ""."""

    def dated(index: int) -> str:
        line = page.lines[index]
        if line.words > 2 * rules.MAX_DATELINE_WORDS or _is_prose(line) or page.labels.get(index) == "title":
            return ""
        found = _pattern_date(line.text, page.day_first)
        return found.iso if found is not None and found.complete and len(found.iso) == 10 else ""

    for index in range(main.start - 1, -1, -1):
        if iso := dated(index):
            return iso
    after = {iso for index in range(main.stop, len(page.lines)) if (iso := dated(index))}
    return after.pop() if len(after) == 1 else ""


def _report_impossible_date(page: _Page, title: int | None, body_start: int) -> None:
    """A header line that prints a date no calendar has ("2025-02-30"): one warning, worded as
    for a sidecar's date (:func:`ingest.dates.check_date`), and no date."""
    start = 0 if title is None else title + 1
    for index in range(start, min(len(page.lines), body_start + rules.MAX_HEADER_LINES)):
        line = page.lines[index]
        if line.words <= 2 * rules.MAX_DATELINE_WORDS and (error := impossible_date(line.text)):
            page.warnings.append(f"date {error}")
            return


def _dateline_date(line: Line, day_first: bool = False) -> tuple[str, bool, bool] | None:
    """``(iso, complete, revised)`` of a short "Published on ..."/"Updated: ..."/"입력 ..." line
    (``revised``: the date is labelled as a revision's, see :func:`_publication_date`)."""
    # Opened by "Published", it may carry a time, a weekday and an "Updated" part too (twice the words).
    if line.words > 2 * rules.MAX_DATELINE_WORDS or not re.match(rules.DATELINE, line.text.strip(), re.I):
        return None
    own = _publication_date(line.text, day_first)
    return (own[0].iso, own[0].complete, own[1]) if own else None


def _dated_header_line(page: _Page, index: int) -> tuple[str, bool, bool] | None:
    """``(iso, True, revised)`` of a header line that gives a full date with a few words about it
    ("Nissan November 20, 2019 13:42", "12/04/2020 by Kay 24 Comments"), or opens with one
    ("February 4, 2020 • words by Kanae Nakamine • Art by Koichi"); None for running text."""
    line = page.lines[index]
    if line.words > 2 * rules.MAX_DATELINE_WORDS or _is_prose(line):
        return None
    # Dated lines in a row are a list (teasers, events, comments), not one article's header.
    if any(_pattern_date(page.lines[i].text) for i in (index - 1, index + 1) if 0 <= i < len(page.lines)):
        return None
    own = _publication_date(line.text, page.day_first, foreign=False)
    if own is None or len(own[0].iso) != 10:
        return None
    found = own[0]
    around = len(line.text[: found.start].split()) + len(line.text[found.end :].split())
    if around <= rules.MAX_WORDS_AROUND_A_DATE or _opens_with(line.text, found):
        return found.iso, True, own[1]
    return None


def _opens_with(text: str, found: FoundDate) -> bool:
    """``found`` is the first thing ``text`` says (bullets and separators aside)."""
    return not text[: found.start].strip(" |•·-–—,:")


def _publication_date(text: str, day_first: bool, *, foreign: bool = True) -> tuple[FoundDate, bool] | None:
    """``(date, revised)``: the first full date in ``text`` not labelled as a revision's, else its
    first date (``revised``: labelled so). "Last updated 04 Jun 2020, originally created 17 Jun
    2019" -> 17 June 2019; "By Mina Park | Oct 24, 2023 | Updated: Oct 25, 2023" -> 24 October.
    A date's label is the words between it and the date before it (``rules.UPDATED``)."""
    dates: list[tuple[FoundDate, bool]] = []
    start = 0
    while start < len(text) and len(dates) < 3:
        found = find_date(text[start:], foreign=foreign and start == 0, day_first=day_first)
        if found is None:
            break
        label = text[start : start + found.start]
        dates.append((FoundDate(found.iso, found.complete, start + found.start, start + found.end), bool(re.search(rules.UPDATED, label, re.I))))
        start += max(found.end, 1)
    return next(((found, False) for found, revised in dates if found.complete and not revised), dates[0] if dates else None)


def _mark_datelines(page: _Page) -> None:
    """Publication datelines anywhere ("First published on November 19, 2019"): metadata, not
    text. The first one not labelled as a revision's dates a page that only had a revision's date."""
    for index, line in enumerate(page.lines):
        # A thread of replies may be taken to open at the article's dateline under the text
        # ("Publiziert: 03.04.2020, 12:35" above "44 Kommentare"): its first line is read too.
        opens_thread = page.dropped.get(index) == "comments" and page.dropped.get(index - 1) != "comments"
        if not page.free(index) and not page.dropped.get(index, "").startswith(BY_POSITION) and not opens_thread:
            continue
        if date := _dateline_date(line, page.day_first):
            iso, complete, revised = date
            if complete and (not page.meta.date or (page.date_revised and not revised)):
                page.meta.date, page.date_revised = iso, revised
            if not opens_thread:
                page.drop(index, "dateline (the date is shown in the article header)")


def _is_deck(page: _Page, index: int) -> bool:
    line = page.lines[index]
    # A deck is a phrase of several words: one word under a headline is a button ("Tweet", "Share").
    if line.words > rules.MAX_DECK_WORDS or _is_question(page, index, interview=True):
        return False
    if page.meta.title and line.text.startswith(page.meta.title):
        return False
    return not ends_sentence(line.text) or is_headline_quote(line.text)


# --- 4. Body ----------------------------------------------------------------------


def _read_body(page: _Page, start: int) -> list[model.Block]:
    lines = page.lines
    body = sorted(page.lead + [i for i in range(start, len(lines)) if page.free(i) or i in page.code])
    interview = _is_interview(page, body)
    footnotes = page.footnotes
    blocks: list[model.Block] = [
        _figure(*page.captions[i]) for i in sorted(page.captions)
    ]
    subhead_seen = False
    quote: list[model.Block] = []
    for index in body:
        line = lines[index]
        text = line.text.strip()
        if quote and not _is_pull_quote(page, index):
            blocks.append(model.Quote(tuple(quote)))
            quote = []
        if index in page.code:
            blocks.append(model.Preformatted(page.code[index]))
        elif label := _run_in_label(text):
            # "Editor's NoteAsia Economy has ...": a box's label run into its text by the copy.
            blocks.append(model.Heading(1, (model.Text(label),)))
            blocks.append(model.Paragraph(_inlines(text[len(label) :], footnotes)))
        elif (caption := _caption(page, index)) is not None:
            blocks.append(_figure(*caption))
        elif _is_question(page, index, interview=True) and (interview or _is_numbered_question(text)):
            blocks.append(model.Heading(2 if subhead_seen else 1, _inlines(text, footnotes)))
        elif _is_subhead(page, index):
            subhead_seen = True
            blocks.append(model.Heading(1, _inlines(text, footnotes)))
        elif _is_pull_quote(page, index):
            quote.append(model.Paragraph(_inlines(text, footnotes)))
        else:
            blocks.append(model.Paragraph(_inlines(text, footnotes)))
    if quote:
        blocks.append(model.Quote(tuple(quote)))
    blocks.extend(model.Footnote(label, _inlines(note, {})) for label, note in footnotes.values())
    return blocks


def _run_in_label(text: str) -> str | None:
    """The label of a box ("Editor's Note") that opens ``text`` with no space or colon before the
    box's text, which starts with a capital: how a copy joins a label and the text beside it."""
    match = re.match(rf"(?:{rules.BOX_LABELS})(?=[^\W\d_])", text)
    return match[0] if match and text[match.end()].isupper() and len(text.split()) > rules.MIN_PROSE_WORDS else None


def _figure(caption: str, credit: str) -> model.Figure:
    return model.Figure(None, "", (model.Text(caption),), (model.Text(credit),) if credit else ())


def _inlines(text: str, footnotes: dict[int, tuple[str, str]]) -> tuple[model.Inline, ...]:
    labels = {label for label, _ in footnotes.values()}
    if not labels:
        return (model.Text(text),)
    out: list[model.Inline] = []
    position = 0
    for match in re.finditer(rules.FOOTNOTE_MARKER, text):
        if match["label"] in labels:
            if match.start() > position:
                out.append(model.Text(text[position : match.start()]))
            out.append(model.FootnoteRef(match["label"]))
            position = match.end()
    if position < len(text):
        out.append(model.Text(text[position:]))
    return tuple(out)


def _mark_footnotes(page: _Page) -> None:
    """``[n] note`` lines whose marker ``[n]`` appears on an earlier line."""
    for index, line in enumerate(page.lines):
        match = page.free(index) and full_match(rules.FOOTNOTE_DEFINITION, line.text)
        if not match:
            continue
        marker = f"[{match['label']}]"
        if any(marker in page.lines[i].text for i in range(index) if page.free(i)):
            page.footnotes[index] = (match["label"], match["text"].strip())
            page.labels[index] = "footnote"


def _is_interview(page: _Page, body: list[int]) -> bool:
    if search(rules.INTERVIEW_TITLE, page.meta.title):
        return True
    questions = sum(1 for i in body if _is_question(page, i, interview=False))
    return questions >= 2


def _is_question(page: _Page, index: int, *, interview: bool) -> bool:
    """An interviewer's question. Without ``interview``, only the sure forms."""
    line = page.lines[index]
    text = line.text.strip()
    if line.words > rules.MAX_QUESTION_WORDS or is_quoted(text):
        return False
    if _is_numbered_question(text):
        return True
    if text.rstrip("\"'”’").endswith("?"):
        return interview or line.words <= 25
    if not interview or ends_sentence(text) is False:
        return False
    first = text.split()[0].lower().strip(",")
    opens = first in rules.QUESTION_OPENERS or text.lower().startswith("if possible")
    addressed = bool(search(rules.SECOND_PERSON, text)) or first in {"what", "how", "why", "when", "where", "who", "which"}
    speaks_for_self = bool(search(rules.FIRST_PERSON, text))
    return opens and addressed and not speaks_for_self and line.words <= 25


def _is_numbered_question(text: str) -> bool:
    return bool(re.match(rules.QUESTION_MARK, text, re.I))


def _is_subhead(page: _Page, index: int) -> bool:
    line = page.lines[index]
    text = line.text.strip()
    return (
        line.words <= rules.MAX_SUBHEAD_WORDS
        and line.blank_before
        and line.blank_after
        and not ends_sentence(text)
        and not text.endswith((":", ",", ";"))
        and not is_quoted(text)
        and text[:1].isupper()
    )


def _is_pull_quote(page: _Page, index: int) -> bool:
    line = page.lines[index]
    text = line.text.strip()
    if line.words > 25 or not is_quoted(text):
        return False
    inner = text.rstrip("\"'”’").rstrip()
    return not inner.endswith((".", "!", "?", "…"))


def _caption(page: _Page, index: int) -> tuple[str, str] | None:
    """``(caption, credit)`` when the line is a caption whose picture is gone."""
    line = page.lines[index]
    text = line.text.strip()
    title = page.meta.title
    if re.match(rules.CAPTION_MARK, text) and line.words <= 2 * rules.MAX_CAPTION_WORDS:
        return _split_credit(re.sub(rules.CAPTION_MARK, "", text))  # "▲ Director Kim at the premiere"
    if title and text.startswith(title) and len(text) > len(title) and not text[len(title) :].strip()[:1].islower():
        # Many sites repeat the headline as every picture's alt text.
        page.dropped_parts.append(model.Dropped(title, "repeated headline (a picture's alt text)"))
        return _split_credit(text[len(title) :].strip())
    if search(rules.TRAILING_CREDIT, text) and line.words <= 2 * rules.MAX_CAPTION_WORDS:
        return _split_credit(text)
    if line.words > rules.MAX_CAPTION_WORDS or ends_sentence(text):
        return None
    if _caption_followed_by_credit(page, index):
        return text, _next_credit(page, index)
    if search(rules.TRAILING_CREDIT, text):
        return _split_credit(text)
    if search(rules.CAPTION_WORDS, text) and not is_quoted(text):
        return text, ""
    if _is_caption_slot(page, index):
        return text, ""
    return None


def _is_caption_slot(page: _Page, index: int) -> bool:
    """A short non-sentence that opens a block and runs straight into text:
    where a picture stood, with its caption under it."""
    line = page.lines[index]
    text = line.text.strip()
    return (
        line.blank_before
        and not line.blank_after
        and index > 0
        and line.words <= 15
        and not ends_sentence(text)
        and not is_quoted(text)
        and not text.endswith(":")
        and index + 1 < len(page.lines)
        and page.lines[index + 1].words > 15
    )


def _split_credit(text: str) -> tuple[str, str]:
    match = search(rules.TRAILING_CREDIT, text)
    if not match:
        return text, ""
    return text[: match.start("credit")].rstrip(), match["credit"].strip()


def _caption_followed_by_credit(page: _Page, index: int) -> bool:
    following = index + 1
    return (
        following < len(page.lines)
        and page.labels.get(following) == "credit"
        and page.lines[index].words <= rules.MAX_CAPTION_WORDS
        and not ends_sentence(page.lines[index].text)
    )


def _next_credit(page: _Page, index: int) -> str:
    credit, _ = split_rights(page.lines[index + 1].text)
    credits = page.meta.image_credits
    if credit in credits:
        credits.remove(credit)  # shown with its caption instead
    return credit
