"""The text-dump reader, one behaviour per test, on small hand-written dumps."""

from __future__ import annotations

from textwrap import dedent

import pytest

from ingest import model
from ingest.plaintext import blocks_to_text, inline_text
from ingest.text.reader import read_text
from tests.articles import reasons

BODY = (
    "The festival opened on Friday with a program of short films made with generative tools, "
    "and the organisers said that more than two hundred works had been submitted this year."
)
MORE = (
    "Critics who attended the screenings said the strongest entries used the technology sparingly, "
    "keeping actors and real locations at the centre of the story while AI filled in the gaps."
)


def read(text: str) -> model.Article:
    return read_text(dedent(text).strip("\n"))


# --- Chrome -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "skip link"),
        ("본문 바로가기", "skip link"),
        ("Zum Inhalt springen", "skip link"),
        ("Zum Hauptinhalt springen", "skip link"),
        ("Direkt zum Inhalt", "skip link"),
        ("Przejdź do treści", "skip link"),
        ("Text Size", "UI control"),
        ("Close", "UI control"),
        ("Top", "UI control"),
        ("Comments", "comments"),
        ("12 Comments", "comments"),
        ("1 comment", "comments"),  # the counter's one pattern with its German, French and other forms
        ("No comments", "comments"),
        ("Join us on social!", "social prompt"),
        ("Share on Facebook", "social prompt"),
        ("Share this:", "social prompt"),  # WordPress (Jetpack) above its buttons
        ("Share this: Facebook Twitter", "social prompt"),  # the label and its buttons on one line
        ("Facebook | Twitter | Email", "social prompt"),
        ("- 3 min read", "reading time"),
        ("Related Articles", "site section"),
    ],
)
def test_chrome_line_is_dropped_with_its_reason(line, reason):
    article = read(f"A Festival of Machine Dreams\n{line}\n{BODY}\n{MORE}")
    assert reasons(article)[line] == reason
    assert line not in blocks_to_text(article.blocks)


@pytest.mark.parametrize("line", ["Twitter and Facebook users reacted within minutes.", "Line up early for the premiere."])
def test_a_sentence_naming_social_networks_is_kept(line):
    assert line in blocks_to_text(read(f"A Festival of Machine Dreams\n{BODY}\n{line}\n{MORE}").blocks)


def test_address_block_is_dropped():
    article = read(f"""
        Busan Cinema Center Opens Its Doors
        120, Suyeonggangbyeon-daero,
        Haeundae-gu, Busan, Republic of Korea,
        48058
        {BODY}
    """)
    assert [d.reason for d in article.dropped] == ["address block"] * 3


def test_a_sentence_ending_in_a_country_is_not_an_address():
    article = read(f"Films Made in Korea\n{BODY}\nThe film will open in Japan,\n{MORE}")
    assert "The film will open in Japan," in blocks_to_text(article.blocks)


def test_repeated_headline_is_dropped_once():
    article = read(f"Machines at the Movies\nMachines at the Movies\n{BODY}")
    assert article.metadata.title == "Machines at the Movies"
    assert reasons(article) == {"Machines at the Movies": "repeated headline"}


def test_everything_after_the_footer_copyright_is_dropped():
    article = read(f"""
        Machines at the Movies
        {BODY}
        {MORE}
        Some closing thoughts from the critic about the night.
        © Example Daily News. All rights reserved.
        Most Read
        Privacy Policy
    """)
    assert article.metadata.rights == "© Example Daily News. All rights reserved."
    assert article.metadata.publisher == "Example Daily News"
    assert reasons(article)["Privacy Policy"].startswith("page footer")


# --- Metadata ---------------------------------------------------------------------


def test_byline_becomes_the_author():
    article = read(f"Machines at the Movies\n{BODY}\nBy Jane Doe")
    assert article.metadata.authors == ["Jane Doe"]


def test_signature_lines_at_the_end_become_authors():
    article = read(f"""
        Machines at the Movies
        {BODY}
        {MORE}
        Professor Lee Min-ji, Department of Film Studies, Example University
    """)
    assert article.metadata.authors == ["Professor Lee Min-ji, Department of Film Studies, Example University"]


def test_co_authors_joined_by_and_are_two_authors():
    article = read(f"Machines at the Movies\nMarch 3, 2025 by Ana Souza and Min-ho Lee\n{BODY}\n{MORE}")
    assert article.metadata.authors == ["Ana Souza", "Min-ho Lee"]


def test_korean_co_authors_are_split_and_named_once():
    article = read(f"영화제 개막\n김하나 기자, 이두리 기자\n입력 2025.03.03 10:00\n{BODY}\n{MORE}\n김하나 기자 hana@example.com")
    assert article.metadata.authors == ["김하나", "이두리"]


@pytest.mark.parametrize(
    ("line", "iso", "as_written"),
    [("- May 3, 2024", "2024-05-03", ""), ("2025.10.14", "2025-10-14", ""), ("- Mar 29", "", "Mar 29")],
)
def test_date_line_under_the_headline(line, iso, as_written):
    article = read(f"Machines at the Movies\n{line}\n{BODY}")
    assert (article.metadata.date, article.metadata.date_text) == (iso, as_written)


def test_deck_lines_follow_the_headline():
    article = read(f"""
        Director Han Ji-won: “We shot it in nine days”
        The first feature made this way opens next month
        Producer Oh: “Budgets will shrink, ambitions will not.”
        {BODY}
    """)
    assert article.metadata.deck == [
        "The first feature made this way opens next month",
        "Producer Oh: “Budgets will shrink, ambitions will not.”",
    ]


