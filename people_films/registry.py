"""The curated registry of people and films: load, validate, look up.

``registry/people.toml`` and ``registry/films.toml`` are edited by curators.
Loading checks them and names every problem in one line, the file and the
entry: a spelling claimed by two entities, a reference to an unknown id, a
duplicate id, an unknown key. A build takes what is sound
(:func:`read_registry`); ``review``, which writes the registry, needs it
whole (:func:`load_registry` raises :class:`RegistryError`).
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest import tomltext
from people_films.links import ID, KINDS, MAX_ID_CHARS, RESERVED_IDS  # noqa: F401 (KINDS: re-exported for callers)
from people_films.names import family_name, film_key, person_key, slugify

PEOPLE_FILE = "people.toml"
FILMS_FILE = "films.toml"
FILM_KINDS = ("feature", "short", "series", "documentary")

_PERSON_KEYS = {"id", "name", "spellings", "roles", "films", "family", "moved_from"}
_FILM_KEYS = {"id", "title", "titles", "kind", "year", "directors", "cast", "characters", "moved_from"}
# Characters a name may not hold (nor a name found in the text, people_films.review.gather):
# ";" splits an index entry into entry and
# sub-entry (Sphinx reads "single" entries so, however they are made); the
# others are markup in MyST or HTML and have no place in a name. Titles such as
# "Airplane!" and "[REC]" are real: the entity pages escape their headings and
# build their index entries as nodes, where "!" and brackets are plain text.
FORBIDDEN_IN_NAMES = re.compile(r"[;`<>{}|\\\x00-\x1f]")


class RegistryError(ValueError):
    """The registry is invalid; the message has one line per problem."""


@dataclass(frozen=True)
class Entity:
    kind: str  # "person" or "film"
    id: str
    name: str  # canonical name or title
    spellings: tuple[str, ...] = ()  # other names or titles
    roles: tuple[str, ...] = ()
    films: tuple[str, ...] = ()  # person: film ids
    family: str = ""  # person: family name
    year: int | None = None  # film
    film_kind: str = ""  # film: feature, short, series
    directors: tuple[str, ...] = ()  # film: person ids
    cast: tuple[str, ...] = ()  # film: person ids
    characters: tuple[str, ...] = ()  # film: story characters (not people)
    detected: bool = False  # found in the articles' text, not yet reviewed by a curator
    # Ids whose pages were published before and now redirect to this one: a detected
    # page merged into this entry by `ingest review` (archive.moved writes the redirects).
    moved_from: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.spellings)

    def key(self, name: str) -> tuple[str, ...]:
        return person_key(name) if self.kind == "person" else film_key(name)


@dataclass
class Registry:
    people: dict[str, Entity] = field(default_factory=dict)
    films: dict[str, Entity] = field(default_factory=dict)
    by_key: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)  # (kind, key) -> id
    # A film key several films hold, each of its own year (a remake keeps its original's title):
    # (kind, key) -> their ids; ``by_key`` holds the most recent of them.
    same_title: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = field(default_factory=dict)
    # Lines worth a curator's eye that are no mistake (a spelling both a person's and a film's).
    notes: list[str] = field(default_factory=list)
    # People of one page alone: page -> {person key: id}. A one-word byline ("By Robert") signs its own article;
    # the Roberts of other articles are other people (people_films.review.detected_registry gives each its id).
    page_people: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict)

    def get(self, kind: str, entity_id: str) -> Entity | None:
        return (self.people if kind == "person" else self.films).get(entity_id)

    def lookup(self, kind: str, name: str) -> Entity | None:
        key = person_key(name) if kind == "person" else film_key(name)
        entity_id = self.by_key.get((kind, key))
        return self.get(kind, entity_id) if entity_id else None

    def film_of_year(self, title: str, year: int) -> str | None:
        """The id of the film registered under ``title`` and released in ``year``; ``None`` when
        no film of that title has that year. The year beside a title ("Late Autumn (1966)")
        tells a remake from its original, which keep one title."""
        key = ("film", film_key(title))
        ids = self.same_title.get(key) or ((self.by_key[key],) if key in self.by_key else ())
        return next((i for i in ids if self.films[i].year == year), None)

    def all(self) -> list[Entity]:
        return [*self.people.values(), *self.films.values()]

    def films_of(self, person_id: str) -> list[Entity]:
        """A person's films: those they list, and those listing them as director or cast."""
        person = self.people[person_id]
        ids = dict.fromkeys(person.films)
        for film in self.films.values():
            if person_id in film.directors or person_id in film.cast:
                ids.setdefault(film.id)
        return [self.films[i] for i in ids if i in self.films]

    def people_of(self, film_id: str) -> list[tuple[Entity, str]]:
        """(person, role) for a film's directors, cast and people who list it."""
        film = self.films[film_id]
        found: dict[str, str] = {}
        for person_id in film.directors:
            found.setdefault(person_id, "director")
        for person_id in film.cast:
            found.setdefault(person_id, "cast")
        for person in self.people.values():
            if film_id in person.films:
                found.setdefault(person.id, person.roles[0] if person.roles else "")
        return [(self.people[i], role) for i, role in found.items() if i in self.people]

    def characters(self) -> set[tuple[str, ...]]:
        """Person keys of every story character: never people."""
        return {person_key(name) for film in self.films.values() for name in film.characters}


