"""Korean headlines weighed as Korean is written (issue 11, titles by evidence).

Hangul has no case, writes its particles onto its words, and a Korean name
is two to four syllables: the headline evidence says so, so that a Korean
headline is not taken for a shouted kicker (an "AI" in it), a list of names
(a comma in it), or a line its text does not repeat ("심사위원단" against the
text's "심사위원단을").
"""

from __future__ import annotations

from pathlib import Path

from ingest.text.reader import read_text, title_candidates

DUMPS = Path(__file__).parent / "text_dumps"
HEADLINE = "부산국제영화제, 첫 AI 영화 심사위원단 발표"


def features() -> dict[str, float]:
    text = (DUMPS / "korean_address_by_number.txt").read_text(encoding="utf-8")
    return dict(title_candidates(text))[HEADLINE]


def test_the_headline_under_a_most_read_teaser_is_the_one_with_the_reporter_under_it() -> None:
    text = (DUMPS / "korean_address_by_number.txt").read_text(encoding="utf-8")
    assert read_text(text).metadata.title == HEADLINE


def test_a_latin_acronym_in_a_hangul_headline_is_not_all_capitals() -> None:
    assert features()["all capitals"] == 0.0


def test_a_hangul_headline_with_a_comma_is_not_a_list_of_names() -> None:
    assert features()["a list of names"] == 0.0


def test_the_headlines_words_are_found_in_the_text_with_their_particles() -> None:
    # 부산국제영화제(가), 영화(를), 심사위원단(을); "발표했다" is a verb's form, not the noun with a particle.
    assert features()["share of its words in the text"] == 0.75
