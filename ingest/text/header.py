"""Pass 4, after the headline: the header under it (date, author list, deck) and the lines above it."""

from __future__ import annotations

import re

from ingest.byline_shape import is_user_handle
from ingest.text import rules
from ingest.text.captions import caption_followed_by_credit, caption_of
from ingest.text.bylines import byline_beside_a_date, is_latin_name_line, is_name_line, name_beside_a_date, names_the_site
from ingest.text.datelines import dated_header_line, dateline_date, is_header_fact
from ingest.text.lines import ends_sentence, is_bullet, is_headline_quote, is_prose, is_reading_time, is_trail, without_bullet
from ingest.text.page import BY_POSITION, Page, dropped_as_chrome, parse_date
from ingest.text.questions import is_question


def read_header(page: Page, title: int | None, main_start: int) -> int:
    """Claim the lines between the headline and the first body line.

    With no headline, the lines above the main text are read as if above one
    when there are more short lines than a header holds (``MAX_HEADER_LINES``:
    headline, deck, byline, date): that is a menu. Fewer are too likely the
    article's own (a headline nothing confirmed, a deck, a preamble) and stay.
    """
    if title is None:
        short = [i for i in range(main_start) if page.free(i) and not is_prose(page.lines[i])]
        if len(short) <= rules.MAX_HEADER_LINES:
            return 0
        _read_above(page, main_start, "above the article's text (not running text; no headline found)")
        return main_start
    _read_above(page, title, "above the headline (not running text)")
    index = title + 1
    dated = False
    while index < len(page.lines):
        line = page.lines[index]
        if page.dropped.get(index) in rules.ARTICLE_ENDS:
            return index  # a box's heading ("More stories like this one") ends the header
        if not page.free(index):
            index += 1
            continue
        text = without_bullet(line.text)
        whole = parse_date(text, page.day_first)
        date = (*whole, False) if whole else dateline_date(line, page.day_first) or dated_header_line(page, index)
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
            # The reporter's name beside the header's date, with no byline word: the article's author when
            # no byline named one (a byline's shape is surer evidence).
            if not page.meta.authors and (name := name_beside_a_date(line, page.day_first)) and not names_the_site(page, name):
                page.meta.authors.append(name)
        elif is_bullet(line.text) and line.words <= 8:
            page.meta.authors.append(text)
            page.drop(index, "author (shown in the article header)")
        elif is_trail(text.strip()):
            page.drop(index, "breadcrumb trail or tag list (the site's navigation)")
        elif is_reading_time(text):
            page.drop(index, "reading time (the site's estimate, not the article's text)")
        elif byline_beside_a_date(line, page.day_first):  # its date is read by the dateline pass
            page.drop(index, "byline and date (shown in the article header)")
        elif is_name_line(line) and _header_fact_follows(page, index):
            page.meta.authors.append(text.strip())
            page.drop(index, "author (a name over the article's date)")
        elif (
            is_latin_name_line(line) and page.dropped.get(index - 1, "").startswith("date") and not page.meta.authors
            and not names_the_site(page, text.strip())
        ):
            page.meta.authors.append(text.strip())
            page.drop(index, "author (a name under the article's date)")
        elif caption_followed_by_credit(page, index):
            # The lead picture's caption over its credit ("Schauspieler X als Fischer" / "Foto: Studio"), not a deck.
            page.captions[index] = caption_of(page, index) or (text.strip(), "")
            page.labels[index] = "caption"
        elif is_widget_label(page, index):
            page.drop(index, "a widget's label (a short line among the share buttons), not a deck")
        elif _is_deck(page, index):
            page.meta.deck.append(line.text.strip())
            page.drop(index, "deck (shown under the headline)")
        else:
            return index
        index += 1
    return index


def _read_above(page: Page, end: int, reason: str) -> None:
    """Lines above the headline (or the text): captions of a lead photo, chrome, or text a wrong guess missed.

    Running text is kept (a wrong headline guess must never cost article
    text), unless it is a breadcrumb trail or a tag list by its shape
    (:func:`ingest.text.lines.is_trail`: "Home » Festivals » Headline"), and so is a short line between two of its paragraphs: a subhead
    of the article the guess cut, not a menu (menus do not interleave with
    running text).
    """
    free = [i for i in range(end) if page.free(i)]
    prose = [i for i in free if is_prose(page.lines[i])]
    for index in free:
        if caption_followed_by_credit(page, index) or re.match(rules.CAPTION_MARK, page.lines[index].text.strip()):
            page.captions[index] = caption_of(page, index) or (page.lines[index].text.strip(), "")
            page.labels[index] = "caption"
        elif is_trail(page.lines[index].text.strip()):
            page.drop(index, "breadcrumb trail or tag list (the site's navigation)")
        elif _is_cookie_banner(page, index, prose):
            page.drop(index, rules.COOKIE_BANNER)
        elif index in prose or _between_paragraphs(page, index, free, prose):
            page.lead.append(index)
        else:
            page.drop(index, reason)


