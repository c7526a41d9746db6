"""A site navigation that does not grow with the archive.

Themes draw their sidebar from the ``toctree()`` template function. Furo asks
it for the whole tree on every page, and Sphinx resolves the whole tree
before pruning it to any ``maxdepth``, so each page costs time and bytes in
proportion to the number of articles and a full build grows with their
square (DESIGN-NOTES.md section 9). This module gives ``toctree()`` a fixed
answer instead: the root document's own toctree entries (Articles, and the
other top-level sections), with the section holding the current page marked
current, then the generated pages listed in ``archive_navigation_pages``
(the People and Films indices). Readers reach every article through the listing pages those
sections lead to (ingest.listing).

The tree is walked once per build, at ``env-updated``; the links are then
rendered once per folder and current section, not once per page.
"""

from __future__ import annotations

import posixpath
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.environment import BuildEnvironment

from archive import compat


class SiteNavigation:
    """The root's sections and which one each document is in; their links rendered once per folder."""
    def __init__(self) -> None:
        self.sections: list[tuple[str, str]] = []  # (docname, title) of the root's toctree entries
        self.section_of: dict[str, str] = {}  # every document under a section -> that section
        self._rendered: dict[tuple[str, str | None], str] = {}  # (page's folder, its section) -> HTML

    def collect(self, app: Sphinx, env: BuildEnvironment) -> None:
        """Read the root's entries and which section each document sits in."""
        root = env.config.root_doc
        entries = [ref for node in env.get_doctree(root).findall(addnodes.toctree) for _title, ref in node["entries"]]
        self.sections = [(ref, env.titles[ref].astext()) for ref in entries if ref in env.titles]
        # Pages Sphinx generates (domain indices such as cine-people) cannot be
        # in a toctree; conf.py names them.
        self.sections += [(pagename, title) for pagename, title in app.config.archive_navigation_pages]
        self.section_of = {}
        self._rendered = {}
        for section, _title in self.sections:
            pending = [section]
            while pending:
                docname = pending.pop()
                if docname in self.section_of:
                    continue  # a document in two trees keeps the first; cycles end here
                self.section_of[docname] = section
                pending.extend(env.toctree_includes.get(docname, ()))

    def html(self, builder: StandaloneHTMLBuilder, pagename: str, pathto: Any) -> str:
        """The sidebar's HTML for ``pagename``: the sections, the page's own marked current."""
        # Relative links depend only on the folder of the page's URI. The 404 page
        # is the exception: sphinx-notfound-page makes its pathto() absolute.
        folder = posixpath.dirname(builder.get_target_uri(pagename))
        own_links = pagename == getattr(builder.config, "notfound_pagename", None)
        key = (pagename if own_links else folder, self.section_of.get(pagename))
        if key not in self._rendered:
            self._rendered[key] = self._render(builder, pathto, key[1])
        return self._rendered[key]

    def _render(self, builder: StandaloneHTMLBuilder, pathto: Any, current: str | None) -> str:
        tree = nodes.bullet_list()
        for docname, title in self.sections:
            classes = ["toctree-l1"] + (["current"] if docname == current else [])
            uri = pathto(docname)
            link = nodes.reference("", title, internal=True, refuri=uri, classes=["reference", "internal"])
            tree += nodes.list_item("", addnodes.compact_paragraph("", "", link, classes=["toctree-l1"]), classes=classes)
        return builder.render_partial(tree)["fragment"]

    def install(self, app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.Node | None) -> None:
        """Replace ``toctree()`` before the theme's own handler calls it."""
        if "toctree" in context and isinstance(app.builder, StandaloneHTMLBuilder):
            context["toctree"] = lambda **_options: self.html(app.builder, pagename, context["pathto"])


def setup_navigation(app: Sphinx) -> None:
    """Collect the sections once per build; give every page's ``toctree()`` their links."""
    navigation = SiteNavigation()
    app.add_config_value("archive_navigation_pages", [], "html", types=[list])  # [(pagename, title)] after the root's sections
    app.connect("env-updated", navigation.collect)
    # Before the theme computes its sidebar in its own html-page-context handler.
    app.connect("html-page-context", navigation.install, priority=compat.FURO_SIDEBAR_PRIORITY - 100)


def setup(app: Sphinx) -> dict[str, Any]:
    """Also usable on its own, as ``extensions = ["archive.navigation"]``."""
    setup_navigation(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
