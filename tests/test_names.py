"""Name normalisation: which spellings are one person or film, and which are not."""

from __future__ import annotations

import pytest

from people_films.names import family_name, film_key, is_korean_given_name, japanese_morae, person_key, slugify, split_native


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kim Dae-sik", "Kim Daesik"),
        ("Kim Dae-sik", "Daesik Kim"),
        ("Kim Dae-sik", "Professor Kim Dae-sik"),
        ("Kim Tae-yong", "KIM Tae-yong"),
        ("Kim Tae-yong", "Director Taeyong Kim"),
        ("Kang Yoon-sung", "Kang Yun-sung"),
        ("Kim Hye-yeon", "Hyeyeon Kim"),
        ("Kim Hye-yeon", "Kim Hye-yeon's"),
        ("Jin-hyung Kang", "Kang Jin-hyung"),
        ("Hirokazu Kore-eda", "Kore-eda Hirokazu"),
        ("Lee Young-woo", "Lee Young-wu"),
        ("Jeong Ji-yeong", "Jong Ji-yong"),
        ("AI director Kwon Han-seul", "Kwon Han-seul"),
        ("Park Ji-woo", "Park Ji Woo"),  # the given name's syllables written as two words
        ("CHIANG Wei-liang", "Chiang Wei Liang"),
    ],
)
def test_spellings_of_one_person_share_a_key(one, other):
    assert person_key(one) == person_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kim Tae-yong", "Kim Dae-sik"),  # same family name, different people
        ("Kim Kang-woo", "Kang Kim-woo"),
        ("Kim Tae-yong", "Kim Tae-hyung"),
        ("Kang Yoon-sung", "Kang Jin-hyung"),
        ("Antonia Kim", "Kim Tae-yong"),
        ("Kim", "Kim Tae-yong"),
        ("Kim Kardashian West", "Kim Kardashianwest"),  # only syllables of a Korean or Chinese given name join
    ],
)
def test_different_people_never_share_a_key(one, other):
    assert person_key(one) != person_key(other)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Call Me by Your Name", "CALL ME BY YOUR NAME", True),
        ("Run to the West", "Run To The West", True),
        ("Late Autumn", "Autumn Late", False),  # order counts for titles
        ("Inside Men", "Inside Man", False),
    ],
)
def test_film_keys(one, other, same):
    assert (film_key(one) == film_key(other)) is same


@pytest.mark.parametrize(
    ("name", "family"),
    [("Kim Tae-yong", "Kim"), ("Jinhyung Kang", "Kang"), ("Luca Guadagnino", "Guadagnino"), ("Antonia Kim", "Kim"), ("Kim Daesik", "Kim")],
)
def test_family_name_from_either_order(name, family):
    assert family_name(name) == family


@pytest.mark.parametrize(
    ("word", "korean"),
    # 의 as given names romanise it, "eui" ("Jeong-eui", "Eui-jin")
    [("Daesik", True), ("Tae-yong", True), ("Hyeyeon", True), ("Jeong-eui", True), ("Eui-jin", True), ("Antonia", False), ("Guadagnino", False)],
)
def test_korean_given_name_shape(word, korean):
    assert is_korean_given_name(word) is korean


@pytest.mark.parametrize(
    ("name", "page_id"),
    [("Kim Tae-yong", "kim-tae-yong"), ("Céline Dion", "celine-dion"), ("서지안", "seojian"), ("刘德华", "liudehua")],
)
def test_a_page_id_is_the_name_in_ascii_words_whatever_its_script(name: str, page_id: str) -> None:
    assert slugify(name) == page_id


@pytest.mark.parametrize(("word", "morae"), [("Toshio", 3), ("Hamaguchi", 4), ("Kore-eda", 4), ("Nippon", 3), ("Laura", 0), ("Street", 0)])
def test_japanese_morae_count_only_words_built_of_them(word, morae):
    assert japanese_morae(word) == morae


def test_a_name_in_kanji_alone_has_a_romaji_id_when_its_page_is_japanese() -> None:
    # The page's language (ingest.paths.page_language) says how kanji read: Japanese by its dictionary, not as Chinese.
    assert (slugify("森下晴美", "ja"), slugify("森下晴美")) == ("morishita-harumi", "senxiaqingmei")



@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Seo Ji-an 서지안", ("Seo Ji-an", "서지안")),
        ("Old Fox (老狐狸)", ("Old Fox", "老狐狸")),
        ("Kim 金 大 中", ("Kim", "金 大 中")),
        ("Fox(老狐狸)", ("Fox(老狐狸)", "")),  # no space before the native name
        ("서지안", ("서지안", "")),  # no romanised name before it
        ("ソルトロード 소금길", ("ソルトロード", "소금길")),  # a Japanese title, its Korean original beside it: two scripts
        ("야마다 하루카", ("야마다 하루카", "")),  # Hangul words both: one name
        ("佐藤 美香", ("佐藤 美香", "")),  # Kanji words both: one name
    ],
)
def test_split_native_parts(written: str, parts: tuple[str, str]) -> None:
    assert split_native(written) == parts


def test_split_native_reads_a_name_of_any_length_from_its_end() -> None:
    """A curator's sidecar publisher of 10 000 words took 7 s, 200 000 words hours: the match
    retried at every space (time in the square of the length); it is now read once from the end."""
    assert split_native("P " * 50_000 + "서지안") == ("P " * 49_999 + "P", "서지안")
    assert split_native("a " + "가 " * 50_000 + "x") == ("a " + "가 " * 50_000 + "x", "")
