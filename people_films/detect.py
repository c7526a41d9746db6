"""Detection of people and films the registry does not know yet.

Generic signals only, never a list of known names or titles:

* people: the shape of a romanised Korean name (a common family name beside a
  syllable-built given name, either order), or a run of capitalised words with
  a cue: a role or title word before it ("director", "Starring", "By"), an
  appositive after it ("Name, 48," / "Name, the ... director"), speech ("X
  said", "said X"), a possessive before a quoted title, or a family name that
  speaks elsewhere in the article ("Mayer said" makes "Kevin Mayer" a person);
* films: title-case words in quotes with a film word nearby, a year after
  ("(2021)"), a possessive name before, or another title just before in the
  same list; title-case words after "film", "season of", "directed" ...

Left out on purpose: story characters (a name after "plays", "the role of",
"<actor> as", or before "(played by"), products named after people ("Name
GPT", "Name AI"), and organisations, acronyms and UI words (by shape and by
the word lists below, which say what a capitalised word is when it is not a
name).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from people_films import korean
from people_films.cues import (
    EVENT_WORDS,
    FILM_CUES,
    GERMAN_DETERMINERS,
    GROUP_MEMBER_WORDS,
    GROUP_WORDS,
    IDIOMATIC_FILM_WORDS,
    STAGE_ROLES,
    PERSON_CUES,
    PUBLICATION_BEFORE,
    WEAK_FILM_WORDS,
    is_event_head,
    is_film_word,
    is_other_work,
    is_person_cue,
)
from people_films.names import (
    GIVEN_NAMES,
    MINOR_WORDS,
    TITLE_WORDS,
    is_chinese_given_name,
    is_chinese_surname,
    is_korean_given_name,
    is_korean_surname,
    fold,
    given_syllables_joined,
    japanese_morae,
    strip_titles,
)

# Words shortly after "Name, the ..." that say the name was a person.
PERSON_APPOSITIONS = re.compile(
    r"^\s*(?:,|\()\s*(?:the |a |an |our |its )?(?:[\w’'-]+ ){0,3}?"
    r"(?:director|filmmaker|actor|actress|star|critic|writer|screenwriter|author|photographer|producer|professor|"
    r"choreographer|visionary|auteur|composer|editor|cinematographer|reporter|correspondent|columnist|ceo|founder|"
    r"co-founder|dancer|singer|songwriter|strategist|analyst|manager|spokesman|spokeswoman|spokesperson|"
    r"chairman|chairwoman|economist|lawyer|attorney|secretary|minister|senator|governor)\b",
    re.IGNORECASE,
)
# "Jella Haase, bekannt aus ...", "Name, best known for ...", "Name, connue pour ...": what someone is known for.
_KNOWN_FOR_AFTER = re.compile(
    r"^\s*,\s*(?:(?:best|well|widely|perhaps best)\s+)?(?:known|famous|bekannt|berühmt|connue?|célèbre)\s+(?:for|as|from|als|aus|durch|für|pour|comme)\b",
    re.IGNORECASE,
)
# Interviews name their guest: "In Conversation With X", "im Gespräch mit X", "Entretien avec X", "X im Interview";
# and the celebrity press opens a headline with the speaker, then a quote: "X: „Ich bin nicht perfekt“".
_INTERVIEW_BEFORE = re.compile(
    r"(?i:\b(?:interview|interviews|conversation|gespräch|entretien|rencontre|q&a|chat|talk)\s+(?:with|mit|avec))\s+$"
)
_INTERVIEW_AFTER = re.compile(r"^\s+(?:im|in|zum)\s+(?:interview|gespräch)\b", re.IGNORECASE)
_SPEAKER_THEN_QUOTE = re.compile(r"^\s*:\s*[„“\"«‚‘']")
# "Name, 48," or "Name (48)": an age says a person.
# French and German may write the unit: "Abou Sangaré, 23 ans,", "Jella Haase, 31 Jahre,".
_AGE_AFTER = re.compile(r"^\s*(?:,\s*\d{1,3}\s*(?:ans|Jahre|years old)?\s*[,)]|\(\s*\d{1,3}\s*\))")
# "Analyst Rance Pow of Artisan Gateway said": the words after "of", "at", "from" name where the speaker
# works; "said" is the speaker's, not theirs.
_OF_BEFORE = re.compile(r"\b(?:of|at|from|von|bei)\s+$")
# "Name, who ...": "who" refers to people ("which" to organisations); "Name plays ..." in film news.
_PERSON_CLAUSE_AFTER = re.compile(r"^(?:\s*,\s*who\b|\s+(?:plays|played|portrays|portrayed|directed|co-directed)\b)")
# Capitalised words that mark an organisation, place or thing, not a name.
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
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    the a an this that these those in on at for but and or when after before while if as of to with
    he she it they we i you me us them my your his her its their our who which there here what how why
    q a1 a2 q1 q2 korea korean japan japanese seoul busan
    week gala contest conference summit expo ceremony championship championships olympics concert tour
    interview interviews podcast show
    beach island islands lake valley bay coast airport station heights springs
    two three four five six seven eight nine ten eleven twelve hundred thousand million
    """.split()
)
# Words of film-industry firms and venues, for people only (a film may be called "Cinema Paradiso"):
# the heads of distributors', producers', broadcasters' and cinema chains' names ("Lotte Cinema",
# "Byeonghwa Pictures", "Showbox Distribution", "Seoul Broadcasting", "Zip Cinema Contents"), and of the
# public bodies and venues film news names beside them ("Cultural Heritage Administration", "Ministry of
# Culture", "Gocheok Sky Dome"): a person's name never ends in one; nor in a group's word ("the Kelly Family",
# "Warner Bros.": a film may be called "The Family Stone" or "Band of Brothers").
ORGANISATION_WORDS = frozenset(
    """
    cinema cinemas cineplex multiplex productions production distribution distributors releasing communications
    contents content broadcasting broadcast television works ventures worldwide international global
    film administration culture dome
    family sisters band orchestra quartet trio ensemble choir bros
    """.split()
)
# An ampersand between letters makes one word of a firm's name ("Barunson E&A", "AT&T"); a person's name
# never holds one. (Spaced, it may join two people: "Austrofred & Kurt Razelli".)
_AMPERSAND_AFTER = re.compile(r"^&\w")
_AMPERSAND_BEFORE = re.compile(r"\w&$")
# A word right after a name that makes the words a product or model named after
# the person ("Kim Tae-yong GPT", "the Gi-hun AI"), not the person.
PRODUCT_WORDS = frozenset("gpt ai bot chatbot avatar clone model llm app assistant".split())

_WORD = re.compile(r"[^\W\d_](?:[\w'’‐-]*[^\W_])?")
# How far before or after a candidate its cues are looked for: a fixed window,
# so that each candidate costs the same however long the paragraph is.
LOOK_CHARS = 120
# Detection time allowed for one page; past it, the rest of the page is not
# searched for new names (registered ones still link) and the ingest warns.
# Ordinary pages of 100 KB take well under a second (bench/entities_speed.py).
PAGE_BUDGET_SECONDS = 5.0
# Titles in double quotes may hold an apostrophe ("Dawson’s Creek"); in single quotes they cannot.
# German and other Central European press opens quotes low: „Title“, ‚Title‘.
_QUOTED = re.compile(
    r"(?<![\w’'])(?:([“\"«])([^“”\"«»„\n]{1,80}?)([”\"»])|([‘'])([^‘’'\n]{1,80}?)([’'])"
    r"|(„)([^„“”\"\n]{1,80}?)([“”])|(‚)([^‚‘’'\n]{1,80}?)([‘’]))(?![\w])"
)
_QUOTED_BODIES = (2, 5, 8, 11)
_AFTER_FILM = re.compile(
    r"(?:\b(?:film|movie|feature|documentary|short|series|directed|behind|sequel to|season of|episode of)"
    r"|\b(?:the|a|as|film|movie) director of)\s+"
    r"((?:[A-Z][\w’'-]*|\d+)(?:\s+(?:(?:[A-Z][\w’'-]*|\d+)|(?:by|of|the|a|an|to|and|your|my)(?=\s+[A-Z])))*)"
)
# A title set off by commas after the work it is: "Kristen Stewart's directorial debut, The Chronology of Water, divided ...",
# "her third feature, Salt Flats, opens ...".
_APPOSITIVE_TITLE = re.compile(
    r"\b(?:debut|(?:latest|new|first|second|third|fourth|fifth|last|next|previous|upcoming)\s+(?:film|feature|movie|documentary|series|short)),\s+"
    r"((?:[A-Z][\w’'-]*|\d+)(?:\s+(?:(?:[A-Z][\w’'-]*|\d+)|(?:by|of|the|a|an|to|and|your|my)(?=\s+[A-Z])))*)(?=,)"
)
# "X (played by Y)", "X, played by Y", German "X, gespielt von Y" / "dargestellt von": X is a character.
_PLAYED_BY = re.compile(
    r"^\s*[(,]\s*(?:who is\s+)?(?:played|portrayed|voiced|gespielt|dargestellt|verkörpert|incarnée?|jouée?)\s+(?:by|von|par)\b",
    re.IGNORECASE,
)
# A story character: "plays Mi-ja", "the role of Seong Gi-hun", "<actor> as police officer Hwang Jun-ho".
_CHARACTER_BEFORE = re.compile(
    r"(?:\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced|role of|roles of|character of|character"
    # German and French: "in die Rolle des Philipp", "spielt Ana", "verkörpert", "joue", "incarne", "le rôle de"
    r"|Rolle|Rollen|spielt|spielte|verkörpert|verkörperte|mimt|mimte|rôle|joue|jouait|incarne|incarnait)"
    r"|\b(?:returns|return|returning|stars|starring|appears|appearing|reprises|cast|joins|joined|join)(?:\s+\w+\s+role)?\s+as"
    r"|[A-Z][\w’'-]*\s+as)\s+(?:(?!(?:alongside|opposite|with|against|for|under|by|in|at|on|from)\b)[a-z][\w-]*\s+){0,3}$"
    # "return as Nezha's parents, Li Jing and ...": the characters another one is kin to
    r"|\bas\s+[A-Z][\w-]*['’]s\s+[a-z][\w-]*,?\s+$"
)
# German puts the verb last in a relative clause: "Barbara Wussow, die Hoteldirektorin Hanna Liebhold spielt, ...":
# a name right before "spielt" and the clause's end is the role played (in a main clause an object follows the verb).
_CHARACTER_VERB_LAST = re.compile(r"^\s+(?:spielt|spielte|verkörpert|verkörperte|mimt|mimte|gespielt hat|verkörpert hat)\s*[,.;)–]")
# Between a German verb of playing and the role: a year and a capitalised role noun ("spielt seit 2019 Kapitän Max Parger").
_GERMAN_ROLE_PLAYED = re.compile(r"\b(?:spielt|spielte|verkörpert|verkörperte|mimt|mimte)\s+(?:(?:seit|ab|von|bis)\s+\d{4}\s+)?(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+$")
# "Eleni Schwarzbach (Dorothée Neff, 35)": the celebrity press gives a character's actor, with an age, in
# brackets after the character; the name in brackets is a person (a given name, a Korean or Chinese
# name's shape, or an age say so), and is no other spelling of the first.
_ACTOR_IN_BRACKETS = re.compile(r"^\s*\(\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*(,\s*\d{1,3}\s*)?\)")


