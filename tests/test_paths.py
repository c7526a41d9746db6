"""ingest.paths: one pure function names every article file."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import pytest

from ingest import pipeline
from ingest.paths import article_path, page_language, slug
from people_films.names import slugify

RESERVED = {"index", "search", "genindex", "py-modindex", "conf", "catalog"}
HOSTILE_TITLES = [
    "../x",
    "../../../../tmp/x",
    "/x",
    "/etc/passwd",
    "index",
    "search",
    "genindex",
    "x" * 1000,
    "word " * 300,
    "!!! ??? ...",
    "",
    ".hidden",
    "_static",
    "CON",
    "김태용 감독 인터뷰",
    "a\x00b\nc\u202ed",
    "C:\\Windows\\system32",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_a_slug_is_a_short_plain_name_whatever_the_title(title: str) -> None:
    name = slug(title, "corpus/page.txt")
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{8}", name), name
    assert len(name) <= 69
    assert name not in RESERVED


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_the_path_stays_in_the_articles_folder(title: str) -> None:
    path = article_path(title, "page.txt")
    assert len(path.parts) == 1 and path.suffix == ".md" and not path.name.startswith((".", "_"))


def test_same_title_from_two_pages_gives_two_names() -> None:
    assert slug("Same title", "a.txt") != slug("Same title", "b.txt")


def test_the_name_is_stable_across_runs() -> None:
    assert slug("Choon: An Interview", "000.txt") == slug("Choon: An Interview", "000.txt")


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("김태용 감독 인터뷰", "gimtaeyong-gamdog-inteobyu"),  # Hangul, romanised by syllable (anyascii)
        ("AI 영화 〈원 모어 펌킨〉", "ai-yeonghwa-won-moeo-peomkin"),
        ("東京物語", "dongjingwuyu"),
        ("Москва", "moskva"),
        ("Łódź", "lodz"),  # a Latin letter with no decomposition
    ],
)
def test_other_scripts_are_romanised_not_dropped(title: str, words: str) -> None:
    assert slug(title, "p.txt") == f"{words}-{slug('', 'p.txt')[-8:]}"


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Choon: An Interview", "choon-an-interview"),
        ("Café — naïve “quotes” & Don’t", "cafe-naive-quotes-dont"),  # accents dropped, punctuation a hyphen or nothing
        ("ＦＵＬＬＷＩＤＴＨ ½", "fullwidth-12"),
    ],
)
def test_latin_titles_keep_the_slugs_they_always_had(title: str, words: str) -> None:
    assert slug(title, "p.txt").removesuffix("-" + slug("", "p.txt")[-8:]) == words


def test_two_pages_given_one_file_name_are_never_written_to_one_file(tmp_path, monkeypatch):
    """Eight hex digits of a path's hash can be matched by whoever names a page (2**32 tries):
    the later page overwrote the earlier's article without a word."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text(f"Same headline\n\nThe festival opened on Friday with a program of films, page {name}.\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "article_path", lambda title, source, language="": PurePosixPath("same-headline-00000000.md"))
    report = pipeline.ingest_corpus(corpus, tmp_path / "out", jobs=1)
    assert report.errors == [f"{corpus / 'b.txt'}: its article would be written to same-headline-00000000.md, as {corpus / 'a.txt'}'s is (the hashes of their names agree); rename one of the two pages"]
    assert "page a.txt" in (tmp_path / "out" / "same-headline-00000000.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("title", "language", "words"),
    [
        ("濱口竜介『悪は存在しない』", "", "hamaguchi-ryuusuke-aku-ha-sonzai-shinai"),  # kana in it: Japanese, read as Japanese
        ("東京物語", "ja", "toukyou-monogatari"),  # kanji alone, on a page whose language is Japanese
        ("東京物語", "", "dongjingwuyu"),  # kanji alone, no language: read as Chinese, as before
    ],
)
def test_japanese_is_romanised_as_japanese_not_as_chinese_pinyin(title: str, language: str, words: str) -> None:
    assert slug(title, "p.txt", language).removesuffix("-" + slug("", "p.txt")[-8:]) == words


def test_a_japanese_film_title_gets_an_id_in_romaji():
    assert slugify("悪は存在しない") == "aku-ha-sonzai-shinai"


@pytest.mark.parametrize(
    ("stated", "text", "language"),
    [
        ("ja-JP", "是枝裕和", "ja"),  # the page says Japanese
        ("", "是枝裕和の新作", "ja"),  # kana: only Japanese writes them
        ("en", "An interview with 是枝裕和 (Kore-eda Hirokazu)", "en"),  # kanji alone may be Chinese
        ("", "是枝裕和", ""),
        ("", "克里斯托弗・诺兰的新片", ""),  # Chinese writes the katakana middle dot between a foreign name's parts too
    ],
)
def test_a_pages_language_for_its_ids_is_the_stated_one_or_japanese_by_its_kana(stated: str, text: str, language: str) -> None:
    assert page_language(stated, text) == language


@pytest.mark.parametrize("title", ["[리뷰] 헤어질 결심", "【独家】分手的决心", "[INTERVIEW] Decision to Leave"])
def test_a_headlines_bracketed_label_is_no_word_of_its_address(title: str) -> None:
    words = slug(title, "corpus/a.html").rsplit("-", 1)[0]
    assert not words.startswith(("ribyu", "dujia", "interview")), words


def test_a_title_that_is_a_label_alone_keeps_it() -> None:
    assert slug("[공지]", "corpus/a.html").startswith("gongji-")


def test_a_latin_name_with_accents_on_a_japanese_page_keeps_its_words_whole():
    """pykakasi cuts "Brûlé" into "Br", "û", "l", "é": the id was "e-milie-br-u-l-e" beside "emilie-brule"."""
    assert slugify("Émilie Brûlé", "ja") == "emilie-brule"
    assert slugify("是枝裕和とÉmilie Brûlé", "ja") == "koreeda-hirokazu-to-emilie-brule"


def test_a_ratings_half_star_is_no_word_of_the_address() -> None:
    # Letterboxd titles a review by its rating: "½" decomposes to "1⁄2", and was "12" in the address.
    assert slug("A ★★★★½ review of Southern Snow (2026)", "p.html").startswith("a-review-of-southern-snow-2026-")
