"""People and films: one home for everything the ingest and the Sphinx extension share about them.

* ``names``: spellings -> keys (romanisation folds, titles, name shapes);
* ``registry``: the curated ``registry/people.toml`` and ``films.toml``;
* ``links``: how a mention is written in a generated page (the ``cine:``
  link scheme and the id pattern);
* ``mentions``: finding registered names in an article and linking them;
* ``detect``: finding the names the registry lacks;
* ``review``: detected names across the archive, near spellings, rejections;
* ``proposals``: the curator's review queue and its application;
* ``sentences``: the sentence around a mention.

The ingest (``ingest.pipeline``, ``ingest.myst``, ``ingest.gate``) and the
Sphinx extension (``archive.entities``) both import from here; neither keeps
its own copy of a rule about names or mention links.
"""
