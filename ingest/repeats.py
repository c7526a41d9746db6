"""Opening blocks of an article that repeat what its header already shows (the title, the deck)."""

from __future__ import annotations

from ingest import model
from ingest.plaintext import inline_text


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def without_opening_repeats(blocks: list[model.Block], shown: list[str], reason: str, dropped: list[model.Dropped]) -> list[model.Block]:
    """``blocks`` without the paragraphs and headings that open them and repeat a line of ``shown``
    (compared with spaces collapsed and case folded); each is listed in ``dropped`` with ``reason``.

    The header prints the title and the deck; the same words as the body's first block
    would be read twice, and the card summary (the first body paragraph) would repeat them.
    """
    keys = {_key(line) for line in shown if line.strip()}
    start = 0
    while start < len(blocks) and isinstance(blocks[start], model.Paragraph | model.Heading):
        text = inline_text(blocks[start].inlines).strip()
        if _key(text) not in keys:
            break
        dropped.append(model.Dropped(text, reason))
        start += 1
    return blocks[start:]
