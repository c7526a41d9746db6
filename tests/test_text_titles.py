"""Titles of text dumps (issue 11): the headline held by a longer line, the site's own name, the
headline over its deck.

Each test names one behaviour of the headline choice in ``ingest.text.headline``.
"""

from __future__ import annotations

import pytest

from pathlib import Path

from ingest.text.headline import (
    MIN_SLUG_SHARE,
    headline_over_its_deck,
    held_headline,
    is_byline_or_dateline,
    is_network_button,
    is_post_navigation,
    names_the_site,
    opens_as_a_byline,
    title_features,
)
from ingest.text.lines import logical_lines
from ingest.text.title_model import ADDRESS_FEATURE
from ingest.text.page import Page
from ingest.text.reader import read_text, title_candidates

DUMPS = Path(__file__).parent / "text_dumps"

TEXT = "The film opens on a harbour at night, and for ten minutes nobody says a word while the cranes move."


def winner_or_held(lines: list[str], winner: int) -> str:
    """What :func:`held_headline` makes of ``winner`` when every line is a candidate."""
    page = Page(logical_lines("\n".join(lines)))
    return lines[held_headline(page, winner, {i: {} for i in range(len(lines))})]


def test_a_kicker_run_into_the_headline_gives_way_to_the_headline_alone() -> None:
    lines = ["Busan Festival names its first AI jury", "Festival names its first AI jury", "Mina Park"]
    assert winner_or_held(lines, 0) == "Festival names its first AI jury"


def test_a_short_breadcrumb_run_into_the_headline_gives_way_to_it_too() -> None:
    lines = ["Home Films Busan Interview with Lee Hana", "Interview with Lee Hana"]
    assert winner_or_held(lines, 0) == "Interview with Lee Hana"


def test_the_line_with_the_kicker_is_dropped_as_the_headline_again() -> None:
    page = Page(logical_lines("Busan Festival names its first AI jury\nFestival names its first AI jury"))
    held_headline(page, 0, {0: {}, 1: {}})
    assert page.dropped == {0: "the headline again, after a kicker, a section or a comments heading"}


def test_the_comments_heading_quoting_the_headline_gives_way_to_it() -> None:
    for heading in ("3 thoughts on “Festival names its first AI jury”", "5 Gedanken zu „Festival names its first AI jury“"):
        assert winner_or_held([heading, "Festival names its first AI jury"], 0) == "Festival names its first AI jury"


@pytest.mark.parametrize(
    "winner",
    [
        "The Busan festival has said on Friday that it names its first AI jury",  # more than a kicker before it
        "Festival names its first AI jury members",  # the shorter line only opens it
        "Busan festival names its first AI jury",  # a word of its own, not a kicker before the headline
    ],
)
def test_a_line_that_does_not_end_with_a_whole_candidate_after_a_kicker_stays(winner: str) -> None:
    assert winner_or_held([winner, "Festival names its first AI jury" if "members" in winner else "names its first AI jury"], 0) == winner


def test_words_ending_in_lower_case_before_a_candidate_are_the_headline_s_own_half() -> None:
    # "Best of" runs on into what follows: no kicker, section or breadcrumb ends with such a word.
    lines = ["Busan: Best of Korean Animation Shorts", "Korean Animation Shorts"]
    assert winner_or_held(lines, 0) == "Busan: Best of Korean Animation Shorts"


def test_a_held_line_of_one_or_two_words_is_a_section_not_the_headline() -> None:
    assert winner_or_held(["Festivals Busan", "Busan"], 0) == "Festivals Busan"


@pytest.mark.parametrize(
    ("text", "host", "site"),
    [
        ("DER SPIEGEL", "www.spiegel.de", True),  # the logo, with its article
        ("Gelbe Liste", "www.gelbe-liste.de", True),
        ("St. Lucia Times News", "stluciatimes.com", True),
        ("Docker Engine", "docs.docker.com", False),  # names the site's product, not the site
        ("Spiegel-Affäre: Augstein vor Gericht", "www.spiegel.de", False),
        ("Film news", "film.de", False),  # a short host name is a word of headlines too
        ("Film Weekly", "", False),  # no address, no evidence
    ],
)
def test_a_line_names_the_site_when_its_host_spells_it(text: str, host: str, site: bool) -> None:
    assert names_the_site(text, host) is site


