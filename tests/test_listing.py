"""The listing files: one page and one catalog per month, and the index."""

from __future__ import annotations

import json

import pytest

from ingest.listing import LATEST, listing_files, period


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


def test_the_chart_counts_articles_dated_only_by_their_year() -> None:
    index = listing_files(_entries("2025-03-09", "2025", "2024-12-30", ""))["index.md"]
    chart = index.split(":::{month-chart}\n", 1)[1].split(":::", 1)[0].split()
    assert chart == ["2024-12", "1", "2025", "1", "2025-03", "1"]


def _changed_by_adding(new: dict[str, object], old: list[dict[str, object]]) -> set[str]:
    catalog = sorted([new, *old], key=lambda entry: str(entry["date"]), reverse=True)
    before, after = listing_files(old), listing_files(catalog)
    return {name for name in after if before.get(name) != after[name]}


def test_adding_the_newest_article_changes_its_month_the_index_and_the_latest() -> None:
    new = {"docname": "articles/new-story-0000000f", "title": "New story", "date": "2025-03-20"}
    changed = _changed_by_adding(new, _entries("2025-03-09", "2024-12-30"))
    assert changed == {"catalog.json", "latest.json", "index.md", "2025-03.json", "2025-03.md"}


def test_adding_an_old_article_leaves_the_latest_alone() -> None:
    old = _entries(*(f"2025-03-{day:02d}" for day in range(28, 28 - LATEST, -1)))
    new = {"docname": "articles/old-story-0000000f", "title": "Old story", "date": "2019-06-01"}
    assert _changed_by_adding(new, old) == {"catalog.json", "index.md", "2019-06.json", "2019-06.md"}


def test_the_latest_catalog_holds_the_newest_articles() -> None:
    files = listing_files(_entries(*(f"2025-03-{day:02d}" for day in range(28, 28 - LATEST - 3, -1))))
    latest = json.loads(files["latest.json"])
    assert [entry["title"] for entry in latest] == [f"Story {i}" for i in range(LATEST)]
    assert ":catalog: latest.json" in files["index.md"]
