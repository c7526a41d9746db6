"""A reader's pass over every page type, at phone (390 px) and desktop (1280 px) width.

Cards, navigation, the people and films pages, search, the favicon, fonts and
the per-month chart, on the project's corpus plus tests/browser/corpus-people
and tests/browser/corpus-reader. Each test keeps a screenshot in
_build/test-artifacts/screenshots/<width>-<name>.png.
"""

from __future__ import annotations

import re

import pytest
from browser_helpers import Site, artifact_path, horizontal_overflow, search
from conftest import DESKTOP, PHONE

pytestmark = pytest.mark.site

WIDTHS = {"phone": PHONE, "desktop": DESKTOP}
PERSON_PAGE, FILM_PAGE = "people/kim-tae-yong.html", "films/late-autumn.html"


@pytest.fixture(params=list(WIDTHS))
def reader(request, browser):
    """A page at phone or desktop width; ``reader.width_name`` names it in screenshots."""
    context = browser.new_context(viewport=WIDTHS[request.param])
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.width_name = request.param
    yield page
    context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=artifact_path(f"screenshots/{page.width_name}-{name}.png"), full_page=True)


def entry(site: Site, source_file: str) -> dict:
    return next(e for e in site.catalog if e["source_file"] == source_file)


# --- cards ------------------------------------------------------------------------


def cards(page) -> list[dict]:
    return page.eval_on_selector_all(
        ".article-list .article-card",
        """cards => cards.map(card => {
            const box = card.getBoundingClientRect();
            return {x: Math.round(box.x), width: Math.round(box.width),
                    title: card.querySelector('.sd-card-title').innerText.trim(),
                    titleHeight: card.querySelector('.sd-card-title').getBoundingClientRect().height,
                    href: card.querySelector('.sd-card-title a').getAttribute('href'),
                    summary: card.querySelector('.sd-card-body > .sd-card-text')?.innerText.trim() || '',
                    footer: card.querySelector('.sd-card-footer')?.innerText.trim() ?? null};
        })""",
    )


def test_cards_form_an_even_grid(reader, reader_site: Site) -> None:
    reader.goto(reader_site.url + "articles/index.html")
    shot(reader, "cards")
    found = cards(reader)
    assert len(found) >= 6
    assert len({card["width"] for card in found}) == 1, found  # every card the same width
    columns = len({card["x"] for card in found})
    assert columns == (1 if reader.width_name == "phone" else 2)
    assert horizontal_overflow(reader) == 0


def test_every_card_has_a_title_and_a_summary_and_a_footer_only_with_facts(reader, reader_site: Site) -> None:
    reader.goto(reader_site.url + "articles/index.html")
    found = {card["href"].split("/")[-1]: card for card in cards(reader)}
    for article in reader_site.catalog:
        card = found.get(article["docname"].split("/")[-1] + ".html")
        if card is None:
            continue  # not among the latest
        assert card["title"] and card["summary"], card
        has_facts = bool(article["publisher"] or article["date"] or article["date_text"])
        assert (card["footer"] is not None) == has_facts, card
        assert card["footer"] != ""


def test_card_summary_is_the_articles_first_body_paragraph(reader, reader_site: Site) -> None:
    for article in reader_site.catalog:
        reader.goto(reader_site.article_url(article))
        first = reader.eval_on_selector_all(
            "article section p",
            """ps => ps.filter(p => !p.closest('.article-info, .deck, .figure-lost, .figure-saved, .figure-remote, blockquote, li, .related-articles'))
                       .map(p => p.innerText.replace(/\\s+/g, ' ').trim()).filter(t => t)""",
        )
        summary = article["summary"].removesuffix("…")
        at = next((i for i, paragraph in enumerate(first) if summary and paragraph.startswith(summary)), None)
        assert at is not None, (summary, first[:3])
        assert all(len(paragraph.split()) < 6 for paragraph in first[:at]), first[:at]  # only short lines before it


def test_a_long_title_fits_a_phone(reader, reader_site: Site) -> None:
    article = max(reader_site.catalog, key=lambda e: len(e["title"]))
    assert len(article["title"]) > 200
    reader.goto(reader_site.article_url(article))
    shot(reader, "long-title")
    heading = reader.eval_on_selector("article h1", "h => h.getBoundingClientRect().height")
    assert heading <= 0.5 * reader.viewport_size["height"]
    assert horizontal_overflow(reader) == 0
    reader.goto(reader_site.url + "articles/index.html")
    card = next(card for card in cards(reader) if card["href"].endswith(article["docname"].split("/")[-1] + ".html"))
    assert card["titleHeight"] <= 7 * 1.35 * 16 * 1.05  # at most 4 lines on a phone, 7 on a desktop