def _actor_in_brackets(name: list[str], after: str) -> bool:
    bracket = _ACTOR_IN_BRACKETS.match(after)
    if not bracket:
        return False
    actor = bracket.group(1).split()
    if {fold(w) for w in actor} & {fold(w) for w in name}:
        return False  # "Wai-lun CHAN (Chan Wai-lun)": the same name, spelt again
    return bool(bracket.group(2)) or actor[0] in GIVEN_NAMES or _korean_shaped(actor) or _sinosphere_shaped(actor)


# "X said", "said X", "X told": people speak; organisations rarely do in news prose.
_SPEECH_VERBS = (
    r"(?:said|says|told|added|explained|noted|laughed|recalled|replied|wrote|asked|comments|commented|insisted|admitted|joked|stressed"
    r"|sagte|sagt|erklärte|erklärt|schrieb|schreibt|erzählte|erzählt|betonte|betont|meinte|verkündete|dit|déclare|explique|raconte)"
)
_SPEECH_AFTER = re.compile(rf"^['’]?s?\s+(?:\w+ly\s+)?{_SPEECH_VERBS}\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|asked|sagte|sagt|erklärte|erklärt|schrieb|schreibt|so)\s*$")
# "media figures such as A B, C D and E F": a plural word for people introduces a list of them.
_PEOPLE_SUCH_AS = re.compile(
    r"\b(?:people|figures|personalities|celebrities|politicians|stars|actors|actresses|directors|filmmakers|artists|"
    r"singers|musicians|athletes|players|executives|comedians|writers|authors|guests|judges|members)"
    r",?\s+(?:such as|including|like)\s+$"
    r"|\b(?:cast|lineup|jury|guests)\s+(?:that |which )?(?:includes?|including)\s+$"
)
# A single capitalised word that speaks or carries a courtesy title: a family name.
_LONE_SPEAKER = (
    re.compile(rf"\b([A-Z][\w’'-]+)(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?:\w+ly\s+)?{_SPEECH_VERBS}\b"),
    re.compile(r"\b(?:said|says|told|sagte|sagt|erklärte|erklärt|schrieb|schreibt)\s+([A-Z][\w’'-]+)\b(?![ ]+[A-Z])"),
    re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+([A-Z][\w’'-]+)\b(?![ ]+[A-Z])"),
    re.compile(r"\b([A-Z][\w’'-]+),\s*\d{1,3}\s*,"),  # "Youn, 76, is ..."
)
# A role word right after a quoted title: the "Dawson's Creek" star, the "Parasite" director.
_TITLE_THEN_ROLE = re.compile(r"^\s*(?:star|stars|actor|actress|director|filmmaker|creator|showrunner|producer|writer)\b", re.IGNORECASE)
# A compound made on the title, as German writes it: the 'Suicide Squad'-Star, die „Hobbit“-Trilogie.
_TITLE_THEN_COMPOUND = re.compile(r"^-([^\W\d_][\w-]*)")
_BY_NAME_AFTER = re.compile(r"^[,.]?\s+by\s+[A-Z][\w’'-]*\s+[A-Z]")
# The words of a control, as instructions quote them: 'click on "Save"', 'tippen Sie auf „Weiter“'.
_UI_BEFORE = re.compile(r"\b(?:click|clicking|tap|tapping|press|pressing|select|choose|klicken|klickt|tippen|tippt|wählen)(?:\s+(?:on|auf|sie auf))?\s*$", re.IGNORECASE)
# A role before the quotes: the quoted name is a story's character ("Jan Brandtner als „Kommissar Falk“",
# "die Rolle der intriganten „Vera von Hallstein“", "stars as “Big Jim”"), up to two words between
# (not a place: "spielte in „...“" names the film).
_CHARACTER_QUOTED = re.compile(
    r"(?:\b(?:[A-Z][\w’'-]+|stars|starring|cast|appears|returns|bekannt|known)\s+(?:as|als)"  # a name "as": not "such as"
    r"|\b(?:plays|played|playing|portrays|portrayed|spielt|spielte|verkörpert|verkörperte)"
    r"|\b(?:role|[Rr]olle|character|[Cc]harakter|[Ff]igur)(?:\s+(?:of|des|der|von))?)"
    r"\s+(?:(?!(?:in|im|at|from|aus|bei|für|for|with|mit|the|a|an|der|die|das|den|dem|einem|einer|[Ff]ilm|[Ss]erie|series)\b)[\w-]+\s+){0,2}$"
)
# A production has a set: "phoned in from the Chicago set of “Fargo,”", "on the set of 'Night Tide'".
_SET_OF = re.compile(r"\bset of\s*$")
_AWARDED_FOR = re.compile(r"\b(?:best [a-z]+(?: [a-z]+)?|award|prize|nominated|nomination|won|praised|acclaimed)\s+for\s*$")
_YEAR_AFTER = re.compile(r"^\s*\((?:19|20)\d\d\)")
_POSSESSIVE_THEN_QUOTE = re.compile(r"^['’]s\s+[‘“\"'<〈《„‚]")
# The owner of a work written before its title, the title in quotes or in the next inline (italics, a link):
# "Wim Wenders’ *Perfect Days*", "Greig Fraser's “Dune”"; German joins a genitive "-s" onto the name
# ("Tobias Kratzers *Tannhäuser*", "Til Schweigers „Keinohrhasen“"), which is no part of it.
_OWNER_THEN_QUOTE = re.compile(r"(['’]s?)?[ ]+[‘“\"'<〈《„‚«]")
_OWNER_THEN_INLINE = re.compile(r"(['’]s?)?[ ]*$")


def _owner_of_title(text: str, end: int, word: str, title_next: bool, german: bool) -> tuple[bool, int]:
    """Whether the name ending at ``end`` (its last word ``word``) owns the title right after it, and how many
    letters of a German genitive end it (0 or 1)."""
    owner = _OWNER_THEN_QUOTE.match(text, end) or (_OWNER_THEN_INLINE.match(text, end) if title_next else None)
    if owner is None:
        return False, 0
    if owner.group(1):
        return True, 0
    genitive = german and _genitive_shaped(word)
    return genitive, int(genitive)


def _genitive_shaped(word: str) -> bool:
    """A German genitive of a name: "-s" after a name of four letters or more ("Kratzers"; not "Hess", "Boß")."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "ß"))
# "Kristen Stewart's directorial debut", "Sean Baker's former producer": a person's work or colleague.
_POSSESSIVE_THEN_WORK = re.compile(
    r"^['’]s\s+(?:[\w$-]+\s+){0,3}?(?:film|films|movie|debut|comedy|drama|documentary|thriller|feature|series|"
    r"producer|co-star|costar|wife|husband|daughter|son|directorial|latest|new|previous|earlier|epic|sequel|biopic|blockbuster"
    # a film's crafts, as reviews credit them: "Greig Fraser's photography", "Hans Zimmer's score"
    r"|photography|cinematography|camerawork|score|screenplay|script|editing|performance|portrayal|direction)\b"
)
# What follows a name that is an item of a list: the next item, the list's end or the sentence's. Not a
# possessive ("BAE Doona, Udine's festival") nor a closing bracket ("(Nguyen Thi LAN, Vietnam)").
_LIST_ITEM_END = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|[.;!?]|$)")
# Between two names of a list, in English, German, French and Spanish: ", ", " and ", ", und ", " et ", " y ".
_PEOPLE_LIST_JOIN = re.compile(r",\s*(?:(?:and|und|et|y)\s+)?|\s+(?:and|und|et|y)\s+")
_LIST_JOIN = re.compile(r"^\s*(?:,|,?\s+(?:and|or|und|oder|et|ou))\s*$")


@dataclass(frozen=True)
class Candidate:
    kind: str  # "person" or "film"
    start: int
    end: int
    name: str  # as written, titles dropped


@dataclass(frozen=True)
class ArticleContext:
    """What the whole article says about its words, for detection in any one paragraph."""

    speakers: frozenset[str] = frozenset()  # lone family names: "Mayer said", "Ms Persson", "Youn, 76,"
    ordinary: frozenset[str] = frozenset()  # words the article also writes in lower case ("now", "both")
    # Capitalised words the article also writes alone, inside a sentence ("Pitt of his role"):
    # film writing names a person in full once, then by family name.
    alone: frozenset[str] = frozenset()
    about_films: bool = False  # the article uses film words often: quoted title case is a title
    # Words of the article's runs of two capitalised words or more: a lone word among them
    # is the short form of a longer name ("Park said" after "Park Chan-wook"), never a name of its own.
    in_longer_names: frozenset[str] = frozenset()
    # The last two words or more of the article's longer names: "Van Der Beek" after "James Van Der Beek"
    # is his family name again, not another person.
    name_tails: frozenset[tuple[str, ...]] = frozenset()
    # German capitalises nouns: capitalised words the article writes after an article or a
    # possessive ("seinem Mann", "der Premierministerin") are nouns, not the ends of a name.
    nouns: frozenset[str] = frozenset()
    german: bool = False
    # Quoted titles the article says are songs, books or publications somewhere: never films in it.
    other_works: frozenset[str] = frozenset()
    hangul_people: frozenset[str] = frozenset()  # Hangul names the article gives a role or romanisation for (korean.cued_names)
    # Names of bands and other groups: after a group word ("the band Silbermond", "le groupe Indochine"),
    # after a member's role ("frontwoman of Silbermond"), or plural after "the" ("the Goo Goo Dolls"). Never a person here.
    groups: frozenset[str] = frozenset()


# "about films": at least this many film words (FILM_CUES) in the article, and more of them than words
# for songs, albums, books and publications (OTHER_WORKS): a book review or a record review quotes
# and italicises its own kind of titles.
FILM_TALK_WORDS = 3


# German: at least this share of the article's words are German articles and possessives.
GERMAN_SHARE = 0.04
# A capitalised word after a German article, past up to three inflected adjectives: a noun.
# (Not right after a comma: ", der Bregman für eine Aufzeichnung ..." is a relative pronoun before a name.)
_AFTER_DETERMINER = re.compile(
    r"(?<!, )\b(?:" + "|".join(sorted(GERMAN_DETERMINERS)) + r")\s+(?:[a-zäöüß-]+(?:e|en|em|er|es)\s+){0,3}([A-ZÄÖÜ][\w-]*)"
)


def article_context(text: str) -> ArticleContext:
    """What ``text`` (a whole article, headline and deck included) says about its words.

    Computed once per article and handed to detection in each paragraph; the
    fields and why each matters are on :class:`ArticleContext`. Linear in the
    length of ``text``.
    """
    words = _WORD.findall(text)
    film_words = sum(1 for w in words if is_film_word(w) and w.lower() not in IDIOMATIC_FILM_WORDS)
    other_works = sum(1 for w in words if is_other_work(w))
    german = bool(words) and sum(1 for w in words if w in GERMAN_DETERMINERS) >= GERMAN_SHARE * len(words)
    nouns = frozenset(m.group(1) for m in _AFTER_DETERMINER.finditer(text)) if german else frozenset()
    return ArticleContext(
        _speakers_in(text) - nouns,
        frozenset(w for w in words if w.islower()),
        _alone_in(text) - nouns,
        film_words >= FILM_TALK_WORDS and film_words > other_works,
        in_longer_names(text),
        _name_tails(text),
        nouns,
        german,
        frozenset(quoted.group(body).strip(" ,.") for quoted in _QUOTED.finditer(text) for body in _QUOTED_BODIES
                  if quoted.group(body) and other_work(text, quoted.start(), quoted.end())),
        korean.cued_names(text) if korean.has_hangul(text) else frozenset(),
        _groups_in(text),
    )


# A run of capitalised words, lower-case joining words allowed inside ("Sophie and the Giants", "Wir sind Helden" is cut at "sind").
_CAPITALISED_RUN = r"([A-ZÄÖÜ][\w’'&+-]*(?:[ ](?:[A-ZÄÖÜ][\w’'&+-]*|(?:of|the|and|und|et|de)(?=[ ][A-ZÄÖÜ]))){0,5})"
_GROUP_NAMED = re.compile(
    r"\b(?i:" + "|".join(sorted(GROUP_WORDS)) + r"|(?:" + "|".join(sorted(GROUP_MEMBER_WORDS)) + r")\s+(?:of|von|der|de|du|des)(?:\s+the)?)"
    r"\s+" + _CAPITALISED_RUN
)
# "the Goo Goo Dolls", "the Rolling Stones": a plural name after "the" names a group (or a family: "the Kardashians").
_THE_PLURAL = re.compile(r"\bthe[ ]+((?:[A-Z][\w’'-]*[ ]){0,4}[A-Z][\w’'-]*[^sS\W]s)\b")


def _groups_in(text: str) -> frozenset[str]:
    """Names the text gives to groups (see :attr:`ArticleContext.groups`)."""
    names = (match.group(1) for pattern in (_GROUP_NAMED, _THE_PLURAL) for match in pattern.finditer(text))
    # "Sänger der Band Tokio Hotel": German capitalises the group word too; the name is what follows it.
    return frozenset(name.split(" ", 1)[1] if name.split(" ", 1)[0].lower() in GROUP_WORDS and " " in name else name for name in names)


def _name_tails(text: str) -> frozenset[tuple[str, ...]]:
    tails: set[tuple[str, ...]] = set()
    for run in _name_runs(text):
        names = [_possessive_free(m.group()) for m in run]
        names = names[_leading_cues(names) :]
        if 3 <= len(names) <= 4 and names[0] in GIVEN_NAMES:  # a full name, not "T-Mobile CEO John Legere"
            tails.update(tuple(names[i:]) for i in range(1, len(names) - 1))
    return frozenset(tails)


def in_longer_names(text: str) -> frozenset[str]:
    """Words of ``text``'s runs of two capitalised words or more (see :attr:`ArticleContext.in_longer_names`)."""
    words: set[str] = set()
    ordinary = {w for w in _WORD.findall(text) if w.islower()}
    for run in _name_runs(text):
        names = [_possessive_free(m.group()) for m in run]
        if len(names) > 1 and names[0].lower() in ordinary:
            names = names[1:]  # "Für Nena ist ...": a word the text also writes in lower case opens the sentence
        cues = _leading_cues(names)  # "Director Kim": the title is no part of a name
        if len(names) - cues > 1 or (cues and names[cues - 1].lower() in ROYAL_TITLES):  # but "Prince Andrew" is one
            words.update(names[cues:])
    return frozenset(words)


_NOT_ALONE = NOT_NAME_WORDS | TITLE_WORDS


def _alone_in(text: str) -> frozenset[str]:
    """Capitalised words written with a lower-case word on each side, inside a sentence ("Pitt of his role")."""
    words = list(_WORD.finditer(text))
    alone = set()
    for before, word, after in zip(words, words[1:], words[2:]):
        w = _possessive_free(word.group())
        if not (w[:1].isupper() and w[1:].islower()) or w.lower() in _NOT_ALONE:
            continue
        gap_before, gap_after = text[before.end() : word.start()], text[word.end() : after.start()]
        if before.group().islower() and after.group().islower() and gap_before.strip() in ("", ",") and "\n" not in gap_before + gap_after:
            alone.add(w)
    return frozenset(alone)


def _speakers_in(text: str) -> frozenset[str]:
    found = {
        m.group(1)
        for pattern in _LONE_SPEAKER
        for m in pattern.finditer(text)
        if not _ends_with_name(text[max(0, m.start(1) - LOOK_CHARS) : m.start(1)])  # then it is the end of a longer name, not a lone word
    }
    return frozenset(_possessive_free(w) for w in found if _possessive_free(w).lower() not in NOT_NAME_WORDS | TITLE_WORDS)


def _ends_with_name(prefix: str) -> bool:
    last = re.search(r"([A-Z][\w’'-]*)\.?[ ]$", prefix[-LOOK_CHARS:])
    return bool(last) and last.group(1) not in ("Mr", "Ms", "Mrs", "Dr")


_FOLLOWING_WORD = re.compile(r"[ ]+([\w-]+)")


def names_a_product(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the first part of a product's name ("Kim Tae-yong GPT")."""
    following = _FOLLOWING_WORD.match(text, end)
    return bool(following) and following.group(1).lower() in PRODUCT_WORDS


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


class Spans:
    """Non-overlapping (start, end) spans kept sorted: an overlap test costs log n, not n.

    A list scanned for every candidate made a paragraph of 8 000 names quadratic.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for span in sorted(spans):
            self.append(span)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end)

    def append(self, span: tuple[int, int]) -> None:
        i = bisect_right(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])


def _overlaps(start: int, end: int, taken: Spans) -> bool:
    return taken.overlaps(start, end)


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and not is_korean_surname(word)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _possessive_free(word: str) -> str:
    return _POSSESSIVE_END.sub("", word)


# Lower-case particles inside a family name, after a given name: "Chris de Burgh", "Vincent van Gogh".
NAME_PARTICLES = frozenset("de van von der den da di du del della dos le la".split())


# Auxiliary verbs a headline or a song's title capitalises ("Taylor Swift Is Back"); no name holds one. Not "May",
# "Will", "Can", "Do": family and given names too.
# German's formal pronouns are capitalised too ("@Gregor Tobias Sie hat ..."): they end a name as well.
AUXILIARY_VERBS = frozenset("is are was were been has have had does did would could should must ist sind war hat est sont sie ihnen".split())
# Joining words a headline capitalises, in English, German and French: never part of a person's name.
HEADLINE_JOINS = frozenset("And Or As With In To Of For At On From After Before Into Vs Versus Und Oder Mit Et Avec".split())


def _name_runs(text: str) -> list[list[re.Match]]:
    """Runs of capitalised words separated by single spaces only (and name particles after a given name)."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    particles: list[re.Match] = []  # particles waiting for the capitalised word that keeps them in the run
    for match in _WORD.finditer(text):
        word = match.group()
        gap = text[(particles or current)[-1].end() : match.start()] if current else ""
        # A middle initial keeps the run going: "Samuel L. Jackson", "Simone J. Paetau".
        initial = gap == ". " and not particles and len(current) >= 2 and _is_initial(current[-1].group()) and word.lower() not in NOT_NAME_WORDS
        joined = current and (gap == " " or initial)
        if joined and word in NAME_PARTICLES and (particles or current[-1].group() in GIVEN_NAMES) and len(particles) < 2:
            particles.append(match)
            continue
        if current and not (joined and _capitalised(word)):
            runs.append(current)
            current = []
        if word in HEADLINE_JOINS:  # "Jennifer Lopez And Ben Affleck": a headline's capitalised "And" is no part of a name
            if current:
                runs.append(current)
            current, particles = [], []
            continue
        if _capitalised(word) and current:
            current += particles
        particles = []
        if _capitalised(word):
            current.append(match)
            if word.endswith(("'s", "’s")):  # a possessive ends a name: "BBC’s Emily Maitlis"
                runs.append(current)
                current = []
    if current:
        runs.append(current)
    return runs


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _gerund(word: str) -> bool:
    """"Getting", "Watching": a verb's -ing form opening a sentence ("Getting Disney+ right ..."), not a given name."""
    return len(word) >= 6 and word.endswith("ing") and word not in GIVEN_NAMES


def _korean_shaped(words: list[str]) -> bool:
    """Kim Ji-woon, Ji-woon Kim, Lee Sung Jin: a family name beside a syllable-built given name."""
    if len(words) == 2:
        family_first = is_korean_surname(words[0]) and is_korean_given_name(words[1])
        family_last = "-" in words[0] and is_korean_given_name(words[0]) and is_korean_surname(words[1])
        return family_first or family_last
    if len(words) == 3:  # the given name's two syllables written apart
        return is_korean_surname(words[0]) and is_korean_given_name(words[1] + words[2]) and "-" not in words[1] + words[2]
    return False


def _sinosphere_shaped(words: list[str]) -> bool:
    """Jia Zhangke, Hou Hsiao-hsien, Tony Leung Chiu-wai: a Chinese family name before a Chinese given name."""
    if len(words) == 2:  # either order: "Jia Zhangke", "Kinsun Chan"
        return (is_chinese_surname(words[0]) and is_chinese_given_name(words[1])) or (
            is_chinese_given_name(words[0]) and is_chinese_surname(words[1]) and not is_chinese_surname(words[0])
        )
    if len(words) == 3:  # an English given name first, as Hong Kong and Taiwan write them; or the given name's syllables apart
        apart = is_chinese_surname(words[0]) and len(given_syllables_joined(words)) == 2 and is_chinese_given_name(words[1] + words[2].lower())
        return apart or (is_chinese_surname(words[1]) and "-" in words[2] and is_chinese_given_name(words[2]))
    return False


def _japanese_shaped(words: list[str], context: ArticleContext) -> bool:
    """Toshio Suzuki, Hamaguchi Ryusuke, Kore-eda Hirokazu: two capitalised words built only of romanised
    Japanese morae (:func:`people_films.names.japanese_morae`), three at least each, neither
    an ordinary word of the article nor a German noun ("die Toten Hosen"). Long enough that English and German words rarely fit ("Tokyo", "Dome" have two)."""
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].replace("-", "").islower() for w in words):
        return False
    morae = [japanese_morae(w) for w in words]
    return min(morae) >= 3 and not any(w.lower() in context.ordinary | NOT_NAME_WORDS or w in context.nouns for w in words)


def _capital_family_shaped(words: list[str]) -> bool:
    """LIU Mei, Wai-lun CHAN, Jean-Marc LALANNE: festivals write the family name in capitals.

    Exactly one word in capitals (with a vowel: not an acronym such as CGV), first
    or last, the others capitalised words in lower case.
    """
    if not 2 <= len(words) <= 3:
        return False
    capitals = [i for i, w in enumerate(words) if len(w) > 1 and w.replace("-", "").isupper() and w.isalpha() is not False]
    if len(capitals) != 1 or capitals[0] not in (0, len(words) - 1):
        return False
    family = words[capitals[0]]
    others = [w for i, w in enumerate(words) if i != capitals[0]]
    return (
        family.replace("-", "").isalpha()
        and any(v in family for v in "AEIOUY")
        and all(_given_name_written(w) for w in others)
    )


def _given_name_written(word: str) -> bool:
    """Jean-Marc, Wai-lun, Ching-sung, Ji-woo: capitalised, lower case after; a hyphenated part may be either."""
    first, *rest = word.split("-")
    return first[:1].isupper() and first[1:].islower() and all(part.isalpha() and part[1:].islower() for part in rest)


def _after_last_title(words: list[str]) -> int:
    """The run's words after its last title word: "T-Mobile CEO John Legere" -> John Legere."""
    titled = [i for i, w in enumerate(words[:-1]) if w.lower() in TITLE_WORDS or is_person_cue(w)]
    return titled[-1] + 1 if titled else 0


def _leading_cues(words: list[str]) -> int:
    """How many words at the start of a run are title or cue words ("Starring", "By", "Director")."""
    count = 0
    while count < len(words) - 1 and (words[count].lower() in TITLE_WORDS or is_person_cue(words[count])):
        count += 1
    return count


_SENTENCE_END_BEFORE = re.compile(r"[.!?:;][’”\"')]*\s+[‘“\"'(]?$")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - LOOK_CHARS) : start]
    return (start <= LOOK_CHARS and not before.strip()) or bool(_SENTENCE_END_BEFORE.search(before))


