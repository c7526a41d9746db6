"""Nothing of a text dump vanishes silently: every line is kept or dropped with a reason."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from ingest.model import Figure
from ingest.pipeline import corpus_pages, read_page
from ingest.plaintext import blocks_to_text, inline_text

PAGES = [path for path in corpus_pages(CORPUS) if path.suffix == ".txt"]


def _accounted_for(path):
    article = read_page(path)
    meta = article.metadata
    kept = [
        blocks_to_text(article.blocks),
        meta.title,
        *meta.deck,
        *meta.authors,
        meta.rights,
        *meta.image_credits,
        *(inline_text(b.caption) + " " + inline_text(b.credit) for b in article.blocks if isinstance(b, Figure)),
    ]
    dropped = [d.text for d in article.dropped]
    return "\n".join(kept), dropped


def _unspaced(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.stem)
def test_every_line_is_kept_or_dropped_with_a_reason(page):
    kept, dropped = _accounted_for(page)
    for line in page.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        for part in dropped:
            line = line.replace(part, "")
        if not line.strip():
            continue
        # A line may be split (caption and credit, a box's label and its text), so check it
        # sentence by sentence, white space aside (a split only adds a line break).
        for sentence in line.split(". "):
            assert _unspaced(sentence.strip(" ()")) in _unspaced(kept), f"lost from {page.name}: {sentence!r}"
