"""Detection of people and films in Korean-language text (people_films/korean.py), with an empty registry.

The names and titles are invented; none is in a rule.
"""

from __future__ import annotations

import pytest

from people_films import evidence
from people_films.korean import HANGUL_FAMILY_NAMES, PERSON_NOUNS, stem
from people_films.mentions import Matcher, detected_names, link_mentions
from people_films.registry import Entity, Registry
from people_films.review import detected_registry, gather
from tests.test_detect import EMPTY, article, detected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("박지훈 감독은 부산을 찾았다.", ["박지훈"]),  # a role noun after the name, a particle on the role noun
        ("배우 김민지가 주연을 맡았다.", ["김민지"]),  # a role noun before it, a particle stripped
        ("각본은 이서연 작가가 썼다.", ["이서연"]),
        ("한도윤 촬영감독이 합류했다.", ["한도윤"]),  # a compound role noun
        ("행사에 온 오세린씨는 웃었다.", ["오세린"]),  # an honorific written onto the name
        ("그는 정우진에게 대본을 건넸다.", ["정우진"]),  # a particle only people take ("to someone")
        ("인터뷰는 최다은 기자가 진행했다.", ["최다은"]),  # a name ending in a particle's syllable stays whole
        ("배우 김고은이 주연을 맡았다.", ["김고은"]),  # "은" + "이" are not two particles: "이" alone is
        ("첫 장편은 남도윤 감독에게는 모험이었다.", ["남도윤"]),  # a role noun after the name, two particles stacked on it
        ("윤서하 감독님과의 작업은 즐거웠다.", ["윤서하"]),  # a role noun, an honorific and two particles
        ("현장에서 배하린 씨에게도 물었다.", ["배하린"]),  # an honorific apart, two particles on it
        ("배우 유하늘만의 연기였다.", ["유하늘"]),  # "만" + "의": only Yu Ha-neul's
        ("배우 김영만의 연기였다.", ["김영만"]),  # a given name ending in 만: 김영만 + 의, not 김영 + 만의
    ],
)
def test_hangul_name_with_evidence_is_a_person(paragraph, expected):
    assert detected(paragraph, kind="person") == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "이번 영화는 한국에서 정도 이상으로 주목받았다.",  # common nouns starting with a family-name syllable
        "김치처럼 익숙한 이야기라는 평도 있다.",
        "배우에게 시간을 많이 준다.",  # a role noun is never a name, whatever its particle
        "그는 어머니에게서 편지를 받았다.",  # "from mother": a person's particle on a common noun for people
    ],
)
def test_common_nouns_are_not_people(paragraph):
    assert detected(paragraph, kind="person") == []


def test_a_role_noun_between_a_name_and_a_common_word_belongs_to_the_name():
    """"이도현 감독 진짜 천재인듯" (director Lee Do-hyun, really a genius) gave the role to 진짜 ("really")."""
    assert "진짜" not in detected("이도현 감독 진짜 천재인듯.", kind="person")  # (이도현 itself needs evidence elsewhere)


def test_a_place_before_a_role_noun_owns_no_role():
    """한국 (Korea) has a two-syllable name's shape: "한국 배우 공유가" is the Korean actor Gong Yoo."""
    assert detected("한국 배우 공유가 출연했다.", kind="person") == ["공유"]


def test_a_role_noun_between_a_name_and_a_noun_belongs_to_the_name():
    assert detected("박지훈 감독은 말했다. 박지훈 감독 신작이 나왔다.", kind="person") == ["박지훈", "박지훈"]


def test_a_role_noun_before_a_film_word_belongs_to_the_name_before_it():
    """A headline's "봉준호 감독 신작" (director Bong's new work) gave the role to 신작, proposed as a person."""
    assert detected("봉준호 감독 신작 '미키 17' 베를린국제영화제 초청", kind="person") == ["봉준호"]


def test_a_rarer_family_name_of_the_census_makes_a_name():
    assert detected("봉준호 감독의 신작이 베를린에서 처음 공개된다.", kind="person") == ["봉준호"]


