"""The words around a run of capitals that say it names a person: an appositive ("Name, the
director"), an age, speech ("X said"), a possessive before a work or a title, an interview, a list
after "figures such as", "a rapper like X", "X, who".
"""

from __future__ import annotations

import re

from people_films.cues import GERMAN_DETERMINERS, is_person_cue
from people_films.detect.shapes import genitive_shaped
from people_films.detect.words import TITLE_MINOR_WORDS

# Words shortly after "Name, the ..." that say the name was a person. An appositive is a noun phrase, its
# article first: an article further on ("Maple Grove, won the best director prize") follows a verb, and the
# role word is its object's, not the name's.
PERSON_APPOSITIONS = re.compile(
    r"^\s*(?:,|\()\s*(?:the |a |an |our |its )?(?:(?!(?:the|a|an|our|its) )[\w’'-]+ ){0,3}?"
    r"(?:director|filmmaker|actor|actress|star|critic|writer|screenwriter|author|photographer|producer|professor|"
    r"choreographer|visionary|auteur|composer|editor|cinematographer|reporter|correspondent|columnist|ceo|founder|"
    r"co-founder|dancer|singer|songwriter|strategist|analyst|manager|spokesman|spokeswoman|spokesperson|"
    r"chairman|chairwoman|economist|lawyer|attorney|secretary|minister|senator|governor)\b",
    re.IGNORECASE,
)


# "Jella Haase, bekannt aus ...", "Name, best known for ...", "Name, connue pour ...": what someone is known for.
KNOWN_FOR_AFTER = re.compile(
    r"^\s*,\s*(?:(?:best|well|widely|perhaps best)\s+)?(?:known|famous|bekannt|berühmt|connue?|célèbre)\s+(?:for|as|from|als|aus|durch|für|pour|comme)\b",
    re.IGNORECASE,
)


# Interviews name their guest: "In Conversation With X", "im Gespräch mit X", "Entretien avec X", "X im Interview";
# and the celebrity press opens a headline with the speaker, then a quote: "X: „Ich bin nicht perfekt“".
INTERVIEW_BEFORE = re.compile(
    r"(?i:\b(?:interview|interviews|conversation|gespräch|entretien|rencontre|q&a|chat|talk)\s+(?:with|mit|avec))\s+$"
)


INTERVIEW_AFTER = re.compile(r"^\s+(?:im|in|zum)\s+(?:interview|gespräch)\b", re.IGNORECASE)


SPEAKER_THEN_QUOTE = re.compile(r"^\s*:\s*[„“\"«‚‘']")
# What a short quote after the colon holds, up to its closing mark.
_QUOTED_AFTER_COLON = re.compile(r"^\s*:\s*[„“\"«‚‘']([^„“”\"«»‚‘’'\n]{1,80})[“”\"»‘’']")


def speaker_then_quote(after: str) -> bool:
    """Whether ``after`` (the text right after a name) opens a quote after a colon, as the celebrity press
    writes a speaker's headline ("X: „Ich bin nicht perfekt“"). Not when the quote is a title in title
    case, every word capitalised but the minor ones ("Sheffield DocFest Winners: 'The Last Ferry' Takes ...",
    "Special Mention: 'Ghost Tracks' by ..."): a label, then the work it names."""
    if not SPEAKER_THEN_QUOTE.match(after):
        return False
    quoted = _QUOTED_AFTER_COLON.match(after)
    if quoted is None:
        return True
    words = re.findall(r"[^\W\d_][\w’'-]*", quoted.group(1))
    return not words or not all(w[:1].isupper() or w.lower() in TITLE_MINOR_WORDS for w in words)


# "Name, 48," or "Name (48)": an age says a person.
# French and German may write the unit: "Abou Sangaré, 23 ans,", "Jella Haase, 31 Jahre,".
AGE_AFTER = re.compile(r"^\s*(?:,\s*\d{1,3}\s*(?:ans|Jahre|years old)?\s*[,)]|\(\s*\d{1,3}\s*\))")


