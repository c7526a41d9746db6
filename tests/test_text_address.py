"""The page's address as evidence of its headline and its date (issue 11, titles and dates).

Publishing systems make an article's address from its headline and the day
it was published ("/news/2023/10/24/busan-names-first-jury-films-made-with-ai");
a text dump's sidecar keeps that address as ``source_url``. The reader weighs
how much of the slug a candidate holds, with a model of its own for pages read
with an address (``ingest/text/title_model.json``, ``"with the address"``), and
takes the address's day for the article's date.
"""

from __future__ import annotations

import json
from pathlib import Path

from ingest.dates import address_date
from ingest.pipeline import read_page
from ingest.text import title_model
from ingest.text.headline import url_slug_words
from ingest.text.reader import read_text, title_candidates

DUMPS = Path(__file__).parent / "text_dumps"
HEADLINE = "Busan names its first jury for films made with AI"
ADDRESS = "https://filmdaily.example/news/2023/10/24/busan-names-first-jury-films-made-with-ai"


def test_the_slug_of_the_address_names_the_headline_over_a_teaser_above_it() -> None:
    text = (DUMPS / "headline_named_by_its_address.txt").read_text(encoding="utf-8")
    assert read_text(text, url=ADDRESS).metadata.title == HEADLINE


def test_the_sidecars_source_url_is_the_address(tmp_path: Path) -> None:
    page = tmp_path / "busan-jury.txt"
    page.write_text((DUMPS / "headline_named_by_its_address.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "busan-jury.meta.toml").write_text(f'source_url = "{ADDRESS}"\n', encoding="utf-8")
    assert read_page(page).metadata.title == HEADLINE


def test_an_address_by_number_is_no_evidence() -> None:
    text = (DUMPS / "korean_address_by_number.txt").read_text(encoding="utf-8")
    by_number = read_text(text, url="https://www.cinenews.example/news/articleView.html?idxno=123456")
    assert url_slug_words("https://www.cinenews.example/news/articleView.html?idxno=123456") == frozenset()
    assert by_number.metadata.title == read_text(text).metadata.title


def test_the_slug_is_the_part_of_the_path_with_the_most_words_numbers_and_file_endings_aside() -> None:
    assert url_slug_words("https://sfgate.example/news/article/The-Latest-Man-stabbed-14847453.php") == {"the", "latest", "man", "stabbed"}
    assert url_slug_words("https://cineletter.example/film/reviews/") == frozenset()  # a section: too few words


def test_slug_words_match_headline_words_in_any_script() -> None:
    """German slugs write umlauts as "oe" or "o"; a Hangul slug is romanised as the headline's words are."""
    korean = "부산국제영화제, 첫 AI 영화 심사위원단 발표"
    text = f"{korean}\n김지수 기자\n" + "부산국제영화제가 새 부문의 심사위원단을 2일 발표했다. 새 부문은 금요일 11개국 40편의 영화로 문을 연다.\n" * 2
    address = "https://cinenews.example/news/%EB%B6%80%EC%82%B0%EA%B5%AD%EC%A0%9C%EC%98%81%ED%99%94%EC%A0%9C-AI-%EC%8B%AC%EC%82%AC%EC%9C%84%EC%9B%90%EB%8B%A8"
    features = dict(title_candidates(text, url=address))[korean]
    assert features[title_model.ADDRESS_FEATURE] == 1.0
    german = dict(title_candidates(f"Ultium Cells erhöht Kapazität in Tennessee\n{text}", url="https://battery.example/ultium-cells-erhoeht-kapazitaet"))
    assert german["Ultium Cells erhöht Kapazität in Tennessee"][title_model.ADDRESS_FEATURE] == 1.0


def test_each_model_weighs_exactly_the_evidence_the_reader_names_for_its_pages() -> None:
    text = (DUMPS / "headline_named_by_its_address.txt").read_text(encoding="utf-8")
    weights = json.loads(title_model.MODEL.read_text(encoding="utf-8"))
    named_with = {name for _, features in title_candidates(text, url=ADDRESS) for name in features}
    named_without = {name for _, features in title_candidates(text) for name in features}
    assert named_with == set(weights["with the address"]["weights"])
    assert named_without == set(weights["weights"]) == named_with - {title_model.ADDRESS_FEATURE}


def test_the_day_in_the_address_is_the_articles_date_over_a_revisions_in_the_header() -> None:
    text = f"{HEADLINE}\nUpdated: October 25, 2023\n" + "The festival opened on Friday with forty films made with generative tools, more than ever before.\n" * 2
    assert read_text(text).metadata.date == "2023-10-25"
    assert read_text(text, url=ADDRESS).metadata.date == "2023-10-24"


def test_an_address_without_a_day_leaves_the_pages_own_date() -> None:
    text = (DUMPS / "korean_address_by_number.txt").read_text(encoding="utf-8")
    assert read_text(text, url="https://www.cinenews.example/news/articleView.html?idxno=123456").metadata.date == "2024-10-02"


def test_only_a_calendar_day_set_apart_by_separators_is_an_address_day() -> None:
    assert address_date("https://blog.example/2019/12/09/festival-diary/") == "2019-12-09"
    assert address_date("https://blog.example/2019-12-09-festival-diary") == "2019-12-09"
    assert address_date("https://blog.example/2023/02/30/festival-diary/") == ""  # no such day
    assert address_date("https://news.example/film/205331.html") == ""  # an id, not a day
    assert address_date("https://news.example/2999/01/01/the-future") == ""  # after today


def test_a_line_holding_most_of_the_slug_is_a_candidate_wherever_it_stands() -> None:
    text = (DUMPS / "headline_above_a_long_menu.txt").read_text(encoding="utf-8")
    assert read_text(text, url="https://cineletter.example/2023/10/24/busan-names-first-jury-films-made-with-ai").metadata.title == HEADLINE
