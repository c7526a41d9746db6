"""AMP and mobile renditions: one story saved from two of the addresses a news site serves it at.

Sites serve a story at its address and again as an AMP page (a path segment ``amp``, ``?amp=1``,
``?outputType=amp``, an ``amp.`` host: the AMP project's and the publishing platforms' conventions,
WordPress's AMP plugin's ``/amp/`` first) and on a mobile host (``m.``, ``mobile.``). A curator who saves
two of them has one article twice, each copy with its own chrome, so their texts are not the same byte
for byte and the ingest's test for a copy (the same title and text) does not see it. The story's
address is the address without those marks; a page whose address bears one is a rendition of the story.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

# Host labels that serve another rendition of the site's pages (and "www.", which names none).
RENDITION_HOST_LABELS = ("amp", "m", "mobile")
# Query keys (with any value) and key=value pairs that ask for the AMP rendition.
AMP_QUERY_KEYS = ("amp", "_amp")
AMP_QUERY_VALUES = {("outputtype", "amp"), ("output", "amp"), ("format", "amp")}


def story_address(url: str) -> tuple[str, bool]:
    """``url``'s story (its host without "www." and a rendition's label, its path without an ``amp``
    segment or a trailing "/", its query without AMP keys) and whether it addressed a rendition;
    ``("", False)`` for no http(s) address."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return "", False
    if parts.scheme.lower() not in ("http", "https") or not host:
        return "", False
    rendition = False
    label, _, rest = host.partition(".")
    if label in RENDITION_HOST_LABELS and "." in rest:
        host, rendition = rest, True
    host = host.removeprefix("www.")
    segments = [segment for segment in parts.path.split("/") if segment]
    if segments and segments[-1].lower() == "amp":
        segments, rendition = segments[:-1], True
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() in AMP_QUERY_KEYS or (key.lower(), value.lower()) in AMP_QUERY_VALUES:
            rendition = True
        else:
            query.append((key, value))
    story = host + "/" + "/".join(segments)
    return (f"{story}?{urlencode(query)}" if query else story), rendition


# The AMP page's mark on its root element (the AMP HTML specification: ``<html ⚡>`` or ``<html amp>``), in a
# saved page's first bytes. An AMP page's canonical link names the story's own address, so a copy saved without a
# sidecar is known as a rendition by this mark alone.
_AMP_ROOT = re.compile(rb"<html\b[^<>]*?\s(?:amp|\xe2\x9a\xa1)(?=[\s=>/])", re.IGNORECASE)
AMP_MARK_BYTES = 4096


def is_amp_page(head: bytes) -> bool:
    """Whether a page whose first bytes are ``head`` (:data:`AMP_MARK_BYTES` of them suffice) is an AMP page."""
    return bool(_AMP_ROOT.search(head))


def renditions_left_out(addresses: dict[str, str], preference: Callable[[str], Any], amp_pages: frozenset[str] = frozenset()) -> dict[str, str]:
    """The pages to leave out as renditions of a story another page holds: source -> the page published for it.

    ``addresses`` maps each published page (its path in the corpus) to its address; ``amp_pages`` are those
    marked as AMP pages (:func:`is_amp_page`), renditions whatever their address. A page that is no rendition
    stands for its story (two of them are versions of the story, each published); a story saved only as
    renditions is published from the first of them by ``preference`` (a sort key).
    """
    stories: dict[str, list[tuple[bool, str]]] = {}
    for source, url in addresses.items():
        story, rendition = story_address(url)
        if story:
            stories.setdefault(story, []).append((rendition or source in amp_pages, source))
    left_out: dict[str, str] = {}
    for pages in stories.values():
        kept = min(pages, key=lambda page: (page[0], preference(page[1])))[1]
        left_out.update((source, kept) for rendition, source in pages if rendition and source != kept)
    return left_out
