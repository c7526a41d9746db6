"""The registry files a review writes stay easy to read and edit by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from people_films.proposals import ReviewError, apply_review

QUEUE = """[[film]]
action = "accept"
id = "paper-moon"
title = "Paper Moon"

[[film]]
action = "accept"
id = "silent-harbor"
title = "Silent Harbor"

[[film]]
action = "reject"
title = "The Festival"
"""


def test_each_entry_a_review_adds_is_set_off_by_a_blank_line(tmp_path: Path) -> None:
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "films.toml").write_text('# Films of the archive.\n\n[[film]]\ntitle = "Choon"  # a curator\'s note\nkind = "short"\n', encoding="utf-8")
    (tmp_path / "queue.toml").write_text(QUEUE, encoding="utf-8")
    apply_review(tmp_path / "queue.toml", registry)
    assert (registry / "films.toml").read_text(encoding="utf-8") == (
        '# Films of the archive.\n\n[[film]]\ntitle = "Choon"  # a curator\'s note\nkind = "short"\n'
        '\n[[film]]\nid = "paper-moon"\ntitle = "Paper Moon"\n'
        '\n[[film]]\nid = "silent-harbor"\ntitle = "Silent Harbor"\n'
    )
    assert "\n[[film]]\ntitle = \"The Festival\"\n" in (registry / "rejected.toml").read_text(encoding="utf-8")


def test_a_new_rejected_file_says_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "queue.toml").write_text('[[person]]\naction = "reject"\nname = "Jung Hae-in"\n', encoding="utf-8")
    apply_review(tmp_path / "queue.toml", tmp_path / "registry")
    text = (tmp_path / "registry" / "rejected.toml").read_text(encoding="utf-8")
    assert text.startswith("# Names a review rejected: not proposed again, and given no page when found in the text.\n")
    assert text.endswith('\n[[person]]\nname = "Jung Hae-in"\n')


def test_an_entry_the_registry_could_not_hold_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    """A title found in a page ("The {Film}", "Love; Death") once went into films.toml as it stood,
    and the next build found the whole registry invalid: no article linked."""
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "films.toml").write_text('[[film]]\ntitle = "Choon"\n', encoding="utf-8")
    (tmp_path / "queue.toml").write_text(QUEUE + '\n[[film]]\naction = "accept"\nid = "the-film"\ntitle = "The {Film}"\n', encoding="utf-8")
    with pytest.raises(ReviewError, match=r"queue\.toml: not applied, the registry would be invalid: .*films\.toml: film 'The \{Film\}': .* holds a character names may not use"):
        apply_review(tmp_path / "queue.toml", registry)
    assert sorted(p.name for p in registry.iterdir()) == ["films.toml"]
    assert (registry / "films.toml").read_text(encoding="utf-8") == '[[film]]\ntitle = "Choon"\n'


@pytest.mark.parametrize(
    ("entry", "problem"),
    [('film = ["Paper Moon"]\n', "film #1 is not a \\[\\[film\\]\\] entry"), ('[[film]]\naction = "accept"\nid = "x"\ntitle = "X"\ntitles = "Y"\n', "titles must be a list of text")],
)
def test_an_entry_of_the_wrong_shape_is_one_error(tmp_path: Path, entry: str, problem: str) -> None:
    (tmp_path / "queue.toml").write_text(entry, encoding="utf-8")
    with pytest.raises(ReviewError, match=problem):
        apply_review(tmp_path / "queue.toml", tmp_path / "registry")


def test_a_queue_saved_with_a_byte_order_mark_is_applied(tmp_path: Path) -> None:
    (tmp_path / "queue.toml").write_text("\ufeff" + QUEUE, encoding="utf-8")
    assert apply_review(tmp_path / "queue.toml", tmp_path / "registry") == {"accept": 2, "merge": 0, "reject": 1}


def test_a_queue_that_is_not_there_is_an_error_not_an_empty_review(tmp_path: Path) -> None:
    """A misspelt file name printed "review: 0 accepted, 0 merged, 0 rejected" and exited 0."""
    with pytest.raises(ReviewError, match=r"proposal\.toml: no such file; give the queue `python -m ingest propose corpus --out FILE` wrote and you edited"):
        apply_review(tmp_path / "proposal.toml", tmp_path / "registry")


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('[[film]]\nid = "x"\ntitle = "X"\n', r"film #1 'X': no action; set action = \"accept\", \"merge\" or \"reject\""),
        ('[[film]]\naction = "merge"\ntitle = "X"\n', r"film #1 'X': a merge needs into = \"id\", the id in films.toml this is another spelling of"),
    ],
)
def test_a_missing_action_or_merge_target_says_what_to_write(tmp_path: Path, entry: str, problem: str) -> None:
    """They read "action None is not one of ..." and "merge into None, which ... does not have"."""
    (tmp_path / "queue.toml").write_text(entry, encoding="utf-8")
    with pytest.raises(ReviewError, match=problem):
        apply_review(tmp_path / "queue.toml", tmp_path / "registry")


def test_a_queue_applied_twice_says_so(tmp_path: Path) -> None:
    (tmp_path / "queue.toml").write_text(QUEUE, encoding="utf-8")
    apply_review(tmp_path / "queue.toml", tmp_path / "registry")
    with pytest.raises(ReviewError, match=r"id 'paper-moon' is already in films.toml \(was this queue applied already\?"):
        apply_review(tmp_path / "queue.toml", tmp_path / "registry")


def test_a_merge_into_a_name_the_queue_merges_too_follows_it(tmp_path: Path) -> None:
    """A curator merged 겨울 정류장 into winter-station; 冬の停留所, suggested into 겨울 정류장, was refused
    with advice to accept 겨울 정류장."""
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "films.toml").write_text('[[film]]\nid = "winter-station"\ntitle = "Winter Station"\n', encoding="utf-8")
    (tmp_path / "queue.toml").write_text(
        '[[film]]\naction = "merge"\ninto = "gyeoul-jeonglyujang"\nid = "dong-no-ting-liu-suo"\ntitle = "冬の停留所"\n\n'
        '[[film]]\naction = "merge"\ninto = "winter-station"\nid = "gyeoul-jeonglyujang"\ntitle = "겨울 정류장"\n',
        encoding="utf-8",
    )
    assert apply_review(tmp_path / "queue.toml", registry)["merge"] == 2
    assert 'titles = ["冬の停留所", "겨울 정류장"]' in (registry / "films.toml").read_text(encoding="utf-8")


def test_merges_into_each_other_are_refused(tmp_path: Path) -> None:
    (tmp_path / "queue.toml").write_text(
        '[[film]]\naction = "merge"\ninto = "b"\nid = "a"\ntitle = "A"\n\n[[film]]\naction = "merge"\ninto = "a"\nid = "b"\ntitle = "B"\n', encoding="utf-8"
    )
    with pytest.raises(ReviewError, match=r"film #1 'A': merge into 'b', which films.toml does not have"):
        apply_review(tmp_path / "queue.toml", tmp_path / "registry")
