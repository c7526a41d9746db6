"""The review queue as a first-time curator meets it (people_films.review, people_films.proposals):
a name accepted, merged or rejected keeps the spellings the articles use, and what
the queue suggests matches what a reader of the article would say."""

from __future__ import annotations

import resource
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from people_films import evidence
from people_films.proposals import apply_review, proposals_toml
from people_films.registry import Entity, Registry, load_registry
from people_films.korean import name_id as korean_name_id
from people_films.review import Found, Review, detected_json, detected_registry, gather, load_detected, near_spelling

REPO = Path(__file__).resolve().parent.parent


def _found(*spellings: str) -> Found:
    found = Found("person")
    for spelling in spellings:
        found.spellings[spelling] += 1
    found.evidence[evidence.ROLE_BEFORE] += 1
    return found


def test_a_katakana_name_is_proposed_as_written_with_its_middle_dot():
    """The dot between a foreign name's parts ("キム・ミナ") is part of its katakana spelling."""
    assert _found("キム・ミナ").name == "キム・ミナ"


def test_an_accepted_katakana_name_keeps_every_spelling_the_queue_saw_and_links(tmp_path: Path):
    found = _found("キム・ミナ", "キム・ミナ", "キムミナ")
    review = Review(Registry(), new=[(Entity("person", "kimumina", found.name, detected=True), found)])
    (tmp_path / "proposals.toml").write_text(proposals_toml(review), encoding="utf-8")
    apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    registry = load_registry(tmp_path / "registry")
    assert set(registry.people["kimumina"].names) == {"キム・ミナ", "キムミナ"}
    assert registry.lookup("person", "キム・ミナ").id == "kimumina"


def test_a_name_in_hangul_whose_last_syllable_names_spell_with_a_w_reads_as_the_known_person():
    """욱, 운, 웅 (a silent initial, then the vowel ㅜ) are "wook", "woon", "woong" in names, as 우 is "Woo"."""
    kang = Entity("person", "kang-min-wook", "Kang Min-wook", family="Kang")
    assert near_spelling("강민욱", [kang]) == [kang]
    assert near_spelling("강민국", [kang]) == []  # another syllable


def test_a_name_in_hanzi_that_reads_in_pinyin_as_a_known_person_is_proposed_as_a_merge_not_linked():
    """Pinyin drops the characters and their tones (一帆, 一凡, 亦凡 all read "Yifan"): the reading is a
    suggestion for the curator, the Hanzi name keeps a page of its own until reviewed."""
    tan = Entity("person", "tan-yifan", "Tan Yifan", family="Tan")
    review = detected_registry(Registry({"tan-yifan": tan}), gather([("page", [("person", "谭一帆", "导演谭一帆说。")])]), set())
    [(entity, _found)] = review.new
    assert review.maybe_same == {entity.id: "tan-yifan"} and review.merges == []
    [entry] = tomllib.loads(proposals_toml(review))["person"]
    assert (entry["action"], entry["into"]) == ("merge", "tan-yifan")


def test_a_name_in_hanzi_of_another_given_name_is_no_merge():
    tan = Entity("person", "tan-yifan", "Tan Yifan", family="Tan")
    review = detected_registry(Registry({"tan-yifan": tan}), gather([("page", [("person", "谭一鸣", "导演谭一鸣说。")])]), set())
    assert review.maybe_same == {}


def _read_on_a_japanese_page(name: str, *registered: Entity) -> Review:
    sentence = f"{name}監督の新作が公開された。"
    people = {person.id: person for person in registered}
    return detected_registry(Registry(people), gather([("page", [("person", name, sentence)], "ja")]), set())


def test_a_name_in_kanji_that_reads_in_romaji_as_a_registered_person_is_that_person():
    """是枝裕和 reads "koreeda hirokazu" (pykakasi), the registered Hirokazu Kore-eda in Japanese order:
    a spelling of him, linked and proposed as a merge, not a second person."""
    koreeda = Entity("person", "hirokazu-kore-eda", "Hirokazu Kore-eda", family="Kore-eda")
    review = _read_on_a_japanese_page("是枝裕和", koreeda)
    assert review.new == [] and [target for _info, target in review.merges] == ["hirokazu-kore-eda"]
    [entry] = tomllib.loads(proposals_toml(review))["person"]
    assert (entry["action"], entry["into"]) == ("merge", "hirokazu-kore-eda")


def test_a_japanese_reading_matches_with_its_long_vowels_written_short():
    """大島渚 reads "ooshima nagisa"; the press writes Nagisa Oshima (Ōshima, Ohshima): one long vowel."""
    oshima = Entity("person", "nagisa-oshima", "Nagisa Oshima", family="Oshima")
    review = _read_on_a_japanese_page("大島渚", oshima)
    assert [target for _info, target in review.merges] == ["nagisa-oshima"]


