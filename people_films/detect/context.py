"""What the whole article says about its words (:class:`ArticleContext`), computed once per
article and read by detection in each paragraph: who speaks, which words are ordinary, which are nouns
(German), whether it is about films, its bands, the titles it says are songs or books.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.language import detect_language
from people_films import korean
from people_films.cues import FRENCH_DETERMINERS, GERMAN_DETERMINERS, IDIOMATIC_FILM_WORDS, is_film_word, is_other_work
from people_films.detect import chinese_names
from people_films.detect.characters import names_a_character
from people_films.detect.organisations import groups_in
from people_films.detect.other_works import other_work
from people_films.detect.person_cues import LONE_SPEAKER
from people_films.detect.runs import leading_cues, name_runs, two_full_names
from people_films.detect.function_words import function_words
from people_films.detect.line_ups import line_up_lines
from people_films.detect.shapes import festival_capitals
from people_films.detect.vocabulary import NOT_ALONE, NOT_NAME_WORDS, ROYAL_TITLES
from people_films.detect.words import CORNER_QUOTED, LOOK_CHARS, QUOTED, QUOTED_BODIES, WORD, corner_speech, possessive_free, sentence_initial
from people_films.names import GIVEN_NAMES, TITLE_WORDS


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
    # The article writes family names in capitals as festivals do (shapes.festival_capitals):
    # only then is "Arash MOHAMMADI" a name, and not "USA Today".
    festival_capitals: bool = False
    # French (by the share of its articles, as German): its titles are in sentence case, « Les Enfants rouges ».
    french: bool = False
    # Chinese names the article writes after a role noun somewhere (chinese_names.cued_names): the person wherever it writes them.
    chinese_people: frozenset[str] = frozenset()
    # What the article quotes twice or more, headline included, each time closing the quotes over no sentence
    # punctuation: a film's title comes back as often as the film is named; a quoted remark is quoted once.
    quoted_often: frozenset[str] = frozenset()
    # Story characters: the runs of capitalised words the article introduces as a role ("agreed to play Rose-Lynn
    # Harlan", "Florence Pugh as Princess Irulan"); a review names the character alone afterwards.
    characters: frozenset[tuple[str, ...]] = frozenset()
    # The article says something is Japanese (:func:`about_japan`): only then is a run of romanised morae a Japanese name.
    japan: bool = False
    # The function words of the article's language, other than English (function_words.function_words): "Alla",
    # opening a sentence of an Italian article, is the preposition, not the given name. Less those the article
    # also capitalises inside a sentence, where only a name is ("Will", German "want", in "Schauspieler Will Smith").
    function_words: frozenset[str] = frozenset()
    # Words the article writes before two different compass points ("Dudley North", "Dudley South"): a place split
    # into constituencies or districts, so a run ending in that word and a compass point is no person.
    compass_places: frozenset[str] = frozenset()
    # The lines of a festival's line-up, two or more together (line_ups.line_up_lines): only there is "Title / Name" a film.
    line_ups: frozenset[str] = frozenset()
    # What the article quotes as speech in 「」 (words.corner_speech): its words quoted again elsewhere, as a headline
    # quotes the body, are speech too, not a title.
    spoken: frozenset[str] = frozenset()

    @property
    def sentence_case_titles(self) -> bool:
        """Whether the article's language writes titles in sentence case (German, French)."""
        return self.german or self.french


# "about films": at least this many film words (FILM_CUES) in the article, and more of them than words
# for songs, albums, books and publications (OTHER_WORKS): a book review or a record review quotes
# and italicises its own kind of titles.
FILM_TALK_WORDS = 3


# The article's language is the page's as the ingest guesses it (ingest.language.detect_language); a text too
# short for that guess (a sentence or two: fewer than four function words) is German or French by the share of
# their determiners, which a sentence of either holds. German: at least this share of the article's words are
# German articles and possessives.
GERMAN_SHARE = 0.04


# French: at least this share of the article's words are French articles (FRENCH_DETERMINERS); French prose
# writes about one in eight.
FRENCH_SHARE = 0.06


