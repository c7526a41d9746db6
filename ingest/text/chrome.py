"""Pass 1: the site's chrome, by repetition across the site's pages, by pattern, and by place
after the footer's copyright line; address blocks.

Photo credits and rights notices are :mod:`ingest.text.captions`'.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import accumulate, takewhile

from ingest.end_mark import SECTION_BREAK_REASON, is_running_prose, is_section_break
from ingest.engagement_shape import ENGAGEMENT_REASON, PORTAL_BUTTON_REASON, is_engagement_bar, is_portal_button
from ingest.rights import without_reserved_phrase
from ingest.text import rules
from ingest.text.bylines import byline_name
from ingest.text.datelines import dateline_date
from ingest.text.headline import is_letter_spaced_label
from ingest.text.lines import chrome_reason, ends_sentence, full_match, is_prose, search
from ingest.text.page import BY_POSITION, Page, dropped_as_chrome


def mark_template(page: Page, template: Mapping[str, int]) -> None:
    """Drop the lines the page's site prints on other pages too.

    When the lines fewer other pages show than the site's most repeated line
    hold half of the page's running text or more, the page is a copy of one
    article (saved twice, syndicated, or filed under several sections), and
    what the copies share tells the site's chrome from the article no better
    than the page alone: the template is not used. A sentence on as many pages
    as the site's most repeated line is the site's notice, never a copy's (a
    page of lists, a line-up, has little running text beside its site's
    newsletter line), except on a site of two pages, where every shared line is
    on the one other page and the copy is the safer reading.
    """
    prose = [line for line in page.lines if is_prose(line)]
    site_wide = max(template.values(), default=0)
    shared = sum(line.words for line in prose if 0 < template.get(line.text.strip(), 0) < max(site_wide, 2))
    if shared >= 0.5 * sum(line.words for line in prose) > 0:
        return
    for index, line in enumerate(page.lines):
        others = template.get(line.text.strip())
        # Bylines and datelines are recognised by their shape, not their repetition: a
        # columnist's byline is on every page of the site, two articles of a day share a dateline.
        if others and page.free(index) and byline_name(line) is None and dateline_date(line) is None:
            repeated = f"the same line is on {others} other page{'s' if others > 1 else ''} of this site"
            if full_match(rules.FOOTER_RIGHTS, line.text) or search(rules.RIGHTS_PHRASES, line.text):
                _take_rights(page, index, f"; {repeated}")  # the site's notice is on every page: still this one's
            else:
                page.drop(index, f"site template ({repeated})")


def _take_rights(page: Page, index: int, why: str = "") -> None:
    """The rights notice on line ``index`` (and its holder as the publisher): the article's metadata, not text."""
    text = page.lines[index].text
    # Its spaces as one and its first 200 characters: the holder's pattern and the legal forms' are quadratic in a
    # long run of spaces or of "inc"s, and a notice names its holder at its start.
    if holder := search(rules.COPYRIGHT_HOLDER, " ".join(text.split())[:200]):
        publisher = without_reserved_phrase(holder["holder"])
        # A domain name and legal forms only ("Mtime.com Inc."): the site's name. A company's name keeps its
        # legal form ("Screen Weekly Ltd"; the masthead may shorten it, masthead_publisher).
        if re.search(rules.DOMAIN_ENDING, site := re.sub(rules.LEGAL_FORM_AT_END, "", publisher)) and " " not in site:
            publisher = re.sub(rules.DOMAIN_ENDING, "", site)
        page.meta.publisher = publisher
    page.add_rights([text.strip()])
    page.drop(index, f"rights notice (shown in the article header{why})")