def test_a_name_in_kanji_and_kana_reads_as_the_registered_actress():
    ayase = Entity("person", "haruka-ayase", "Haruka Ayase", family="Ayase")
    review = _read_on_a_japanese_page("綾瀬はるか", ayase)
    assert [target for _info, target in review.merges] == ["haruka-ayase"]


def test_a_name_in_kanji_of_another_reading_is_a_person_of_its_own():
    koreeda = Entity("person", "hirokazu-kore-eda", "Hirokazu Kore-eda", family="Kore-eda")
    review = _read_on_a_japanese_page("濱口竜介", koreeda)
    assert review.merges == [] and [entity.id for entity, _info in review.new] == ["hamaguchi-ryuusuke"]


def test_a_japanese_reading_that_fits_two_people_is_paged_apart_and_proposed_without_a_link():
    ayase = Entity("person", "haruka-ayase", "Haruka Ayase", family="Ayase")
    namesake = Entity("person", "ayase-haruka", "Ayase Haruka", family="Ayase")
    review = _read_on_a_japanese_page("綾瀬はるか", ayase, namesake)
    assert review.merges == [] and [sorted(ids) for ids in review.ambiguous.values()] == [["ayase-haruka", "haruka-ayase"]]
    assert [entity.name for entity, _info in review.new] == ["綾瀬はるか"]


def test_a_japanese_name_read_as_a_romanised_name_no_curator_reviewed_yet_is_proposed_as_its_merge():
    """Written more often in kanji than romanised, the name is still compared with the romanised spelling (a name
    read from its native script is gathered after the romanised names); neither is reviewed, so, as a name in
    Hangul alone, it keeps a page of its own and the queue suggests the merge."""
    pages = [
        ("ja-page", [("person", "是枝裕和", "是枝裕和監督の新作。"), ("person", "是枝裕和", "是枝裕和は語った。")], "ja"),
        ("en-page", [("person", "Hirokazu Kore-eda", "Director Hirokazu Kore-eda said.")], "en"),
    ]
    review = detected_registry(Registry(), gather(pages), set())
    assert review.maybe_same == {"koreeda-hirokazu": "hirokazu-kore-eda"}


def _detected_alone(*occurrences: tuple[str, str]) -> Review:
    return detected_registry(Registry(), gather([("page", [("person", name, sentence) for name, sentence in occurrences])]), set())


def test_a_korean_name_in_hangul_alone_gets_an_id_in_the_registry_s_style():
    """Family name first, in the spelling its bearers use, then the given name's syllables hyphenated, as the
    registry writes Kim Min-hee ("kim-min-hee"); the id of the former rule redirects to it."""
    review = _detected_alone(("최유진", "배우 최유진이 출연했다."))
    [(entity, _info)] = review.new
    assert entity.id == "choi-yu-jin" and entity.moved_from == ("choeyujin",)


def test_a_family_name_spelt_with_a_g_in_the_revised_romanisation_is_written_with_a_k_in_an_id():
    review = _detected_alone(("김서연", "감독 김서연이 말했다."))
    assert [entity.id for entity, _info in review.new] == ["kim-seo-yeon"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("박찬욱", "park-chan-uk"),  # a final ㄱ is k, not g
        ("김민희", "kim-min-hui"),
        ("이보라", "lee-bo-ra"),  # an initial ㄹ is r
        ("최말순", "choi-mal-sun"),  # a final ㄹ is l
        ("남궁민", "namgung-min"),  # a family name of two syllables stays whole
        ("제갈성렬", "jegal-seong-ryeol"),
        ("사공민수", "sagong-min-su"),  # four syllables: the two-syllable family name and a two-syllable given name
    ],
)
def test_a_hangul_name_s_id_romanises_each_given_name_syllable_by_the_revised_romanisation(name, expected):
    assert korean_name_id(name) == expected


def test_a_three_syllable_name_opening_with_hwangbo_is_read_as_hwang_and_a_two_syllable_given_name():
    """황 has some sixty times the bearers of 황보 (2015 census) and 보라 is a common given name: Hwang Bo-ra."""
    assert korean_name_id("황보라") == "hwang-bo-ra"


def test_a_hangul_name_read_anew_redirects_from_the_id_that_read_its_family_name_whole():
    """The fourteenth round gave 황보라 the id "hwangbo-ra": a site may have published it."""
    review = _detected_alone(("황보라", "배우 황보라가 출연했다."))
    assert [(entity.id, entity.moved_from) for entity, _info in review.new] == [("hwang-bo-ra", ("hwangbola", "hwangbo-ra"))]


