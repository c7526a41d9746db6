"""People detection by the shape of names and the conventions around them, one behaviour per test.

The kinds the fifteen real dev pages added in the sixth session showed (bench/entities_gold.json);
the names here are invented, none is in a rule.
"""

from __future__ import annotations

import pytest

from ingest import model
from people_films.mentions import link_mentions
from tests.test_detect import EMPTY, detected, linked


def people(*paragraphs: str) -> list[str]:
    return detected(*paragraphs, kind="person")


def byline_people(author: str) -> list[str]:
    article = model.Article(model.Metadata(title="A plan for the lake", authors=[author]), [model.Paragraph((model.Text("The board met."),))])
    return [o.written for o in link_mentions(article, EMPTY)[1] if o.kind == "person"]


def test_initials_written_together_belong_to_the_name():
    assert people("Novelist Harold T.J. Wendle wrote the saga.") == ["Harold T.J. Wendle"]


def test_a_byline_of_initials_and_a_family_name_is_a_person():
    assert byline_people("T.K. Morrow") == ["T.K. Morrow"]


def test_a_name_with_initials_found_in_one_page_links_in_another():
    pages = [("Novelist Harold T.J. Wendle wrote the saga.",)]
    assert ("person", "harold-t-j-wendle", "Harold T.J. Wendle") in linked(pages, ("Before Harold T.J. Wendle, nobody did.",))


def test_a_middle_initial_links_through_the_archive():
    pages = [("Actor Samuel K. Brandt won.",)]
    assert ("person", "samuel-k-brandt", "Samuel K. Brandt") in linked(pages, ("Later, Samuel K. Brandt said no.",))


def test_a_roman_numeral_is_no_family_name_in_capitals():
    assert people("Le règlement de Dublin II est très critiqué, selon Marc Aubel, démographe.") == ["Marc Aubel"]


def test_a_royals_regnal_number_stays_with_the_name():
    assert people("The poem was about King Harald IX and his court.") == ["Harald IX"]


def test_two_capitals_are_a_family_name_only_when_korean_or_chinese():
    assert people("Her studio is in South LA, near the river.") == []
    assert people("The jury gave the prize to Wei-lun WU.") == ["Wei-lun WU"]


GERMAN = "Der Abend war ein Fest für die Fans, und die Stimmung war gut. "  # enough German articles to read as German


def test_two_full_names_side_by_side_are_two_people():
    text = GERMAN + "Für das Gespräch hat Autorin Marlene Vosskamp Jonas Brettschneider vom Bündnis getroffen."
    assert people(text) == ["Marlene Vosskamp", "Jonas Brettschneider"]


def test_a_role_word_the_cue_lists_lack_is_no_part_of_the_name():
    assert people("“We will decide in May,” said Supervisor Hector Valbuena of the county.") == ["Hector Valbuena"]


def test_a_capitalised_word_before_a_given_name_stays_when_it_is_no_role():
    assert people("The band played the Grand Ole Opry and later Ilse Brandauer sang.") == ["Ilse Brandauer"]


def test_a_german_noun_before_a_family_name_that_speaks_is_no_given_name():
    text = GERMAN + "Die Zeitung berichtete über den langen Kampf Brunhübers gegen das Verbot. „Es reicht“, so Brunhüber."
    assert "Kampf Brunhüber" not in people(text)


def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name():
    text = "Fans loved Ilse Brandauer. Although Brandauer had few hits, Brandauer said she was happy."
    assert people(text) == ["Ilse Brandauer"]


def test_the_words_after_an_organisations_head_and_of_are_no_person():
    assert people("She studied at the Pennsylvania Academy of Fine Arts before moving west.") == []


def test_a_speakers_label_in_capitals_names_a_person():
    assert people("MARISOL QUINTERO: ME ESCAPÉ DEL COLEGIO", "Todos los días fueron iguales.") == ["MARISOL QUINTERO"]


def test_a_label_in_capitals_without_a_given_name_is_no_person():
    assert people("BREAKING NEWS: THE SHOW IS OFF", "UPDATE: it is back on.") == []


def test_a_works_title_opening_its_quotes_is_no_person():
    assert people("Her best card, a poem called “Winter Harbour, Lantern Station,” won a prize.") == []


def test_a_german_indefinite_word_opening_a_sentence_opens_no_name():
    text = GERMAN + "Manche Dinge ändern sich nie, schrieb der Autor. Dinge sagte das auch."
    assert people(text) == []


def test_an_abbreviation_in_lower_case_before_a_capitalised_word_is_no_initial():
    assert people(GERMAN + "Wir liefern alles, z.B. Bau, Lebensmittel, Gefahrengut usw.") == []


