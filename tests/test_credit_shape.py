"""Picture credits have one shape for every reader and the people detection (ingest/credit_shape.py)."""

from ingest.credit_shape import CREDIT_LINE, PICTURE_AGENCIES, TRAILING_CREDIT
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