def test_a_word_before_a_role_noun_and_a_name_describes_the_name():
    assert detected("이번 영화는 한국 배우 정우진이 이끈다.", kind="person") == ["정우진"]


def test_a_name_with_evidence_once_is_the_person_with_any_particle_in_the_article():
    assert detected("박지훈 감독이 왔다.", "그러나 박지훈은 말이 없었다.", kind="person") == ["박지훈", "박지훈"]


def test_romanised_spelling_in_parentheses_is_the_same_person():
    assert detected("서지안(Seo Ji-an)은 신작을 찍었다.", kind="person") == ["Seo Ji-an 서지안"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("김민지는 〈바다의 끝〉 이후 복귀했다.", ["바다의 끝"]),
        ("장편 데뷔작 『소금 늪』으로 주목받았다.", ["소금 늪"]),
        ("「푸른 밤」으로 알려진 작곡가다.", ["푸른 밤"]),
        ("신작 '고요한 항구'를 들고 왔다.", ["고요한 항구"]),  # single quotes, a film word in the sentence
        ("그는 신작 ‘썰물’을 선보인다.", ["썰물"]),
    ],
)
def test_korean_title_marks_are_films(paragraph, expected):
    assert detected(paragraph, kind="film") == expected


def test_single_quotes_without_a_film_word_are_not_a_film():
    assert detected("그는 '조용한 바다'라는 말을 좋아한다고 했다.", kind="film") == []


@pytest.mark.parametrize(("word", "name"), [("박지훈은", "박지훈"), ("유하늘과는", "유하늘"), ("이서연의", "이서연"), ("김민지", "김민지"), ("한국", "한국"), ("김고은이", "김고은"), ("정우진에게서도", "정우진"), ("유하늘만의", "유하늘"), ("유하늘에게만은", "유하늘"), ("김영만의", "김영만"), ("김영만에게만", "김영만")])
def test_particles_are_stripped(word, name):
    assert stem(word) == name


def _detected_people(*paragraphs: str) -> Registry:
    """The registry of the people an article of ``paragraphs`` is found to name, gathered as ``propose`` does."""
    first = link_mentions(article(*paragraphs), EMPTY)[1]
    found = gather([("a", [(o.kind, o.written, o.sentence) for o in first if o.entity_id is None])])
    return detected_registry(Registry(), found, set()).registry


def _linked_in(found_in: str, paragraph: str) -> list[tuple[str, bool]]:
    """(name, linked) of each name in ``paragraph`` once the names found in ``found_in`` are known."""
    occurrences = link_mentions(article(paragraph), Matcher(_detected_people(found_in)), detect_new=False)[1]
    return [(o.written, o.entity_id is not None) for o in occurrences]


def test_a_detected_name_links_with_other_particles_in_another_article():
    assert _linked_in("배우 김민지가 주연을 맡았다.", "김민지는 웃었다.") == [("김민지", True)]


def test_the_native_name_alone_merges_into_the_romanised_one():
    people = _detected_people("서지안(Seo Ji-an) 감독이 왔다.", "서지안은 웃었다. 서지안의 신작이다.").people
    assert [(p.name, p.spellings) for p in people.values()] == [("Seo Ji-an", ("서지안",))]


def test_every_common_noun_for_people_listed_has_a_names_shape():
    """The list exists only to tell such nouns from names: a word without the shape needs no entry."""
    assert all(w[0] in HANGUL_FAMILY_NAMES and 2 <= len(w) <= 4 for w in PERSON_NOUNS)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("야마다 하루카 감독은 도쿄를 그렸다.", ["야마다 하루카"]),  # a Japanese name in Hangul: family name first, a space between
        ("배우 다나카 유키가 주연을 맡았다.", ["다나카 유키"]),
        ("다시 김민지 감독은 웃었다.", ["김민지"]),  # a Korean name keeps to its word: "김" is no Japanese syllable
    ],
)
def test_a_japanese_name_in_hangul_keeps_its_family_name(paragraph, expected):
    assert detected(paragraph, kind="person") == expected