def test_an_abbreviation_written_with_stops_is_no_person_after_a_speech_cue():
    # Found once, "U.S." was linked as a person in every page that writes it (the archive-wide pass).
    assert people("“Justice was served,” said U.S. Attorney Nelda Brann.") == ["Nelda Brann"]
    assert people("The aid was stalled, said U.K.") == []


def test_capitals_beside_a_word_are_a_family_name_only_where_the_article_writes_family_names_so():
    """Festivals write every family name in capitals ("Sabrina BARACETTI", "LIAO Ching-sung"); in an
    article that names no one so, capitals beside a capitalised word are an acronym's: a paper, an
    event, a venue."""
    festival = "The jury is headed by Sabrina BARACETTI. The prize went to Arash MOHAMMADI on Monday."
    assert detected(festival, kind="person") == ["Sabrina BARACETTI", "Arash MOHAMMADI"]
    assert detected("Richardson told USA Today that the shoot at the BFI Southbank was long.", kind="person") == []


def test_a_page_of_acronyms_beside_nouns_does_not_write_family_names_in_capitals():
    """A few of a page's many acronyms read as festival capitals ("LIN" is a Chinese family name, "Maria" a
    given name): the convention is the article's when such names are half its capitals beside a word or more."""
    manual = (
        "Grundlagen: ABS Grundlagen, LED Technik, EOBD Fahrzeugdiagnose und SAC Kupplung. "
        "Bussysteme: LIN Signal, CAN Signal und Datenprotokoll LIN."
    )
    assert detected(manual, kind="person") == []


def test_a_given_name_of_world_cinema_with_no_cue_opens_a_name():
    """Given names of Africa, Asia and Latin America, as Faker lists them (bench/given_names.py)."""
    assert people("Chinedu Okafor was named best actor on Sunday.") == ["Chinedu Okafor"]
    assert people("Nahuel Ibarguren was named best actor on Sunday.") == ["Nahuel Ibarguren"]


def test_a_greek_given_name_with_no_cue_opens_a_name():
    """Greek given names romanised as Faker's Greek provider and as the English press writes them (bench/given_names.py)."""
    assert people("Athina Kourelou and Yorgos Mavridakis shared the jury prize.") == ["Athina Kourelou", "Yorgos Mavridakis"]


def test_a_hebrew_given_name_with_no_cue_opens_a_name():
    """Israeli given names in Latin letters, from the Israel column of a given-names dictionary (bench/given_names.py)."""
    assert people("Nadav Elbaz and Shira Golan shared the jury prize.") == ["Nadav Elbaz", "Shira Golan"]


def test_two_given_names_joined_by_a_hyphen_are_a_given_name():
    """French and German join two given names into one ("Jean-Marie", "Hans-Peter"); no list holds them all."""
    assert people("Anne-Lise Vautrin was named best actress on Sunday.") == ["Anne-Lise Vautrin"]


def test_a_korean_name_written_apart_stays_whole_before_a_headlines_verb():
    """Korean given names are often romanised as two words ("Kim Jin Min"); a headline's verb after them is cut, not the name."""
    assert people("Director Seo Jin Min Returns") == ["Seo Jin Min"]
    assert people("Director Kim Jin Min Returns") == ["Kim Jin Min"]


def test_a_reply_to_a_commenter_ends_the_name_before_the_reply():
    """Comment threads address a reply "@Name" and start it on the same line: the reply's first word is no family name."""
    assert people("@Jens-Peter Hollmer Finde ich falsch, der Artikel ist gut.") == ["Jens-Peter Hollmer"]
    assert people("@Sarah Jessica Parker Loved the film.") == ["Sarah Jessica Parker"]


def test_a_roles_plural_opens_a_list_of_names():
    assert people("The festival's founders Noga Oyelowo and Gaston Brill chose the works.") == ["Noga Oyelowo", "Gaston Brill"]


def test_a_name_never_ends_in_its_particle():
    # "den", "der" after a given name are German articles here, not the start of "den Berg", "der Laan".
    assert people(GERMAN + "So sah es aus, als Henry den Neuankömmling das erste Mal sah.") == []
    assert people(GERMAN + "Solange der Boden offen ist, holt man die Knollen frisch aus dem Garten.") == []


def test_words_before_a_files_extension_are_a_files_name():
    assert people("Outside the cafe: Penny Happy.png and Penny Sad.png") == []
    assert people("Caption: Penny Harlow at the cafe.") == ["Penny Harlow"]


def test_a_german_determiner_after_a_given_name_opens_the_next_phrase():
    # A comment's reply to "@Drabiniok Dieter" then "Meine alten Leute ...", a speaker's label then "Eine Intellektuelle":
    # no family name is an article or a possessive, so the run ends before it.
    assert people(GERMAN + "@Drabiniok Dieter Meine alten Leute haben Aktien.") == []
    assert people(GERMAN + "Figuren des Stücks:\nLisa Eine Intellektuelle, die liest.") == []
    assert people(GERMAN + "Der Film von Dieter Meinel lief gestern.") == ["Dieter Meinel"]


