"""What a reader made of a page, in the forms the reader tests compare: the body as text, the dropped lines."""

from __future__ import annotations

from ingest import model
from ingest.plaintext import blocks_to_text


def body(article: model.Article) -> str:
    """The article's body as plain text, a block a line (:func:`ingest.plaintext.blocks_to_text`)."""
    return blocks_to_text(article.blocks)


def reasons(article: model.Article) -> dict[str, str]:
    """Each line the reader dropped -> the reason it gives (as ``ingest inspect`` shows them)."""
    return {d.text: d.reason for d in article.dropped}