def _strings(value: object, where: str, name: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: {name} must be a list of non-empty strings")
        return ()
    return tuple(v.strip() for v in value)


def _entries(path: Path, table: str, problems: list[str]) -> list[dict]:
    try:
        text = path.read_text(encoding="utf-8")
        data = tomltext.loads(text)
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path}: cannot be read: {error}")
        return []
    except tomllib.TOMLDecodeError as error:
        if entries := _entries_one_by_one(text, path, table, problems):
            return entries
        problems.append(f"{path}: not valid TOML: {error}")
        return []
    _report_stray_tables(set(data) - {table}, path, table, problems)
    entries = data.get(table, [])
    if not isinstance(entries, list):
        problems.append(f"{path}: {table} must be written as [[{table}]] entries")
        return []
    return entries


# What TOML reads as a string or a comment, scanned from the file's start so that quotes in a comment
# or in a one-line string open nothing: multi-line basic strings (backslash escapes; the closing
# quotes may be followed by up to two more, which belong to the text), multi-line literal strings,
# one-line strings, comments (TOML 1.0, "String").
_TOML_STRING_OR_COMMENT = re.compile(
    r'"""(?:\\.|[^\\])*?"{3,5}|\'\'\'.*?\'{3,5}|"(?:\\.|[^"\\\n])*"|\'[^\'\n]*\'|#[^\n]*', re.DOTALL
)


