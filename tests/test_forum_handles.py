"""A forum or comment poster's handle alone over the post ("moviebuff88", in bold or not): the post's
signature line, never a heading, a deck or an author (eighteenth round, issues 11 and 12)."""

from __future__ import annotations

import pytest

from ingest.byline_shape import is_user_handle
from ingest.html import read_html
from ingest.model import Heading, Paragraph
from ingest.plaintext import blocks_to_text
from ingest.text.reader import read_text

POST = "I saw it twice at the festival and I still think the jury missed the best film of the year by a long way."
MORE = "The long take on the salt flats alone should have won something, and the cast was wonderful throughout."


@pytest.mark.parametrize("handle", ["moviebuff88", "cine_lover_2", "**moviebuff88**"])
def test_a_lower_case_token_with_digits_or_underscores_is_a_handle(handle: str) -> None:
    assert is_user_handle(handle)


@pytest.mark.parametrize("line", ["MovieBuff88", "Part 2", "1917", "2024", "h264", "the salt road", "cinephile"])
def test_a_name_a_number_or_a_word_is_no_handle(line: str) -> None:
    assert not is_user_handle(line)


def test_a_handle_under_a_dumps_headline_is_no_deck() -> None:
    article = read_text(f"Was The Salt Road robbed at Cannes?\n\nmoviebuff88\n\n12 May 2025\n\n{POST}\n\n{MORE}\n")
    assert article.metadata.deck == [] and article.metadata.authors == []
    assert blocks_to_text(article.blocks).startswith(f"moviebuff88\n\n{POST}")


def test_a_handle_set_as_an_html_heading_is_a_paragraph() -> None:
    html = f"<html><body><article><h1>Was The Salt Road robbed?</h1><div class='post'><h3><b>moviebuff88</b></h3><p>{POST}</p><p>{MORE}</p></div></article></body></html>"
    article = read_html(html.encode(), "thread.html", None)
    assert not [block for block in article.blocks if isinstance(block, Heading)]
    assert isinstance(article.blocks[0], Paragraph) and blocks_to_text(article.blocks[:1]) == "moviebuff88"


@pytest.mark.parametrize("line", ["第2部", "第1章", "제1장", "파트2", "2024年3月5日"])
def test_a_cjk_part_or_date_is_no_handle(line: str) -> None:
    # CJK letters have no case: the lower-case test held for every one of them.
    assert not is_user_handle(line)


@pytest.mark.parametrize("line", ["covid-19", "top_10", "se7en"])
def test_a_word_with_a_digit_that_no_sign_up_form_makes_is_no_handle(line: str) -> None:
    assert not is_user_handle(line)


def test_a_cjk_part_heading_stays_a_heading() -> None:
    html = f"<html><body><article><h1>映画祭の記録</h1><p>{POST}</p><h2>第2部</h2><p>{MORE}</p></article></body></html>"
    article = read_html(html.encode(), "part.html", None)
    assert "第2部" in [blocks_to_text([block]) for block in article.blocks if isinstance(block, Heading)]
