"""People and films found in the text get pages; a curator accepts, merges or rejects them.

Real ingests and real Sphinx builds of a two-article site whose registry
starts empty, run as ``make html`` runs them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import json
from pathlib import Path

import pytest
import tomlkit

from ingest.pipeline import process_page
from people_films import evidence, mentions
from people_films.mentions import Matcher
from people_films.names import mixes_look_alike_scripts
from people_films.proposals import ReviewError, apply_review, proposals_toml
from people_films.review import Found, Review, detected_registry, gather, load_detected, near_spelling, SpellingIndex
from people_films.registry import Entity, Registry, load_registry, read_registry
from tests.sitebuild import ROOT, build_env

pytestmark = pytest.mark.site

FESTIVAL = """Busan names its jury
Director Nora Field said the jury would watch every film twice.
The closing film is "Salt Marsh" (2019), a drama about a fishing village.
"""
# Nora Field has no cue here: she is known from the other article.
REVIEW = """A week of premieres
The week belonged to Nora Field, whose drama opened in Seoul.
Also premiering: "Paper Kites" (2021), directed by Lee Han-seul.
"I am thrilled," Lee Han-sl said, spelling her name as she does on social media.
"""


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=root, env=build_env(), capture_output=True, text=True, timeout=600)


def build(root: Path, out: str = "_build", jobs: str = "1") -> Path:
    ingest = run(root, "-m", "ingest", "build", "--corpus", "corpus", "--out", "docs/articles", "--registry", "registry", "--no-cache")
    assert ingest.returncode == 0, ingest.stderr
    sphinx = run(
        root, "-m", "sphinx", "-M", "html", "docs", out, "-c", str(ROOT), "-W", "--keep-going", "-j", jobs,
        "-D", f"archive_registry={root / 'registry'}",
    )
    assert sphinx.returncode == 0, sphinx.stderr
    return root / out / "html"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "corpus").mkdir(parents=True)
    (root / "corpus" / "festival.txt").write_text(FESTIVAL, encoding="utf-8")
    (root / "corpus" / "review.txt").write_text(REVIEW, encoding="utf-8")
    (root / "registry").mkdir()
    (root / "registry" / "people.toml").write_text("# People (a curator's comment that must survive a review)\n", encoding="utf-8")
    (root / "registry" / "films.toml").write_text("", encoding="utf-8")
    (root / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "index.md", root / "docs" / "index.md")
    return root


def test_detected_person_gets_a_page_an_index_entry_and_links_from_every_article(site):
    html = build(site)
    page = (html / "people" / "nora-field.html").read_text(encoding="utf-8")
    assert "Found in the text, not yet reviewed by a curator." in page
    assert "nora-field.html" in (html / "genindex.html").read_text(encoding="utf-8")
    assert "Nora Field" in (html / "cine-people.html").read_text(encoding="utf-8")
    articles = [p for p in (html / "articles").glob("*.html") if p.stem.startswith(("busan-names", "a-week-of"))]
    assert len(articles) == 2
    for article in articles:  # linked where it was cued, and where it was not
        assert "../people/nora-field.html" in article.read_text(encoding="utf-8"), article.name
    assert (html / "films" / "salt-marsh.html").exists()


def test_serial_and_parallel_builds_agree(site):
    serial, parallel = build(site, "_serial"), build(site, "_parallel", jobs="2")
    pages = sorted(p.relative_to(serial) for p in serial.rglob("*.html"))
    assert pages == sorted(p.relative_to(parallel) for p in parallel.rglob("*.html"))
    for page in pages:
        if page.parts[0] in ("people", "films", "articles"):
            assert (serial / page).read_bytes() == (parallel / page).read_bytes(), page


def test_accept_merge_and_reject_round_trip_through_the_registry(site):
    proposals = site / "proposals.toml"
    assert run(site, "-m", "ingest", "propose", "corpus/festival.txt", "corpus/review.txt", "--registry", "registry", "--out", str(proposals)).returncode == 0
    queue = tomlkit.parse(proposals.read_text(encoding="utf-8"))
    people = {entry["name"]: entry for entry in queue["person"]}
    assert people["Nora Field"]["action"] == "accept"
    people["Lee Han-seul"]["action"] = "accept"
    # A spelling the romanisation folds miss, one syllable apart: suggested as a merge.
    assert (people["Lee Han-sl"]["action"], people["Lee Han-sl"]["into"]) == ("merge", "lee-han-seul")
    films = {entry["title"]: entry for entry in queue["film"]}
    films["Paper Kites"]["action"] = "reject"
    proposals.write_text(tomlkit.dumps(queue), encoding="utf-8")
    assert run(site, "-m", "ingest", "review", str(proposals), "--registry", "registry").returncode == 0

    registry = (site / "registry" / "people.toml").read_text(encoding="utf-8")
    assert registry.startswith("# People (a curator's comment that must survive a review)")
    entries = {p["id"]: p for p in tomllib.loads(registry)["person"]}
    assert entries["nora-field"]["name"] == "Nora Field"
    assert entries["lee-han-seul"]["spellings"] == ["Lee Han-sl"]
    assert tomllib.loads((site / "registry" / "rejected.toml").read_text(encoding="utf-8")) == {"film": [{"title": "Paper Kites"}]}

    html = build(site)
    page = (html / "people" / "nora-field.html").read_text(encoding="utf-8")
    assert "not yet reviewed" not in page  # a registry entry now, same page, same links
    assert not (html / "films" / "paper-kites.html").exists()
    assert not (html / "people" / "lee-han-sl.html").exists()
    review = next((html / "articles").glob("a-week-of*.html"))
    assert "../people/lee-han-seul.html" in review.read_text(encoding="utf-8")
    again = run(site, "-m", "ingest", "propose", "corpus/festival.txt", "corpus/review.txt", "--registry", "registry")
    assert "Paper Kites" not in again.stdout and "Nora Field" not in again.stdout


def test_a_published_page_merged_into_another_entry_redirects_to_it(site):
    assert (build(site) / "films" / "paper-kites.html").exists()
    proposals = site / "proposals.toml"
    assert run(site, "-m", "ingest", "propose", "corpus/festival.txt", "corpus/review.txt", "--registry", "registry", "--out", str(proposals)).returncode == 0
    queue = tomlkit.parse(proposals.read_text(encoding="utf-8"))
    films = {entry["title"]: entry for entry in queue["film"]}
    films["Salt Marsh"]["action"] = "accept"
    films["Paper Kites"]["action"], films["Paper Kites"]["into"] = "merge", "salt-marsh"  # the curator knows better
    proposals.write_text(tomlkit.dumps(queue), encoding="utf-8")
    assert run(site, "-m", "ingest", "review", str(proposals), "--registry", "registry").returncode == 0
    assert tomllib.loads((site / "registry" / "films.toml").read_text(encoding="utf-8"))["film"][0]["moved_from"] == ["paper-kites"]

    moved = (build(site) / "films" / "paper-kites.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=salt-marsh.html">' in moved
    assert '<a href="salt-marsh.html">Salt Marsh</a>' in moved


def test_a_merge_records_the_merged_pages_id_once(tmp_path):
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "people.toml").write_text('[[person]]\nid = "park-seo-yeon"\nname = "Park Seo-yeon"\n', encoding="utf-8")
    merge = '[[person]]\naction = "merge"\ninto = "park-seo-yeon"\nid = "park-seo-yeon-2"\nname = "Park Seo Yeon"\n'
    for _ in range(2):
        (tmp_path / "proposals.toml").write_text(merge, encoding="utf-8")
        apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    assert load_registry(tmp_path / "registry").people["park-seo-yeon"].moved_from == ("park-seo-yeon-2",)


def test_a_moved_from_that_is_no_id_is_one_problem_and_left_out(tmp_path):
    (tmp_path / "people.toml").write_text('[[person]]\nname = "Park Seo-yeon"\nmoved_from = ["../index", "park-sy"]\n', encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert registry.people["park-seo-yeon"].moved_from == ("park-sy",)
    assert problems == [f"{tmp_path / 'people.toml'}: person #1: moved_from '../index' must be an id, lower-case letters, digits and hyphens, at most 100 characters"]


def test_a_near_romanisation_of_a_known_person_links_to_them_when_only_one_fits():
    han_seul = Entity("person", "lee-han-seul", "Lee Han-seul", family="Lee")
    han_sol = Entity("person", "lee-han-sol", "Lee Han-sol", family="Lee")
    assert near_spelling("Lee Han-sl", [han_seul]) == [han_seul]
    assert near_spelling("Hansl LEE", [han_seul]) == [han_seul]
    assert near_spelling("Park Han-sl", [han_seul]) == []  # another family
    celine = Entity("person", "celine-dorion", "Celine Dorion", family="Dorion")
    assert near_spelling("Canine Dorion", [celine]) == []  # only romanised Korean and Chinese names vary so
    registry = Registry({"lee-han-seul": han_seul, "lee-han-sol": han_sol})
    review = detected_registry(registry, gather([("page", [("person", "Lee Han-sl", "Lee Han-sl said.")])]), set())
    # Two fit: a page of its own, linked to neither, the queue naming both
    assert [entity.name for entity, _info in review.new] == ["Lee Han-sl"] and review.merges == []
    assert review.ambiguous == {review.new[0][0].id: ["lee-han-seul", "lee-han-sol"]}


def test_a_near_spelling_is_another_romanisation_of_the_same_sounds_not_another_name():
    min_ji = Entity("person", "kim-min-ji", "Kim Min-ji", family="Kim")
    do_hyun = Entity("person", "lee-do-hyun", "Lee Do-hyun", family="Lee")
    seong_min = Entity("person", "oh-seong-min", "Oh Seong-min", family="Oh")
    assert near_spelling("Kim Min-ju", [min_ji]) == []  # one letter apart, but "ju" and "ji" are other syllables
    assert near_spelling("Lee Su-hyun", [do_hyun]) == []  # two letters apart, another first syllable
    assert near_spelling("Oh Sung-mim", [seong_min]) == []
    assert near_spelling("Oh Sungmin", [seong_min]) == [seong_min]  # "eo" and "u" spell one vowel


def test_a_name_in_hangul_alone_is_another_spelling_of_the_known_person_it_reads_as():
    """봉준호 in a Korean page was proposed as a new person "bongjunho" beside the registered Bong Joon-ho."""
    bong = Entity("person", "bong-joon-ho", "Bong Joon-ho", family="Bong")
    lee = Entity("person", "lee-seo-yeon", "Lee Seo-yeon", family="Lee")
    choi = Entity("person", "choi-woo-shik", "Choi Woo-shik", family="Choi")
    assert near_spelling("봉준호", [bong, lee, choi]) == [bong]
    assert near_spelling("이서연", [bong, lee, choi]) == [lee]  # 이 is "I" by the Revised Romanisation, "Lee" by the person
    assert near_spelling("최우식", [bong, lee, choi]) == [choi]  # 식 is "sig" by the syllable, "shik" in the name
    assert near_spelling("봉준수", [bong]) == []  # another given name
    review = detected_registry(Registry({"bong-joon-ho": bong}), gather([("page", [("person", "봉준호", "봉준호 감독은 말했다.")])]), set())
    assert [(found.name, target) for found, target in review.merges] == [("봉준호", "bong-joon-ho")]
    assert review.registry.lookup("person", "봉준호").id == "bong-joon-ho" and review.new == []


def test_a_short_given_name_in_hangul_reads_as_the_known_person_it_sounds_like():
    """윤지아 was offered as a new person beside Yoon Ji-a: "jia" is too short for letters apart, not for one sound."""
    yoon = Entity("person", "yoon-ji-a", "Yoon Ji-a", family="Yoon")
    assert near_spelling("윤지아", [yoon]) == [yoon]
    assert near_spelling("윤지우", [yoon]) == []  # another given name
    # ... a suggestion, never a link: 수아 and 서아 sound alike too
    review = detected_registry(Registry({"yoon-ji-a": yoon}), gather([("page", [("person", "윤지아", "배우 윤지아가 말했다.")])]), set())
    assert review.merges == [] and list(review.maybe_same.values()) == ["yoon-ji-a"]


def test_a_name_in_kanji_reads_as_a_known_name_written_with_macrons():
    """金本修二 was offered as a new person beside Shūji Kanemoto: Hepburn's macron kept the name's letters unread."""
    kanemoto = Entity("person", "shuji-kanemoto", "Shūji Kanemoto")
    assert SpellingIndex([kanemoto]).read_in_romaji("金本修二", "ja") == [kanemoto]



def test_a_name_in_hangul_that_reads_as_an_unreviewed_name_is_paged_apart_and_proposed_as_a_merge():
    """The actress 김민지 of a Korean page was linked to the page of "Kim Min-ji", a reporter's byline on
    another site: one of the commonest Korean names, read by its sound alone. Neither was reviewed."""
    pages = [("ko", [("person", "김민지", "배우 김민지가 주연을 맡았다.")] * 3), ("en", [("person", "Kim Min-ji", "By Kim Min-ji")])]
    review = detected_registry(Registry(), gather(pages), set())
    assert sorted(entity.name for entity, _found in review.new) == ["Kim Min-ji", "김민지"]
    hangul = review.registry.lookup("person", "김민지")
    assert hangul.id != "kim-min-ji" and review.maybe_same == {hangul.id: "kim-min-ji"}
    [entry] = [e for e in tomllib.loads(proposals_toml(review))["person"] if e["name"] == "김민지"]
    assert (entry["action"], entry["into"]) == ("merge", "kim-min-ji")


def test_a_name_one_letter_from_a_registered_one_is_proposed_as_a_merge_and_not_paged():
    """"Sheila Attim" in one review was proposed as a new person beside the registered Sheila Atim."""
    atim = Entity("person", "sheila-atim", "Sheila Atim", family="Atim")
    review = detected_registry(Registry({"sheila-atim": atim}), gather([("page", [("person", "Sheila Attim", "Sheila Attim stars.")])]), set())
    assert [(found.name, target) for found, target in review.misspelt] == [("Sheila Attim", "sheila-atim")]
    assert review.new == [] and review.merges == []  # no page of its own, not linked to her either
    [entry] = tomllib.loads(proposals_toml(review))["person"]
    assert (entry["action"], entry["into"]) == ("merge", "sheila-atim")


@pytest.mark.parametrize(
    "name",
    [
        "Ana Ruis",  # short: one letter apart, short names are other names
        "Kim Tae-yang",  # a Korean name one letter from Kim Tae-yong: another person, as often as not
    ],
)
def test_a_short_or_romanised_name_one_letter_away_is_a_new_person(name):
    people = {e.id: e for e in (Entity("person", "ana-ruiz", "Ana Ruiz", family="Ruiz"), Entity("person", "kim-tae-yong", "Kim Tae-yong", family="Kim"))}
    review = detected_registry(Registry(people), gather([("page", [("person", name, f"{name} said.")])]), set())
    assert review.misspelt == [] and [entity.name for entity, _found in review.new] == [name]


@pytest.mark.parametrize("hostile", ["\x7f", "\x1b[31m", "\x00", "\r\n[[person]]\nname = 'x'", '"""', "\u2028"])
def test_proposals_stay_valid_toml_whatever_the_page_or_file_name_holds(tmp_path, hostile):
    found = Found("person")
    found.spellings[f"Nora{hostile} Field"] += 1
    found.evidence[evidence.ROLE_BEFORE] += 1
    found.where.append((f"corpus/a{hostile}b.txt", f"Director Nora Field{hostile} said so."))
    review = Review(Registry(), new=[(Entity("person", "nora-field", f"Nora{hostile} Field", detected=True), found)])
    text = proposals_toml(review)
    data = tomllib.loads(text)
    assert [entry["name"] for entry in data["person"]] == [found.name]
    assert all(ch not in text for ch in "\x7f\x1b\x00")
    proposals = tmp_path / "proposals.toml"
    proposals.write_text(text, encoding="utf-8")
    apply_review(proposals, tmp_path / "registry")
    written = (tmp_path / "registry" / "people.toml").read_text(encoding="utf-8")
    assert tomllib.loads(written)["person"][0]["name"] == found.name
    assert all(ch not in written for ch in "\x7f\x1b\x00")  # the spelling as written is the name's: not kept
    assert load_registry(tmp_path / "registry").lookup("person", found.name)  # the next build reads what it wrote


