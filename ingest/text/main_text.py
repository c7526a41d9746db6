"""Pass 3: where the article's text starts and ends.

The main text is the stretch with the most running text (a maximum-sum run
over line scores); comment threads and "Related" boxes inside it are marked,
and the menus and link lists after it are dropped.
"""

from __future__ import annotations

import re

from ingest.text import rules
from ingest.text.lines import Line, ends_sentence, full_match, is_navigation, is_prose, is_review_fact
from ingest.text.page import Page, pattern_date
from ingest.text.teasers import teaser_runs_among_text


def _prose_score(line: Line) -> int:
    """Positive for a line of running text, negative for a menu item or a link."""
    if is_prose(line):
        return line.words
    if line.words >= rules.MIN_LIST_ITEM_WORDS:
        return -rules.LIST_ITEM_PENALTY  # an item of the article's own list (tour dates, a line-up) more likely than a menu entry
    return -rules.SHORT_LINE_PENALTY


def main_text(page: Page) -> range:
    """The stretch of lines with the most running text and the fewest short lines.

    The maximum-sum run of line scores (Kadane's algorithm): menus, link lists
    and "related" headlines around an article are runs of short lines, and
    lose; an article's own subheads and questions sit between paragraphs that
    outweigh them.
    """
    return _best_run(page, 0)[1]


def _best_run(page: Page, first: int) -> tuple[int, range]:
    """``(score, lines)`` of the best stretch from line ``first`` on (see :func:`main_text`).

    A comments heading (or an endless-scroll page's "Next article" label) ends the
    search once an article's worth of text is found: comments and the next article
    follow an article and never continue it. Unless the text
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
        if reason in rules.ARTICLE_ENDS_FOR_GOOD and best >= rules.MIN_ARTICLE_WORDS:
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


def mark_comment_thread(page: Page) -> None:
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
        if is_prose(line):
            prose_words += line.words
        elif prose_words >= rules.MIN_ARTICLE_WORDS and _is_reply_stamp(line):
            if not _opens_article_text(page, index):
                stamps.append(index)
            else:
                # The article's own date and time, under its headline: a dateline (read as the article's
                # date by datelines.find_dateline when no header line gives one).
                page.drop(index, "dateline (the date is shown in the article header)")
    if len(stamps) < 2:
        _mark_thread_by_its_shape(page)
        return
    first = stamps[0]
    name = first - 1
    opening = name if name >= 0 and page.free(name) and not is_prose(page.lines[name]) and page.lines[name].words <= 6 else first
    page.drop(opening, "comments")
    for index in stamps:
        if page.free(index):
            page.drop(index, "comments")


def _mark_thread_by_its_shape(page: Page) -> None:
    """Replies that give no clock time: after an article's worth of running text, at least
    ``MIN_REPLIES`` replies that open with a name over when they were posted ("Sarah Lee" over "3 days
    ago", "2h" or a date), each followed by its reply buttons ("Reply", "Like", "12 Likes") before the
    next: the repeated short meta lines of every comment widget. A festival diary's days over their dates
    have no buttons; a reader's name alone is no evidence.

    The first reply's name opens the thread, marked as the comments heading (the main text stops
    there, what follows goes with it); the replies' times go too, so that none dates the article.
    """
    prose_words = 0
    names: list[int] = []
    stamps: list[int] = []
    answered: set[int] = set()  # the stamps a reply button follows before the next stamp
    for index, line in enumerate(page.lines):
        if page.free(index) and is_prose(line):
            prose_words += line.words
        if prose_words < rules.MIN_ARTICLE_WORDS:
            continue
        if names and page.free(index) and full_match(rules.COMMENT_ACTIONS, line.text):
            answered.add(stamps[-1])
        elif _is_posting_time(page, index) and index > 0 and _is_writers_name(page, index - 1):
            names.append(index - 1)
            stamps.append(index)
    # Each reply has its buttons: stamps with no button between them are a list's lines, not replies.
    if len(names) < rules.MIN_REPLIES or len(answered) < rules.MIN_REPLIES:
        return
    page.drop(names[0], "comments")
    for index in stamps:
        if page.free(index):
            page.drop(index, rules.REPLY_TIME)


def _is_posting_time(page: Page, index: int) -> bool:
    """When a reply was posted: "3 days ago" (dropped as chrome already), "2h", or a short date line."""
    line = page.lines[index]
    if page.dropped.get(index) == rules.RELATIVE_TIME:
        return True
    if not page.free(index) or line.words > rules.MAX_DATELINE_WORDS or is_prose(line):
        return False
    return bool(full_match(rules.COMPACT_TIME, line.text)) or pattern_date(line.text, page.day_first) is not None


def _is_writers_name(page: Page, index: int) -> bool:
    """A reply's writer: a short free line of one to four words that is no sentence, date or button
    ("Sarah Lee", "Tom K.", "minjun_88")."""
    line = page.lines[index]
    return (
        page.free(index)
        and 1 <= line.words <= 4
        and not ends_sentence(line.text.rstrip("."))
        and not full_match(rules.COMMENT_ACTIONS, line.text)
        and pattern_date(line.text, page.day_first) is None
    )


def mark_teaser_runs(page: Page) -> None:
    """Other articles' teasers in a run after an article's worth of running text ("More stories":
    headline, date, blurb, again and again; :func:`ingest.text.teasers.teaser_runs_among_text`), when
    the text above outweighs the run's blurbs: each line of the run is dropped with the run as the evidence. Their blurbs read as running text, so the
    main text ran on through them, and past them into an author's box or a sign-up form."""
    free = [index for index in range(len(page.lines)) if page.free(index)]
    # The prose words above each line, summed once: a long page has many runs (linear, not quadratic).
    above, total = {}, 0
    for i in free:
        above[i] = total
        total += page.lines[i].words if is_prose(page.lines[i]) else 0
    for teasers, run in teaser_runs_among_text(page.lines, free):
        before = above.get(run[0], total)
        # The article outweighs the teasers that follow it; dated entries that outweigh the text above
        # them are the article (a festival diary: "Day one", its date, a paragraph, day after day).
        if before < max(rules.MIN_ARTICLE_WORDS, sum(page.lines[i].words for i in run if is_prose(page.lines[i]))):
            continue
        for index in run:
            if page.free(index):
                page.drop(index, f"teaser of another article ({teasers} of one shape in a run after the article's text)")


