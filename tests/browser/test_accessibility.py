"""axe-core (npm, injected into the page) finds no serious or critical violations.

The full violation lists and a desktop screenshot of each page are kept
under _build/test-artifacts/.
"""

from __future__ import annotations

import pytest
from browser_helpers import Site, artifact_path, axe_violations

pytestmark = pytest.mark.site


@pytest.mark.parametrize("name", ["home", "article", "articles-index", "search"])
def test_page_has_no_serious_accessibility_violations(page, site: Site, name: str) -> None:
    path = {
        "home": "index.html",
        "article": f"{site.catalog[0]['docname']}.html",
        "articles-index": "articles/index.html",
        "search": "search.html?q=film",
    }[name]
    page.goto(site.url + path)
    page.screenshot(path=artifact_path(f"screenshots/desktop-{name}.png"), full_page=True)
    assert axe_violations(page, name) == []


def test_audit_reports_a_serious_violation(page) -> None:
    page.set_content("<!doctype html><html lang='en'><title>t</title><main><img src='x.png'><a href='/'></a></main></html>")
    assert {violation["id"] for violation in axe_violations(page, "known-bad")} >= {"image-alt", "link-name"}