@pytest.mark.parametrize("written", ["Love; Death", "Mickey`s Film", "Late <Autumn>", "{abbr}Past Lives", "Past | Lives", "Past\\Lives"])
def test_a_name_holding_a_character_names_may_not_use_is_neither_paged_nor_proposed(written):
    """A quoted title such as "Love; Death" became a page whose index entry ";" split into an
    entry and a sub-entry, and a proposal the review then refused (the registry's rule)."""
    found = gather([("a.txt", [("film", written, f'the film "{written}" opened'), ("film", "Late Autumn", 'the film "Late Autumn" opened')])])
    assert [info.name for info in found.values()] == ["Late Autumn"]


@pytest.mark.parametrize("written", ["N\u043era Field", "Nora F\u0456eld", "\u039dora Field"])  # Cyrillic o, Cyrillic i, Greek N
def test_a_name_mixing_look_alike_alphabets_in_a_word_is_neither_paged_nor_proposed(written):
    """"N" + Cyrillic "o" + "ra Field" is drawn as Nora Field: it was a second person whose page
    (people/nora-field-2) looked the same. Names wholly in one alphabet stay names."""
    found = gather([("a.txt", [("person", written, f"Director {written} spoke."), ("person", "Nora Field", "Director Nora Field spoke."),
                               ("person", "\u0410\u043d\u0434\u0440\u0435\u0439 \u0422\u0430\u0440\u043a\u043e\u0432\u0441\u043a\u0438\u0439", "Andrei.")])])
    assert sorted(info.name for info in found.values()) == ["Nora Field", "\u0410\u043d\u0434\u0440\u0435\u0439 \u0422\u0430\u0440\u043a\u043e\u0432\u0441\u043a\u0438\u0439"]