def test_a_family_name_that_is_a_german_determiner_too_ends_the_run_whole():
    # Only an inflected word or another capitalised word after it makes it open a phrase.
    assert people(GERMAN + "Scorpions-Sänger Klaus Meine singt im Film.") == ["Klaus Meine"]
    assert people(GERMAN + "Die Schauspielerin Joan Allen spielt die Mutter.") == ["Joan Allen"]


def test_a_german_preposition_opening_a_sentence_opens_no_name():
    # "Per Mail", "Per Update": German "per" (by way of) before a noun, not the Scandinavian given name.
    assert people(GERMAN + "Per Update spioniert die Firma nun auch alte Rechner aus.") == []
    assert people(GERMAN + "Das Tor schoss Per Mertesacker in der letzten Minute.") == ["Per Mertesacker"]
    assert "Per Mertesacker" in people(GERMAN + "Per Mertesacker kam zurück. Mertesacker sagte, er sei froh.")


def test_a_german_role_noun_known_by_its_shape_names_no_one():
    # After a name and a comma, German writes what the person does: "-erin", "-istin" nouns are roles, not names.
    assert people(GERMAN + "Eileen Gu, Freestylerin.") == ["Eileen Gu"]
    assert people(GERMAN + "Darüber berichtet Bianca Praetorius, Beraterin und Speaking Trainerin.") == ["Bianca Praetorius"]
    # (A given name of that shape stays a name: "Konstantin", "Valentin".)
    assert people(GERMAN + "Konstantin sagte, er komme später.") == ["Konstantin"]


def test_a_nationality_before_a_name_is_no_part_of_it():
    """French makes a nationality a capitalised noun before a name ("au Taïwanais X", "la Japonaise Y"); English
    writes the adjective there ("Taiwanese X", "South Korean Y"): the name starts after it."""
    assert people("Le prix est allé au Taïwanais Lin Mei-ting pour son film.") == ["Lin Mei-ting"]
    assert people("Le prix est allé à la Japonaise Naomi Kawaguri pour son film.") == ["Naomi Kawaguri"]
    assert people("The award went to Taiwanese Lin Mei-ting for her film.") == ["Lin Mei-ting"]
    assert people("The prize went to South Korean Park Ji-hwan for his film.") == ["Park Ji-hwan"]


def test_a_given_name_of_a_nationalitys_shape_stays_in_the_name():
    # "Julien", "Adrian", "Christian" end as "Parisien", "Indonesian" do: a common given name opens the name.
    assert people("Le jury a salué Julien Marc Dorval pour son film.") == ["Julien Marc Dorval"]
    assert people("Director Christian Anna Holm spoke.") == ["Christian Anna Holm"]


@pytest.mark.parametrize("name", ["Chan Wei Ming", "Kwan Siu Ming", "Yuan Mei Ling"])
def test_a_chinese_family_name_of_a_nationalitys_shape_stays_in_the_name(name):
    # "Chan", "Kwan", "Yuan" end as "Korean" does: a family name opens the name, no nationality is cut.
    assert people(f"The film stars {name} in a lead role.") == [name]


@pytest.mark.parametrize(
    "paragraph",
    [
        "[44] 44.Brandt M, Kessler G, Varga J. Hypersensitivity reactions to dapsone. J Dermatol. 2001;45:420–34.",  # a reference's authors
        "[36] 36.Uppal M, Rao R, Kessler C. Leflunomide induced drug rash. Indian J Dermatol. 2006;72(4):286.",
        "Der Angeklagte Rolf B. schwieg am ersten Verhandlungstag.",  # a name the press shortens to protect someone
        "Witness Anna B., 34, told the court she had seen nothing.",
    ],
)
def test_a_name_ending_in_an_initial_then_a_stop_or_comma_is_no_whole_name(paragraph):
    """"Wozel G", "Rolf B": a reference list's author (family name, initials) or a name shortened to its initial; no
    whole name to give a page that gathers every "Rolf B" of the archive (16 such on one page of references)."""
    assert people(paragraph) == []


def test_a_name_ending_in_a_letter_inside_a_sentence_is_kept():
    assert people("Director Malcolm X spoke to the students on Friday.") == ["Malcolm X"]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Later Malcolm X, the activist, spoke to the students.", "Malcolm X"),
        ("Rapper Jay Z, the producer, arrived late.", "Jay Z"),
        ("Actor Ice T; the crowd cheered him.", "Ice T"),
    ],
)
def test_a_name_ending_in_a_letter_before_a_comma_outside_a_reference_is_kept(paragraph, name):
    """Only a reference list's authors ("Brandt M, Kessler G,") end in an initial before a comma."""
    assert people(paragraph) == [name]
