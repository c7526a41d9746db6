"""People and films: the ``cine`` domain, its pages, mentions and search."""

from __future__ import annotations

from sphinx.application import Sphinx


def setup_entities(app: Sphinx) -> None:
    """The cine domain, its directives and nodes, the name-aware search, and the page and mention handlers.

    Its config values (``archive_registry``, ``archive_people_dir``, ...) are declared in archive.config.
    """
    from archive.entities import collect, describe, directives, domain, facts, nodes, pages, render, search  # noqa: PLC0415

    app.add_domain(domain.CineDomain)
    app.add_directive_to_domain("cine", "person", directives.PersonDirective)
    app.add_directive_to_domain("cine", "film", directives.FilmDirective)
    for node in nodes.NODES:
        app.add_node(node, html=(nodes.visit_skip, None), latex=(nodes.visit_skip, None), text=(nodes.visit_skip, None))
    app.add_search_language(search.SearchEnglishNames)
    app.connect("builder-inited", pages.load_entities)
    app.connect("env-get-outdated", facts.outdated_entity_pages)  # entity pages whose registry facts changed
    app.connect("env-get-outdated", collect.outdated_articles)  # articles whose people's spellings changed (search words)
    app.connect("doctree-read", collect.collect_mentions)
    app.connect("env-get-updated", collect.pages_to_rewrite)
    app.connect("doctree-resolved", render.fill_lists)
    app.connect("warn-missing-reference", domain.warn_missing_reference)
    app.connect("html-page-context", describe.describe_entity_page, priority=300)  # before archive.social and sphinxext-opengraph
