"""Story characters, never people: "plays X", "the role of X", "X (played by Y)", German roles
played with the verb last, a character's actor in brackets, a quoted character after a role, and a
name alone in quotes (a nickname or persona).
"""

from __future__ import annotations

import re

from ingest.sentences import WINDOW_CHARS
from people_films.detect.shapes import korean_shaped, sinosphere_shaped
from people_films.names import GIVEN_NAMES, fold

# "X (played by Y)", "X, played by Y", German "X, gespielt von Y" / "dargestellt von": X is a character.
PLAYED_BY = re.compile(
    r"^\s*[(,]\s*(?:who is\s+)?(?:played|portrayed|voiced|gespielt|dargestellt|verkörpert|incarnée?|jouée?)\s+(?:by|von|par)\b",
    re.IGNORECASE,
)


# A story character: "plays Mi-ja", "the role of Seong Gi-hun", "<actor> as police officer Hwang Jun-ho".
CHARACTER_BEFORE = re.compile(
    r"(?:\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying|voices|voiced|role of|roles of|character of|character"
    # German and French: "in die Rolle des Philipp", "spielt Ana", "verkörpert", "joue", "incarne", "le rôle de"
    r"|Rolle|Rollen|spielt|spielte|verkörpert|verkörperte|mimt|mimte|rôle|joue|jouait|incarne|incarnait)"
    r"|\b(?:returns|return|returning|stars|starring|appears|appearing|reprises|cast|joins|joined|join)(?:\s+\w+\s+role)?\s+as"
    r"|[A-Z][\w’'-]*\s+as)\s+(?:(?!(?:alongside|opposite|with|against|for|under|by|in|at|on|from)\b)[a-z][\w-]*\s+){0,4}$"
    # "return as Nezha's parents, Li Jing and ...", "as Ne Zha's parents": the characters another one is kin to
    r"|\bas\s+(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s\s+[a-z][\w-]*,?\s+$"
)
# (Up to four words between the verb and the role: "played the former kamikaze pilot Koichi Shikishima".)


# Between two characters of one list: ", ", " and ", and a kin or companion word after a possessive
# ("played the pilot Koichi Shikishima and his companion Noriko Oishi"): the second is a character too.
CHARACTER_LIST_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+and\s+(?:his|her|their)\s+[a-z]+\s+")


