"""A platform's engagement bar (counts and buttons on a line of their own) is furniture in both readers."""

from __future__ import annotations

import pytest

from ingest.engagement_shape import is_engagement_bar
from ingest.plaintext import blocks_to_text
from ingest.text.reader import read_text

PROSE = (
    "Few directors of her generation have been as patient as Park Seo-jin, whose three features each took years to reach screens abroad.\n\n"
    "Her debut, shot on 16mm in a Seoul alley, cost less than a car, and she still edits at home on the same old machine."
)


@pytest.mark.parametrize("line", ["Archive   Favorite   Share", "342 · 5 · Listen · Share", "좋아요 12 댓글 3 공유"])
def test_a_line_of_counts_and_buttons_only_is_an_engagement_bar(line: str) -> None:
    assert is_engagement_bar(line)


@pytest.mark.parametrize("line", ["Share", "Running time: 98 minutes", "Share the wealth, she says."])
def test_a_line_with_a_word_of_prose_or_one_button_alone_is_not(line: str) -> None:
    assert not is_engagement_bar(line)


def test_a_read_later_exports_buttons_leave_a_text_dumps_body() -> None:
    """A curator's Pocket export kept "Archive   Favorite   Share" as its last line."""
    article = read_text(f"The Quiet Auteur: Revisiting Park Seo-jin\n\n{PROSE}\n\nArchive   Favorite   Share\n")
    assert blocks_to_text(article.blocks).endswith("on the same old machine.")
