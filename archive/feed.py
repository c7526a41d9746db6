"""An Atom feed of the articles, ``feed.xml``, newest first.

Entries come from the catalog the ingest writes (already newest first), so
the feed and the listing agree. The XML is built with ElementTree: scraped
titles and summaries are only ever text nodes, never formatted into markup.
Atom needs absolute addresses, so the feed is written only when
``html_baseurl`` is set; pages then announce it with a ``<link rel=alternate>``.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

from sphinx.application import Sphinx
from sphinx.util import logging

from archive.warnings_ import ArchiveWarning, warn
from ingest.dates import period_start

logger = logging.getLogger(__name__)

ATOM = "http://www.w3.org/2005/Atom"
FEED_NAME = "feed.xml"
ET.register_namespace("", ATOM)  # a default namespace, as feed readers expect
# XML 1.0 forbids most control characters; one in a scraped title would make the
# whole feed unreadable, so they are dropped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def atom_timestamp(date: str) -> str | None:
    """"2025-10-07", "2025-10" or "2025" -> an RFC 3339 time at the period's start."""
    start = period_start(date)
    return f"{start.isoformat()}T00:00:00Z" if start else None  # strftime's %Y gives "1" for year 1 on glibc


def _build_time() -> str:
    """Now, or ``SOURCE_DATE_EPOCH`` when set, so that two builds of the same inputs agree
    (https://reproducible-builds.org/specs/source-date-epoch/)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = _NOT_XML.sub("", text)
    return element


def build_feed(
    entries: list[dict], *, site_url: str, feed_url: str, title: str, author: str, page_url: Callable[[str], str]
) -> ET.ElementTree:
    """The Atom document for catalog ``entries``; ``page_url(docname)`` gives each address."""
    stamps = [atom_timestamp(str(entry.get("date", ""))) for entry in entries]
    # Undated articles take the newest known date: stable from build to build,
    # where the build time would mark every undated article as new each time.
    newest = max(filter(None, stamps), default=None) or _build_time()
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", title)
    _text(feed, "id", site_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "type": "application/atom+xml", "href": feed_url})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": site_url})
    _text(feed, "updated", newest)
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", author)
    for entry, stamp in zip(entries, stamps, strict=True):
        url = page_url(entry["docname"])
        item = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(item, "title", str(entry.get("title", "")), type="text")
        _text(item, "id", url)
        ET.SubElement(item, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": url})
        _text(item, "updated", stamp or newest)
        if stamp:
            _text(item, "published", stamp)
        for name in entry.get("authors") or []:
            _text(ET.SubElement(item, f"{{{ATOM}}}author"), "name", str(name))
        if entry.get("summary"):
            _text(item, "summary", str(entry["summary"]), type="text")
    ET.indent(feed)
    return ET.ElementTree(feed)


def write_feed(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: write feed.xml from the catalog; only for HTML with ``html_baseurl`` set (without
    it, a feed.xml an earlier build wrote is removed), and warns (archive.feed) when the catalog cannot be read."""
    if exception or app.builder.format != "html":
        return
    if not app.config.html_baseurl:
        # A feed needs absolute addresses; one left by a build with another SITE_BASEURL would point there.
        (Path(app.outdir) / FEED_NAME).unlink(missing_ok=True)
        return
    catalog = Path(app.srcdir) / app.config.archive_catalog
    try:
        entries = json.loads(catalog.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        warn(logger, ArchiveWarning.FEED, "%s: no feed written, catalog unreadable: %s", catalog, error)
        return
    built = [entry for entry in entries if entry.get("docname") in app.env.found_docs]
    base = app.config.html_baseurl
    tree = build_feed(
        built,
        site_url=base,
        feed_url=urljoin(base, FEED_NAME),
        title=app.config.html_title or app.config.project,
        author=app.config.author,
        page_url=lambda docname: urljoin(base, app.builder.get_target_uri(docname)),
    )
    tree.write(Path(app.outdir) / FEED_NAME, encoding="utf-8", xml_declaration=True)


def announce_feed(app: Sphinx, pagename: str, templatename: str, context: dict, doctree: object) -> None:
    """Let browsers and feed readers discover the feed from any page."""
    if not app.config.html_baseurl or "pathto" not in context:
        return
    title = app.config.html_title or app.config.project
    link = ET.Element("link", {"rel": "alternate", "type": "application/atom+xml", "title": title, "href": context["pathto"](FEED_NAME, 1)})
    context["metatags"] = context.get("metatags", "") + ET.tostring(link, encoding="unicode", method="html") + "\n"


def setup_feed(app: Sphinx) -> None:
    """Announce the feed on every page; write it when the build ends."""
    app.connect("html-page-context", announce_feed)
    app.connect("build-finished", write_feed)
