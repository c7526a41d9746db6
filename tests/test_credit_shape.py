"""Picture credits have one shape for every reader and the people detection (ingest/credit_shape.py)."""

from ingest.credit_shape import CREDIT_LINE, PICTURE_AGENCIES, PICTURE_TRAILING_CREDIT, TRAILING_CREDIT
from ingest.text.lines import full_match, search
from people_films.detect.credits import on_a_credit_line


def test_an_agency_and_its_photographer_alone_on_a_line_are_a_credit():
    assert full_match(CREDIT_LINE, "Jane Doe/AFP/Getty Images")
    assert full_match(CREDIT_LINE, "KEYSTONE / Jane Doe")


def test_an_agency_is_written_as_the_press_writes_it():
    assert not full_match(CREDIT_LINE, "Ap / Jane Doe")


def test_a_headline_that_opens_with_an_agency_is_no_credit():
    assert not full_match(CREDIT_LINE, "Reuters / Ipsos poll: most viewers stream films at home")


def test_a_caption_ending_with_a_wire_credit_has_one():
    assert search(TRAILING_CREDIT, "The director at the premiere in Cannes. Robyn Beck/AFP/Getty Images")


def test_the_people_detection_knows_the_same_agencies():
    text = "Lee Hana at the festival. Photo: XINHUA / WANG ZHAO"
    assert "xinhua" in PICTURE_AGENCIES
    assert on_a_credit_line(text, text.index("WANG"))


def test_a_picture_credit_at_a_line_s_end_is_labelled_as_a_picture_s_or_names_an_agency_and_a_photographer():
    for line in ("On the ferry. (Photo: Choi Min-seo)", "Am Set. (Foto: Jo Lee)", "At the premiere. Robyn Beck/AFP/Getty Images"):
        assert search(PICTURE_TRAILING_CREDIT, line), line


def test_a_news_source_or_a_copyright_at_a_line_s_end_is_no_picture_s_credit():
    """"(Source: KOFIC)" names where a figure comes from, "© Name" whose the text is: body text ends so too."""
    for line in ("Admissions rose, the council said. (Source: KOFIC)", "Die Zahl stieg. (Quelle: FFA)", "All rights kept. © Jo Lee"):
        assert not search(PICTURE_TRAILING_CREDIT, line), line
        assert search(TRAILING_CREDIT, line), line  # a caption's credit all the same, where the line is a caption
