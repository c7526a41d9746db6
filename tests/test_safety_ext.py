"""archive.safety's pure parts: which pages are untrusted, and front-matter cleaning."""

from __future__ import annotations

import pytest
import yaml

from archive.safety import DEFAULT_UNTRUSTED, allowed_front_matter, is_untrusted


@pytest.mark.parametrize(
    ("docname", "untrusted"),
    [
        ("articles/choon-an-interview-ec1ded2d", True),
        ("articles/index", False),
        ("people/kim-tae-yong", True),
        ("people/index", False),
        ("films/choon", True),
        ("index", False),
        ("about", False),
    ],
)
def test_untrusted_pages_are_the_generated_ones(docname: str, untrusted: bool) -> None:
    assert is_untrusted(docname, DEFAULT_UNTRUSTED) is untrusted


def test_front_matter_keeps_only_allowed_keys() -> None:
    source = "---\ntitle: T\nmyst:\n  enable_extensions: [substitution]\nhtml_meta: {x: y}\n---\n\n# T\n"
    cleaned = allowed_front_matter(source)
    assert cleaned is not None
    head, body = cleaned.split("---\n")[1], cleaned.split("---\n", 2)[2]
    assert yaml.safe_load(head) == {"title": "T"}
    assert body == "\n# T\n"


@pytest.mark.parametrize("source", ["---\ntitle: T\n---\n# T\n", "# T\n", "---\n: [broken\n---\n"])
def test_front_matter_needing_no_change_is_left_alone(source: str) -> None:
    assert allowed_front_matter(source) is None
