"""What a shared article link previews: its own summary, not its first lines.

sphinxext-opengraph describes a page by its opening text, which on an article
is the publisher/date/source block. The ingest already wrote a one-line summary
into the front matter; it becomes og:description and the meta description.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from docutils import nodes
from sphinx.application import Sphinx


def describe_article(app: Sphinx, doctree: nodes.document) -> None:
    """Page fields starting with og: override sphinxext-opengraph's own tags."""
    metadata = app.env.metadata[app.env.docname]
    if metadata.get("summary"):
        metadata.setdefault("og:description", metadata["summary"])
        metadata.setdefault("og:type", "article")


def add_meta_description(app: Sphinx, pagename: str, templatename: str, context: dict, doctree: object) -> None:
    """Runs before sphinxext-opengraph, which then keeps this description."""
    summary = (context.get("meta") or {}).get("summary")
    if summary:
        tag = ET.Element("meta", {"name": "description", "content": summary})
        context["metatags"] = context.get("metatags", "") + ET.tostring(tag, encoding="unicode", method="html") + "\n"
