"""The shapes of names, by their words alone: Korean, Chinese (pinyin, Wade-Giles, Cantonese),
romanised Japanese, a family name in capitals as festivals write it ("LIU Mei", "Wai-lun CHAN"),
given and family names, a one-word name, a German genitive.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from people_films.cues import is_person_cue
from people_films.detect.vocabulary import NAME_PARTICLES, NOT_NAME_WORDS, NOT_SINGLE_NAME
from people_films.detect.words import is_initial
from people_films.names import (
    GIVEN_NAMES,
    given_syllables_joined,
    is_chinese_given_name,
    is_chinese_surname,
    is_korean_given_name,
    is_korean_surname,
    japanese_morae,
)
from people_films.word_lists import read_word_list

if TYPE_CHECKING:  # the context module reads names with this module
    from people_films.detect.context import ArticleContext


# Family names that end in "s" as written, "Dawkins", "Williams", "Gates" (data, see bench/family_names_in_s.py):
# German writes no genitive "-s" after an "s" (the Duden's "Dawkins' These", the press's "Richard Dawkins These").
FAMILY_NAMES_IN_S = read_word_list("family_names_in_s.txt")

# Words of German that are no international name, a hundred times commoner in German text than in English
# ("Gäste", "Länge", "dann"; data, see bench/german_words.py): in a German article, which capitalises its
# nouns, such a word alone is a noun, not a one-word name (a common given name aside, "Konstantin").
GERMAN_WORDS = read_word_list("german_words.txt")


# German inflects nouns, not family names: a plural or case ending on a German word ("Fotos", "Frauen",
# "Projekte", "Architekten"), or an abstract noun's suffix ("Unterstützung"), ends no name. Each ending with the
# shortest stem it is read after: a short word's "-e" is as often a family name's own ("Walde", "Wiese"), and
# "-s" is a plural only after a vowel (German's plural of loanwords, "Fotos", "Kinos"; "Manns" is a genitive).
_INFLECTIONS = (("en", 4), ("n", 4), ("e", 6), ("s", 4))
_ABSTRACT_SUFFIX = re.compile(r"(?:ung|heit|keit|schaft)(?:en)?$")


def inflected_german_noun(word: str) -> bool:
    """Whether ``word`` is an inflected German noun: its stem (the word less "-en", "-n", "-e" or a vowel's "-s")
    is a German word (:data:`GERMAN_WORDS`), or the word is one, seven letters or more, with an abstract noun's suffix.
    Not a common given name. Inflection as in the Duden grammar; the stems' lengths set on the unlabelled pool."""
    lowered = word.lower()
    if word in GIVEN_NAMES or not lowered.isalpha():
        return False
    if len(lowered) > 6 and _ABSTRACT_SUFFIX.search(lowered) and lowered in GERMAN_WORDS:
        return True
    return any(
        lowered.endswith(ending) and len(lowered) - len(ending) >= shortest and lowered[: -len(ending)] in GERMAN_WORDS
        and (ending != "s" or lowered[-2] in "aeiouy")
        for ending, shortest in _INFLECTIONS
    )


def genitive_shaped(word: str) -> bool:
    """A German genitive of a name: "-s" after a name of four letters or more ("Kratzers"; not "Hess", "Boß"),
    not a family name that ends in "s" as written ("Dawkins", :data:`FAMILY_NAMES_IN_S`)."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "ß")) and word not in FAMILY_NAMES_IN_S


def korean_shaped(words: list[str]) -> bool:
    """Kim Ji-woon, Ji-woon Kim, Lee Sung Jin: a family name beside a syllable-built given name."""
    if len(words) == 2:
        family_first = is_korean_surname(words[0]) and is_korean_given_name(words[1])
        family_last = "-" in words[0] and is_korean_given_name(words[0]) and is_korean_surname(words[1])
        return family_first or family_last
    if len(words) == 3:  # the given name's two syllables written apart
        return is_korean_surname(words[0]) and is_korean_given_name(words[1] + words[2]) and "-" not in words[1] + words[2]
    return False


def sinosphere_shaped(words: list[str]) -> bool:
    """Jia Zhangke, Hou Hsiao-hsien, Tony Leung Chiu-wai: a Chinese family name before a Chinese given name."""
    if len(words) == 2:  # either order: "Jia Zhangke", "Kinsun Chan"
        return (is_chinese_surname(words[0]) and is_chinese_given_name(words[1])) or (
            is_chinese_given_name(words[0]) and is_chinese_surname(words[1]) and not is_chinese_surname(words[0])
        )
    if len(words) == 3:  # an English given name first, as Hong Kong and Taiwan write them; or the given name's syllables apart
        apart = is_chinese_surname(words[0]) and len(given_syllables_joined(words)) == 2 and is_chinese_given_name(words[1] + words[2].lower())
        return apart or (is_chinese_surname(words[1]) and "-" in words[2] and is_chinese_given_name(words[2]))
    return False


def japanese_shaped(words: list[str], context: ArticleContext) -> bool:
    """Toshio Suzuki, Hamaguchi Ryusuke, Kore-eda Hirokazu: two capitalised words built only of romanised
    Japanese morae (:func:`people_films.names.japanese_morae`), three at least each, neither
    an ordinary word of the article nor a German noun ("die Toten Hosen"). Long enough that English and German words rarely fit ("Tokyo", "Dome" have two):
    two morae in the first word only when three or more follow ("Sota Fukushi")."""
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].replace("-", "").islower() for w in words):
        return False
    morae = [japanese_morae(w) for w in words]
    # A given name of two morae before a family name of three or more: "Sota Fukushi", "Ren Meguro"
    # (not after: "Outside China", "Manche Tage" open a sentence with a word of more).
    return (min(morae) >= 3 or (morae[0] == 2 and morae[1] >= 3)) and not any(w.lower() in context.ordinary | NOT_NAME_WORDS or w in context.nouns for w in words)


_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")


def is_roman_numeral(word: str) -> bool:
    """"II", "IV", "XIV": a number (a royal's, a treaty's, a sequel's), never a family name in capitals."""
    return bool(_ROMAN_NUMERAL.fullmatch(word))


def capital_family_shaped(words: list[str]) -> bool:
    """LIU Mei, Wai-lun CHAN, Jean-Marc LALANNE: festivals write the family name in capitals.

    Exactly one word in capitals (with a vowel: not an acronym such as CGV), first
    or last, the others capitalised words in lower case. Not a roman numeral ("Dublin II",
    "Edward IV": a number) unless a Chinese or Korean family name reads so ("Jun LI"), and of two letters only a Korean or Chinese family name ("LI", "OH"):
    other two capitals are a place's or a body's acronym ("South LA", "Team GB").
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
        and (not is_roman_numeral(family) or is_chinese_surname(family) or is_korean_surname(family))
        and (len(family) > 2 or is_korean_surname(family) or is_chinese_surname(family))
        and all(_given_name_written(w) for w in others)
    )


# A family name in capitals beside a capitalised word, either order ("Sabrina BARACETTI", "BAE Doona"):
# what festival_capitals() reads to see whether an article follows the festivals' convention.
_CAPITALS_BESIDE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)[ ]+([A-Z]{2,})\b(?![\w-])|\b([A-Z]{2,})[ ]+([A-Z][a-z]+(?:-[a-z]+)?)\b")


def festival_capitals(text: str) -> bool:
    """Whether ``text`` writes family names in capitals, as festival catalogues do: such names, whose
    capitals are a Korean or Chinese family name ("LIAO Ching-sung", "Fruit CHAN"), whose other word is a
    common given name ("Sabrina BARACETTI"), or whose two words are romanised Japanese ("HAMAGUCHI
    Ryusuke"), are at least half of its pairs of capitals beside a capitalised word. Such an article writes
    all its people so; in another, a capitalised word beside capitals is an acronym's ("USA Today", "ATP
    Finals", "BFI Southbank"), and a page full of acronyms holds a few that read as names ("LIN Signal",
    "Becker MA" in a list of references, "Guadalupe FC"). Linear: one regex over the text."""
    named = pairs = 0
    for match in _CAPITALS_BESIDE.finditer(text):
        given, family = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        pairs += 1
        named += is_korean_surname(family) or is_chinese_surname(family) or given in GIVEN_NAMES or _japanese_pair(family, given)
    return named > 0 and 2 * named >= pairs


def _japanese_pair(family: str, given: str) -> bool:
    """"HAMAGUCHI Ryusuke", "Kiyoshi KUROSAWA": both words romanised Japanese of three morae or more."""
    return japanese_morae(family) >= 3 and japanese_morae(given) >= 3


def _given_name_written(word: str) -> bool:
    """Jean-Marc, Wai-lun, Ching-sung, Ji-woo: capitalised, lower case after; a hyphenated part may be either."""
    first, *rest = word.split("-")
    return first[:1].isupper() and first[1:].islower() and all(part.isalpha() and part[1:].islower() for part in rest)


def single_name_shaped(word: str, context: ArticleContext, alone: bool = True, courtesy_title: bool = False) -> bool:
    """A capitalised word that may be a name on its own: no ordinary, organisation or title word, no acronym,
    and never part of a longer name in the article; in a German article no German word (:data:`GERMAN_WORDS`)
    unless a courtesy title stands before it (``courtesy_title``: "Herr Schäfer", Schäfer being a shepherd too)."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and word.lower() not in NOT_SINGLE_NAME
        and (word in GIVEN_NAMES or not is_person_cue(word))  # "Freestylerin", "Redakteurin": a role noun by its shape (not "Konstantin")
        and word.lower() not in context.ordinary
        and word not in context.nouns
        and (not alone or word not in context.in_longer_names)
        and not (context.german and not courtesy_title and word not in GIVEN_NAMES and word.lower() in GERMAN_WORDS)
    )


# English makes an adjective of a noun and a participle or an adjective-forming word, hyphenated, and sets it
# before a name: "Tokyo-based Kinoshita Sales", "Oscar-winning Bong Joon-ho", "Ken Ogata-lookalike Shūji
# Kanemoto", "actor-turned-director X". These heads are no syllable of any romanisation a hyphenated given name is
# written in ("Ji-woo", "Wai-lun", "Hsiao-hsien", "Kore-eda"; not "run", which pinyin writes), so the words up to
# one are a description, not the name.
COMPOUND_MODIFIER_HEADS = frozenset(
    """
    based born bred raised led backed funded financed produced owned trained educated turned winning nominated
    lookalike like esque style era inspired themed centric focused obsessed adjacent approved starring directed
    """.split()
)
_COMPOUND_MODIFIER = re.compile(rf"(?<!\S)\S*?-(?:{'|'.join(sorted(COMPOUND_MODIFIER_HEADS))})(?:-\S*)?(?!\S)")


def after_description(name: str) -> int:
    """Where the name proper starts in a run of words a description opens (:data:`COMPOUND_MODIFIER_HEADS`):
    "Ken Ogata-lookalike Shūji Kanemoto" -> 20 ("Shūji Kanemoto"); 0 when none does; ``len(name)`` when the
    description ends the run."""
    last = None
    for last in _COMPOUND_MODIFIER.finditer(name):
        pass
    return len(name) - len(name[last.end() :].lstrip()) if last else 0


def given_name_shaped(word: str) -> bool:
    """Not "Australian-born": a hyphenated given name has capitals or Korean syllables on both sides."""
    return "-" not in word or is_korean_given_name(word) or all(part[:1].isupper() for part in word.split("-"))


def family_name_shaped(word: str) -> bool:
    """Dern, O'Connor, McDowell, Waller-Bridge, De (Niro), de (Burgh): capitalised, then letters."""
    return word in NAME_PARTICLES or is_initial(word) or word[:1].isupper() and any(c.islower() for c in word) and word.replace("'", "").replace("’", "").replace("-", "").isalpha()


# The endings of the nouns and adjectives of nationality, as grammars of the press's languages form them from a
# country's name: English "Taiwanese", "Indonesian", "Korean", "Danish"; French "Taïwanais(e)", "Chinois(e)",
# "Coréen(ne)", "Italien(ne)", "Américain(e)"; German "Japaner(in)", "Italiener", "Chinese/Chinesin". (Not "-i",
# "Israeli": the ending of too many Japanese and Italian given names; not a bare "-er": "Fischer", "Müller".) A
# common given name of that shape ("Julien", "Adrian", "Christian", "François") is a name, and so is a Chinese or
# Korean family name ("Chan", "Kwan", "Yuan", "Han"): both are read so before this is asked.
_DEMONYM_ENDING = re.compile(r"(?:ese|esin|ian|an|ish|ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|aner|anerin|ener|enerin)$")

# A compass word that opens a nationality written as two words: "South Korean", "North Macedonian".
_COMPASS = frozenset("south north east west central".split())


def nationality_before(words: list[str]) -> int:
    """How many words at the start of a run are a nationality before a name (0 if none): "Taïwanais Chen Yu-hsuan"
    -> 1, "South Korean Park Ji-won" -> 2. Only before two words or more that a
    common given name opens or that are a Korean or Sinosphere name by shape; the nationality word is no common
    given name. French makes the nationality a capitalised noun ("le Taïwanais X"), English writes the adjective
    ("Taiwanese X"): either way it is no part of the name (shape: :data:`_DEMONYM_ENDING`)."""
    count = 1 if len(words) > 1 and words[0].lower() in _COMPASS else 0
    word = words[count] if count < len(words) else ""
    if len(words) - count < 3 or word in GIVEN_NAMES or is_chinese_surname(word) or is_korean_surname(word):
        return 0
    if not _DEMONYM_ENDING.search(word.lower()):
        return 0
    rest = words[count + 1 :]
    return count + 1 if rest[0] in GIVEN_NAMES or shaped_prefix(rest) else 0


def shaped_prefix(words: list[str]) -> int:
    """How many words at the start of a run make a Korean or Sinosphere name (0 if none): "Lee Hee-joon Join" -> 2."""
    return next((n for n in (3, 2) if n <= len(words) and (korean_shaped(words[:n]) or sinosphere_shaped(words[:n]))), 0)
