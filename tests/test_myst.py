"""The MyST writer's own rules, beyond escaping (see test_escape.py)."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from ingest import model
from ingest.gate import _parser as gate_parser
from ingest.gate import check_article
from ingest.myst import render_article, render_body, with_consecutive_headings

TEXT = model.Paragraph((model.Text("text"),))
LOST_PICTURE = model.Figure(None, "", ())  # the picture gone, with no alt text or caption: nothing to show


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
    assert render_body(blocks) == "## h\n\ntext\n\n---\n\ntext\n\n[^1]: n"


@pytest.mark.parametrize(
    "blocks",
    [
        [LOST_PICTURE, model.Rule(), TEXT],  # opens the document: the picture before it shows nothing
        [TEXT, model.Rule(), LOST_PICTURE],  # closes it
        [TEXT, model.Rule(), model.Rule(), model.Heading(1, (model.Text("h"),))],  # closes a section, after another break
        [TEXT, model.Rule(), model.Table(()), model.Rule()],  # closes the document, an empty table between
        [model.Quote((model.Rule(),)), model.Rule(), TEXT],  # opens it: a quote of nothing but a break is empty
    ],
)
def test_a_break_beside_blocks_that_show_nothing_is_left_out(blocks):
    """Each made docutils warn "Document or section may not begin/end with a transition":
    under -W one page failed the whole site's build."""
    assert "---" not in render_body(blocks)


def test_several_authors_are_shown_apart():
    """"Sofia Marin;Park Ji-hoon" ran together on the page."""
    article = model.Article(metadata=model.Metadata(title="T", authors=["Sofia Marin", "Park Ji-hoon"]), blocks=[TEXT])
    assert ":Authors: Sofia Marin\\; Park Ji\\-hoon" in render_article(article)


def test_several_picture_credits_are_shown_apart_each_as_printed_under_a_field_name_that_is_no_label_of_theirs():
    """"Photos: Photo: Yonhap" read the label twice; a credit keeps its own ("Photo:", "Illustration:")."""
    meta = model.Metadata(title="Gallery", image_credits=["Photo: Sara Holm", "Photo: Per Lind"])
    assert ":Picture credits: Photo\\: Sara Holm\\; Photo\\: Per Lind" in render_article(model.Article(meta, [model.Paragraph((model.Text("x"),))]))


def test_an_authors_name_inside_a_byline_with_an_affiliation_links_to_their_page():
    """"Professor Kim Dae-sik, KAIST": the byline's person was found and then left unlinked, the line not being the name alone."""
    byline = "Professor Sofia Marin, KAIST"
    article = model.Article(metadata=model.Metadata(title="T", authors=[byline]), blocks=[TEXT])
    article.header_mentions = [model.HeaderMention("byline", "person", "sofia-marin", "Sofia Marin", byline)]
    assert ":Author: Professor [Sofia Marin](<cine:person/sofia-marin>)\\, KAIST" in render_article(article)


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


def test_a_pipe_in_a_code_span_stays_in_its_table_cell():
    """A row is split at every "|", inside code spans too: the rest of the span was read as
    markup ({doc}`/index` a role) and the gate refused the whole article."""
    code = "a| {doc}`/index` b"
    table = model.Table((((model.Text("Col | A"),), (model.Text("B"),)), ((model.Code(code),), (model.Text("x\\|"),))))
    article = render_article(model.Article(metadata=model.Metadata(title="T"), blocks=[table]))
    check_article(article)  # no role, and nothing else the writer did not mean
    tokens = gate_parser().parse(article)
    table_tokens = tokens[[t.type for t in tokens].index("table_open") :]
    cells = [[(c.type, c.content) for c in t.children] for t in table_tokens if t.type == "inline"]
    assert cells == [[("text", "Col | A")], [("text", "B")], [("code_inline", code)], [("text", "x\\|")]]


@pytest.mark.parametrize(("container", "levels"), [(lambda blocks: model.Quote(blocks), 40), (lambda blocks: model.ListBlock(False, (blocks,)), 20)], ids=["quotes", "lists"])
def test_text_nested_deeper_than_myst_reads_is_still_on_the_page(container, levels):
    """markdown-it drops blocks nested 20 levels deep without a word: the text was in the file, not on the site."""
    blocks = [model.Paragraph((model.Text(f"level {n}"),)) for n in range(levels)]
    nested = blocks[-1]
    for block in reversed(blocks[:-1]):
        nested = container((block, nested))
    article = render_article(model.Article(metadata=model.Metadata(title="T"), blocks=[nested]))
    shown = [t.content for t in gate_parser().parse(article) if t.type == "inline"]
    assert [f"level {n}" for n in range(levels)] == [text for text in shown if text.startswith("level")]


