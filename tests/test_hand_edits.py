"""A generated article a curator edited by hand: one line says what happened
and what to do, the edit is never lost, and the rest of the site builds
under ``-W`` (real ingest and Sphinx runs, as ``make html`` makes them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import PageError
from ingest.write import KEPT, OutputFolder
from tests.sitebuild import ROOT, Site, ingest, prepare, sphinx

PAGE = "000_0af0f9ea32e2359d"
ARTICLE = "choon-an-interview-with-antonia-kim-ec1ded2d"
NOTE = "A note the curator added by hand."


def edited_site(root: Path) -> Path:
    """A one-page site, built once, whose article the curator then edited; returns the page."""
    prepare(root, [ROOT / "corpus" / f"{PAGE}.txt", ROOT / "corpus" / f"{PAGE}.meta.toml"])
    assert ingest(root).returncode == 0
    article = root / "docs" / "articles" / f"{ARTICLE}.md"
    article.write_text(article.read_text(encoding="utf-8") + f"\n{NOTE}\n", encoding="utf-8")
    return root / "corpus" / f"{PAGE}.txt"


def rebuild(root: Path) -> Site:
    return Site(root, ingest(root), sphinx(root, strict=True))


def error_lines(site: Site) -> list[str]:
    return [line for line in site.ingest.stderr.splitlines() if line.startswith("error:")]


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The page changed, its title did not: the article keeps its file name."""
    root = tmp_path_factory.mktemp("changed")
    page = edited_site(root)
    page.write_text(page.read_text(encoding="utf-8").replace("How did you start", "How did you begin"), encoding="utf-8")
    return rebuild(root)


@pytest.fixture(scope="module")
def retitled(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The page's title changed: the article it makes now has another file name."""
    root = tmp_path_factory.mktemp("retitled")
    page = edited_site(root)
    text = page.read_text(encoding="utf-8")
    page.write_text("CHOON: A Talk with Antonia Kim\n" + text.split("\n", 1)[1], encoding="utf-8")
    return rebuild(root)


def test_a_changed_page_under_a_hand_edit_is_one_line_naming_the_file_and_the_page(changed: Site) -> None:
    [line] = error_lines(changed)
    assert f"docs/articles/{ARTICLE}.md: edited by hand, and the ingest's article from corpus/{PAGE}.txt has changed since" in line
    assert "move the edit into the corpus page (its text: delete the lines there) or its .meta.toml (title, date, authors), then delete this file" in line
    assert changed.ingest.returncode == 1  # CI notices


def test_the_hand_edit_is_kept_and_published_and_the_site_builds_under_w(changed: Site) -> None:
    assert changed.sphinx.returncode == 0, changed.sphinx.stderr
    assert NOTE in (changed.html / "articles" / f"{ARTICLE}.html").read_text(encoding="utf-8")
    assert ARTICLE in (changed.html / "articles" / "index.html").read_text(encoding="utf-8")  # still listed


def test_a_retitled_page_under_a_hand_edit_is_one_line_and_the_new_article_is_published(retitled: Site) -> None:
    [line] = error_lines(retitled)
    assert f"docs/articles/{ARTICLE}.md: edited by hand, and no corpus page makes this file any more" in line
    assert "kept, not published" in line
    assert NOTE in (retitled.articles / f"{ARTICLE}.md").read_text(encoding="utf-8")
    assert retitled.sphinx.returncode == 0, retitled.sphinx.stderr
    published = sorted(p.name for p in (retitled.html / "articles").glob("choon-*.html"))
    assert published == ["choon-a-talk-with-antonia-kim-ec1ded2d.html"]


def test_a_hand_edit_with_the_page_unchanged_is_one_line_too(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.write("a.md", "generated\n")
    folder.finish()
    (tmp_path / "a.md").write_text("edited\n", encoding="utf-8")
    again = OutputFolder(tmp_path)
    with pytest.raises(PageError, match=r"a\.md: edited by hand; kept and published, but the next change to corpus/a\.txt"):
        again.write("a.md", "generated\n", made_from="corpus/a.txt")
    assert again.finish() == []  # not reported a second time as a file no page makes
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "edited\n"


def test_the_kept_list_goes_once_its_files_are_deleted(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.write("old.md", "x\n")
    folder.finish()
    (tmp_path / "old.md").write_text("curated\n", encoding="utf-8")
    assert len(OutputFolder(tmp_path).finish()) == 1
    assert (tmp_path / KEPT).read_text(encoding="utf-8").split() == ["[", '"old.md"', "]"]
    (tmp_path / "old.md").unlink()
    assert OutputFolder(tmp_path).finish() == []
    assert not (tmp_path / KEPT).exists()


def test_a_hand_edited_listing_page_says_to_delete_it_since_no_page_carries_it(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.write("index.md", "# Articles\n")
    folder.finish()
    (tmp_path / "index.md").write_text("# Our articles\n", encoding="utf-8")
    with pytest.raises(PageError) as raised:
        OutputFolder(tmp_path).write("index.md", "# Articles\n")
    assert str(raised.value) == f"{tmp_path / 'index.md'}: edited by hand; kept, but the ingest no longer updates it: delete this file to have it written again"