def _person_in(run: list[re.Match], text: str, context: ArticleContext, title_next: bool = False) -> tuple[int, int] | None:
    """The (start, end) of a person's name inside a run of capitalised words, or None.

    ``title_next``: an inline that may hold a title (italics, a link) follows ``text``.
    """
    words = [m.group() for m in run]
    owners = [i for i, w in enumerate(words[:-1]) if re.search(r"['’]s?$", w)]
    if owners:  # a possessive ends a name: "BBC’s Emily Maitlis" -> Emily Maitlis
        run, words = run[owners[-1] + 1 :], words[owners[-1] + 1 :]
        if not run:
            return None
    offset = max(len(words) - len(strip_titles(words)), _leading_cues(words), _after_last_title(words))
    if len(words) - offset == 1 and words[offset - 1].lower() in ROYAL_TITLES and _single_name_shaped(_possessive_free(words[-1]), context, alone=False):
        return run[offset - 1].start(), run[-1].start() + len(_possessive_free(words[-1]))  # "Prince Andrew"
    run, words = run[offset:], words[offset:]
    if context.german:
        run, words, noun_cue = _german_nouns_trimmed(run, words, context)
        offset = offset or noun_cue
    verb = next((i for i, w in enumerate(words[1:], 1) if w.lower() in AUXILIARY_VERBS), None)
    if verb is not None:
        run, words = run[:verb], words[:verb]  # "Taylor Swift Is Back", "“Jesus Is Just Alright”": a name ends before a verb
    if len(words) > 3 and words[0] in GIVEN_NAMES and _in_headline(text, run[0].start()):
        # A headline capitalises the verb and nouns after a name: "Mads Kovic Talks Fame", "Sarah Jessica Parker Returns".
        # (Four words at least: three may be a whole name, "Ingrid Landmark Tandrevold".)
        # Not a venue's or a firm's name ("Coral Sky Amphitheatre"), nor a title in quotes ("“Jesus Is Just Alright”").
        keep = 3 if words[1] in GIVEN_NAMES or _is_initial(words[1]) or words[1] in NAME_PARTICLES else 2
        if any(w.lower() in NOT_NAME_WORDS or w.lower() in ORGANISATION_WORDS for w in words) or text[: run[0].start()].endswith(tuple(_MARKS.strip())):
            return None
        run, words = run[:keep], words[:keep]
        if words[-1].lower() in TITLE_MINOR_WORDS:
            return None
    if not 2 <= len(words) <= 4:
        return None
    if _sentence_initial(text, run[0].start()) and (words[0].lower() in context.ordinary or words[0].lower() in NOT_NAME_WORDS or _gerund(words[0])):
        run, words, offset = run[1:], words[1:], 0  # "Now Assange", "When Youn": an ordinary word opens the sentence
        if len(words) < 2:
            return None
    shaped = _shaped_prefix([_possessive_free(w) for w in words])
    if shaped and shaped < len(words):
        run, words = run[:shaped], words[:shaped]  # "Park Bo-young, Lee Hee-joon Join": the name, not the verb after it
    elif not shaped and len(words) == 3 and _shaped_prefix(words[1:]) and _sentence_initial(text, run[0].start()):
        run, words = run[1:], words[1:]  # "Newcomer Roh Yoon-seo joins": the name, not the word opening the sentence
    words[-1] = _possessive_free(words[-1])
    lowered = [w.lower() for w in words]
    # A role word is a family name too after a given name ("Peter Singer", "James Dean"), not an office ("UK Home Secretary").
    family_role = len(words) == 2 and words[0] in GIVEN_NAMES and lowered[1] not in NOT_NAME_WORDS | ORGANISATION_WORDS
    checked = lowered[:1] if family_role else lowered
    if any(w in NOT_NAME_WORDS or w in TITLE_WORDS or w in ORGANISATION_WORDS for w in checked) or (lowered[-1] in OFFICES and not family_role):
        return None  # "UK Home Secretary": an office ends the run, no name
    capital_family = _capital_family_shaped(words) and not any(w.lower() in context.ordinary or w in context.nouns for w in words)
    if not capital_family and any(_is_acronym(w) for w in words):
        return None
    start, end = run[0].start(), run[-1].start() + len(words[-1])
    owns_title, genitive = _owner_of_title(text, end, words[-1], title_next, context.german)
    if context.german and _genitive_shaped(words[-1]) and words[-1][:-1] in context.in_longer_names:
        genitive = 1  # "Bodo Kranachs neuer Film" where the article also writes "Bodo Kranach"
    if genitive:
        words[-1], end = words[-1][:-1], end - 1
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    if _AMPERSAND_AFTER.match(after) or _AMPERSAND_BEFORE.search(before):
        return None  # "Barunson E&A": a firm's name
    if _QUOTED_WHOLE.match(text[max(0, start - 1) : end + 2]):
        return None  # a name alone in quotes ("Canine Dion", 'AI Kim Taeyong'): a nickname or persona
    if _PLAYED_BY.match(after) or names_a_product(text, end) or _actor_in_brackets(words, after):
        return None  # a character of the story, or a product named after someone
    if _CHARACTER_VERB_LAST.match(after) or (context.german and _GERMAN_ROLE_PLAYED.search(before)):
        return None  # the role played: "die Hoteldirektorin Hanna Liebhold spielt,", "spielt seit 2019 Kapitän Max Parger"
    if _CHARACTER_BEFORE.search(before) and not before.rstrip().lower().endswith("played by"):
        return None
    # A royal title in lower case describes a story's figure ("the dragon prince Ao Bing"); a royal is titled "Prince Harry".
    cue_before = [w.lower() for w in _WORD.findall(before)[-1:] if not (w.islower() and w in ROYAL_TITLES)]
    # A headline capitalises every word: a role word there says no more than the words' shape does
    # ("Actor Plan Wedding", "Actors Thank Viewers").
    role_cued = (offset > 0 or any(is_person_cue(w) for w in cue_before)) and (words[0] in GIVEN_NAMES or not _in_headline(text, start))
    cued = (
        role_cued
        or bool(_PEOPLE_SUCH_AS.search(before) or _role_like(before))
        or before.lower().rstrip().endswith("played by")
        or bool(PERSON_APPOSITIONS.match(after) or _AGE_AFTER.match(after) or _PERSON_CLAUSE_AFTER.match(after) or _KNOWN_FOR_AFTER.match(after))
        or bool((_SPEECH_AFTER.match(after) and not _OF_BEFORE.search(before)) or _SPEECH_BEFORE.search(before))
        or bool(_POSSESSIVE_THEN_QUOTE.match(after) or _POSSESSIVE_THEN_WORK.match(after))
        or owns_title
        or bool(_INTERVIEW_BEFORE.search(before) or _INTERVIEW_AFTER.match(after))
        or bool(_SPEAKER_THEN_QUOTE.match(after) and not before.strip(" \t"))  # a line opened by the speaker
    )
    if _korean_shaped(words) or _sinosphere_shaped(words) or _japanese_shaped(words, context) or capital_family or cued:
        return start, end
    # (Not in German, which capitalises every noun: "mit viel Ironie Werbung für ...".)
    if len(words) == 2 and words[-1] in context.alone and _given_name_shaped(words[0]) and words[0].lower() not in context.ordinary and not context.german:
        return start, end  # "Brad Pitt picked up ..." and later "Pitt of his role"
    if words[0] in GIVEN_NAMES and words[0].lower() not in context.ordinary and all(_family_name_shaped(w) for w in words[1:]):
        return start, end  # "Laura Dern was named ...": a common given name, then a family name
    # The weakest signal, a family name that speaks elsewhere, is not trusted at a
    # sentence's start, where any word is capitalised ("Both Song and Chung ...").
    if _sentence_initial(text, run[-2].start()):
        return None
    if words[-1] in context.speakers and _given_name_shaped(words[-2]):
        return run[-2].start(), end  # given name + family name
    if len(words) == 2 and is_korean_surname(words[0]) and words[0] in context.speakers and "-" in words[1]:
        return start, end  # Korean order: "Youn Yuh-jung" ... "Youn, 76,"
    return None


