"""The MyST writer's own rules, beyond escaping (see test_escape.py)."""

from __future__ import annotations

from ingest import model
from ingest.myst import render_article, render_blocks, with_consecutive_headings, without_misplaced_rules

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


def test_headings_that_skip_a_level_are_renumbered_so_that_docutils_accepts_them():
    """A review's "<h3>Full credits</h3>" right under its <h1> stopped the build ("Non-consecutive header level increase")."""
    blocks = [
        TEXT,
        model.Heading(3, (model.Text("Full credits"),)),
        TEXT,
        model.Heading(5, (model.Text("Cast"),)),
        model.Heading(2, (model.Text("About the film"),)),
    ]
    levels = [b.level for b in with_consecutive_headings(blocks) if isinstance(b, model.Heading)]
    assert levels == [1, 2, 1]
    markdown = render_article(model.Article(metadata=model.Metadata(title="T"), blocks=blocks))
    assert "\n## Full credits\n" in markdown and "\n### Cast\n" in markdown and "\n## About the film\n" in markdown
