"""Text dump -> :class:`~ingest.model.Article`.

The reader labels every logical line in passes, each pass one kind of
evidence, from the surest (chrome patterns) to the most contextual (what a
short line between paragraphs is). Lines a pass claims are not looked at again
(:class:`ingest.text.page.Page`). This module is the only one that knows the
order of the passes; each pass lives in the module named after it.

1. chrome (the site's template first), the page footer, address blocks
   (:mod:`~ingest.text.chrome`), photo credits, rights notices
   (:mod:`~ingest.text.captions`);
2. bylines and signature lines (:mod:`~ingest.text.bylines`), footnote
   notes (:mod:`~ingest.text.body`), comment threads, runs of other
   articles' teasers and headlines;
3. the main text: the stretch with the most running text, which menus and
   link lists around the article do not join (:mod:`~ingest.text.main_text`);
4. the headline (the candidate the learned title model ranks first,
   :mod:`~ingest.text.headline`), the header below it: date, author list
   items, deck (:mod:`~ingest.text.header`), and the article's date
   (:mod:`~ingest.text.datelines`);
5. what follows the main text is dropped, and so is a short line of the
   body that the page prints again where its chrome stands
   (:func:`~ingest.text.chrome.mark_repeated`);
6. the body: captions, interview questions, subheads, pull-quotes,
   paragraphs (:mod:`~ingest.text.body`).
"""


from __future__ import annotations

from collections.abc import Mapping

from ingest import model
from ingest.authors import clean_authors
from ingest.dates import address_date, day_first_order
from ingest.language import detect_language
from ingest.plaintext import blocks_to_text
from ingest.text import rules
from ingest.text.body import mark_code_fences, mark_footnotes, read_body
from ingest.text.bylines import keep_the_article_byline, mark_author_bio, mark_bylines, mark_signatures
from ingest.text.captions import caption_followed_by_credit, mark_credits_and_rights
from ingest.text.chrome import mark_addresses, mark_chrome, mark_footer, mark_repeated, mark_template, mark_video_page, masthead_publisher
from ingest.text.datelines import find_dateline, mark_datelines, report_impossible_date
from ingest.text.header import read_header
from ingest.text.headline import address_host, find_title, headline_candidates, url_slug_words
from ingest.text.lines import logical_lines
from ingest.text.main_text import main_text, mark_comment_thread, mark_inline_boxes, mark_menus_after, mark_outside, mark_related_runs, mark_teaser_runs
from ingest.text.page import Page
from ingest.text.teasers import count_teasers


def read_text(text: str, template: Mapping[str, int] | None = None, url: str = "") -> model.Article:
    """A text dump -> Article.

    ``template`` maps lines of this page's site that recur on other pages of
    that site to how many other pages show them (see
    :func:`ingest.text.template.site_templates`); such lines are chrome.
    ``url`` is the page's address (its sidecar's ``source_url``), whose slug
    is evidence of the headline (:func:`ingest.text.headline.url_slug_words`)
    and whose day, when its path gives one, is the article's date
    (:func:`ingest.dates.address_date`).
    """
    page = Page(logical_lines(text), address_words=url_slug_words(url), host=address_host(url))
    page.day_first = day_first_order(line.text for line in page.lines)
    main = _mark_up_to_the_title(page, template or {})
    title_index = find_title(page, main.start)
    if title_index is None:
        title_index = _headline_over_a_credit(page, main.start)
    keep_the_article_byline(page, title_index)
    body_start = read_header(page, title_index, main.start)
    masthead_publisher(page, title_index)
    if title_index is not None:
        mark_inline_boxes(page, range(title_index + 1, main.start))
    find_dateline(page, title_index, body_start, main)
    mark_datelines(page)
    if day := address_date(url):
        # The day the address's permalink gives outranks a line's date (a revision's, a neighbour's).
        page.meta.date, page.meta.date_text = day, ""
    if not page.meta.date and not page.meta.date_text:
        report_impossible_date(page, title_index, body_start)
    after = range(max(body_start, main.stop), len(page.lines))
    mark_menus_after(page, after)
    if sum(page.lines[i].words for i in main if page.free(i)) >= rules.MIN_ARTICLE_WORDS:
        mark_outside(page, after)
    elif (heading := next((i for i in after if page.dropped.get(i) in rules.ARTICLE_ENDS), None)) is not None:
        # Too little running text, and an article's tail cannot be told from a menu by its place: a
        # section that follows articles ("Related articles", "Most read") is evidence, whatever the
        # text's length, of what stands under it.
        mark_outside(page, range(heading, len(page.lines)))
    mark_repeated(page, body_start)
    mark_author_bio(page, _authors(page), body_start)
    blocks = read_body(page, body_start)
    page.meta.authors = _authors(page)
    # A dump states no language: its text's (a sidecar's ``language`` overrides it).
    page.meta.language = page.meta.language or detect_language(page.meta.title + "\n" + blocks_to_text(blocks))
    dropped = [model.Dropped(page.lines[i].text, reason) for i, reason in sorted(page.dropped.items())]
    dropped += page.dropped_parts
    article = model.Article(page.meta, blocks, dropped, page.warnings, blocks_above_headline=page.blocks_above_headline)
    # A listing page's teasers are what the passes take for chrome above the headline they guess, or
    # by repetition: its first teaser is "above the headline" (or the deck under it), one an article's page shows too is site
    # template. Lines dropped by a pattern (comments, menus, related boxes) or after the main text
    # (a gallery's slides, teasers of other articles) stay out.
    teaser_lines = [i for i in range(len(page.lines)) if i not in page.dropped or page.dropped[i].startswith(_TEASERS_MAY_BE)]
    article.teasers = count_teasers(page.lines, teaser_lines)
    return article


