"""Escaped text renders as exactly itself, whatever it looks like."""

from __future__ import annotations

import pytest
from markdown_it.renderer import RendererHTML
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from ingest.escape import escape_inline, fence, href_as_browsers_read

PARSER = create_md_parser(MdParserConfig(enable_extensions={"colon_fence", "fieldlist"}), RendererHTML)

PAYLOADS = [
    "<script>alert(1)</script>",
    "{eval-rst} .. include:: /etc/passwd",
    "```{include} ../../SECRET.txt",
    ":::{figure} /etc/passwd",
    "{doc}`index` and {ref}`x`",
    "(label)=",
    "% a comment",
    "{{ env.srcdir }}",
    "$x$ costs $5",
    "[^1]: a note",
    "[x]: javascript:alert(1)",
    "[click](javascript:alert(1))",
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not a list",
    "| a | b |",
    "*not emphasis* and __not strong__",
    "---",
    "&lt;script&gt; &amp;",
    "Kim Tae-yong’s “Late Autumn” — 감독… 100%",
]


def _inline_tokens(markdown: str):
    tokens = PARSER.parse(markdown)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], tokens
    return tokens[1].children


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaped_text_parses_to_plain_text_only(payload):
    children = _inline_tokens(escape_inline(payload))
    assert {t.type for t in children} <= {"text"}
    assert "".join(t.content for t in children) == payload


# Hangul fillers (letters by category, drawn as nothing: "Bong Jo\u3164on-ho" took the page address
# of Bong Joon-ho), invisible mathematical operators and the Mongolian vowel separator included.
@pytest.mark.parametrize(
    "hidden", ["\u202e", "\u200b", "\x1b", "\ufeff", "\u2066", "\ufff9", "\U000e0041\U000e0042", "\u3164", "\u115f", "\u1160", "\uffa0", "\u2063", "\u180e", "\u00ad"]
)
def test_invisible_and_reordering_characters_are_removed(hidden):
    assert escape_inline(f"a{hidden}b") == "ab"


def test_whitespace_folds_to_one_line():
    assert escape_inline("  two\n\nlines\t here ") == "two lines here"


def test_fence_is_longer_than_any_backtick_run_inside():
    text = "before\n````\n{include} x\n````\nafter"
    tokens = PARSER.parse(fence(text))
    assert [(t.type, t.info, t.content) for t in tokens] == [("fence", "text", text + "\n")]


def test_an_address_is_read_as_a_browser_reads_it():
    assert href_as_browsers_read(" \x00https://example.org/press\n kit (2025).pdf\t ") == "https://example.org/press kit (2025).pdf"


# An icon font's glyphs (Font Awesome's star U+F005) and the other private-use planes: boxes without the site's font.
@pytest.mark.parametrize("icon", ["\uf005", "\ue900", "\U000f0001", "\U00100001"])
def test_private_use_characters_are_removed(icon):
    assert escape_inline(f"Rating: {icon}{icon} for Salt") == "Rating\\: for Salt"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("\ufb01rst \ufb02oor sta\ufb00 o\ufb03ce", "first floor staff office"),  # a typesetter's ligatures
        ("\uff7c\uff88\uff8f \uff84\uff9e\uff77\uff6d\uff92\uff9d\uff80\uff98\uff70", "シネマ ドキュメンタリー"),  # half-width katakana, voicing marks composed
        ("\U0001d5e6\U0001d5ee\U0001d5f9\U0001d601 \U0001d7d0\U0001d7ce", "Salt 20"),  # a post's bold letters and digits
    ],
)
def test_compatibility_forms_read_as_the_characters_they_stand_for(written, read):
    assert escape_inline(written) == read


def test_full_width_signs_of_a_cjk_page_stay_as_written():
    assert escape_inline("＃１「海の光」ＢＩＦＦ") == "＃１「海の光」ＢＩＦＦ"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("https:\\\\example.org\\films\\salt", "https://example.org/films/salt"),
        ("\\press\\kit.pdf", "/press/kit.pdf"),
        ("reviews\\salt.html?dir=a\\b#part\\2", "reviews/salt.html?dir=a\\b#part\\2"),  # the query and fragment keep theirs
        ("mailto:desk\\office@example.org", "mailto:desk\\office@example.org"),  # not a scheme of the web's
    ],
)
def test_a_backslash_in_a_web_address_is_a_slash_before_its_query(written, read):
    assert href_as_browsers_read(written) == read
