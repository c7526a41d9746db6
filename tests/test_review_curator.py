"""The review queue as a first-time curator meets it (people_films.review, people_films.proposals):
a name accepted, merged or rejected keeps the spellings the articles use, and what
the queue suggests matches what a reader of the article would say."""

from __future__ import annotations

import tomllib
from pathlib import Path

from people_films import evidence
from people_films.proposals import apply_review, proposals_toml
from people_films.registry import Entity, Registry, load_registry
from people_films.review import Found, Review, detected_registry, gather, near_spelling


def _found(*spellings: str) -> Found:
    found = Found("person")
    for spelling in spellings:
        found.spellings[spelling] += 1
    found.evidence[evidence.ROLE_BEFORE] += 1
    return found


def test_a_katakana_name_is_proposed_as_written_with_its_middle_dot():
    """The dot between a foreign name's parts ("キム・ミナ") is part of its katakana spelling."""
    assert _found("キム・ミナ").name == "キム・ミナ"


def test_an_accepted_katakana_name_keeps_every_spelling_the_queue_saw_and_links(tmp_path: Path):
    found = _found("キム・ミナ", "キム・ミナ", "キムミナ")
    review = Review(Registry(), new=[(Entity("person", "kimumina", found.name, detected=True), found)])
    (tmp_path / "proposals.toml").write_text(proposals_toml(review), encoding="utf-8")
    apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    registry = load_registry(tmp_path / "registry")
    assert set(registry.people["kimumina"].names) == {"キム・ミナ", "キムミナ"}
    assert registry.lookup("person", "キム・ミナ").id == "kimumina"


def test_a_name_in_hangul_whose_last_syllable_names_spell_with_a_w_reads_as_the_known_person():
    """욱, 운, 웅 (a silent initial, then the vowel ㅜ) are "wook", "woon", "woong" in names, as 우 is "Woo"."""
    kang = Entity("person", "kang-min-wook", "Kang Min-wook", family="Kang")
    assert near_spelling("강민욱", [kang]) == [kang]
    assert near_spelling("강민국", [kang]) == []  # another syllable


def test_a_name_in_hanzi_that_reads_in_pinyin_as_a_known_person_is_proposed_as_a_merge_not_linked():
    """Pinyin drops the characters and their tones (一帆, 一凡, 亦凡 all read "Yifan"): the reading is a
    suggestion for the curator, the Hanzi name keeps a page of its own until reviewed."""
    tan = Entity("person", "tan-yifan", "Tan Yifan", family="Tan")
    review = detected_registry(Registry({"tan-yifan": tan}), gather([("page", [("person", "谭一帆", "导演谭一帆说。")])]), set())
    [(entity, _found)] = review.new
    assert review.maybe_same == {entity.id: "tan-yifan"} and review.merges == []
    [entry] = tomllib.loads(proposals_toml(review))["person"]
    assert (entry["action"], entry["into"]) == ("merge", "tan-yifan")


def test_a_name_in_hanzi_of_another_given_name_is_no_merge():
    tan = Entity("person", "tan-yifan", "Tan Yifan", family="Tan")
    review = detected_registry(Registry({"tan-yifan": tan}), gather([("page", [("person", "谭一鸣", "导演谭一鸣说。")])]), set())
    assert review.maybe_same == {}