def test_a_romanised_spelling_elsewhere_in_the_archive_decides_how_a_hangul_name_splits():
    """"Hwangbo Ra" on one page: 황보라 alone on another is read with the two-syllable family name."""
    review = _detected_alone(("Hwangbo Ra", "Actress Hwangbo Ra said."), ("황보라", "배우 황보라가 출연했다."))
    assert sorted(entity.id for entity, _info in review.new) == ["hwangbo-ra", "hwangbo-ra-2"]


def test_a_hangul_name_split_anew_by_a_romanised_spelling_redirects_from_its_id_of_the_other_split():
    """황보라 alone was "hwang-bo-ra"; a page writing "Hwangbo Ra" moves it: the old address redirects to the new one,
    and the id the English page's person lives at is no former id of anyone."""
    review = _detected_alone(("Hwangbo Ra", "Actress Hwangbo Ra said."), ("황보라", "배우 황보라가 출연했다."))
    assert sorted((entity.id, entity.moved_from) for entity, _info in review.new) == [
        ("hwangbo-ra", ()), ("hwangbo-ra-2", ("hwangbola", "hwang-bo-ra")),
    ]


def test_a_romanised_spelling_with_the_one_syllable_family_name_keeps_the_usual_split():
    review = _detected_alone(("Hwang Bo-ra", "Actress Hwang Bo-ra said."), ("황보라", "배우 황보라가 출연했다."))
    assert sorted(entity.id for entity, _info in review.new) == ["hwang-bo-ra", "hwang-bo-ra-2"]


def test_a_detected_page_s_former_id_is_carried_to_the_site_and_redirects(tmp_path: Path):
    review = _detected_alone(("최유진", "배우 최유진이 출연했다."))
    (tmp_path / "_detected.json").write_text(detected_json(review), encoding="utf-8")
    assert load_detected(tmp_path / "_detected.json", Registry()).people["choi-yu-jin"].moved_from == ("choeyujin",)


def test_a_romanised_korean_name_is_named_by_its_spelling_in_the_registry_s_style_whatever_the_order_of_pages():
    """"Hong Sang-soo" (family name, hyphenated given name) names the page over "Hong Sangsoo", each written as
    often: the page's name and id do not depend on which article the archive read first."""
    one = _detected_alone(("Hong Sangsoo", "Director Hong Sangsoo said."), ("Hong Sang-soo", "Director Hong Sang-soo said."))
    other = _detected_alone(("Hong Sang-soo", "Director Hong Sang-soo said."), ("Hong Sangsoo", "Director Hong Sangsoo said."))
    assert [(e.id, e.name) for e, _ in one.new] == [(e.id, e.name) for e, _ in other.new] == [("hong-sang-soo", "Hong Sang-soo")]


def test_an_accepted_page_keeps_redirecting_from_the_id_it_had_before(tmp_path: Path):
    review = _detected_alone(("최유진", "배우 최유진이 출연했다."))
    queue = proposals_toml(review).replace('action = "reject"', 'action = "accept"')
    (tmp_path / "proposals.toml").write_text(queue, encoding="utf-8")
    apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    assert load_registry(tmp_path / "registry").people["choi-yu-jin"].moved_from == ("choeyujin",)


def test_a_page_named_anew_by_the_registry_s_style_redirects_from_the_id_its_most_written_spelling_gave_it():
    review = _detected_alone(*[("Han Ji-won", "Director Han Ji-won said.")] + [("Jiwon Han", "Jiwon Han said.")] * 2)
    [(entity, _info)] = review.new
    assert (entity.id, entity.moved_from) == ("han-ji-won", ("jiwon-han",))


def _films_on_two_pages(first: tuple[str, str], second: tuple[str, str]) -> tuple[Review, dict[str, str]]:
    """The review of one film (written, sentence) detected on each of two pages, and each new film's id by its name."""
    review = detected_registry(Registry(), gather([(page, [("film", *film)]) for page, film in (("one", first), ("two", second))]), set())
    return review, {entity.name: entity.id for entity, _found in review.new}