def _entries_one_by_one(text: str, path: Path, table: str, problems: list[str]) -> list[dict]:
    """The ``[[table]]`` entries of a file that is not TOML as a whole, each read on its own, so
    that a broken one (a key written twice) costs that entry, with one line naming it and its
    line; none (and no line) when the file's opening or every entry is broken: the file's one
    line then says it all. Each entry is read at its own line numbers, which its error names.
    After a broken entry whose strings may be unclosed (it holds header lines taken for a string's
    text), no entry is read: every later string may be paired wrongly (one line says so)."""
    # TOML allows spaces inside the brackets of a header ("[[ person ]]"). A header-like line inside
    # a multi-line string is the string's text: split there, the entry holding it was lost and the
    # string's lines read as an entry of their own, which could claim another person's spelling.
    in_strings = [m.span() for m in _TOML_STRING_OR_COMMENT.finditer(text) if m.group().startswith(('"""', "'''"))]
    ends = [end for _begin, end in in_strings]
    starts, in_string_headers = [], []
    for m in re.finditer(rf"^[ \t]*\[\[[ \t]*{table}[ \t]*\]\][ \t]*(?:#.*)?$", text, flags=re.MULTILINE):
        inside = bisect.bisect_right(ends, m.start())  # the first string ending after the header's start
        if inside == len(in_strings) or in_strings[inside][0] > m.start():
            starts.append(m.start())
        else:
            in_string_headers.append(m.start())
    if not starts:
        return []
    broken: list[str] = []
    entries: list[dict] = []
    stray: set[str] = set()  # tables other than the file's, reported as the whole file's reading reports them
    line, counted = 1, 0  # the line of each entry's header, counted on from the last (one pass over the text)
    for number, (start, end) in enumerate(zip(starts, [*starts[1:], len(text)], strict=True), start=1):
        line, counted = line + text.count("\n", counted, start), start
        try:
            data = tomltext.loads("\n" * (line - 1) + text[start:end])
        except tomllib.TOMLDecodeError as error:
            broken.append(f"{path}: {table} #{number} (line {line}): not valid TOML: {error}")
            if any(start < header < end for header in in_string_headers):
                # A broken entry holding header lines taken for a string's text: its quotes may be
                # unclosed, and every string after it paired wrongly, a header hidden in a later
                # string then read as an entry. What follows it cannot be trusted.
                broken.append(f"{path}: the {table} entries after #{number} are not read (its strings may be unclosed); mend it first")
                break
            continue
        stray |= set(data) - {table}
        entries += data.get(table, [])
    try:
        stray |= set(tomltext.loads(text[: starts[0]])) - {table}
    except tomllib.TOMLDecodeError:
        return []
    if entries:
        problems += broken
        _report_stray_tables(stray, path, table, problems)
    return entries


def _report_stray_tables(stray: set[str], path: Path, table: str, problems: list[str]) -> None:
    """One line for the tables of a registry file other than its ``[[table]]`` entries, when there are any."""
    if stray:
        problems.append(f"{path}: unknown table(s) {', '.join(sorted(stray))}; only [[{table}]] entries belong here")


def _checked_name(entry: dict, allowed: set[str], key: str, where: str, problems: list[str]) -> str | None:
    """The entry's name under ``key``, stripped; ``None`` (with a problem) when it is missing.

    Unknown keys are reported too, since a misspelt key would silently lose its value.
    """
    unknown = set(entry) - allowed
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    name = entry.get(key)
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}: {key} is missing")
        return None
    return name.strip()


def _person(entry: dict, where: str, problems: list[str]) -> Entity | None:
    name = _checked_name(entry, _PERSON_KEYS, "name", where, problems)
    if name is None:
        return None
    spellings = _strings(entry.get("spellings"), where, "spellings", problems)
    return Entity(
        kind="person",
        id=str(entry.get("id") or slugify(name)),
        name=name,
        spellings=spellings,
        roles=_strings(entry.get("roles"), where, "roles", problems),
        films=_strings(entry.get("films"), where, "films", problems),
        family=str(entry.get("family") or family_name(name)),
        moved_from=_former_ids(entry, where, problems),
    )


def _film(entry: dict, where: str, problems: list[str]) -> Entity | None:
    title = _checked_name(entry, _FILM_KEYS, "title", where, problems)
    if title is None:
        return None
    year = entry.get("year")
    if year is not None and not (isinstance(year, int) and 1870 <= year <= 2100):
        problems.append(f"{where}: year must be a number such as 2010")
        year = None
    kind = entry.get("kind", "")  # unknown until a curator says: a page shows no invented default
    if kind and kind not in FILM_KINDS:
        problems.append(f"{where}: kind must be one of {', '.join(FILM_KINDS)}")
    return Entity(
        kind="film",
        id=str(entry.get("id") or slugify(title)),
        name=title,
        spellings=_strings(entry.get("titles"), where, "titles", problems),
        film_kind=str(kind),
        year=year,
        directors=_strings(entry.get("directors"), where, "directors", problems),
        cast=_strings(entry.get("cast"), where, "cast", problems),
        characters=_strings(entry.get("characters"), where, "characters", problems),
        moved_from=_former_ids(entry, where, problems),
    )