def _german_nouns_trimmed(run: list[re.Match], words: list[str], context: ArticleContext) -> tuple[list[re.Match], list[str], int]:
    """The run without the German nouns around the name, and 1 when a role or kin noun opened it.

    German capitalises nouns, so a run holds them: "Ehemann Brad Altman",
    "Arnold Schwarzeneggers Widerstand" (a genitive "-s" ends the name, the noun
    after it is not part of it), "Sharon Stone Geburtstag".
    """
    cue = 0
    # (A noun the article writes after "das" may still open a name, "das Kinsun Chan ...": two words stay.)
    while (len(words) > 2 and words[0] in context.nouns) or (len(words) > 1 and (is_person_cue(words[0]) or words[0].lower() in GERMAN_DETERMINERS)):
        cue = cue or int(is_person_cue(words[0]))
        run, words = run[1:], words[1:]
    # (Not a given name that ends in "s": "Veranstalter Jonas Brenninger", "Auch Matthias Schweighöfer".)
    genitive = next(
        (i for i, w in enumerate(words[1:-1], 1) if w.endswith("s") and w not in GIVEN_NAMES and words[i + 1] in context.nouns | {words[-1]}), None
    )
    if genitive is not None:
        run, words = run[: genitive + 1], [*words[:genitive], words[genitive][:-1]]
    while len(words) > 1 and words[-1] in context.nouns:
        run, words = run[:-1], words[:-1]
    # A common given name inside the run starts the name; the words before it are nouns:
    # "Chans Vorgängerin Beate Vollack".
    given = next((i for i, w in enumerate(words[1:-1], 1) if w in GIVEN_NAMES and len(words) - i in (2, 3)), None)
    if given is not None and words[0] not in GIVEN_NAMES and all(_family_name_shaped(w) for w in words[given + 1 :]):
        run, words, cue = run[given:], words[given:], 1
    return run, words, cue


