"""The sentence a mention is quoted in ("Mentioned in", the review queue)."""

from __future__ import annotations

import pytest

from ingest.sentences import sentence_at

TEXT = "He saw Typhoon Signal No. 8 twice. Then Dr. Kim spoke on Aug. 12 in Busan. The end."


@pytest.mark.parametrize(("offset", "sentence"), [(10, "He saw Typhoon Signal No. 8 twice."), (40, "Then Dr. Kim spoke on Aug. 12 in Busan."), (80, "The end.")])
def test_an_abbreviations_full_stop_ends_no_sentence(offset: int, sentence: str) -> None:
    """The film page for *Typhoon Signal No. 8* quoted its sentence as "Typhoon Signal No."."""
    assert sentence_at(TEXT, offset) == sentence


def test_a_sentence_ends_at_a_full_stop_before_a_capital() -> None:
    assert sentence_at("The film opened. Critics loved it.", 20) == "Critics loved it."


def test_a_k_a_ends_no_sentence_before_the_other_name() -> None:
    assert sentence_at("The actor Lee Han-gyeol (a.k.a. Harry Lee) plays the lead. The end.", 5) == "The actor Lee Han-gyeol (a.k.a. Harry Lee) plays the lead."


def test_a_names_initial_ends_no_sentence() -> None:
    text = "The film stars Justin H. Min as Yang. Critics liked it."
    assert sentence_at(text, text.index("Min")) == "The film stars Justin H. Min as Yang."


def test_a_capital_and_a_full_stop_after_another_word_ends_a_sentence() -> None:
    text = "It was made by the company Plan B. The firm made Moonlight."
    assert sentence_at(text, text.index("Moonlight")) == "The firm made Moonlight."


def test_initials_after_initials_and_lower_case_words_end_no_sentence() -> None:
    text = "The novel by J. R. R. Tolkien was filmed twice."
    assert sentence_at(text, text.index("filmed")) == text
