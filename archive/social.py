"""What a shared article link previews: its own summary, not its first lines.

sphinxext-opengraph describes a page by its opening text, which on an article
is the publisher/date/source block. The ingest already wrote a one-line summary
into the front matter; it becomes og:description and the meta description.
"""

from __future__ import annotations

import html

from docutils import nodes
from sphinx.application import Sphinx


def describe_article(app: Sphinx, doctree: nodes.document) -> None:
    """Page fields starting with og: override sphinxext-opengraph's own tags.

    sphinxext-opengraph escapes only quotes in field values; the rest of the
    escaping is done here so a scraped "<" or "&" reads as itself.
    """
    metadata = app.env.metadata[app.env.docname]
    if metadata.get("summary"):
        metadata.setdefault("og:description", html.escape(metadata["summary"], quote=False))
        metadata.setdefault("og:type", "article")


def add_meta_description(app: Sphinx, pagename: str, templatename: str, context: dict, doctree: object) -> None:
    """Runs before sphinxext-opengraph, which then keeps this description."""
    summary = (context.get("meta") or {}).get("summary")
    if summary:
        context["metatags"] = context.get("metatags", "") + f'<meta name="description" content="{html.escape(summary)}">\n'


def setup_social(app: Sphinx) -> None:
    """Give sphinxext-opengraph and the meta description each article's own summary."""
    app.connect("doctree-read", describe_article, priority=600)  # after Sphinx has read the front matter
    app.connect("html-page-context", add_meta_description, priority=400)  # before sphinxext-opengraph