@pytest.mark.parametrize("written", ["Nora F\u0131eld", "N\u043era Field", "Nora \u0405ea Field"])  # dotless ı; Cyrillic о; Cyrillic Ѕ
def test_a_look_alike_spelling_is_the_person_of_the_real_spelling_not_a_second_page(written):
    """"Nora Fıeld" (a dotless ı, a Latin letter) is drawn as Nora Field and was a second person, nora-field-2, with a
    page of its own: a look-alike letter is read as the letter it is drawn like (Unicode's confusables, a small table),
    so the spelling is another of the one person's. One mixing alphabets is no spelling to show or propose: its page
    showed "Other spellings: Nоra Field", drawn as its name."""
    real = "Nora Sea Field" if "\u0405" in written else "Nora Field"
    found = gather([("a.txt", [("person", real, f"Director {real} spoke."), ("person", real, f"{real} smiled.")]),
                    ("b.txt", [("person", written, f"Director {written} spoke.")])])
    kept = [real] if mixes_look_alike_scripts(written) else sorted([real, written])
    assert [(info.name, sorted(info.spellings), len(info.where)) for info in found.values()] == [(real, kept, 3)]
    review = detected_registry(Registry(), found, set())
    assert [entity.id for entity, _ in review.new] == [real.lower().replace(" ", "-")]


