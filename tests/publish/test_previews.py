"""Person and film pages say only what the registry holds, and a shared link
previews them, and the listing pages, in one readable sentence (a site built
with the project's conf.py and the ingest's listing pages)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from site_helpers import build, write_site

from ingest.listing import listing_files
from people_films.proposals import apply_review
from people_films.registry import load_registry

pytestmark = pytest.mark.site

BODY = "With [Kim Tae-yong](<cine:person/kim-tae-yong>), on [Late Autumn](<cine:film/late-autumn>) and [Turing Test](<cine:film/turing-test>)."
ARTICLES = [{"docname": "articles/talk", "title": "A talk", "date": "2025-10-07", "summary": "A talk.", "source_file": "a.txt", "body": BODY}]
REGISTRY = {
    "people.toml": '[[person]]\nname = "Kim Tae-yong"\nroles = ["director", "writer"]\n',
    "films.toml": '[[film]]\ntitle = "Late Autumn"\nkind = "feature"\nyear = 2010\ndirectors = ["kim-tae-yong"]\n',
}
# What `python -m ingest propose` writes for a film the registry lacks, accepted as it stands.
ACCEPTED = '[[film]]\naction = "accept"\nid = "turing-test"\ntitle = "Turing Test"\npages = 1\noccurrences = 1\n'


def registry_after_review(folder: Path, proposals: Path) -> Path:
    folder.mkdir()
    for name, text in REGISTRY.items():
        (folder / name).write_text(text, encoding="utf-8")
    proposals.write_text(ACCEPTED, encoding="utf-8")
    apply_review(proposals, folder)
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("previews")
    registry = registry_after_review(root / "registry", root / "proposals.toml")
    write_site(root / "src", ARTICLES)
    for name, text in listing_files(ARTICLES).items():
        (root / "src" / "articles" / name).write_text(text, encoding="utf-8")
    (root / "src" / "index.md").write_text("# Test archive\n\n:::{toctree}\n\narticles/index\n:::\n", encoding="utf-8")
    result = build(root / "src", root / "out", "html", base_url="https://owner.github.io/repo", archive_registry=registry)
    assert (result.returncode, result.stderr) == (0, "")
    return root / "out" / "html"


def meta(page: str, name: str) -> str:
    """The tag's content as a browser reads it (``&#x27;`` is ``'``)."""
    return html.unescape(re.search(rf'<meta (?:property|name)="{name}" content="([^"]*)"', page).group(1))


def test_a_film_accepted_in_a_review_has_no_kind_until_a_curator_gives_one(tmp_path: Path) -> None:
    folder = registry_after_review(tmp_path / "registry", tmp_path / "proposals.toml")
    assert load_registry(folder).films["turing-test"].film_kind == ""


def test_a_film_page_shows_no_kind_the_registry_does_not_give(site: Path) -> None:
    assert "Kind" not in (site / "films" / "turing-test.html").read_text(encoding="utf-8")
    assert re.search(r"Kind<span class=\"colon\">:</span></dt>\s*<dd[^>]*><p>feature</p>", (site / "films" / "late-autumn.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        # person and film pages: one sentence from the registry, not the flattened field list
        ("films/turing-test", "Turing Test: a film mentioned in 1 article."),
        ("films/late-autumn", "Late Autumn (feature film, 2010, directed by Kim Tae-yong), mentioned in 1 article."),
        ("people/kim-tae-yong", "Kim Tae-yong (director, writer), mentioned in 1 article."),
        # listing pages: the ingest's line, not the page's text run together with its cards' titles
        ("articles/2025-10", "October 2025: 1 article of the archive, newest first."),
        ("articles/index", "The archive's 1 article, the latest first, and a page for each month."),
    ],
)
def test_a_shared_page_previews_one_readable_sentence(site: Path, page: str, sentence: str) -> None:
    text = (site / f"{page}.html").read_text(encoding="utf-8")
    assert (meta(text, "og:description"), meta(text, "description")) == (sentence, sentence)
    assert meta(text, "og:type") == "website"  # only an article's is "article"


def test_a_shared_article_is_still_an_article(site: Path) -> None:
    text = (site / "articles" / "talk.html").read_text(encoding="utf-8")
    assert (meta(text, "og:type"), meta(text, "og:description")) == ("article", "A talk.")
