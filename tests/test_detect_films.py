"""Film titles by the conventions of film writing (issue 13): one kind per case, with an empty registry.

Each kind of title the film press marks (brackets, quotes, italics, a year, a
filmography line, an interview headline, a repeat in capitals or lower case,
a native title beside the English one), and each kind of thing written in the
same marks that is no film (a festival, a prize, a channel, a newspaper, a
song, a book, a story's character). The titles and names are invented.
"""

from __future__ import annotations

import pytest

from ingest import model
from ingest.html.reader import read_html
from people_films.mentions import Matcher, detected_names, link_mentions
from people_films.registry import Registry
from people_films.review import detected_registry, gather
from tests.test_detect import article, detected, linked

EMPTY = Matcher(Registry())


def italic_films(body: str) -> list[str]:
    """Films detected in an HTML page whose article is ``body`` (read by the real HTML reader)."""
    page = f"<html><head><title>t</title></head><body><article><h1>A page</h1>{body}</article></body></html>"
    occurrences = link_mentions(read_html(page.encode(), "page.html"), EMPTY)[1]
    return [o.written for o in occurrences if o.kind == "film" and o.entity_id is None]


FILM_TALK = "<p>The film, the movie and the documentary all screened this week.</p>"
FILM_TALK_TEXT = "The film, the movie and the documentary all screened this week."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the angle brackets and book-title marks of the Korean and Chinese press
        ("The jury praised 〈Salt Flats〉 and 《Red Lantern Road》.", ["Salt Flats", "Red Lantern Road"]),
        ("Director Ahn's new film <Salt Flats> opens in May.", ["Salt Flats"]),
        # a year after an unquoted title, "Mr." inside it
        ("She starred in Hello Mrs. Tanaka (2018) and Glass River (2021).", ["Hello Mrs. Tanaka", "Glass River"]),
        # filmography lines
        ("Short film <Blue Hour> (2015)\nFeature <Winter Orchard> (2019)", ["Blue Hour", "Winter Orchard"]),
        # a native title beside the English one is one title
        ("<Old Foxglove> (老狐狸) won four awards.", ["Old Foxglove 老狐狸"]),
        # a list of credits after a name, the list's commas inside the quotes as American style has them
        ("Her son, filmmaker Charlie Wendt (“The Finding,” “The Two I Love”), agreed.", ["The Finding", "The Two I Love"]),
        # a production has a set
        ("She phoned in from the Chicago set of “Pinewood,” a week late.", ["Pinewood"]),
        # a title set off by commas after the work it is
        ("Her directorial debut, The Chronology of Salt, divided the room.", ["The Chronology of Salt"]),
        # ... its small words in lower case, as English title case writes prepositions
        ("His first feature, Morning in the Tin Orchard, won the best director prize.", ["Morning in the Tin Orchard"]),
        # German titles capitalise nouns only: a sentence-case title with a film word beside it
        ("Das war das Jahr der Antikriegsfilme „Nacht fiel über Lindenau“ und „Hunde, wollt ihr bellen?“.", ["Nacht fiel über Lindenau", "Hunde, wollt ihr bellen?"]),
        # French titles capitalise the first word (and the noun after an article): in its guillemets, with a film word
        ("Son nouveau film « Les Enfants du marais » sort en salles le 12 mars.", ["Les Enfants du marais"]),
        # a work credited to its maker, in French and German, in an article about films
        ("Le film, le cinéma et le tournage : « L’Été indien » de Claire Vasseur ouvre le festival.", ["L’Été indien"]),
    ],
)
def test_titles_as_film_writing_marks_them(text, expected):
    assert detected(text, kind="film") == expected


def test_an_interview_headline_names_the_film():
    assert detected("The director talks.", title="Night Harbour: An Interview with Nora Fielding", kind="film") == ["Night Harbour"]


