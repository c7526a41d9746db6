"""An article that moves keeps answering at its old address (ingest.addresses, archive.moved).

A real ingest and Sphinx build, then the page retitled by a re-scrape and
built again, as ``make html`` does (with ``--addresses``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.sitebuild import ingest, prepare, sphinx

pytestmark = pytest.mark.site

PAGE = """<html><head><title>{title} | Screen Orient</title>
<link rel="canonical" href="https://screenorient.example/reviews/salt-orchard"></head>
<body><article><h1>{title}</h1>
<p>The Salt Orchard is a quiet film about a family that keeps an orchard by the sea, and its director lets every scene breathe.</p>
<p>Its second half turns to the daughter, who comes back from Seoul to find the trees dying in the salt wind.</p>
</article></body></html>
"""


def build(root: Path) -> str:
    """Ingest and build; the ingest's messages."""
    done = ingest(root, "--addresses", "addresses.toml")
    assert done.returncode == 0, done.stderr
    built = sphinx(root)
    assert built.returncode == 0, built.stderr
    return done.stderr


@pytest.fixture(scope="module")
def retitled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The site after a re-scrape changed the headline, and what the ingest said."""
    root = tmp_path_factory.mktemp("moved")
    prepare(root, [])
    page = root / "corpus" / "salt-orchard.html"
    page.write_text(PAGE.format(title="The Salt Orchard review"), encoding="utf-8")
    build(root)
    page.write_text(PAGE.format(title="The Salt Orchard, revisited"), encoding="utf-8")
    return root, build(root)


def old_page(root: Path) -> BeautifulSoup:
    [path] = (root / "_build" / "html" / "articles").glob("the-salt-orchard-review-*.html")
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_the_old_address_sends_the_reader_to_the_new_one(retitled: tuple[Path, str]) -> None:
    root, _said = retitled
    [new] = (root / "_build" / "html" / "articles").glob("the-salt-orchard-revisited-*.html")
    soup = old_page(root)
    assert soup.find("meta", attrs={"http-equiv": "refresh"})["content"] == f"0; url={new.name}"
    assert soup.find("a")["href"] == new.name and soup.find("a").get_text() == "The Salt Orchard, revisited"


def test_search_engines_are_told_not_to_index_the_old_address(retitled: tuple[Path, str]) -> None:
    assert old_page(retitled[0]).find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_the_curator_hears_of_the_move_once(retitled: tuple[Path, str]) -> None:
    root, said = retitled
    assert "salt-orchard.html: its title changed: articles/the-salt-orchard-review-" in said
    assert "(recorded in addresses.toml: commit it with the corpus)" in said
    assert "now redirects" in said and "now redirects" not in ingest(root, "--addresses", "addresses.toml").stderr


def test_a_page_renamed_into_a_folder_is_said_renamed_and_its_old_address_redirects(tmp_path: Path) -> None:
    prepare(tmp_path, [])
    corpus = tmp_path / "corpus"
    no_address = PAGE.format(title="The Salt Orchard review").replace('<link rel="canonical" href="https://screenorient.example/reviews/salt-orchard">', "")
    (corpus / "salt-orchard.html").write_text(no_address, encoding="utf-8")
    assert ingest(tmp_path, "--addresses", "addresses.toml").returncode == 0
    (corpus / "2025").mkdir()
    (corpus / "salt-orchard.html").rename(corpus / "2025" / "salt-orchard.html")
    said = ingest(tmp_path, "--addresses", "addresses.toml").stderr
    assert f"{Path('corpus', 'salt-orchard.html')} is now {Path('corpus', '2025', 'salt-orchard.html')}: articles/the-salt-orchard-review-" in said
    assert "[moved]\n\"articles/the-salt-orchard-review-" in (tmp_path / "addresses.toml").read_text(encoding="utf-8")


def test_a_deleted_article_is_said_withdrawn_once_and_its_address_kept_in_the_record(tmp_path: Path) -> None:
    prepare(tmp_path, [])
    page = tmp_path / "corpus" / "salt-orchard.html"
    page.write_text(PAGE.format(title="The Salt Orchard review"), encoding="utf-8")
    assert ingest(tmp_path, "--addresses", "addresses.toml").returncode == 0
    page.unlink()
    said = ingest(tmp_path, "--addresses", "addresses.toml").stderr
    assert said.count("is gone") == 1 and f"{Path('corpus', 'salt-orchard.html')} is gone: articles/the-salt-orchard-review-" in said
    assert "[withdrawn]\n\"articles/the-salt-orchard-review-" in (tmp_path / "addresses.toml").read_text(encoding="utf-8")
    assert "is gone" not in ingest(tmp_path, "--addresses", "addresses.toml").stderr
