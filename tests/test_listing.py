"""The listing files: one page and one catalog per month, and the index."""

from __future__ import annotations

import json

import pytest

from ingest.listing import listing_files, period


@pytest.mark.parametrize(("date", "expected"), [("2025-03-09", "2025-03"), ("2025-03", "2025-03"), ("2025", "2025"), ("", "undated")])
def test_period_of_a_date(date: str, expected: str) -> None:
    assert period(date) == expected


def _entries(*dates: str) -> list[dict[str, object]]:
    return [{"docname": f"articles/story-{i}-0000000{i}", "title": f"Story {i}", "date": d} for i, d in enumerate(dates)]


def test_each_month_gets_its_own_catalog_of_its_articles() -> None:
    files = listing_files(_entries("2025-03-09", "2025-03-01", "2024-12-30"))
    march = json.loads(files["2025-03.json"])
    assert [entry["title"] for entry in march] == ["Story 0", "Story 1"]
    assert ":catalog: 2025-03.json" in files["2025-03.md"]
    assert "/articles/story-2-00000002" in files["2024-12.md"]


def test_index_links_every_period_once() -> None:
    files = listing_files(_entries("2025-03-09", "2025", "2024-12-30", ""))
    index = files["index.md"]
    for name in ("2025-03", "2025", "2024-12", "undated"):
        assert index.count(f"]({name}.md)") == 1


def test_adding_an_article_changes_only_its_month_and_the_index() -> None:
    old = _entries("2025-03-09", "2024-12-30")
    new = {"docname": "articles/new-story-0000000f", "title": "New story", "date": "2025-03-20"}
    before, after = listing_files(old), listing_files([new, *old])
    changed = {name for name in after if before.get(name) != after[name]}
    assert changed == {"catalog.json", "index.md", "2025-03.json", "2025-03.md"}
