"""Organisations, products and bands, never people: a firm's ampersand ("Barunson E&A"), a
product named after a person ("Kim Tae-yong GPT"), the names an article gives to groups ("the band
X", "the Goo Goo Dolls") and the plural shape of a band's name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from people_films.cues import GROUP_MEMBER_WORDS, GROUP_WORDS
from people_films.detect.vocabulary import GROUP_ENDINGS, NOT_NAME_WORDS, ORGANISATION_WORDS, PRODUCT_WORDS
from people_films.detect.words import FOLLOWING_WORD
from people_films.names import GIVEN_NAMES

if TYPE_CHECKING:  # the context module reads names with this module
    from people_films.detect.context import ArticleContext


# An ampersand between letters makes one word of a firm's name ("Barunson E&A", "AT&T"); a person's name
# never holds one. (Spaced, it may join two people: "Austrofred & Kurt Razelli".)
AMPERSAND_AFTER = re.compile(r"^&\w")


AMPERSAND_BEFORE = re.compile(r"\w&$")


# A run of capitalised words, lower-case joining words allowed inside ("Sophie and the Giants", "Wir sind Helden" is cut at "sind").
_CAPITALISED_RUN = r"([A-ZÄÖÜ][\w’'&+-]*(?:[ ](?:[A-ZÄÖÜ][\w’'&+-]*|(?:of|the|and|und|et|de)(?=[ ][A-ZÄÖÜ]))){0,5})"


_GROUP_NAMED = re.compile(
    r"\b(?i:" + "|".join(sorted(GROUP_WORDS)) + r"|(?:" + "|".join(sorted(GROUP_MEMBER_WORDS)) + r")\s+(?:of|von|der|de|du|des)(?:\s+the)?)"
    r"\s+" + _CAPITALISED_RUN
)


# "the Goo Goo Dolls", "the Rolling Stones": a plural name after "the" names a group (or a family: "the Kardashians").
_THE_PLURAL = re.compile(r"\bthe[ ]+((?:[A-Z][\w’'-]*[ ]){0,4}[A-Z][\w’'-]*[^sS\W]s)\b")


def groups_in(text: str) -> frozenset[str]:
    """Names the text gives to groups (see :attr:`ArticleContext.groups`)."""
    names = (match.group(1) for pattern in (_GROUP_NAMED, _THE_PLURAL) for match in pattern.finditer(text))
    # "Sänger der Band Tokio Hotel": German capitalises the group word too; the name is what follows it.
    return frozenset(name.split(" ", 1)[1] if name.split(" ", 1)[0].lower() in GROUP_WORDS and " " in name else name for name in names)


def names_a_product(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the first part of a product's name ("Kim Tae-yong GPT")."""
    following = FOLLOWING_WORD.match(text, end)
    return bool(following) and following.group(1).lower() in PRODUCT_WORDS


def ends_with_group(name: str, groups: frozenset[str]) -> bool:
    words = name.split()
    return any(" ".join(words[i:]) in groups for i in range(len(words)))


def band_shaped(words: list[str], context: ArticleContext) -> bool:
    """"Goo Goo Dolls", "Imagine Dragons": bands are named in the plural, after a word that is no given name
    (three words, or an ordinary word of the article first: "Pat Simmons" keeps a short given name)."""
    last = words[-1]
    if last.lower() in GROUP_ENDINGS:
        return True  # "Kelly Family", "Doobie Brothers"
    plural = len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "ys"))
    return plural and words[0] not in GIVEN_NAMES and (len(words) >= 3 or words[0].lower() in context.ordinary)


COMPANY_FORMS = frozenset("GmbH AG KG SE Inc Ltd LLC PLC Plc Corp SA".split())


# The head of an organisation's or a place's name, then "of": what follows is the rest of that name ("the
# Academy of Fine Arts", "University of Chicago", "Museum of Modern Art", "Bank of America").
_ORGANISATION_OF = re.compile(r"\b([A-Z][\w’'-]*)\s+(?:of|of the|for|for the)\s+$")


# A noun for a firm right before a name, as an appositive: "the production company Nova Lichtspiel",
# "die Wiener Firma Nova Lichtspiel", "la société Nord Films". What follows is the firm's name, whatever its
# first word is (a given name: "Nova", "Rosa"). English, German and French.
_COMPANY_NOUN = re.compile(
    r"\b(?:company|firm|distributor|(?:Produktions|Verleih)?[Ff]irma|Produktionsfirma|Filmverleih|Verleih|Unternehmen|Konzern"
    r"|société|maison de production)\s+$"
)


def organisation_named_before(before: str) -> bool:
    """Whether ``before`` (the text right before a run of capitals) ends with an organisation's head and "of"
    ("the Academy of"), or with a noun for a firm ("die Firma")."""
    if _COMPANY_NOUN.search(before):
        return True
    head = _ORGANISATION_OF.search(before)
    return bool(head) and (head.group(1).lower() in NOT_NAME_WORDS or head.group(1).lower() in ORGANISATION_WORDS)
