"""People and film pages (branch entities) in the browser.

What this expects of the site: a page per person at people/<slug>.html and per
film at films/<slug>.html; articles link to them (links whose address contains
"people/" or "films/"); a person page lists the articles that mention them in
``ul.mentioned-in``; registry/people.toml gives each person's other spellings.
"""

from __future__ import annotations

import tomllib

import pytest
from bs4 import BeautifulSoup
from browser_helpers import ROOT, Site, artifact_path, axe_violations, horizontal_overflow, search

pytestmark = pytest.mark.site

PERSON, PERSON_PAGE = "Kim Tae-yong", "people/kim-tae-yong.html"


def spellings(name: str) -> list[str]:
    registry = tomllib.loads((ROOT / "registry" / "people.toml").read_text(encoding="utf-8"))
    person = next(entry for entry in registry["person"] if entry["name"] == name)
    return [name, *person.get("spellings", [])]


def spelling_cases(name: str) -> list[str]:
    """The registry's spellings, and the forms readers type that no registry lists."""
    return [*spellings(name), f"Director {name}", name.upper(), " ".join(reversed(name.split(" ", 1)))]


@pytest.mark.parametrize("spelling", spelling_cases(PERSON))
def test_search_for_any_spelling_of_a_name_lists_the_person_first(page, people_site: Site, spelling: str) -> None:
    assert search(page, people_site, spelling)[:1] == [people_site.url + PERSON_PAGE]


@pytest.mark.parametrize(("title", "film_page"), [("Run to the West", "films/run-to-the-west.html"), ("Late Autumn", "films/late-autumn.html")])
def test_search_for_a_film_title_lists_the_film_first(page, people_site: Site, title: str, film_page: str) -> None:
    assert search(page, people_site, title)[:1] == [people_site.url + film_page]


def person_in_two_articles(site: Site) -> tuple[str, list[str]]:
    """A person page and the articles it lists, read from the built HTML."""
    for path in sorted((site.html / "people").glob("*.html")):
        listed = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select("ul.mentioned-in a")
        articles = list(dict.fromkeys(link["href"].split("#")[0].removeprefix("../") for link in listed))
        if len(articles) >= 2:
            return f"people/{path.name}", articles
    raise AssertionError("no person is mentioned in two articles")


def heading(page) -> str:
    return page.inner_text("article h1").rstrip("¶").strip()


def test_click_home_article_person_other_article_film(page, people_site: Site) -> None:
    person, articles = person_in_two_articles(people_site)
    first, second = articles[:2]
    page.goto(f"{people_site.url}index.html")
    if not page.locator(f".article-list a[href$='{first}']").count():
        page.click("a:has-text('All articles')")
    page.click(f".article-list a[href$='{first}']")
    page.wait_for_url(people_site.url + first)
    page.click(f"article a[href*='{person}']")
    page.wait_for_url(f"{people_site.url}{person}*")
    page.screenshot(path=artifact_path("screenshots/desktop-person.png"), full_page=True)
    page.click(f"ul.mentioned-in a[href*='{second}']")
    page.wait_for_url(f"{people_site.url}{second}*")
    page.click("article a[href*='films/']")
    page.wait_for_url(f"{people_site.url}films/*")
    assert heading(page)


def test_person_page_at_phone_width(phone, people_site: Site) -> None:
    phone.goto(people_site.url + PERSON_PAGE)
    phone.screenshot(path=artifact_path("screenshots/phone-person.png"), full_page=True)
    assert horizontal_overflow(phone) == 0


@pytest.mark.parametrize("path", [PERSON_PAGE, "films/late-autumn.html"])
def test_entity_pages_have_no_serious_accessibility_violations(page, people_site: Site, path: str) -> None:
    page.goto(people_site.url + path)
    assert axe_violations(page, path.replace("/", "-").removesuffix(".html")) == []
