"""Placeholder nodes filled in once every document has been read."""

from __future__ import annotations

from docutils import nodes


class mentions_list(nodes.General, nodes.Element):  # noqa: N801 (docutils node naming)
    """On an entity page: the articles that mention it (``kind``, ``entity``)."""


class related_list(nodes.General, nodes.Element):  # noqa: N801
    """At the end of an article: the articles sharing people or films with it."""


def visit_skip(self, node: nodes.Element) -> None:
    raise nodes.SkipNode


NODES = (mentions_list, related_list)
