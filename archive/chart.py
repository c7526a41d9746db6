"""``{month-chart}``: articles per month as a static SVG bar chart.

The ingest writes one ``YYYY-MM COUNT`` line per month into the Articles
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

logger = logging.getLogger(__name__)

_LINE = re.compile(r"(\d{4})-(\d{2}) (\d+)")
# CSS pixels: bar slot, bar area height, label band. The chart keeps its size
# (text stays legible); a long archive scrolls sideways inside its box.
SLOT, HEIGHT, LABELS = 16, 96, 32


def month_range(counts: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """Every (year, month) from the earliest to the latest in ``counts``."""
    (year, month), last = min(counts), max(counts)
    months = []
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def chart_svg(counts: dict[tuple[int, int], int]) -> str:
    """The SVG markup for ``{(year, month): articles}``; only numbers and month names go into it."""
    months = month_range(counts)
    peak = max(counts.values()) or 1
    width = max(SLOT * len(months), 4 * SLOT)  # room for a year label under one bar
    total = sum(counts.values())
    first, last = months[0], months[-1]
    summary = (
        f"{total} article{'' if total == 1 else 's'} from {calendar.month_name[first[1]]} {first[0]} to {calendar.month_name[last[1]]} {last[0]}; "
        f"the most in one month: {peak}."
    )
    parts = [
        # tabindex: a box that scrolls must be reachable by keyboard (axe: scrollable-region-focusable)
        '<div class="month-chart-scroll" tabindex="0">',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{HEIGHT + LABELS}" viewBox="0 0 {width} {HEIGHT + LABELS}"'
        ' role="img" aria-labelledby="month-chart-title month-chart-desc">',
        '<title id="month-chart-title">Articles per month</title>',
        f'<desc id="month-chart-desc">{summary}</desc>',
    ]
    for number, (year, month) in enumerate(months):
        count = counts.get((year, month), 0)
        height = round(HEIGHT * count / peak, 1)
        x = number * SLOT
        label = f"{calendar.month_name[month]} {year}: {count} article{'' if count == 1 else 's'}"
        parts.append(f'<rect class="bar" x="{x + 1}" y="{HEIGHT - height}" width="{SLOT - 2}" height="{height}"><title>{label}</title></rect>')
        parts.append(f'<text x="{x + SLOT / 2}" y="{HEIGHT + 13}" font-size="10" text-anchor="middle">{calendar.month_name[month][0]}</text>')
        if month == 1 or number == 0:
            parts.append(f'<text x="{x + 1}" y="{HEIGHT + LABELS - 3}" font-size="12">{year}</text>')
    parts.append("</svg></div>")
    return "".join(parts)


class MonthChart(SphinxDirective):
    has_content = True

    def run(self) -> list[nodes.Node]:
        counts: dict[tuple[int, int], int] = {}
        for line in self.content:
            match = _LINE.fullmatch(line.strip())
            if not match or not 1 <= int(match.group(2)) <= 12:
                logger.warning("month-chart: not a 'YYYY-MM COUNT' line: %r", line[:80], location=self.get_location(), type="archive", subtype="chart")
                continue
            counts[(int(match.group(1)), int(match.group(2)))] = int(match.group(3))
        if not counts:
            return []
        figure = nodes.container(classes=["month-chart"])
        figure += nodes.raw("", chart_svg(counts), format="html")
        return [figure]