# "Analyst Rance Pow of Artisan Gateway said": the words after "of", "at", "from" name where the speaker
# works; "said" is the speaker's, not theirs.
OF_BEFORE = re.compile(r"\b(?:of|at|from|von|bei)\s+$")


# "Name, who ...": "who" refers to people ("which" to organisations); "Name plays ..." in film news.
PERSON_CLAUSE_AFTER = re.compile(r"^(?:\s*,\s*who\b|\s+(?:plays|played|portrays|portrayed|directed|co-directed)\b)")


# "X said", "said X", "X told": people speak; organisations rarely do in news prose.
_SPEECH_VERBS = (
    r"(?:said|says|told|added|explained|noted|laughed|recalled|replied|wrote|asked|comments|commented|insisted|admitted|joked|stressed"
    r"|sagte|sagt|erklärte|erklärt|schrieb|schreibt|erzählte|erzählt|betonte|betont|meinte|verkündete|dit|déclare|explique|raconte)"
)


SPEECH_AFTER = re.compile(rf"^['’]?s?\s+(?:\w+ly\s+)?{_SPEECH_VERBS}\b")


SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|asked|sagte|sagt|erklärte|erklärt|schrieb|schreibt|so)\s*$")


# "media figures such as A B, C D and E F": a plural word for people introduces a list of them.
PEOPLE_SUCH_AS = re.compile(
    r"\b(?:people|figures|personalities|celebrities|politicians|stars|actors|actresses|directors|filmmakers|artists|"
    r"singers|musicians|athletes|players|executives|comedians|writers|authors|guests|judges|members)"
    r",?\s+(?:such as|including|like)\s+$"
    r"|\b(?:cast|lineup|jury|guests)\s+(?:that |which )?(?:includes?|including)\s+$"
)


