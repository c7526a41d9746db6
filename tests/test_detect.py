"""Detection of names the registry lacks: one signal (or one trap) per case, with an empty registry.

The names and titles here are invented; none is in a rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.chinese_traditional_forms import traditional_forms
from ingest import model
from people_films.detect import chinese_names
from people_films.mentions import Matcher, link_mentions, summarise
from people_films.registry import Registry, load_registry
from people_films.review import detected_registry, gather
from people_films.word_lists import read_word_list

ROOT = Path(__file__).resolve().parent.parent
EMPTY = Matcher(Registry())


def article(*paragraphs: str, title: str = "t", deck: tuple[str, ...] = ()) -> model.Article:
    blocks = [model.Paragraph((model.Text(text),)) for text in paragraphs]
    return model.Article(model.Metadata(title=title, deck=list(deck)), blocks)


def detected(*paragraphs: str, kind: str, **meta) -> list[str]:
    occurrences = link_mentions(article(*paragraphs, **meta), EMPTY)[1]
    return [o.written for o in occurrences if o.kind == kind and o.entity_id is None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the family name speaks elsewhere in the article
        (("Investors cheered when Oskar Brandt arrived.", "“It works,” Brandt said."), ["Oskar Brandt"]),
        (("Shareholders backed Ilse Varga on Monday.", "“We are ready,” said Ms Varga."), ["Ilse Varga"]),
        # a title or role word inside the run of capitals
        (("Acme CEO Dana Whitfield resigned.",), ["Dana Whitfield"]),
        (("Attorney General Rosa Delgado sued the firm.",), ["Rosa Delgado"]),
        # a cue word that opens the sentence, or a byline
        (("Starring Han Ji-seok and Oh Mi-rae, the film opens on Friday.",), ["Han Ji-seok", "Oh Mi-rae"]),
        (("The festival runs until Sunday.", "By Seo Ji-an"), ["Seo Ji-an"]),
        # appositives and clauses that only people take
        (("Marta Oyelaran, 34, won the prize.",), ["Marta Oyelaran"]),
        (("Tomas Varga, who directed the short, agreed.",), ["Tomas Varga"]),
        (("Ben Lowry, equity strategist at a bank, disagreed.",), ["Ben Lowry"]),
        (("Hana Ruiz plays the mother.",), ["Hana Ruiz"]),
        (("Guests included media figures such as Ivo Petrak, Lena Moss and Ari Cole.",), ["Ivo Petrak", "Lena Moss", "Ari Cole"]),
        # a role word, then "like", "wie", "such as"
        (("Und wenn ein Rapper wie Flek es wagt, folgt ein Shitstorm.",), ["Flek"]),
        (("It ends with a cameo from a genre-bending superstar like Kacey Musgrove.",), ["Kacey Musgrove"]),
        (("Tsuk Hark's martial arts epic placed third.",), ["Tsuk Hark"]),  # a possessive before a kind of film
        # other romanisations of Korean family names, and two-syllable ones
        (("Yesterday Sol Kyung-min met Ryoo Seung-bum at the market.",), ["Sol Kyung-min", "Ryoo Seung-bum"]),
        # two words built only of romanised Japanese morae, three each at least, in an article that says something is Japanese
        (("Studio Gibra's Toshio Sazuki will receive an honorary prize in Tokyo.", "The concert at Jeonju Dome was sold out."), ["Toshio Sazuki"]),
        # a Korean name with the given name's syllables written apart
        (("We met Baek Ha Neul at the market.",), ["Baek Ha Neul"]),
        # festival credits: the family name in capitals, a Sinosphere given name's second syllable in lower case
        (("The jury adds the editor LIAO Ching-wen and producer Kai-lun CHEN.",), ["LIAO Ching-wen", "Kai-lun CHEN"]),
    ],
)
def test_people_signals(paragraphs, expected):
    assert detected(*paragraphs, kind="person") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # story characters
        (("Song Ji-ho plays detective Han Do-yoon in the film.",), ["Song Ji-ho"]),
        (("She took the role of Seo Min-jae last year.",), []),
        (("Kim Da-ran, played by Park Ji Woo, returns.",), ["Park Ji Woo"]),
        (("Newcomer Moon Ha-rin joins as Baek Eun-so, a student.",), ["Moon Ha-rin"]),
        # a royal title in lower case describes a story's figure; "as X's parents, A and B" are characters
        (("It follows the dragon prince Ao Bang. Chen Hao and Lü Qi return as Nezhu's parents, Li Jang and Lady Yan.",), ["Chen Hao", "Lü Qi"]),
        # runs of headline words: a role word in a headline says no more than the words' shape
        (("Fans Celebrate, Actors Thank Viewers",), []),
        (("Actor Plan Wedding: Star to Marry in June",), []),
        (("Thriller Completes Cast: Park Ha-young, Lee Hee-soo Join",), ["Park Ha-young", "Lee Hee-soo"]),
        (("Die Figur Will Bayers, dargestellt von Noah Schnappe, kehrt zurück.",), ["Noah Schnappe"]),
        # the celebrity press gives a character's actor in brackets, with an age; "in die Rolle des" a character
        (("Nach vielen Intrigen heiraten Mara Kessel (Doris Lenz, 35) und Ole Brink (Jonas Weyer, 30).",), ["Doris Lenz", "Jonas Weyer"]),
        (("Er schlüpft in die Rolle des Tobias Renner, sagte Schick.",), []),
        (("In den neuen Folgen steht Ana (Soluna-Delta Kopal, 25) im Mittelpunkt.",), ["Soluna-Delta Kopal"]),
        (("The cast pairs Park Hae-il as prosecutor Kang Tae-joon with newcomers.",), ["Park Hae-il"]),
        # organisations shaped like names, even when they "speak"
        (("The Walker Brothers said they would tour.",), []),
        (("Shares of Warner Music fell.", "Warner said profits rose."), []),
        (("The Regional Prosecution Authority said the case was closed.",), []),
        (("Megaplex and Stella Cinema both extended the screens.",), []),  # the head of a cinema chain's name
        (("Analyst Rance Pown of Artisan Gatewey said the film did well.",), ["Rance Pown"]),  # "of" names where the speaker works
        (("The Chinu Film Administration said so.",), []),
        (("The thriller was produced by Barunfield E&A, said Ari Holm.",), ["Ari Holm"]),  # "&" inside a firm's name
        # a list of names is followed by its next item or its end, not a possessive or a closing bracket
        (("The jury: Lav Dizon (Dir. Nguyen Thi LAM, Vietnam) and actress BAE Donna, Udine's festival head.",), ["Nguyen Thi LAM", "BAE Donna"]),
        # an ordinary capitalised word at the start of a sentence is not a given name
        (("Ortiz said the deal was done.", "Both Ortiz and Lindqvist left early.", "Now Ortiz waits."), []),
        (("Getting Dizney right will be a test of his mettle, Mayor said.", "Fans of Dizney love it."), []),  # nor is a gerund
        # an appositive is a noun phrase: after a comma, a verb and its object name no role of the words before
        (("Her second film, a drama set in Salt Marsh, won the best director prize.",), []),
        # products and models named after a person
        (("We asked Lee Ha-na GPT about films.",), []),
        (("Fans chatted with the Jung Min-seo AI for hours.",), []),
        # a hyphenated description opens the run of capitals: the name is what follows it
        (("Veteran Ken Ogata-lookalike Shuji Kanemoto plays the stationmaster.",), ["Shuji Kanemoto"]),
        (("The film is handled internationally by Tokyo-based Kinoshita Sales.",), []),
        (("Oscar-winning Bong plays himself.",), []),
        (("Jeonju-born Hou Wai-lun plays the lead.",), ["Hou Wai-lun"]),  # a hyphenated given name stays whole
    ],
)
def test_people_traps(paragraphs, expected):
    assert detected(*paragraphs, kind="person") == expected


def test_a_registered_name_before_gpt_is_not_a_mention_of_the_person():
    matcher = Matcher(load_registry(ROOT / "tests/roots/test-entities/registry"))
    occurrences = link_mentions(article("Kim Tae-yong GPT replied first.", "Then Kim Tae-yong spoke."), matcher)[1]
    assert [(o.entity_id, o.sentence) for o in occurrences if o.kind == "person"] == [("kim-tae-yong", "Then Kim Tae-yong spoke.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She cried at “Silent Harbor” (2016) twice.", ["Silent Harbor"]),
        ("She won praise with her debut “A Quiet Room.”", ["A Quiet Room"]),
        ("The former “Carter’s Bay” star is back.", ["Carter’s Bay"]),
        ("The drama “1987: When the Day Comes” opened in December.", ["1987: When the Day Comes"]),
        ("Viewers binged the third season of The Long Winter on Netflix.", ["The Long Winter"]),
        ("It streams old movies such as “Red Dust,” “Glass River” and “Salt Road.”", ["Red Dust", "Glass River", "Salt Road"]),
        ("He is the director of Paper Lanterns, his third feature.", ["Paper Lanterns"]),
        # credited to its director, in an article about anything
        ("Day three opened with “Harbor Lights” by director Min Kyu-dong.", ["Harbor Lights"]),
        ("The programme closes with ‘Night Tide’, directed by Nora Field.", ["Night Tide"]),
    ],
)
def test_film_signals(text, expected):
    assert detected(text, kind="film") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The hit song “Blue Moon Rising” topped the charts.",  # a song, no film word near
        "She is the marketing director of Zelkova Labs.",  # a company's director
        "The ‘AI Kim Ha-na’ talk show drew fans.",  # a name in quotes is a persona
        "He said “Thank You Very Much” and left.",  # a quotation
        "The band played “Blue Moon Rising” by Frank Sinatra at the party.",  # a song credited to its singer
    ],
)
def test_film_traps(text):
    assert detected(text, kind="film") == []


def test_title_and_deck_names_count_as_mentions():
    found = detected(
        "The festival opens today.", title="Director Noh Eun-bi returns with “Paper Boats”", deck=("Actor Tomas Varga joins the cast",), kind="person"
    )
    assert found == ["Noh Eun-bi", "Tomas Varga"]


def test_people_sharing_a_family_name_stay_apart():
    occurrences = link_mentions(article("Director Kim Ji-ho met actor Kim Mi-rae.", "Kim said little."), EMPTY)[1]
    people = summarise(occurrences, EMPTY)["people"]
    assert [(p["name"], p["spellings"]) for p in people] == [("Kim Ji-ho", ["Kim Ji-ho"]), ("Kim Mi-rae", ["Kim Mi-rae"])]


def linked(first_pass_pages: list[tuple[str, ...]], page: tuple[str, ...]) -> list[tuple[str, str | None, str]]:
    """The site's two passes: detect in every page, gather, then link ``page`` with the archive's names."""
    per_page = []
    for number, paragraphs in enumerate(first_pass_pages):
        occurrences = link_mentions(article(*paragraphs), EMPTY)[1]
        per_page.append((str(number), [(o.kind, o.written, o.sentence, o.evidence) for o in occurrences if o.entity_id is None]))
    archive = Matcher(detected_registry(Registry(), gather(per_page), set()).registry)
    # As the ingest's second pass does, with the people the page's own first pass found.
    here = [o.written for o in link_mentions(article(*page), EMPTY)[1] if o.kind == "person" and o.entity_id is None]
    return [(o.kind, o.entity_id, o.written) for o in link_mentions(article(*page), archive, detect_new=False, found_here=here)[1]]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # German: a role, kin or other noun before the name is no part of it; a genitive "-s" ends it
        (("Er lebt mit seinem Ehemann Brad Oltman in Berlin.",), ["Brad Oltman"]),
        (("Der Regisseur Rafa Olmedo drehte den Film.",), ["Rafa Olmedo"]),
        (("Sie kritisierte Arnold Brennermanns Widerstand gegen das Gesetz. Der Widerstand war groß.",), ["Arnold Brennermann"]),
        # one name only: listed after a cue, or a common given name that speaks, never a word of a longer name
        (("The film stars Tom Brandel and Zendayo.",), ["Tom Brandel", "Zendayo"]),
        (("“We will tour,” Meghan said.",), ["Meghan"]),
        (("Harry Stylo sang.", "“Yes,” Harry said."), ["Harry Stylo"]),
        # royal titles are part of how royals are named
        (("The real Prince Andrewson was busy.",), ["Prince Andrewson"]),
        # a particle inside a family name; a Chinese family name after the given name; a given name after German nouns
        (("We heard Chris de Burghley sing.",), ["Chris de Burghley"]),
        (("The piece is by Kinsun Chen, who moved to Basel.",), ["Kinsun Chen"]),
        (("Das war das Stück von Chans Vorgängerin Beate Vollmann, die der Tanzchef kannte.",), ["Beate Vollmann"]),
        # lists joined by "und", "et", "y"; a middle initial inside a name
        (("Die Regisseurin Lena Brandt, Jair Lunez und Iury Trobak haben ihnen ein Denkmal gesetzt.",), ["Lena Brandt", "Jair Lunez", "Iury Trobak"]),
        (("The show stars Michael J. Foxley and Ana Ruiz.",), ["Michael J. Foxley", "Ana Ruiz"]),
        # a native-script name beside the romanised one is one name
        (("Seo Ji-an 서지안, 22, will lead the series.",), ["Seo Ji-an 서지안"]),
    ],
)
def test_people_signals_beyond_english(paragraphs, expected):
    assert detected(*paragraphs, kind="person") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Kinder Jaden (20) und Sohn Trey (26) posten Fotos.",), []),  # kin nouns before a first name alone
        (("Eine Nutzerin erklärte, sie trage das nie.",), []),  # an article opens no name
        # German writes role nouns capitalised, compounded, between names: each opens the next name
        (("In ihrem Newsletter warf Umweltreporterin Lena Ostrow Milliardärin Mia Kessler vor, die Krise auszunutzen. "
          "Der Sohn und die Tochter schweigen, und das ist der Punkt.",), ["Lena Ostrow", "Mia Kessler"]),
        # German capitalises nouns: two of them in a row are no name, even when the second stands alone elsewhere
        (("Sie machte mit viel Ironie Werbung für das neue Produkt der Firma.",
          "Sie macht oft Werbung für Mode, die der Firma gehört, und der Sohn hilft ihr dabei.",
          "Die Verpackung besteht aus dem Kunststoff PLTE, und das ist der Grund für die Kritik an der Firma."), []),
        (("The company is owned by Alibabo.", "It said profits rose."), []),  # "by" before one word is no byline
        (("The French director Lia Monte spoke.", "French critics agreed."), ["Lia Monte"]),
        (("She was mocked as “Canine Rosa.”",), []),  # a name filling quotes is a nickname
        (("Le réalisateur présente « Les Enfants » au festival.",), []),  # also in guillemets with French spaces inside
        (("Le réalisateur présente Les Enfants au festival, et la salle est pleine pour le film de la réalisatrice.",), []),  # a French article
        (("She appeared at Paris Fashion Week.", "She told Page Six."), []),  # events and numbers are no names
        (("The jury of Toronto Platform, led by a critic, chose it.", "Berlinale Panorama said so."), []),  # festivals' programmes
        (("Produziert wurde der Film von der Wiener Firma Nova Lichtspiel.",), []),  # a firm's name after a noun for a firm
        # photographers credited in capitals, the agency beside them
        (("The director on set. PHOTO: JOHN SMYTHE", "Foto: APA/AFP/WANG ZHAOLIN", "© GETTY IMAGES NORTH AMERICA / MADDIE MEYERS"),
         ["JOHN SMYTHE", "WANG ZHAOLIN", "MADDIE MEYERS"]),
        (("Sie gewann Gold. © AFP / KIRILL KUDRYAVTSEVA", "Foto: AFP / GETTY IMAGES"), ["KIRILL KUDRYAVTSEVA"]),  # beside an agency
        (("Der Film lief im Wettbewerb des Festivals Max Ophal Preis, wo Schauspielerin Senta Gruhn gewann.",), ["Senta Gruhn"]),  # a prize's
        (("In June, the then UK Home Secretary, Sajid Javed, approved it.",), ["Sajid Javed"]),  # an office ends a run
        (("The tour stops at Virginia Beach on June 23.",), []),  # places
        (("James Van Der Berk danced.", "Later, Van Der Berk said he was tired."), ["James Van Der Berk"]),  # his family name again
        (("“Becoming a mother changes you,” said her son.", "Her son. “Becoming a mother changes you.”"), []),  # a cue in another sentence
    ],
)
def test_people_traps_beyond_english(paragraphs, expected):
    assert detected(*paragraphs, kind="person") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bekannt wurde er durch die Fernsehserie „Die Kalte Küste“ und den Film „Nachtzug“.", ["Die Kalte Küste", "Nachtzug"]),
        ("Eigentlich kennt man den 'Salt Squad'-Star als liebevollen Vater.", ["Salt Squad"]),
        ("Seine Filmografie umfasst die „Hobbitt“-Trilogie.", ["Hobbitt"]),
        ("The new fantasy series <Moon River Diary> (달강일기) starts in May.", ["Moon River Diary 달강일기"]),
        ("The film festival opens with 'Arcor' by Ugo Bienvenue, then the feature 'Little Ame'.", ["Arcor", "Little Ame"]),
        ("The film won. The director won best director for “Nomadia” in 2021; the movie ran long.", ["Nomadia"]),
        # a song word in the sentence before says nothing of this title
        ("The film and the series and the movie. Nobody will try that song.\n“Quiet Tide” opened.", ["Quiet Tide"]),
    ],
)
def test_film_signals_beyond_english(text, expected):
    assert detected(text, kind="film") == expected


def test_a_native_script_name_links_to_the_romanised_one_in_other_pages():
    first = [("Seo Ji-an 서지안, 22, will lead the series.",), ("서지안 thanked the fans.",)]
    assert ("person", "seo-ji-an", "서지안") in linked(first, ("서지안 thanked the fans.",))


def test_a_given_name_written_apart_links_when_its_first_syllable_is_a_word_of_another_name():
    first = [("Actress Yoon Seo-yeon wrote the piece.",), ("Director Seo Ha-neul agreed.",)]  # "Seo": a word of another name
    assert ("person", "yoon-seo-yeon", "Yoon Seo Yeon") in linked(first, ("By Yoon Seo Yeon, in Seoul.",))


def test_a_given_name_written_apart_links_in_an_archive_of_two_word_names():
    assert ("person", "baek-ha-neul", "Baek Ha Neul") in linked([("We met Baek Ha-neul there.",)], ("Baek Ha Neul smiled.",))


def test_a_person_known_by_one_name_links_where_no_longer_name_holds_the_word():
    first = [("The film stars Tom Brandel and Zendayo.",)]
    assert ("person", "zendayo", "Zendayo") in linked(first, ("Zendayo won the award.",))
    assert not [o for o in linked(first, ("Zendayo Coleman won.", "Zendayo smiled.")) if o[1] == "zendayo"]


def test_a_given_name_alone_links_only_in_the_pages_that_found_it():
    """The star's brother "Daniel", found in one article, was linked in a review where Daniel is a character."""
    first = [("Within 48 hours, the star's brother Daniel lost his battle with the disease.",)]
    assert ("person", "daniel", "Daniel") not in linked(first, ("Her son Daniel, played by Josh Arden, wants her in a home.",))
    assert ("person", "daniel", "Daniel") in linked(first, ("Her brother Daniel said nothing.",))  # found here too: linked
    first = [("The film stars Tom Brandel and Zendayo.",)]
    assert ("person", "zendayo", "Zendayo") in linked(first, ("Zendayo smiled.",))  # no common given name: one person


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The film won praise.", "Fans of the movie loved the ballad “Blue Harbour Lights”.", "Later “Blue Harbour Lights” topped charts."),
        ("The film and the series and the movie.", "“I am happy,” she told “Evening Lantern” in 2005."),
        ("The film and the series and the movie.", "Her nickname was “Canine Rosa.”"),
    ],
)
def test_songs_publications_and_nicknames_in_quotes_are_no_films(paragraphs):
    assert detected(*paragraphs, kind="film") == []