def test_the_sites_name_is_no_headline_candidate_when_the_address_gives_the_host() -> None:
    dump = f"Film Weekly\nHome\nReviews\nHarbour Lights is a quiet film about a loud machine\nMina Park\n{TEXT}\n{TEXT} More.\n"
    without_address = [line for line, _ in title_candidates(dump)]
    with_address = [line for line, _ in title_candidates(dump, url="https://www.filmweekly.com/news/4711")]
    assert "Film Weekly" in without_address
    assert "Film Weekly" not in with_address
    assert "Harbour Lights is a quiet film about a loud machine" in with_address


DECK = "“We want to see what a machine does with a story,” festival director Kim Soo-jin said of the films"
HEADLINE_EVIDENCE = {"a trail of short parts": 0.0, "all capitals": 0.0, "share of its words in the text": 0.5}


def headline_or_deck(above: str, evidence: dict[str, float], scores: tuple[float, float] = (5.0, 6.0)) -> str:
    """What :func:`headline_over_its_deck` makes of ``DECK`` winning under the candidate ``above``."""
    page = Page(logical_lines(f"{above}\n{DECK}"))
    return page.lines[headline_over_its_deck(page, 1, {0: evidence, 1: {}}, dict(enumerate(scores)))].text


def test_the_headline_over_its_deck_is_the_title_when_the_deck_outscores_it() -> None:
    article = read_text((DUMPS / "headline_over_a_quoted_deck.txt").read_text(encoding="utf-8"))
    assert article.metadata.title == "Robots at the festival gate"


def test_a_headline_sized_line_over_a_winning_deck_is_the_headline() -> None:
    assert headline_or_deck("Robots at the festival gate", HEADLINE_EVIDENCE) == "Robots at the festival gate"


@pytest.mark.parametrize(
    ("above", "evidence"),
    [
        ("Festival news", HEADLINE_EVIDENCE),  # a kicker or a section: too short for a headline
        ("Home » Festivals » Busan 2025", {**HEADLINE_EVIDENCE, "a trail of short parts": 1.0}),  # a breadcrumb
        ("LATEST FROM THE FESTIVALS", {**HEADLINE_EVIDENCE, "all capitals": 1.0}),  # a shouted section label
        ("Subscribe to our weekly letter", {**HEADLINE_EVIDENCE, "share of its words in the text": 0.0}),  # names nothing of the text
    ],
)
def test_a_line_that_reads_as_no_headline_leaves_the_deck_the_winner(above: str, evidence: dict[str, float]) -> None:
    assert headline_or_deck(above, evidence) == DECK


def test_a_headline_far_below_the_decks_score_leaves_the_deck_the_winner() -> None:
    assert headline_or_deck("Robots at the festival gate", HEADLINE_EVIDENCE, scores=(1.0, 6.0)) == DECK


def test_a_winner_of_headline_length_is_no_deck() -> None:
    page = Page(logical_lines("Robots at the festival gate\nBusan names its first jury of films made with machines"))
    assert headline_over_its_deck(page, 1, {0: HEADLINE_EVIDENCE, 1: {}}, {0: 5.0, 1: 6.0}) == 1


@pytest.mark.parametrize(
    "caption",
    [
        "Enlarge (Bildquelle: Busan Film Festival)",  # a labelled credit in brackets, after the zoom button's label
        "Photograph by Lee Min-ho, Busan Film Festival",  # the credit alone, as its own line
        "The jury at work on Monday. Photo by Lee Min-ho",  # a credit after the caption's sentence
    ],
)
def test_a_caption_ending_with_its_pictures_credit_is_no_headline_candidate(caption: str) -> None:
    dump = f"Home\nFestivals\nBusan names its first jury of AI-made films\n{caption}\nBy Mina Park\n{TEXT}\n{TEXT} More.\n"
    candidates = [line for line, _ in title_candidates(dump)]
    assert "Busan names its first jury of AI-made films" in candidates
    assert caption not in candidates


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("By Mina Park and Lee Min-ho on Monday, November 18th, 2019 at 11:08 a.m.", True),  # byline and date on one line
        ("Busan, Film Desk | Updated : 19 November 2019, 09:01 AM", True),  # a dateline after the desk's name
        ("The festival said on Monday, November 18th, 2019 that its jury will see every film", False),  # a sentence with a date
        ("By Mina Park and Lee Min-ho, with reporting from the festival office in Busan", False),  # a byline, no date
        ("05/10/2018 - Publicado por: Ana Souza - Categoria: Cinema - Tags: festival jurado", True),  # the date, then who posted it
        ("March 3, 2020 by Mina Park", True),  # a blog's "posted on ... by ..."
        ("March 3, 2020 by the harbour, the festival opened with a film nobody had seen", False),  # "by" and no name
    ],
)
def test_a_byline_or_dateline_with_its_full_date_is_a_header_fact_however_long(line: str, fact: bool) -> None:
    assert is_byline_or_dateline(Page(logical_lines(line)), 0) is fact


