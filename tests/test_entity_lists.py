""""Mentioned in" and "Related articles": newest first, undated last, then by title."""

from __future__ import annotations

from archive.entities.render import _newest_first


def test_newest_first_and_undated_last() -> None:
    entries = [
        ("a", "Beta", "", ""),
        ("b", "Alpha", "2024", "X · 2024"),
        ("c", "Gamma", "2025-10-07", "Y · 7 October 2025"),
        ("d", "Delta", "2025-03", ""),
        ("e", "Alpha undated", "", ""),
    ]
    assert [doc for doc, *_ in _newest_first(entries)] == ["c", "d", "b", "e", "a"]


def test_same_date_goes_by_title() -> None:
    entries = [("x", "Zebra", "2025-01-01", ""), ("y", "apple", "2025-01-01", "")]
    assert [doc for doc, *_ in _newest_first(entries)] == ["y", "x"]
