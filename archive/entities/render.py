"""``doctree-resolved``: fill the "Mentioned in" and "Related articles" lists.

Both come from the domain's mentions, so they are right whatever order
documents were read in, serially or in parallel.
"""

from __future__ import annotations

import heapq
from collections import Counter

from docutils import nodes
from sphinx.util.nodes import make_refnode

from archive.entities.nodes import mentions_list, related_list


def _title(env, docname: str) -> str:
    title = env.titles.get(docname)
    return title.astext() if title is not None else docname


def fill_lists(app, doctree: nodes.document, docname: str) -> None:
    domain = app.env.get_domain("cine")
    for node in list(doctree.findall(mentions_list)):
        node.replace_self(_mentions(app, domain, docname, node["kind"], node["entity"]))
    for node in list(doctree.findall(related_list)):
        node.replace_self(_related(app, domain, docname))


def _mentions(app, domain, docname: str, kind: str, entity_id: str) -> list[nodes.Node]:
    first_per_article: dict[str, tuple[str, str]] = {}
    for doc, anchor, sentence, _written in domain.mentioned_in().get((kind, entity_id), []):
        first_per_article.setdefault(doc, (anchor, sentence))
    if not first_per_article:
        return [nodes.paragraph("", "No article mentions this yet.", classes=["no-mentions"])]
    # no-search: these are other pages' titles and sentences; a search for them
    # should find those pages, not every page that lists them.
    items = nodes.bullet_list(classes=["mentioned-in", "no-search"])
    for doc in sorted(first_per_article, key=lambda d: _title(app.env, d).lower()):
        anchor, sentence = first_per_article[doc]
        link = make_refnode(app.builder, docname, doc, anchor, nodes.inline("", _title(app.env, doc)))
        quote = nodes.inline("", sentence, classes=["mention-sentence"])
        items += nodes.list_item("", nodes.paragraph("", "", link, nodes.Text(": "), quote))
    return [items]


def related_articles(env, domain, docname: str, limit: int) -> list[tuple[str, str]]:
    """(docname, title) of the ``limit`` articles sharing most entities with ``docname``.

    Ties go by title; ``nsmallest`` keeps this O(n log limit) when a much
    mentioned person links a document to thousands of others.
    """
    mentioned_in = domain.mentioned_in()
    shared: Counter[str] = Counter()
    for entity in domain.entities_of(docname):
        for doc in {d for d, *_ in mentioned_in.get(entity, [])}:
            if doc != docname:
                shared[doc] += 1
    titles = {doc: _title(env, doc) for doc in shared}
    ranked = heapq.nsmallest(limit, shared, key=lambda d: (-shared[d], titles[d].lower(), d))
    return [(doc, titles[doc]) for doc in ranked]


def _related(app, domain, docname: str) -> list[nodes.Node]:
    ranked = related_articles(app.env, domain, docname, app.config.archive_related_limit)
    if not ranked:
        return []
    items = nodes.bullet_list(classes=["related-articles", "no-search"])
    for doc, title in ranked:
        link = make_refnode(app.builder, docname, doc, "", nodes.inline("", title))
        items += nodes.list_item("", nodes.paragraph("", "", link))
    return [nodes.rubric("", "Related articles"), items]
