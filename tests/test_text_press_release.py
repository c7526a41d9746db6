"""Text dumps of a festival's press office (issue 11, seventeenth round): a press release's
letterhead, its wire-style dateline, its page counter; and a Chinese portal's related-news box in
traditional characters. Hand-made dumps in the shape of the curator's pages."""

from __future__ import annotations

import pytest

from ingest import model
from ingest.end_mark import is_end_mark
from ingest.plaintext import blocks_to_text
from ingest.text.datelines import place_dateline
from ingest.text.headline import is_event_letterhead
from tests.essay import ESSAY, LATER
from ingest.text.reader import read_text
from tests.articles import body, reasons

LEAD = (
    "Seoul, 3 March 2026 – The jury of the fifth Han River Film Days, presided over by the director Kim Ji-hye, "
    "has announced the awards of this year's edition after a week of screenings."
)
MORE = "The festival welcomed twelve thousand spectators across forty films from nine countries, a record for the event."


def release(*top: str, tail: str = "") -> model.Article:
    return read_text("\n\n".join([*top, LEAD, MORE, MORE.replace("twelve", "ten"), tail]) + "\n")


def test_a_news_dateline_opening_the_first_paragraph_dates_the_article() -> None:
    article = release("PRESS RELEASE", "HAN RIVER FILM DAYS NAMES ITS WINNERS")
    assert article.metadata.date == "2026-03-03"


def test_the_paragraph_a_dateline_opens_stays_text() -> None:
    article = release("PRESS RELEASE", "HAN RIVER FILM DAYS NAMES ITS WINNERS")
    assert body(article).startswith("Seoul, 3 March 2026 – The jury")


def test_a_dateline_is_a_place_a_date_and_a_dash() -> None:
    assert place_dateline("SEOUL, March 3, 2026 -- The jury met").iso == "2026-03-03"
    assert place_dateline("Busan, South Korea, 5 October 2025 — The festival").iso == "2025-10-05"
    assert place_dateline("Seoul, 3 March 2026 the jury met") is None  # no dash: a sentence
    assert place_dateline("On 3 March 2026 – the jury met") is None  # no place before a comma


def test_an_events_letterhead_is_no_headline() -> None:
    article = release("PRESS RELEASE", "Han River Film Days 2026 – Seoul, 1–7 March", "HAN RIVER FILM DAYS NAMES ITS WINNERS")
    assert article.metadata.title == "HAN RIVER FILM DAYS NAMES ITS WINNERS"


def test_a_letterhead_is_a_name_a_dash_a_place_and_dates() -> None:
    assert is_event_letterhead("Berlinale — Berlin, 12–22 February 2026")
    assert not is_event_letterhead("Park wins – Seoul, 2026 is his year")
    assert not is_event_letterhead("Review – The Salt Road, a film of 2026")


def test_a_page_counter_is_chrome() -> None:
    article = release("HAN RIVER FILM DAYS NAMES ITS WINNERS", tail="Page 1 of 2")
    assert reasons(article)["Page 1 of 2"] == "page counter"
    assert "Page 1 of 2" not in body(article)


def test_a_related_news_label_in_traditional_chinese_ends_the_article() -> None:
    text = "台灣導演陳郁萱憑藉首部劇情長片奪得最佳導演獎，這是她第一次參加國際影展，評審團一致讚賞她的作品。"
    article = read_text(f"陳郁萱奪最佳導演\n\n{text}\n\n{text}\n\n{text}\n\n相關新聞\n\n另一位導演新片入圍影展\n")
    assert reasons(article)["相關新聞"] == "site section"
    assert "另一位導演新片入圍影展" not in body(article)


def test_a_reviews_rating_line_is_a_paragraph_not_a_subhead() -> None:
    text = "Park filma il lavoro come una liturgia, e la fotografia fa del bianco del sale un colore emotivo e vivo."
    article = read_text(f"La via del sale\n\n{text}\n\n{text}\n\nVoto: 4/5\n\n{text}\n")
    rating = [b for b in article.blocks if "Voto: 4/5" in blocks_to_text([b])]
    assert [type(b) for b in rating] == [model.Paragraph]


# --- The end mark --------------------------------------------------------------------------------

CONTACT = "\n\n".join(
    [
        "Press contact",
        "Sarah Whitfield, Head of Press",
        "+82 2 555 0199",
        "Notes to editors",
        "About Han River Film Days: founded in 2021, the festival shows forty films a year from Asia and Europe in Seoul.",
    ]
)


def test_a_press_releases_end_mark_ends_the_article() -> None:
    article = release("PRESS RELEASE", "HAN RIVER FILM DAYS NAMES ITS WINNERS", tail=f"-- ENDS --\n\n{CONTACT}")
    assert body(article).endswith(MORE.replace("twelve", "ten"))
    assert "Sarah Whitfield" not in body(article) and "About Han River" not in body(article)


def test_the_end_mark_and_what_follows_it_are_reported_as_left_out() -> None:
    article = release("PRESS RELEASE", "HAN RIVER FILM DAYS NAMES ITS WINNERS", tail=f"###\n\n{CONTACT}")
    assert reasons(article)["###"] == "end mark"
    assert reasons(article)["Sarah Whitfield, Head of Press"] == "under '###', a section that follows the article"


@pytest.mark.parametrize("mark", ["-- ENDS --", "ENDS", "- ends -", "[ENDS]", "###", "# # #", "-30-", "- 30 -", "End of press release", "[END OF TRANSCRIPT]"])
def test_the_end_marks_of_news_writing(mark: str) -> None:
    assert is_end_mark(mark)


@pytest.mark.parametrize("line", ["Ends", "30", "# 3", "The story ends here.", "Weekends", "The end of the transcript was cut."])
def test_a_word_or_a_number_alone_is_no_end_mark(line: str) -> None:
    assert not is_end_mark(line)



def test_hashes_between_two_sections_of_an_essay_are_a_section_break_not_its_end() -> None:
    article = read_text("\n\n".join(["Seeing The Salt Road twice", *ESSAY, "###", *LATER]) + "\n")
    assert body(article).endswith(LATER[1])
    assert reasons(article)["###"] == "section break"


def test_an_end_mark_in_words_ends_the_article_whatever_prose_follows() -> None:
    article = release("PRESS RELEASE", "HAN RIVER FILM DAYS NAMES ITS WINNERS", tail="\n\n".join(["-- ENDS --", *LATER]))
    assert LATER[0] not in body(article)