def test_a_look_alike_spelling_of_a_registered_person_links_to_them():
    field = Entity("person", "nora-field", "Nora Field", family="Field")
    registry = Registry({"nora-field": field}, by_key={("person", ("field", "nora")): "nora-field"})
    assert Matcher(registry).person("Nora F\u0131eld") == "nora-field"


def test_a_turkish_name_with_a_dotless_i_is_a_person_of_its_own():
    """ı is a letter of Turkish: "Çağrı Işık" written alone is a person, paged under its own spelling."""
    found = gather([("a.txt", [("person", "\u00c7a\u011fr\u0131 I\u015f\u0131k", "Director \u00c7a\u011fr\u0131 I\u015f\u0131k spoke.")])])
    assert [info.name for info in found.values()] == ["\u00c7a\u011fr\u0131 I\u015f\u0131k"]


@pytest.mark.parametrize(("kind", "written"), [("person", "Index"), ("film", "Index"), ("person", "INDEX")])
def test_no_name_found_in_a_page_takes_its_folders_own_page(kind, written):
    """A musician "Index" (a speaker label) got the id "index": people/index.html, the page a browser shows for the
    address people/, was the page a scraped page named."""
    found = gather([("a.txt", [(kind, written, f"{written}: I started with the piano.", "speaker label")])])
    review = detected_registry(Registry(), found, set())
    assert [(entity.id, entity.moved_from) for entity, _info in review.new] == [("index-2", ())]


