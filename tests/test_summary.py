"""The card summary is the article's own opening body text, nothing else."""

from __future__ import annotations

import pytest

from ingest import model
from ingest.summary import summary

BODY = "The director spent two years training the model on archive footage before the shoot began."


def article(*blocks: model.Block, deck: list[str] | None = None) -> model.Article:
    return model.Article(model.Metadata(title="T", deck=deck or []), list(blocks))


def para(text: str) -> model.Paragraph:
    return model.Paragraph((model.Text(text),))


def test_the_deck_is_not_the_summary() -> None:
    assert summary(article(para(BODY), deck=["A sub-headline the page shows above the text"])) == BODY


def test_captions_quotes_and_headings_before_the_text_are_skipped() -> None:
    blocks = (
        model.Heading(2, (model.Text("Interview"),)),
        model.Figure(None, "", (model.Text("The director on set, 2024"),)),
        model.Quote((para("A pull-quote that is long enough to read as a sentence of text."),)),
        para(BODY),
    )
    assert summary(article(*blocks)) == BODY


def test_a_short_line_that_is_not_a_sentence_is_skipped() -> None:
    for line in ("Advertisement", "November 15, 2019", "By Kim Min-ji", "SEOUL, March 3"):
        assert summary(article(para(line), para(BODY))) == BODY


@pytest.mark.parametrize(
    "line",
    [
        "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.",  # a byline with its date
        "The border check point near the Port of Entry in Nogales, Ariz. (AP)",  # a caption, its agency's credit
        "adote agua alerta ambiente amizade atendimento biblioteca caminhada cinema",  # tags, by the alphabet
    ],
)
def test_header_lines_captions_and_tag_lists_are_not_the_opening(line: str) -> None:
    assert summary(article(para(line), para(BODY))) == BODY


@pytest.mark.parametrize(
    "opening",
    [
        "WASHINGTON (AP) — The Senate voted on Tuesday to fund the national film archive for two more years.",
        "the festival opens with a new film by a director nobody had heard of until this year",  # no stop, not sorted
    ],
)
def test_a_wire_lead_and_running_text_without_a_stop_are_the_opening(opening: str) -> None:
    assert summary(article(para(opening), para(BODY))) == opening


def test_hangul_body_text_counts_with_fewer_words() -> None:
    korean = "만추는 시애틀에서 만난 두 사람의 사흘을 그린다."
    assert summary(article(para("사진"), para(korean))) == korean


def test_japanese_and_chinese_body_text_counts_by_characters() -> None:
    """Written without spaces, a paragraph was one "word": the card skipped to the fourth paragraph."""
    japanese = "濱口竜介が監督を務めた「潮の子どもたち」が、第47回ナント三大陸映画祭で最高賞を受賞した。"
    chinese = "贾樟柯的新片《黄河茶馆》今天在釜山电影节首映，观众反响热烈。"
    for text in (japanese, chinese):
        assert summary(article(para("1842"), para("映画ナタリー編集部"), para(text))) == text


def test_footnote_markers_are_not_in_the_card() -> None:
    opening = model.Paragraph((model.Text("The director spent two years"), model.FootnoteRef("1"), model.Text(" training the model on archive footage.")))
    assert summary(article(opening)) == "The director spent two years training the model on archive footage."


def test_whole_sentences_while_they_fit() -> None:
    text = "First sentence of the opening paragraph is here. " * 6
    line = summary(article(para(text)), limit=120)
    assert line == "First sentence of the opening paragraph is here. First sentence of the opening paragraph is here."


def test_a_long_first_sentence_is_cut_at_a_word() -> None:
    line = summary(article(para("word " * 100)), limit=50)
    assert line.endswith("…") and len(line) <= 51 and " wo…" not in line


def test_an_article_of_short_lines_still_gets_its_first_line() -> None:
    assert summary(article(para("Short."), para("Also short."))) == "Short."


def bold(text: str) -> model.Paragraph:
    return model.Paragraph((model.Strong((model.Text(text),)),))


def test_an_interviewers_question_in_bold_is_not_the_summary() -> None:
    # A French interview sets each question in bold over the answer: the card shows the first answer, prose.
    question = "Votre film a été tourné en douze jours sur une île. Pourquoi une telle urgence ?"
    answer = "Parce que la lumière de septembre ne dure pas, et que les acteurs n'étaient libres que deux semaines."
    assert summary(article(bold(question), para(answer))) == answer


def test_a_paragraph_in_bold_is_the_summary_when_nothing_else_reads_as_prose() -> None:
    lead = "The director spent two years training the model on archive footage."
    assert summary(article(bold(lead), para("Advertisement"))) == lead


def test_an_html_interviews_card_summary_is_the_first_answer_not_the_bold_question() -> None:
    from ingest.html import read_html  # noqa: PLC0415 (the HTML reader: only this test reads a page)

    answer = "<p>Parce que la lumière de septembre ne dure pas, et que les acteurs n'étaient libres que deux semaines.</p>"
    page = (
        "<html><body><article><h1>Entretien avec une cinéaste</h1>"
        "<p><strong>Votre film a été tourné en douze jours sur une île. Pourquoi une telle urgence ?</strong></p>"
        f"{answer}<p><strong>Et le montage ?</strong></p>{answer}</article></body></html>"
    )
    assert summary(read_html(page.encode(), "page.html")).startswith("Parce que la lumière")


def test_a_lead_that_opens_with_its_date_is_the_summary_not_a_byline() -> None:
    # "by" deep in the sentence is no byline's: only right after the date and its separator.
    lead = "3 March 2020: The new film by Park Chan-wook won the top prize at the festival on Saturday night."
    assert summary(article(para(lead), para(BODY))).startswith(lead)


def test_the_date_and_who_posted_it_is_no_summary() -> None:
    assert summary(article(para("March 3, 2020 by Jane Doe"), para(BODY))) == BODY


def test_an_abbreviations_full_stop_does_not_end_the_opening_sentence() -> None:
    # A wire's dateline abbreviates its month: a first sentence too long for the card is cut at a word,
    # not shown as "SEOUL, Nov."
    lead = "SEOUL, Nov. 23 (Yonhap) -- South Korean director Park Ji-won's feature has won the top prize in Brussels."
    line = summary(article(para(lead)), limit=60)
    assert line.startswith("SEOUL, Nov. 23 (Yonhap) -- South Korean") and line.endswith("…")
