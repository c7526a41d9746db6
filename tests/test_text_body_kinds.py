"""Body and chrome lines of text dumps: one test per kind of fault (issue 11, item 1 and the small faults).

Each dump in tests/text_dumps/ is hand-made in the style of Korean and
English film news; ``python -m ingest inspect tests/text_dumps/NAME.txt``
shows the reader's result and the evidence for every dropped line.
"""

from __future__ import annotations

import pytest

from ingest import model, rights
from ingest.plaintext import inline_text
from ingest.summary import summary
from ingest.text import rules
from ingest.text.lines import chrome_reason
from ingest.text.reader import read_text
from tests.test_text_dump_kinds import body, dump, reasons


def test_a_subhead_between_paragraphs_above_the_headline_is_kept() -> None:
    article = dump("subhead_above_wrong_headline")
    assert "What the lab found" in body(article)
    assert "the restorers chose to keep the grain" in body(article)
    assert reasons(article)["Festivals"].startswith("above the headline")  # the menu above the text still goes


def test_the_articles_own_date_under_its_headline_does_not_open_a_comment_thread() -> None:
    article = dump("dated_teasers_and_own_date")
    text = body(article)
    assert "The autumn season opens on Friday" in text
    assert "A pianist will accompany each screening" in text
    # The dated teasers after the article still go, with the heading they stand under as the evidence.
    assert "fifty more classes" not in text
    assert reasons(article)["The school programme will reach fifty more classes this year, the foundation said."].startswith("under '")


def test_the_first_teasers_sentence_under_a_dated_list_goes_with_it() -> None:
    # "More on this topic", then dated teasers: the first teaser's sentence is no more the article's
    # than the second's (a list of dated items never resumes the article, unlike an inline "Related" box).
    article = dump("dated_teasers_and_own_date")
    teaser = "The festival named a jury of five directors and critics for its competition."
    assert teaser not in body(article)
    assert reasons(article)[teaser] == "under 'More on this topic', a section that follows the article"


def test_a_box_between_the_header_and_the_text_is_dropped_not_read_as_the_deck() -> None:
    article = dump("box_between_header_and_text")
    assert article.metadata.deck == []
    for teaser in ("Busan names its first AI jury", "The Paper Orchard earns its long running time", "October 2, 2025"):
        assert teaser not in body(article)
        assert reasons(article)[teaser] == "under 'More stories like this one', a box inside the article"
    assert "The Jeonju International Film Festival will show films" in body(article)
    assert article.metadata.date == "2025-11-20"  # the header's date, not a teaser's


@pytest.mark.parametrize("heading", ["Most read in world news", "Related", "Popular on ReelNotes", "You may also like:", "More stories like this one"])
def test_a_related_box_heading_with_its_section_or_site_is_a_site_section(heading: str) -> None:
    assert chrome_reason(heading) == "site section"


_CONSENT = "consent or disclosure notice"
_PAYWALL = "paywall notice"


@pytest.mark.parametrize(
    ("notice", "kind"),
    [
        ("We use cookies and other tracking technologies to improve your browsing experience on our site.", _CONSENT),
        ("By choosing I Accept, you consent to our use of cookies and other tracking technologies.", _CONSENT),
        ("This post may contain affiliate links. Please see my disclosure page.", _CONSENT),
        ("ReelNotes has affiliate partnerships and may earn commission on tickets bought through its links.", _CONSENT),
        ("Thanks for signing up!", _CONSENT),
        ("858shares", _CONSENT),
        ("Comments are subject to our community guidelines, which can be viewed here.", _CONSENT),
        # A paywall's notice under a subscriber-only article's teaser (ftr-site-config#925).
        ("Subscribe to read more", _PAYWALL),
        ("Log in to continue reading", _PAYWALL),
        ("This article is for subscribers only. Read every review and interview for 2.95 euros a week.", _PAYWALL),
        ("Already a subscriber? Log in", _PAYWALL),
        ("Register to access the full review", _PAYWALL),
    ],
)
def test_consent_disclosure_and_paywall_notices_are_chrome(notice: str, kind: str) -> None:
    assert chrome_reason(notice) == kind


def test_a_sentence_about_a_streamers_subscribers_is_no_paywall_notice() -> None:
    assert chrome_reason("The service said this film is for subscribers only in its first month.") is None


def test_a_festivals_notice_to_register_for_access_is_no_paywall_notice() -> None:
    assert chrome_reason("Register to access the press screenings at the festival office.") is None


def test_an_article_that_quotes_a_cookie_notice_keeps_the_sentence() -> None:
    sentence = "The director said that we use cookies as a metaphor for memory in the film's second half."
    assert chrome_reason(sentence) is None


def test_a_write_a_comment_link_under_the_byline_does_not_cost_the_article() -> None:
    article = dump("write_a_comment_link_under_byline")
    text = body(article)
    assert "outbidding two studios" in text
    assert "a market for independent work over the last ten years" in text
    assert reasons(article)["Write a comment"] == "comments"
    assert reasons(article)["Suggested articles"] == "site section"
    assert "Two studios bid for a documentary" not in text


