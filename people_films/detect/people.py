"""People in runs of capitalised words: a name's shape, a cue around it, the article's other
mentions (:func:`person_in`); the next names of a list; a one-word name with a cue (:func:`single_name`).
:func:`people_in` reads a whole paragraph.
"""

from __future__ import annotations

import re

from people_films.cues import FRENCH_DETERMINERS, GERMAN_DETERMINERS, KIN_WORDS, OTHER_WORKS, PERSON_CUES, STAGE_ROLES, WEAK_FILM_WORDS, is_film_word, is_person_cue, possessive_before
from people_films import evidence
from people_films.detect.characters import (
    CHARACTER_BEFORE,
    CHARACTER_LIST_JOIN,
    CHARACTER_VERB_LAST,
    GERMAN_ROLE_PLAYED,
    PLAYED_BY,
    fills_quotes,
    actor_in_brackets,
    names_a_character,
)
from people_films.detect.context import COMPASS_POINTS, ArticleContext
from people_films.detect.headlines import AUXILIARY_VERBS, in_headline
from people_films.detect.native import korean_title_after, with_native
from people_films.detect.organisations import (
    AMPERSAND_AFTER,
    AMPERSAND_BEFORE,
    band_shaped,
    ends_with_group,
    names_a_product,
    organisation_named_before,
)
from people_films.detect.person_cues import (
    AGE_AFTER,
    INTERVIEW_AFTER,
    INTERVIEW_BEFORE,
    KNOWN_FOR_AFTER,
    LIST_ITEM_END,
    OF_BEFORE,
    PEOPLE_LIST_JOIN,
    PEOPLE_SUCH_AS,
    PERSON_APPOSITIONS,
    PERSON_CLAUSE_AFTER,
    POSSESSIVE_THEN_QUOTE,
    POSSESSIVE_THEN_WORK,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    WHO_AFTER,
    credited_after_title,
    genitive_then_noun,
    speaker_then_quote,
    owner_of_title,
    role_like,
)
from people_films.detect.runs import (
    after_last_title,
    german_nouns_trimmed,
    given_name_inside,
    leading_cues,
    name_runs,
    split_at_roles,
)
from people_films.detect.shapes import (
    capital_family_shaped,
    family_name_shaped,
    genitive_shaped,
    given_name_shaped,
    is_roman_numeral,
    japanese_shaped,
    korean_shaped,
    nationality_before,
    shaped_prefix,
    single_name_shaped,
    sinosphere_shaped,
)
from people_films.detect.vocabulary import (
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    OFFICES,
    ORGANISATION_WORDS,
    ROYAL_TITLES,
    SENTENCE_OPENERS,
    COURTESY_TITLES,
    TITLES_BEFORE_FAMILY_NAME,
)
from people_films.detect.words import (
    FOLLOWING_WORD,
    MARKS,
    TITLE_MINOR_WORDS,
    WORD,
    Candidate,
    Spans,
    gerund,
    is_acronym,
    is_initial,
    overlaps,
    possessive_free,
    sentence_initial,
)
from people_films.names import GIVEN_NAMES, TITLE_WORDS, is_chinese_surname, is_korean_surname, strip_titles

# A work's title opening the quotes after a word that names it or its kind: 'a poem called “...', 'the song "...'.
QUOTED_WORK_BEFORE = re.compile(
    r"\b(?:called|titled|entitled|named|dubbed|" + "|".join(sorted(OTHER_WORKS | {"poem", "poems", "play", "story", "painting", "film", "movie", "series"})) + r")\s*[“\"‘„«]$",
    re.IGNORECASE,
)


# A prize or a lecture named after a person, the prize's word after the name (German writes it as a noun,
# so the name's run stops before it): "Max Ophüls Preis", "Adolf-Grimme Preis", "Nobel Prize". The name is the prize's.
_PRIZE_AFTER = re.compile(r"^s?[ -](?:Preis|Preises|Prize|Award|Prix|Medaille|Medal|Lecture|Stipendium)\b")


# The end of a clause right after a name: punctuation, or the end of the text.
CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


# The endings of English nouns for what a person does ("Supervisor", "Commissioner", "Detective", "Trustee"):
# a capitalised one before a name is a role, not part of the name, which a common given name then opens.
AGENT_NOUN = re.compile(r"(?:or|er|ist|ent|ant|ian|man|woman|ess|ive|ee|eur)$")