@pytest.mark.parametrize("hidden", ["\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u00ad", "\u034f", "\ufe00", "\u180b"])
def test_a_name_is_found_without_the_invisible_characters_it_was_written_with(hidden):
    """"Para\u200csite" looks like "Parasite": it was the film's name on its page, invisible characters and all."""
    found = gather([("a.txt", [("film", f"Para{hidden}site", "s1"), ("film", "Parasite", "s2")])])
    assert [dict(info.spellings) for info in found.values()] == [{"Parasite": 2}]


def test_a_spelling_the_registry_cannot_hold_is_refused_and_nothing_is_written(tmp_path):
    (tmp_path / "proposals.toml").write_text('[[person]]\naction = "accept"\nid = "nora-field"\nname = "Nora Field"\nspellings = ["Field; the director"]\n', encoding="utf-8")
    with pytest.raises(ReviewError, match="the registry would be invalid"):
        apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    assert not (tmp_path / "registry" / "people.toml").exists()


def test_a_page_over_the_detection_budget_is_published_with_one_warning(tmp_path, monkeypatch):
    page = tmp_path / "long.txt"
    page.write_text("A long page\n\nDirector Nora Field said so.\n\nDirector Tomas Rivera said so too.\n", encoding="utf-8")
    within = process_page(page, tmp_path, Matcher(Registry()))
    assert [name for _kind, name, *_where in within.detected] == ["Nora Field", "Tomas Rivera"]
    monkeypatch.setattr(mentions, "PAGE_BUDGET_SECONDS", 0.0)  # the headline's detection exhausts it
    result = process_page(page, tmp_path, Matcher(Registry()))
    assert result.error == "" and "Tomas Rivera" in result.text
    assert [w for w in result.warnings if "people and films" in w] == [
        f"{page}: looking for unregistered people and films took over 0 s; stopped (registered names are still linked)"
    ]
    assert result.detected == []


def test_a_merge_into_a_hand_written_entry_without_an_id_uses_the_id_the_registry_gives_it(tmp_path):
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "people.toml").write_text('# by hand\n[[person]]\nname = "Kim Tae-yong"\n', encoding="utf-8")
    proposals = tmp_path / "proposals.toml"
    proposals.write_text('[[person]]\naction = "merge"\ninto = "kim-tae-yong"\nname = "Kim Teayong"\n', encoding="utf-8")
    apply_review(proposals, registry)
    person = tomllib.loads((registry / "people.toml").read_text(encoding="utf-8"))["person"][0]
    assert person["spellings"] == ["Kim Teayong"]