@pytest.mark.parametrize(
    "text",
    [
        # festivals, prizes, markets and programmes in the same marks
        "She won Best Actress at the <Baeksang Arts Awards> for her role.",
        "The film was selected for the <Asian Project Market> in 2023.",
        "It returns as part of the archive's <Women Directors Now> retrospective.",
        "Festival director Shin said the section 'Bucheon Choice' drew 612 films.",
        "The film screens in the “New British Voices” season at the cinema.",
        "Die Komikerin, Gewinnerin des „Deutschen Comedypreises“, spielt im Film mit.",
        # the section, festival or prize right after the marks, in languages written without spaces
        "武田春樹監督の長編第3作は「アジアン・ホライズンズ」部門でワールドプレミア上映された。",
        "该片入围了《亚洲新人》单元的主竞赛。",
        "이 영화는 부산국제영화제 '비전' 부문에 초청됐다.",
        # a company's name in the marks, its kind of firm opening or ending it
        "영화는 인공지능 스튜디오 '스튜디오 뉴런'이 제작을 맡았다.",
        "制作はAIスタジオ「スタジオ・ニューロン」。映画は11月に公開される。",
        # channels and newspapers
        "The first teaser of the film will air on <KBS2> during the holiday.",
        "The director of the film told 《Beijing Youth Daily》 that the studio would go on.",
        "„Ich wollte der Böse sein“, sagte er im Gespräch mit der „Bild am Sonntag“ über die Serie.",
        "Der Veranstalter sagte der „Abend am Sonntag“, man habe viele Stars für den Film gebucht.",  # told to a publication
        "Pour son prochain film, l’actrice a confié au « Petit Matin » qu’elle tournera à Lyon.",
        # songs and books, said so by the words beside them
        "The film's theme song 《Under the Same Sky》 was streamed 400 million times.",
        "Her novel <Salt Flats> became a film.",
        "Der Regisseur singt den Titelsong „Tausend Sterne“ zum Film.",
        # a chatbot named after a character
        "The series' star joked about the “Gi-hun AI,” a chatbot.",
        # citations, a company's defined short name, a button's words, a publication quoted "via"
        "WWF (2020): Living Planet Report, nach Jacobs (1998) and Nature 574, 16-17 (2019) on the film industry.",
        "Die Firma Q-Energy Deutschland GmbH („Q-Energy“) baut Kinos.",
        "Before the movie starts, click on “Skip Obtaining Device Software” at once.",
        "The film's effects were noted by “Verywell Fit” in a review.",
        # one quoted word with only a weak film word beside it, outside film writing
        "Before the game was released, the cat was named “Dana”.",
    ],
)
def test_events_channels_publications_and_other_works_in_title_marks_are_no_films(text):
    assert detected(text, kind="film") == []


@pytest.mark.parametrize(
    "text",
    [
        "In der Serie ermittelte Jan Brandt als „Kommissar Falk“.",
        "Sie übernimmt in der zweiten Staffel die Rolle der intriganten „Vera von Hall“.",
        "In the new series she stars as “Big Marta” opposite her sister.",
    ],
)
def test_a_character_in_quotes_after_a_role_is_no_film(text):
    assert detected(text, kind="film") == []


@pytest.mark.parametrize(
    "text",
    [
        "The protagonists' names in Salt Flats are 'Mara' and 'Jun,' but the script called them 'Mara' and 'Tae.'",
        "In the remake the characters are named 'Ilse' and 'Tomo'.",
    ],
)
def test_one_word_names_in_quotes_the_sentence_calls_characters_names_are_no_films(text):
    assert detected(text, FILM_TALK_TEXT, kind="film") == []


def test_a_quoted_one_word_title_after_a_protagonist_is_still_a_film():
    # "the protagonist of" names no one: what follows is the story's title, not a character's name.
    assert detected("The protagonist of 'Pietà' and 'Moebius' is a loan shark.", FILM_TALK_TEXT, kind="film") == ["Pietà", "Moebius"]


def test_a_character_in_quotes_after_a_role_is_no_person():
    assert detected("Bekannt wurde sie als Ärztin „Dr. Hanna Bergmann“ in der Serie.", kind="person") == []


def test_a_word_glossed_in_parentheses_is_no_credit_in_german():
    text = "Im Spiel beschützten die Jäger („Hunter“) die Händler („Trader“) vor den Dieben."
    assert detected(text, kind="film") == []