def _name_in_s(word: str, context: ArticleContext) -> bool:
    """Whether ``word``, ending in "s", is a name as written: a common given name ("Andreas", "Hans"), or a family
    name the article writes alone as a speaker or inside a sentence ("sagte Fridolins"), not only before a noun."""
    return word in GIVEN_NAMES or word in context.speakers or word in context.alone


def person_in(run: list[re.Match], text: str, context: ArticleContext, title_next: bool = False) -> tuple[int, int, str] | None:
    """The (start, end, evidence) of a person's name inside a run of capitalised words, or None;
    the evidence is the signal that named it (one of :data:`people_films.evidence.KINDS`).

    ``title_next``: an inline that may hold a title (italics, a link) follows ``text``.
    """
    words = [m.group() for m in run]
    if all(is_initial(w) for w in words):
        return None  # "U.S.", "U.K.": an abbreviation written with stops, whatever cue stands beside it
    owners = [i for i, w in enumerate(words[:-1]) if re.search(r"['’]s?$", w)]
    if owners:  # a possessive ends a name: "BBC’s Emily Maitlis" -> Emily Maitlis
        run, words = run[owners[-1] + 1 :], words[owners[-1] + 1 :]
        if not run:
            return None
    offset = max(len(words) - len(strip_titles(words)), leading_cues(words), after_last_title(words))
    if len(words) - offset == 1 and words[offset - 1].lower() in ROYAL_TITLES and single_name_shaped(possessive_free(words[-1]), context, alone=False):
        return run[offset - 1].start(), run[-1].start() + len(possessive_free(words[-1])), evidence.ROLE_BEFORE  # "Prince Andrew"
    if len(words) - offset == 1 and words[offset - 1].lower().rstrip(".") in TITLES_BEFORE_FAMILY_NAME:
        return _titled_family_name(run[offset - 1 :], text, context)  # "President Macron": the name alone
    # A royal's regnal number after the name: "Queen Elizabeth II", "King Edward IV".
    regnal = 0 < offset and words[offset - 1].lower() in ROYAL_TITLES and len(words) - offset == 2 and is_roman_numeral(possessive_free(words[-1]))
    run, words = run[offset:], words[offset:]
    if context.german:
        run, words, noun_cue = german_nouns_trimmed(run, words, context)
        offset = offset or noun_cue
    elif context.french and len(words) > 1 and words[0].lower() in FRENCH_DETERMINERS:
        run, words = run[1:], words[1:]  # "Les Enfants rouges", "La Cocina": a French article opens no name ("Les" is one in English)
    nationality = nationality_before(words)
    if nationality:  # "au Taïwanais Chen Yu-hsuan", "South Korean Park Ji-won": the nationality, a cue as a role word is
        run, words, offset = run[nationality:], words[nationality:], nationality
    verb = next((i for i, w in enumerate(words[1:], 1) if w.lower() in AUXILIARY_VERBS), None)
    if verb is not None:
        run, words = run[:verb], words[:verb]  # "Taylor Swift Is Back", "“Jesus Is Just Alright”": a name ends before a verb
    if len(words) > 2 and words[0] in GIVEN_NAMES and text[run[0].start() - 1 : run[0].start()] == "@":
        # A reply in a comment thread, "@Name Finde ich falsch": the reply starts on the name's line, capitalised.
        run, words = run[: _name_length(words)], words[: _name_length(words)]
    if len(words) > 3 and words[0] in GIVEN_NAMES and in_headline(text, run[0].start()):
        # A headline capitalises the verb and nouns after a name: "Mads Kovic Talks Fame", "Sarah Jessica Parker Returns".
        # (Four words at least: three may be a whole name, "Ingrid Landmark Tandrevold".)
        # Not a venue's or a firm's name ("Coral Sky Amphitheatre"), nor a title in quotes ("“Jesus Is Just Alright”").
        keep = _name_length(words)
        if any(w.lower() in NOT_NAME_WORDS or w.lower() in ORGANISATION_WORDS for w in words) or text[: run[0].start()].endswith(tuple(MARKS.strip())):
            return None
        run, words = run[:keep], words[:keep]
        if words[-1].lower() in TITLE_MINOR_WORDS:
            return None
    if not 2 <= len(words) <= 4:
        return None
    opener = words[0].lower()
    # A function word of the article's language opens a sentence, not a name, unless it is a name's particle ("Di Benedetto")
    # or a Korean or Chinese family name before a given name of that shape (Spanish "han", Italian "li": "Han Ji-min protagoniza").
    function_word = opener in context.function_words and opener not in NAME_PARTICLES and not shaped_prefix([possessive_free(w) for w in words])
    # German "Per" opening a sentence is the preposition ("Per Mail werden ...", "Per Update spioniert ..."), unless the
    # article writes the next word alone, as it writes a family name ("Per Mertesacker ... Mertesacker sagte").
    function_word = function_word or (context.german and opener == "per" and words[1] not in context.alone | context.speakers)
    if sentence_initial(text, run[0].start()) and (opener in context.ordinary or opener in NOT_NAME_WORDS or opener in SENTENCE_OPENERS or gerund(words[0]) or function_word):
        run, words, offset = run[1:], words[1:], 0  # "Now Assange", "When Youn": an ordinary word opens the sentence
        if len(words) < 2:
            return None
    shaped = shaped_prefix([possessive_free(w) for w in words])
    given = 0 if context.german or shaped else given_name_inside([possessive_free(w) for w in words])
    if given and all(AGENT_NOUN.search(w) for w in words[:given]):
        run, words = run[given:], words[given:]  # "Supervisor Alfredo Pedroza": a role word the cue lists lack
    if shaped and shaped < len(words):
        run, words = run[:shaped], words[:shaped]  # "Park Bo-young, Lee Hee-joon Join": the name, not the verb after it
    elif not shaped and len(words) == 3 and shaped_prefix(words[1:]) and sentence_initial(text, run[0].start()):
        run, words = run[1:], words[1:]  # "Newcomer Roh Yoon-seo joins": the name, not the word opening the sentence
    words[-1] = possessive_free(words[-1])
    if shortened_or_cited(run, text):
        return None
    lowered = [w.lower() for w in words]
    # A role word is a family name too after a given name ("Peter Singer", "James Dean"), not an office ("UK Home Secretary").
    family_role = len(words) == 2 and words[0] in GIVEN_NAMES and lowered[1] not in NOT_NAME_WORDS | ORGANISATION_WORDS
    checked = lowered[:1] if family_role else lowered
    if any(w in NOT_NAME_WORDS or w in TITLE_WORDS or w in ORGANISATION_WORDS for w in checked) or (lowered[-1] in OFFICES and not family_role):
        return None  # "UK Home Secretary": an office ends the run, no name
    if len(words) > 1 and words[-2] in context.compass_places and words[-1] in COMPASS_POINTS:
        return None  # "Milton Keynes North" beside "Milton Keynes South": a constituency, not a person
    if "-" not in words[-1] and lowered[-1] not in PERSON_CUES and words[-1] not in GIVEN_NAMES and is_person_cue(words[-1]):
        return None  # "Speaking Trainerin", "Eileen Gu, Freestylerin": a German role noun, known by its shape, names no one
    capital_family = ((capital_family_shaped(words) and context.festival_capitals) or regnal) and not any(w.lower() in context.ordinary or w in context.nouns for w in words)
    if not capital_family and any(is_acronym(w) for w in words):
        return None
    start, end = run[0].start(), run[-1].start() + len(words[-1])
    owns_title, genitive = owner_of_title(text, end, words[-1], title_next, context.german)
    if context.german and genitive_shaped(words[-1]) and (
        words[-1][:-1] in context.in_longer_names or (genitive_then_noun(text[end:]) and not _name_in_s(words[-1], context))
    ):
        genitive = 1  # "Bodo Kranachs neuer Film", where the article also writes "Bodo Kranach", or before an adjective and a noun
    if genitive:
        words[-1], end = words[-1][:-1], end - 1
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    if AMPERSAND_AFTER.match(after) or AMPERSAND_BEFORE.search(before):
        return None  # "Barunson E&A": a firm's name
    if organisation_named_before(before):
        return None  # "the Pennsylvania Academy of Fine Arts": the rest of an organisation's name
    if _PRIZE_AFTER.match(after):
        return None  # "des Filmfestivals Max Ophüls Preis", "Prix Jean Vigo" then: a prize named after someone
    if fills_quotes(text, start, end):
        return None  # a name alone in quotes ("Canine Dion", 'AI Kim Taeyong'): a nickname or persona
    if QUOTED_WORK_BEFORE.search(before):
        return None  # 'a poem called “Winter Solstice, Camelot Station”': the title of a work, opening its quotes
    if PLAYED_BY.match(after) or names_a_product(text, end) or actor_in_brackets(words, after):
        return None  # a character of the story, or a product named after someone
    if CHARACTER_VERB_LAST.match(after) or (context.german and GERMAN_ROLE_PLAYED.search(before)):
        return None  # the role played: "die Hoteldirektorin Hanna Liebhold spielt,", "spielt seit 2019 Kapitän Max Parger"
    if CHARACTER_BEFORE.search(before) and not before.rstrip().lower().endswith("played by"):
        return None
    # A royal title in lower case describes a story's figure ("the dragon prince Ao Bing"); a royal is titled "Prince Harry".
    cue_before = [w.lower() for w in WORD.findall(before)[-1:] if not (w.islower() and w in ROYAL_TITLES)]
    # A headline capitalises every word: a role word there says no more than the words' shape does
    # ("Actor Plan Wedding", "Actors Thank Viewers").
    # A role's plural opens a list of names as its singular opens one: "the founders Merav Eitan and Gaston Zahr".
    role_cued = (offset > 0 or any(is_person_cue(w) or (w.endswith("s") and is_person_cue(w[:-1])) for w in cue_before)) and (
        words[0] in GIVEN_NAMES or not in_headline(text, start)
    )
    # Each signal is its own evidence (people_films.evidence), so that the review queue's confidence
    # is the precision of the signal that found the name, not of every rule at once.
    if korean_shaped(words) or sinosphere_shaped(words):
        return start, end, evidence.NAME_SHAPE
    # Romanised morae are evidence of a Japanese name in an article that says something is Japanese, or beside the
    # name's native spelling ("Yamada Haruko 야마다 하루코"); elsewhere only inside a sentence of running text, where a
    # capitalised pair is a name more often than a sentence's opening words or a heading ("Gegen Ende der ...",
    # "Koska Suomessa on ...": German, Finnish).
    japan = context.japan or with_native(text, start, end, "person")[1] != end
    if japanese_shaped(words, context) and (japan or (in_running_text(text, start) and not sentence_initial(text, start))):
        return start, end, evidence.JAPANESE_SHAPE
    if capital_family:
        return start, end, evidence.CAPITALS
    if role_cued or PEOPLE_SUCH_AS.search(before) or role_like(before) or before.lower().rstrip().endswith("played by"):
        return start, end, evidence.ROLE_BEFORE
    if credited_after_title(before, text, start, end):
        return start, end, evidence.CREDIT
    if (
        (SPEECH_AFTER.match(after) and not OF_BEFORE.search(before))
        or SPEECH_BEFORE.search(before)
        or INTERVIEW_BEFORE.search(before)
        or INTERVIEW_AFTER.match(after)
        or (speaker_then_quote(after) and not before.strip(" \t"))  # a line opened by the speaker
    ):
        return start, end, evidence.SPEECH
    if PERSON_APPOSITIONS.match(after) or AGE_AFTER.match(after) or PERSON_CLAUSE_AFTER.match(after) or KNOWN_FOR_AFTER.match(after):
        return start, end, evidence.APPOSITIVE
    if POSSESSIVE_THEN_QUOTE.match(after) or POSSESSIVE_THEN_WORK.match(after) or owns_title:
        return start, end, evidence.OWNER
    # (Not in German, which capitalises every noun: "mit viel Ironie Werbung für ...".)
    # The family name alone elsewhere says nothing of the word before it: that one must be a given name
    # ("Amazon Alexa", "Camp Margaritaville", "Boycott Nixon" write a brand, a place, a verb there).
    if len(words) == 2 and words[-1] in context.alone and words[0] in GIVEN_NAMES and given_name_shaped(words[0]) and words[0].lower() not in context.ordinary and not context.german:
        return start, end, evidence.ALONE_ELSEWHERE  # "Brad Pitt picked up ..." and later "Pitt of his role"
    if words[0] in GIVEN_NAMES and words[0].lower() not in context.ordinary and all(family_name_shaped(w) for w in words[1:]):
        # "Laura Dern was named ...": a common given name, then a family name. Less sure outside running
        # text (a heading, a list, a label), where products and places are capitalised the same way.
        return start, end, evidence.GIVEN_NAME if in_running_text(text, start) else evidence.GIVEN_NAME_NO_PROSE
    # The weakest signal, a family name that speaks elsewhere, is not trusted at a
    # sentence's start, where any word is capitalised ("Both Song and Chung ...").
    if sentence_initial(text, run[-2].start()):
        return None
    role_noun = AGENT_NOUN.search(words[-2]) and words[-2] not in GIVEN_NAMES  # "Ambassador Sondland": an office, then the name
    if words[-1] in context.speakers and given_name_shaped(words[-2]) and words[-2] not in context.nouns and not role_noun:  # not "Kampf Näßlers"
        return run[-2].start(), end, evidence.SPEAKS_ELSEWHERE  # given name + family name
    if len(words) == 2 and is_korean_surname(words[0]) and words[0] in context.speakers and "-" in words[1]:
        return start, end, evidence.SPEAKS_ELSEWHERE  # Korean order: "Youn Yuh-jung" ... "Youn, 76,"
    return None


