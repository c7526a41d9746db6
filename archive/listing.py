"""``{article-list}``: a sphinx-design card per article, newest first.

The cards come from the catalog the ingest writes beside the articles, so
any page can list them whatever order Sphinx reads documents in. The cards
are built as nodes, not as MyST text: a title is only ever a text node.
``:limit: N`` keeps the first N; ``:catalog: FILE`` reads another catalog
(the listing pages' per-month ones) instead of ``archive_catalog``.

A file in the articles folder that a curator edited by hand and that no
page makes any more is kept there by the ingest (``_kept.json`` names it, ingest.write) and left out of the site here,
so the ingest's one line about it is all the curator reads.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx_design.shared import create_component

from archive.warnings_ import ArchiveWarning, warn
from ingest.dates import display_date
from ingest.write import KEPT

logger = logging.getLogger(__name__)


class ArticleList(SphinxDirective):
    has_content = False
    option_spec = {"limit": directives.positive_int, "catalog": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        # A listing page names its own, smaller catalog (relative to the page),
        # so it depends on that file alone and is re-read only when it changes.
        if "catalog" in self.options:
            catalog_path = Path(self.env.relfn2path(self.options["catalog"], self.env.docname)[1])
        else:
            catalog_path = Path(self.env.srcdir) / self.config.archive_catalog
        self.env.note_dependency(str(catalog_path))
        try:
            entries = json.loads(catalog_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            warn(logger, ArchiveWarning.CATALOG, "article catalog %s unreadable: %s", catalog_path, error, location=self.get_location())
            return []
        entries = entries[: self.options.get("limit", len(entries))]
        row = create_component("grid-row", ["sd-row", "sd-row-cols-1", "sd-row-cols-xs-1", "sd-row-cols-sm-1", "sd-row-cols-md-2", "sd-row-cols-lg-2", "sd-g-3"])
        row.extend(_card(entry) for entry in entries)
        # no-search: a listing repeats every summary, and would outrank the articles themselves in search.
        grid = create_component("grid-container", ["sd-container-fluid", "sd-sphinx-override", "sd-mb-4", "article-list", "no-search"])
        grid += row
        return [grid]


def _card(entry: dict) -> nodes.Node:
    title_link = addnodes.pending_xref(
        "", nodes.inline("", entry["title"]), refdomain="std", reftype="doc", reftarget="/" + entry["docname"], refexplicit=True, refwarn=True
    )
    title = create_component("card-title", ["sd-card-title", "sd-font-weight-bold"], children=[nodes.paragraph("", "", title_link)])
    body = create_component("card-body", ["sd-card-body"], children=[title])
    if entry.get("summary"):
        body += nodes.paragraph("", entry["summary"], classes=["sd-card-text"])
    card = create_component("card", ["sd-card", "sd-sphinx-override", "sd-shadow-sm", "article-card"], children=[body])
    facts = [f for f in (entry.get("publisher", ""), display_date(entry.get("date", ""), entry.get("date_text", ""))) if f]
    if facts:  # an empty footer would be a grey bar under the card
        card += create_component("card-footer", ["sd-card-footer"], children=[nodes.paragraph("", " · ".join(facts), classes=["sd-card-text"])])
    return create_component("grid-item", ["sd-col"], children=[card])


def exclude_kept(app: Sphinx, config: Config) -> None:
    """``config-inited``: leave out the articles folder's hand-edited files no page makes any more.

    Before the environment is loaded, so the saved and the new exclude_patterns
    agree until the list changes (which then re-reads every page, as a removal must).
    """
    folder = posixpath.dirname(config.archive_catalog)
    try:
        kept = json.loads((Path(app.srcdir) / folder / KEPT).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none kept (or unreadable: then the ingest said so)
        return
    config.exclude_patterns = [*config.exclude_patterns, *(f"{folder}/{name}" for name in kept if isinstance(name, str) and name.endswith(".md"))]


def setup_listing(app: Sphinx) -> None:
    """Register ``{article-list}``, and leave out the files the ingest kept but no page makes."""
    app.add_directive("article-list", ArticleList)
    app.connect("config-inited", exclude_kept)
