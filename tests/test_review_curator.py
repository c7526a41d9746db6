"""The review queue as a first-time curator meets it (people_films.review, people_films.proposals):
a name accepted, merged or rejected keeps the spellings the articles use, and what
the queue suggests matches what a reader of the article would say."""

from __future__ import annotations

from pathlib import Path

from people_films import evidence
from people_films.proposals import apply_review, proposals_toml
from people_films.registry import Entity, Registry, load_registry
from people_films.review import Found, Review


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