def _former_ids(entry: dict, where: str, problems: list[str]) -> tuple[str, ...]:
    """The entry's ``moved_from`` ids; one that is not an id (a slug) is left out, its problem said:
    it names the file a redirect page is written to."""
    ids = _strings(entry.get("moved_from"), where, "moved_from", problems)
    for bad in (i for i in ids if not ID.match(i)):
        problems.append(f"{where}: moved_from {bad!r} must be an id, lower-case letters, digits and hyphens, at most {MAX_ID_CHARS} characters")
    for bad in (i for i in ids if i in RESERVED_IDS):
        problems.append(f"{where}: moved_from {bad!r} is the folder's own page (index.html), which no redirect may take")
    return tuple(i for i in ids if ID.match(i) and i not in RESERVED_IDS)


def load_registry(folder: Path) -> Registry:
    """Read and check ``people.toml`` and ``films.toml`` in ``folder``; RegistryError (one line per
    problem) when anything is wrong. What changes the registry (``review``) needs it whole."""
    registry, problems = read_registry(folder)
    if problems:
        raise RegistryError("\n".join(problems))
    return registry


def read_registry(folder: Path) -> tuple[Registry, list[str]]:
    """``people.toml`` and ``films.toml`` in ``folder`` -> (every entry that is sound, one line per
    problem). What a build needs: a wrong film id in one person's entry costs that reference, not
    every person's and film's page; an entry without a usable name or id, or a spelling that is
    unusable or claimed by another entry, is left out; a file that cannot be read at all gives none."""
    problems: list[str] = []
    registry = Registry()
    claimed: dict[tuple[str, tuple[str, ...]], tuple[str, str]] = {}  # key -> (id, spelling)
    entries_read: dict[str, Entity] = {}  # id -> entry, whose year tells films of one title apart
    unreadable = False  # a file the ingest could not read: its one line is the whole story
    for filename, table, make, store in (
        (PEOPLE_FILE, "person", _person, registry.people),
        (FILMS_FILE, "film", _film, registry.films),
    ):
        path = folder / filename
        before = len(problems)
        entries = _entries(path, table, problems)
        unreadable |= len(problems) > before and not entries
        sound: list[tuple[Entity, str, list[tuple[str, tuple[str, tuple[str, ...]]]]]] = []
        for number, entry in enumerate(entries, start=1):
            where = f"{path}: {table} #{number}"
            if not isinstance(entry, dict):  # person = ["Kim"]: a value, not an entry
                problems.append(f"{where}: {entry!r} is not a [[{table}]] entry with its keys")
                continue
            entity = make(entry, where, problems)
            if entity is None:
                continue
            where = f"{path}: {table} {entity.name!r}"
            if not ID.match(entity.id):
                problems.append(f"{where}: id {entity.id!r} must be lower-case letters, digits and hyphens, at most {MAX_ID_CHARS} characters")
                continue
            if entity.id in RESERVED_IDS:
                problems.append(f"{where}: id {entity.id!r} is the folder's own page (index.html); give the entry another id")
                continue
            if entity.id in store or any(entity.id == other.id for other, _where, _names in sound):
                problems.append(f"{where}: id {entity.id!r} is used twice")
                continue
            names = _written_names(entity, table, where, problems)
            if not names or names[0][0] != entity.name:
                continue  # its own name is unusable: the entry is left out, its problem said
            sound.append((entity, where, names))
        # Every entry's own name is claimed before any other spelling, so that a
        # spelling written into the wrong entry ("Park Jiwoo" under Park Hae-il)
        # costs that spelling, never the person whose name it is.
        kept: list[tuple[Entity, list[tuple[str, tuple[str, tuple[str, ...]]]]]] = []
        entries_read.update((entity.id, entity) for entity, _where, _names in sound)
        for entity, where, names in sound:
            if not _claim(claimed, entity, names[0], where, problems, registry.same_title, entries_read):
                continue
            kept.append((entity, names))
        for entity, names in kept:
            where = f"{path}: {table} {entity.name!r}"
            usable = [names[0], *(name for name in names[1:] if _claim(claimed, entity, name, where, problems, registry.same_title, entries_read))]
            for _spelling, key in usable:
                registry.by_key.setdefault(key, entity.id)
            store[entity.id] = replace(entity, spellings=tuple(spelling for spelling, _key in usable[1:]))
    for key, ids in registry.same_title.items():  # a title said without its year: the most recent film of it
        registry.by_key[key] = max(ids, key=lambda i: registry.films[i].year or 0)
    registry.notes += _shared_with_a_person(registry, folder)
    if not unreadable:  # otherwise every film naming a person of the broken file would be one more line about it
        _check_references(registry, folder, problems)
    return registry, problems


