"""Blocks -> the article's plain text, as a reader reads it.

Used by ``inspect``, mention detection and the benchmarks. Paragraphs,
headings, list items, quotes, table rows and footnotes each become a
paragraph, separated by a blank line. Figure captions and credits describe a
picture rather than tell the story: they are left out unless
``captions=True`` (the extraction benchmark's true bodies exclude them too).
Explicit stacks, not recursion: a deeply nested page must not overflow.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest import model


def holds_only_text(inlines: Iterable[model.Inline]) -> bool:
    """Whether ``inlines`` are text at any depth (text, code, emphasis, superscript, subscript,
    struck-through text), what a MyST text role can hold: a link, mention, note marker or line
    break in one would be flattened to its words ("[1]" with the note orphaned, Sphinx -W:
    "Footnote [1] is not referenced"). Read by the HTML reader and the MyST writer alike."""
    return all(
        isinstance(node, model.Text | model.Code)
        or (isinstance(node, model.Emphasis | model.Strong | model.Superscript | model.Subscript | model.Deleted) and holds_only_text(node.children))
        for node in inlines
    )


def inline_text(inlines: Iterable[model.Inline], footnote_marks: bool = True) -> str:
    """The text of a sequence of inlines (markup dropped, line breaks kept); a footnote's
    marker as "[label]", or left out when ``footnote_marks`` is false (a card's line)."""
    parts: list[str] = []
    stack = list(reversed(tuple(inlines)))
    while stack:
        node = stack.pop()
        if isinstance(node, model.Text | model.Code):
            parts.append(node.text)
        elif isinstance(node, model.LineBreak):
            parts.append("\n")
        elif isinstance(node, model.FootnoteRef):
            parts.append(f"[{node.label}]" if footnote_marks else "")
        else:  # Emphasis, Strong, Link, Mention
            stack.extend(reversed(node.children))
    return "".join(parts)


def _paragraphs(blocks: Iterable[model.Block], captions: bool) -> list[str]:
    out: list[str] = []
    stack = list(reversed(tuple(blocks)))
    while stack:
        block = stack.pop()
        if isinstance(block, model.Heading | model.Paragraph):
            out.append(inline_text(block.inlines).strip())
        elif isinstance(block, model.Preformatted):
            out.append(block.text)
        elif isinstance(block, model.Quote):
            stack.extend(reversed(block.blocks))
        elif isinstance(block, model.ListBlock):
            for item in reversed(block.items):
                stack.extend(reversed(item))
        elif isinstance(block, model.Table):
            out.append("\n".join("\t".join(inline_text(cell).strip() for cell in row) for row in block.rows))
        elif isinstance(block, model.Figure) and captions:
            out.append(" ".join(filter(None, (inline_text(block.caption).strip(), inline_text(block.credit).strip()))))
        elif isinstance(block, model.Footnote):
            out.append(f"[{block.label}] {inline_text(block.inlines).strip()}")
    return [paragraph for paragraph in out if paragraph.strip()]


def blocks_to_text(blocks: Iterable[model.Block], captions: bool = False) -> str:
    """The blocks as plain text, one paragraph per block, separated by blank lines.

    :param captions: also include figure captions and credits.
    """
    return "\n\n".join(_paragraphs(blocks, captions))
