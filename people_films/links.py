"""How a mention of a person or film is written in a generated page, and read back.

The ingest writes ``[words as written](<cine:person/kim-tae-yong>)``; the
gate accepts exactly that shape; the Sphinx extension turns it into a typed
``cine`` reference. Ids are registry slugs (lower-case ASCII letters, digits,
single hyphens), never scraped text.
"""

from __future__ import annotations

import re

SCHEME = "cine:"
KINDS = ("person", "film")
ID_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
# An id names its page's file (id + ".html"): well under the 255 bytes a file name may have.
MAX_ID_CHARS = 100
# \A and \Z, not ^ and $: "$" matches before a final line break, and an id names a file ("kim\n.md").
ID = re.compile(rf"\A(?=.{{1,{MAX_ID_CHARS}}}\Z){ID_PATTERN}\Z")
# Ids no entity's page may take: "index" is its folder's own page (people/index.html is what a browser shows for
# the address people/), which no page of the folder is meant to be.
RESERVED_IDS = frozenset({"index"})
# The whole link target as the gate sees it: cine:person/id or cine:film/id.
TARGET = re.compile(rf"{SCHEME}(?:person|film)/{ID_PATTERN}")


def target(kind: str, entity_id: str) -> str:
    """``cine:kind/id``; ValueError for a kind or id that does not fit."""
    if kind not in KINDS or not ID.match(entity_id):
        raise ValueError(f"not a people/films link: {kind!r}, {entity_id!r}")
    return f"{SCHEME}{kind}/{entity_id}"


def parse(link: str) -> tuple[str, str] | None:
    """(kind, id) of a ``cine:`` link target; None when it is not one or is malformed."""
    if not link.startswith(SCHEME):
        return None
    kind, _, entity_id = link[len(SCHEME) :].partition("/")
    return (kind, entity_id) if kind in KINDS and ID.match(entity_id) else None
