"""A mistake in a registry file is one line naming it, not one line per entry it breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from people_films.names import slugify
from people_films.registry import RegistryError, load_registry, read_registry
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


# --- a build takes what is sound (read_registry) -----------------------------------------


def test_a_wrong_film_id_costs_that_reference_not_the_registry(tmp_path: Path) -> None:
    """One typo ("mickey-17" for "miki-17") once emptied every person's and film's page."""
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Bong Joon-ho"\nfilms = ["mickey-17", "miki-17"]\n', encoding="utf-8")
    (tmp_path / "films.toml").write_text('[[film]]\nid = "miki-17"\ntitle = "Mickey 17"\n', encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert problems == [f"{tmp_path / 'people.toml'}: person 'Bong Joon-ho': unknown film 'mickey-17'"]
    assert registry.people["bong-joon-ho"].films == ("miki-17",)
    assert list(registry.films) == ["miki-17"]


def test_an_unknown_director_is_left_out_of_the_film(tmp_path: Path) -> None:
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Kim Tae-yong"\n', encoding="utf-8")
    (tmp_path / "films.toml").write_text(FILMS.replace('["kim-tae-yong"]', '["kim-tae-young", "kim-tae-yong"]', 1), encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert problems == [f"{tmp_path / 'films.toml'}: film 'Late Autumn': directors names unknown person 'kim-tae-young'"]
    assert registry.films["late-autumn"].directors == ("kim-tae-yong",)


def test_an_unusable_spelling_is_left_out_and_its_entry_kept(tmp_path: Path) -> None:
    (tmp_path / "films.toml").write_text('[[film]]\ntitle = "Late Autumn"\ntitles = ["Late; Autumn", "만추"]\n', encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert len(problems) == 1 and "'Late; Autumn' holds a character names may not use" in problems[0]
    assert registry.films["late-autumn"].spellings == ("만추",)


def test_an_entry_whose_own_name_is_unusable_is_left_out(tmp_path: Path) -> None:
    (tmp_path / "films.toml").write_text('[[film]]\ntitle = "Love; Death"\n\n[[film]]\ntitle = "Late Autumn"\n', encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert list(registry.films) == ["late-autumn"] and len(problems) == 1


def test_a_spelling_claimed_twice_stays_with_the_first_entry(tmp_path: Path) -> None:
    (tmp_path / "people.toml").write_text(
        '[[person]]\nname = "Kim Dae-sik"\n\n[[person]]\nname = "Lee Min"\nspellings = ["Daesik Kim", "Minnie Lee"]\n', encoding="utf-8"
    )
    registry, problems = read_registry(tmp_path)
    assert [p.split(": ", 1)[1] for p in problems] == ["person 'Lee Min': spelling 'Daesik Kim' is also claimed by person 'kim-dae-sik' (as 'Kim Dae-sik')"]
    assert registry.lookup("person", "Daesik Kim").id == "kim-dae-sik"
    assert registry.people["lee-min"].spellings == ("Minnie Lee",)


def test_a_spelling_that_is_another_entrys_own_name_costs_the_spelling_not_the_other_entry(tmp_path: Path) -> None:
    """A curator's slip ("Park Jiwoo" filed under Park Hae-il) once removed Park Ji-woo's page
    and linked his every mention to Park Hae-il."""
    (tmp_path / "people.toml").write_text(
        '[[person]]\nname = "Park Hae-il"\nspellings = ["Park Jiwoo", "Park Haeil"]\n\n[[person]]\nname = "Park Ji-woo"\n', encoding="utf-8"
    )
    registry, problems = read_registry(tmp_path)
    assert [p.split(": ", 1)[1] for p in problems] == [
        "person 'Park Hae-il': spelling 'Park Jiwoo' is also claimed by person 'park-ji-woo' (as 'Park Ji-woo')"
    ]
    assert registry.lookup("person", "Park Jiwoo").id == "park-ji-woo"
    assert registry.people["park-hae-il"].spellings == ("Park Haeil",)


def test_a_very_long_name_gets_an_id_the_file_system_takes(tmp_path: Path) -> None:
    """A person's id names their page's file: a name of 30 words made one of 389 characters, over the
    255 bytes a file name may have, and the whole site build stopped with a traceback."""
    name = " ".join(["Verylongname"] * 30)
    (tmp_path / "people.toml").write_text(f'[[person]]\nname = "{name}"\n', encoding="utf-8")
    [person] = load_registry(tmp_path).people.values()
    assert person.id == "-".join(["verylongname"] * 6)


def test_an_id_too_long_for_a_file_name_is_one_problem(tmp_path: Path) -> None:
    long_id = "-".join(["verylongname"] * 30)
    (tmp_path / "people.toml").write_text(f'[[person]]\nid = "{long_id}"\nname = "Kim Tae-yong"\n', encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert registry.people == {}
    assert problems == [
        f"{tmp_path / 'people.toml'}: person 'Kim Tae-yong': id {long_id!r} must be lower-case letters, digits and hyphens, at most 100 characters"
    ]


def test_only_the_opening_of_a_very_long_name_is_romanised_for_its_id() -> None:
    """The id keeps 80 characters at most; a hand-written name of 100 000 was romanised whole."""
    assert slugify("Kim Tae-yong " * 100_000) == slugify("Kim Tae-yong " * 7) == "kim-tae-yong-" * 5 + "kim-tae-yong"


@pytest.mark.parametrize("entry", ['id = "index"\nname = "Kim Tae-yong"', 'name = "Index"'])
def test_an_entry_whose_id_is_its_folders_own_page_is_one_problem(tmp_path: Path, entry: str) -> None:
    """people/index.html is what a browser shows for the address people/: no person's page is meant to be it."""
    (tmp_path / "people.toml").write_text(f"[[person]]\n{entry}\n", encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert registry.people == {}
    assert len(problems) == 1 and "id 'index' is the folder's own page (index.html); give the entry another id" in problems[0]


def test_a_former_id_that_is_its_folders_own_page_is_one_problem_and_makes_no_redirect(tmp_path: Path) -> None:
    """A redirect written at people/index.html would send the People listing's address to one person."""
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Kim Ji-woo"\nmoved_from = ["index", "kim-jiwoo"]\n', encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert registry.people["kim-ji-woo"].moved_from == ("kim-jiwoo",)
    assert len(problems) == 1 and "moved_from 'index' is the folder's own page" in problems[0]


REMAKE = (
    '[[film]]\ntitle = "Winter Orchard"\ntitles = ["겨울 과수원"]\nyear = 2012\n\n'
    '[[film]]\nid = "winter-orchard-1971"\ntitle = "Winter Orchard"\ntitles = ["겨울 과수원"]\nyear = 1971\n'
)


def test_films_of_one_title_and_different_years_are_both_registered(tmp_path: Path) -> None:
    # A remake keeps its original's title; the year tells the two apart.
    (tmp_path / "films.toml").write_text(REMAKE, encoding="utf-8")
    registry = load_registry(tmp_path)
    assert sorted(registry.films) == ["winter-orchard", "winter-orchard-1971"]
    assert registry.films["winter-orchard-1971"].spellings == ("겨울 과수원",)
    assert registry.film_of_year("Winter Orchard", 1971) == "winter-orchard-1971"
    assert registry.film_of_year("겨울 과수원", 2012) == "winter-orchard"
    assert registry.lookup("film", "Winter Orchard").id == "winter-orchard"  # no year said: the most recent


def test_films_of_one_title_without_years_to_tell_them_apart_still_conflict(tmp_path: Path) -> None:
    (tmp_path / "films.toml").write_text(REMAKE.replace("year = 1971\n", ""), encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert list(registry.films) == ["winter-orchard"]
    assert any("spelling 'Winter Orchard' is also claimed by film 'winter-orchard'" in line for line in problems)


def test_a_spelling_both_a_person_and_a_film_is_one_note_and_no_problem(tmp_path: Path) -> None:
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Nora Field"\n', encoding="utf-8")
    (tmp_path / "films.toml").write_text('[[film]]\ntitle = "Nora Field"\nyear = 2003\n', encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert problems == []
    [note] = registry.notes
    assert note.startswith(f"{tmp_path / 'films.toml'}: film 'Nora Field': 'Nora Field' is also person 'nora-field';")


def test_an_entry_that_is_not_toml_costs_that_entry_not_the_file(tmp_path: Path) -> None:
    # A key written twice in one entry (an id added above the old one) breaks TOML; the README
    # promises a registry mistake costs only its entry.
    (tmp_path / "people.toml").write_text(
        '# people\n[[person]]\nname = "Oh Min-su"\n\n[[person]]\nid = "nora-field"\nid = "nora-field-2"\nname = "Nora Field"\n\n'
        '[[person]]\nname = "Ha Ji-won"\n',
        encoding="utf-8",
    )
    registry, problems = read_registry(tmp_path)
    assert list(registry.people) == ["oh-min-su", "ha-ji-won"]
    assert problems == [f"{tmp_path / 'people.toml'}: person #2 (line 5): not valid TOML: Cannot overwrite a value (at line 7, column 20)"]


def test_an_entry_header_written_with_spaces_inside_its_brackets_is_an_entry_of_its_own(tmp_path: Path) -> None:
    # "[[ person ]]" is valid TOML: read on its own, it was read with the entry above it, and that
    # entry's line named "too many values to unpack (expected 1)".
    (tmp_path / "people.toml").write_text(
        '[[person]]\nname = "Oh Min-su"\n\n[[person]]\nid = "a"\nid = "b"\nname = "Nora Field"\n\n[[ person ]]\nname = "Ha Ji-won"\n',
        encoding="utf-8",
    )
    registry, problems = read_registry(tmp_path)
    assert list(registry.people) == ["oh-min-su", "ha-ji-won"]
    assert problems == [f"{tmp_path / 'people.toml'}: person #2 (line 4): not valid TOML: Cannot overwrite a value (at line 6, column 9)"]


def test_a_stray_table_is_reported_when_a_broken_entry_makes_the_file_read_entry_by_entry(tmp_path: Path) -> None:
    # The whole file's reading reports a table other than [[person]]; reading entry by entry must too.
    (tmp_path / "people.toml").write_text(
        '[[person]]\nname = "Oh Min-su"\n\n[films]\ntitle = "Nora Field"\n\n[[person]]\nid = "a"\nid = "b"\nname = "Nora Field"\n',
        encoding="utf-8",
    )
    registry, problems = read_registry(tmp_path)
    assert list(registry.people) == ["oh-min-su"]
    assert f"{tmp_path / 'people.toml'}: unknown table(s) films; only [[person]] entries belong here" in problems


@pytest.mark.parametrize("quotes", ['"""', "'''"])
def test_an_entry_header_inside_a_multi_line_string_is_the_strings_text(tmp_path: Path, quotes: str) -> None:
    # Read entry by entry (another entry is broken), the file was split at the "[[person]]" inside
    # Oh Min-su's string: his entry was lost, and the string's lines became a person of their own
    # who took Nora Field's spelling and id.
    hidden = '[[person]]\nname = "Mallory Grimshaw"\nid = "nora-field"\nspellings = ["Nora Field"]\n#'
    (tmp_path / "people.toml").write_text(
        f'[[person]]\nname = "Oh Min-su"\nnote = {quotes}\n{hidden}{quotes}\n\n[[person]]\nid = "a"\nid = "b"\nname = "Ha Ji-won"\n',
        encoding="utf-8",
    )
    registry, problems = read_registry(tmp_path)
    assert list(registry.people) == ["oh-min-su"]
    assert f"{tmp_path / 'people.toml'}: person #2 (line 10): not valid TOML: Cannot overwrite a value (at line 12, column 9)" in problems


def test_after_an_entry_whose_string_is_never_closed_no_entry_is_read(tmp_path: Path) -> None:
    # Oh Min-su's string is never closed: every later string was paired wrongly, and a header hidden
    # in Ha Ji-won's string was read as an entry taking Nora Field's id and spelling.
    hidden = '[[person]]\nname = "Mallory Grimshaw"\nid = "nora-field"\nspellings = ["Nora Field"]\n#"""'
    (tmp_path / "people.toml").write_text(
        '[[person]]\nname = "Kim Tae-yong"\n\n'
        '[[person]]\nname = "Oh Min-su"\nnote = """a slip, never closed\n\n'
        '[[person]]\nname = "Lee Na-ra"\nnote = """fine"""\n\n'
        f'[[person]]\nname = "Ha Ji-won"\nnote = """\n{hidden}\n',
        encoding="utf-8",
    )
    registry, problems = read_registry(tmp_path)
    assert list(registry.people) == ["kim-tae-yong"]
    assert f"{tmp_path / 'people.toml'}: the person entries after #2 are not read (its strings may be unclosed); mend it first" in problems
