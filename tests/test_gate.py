"""ingest.gate: the writer's own output passes; anything else is rejected."""

from __future__ import annotations

import html
import re
import unicodedata

import pytest

from ingest import model
from ingest.gate import GateError, check_article
from ingest.gate import _parser as gate_parser
from ingest.myst import render_article

HEAD = "---\ntitle: T\n---\n\n# T\n\n"


def every_block_article(text: str) -> model.Article:
    """An article using every block and inline the writer knows, all holding ``text``."""
    t = (model.Text(text),)
    return model.Article(
        model.Metadata(title=text, deck=[text], authors=[text], publisher=text, date="2025-01-02", source_url="https://example.org/a?b=c#d", rights=text, image_credits=[text]),
        [
            model.Heading(1, t),
            model.Paragraph((model.Text(text), model.Emphasis(t), model.Strong(t), model.Code(text), model.Link("https://example.org/x", t), model.FootnoteRef("1"), model.LineBreak(), model.Text(text))),
            model.Quote((model.Paragraph(t), model.Preformatted(text + "\n```\n" + text))),
            model.ListBlock(True, ((model.Paragraph(t),), (model.Paragraph(t), model.ListBlock(False, ((model.Paragraph(t),),))))),
            model.Table(((t, t), (t, t))),
            model.Figure("https://example.org/p.jpg", text, t, t),
            model.Figure("pic_files/p.jpg", text, t),
            model.Figure("_assets/" + "0" * 64 + ".png", text, t, t),  # a picture the pipeline copied
            model.Rule(),
            model.Footnote("1", t),
        ],
    )


HOSTILE = [
    "plain words",
    "<script>alert(1)</script> <!-- c --> <img src=x onerror=alert(1)>",
    "```{include} ../../SECRET.txt\n```",
    ":::{raw} html\n<b>x</b>\n:::",
    "{ref}`x` {download}`y <../../f>` (t)= % c {{ x }} $x$ $$y$$ [^f]: n [r]: javascript:x",
    "---\nmyst: {enable_extensions: [substitution]}\n---",
    "# h\n> q\n- l\n1. n\n| a | b |\n    code\n***\n+++\n: d\n[x]{#i .c}",
    "[x](javascript:alert(1)) <javascript:x> [y](../../SECRET.txt) ![z](/etc/passwd) www.evil.example",
    "\u202eevil\u200b\ufeff\x1b[31m\x07 Kim Tae-yong 김태용 «guillemets» 'quotes' -- ... ~~s~~ - [ ] task",
]


def _shown(text: str) -> str:
    """Text as a reader sees it: whitespace folded, the controls and format characters the writer drops left out."""
    kept = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf"))
    return re.sub(r"\s+", " ", kept).strip()


@pytest.mark.parametrize("text", HOSTILE)
def test_the_writers_output_passes_whatever_the_text(text: str) -> None:
    article = render_article(every_block_article(text), {"source_file": "x.txt", "summary": text})
    check_article(article)  # raises GateError on anything outside the writer's vocabulary
    # ... and the text is still all there, shown as text: had any of it become markup,
    # its tags would be gone from the page's visible text.
    page = gate_parser().render(article)
    assert _shown(text) in _shown(html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("<script>alert(1)</script>", "html_block"),
        ("a <b onclick=x>b</b>", "html_inline"),
        ("{ref}`x`", "myst_role"),
        ("(target)=", "myst_target"),
        ("% comment", "myst_line_comment"),
        ("+++", "myst_block_break"),
        ("{{ x }}", "substitution"),
        ("$x$", "math"),
        ("```{include} x\n```", "'{include} x'"),
        ("```\ncode\n```", "info string ''"),
        (":::{raw} html\n\nx\n:::", "directive '{raw} html'"),
        (":::{container} deck\n:class: x\n:::", "blank line"),
        (":::{container} deck\n\n{ref}`x`\n:::", "myst_role"),
        ("![a](../../SECRET.txt)", "image"),
        ("[a](../../SECRET.txt)", "not an absolute"),
        ("    indented", "code_block"),
        ("Term\n: definition", "dl_open"),
        ("[a]{#id}", "span_open"),
    ],
)
def test_anything_else_is_rejected(body: str, problem: str) -> None:
    with pytest.raises(GateError, match=problem):
        check_article(HEAD + body + "\n")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("# T\n", "first line"),
        ("----\ntitle: T\n---\n# T\n", "first line"),
        ("---\ntitle: T\nmyst: {}\n---\n\n# T\n", "'myst' is not in the allow-list"),
        ("---\ntitle: T\nsubstitutions: {a: b}\n---\n\n# T\n", "'substitutions'"),
        ("---\ntitle: {a: b}\n---\n\n# T\n", "not text"),
        ("---\n- a\n---\n\n# T\n", "not a mapping"),
        ("---\ntitle: [unclosed\n---\n\n# T\n", "not valid YAML"),
    ],
)
def test_front_matter_must_be_the_pipelines(text: str, problem: str) -> None:
    with pytest.raises(GateError, match=problem):
        check_article(text)


def test_the_gate_runs_no_inline_rule_that_copies_the_rest_of_the_paragraph() -> None:
    """gfm_autolink's rules copy the rest of the paragraph at each "w", ":" and "@":
    the gate's cost grew with the square of a paragraph (a 5 MB one kept it busy for
    over ten minutes; ``python -m bench.pathological``, "one long paragraph")."""
    rules = [rule.fn.__module__ for rule in gate_parser().inline.ruler.__rules__]
    assert not [module for module in rules if "gfm_autolink" in module]