# Offices and roles that end a run of capitals as the title of someone, not as a family name
# ("the then UK Home Secretary, Sajid Javid"); "King", "Judge", "Star" are family names too.
OFFICES = PERSON_CUES - frozenset(
    "king queen prince princess lord lady judge judges host star stars fellow friend general chief coach member members "
    "son brother sister mother father wife husband daughter by rep sen gov vice deputy pope frau herr mann".split()
)


# Titles that are part of how a royal is named: "Prince Andrew", "Queen Sonja".
ROYAL_TITLES = frozenset("prince princess king queen duke duchess".split())


# Never a name on its own (a union built once: it was built again for every word tested).
_NOT_SINGLE_NAME = NOT_NAME_WORDS | TITLE_WORDS | PERSON_CUES | GERMAN_DETERMINERS


def _single_name_shaped(word: str, context: ArticleContext, alone: bool = True) -> bool:
    """A capitalised word that may be a name on its own: no ordinary, organisation or title word, no acronym,
    and never part of a longer name in the article."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and word.lower() not in _NOT_SINGLE_NAME
        and word.lower() not in context.ordinary
        and word not in context.nouns
        and (not alone or word not in context.in_longer_names)
    )


def _single_name(run: list[re.Match], text: str, context: ArticleContext, listed: bool) -> tuple[int, int] | None:
    """One word that names a person the article gives no other name ("Zendaya", "Harry said", "Sängerin Adele").

    Said of a word shaped like a name on its own (:func:`_single_name_shaped`) that
    is cued: a common given name that speaks in the article, a role word just
    before it, or the next name of a list a cue opened ("starring A B and C").
    """
    word = _possessive_free(run[0].group())
    if not _single_name_shaped(word, context):
        return None
    start, end = run[0].start(), run[0].start() + len(word)
    before = text[max(0, start - 60) : start]
    if _CHARACTER_BEFORE.search(before) or _PLAYED_BY.match(text[end : end + 60]) or names_a_product(text, end):
        return None
    following = _FOLLOWING_WORD.match(text, end)
    if following and following.group(1).islower() and is_person_cue(following.group(1)):
        return None  # "French director", "British actress": an adjective before a role
    # "by" ("par") says a person follows only in a byline; before one word it as often names a company.
    # The cue stands right before the name, in the same sentence ("wife Kimberly", not "son. “Becoming").
    cue_before = [w for w in re.findall(r"([^\W\d_][\w-]*)[ ]+$", before) if w.lower() not in ("by", "par")]
    cued = listed or any(is_person_cue(w) for w in cue_before) or (word in context.speakers and word in GIVEN_NAMES) or _role_like(before)
    # "Beyoncé, who won ...": "who" refers to people ("which" to things); German "der", "die" are any noun's.
    # (Not a lone Chinese or Korean family name, "Hsieh, who ...", "Youn, 76,": a short reference, never a whole name.)
    # An age: "Shakira (47)", "Campino, 62,".
    # "who" only after a word that opens its sentence (its subject): "the General Assembly, who", "in Hendersonville, who"
    # refer back to someone else.
    who = bool(_WHO_AFTER.match(text, end)) and _sentence_initial(text, start)
    cued = cued or ((who or bool(_AGE_AFTER.match(text[end : end + 20]))) and not is_chinese_surname(word) and not is_korean_surname(word))
    return (start, end) if cued else None


# "a rapper like Fler", "ein Rapper wie Fler", "superstars such as Adele", "un chanteur comme Stromae":
# a role word, then a word of likeness, introduces the person it compares with.
_ROLE_LIKE = re.compile(r"([^\W\d_][\w-]*)\s*,?\s+(?:such as|including|like|wie|etwa|comme)\s+$")


def _role_like(before: str) -> bool:
    like = _ROLE_LIKE.search(before)
    if not like:
        return False
    role = like.group(1)
    singular = role[:-1] if role.lower().endswith("s") else role
    return is_person_cue(role) or is_person_cue(singular) or singular.lower().endswith("star")


_NATIVE = r"\u3130-\u318f\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"
# The native-script name the Korean, Chinese and Japanese press write beside a romanised one:
# "Seo Ji-an 서지안", "Tony Leung Chiu-wai (梁朝偉)"; a film's beside its English title: "<Old Fox> (老狐狸)".
_NATIVE_PERSON = re.compile(rf"[ ]?[(（]?([{_NATIVE}]{{2,4}})[)）]?(?![{_NATIVE}])")
_NATIVE_TITLE = re.compile(rf"[’'”\"»>〉》]?[ ]?[(（]([{_NATIVE}][{_NATIVE}\s·・:：!?,]{{0,30}})[)）]")


def _with_native(text: str, start: int, end: int, kind: str) -> tuple[str, int]:
    """The name or title as written, with a native-script one right after it ("Seo Ji-an 서지안"), and where it ends."""
    native = (_NATIVE_PERSON if kind == "person" else _NATIVE_TITLE).match(text, end)
    if native is None:
        return text[start:end], end
    return f"{text[start:end]} {native.group(1).strip()}", native.end()


# A name that fills a pair of quotes, a comma or full stop inside them allowed.
_QUOTED_WHOLE = re.compile(r"^[“\"'‘„‚«].*[^,.][,.]?[”\"'’“‘»]", re.DOTALL)


def _given_name_shaped(word: str) -> bool:
    """Not "Australian-born": a hyphenated given name has capitals or Korean syllables on both sides."""
    return "-" not in word or is_korean_given_name(word) or all(part[:1].isupper() for part in word.split("-"))


def _family_name_shaped(word: str) -> bool:
    """Dern, O'Connor, McDowell, Waller-Bridge, De (Niro), de (Burgh): capitalised, then letters."""
    return word in NAME_PARTICLES or _is_initial(word) or word[:1].isupper() and any(c.islower() for c in word) and word.replace("'", "").replace("’", "").replace("-", "").isalpha()


