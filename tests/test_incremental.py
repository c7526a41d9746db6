"""Adding one article rewrites that article, the pages of what it mentions,
the listings and its neighbours in the reading order; not every article that
shares a much mentioned person."""

from __future__ import annotations

import re
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
               "-W", "-n", "-N", "-D", f"archive_registry={registry}"]  # -N: Sphinx colours its log when CI=true
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _project(tmp_path: Path) -> None:
    """An empty corpus, a registry of one person (Kim Tae-yong), the site's own docs."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "people.toml").write_text('[[person]]\nname = "Kim Tae-yong"\n', encoding="utf-8")
    (tmp_path / "registry" / "films.toml").write_text("", encoding="utf-8")
    shutil.copytree(REPO / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("articles", "people", "films"))


def test_adding_an_article_leaves_unaffected_articles_unwritten(tmp_path: Path) -> None:
    _project(tmp_path)
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


def _site_with_entity_pages(tmp_path: Path) -> None:
    """Three articles, one registered person and three detected: four entity pages, built."""
    _project(tmp_path)
    for number, director in enumerate(("Lee Soo-jin", "Park Min-ho", "Choi Yun-ah")):
        (tmp_path / "corpus" / f"{number:02d}.txt").write_text(
            f"Story {number}\n\nKim Tae-yong spoke today. Director {director} said the film was finished.\n", encoding="utf-8"
        )
    _make_html(tmp_path)
    detected = (tmp_path / "docs" / "articles" / "_detected.json").read_text(encoding="utf-8")
    assert "park-min-ho" in detected


def _read_in(output: str) -> str:
    """The documents Sphinx read, from its log."""
    return re.search(r"reading sources\.\.\. (.*?)\n(?:looking for now-outdated|pickling)", output, re.S).group(1)


def test_a_newly_detected_name_reads_only_the_entity_pages_whose_facts_changed(tmp_path: Path) -> None:
    _site_with_entity_pages(tmp_path)
    (tmp_path / "corpus" / "99.txt").write_text("Story 99\n\nDirector Han Ji-won said the film was finished.\n", encoding="utf-8")
    output = _make_html(tmp_path)

    assert "han-ji-won" in (tmp_path / "docs" / "articles" / "_detected.json").read_text(encoding="utf-8")
    # The new article and the new person's page are added; the listings change; the four
    # existing entity pages, whose facts are the same, are not read again.
    read = _read_in(output)
    assert "people/han-ji-won" in read
    assert not re.search(r"people/(kim-tae-yong|lee-soo-jin|park-min-ho|choi-yun-ah)\b", read), read


def test_a_registry_edit_reads_the_entity_page_it_changes_and_no_other(tmp_path: Path) -> None:
    _site_with_entity_pages(tmp_path)
    (tmp_path / "registry" / "people.toml").write_text('[[person]]\nname = "Kim Tae-yong"\nroles = ["critic"]\n', encoding="utf-8")
    output = _make_html(tmp_path)

    read = _read_in(output)
    assert "people/kim-tae-yong" in read
    assert not re.search(r"people/(lee-soo-jin|park-min-ho|choi-yun-ah)\b", read), read
    assert "critic" in (tmp_path / "_build" / "html" / "people" / "kim-tae-yong.html").read_text(encoding="utf-8")