@pytest.mark.parametrize(
    ("inlines", "rendered"),
    [
        # <b>Director:</b>Park: a closing ** after punctuation and before a letter is literal.
        ((model.Strong((model.Text("Director:"),)), model.Text("Park")), "**Director**\\:Park"),
        # <b>Alpha:</b><i>Beta</i>: the runs met as one "***" that could close nothing.
        ((model.Strong((model.Text("Alpha:"),)), model.Emphasis((model.Text("Beta"),))), "**Alpha**\\:*Beta*"),
        # word<i>(1961)</i>: an opening * after a letter and before punctuation is literal.
        ((model.Text("restored"), model.Emphasis((model.Text("(1961)"),)), model.Text("print")), "restored\\(*1961*\\)print"),
        # A space or punctuation beside the emphasis leaves it as it is.
        ((model.Text("The "), model.Emphasis((model.Text("(1961)"),)), model.Text(" print")), "The *\\(1961\\)* print"),
        # Emphasis of punctuation alone cannot be written there: it is plain text.
        ((model.Strong((model.Text(":"),)), model.Text("Park")), "\\:Park"),
    ],
)
def test_emphasis_at_punctuation_keeps_its_asterisks_working(inlines, rendered) -> None:
    assert render_body([model.Paragraph(inlines)]) == rendered


def test_emphasis_at_punctuation_renders_as_emphasis_in_myst() -> None:
    text = render_body([model.Paragraph((model.Strong((model.Text("Alpha:"),)), model.Emphasis((model.Text("Beta"),)), model.Text("word")))])
    assert MarkdownIt("commonmark").renderInline(text) == "<strong>Alpha</strong>:<em>Beta</em>word"


@pytest.mark.parametrize(
    ("source_url", "shown"),
    [
        ("https://www.\u0441inefilm.com/a/1", r"https\:\/\/www\.xn\-\-inefilm\-xjg\.com\/a\/1"),  # a Cyrillic "с"
        ("https://www.variety.com@evil.example/news/1", r"https\:\/\/evil\.example\/news\/1"),
        ("https://example.org/a%20b?q=1", r"https\:\/\/example\.org\/a\%20b\?q\=1"),  # as written
    ],
)
def test_the_source_line_shows_the_host_its_link_goes_to(source_url: str, shown: str) -> None:
    """A page's canonical address drawn like another publisher's, or one that hides its host after a
    user name, was shown as written beside a link that went elsewhere."""
    article = render_article(model.Article(metadata=model.Metadata(title="T", source_url=source_url), blocks=[TEXT]))
    assert f":Source: [{shown}](<" in article


def test_an_ordered_list_is_numbered_from_its_start():
    items = ((model.Paragraph((model.Text("a"),)),), (model.Paragraph((model.Text("b"),)),))
    assert render_body([model.ListBlock(True, items, start=5)]) == "5. a\n6. b"


def test_a_countdown_is_written_as_one_item_lists_with_alternating_delimiters():
    """CommonMark counts a list up from its first number: "2." then "1." would show 2, 3."""
    items = tuple((model.Paragraph((model.Text(word),)),) for word in "abc")
    assert render_body([model.ListBlock(True, items, start=2, descending=True)]) == "2. a\n\n1) b\n\n0. c"


def test_a_countdown_that_would_go_below_zero_is_numbered_up_from_its_start():
    """No list marker is negative: clamped, ``<ol start="0" reversed>`` numbered two items 0."""
    items = tuple((model.Paragraph((model.Text(word),)),) for word in "ab")
    assert render_body([model.ListBlock(True, items, start=0, descending=True)]) == "0. a\n1. b"


def test_a_list_counting_past_nine_digits_is_numbered_from_one():
    """CommonMark's list numbers have at most nine digits: ``<ol start="999999998">`` of three items
    wrote "1000000000." for the third, which is no marker: its words ran into the second item."""
    items = tuple((model.Paragraph((model.Text(word),)), model.Paragraph((model.Text(word * 2),))) for word in "abc")
    text = render_body([model.ListBlock(True, items, start=999_999_998)])
    tokens = gate_parser().parse(text)
    assert [t.type for t in tokens].count("list_item_open") == 3
    assert text.startswith("1. a")