# A single capitalised word that speaks or carries a courtesy title: a family name.
LONE_SPEAKER = (
    re.compile(rf"\b([A-Z][\w’'-]+)(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?:\w+ly\s+)?{_SPEECH_VERBS}\b"),
    re.compile(r"\b(?:said|says|told|sagte|sagt|erklärte|erklärt|schrieb|schreibt)\s+([A-Z][\w’'-]+)\b(?![ ]+[A-Z])"),
    re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+([A-Z][\w’'-]+)\b(?![ ]+[A-Z])"),
    re.compile(r"\b([A-Z][\w’'-]+),\s*\d{1,3}\s*,"),  # "Youn, 76, is ..."
)


POSSESSIVE_THEN_QUOTE = re.compile(r"^['’]s\s+[‘“\"'<〈《„‚]")


# The owner of a work written before its title, the title in quotes or in the next inline (italics, a link):
# "Wim Wenders’ *Perfect Days*", "Greig Fraser's “Dune”"; German joins a genitive "-s" onto the name
# ("Tobias Kratzers *Tannhäuser*", "Til Schweigers „Keinohrhasen“"), which is no part of it.
_OWNER_THEN_QUOTE = re.compile(r"(['’]s?)?[ ]+[‘“\"'<〈《„‚«]")


_OWNER_THEN_INLINE = re.compile(r"(['’]s?)?[ ]*$")


def owner_of_title(text: str, end: int, word: str, title_next: bool, german: bool) -> tuple[bool, int]:
    """Whether the name ending at ``end`` (its last word ``word``) owns the title right after it, and how many
    letters of a German genitive end it (0 or 1)."""
    owner = _OWNER_THEN_QUOTE.match(text, end) or (_OWNER_THEN_INLINE.match(text, end) if title_next else None)
    if owner is None:
        return False, 0
    if owner.group(1):
        return True, 0
    genitive = german and genitive_shaped(word)
    return genitive, int(genitive)


# German writes a name's genitive "-s" before the noun it owns, with no article (Duden, "Genitivattribut",
# the Saxon genitive of proper names): "Gerrit Vollmanns neuer Film", "Ilka Brandts erste Serie". After the
# name: one or two adjectives inflected as after no article (-e, -er, -es, -en, -em), then the noun, capitalised.
_GENITIVE_THEN_NOUN = re.compile(r"^[ ]+((?:[a-zäöüß]+(?:e|er|es|en|em)[ ]+){1,2})[A-ZÄÖÜ]")
# Lower-case words with those endings that are no adjective before a noun: determiners ("sagte X dem Spiegel"),
# conjunctions, prepositions and adverbs, a closed class.
_NOT_ADJECTIVES = GERMAN_DETERMINERS | frozenset("aber oder über unter hinter wieder immer außer wider sondern seither".split())


def genitive_then_noun(after: str) -> bool:
    """Whether ``after`` (the text right after a name) opens the noun phrase a German genitive owns: adjectives then a noun.

    Not a verb in the past ("… sagte Reportern": "-te", unless a superlative or ordinal's "-ste", "erste")."""
    match = _GENITIVE_THEN_NOUN.match(after)
    if match is None:
        return False
    words = match.group(1).split()
    return not any(w in _NOT_ADJECTIVES or (w.endswith(("te", "ten")) and not w.endswith(("ste", "sten"))) for w in words)


# "Kristen Stewart's directorial debut", "Sean Baker's former producer": a person's work or colleague.
POSSESSIVE_THEN_WORK = re.compile(
    r"^['’]s\s+(?:[\w$-]+\s+){0,3}?(?:film|films|movie|debut|comedy|drama|documentary|thriller|feature|series|"
    r"producer|co-star|costar|wife|husband|daughter|son|directorial|latest|new|previous|earlier|epic|sequel|biopic|blockbuster"
    # a film's crafts, as reviews credit them: "Greig Fraser's photography", "Hans Zimmer's score"
    r"|photography|cinematography|camerawork|score|screenplay|script|editing|performance|portrayal|direction)\b"
)


# What follows a name that is an item of a list: the next item, the list's end or the sentence's. Not a
# possessive ("BAE Doona, Udine's festival") nor a closing bracket ("(Nguyen Thi LAN, Vietnam)").
LIST_ITEM_END = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|[.;!?]|$)")


# Between two names of a list, in English, German, French and Spanish: ", ", " and ", ", und ", " et ", " y ".
PEOPLE_LIST_JOIN = re.compile(r",\s*(?:(?:and|und|et|y)\s+)?|\s+(?:and|und|et|y)\s+")


# "a rapper like Fler", "ein Rapper wie Fler", "superstars such as Adele", "un chanteur comme Stromae":
# a role word, then a word of likeness, introduces the person it compares with.
_ROLE_LIKE = re.compile(r"([^\W\d_][\w-]*)\s*,?\s+(?:such as|including|like|wie|etwa|comme)\s+$")


def role_like(before: str) -> bool:
    like = _ROLE_LIKE.search(before)
    if not like:
        return False
    role = like.group(1)
    singular = role[:-1] if role.lower().endswith("s") else role
    return is_person_cue(role) or is_person_cue(singular) or singular.lower().endswith("star")


WHO_AFTER = re.compile(r",\s*(?:who|whose|whom)\b")


# Festival and review credits: a title, then its director in brackets, alone or before the country or the
# year ("'Salt of the Delta' (Nguyen Thi Hoa, Vietnam)", "<Cold Tea> (dir. Chen Yu-hsun)"). Not a country of
# two words in the same place ("(South Korea, 2024)"): these open the country names that are two words.
TITLE_THEN_BRACKET = re.compile(r"[’'”\"»》〉>]\s*\(\s*(?:(?:dir\.|directed by|réal\.|regie:?)\s*)?$", re.IGNORECASE)
CREDIT_BRACKET_END = re.compile(r"\s*(?:,[^()\n]{1,40})?\)")
COUNTRY_OPENERS = frozenset("south north east west united new saudi sri costa puerto el sierra burkina czech dominican ivory hong great".split())


def credited_after_title(before: str, text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` fills the brackets after a title, as festivals credit a
    film's director (see :data:`TITLE_THEN_BRACKET`); ``before`` is the text just before ``start``."""
    return (
        bool(TITLE_THEN_BRACKET.search(before))
        and CREDIT_BRACKET_END.match(text, end) is not None
        and text[start:end].split()[0].lower() not in COUNTRY_OPENERS
    )

