"""The MyST writer's own rules, beyond escaping (see test_escape.py)."""

from __future__ import annotations

from ingest import model
from ingest.myst import render_article, render_blocks, without_misplaced_rules

TEXT = model.Paragraph((model.Text("text"),))


def test_thematic_breaks_where_docutils_refuses_them_are_left_out():
    blocks = [
        model.Rule(),  # opens the document
        model.Heading(1, (model.Text("h"),)),
        model.Rule(),  # opens a section
        TEXT,
        model.Rule(),
        model.Rule(),  # follows another
        TEXT,
        model.Rule(),  # closes the document: only footnotes follow
        model.Footnote("1", (model.Text("n"),)),
    ]
    assert render_blocks(without_misplaced_rules(blocks)) == "## h\n\ntext\n\n---\n\ntext\n\n[^1]: n"


def test_several_authors_are_shown_apart():
    """"Sofia Marin;Park Ji-hoon" ran together on the page."""
    article = model.Article(metadata=model.Metadata(title="T", authors=["Sofia Marin", "Park Ji-hoon"]), blocks=[TEXT])
    assert ":Authors: Sofia Marin\\; Park Ji\\-hoon" in render_article(article)
