"""Bylines, picture credits, comment threads and related lists of text dumps (issue 11, thirteenth round).

One test per fault the twelfth round left; the dumps in tests/text_dumps/
are hand-made in the style of Korean and English film news
(``python -m ingest inspect tests/text_dumps/NAME.txt`` shows the reader's
result and the evidence for every dropped line).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import model
from ingest.pipeline import read_page
from ingest.text.reader import read_text
from people_films.mentions import Matcher, link_mentions
from people_films.registry import Registry
from tests.test_text_dump_kinds import TEXT, body, dump, reasons

HEADLINE = "Festival names its first jury for films made with AI"
ARTICLE = "\n".join(f"{TEXT} Paragraph {n}." for n in range(4))


# --- 1. A byline with its name in two scripts ----------------------------------------------


def test_a_byline_with_the_name_in_hangul_after_it_is_the_byline_not_the_deck() -> None:
    article = dump("bilingual_byline_korean_news")
    assert (article.metadata.authors, article.metadata.deck) == (["Kim Ji-su"], [])
    assert reasons(article)["By Kim Ji-su (김지수)"].startswith("byline")


def test_a_korean_text_credit_with_the_romanised_name_after_it_is_the_byline_not_the_deck() -> None:
    article = dump("korean_credit_byline")
    assert (article.metadata.authors, article.metadata.deck) == (["Kim Ji-su"], [])


@pytest.mark.parametrize("name", ["bilingual_byline_korean_news", "korean_credit_byline"])
def test_a_bilingual_byline_is_the_byline_with_a_sidecar_too(tmp_path: Path, name: str) -> None:
    page = tmp_path / f"{name}.txt"
    page.write_text((Path(__file__).parent / "text_dumps" / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    page.with_suffix(".meta.toml").write_text('source_url = "https://filmpress.example/news/articleView.html?idxno=48213"\n', encoding="utf-8")
    article = read_page(page)
    assert (article.metadata.authors, article.metadata.deck) == (["Kim Ji-su"], [])


@pytest.mark.parametrize("line", ["김지수 기자 / By Kim Ji-su", "Kim Ji-su (김지수) Reporter"])
def test_a_bilingual_byline_across_a_slash_or_with_its_role_after_is_the_byline(line: str) -> None:
    article = read_text(f"{HEADLINE}\n{line}\nMarch 5, 2025\n{ARTICLE}\n")
    assert (article.metadata.authors, article.metadata.deck) == (["Kim Ji-su"], [])


def test_a_bilingual_byline_takes_every_role_the_author_cleaning_knows_after_a_name() -> None:
    # 통신원 (stringer) is one of ingest.authors.ROLES_AFTER_NAME: the text reader reads the same list.
    article = read_text(f"{HEADLINE}\nPark Min-ho (박민호) 통신원\nMarch 5, 2025\n{ARTICLE}\n")
    assert (article.metadata.authors, article.metadata.deck) == (["Park Min-ho"], [])


def test_a_name_in_two_scripts_that_says_no_byline_is_no_author() -> None:
    # Alone on its line, with no opener nor role, it is as often a portrait's caption.
    assert read_text(f"{HEADLINE}\nKim Ji-su (김지수)\n{ARTICLE}\n").metadata.authors == []


def test_a_parenthesis_that_is_no_second_form_of_the_name_makes_no_byline() -> None:
    # A deck that opens with "By" and names a film in brackets is a deck, not a reporter.
    article = read_text(f"{HEADLINE}\nBy design (and by law) the jury sees no credits\nMarch 5, 2025\n{ARTICLE}\n")
    assert article.metadata.authors == []


# --- 2. Bylines in Italian, Spanish and French ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Di Marco Rossi", "Marco Rossi"),
        ("Por Ana García", "Ana García"),
        ("Par Julien Delmas", "Julien Delmas"),
        ("Di Leonardo Di Caprio", "Leonardo Di Caprio"),
        ("By Leonardo DiCaprio", "Leonardo DiCaprio"),
    ],
)
def test_a_byline_in_another_language_names_its_author_without_the_preposition(line: str, author: str) -> None:
    article = read_text(f"{HEADLINE}\n{line}\n{ARTICLE}\n")
    assert (article.metadata.authors, article.metadata.deck) == ([author], [])


def test_only_the_first_byline_in_another_language_names_the_author() -> None:
    # A list of columns after the article, each over "Par" and its writer's name: other articles' bylines.
    columns = "".join(f"Chronique numéro {n} du festival\nPar {name}\n" for n, name in enumerate(["Marie Dubois", "Paul Martin", "Anne Leroy"]))
    article = read_text(f"{HEADLINE}\nPar Julien Delmas\n{ARTICLE}\n{columns}")
    assert article.metadata.authors == ["Julien Delmas"]


def test_di_that_begins_a_surname_is_no_byline() -> None:
    # "Di Caprio" is one man's surname, not "by Caprio": a byline's name has a given name and a surname.
    article = read_text(f"{HEADLINE}\nDi Caprio\n{ARTICLE}\n")
    assert article.metadata.authors == []


# --- 3. Picture credits ------------------------------------------------------------------------


def test_picture_credits_of_an_agency_and_a_photographer_are_credits_never_text_nor_deck() -> None:
    article = dump("picture_credits_by_agency")
    assert article.metadata.deck == []
    assert article.metadata.title == "Festival names its first jury for films made with AI"
    assert article.metadata.image_credits == ["Getty Images / Jane Doe", "Jane Doe / Shutterstock", "사진=연합뉴스", "사진=Jane Doe"]
    for credit in ("Getty Images", "Shutterstock", "사진", "Jane Doe"):
        assert credit not in body(article)
    assert article.metadata.authors == ["Mina Park"]


def test_a_headline_that_names_an_agency_and_a_person_is_no_credit() -> None:
    # A credit is the name and the agency alone; a sentence around them is the article's.
    line = "Reuters / Ipsos poll: most viewers cannot tell films made with AI apart"
    article = read_text(f"{HEADLINE}\n{ARTICLE}\n{line}\n{ARTICLE}\n")
    assert line in body(article)


# --- 4. A reader's comment thread --------------------------------------------------------------


def test_a_comment_thread_with_relative_times_is_chrome_by_its_shape() -> None:
    article = dump("comment_thread_relative_times")
    text = body(article)
    assert "festivals that select them" in text  # the article's last paragraph stays
    for reply in ("Sarah Lee", "Loved this piece", "streaming release", "ten years ago"):
        assert reply not in text
    assert reasons(article)["Sarah Lee"] == "comments"


def test_a_comments_date_never_dates_the_article() -> None:
    assert dump("comment_thread_relative_times").metadata.date == ""


def test_names_and_dates_in_an_article_are_no_comment_thread() -> None:
    # A festival diary: a name over a date over a paragraph, and no reply's action under any.
    diary = "".join(f"Day {n}\nMarch {n}, 2025\n{TEXT} Entry {n}.\n" for n in range(1, 4))
    article = read_text(f"{HEADLINE}\nBy Mina Park\n{ARTICLE}\n{diary}")
    assert "comments" not in reasons(article).values()


def test_film_formats_in_a_list_are_no_replies_times_and_end_no_article() -> None:
    # "3D", "2D" are formats, not "3 days ago"; and the buttons at the page's end follow no reply.
    formats = "It screens in these formats:\nThe Long Tide\n3D\nHarbour Lights\n2D\n"
    article = read_text(f"{HEADLINE}\nBy Mina Park\n{ARTICLE}\n{formats}{TEXT} Closing words.\nLike\nReport\n")
    assert "comments" not in reasons(article).values()
    assert "Closing words" in body(article)


# --- 5. A list of headlines after the article -------------------------------------------------


def test_headlines_that_end_as_sentences_under_a_related_heading_go_with_the_list() -> None:
    article = dump("related_headlines_after_article")
    text = body(article)
    assert "what they left out" in text
    assert "Win Over Festival Juries" not in text and "Getting Younger" not in text


def test_a_run_of_headlines_after_the_last_paragraph_is_a_related_list_without_a_heading() -> None:
    headlines = [
        "Is This The Year AI Films Finally Win Over Festival Juries?",
        "Cannes Adds A Section For Films Made With Generative Tools",
        "Why Festival Juries Are Getting Younger, And What It Means For Cinema!",
        "Sundance Moves Its Market Online For Good After Three Years Of Tests",
        "Berlin Names A Jury Of Editors For Its Documentary Prize",
    ]
    article = read_text(f"{HEADLINE}\nBy Mina Park\n{ARTICLE}\n" + "\n".join(headlines) + "\n")
    for headline in headlines:
        assert headline not in body(article)
        assert reasons(article)[headline].startswith("related list")


def test_the_articles_closing_sentences_are_no_related_list() -> None:
    # Short sentences in sentence case after the last paragraph close the article.
    closing = "Is this the end of the festival as we know it?\nNobody at the festival could say.\nThe jury meets again on Sunday.\n"
    article = read_text(f"{HEADLINE}\nBy Mina Park\n{ARTICLE}\n{closing}")
    assert "Nobody at the festival could say." in body(article)
    assert "Is this the end of the festival as we know it?" in body(article)


def test_a_calendars_rows_after_the_article_are_no_related_list() -> None:
    # Title Case words between numbers: a calendar widget's weeks, not headlines.
    weeks = "\n".join(" ".join(f"{day}. Oktober 2020" for day in range(week, week + 7)) for week in (1, 8, 15, 22))
    article = read_text(f"{HEADLINE}\nBy Mina Park\n{ARTICLE}\n{weeks}\n")
    assert not any(reason.startswith("related list") for reason in reasons(article).values())


# --- A comment counter in the header (fourteenth round) -------------------------------------------------------


@pytest.mark.parametrize("counter", ["54 Kommentare", "Keine Kommentare", "1 Kommentar", "3 commentaires", "Aucun commentaire"])
def test_a_comment_counter_over_the_byline_is_neither_deck_nor_author(counter: str) -> None:
    article = read_text(f"Berliner Festival zeigt Filme mit KI\n{counter}\nVon Anna Berger\n{ARTICLE}\n")
    assert (article.metadata.authors, article.metadata.deck) == (["Anna Berger"], [])
    assert reasons(article)[counter].startswith("comments")


# --- A headline right above its lead picture's credit (fourteenth round) ------------------------------------------


@pytest.mark.parametrize("credit", ["Photo: Jane Doe / Busan Film Festival", "(Photo: Busan Film Festival)", "사진=부산국제영화제 제공"])
def test_a_headline_right_over_a_photo_credit_is_the_title_not_a_caption(credit: str) -> None:
    article = read_text(f"{HEADLINE}\n{credit}\n{ARTICLE}\n")
    assert article.metadata.title == HEADLINE
    assert not any(isinstance(block, model.Figure) for block in article.blocks)
    assert article.warnings == []


def test_a_caption_over_its_credit_stays_a_caption_when_the_headline_is_elsewhere() -> None:
    # As a dump that opens with its lead picture (the Kang Yoon-sung seed's shape): the caption, its credit, the headline.
    article = read_text(f"The jury on stage at the opening night\nPhoto: Jane Doe / Busan Film Festival\n\n{HEADLINE}\nMarch 5, 2025\n{ARTICLE}\n")
    assert article.metadata.title == HEADLINE

# --- Fourteenth round: a byline with an organisation's credit among its names ---------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Lena Ortiz, Kim Do-yun and AFP staff", ["Lena Ortiz", "Kim Do-yun"]),
        ("By Lena Ortiz and the Variety news desk", ["Lena Ortiz"]),
        # Fifteenth round: more than eight words (several authors, a contributor's credit, a place, the magazine).
        ("By Jane Doe and John Roe, with reporting by Kim Ji-woo in Seoul", ["Jane Doe", "John Roe", "Kim Ji-woo"]),
        ("By Lena Ortiz, Tomas Berg, Kim Do-yun and Park Min-ji for Screen Daily", ["Lena Ortiz", "Tomas Berg", "Kim Do-yun", "Park Min-ji"]),
    ],
)
def test_a_byline_that_credits_an_organisation_beside_its_authors_names_only_them(line: str, authors: list[str]) -> None:
    article = read_text(f"{HEADLINE}\n{line}\n{ARTICLE}\n")
    assert (article.metadata.authors, article.metadata.deck) == (authors, [])
    assert reasons(article)[line].startswith("byline")


def test_a_byline_shaped_subhead_with_a_desk_word_and_no_name_is_no_byline() -> None:
    article = read_text(f"{HEADLINE}\nBy the news desk\n{ARTICLE}\n")
    assert article.metadata.authors == []


@pytest.mark.parametrize(
    "bio",
    [
        "Lena Ortiz é crítica de cinema e escreve para a revista desde 2015.",
        "Lena Ortiz is a critic based in Lisbon who writes on Iberian cinema.",
    ],
)
def test_a_sentence_about_the_bylines_author_after_the_text_is_the_authors_bio(bio: str) -> None:
    # The author's box under the article: the byline's author named first, then a sentence about them.
    article = read_text(f"{HEADLINE}\nBy Lena Ortiz\n{ARTICLE}\nShare\n{bio}\n")
    assert bio not in body(article)
    assert reasons(article)[bio].startswith("author's bio")
    assert "Paragraph 3." in body(article)


def test_a_paragraph_that_names_someone_else_first_at_the_end_stays() -> None:
    closing = "Tomas Berg is a director based in Oslo, and his next film opens in May."
    article = read_text(f"{HEADLINE}\nBy Lena Ortiz\n{ARTICLE}\n{closing}\n")
    assert closing in body(article)


def test_a_staff_byline_is_the_sites_credit_and_names_no_person() -> None:
    # "By Sight Staff" (a magazine's desk): the desk signs; the credit is kept as the reader found it, and no person comes of it.
    article = read_text(f"{HEADLINE}\nBy Sight Staff\n{ARTICLE}\n")
    assert (article.metadata.authors, article.metadata.deck) == (["Sight Staff"], [])
    occurrences = link_mentions(article, Matcher(Registry()))[1]
    assert "Sight Staff" not in [o.written for o in occurrences if o.kind == "person"]


# --- Fifteenth round: a byline longer than eight words -----------------------------------------------


# Names the cleaning reads ("Sundance", "Chloé Zhao"), but more words besides them than a byline holds.
_LONG_SENTENCES_OPENING_WITH_BY = (
    "By the end of the week Lena Ortiz and Tomas Berg had seen every film in competition",
    "By Sundance, Chloé Zhao and Greta Gerwig were stars of the independent scene",
)


@pytest.mark.parametrize("sentence", _LONG_SENTENCES_OPENING_WITH_BY)
def test_a_sentence_that_opens_with_by_is_no_byline_however_long(sentence: str) -> None:
    article = read_text(f"{HEADLINE}\n{ARTICLE}\n{sentence}\n{ARTICLE}\n")
    assert article.metadata.authors == []
    assert sentence in body(article)
