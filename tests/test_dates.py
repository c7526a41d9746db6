from __future__ import annotations

import pytest

from ingest.dates import display_date, normalise_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024", "2024"),
        ("2025-10", "2025-10"),
        ("2025-10-14", "2025-10-14"),
        ("2025-10-14T09:30:00+09:00", "2025-10-14"),
        ("October 15, 2025", "2025-10-15"),
        ("15 Oct 2025", "2025-10-15"),
        ("2024.05.03", "2024-05-03"),
        ("2024년 5월 3일", "2024-05-03"),
        ("Mar 29", ""),
        ("2025-02-30", ""),
        ("soon", ""),
    ],
)
def test_normalise_date(text, iso):
    assert normalise_date(text) == iso


@pytest.mark.parametrize(
    ("iso", "as_written", "shown"),
    [("2025-10-15", "", "15 October 2025"), ("2025-10", "", "October 2025"), ("2024", "", "2024"), ("", "Mar 29", "Mar 29 (year not shown)")],
)
def test_display_date(iso, as_written, shown):
    assert display_date(iso, as_written) == shown
