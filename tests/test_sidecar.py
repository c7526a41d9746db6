"""The metadata sidecar beside a page."""

from __future__ import annotations

import pytest

from ingest.errors import PageError
from ingest.pipeline import read_page

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


def test_unknown_key_names_the_file_and_the_key(page):
    page.with_name("page.meta.toml").write_text('sorce_url = "https://example.org/a"\n')
    with pytest.raises(PageError, match=r"page\.meta\.toml: unknown key 'sorce_url'"):
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