def test_a_japanese_name_in_hangul_beside_its_romanisation_is_one_person():
    people = _detected_people("Yamada Haruko 야마다 하루코 감독의 신작이다.", "야마다 하루코는 웃었다.").people
    assert [(p.name, p.spellings) for p in people.values()] == [("Yamada Haruko", ("야마다 하루코",))]


def test_a_japanese_name_in_hangul_links_with_a_particle_on_its_given_name():
    assert _linked_in("야마다 하루코 감독은 도쿄를 그렸다.", "야마다 하루코가 웃었다.") == [("야마다 하루코", True)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "영화는 인물에게서 한 걸음 떨어져 있다.",  # "from the character": a common noun with a person's particle
        "감독은 모두에게 고마워했다.",  # "to everyone": a pronoun with a person's particle
        "그는 우리에게 정말 고맙다고 했다.",
        "저작권은 각 기여자에게 있다.",  # "to each contributor": a determiner before a common noun
    ],
)
def test_common_words_of_a_dictionary_are_not_people(paragraph):
    assert detected(paragraph, kind="person") == []


def test_a_name_before_its_hanzi_in_brackets_is_whole():
    """The particle goes after the closing bracket: "류메이(刘梅)를" is 류메이, not 류메 + 이; the hanja is the name's
    other spelling (朴瑞眞 in a Chinese page was another person beside 박서진(朴瑞眞) in a Korean one)."""
    assert detected("중국 배우 하수이(何秀怡)를 만났다.", kind="person") == ["하수이 何秀怡"]


def test_a_name_in_brackets_after_a_character_is_whole():
    assert detected("주인공 영옥(한지이)은 섬으로 돌아온다. 배우 한지이가 연기했다.", kind="person") == ["한지이", "한지이"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("민호(서태윤)와 수진(윤서하)은 고향에 간다.", ["서태윤", "윤서하"]),  # characters, each with its actor in brackets: a cast list
        ("소설가 민호 역(서태윤)은 고향에 간다.", ["서태윤"]),  # a character, the word for a part, then the actor in brackets
        ("여동생을 연기한 윤서하는 담담하다.", ["윤서하"]),  # "who played": a role verb before the name
        ("아버지 역의 정우진 역시 좋다.", ["정우진"]),  # "in the role of"
        ("누나 역을 맡은 배하린이 웃는다.", ["배하린"]),  # "who took the role of"
    ],
)
def test_a_name_in_a_cast_convention_is_a_person(paragraph, expected):
    """Korean reviews name an actor by the part: "배역(배우)", "X를 연기한 배우", "X 역의 배우"."""
    assert detected(paragraph, kind="person") == expected


@pytest.mark.parametrize("paragraph", ["소속사(안테나)는 밝혔다.", "영화제(부산)는 열렸다.", "제작사(명필름)는 밝혔다.", "행사장(서울)에서 만났다.", "주최측(전주시)은 밝혔다."])
def test_a_word_clarified_in_brackets_outside_a_cast_list_is_no_actor(paragraph):
    """Korean brackets clarify any word (the agency, the city): one "X(Y)" alone is no cast."""
    assert detected(paragraph, kind="person") == []


@pytest.mark.parametrize("paragraph", ["한국영화(장편)는 늘었다.", "그 역의 이유가 궁금했다.", "주인공을 연기한 이후 달라졌다."])
def test_words_in_a_cast_conventions_place_are_no_name_without_its_shape(paragraph):
    assert detected(paragraph, kind="person") == []


def test_a_four_syllable_word_needs_a_two_syllable_family_name():
    assert detected("배우 남궁민수가 출연했다.", kind="person") == ["남궁민수"]
    assert detected("배우 김하늘별이 출연했다.", kind="person") == []