def mark_related_runs(page: Page) -> None:
    """A list of other articles' headlines after the article, with no blurb or date under them ("More
    from Festival News", then four to eight headlines): a run of at least ``MIN_RELATED_HEADLINES``
    headline-shaped lines in a row (``_is_listed_headline``: Title Case, no full stop), after an
    article's worth of running text and with less than that after it, one line of which reads as a
    sentence ("Is This The Year AI Films Win Over Juries?"). The pass after the main text drops a run
    of short lines anyway; such a headline it kept as the article's, and the main text ran on through it.

    Not under a line that ends with ":" (the article's own list: "His five favourite films:").
    """
    free = [index for index in range(len(page.lines)) if page.free(index)]
    prose = [page.lines[i].words if is_prose(page.lines[i]) else 0 for i in free]
    total = sum(prose)  # the running text after a run is what is left of it: one sum, not one a run
    above = 0
    position = 0
    while position < len(free):
        end = position
        while end < len(free) and _is_listed_headline(page.lines[free[end]]):
            end += 1
        run = free[position:end]
        introduced = position > 0 and page.lines[free[position - 1]].text.rstrip().endswith((":", "："))
        if (
            len(run) >= rules.MIN_RELATED_HEADLINES
            and above >= rules.MIN_ARTICLE_WORDS
            and total - above - sum(prose[position:end]) < rules.MIN_ARTICLE_WORDS
            and any(is_prose(page.lines[i]) for i in run)
            and not introduced
        ):
            for index in run:
                page.drop(index, f"related list ({len(run)} headlines in a run after the article's text)")
        above += sum(prose[position : max(end, position + 1)])
        position = max(end, position + 1)


def _is_listed_headline(line: Line) -> bool:
    """A headline as lists of them print it: four words or more up to ``MAX_HEADLINE_WORDS``, two
    thirds of them words of letters, no full stop (a question or an exclamation may end it), in Title Case (``MIN_TITLE_CASE_SHARE`` of its words of
    four letters or more capitalised, at least three of them). A sentence in sentence case, which closes
    an article as often, is none; nor is a script without capitals (its headlines read as no sentence)."""
    text = line.text.strip()
    if not 4 <= line.words <= rules.MAX_HEADLINE_WORDS or (ends_sentence(text) and not re.search(r"[?!]\W*$", text)):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if len(words) < 2 * len(text.split()) / 3:
        return False  # numbers and dates between the words: a calendar's row, a price list
    long_words = [word for word in words if len(word) >= 4]
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return capitalised >= 3 and capitalised >= rules.MIN_TITLE_CASE_SHARE * len(long_words)


