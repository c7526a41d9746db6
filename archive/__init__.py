"""Sphinx extensions that make the generated articles an archive site."""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

__version__ = "0.1.0"


def setup(app: Sphinx) -> dict[str, Any]:
    from archive import listing, navigation  # noqa: PLC0415 (setup() imports lazily, as MyST-Parser does)
    from archive.entities import setup_entities  # noqa: PLC0415

    app.add_config_value("archive_catalog", "articles/catalog.json", "env", types=[str])
    app.add_directive("article-list", listing.ArticleList)
    app.add_css_file("archive.css")
    setup_entities(app)
    navigation.setup(app)
    return {"version": __version__, "env_version": 2, "parallel_read_safe": True, "parallel_write_safe": True}
