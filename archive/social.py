"""What a shared article link previews: its own summary, not its first lines.

sphinxext-opengraph describes a page by its opening text, which on an article
is the publisher/date/source block. The ingest already wrote a one-line summary
into the front matter; it becomes og:description and the meta description.
"""

from __future__ import annotations

import html

from docutils import nodes
from sphinx.application import Sphinx


def attribute_value(text: str) -> str:
    """``text`` for a sphinxext-opengraph tag, whose ``make_tag`` escapes only quotes:
    the rest of the escaping, so a scraped "<", ">" or "&" reads as itself."""
    return html.escape(text, quote=False)


def describe_article(app: Sphinx, doctree: nodes.document) -> None:
    """Page fields starting with og: override sphinxext-opengraph's own tags.

    Its og:title is the page title unescaped (a title holding ``</title><script>``
    would sit raw inside the attribute), so every page gets its own, escaped.
    """
    metadata = app.env.metadata[app.env.docname]
    title = app.env.titles.get(app.env.docname)
    if title is not None:
        metadata.setdefault("og:title", attribute_value(title.astext()))
    if metadata.get("summary"):
        metadata.setdefault("og:description", attribute_value(metadata["summary"]))
    if metadata.get("source_file"):  # an article, not a listing page (whose summary the ingest writes too)
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