@pytest.mark.parametrize(
    ("author", "people"),
    [
        ("Nora Field", ["Nora Field"]),
        ("Asia Economy", []),
        ("Redazione UdineToday", []),
        ("Redaktion Kinozeit", []),
        # one word: a common given name signs as a person; another word as a desk or an agency
        ("Andrea", ["Andrea"]),
        ("Reuters", []),
    ],
)
def test_a_byline_author_is_a_person_unless_the_publisher_signs(author: str, people: list[str]) -> None:
    """"By Asia Economy" on the site's own page gave the site a person page; so did a newsroom's
    collective byline ("Redazione", the editorial office)."""
    page = model.Article(
        model.Metadata(title="t", authors=[author], publisher="Asia Economy"),
        [model.Paragraph((model.Text("The festival opened on Friday with a restored print of a silent film."),))],
    )
    occurrences = link_mentions(page, EMPTY)[1]
    assert [o.written for o in occurrences if o.kind == "person"] == people


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("山本監督は「待つことについての映画です」とコメントを寄せた。", []),  # speech in 「」: a sentence's ending
        ("最新作『港の灯』が撮影を開始した。", ["港の灯"]),  # 『』 sets a title
        ("主演作「風の町」が公開された。", ["風の町"]),  # 「」 around words that end no sentence: a title too
        ("彼女は「夢を諦めないで」と語った。", []),  # the quotative particle と after the marks: speech
        ("監督は「家族の物語」って言ってた。", []),  # and its spoken form って
        ("「海の町、山の家」は静かな映画だ。", []),  # a sentence's comma inside: speech, not a title
        ("主演作「風の町」と「港の灯」が公開された。", ["風の町", "港の灯"]),  # と before another 「: "and", two titles
        ("導演表示：「燈籠與夜市」", []),  # after a colon, as Chinese and Japanese open a quotation: speech
        ("作品名：「海辺の町」", ["海辺の町"]),  # a colon after a label noun names what follows: a title
        ("上映作品：「燈籠與夜市」", ["燈籠與夜市"]),  # the same in Chinese
        ("原題：「海辺の町」", ["海辺の町"]),  # the original title's label
    ],
)
def test_japanese_corner_brackets_hold_titles_or_speech(paragraph, expected):
    assert detected(paragraph, kind="film") == expected


