"""Blocks of an article that repeat what it already shows: the title or the deck in its opening, the text in a pull-quote."""

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


# A pull-quote is short: a sentence or two lifted from the text and set large.
_PULL_QUOTE_MAX_WORDS = 60
_PULL_QUOTE_MIN_WORDS = 5
_QUOTE_MARKS = "\"'“”‘’«»„‚「」『』"


def _words_key(text: str) -> str:
    """``text`` as its words, case folded, punctuation and quotation marks left out."""
    return " ".join("".join(c if c.isalnum() else " " for c in text).split()).casefold()


def _quote_text(block: model.Block) -> str | None:
    """The text of a block shaped as a pull-quote (a quotation, or a paragraph wholly in
    quotation marks, as an ``<aside>`` gives it), or None."""
    if isinstance(block, model.Quote) and all(isinstance(b, model.Paragraph) for b in block.blocks):
        return " ".join(inline_text(b.inlines) for b in block.blocks if isinstance(b, model.Paragraph))
    if isinstance(block, model.Paragraph):
        text = inline_text(block.inlines).strip()
        if len(text) > 2 and text[0] in _QUOTE_MARKS and text.rstrip(".!?…")[-1:] in _QUOTE_MARKS:
            return text
    return None


def without_pull_quotes(blocks: list[model.Block], dropped: list[model.Dropped]) -> list[model.Block]:
    """``blocks`` without the pull-quotes: a quotation whose words the article's paragraphs
    say again in full (magazines set a sentence of the text large between its paragraphs;
    published twice, it is read twice). Each is listed in ``dropped``.

    A quotation of something the text does not say (an epigraph, a quoted letter) stays.
    """
    paragraphs = [(index, _words_key(inline_text(b.inlines))) for index, b in enumerate(blocks) if isinstance(b, model.Paragraph)]
    kept: list[model.Block] = []
    for index, block in enumerate(blocks):
        text = _quote_text(block)
        if text is not None and _PULL_QUOTE_MIN_WORDS <= len(text.split()) <= _PULL_QUOTE_MAX_WORDS:
            key = _words_key(text)
            if any(key in words and len(words) > len(key) for other, words in paragraphs if other != index):
                dropped.append(model.Dropped(text.strip(), "pull-quote (its words are in the text)"))
                continue
        kept.append(block)
    return kept