def test_a_common_word_beside_a_role_noun_is_a_name():
    """공유 ("share") is a common word and the actor Gong Yoo's name: a role noun says which."""
    assert detected("배우 공유가 출연한 영화다.", kind="person") == ["공유"]
    assert detected("파일을 공유에게 보냈다.", kind="person") == []  # a particle alone is no evidence for a common word


def test_a_given_name_alone_with_an_honorific_is_the_short_form_of_the_full_name_in_the_article():
    """Colleagues call each other by the given name and 씨 ("서준씨"): the person the article names in full."""
    assert detected("배우 한서준이 돌아왔다.", "감독은 \"서준씨는 늘 웃었다\"고 말했다.", kind="person") == ["한서준"]


def test_a_given_name_alone_with_an_honorific_and_no_full_name_is_found_with_little_confidence():
    """"서준씨" with no 한서준 in the article: a given name, or one of the rare names of two syllables."""
    occurrences = link_mentions(article("감독은 \"서준씨는 늘 웃었다\"고 말했다."), EMPTY)[1]
    found = gather([("page", [(o.kind, o.written, o.sentence, o.evidence) for o in occurrences if o.kind == "person"])])
    assert [(info.name, info.confidence < evidence.ACCEPT_FROM) for info in found.values()] == [("서준", True)]


def test_a_name_alone_with_a_particle_once_is_no_person():
    """A particle (은, 는, 이, 가, 의) goes on any noun: one signal is not enough."""
    assert detected("한서윤은 올해 첫 장편을 내놓았다.", kind="person") == []


def test_a_name_repeated_in_the_article_as_the_subject_of_a_reflexive_is_a_person():
    """The name's shape written more than once, and 자신 ("one's own") said of it: Korean says that of people."""
    paragraphs = ("한서윤은 올해 자신의 첫 장편을 내놓았다.", "촬영은 겨울에 끝났고 한서윤의 두 번째 작품이 될 것이다.")
    assert detected(*paragraphs, kind="person") == ["한서윤", "한서윤"]


@pytest.mark.parametrize("word", ["배급사", "신인상", "유튜브", "서울시", "한국어", "정체성", "차기작"])
def test_a_noun_repeated_with_a_particle_is_no_person(word):
    """A particle goes on any noun, and any noun is written twice: no sign only people get."""
    assert detected(f"{word}는 올해 화제였다.", f"그리고 {word}의 이야기가 이어졌다.", kind="person") == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("사진들을 모았다.", "사진들은 오래됐다."),  # a noun and the plural suffix 들
        ("영화를 사랑하는 사람이 많다.", "극장을 사랑하는 이유다."),  # a noun and the light verb 하 with an ending
    ],
)
def test_a_repeated_word_ending_in_a_suffix_of_grammar_is_no_person(paragraphs):
    assert detected(*paragraphs, kind="person") == []

def test_a_name_found_by_a_cast_convention_reads_as_the_registered_person_it_spells():
    """"연기한 서태윤은": found, 서태윤 is the registered Seo Tae-yun's spelling (read by syllable), not a new person."""
    seo = Entity("person", "seo-tae-yun", "Seo Tae-yun", family="Seo")
    names = detected_names(link_mentions(article("아버지를 연기한 서태윤은 담담하다."), EMPTY)[1])
    review = detected_registry(Registry({"seo-tae-yun": seo}), gather([("page", names, "ko")]), set())
    assert review.new == [] and [target for _info, target in review.merges] == ["seo-tae-yun"]


def test_romanised_words_before_a_korean_title_of_several_words_are_no_person():
    """A Korean name in Hangul is one word; several Hangul words in brackets after English words are the
    original title of a film ("Paper Moon Motel (종이달 모텔)"), and "Moon Motel" is no person."""
    assert detected("AUDIENCE AWARD", "Paper Moon Motel (종이달 모텔) by Kim Dong-hyun (South Korea)", kind="person") == ["Kim Dong-hyun"]
    # (A Japanese name in Hangul is two words: it stays the person's other spelling.)
    assert detected("Director Yamada Haruka (야마다 하루카) spoke.", kind="person") == ["Yamada Haruka 야마다 하루카"]
