"""The per-month bar chart of the Articles page: numbers in, static SVG out."""

from __future__ import annotations

import re

from archive.chart import YEAR_ONLY, chart_svg, month_range, parse_counts


def test_every_month_between_the_first_and_the_last_gets_a_bar() -> None:
    assert month_range({(2024, 11): 2, (2025, 2): 1}) == [(2024, 11), (2024, 12), (2025, 1), (2025, 2)]
    svg = chart_svg({(2024, 11): 2, (2025, 2): 1})
    assert svg.count('<rect class="bar"') == 4
    assert "<title>December 2024: 0 articles</title>" in svg and "<title>November 2024: 2 articles</title>" in svg


def test_bars_are_as_tall_as_their_share_of_the_busiest_month() -> None:
    heights = [float(h) for h in re.findall(r'<rect class="bar"[^>]* height="([\d.]+)"', chart_svg({(2025, 1): 4, (2025, 2): 2, (2025, 3): 0}))]
    assert heights[0] == 2 * heights[1] and heights[2] == 0


def test_the_chart_is_static_and_labelled() -> None:
    svg = chart_svg({(2025, 1): 1})
    assert "<script" not in svg and " on" not in svg.replace(" one", "")
    assert 'role="img"' in svg and "<title id=" in svg and "1 article from January 2025 to January 2025" in svg


def test_only_month_and_year_count_lines_are_read() -> None:
    counts, refused = parse_counts(["2025-03 4", "2024 2", "2025-13 1", "2025-00 1", "<script>alert(1)</script>", "undated 2", ""])
    assert counts == {(2025, 3): 4, (2024, YEAR_ONLY): 2}
    assert refused == ["2025-13 1", "2025-00 1", "<script>alert(1)</script>", "undated 2"]


def test_a_year_outside_the_archives_dates_is_refused() -> None:
    """"0000 1" was a bar for year 0: the chart reads the years a date may name (ingest.dates), as the archive does."""
    counts, refused = parse_counts(["0000 1", "0999-05 1", "2025-03 4"])
    assert counts == {(2025, 3): 4}
    assert refused == ["0000 1", "0999-05 1"]


def test_articles_dated_only_by_their_year_are_told_beside_the_month_bars() -> None:
    """A curator saw "15 articles" in the chart of an archive that holds 16, one dated "2024"."""
    svg = chart_svg({(2024, 11): 2, (2025, 2): 13, (2024, YEAR_ONLY): 1})
    assert svg.count('<rect class="bar"') == 4
    assert "15 articles from November 2024 to February 2025 and 1 dated only by their year; the most in one month: 13." in svg


def test_articles_dated_only_by_their_year_count_in_their_years_bar() -> None:
    svg = chart_svg({(1990, 1): 1, (2024, 3): 1, (2024, YEAR_ONLY): 2})
    assert "<title>2024: 3 articles</title>" in svg and "4 articles from 1990 to 2024" in svg


def test_an_archive_dated_only_by_years_gets_a_bar_per_year() -> None:
    svg = chart_svg({(2023, YEAR_ONLY): 1, (2025, YEAR_ONLY): 2})
    assert "<title>2024: 0 articles</title>" in svg and "Articles per year" in svg


def test_a_span_of_more_than_twenty_years_gets_a_bar_per_year() -> None:
    """One article dated 1850 beside this year's drew over two thousand month bars; 1800 beside 2999, 14,400."""
    svg = chart_svg({(1800, 1): 1, (2999, 12): 2, (2999, 1): 1})
    assert svg.count('<rect class="bar"') == 1200
    assert "<title>2999: 3 articles</title>" in svg and "<title>1900: 0 articles</title>" in svg
    assert "Articles per year" in svg and "4 articles from 1800 to 2999; the most in one year: 3." in svg