def test_a_korean_byline_is_an_author_and_a_share_button_is_chrome() -> None:
    article = dump("korean_byline_and_share_button")
    assert article.metadata.authors == ["김지수"]
    assert article.metadata.deck == []
    assert reasons(article)["Tweet"] == "social prompt"


def test_a_box_label_run_into_its_text_is_split_off() -> None:
    article = dump("editors_note_run_in")
    headings = [inline_text(b.inlines) for b in article.blocks if isinstance(b, model.Heading)]
    assert headings == ["Editor's Note"]
    assert summary(article).startswith("Film Weekly has asked directors and critics")
    assert "NoteFilm" not in body(article)


def test_a_short_related_posts_list_after_the_article_is_dropped() -> None:
    article = dump("editors_note_run_in")
    assert reasons(article)["Related posts"] == "site section"
    assert reasons(article)["Critics pick the best restorations of the year"] == "under 'Related posts', a section that follows the article"
    assert "could still make him cry" in body(article)


def test_a_rights_notice_in_another_language_ends_the_article() -> None:
    article = dump("rights_notice_german_footer")
    assert article.metadata.rights == "Filmwoche GmbH – Alle Rechte vorbehalten."
    assert "Karten gibt es ab Montag" in body(article)
    assert reasons(article)["Impressum"].startswith("page footer")


def test_the_text_reader_and_the_html_reader_share_one_list_of_rights_phrases() -> None:
    assert rules.RIGHTS_PHRASES is rights.RIGHTS_PHRASES


def test_a_second_date_ends_the_header() -> None:
    article = dump("teasers_under_headline")
    # Dates and headlines in turn are a list of teasers: at most one of them is read as a deck.
    assert len(article.metadata.deck) <= 1
    assert "School programme grows by fifty classes" not in article.metadata.deck
    assert "called the claim a publicity stunt" in body(article)


def test_thousands_of_comments_headings_do_not_exhaust_the_stack() -> None:
    # A crafted dump: each heading follows an article's worth of text, so each one opened a recursion.
    paragraph = " ".join(["The festival opened on Friday with a restored print of a silent classic."] * 6)
    text = "A headline for the test\n\n" + f"{paragraph}\n\nComments\n\n" * 1500
    article = read_text(text)
    assert inline_text(article.blocks[0].inlines).startswith("The festival opened on Friday")


def test_a_line_two_kinds_of_chrome_match_takes_the_first_kind_of_the_table() -> None:
    # "Read More" is a button's label (UI control) and a section's heading ("Read more:"): the table's order decides.
    kinds = list(rules.CHROME)
    assert kinds.index("UI control") < kinds.index("site section")
    assert chrome_reason("Read More") == "UI control"


SIGNUP_BOX = (
    "Get the Harbour Screen weekly\n"
    "Sign up for our newsletter: reviews, festival news and the week's new releases, every Friday.\n"
    "Your email address\n"
    "Subscribe\n"
    "You can unsubscribe at any time. Read our privacy policy.\n"
)


def test_a_newsletter_sign_up_box_in_the_middle_of_a_dump_goes_with_its_heading() -> None:
    # readability#524: the box's pitch, its e-mail field, its button and its notice are a form's, not the article's.
    paragraph = "The festival opened on Friday with a restored print of a silent classic, and the hall was full."
    article = read_text(f"Restored classic opens the festival\n{paragraph}\n{paragraph} Twice.\n{SIGNUP_BOX}{paragraph} Again.\n")
    text = body(article)
    assert "Twice." in text and "Again." in text
    for line in SIGNUP_BOX.splitlines():
        assert line not in text
    assert reasons(article)["Get the Harbour Screen weekly"] == rules.SIGNUP_REASON


def test_an_articles_subhead_above_its_text_is_no_sign_up_boxs_heading() -> None:
    paragraph = "The festival opened on Friday with a restored print of a silent classic, and the hall was full."
    article = read_text(f"Restored classic opens the festival\n{paragraph}\n\nThe jury\n\n{paragraph} Again.\nSubscribe\n")
    assert "The jury" in body(article)


def test_an_articles_subhead_right_above_a_sign_up_box_stays() -> None:
    # A heading goes with the box only when it speaks the box's words ("weekly", "newsletter"...).
    paragraph = "The festival opened on Friday with a restored print of a silent classic, and the hall was full."
    box = "Sign up for our newsletter: reviews and news, every Friday.\nYour email\nSubscribe\n"
    article = read_text(f"Restored classic opens the festival\n{paragraph}\n{paragraph} Twice.\nThe verdict\n{box}{paragraph} Again.\n")
    assert "The verdict" in body(article)


def test_a_sentence_about_a_newsletter_is_the_articles() -> None:
    paragraph = "The festival opened on Friday with a restored print of a silent classic, and the hall was full."
    line = "Readers who sign up for the festival's newsletter get the programme a day early, the organisers said."
    assert line in body(read_text(f"Restored classic opens the festival\n{paragraph}\n{line}\n{paragraph}\n"))