def _titled_family_name(run: list[re.Match], text: str, context: ArticleContext) -> tuple[int, int, str] | None:
    """The family name after a title of :data:`TITLES_BEFORE_FAMILY_NAME` (``run``: the title, then the name), or None.

    Not in a headline, whose words are all capitalised, nor a name in quotes; not a story's character ("plays Madame Okonkwo") nor a Chinese or Korean family name
    alone ("Mr. Kim"), which is never a whole name; the family name of someone the article names in full is
    a reference to them (:func:`single_name_shaped`)."""
    word = possessive_free(run[-1].group())
    start, end = run[-1].start(), run[-1].start() + len(word)
    title = run[0].group().lower().rstrip(".")
    before = WORD.findall(text[max(0, run[0].start() - 20) : run[0].start()])[-1:]
    courtesy = title in COURTESY_TITLES and not (before and before[0].lower() in GERMAN_DETERMINERS)  # not "eine Frau Kinder"
    if not single_name_shaped(word, context, courtesy_title=courtesy) or is_chinese_surname(word) or is_korean_surname(word) or word.lower() in TITLES_BEFORE_FAMILY_NAME:
        return None
    if in_headline(text, run[0].start()) or fills_quotes(text, run[0].start(), end):
        return None  # "Governor Calls For Calm", «Madame Moneypenny» (a channel's name in quotes)
    if title in COURTESY_TITLES and possessive_before(text, run[0].start()):
        return None  # "Kubrick's Dr Strangelove", "Robin Williams' Mrs Doubtfire": an auteur's or a star's work (an office is a person's: "France's President Macron")
    if CHARACTER_BEFORE.search(text[max(0, run[0].start() - 60) : run[0].start()]) or PLAYED_BY.match(text[end : end + 60]):
        return None
    if any(is_film_word(w) and w.lower() not in WEAK_FILM_WORDS for w in WORD.findall(_clause_before(text, run[0].start()))[-_FILM_CUE_WORDS:]):
        return None  # "the premiere of Madame Web", "starred in Mrs Doubtfire", "The film follows Mr Jones": a title or its hero
    return start, end, evidence.ROLE_BEFORE




