"""archive.entities.facts: an entity page's digest changes with what the page shows, and only then."""

from __future__ import annotations

from dataclasses import replace

from archive.entities.facts import Facts
from people_films.registry import Entity, Registry

DIRECTOR = Entity("person", "kim-tae-yong", "Kim Tae-yong", roles=("director",))
CRITIC = Entity("person", "lee-soo-jin", "Lee Soo-jin", roles=("critic",))
FILM = Entity("film", "the-silent-river", "The Silent River", year=2024, directors=("kim-tae-yong",))


def _registry(*entities: Entity) -> Registry:
    return Registry({e.id: e for e in entities if e.kind == "person"}, {e.id: e for e in entities if e.kind == "film"})


def test_a_page_digest_is_the_same_when_an_unrelated_entity_changes() -> None:
    before = Facts(_registry(DIRECTOR, CRITIC, FILM))
    after = Facts(_registry(DIRECTOR, replace(CRITIC, roles=("critic", "writer")), FILM))
    assert before.of("person", "kim-tae-yong") == after.of("person", "kim-tae-yong")
    assert before.of("film", "the-silent-river") == after.of("film", "the-silent-river")
    assert before.of("person", "lee-soo-jin") != after.of("person", "lee-soo-jin")


def test_a_person_page_digest_changes_with_a_film_that_names_them() -> None:
    # Kim's page lists the film, which names Kim as its director: the film's year is on Kim's page.
    before = Facts(_registry(DIRECTOR, FILM))
    after = Facts(_registry(DIRECTOR, replace(FILM, year=2025)))
    assert before.of("person", "kim-tae-yong") != after.of("person", "kim-tae-yong")


def test_a_film_page_digest_changes_with_a_person_it_names() -> None:
    before = Facts(_registry(DIRECTOR, FILM))
    after = Facts(_registry(replace(DIRECTOR, name="Kim Tae-young"), FILM))
    assert before.of("film", "the-silent-river") != after.of("film", "the-silent-river")


def test_an_entity_no_longer_registered_has_no_digest() -> None:
    assert Facts(_registry(FILM)).of("person", "kim-tae-yong") is None
