"""The ``{del}`` role: text a page shows struck through, a correction ("on ~~Friday~~ Saturday").

The ingest writes it for HTML ``<del>``, ``<s>`` and ``<strike>`` (ingest.myst.TEXT_ROLES;
superscript and subscript use docutils' own ``sup`` and ``sub``). The content is literal text,
drawn as ``<span class="deleted">`` and struck through by archive.css: written flat, the withdrawn
words read as part of the sentence (python-markdownify and turndown drop the element).
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx


def deleted_role(name, rawtext, text, lineno, inliner, options=None, content=()):  # noqa: ARG001 (docutils' role signature)
    """docutils role: ``text`` (literal) in an inline node of class "deleted"; no messages."""
    return [nodes.inline(rawtext, text, classes=["deleted"])], []


def setup_textroles(app: Sphinx) -> None:
    """Register the ``del`` role."""
    app.add_role("del", deleted_role)