def test_headings_get_smaller_by_level(reader, reader_site: Site) -> None:
    reader.goto(reader_site.article_url(entry(reader_site, "914_remote_picture.html")))
    shot(reader, "subheading")
    sizes = reader.evaluate("['h1', 'h2'].map(h => parseFloat(getComputedStyle(document.querySelector('article ' + h)).fontSize))")
    assert sizes[0] > sizes[1], sizes  # on a phone the title shrinks; the subheading must too


def test_a_picture_left_on_the_publishers_site_is_set_apart_from_the_text(reader, reader_site: Site) -> None:
    reader.goto(reader_site.article_url(entry(reader_site, "914_remote_picture.html")))
    shot(reader, "remote-picture")
    found = reader.evaluate(
        """() => {
            const figure = document.querySelector('article .figure-remote');
            const caption = [...figure.querySelectorAll('p')].find(p => p.innerText.includes('east pier'));
            const text = [...document.querySelectorAll('article section > p')].find(p => p.innerText.includes('four-hour shifts'));
            return {label: getComputedStyle(figure, '::before').content, border: getComputedStyle(figure).borderLeftWidth,
                    caption: parseFloat(getComputedStyle(caption).fontSize), text: parseFloat(getComputedStyle(text).fontSize),
                    link: figure.querySelector('a').getAttribute('href')}
        }"""
    )
    assert found["link"] == "https://pictures.example/harbour-at-dusk.jpg"
    assert found["label"] == '"Picture on the publisher\'s site"' and found["border"] == "3px"
    assert found["caption"] < found["text"]


@pytest.mark.parametrize(("source_file", "kind"), [("914_remote_picture.html", "remote"), ("001_a4e444180179af0b.txt", "lost")])
def test_a_set_apart_caption_keeps_its_distance_from_its_rule_and_the_text(reader, reader_site: Site, source_file: str, kind: str) -> None:
    reader.goto(reader_site.article_url(entry(reader_site, source_file)))
    box = reader.evaluate(
        f"""() => {{ const style = getComputedStyle(document.querySelector('article .figure-{kind}'));
                     return [style.borderLeftWidth, parseFloat(style.paddingLeft), parseFloat(style.marginTop)] }}"""
    )
    assert box[0] == "3px" and box[1] > 0 and box[2] > 0, box  # Furo's container and figure rules set both to 0


# --- navigation -------------------------------------------------------------------

PAGE_TYPES = {
    "home": "index.html",
    "article": None,  # the newest article
    "articles-index": "articles/index.html",
    "month": "articles/2025-12.html",
    "person": PERSON_PAGE,
    "film": FILM_PAGE,
    "people": "cine-people.html",
    "films": "cine-films.html",
    "genindex": "genindex.html",
    "search": "search.html?q=film",
}


def page_path(site: Site, name: str) -> str:
    return PAGE_TYPES[name] or f"{site.catalog[0]['docname']}.html"


def open_navigation(page) -> None:
    """On a phone the navigation is in a drawer behind the menu button."""
    if page.width_name == "phone":
        page.click(".mobile-header label[for='__navigation']")
        page.wait_for_selector(".sidebar-tree a:has-text('People')", state="visible")


@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_people_films_and_articles_are_in_the_navigation_of_every_page(reader, reader_site: Site, name: str) -> None:
    reader.goto(reader_site.url + page_path(reader_site, name))
    open_navigation(reader)
    # the current page's own entry links to "#"
    links = reader.eval_on_selector_all(".sidebar-tree a", "links => links.map(a => [a.innerText.trim(), a.href.replace(/#$/, '')])")
    assert [text for text, _ in links] == ["Articles", "People", "Films"]
    assert [href for _, href in links] == [reader_site.url + p for p in ("articles/index.html", "cine-people.html", "cine-films.html")]


def test_navigation_leads_to_the_people_page(reader, reader_site: Site) -> None:
    reader.goto(reader_site.url + page_path(reader_site, "article"))
    open_navigation(reader)
    reader.click(".sidebar-tree a:has-text('People')")
    reader.wait_for_url(reader_site.url + "cine-people.html")
    shot(reader, "people")
    assert reader.inner_text("article h1").startswith("People")


def test_genindex_see_entries_link_to_the_entry_they_name(reader, reader_site: Site) -> None:
    reader.goto(reader_site.url + "genindex.html")
    shot(reader, "genindex")
    see = reader.locator("a:has-text('see Kim Tae-yong')").first
    see.click()
    reader.wait_for_url(f"{reader_site.url}{PERSON_PAGE}*")


