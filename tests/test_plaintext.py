"""blocks_to_text: the article body as plain text."""

from ingest.model import Figure, Heading, ListBlock, Paragraph, Quote, Strong, Text
from ingest.plaintext import blocks_to_text

BLOCKS = [
    Heading(1, (Text("Part one"),)),
    Paragraph((Text("Some "), Strong((Text("bold"),)), Text(" text."))),
    ListBlock(False, ((Paragraph((Text("item"),)),),)),
    Quote((Paragraph((Text("quoted"),)),)),
    Figure("x_files/a.jpg", "alt", (Text("A caption."),), (Text("Credit"),)),
]


def test_blocks_become_paragraphs_separated_by_blank_lines():
    assert blocks_to_text(BLOCKS) == "Part one\n\nSome bold text.\n\nitem\n\nquoted"


def test_captions_are_included_on_request():
    assert blocks_to_text(BLOCKS, captions=True).endswith("quoted\n\nA caption. Credit")
