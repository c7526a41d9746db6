"""Generated files: written whole, never over a person's edits, never outside the folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.errors import OutputError, PageError
from ingest.paths import slug
from ingest.write import OutputFolder, atomic_write_all


def test_unchanged_bytes_are_not_rewritten(tmp_path):
    folder = OutputFolder(tmp_path)
    assert folder.write("a.md", "one") is True
    folder.finish()
    assert OutputFolder(tmp_path).write("a.md", "one") is False


def test_a_hand_edited_file_is_never_overwritten(tmp_path):
    folder = OutputFolder(tmp_path)
    folder.write("a.md", "generated")
    folder.finish()
    (tmp_path / "a.md").write_text("edited by a curator")
    with pytest.raises(PageError, match="edited by hand"):
        OutputFolder(tmp_path).write("a.md", "generated again")
    assert (tmp_path / "a.md").read_text() == "edited by a curator"


def test_files_no_page_produces_any_more_are_removed(tmp_path):
    folder = OutputFolder(tmp_path)
    folder.write("old.md", "x")
    folder.finish()
    OutputFolder(tmp_path).finish()
    assert not (tmp_path / "old.md").exists()


def test_a_stale_hand_edited_file_is_kept_and_reported(tmp_path):
    folder = OutputFolder(tmp_path)
    folder.write("old.md", "x")
    folder.finish()
    (tmp_path / "old.md").write_text("curated")
    assert "edited by hand, and no corpus page makes this file any more" in OutputFolder(tmp_path).finish()[0]
    assert (tmp_path / "old.md").exists()


def test_no_path_leaves_the_folder(tmp_path):
    with pytest.raises(PageError, match="leaves"):
        OutputFolder(tmp_path / "out").write("../escape.md", "x")


def test_no_link_inside_the_folder_leads_out_of_it(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    (out / "2025").mkdir(parents=True)
    elsewhere.mkdir()
    (out / "linked-folder").symlink_to(elsewhere)
    (out / "2025" / "linked-file.md").symlink_to(elsewhere / "target.md")
    folder = OutputFolder(out)
    for relative in ("linked-folder/x.md", "2025/linked-file.md"):
        with pytest.raises(PageError, match="leaves"):
            folder.write(relative, "x")
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("title", ["../x", "/x", "index", "search", "genindex", "!!!", "x" * 1000, "감독 인터뷰", ".hidden"])
def test_slug_is_safe_ascii_and_never_a_reserved_name(title):
    name = slug(title, "corpus/page.txt")
    assert name.replace("-", "").isalnum() and name.isascii()
    assert name not in {"index", "search", "genindex"} and not name.startswith((".", "_", "-"))
    assert len(name) <= 70


def test_same_title_from_two_pages_gives_two_slugs():
    assert slug("Same Title", "a.txt") != slug("Same Title", "b.txt")


def test_files_written_together_are_all_replaced_or_none(tmp_path: Path) -> None:
    # The registry's files after a review: one that cannot be written leaves the others as they were.
    people, films = tmp_path / "people.toml", tmp_path / "not-a-folder" / "films.toml"
    people.write_text("old\n", encoding="utf-8")
    (tmp_path / "not-a-folder").write_text("a file where the folder should be\n", encoding="utf-8")
    with pytest.raises(OutputError, match=r"not-a-folder/films\.toml: cannot write"):
        atomic_write_all({people: b"new\n", films: b"new\n"})
    assert people.read_text(encoding="utf-8") == "old\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["not-a-folder", "people.toml"]  # no temporary left


def test_a_folder_in_a_files_place_is_found_before_any_file_is_replaced(tmp_path: Path) -> None:
    # The renames came one by one: people.toml was replaced, films.toml (a folder) failed, its temporary left.
    people, films = tmp_path / "people.toml", tmp_path / "films.toml"
    people.write_text("old\n", encoding="utf-8")
    films.mkdir()
    with pytest.raises(OutputError, match=r"films\.toml: cannot write .*no file was replaced"):
        atomic_write_all({people: b"new\n", films: b"new\n"})
    assert people.read_text(encoding="utf-8") == "old\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["films.toml", "people.toml"]


def test_a_rename_that_fails_names_the_files_already_replaced_and_leaves_no_temporary(tmp_path: Path, monkeypatch) -> None:
    # A rename can still fail after the check (the disk taken away); here the second one is made to.
    people, films = tmp_path / "people.toml", tmp_path / "films.toml"
    real_replace = os.replace

    def replace(source, target):
        if Path(target).name == "films.toml":
            raise OSError(5, "Input/output error")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OutputError, match=r"films\.toml: cannot write .*already replaced: .*people\.toml"):
        atomic_write_all({people: b"new\n", films: b"new\n"})
    assert sorted(path.name for path in tmp_path.iterdir()) == ["people.toml"]
