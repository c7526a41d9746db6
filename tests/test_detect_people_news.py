"""People detection in news writing, one behaviour per test.

The kinds the sixteen real dev pages added in the seventh session showed (bench/entities_gold.json):
abbreviations written with stops, an office before a family name, organisation heads, photo
credits. The names here are invented, none is in a rule.
"""

from __future__ import annotations

from tests.test_detect import detected
from tests.test_detect_people_shapes import GERMAN


def people(*paragraphs: str) -> list[str]:
    return detected(*paragraphs, kind="person")


def test_an_abbreviation_written_with_stops_is_no_person_after_a_speech_cue():
    assert people("“Justice was served,” said U.S. Attorney Nelda Brann.") == ["Nelda Brann"]
    assert people("The aid was stalled, said U.K.") == []


def test_a_union_is_an_organisation_not_a_person():
    assert people("Ellwood, a hotelier Brisk picked as his ambassador to the European Union, is entangled.") == []


def test_finals_name_an_event_not_a_person():
    assert people("The show covers the WTA and ATP Finals, and the Fed Cup.") == []
    assert people("It is sponsored by the Harbour Cup by Lumina Riga Finals, which takes place in May.") == []


def test_a_paper_named_today_is_no_person_even_after_an_acronym():
    assert people("Ellwood, via RIGA Today, said that Brisk cannot win.") == []


def test_an_ambassador_is_a_title_not_a_given_name():
    assert people("Ambassador Anton Vellmar arrived.", "“Ambassador Vellmar replied that he would do it,” Brisk said.") == ["Anton Vellmar"]


def test_a_team_and_an_abbreviated_role_before_a_name_are_no_part_of_it():
    assert people("Harbor DL Larry Brenning also received a one-game suspension.") == ["Larry Brenning"]


def test_a_network_and_a_role_before_a_name_are_no_part_of_it():
    assert people("WKTV Sports NFL Insider Jason De Marrow has reported that the league will fine him.") == ["Jason De Marrow"]


def test_a_run_with_an_abbreviation_and_no_given_name_after_it_is_no_person():
    assert people("The deal was signed by Harbor NFL Holdings on Monday.") == []


def test_initials_spaced_apart_open_a_name():
    assert people("As P. D. Harrow said, the spell does not last.") == ["P. D. Harrow"]


def test_a_photographer_credited_in_capitals_after_the_agency_is_a_person():
    assert people("Die Siegerin will es wissen. © AFP / TOMAS GRELLIN") == ["TOMAS GRELLIN"]


def test_an_agency_last_in_a_credit_is_no_person():
    assert people("Die Siegerin jubelt. © AFP / GETTY IMAGES") == []


def test_a_rights_notice_with_a_year_is_no_photo_credit():
    assert people("All rights reserved. © 2021 Lumen Media / Harbor Works") == []


def test_an_office_before_a_family_name_alone_names_a_person():
    assert people("The protests started when President Vellmar announced a new tax.") == ["Vellmar"]


def test_a_family_name_after_a_title_links_to_the_full_name_given_before():
    assert people("Anton Vellmar was elected in May.", "The protests started when President Vellmar announced a tax.") == ["Anton Vellmar"]


def test_a_middle_name_ending_in_s_is_no_genitive_before_a_family_name_written_alone():
    text = GERMAN + "Lars Tinnes Bakk will für Furore sorgen. In dieser Saison ist es für Bakk bisher nicht gut gelaufen."
    assert people(text) == ["Lars Tinnes Bakk"]


def test_a_german_feminine_role_noun_is_no_name_of_its_own():
    assert people(GERMAN + "Das Bild zeigt Karla Wenk, Snowboarderin.") == ["Karla Wenk"]


def test_a_courtesy_title_and_one_word_may_be_a_series():
    assert people("Viewers loved Mr Selkirk when it aired on Sunday nights.") == []


def test_a_channel_credited_last_is_no_person():
    assert people("Die Serie läuft ab Montag. © HBO / Sky Atlantic") == []