# How many words before a title and a family name may hold a film word that makes them a film's title or its hero
# (not a word other writing uses as often, WEAK_FILM_WORDS: "the talk show host Mr Varga").
_FILM_CUE_WORDS = 3


def _clause_before(text: str, at: int) -> str:
    """The text of ``at``'s clause before it: from the last sentence end, comma, semicolon or line break (60 characters at most)."""
    window = text[max(0, at - 60) : at]
    cut = max(window.rfind(mark) for mark in (". ", ", ", "; ", "\n", "! ", "? "))
    return window[cut + 1 :]


def _name_length(words: list[str]) -> int:
    """How many of ``words`` (a common given name first) a name takes before the capitalised words after it:
    three with a second given name, an initial or a particle ("Sarah Jessica Parker"), or a Korean given name
    romanised as two words ("Kim Jin Min Returns"); otherwise two."""
    second = words[1]
    return 3 if second in GIVEN_NAMES or is_initial(second) or second in NAME_PARTICLES or shaped_prefix(words) == 3 else 2


def in_running_text(text: str, at: int) -> bool:
    """Whether the line around ``at`` (100 characters either side) is running text: six words
    or more, three of them in lower case (not a heading, a list item, a label or a credit)."""
    window = text[max(0, at - 100) : at + 100]
    cut = at - max(0, at - 100)
    line = window[window.rfind("\n", 0, cut) + 1 :].split("\n", 1)[0]
    words = WORD.findall(line)
    return len(words) >= 6 and sum(w[:1].islower() for w in words) >= 3