def test_lists_in_a_row_stay_lists_of_their_own():
    """With one delimiter, CommonMark reads two lists in a row as one: ``<ol start="5">`` after
    another ``<ol>`` was numbered on from it, and two ``<ul>`` were one list."""
    def items(*words: str) -> tuple[tuple[model.Block, ...], ...]:
        return tuple((model.Paragraph((model.Text(word),)),) for word in words)

    blocks = [
        model.ListBlock(True, items("a", "b")), model.ListBlock(True, items("c"), start=5),
        model.ListBlock(True, items("d", "e"), start=2, descending=True),
        model.ListBlock(False, items("f")), model.ListBlock(False, items("g")),
    ]
    text = render_body(blocks)
    assert text == "1. a\n2. b\n\n5) c\n\n2. d\n\n1) e\n\n- f\n\n* g"
    opened = [t for t in gate_parser().parse(text) if t.type.endswith("list_open")]
    assert [(t.type, t.attrs.get("start")) for t in opened] == [
        ("ordered_list_open", None), ("ordered_list_open", 5), ("ordered_list_open", 2), ("ordered_list_open", None),
        ("bullet_list_open", None), ("bullet_list_open", None),
    ]


def test_text_roles_hold_the_text_literally_behind_a_longer_backtick_run():
    text = render_body([model.Paragraph((model.Text("x"), model.Superscript((model.Text("a`b"),))))])
    assert text == "x{sup}``a`b``"
    check_article(f"---\ntitle: T\n---\n\n{text}\n")


def test_a_role_around_a_lone_backtick_is_written_as_plain_text_without_padding():
    """A role keeps the spaces inline code would strip: "{sup}`` ` ``" showed " ` "."""
    text = render_body([model.Paragraph((model.Text("x"), model.Superscript((model.Text("`"),))))])
    assert "{sup}" not in text and " `" not in text and "` " not in text
    check_article(f"---\ntitle: T\n---\n\n{text}\n")


@pytest.mark.parametrize("role", ["{math}`x`", "{doc}`index`", "{raw}`<b>`"])
def test_the_gate_still_refuses_every_other_role(role):
    with pytest.raises(ValueError, match="myst_role"):
        check_article(f"---\ntitle: T\n---\n\n{role}\n")


def test_emphasis_inside_emphasis_of_its_own_kind_is_written_once():
    """<strong>a <strong>b</strong> c</strong> closed early as "**a **b** c**" (mixmark-io/turndown#271)."""
    nested = model.Strong((model.Text("a "), model.Strong((model.Text("b"),)), model.Text(" c")))
    assert render_body([model.Paragraph((nested,))]) == "**a b c**"


def test_a_text_role_holding_a_link_or_a_note_marker_is_written_without_the_role():
    """A role's content is literal: "[^1]" in it would orphan the note (Sphinx -W fails) and a link is lost."""
    struck = model.Deleted((model.Text("won"), model.FootnoteRef("1")))
    lowered = model.Subscript((model.Link("https://example.org/stats", (model.Text("source"),)),))
    assert render_body([model.Paragraph((struck, model.Text(" "), lowered))]) == "won[^1] [source](<https://example.org/stats>)"


def test_a_link_inside_a_link_is_written_as_its_words():
    """A picture's link inside a link to the gallery: "[[A still](<pic>)](<gallery>)" showed both (firecrawl/html-to-markdown#8)."""
    picture = model.Link("https://example.org/still.jpg", (model.Text("A still"),))
    outer = model.Link("https://example.org/gallery", (model.Strong((picture,)),))
    assert render_body([model.Paragraph((outer,))]) == "[**A still**](<https://example.org/gallery>)"


def test_a_link_inside_a_text_role_inside_a_link_is_written_as_its_words():
    inner = model.Link("https://example.org/n", (model.Text("th"),))
    outer = model.Link("https://example.org/prize", (model.Text("75"), model.Superscript((inner,))))
    assert "example.org/n" not in render_body([model.Paragraph((outer,))])


def test_a_space_inside_a_link_address_is_percent_encoded_not_dropped():
    link = model.Link("https://example.org/press kit.pdf", (model.Text("kit"),))
    assert render_body([model.Paragraph((link,))]) == "[kit](<https://example.org/press%20kit.pdf>)"


def test_a_hard_break_in_a_table_cell_is_a_space():
    """"Split<br>the reel" in a cell was "Split\\ the reel" on the page (xberg-io/html-to-markdown#429)."""
    cell = (model.Text("Split"), model.LineBreak(), model.Text("the reel"))
    table = model.Table((((model.Text("Key"),), (model.Text("Action"),)), ((model.Text("s"),), cell)))
    assert render_body([table]).splitlines()[-1] == "| s | Split the reel |"


def test_item_numbers_that_jump_are_written_as_lists_of_their_own():
    """``<li value="12">`` after 7 and 8: CommonMark would number it 9 inside the one list."""
    items = tuple((model.Paragraph((model.Text(word),)),) for word in "abc")
    assert render_body([model.ListBlock(True, items, start=7, numbers=(7, 8, 12))]) == "7. a\n8. b\n\n12) c"
