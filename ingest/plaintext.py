"""Blocks -> the article's plain text, as a reader reads it.

Used by ``inspect`` and the benchmarks. Headings are included; pictures'
captions are not, since they describe a picture rather than tell the story.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest import model


def inline_text(inlines: Iterable[model.Inline]) -> str:
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, model.Text | model.Code):
            parts.append(node.text)
        elif isinstance(node, model.Emphasis | model.Strong | model.Link | model.Mention):
            parts.append(inline_text(node.children))
        elif isinstance(node, model.FootnoteRef):
            parts.append(f"[{node.label}]")
        elif isinstance(node, model.LineBreak):
            parts.append("\n")
    return "".join(parts)


def blocks_to_text(blocks: Iterable[model.Block]) -> str:
    return "\n\n".join(_block_texts(blocks))


def _block_texts(blocks: Iterable[model.Block]) -> Iterable[str]:
    for block in blocks:
        if isinstance(block, model.Heading | model.Paragraph):
            yield inline_text(block.inlines).strip()
        elif isinstance(block, model.Quote):
            yield from _block_texts(block.blocks)
        elif isinstance(block, model.ListBlock):
            for item in block.items:
                yield from _block_texts(item)
        elif isinstance(block, model.Preformatted):
            yield block.text
        elif isinstance(block, model.Table):
            yield "\n".join(" ".join(inline_text(cell) for cell in row) for row in block.rows)
        elif isinstance(block, model.Footnote):
            yield f"[{block.label}] {inline_text(block.inlines).strip()}"
