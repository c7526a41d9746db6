"""Model blocks -> plain text (article-body scoring, text previews).

Paragraphs, headings, list items, quotes, table rows and footnotes each
become a paragraph; paragraphs are separated by a blank line.  Figure
captions and credits are picture furniture, not body text: they are left out
unless ``captions=True`` (the article-extraction benchmark's bodies exclude
them too).  Generic over the model: any reader's output works.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest.model import (
    Block,
    Code,
    Figure,
    Footnote,
    FootnoteRef,
    Heading,
    LineBreak,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    Table,
    Text,
)


def inlines_to_text(inlines) -> str:
    """The text of a sequence of inlines (markup dropped, line breaks kept)."""
    parts: list[str] = []
    stack = list(reversed(tuple(inlines)))
    while stack:
        item = stack.pop()
        if isinstance(item, (Text, Code)):
            parts.append(item.text)
        elif isinstance(item, LineBreak):
            parts.append("\n")
        elif isinstance(item, FootnoteRef):
            parts.append(f"[{item.label}]")
        else:
            stack.extend(reversed(item.children))
    return "".join(parts).strip()


def _paragraphs(blocks: Iterable[Block], captions: bool) -> list[str]:
    out: list[str] = []
    stack = list(reversed(tuple(blocks)))
    while stack:
        block = stack.pop()
        if isinstance(block, (Heading, Paragraph)):
            out.append(inlines_to_text(block.inlines))
        elif isinstance(block, Preformatted):
            out.append(block.text)
        elif isinstance(block, Quote):
            stack.extend(reversed(block.blocks))
        elif isinstance(block, ListBlock):
            for item in reversed(block.items):
                stack.extend(reversed(item))
        elif isinstance(block, Table):
            out.append("\n".join("\t".join(inlines_to_text(c) for c in row) for row in block.rows))
        elif isinstance(block, Figure) and captions:
            out.append(" ".join(filter(None, (inlines_to_text(block.caption), inlines_to_text(block.credit)))))
        elif isinstance(block, Footnote):
            out.append(f"[{block.label}] {inlines_to_text(block.inlines)}")
    return [p for p in out if p.strip()]


def blocks_to_text(blocks: Iterable[Block], captions: bool = False) -> str:
    """The blocks as plain text, one paragraph per block, separated by blank lines.

    :param captions: also include figure captions and credits.
    """
    return "\n\n".join(_paragraphs(blocks, captions))