def _listed_person(run: list[re.Match], text: str, context: ArticleContext) -> tuple[int, int] | None:
    words = [m.group() for m in run]
    if not 2 <= len(words) <= 4 or any(w.lower() in NOT_NAME_WORDS or _is_acronym(w) for w in words):
        return None
    shaped = _shaped_prefix([_possessive_free(w) for w in words])
    if shaped:
        return run[0].start(), run[shaped - 1].end()  # "Park Bo-young, Lee Hee-joon Join": the name, not the verb after it
    if words[0] not in GIVEN_NAMES and _in_headline(text, run[0].start()):
        return None
    if _band_shaped(words, context):
        return None  # "Bon Jovi, Sheryl Crow, Goo Goo Dolls": a list of artists holds bands
    return run[0].start(), run[-1].end()




_WHO_AFTER = re.compile(r",\s*(?:who|whose|whom)\b")


def _role_then_one_word(run: list[re.Match], text: str) -> bool:
    """A performer's role word and one more word, outside a headline ("Actor Plan Wedding"): "Sänger Campino".

    Performers only (:data:`people_films.cues.STAGE_ROLES`): a name of one word is a stage name, and other
    role nouns run into the nouns German capitalises ("Autorin Fachbeiträge", "Koalitionspartner Coalition").
    """
    words = [m.group().lower().rstrip(".") for m in run]
    return (
        len(run) == 2
        and words[0] in STAGE_ROLES
        and not _in_headline(text, run[0].start())
    )


def _ends_with_group(name: str, groups: frozenset[str]) -> bool:
    words = name.split()
    return any(" ".join(words[i:]) in groups for i in range(len(words)))


def _band_shaped(words: list[str], context: ArticleContext) -> bool:
    """"Goo Goo Dolls", "Imagine Dragons": bands are named in the plural, after a word that is no given name
    (three words, or an ordinary word of the article first: "Pat Simmons" keeps a short given name)."""
    last = words[-1]
    if last.lower() in GROUP_ENDINGS:
        return True  # "Kelly Family", "Doobie Brothers"
    plural = len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "ys"))
    return plural and words[0] not in GIVEN_NAMES and (len(words) >= 3 or words[0].lower() in context.ordinary)


# The last word of a group's name, never of a person's: "the Kelly Family", "Sophie and the Sisters".
GROUP_ENDINGS = frozenset("family brothers sisters band orchestra quartet trio ensemble choir".split())


def _split_at_roles(runs: list[list[re.Match]], context: ArticleContext) -> Iterable[list[re.Match]]:
    """Each run, cut before a role word inside it that follows a name of two words or more:
    "Umweltreporterin Emily Atkin Milliardärin Kim Kardashian" -> "Umweltreporterin Emily Atkin",
    "Milliardärin Kim Kardashian". In English only an office cuts ("Judge" and "King" are family names too);
    in German any role noun does, German writing them capitalised beside the name."""
    for run in runs:
        piece_start = 0
        for i in range(2, len(run) - 1):
            word = run[i].group()
            role = word.lower() in OFFICES or (context.german and is_person_cue(word))
            if role and i - piece_start - _leading_cues([m.group() for m in run[piece_start:i]]) >= 2:
                yield run[piece_start:i]
                piece_start = i
        yield run[piece_start:]


def _shaped_prefix(words: list[str]) -> int:
    """How many words at the start of a run make a Korean or Sinosphere name (0 if none): "Lee Hee-joon Join" -> 2."""
    return next((n for n in (3, 2) if n <= len(words) and (_korean_shaped(words[:n]) or _sinosphere_shaped(words[:n]))), 0)


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _in_headline(text: str, at: int) -> bool:
    """Whether the line around ``at`` is written in headline case: four words or more within
    :data:`LOOK_CHARS` either side, each capitalised but the minor words of a title."""
    window = text[max(0, at - LOOK_CHARS) : at + LOOK_CHARS]
    cut = at - max(0, at - LOOK_CHARS)
    line = window[window.rfind("\n", 0, cut) + 1 :].split("\n", 1)[0]
    words = _HEADLINE_WORD.findall(line)
    return len(words) >= 4 and all(w[:1].isupper() or w.lower() in TITLE_MINOR_WORDS for w in words)


# Words a title keeps in lower case, in English (MINOR_WORDS), German and French:
# „Die Schöne und das Biest“, « La Haine et l'Amour ».
TITLE_MINOR_WORDS = MINOR_WORDS | frozenset(
    "der die das und oder von mit im am zum zur des dem den ein eine einer für auf aus bei über nach vor zu "
    "le la les de du et à au aux un une en sur pour dans avec".split()
)


def _title_case(title: str) -> bool:
    words = title.split()
    if not words or not 1 <= len(words) <= 8:
        return False
    if not (_capitalised(words[0]) or words[0][0].isdigit() or not words[0].isascii()):
        return False
    return all(_capitalised(w) or w.lower() in TITLE_MINOR_WORDS or not w.isascii() or not w[0].isalpha() for w in words)


# Words that open a credit, a byline or a caption set in italics: "Von Gregory Lipinski", "Photo: Madeleine
# Hadwiger", "Figure 3: Changing the font size".
CREDIT_WORDS = frozenset(
    "by von par photo photos foto fotos bild bilder text illustration credit credits source quelle figure fig table abbildung abb tabelle".split()
)


