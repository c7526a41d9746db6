"""HTML fixture pages -> MyST, byte for byte (``pytest --regen-golden`` to update), and a real build of them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from ingest.myst import render_article
from ingest.pipeline import read_page, summary
from tests.conftest import ROOT

PAGES = sorted((ROOT / "tests" / "html" / "pages").glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.stem)
def test_html_page_matches_golden_myst(page, golden):
    article = read_page(page)
    text = render_article(article, {"source_file": page.name, "summary": summary(article)})
    golden(ROOT / "tests" / "golden" / "html" / f"{page.stem}.md", text)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture pages as a corpus, ingested and built with -W -n."""
    work = tmp_path_factory.mktemp("html-site")
    corpus, docs = work / "corpus", work / "docs"
    shutil.copytree(ROOT / "tests" / "html" / "pages", corpus)
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("articles", "people", "films"))
    ingest = subprocess.run([sys.executable, "-m", "ingest", "build", "--corpus", str(corpus), "--out", str(docs / "articles")], cwd=ROOT, capture_output=True, text=True)
    assert ingest.returncode == 0, ingest.stderr
    build = subprocess.run([sys.executable, "-m", "sphinx", "-M", "html", str(docs), str(work / "_build"), "-c", str(ROOT), "-W", "-n", "-q"], cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 0 and build.stderr == "", build.stderr
    return work / "_build" / "html"


def _page(site: Path, prefix: str) -> BeautifulSoup:
    path = next((site / "articles").glob(f"{prefix}*.html"))
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_converted_page_builds_with_its_structure(site):
    article = _page(site, "every-conversion-rule").select_one("article")
    assert [h.name for h in article.select("h2, h3")] == ["h2", "h3"]
    assert article.select_one("ul ul li").get_text(strip=True) == "a nested item"
    assert [td.get_text() for td in article.select("table td")] == ["Night | Loop", "2025", "Choon", "2024"]
    assert "indented ```fence``` inside" in article.select_one("pre").get_text()
    assert article.select_one("a[href='https://films.example.org/2025/10/lineup']") is not None
    assert not article.select("a[href^='javascript:'], a[href^='data:']")
    assert article.select_one("a.footnote-reference") is not None


def test_line_breaks_inside_a_paragraph_survive_the_safety_filter(site):
    verse = next(p for p in _page(site, "every-conversion-rule").select("article p") if "A verse" in p.get_text())
    assert len(verse.find_all("br")) == 2


def test_text_that_looks_like_markup_is_shown_as_text(site):
    text = _page(site, "every-conversion-rule").select_one("article").get_text()
    for shown in ["{doc}`index`", "(label)=", "*not emphasis*", "$x$", "{{ env }}", "Hangul 감독은", "“curly”, 'straight', dashes — and – and ellipses…"]:
        assert shown in text

