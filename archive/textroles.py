"""The ``{del}`` role: text a page shows struck through, a correction ("on ~~Friday~~ Saturday").

The ingest writes it for HTML ``<del>``, ``<s>`` and ``<strike>`` (ingest.myst.TEXT_ROLES;
superscript and subscript use docutils' own ``sup`` and ``sub``). The content is literal text,
written back as ``<del>`` by the HTML builders: written flat, the withdrawn words read as part
of the sentence (thephpleague/html-to-markdown#256; markdownify and html2text drop the element
too). Other builders show the words alone.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx


class deleted(nodes.Inline, nodes.TextElement):  # noqa: N801 (docutils names node classes in lower case)
    """Struck-through text: ``<del>`` in HTML."""


def deleted_role(name, rawtext, text, lineno, inliner, options=None, content=()):  # noqa: ARG001 (docutils' role signature)
    """docutils role: ``text`` (literal) in a :class:`deleted` node; no messages."""
    return [deleted(rawtext, text)], []


def visit_deleted_html(translator, node: deleted) -> None:
    """HTML: open ``<del>``."""
    translator.body.append(translator.starttag(node, "del", ""))


def depart_deleted_html(translator, node: deleted) -> None:
    """HTML: close ``<del>``."""
    translator.body.append("</del>")


def _pass(translator, node: deleted) -> None:
    """Other builders: the words alone."""


def setup_textroles(app: Sphinx) -> None:
    """Register the ``del`` role and its node."""
    app.add_node(deleted, html=(visit_deleted_html, depart_deleted_html), text=(_pass, _pass), latex=(_pass, _pass), man=(_pass, _pass), texinfo=(_pass, _pass))
    app.add_role("del", deleted_role)