def single_name(run: list[re.Match], text: str, context: ArticleContext, listed: bool) -> tuple[int, int] | None:
    """One word that names a person the article gives no other name ("Zendaya", "Harry said", "Sängerin Adele").

    Said of a word shaped like a name on its own (:func:`single_name_shaped`) that
    is cued: a common given name that speaks in the article, a role word just
    before it, or the next name of a list a cue opened ("starring A B and C").
    """
    word = possessive_free(run[0].group())
    start, end = run[0].start(), run[0].start() + len(word)
    before = text[max(0, start - 60) : start]
    if _stage_name_in_capitals(word, before):
        return start, end
    if not single_name_shaped(word, context):
        return None
    if CHARACTER_BEFORE.search(before) or PLAYED_BY.match(text[end : end + 60]) or names_a_product(text, end):
        return None
    if actor_in_brackets([word], text[end : end + 60]):
        return None  # "her husband Frank (Timothy Spall)": a character, its actor in brackets
    following = FOLLOWING_WORD.match(text, end)
    if following and following.group(1).islower() and is_person_cue(following.group(1)):
        return None  # "French director", "British actress": an adjective before a role
    # "by" ("par") says a person follows only in a byline; before one word it as often names a company.
    # The cue stands right before the name, in the same sentence ("wife Kimberly", not "son. “Becoming").
    # (Or before a colon that announces the name: "Der Überraschungsgast ist ein Popstar: Shakira".)
    cue_before = [w for w in re.findall(r"([^\W\d_][\w-]*):?[ ]+$", before) if w.lower() not in ("by", "par")]
    # (A plural role opens a list of them: "singers Lumi and Vexa"; the list's next names are read as listed.)
    cued = listed or any(is_person_cue(w) or (w.endswith("s") and is_person_cue(w[:-1])) for w in cue_before) or (word in context.speakers and word in GIVEN_NAMES) or role_like(before)
    # "Beyoncé, who won ...": "who" refers to people ("which" to things); German "der", "die" are any noun's.
    # (Not a lone Chinese or Korean family name, "Hsieh, who ...", "Youn, 76,": a short reference, never a whole name.)
    # An age: "Shakira (47)", "Campino, 62,".
    # "who" only after a word that opens its sentence (its subject): "the General Assembly, who", "in Hendersonville, who"
    # refer back to someone else.
    # A byline of one word, as the ingest writes the header's author ("By Andrea"): a common given name signs
    # as a person does; another word there is as often a desk, a site or an agency ("By Reuters").
    cued = cued or (_ONE_WORD_BYLINE.fullmatch(text) is not None and word in GIVEN_NAMES)
    who = bool(WHO_AFTER.match(text, end)) and sentence_initial(text, start)
    aged = bool(AGE_AFTER.match(text[end : end + 20])) and not _is_counter(text, start, end)
    cued = cued or ((who or aged) and not is_chinese_surname(word) and not is_korean_surname(word))
    return (start, end) if cued else None


