"""The record of published addresses: which addresses moved, and where to (ingest.addresses)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ingest.addresses import Published, Record, moves, read_record, write_record

OLD, NEW, OTHER = "articles/salt-orchard-3dd09168", "articles/salt-orchard-revised-3dd09168", "articles/night-tide-0badf00d"
URL = "https://screenorient.example/reviews/salt-orchard"


def record(*entries: Published, moved: dict[str, str] | None = None) -> Record:
    return Record({entry.source: entry for entry in entries}, dict(moved or {}))


def test_a_retitled_article_moves_from_its_old_address() -> None:
    after = moves(record(Published("review.html", OLD, URL)), [Published("review.html", NEW, URL)], {"review.html"})
    assert after.record.moved == {OLD: NEW}
    assert [(m.source, m.old, m.new) for m in after.new] == [("review.html", OLD, NEW)]


def test_an_unchanged_article_moves_nowhere() -> None:
    before = record(Published("review.html", OLD, URL))
    after = moves(before, [Published("review.html", OLD, URL)], {"review.html"})
    assert (after.record, after.new) == (before, [])


def test_a_deleted_version_hands_its_address_to_the_later_version_of_the_story() -> None:
    before = record(Published("review.html", OLD, URL), Published("review-v2.html", NEW, URL))
    after = moves(before, [Published("review-v2.html", NEW, URL)], {"review-v2.html"})
    assert after.record.moved == {OLD: NEW}
    assert [(m.source, m.successor, m.renamed) for m in after.new] == [("review.html", "review-v2.html", False)]


def test_a_deleted_article_with_no_later_version_is_no_redirect() -> None:
    after = moves(record(Published("review.html", OLD, URL)), [Published("tide.html", OTHER, "https://other.example/tide")], {"tide.html"})
    assert after.record.moved == {}
    assert "review.html" not in after.record.published


def test_a_deleted_article_with_no_later_version_is_recorded_as_withdrawn_once() -> None:
    """Its address is kept in the record, and the run that withdrew it says so (the next runs do not repeat it)."""
    before = record(Published("review.html", OLD, URL), Published("tide.html", OTHER))
    after = moves(before, [Published("tide.html", OTHER)], {"tide.html"})
    assert (after.record.withdrawn, after.withdrawn) == ({OLD: "review.html"}, [Published("review.html", OLD, URL)])
    again = moves(after.record, [Published("tide.html", OTHER)], {"tide.html"})
    assert (again.record.withdrawn, again.withdrawn) == ({OLD: "review.html"}, [])


def test_a_withdrawn_address_published_again_is_no_longer_withdrawn() -> None:
    withdrawn = Record({}, {}, {OLD: "review.html"})
    assert moves(withdrawn, [Published("review.html", OLD, URL)], {"review.html"}).record.withdrawn == {}


def test_the_record_reads_back_its_withdrawn_addresses(tmp_path: Path) -> None:
    path = tmp_path / "addresses.toml"
    written = Record({}, {}, {OLD: "reviews/salt orchard.html"})
    write_record(path, written)
    assert read_record(path) == (written, [])


def test_a_renamed_page_with_no_source_url_hands_its_address_to_its_new_file_by_its_title() -> None:
    renamed = "articles/salt-orchard-0badcafe"
    before = record(Published("review.html", "articles/salt-orchard-3dd09168"))
    after = moves(before, [Published("2025/review.html", renamed)], {"2025/review.html"})
    assert after.record.moved == {"articles/salt-orchard-3dd09168": renamed}
    assert [(m.source, m.successor, m.renamed) for m in after.new] == [("review.html", "2025/review.html", True)]


def test_a_page_moved_to_another_folder_keeps_its_source_url_and_is_said_renamed() -> None:
    moved_to = "articles/salt-orchard-revised-0badcafe"
    after = moves(record(Published("review.html", NEW, URL)), [Published("festival/review.html", moved_to, URL)], {"festival/review.html"})
    assert after.record.moved == {NEW: moved_to}
    assert [m.renamed for m in after.new] == [True]


def test_a_gone_page_with_no_source_url_and_two_new_files_of_its_title_is_no_redirect() -> None:
    new_files = [Published("a.html", "articles/review-11111111"), Published("b.html", "articles/review-22222222")]
    after = moves(record(Published("review.html", "articles/review-3dd09168")), new_files, {"a.html", "b.html"})
    assert after.record.moved == {}


def test_a_new_file_of_another_title_takes_no_address_from_a_gone_page_with_no_source_url() -> None:
    after = moves(record(Published("review.html", "articles/salt-orchard-3dd09168")), [Published("tide.html", OTHER)], {"tide.html"})
    assert after.record.moved == {}


def test_a_page_that_failed_this_run_keeps_its_address_and_gives_it_to_no_one() -> None:
    before = record(Published("review.html", OLD, URL), Published("review-v2.html", NEW, URL))
    after = moves(before, [Published("review-v2.html", NEW, URL)], {"review.html", "review-v2.html"})
    assert after.record.moved == {}
    assert after.record.published["review.html"] == Published("review.html", OLD, URL)


def test_moves_in_a_row_redirect_to_where_the_article_is_now() -> None:
    later = "articles/salt-orchard-final-3dd09168"
    after = moves(record(Published("review.html", NEW, URL), moved={OLD: NEW}), [Published("review.html", later, URL)], {"review.html"})
    assert after.record.moved == {OLD: later, NEW: later}


def test_an_address_published_again_is_no_redirect() -> None:
    after = moves(record(Published("review.html", NEW, URL), moved={OLD: NEW}), [Published("review.html", OLD, URL)], {"review.html"})
    assert after.record.moved == {NEW: OLD}


def test_the_record_reads_back_what_it_wrote_and_stays_toml_whatever_the_file_names(tmp_path: Path) -> None:
    path = tmp_path / "addresses.toml"
    hostile = 'a "quoted"\nname ]] # = x.html'
    written = record(Published(hostile, OLD, 'https://x.example/"\n[moved]'), moved={"articles/gone-12345678": OLD})
    write_record(path, written)
    tomllib.loads(path.read_text(encoding="utf-8"))
    assert read_record(path) == (written, [])


def test_an_entry_that_is_no_article_address_is_left_out_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "addresses.toml"
    path.write_text(f'[moved]\n"../../index" = "{NEW}"\n"{OLD}" = "{NEW}"\n\n[published]\n"a.html" = {{address = "/etc/passwd"}}\n', encoding="utf-8")
    found, problems = read_record(path)
    assert found == Record({}, {OLD: NEW})
    assert sorted(problems) == [
        f"{path}: moved entry '../../index' is not an article address; left out",
        f"{path}: published entry 'a.html' is not an article address; left out",
    ]


def test_a_record_that_is_not_toml_is_one_line_and_no_record(tmp_path: Path) -> None:
    path = tmp_path / "addresses.toml"
    path.write_text("<<<<<<< HEAD\n[moved]\n", encoding="utf-8")
    found, problems = read_record(path)
    assert found == Record()
    assert len(problems) == 1 and problems[0].startswith(f"{path}: not valid TOML")


def test_two_gone_pages_of_one_title_and_one_new_file_of_it_is_no_redirect() -> None:
    before = record(Published("a.html", "articles/review-11111111"), Published("b.html", "articles/review-22222222"))
    after = moves(before, [Published("c.html", "articles/review-33333333")], {"c.html"})
    assert after.record.moved == {} and after.new == []


def test_pages_whose_titles_leave_no_words_are_never_known_by_them() -> None:
    after = moves(record(Published("a.html", "articles/article-11111111")), [Published("b.html", "articles/article-22222222")], {"b.html"})
    assert after.record.moved == {}


def test_an_address_still_published_by_another_file_is_not_said_withdrawn() -> None:
    """A record edited by hand may list a file that is gone under an address another file publishes: that address
    is served, so the run says nothing of it (it said "withdrawn and no longer served")."""
    before = record(Published("gone.html", OTHER, URL), Published("tide.html", OTHER))
    after = moves(before, [Published("tide.html", OTHER)], {"tide.html"})
    assert (after.record.withdrawn, after.withdrawn) == ({}, [])


def test_a_recorded_file_outside_the_corpus_is_left_out(tmp_path: Path) -> None:
    """The record names corpus files by their path inside the corpus; an absolute path or one climbing out of it
    ("/etc/shadow", "../../etc/passwd") is no corpus file: one problem line each, and no run reports it gone."""
    path = tmp_path / "addresses.toml"
    path.write_text(
        f'[published]\n"/etc/shadow" = {{address = "{OLD}"}}\n"../../etc/passwd" = {{address = "{OTHER}"}}\n"ok.html" = {{address = "{OTHER}"}}\n',
        encoding="utf-8",
    )
    read, problems = read_record(path)
    assert list(read.published) == ["ok.html"]
    assert [line.split(": ", 1)[1] for line in problems] == [
        "published entry '/etc/shadow' is not a file inside the corpus; left out",
        "published entry '../../etc/passwd' is not a file inside the corpus; left out",
    ]