def test_italics_are_titles_in_film_writing():
    body = FILM_TALK + "<p>Hale made her name with <i>Salt and Iron</i> and <cite>Crosswind</cite>.</p>"
    assert italic_films(body) == ["Salt and Iron", "Crosswind"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A short review names few film words: the credit around the italics says a film is meant.
        ("<p>Oh Min-su's <em>Salt Flats</em> won the jury prize last month.</p>", ["Salt Flats"]),  # the director's possessive
        ("<p>Agnes Willems’ <em>Salt Flats</em> won the jury prize last month.</p>", ["Salt Flats"]),  # a plural possessive
        ("<p>She has painted families since <em>Paper Kites</em> (2004).</p>", ["Paper Kites"]),  # its year in brackets
        ("<p><em>Cendres</em>, de Claire Morel, en salles le 18 août.</p>", ["Cendres"]),  # a credit after it
        # no credit: stress, a foreign word, a name
        ("<p>The restaurant <em>Falcon Hall</em> serves fish.</p>", []),
        # a venue's kind before it: the name after it is the owner's, no maker's credit
        ("<p>Am Abend lernten wir das Restaurant <em>Falke</em> von Tom Brandt kennen.</p>", []),
    ],
)
def test_italics_credited_as_a_film_are_a_title_in_a_page_with_few_film_words(body, expected):
    assert italic_films(body) == expected


def test_a_short_story_in_quotes_is_no_film():
    body = FILM_TALK + '<p>It is adapted from Ana Ruiz’s short story "Barn Owls", and keeps its riddle.</p>'
    assert italic_films(body) == []


def test_german_and_french_italic_titles_may_be_in_sentence_case_and_link_again():
    """*Das Beste kommt noch!* and *L’Amour ouf* were not found: German and French titles capitalise their first word only."""
    german = "<p>Der Film und das Kino: der neue Film der Regisseurin.</p><p>Sein neuer Film <em>Das Ende kommt noch!</em> startet im Kino.</p>"
    assert italic_films(german) == ["Das Ende kommt noch!"]
    french = "<p>Le film et le cinéma : la réalisatrice et son film.</p><p>Son film <em>L’Amour fou fou</em> a reçu le prix du public.</p>"
    assert italic_films(french) == ["L’Amour fou fou"]
    # Found in one article, the title links in italics in another, however its words are cased.
    first = [("Sein neuer Film „Das Ende kommt noch!“ startet im Kino.",)]
    archive = Matcher(detected_registry(Registry(), gather([("0", detected_names(link_mentions(article(*first[0]), EMPTY)[1]))]), set()).registry)
    italic_page = model.Article(model.Metadata(title="t"), [model.Paragraph((model.Text("Wir sahen "), model.Emphasis((model.Text("Das Ende kommt noch!"),)), model.Text(" gestern.")))])
    assert [o.kind for o in link_mentions(italic_page, archive, detect_new=False)[1] if o.entity_id] == ["film"]


@pytest.mark.parametrize(
    "body",
    [
        # outside film writing, italics stress a word or set off a foreign one
        "<p>The restaurant <em>Falcon Hall</em> serves fish, and <em>Milchbar Pinguin</em> ice cream.</p>",
        # credits, numbers and questions set in italics
        FILM_TALK + "<p><em>Photo: Madeleine Harwood</em></p><p><em>Von Gregor Lipp</em></p><p><em>1945 1960</em></p>",
        FILM_TALK + "<p><em>Haben Sie Dafür Eine Erklärung?</em></p>",
        FILM_TALK + "<p><em>Figure 3: Changing Font Size of Axis Text.</em></p>",
        # stress on a word the article also writes in lower case; a possessive
        FILM_TALK + "<p><em>We</em> chose this, and we stand by it. <em>Nancy Pelkey’s</em> caucus did not.</p>",
        # italics beside a weak film word only ("well known") outside film writing
        "<p>The shop is well known for <em>Milchbar Pinguin</em> ice cream.</p>",
        # a publication, a prize and a festival in italics
        FILM_TALK + "<p>Then <i>Vogelsang</i> asked the director about it.</p>",
        FILM_TALK + "<p>The novel was shortlisted for the <i>Booker Prize</i> and shown at the <em>Toronto Film Festival</em>.</p>",
    ],
)
def test_italics_that_are_no_titles(body):
    assert italic_films(body) == []


def test_a_record_review_is_no_film_writing():
    # "Single", "album" and "songs" outnumber the film words: quoted title case is a record here.
    paragraphs = ("A feature, a show and a role; the single, the album and the songs of the album.", "Fans rate “Heavy Load Blues” highly.")
    assert detected(*paragraphs, kind="film") == []