def test_a_slug_that_dropped_the_accented_letters_still_names_the_headline() -> None:
    # Some publishing systems make the slug by dropping each letter outside ASCII ("veículos" -> "ve-culos").
    headline = "Equipe de cinema registra arrombamento em veículos"
    dump = f"Início\nNotícias\n{headline}\n{TEXT}\n{TEXT} More.\n"
    url = "https://example.com.br/news/servi-o-de-cinema-registra-arrombamento-em-dois-ve-culos"
    features = dict(title_candidates(dump, url=url))[headline]
    assert features[ADDRESS_FEATURE] >= MIN_SLUG_SHARE


def test_a_question_over_a_long_byline_with_its_date_is_the_headline_not_an_interviewers() -> None:
    byline = "By Mina Park and Lee Min-ho on Monday, November 18th, 2019 at 11:08 a.m."
    dump = f"Home\nFact checks\nDid the festival give its prize to a film made by a machine?\n{byline}\n{TEXT}\n{TEXT} More.\n"
    assert read_text(dump).metadata.title == "Did the festival give its prize to a film made by a machine?"


def test_a_question_headline_after_the_menu_over_the_first_paragraph_is_the_headline() -> None:
    # No byline or date near it: nothing marks it as an interviewer's question, the menu stands before it.
    dump = f"Home\nFestivals\nReviews\nWhy did the festival give no prize this year?\n{TEXT}\n{TEXT} More.\n"
    assert read_text(dump).metadata.title == "Why did the festival give no prize this year?"


@pytest.mark.parametrize(
    "before",
    [
        f"{TEXT} The director talked to us in Busan.",  # an interview's introduction (running text)
        "An Interview with Director Han",  # a line that says the page is an interview
    ],
)
def test_a_question_over_an_answer_after_running_text_or_an_interview_line_is_no_candidate(before: str) -> None:
    question = "How did the project begin?"
    dump = f"Home\nFestivals\n{before}\n{question}\n{TEXT}\n{TEXT} More.\n"
    assert question not in [text for text, _ in title_candidates(dump)]


def test_a_labelled_question_over_an_answer_is_no_candidate() -> None:
    dump = f"Home\nFestivals\nQ1: How did the project begin?\n{TEXT}\n{TEXT} More.\n"
    assert "Q1: How did the project begin?" not in [text for text, _ in title_candidates(dump)]


@pytest.mark.parametrize(
    ("line", "navigation"),
    [
        ("← Busan names its first jury of AI-made films", True),  # the previous post
        ("Harbour Lights opens the festival →", True),  # the next post
        ("« Willkommen beim Festival", True),
        ("Weiterlesen »", True),
        ("« Il y a, d’abord, le poids de la géographie »", False),  # guillemets quoting the whole line
        ("Lee Hana: «Ich drehe nur mit Menschen»", False),
        ("Busan names its first jury of AI-made films", False),
    ],
)
def test_a_previous_or_next_post_link_is_known_by_its_arrow(line: str, navigation: bool) -> None:
    assert is_post_navigation(line) is navigation


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Por qué el cine coreano conquista Cannes", "Por qué el cine coreano conquista Cannes"),  # a preposition, a word in lower case
        ("Di Marco Rossi", ""),  # a byline's word and a name: still a byline, no headline
    ],
)
def test_a_headline_opening_with_a_bylines_word_as_a_preposition_is_a_candidate(headline: str, title: str) -> None:
    dump = f"Home\nFestivals\n{headline}\n19 November 2025\n{TEXT}\n{TEXT} More.\n"
    assert read_text(dump).metadata.title == title


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Mina Park", True),
        ("Di Giulia Bianchi", True),
        ("By the numbers", True),  # three words: a subhead's length, read as the byline it may be
        ("Por qué el cine coreano conquista Cannes", False),  # "por" a preposition: a word in lower case after it
        ("Par amour du cinéma muet", False),
    ],
)
def test_a_line_opening_with_a_bylines_word_is_a_byline_unless_the_word_is_a_preposition(line: str, byline: bool) -> None:
    assert opens_as_a_byline(line) is byline