def masthead_publisher(page: Page, title: int | None) -> None:
    """The publisher as the masthead names it when the copyright line names the company behind it.

    The masthead is a line above the headline that no chrome pattern took (the logo's text, after
    the skip links and a cookie banner's buttons); when the copyright holder is its words followed
    by corporate forms only (``rules.CORPORATE_FORM``: "Variety Media" under "Variety"), the
    holder's first words are the publisher (the first such line).
    """
    holder = page.meta.publisher.split()
    if not holder:
        return
    # The first such line, not the first line: a cookie banner's "Accept" button may print above the logo.
    for index in range(title or 0):
        if not (page.free(index) or page.dropped.get(index, "").startswith(BY_POSITION)):
            continue
        name = page.lines[index].text.split()
        if 0 < len(name) < len(holder) and [w.casefold() for w in holder[: len(name)]] == [w.casefold() for w in name]:
            if all(full_match(rules.CORPORATE_FORM, word) for word in holder[len(name) :]):
                page.meta.publisher = " ".join(holder[: len(name)])
                return


def mark_chrome(page: Page) -> None:
    """Drop the lines a chrome pattern matches (``rules``, through :func:`ingest.text.lines.chrome_reason`),
    a platform's engagement bar (:func:`ingest.engagement_shape.is_engagement_bar`) and a news portal's
    toolbar button (:func:`ingest.engagement_shape.is_portal_button`)."""
    prose_after: list[int] | None = None  # running prose lines after each line, counted once (a dump may hold many marks)
    for index, line in enumerate(page.lines):
        if reason := chrome_reason(line.text) or _platform_reason(line.text):
            if reason == "end mark":
                if prose_after is None:
                    prose_after = list(accumulate(is_running_prose(later.text) for later in reversed(page.lines)))[::-1] + [0]
                if is_section_break(line.text, prose_after[index + 1]):
                    reason = SECTION_BREAK_REASON
            page.drop(index, reason)
    _mark_signup_headings(page)
    mark_wire_source(page)


def _mark_signup_headings(page: Page) -> None:
    """Drop a newsletter sign-up box's heading ("Get the Harbour Screen weekly"): a short line, no
    sentence, with the box's call words (:data:`rules.SIGNUP_HEADING_WORDS`), right above the box's
    lines (two or more dropped as the box's or as social prompts, one at least the box's:
    :data:`rules.SIGNUP_REASON`), with running text above it, as a box set in the article's middle has
    (readability#524). A subhead of the article is followed by its text, or lacks the box's words."""
    lines = page.lines
    box = (rules.SIGNUP_REASON, "social prompt")
    prose_above = False
    for index, line in enumerate(lines):
        if (
            prose_above
            and page.free(index)
            and line.words <= rules.MAX_SUBHEAD_WORDS
            and not ends_sentence(line.text)
            and search(rules.SIGNUP_HEADING_WORDS, line.text.casefold())
        ):
            run = list(takewhile(lambda reason: reason in box, (page.dropped.get(i) for i in range(index + 1, len(lines)))))
            if len(run) >= 2 and rules.SIGNUP_REASON in run:
                page.drop(index, rules.SIGNUP_REASON)
                continue
        prose_above = prose_above or (page.free(index) and is_prose(line))


def mark_wire_source(page: Page) -> None:
    """A wire's "News provided by" label (``rules.WIRE_SOURCE_LABEL``) and the short line under it, the
    name of who issued the release: the wire's header, not a deck nor a byline; the name is the
    release's publisher (a release has no reporter)."""
    for index, line in enumerate(page.lines[:-1]):
        if page.free(index) and full_match(rules.WIRE_SOURCE_LABEL, line.text):
            page.drop(index, rules.WIRE_SOURCE)
            source = page.lines[index + 1]
            if page.free(index + 1) and not is_prose(source) and source.words <= rules.NAVIGATION_ITEM_WORDS:
                page.meta.publisher = page.meta.publisher or source.text.strip()
                page.drop(index + 1, "wire service's source (the release's publisher)")
                _mark_boilerplate_heading(page, index + 2, source.text.strip())
            return  # a release has one header (each label's search to the end was the square of a page of them)


