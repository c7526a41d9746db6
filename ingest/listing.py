"""The listing pages: how readers find every article without a sidebar that
lists them all.

``articles/index.md`` shows the latest articles and links every month; one
page per month (``articles/2025-03.md``) shows that month's articles as
cards. A page's navigation then stays the same size however big the archive
grows, and adding an article changes only its month's files and the index.
Articles with only a year go on the year's page (``articles/2025.md``), those
without a date on ``articles/undated.md``. These names cannot clash with an
article's, which always ends in a hyphen and eight hex digits (ingest.paths).

Each listing page reads its cards from its own catalog file, so Sphinx
re-reads only the listings whose catalog changed: the month's, and
``latest.json`` (the home page's and the Articles page's newest articles)
only when the new article is one of the newest. Every name and number
written into the MyST here is the pipeline's own; scraped text reaches the
pages only through the catalogs, as text nodes.
"""

from __future__ import annotations

import calendar
import json
import re
from itertools import groupby

import yaml

from ingest.dates import display_date

CATALOG = "catalog.json"
LATEST_CATALOG = "latest.json"
INDEX = "index.md"
UNDATED = "undated"
LATEST = 12


def period(date: str) -> str:
    """The listing page an article goes on: YYYY-MM, YYYY or "undated"."""
    match = re.match(r"\d{4}(-\d{2})?", date)
    return match.group(0) if match else UNDATED


def _json(entries: list[dict[str, object]]) -> str:
    """One article per line: readable in a diff, and encoded by json's C encoder
    (``indent`` would mean the pure-Python one, 10 times slower)."""
    return "[\n" + ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in entries) + "\n]\n"


def _title(name: str) -> str:
    return "Undated articles" if name == UNDATED else display_date(name)


def _preview(summary: str) -> str:
    """Front matter with the line a shared link to the page previews (archive.social), as for an
    article: without it the preview was the page's text run together with its cards' titles."""
    return "---\n" + yaml.safe_dump({"summary": summary}, allow_unicode=True, width=2**31 - 1) + "---\n\n"


def _period_page(name: str, entries: list[dict[str, object]]) -> str:
    docs = "\n".join("/" + str(entry["docname"]) for entry in entries)
    count = f"{len(entries)} article{'s' if len(entries) != 1 else ''}"
    return (
        _preview(f"{_title(name)}: {count} of the archive, newest first.")
        + f"# {_title(name)}\n\n"
        f"{count}, newest first. [All articles](index.md)\n\n"
        f":::{{article-list}}\n:catalog: {name}.json\n:::\n\n"
        f":::{{toctree}}\n:hidden:\n\n{docs}\n:::\n"
    )


def _link_label(name: str) -> str:
    """How a period reads in its year's row: "March", "month not given", "undated"."""
    if name == UNDATED:
        return "no date"
    return calendar.month_name[int(name[5:])] if len(name) == 7 else "month not given"


def _index_page(periods: list[tuple[str, int]], total: int) -> str:
    lines = [_preview(f"The archive's {total} article{'s' if total != 1 else ''}, the latest first, and a page for each month.") + "# Articles", "",
             f"The archive holds {total} articles. The latest:", "",
             f":::{{article-list}}\n:catalog: {LATEST_CATALOG}\n:::", "", "## By month", ""]
    # a bar per month, drawn at build time (archive.chart); the year-only articles count in their
    # year's bar when the bars are years, and in the chart's summary either way
    chart_lines = [f"{name} {count}" for name, count in periods if re.fullmatch(r"\d{4}(-\d{2})?", name)]
    if chart_lines:
        lines += [":::{month-chart}", *sorted(chart_lines), ":::", ""]
    for year, group in groupby(periods, key=lambda item: item[0][:4] if item[0] != UNDATED else "Undated"):
        links = " · ".join(f"[{_link_label(name)}]({name}.md) ({count})" for name, count in group)
        lines.append(f"- {year}: {links}")
    names = "\n".join(name for name, _ in periods)
    lines += ["", f":::{{toctree}}\n:hidden:\n\n{names}\n:::", ""]
    return "\n".join(lines)


def listing_files(catalog: list[dict[str, object]]) -> dict[str, str]:
    """Every listing file, by path relative to the articles folder.

    ``catalog`` is newest first; so is every page made from it.
    """
    files = {CATALOG: _json(catalog), LATEST_CATALOG: _json(catalog[:LATEST])}
    periods: list[tuple[str, int]] = []
    for name, group in groupby(catalog, key=lambda entry: period(str(entry["date"]))):
        entries = list(group)
        periods.append((name, len(entries)))
        files[f"{name}.json"] = _json(entries)
        files[f"{name}.md"] = _period_page(name, entries)
    files[INDEX] = _index_page(periods, len(catalog))
    return files