def test_a_headline_quoting_the_articles_speech_in_corner_brackets_names_no_film():
    """A news headline pulls a line from the body's quotation: 「海の静けさ」 there is speech the body quotes in full."""
    headline = "佐藤監督、映画祭で審査委員長に「海の静けさ」"
    body = "佐藤監督は授賞式で「優しさに満ちた映画。海の静けさを改めて感じた」と語った。"
    assert detected(headline, body, kind="film") == []
    assert detected("陳導演　「夜市是港口的心」", "她表示：「夜市是港口的心，每個攤位都是故事。」", kind="film") == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("監督：「海辺の町」", ["海辺の町"]),  # a credit label opening the line: the work it credits
        ("主演：林美玲，導演：「燈籠與夜市」", ["燈籠與夜市"]),  # a label after a separator
        ("是枝監督：「海辺の町」", []),  # a name before the role noun: the director speaks
        ("陳導演：「燈籠與夜市」", []),
    ],
)
def test_a_role_noun_before_a_colon_is_a_credit_label_unless_a_name_comes_first(paragraph, expected):
    """"監督：「X」": a role noun alone before the full-width colon labels a credit, as 作品名： does; the press
    opens a speaker's words with the role after the speaker's name (陳導演：「...」)."""
    assert detected(paragraph, kind="film") == expected