# What an article naming a Japanese person says of them: the country, its people or its capital, in the
# languages of the press the archive reads, or Japanese script (kana). Without it, a run of words built of
# romanised morae is as often words of another language ("Gegen Ende", "Koska Suomessa", "Santo Domingo").
_JAPAN = re.compile(r"[\u3040-\u30ff]|\b(?:[Jj]ap[ao]n|[Jj]apón|[Gg]iappon|Nippon|Tokyo|Tokio)")


def about_japan(text: str) -> bool:
    """Whether ``text`` names Japan, the Japanese (any word opening "Japan", "Japon", "Giappon": "japanisch",
    "japonaise"), Tokyo, or holds kana. Linear: one regex search."""
    return _JAPAN.search(text) is not None


# A capitalised word after a German article, past up to three inflected adjectives: a noun.
# (Not right after a comma: ", der Bregman für eine Aufzeichnung ..." is a relative pronoun before a name.)
_AFTER_DETERMINER = re.compile(
    r"(?<!, )\b(?:" + "|".join(sorted(GERMAN_DETERMINERS)) + r")\s+(?:[a-zäöüß-]+(?:e|en|em|er|es)\s+){0,3}([A-ZÄÖÜ][\w-]*)"
)


# A hyphenated word of two capitalised parts: "Cup-Bilanz", "Göring-Eckardt".
_HYPHENATED = re.compile(r"\b([A-ZÄÖÜ][\w]*)-([A-ZÄÖÜ][\w]*)\b")
_WORD_BEFORE = re.compile(r"(\w+)[ ]+$")


def _compound_nouns(text: str) -> frozenset[str]:
    """The hyphenated compounds of a German ``text`` whose first part the text couples to two different second
    parts or more after the same given name or after none ("Davis Cup-Bilanz", "das Cup-Finale"): German couples a foreign word or a name to its nouns with a
    hyphen (the Duden's Durchkopplung), so such a compound is a noun; a double family name ("Lenz-Bauer") keeps
    its one second half, and a given name's first part opens many ("Hans-Peter", "Hans-Jürgen")."""
    # Each first part's second parts, apart by the given name written right before the compound, if any: two
    # people's double family names share a first half ("Marius Müller-Westernhagen", "Hans Müller-Wohlfahrt", and
    # "die Müller-Milch" beside them), while a compound's head repeats after one same word ("Davis Cup-Bilanz",
    # "Davis Cup-Finale") or in a noun's place ("das Cup-Finale", "der Cup-Sieger").
    seconds: dict[tuple[str, str], set[str]] = {}
    for match in _HYPHENATED.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        given = before.group(1) if before and before.group(1) in GIVEN_NAMES else ""
        seconds.setdefault((given, match.group(1)), set()).add(match.group(2))
    # (Not a given name's: "Hans-Peter" and "Hans-Jürgen" are two people's given names; nor a name and its
    # genitive: "Leutheusser-Schnarrenbergers".)
    return frozenset(
        f"{first}-{second}" for (_given, first), found in seconds.items()
        if len({s[:-1] if s.endswith("s") and s[:-1] in found else s for s in found}) > 1 and first not in GIVEN_NAMES
        for second in found
    )


# The compass points a place's districts and constituencies end in, as English names them.
COMPASS_POINTS = ("North", "South", "East", "West", "Central")
_BEFORE_COMPASS = re.compile(r"\b([A-Z]\w+) (" + "|".join(COMPASS_POINTS) + r")\b")


_POINTS = "|".join(COMPASS_POINTS)
_COMPASS_PAIR = re.compile(r"\b([A-Z]\w+) (?:" + _POINTS + r")(?:,| and| or| &) \1 (?:" + _POINTS + r")\b")