# A whole line "By" and one word: a byline's author given by one name.
_ONE_WORD_BYLINE = re.compile(r"\s*By[ ]+[^\W\d_]+\s*")

# A word and a number in brackets as a whole line: a heading that counts ("Kommentare (2)", "Reacties (3)").
_COUNT_ALONE = re.compile(r"\s*\(\s*\d{1,5}\s*\)\s*")


def _is_counter(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` and the bracketed number after it are the whole text: a
    heading that counts (comments, entries), not a person's age, which a sentence gives."""
    return not text[:start].strip() and _COUNT_ALONE.fullmatch(text, end) is not None


# A stage name in capitals, as the K-pop press writes many ("IU", "JENNIE", "MJ"): two to eight capitals.
_CAPITALS_WORD = re.compile(r"[A-Z]{2,8}")
_STAGE_ROLE_BEFORE = re.compile(r"([^\W\d_][\w-]*?)(s?)[ ]+$")


def _stage_name_in_capitals(word: str, before: str) -> bool:
    """Whether ``word``, all capitals, is a performer's stage name: a performer's role word (or its plural) right
    before it ("singer IU", "bandmates MJ and ..."). Any other word in capitals is read as an acronym."""
    role = _STAGE_ROLE_BEFORE.search(before)
    return bool(_CAPITALS_WORD.fullmatch(word)) and role is not None and role.group(1).lower().rsplit("-", 1)[-1] in STAGE_ROLES


# A lone capital letter, with its stop or without one: an initial.
_LONE_INITIAL = re.compile(r"[A-Z]\.?")
# A reference's author as Vancouver style writes one, family name then initials, and the comma before the next author:
# "Lorenz M, Wozel G, Schmitt J. Hypersensitivity reactions ..." (the ICMJE's style of medical and science journals).
_CITED_AUTHOR_BEFORE = re.compile(r"[^\W\d_][\w'-]*[ ][A-Z]{1,2}(?:-[A-Z])?,[ ]*$")
_CITED_AUTHOR_AFTER = re.compile(r"[ ]*[^\W\d_][\w'-]*[ ][A-Z]{1,2}(?:-[A-Z])?[,.;]")


def shortened_or_cited(run: list[re.Match], text: str) -> bool:
    """Whether the run of capitalised words ``run`` ends in an initial followed by a stop, a comma or a semicolon
    ("Rolf B.", a name the press shortens to protect someone; "Wozel G,", a reference's author, when another author
    stands before or after it: "Jay Z, the rapper" is a whole name), or is a reference's
    next author and the title's first word after its initial ("Wozel G, Schmitt J. Hypersensitivity"). Neither is a
    whole name to give a page (one page of references made 16 "people"); "Malcolm X spoke" keeps its letter."""
    last = run[-1]
    if _LONE_INITIAL.fullmatch(last.group()):
        after = text[last.start() + 1 : last.start() + 2]
        if last.group().endswith(".") or after == ".":
            return True
        # Before a comma or semicolon only beside another cited author: "Jay Z, the rapper" keeps its letter.
        if after in (",", ";") and (
            _CITED_AUTHOR_BEFORE.search(text, max(0, run[0].start() - 40), run[0].start())
            or _CITED_AUTHOR_AFTER.match(text, last.start() + 2)
        ):
            return True
    return len(run) > 2 and bool(_LONE_INITIAL.fullmatch(run[1].group())) and bool(_CITED_AUTHOR_BEFORE.search(text, max(0, run[0].start() - 40), run[0].start()))


def listed_person(run: list[re.Match], text: str, context: ArticleContext) -> tuple[int, int] | None:
    words = [m.group() for m in run]
    if not 2 <= len(words) <= 4 or any(w.lower() in NOT_NAME_WORDS or is_acronym(w) for w in words) or all(is_initial(w) for w in words):
        return None
    if shortened_or_cited(run, text):
        return None
    shaped = shaped_prefix([possessive_free(w) for w in words])
    if shaped:
        return run[0].start(), run[shaped - 1].end()  # "Park Bo-young, Lee Hee-joon Join": the name, not the verb after it
    if words[0] not in GIVEN_NAMES and in_headline(text, run[0].start()):
        return None
    if band_shaped(words, context):
        return None  # "Bon Jovi, Sheryl Crow, Goo Goo Dolls": a list of artists holds bands
    return run[0].start(), run[-1].end()


def role_then_one_word(run: list[re.Match], text: str, german: bool = False) -> bool:
    """A performer's role word and one more word, outside a headline ("Actor Plan Wedding"): "Sänger Campino", "US-Musiker Questlove".

    Performers only (:data:`people_films.cues.STAGE_ROLES`): a name of one word is a stage name, and other
    role nouns run into the nouns German capitalises ("Autorin Fachbeiträge", "Koalitionspartner Coalition").
    English writes a role in lower case inside a sentence ("the singer Adele"): a capitalised one there
    opens a proper name ("the Star Ferry pier"), so outside German only at a sentence's start.
    """
    words = [m.group().lower().rstrip(".") for m in run]
    # (In German any role noun before a common given name: "Regisseurin Hanna", "Filmemacherin Lea".)
    # A compound's last part is its head: "US-Musiker Questlove" (German joins a qualifier to a noun with "-").
    role = words[0].rsplit("-", 1)[-1] in STAGE_ROLES or (german and is_person_cue(run[0].group()) and words[0] not in KIN_WORDS and run[-1].group() in GIVEN_NAMES)
    return (
        len(run) == 2
        and role
        and not in_headline(text, run[0].start())
        and (german or sentence_initial(text, run[0].start()))
    )


# The extension of a file's name right after the words: pictures, documents and media a web page links or shows.
_FILE_EXTENSION = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|avif|tiff?|bmp|pdf|docx?|mp[34]|mov|webm)\b", re.IGNORECASE)


def _a_character(words: tuple[str, ...], characters: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``words`` are a character of :attr:`ArticleContext.characters`, whole or its last two words or more
    ("Irulan" alone is no evidence: a one-word family name may be anyone's)."""
    return any(words == c or (len(words) > 1 and c[-len(words) :] == words) for c in characters)


def _span_and_evidence(found: tuple[int, int, str] | None) -> tuple[tuple[int, int] | None, str]:
    return (None, "") if found is None else (found[:2], found[2])


def people_in(text: str, spans: Spans, context: ArticleContext, title_next: bool = False) -> list[Candidate]:
    """People named by runs of capitalised words in ``text``, outside ``spans`` (each one found is added to them).

    Each run is read by :func:`person_in`; a run that follows a found name in a list is read by
    :func:`listed_person`, and one word alone by :func:`single_name`.
    """
    found: list[Candidate] = []
    previous_end = -1
    previous_run: tuple[int, int] | None = None  # the last run, and whether it was a character (worked out only when asked)
    character = False
    for run in split_at_roles(name_runs(text), context):
        joined = previous_run is not None and CHARACTER_LIST_JOIN.fullmatch(text[previous_run[1] : run[0].start()])
        if joined and CLAUSE_END.match(text, run[-1].end()) and (character or names_a_character(text, *previous_run)):
            # "as Ne Zha's parents, Li Jing and Lady Yin.": the list of characters goes on to the clause's end
            # (not "plays Pete Seeger and Monica Barbaro plays Joan Baez": the subject of the next clause).
            previous_run, character = (run[0].start(), run[-1].end()), True
            continue
        previous_run, character = (run[0].start(), run[-1].end()), False
        span, found_by = _span_and_evidence(person_in(run, text, context, title_next))
        listed = previous_end >= 0 and PEOPLE_LIST_JOIN.fullmatch(text[previous_end : run[0].start()])
        if span is None and listed:
            span, found_by = listed_person(run, text, context), evidence.LISTED  # "judges A B, C D and E F": the cue covers the list
            if span is None and band_shaped([m.group() for m in run], context):
                previous_end = run[-1].end()  # "Sheryl Crow, Goo Goo Dolls, Miley Cyrus": the list goes on past a band
        if span is None and len(run) == 1:
            span, found_by = single_name(run, text, context, bool(listed) and LIST_ITEM_END.match(text, run[0].end()) is not None), evidence.ONE_WORD
        elif span is None and len(run) == 2 and run[0].group() == "By":
            # "By Andrea": a byline when the line is nothing else and the word a given name (single_name's cue)
            span, found_by = single_name(run[-1:], text, context, listed=False), evidence.ONE_WORD
        elif span is None and role_then_one_word(run, text, context.german):
            span, found_by = single_name(run[-1:], text, context, listed=False), evidence.ONE_WORD  # "Sänger Campino", "Rapper Kiyra": a role, then one name
        if span and _FILE_EXTENSION.match(text, span[1]):
            span = None  # "Penny Happy.png": a file's name, as a wiki or a gallery prints it under a picture
        if span and text[span[0] : span[1]].split()[-1] in NAME_PARTICLES:
            span = None  # "Henry den Neuangekommenen", "Solange der Boden": a name's particle opens a family name, never ends one
        if span and tuple(possessive_free(w) for w in text[span[0] : span[1]].split()) in context.name_tails:
            span = None  # the family name of someone the article names in full
        if span and _a_character(tuple(possessive_free(w) for w in text[span[0] : span[1]].split()), context.characters):
            span = None  # a character the article introduced as a role ("to play Rose-Lynn Harlan"), named again alone
        if span and context.groups and ends_with_group(possessive_free(text[span[0] : span[1]]), context.groups):
            span = None  # a band: "the band Tokio Hotel" ... "Later Tokio Hotel said"
        if span and korean_title_after(text, span[1]):
            span = None  # "Paper Moon Motel (종이달 모텔)": the words of a title, its original title in brackets
        if span and not overlaps(*span, spans):
            name, end = with_native(text, *span, "person")
            found.append(Candidate("person", span[0], end, name, found_by))
            spans.append((span[0], end))
            previous_end = end
    return found