def test_a_film_written_beside_the_same_original_title_as_another_is_proposed_as_a_merge():
    """「ソルトロード」（原題：소금길） on one page, "The Salt Road (소금길)" on another: one film's original title,
    so the Japanese title is proposed as a merge into the English one (a page of its own until reviewed)."""
    review, ids = _films_on_two_pages(("The Salt Vale 소금골", "The Salt Vale (소금골) by Park Ji-hwan"), ("ソルトベール 소금골", "「ソルトベール」（原題：소금골）が輝いた。"))
    assert review.maybe_same == {ids["ソルトベール"]: ids["The Salt Vale"]}
    entries = {entry["id"]: entry for entry in tomllib.loads(proposals_toml(review))["film"]}
    assert (entries[ids["ソルトベール"]]["action"], entries[ids["ソルトベール"]]["into"]) == ("merge", ids["The Salt Vale"])


@pytest.mark.parametrize(("written", "name"), [("J. Lee", "J. Lee"), ("T.K. Morrow", "T.K. Morrow"), ("Samuel L. Brandt", "Samuel L. Brandt"), ("LIU Mei", "Liu Mei")])
def test_a_detected_name_keeps_its_initials_full_stops(written, name):
    """A byline "J. Lee" was proposed as "J Lee": the name's words were read without punctuation."""
    review = detected_registry(Registry(), gather([("page", [("person", written, f"By {written}")])]), set())
    assert [entity.name for entity, _found in review.new] == [name]


def test_a_chinese_title_in_traditional_script_is_proposed_as_a_merge_into_its_simplified_form():
    """"Red Millet Rain (红小米雨)" in simplified script, 《紅小米雨》 in a Taiwanese article: one title in two scripts
    (OpenCC reads both as one), proposed as a merge, a page of its own until reviewed."""
    review, ids = _films_on_two_pages(("Red Millet Rain 红小米雨", "Red Millet Rain (红小米雨) by Liu Wen"), ("紅小米雨", "以《紅小米雨》獲獎。"))
    assert review.maybe_same == {ids["紅小米雨"]: ids["Red Millet Rain"]}


def test_two_traditional_titles_that_simplify_alike_are_two_films():
    """《長髮》 ("long hair") and 《長發》 (a name) are both 长发 in simplified script (OpenCC writes 髮 and 發 as 发): two
    titles written in one script that differ are two films, and neither is proposed as a merge into the other."""
    review, _ids = _films_on_two_pages(("長髮", "以《長髮》獲獎。"), ("長發", "新片《長發》上映。"))
    assert len(review.new) == 2 and review.maybe_same == {}


def test_a_simplified_title_two_traditional_ones_read_as_is_proposed_as_no_ones_merge():
    """长发 is 長髮 or 長發: with both in the archive, the simplified one may be either film, so no merge is proposed."""
    pages = [("one", [("film", "長髮", "以《長髮》獲獎。")]), ("two", [("film", "長發", "新片《長發》上映。")]), ("three", [("film", "长发", "电影《长发》上映。")])]
    review = detected_registry(Registry(), gather(pages), set())
    assert len(review.new) == 3 and review.maybe_same == {}


def test_a_name_with_initials_keeps_the_id_it_had_without_their_stops():
    review = detected_registry(Registry(), gather([("page", [("person", "T.K. Morrow", "By T.K. Morrow")])]), set())
    assert [(entity.id, entity.name) for entity, _found in review.new] == [("t-k-morrow", "T.K. Morrow")]


def test_a_review_that_cannot_write_the_registry_leaves_every_file_whole(tmp_path: Path) -> None:
    # A disk that fills up mid-write, played by a limit on the size of a file the process writes
    # (RLIMIT_FSIZE; Python ignores SIGXFSZ, so the write fails with EFBIG). Each registry file was
    # emptied, then written: the films were cut off after 8 kB, the rest of the registry lost.
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "people.toml").write_text('[[person]]\nname = "Nora Field"\n', encoding="utf-8")
    films = "".join(f'[[film]]\ntitle = "The Salt Road {number}"\nkind = "feature"\n\n' for number in range(500))
    (registry / "films.toml").write_text(films, encoding="utf-8")
    queue = tmp_path / "queue.toml"
    queue.write_text('[[film]]\naction = "accept"\nid = "turing-test"\ntitle = "Turing Test"\n', encoding="utf-8")

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (8_192, resource.RLIM_INFINITY))

    command = [sys.executable, "-m", "ingest", "review", str(queue), "--registry", str(registry)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, preexec_fn=small_files, check=False)  # noqa: PLW1509
    assert done.returncode != 0
    assert done.stderr.startswith(f"error: {registry / 'films.toml'}: cannot write (")
    assert "Traceback" not in done.stderr
    assert (registry / "films.toml").read_text(encoding="utf-8") == films
    assert (registry / "people.toml").read_text(encoding="utf-8") == '[[person]]\nname = "Nora Field"\n'
    assert sorted(path.name for path in registry.iterdir()) == ["films.toml", "people.toml"]  # no temporary file left
