"""Sphinx extensions that make the generated articles an archive site.

:func:`setup` is the table of contents: each part registers itself with its
own ``setup_<part>(app)``, and the config values all parts read are declared
once, in :mod:`archive.config`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the package loads nothing of Sphinx until Sphinx calls setup()
    from sphinx.application import Sphinx

__version__ = "0.1.0"


def setup(app: Sphinx) -> dict[str, Any]:
    """Register every part of the archive; Sphinx's extension metadata."""
    from archive import chart, config, docsettings, feed, genindex, hangul, incremental, language, linkreport, listing, moved, navigation, rebuild, safety, sitemap, social, templatecache, textroles  # noqa: PLC0415 (setup() imports lazily, as MyST-Parser does)
    from archive.entities import setup_entities  # noqa: PLC0415

    config.setup_config(app)  # the archive_* values, checked at config-inited
    app.add_css_file("archive.css")
    listing.setup_listing(app)  # {article-list}: cards from the ingest's catalog
    chart.setup_chart(app)  # {month-chart}: articles per month, a static SVG
    setup_entities(app)  # people and films: the cine domain, its pages, mentions and search
    hangul.setup_hangul(app)  # Korean morphemes for that search, remembered between builds
    safety.setup_safety(app)  # defence in depth for pages made from scraped text
    textroles.setup_textroles(app)  # {del}: struck-through text, as the page showed it
    social.setup_social(app)  # link previews from the article's own summary
    language.setup_language(app)  # an article in another language is marked lang= (and dir=rtl)
    feed.setup_feed(app)  # feed.xml
    genindex.setup_genindex(app)  # "see" entries link to the entry they name
    linkreport.setup_linkreport(app)  # after linkcheck: broken links by article
    navigation.setup_navigation(app)  # a sidebar that does not grow with the archive
    docsettings.setup_docsettings(app)  # docutils settings made once per build, not per document
    templatecache.setup_templatecache(app)  # Furo's templates compiled once, not on every build
    incremental.setup_incremental(app)  # small rebuilds that cost what the change costs
    rebuild.setup_rebuild(app)  # ... and give what a clean build gives
    moved.setup_moved(app)  # a redirect at each address an article moved from
    sitemap.setup_sitemap(app)  # sitemap.xml of every page, when html_baseurl is set
    return {"version": __version__, "env_version": environment_version(), "parallel_read_safe": True, "parallel_write_safe": True}


# The shape of what the archive stores in Sphinx's environment; raise it when that shape changes.
_STORED_SHAPE = 2


def environment_version() -> int:
    """The archive's ``env_version``: :data:`_STORED_SHAPE` and the interpreter and installed packages
    (:func:`ingest.cache.environment_digest`) in one positive number. Sphinx keeps its environment only
    while every extension's ``env_version`` is the one it was saved with; a build under another
    ``make html PYTHON=...`` (or after a package upgrade) so reads every page again ("build
    environment version not current"), as the build stamp and the ingest cache start afresh too,
    instead of keeping pages the other packages read."""
    from ingest.cache import environment_digest  # noqa: PLC0415 (setup() imports lazily)

    return _STORED_SHAPE * 10**10 + int(environment_digest()[:8], 16)  # 16**8 < 10**10: the shape stays apart