@pytest.mark.parametrize(
    ("line", "button"),
    [
        ("Join us on Facebook", True),
        ("Folgen Sie uns auf Instagram", True),
        ("Udostępnij na Facebooku", True),  # Polish, the network's name inflected
        ("Subscribe to BusanFilm on YouTube", True),
        ("Facebook buys Instagram", False),  # a headline naming two networks, no preposition before the last
        ("Lee Hana on Instagram and the film set", False),  # the network's name does not end the line
        ("Top of the Line", False),  # LINE the messenger is a common English word too, and not counted
        ("Trump declares war on Facebook", False),  # a headline: no verb of following or sharing, no "us"
        ("Why Hollywood bets on YouTube", False),
        ("Partager sur Facebook", True),  # French "share"
        ("Suivez-nous sur Instagram", True),  # French "follow us"
        ("Seguici su Instagram", True),  # Italian "follow us", the pronoun joined to the verb
        ("Volg ons op Instagram", True),  # Dutch "follow us"
    ],
)
def test_a_follow_or_share_button_is_known_by_its_preposition_and_network(line: str, button: bool) -> None:
    assert is_network_button(line) is button


def test_a_follow_button_over_the_headline_is_no_candidate() -> None:
    dump = f"Home\nJoin us on Facebook\nBusan names its first jury of AI-made films\nBy Mina Park\n{TEXT}\n{TEXT} More.\n"
    article = read_text(dump)
    assert "Join us on Facebook" not in [text for text, _ in title_candidates(dump)]
    assert article.metadata.title == "Busan names its first jury of AI-made films"


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Lights opens the festival →",  # the next post's link
        "Our festival diary, every day: festival.example.org/diary",  # a web address
        "Watch the jury at work https://t.co/x1y2z3",  # an embedded post
    ],
)
def test_a_post_link_or_a_line_with_a_web_address_is_no_headline_candidate(line: str) -> None:
    dump = f"Home\nFestivals\nBusan names its first jury of AI-made films\nBy Mina Park\n{TEXT}\n{line}\n{TEXT} More.\n"
    candidates = [text for text, _ in title_candidates(dump)]
    assert "Busan names its first jury of AI-made films" in candidates
    assert line not in candidates


def test_a_share_panel_dropped_as_chrome_does_not_put_the_headline_out_of_reach() -> None:
    panel = "\n".join(f"Share this with {site}" for site in ["Facebook", "Messenger", "Twitter", "Email", "WhatsApp", "LinkedIn", "Pinterest"] * 5)
    menu = "\n".join(["Home", "News", "Festivals", "Reviews", "Interviews", "People", "Films", "Awards", "Archive", "About us"])
    dump = f"{menu}\nBusan names its first jury of AI-made films\n19 November 2025\n{panel}\n{TEXT}\n{TEXT} More.\n"
    assert read_text(dump).metadata.title == "Busan names its first jury of AI-made films"


def test_a_breadcrumb_cut_short_that_opens_one_candidate_repeats_it() -> None:
    dump = (
        "Home\nFestivals\nBusan names its first...\n"
        "Busan names its first jury of AI-made films\nThe jury met on a ferry, says the festival\n"
        f"Mina Park | 19.11.2025\n{TEXT}\n{TEXT} More.\n"
    )
    features = dict(title_candidates(dump))
    assert features["Busan names its first jury of AI-made films"]["repeated"] == 1.0
    assert features["The jury met on a ferry, says the festival"]["repeated"] == 0.0


def test_a_list_of_teasers_cut_short_repeats_no_candidate() -> None:
    teasers = "Busan names its first...\nHarbour Lights opens the...\n"
    dump = (
        f"Home\n{teasers}Busan names its first jury of AI-made films\nHarbour Lights opens the festival tonight\n"
        f"Mina Park | 19.11.2025\n{TEXT}\n{TEXT} More.\n"
    )
    features = dict(title_candidates(dump))
    assert features["Busan names its first jury of AI-made films"]["repeated"] == 0.0


def test_a_candidate_that_opens_a_longer_line_has_that_evidence() -> None:
    # Many sites print the headline again as the start of a picture's alt text or a teaser.
    page = Page(logical_lines("Busan names its jury\n\nMina Park\n\nBusan names its jury, and the jury names itself\n\n" + TEXT))
    assert title_features(page, 0, 3)["opens a longer line"] == 1.0
    assert title_features(page, 1, 3)["opens a longer line"] == 0.0


def test_the_same_line_again_is_not_a_longer_line() -> None:
    page = Page(logical_lines("Busan names its jury\n\nBusan names its jury\n\n" + TEXT))
    assert title_features(page, 0, 2)["opens a longer line"] == 0.0
