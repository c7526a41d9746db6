"""Opening blocks of an article that repeat what its header already shows (the title, the deck)."""

from __future__ import annotations

from ingest import model
from ingest.plaintext import inline_text


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


# How far into the article a repeat of the header is looked for: past a rubric label ("Critique")
# or a byline line above the deck, not into the body, where a sentence may quote the deck.
OPENING_BLOCKS = 4


def without_opening_repeats(blocks: list[model.Block], shown: list[str], reason: str, dropped: list[model.Dropped]) -> list[model.Block]:
    """``blocks`` without the paragraphs and headings among the first :data:`OPENING_BLOCKS`
    that repeat a line of ``shown`` (compared with spaces collapsed and case folded); each is
    listed in ``dropped`` with ``reason``.

    The header prints the title and the deck; the same words as one of the body's first blocks
    would be read twice, and the card summary (the first body paragraph) would repeat them.
    """
    keys = {_key(line) for line in shown if line.strip()}
    kept: list[model.Block] = []
    for number, block in enumerate(blocks):
        if number < OPENING_BLOCKS and isinstance(block, model.Paragraph | model.Heading):
            text = inline_text(block.inlines).strip()
            if _key(text) in keys:
                dropped.append(model.Dropped(text, reason))
                continue
        kept.append(block)
    return kept
