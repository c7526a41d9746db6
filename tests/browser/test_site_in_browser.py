"""The project's site in headless Chromium: search, navigation, phone width, 404.

Pages are found through the catalog the ingest wrote, never by slug.
"""

from __future__ import annotations

import pytest
from browser_helpers import Site, artifact_path, horizontal_overflow, search, text_sizes_px

pytestmark = pytest.mark.site

# Body text at the browser default; small print (captions, notes) still legible.
BODY_PX, SMALL_PRINT_PX = 16, 12


def by_source(site: Site, source_file: str) -> dict:
    return next(entry for entry in site.catalog if entry["source_file"] == source_file)


@pytest.mark.parametrize(
    ("phrase", "source_file"),
    [
        ("executive producer at KBS", "000_0af0f9ea32e2359d.txt"),
        ("foundation for the industry", "001_a4e444180179af0b.txt"),
        ("generative creativity", "002_0472e3aaac8c6868.txt"),
    ],
)
def test_search_for_a_phrase_lists_its_article_first(page, site: Site, phrase: str, source_file: str) -> None:
    results = search(page, site, phrase)
    assert results[:1] == [site.article_url(by_source(site, source_file))], results


def test_click_from_home_to_an_article(page, site: Site) -> None:
    newest = site.catalog[0]
    page.goto(f"{site.url}index.html")
    page.click(f".article-list a[href$='{newest['docname']}.html']")
    page.wait_for_url(site.article_url(newest))
    assert page.inner_text("article h1").rstrip("¶").strip() == newest["title"].replace("'", "’")


@pytest.mark.parametrize("name", ["home", "article", "articles-index"])
def test_phone_width_has_no_sideways_scrolling_and_readable_text(phone, site: Site, name: str) -> None:
    path = {"home": "index.html", "article": f"{site.catalog[0]['docname']}.html", "articles-index": "articles/index.html"}[name]
    phone.goto(site.url + path)
    phone.screenshot(path=artifact_path(f"screenshots/phone-{name}.png"), full_page=True)
    assert horizontal_overflow(phone) == 0
    sizes = text_sizes_px(phone)
    assert sizes["body"] >= BODY_PX
    assert sizes["smallest"] >= SMALL_PRINT_PX


def test_missing_page_gets_the_404_page_with_working_links_under_the_sub_path(page, site: Site) -> None:
    failed: list[str] = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 and response.request.resource_type != "document" else None)
    response = page.goto(f"{site.url}no/such/page.html")
    assert response.status == 404
    assert "Page not found" in page.inner_text("article")
    assert failed == []  # stylesheets and scripts resolve from a nested missing path
    page.click("article a:has-text('home page')")
    page.wait_for_url(f"{site.url}index.html")
