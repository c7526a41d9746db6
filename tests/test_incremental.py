"""Adding one article rewrites that article, the pages of what it mentions,
the listings and its neighbours in the reading order; not every article that
shares a much mentioned person."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from people_films.mentions import Matcher
from ingest.pipeline import ingest_corpus
from people_films.registry import load_registry

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.site


def _article(corpus: Path, number: int) -> None:
    name = f"{number:02d}"
    text = f"Story {name}\n\nKim Tae-yong spoke about story {name} today.\n"
    (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    (corpus / f"{name}.meta.toml").write_text(f'date = "2024-03-{number % 28 + 1:02d}"\n', encoding="utf-8")


def _make_html(root: Path) -> str:
    registry = root / "registry"
    report = ingest_corpus(root / "corpus", root / "docs" / "articles", Matcher(load_registry(registry)))
    assert not report.errors
    command = [sys.executable, "-m", "sphinx", "-M", "html", str(root / "docs"), str(root / "_build"), "-c", str(REPO),
               "-W", "-n", "-D", f"archive_registry={registry}"]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_adding_an_article_leaves_unaffected_articles_unwritten(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "people.toml").write_text('[[person]]\nname = "Kim Tae-yong"\n', encoding="utf-8")
    (tmp_path / "registry" / "films.toml").write_text("", encoding="utf-8")
    shutil.copytree(REPO / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("articles", "people", "films"))
    for number in range(8):
        _article(tmp_path / "corpus", number)
    _make_html(tmp_path)
    html = tmp_path / "_build" / "html"
    stamps = {page: page.stat().st_mtime_ns for page in (html / "articles").glob("story-*.html")}
    assert len(stamps) == 8

    _article(tmp_path / "corpus", 99)  # also mentions Kim Tae-yong; its title ranks last in every related list
    output = _make_html(tmp_path)

    assert "1 added" in output
    # Its neighbours in the reading order are rewritten: their previous/next links now name it.
    neighbours = {page for page in stamps if "story-99" in page.read_text(encoding="utf-8")}
    assert 1 <= len(neighbours) <= 2
    assert {page: page.stat().st_mtime_ns for page in stamps if page not in neighbours} == {
        page: stamp for page, stamp in stamps.items() if page not in neighbours
    }
    assert "story-99" in (html / "people" / "kim-tae-yong.html").read_text(encoding="utf-8")