def italic_title(text: str, paragraph: str = "", start: int = 0, context: ArticleContext = ArticleContext()) -> bool:
    """Whether italic text (at ``start`` in ``paragraph``) reads as a film's title: title case, at most eight
    words, not a name's shape, not a song, book or publication by the words around it (:func:`other_work`),
    nor an event (:func:`names_an_event`), nor a credit; in an article about films or beside a film word."""
    words = text.split()
    if not _title_case(text) or _korean_shaped(words) or _sinosphere_shaped(words) or _is_acronym(text):
        return False
    if text in context.other_works or not any(c.isalpha() for c in text) or text[-1] in ":?" or words[0].lower().rstrip(":.") in CREDIT_WORDS:
        return False  # "1945", "6 Hearts:", a question set in italics, "Von Gregory Lipinski", "Photo: ...", "Figure 3: ..."
    if (text.endswith(".") and len(words) > 2) or re.search(r"['’]s$", text) or (len(words) == 1 and text.lower() in context.ordinary):
        return False  # a sentence, a possessive, a word the article also writes in lower case: stress, not a title
    # Italics are a title's mark in film writing; elsewhere they stress a word or set off a foreign one.
    if not (context.about_films or (paragraph and _film_cued(paragraph, start, start + len(text), strong=True))):
        return False
    return not (paragraph and (other_work(paragraph, start, start + len(text)) or names_an_event(paragraph, start, start + len(text), text)))


_PUBLICATION_BEFORE = re.compile(PUBLICATION_BEFORE)