@pytest.mark.parametrize(
    ("written", "proposed"),
    [("LIU Mei", "Liu Mei"), ("Aditi RAO", "Aditi Rao"), ("Wai-lun CHAN", "Wai-lun Chan"), ("OH Seung-ah", "Oh Seung-ah"), ("JJ Abrams", "JJ Abrams")],
)
def test_a_family_name_in_festival_capitals_is_proposed_in_ordinary_case(written: str, proposed: str) -> None:
    """The festival's capitals went into the registry as the person's name; two capitals stay initials
    unless they are a Korean or Chinese family name."""
    found = Found("person")
    found.spellings[written] += 1
    assert found.name == proposed


def test_a_merge_into_an_entry_the_same_queue_accepts_applies_wherever_it_stands(tmp_path):
    (tmp_path / "proposals.toml").write_text(
        '[[person]]\naction = "merge"\ninto = "park-seo-yeon"\nname = "Park Seo Yeon"\n\n'
        '[[person]]\naction = "accept"\nid = "park-seo-yeon"\nname = "Park Seo-yeon"\n',
        encoding="utf-8",
    )
    assert apply_review(tmp_path / "proposals.toml", tmp_path / "registry") == {"accept": 1, "merge": 1, "reject": 0}
    assert load_registry(tmp_path / "registry").people["park-seo-yeon"].spellings == ("Park Seo Yeon",)


def test_a_merge_into_a_name_not_accepted_yet_says_to_accept_it_first(tmp_path):
    (tmp_path / "proposals.toml").write_text('[[person]]\naction = "merge"\ninto = "park-seo-yeon"\nname = "Park Seo Yeon"\n', encoding="utf-8")
    with pytest.raises(ReviewError, match=r"which people.toml does not have; a name found in the text joins people.toml once accepted"):
        apply_review(tmp_path / "proposals.toml", tmp_path / "registry")


def test_an_accepted_entry_renamed_by_the_curator_keeps_the_spelling_the_articles_use(tmp_path):
    found = Found("person")
    found.spellings["Jang Jae-hyun"] += 1
    found.evidence[evidence.ROLE_BEFORE] += 1
    review = Review(Registry(), new=[(Entity("person", "jang-jae-hyun", "Jang Jae-hyun", detected=True), found)])
    queue = proposals_toml(review).replace('name = "Jang Jae-hyun"', 'name = "Jang Jae-hyun (director)"')
    (tmp_path / "proposals.toml").write_text(queue, encoding="utf-8")
    apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    registry = load_registry(tmp_path / "registry")
    assert registry.people["jang-jae-hyun"].spellings == ("Jang Jae-hyun",)
    assert registry.lookup("person", "Jang Jae-hyun")  # the articles' spelling still links to the reviewed page


def _queue_of_one(name: str, entity_id: str) -> str:
    """The review queue ``propose`` writes for one person found in the text, whose automatic page is ``entity_id``."""
    found = Found("person")
    found.spellings[name] += 1
    found.evidence[evidence.ROLE_BEFORE] += 1
    return proposals_toml(Review(Registry(), new=[(Entity("person", entity_id, name, detected=True), found)]))


def test_an_entry_accepted_under_a_new_id_redirects_from_its_automatic_page(tmp_path):
    queue = _queue_of_one("Jang Jae-hyun", "jang-jae-hyun").replace('\nid = "jang-jae-hyun"', '\nid = "jang-jae-hyun-director"')
    (tmp_path / "proposals.toml").write_text(queue, encoding="utf-8")
    apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    assert load_registry(tmp_path / "registry").people["jang-jae-hyun-director"].moved_from == ("jang-jae-hyun",)


def test_an_entry_accepted_under_its_own_id_moves_from_nowhere(tmp_path):
    (tmp_path / "proposals.toml").write_text(_queue_of_one("Jang Jae-hyun", "jang-jae-hyun"), encoding="utf-8")
    apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    assert load_registry(tmp_path / "registry").people["jang-jae-hyun"].moved_from == ()


def test_a_spelling_linked_to_a_known_person_has_no_automatic_page_in_the_queue():
    """A near-romanisation merged into a registered person was never published under an id of its own."""
    found = Found("person")
    found.spellings["Lee Han-sl"] += 1
    found.where.append(("page.txt", "Lee Han-sl said so."))
    queue = tomllib.loads(proposals_toml(Review(Registry(), merges=[(found, "lee-han-seul")])))
    assert "automatic_id" not in queue["person"][0]


