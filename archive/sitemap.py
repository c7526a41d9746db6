"""``sitemap.xml``: every page of the site, whether this build wrote it or not.

sphinx-sitemap collects a page's address when the page is written, so after
an incremental build its sitemap lists only the pages that build rewrote
(jdillard/sphinx-sitemap#13, open since 2018), in the order parallel writers
finished. This sitemap is made from the environment at the end of the build:
every document and every domain index (People, Films), sorted by name, so an
incremental build and a clean build write the same bytes.

A sitemap needs absolute addresses: nothing is written without ``html_baseurl``.
"""

from __future__ import annotations

import fnmatch
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
FILENAME = "sitemap.xml"


def page_addresses(builder: StandaloneHTMLBuilder, excludes: list[str]) -> list[str]:
    """Each page's address relative to the site root (``articles/x.html``), sorted; ``excludes`` are fnmatch patterns."""
    pages = {builder.get_target_uri(docname) for docname in builder.env.found_docs}
    pages |= {f"{index_name}{builder.out_suffix}" for index_name, *_ in builder.domain_indices}
    return sorted(page for page in pages if not any(fnmatch.fnmatch(page, pattern) for pattern in excludes))


def write_sitemap(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: ``sitemap.xml`` in the output folder, after an HTML build that succeeded;
    without ``html_baseurl``, none (one an earlier build wrote is removed)."""
    base = app.config.html_baseurl
    if exception or not isinstance(app.builder, StandaloneHTMLBuilder) or app.builder.name != "html":
        return
    if not base:
        # Absolute addresses only: one left by a build with another SITE_BASEURL would point there.
        (Path(app.outdir) / FILENAME).unlink(missing_ok=True)
        return
    root = ET.Element("urlset", xmlns=SITEMAP)
    for page in page_addresses(app.builder, list(app.config.archive_sitemap_excludes)):
        ET.SubElement(ET.SubElement(root, "url"), "loc").text = urljoin(base, page)
    ET.ElementTree(root).write(Path(app.outdir) / FILENAME, xml_declaration=True, encoding="utf-8")


def setup_sitemap(app: Sphinx) -> None:
    """Write sitemap.xml at the end of an HTML build (``archive_sitemap_excludes``: fnmatch patterns left out)."""
    app.connect("build-finished", write_sitemap)