def other_work(text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` is said by its neighbours to be a song, an album, a book or a
    publication ("the ballad “...”", "told *People*", "*Stellar* magazine"), with no film word as close."""
    before = text[max(0, start - LOOK_CHARS) : start].rstrip(_MARKS).lower()
    before = re.split(r"[.!?][’”\"']*\s+|\n", before)[-1]  # the same sentence only
    if _PUBLICATION_BEFORE.search(before):
        return True
    near = [w.lower() for w in _WORD.findall(before)[-3:]] + [w.lower() for w in _WORD.findall(text[end : end + 40].lstrip(_MARKS)[:40])[:1]]
    return any(is_other_work(w) for w in near) and not any(is_film_word(w) for w in near)


# A publication or an organisation speaks; a film does not: "Vogue asked Dion", "the *New Yorker* already called it".
_SPEAKS_AFTER = re.compile(
    r"^\s*(?:\w+ly\s+|already\s+)?(?:said|says|asked|asks|called|calls|reported|reports|wrote|writes|noted|notes|quoted|quotes)\b"
)
_EVENT_BEFORE = re.compile(r"\b(?:the|a|an|its|this|new)\s+(?:" + "|".join(sorted(EVENT_WORDS)) + r")\s*$", re.IGNORECASE)
# "the “New British Voices” season" is a programme; "the “Dark Water” season finale", "season 2" are television.
_EVENT_AFTER = re.compile(
    r"^\s*(?:(?:" + "|".join(sorted(EVENT_WORDS)) + r")\b|season\b(?!\s+(?:\d|one|two|three|four|five|finale|premiere|opener)))",
    re.IGNORECASE,
)
_MARKS = " “”\"'‘’«»„‚<>〈〉《》「」『』*_"


def names_an_event(text: str, start: int, end: int, title: str) -> bool:
    """Whether the title at ``text[start:end]`` (its marks around it) names an event, a prize, a channel, a
    publication or an organisation rather than a film: its last word says so (:data:`EVENT_HEADS`), a word
    beside the marks does ("<Women Directors Now> retrospective", "the section 'Bucheon Choice'"), or it
    speaks ("Vogue asked")."""
    words = _WORD.findall(title)
    if words and is_event_head(words[-1]):
        return True
    after = text[end : end + 60].lstrip(_MARKS.replace(" ", ""))
    if _EVENT_AFTER.match(after.lstrip(",")):
        return True
    before = text[max(0, start - 60) : start].rstrip(_MARKS)
    return bool(_EVENT_BEFORE.search(before) or _SPEAKS_AFTER.match(after))


def _film_cued(text: str, start: int, end: int, strong: bool = False) -> bool:
    """A film word among the six words before ``text[start:end]`` or the four after; ``strong``: not one of
    :data:`WEAK_FILM_WORDS` either."""
    window = [w.lower() for w in _WORD.findall(text[max(0, start - 60) : start])][-6:]
    window += [w.lower() for w in _WORD.findall(text[end : end + 40])][:4]
    return any(is_film_word(w) and not (strong and w in WEAK_FILM_WORDS) for w in window)


def _quoted_films(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    found: list[Candidate] = []
    previous_end = -1  # where the last quoted film's closing quote was
    previous_comma = False  # whether its quotes closed over a comma
    for quoted in _QUOTED.finditer(text):
        body = next(group for group in _QUOTED_BODIES if quoted.group(group) is not None)
        # American style puts the sentence's comma or full stop inside the quotes.
        title = quoted.group(body).strip().rstrip(",")
        if title.endswith(".") and not title.endswith(".."):
            title = title[:-1]
        start = quoted.start(body) + quoted.group(body).index(title[:1] or " ") if title else quoted.start(body)
        end = start + len(title)
        title_cased = _title_case(title) and title[-1:] not in ";:!?"
        if not title or _overlaps(start, end, spans) or _is_acronym(title) or not (title_cased or (context.german and _german_title_shaped(title))):
            continue
        if _korean_shaped(strip_titles(title.split())):
            continue  # a name in quotes ('AI Kim Taeyong'): a nickname or persona, not a title
        if title in context.other_works or other_work(text, quoted.start(), quoted.end()):
            continue  # "the ballad “My Heart Will Go On”": a song, a book, a magazine
        if names_an_event(text, quoted.start(), quoted.end(), title) or title.split()[-1].lower() in PRODUCT_WORDS:
            continue  # "the section 'Bucheon Choice'", "the “New British Voices” season", "the “Gi-hun AI”"
        if _UI_BEFORE.search(text[max(0, quoted.start() - 30) : quoted.start()]):
            continue  # 'click on "Skip Obtaining Device Software Online"': a button's words
        if _CHARACTER_QUOTED.search(text[max(0, quoted.start() - 60) : quoted.start()]):
            spans.append((start, end))  # no person either
            continue  # "als Ärztin „Dr. Hanna Berg“", "sein Charakter „Onkel Max“": a story's character
        before, after = text[max(0, quoted.start() - LOOK_CHARS) : quoted.start()], text[quoted.end() : quoted.end() + LOOK_CHARS]
        in_credits = before.rstrip().endswith(("(", "“The", ",")) and _credited_name(before, context)
        # American style keeps the list's comma inside the quotes: (“The Discovery,” “The One I Love”).
        gap = text[previous_end : quoted.start()]
        listed = previous_end >= 0 and (_LIST_JOIN.match(gap) or (previous_comma and re.fullmatch(r"\s*(?:and\s+|or\s+)?", gap)))
        # Film writing credits a work ("'Arco' by Ugo Bienvenu") and awards it ("best director for “Nomadland”").
        credited = context.about_films and (_BY_NAME_AFTER.match(after) or _AWARDED_FOR.search(before))
        if (
            (title_cased and context.about_films and _stands_alone_quoted(text, quoted, title))  # writing about films quotes titles
            or _film_cued(text, quoted.start(), quoted.end(), strong=" " not in title and not context.about_films)  # one word elsewhere: "released" is too weak
            or _TITLE_THEN_ROLE.match(after)
            or _film_compound(after)
            or _YEAR_AFTER.match(after)
            or _SET_OF.search(before)
            or in_credits
            or listed
            or credited
        ):
            title, native_end = _with_native(text, start, end, "film")
            found.append(Candidate("film", start, native_end, title))
            spans.append((start, native_end))
            previous_end = max(quoted.end(), native_end)
            previous_comma = quoted.group(body).rstrip().endswith(",")
    return found


# Korean and Chinese film press put titles in angle brackets or book-title marks: <Title>, 〈Title〉, 《Title》.
_BRACKETED = re.compile(r"[<〈《「『]([^<>〈〉《》「」『』\n]{1,80})[>〉》」』]")
# An unquoted title followed by its year: "The Drug King (2018)", "short film Laundry (2019)".
_BEFORE_YEAR = re.compile(
    r"((?:[A-Z0-9][\w’'-]*[:,]?)(?:\s+(?:(?:Mr|Mrs|Ms|Dr|St)\.|[A-Z0-9][\w’'-]*[:,]?|of|the|a|an|and|in|on|to|for|with|by|at|from|my|your|is)){0,7})"
    r"\s+\((?:19|20)\d\d\)"
)
# The headline of an interview: "Night Tide: An Interview with Nora Field".
_INTERVIEW_HEADLINE = re.compile(
    r"^\s*(?P<film>[^:\n]{1,80}?)\s*:\s+(?:an?\s+)?(?:interview|conversation|talk|chat|q&a|in conversation)\s+with\s+"
    r"(?P<person>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3})\s*$",
    re.IGNORECASE,
)


def _bracketed_films(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    found: list[Candidate] = []
    for match in _BRACKETED.finditer(text):
        title = match.group(1).strip()
        if not title or any(mark in title for mark in ("@", "/", "=", "http")):
            continue
        if _is_acronym(title) and len(title) <= 5 and title.isalnum():
            continue  # <KBS2>, <JTBC>: a channel or a company
        if title in context.other_works or other_work(text, match.start(), match.end()) or names_an_event(text, match.start(), match.end(), title):
            continue  # the same marks hold songs, books, newspapers, festivals and channels: 《Beijing Youth Daily》
        start = match.start(1) + match.group(1).index(title[0])
        end = start + len(title)
        if _overlaps(start, end, spans) or (title.isascii() and not _title_case(title) and not title[0].isdigit()):
            continue
        title, end = _with_native(text, start, end, "film")
        found.append(Candidate("film", start, end, title))
        spans.append((start, end))
    return found


# "Nemecek (2018): Reducing ...", "nach Jacobs (1998)", "according to Smith (2020)": a citation, not a film.
_CITATION_AFTER = re.compile(r"^\s*(?::|,\s*(?:p|pp|S)\.|,\s*\d)")
_CITATION_BEFORE = re.compile(r"\b(?:nach|laut|vgl|see|cf|according to|et al)\.?\s*$")


def _films_before_year(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    """Unquoted titles followed by a year, in writing about films or beside a film word: "Salt Flats (2019)",
    "short film Blue Hour (2017)"; never a citation (:data:`_CITATION_AFTER`, :data:`_CITATION_BEFORE`)."""
    found: list[Candidate] = []
    for match in _BEFORE_YEAR.finditer(text):
        if _CITATION_AFTER.match(text, match.end()) or _CITATION_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        if not (context.about_films or _film_cued(text, match.start(), match.end())):
            continue
        words = list(re.finditer(r"\S+", match.group(1)))
        # Not the title: cue words and an owner before it ("Director", "film", "Choi's").
        while words and (words[0].group().lower().strip(":,") in FILM_CUES | TITLE_WORDS | PERSON_CUES | NOT_NAME_WORDS - MINOR_WORDS - {"the", "a", "an"} or is_film_word(words[0].group().strip(":,")) or re.search(r"['’]s?$", words[0].group())):
            words.pop(0)
        if not words:
            continue
        start, end = match.start(1) + words[0].start(), match.start(1) + words[-1].end()
        title = text[start:end].rstrip(":,")
        end = start + len(title)
        if _overlaps(start, end, spans) or not _title_case(title) or _korean_shaped(title.split()) or _sinosphere_shaped(title.split()):
            continue
        if not any(c.isalpha() for c in title) or re.search(r"\d[-–]\d+$", title) or is_event_head(title.split()[-1]):
            continue  # "2019-20 (2020)", a journal's pages: "Nature 574, 16-17 (2019)", "the PGA Championship (1969)"
        found.append(Candidate("film", start, end, title))
        spans.append((start, end))
    return found


def _interview_headline(text: str, spans: Spans) -> list[Candidate]:
    match = _INTERVIEW_HEADLINE.match(text)
    if not match:
        return []
    found = []
    for kind, group in (("film", "film"), ("person", "person")):
        start, end = match.span(group)
        if not _overlaps(start, end, spans) and _title_case(match.group(group)):
            found.append(Candidate(kind, start, end, match.group(group)))
            spans.append((start, end))
    return found


# Quoted words that name an idea, not a work: "the concept of 'Aura'", "stands for 'AI, Human & Art'".
_IDEA_BEFORE = re.compile(
    r"\b(?:concept|idea|notion|term|word|words|phrase|slogan|motto|theme|stands for|called|dubbed|so-called|names are|named|renamed"
    r"|nickname(?:\s+(?:of|was|is))?|nicknamed|known as)\s*$"
)


_COMPANY_FORMS = frozenset("GmbH AG KG SE Inc Ltd LLC PLC Plc Corp SA".split())
_OPEN_PARENTHESIS_AFTER = re.compile(r"([A-Z][\w’'-]+)(\s+[A-Z][\w’'-]+)?\s*\([^()]*$")


def _german_title_shaped(title: str) -> bool:
    """German titles capitalise nouns only ("Nacht fiel über Gotenhafen", "Hunde, wollt Ihr ewig leben?"):
    a capital first, at most six words, no sentence inside. Read as a title only with a cue beside it."""
    words = title.split()
    return 1 <= len(words) <= 6 and title[:1].isupper() and title[-1:] not in ";:,." and ". " not in title and ": " not in title


def _credited_name(before: str, context: ArticleContext) -> bool:
    """Whether a name's credits are open before a title: "Adriana Paz (“Identity Card”", "Rolf Thiele („...“".

    A full name, or a word the article writes inside a longer name; not a German noun glossed in another
    language: "Händler („Trader“)".
    """
    match = _OPEN_PARENTHESIS_AFTER.search(before)
    if match is None or (match.group(2) or " ").strip() in _COMPANY_FORMS:
        return False  # 'Q-Energy Deutschland GmbH („Q-Energy“)': a company's short name, defined
    return bool(match.group(2)) or not context.german or match.group(1) in context.in_longer_names - context.nouns


def _film_compound(after: str) -> bool:
    compound = _TITLE_THEN_COMPOUND.match(after)
    return bool(compound) and (is_film_word(compound.group(1)) or is_person_cue(compound.group(1)))


def _stands_alone_quoted(text: str, quoted: re.Match, title: str) -> bool:
    """Quoted title case read as a title on the strength of an article about films alone.

    Two words at least (a lone quoted word is as often a name or an idea), the
    quotes set off by spaces or brackets as a title is, and no word before saying
    an idea follows.
    """
    before = text[max(0, quoted.start() - LOOK_CHARS) : quoted.start()]
    return len(title.split()) >= 2 and (not before or before[-1] in " (\n") and not _IDEA_BEFORE.search(before.rstrip())


def _films_after_cue(text: str, spans: Spans) -> list[Candidate]:
    found: list[Candidate] = []
    for match in (*_AFTER_FILM.finditer(text), *_APPOSITIVE_TITLE.finditer(text)):
        start, end = match.start(1), match.end(1)
        title = match.group(1)
        words = title.split()
        opener = words[0].lower()
        if opener in NOT_NAME_WORDS - MINOR_WORDS or opener in MINOR_WORDS - {"the", "a", "an"} or len(words) < 1 + (opener in MINOR_WORDS):
            continue  # "film Festival", "series In 2019"; "the film The Host" is fine
        if _overlaps(start, end, spans) or len(words) > 6:
            continue
        if any(_is_acronym(w) for w in words) or any(w.lower() in NOT_NAME_WORDS - MINOR_WORDS for w in words):
            continue
        found.append(Candidate("film", start, end, title))
        spans.append((start, end))
    return found


def _korean(text: str, spans: Spans, context: ArticleContext) -> list[Candidate]:
    """Hangul names and single-quoted Hangul titles (:mod:`people_films.korean`), outside ``spans``."""
    found = []
    for kind, hits in (("film", korean.quoted_films(text)), ("person", korean.people(text, context.hangul_people))):
        for start, end, name in hits:
            if not _overlaps(start, end, spans):
                found.append(Candidate(kind, start, end, name))
                spans.append((start, end))
    return found


def detect(text: str, taken: list[tuple[int, int]], context: ArticleContext = ArticleContext(), title_next: bool = False) -> list[Candidate]:
    """Unregistered people and films in ``text``, outside the ``taken`` spans.

    ``context`` holds what the whole article says (:func:`article_context`);
    ``title_next``: the inline right after ``text`` may hold a title (italics, a link).
    """
    spans = Spans(taken)
    found = _interview_headline(text, spans) + _bracketed_films(text, spans, context)
    found += _quoted_films(text, spans, context) + _films_after_cue(text, spans)
    if korean.has_hangul(text):  # before romanised names: "서지안(Seo Ji-an)" is one name
        found += _korean(text, spans, context)
    previous_end = -1
    for run in _split_at_roles(_name_runs(text), context):
        span = _person_in(run, text, context, title_next)
        listed = previous_end >= 0 and _PEOPLE_LIST_JOIN.fullmatch(text[previous_end : run[0].start()])
        if span is None and listed:
            span = _listed_person(run, text, context)  # "judges A B, C D and E F": the cue covers the list
            if span is None and _band_shaped([m.group() for m in run], context):
                previous_end = run[-1].end()  # "Sheryl Crow, Goo Goo Dolls, Miley Cyrus": the list goes on past a band
        if span is None and len(run) == 1:
            span = _single_name(run, text, context, bool(listed) and _LIST_ITEM_END.match(text, run[0].end()) is not None)
        elif span is None and _role_then_one_word(run, text):
            span = _single_name(run[-1:], text, context, listed=False)  # "Sänger Campino", "Rapper Kiyra": a role, then one name
        if span and tuple(_possessive_free(w) for w in text[span[0] : span[1]].split()) in context.name_tails:
            span = None  # the family name of someone the article names in full
        if span and context.groups and _ends_with_group(_possessive_free(text[span[0] : span[1]]), context.groups):
            span = None  # a band: "the band Tokio Hotel" ... "Later Tokio Hotel said"
        if span and not _overlaps(*span, spans):
            name, end = _with_native(text, *span, "person")
            found.append(Candidate("person", span[0], end, name))
            spans.append((span[0], end))
            previous_end = end
    found += _films_before_year(text, spans, context)  # after people: "Director Oh Seung-min (2023)" is a person
    return sorted(found, key=lambda c: c.start)