def test_review_reports_every_entrys_problem_at_once(tmp_path):
    """A merge into an unknown id, then a misspelt action, took two runs to see."""
    (tmp_path / "proposals.toml").write_text(
        '[[person]]\naction = "merge"\ninto = "nobody"\nname = "Park Seo Yeon"\n\n[[person]]\naction = "acept"\nid = "nora-field"\nname = "Nora Field"\n',
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, "-m", "ingest", "review", str(tmp_path / "proposals.toml"), "--registry", str(tmp_path / "registry")],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    problems = done.stderr.splitlines()
    assert len(problems) == 2 and "merge into 'nobody'" in problems[1] and "action 'acept' is not one of" in problems[0]
    assert not (tmp_path / "registry" / "people.toml").exists()


def test_a_hong_kong_name_in_full_is_the_person_of_its_short_form():
    page = [
        ("person", "Anselm Tsang", "Anselm Tsang Leads Nominations"),
        ("person", "Anselm Tsang Mou-yin", "Best Director for Anselm Tsang Mou-yin."),
    ]
    review = detected_registry(Registry(), gather([("hkfa", page)]), set())
    assert [sorted(entity.names) for entity, _found in review.new] == [["Anselm Tsang", "Anselm Tsang Mou-yin"]]


def test_two_full_forms_of_one_short_hong_kong_name_stay_two_people():
    page = [
        ("person", "Tony Leung", "Tony Leung stars."),
        ("person", "Tony Leung Chiu-wai", "Tony Leung Chiu-wai was there."),
        ("person", "Tony Leung Ka-fai", "Tony Leung Ka-fai was there too."),
    ]
    review = detected_registry(Registry(), gather([("page", page)]), set())
    assert len(review.new) == 3


def test_a_name_all_in_capitals_is_named_in_ordinary_case():
    """A photographer credited "PHOTO: JEAN-LUC MARTEAU" gets a page called Jean-Luc Marteau."""
    found = gather([("page", [("person", "JEAN-LUC MARTEAU", "PHOTO: JEAN-LUC MARTEAU", "photo credit")])])
    assert [info.name for info in found.values()] == ["Jean-Luc Marteau"]