@pytest.mark.parametrize("path", ["cine-people.html", "cine-films.html"])
def test_names_are_set_in_the_text_font(reader, reader_site: Site, path: str) -> None:
    reader.goto(reader_site.url + path)
    fonts = reader.evaluate(
        """() => ({text: getComputedStyle(document.querySelector('article p, article td')).fontFamily,
                   names: [...document.querySelectorAll('table.domainindex-table a')].map(a =>
                        getComputedStyle(a.querySelector('code') || a).fontFamily)})"""
    )
    assert fonts["names"] and set(fonts["names"]) == {fonts["text"]}


# --- people and films pages ----------------------------------------------------------


def listed(page, selector: str) -> list[dict]:
    return page.eval_on_selector_all(
        f"{selector} > li",
        "items => items.map(li => ({href: li.querySelector('a').getAttribute('href').split('#')[0].replace(/^(\\.\\.\\/)+/, ''),"
        " facts: li.querySelector('.entry-facts')?.innerText.trim() || ''}))",
    )


def newest_first(site: Site, hrefs: list[str]) -> bool:
    dates = [next(e["date"] for e in site.catalog if e["docname"] + ".html" == href) for href in hrefs]
    dated = [d for d in dates if d]
    return dated == sorted(dated, reverse=True) and dates[: len(dated)] == dated


def test_mentioned_in_lists_date_and_publisher_newest_first_with_a_count(reader, reader_site: Site) -> None:
    reader.goto(reader_site.url + PERSON_PAGE)
    shot(reader, "person")
    entries = listed(reader, "ul.mentioned-in")
    assert len(entries) >= 2
    heading = reader.inner_text("p.rubric:has-text('Mentioned in')")
    assert heading == f"Mentioned in {len(entries)} articles"
    assert all(e["facts"] for e in entries if next(c for c in reader_site.catalog if c["docname"] + ".html" == e["href"])["publisher"])
    assert newest_first(reader_site, [e["href"] for e in entries])
    assert horizontal_overflow(reader) == 0


def test_related_articles_list_date_and_publisher_newest_first_with_a_count(reader, reader_site: Site) -> None:
    article = entry(reader_site, "900_test_retrospective.txt")
    reader.goto(reader_site.article_url(article))
    shot(reader, "related")
    entries = [dict(e, href="articles/" + e["href"]) for e in listed(reader, "ul.related-articles")]
    assert entries
    assert reader.inner_text("p.rubric:has-text('Related articles')") == f"Related articles ({len(entries)})"
    assert all(re.search(r"\d{4}", e["facts"]) for e in entries if e["facts"])
    assert newest_first(reader_site, [e["href"] for e in entries])


# --- search -------------------------------------------------------------------------


def results_of(page, site: Site, query: str) -> list[str]:
    results = search(page, site, query)
    shot(page, "search-" + re.sub(r"\W+", "-", query).strip("-"))
    return results


@pytest.mark.parametrize(("query", "first"), [("Late Autumn", FILM_PAGE), ("Yoon-sung", "people/kang-yoon-sung.html"), ("Kim", None)])
def test_search_lists_each_page_once(reader, reader_site: Site, query: str, first: str | None) -> None:
    results = results_of(reader, reader_site, query)
    assert results and len(results) == len(set(results)), results
    if first:
        assert results[0] == reader_site.url + first


@pytest.mark.parametrize(
    ("query", "first"),
    [("Kim Tae-young", PERSON_PAGE), ("Kim Teayong", PERSON_PAGE), ("Late Autunm", FILM_PAGE), ("Run to the Wset", "films/run-to-the-west.html")],
)
def test_search_tolerates_a_typo_in_a_name_or_title(reader, reader_site: Site, query: str, first: str) -> None:
    assert results_of(reader, reader_site, query)[:1] == [reader_site.url + first]


def test_search_finds_an_accented_word_typed_without_its_accent(reader, reader_site: Site) -> None:
    # "Almodovar" for "Almodóvar", "cafe" for "café": readers leave accents out (archive/entities/search.fold_accents)
    assert reader_site.article_url(entry(reader_site, "911_features_roundup.txt")) in results_of(reader, reader_site, "cafe")


def test_search_says_which_word_no_page_has(reader, reader_site: Site) -> None:
    search(reader, reader_site, "Run to the Wset")
    assert "“wset”" in reader.inner_text("#search-results .search-summary")


def test_search_puts_the_exact_phrase_in_a_title_first(reader, reader_site: Site) -> None:
    results = results_of(reader, reader_site, "first AI feature film")
    phrase, scattered = (reader_site.article_url(entry(reader_site, name)) for name in ("910_first_feature.txt", "911_features_roundup.txt"))
    assert results[0] == phrase
    assert scattered in results  # every word is there, apart