def _is_cookie_banner(page: Page, index: int, prose: list[int]) -> bool:
    """A cookie banner: a line above the headline, before any running text (or the first of
    it), naming cookies (the web's own word in every European language, "Questo sito utilizza
    cookie", "Ce site utilise des cookies"): the consent notice the EU's ePrivacy rules put atop
    every page, whatever the site's language."""
    return (not prose or index <= prose[0]) and re.search(rules.COOKIE_WORD, page.lines[index].text) is not None


def _between_paragraphs(page: Page, index: int, free: list[int], prose: list[int]) -> bool:
    """The lines right before and right after ``index`` among ``free`` (the lines no pass had claimed)
    are both sentences of running text (of ``prose``)."""
    position = free.index(index)
    neighbours = free[position - 1 : position + 2 : 2] if position > 0 else []
    return len(neighbours) == 2 and all(i in prose and ends_sentence(page.lines[i].text) for i in neighbours)


def _header_fact_follows(page: Page, index: int) -> bool:
    """The next line is a byline or a date line (:func:`ingest.text.datelines.is_header_fact`), or the
    site's reading time, which a browser's reader view prints under the author's name."""
    following = index + 1
    return following < len(page.lines) and (is_header_fact(page, following) or is_reading_time(page.lines[following].text))


def _header_goes_on(page: Page, index: int) -> bool:
    """A byline or a date follows ``index``, perhaps under a reporter's name alone on its line:
    the header is not over, so the line between it and the headline is the deck (the news
    layout's order: headline, deck, byline, date, then the text)."""
    below = index + 1
    if below < len(page.lines) and page.free(below) and is_name_line(page.lines[below]):
        below += 1
    return _header_fact_follows(page, below - 1)


# A widget's label is a word or three ("Share via Email", "URL 복사", "微博"); a deck is a phrase.
MAX_LABEL_WORDS = 3


def is_widget_label(page: Page, index: int) -> bool:
    """A short line in a run of short lines one of which is chrome by its pattern or by the site's
    template: a button of a share bar or toolbar whose other buttons were recognised ("Share on X",
    "Share via Email", "Print"; "分享到：", "微博", "微信", "QQ"), not a deck, which is a
    sentence or a phrase standing alone under the headline."""
    if not _label_shaped(page, index):
        return False
    for step in (-1, 1):
        near = index
        # Along the run of lines with no blank line between them (a widget is one block).
        while 0 <= near + step < len(page.lines) and not page.lines[max(near, near + step)].blank_before:
            near += step
            if _widget_chrome(page, near):
                return True
            if not (page.free(near) and _label_shaped(page, near)):
                break
    return False


def _label_shaped(page: Page, index: int) -> bool:
    line = page.lines[index]
    return 0 < line.words <= MAX_LABEL_WORDS and not ends_sentence(line.text)


def _widget_chrome(page: Page, index: int) -> bool:
    """Dropped by a chrome pattern or the template, not for its place nor as a fact of the header."""
    reason = page.dropped.get(index, "")
    return dropped_as_chrome(page, index) and not reason.startswith((*BY_POSITION, "deck", "breadcrumb"))


def _is_deck(page: Page, index: int) -> bool:
    line = page.lines[index]
    # Sentences between the headline and the byline are a deck however they end, and may run longer.
    framed = _header_goes_on(page, index)
    # A deck is a phrase of several words: one word under a headline is a button ("Tweet", "Share").
    if line.words > rules.MAX_DECK_WORDS * (2 if framed else 1) or is_question(page, index, interview=True):
        return False
    if not re.search(r"[^\W\d_]", line.text):
        return False  # "/" between "Written: ..." and "Updated: ...": a separator, no letter of a phrase
    if is_user_handle(line.text):
        return False  # "moviebuff88" over a forum post: the poster's signature line, the post's first
    if re.match(rules.CAPTION_MARK, line.text.strip()):
        return False  # "▲ Director Choi at the press conference": the lead picture's caption, for the caption pass
    if page.meta.title and line.text.startswith(page.meta.title):
        return False
    if line.text.rstrip().endswith((":", "：")):
        return False  # "The programme note read, in full:" opens what follows; a deck stands alone
    return framed or not ends_sentence(line.text) or is_headline_quote(line.text)