def _headline_over_a_credit(page: Page, main_start: int) -> int | None:
    """The headline when no line read as one because it stands over a photo credit (the first line that does), where a
    caption stands ("Festival opens with a restored classic" / "Photo: Jane Doe / Studio"): read again as a
    headline, the credit the lead picture's; None, and the page as it was, when it is no headline either. A
    caption over its credit with a headline elsewhere stays a caption (the headline won already)."""
    first = next((i for i in range(main_start) if page.free(i) and caption_followed_by_credit(page, i)), None)
    if first is None:
        return None
    warnings = list(page.warnings)  # with the first reading's "title: low confidence"
    page.labels[first + 1] = _CREDIT_UNDER_HEADLINE  # not "credit": the line above is no caption by it
    title_index = find_title(page, main_start)
    if title_index != first:
        page.labels[first + 1] = "credit"
    page.warnings[:] = warnings if title_index is None else [w for w in warnings if not w.startswith("title: low confidence")]
    return title_index


# The label of a photo credit right under the headline, which makes the headline no caption (see above).
_CREDIT_UNDER_HEADLINE = "credit under the headline"


def _authors(page: Page) -> list[str]:
    """The authors the passes collected as written, each byline through the cleaning both readers
    share (:func:`ingest.authors.clean_authors`: co-authors split, "X and Y", "김도훈 기자, 박소연
    기자"; roles, addresses and repeats left out). A closing signature stays whole, with the
    affiliation it gives ("Professor Lee Min-ji, Department of Film Studies")."""
    names: list[str] = []
    for value in page.meta.authors:
        for name in [value] if value in page.signatures else clean_authors([value], from_text=True):
            if name not in names:
                names.append(name)
    return names


# Why a line a listing page's teaser may have been dropped for (see read_text). A teaser's date is
# taken for the article's or for a dateline ("date (shown in the article header)").
_TEASERS_MAY_BE = ("above the headline", "above the article's text", "site template", "deck", "date", "teaser")


def _mark_up_to_the_title(page: Page, template: Mapping[str, int]) -> range:
    """The passes before the headline is chosen; returns the main text's lines."""
    mark_code_fences(page)
    mark_template(page, template)
    mark_chrome(page)
    mark_video_page(page)
    mark_footer(page)
    mark_addresses(page)
    mark_credits_and_rights(page)
    mark_bylines(page)
    mark_signatures(page)
    mark_footnotes(page)
    mark_comment_thread(page)
    mark_teaser_runs(page)
    mark_related_runs(page)
    main = main_text(page)
    mark_inline_boxes(page, main)
    return main


def title_candidates(text: str, template: Mapping[str, int] | None = None, url: str = "") -> list[tuple[str, dict[str, float]]]:
    """``[(line, its title features)]`` for every headline candidate of a dump, in page order.

    What the title model is trained on (``python -m bench.train_title``).
    """
    page, main = read_up_to_the_title(text, template, url)
    return [(page.lines[i].text.strip(), features) for i, features in headline_candidates(page, main.start).items()]


def read_up_to_the_title(text: str, template: Mapping[str, int] | None = None, url: str = "") -> tuple[Page, range]:
    """``(the page, its main text's lines)`` after the passes that come before the headline is chosen:
    what the headline's candidates are taken from (for ``bench.title_misses``)."""
    page = Page(logical_lines(text), address_words=url_slug_words(url), host=address_host(url))
    return page, _mark_up_to_the_title(page, template or {})
