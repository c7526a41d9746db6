"""Chinese and Japanese reach the search index as overlapping character pairs."""

from __future__ import annotations

from pathlib import Path

from archive.entities.search import SearchEnglishNames, character_pairs
from ingest.scripts import UNSPACED

ROOT = Path(__file__).resolve().parents[1]


def test_a_chinese_clause_becomes_its_overlapping_pairs() -> None:
    assert character_pairs("王家卫的电影") == ["王家", "家卫", "卫的", "的电", "电影"]


def test_kana_and_kanji_pair_alike() -> None:
    assert character_pairs("映画祭で") == ["映画", "画祭", "祭で"]


def test_a_single_character_stays_whole() -> None:
    assert character_pairs("爱") == ["爱"]


def test_latin_letters_beside_chinese_stay_one_word() -> None:
    assert character_pairs("IMAX版本") == ["IMAX", "版本"]


def test_hangul_and_latin_words_are_untouched() -> None:
    assert character_pairs("만추는") == ["만추는"]
    assert character_pairs("Autumn") == ["Autumn"]


def test_the_search_language_splits_at_punctuation_then_pairs() -> None:
    words = SearchEnglishNames({}).split("《花样年华》昨日重映")
    assert words == ["花样", "样年", "年华", "昨日", "日重", "重映"]


def test_the_browser_splits_queries_and_highlights_with_the_same_characters() -> None:
    character_class = UNSPACED.pattern
    assert f"/({character_class}+)/u" in SearchEnglishNames.js_splitter_code
    assert f"/{character_class}/u" in (ROOT / "docs" / "_static" / "highlight.js").read_text(encoding="utf-8")