def test_a_labelled_title_before_a_credit_is_a_film():
    """"片名：「寄生上流」，導演：…": the label and its colon, then the credits; no one speaks."""
    assert detected("片名：「寄生上流」，導演：奉俊昊", kind="film") == ["寄生上流"]


def test_a_short_title_inside_someones_speech_is_still_a_film():
    """Only a headline's quote of a few words is pulled from the body's speech: a two-character title in a body
    sentence stays a title though "家族" comes back inside a quotation."""
    assert detected("主演作「家族」が公開された。", "彼は「家族が一番大事です」と語った。", kind="film") == ["家族"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("撮影の合間にハルカさんは笑った。", ["ハルカ"]),  # a given name in katakana, an honorific after it
        ("マティ・ディオップ氏が審査員長を務める。", ["マティ・ディオップ"]),  # a foreign name, its parts joined by a middle dot
        ("アニメ監督の話を聞いた。", []),  # a role noun after a katakana word is a kind of role ("anime director")
        ("お客さんが並んだ。", []),  # an honorific after hiragana: a common noun
        ("スタッフさんとマネージャーさんに感謝した。", []),  # role loanwords addressed with さん
    ],
)
def test_a_name_in_katakana_before_an_honorific_is_a_person(paragraph, expected):
    assert detected(paragraph, kind="person") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("영화 《소금의 계절（英題：The Salt Harvest）》이 개봉한다.", ["The Salt Harvest 소금의 계절"]),  # the English title, its label dropped
        ("电影《盐之季（The Salt Harvest）》将于下月上映。", ["The Salt Harvest 盐之季"]),  # no label
        ("영화 《소금의 계절 (2024)》이 개봉한다.", ["소금의 계절"]),  # a year is no title
    ],
)
def test_another_title_in_brackets_inside_the_marks_is_a_spelling_not_part_of_the_title(paragraph, expected):
    assert detected(paragraph, kind="film") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("We met on the Star Ferry pier at dawn.", []),  # English writes a role in lower case inside a sentence
        ("Singer Campino said the tour was over.", ["Campino"]),  # at a sentence's start, a role and a stage name
    ],
)
def test_a_capitalised_role_word_inside_an_english_sentence_opens_a_proper_name(paragraph, expected):
    assert detected(paragraph, kind="person") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("بقلم: أحمد سليم", "عرض فيلم جديد في مهرجان القاهرة."), ["أحمد سليم"]),  # Arabic "by the pen of"
        (("مهرجان القاهرة - بقلم أحمد سليم - القاهرة",), ["أحمد سليم"]),  # mid-line, a dateline after the dash
        (("كتب: سمير فهمي", "فيلم جديد."), ["سمير فهمي"]),  # "wrote", opening the line
        (("كتب المخرج رسالة طويلة، ثم غادر.",), []),  # "the director wrote a long letter": a noun with its article
        (("מאת: דנה לוי", "הסרט החדש הוקרן בפסטיבל."), ["דנה לוי"]),  # Hebrew "by"
        (("记者 王小明 台北报道", "电影将于下月上映。"), ["王小明"]),  # Chinese "reporter", then the dateline
        (("他说记者王小明来了，电影将于下月上映。",), []),  # inside a sentence Chinese runs words together
        (("글 한서윤 · 사진 문태오 | 2025-03-02", "영화가 개봉했다."), ["한서윤", "문태오"]),  # Korean "text", "photographs"
        (("글 쓰는 일이 어렵다.",), []),  # "writing is hard": no name after the word
    ],
)
def test_bylines_in_scripts_without_capitals(paragraphs, expected):
    assert detected(*paragraphs, kind="person") == expected


