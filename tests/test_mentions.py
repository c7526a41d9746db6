"""Finding people and films in articles: registered, bare family names, characters, detection."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from ingest import model
from people_films import confidence, evidence
from people_films.mentions import Matcher, link_mentions, scanned_words
from people_films.names import person_key
from people_films.registry import Entity, Registry, load_registry

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_registry(ROOT / "tests/roots/test-entities/registry"))


def article(*paragraphs: str) -> model.Article:
    blocks: list[model.Block] = []
    for text in paragraphs:
        if text.startswith("## "):
            blocks.append(model.Heading(1, (model.Text(text[3:]),)))
        else:
            blocks.append(model.Paragraph((model.Text(text),)))
    return model.Article(model.Metadata(title="t"), blocks)


def found(matcher, *paragraphs):
    return [(o.kind, o.entity_id, o.written) for o in link_mentions(article(*paragraphs), matcher)[1]]


def test_any_spelling_finds_the_person_and_keeps_the_words(matcher):
    blocks, _ = link_mentions(article("We met KIM Taeyong and Yoon-sung Kang."), matcher)
    mentions = [n for n in blocks[0].inlines if isinstance(n, model.Mention)]
    assert [(m.key, m.children[0].text) for m in mentions] == [("kim-tae-yong", "KIM Taeyong"), ("kang-yoon-sung", "Yoon-sung Kang")]


def test_a_given_name_written_as_two_words_links_to_the_person(matcher):
    assert ("person", "kang-yoon-sung", "Kang Yoon Sung") in found(matcher, "We met Kang Yoon Sung in Busan.")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Kang Yoon-sung spoke.", "Kang said more."), "kang-yoon-sung"),  # introduced earlier: resolved
        (("Kang said more.",), None),  # never introduced: left alone
        (("Kang Yoon-sung met Kang Jin-ho.", "Kang said more."), "kang-yoon-sung"),  # the other Kang is unregistered
    ],
)
def test_bare_family_name_resolves_only_when_unambiguous(matcher, paragraphs, expected):
    bare = [entity for kind, entity, written in found(matcher, *paragraphs) if written == "Kang"]
    assert bare == ([expected] if expected else [])


def test_title_word_narrows_a_shared_family_name_to_the_role(tmp_path):
    (tmp_path / "people.toml").write_text(
        '[[person]]\nname = "Kim Tae-yong"\nroles = ["director"]\n[[person]]\nname = "Kim Dae-sik"\nroles = ["professor"]\n', encoding="utf-8"
    )
    m = Matcher(load_registry(tmp_path))
    result = found(m, "Kim Tae-yong and Kim Dae-sik met.", "Director Kim smiled; Kim left.")
    assert ("person", "kim-tae-yong", "Kim") in result
    assert sum(1 for _, _, written in result if written == "Kim") == 1  # the plain "Kim" is ambiguous


def test_only_the_first_mention_per_section_is_linked(matcher):
    occurrences = link_mentions(article("Kim Tae-yong came.", "Kim Tae-yong left.", "## Later", "Kim Tae-yong returned."), matcher)[1]
    assert [o.linked for o in occurrences] == [True, False, True]


def test_one_word_titles_need_an_anchor(tmp_path):
    (tmp_path / "films.toml").write_text('[[film]]\ntitle = "Monster"\n', encoding="utf-8")
    m = Matcher(load_registry(tmp_path))
    assert found(m, "Monster trucks are loud.") == []
    assert [w for _, _, w in found(m, "The film Monster moved me. Monster is long.")] == ["Monster", "Monster"]


def test_characters_are_not_people_and_organisations_are_neither(matcher):
    result = found(matcher, "Agent Lee Jang-won (played by Byun Yo-han) works at KBS and CJ CGV.")
    assert result == [("person", "byun-yo-han", "Byun Yo-han")]


def test_a_one_word_character_is_plain_text_even_in_quotes(tmp_path):
    # films.toml: characters = [...] promises "never people, never proposed"; a quoted
    # one-word name ('Mara') is otherwise read as a film's title.
    (tmp_path / "films.toml").write_text('[[film]]\ntitle = "Winter Orchard"\ncharacters = ["Mara", "Joon"]\n', encoding="utf-8")
    m = Matcher(load_registry(tmp_path))
    result = found(
        m,
        "Director Oh's film 'Winter Orchard' follows his films 'Paper Boats' and 'Salt Road'.",
        "The film's leads are 'Mara' and 'Joon'. The film lets Mara wait; the director films her.",
    )
    assert [written for _kind, _id, written in result if written in ("Mara", "Joon")] == []


@pytest.mark.parametrize(
    ("text", "film_id"),
    [
        ("Oh's Winter Orchard (1971) was remade.", "winter-orchard-1971"),
        ("Oh's ‹겨울 과수원›(1971) was remade.", "winter-orchard-1971"),  # the year after the title's closing mark
        ("Oh's Winter Orchard (Oh Min-su, 1971) was remade.", "winter-orchard-1971"),  # a credit, the year last
        ("Winter Orchard (2012) remade it.", "winter-orchard"),
        ("Winter Orchard remade it.", "winter-orchard"),  # no year said: the most recent, as the README promises
        ("Winter Orchard (1999) is neither.", "winter-orchard"),
    ],
)
def test_the_year_beside_a_title_picks_the_film_of_that_year(tmp_path, text, film_id):
    (tmp_path / "films.toml").write_text(
        '[[film]]\ntitle = "Winter Orchard"\ntitles = ["겨울 과수원"]\nyear = 2012\n\n'
        '[[film]]\nid = "winter-orchard-1971"\ntitle = "Winter Orchard"\ntitles = ["겨울 과수원"]\nyear = 1971\n',
        encoding="utf-8",
    )
    assert [entity for kind, entity, _written in found(Matcher(load_registry(tmp_path)), text) if kind == "film"] == [film_id]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nora Field died in 1978.", "person"),
        ("Oh Min-su's Nora Field follows her.", "film"),  # a possessive credit names the director's work
        ("Agnes Willems’ Nora Field follows her.", "film"),  # the plural possessive's apostrophe alone too
        ("They called it ‘great’ Nora Field said.", "person"),  # a closing quote is no possessive
        ("It is called 'Nora Field' and runs long.", "film"),  # quotes
        ("Nora Field (2003) runs long.", "film"),  # a year in brackets after it
        ("The biopic «Nora Field» runs long.", "film"),  # title marks
    ],
)
def test_a_spelling_both_a_person_and_a_film_is_the_film_where_set_as_a_title(tmp_path, text, kind):
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Nora Field"\nroles = ["director"]\n', encoding="utf-8")
    (tmp_path / "films.toml").write_text('[[film]]\ntitle = "Nora Field"\nyear = 2003\n', encoding="utf-8")
    assert [k for k, entity, _written in found(Matcher(load_registry(tmp_path)), text) if entity == "nora-field"] == [kind]


def test_a_person_whose_name_is_only_a_detected_title_stays_the_person(tmp_path):
    # Detection guesses; only a curator's registry says a film and a person share the spelling.
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Nora Field"\n', encoding="utf-8")
    registry = load_registry(tmp_path)
    registry.films["nora-field"] = Entity("film", "nora-field", "Nora Field", detected=True)
    registry.by_key[("film", ("nora", "field"))] = "nora-field"
    assert [k for k, _entity, _written in found(Matcher(registry), "It is called 'Nora Field' and runs long.")] == ["person"]


def test_a_spelling_both_a_person_and_a_film_in_italics_is_the_film(tmp_path):
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Nora Field"\n', encoding="utf-8")
    (tmp_path / "films.toml").write_text('[[film]]\ntitle = "Nora Field"\nyear = 2003\n', encoding="utf-8")
    paragraph = model.Paragraph((model.Text("We saw "), model.Emphasis((model.Text("Nora Field"),)), model.Text(" again.")))
    occurrences = link_mentions(model.Article(model.Metadata(title="t"), [paragraph]), Matcher(load_registry(tmp_path)))[1]
    assert [(o.kind, o.entity_id) for o in occurrences] == [("film", "nora-field")]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("The film was shot by director Park Chan-wook in Busan.", "person", "Park Chan-wook"),
        ("Jung-woo Ha plays the lead.", "person", "Jung-woo Ha"),
        ("Greta Gerwig, the American director, agreed.", "person", "Greta Gerwig"),
        ("Her new film “The Quiet Girl” opens on Friday.", "film", "The Quiet Girl"),
        ("She is the director of Decision to Leave.", "film", "Decision to Leave"),
    ],
)
def test_detection_reports_unregistered_names_with_their_sentence(matcher, text, kind, name):
    occurrences = [o for o in link_mentions(article("Intro.", text), matcher)[1] if o.entity_id is None]
    assert [(o.kind, o.written, o.sentence) for o in occurrences] == [(kind, name, text)]


@pytest.mark.parametrize(
    "text", ["The Korean Film Council met at KAIST.", "Click Text Size to Close the menu.", "We visited Seoul Arts Center on Monday."]
)
def test_detection_ignores_organisations_places_and_ui_words(matcher, text):
    assert [o for o in link_mentions(article(text), matcher)[1] if o.entity_id is None] == []


def test_inspect_json_lists_people_and_films_with_registered_flags(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("A test page\nDirector Kang Yoon-sung made “Run to the West” with actor Song Kang-ho.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "ingest", "inspect", "--json", "--registry", str(ROOT / "tests/roots/test-entities/registry"), str(page)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    info = json.loads(out)
    people = {p["name"]: (p["spellings"], p["registered"]) for p in info["people"]}
    assert people == {"Kang Yoon-sung": (["Kang Yoon-sung"], True), "Song Kang-ho": (["Song Kang-ho"], False)}
    assert [(f["title"], f["registered"]) for f in info["films"]] == [("Run to the West", True)]


def test_propose_writes_a_review_queue_with_sentences_and_suggested_actions(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("A test page\nThe actor Song Kang-ho starred in the film “Broker” last year.\n", encoding="utf-8")
    proposals = tmp_path / "people.toml"
    subprocess.run(
        [sys.executable, "-m", "ingest", "propose", "--registry", str(ROOT / "tests/roots/test-entities/registry"), "--out", str(proposals), str(page)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    text = proposals.read_text(encoding="utf-8")
    assert "# " + str(page) + ": The actor Song Kang-ho starred" in text
    data = tomllib.loads(text)
    sentence = "The actor Song Kang-ho starred in the film “Broker” last year."
    assert data == {
        "film": [{"action": "accept", "confidence": _measured("film", evidence.QUOTES, "Broker", sentence), "id": "broker", "automatic_id": "broker", "title": "Broker", "titles": ["Broker"], "pages": 1, "occurrences": 1}],
        "person": [{"action": "accept", "confidence": _measured("person", evidence.NAME_SHAPE, "Song Kang-ho", sentence), "id": "song-kang-ho", "automatic_id": "song-kang-ho", "name": "Song Kang-ho", "spellings": ["Song Kang-ho"], "pages": 1, "occurrences": 1}],
    }


def _measured(kind: str, found_by: str, written: str, sentence: str) -> float:
    """The confidence the queue shows for a name found by one rule in one sentence of one page
    (people_films/data/evidence.json and confidence_model.json)."""
    return round(confidence.confidence(kind, [found_by], [("page.txt", sentence)], [written]), 2)


@pytest.fixture(scope="module")
def titles(tmp_path_factory) -> Matcher:
    folder = tmp_path_factory.mktemp("titles")
    films = ["Dune Road: Part Two", "Panda Kick 4", "1987", "Sorry, Lamb", "Lantern"]
    (folder / "films.toml").write_text("".join(f'[[film]]\ntitle = "{title}"\n' for title in films), encoding="utf-8")
    (folder / "people.toml").write_text("", encoding="utf-8")
    return Matcher(load_registry(folder))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sequel Dune Road: Part Two opened.", "dune-road-part-two"),  # punctuation inside a title
        ("Kids loved Panda Kick 4 this week.", "panda-kick-4"),  # digits
        ("The drama 1987 won.", "1987"),
        ("Critics praised Sorry, Lamb.", "sorry-lamb"),
        ("Den 'Panda Kick 4'-Star kennt man.", "panda-kick-4"),  # a German compound on the title
        ("Bong's <Lantern> opened.", "lantern"),  # one word, anchored by the angle brackets
    ],
)
def test_registered_titles_link_as_the_press_writes_them(titles, text, expected):
    assert ("film", expected) in [(kind, entity) for kind, entity, _ in found(titles, text)]


def test_a_title_not_starting_with_a_capital_links_only_once_named_or_quoted(titles):
    # The matcher looks at a run starting on a word in lower case only when that word is a
    # registered name's: these are the spans that shortcut must keep.
    named = "The sequel Dune Road: Part Two opened."
    assert ("film", "dune-road-part-two") in [(k, e) for k, e, _ in found(titles, named, "Fans still quote dune road: part two.")][1:]
    assert ("film", "dune-road-part-two") in [(k, e) for k, e, _ in found(titles, named, "Fans quote 'dune Road: Part Two' often.")][1:]
    assert ("film", "1987") in [(k, e) for k, e, _ in found(titles, named, "Critics named the drama 1987 too.")]
    assert [e for k, e, _ in found(titles, "Fans still quote dune road: part two.") if k == "film"] == []


def test_a_name_never_spans_punctuation(titles, matcher):
    assert not [o for o in found(matcher, "We met Kim, Tae-yong said.") if o[1] == "kim-tae-yong"]


@pytest.fixture(scope="module")
def chinese_names(tmp_path_factory) -> Matcher:
    folder = tmp_path_factory.mktemp("registry")
    (folder / "people.toml").write_text(
        '[[person]]\nname = "Wong Kar-wai"\nspellings = ["王家卫", "王家衛"]\n'
        '[[person]]\nname = "Tony Leung Chiu-wai"\nspellings = ["梁朝伟"]\n'
        '[[person]]\nname = "Kore-eda Hirokazu"\nspellings = ["是枝裕和"]\n'
        '[[person]]\nname = "Mati Diop"\nspellings = ["マティ・ディオップ"]\n'
        '[[person]]\nname = "Lee Ji-won"\nspellings = ["イ・ジウォン"]\n',
        encoding="utf-8",
    )
    return Matcher(load_registry(folder))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王家卫的电影昨日重映。", [("wong-kar-wai", "王家卫")]),  # Chinese writes no space after a name
        ("王家衛的電影昨日重映。", [("wong-kar-wai", "王家衛")]),  # traditional characters, another spelling
        ("梁朝伟和王家卫再度合作", [("tony-leung-chiu-wai", "梁朝伟"), ("wong-kar-wai", "王家卫")]),
        ("是枝裕和監督の新作が公開された。", [("kore-eda-hirokazu", "是枝裕和")]),  # Japanese: kanji then kana
        # A foreign name in katakana, its parts joined by a middle dot, however long.
        ("審査員長はマティ・ディオップ。イ・ジウォンの新作が受賞した。", [("mati-diop", "マティ・ディオップ"), ("lee-ji-won", "イ・ジウォン")]),
        ("マティ・ディオップス監督", []),  # a katakana name links only as a whole run of katakana
    ],
)
def test_a_registered_chinese_or_japanese_name_links_inside_unspaced_text(chinese_names, text, expected):
    blocks, _ = link_mentions(article(text), chinese_names)
    mentions = [n for n in blocks[0].inlines if isinstance(n, model.Mention)]
    assert [(m.key, m.children[0].text) for m in mentions] == expected
    assert "".join(model_text(n) for n in blocks[0].inlines) == text  # every character kept, in order


def model_text(node: model.Inline) -> str:
    return node.text if isinstance(node, model.Text) else "".join(model_text(child) for child in node.children)


def test_a_page_naming_a_chinese_name_inside_its_text_has_it_in_its_digest(chinese_names):
    words = scanned_words(article("王家卫的电影昨日重映。"))
    assert "王家卫" in words
    assert chinese_names.link_inputs(words) != chinese_names.link_inputs(scanned_words(article("电影昨日重映。")))


def test_a_page_naming_a_long_katakana_name_has_it_in_its_digest(chinese_names):
    words = scanned_words(article("審査員長はマティ・ディオップ。"))
    assert chinese_names.link_inputs(words) != chinese_names.link_inputs(scanned_words(article("審査員長は。")))


def test_a_page_naming_a_hangul_name_with_a_particle_has_the_name_in_its_digest():
    """The linking pass finds "김민지" in "김민지는" and "야마다 하루카" in "야마다 하루카가": the digest must hold
    the names without their particles, or a cached page would not link a name a new page teaches."""
    assert {"김민지", "야마다", "하루카"} <= set(scanned_words(article("김민지는 야마다 하루카가 웃었다.")))


def test_a_quoted_korean_title_with_a_number_links_before_its_particle(tmp_path):
    """"'미키 17'이" read as the words 미키 and 17'이: the title's last word held the quote and the particle."""
    (tmp_path / "films.toml").write_text('[[film]]\nid = "miki-17"\ntitle = "Mickey 17"\ntitles = ["미키 17"]\n', encoding="utf-8")
    assert ("film", "miki-17", "미키 17") in found(Matcher(load_registry(tmp_path)), "봉준호 감독의 신작 '미키 17'이 베를린에 초청됐다.")


def test_an_apostrophe_inside_a_latin_word_stays_in_it(matcher):
    assert ("person", None, "Conan O'Brien") in found(matcher, "The director Conan O'Brien said the shoot was long.")



@pytest.mark.parametrize(
    "text", ["Bong Joon-ho and Kim Tae‐yong at BIFF_2025", "Mickey 17, 12.12: The Day -- _ends_", "배우 김민지가 「고요한 항구」를", "是枝裕和監督の新作 9-"]
)
def test_a_text_without_apostrophes_or_middle_dots_is_split_by_the_plain_pattern_into_the_same_words(text: str) -> None:
    from people_films.mentions import _PLAIN_WORD, _WORD, _words_pattern  # noqa: PLC0415 (the matcher's own patterns)

    assert _words_pattern(text) is _PLAIN_WORD
    assert [m.span() for m in _PLAIN_WORD.finditer(text)] == [m.span() for m in _WORD.finditer(text)]


def test_a_registered_name_with_initials_written_together_links_when_it_is_the_longest():
    """"Harold T.J. Wendle" is four words as a page is read (Harold, T, J, Wendle), not three."""
    wendle = Entity("person", "harold-t-j-wendle", "Harold T.J. Wendle", family="Wendle")
    page = model.Article(model.Metadata(title="t"), [model.Paragraph((model.Text("Before Harold T.J. Wendle, nobody did."),))])
    registry = Registry({"harold-t-j-wendle": wendle}, by_key={("person", person_key(wendle.name)): wendle.id})
    assert [o.entity_id for o in link_mentions(page, Matcher(registry))[1]] == ["harold-t-j-wendle"]
