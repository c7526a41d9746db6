"""A second extractor's vote on the text blocks at the edge of the article (off by default).

The rules (``extract.py``) choose the article container with BeautifulSoup;
this stage lets a peer extractor, trafilatura (Barbaresi, 2021, the best
open extractor on its own snippet benchmark, ``../shared/bench/extraction-wide``),
correct that choice block by block, never replace it:

- a *short* leaf block inside the container (under ``rules.PEER_DROP_MAX_CHARS``)
  whose text the peer left out is dropped: labels of removed widgets, share
  and subscribe prompts, captions' credits, which the peer's own rules catch;
- a *long* leaf block outside the container (``rules.PEER_ADD_MIN_CHARS`` or
  more) whose whole text the peer kept is added, in document order: article
  parts the container missed (a lead paragraph in another column, the second
  half of a split body).

Blocks are ``blocks.page_blocks``'s (the unit the block classifier moves too),
compared with the peer's text after Unicode (NFKC), case and whitespace
folding. The peer only votes when it extracted at least
``rules.PEER_MIN_CHARS``: an empty or failed extraction says nothing; and
only when its text holds ``rules.PEER_MIN_AGREEMENT`` of the container's
may it drop a block (:func:`agrees_on_the_article`).

Cost: trafilatura parses and extracts the page again, about twice our own
read time (figures: README, Speed, ``python -m bench.extraction``). It is a
bench dependency (``requirements-bench.txt``); without it the vote is skipped.
"""

from __future__ import annotations

import re
import unicodedata

from bs4 import NavigableString, Tag

from ingest.html import rules
from ingest.html.blocks import BLOCK_TAGS, TextBlock, may_drop, page_blocks
from ingest.model import Dropped

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """``text`` as the vote compares it: NFKC, lower case, whitespace left out (the two
    extractors join inline text and ``<br>`` lines differently)."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).lower()


def peer_text(html: str, url: str | None) -> str | None:
    """trafilatura's main text of the page, or None when it is not installed or finds too little."""
    try:
        import trafilatura  # noqa: PLC0415 (optional: requirements-bench.txt)
    except ImportError:
        return None
    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True)
    except Exception:  # noqa: BLE001 (a peer's failure on a hostile page must not lose the page)
        return None
    if not text or len(text) < rules.PEER_MIN_CHARS:
        return None
    return text


def is_voted_out(block: TextBlock, peer: str) -> bool:
    """A short block inside the container that the peer's text does not hold."""
    text = block.text
    return 0 < len(text) < rules.PEER_DROP_MAX_CHARS and fold(text) not in peer


def is_voted_in(block: TextBlock, peer: str) -> bool:
    """A long block outside the container whose whole text the peer's text holds."""
    text = block.text
    return len(text) >= rules.PEER_ADD_MIN_CHARS and fold(text) in peer


def agrees_on_the_article(blocks: list[TextBlock], folded_peer: str) -> bool:
    """Whether the peer's text holds at least ``rules.PEER_MIN_AGREEMENT`` of the text of
    the leaf blocks inside the container; only then may it drop one of them: a peer that
    extracted another part of the page is no judge of what the article holds. (It may
    still add blocks: when the rules chose a wrong container, the peer's additions are
    what repairs it.)"""
    inside = [b.text for b in blocks if b.inside and b.leaf]
    total = sum(len(t) for t in inside)
    held = sum(len(t) for t in inside if fold(t) in folded_peer)
    return total > 0 and held >= rules.PEER_MIN_AGREEMENT * total


_REASON = "short, and not in the peer extractor's text (trafilatura)"


def _remove_own_text(tag: Tag) -> None:
    """Remove the text ``tag`` holds itself (its strings and inline children), keeping its nested blocks:
    a label such as "More information" written straight into the ``<div>`` that holds the box."""
    for child in list(tag.children):
        if isinstance(child, NavigableString):
            child.extract()
        elif isinstance(child, Tag) and child.name not in BLOCK_TAGS and child.find(BLOCK_TAGS) is None:
            child.decompose()


def apply_peer_vote(
    body: Tag, nodes: list[Tag], flags: dict[int, str | None], dropped: list[Dropped], peer: str,
    keep: frozenset[int] = frozenset(),
) -> list[Tag]:
    """The chosen ``nodes`` after the peer's vote (see the module docstring), in document order.

    :param peer: the peer's text (:func:`peer_text`).
    :param keep: ``id`` of elements never moved (the lead, already the deck).
    Dropped blocks are decomposed and reported in ``dropped``.
    """
    folded = fold(peer)
    blocks, chosen_order = page_blocks(body, nodes, flags)
    may_vote_out = agrees_on_the_article(blocks, folded)
    added: list[TextBlock] = []
    for i, block in enumerate(blocks):
        if id(block.tag) in keep or block.tag is body:
            continue
        if block.inside:
            if not may_vote_out:
                continue
            if block.leaf and may_drop(blocks, i) and is_voted_out(block, folded):
                dropped.append(Dropped(block.text[:200], _REASON))
                block.tag.decompose()
            elif not block.leaf and is_voted_out(block, folded) and id(block.tag) not in chosen_order:
                dropped.append(Dropped(block.text[:200], _REASON))
                _remove_own_text(block.tag)
        elif block.leaf and is_voted_in(block, folded):
            added.append(block)
    kept = [(chosen_order.get(id(n), 0), n) for n in nodes if not n.decomposed]
    if not added:
        return [n for _, n in kept]
    return [tag for _, tag in sorted(kept + [(b.order, b.tag) for b in added], key=lambda pair: pair[0])]