def test_the_ingest_links_a_given_name_alone_only_in_the_articles_that_found_it(tmp_path):
    """The star's brother "Daniel" of one article was linked in a review where Daniel is a character."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "family.txt").write_text("A family in mourning\nWithin two days, the star's brother Daniel lost his battle with the disease.\n", encoding="utf-8")
    (corpus / "review.txt").write_text("A quiet review\nHer son Daniel, played by Josh Arden, wants her in a care home.\n", encoding="utf-8")
    (tmp_path / "registry").mkdir()
    done = run(tmp_path, "-m", "ingest", "build", "--corpus", "corpus", "--out", "docs/articles", "--registry", "registry", "--no-cache")
    assert done.returncode == 0, done.stderr
    pages = {p.read_text(encoding="utf-8").split("\n# ", 1)[-1].split("\n", 1)[0]: p.read_text(encoding="utf-8") for p in (tmp_path / "docs" / "articles").glob("*.md")}
    assert "cine:person/daniel" in pages["A family in mourning"]
    assert "cine:person/daniel" not in pages["A quiet review"]


@pytest.mark.parametrize(
    "automatic_id",
    ["../../index", "/etc/passwd", "https://evil.example/x", "jang\x1b[31mjae", "jang-jae-hyun\n", "jang\u202ejae", 42],
)
def test_a_hand_edited_automatic_id_that_is_no_id_is_one_error_line_and_the_registry_is_not_written(tmp_path, automatic_id):
    """It names the file a redirect page is written to: a path, an address or a control character
    in it was silently dropped (an "\\n" at the end even became the registry's moved_from)."""
    queue = tomlkit.parse(_queue_of_one("Jang Jae-hyun", "jang-jae-hyun"))
    queue["person"][0]["id"], queue["person"][0]["automatic_id"] = "jang-jae-hyun-director", automatic_id
    (tmp_path / "proposals.toml").write_text(tomlkit.dumps(queue), encoding="utf-8")
    with pytest.raises(ReviewError) as raised:
        apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    assert str(raised.value) == (
        f"{tmp_path / 'proposals.toml'}: person #1 'Jang Jae-hyun': automatic_id {automatic_id!r} is no id"
        " (lower-case letters, digits and hyphens): give the automatic page's id as propose wrote it, or delete the line"
    )
    assert not (tmp_path / "registry").exists()


def test_an_id_ending_in_a_line_break_is_no_id(tmp_path):
    """A regular expression's ``$`` matches before a final line break: ``id = "kim\\n"`` wrote the page
    ``docs/people/kim\\n.md``, a file name holding a line break."""
    (tmp_path / "people.toml").write_text('[[person]]\nid = "kim-dae-sik\\n"\nname = "Kim Dae-sik"\n', encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert registry.people == {}
    assert problems == [f"{tmp_path / 'people.toml'}: person 'Kim Dae-sik': id 'kim-dae-sik\\n' must be lower-case letters, digits and hyphens, at most 100 characters"]


def test_the_detected_file_gives_pages_only_to_ids(tmp_path):
    """Each detected entity's id names the file of its page (``docs/people/<id>.md``): one that is a path
    or holds a line break, in a ``_detected.json`` edited by hand, wrote that file wherever it pointed."""
    people = [{"id": i, "name": f"Name {n}", "spellings": []} for n, i in enumerate(["../../../outside", "/tmp/x", "kim\n", "nora-field"])]
    (tmp_path / "_detected.json").write_text(json.dumps({"person": people, "film": []}), encoding="utf-8")
    assert list(load_detected(tmp_path / "_detected.json", Registry()).people) == ["nora-field"]


def test_the_most_written_spelling_is_the_one_written_most_often_the_first_read_on_a_tie():
    found = Found("person")
    found.spellings.update({"Hong Sangsoo": 2, "Hong Sang-soo": 2, "Hong Sang Soo": 1})
    assert found.most_written_spelling == "Hong Sangsoo"  # the registry's style would name him Hong Sang-soo
    assert found.name == "Hong Sang-soo"


def test_films_of_one_title_stay_told_apart_by_year_once_detections_are_added(tmp_path):
    # The ingest links with the registry plus its detections: a remake registered beside its original
    # must keep its year-picked links there too.
    (tmp_path / "films.toml").write_text(
        '[[film]]\ntitle = "Winter Orchard"\nyear = 2012\n\n[[film]]\nid = "winter-orchard-1971"\ntitle = "Winter Orchard"\nyear = 1971\n',
        encoding="utf-8",
    )
    registry = load_registry(tmp_path)
    (tmp_path / "_detected.json").write_text('{"person": [{"id": "nora-field", "name": "Nora Field"}]}', encoding="utf-8")
    for added in (detected_registry(registry, {}, set()).registry, load_detected(tmp_path / "_detected.json", registry)):
        assert added.film_of_year("Winter Orchard", 1971) == "winter-orchard-1971"


def _two_pages_signed_robert() -> tuple[dict, Review]:
    """Two blogs' articles signed "By Robert", and the review of what they name."""
    from ingest import model  # noqa: PLC0415

    def article(title: str, text: str) -> model.Article:
        return model.Article(model.Metadata(title=title, authors=["Robert"]), [model.Paragraph((model.Text(text),))])

    pages = {
        "lake.html": article("A day at the lake", "We walked to the lake at dawn and counted the ducks."),
        "bread.html": article("Sourdough, again", "The starter took a week to wake up in the cold kitchen."),
    }
    empty = Matcher(Registry())
    first = {page: mentions.detected_names(mentions.link_mentions(a, empty)[1]) for page, a in pages.items()}
    return pages, detected_registry(Registry(), gather(first.items()), set())


def test_a_one_word_byline_is_its_own_articles_author_not_one_person_archive_wide():
    """Two blogs signed "By Robert" became one person page, "robert", that both articles linked to: a given name
    alone says who signs only in its own article. Each article's "Robert" is a person of its own, linked there."""
    pages, review = _two_pages_signed_robert()
    linker = Matcher(review.registry)
    authors = {
        page: {m.entity_id for m in (mentions.link_mentions(a, linker, detect_new=False, found_here=["Robert"], page=page), a.header_mentions)[1] if m.place == "byline"}
        for page, a in pages.items()
    }
    assert sorted(e.name for e, _ in review.new) == ["Robert", "Robert"]
    assert authors["lake.html"] != authors["bread.html"]
    assert all(len(ids) == 1 and None not in ids for ids in authors.values())


def test_the_queue_of_two_pages_signed_by_one_given_name_applies_cleanly(tmp_path):
    """The queue proposed "robert" and "robert-2", both named "Robert", to accept: applying it failed (one spelling
    claimed by two people), as the registry holds no person of one page. They are left out of the queue."""
    _pages, review = _two_pages_signed_robert()
    (tmp_path / "proposals.toml").write_text(proposals_toml(review), encoding="utf-8")
    apply_review(tmp_path / "proposals.toml", tmp_path / "registry")
    assert "Robert" not in (tmp_path / "registry" / "people.toml").read_text(encoding="utf-8")