def test_rights_notice_in_a_photo_credit_goes_to_the_header():
    article = read(f"Machines at the Movies\n{BODY}\n[Photo provided by Studio X. Unauthorized reproduction prohibited.]\n{MORE}")
    assert article.metadata.rights == "Unauthorized reproduction prohibited."
    assert article.metadata.image_credits == ["Photo provided by Studio X."]


# --- Structure ----------------------------------------------------------------------


def _headings(article: model.Article) -> list[tuple[int, str]]:
    return [(b.level, inline_text(b.inlines)) for b in article.blocks if isinstance(b, model.Heading)]


def test_interview_questions_become_headings():
    article = read(f"""
        An Interview with Director Han
        How did the project begin?
        {BODY}
        Please tell us about your favourite films.
        {MORE}
        What was the hardest part of the shoot.
        Keeping the schedule when every render took a night, and the rain that never stopped falling on the set.
    """)
    assert _headings(article) == [
        (1, "How did the project begin?"),
        (1, "Please tell us about your favourite films."),
        (1, "What was the hardest part of the shoot."),
    ]


def test_an_answer_in_the_first_person_is_not_a_question():
    article = read(f"""
        An Interview with Director Han
        How did the project begin?
        If I had known how long it would take, I would have started sooner.
        {BODY}
    """)
    assert _headings(article) == [(1, "How did the project begin?")]


def test_numbered_questions_nest_under_a_subhead():
    article = read(f"""
        Two Conversations About Cinema

        {MORE}

        Asked the Critic

        Q1: What changes first?

        {BODY}
    """)
    assert _headings(article) == [(1, "Asked the Critic"), (2, "Q1: What changes first?")]


def test_standalone_quotation_without_a_full_stop_is_a_pull_quote():
    article = read(f"""
        Machines at the Movies

        {BODY}

        "Stories still need a human centre"
        "The tools are collaborators"

        {MORE}
    """)
    quotes = [b for b in article.blocks if isinstance(b, model.Quote)]
    assert [blocks_to_text(q.blocks) for q in quotes] == ['"Stories still need a human centre"\n\n"The tools are collaborators"']


def test_footnote_marker_and_note_become_a_footnote():
    article = read(f"Machines at the Movies\n{BODY}[1]\n{MORE}\n[1] The festival's own figure.")
    paragraph = article.blocks[0]
    assert model.FootnoteRef("1") in paragraph.inlines
    assert article.blocks[-1] == model.Footnote("1", (model.Text("The festival's own figure."),))


@pytest.mark.parametrize("note", ["1. The festival's own figure. ↩", "[1] The festival's own figure. ↩\ufe0e", "The festival's own figure. ↩"])
def test_a_note_ending_in_its_back_link_is_a_footnote_without_the_arrow(note):
    # A Markdown or WordPress footnote plugin's note, copied with its "↩" link back to the marker.
    article = read(f"Machines at the Movies\n{BODY}[1]\n{MORE}\n{note}")
    assert article.blocks[-1] == model.Footnote("1", (model.Text("The festival's own figure."),))
    assert "↩" not in blocks_to_text(article.blocks)


def test_a_line_ending_in_the_arrow_without_a_number_or_marker_stays_text():
    # The arrow alone is no note: an unnumbered note needs its marker on an earlier line.
    line = "The jury called it a film of the sea, shot over three winters on the island ↩"
    article = read(f"Machines at the Movies\n{BODY}\n{MORE}\n{line}")
    assert not any(isinstance(b, model.Footnote) for b in article.blocks)


def test_bracketed_number_without_a_note_stays_text():
    article = read(f"Machines at the Movies\n{BODY} [3]\n{MORE}")
    assert not any(isinstance(b, model.Footnote) for b in article.blocks)
    assert "[3]" in blocks_to_text(article.blocks)


@pytest.mark.parametrize(
    "caption",
    ["A scene from the film “Night Loop”", "Director Han Ji-won (left) with the cast", "Poster of the film “Night Loop”"],
)
def test_caption_whose_picture_is_gone_is_set_apart(caption):
    article = read(f"Machines at the Movies\n{BODY}\n\n{caption}\n{MORE}")
    figures = [b for b in article.blocks if isinstance(b, model.Figure)]
    assert [inline_text(f.caption) for f in figures] == [caption]
    assert caption not in blocks_to_text(article.blocks)


def test_caption_keeps_its_credit_with_an_email_fragment():
    article = read(f"Machines at the Movies\n{BODY}\n\nThe cast on set in Seoul. Photo by Kim Min-ji minji@\n{MORE}")
    figure = next(b for b in article.blocks if isinstance(b, model.Figure))
    assert (inline_text(figure.caption), inline_text(figure.credit)) == ("The cast on set in Seoul.", "Photo by Kim Min-ji minji@")


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = dedent("""
        Machines at the Movies

        The festival opened on Friday with a program of short films made with
        generative tools, and the organisers said that more than two hundred works
        had been submitted this year, far more than they had hoped for.

        Critics who attended the screenings said the strongest entries used the
        technology sparingly, keeping actors and real locations at the centre of
        the story while the software filled in the gaps between the shots.

        Tickets for the closing night went on sale on Monday and sold out within
        the hour, the organisers said, adding that a second screening is planned.
    """)
    article = read_text(wrapped)
    paragraphs = [b for b in article.blocks if isinstance(b, model.Paragraph)]
    assert len(paragraphs) == 3
    assert inline_text(paragraphs[0].inlines).startswith("The festival opened on Friday with a program of short films made with generative")


def test_quotes_dashes_ellipses_and_hangul_survive_byte_for_byte():
    line = "He said, “It’s ‘finished’… almost” — 감독은 웃었다 -- and left."
    article = read(f"Machines at the Movies\n{line}\n{MORE}")
    assert line in blocks_to_text(article.blocks)
