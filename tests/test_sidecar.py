"""The metadata sidecar beside a page."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ingest.cache import PageCache
from ingest.errors import PageError
from ingest.pipeline import Report, ingest_corpus, read_page
from ingest.summary import summary

DUMP = "Machines at the Movies\n" + "The festival opened on Friday with a program of short films made with generative tools.\n"


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(DUMP, encoding="utf-8")
    return path


def test_sidecar_values_override_the_page(page):
    page.with_name("page.meta.toml").write_text('title = "Curated"\ndate = "2025-10"\nsource_url = "https://example.org/a"\n')
    meta = read_page(page).metadata
    assert (meta.title, meta.date, meta.source_url) == ("Curated", "2025-10", "https://example.org/a")


def test_the_line_the_sidecar_makes_the_title_is_not_also_the_first_paragraph(tmp_path):
    """A headline written as a sentence reads as text; named the title by the sidecar, it stayed in the text too."""
    headline = "Night Tide opens the festival with its director in the hall."
    text = headline + "\n" + "The festival opened on Friday with a program of short films made with generative tools.\n" * 3
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    (tmp_path / "page.meta.toml").write_text(f'title = "{headline}"\n', encoding="utf-8")
    article = read_page(tmp_path / "page.txt")
    assert not any(headline in str(block) for block in article.blocks)
    assert (headline, "headline (the sidecar's title)") in [(d.text, d.reason) for d in article.dropped]


def test_the_sidecars_description_is_the_card_summary(page):
    """It reached neither the card, the meta description nor og:description."""
    page.with_name("page.meta.toml").write_text('description = "A curator\'s own summary of the piece."\n', encoding="utf-8")
    assert summary(read_page(page)) == "A curator's own summary of the piece."


def test_unknown_key_names_the_file_and_the_key(page):
    page.with_name("page.meta.toml").write_text('sorce_url = "https://example.org/a"\n')
    with pytest.raises(PageError, match=r"page\.meta\.toml: unknown key 'sorce_url'"):
        read_page(page)


def test_a_misspelt_key_gets_the_key_it_was_meant_to_be(page):
    page.with_name("page.meta.toml").write_text('auther = "Ann Lee"\ncolour = "red"\n')
    with pytest.raises(PageError, match=r"unknown key 'auther' \(did you mean 'authors'\?\), 'colour' \(known keys: "):
        read_page(page)


def test_syntax_error_names_the_file_and_the_line(page):
    page.with_name("page.meta.toml").write_text('date = "2025\n')
    with pytest.raises(PageError, match=r"page\.meta\.toml: not valid TOML: .*line 1"):
        read_page(page)


def test_a_date_that_is_not_iso_is_refused(page):
    page.with_name("page.meta.toml").write_text('date = "last week"\n')
    with pytest.raises(PageError, match=r"page\.meta\.toml: date 'last week' is not a date \(write YYYY, YYYY-MM or YYYY-MM-DD\)"):
        read_page(page)


def test_an_impossible_date_is_refused_as_not_a_calendar_date(page):
    page.with_name("page.meta.toml").write_text('date = "2025-02-30"\n')
    with pytest.raises(PageError, match=r"date '2025-02-30' is not a calendar date \(2025-02 has 28 days\)"):
        read_page(page)


def test_a_day_whose_order_only_the_writer_knows_is_refused_with_both_readings(page):
    """"07/08/2025" was read as 8 July; a European curator meant 7 August."""
    page.with_name("page.meta.toml").write_text('date = "07/08/2025"\n')
    with pytest.raises(PageError, match=r"date '07/08/2025' could be 7 August or 8 July 2025; write 2025-08-07 or 2025-07-08"):
        read_page(page)


def test_a_numeric_day_with_one_reading_is_read(page):
    page.with_name("page.meta.toml").write_text('date = "19/07/2025"\n')
    assert read_page(page).metadata.date == "2025-07-19"


def _build(corpus: Path, out: Path) -> Report:
    (corpus / "good.txt").write_text(DUMP.replace("Machines", "Robots"), encoding="utf-8")
    return ingest_corpus(corpus, out)


@pytest.mark.parametrize(
    ("sidecar", "problem"),
    [
        ('source_url = "http://[oops/x"\n', "source_url 'http://[oops/x' is not a web address (Invalid IPv6 URL)"),
        ("authors = " + "[" * 2000 + "]" * 2000 + "\n", "not valid TOML: nested too deeply to read"),
    ],
    ids=["address-that-does-not-parse", "nested-arrays"],
)
def test_a_sidecar_that_stopped_the_whole_run_is_one_error_and_the_rest_is_written(page, tmp_path, sidecar, problem):
    page.with_name("page.meta.toml").write_text(sidecar, encoding="utf-8")
    report = _build(page.parent, tmp_path / "out")
    assert report.errors == [f"{page.with_name('page.meta.toml')}: {problem}"]
    assert [name for name in report.written if name.startswith("robots-at-the-movies-")] and not report.stopped


def test_a_sidecar_saved_with_a_byte_order_mark_is_read(page):
    page.with_name("page.meta.toml").write_bytes(codecs.BOM_UTF8 + b'title = "Curated"\n')
    assert read_page(page).metadata.title == "Curated"


def test_a_date_written_without_quotes_is_the_same_date(page):
    page.with_name("page.meta.toml").write_text("date = 2025-10-01\n")
    assert read_page(page).metadata.date == "2025-10-01"


def test_a_page_name_too_long_for_a_sidecar_or_a_pictures_folder_is_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / ("x" * 251 + ".txt")).write_text(DUMP, encoding="utf-8")  # its sidecar's name would be 261 bytes
    report = ingest_corpus(corpus, tmp_path / "out", cache=PageCache(tmp_path / "cache"))
    assert (report.errors, len(report.written) > 0) == ([], True)


def test_a_sidecar_that_is_a_symbolic_link_is_refused_and_its_target_never_read(page, tmp_path):
    secret = tmp_path / "elsewhere" / "settings.toml"  # any TOML file of the build machine
    secret.parent.mkdir()
    secret.write_text('title = "CANARY-SECRET-TITLE"\n', encoding="utf-8")
    page.with_name("page.meta.toml").symlink_to(secret)
    with pytest.raises(PageError, match=r"page\.meta\.toml: a symbolic link, not a sidecar") as refused:
        read_page(page)
    assert "CANARY" not in str(refused.value)
