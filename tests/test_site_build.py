"""The real site, built by Sphinx from the real corpus, read as HTML."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ingest the corpus and build the site with -W -n into a temporary folder."""
    work = tmp_path_factory.mktemp("site")
    docs = work / "docs"
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("articles", "people", "films"))
    subprocess.run([sys.executable, "-m", "ingest", "build", "--corpus", str(CORPUS), "--out", str(docs / "articles")], cwd=ROOT, check=True, capture_output=True)
    build = subprocess.run(
        [sys.executable, "-m", "sphinx", "-M", "html", str(docs), str(work / "_build"), "-c", str(ROOT), "-W", "-n", "-q"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr
    assert build.stderr == "", build.stderr  # zero warnings
    return work / "_build" / "html"


def _article(site: Path, words: str) -> BeautifulSoup:
    for page in sorted((site / "articles").glob("*.html")):
        if page.name.startswith(words):
            return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    raise AssertionError(f"no article page starting with {words!r}")


def test_home_page_has_a_card_per_article(site):
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    titles = [a.get_text(strip=True) for a in home.select(".article-card .sd-card-title a")]
    assert len(titles) == 3
    assert "CHOON: An Interview with Antonia Kim" in titles


def test_article_header_shows_publisher_date_author_source_and_rights(site):
    page = _article(site, "director-kang-yoon-sung")
    info = page.select_one(".article-info").get_text(" ", strip=True)
    for fact in ["Korean Film Council (KOFIC)", "October 2025", "Park Won-hee", "Redistribution and database storage prohibited."]:
        assert fact in info
    source = page.select_one(".article-info a.reference.external")
    assert source["href"].startswith("https://www.koreanfilm.or.kr/eng/news/news.jsp")


def test_article_text_has_no_chrome(site):
    text = _article(site, "kim-daesik").select_one("article").get_text("\n")
    for chrome in ["본문 바로가기", "bar_progress", "Text Size", "Join us on social!", "Special Coverage"]:
        assert chrome not in text


def test_interview_questions_are_in_the_page_table_of_contents(site):
    page = _article(site, "choon-an-interview")
    toc = [a.get_text(strip=True) for a in page.select(".toc-tree a")]
    assert "Tell us about ‘Choon’. How do you describe it?" in toc


def test_quotes_and_dashes_are_shown_as_published(site):
    text = _article(site, "choon-an-interview").select_one("article").get_text()
    assert "technically “finished,” it never feltfinished" in text
    assert "I kept revising and refining - so much so" in text


def test_footnotes_link_both_ways(site):
    page = _article(site, "kim-daesik")
    reference = page.select_one("a.footnote-reference")
    assert reference is not None and page.select_one(f"[id='{reference['href'].lstrip('#')}']") is not None


def test_lost_picture_captions_are_set_apart(site):
    page = _article(site, "director-kang-yoon-sung")
    captions = [div.get_text(" ", strip=True) for div in page.select("div.figure-lost")]
    assert "A scene from the film “Run to the West”" in captions
    paragraphs = [p.get_text(strip=True) for p in page.select("article > section > p, article section > p")]
    assert "A scene from the film “Run to the West”" not in paragraphs


def test_no_source_copies_are_published(site):
    assert not [path for path in (site / "_sources").rglob("*") if path.is_file()]


def test_the_byline_author_links_to_their_page(site):
    article = _article(site, "director-kang")
    author = article.select_one(".article-info a[href*='people/park-won-hee.html']")
    assert author is not None and author.get_text() == "Park Won-hee"


def test_a_person_named_only_in_the_title_lists_the_article(site):
    page = BeautifulSoup((site / "people" / "antonia-kim.html").read_text(encoding="utf-8"), "html.parser")
    mentioned = [a.get_text(" ", strip=True) for a in page.select(".mentions a, section a") if "articles/" in a.get("href", "")]
    assert any("CHOON" in text for text in mentioned), mentioned