def _written_names(entity: Entity, table: str, where: str, problems: list[str]) -> list[tuple[str, tuple[str, tuple[str, ...]]]]:
    """``entity``'s name and spellings with their lookup keys, each unusable one left out with its problem said."""
    names = []
    for spelling in entity.names:
        if FORBIDDEN_IN_NAMES.search(spelling):
            problems.append(f"{where}: {spelling!r} holds a character names may not use (; ` < > {{ }} | \\)")
            continue
        key = (table, entity.key(spelling))
        if not key[1]:
            problems.append(f"{where}: {spelling!r} has no letters")
            continue
        names.append((spelling, key))
    return names


def _claim(
    claimed: dict,
    entity: Entity,
    name: tuple[str, tuple[str, tuple[str, ...]]],
    where: str,
    problems: list[str],
    same_title: dict[tuple[str, tuple[str, ...]], tuple[str, ...]],
    entries: dict[str, Entity],
) -> bool:
    """Give ``name``'s key to ``entity`` unless another entry holds it (then say so); whether it did.

    Films of one title share it when each has a year of its own (a remake and its original),
    noted in ``same_title``; ``entries`` holds the entries read so far, by id."""
    spelling, key = name
    owner = claimed.setdefault(key, (entity.id, spelling))
    sharers = same_title.get(key, (owner[0],))
    if owner[0] == entity.id or entity.id in sharers:
        return True
    if _years_tell_apart(entity, [entries.get(i) for i in sharers]):
        same_title[key] = (*sharers, entity.id)
        return True
    problems.append(f"{where}: spelling {spelling!r} is also claimed by {key[0]} {owner[0]!r} (as {owner[1]!r})")
    return False


def _shared_with_a_person(registry: Registry, folder: Path) -> list[str]:
    """One line per film spelling a person also holds ("Ed Wood"): no mistake, but worth knowing."""
    lines = []
    for film in registry.films.values():
        for title in film.names:
            if person := registry.lookup("person", title):
                lines.append(
                    f"{folder / FILMS_FILE}: film {film.name!r}: {title!r} is also person {person.id!r}; a mention in italics, "
                    "quotes or title marks, with its year after it or after a possessive (\"Tim Burton's Ed Wood\") is the film, any other the person"
                )
    return lines


def _years_tell_apart(film: Entity, others: list[Entity | None]) -> bool:
    """Whether ``film`` and every film in ``others`` has a year, ``film``'s its own."""
    return film.kind == "film" and film.year is not None and all(o is not None and o.year not in (None, film.year) for o in others)


def _check_references(registry: Registry, folder: Path, problems: list[str]) -> None:
    """Say which ids name no entry, and leave those references out (of ``registry``, in place)."""
    for person in list(registry.people.values()):
        unknown = [film_id for film_id in person.films if film_id not in registry.films]
        for film_id in unknown:
            problems.append(f"{folder / PEOPLE_FILE}: person {person.name!r}: unknown film {film_id!r}")
        if unknown:
            registry.people[person.id] = replace(person, films=tuple(f for f in person.films if f not in unknown))
    for film in list(registry.films.values()):
        kept = {}
        for role, ids in (("directors", film.directors), ("cast", film.cast)):
            for person_id in ids:
                if person_id not in registry.people:
                    problems.append(f"{folder / FILMS_FILE}: film {film.name!r}: {role} names unknown person {person_id!r}")
            kept[role] = tuple(person_id for person_id in ids if person_id in registry.people)
        if kept != {"directors": film.directors, "cast": film.cast}:
            registry.films[film.id] = replace(film, **kept)