def _compass_places(text: str) -> frozenset[str]:
    """See :attr:`ArticleContext.compass_places`."""
    points: dict[str, set[str]] = {}
    for match in _BEFORE_COMPASS.finditer(text):
        points.setdefault(match.group(1), set()).add(match.group(2))
    # (A given name's only when the text pairs its two points: "Weston North and Weston South" is a place, but
    # "Julia North appears; Julia West said" two people, as :func:`_compound_nouns` reads "Hans-".)
    paired = {match.group(1) for match in _COMPASS_PAIR.finditer(text)}
    return frozenset(word for word, found in points.items() if len(found) > 1 and (word not in GIVEN_NAMES or word in paired))


def article_context(text: str) -> ArticleContext:
    """What ``text`` (a whole article, headline and deck included) says about its words.

    Computed once per article and handed to detection in each paragraph; the
    fields and why each matters are on :class:`ArticleContext`. Linear in the
    length of ``text``.
    """
    words = WORD.findall(text)
    # The article's runs of capitalised words, found once for the two fields read from them.
    runs = name_runs(text)
    counts = Counter(words)  # each distinct word tested once, counted as often as the article writes it
    film_words = sum(n for w, n in counts.items() if is_film_word(w) and w.lower() not in IDIOMATIC_FILM_WORDS)
    other_works = sum(n for w, n in counts.items() if is_other_work(w))
    language = article_language(text, words, counts)
    german = language == "de"
    nouns = (frozenset(m.group(1) for m in _AFTER_DETERMINER.finditer(text)) | _compound_nouns(text)) if german else frozenset()
    french = language == "fr"
    ordinary = frozenset(w for w in counts if w.islower())
    return ArticleContext(
        _speakers_in(text) - nouns,
        ordinary,
        _alone_in(text) - nouns,
        film_words >= FILM_TALK_WORDS and film_words > other_works,
        in_longer_names(text, runs, ordinary),
        _name_tails(runs),
        nouns,
        german,
        frozenset(quoted.group(body).strip(" ,.") for quoted in QUOTED.finditer(text) for body in QUOTED_BODIES
                  if quoted.group(body) and other_work(text, quoted.start(), quoted.end())),
        korean.cued_names(text) if korean.has_hangul(text) else frozenset(),
        groups_in(text),
        festival_capitals(text),
        french,
        chinese_people=chinese_names.cued_names(text) if chinese_names.has_han(text) else frozenset(),
        quoted_often=_quoted_often(text),
        japan=about_japan(text),
        function_words=_function_words_as_words(text, counts, language),
        line_ups=line_up_lines(text),
        compass_places=_compass_places(text),
        spoken=frozenset(m.group(1).strip() for m in CORNER_QUOTED.finditer(text) if corner_speech(text, m.start(), m.end(), m.group(1).strip())),
        characters=frozenset(
            tuple(possessive_free(m.group()) for m in run) for run in runs if len(run) > 1 and names_a_character(text, run[0].start(), run[-1].end())
        ),
    )


def article_language(text: str, words: list[str], counts: Counter) -> str:
    """The language ``text`` (a whole article; ``words`` its words, ``counts`` how often each) is written in, as
    a BCP 47 primary tag or "": :func:`ingest.language.detect_language`'s answer, the one a page that states no
    language is published in; for a text too short for it, German or French by their determiners' share
    (:data:`GERMAN_SHARE`, :data:`FRENCH_SHARE`)."""
    if language := detect_language(text):
        return language
    if words and sum(n for w, n in counts.items() if w in GERMAN_DETERMINERS) >= GERMAN_SHARE * len(words):
        return "de"
    if words and sum(n for w, n in counts.items() if w.lower() in FRENCH_DETERMINERS) >= FRENCH_SHARE * len(words):
        return "fr"
    return ""


def _function_words_as_words(text: str, counts: Counter, language: str) -> frozenset[str]:
    """See :attr:`ArticleContext.function_words`."""
    words = function_words(counts, language)
    if not words:
        return words
    named = {
        m.group().lower()
        for m in WORD.finditer(text)
        if m.group()[:1].isupper() and m.group().lower() in words and not _opens_sentence_or_line(text, m.start())
    }
    return words - named


