"""Loading and validating the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from people_films.registry import RegistryError, load_registry

ROOT = Path(__file__).resolve().parent.parent


def write(folder: Path, people: str, films: str = "") -> Path:
    (folder / "people.toml").write_text(people, encoding="utf-8")
    (folder / "films.toml").write_text(films, encoding="utf-8")
    return folder


def test_the_project_registry_is_valid_and_covers_the_seed_films():
    registry = load_registry(ROOT / "registry")
    assert {"run-to-the-west", "late-autumn", "family-ties", "choon"} <= set(registry.films)
    assert registry.lookup("film", "Middle World").id == "run-to-the-west"


def test_a_spelling_claimed_by_two_people_is_an_error(tmp_path):
    folder = write(tmp_path, '[[person]]\nname = "Kim Dae-sik"\n\n[[person]]\nname = "Lee Min"\nspellings = ["Daesik Kim"]\n')
    with pytest.raises(RegistryError, match=r"people\.toml: person 'Lee Min': spelling 'Daesik Kim' is also claimed by person 'kim-dae-sik'"):
        load_registry(folder)


def test_a_reference_to_an_unknown_person_is_an_error(tmp_path):
    folder = write(tmp_path, "", '[[film]]\ntitle = "Late Autumn"\ndirectors = ["kim-tae-yong"]\n')
    with pytest.raises(RegistryError, match=r"film 'Late Autumn': directors names unknown person 'kim-tae-yong'"):
        load_registry(folder)


def test_index_syntax_in_a_name_is_an_error(tmp_path):
    folder = write(tmp_path, '[[person]]\nname = "Kim; single: x"\n')
    with pytest.raises(RegistryError, match="may not use"):
        load_registry(folder)


def test_unknown_keys_are_reported_with_the_entry(tmp_path):
    folder = write(tmp_path, '[[person]]\nname = "Kim Dae-sik"\nrole = ["professor"]\n')
    with pytest.raises(RegistryError, match=r"person #1: unknown key\(s\) role"):
        load_registry(folder)


def test_an_entry_without_an_id_in_kanji_alone_keeps_the_id_it_always_had(tmp_path):
    # The registry states no language: its ids made from names do not move when a page's language romanises
    # a detected name in kanji as Japanese (people_films.names.slugify); an id once published keeps its address.
    registry = load_registry(write(tmp_path, '[[person]]\nname = "森下晴美"\n'))
    assert list(registry.people) == ["senxiaqingmei"]