@pytest.mark.parametrize(
    ("first", "page", "written"),
    [
        # the title found in one page comes back in capitals, or in lower case after the page names it
        (("The film <Winter Orchard> opens.",), ("WINTER ORCHARD returns in December.",), "WINTER ORCHARD"),
        (("The film <Winter Orchard> opens.",), ("<Winter Orchard> returns.", "Tags: winter orchard, busan"), "winter orchard"),
        # a German title in sentence case, in its quotes
        (("Damals liefen die Antikriegsfilme „Nacht fiel über Lindenau“ in den Kinos.",), ("Heute läuft „Nacht fiel über Lindenau“ im Kino.",), "Nacht fiel über Lindenau"),
    ],
)
def test_repeats_of_a_found_title_link(first, page, written):
    assert ("film", written) in [(kind, w) for kind, entity_id, w in linked([first], page) if entity_id]


def test_a_lower_case_title_the_page_has_not_named_is_plain_words():
    first = [("The film <Winter Orchard> opens.",)]
    assert [o for o in linked(first, ("We walked through a winter orchard.",)) if o[0] == "film"] == []


def table_names(header: list[str], rows: list[list[str]], paragraph: str = "The weekend box office was led by a costume drama.") -> list[tuple[str, str]]:
    """(kind, written) of each name detected in a page of ``paragraph`` and a table with ``header``."""
    table = model.Table(tuple(tuple((model.Text(text),) for text in row) for row in [header, *rows]), True)
    page = model.Article(model.Metadata(title="t"), [model.Paragraph((model.Text(paragraph),)), table])
    return [(o.kind, o.written) for o in link_mentions(page, EMPTY)[1] if o.entity_id is None]


def test_a_cell_under_a_film_header_is_a_film_never_a_person():
    found = table_names(["Rank", "Film", "Director"], [["1", "Marie Antoinette", "Sofia Coppola"], ["2", "Erin Brockovich", "Steven Soderbergh"]])
    assert found == [("film", "Marie Antoinette"), ("person", "Sofia Coppola"), ("film", "Erin Brockovich"), ("person", "Steven Soderbergh")]


@pytest.mark.parametrize("header", ["片名", "Original title", "영화"])
def test_headers_of_film_columns_in_other_words_and_scripts(header):
    assert table_names(["#", header], [["1", "Lost Harbor"]], "The film, the movie and the documentary all screened.") == [("film", "Lost Harbor")]


def test_a_title_column_outside_writing_about_films_is_no_film_column():
    """A chart of songs has a "Title" column too; only "Film", "Movie", "片名" say films anywhere."""
    assert table_names(["Title", "Artist"], [["Blue Harbour", "Nora Field"]], "The chart of the week.") == [("person", "Nora Field")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the English title in brackets after a Chinese or Korean one in its marks: the same film
        ("She first saw Lin in Zhou Bin's 《春眠不觉晓》 (Spring Sleep, Dear Dawn) in Beijing.", ["Spring Sleep, Dear Dawn 春眠不觉晓"]),
        ("The festival opens with 〈물의 집〉(House of Water) on Friday.", ["House of Water 물의 집"]),
        # a festival's credit of the director, or a year: no other title
        ("The section shows 〈밤의 정원〉 (Kim Da-eun, 2024) and more.", ["밤의 정원"]),
        ("It screened after 《青草地》 (2019) last year.", ["青草地"]),
    ],
)
def test_an_english_title_in_brackets_after_a_marked_native_title_is_its_other_title(paragraph, expected):
    assert detected(paragraph, kind="film") == expected


def test_an_english_title_beside_a_marked_native_title_is_no_person():
    assert detected("She first saw Lin in Zhou Bin's 《春眠不觉晓》 (Spring Sleep, Dear Dawn) in Beijing.", kind="person") == ["Zhou Bin"]


# An article about films (three film words at least), so that quoted title case may be a title.
FILM_WORDS = "The film screened at the festival; the director's next movie is a documentary."


def films(*paragraphs: str, title: str = "t") -> list[str]:
    return sorted(set(detected(*paragraphs, FILM_WORDS, kind="film", title=title)))


def test_a_one_word_title_the_headline_also_quotes_is_a_film():
    """Pietà, Dissolve: a title of one word has no second word to tell it from a quoted idea; the headline
    quoting it again does (speech is quoted once, a title as often as the article names the film)."""
    assert films("Ana Ruiz, whose \"Tidewater\" won the top prize, has died.", title="Ana Ruiz, Director of 'Tidewater', Dies") == ["Tidewater"]