def _mark_boilerplate_heading(page: Page, start: int, source: str) -> None:
    """"About <source>" on a line of its own after ``start``: the heading of a release's boilerplate (the
    issuer's standard paragraph, the press contact), which ends the release as its end mark does."""
    for index in range(start, len(page.lines)):
        if page.free(index) and page.lines[index].text.strip().casefold() == f"about {source}".casefold():
            page.drop(index, "end mark")
            return


def mark_video_page(page: Page) -> None:
    """On a video platform's watch page (its host, or its description's expander and ``rules.MIN_VIDEO_PAGE_UI`` of
    its own UI strings, ``rules.VIDEO_PAGE_OWN_UI``), the description ends at its expander ("…more"): that line and every
    line after it are the platform's (transcript, channel, comments, the next video); the UI strings
    above it go too."""
    ui = [i for i, line in enumerate(page.lines) if full_match(rules.VIDEO_PAGE_UI, line.text)]
    end = next((i for i in ui if full_match(rules.VIDEO_DESCRIPTION_END, page.lines[i].text)), None)
    host = page.host.casefold()
    on_platform = any(host == name or host.endswith("." + name) for name in rules.VIDEO_HOSTS)
    own = {page.lines[i].text.strip().casefold() for i in ui if full_match(rules.VIDEO_PAGE_OWN_UI, page.lines[i].text)}
    if not on_platform and (end is None or len(own) < rules.MIN_VIDEO_PAGE_UI):
        return
    for index in [*ui, *(range(end, len(page.lines)) if end is not None else ())]:
        if page.free(index) or index >= (end if end is not None else len(page.lines)):
            page.drop(index, rules.VIDEO_PAGE)


def _platform_reason(text: str) -> str | None:
    if is_engagement_bar(text):
        return ENGAGEMENT_REASON
    if is_letter_spaced_label(text):
        return "a letter-spaced label (the document's kind, as a press release prints it: \"보 도 자 료\")"
    return PORTAL_BUTTON_REASON if is_portal_button(text) else None


def mark_footer(page: Page) -> None:
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
            if credit_shaped and sum(is_prose(lines[i]) for i in later) >= 2:
                page.labels[index] = "credit"
                page.meta.image_credits.append(text.strip())
                continue
            if index >= last_third or (search(rules.RIGHTS_PHRASES, text) and prose_before >= rules.MIN_ARTICLE_WORDS):
                _take_rights(page, index)
                for i in later:
                    page.drop(i, "page footer (after the copyright line that ends the article)")
                return
        if page.free(index) and is_prose(line):
            prose_before += line.words


def mark_addresses(page: Page) -> None:
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


def mark_repeated(page: Page, body_start: int) -> None:
    """A short line of the body that the page also prints where its chrome stands is the site's menu or widget.

    Select-all copies hold a site's navigation twice (under the masthead and in
    the footer) and its widgets' labels at each widget; a menu that joined the
    main text ("Sports", "Weather", "Where to watch") has a copy that an earlier
    pass dropped as chrome (above the headline, after the text, after the
    footer). Running text never goes for this (a quoted sentence may be
    repeated as a pull-quote), nor does a line whose every copy stands in the
    body (an article's own repeated labels: "Pros", "Q").
    """
    copies: dict[str, list[int]] = {}
    for index, line in enumerate(page.lines):
        copies.setdefault(line.text.strip(), []).append(index)
    for text, indexes in copies.items():
        if len(indexes) < 2:
            continue
        # Evidence, not place: a copy above the headline, or read as the deck under a wrong one, may
        # be the article's own (a recipe's ingredients printed twice).
        chrome = [i for i in indexes if dropped_as_chrome(page, i) and not page.dropped[i].startswith(("above", "deck"))]
        for index in indexes:
            if chrome and index >= body_start and page.free(index) and not is_prose(page.lines[index]):
                page.drop(index, f"the page's chrome repeated (the same line is dropped at line {page.lines[chrome[0]].number})")