@pytest.mark.parametrize("query", ["만추는", "만추가", "만추"])
def test_search_finds_a_hangul_word_with_or_without_a_particle(reader, reader_site: Site, query: str) -> None:
    results = results_of(reader, reader_site, query)
    assert results[0] == reader_site.url + FILM_PAGE  # 만추 is the film's Korean title
    assert reader_site.article_url(entry(reader_site, "912_manchu_korean.txt")) in results


@pytest.mark.parametrize(
    ("query", "source_file"),
    [("导演", "915_wong_retrospective_chinese.txt"), ("王家卫", "915_wong_retrospective_chinese.txt"), ("映画祭", "916_festival_japanese.txt")],
)
def test_search_finds_a_chinese_or_japanese_word_inside_unspaced_text(reader, reader_site: Site, query: str, source_file: str) -> None:
    results = results_of(reader, reader_site, query)
    assert results[:1] == [reader_site.article_url(entry(reader_site, source_file))]


def test_search_highlights_a_chinese_word_where_it_stands_in_a_clause(reader, reader_site: Site) -> None:
    search(reader, reader_site, "导演")
    reader.wait_for_selector("#search-results .context .highlighted")
    marked = reader.eval_on_selector_all("#search-results .highlighted", "spans => spans.map(s => s.innerText)")
    assert marked and set(marked) == {"导演"}, marked


def test_search_highlights_whole_words_only(reader, reader_site: Site) -> None:
    search(reader, reader_site, "AI")
    reader.wait_for_selector("#search-results .context .highlighted")
    shot(reader, "search-highlight")
    marked = reader.eval_on_selector_all(
        "#search-results .highlighted",
        "spans => spans.map(s => [s.innerText, (s.previousSibling?.textContent || '').slice(-1), (s.nextSibling?.textContent || '').slice(0, 1)])",
    )
    assert marked
    for text, before, after in marked:
        assert text.lower() in ("ai", "ai's", "ai’s"), marked
        assert not re.match(r"\w", before) and not re.match(r"\w", after), marked
    reader.click("#search-results ul.search li a >> nth=0")
    reader.wait_for_selector("article .highlighted")
    on_page = reader.eval_on_selector_all("article .highlighted", "spans => spans.map(s => s.innerText.toLowerCase())")
    assert set(on_page) <= {"ai", "ai's", "ai’s"}, on_page


# --- details ------------------------------------------------------------------------


def test_pages_load_without_errors_and_with_a_favicon(reader, reader_site: Site) -> None:
    failed: list[str] = []
    reader.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    errors: list[str] = []
    reader.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    reader.goto(reader_site.url + "index.html")
    reader.wait_for_load_state("networkidle")
    icon = reader.get_attribute("link[rel~='icon']", "href")
    assert icon and reader.request.get(reader_site.url + icon).ok
    assert failed == [] and errors == []


def test_the_font_stack_covers_hangul(reader, reader_site: Site) -> None:
    article = entry(reader_site, "912_manchu_korean.txt")
    reader.goto(reader_site.article_url(article))
    shot(reader, "korean-article")
    stack = reader.evaluate("getComputedStyle(document.querySelector('article p')).fontFamily")
    assert re.search(r"Noto Sans (CJK )?KR|Malgun Gothic|Apple SD Gothic Neo", stack), stack


def test_articles_page_has_a_static_bar_per_month(reader, reader_site: Site) -> None:
    reader.goto(reader_site.url + "articles/index.html")
    shot(reader, "month-chart")
    assert reader.locator(".month-chart script, .month-chart foreignObject").count() == 0
    bars = reader.eval_on_selector_all(".month-chart rect.bar", "bars => bars.map(b => [b.querySelector('title').textContent, b.getBBox().height])")
    months = {e["date"][:7] for e in reader_site.catalog if re.match(r"\d{4}-\d{2}", e["date"])}
    first, last = min(months), max(months)
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    assert len(bars) == span
    for month in months:
        count = sum(1 for e in reader_site.catalog if e["date"].startswith(month))
        label = next(title for title, _ in bars if title.startswith(_month_name(month)))
        assert label.endswith(f": {count} article{'s' if count != 1 else ''}")
    assert max(height for _, height in bars) > 0
    assert horizontal_overflow(reader) == 0


def _month_name(month: str) -> str:
    import calendar  # noqa: PLC0415

    return f"{calendar.month_name[int(month[5:])]} {month[:4]}"