def test_quoted_one_word_titles_joined_in_a_list_are_films():
    assert films("Wie schon in „Nachtzug“ und „Brandung“ erzählt sie von Fremden.") == ["Brandung", "Nachtzug"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "She called the shoot \"Chaos\" and left.",  # a quoted word once, in a sentence
        "\"Never,\" she said. \"Never.\"",  # speech quoted twice, not title case in a title's place
        "He said \"Yes\" and she said \"No\".",  # words of speech joined by "and"
        "Answer “Yes” or “No” on the form.",  # alternatives offered, not a list of titles
    ],
)
def test_quoted_words_of_speech_stay_out_of_films(paragraph):
    assert films(paragraph) == []


def test_a_title_opening_with_a_possessive_before_its_year_is_one_title():
    """"The Matchmaker's Daughter (1979)": the possessive is the title's, as in so many titles; no one of that
    name is in the article."""
    assert films("His best work came late: Rain Over Inchon (1981) and Matchmaker's Daughter (1984) made his name.") == [
        "Matchmaker's Daughter", "Rain Over Inchon"]


def test_the_owner_of_a_title_before_its_year_is_left_out_when_the_article_names_that_person():
    assert films("Director Han Jae-won came back in 2019. Han's Winter Station (2019) opened the festival.") == ["Winter Station"]


def test_a_festival_line_up_credits_each_title_with_its_director_and_country():
    lines = ("The Orchard Keeper (Park Se-ra, South Korea)", "Salt in the Wind (Ana Ruiz, Chile, 2025)", "Nightjar (Tomas Varga, Hungary)")
    assert films(*lines) == ["Nightjar", "Salt in the Wind", "The Orchard Keeper"]


def test_a_line_up_written_title_slash_director_credits_the_title():
    assert films("The Orchard Keeper / Park Se-ra", "Salt in the Wind / Ana Ruiz") == ["Salt in the Wind", "The Orchard Keeper"]


def test_a_menu_or_a_place_in_brackets_is_no_line_up():
    """A site's menu ("News / Festivals"), a picture's credit, a place after a venue, an organisation after its acronym:
    no director credited."""
    assert films("News / Festivals", "Reviews / Busan Film Festival", "Photo: KOFA / Ana Ruiz", "Mira Holm, Skifahrerin. © AFP / Jean Dumas", "Lotte Cinema (Seoul, South Korea)", "KOFIC (Korean Film Council)") == []


@pytest.mark.parametrize(
    "lines",
    [
        ("Marvin Gaye / Tammi Terrell", "Diana Ross / Lionel Richie"),  # duets: two people, no title
        ("Jury President (Juliette Binoche, France)", "Jury Member (Ana Ruiz, Chile)"),  # a jury's roles
        ("Text / Anna Weber", "Photos / Jonas Berg"),  # a piece's credits
        ("Jane Doe / Getty Images", "Cast (Tom Hanks, Meg Ryan)", "Redaktion / Max Muster"),
    ],
)
def test_people_roles_and_credit_labels_before_a_name_are_no_line_up_titles(lines):
    assert films(*lines) == []


def test_a_quoted_title_credited_in_brackets_to_its_director_and_country_is_a_film_alone():
    """"'Title' (Director, Country)": the quotes and the credit together, even for a one-word title alone in its section."""
    assert films("Closing film", "'Halcyon' (Tomas Varga, Hungary)") == ["Halcyon"]


def test_an_apostrophe_inside_a_word_does_not_close_single_quotes():
    """French elides with an apostrophe ("d'automne", "l'été"): inside a word it is no closing quote; a line-up keeps a
    title as its country writes it, in sentence case for France."""
    lines = ("'Le Chemin d'automne' (Claire Morel, France)", "'Salt in the Wind' (Ana Ruiz, Chile)")
    assert films(*lines) == ["Le Chemin d'automne", "Salt in the Wind"]


@pytest.mark.parametrize(
    "quote",
    ["'Masterful' (Peter Bradshaw, The Guardian)", "'Unmissable' (Mark Kermode, Observer)", "'Never again' (Kim Ji-woo, Seoul)"],
)
def test_a_review_quote_credited_to_its_critic_and_paper_is_no_film(quote):
    """A poster's quote names the critic and the paper or city: a line-up's credit ends in a country or a year."""
    assert films(quote) == []
    assert films(quote, "'Flawless' (Ana Ruiz, Le Monde)") == []  # nor two such lines, one after the other