def names_a_character(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``text[start:end]`` are a story's character by the words around
    them: a verb of playing or "as" before (:data:`CHARACTER_BEFORE`), "(played by" after (:data:`PLAYED_BY`)."""
    before = text[max(0, start - 60) : start]
    if before.rstrip().lower().endswith("played by"):
        return False
    return bool(CHARACTER_BEFORE.search(before) or PLAYED_BY.match(text[end : end + 60]))


# German puts the verb last in a relative clause: "Barbara Wussow, die Hoteldirektorin Hanna Liebhold spielt, ...":
# a name right before "spielt" and the clause's end is the role played (in a main clause an object follows the verb).
CHARACTER_VERB_LAST = re.compile(r"^\s+(?:spielt|spielte|verkörpert|verkörperte|mimt|mimte|gespielt hat|verkörpert hat)\s*[,.;)–]")


# Between a German verb of playing and the role: a year and a capitalised role noun ("spielt seit 2019 Kapitän Max Parger").
GERMAN_ROLE_PLAYED = re.compile(r"\b(?:spielt|spielte|verkörpert|verkörperte|mimt|mimte)\s+(?:(?:seit|ab|von|bis)\s+\d{4}\s+)?(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+$")


# "Eleni Schwarzbach (Dorothée Neff, 35)": the celebrity press gives a character's actor, with an age, in
# brackets after the character; the name in brackets is a person (a given name, a Korean or Chinese
# name's shape, or an age say so), and is no other spelling of the first. A review may go on inside the
# brackets after a comma, in lower case: "her husband Frank (Timothy Spall, seen only in flashbacks)"
# (not a list of names: "producer Dario Fenwick (Sheryl Vance, Miley Carrow)").
_ACTOR_IN_BRACKETS = re.compile(r"^\s*\(\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*(?:(,\s*\d{1,3}\s*)\)|\)|,\s*[a-z])")


def actor_in_brackets(name: list[str], after: str) -> bool:
    bracket = _ACTOR_IN_BRACKETS.match(after)
    if not bracket:
        return False
    actor = bracket.group(1).split()
    if {fold(w) for w in actor} & {fold(w) for w in name}:
        return False  # "Wai-lun CHAN (Chan Wai-lun)": the same name, spelt again
    return bool(bracket.group(2)) or actor[0] in GIVEN_NAMES or korean_shaped(actor) or sinosphere_shaped(actor)


# A role before the quotes: the quoted name is a story's character ("Jan Brandtner als „Kommissar Falk“",
# "die Rolle der intriganten „Vera von Hallstein“", "stars as “Big Jim”"), up to two words between
# (not a place: "spielte in „...“" names the film).
CHARACTER_QUOTED = re.compile(
    r"(?:\b(?:[A-Z][\w’'-]+|stars|starring|cast|appears|returns|bekannt|known)\s+(?:as|als)"  # a name "as": not "such as"
    r"|\b(?:plays|played|playing|portrays|portrayed|spielt|spielte|verkörpert|verkörperte)"
    r"|\b(?:role|[Rr]olle|character|[Cc]harakter|[Ff]igur)(?:\s+(?:of|des|der|von))?)"
    r"\s+(?:(?!(?:in|im|at|from|aus|bei|für|for|with|mit|the|a|an|der|die|das|den|dem|einem|einer|[Ff]ilm|[Ss]erie|series)\b)[\w-]+\s+){0,2}$"
)


# A sentence that gives its characters' names ("The protagonists' names are 'Anna' and 'Hoon'", "the
# characters are named 'Ilse' and 'Tomo'"): the quoted single words after it in the sentence are theirs.
# Not "the protagonist of": what follows that is the story's title.
_CHARACTERS_NAMED = re.compile(
    r"\b(?:protagonist|character|hero|heroine|lead)s?(?:['’]s?)?\s+(?:names?\b|(?:are|is|were|was)\s+(?:named|called)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"'‘])")


def named_as_characters(text: str, start: int) -> bool:
    """Whether the sentence of ``text`` up to ``start`` says it gives its story characters' names
    (:data:`_CHARACTERS_NAMED`): a quoted single word at ``start`` is a character's name, no film."""
    # The sentence is looked for within the window a mention's sentence is shown in: from the text's
    # start, each quoted word of a long paragraph scanned all before it again (quadratic).
    window = max(0, start - WINDOW_CHARS)
    sentence_start = max((end.end() for end in _SENTENCE_END.finditer(text, window, start)), default=window)
    return _CHARACTERS_NAMED.search(text, sentence_start, start) is not None


# A name that fills a pair of quotes, a comma or full stop inside them allowed.
QUOTED_WHOLE = re.compile(r"^[“\"'‘„‚«].*[^,.][,.]?[”\"'’“‘»]", re.DOTALL)


# French sets a space (often a no-break one) inside its guillemets: « Les Enfants ».
_GUILLEMETS_AROUND = re.compile(r"«[ \u00a0\u202f]?$")
_GUILLEMETS_CLOSE = re.compile(r"^[ \u00a0\u202f]?»")


def fills_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a pair of quotes (a comma or full stop inside them allowed),
    guillemets with their French spaces included."""
    if QUOTED_WHOLE.match(text[max(0, start - 1) : end + 2]):
        return True
    return bool(_GUILLEMETS_AROUND.search(text[max(0, start - 2) : start]) and _GUILLEMETS_CLOSE.match(text[end : end + 2]))
