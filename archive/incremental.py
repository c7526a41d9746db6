"""Small rebuilds that cost what the change costs, not what the archive costs.

Three parts of a Sphinx build grow with the whole archive however little
changed; this module takes them out.

* Reading in parallel. Since Sphinx 8.1 (sphinx-doc/sphinx#12796) ``-j``
  reads even a single changed document in a forked process, which then
  pickles the whole environment back to the main one. At 1 000 articles that
  is 0.5 s for one article; a batch of fewer documents than one in
  ``SERIAL_SHARE`` of the archive is read in the main process instead
  (a full build still reads in parallel). Writing a few pages likewise.
* Pruning the search index. Before dumping the index Sphinx prunes it with
  ``env.all_docs``, a dict; intersecting each word's set of documents with a
  dict walks all of the dict's keys, so the prune costs words x documents on
  every build, full or not (sphinx-doc/sphinx#11120). The builder below
  hands the prune a set, which costs the smaller of the two.
* Collecting garbage. Each full collection of Python's cycle collector
  walks every object alive, and the environment Sphinx unpickles at start
  holds the whole archive's titles, tables of contents and mentions: 0.4 s
  of a one-article rebuild at 1 000 articles. As the documentation of
  ``gc.freeze()`` advises for a process that forks, what is alive at
  ``builder-inited`` is frozen, never to be walked again, and collection
  goes on for what the build itself creates. ``python -m archive`` (the
  Makefile's sphinx-build) also holds collection off while Sphinx loads
  extensions and the environment (:func:`archive.compat.collection_paused`).

What these rely on in Sphinx is in :mod:`archive.compat`.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.environment import BuildEnvironment

from archive import compat

# Each reader process pickles the whole environment back, and Sphinx starts
# several for a batch. At 1 000 articles a change to 1, 36 or about 90 of
# them rebuilt in 2.1, 4.6 and 6.5 s reading in parallel; 1.6, 3.5 and 5.7 s
# reading in one process.
SERIAL_SHARE = 10


def few(batch: int, documents: int) -> bool:
    """Whether ``batch`` documents out of ``documents`` are done faster in one process."""
    return batch * SERIAL_SHARE < documents


class ArchiveHTMLBuilder(StandaloneHTMLBuilder):
    """Sphinx's HTML builder without its costs that grow with the archive."""

    def prepare_writing(self, docnames: Set[str]) -> None:
        """Sphinx's own, with the search index pruned by a set of documents."""
        super().prepare_writing(docnames)
        compat.prune_index_with_a_set(self.indexer)  # given env.all_docs, a dict, at the end of the build

    def load_indexer(self, docnames: Set[str]) -> None:
        """Sphinx's own, and the index entries of the pages not rewritten (archive.rebuild)."""
        super().load_indexer(docnames)
        keep = set(self.env.all_docs).difference(docnames)
        compat.restore_index_entries(self.indexer, self.outdir / self.searchindex_filename, keep)

    def dump_search_index(self) -> None:
        """Sphinx's own, holding what a clean build's index would (archive.rebuild)."""
        if self.indexer is not None:
            self.indexer.prune(self.env.all_docs)  # Sphinx prunes again below, finding nothing left to do
            compat.tidy_search_index(self.indexer, self.env.all_docs)
        super().dump_search_index()

    def write_documents(self, docnames: Set[str]) -> None:
        """Sphinx's own, in the main process when ``docnames`` are few (:func:`few`)."""
        if few(len(docnames), len(self.env.all_docs)):
            compat.write_serially(self)
        super().write_documents(docnames)


class SerialReadsForFewDocuments:
    """Turn ``-j`` off while Sphinx reads a small batch, on again after."""

    def __init__(self) -> None:
        self.parallel: int | None = None

    def before_read(self, app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
        """``env-before-read-docs``: read serially when ``docnames`` are few of ``env.found_docs``."""
        if app.parallel > 1 and few(len(docnames), len(env.found_docs)):
            self.parallel = compat.read_serially(app)

    def after_read(self, app: Sphinx, env: BuildEnvironment) -> None:
        """``env-updated``: give back the ``-j`` value taken by :meth:`before_read`."""
        if self.parallel is not None:
            compat.restore_parallel_reads(app, self.parallel)
            self.parallel = None


def setup_incremental(app: Sphinx) -> None:
    """Register the HTML builder and the read-serially switch (and the collector's freeze)."""
    app.connect("builder-inited", compat.freeze_what_is_loaded, priority=0)
    app.add_builder(ArchiveHTMLBuilder, override=True)
    reads = SerialReadsForFewDocuments()
    app.connect("env-before-read-docs", reads.before_read)
    app.connect("env-updated", reads.after_read, priority=0)  # before other handlers look at app.parallel


def setup(app: Sphinx) -> dict[str, Any]:
    """Also usable on its own, as ``extensions = ["archive.incremental"]``."""
    setup_incremental(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

