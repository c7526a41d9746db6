"""Sphinx extensions that make the generated articles an archive site."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # archive.uptodate runs before Sphinx, from the Makefile: keep its start fast
    from sphinx.application import Sphinx

__version__ = "0.1.0"


def setup(app: Sphinx) -> dict[str, Any]:
    from archive import feed, incremental, linkreport, listing, navigation, rebuild, safety, sitemap, social  # noqa: PLC0415 (setup() imports lazily, as MyST-Parser does)
    from archive.entities import setup_entities  # noqa: PLC0415

    app.add_config_value("archive_catalog", "articles/catalog.json", "env", types=[str])
    app.add_directive("article-list", listing.ArticleList)
    app.add_css_file("archive.css")
    setup_entities(app)
    safety.setup_safety(app)
    app.connect("doctree-read", social.describe_article, priority=600)  # after Sphinx has read the front matter
    app.connect("html-page-context", social.add_meta_description, priority=400)  # before sphinxext-opengraph
    app.connect("html-page-context", feed.announce_feed)
    app.connect("build-finished", feed.write_feed)
    app.connect("build-finished", linkreport.report_broken_links)
    navigation.setup(app)
    incremental.setup(app)
    rebuild.setup(app)
    sitemap.setup(app)
    return {"version": __version__, "env_version": 2, "parallel_read_safe": True, "parallel_write_safe": True}