def _opens_article_text(page: Page, index: int) -> bool:
    """An article's worth of running text follows the line, paragraph after paragraph: the date of an
    article (under its headline), not of a reply or a teaser (a reply or teaser is a paragraph or two)."""
    words = paragraphs = 0
    header = 2  # a reading time, a photo's caption between the date and the text
    for following in range(index + 1, len(page.lines)):
        if not page.free(following):
            continue
        if not is_prose(page.lines[following]):
            if paragraphs or header == 0:
                break
            header -= 1
            continue
        words += page.lines[following].words
        paragraphs += 1
    return paragraphs >= 3 and words >= rules.MIN_ARTICLE_WORDS


def _is_reply_stamp(line: Line) -> bool:
    """A short line that is a full date with a time of day: how comment threads date each reply."""
    # A time of day ("3:17", "14.30"), not the day and month of a dotted date ("07.02.2022").
    if line.words > rules.MAX_DATELINE_WORDS or not re.search(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![.\d])", line.text):
        return False
    found = pattern_date(line.text)
    return found is not None and found.complete


def mark_inline_boxes(page: Page, main: range) -> None:
    """Inside the main text, a "Related articles" box: its heading and the headlines under it, up to the text.

    Called on the main text, and on the lines between the header and the main text (a "More stories
    like this one" box under the byline); never above the headline, whose lines it would take for the box's.
    """
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


def _resumes_text(page: Page, index: int) -> bool:
    """Running text that is the article's again, not a boxed headline that happens to end with "!":
    long, or followed by more running text."""
    line = page.lines[index]
    following = next((i for i in range(index + 1, len(page.lines)) if page.free(i)), None)
    return is_prose(line) and (line.words >= 2 * rules.MIN_PROSE_WORDS or (following is not None and is_prose(page.lines[following])))


def mark_outside(page: Page, lines: range) -> None:
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
    # The article's last sentences, and a review's closing fact box (its rating, running time, credits).
    # Under a "Related articles" heading, a headline that ends like a sentence (a quotation, '[인터뷰] X
    # "... 같다"') is the box's, not the article's last words;
    # under a comments heading the first sentence is the first reply's.
    while after and after[0] < heading and (
        (ends_sentence(page.lines[after[0]].text) and not page.lines[after[0]].text.rstrip().endswith("?"))
        or is_review_fact(page.lines[after[0]].text)
    ):
        after.pop(0)
    # The article's share bar ("Share this article", the networks' names) closes the article: one or two
    # short lines under it are the site's footer links ("About us", "Contact"), not the article's last words.
    shared = bool(after) and any(page.dropped.get(i) == "social prompt" for i in lines if i < after[0])
    if not after or (len(after) < rules.MIN_LIST_LINES and after[-1] < heading and not shared):
        return
    # The short lines after the heading are its list; running text resumes the article (an inline box).
    listed_under = page.lines[heading].text.strip() if heading < after[0] else None
    # A comments heading (or a list of dated replies or teasers, marked as one), or the next article's label, is never followed by the
    # article again: its running text is the replies' or the teasers' (a "Related" box may be inline).
    ended_by = listed_under if listed_under and page.dropped.get(heading) in rules.ARTICLE_ENDS_FOR_GOOD else None
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
        # A sentence under the heading resumes the article only when long or followed by more text; alone
        # between the box's short lines it is the box's ("Recibe cada semana ... en tu correo." of a newsletter).
        if ended_by or (listed_under and not (is_prose(line) and _resumes_text(page, index))):  # the heading is the evidence
            page.drop(index, f"under {ended_by or listed_under!r}, a section that follows the article")
        elif not is_prose(line):
            page.drop(index, "after the article's main text (menu or link list)")


def mark_menus_after(page: Page, lines: range) -> None:
    """Drop a menu printed as one line after the main text, however short the article: its shape is the
    evidence, alone on its line (:func:`ingest.text.lines.is_navigation`: three or more short items between
    separators, "Home | Reviews | Contact", "回首頁 | 影評 | 專訪 | 聯絡我們", or a trail from the home page).
    :func:`mark_outside` keeps one or two short lines after an article, too likely its own, and needs an
    article's worth of text to tell its tail from a menu by place."""
    for index in lines:
        if page.free(index) and is_navigation(page.lines[index].text):
            page.drop(index, "the site's menu (short items between separators, after the article's main text)")


def opens_paragraphs(page: Page, index: int) -> bool:
    """Two sentences of running text in a row start here (long menu lines are not sentences)."""
    following = next((i for i in range(index + 1, len(page.lines)) if page.free(i)), None)
    return following is not None and all(
        is_prose(page.lines[i]) and ends_sentence(page.lines[i].text) for i in (index, following)
    )