def _opens_sentence_or_line(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, or a line (a paragraph, a heading: the article's blocks are lines of ``text``)."""
    # Back over the spaces before it only, never a copy of all the text before it (quadratic on a long article).
    start = at
    while start and text[start - 1] in " \t":
        start -= 1
    return not start or text[start - 1] == "\n" or sentence_initial(text, at)


def _quoted_often(text: str) -> frozenset[str]:
    """See :attr:`ArticleContext.quoted_often`."""
    bodies = Counter(
        quoted.group(body).strip()
        for quoted in QUOTED.finditer(text)
        for body in QUOTED_BODIES
        if quoted.group(body) and not quoted.group(body).rstrip().endswith((",", ".", "!", "?", "…"))  # "Never," she said.
    )
    return frozenset(body for body, times in bodies.items() if times > 1)


def _name_tails(runs: list[list[re.Match]]) -> frozenset[tuple[str, ...]]:
    tails: set[tuple[str, ...]] = set()
    for run in runs:
        names = [possessive_free(m.group()) for m in run]
        names = names[leading_cues(names) :]
        if 3 <= len(names) <= 4 and names[0] in GIVEN_NAMES and not two_full_names(names):  # a full name, not "T-Mobile CEO John Legere", nor two
            tails.update(tuple(names[i:]) for i in range(1, len(names) - 1))
    return frozenset(tails)


def in_longer_names(text: str, runs: list[list[re.Match]] | None = None, ordinary: frozenset[str] | None = None) -> frozenset[str]:
    """Words of ``text``'s runs of two capitalised words or more (see :attr:`ArticleContext.in_longer_names`);
    ``runs`` (its :func:`name_runs`) and ``ordinary`` (its words in lower case), when the caller has them."""
    words: set[str] = set()
    if ordinary is None:
        ordinary = frozenset(w for w in WORD.findall(text) if w.islower())
    for run in name_runs(text) if runs is None else runs:
        names = [possessive_free(m.group()) for m in run]
        if len(names) > 1 and names[0].lower() in ordinary:
            names = names[1:]  # "Für Nena ist ...": a word the text also writes in lower case opens the sentence
        cues = leading_cues(names)  # "Director Kim": the title is no part of a name
        if len(names) - cues > 1 or (cues and names[cues - 1].lower() in ROYAL_TITLES):  # but "Prince Andrew" is one
            words.update(names[cues:])
    return frozenset(words)


def _alone_in(text: str) -> frozenset[str]:
    """Capitalised words written with a lower-case word on each side, inside a sentence ("Pitt of his role")."""
    words = list(WORD.finditer(text))
    alone = set()
    for before, word, after in zip(words, words[1:], words[2:]):
        if not word.group()[:1].isupper():
            continue  # not capitalised (possessive_free only cuts a word's end: the first letter is the same)
        w = possessive_free(word.group())
        if not (w[:1].isupper() and w[1:].islower()) or w.lower() in NOT_ALONE:
            continue
        gap_before, gap_after = text[before.end() : word.start()], text[word.end() : after.start()]
        if before.group().islower() and after.group().islower() and gap_before.strip() in ("", ",") and "\n" not in gap_before + gap_after:
            alone.add(w)
    return frozenset(alone)


def _speakers_in(text: str) -> frozenset[str]:
    found = {
        m.group(1)
        for pattern in LONE_SPEAKER
        for m in pattern.finditer(text)
        if not _ends_with_name(text[max(0, m.start(1) - LOOK_CHARS) : m.start(1)])  # then it is the end of a longer name, not a lone word
    }
    return frozenset(possessive_free(w) for w in found if possessive_free(w).lower() not in NOT_NAME_WORDS | TITLE_WORDS)


def _ends_with_name(prefix: str) -> bool:
    last = re.search(r"([A-Z][\w’'-]*)\.?[ ]$", prefix[-LOOK_CHARS:])
    return bool(last) and last.group(1) not in ("Mr", "Ms", "Mrs", "Dr")