@pytest.mark.parametrize(("authors", "expected"), [(["王小明", "台北报道"], ["王小明"]), (["דנה לוי"], ["דנה לוי"]), (["한서윤"], ["한서윤"]), (["씨네마루"], [])])
def test_a_header_author_in_a_script_without_capitals_is_a_person_and_a_chinese_dateline_is_not(authors, expected):
    page = model.Article(model.Metadata(title="t", authors=authors), [model.Paragraph((model.Text("电影将于下月上映。"),))])
    assert [o.written for o in link_mentions(page, EMPTY)[1] if o.kind == "person"] == expected


def test_a_run_of_words_with_no_cue_that_the_archive_knows_as_a_film_is_the_film_not_a_person():
    """"Winter Lantern" (a common given name, then a word) was proposed as a person while another
    page set it in italics as a film."""
    pages = [("Can you tell us more about Winter Lantern? It was my first feature.",), ("Her debut, the film Winter Lantern, played Busan.",)]
    assert [(kind, written) for kind, _id, written in linked(pages, pages[0]) if written == "Winter Lantern"] == [("film", "Winter Lantern")]


def test_a_person_named_by_a_cue_keeps_a_name_that_is_also_a_film_title():
    pages = [("The director Winter Lantern spoke first.",), ("Her debut, the film Winter Lantern, played Busan.",)]
    assert ("person", "Winter Lantern") in {(kind, written) for kind, _id, written in linked(pages, pages[0])}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("新人导演林小舟的长片《雨季》入围了主竞赛。", ["林小舟"]),  # a role noun right before, 的 after
        ("因病缺席的女演员何青代其领奖。", ["何青"]),  # two characters: a function character follows them
        ("评委会主席由台湾导演侯文山担任。", ["侯文山"]),  # three, then the verb
        ("导演：韩雪峰", ["韩雪峰"]),  # a colon between, the text's end after
        ("演员们都到了，导演马上就来。", []),  # "at once": a common word of a name's shape
        ("导演工作很辛苦。", []),  # no family name after the role noun
        ("韩国导演裴敏俊接受了专访。", ["裴敏俊"]),  # a Korean name, its family name in Hanja, after "Korean director"
        ("韓國演員玄智雅的新片", ["玄智雅"]),
        ("导演裴敏俊接受了专访。", []),  # a Korean family name with no nationality: Chinese text rarely has it
        ("韩国导演协会发表声明。", []),  # the Korean directors' association
        ("本片由導演林山河執導，攝影師許文彬親自掌鏡。", ["林山河", "許文彬"]),  # traditional script: 導演, 執導, 攝影師
        ("摄影师许文彬亲自掌镜。", ["许文彬"]),  # "personally" after the name
    ],
)
def test_a_chinese_name_after_a_role_noun_is_a_person(paragraph, expected):
    assert detected(paragraph, kind="person") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("尹彩麟饰演的儿子回到岛上，带着二十年的沉默。", ["尹彩麟"]),  # plays
        ("韩雪峰的表演几乎没有台词。", ["韩雪峰"]),  # 's performance
        ("本片由林山河執導。", ["林山河"]),  # directs, traditional script
        ("周末的表演很精彩。", []),  # "the weekend's show": a common word of a name's shape
        ("他们中韩雪的表演最好。", []),  # a family name's character inside a word (中韩) starts no name
        ("观众看完电影，马戏的表演让人难忘。", []),  # a kind of show (circus) before "'s performance", a rarer noun
        ("演员文静的表演让人难忘。", ["文静"]),  # the rarer nouns' list is no bar after a role noun
        ("本片中，程文饰演父亲。", ["程文"]),  # nor before a verb of acting: a noun to jieba, a name here
    ],
)
def test_a_chinese_name_before_a_verb_of_acting_or_directing_is_a_person(paragraph, expected):
    """A curator's 韩智友的表演 and 尹彩麟饰演 were not found."""
    assert detected(paragraph, kind="person") == expected


def test_a_chinese_name_given_a_role_once_is_the_person_wherever_the_article_writes_it():
    paragraphs = ("新人导演林小舟的长片《雨季》入围了主竞赛。", "林小舟在发布会上说，电影拍了三年。", "林小舟们")
    assert detected(*paragraphs, kind="person") == ["林小舟", "林小舟"]


def test_the_traditional_role_nouns_and_name_endings_are_opencc_s_forms_of_the_simplified_ones():
    """The data files are what bench/chinese_traditional_forms.py derives (OpenCC, requirements-bench.txt)."""
    pytest.importorskip("opencc")
    assert read_word_list("chinese_traditional_role_nouns.txt") == set(traditional_forms(chinese_names._ROLE_NOUNS_SIMPLIFIED))
    assert read_word_list("chinese_traditional_after_name.txt") == set(traditional_forms(chinese_names._AFTER_NAME_SIMPLIFIED))
    assert {"導演", "攝影師"} <= set(chinese_names.ROLE_NOUNS)
