"""Navigation that does not grow with the archive: real Sphinx builds of the
site with 5 and with 50 articles."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.pipeline import ingest_corpus

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.site


def _build_site(root: Path, count: int) -> Path:
    """A site of ``count`` articles, one a month from January 2020; returns its HTML folder."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for index in range(count):
        name = f"{index:03d}"
        (corpus / f"{name}.txt").write_text(f"Story number {name}\n\nThe text of story {name}.\n", encoding="utf-8")
        (corpus / f"{name}.meta.toml").write_text(f'date = "{2020 + index // 12}-{index % 12 + 1:02d}-15"\n', encoding="utf-8")
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns("articles", "people", "films"))
    report = ingest_corpus(corpus, root / "docs" / "articles")
    assert not report.errors
    command = [sys.executable, "-m", "sphinx", "-M", "html", str(root / "docs"), str(root / "_build"), "-c", str(REPO), "-W", "-n", "-q"]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return root / "_build" / "html"


@pytest.fixture(scope="module")
def small_and_large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return _build_site(tmp_path_factory.mktemp("five"), 5), _build_site(tmp_path_factory.mktemp("fifty"), 50)


def _article(html: Path, number: str) -> Path:
    catalog = json.loads((html.parent.parent / "docs" / "articles" / "catalog.json").read_text(encoding="utf-8"))
    docname = next(entry["docname"] for entry in catalog if entry["title"] == f"Story number {number}")
    return html / f"{docname}.html"


def _sidebar_links(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    tree = text[text.index('class="sidebar-tree"') :]
    tree = tree[: tree.index("</div>")]
    return re.findall(r'href="([^"]+)"', tree)


def test_article_page_does_not_grow_with_the_archive(small_and_large: tuple[Path, Path]) -> None:
    small, large = (_article(html, "002").stat().st_size for html in small_and_large)
    # Before the bounded sidebar, 45 more articles added ~45 links (several KiB) to every page.
    assert abs(large - small) < 300


def test_sidebar_lists_the_sections_not_the_articles(small_and_large: tuple[Path, Path]) -> None:
    _, large = small_and_large
    assert _sidebar_links(_article(large, "002")) == ["index.html", "../cine-people.html", "../cine-films.html"]


def test_every_article_is_reachable_from_the_articles_page(small_and_large: tuple[Path, Path]) -> None:
    _, large = small_and_large
    articles = large / "articles"
    index = (articles / "index.html").read_text(encoding="utf-8")
    months = set(re.findall(r'href="(\d{4}-\d{2})\.html"', index))
    linked = set()
    for month in months:
        linked |= set(re.findall(r'href="([a-z0-9-]+-[0-9a-f]{8})\.html"', (articles / f"{month}.html").read_text(encoding="utf-8")))
    catalog = json.loads((large.parent.parent / "docs" / "articles" / "catalog.json").read_text(encoding="utf-8"))
    assert len(months) == 50
    assert linked == {entry["docname"].removeprefix("articles/") for entry in catalog}
