"""Collect mentions while reading; say which pages to rewrite after.

``doctree-read``: the ingest writes a mention as ``[words](<cine:kind/id>)``,
which MyST leaves as an unresolved ``myst`` reference. Here it becomes a
typed ``cine`` reference (so the domain resolves it and warns when it
cannot), wrapped in an anchor the entity page links back to, and is stored
with its sentence as this document's mentions. The names the title and deck
hold count too, pointing at the top of the article: the ingest lists them in
the front matter (``mentions``), so nothing is matched again here.

``env-get-updated``: entity pages are rewritten whenever a document that
mentions the entity was read, removed or changed its mentions, and so are
articles sharing such an entity whose related-articles list changed, without
re-reading them.
"""

from __future__ import annotations

import json
import re

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging

from archive.entities.domain import KINDS
from archive.entities.nodes import related_list
from archive.entities.render import related_articles
from archive.entities.search import index_words
from ingest.sentences import sentence_at
from people_films import links

logger = logging.getLogger(__name__)


def _is_entity_page(config, docname: str) -> bool:
    return docname.startswith((config.archive_people_dir + "/", config.archive_films_dir + "/"))


def _sentence_around(node: nodes.Node) -> str:
    """The sentence of the enclosing paragraph (or other text block) that holds ``node``."""
    block = node.parent
    while block is not None and not isinstance(block, nodes.TextElement):
        block = block.parent
    if block is None:
        return node.astext()
    offset = 0
    first = next(iter(node.findall(nodes.Text)), None)
    for text in block.findall(nodes.Text):
        if text is first:
            break
        offset += len(text.astext())
    return sentence_at(block.astext(), offset)


def _typed_reference(ref: addnodes.pending_xref, docname: str) -> tuple[str, str] | None:
    """The (kind, id) of a ``cine:`` link, or None when it is not one."""
    target = str(ref.get("reftarget", ""))
    if ref.get("reftype") != "myst" or not target.startswith(links.SCHEME):
        return None
    parsed = links.parse(target)
    if parsed is None:
        logger.warning("malformed people/films link %r", target, location=ref, type="cine", subtype="link")
        return None
    return parsed


def collect_mentions(app, doctree: nodes.document) -> None:
    env = app.env
    docname = env.docname
    if _is_entity_page(app.config, docname):
        return
    domain = env.get_domain("cine")
    mentions: list[list[str]] = []
    for ref in list(doctree.findall(addnodes.pending_xref)):
        if ref.get("refdomain") == "cine" and ref.get("reftype") in KINDS:
            kind, entity_id, words = ref["reftype"], ref["reftarget"], ref
        elif found := _typed_reference(ref, docname):
            kind, entity_id = found
            words = addnodes.pending_xref(
                "", *ref.children, refdomain="cine", reftype=kind, reftarget=entity_id, refexplicit=True, refwarn=True, refdoc=docname
            )
            words.source, words.line = ref.source, ref.line
        else:
            continue
        anchor = f"mention-{len(mentions) + 1}"
        wrapper = nodes.inline("", "", ids=[anchor], classes=["mention", f"mention-{kind}"])
        ref.replace_self(wrapper)
        wrapper += words
        mentions.append([kind, entity_id, anchor, _sentence_around(wrapper), words.astext()])
    mentions += _header_mentions(app, docname)
    if mentions:
        section = next(iter(doctree.findall(nodes.section)), doctree)
        section += related_list()
    domain.note_mentions(docname, mentions)
    words = spelling_words(domain, mentions)
    domain.data.setdefault("spelt", {})[docname] = words
    if words:
        # Keywords are indexed for search as they stand (sphinx.search's WordCollector), and shown to no reader.
        doctree += nodes.meta(name="keywords", content=", ".join(words))


def spelling_words(domain, mentions: list[list[str]]) -> list[str]:
    """The search words of every registered spelling of the people ``mentions`` name (sorted, each once), so that
    an article is found by a spelling it does not write: 홍상수 finds the English review of Hong Sang-soo."""
    registry = domain.matcher.registry if domain.matcher is not None else None
    if registry is None:
        return []
    people = (registry.people.get(entity_id) for kind, entity_id, *_ in mentions if kind == "person")
    return sorted({word for person in people if person is not None for name in person.names for word in index_words(name)})


def outdated_articles(app, env, added: set[str], changed: set[str], removed: set[str]) -> list[str]:
    """``env-get-outdated``: the articles whose people's registered spellings changed, read again for their search words."""
    domain = env.get_domain("cine")
    return [
        docname
        for docname, words in domain.data.get("spelt", {}).items()
        if docname not in changed and docname not in removed and spelling_words(domain, domain.data["mentions"].get(docname, [])) != words
    ]


_DATUM = re.compile(rf"^(person|film)/({links.ID_PATTERN}) (title|deck-[1-9][0-9]*) (.+)$")


def _header_mentions(app, docname: str) -> list[list[str]]:
    """The title's and deck's mentions, as the ingest wrote them in the front matter (never matched again here).

    Each datum is ``"kind/id place words"`` (``ingest.myst.mention_datum``); each
    becomes ``[kind, id, "", line, words]`` pointing at the top of the article.
    The byline's mentions are links in the page, collected with the others.
    """
    metadata = app.env.metadata.get(docname, {})
    found = []
    for item in _json_list(metadata.get("mentions")):
        match = _DATUM.match(str(item))
        lines = [metadata.get("title", "")] + _json_list(metadata.get("deck"))
        index = 0 if match and match.group(3) == "title" else int(match.group(3)[5:]) if match else -1
        if match is None or index >= len(lines):
            logger.warning("malformed people/films mention %r in the front matter", item, location=docname, type="cine", subtype="link")
            continue
        found.append([match.group(1), match.group(2), "", str(lines[index]), match.group(4)])
    return found


def _json_list(value) -> list:
    """A front matter list, which MyST hands over as JSON text."""
    try:
        value = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return [value]
    return list(value) if isinstance(value, list) else [] if value is None else [value]


def pages_to_rewrite(app, env) -> set[str]:
    """Entity pages whose mentions changed, and articles whose related list changed.

    A much mentioned person links thousands of articles; rewriting them all
    whenever one more article names that person made adding an article cost
    in proportion to the archive. Each candidate's list is ranked again here
    and compared with the one its page was last written with.
    """
    domain = env.get_domain("cine")
    touched, domain.touched = domain.touched, set()
    mentioned_in = domain.mentioned_in()
    written_with = domain.data.setdefault("related", {})
    docnames: set[str] = set()
    candidates: set[str] = set()
    for kind, entity_id in touched:
        if page := domain.page_of(kind, entity_id):
            docnames.add(page[0])
        candidates.update(doc for doc, *_ in mentioned_in.get((kind, entity_id), []))
    for doc in candidates:
        ranked = related_articles(env, domain, doc, app.config.archive_related_limit)
        if written_with.get(doc) != ranked:
            written_with[doc] = ranked
            docnames.add(doc)
    return docnames & env.found_docs