def test_a_quoted_title_credited_to_its_director_and_a_year_is_a_film():
    assert films("Closing film", "'Halcyon' (Tomas Varga, 2024)") == ["Halcyon"]


def test_a_quoted_word_before_a_bracket_that_credits_no_director_is_no_film():
    assert films("The slogan 'Forward' (English, 2019) was everywhere.") == []


def test_one_line_shaped_as_a_line_up_line_is_no_line_up():
    """A line-up lists a section's films, a line each: one such line alone, amid prose, is a caption or a credit."""
    assert films("The festival opened on Friday.", "Morning Tide / Ana Ruiz", "The screening was sold out.") == []

@pytest.mark.parametrize(
    "paragraph",
    [
        "映画 ひかりの国 が来月公開される。",  # the word for film, a space, then the title (a family name's shape before kana)
        "映画 山田ナオ は来月公開される。",  # a title made of a name: after the word for film, the film's
        "영화 한지우 는 다음 달 개봉한다.",
        "电影 周一帆 将于下月上映。",
    ],
)
def test_words_after_the_word_for_film_in_japanese_chinese_or_korean_are_no_person(paragraph):
    assert detected(paragraph, kind="person") == []


def test_a_film_director_named_after_the_word_for_film_director_is_still_a_person():
    assert detected("映画監督 山田ナオ が語った。", kind="person") == ["山田ナオ"]


def test_an_unquoted_title_with_its_original_title_in_brackets_credited_by_a_name_is_a_film():
    """A festival's palmarès writes "Title (original title) by Director (Country)": one film, two spellings."""
    about_films = "The festival showed 74 films; the jury saw every film, short and documentary."
    assert detected(about_films, "The Salt Vale (소금골) by Park Ji-hwan (South Korea)", kind="film") == ["The Salt Vale 소금골"]
    assert detected(about_films, "Best actress: Zhou Yifei (周一菲) in Red Millet Rain (红小米雨) by Liu Wen (China)", kind="film") == ["Red Millet Rain 红小米雨"]


def test_a_name_with_its_native_spelling_credited_after_is_no_film():
    assert detected("The festival showed 74 films.", "The prize went to Park Ji-hwan (박지환) by Vote Count in the film festival.", kind="film") == []


def test_a_word_of_two_letters_in_italics_is_stress_unless_credited_as_a_work():
    """*Ah*, opening a sentence in italics, was a film on one page and linked as one on three more."""
    assert italic_films(FILM_TALK + "<p><em>Ah</em>, symmetry. <em>Oh</em> well.</p>") == []
    assert italic_films(FILM_TALK + "<p>Pixar's <em>Up</em> and <em>Ma</em> (2019) screened again.</p>") == ["Up", "Ma"]


@pytest.mark.parametrize("title", ["마더", "괴물", "活着"])
def test_a_two_character_korean_or_chinese_title_in_italics_is_a_film(title):
    """The two-letter rule counts Latin letters: two Hangul or Han characters are a whole title."""
    assert italic_films(FILM_TALK + f"<p>Critics praised <em>{title}</em> again this week.</p>") == [title]


@pytest.mark.parametrize(
    ("paragraph", "title"), [("<p>The director's <em>Up</em> screened again.</p>", "Up"), ("<p>We saw the film <em>It</em> again.</p>", "It")]
)
def test_a_word_of_two_letters_in_italics_after_a_strong_film_cue_is_a_film(paragraph, title):
    assert italic_films(FILM_TALK + paragraph) == [title]


def test_a_credit_in_brackets_after_a_title_is_no_other_title_of_it():
    """〈기계의 눈물〉(장윤서 감독) made the film "기계의 눈물 장윤서 감독", a page no article linked."""
    assert detected("11월 6일 개봉한 장편 〈기계의 눈물〉(장윤서 감독)은 누적 관객 12만 명을 기록했다.", kind="film") == ["기계의 눈물"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("「万引き家族」賞賛の声が上がった映画。", ["万引き家族"]),  # 賞賛 (praise) opens with 賞 (a prize)
        ("电影《寄生虫》展映活动开始。", ["寄生虫"]),  # a screening of the film
        ("电影《怪兽电力公司》上映。", ["怪兽电力公司"]),  # a title ending in 公司 (company): Monsters, Inc.
    ],
)
def test_a_title_before_a_word_that_only_looks_like_an_event_or_a_company_stays_a_film(text, expected):
    assert detected(text, kind="film") == expected
