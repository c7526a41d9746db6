"""What an incremental build must redo so that it equals a clean build.

Sphinx rewrites the pages whose sources changed (and those an extension names
at ``env-get-updated``); a clean build writes every page. Three things a
clean build gets right and an incremental one, left alone, does not:

* Previous/next links. A page shows its neighbours in the reading order, with
  their titles. Adding, removing or retitling a page changes its neighbours'
  links, but the neighbours' sources did not change, so Sphinx does not
  rewrite them. The neighbours (and parents) of every page are remembered
  from build to build; a page whose neighbours or their titles changed is
  rewritten (``env-updated``).
* Pages of removed documents. Sphinx forgets a removed document but leaves
  its HTML page (and any picture only it used) in the output folder (a moved
  article's old page becomes a redirect, ``archive.moved``). The
  pages and pictures each build made are listed in the doctree folder; at the
  end of a build that succeeded, those the build no longer makes are deleted.
* The search index's index entries. Sphinx pickles the environment before
  writing, and an incremental build reloads the other pages' words and titles
  from ``searchindex.js`` but not their index entries (the spellings of every
  person and film), so the index kept only the entries of the pages it
  rewrote. They are reloaded here too, and ordered by page name, as a clean
  build's are, before the index is written; and words that only removed
  pages held, which Sphinx writes as found on no page, are dropped. These
  touch the IndexBuilder's internals, so they live in ``archive.compat``
  (``restore_index_entries``, ``tidy_search_index``), called by the builder
  of ``archive.incremental``.

The sitemap has the same problem in sphinx-sitemap; see ``archive.sitemap``.
"""

from __future__ import annotations

import json
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from archive.moved import moved_pages
from ingest.write import atomic_write

logger = logging.getLogger(__name__)

PAGES_MADE = "archive-pages.json"  # in the doctree folder: what the last build put in the output folder
IMAGES = "_images"

Neighbours = tuple[tuple[str, str], ...]  # (docname, title) of each parent, the previous and the next page


def _title(env: BuildEnvironment, docname: str) -> str:
    title = env.titles.get(docname)
    return title.astext() if title is not None else ""


def neighbours(env: BuildEnvironment) -> dict[str, Neighbours]:
    """Every page's parents, previous and next page, with their titles: what its links show."""
    relations = env.collect_relations()
    found: dict[str, Neighbours] = {}
    for docname, (parent, previous, following) in relations.items():
        chain: list[str] = []
        while parent and parent not in chain:  # a cycle of toctrees ends here
            chain.append(parent)
            parent = relations.get(parent, [None])[0]
        linked = [*chain, "|", previous or "", "|", following or ""]
        found[docname] = tuple((name, _title(env, name) if name not in ("", "|") else "") for name in linked)
    return found


def rewrite_pages_with_new_neighbours(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the pages whose previous/next links or parents differ from the last build's."""
    now = neighbours(env)
    before: dict[str, Neighbours] = getattr(env, "archive_neighbours", {})
    env.archive_neighbours = now  # pickled with the environment, which Sphinx saves after this event
    return sorted(docname for docname, linked in now.items() if before.get(docname) != linked and docname in env.found_docs)


def pages_made(builder: StandaloneHTMLBuilder) -> set[str]:
    """Output files (relative to the output folder) that belong to documents: their pages and
    pictures, and the redirect pages at moved articles' old addresses (archive.moved)."""
    pages = {builder.get_target_uri(docname) for docname in builder.env.found_docs}
    pictures = {f"{IMAGES}/{unique}" for _documents, unique in builder.env.images.values()}
    return pages | pictures | {builder.get_target_uri(old) for old in moved_pages(builder.app)}


def delete_pages_no_longer_made(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: delete what the last build made and this one does not."""
    builder = app.builder
    if exception or not isinstance(builder, StandaloneHTMLBuilder):
        return
    record = Path(app.doctreedir) / PAGES_MADE
    try:
        before = set(json.loads(record.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        before = set()
    now = pages_made(builder)
    outdir = Path(app.outdir).resolve()
    for relative in sorted(before - now):
        path = (outdir / relative).resolve()
        if outdir in path.parents:  # the record is ours, but never trust a path to stay inside
            path.unlink(missing_ok=True)
    if now != before:
        atomic_write(record, json.dumps(sorted(now), indent=0).encode("utf-8"), durable=False)


def setup_rebuild(app: Sphinx) -> None:
    """Rewrite pages whose neighbours changed; delete pages no longer made.
    (The search index's part is in the builder, archive.incremental, through archive.compat.)"""
    app.connect("env-updated", rewrite_pages_with_new_neighbours)
    app.connect("build-finished", delete_pages_no_longer_made)
