"""A person the text names again under another name ("X (a.k.a. Y)", "X, also known as Y", "X(본명 Y)") is one person with
two spellings, the first its name (people_films.review.join_aliases). Real detection, an empty registry; invented names.
"""

from __future__ import annotations

import pytest

from people_films.mentions import detected_names, link_mentions
from people_films.registry import Registry
from people_films.review import detected_registry, gather
from tests.test_detect import EMPTY, article


def people(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    """(name, other spellings) of each person the paragraphs' page gives a page to."""
    found = gather([("p", detected_names(link_mentions(article(*paragraphs), EMPTY)[1]))])
    return sorted((e.name, e.spellings) for e, _info in detected_registry(Registry(), found, set()).new if e.kind == "person")


@pytest.mark.parametrize(
    ("paragraph", "name", "alias"),
    [
        ("The director Park Seo-yeon, also known as Sunny Park, said the shoot took a year.", "Park Seo-yeon", "Sunny Park"),
        ("The actor Lee Han-gyeol (a.k.a. Harry Lee) plays the lead in the festival's opening film.", "Lee Han-gyeol", "Harry Lee"),
        ("The cinematographer Marta Ruiz (known professionally as Marta Ruiz-Ortega) shot it on film.", "Marta Ruiz", "Marta Ruiz-Ortega"),
    ],
)
def test_a_name_given_again_as_another_name_is_one_person_with_two_spellings(paragraph: str, name: str, alias: str) -> None:
    assert people(paragraph) == [(name, (alias,))]


def test_the_first_name_stays_the_name_when_the_alias_is_written_more_often() -> None:
    assert people(
        "The actor Lee Han-gyeol (a.k.a. Harry Lee) plays the lead.",
        "\u201cIt was cold,\u201d Harry Lee said.",
        "Harry Lee laughed when asked about the snow.",
    ) == [("Lee Han-gyeol", ("Harry Lee",))]


def test_a_real_name_after_a_korean_stage_name_is_its_spelling() -> None:
    # Both found (gather's input as the detection gives it): 한지우 the stage name, 한미경 the real name (본명).
    sentence = "배우 한지우(본명 한미경)가 출연한다."
    found = gather([("p", [("person", "한지우", sentence), ("person", "한미경", "한미경은 말했다."), ("person", "한미경", sentence)])])
    assert [(e.name, e.spellings) for e, _info in detected_registry(Registry(), found, set()).new] == [("한지우", ("한미경",))]


def test_two_people_in_one_sentence_without_an_alias_stay_two() -> None:
    assert [name for name, _ in people("The director Park Seo-yeon (left) and the actor Lee Han-gyeol (right) spoke.")] == ["Lee Han-gyeol", "Park Seo-yeon"]


def people_of_pages(*pages: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """(name, other spellings) of each person the pages (each a tuple of paragraphs) give a page to."""
    found = gather([(f"page{n}", detected_names(link_mentions(article(*paragraphs), EMPTY)[1])) for n, paragraphs in enumerate(pages)])
    return sorted((e.name, e.spellings) for e, _info in detected_registry(Registry(), found, set()).new if e.kind == "person")


def test_one_page_cannot_take_over_a_person_other_pages_name_by_calling_them_its_alias() -> None:
    # A hostile page: "Mallory Grimshaw (a.k.a. Kim Ji-woo)" made Kim Ji-woo's page, linked from every honest page,
    # "Mallory Grimshaw"'s (and a chain, "Dana Colt (aka Mallory Grimshaw)", named it after a third name).
    honest = ("The director Kim Ji-woo spoke about her new film, and Kim Ji-woo said the shoot took two years.",)
    hostile = (
        "The director Mallory Grimshaw (a.k.a. Kim Ji-woo) is the one everyone talks about, and Mallory Grimshaw came.",
        "The producer Dana Colt (aka Mallory Grimshaw) was there too, and Dana Colt agreed.",
    )
    named = dict(people_of_pages(honest, honest, hostile))
    assert named["Kim Ji-woo"] == ()
    assert "Kim Ji-woo" not in named.get("Dana Colt", ()) + named.get("Mallory Grimshaw", ())


@pytest.mark.parametrize(
    "paragraph",
    [
        "The director Bong Joon-ho, known as Park Chan-wook's great rival, spoke first, and Park Chan-wook came later.",
        "The actor Kim Min-hee, known as Hong Sang-soo\u2019s muse, won the prize, and Hong Sang-soo thanked the jury.",
        "The director Bong Joon-ho, known as Park Chan-wook admirer, spoke first, and Park Chan-wook came later.",
    ],
)
def test_a_name_after_known_as_that_another_word_follows_is_no_alias(paragraph: str) -> None:
    """"X, known as Y's muse": Y owns what X is known as; X and Y are two people."""
    assert len(people(paragraph)) == 2


def test_a_korean_name_after_the_real_name_word_then_the_genitive_is_no_alias() -> None:
    # "한미경의 동생": Han Mi-gyeong's younger sibling, whose real name the sentence gives as hers; 의 is Korean's 's.
    sentence = "배우 한지우(본명 한미경의 동생)가 출연한다."
    found = gather([("p", [("person", "한지우", sentence), ("person", "한미경", sentence)])])
    assert sorted(e.name for e, _info in detected_registry(Registry(), found, set()).new) == ["한미경", "한지우"]


def films(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    """(title, other titles) of each film the paragraphs' page gives a page to."""
    found = gather([("p", detected_names(link_mentions(article(*paragraphs), EMPTY)[1]))])
    return sorted((e.name, e.spellings) for e, _info in detected_registry(Registry(), found, set()).new if e.kind == "film")


def test_a_film_given_with_its_original_title_in_brackets_is_one_film_with_two_titles() -> None:
    """A curator's "Memory of Water (Mul-ui Gieok)" was proposed as two films."""
    assert films("Finally caught the film “Memory of Water” (“Mul-ui Gieok”) at the Cinematheque.") == [("Memory of Water", ("Mul-ui Gieok",))]


def test_a_korean_film_given_with_its_original_title_after_its_label_is_one_film() -> None:
    assert films("봉준호 감독의 영화 《기생충》(원제: 《Gisaengchung》)이 개봉했다.") == [("기생충", ("Gisaengchung",))]


@pytest.mark.parametrize(
    ("paragraph", "film"),
    [
        ("Bong Joon-ho made the film “Mickey 17” (“Okja”, “Parasite” and “Mother” came before) in London.", "Mickey 17"),
        ("Lee Chang-dong's film “Burning” (“Poetry”, 2010, was his last) opened in Cannes.", "Burning"),
    ],
)
def test_a_film_in_brackets_with_more_words_after_it_is_no_other_title(paragraph: str, film: str) -> None:
    """A film's other title fills its bracket: a list of films there, or one and a remark, is no alias."""
    assert (film, ()) in films(paragraph)
