"""The registry files a review writes stay easy to read and edit by hand."""

from __future__ import annotations

from pathlib import Path

from people_films.proposals import apply_review

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
