"""A mistake in a registry file is one line naming it, not one line per entry it breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from people_films.registry import RegistryError, load_registry
from people_films.review import load_rejected

FILMS = '[[film]]\ntitle = "Late Autumn"\ndirectors = ["kim-tae-yong"]\n\n[[film]]\ntitle = "Family Ties"\ndirectors = ["kim-tae-yong"]\n'


def test_a_people_file_that_is_not_toml_is_one_line_not_one_per_film_naming_its_people(tmp_path: Path) -> None:
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Kim Tae-yong\n', encoding="utf-8")  # the quote is never closed
    (tmp_path / "films.toml").write_text(FILMS, encoding="utf-8")
    with pytest.raises(RegistryError) as raised:
        load_registry(tmp_path)
    [line] = str(raised.value).splitlines()
    assert line.startswith(f"{tmp_path / 'people.toml'}: not valid TOML")


def test_an_unknown_person_in_a_readable_registry_is_still_reported(tmp_path: Path) -> None:
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Kim Tae-yong"\n', encoding="utf-8")
    (tmp_path / "films.toml").write_text(FILMS.replace('["kim-tae-yong"]', '["kim-tae-young"]', 1), encoding="utf-8")
    with pytest.raises(RegistryError, match="film 'Late Autumn': directors names unknown person 'kim-tae-young'"):
        load_registry(tmp_path)


def test_a_value_where_an_entry_belongs_is_reported_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "people.toml").write_text('person = ["Kim Tae-yong", 7]\n', encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        load_registry(tmp_path)
    assert str(error.value).splitlines() == [
        f"{tmp_path / 'people.toml'}: person #1: 'Kim Tae-yong' is not a [[person]] entry with its keys",
        f"{tmp_path / 'people.toml'}: person #2: 7 is not a [[person]] entry with its keys",
    ]


def test_a_registry_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Windows editors start the file with one; tomllib refused it as 'Invalid statement (at line 1, column 1)'."""
    (tmp_path / "people.toml").write_text('\ufeff[[person]]\nname = "Kim Tae-yong"\n', encoding="utf-8")
    (tmp_path / "rejected.toml").write_text('\ufeff[[person]]\nname = "Jung Hae-in"\n', encoding="utf-8")
    assert load_registry(tmp_path).lookup("person", "Kim Tae-yong")
    assert load_rejected(tmp_path)


def test_a_registry_file_nested_too_deeply_is_one_line(tmp_path: Path) -> None:
    """tomllib reads nesting by recursion: the RecursionError escaped as a traceback."""
    (tmp_path / "people.toml").write_text("person = " + "[" * 2000 + "]" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        load_registry(tmp_path)
    assert str(error.value) == f"{tmp_path / 'people.toml'}: not valid TOML: nested too deeply to read"


def test_titles_with_an_exclamation_mark_or_brackets_are_registered(tmp_path: Path) -> None:
    """"Airplane!" and "[REC]" are real titles; the registry once refused them, and `review`
    then refused a queue that accepted them."""
    (tmp_path / "films.toml").write_text('[[film]]\ntitle = "Airplane!"\n\n[[film]]\ntitle = "[REC]"\ntitles = ["Mother!"]\n', encoding="utf-8")
    registry = load_registry(tmp_path)
    assert [registry.lookup("film", title).id for title in ("Airplane!", "[REC]", "Mother!")] == ["airplane", "rec", "rec"]


def test_a_semicolon_in_a_name_is_refused_since_it_splits_an_index_entry(tmp_path: Path) -> None:
    (tmp_path / "films.toml").write_text('[[film]]\ntitle = "Love; Death"\n', encoding="utf-8")
    with pytest.raises(RegistryError, match=r"film 'Love; Death': 'Love; Death' holds a character names may not use \(; "):
        load_registry(tmp_path)
