"""axe-core (npm, injected into the page) finds no serious or critical violations,
on every page type, at phone (390 px) and desktop (1280 px) width.

The full violation lists and a screenshot of each page are kept under
_build/test-artifacts/.
"""

from __future__ import annotations

import pytest
from browser_helpers import Site, artifact_path, axe_violations
from conftest import DESKTOP, PHONE

pytestmark = pytest.mark.site

PAGE_TYPES = {
    "home": "index.html",
    "article": None,  # the newest article
    "article-korean": None,  # the Korean test article
    "articles-index": "articles/index.html",
    "month": "articles/2025-12.html",
    "undated": "articles/undated.html",
    "person": "people/kim-tae-yong.html",
    "film": "films/late-autumn.html",
    "people": "cine-people.html",
    "films": "cine-films.html",
    "genindex": "genindex.html",
    "search": "search.html?q=film",
    "404": "no/such/page.html",
}


def _path(site: Site, name: str) -> str:
    if name == "article":
        return f"{site.catalog[0]['docname']}.html"
    if name == "article-korean":
        return next(f"{e['docname']}.html" for e in site.catalog if e["source_file"] == "912_manchu_korean.txt")
    return PAGE_TYPES[name]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_has_no_serious_accessibility_violations(browser, reader_site: Site, name: str, viewport: str) -> None:
    context = browser.new_context(viewport=PHONE if viewport == "phone" else DESKTOP)
    page = context.new_page()
    try:
        page.goto(reader_site.url + _path(reader_site, name))
        if name == "search":
            page.wait_for_function("document.querySelector('#search-results h2')?.textContent === 'Search Results'")
        page.screenshot(path=artifact_path(f"screenshots/{viewport}-axe-{name}.png"), full_page=True)
        assert axe_violations(page, f"{viewport}-{name}") == []
    finally:
        context.close()


def test_audit_reports_a_serious_violation(page) -> None:
    page.set_content("<!doctype html><html lang='en'><title>t</title><main><img src='x.png'><a href='/'></a></main></html>")
    assert {violation["id"] for violation in axe_violations(page, "known-bad")} >= {"image-alt", "link-name"}
