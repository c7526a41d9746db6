"""``{month-chart}``: articles per month as a static SVG bar chart.

The ingest writes one ``YYYY-MM COUNT`` line per month, and one ``YYYY COUNT``
line per year for the articles dated only by their year, into the Articles
page (ingest.listing), so the page already changes whenever a count does and
the chart needs no file of its own. Every month from the first to the last
gets a bar, empty ones too (a gap in coverage is worth seeing). No script: the
SVG is drawn at build time from those numbers only; anything else in the
content is refused with a warning. Colours come from the theme's CSS
variables (archive.css), so the chart follows light and dark mode.
"""

from __future__ import annotations

import calendar
import re

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from archive.warnings_ import ArchiveWarning, warn
from ingest.dates import FIRST_YEAR, LAST_YEAR

logger = logging.getLogger(__name__)

_LINE = re.compile(r"(\d{4})(?:-(\d{2}))? (\d+)")
# The month of the articles dated only by their year, in the counts' keys: (2024, 0).
YEAR_ONLY = 0
# CSS pixels: bar slot (wider while few months fill it), bar area height,
# label band, room above for a count, room right for a year label. The chart
# keeps its size (text stays legible); a long archive scrolls sideways in its box.
MIN_SLOT, MAX_SLOT, FILL_WIDTH = 16, 40, 480
HEIGHT, LABELS, TOP, RIGHT = 96, 32, 14, 30


def month_range(counts: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """Every (year, month) from the earliest to the latest month in ``counts`` (year-only keys left out)."""
    dated = [key for key in counts if key[1] != YEAR_ONLY]
    (year, month), last = min(dated), max(dated)
    months = []
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


# Past this many months there is a bar per year instead: every month's bar is at least MIN_SLOT
# pixels wide, and one article dated 1850 beside this year's drew over two thousand bars (two
# curators' dates of 1800 and 2999, the widest span a date may have, 14,400: a page of megabytes).
MAX_MONTH_BARS = 240


def _bars(counts: dict[tuple[int, int], int]) -> tuple[str, list[tuple[int, str, int, str]]]:
    """The chart's unit ("month" or "year") and its bars, each (count, name, month under the bar
    or 0, year label under it or ""). Articles dated only by their year have no month's bar: they
    count in their year's bar when the bars are years, and only in the summary otherwise."""
    months = month_range(counts) if any(month != YEAR_ONLY for _, month in counts) else []
    if months and len(months) <= MAX_MONTH_BARS:
        return "month", [
            (counts.get((year, month), 0), f"{calendar.month_name[month]} {year}", month, str(year) if month == 1 or number == 0 else "")
            for number, (year, month) in enumerate(months)
        ]
    per_year: dict[int, int] = {}
    for (year, _), count in counts.items():
        per_year[year] = per_year.get(year, 0) + count
    first, last = min(per_year), max(per_year)
    return "year", [(per_year.get(year, 0), str(year), 0, str(year) if year % 10 == 0 or year == first else "") for year in range(first, last + 1)]


def chart_svg(counts: dict[tuple[int, int], int]) -> str:
    """The SVG markup for ``{(year, month): articles}``; only numbers and month names go into it.

    A bar per month, or per year when the months are more than MAX_MONTH_BARS.
    """
    unit, bars = _bars(counts)
    peak = max(count for count, *_ in bars) or 1
    slot = max(MIN_SLOT, min(MAX_SLOT, FILL_WIDTH // len(bars)))
    width = slot * len(bars) + RIGHT
    total = sum(counts.values())
    year_only = sum(count for (_, month), count in counts.items() if month == YEAR_ONLY)
    if unit == "month" and year_only:
        shown = total - year_only
        span = f"{shown} article{'' if shown == 1 else 's'} from {bars[0][1]} to {bars[-1][1]} and {year_only} dated only by their year"
    else:
        span = f"{total} article{'' if total == 1 else 's'} from {bars[0][1]} to {bars[-1][1]}"
    summary = f"{span}; the most in one {unit}: {peak}."
    parts = [
        # tabindex: a box that scrolls must be reachable by keyboard (axe: scrollable-region-focusable)
        '<div class="month-chart-scroll" tabindex="0">',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{TOP + HEIGHT + LABELS}" viewBox="0 {-TOP} {width} {TOP + HEIGHT + LABELS}"'
        ' role="img" aria-labelledby="month-chart-title month-chart-desc">',
        f'<title id="month-chart-title">Articles per {unit}</title>',
        f'<desc id="month-chart-desc">{summary}</desc>',
    ]
    for number, (count, name, month, year_label) in enumerate(bars):
        height = round(HEIGHT * count / peak, 1)
        x = number * slot
        label = f"{name}: {count} article{'' if count == 1 else 's'}"
        gap = max(2, slot // 5)
        parts.append(f'<rect class="bar" x="{x + gap / 2}" y="{HEIGHT - height}" width="{slot - gap}" height="{height}"><title>{label}</title></rect>')
        if slot >= 24 and count:
            parts.append(f'<text x="{x + slot / 2}" y="{HEIGHT - height - 3}" font-size="11" text-anchor="middle">{count}</text>')
        if month:
            initial = calendar.month_abbr[month] if slot >= 32 else calendar.month_name[month][0]
            parts.append(f'<text x="{x + slot / 2}" y="{HEIGHT + 13}" font-size="10" text-anchor="middle">{initial}</text>')
        if year_label:
            parts.append(f'<text x="{x + 1}" y="{HEIGHT + LABELS - 3}" font-size="12">{year_label}</text>')
    parts.append("</svg></div>")
    return "".join(parts)


def parse_counts(lines: list[str]) -> tuple[dict[tuple[int, int], int], list[str]]:
    """``YYYY-MM COUNT`` and ``YYYY COUNT`` lines -> ({(year, month or YEAR_ONLY): count}, the lines
    that are neither or name a year outside ``ingest.dates.FIRST_YEAR``-``LAST_YEAR``)."""
    counts: dict[tuple[int, int], int] = {}
    refused = []
    for line in lines:
        match = _LINE.fullmatch(line.strip())
        month = int(match.group(2) or YEAR_ONLY) if match else -1
        # (Only the years a date may name, the archive's limits: "0000 1" is no year 0's bar.)
        if match and FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR and (month == YEAR_ONLY if match.group(2) is None else 1 <= month <= 12):
            counts[(int(match.group(1)), month)] = int(match.group(3))
        elif line.strip():
            refused.append(line)
    return counts, refused


class MonthChart(SphinxDirective):
    """``{month-chart}`` with one ``YYYY-MM COUNT`` line per month (``YYYY COUNT`` per year for the
    articles dated only by their year) as its content."""

    has_content = True

    def run(self) -> list[nodes.Node]:
        """The chart in a ``month-chart`` container; [] (and a warning per bad line) when no line is a month."""
        counts, refused = parse_counts(list(self.content))
        for line in refused:
            warn(logger, ArchiveWarning.CHART, "month-chart: not a 'YYYY-MM COUNT' or 'YYYY COUNT' line: %r", line[:80], location=self.get_location())
        if not counts:
            return []
        figure = nodes.container(classes=["month-chart"])
        figure += nodes.raw("", chart_svg(counts), format="html")
        return [figure]


def setup_chart(app) -> None:
    """Register ``{month-chart}``."""
    app.add_directive("month-chart", MonthChart)
