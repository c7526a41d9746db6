"""What a capitalised word is when it is not part of a name: organisation, place, product and
group words, name particles, offices and royal titles. Data, each list with its reason; the cue words
that say a person or a film follows live in :mod:`people_films.cues`.
"""

from __future__ import annotations

from people_films.cues import GERMAN_DETERMINERS, PERSON_CUES
from people_films.names import TITLE_WORDS

# Capitalised words that mark an organisation, place or thing, not a name.
# (The heads of festivals' programmes, "Toronto Platform", "Berlinale Panorama", "Venice Horizons", beside
# "section", "competition", "forum" and "market": a first-time curator saw "Toronto Platform" proposed.)
# ("best": the film press capitalises it to open an award's category, "Best Director for X and Best
# Actor for Y", far more often than it writes a family name Best.)
NOT_NAME_WORDS = frozenset(
    """
    center centre company council university institute department festival service entertainment pictures
    studio studios films agency group corporation inc ltd co foundation museum academy association society
    times post news daily magazine awards award project theater theatre gallery channel network school
    college office ministry bureau committee republic street road city province county state bank party
    club team league cup prize tv radio press media review journal gpt ai app online mag cine
    engineering science member members management capital partners holdings systems technologies labs
    authority commission court prison police army navy parliament senate hall arena pavilion amphitheatre
    amphitheater stadium hotel hospital church market airlines motors records music books games sports
    brothers animation fund trust securities financial beauty cosmetics
    marketing forum market section competition docs fortnight guild golden silver kong
    platform strand sidebar showcase programme program panorama horizons encounters
    preis prix medaille
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    the a an this that these those in on at for but and or when after before while if as of to with
    he she it they we i you me us them my your his her its their our who which there here what how why
    q a1 a2 q1 q2 korea korean japan japanese seoul busan
    week gala contest conference summit expo ceremony championship championships olympics concert tour
    interview interviews podcast show
    best
    beach island islands lake valley bay coast airport station heights springs
    two three four five six seven eight nine ten eleven twelve hundred thousand million
    """.split()
)

# Conjunctions and linking adverbs that open a sentence ("Although Ford ...", "Obwohl Müller ..."): a closed class
# of function words, never the first word of a name, whether or not the article also writes them in lower case.
SENTENCE_OPENERS = frozenset(
    """
    although though because since unless until whereas whether however meanwhile moreover furthermore nevertheless
    therefore thus instead otherwise yet also even still then
    manche solche jene einige viele
    obwohl weil während nachdem bevor sobald seitdem jedoch dennoch trotzdem deshalb daher außerdem danach dann
    bien puisque lorsque quand pourtant cependant ensuite alors
    """.split()
)


# Words of film-industry firms and venues, for people only (a film may be called "Cinema Paradiso"):
# the heads of distributors', producers', broadcasters' and cinema chains' names ("Lotte Cinema",
# "Byeonghwa Pictures", "Showbox Distribution", "Seoul Broadcasting", "Zip Cinema Contents", a sales agent's
# "Kinoshita Sales"), and of the
# public bodies and venues film news names beside them ("Cultural Heritage Administration", "Ministry of
# Culture", "Gocheok Sky Dome"): a person's name never ends in one; nor in a group's word ("the Kelly Family",
# "Warner Bros.": a film may be called "The Family Stone" or "Band of Brothers").
# The last line: a newsroom's collective byline in the languages of the press the archive
# reads ("Redazione UdineToday", "Redaktion Kino-Zeit"), which credits a desk, not a person.
ORGANISATION_WORDS = frozenset(
    """
    cinema cinemas cineplex multiplex productions production distribution distributors releasing communications
    contents content broadcasting broadcast television works ventures worldwide international global sales
    film administration culture dome
    family sisters band orchestra quartet trio ensemble choir bros
    newsroom redazione redaktion rédaction redacción redaccion redação redacao redactie redakcja toimitus
    """.split()
)


# A word right after a name that makes the words a product or model named after
# the person ("Kim Tae-yong GPT", "the Gi-hun AI"), not the person.
PRODUCT_WORDS = frozenset("gpt ai bot chatbot avatar clone model llm app assistant".split())


NOT_ALONE = NOT_NAME_WORDS | TITLE_WORDS


# Lower-case particles inside a family name, after a given name: "Chris de Burgh", "Vincent van Gogh".
NAME_PARTICLES = frozenset("de van von der den da di du del della dos le la".split())


# Offices and roles that end a run of capitals as the title of someone, not as a family name
# ("the then UK Home Secretary, Sajid Javid"); "King", "Judge", "Star" are family names too.
OFFICES = PERSON_CUES - frozenset(
    "king queen prince princess lord lady judge judges host star stars fellow friend general chief coach member members "
    "son brother sister mother father wife husband daughter by rep sen gov vice deputy pope frau herr mann".split()
)


# Titles that stand before a family name alone, courtesy titles and the offices of heads of state and
# government, in English, German and French: "President Macron", "Frau Merkel", "Mr Dunn" (the press's
# style for someone the reader knows by that name). Not role nouns ("Director Kim"): one of those before one
# word is as often a headline's or a heading's capitalised words. Not "Dame", a German noun ("die Dame Preise").
# The courtesy titles among them say only that a person follows ("Herr Schäfer", "Dr Schwarz"): the word after one is
# a name even when it is a German noun too, unless a determiner makes the title a noun ("eine Frau Kinder").
COURTESY_TITLES = frozenset("mr mrs ms dr sir frau herr madame monsieur mme".split())
TITLES_BEFORE_FAMILY_NAME = COURTESY_TITLES | frozenset(
    "president präsident präsidentin président présidente chancellor kanzler kanzlerin senator governor mayor".split()
)


# Titles that are part of how a royal is named: "Prince Andrew", "Queen Sonja".
ROYAL_TITLES = frozenset("prince princess king queen duke duchess".split())


# Never a name on its own (a union built once: it was built again for every word tested).
NOT_SINGLE_NAME = NOT_NAME_WORDS | TITLE_WORDS | PERSON_CUES | GERMAN_DETERMINERS


# The last word of a group's name, never of a person's: "the Kelly Family", "Sophie and the Sisters".
GROUP_ENDINGS = frozenset("family brothers sisters band orchestra quartet trio ensemble choir".split())


# Words that open a credit, a byline or a caption set in italics: "Von Gregory Lipinski", "Photo: Madeleine
# Hadwiger", "Figure 3: Changing the font size".
CREDIT_WORDS = frozenset(
    "by von par photo photos foto fotos bild bilder text illustration credit credits source quelle figure fig table abbildung abb tabelle".split()
)
