"""``doctree-resolved``: fill the "Mentioned in" and "Related articles" lists.

Both come from the domain's mentions, so they are right whatever order
documents were read in, serially or in parallel. Each entry shows the
article's title, publisher and date (from its front matter), newest first
(undated last), under a heading that counts them: a reader tells old
coverage from new at a glance.
"""

from __future__ import annotations

import heapq
from collections import Counter

from docutils import nodes
from sphinx.util.nodes import make_refnode

from archive.entities.nodes import mentions_list, related_list
from ingest.dates import display_date


def _title(env, docname: str) -> str:
    title = env.titles.get(docname)
    return title.astext() if title is not None else docname


def _facts(env, docname: str) -> tuple[str, str, str]:
    """(title, ISO date or "", "Publisher · 29 March 2024") of an article."""
    meta = env.metadata.get(docname, {})
    date = str(meta.get("date", ""))
    facts = [str(meta.get("publisher", "")), display_date(date, str(meta.get("date_text", "")))]
    return _title(env, docname), date, " · ".join(f for f in facts if f)


def _newest_first(entries: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """(docname, title, date, facts) by date, newest first; undated last; then by title."""
    by_title = sorted(entries, key=lambda e: (e[1].lower(), e[0]))
    dated = sorted((e for e in by_title if e[2]), key=lambda e: e[2], reverse=True)
    return dated + [e for e in by_title if not e[2]]


def _entry(builder, fromdoc: str, doc: str, anchor: str, title: str, facts: str) -> nodes.paragraph:
    line = nodes.paragraph("", "", make_refnode(builder, fromdoc, doc, anchor, nodes.inline("", title)))
    if facts:
        line += [nodes.Text(" "), nodes.inline("", facts, classes=["entry-facts"])]
    return line


def _count(number: int) -> str:
    return f"{number} article{'' if number == 1 else 's'}"


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
        return [nodes.rubric("", "Mentioned in"), nodes.paragraph("", "No article mentions this yet.", classes=["no-mentions"])]
    # no-search: these are other pages' titles and sentences; a search for them
    # should find those pages, not every page that lists them.
    items = nodes.bullet_list(classes=["mentioned-in", "no-search"])
    for doc, title, _date, facts in _newest_first([(doc, *_facts(app.env, doc)) for doc in first_per_article]):
        anchor, sentence = first_per_article[doc]
        quote = nodes.paragraph("", sentence, classes=["mention-sentence"])
        items += nodes.list_item("", _entry(app.builder, docname, doc, anchor, title, facts), quote)
    return [nodes.rubric("", f"Mentioned in {_count(len(first_per_article))}"), items]


def related_articles(env, domain, docname: str, limit: int) -> list[tuple[str, str, str, str]]:
    """(docname, title, date, facts) of the ``limit`` articles sharing most entities with ``docname``.

    Chosen by how many entities they share, ties by title, then shown newest
    first. ``nsmallest`` keeps this O(n log limit) when a much mentioned
    person links a document to thousands of others. The date and facts are
    part of the result so that a page is rewritten when they change.
    """
    mentioned_in = domain.mentioned_in()
    shared: Counter[str] = Counter()
    for entity in domain.entities_of(docname):
        for doc in {d for d, *_ in mentioned_in.get(entity, [])}:
            if doc != docname:
                shared[doc] += 1
    titles = {doc: _title(env, doc) for doc in shared}
    ranked = heapq.nsmallest(limit, shared, key=lambda d: (-shared[d], titles[d].lower(), d))
    return _newest_first([(doc, *_facts(env, doc)) for doc in ranked])


def _related(app, domain, docname: str) -> list[nodes.Node]:
    ranked = related_articles(app.env, domain, docname, app.config.archive_related_limit)
    if not ranked:
        return []
    items = nodes.bullet_list(classes=["related-articles", "no-search"])
    for doc, title, _date, facts in ranked:
        items += nodes.list_item("", _entry(app.builder, docname, doc, "", title, facts))
    return [nodes.rubric("", f"Related articles ({len(ranked)})"), items]
