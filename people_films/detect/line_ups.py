"""A festival's line-up: a section's films listed a line each, each title with its director in brackets before the
country or the year ("The Plague (Lee Ji-eun, South Korea)", "Salt (Ana Ruiz, Chile, 2025)"), or after a slash ("The
Plague / Lee Ji-eun"), as festivals and trade papers print them. Two such lines or more, one after the other: one
alone is as often a caption, a credit or a duet ("Marvin Gaye / Tammi Terrell").
"""

from __future__ import annotations

import re

from babel import Locale

from people_films.cues import is_event_head, is_film_word
from people_films.detect.vocabulary import NOT_NAME_WORDS, ORGANISATION_WORDS

# A title's credit in brackets: the director, a comma, the country or the year ("(Ana Ruiz, Chile, 2025)").
_BRACKETED_CREDIT = r"\((?P<credit>[^()\n,]{3,40}),(?P<place>[^()\n]{1,40})\)"
# The countries a line-up names, as the languages of the press here write them: CLDR's territory names (babel,
# pinned), the two-letter codes only (no continents, "001"), and the abbreviations festivals print for the two
# countries CLDR names in full. A review's quote is credited to its critic and paper ("(Peter Bradshaw, The
# Guardian)"), which is no country nor year.
_PRESS_LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt")
_COUNTRIES = frozenset(
    name.lower() for language in _PRESS_LANGUAGES for code, name in Locale(language).territories.items() if code.isalpha()
) | {"usa", "us", "uk"}
_YEAR = re.compile(r"(?:19|20)\d\d")
LINE_UP_LINE = re.compile(
    r"^[ \t]*(?P<title>[A-Z0-9][^()\n/]{0,80}?)[ \t]*"
    r"(?:" + _BRACKETED_CREDIT + r"|[ \t]/[ \t](?P<slashed>[^()\n/]{3,40}?))[ \t]*$",
    re.MULTILINE,
)
_CREDIT_AFTER = re.compile(r"[ \t]*" + _BRACKETED_CREDIT)
_CREDITED_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3}")


def names_a_director(credit: str) -> bool:
    """Whether ``credit`` is shaped as a person's name: two to four capitalised words, none a word of an
    organisation, an event or film talk ("Busan Film Festival", "Korean Film Council")."""
    words = credit.split()
    return bool(_CREDITED_NAME.fullmatch(credit.strip())) and not any(
        w.lower() in NOT_NAME_WORDS or w.lower() in ORGANISATION_WORDS or is_film_word(w) or is_event_head(w) for w in words
    )


def names_a_place_or_year(place: str) -> bool:
    """Whether ``place``, what a bracketed credit holds after the director's comma, opens with a country
    (:data:`_COUNTRIES`) or a year: "Chile, 2025", "2024", "South Korea"; not "The Guardian", "Seoul"."""
    first = place.split(",", 1)[0].strip()
    return bool(_YEAR.fullmatch(first)) or first.lower() in _COUNTRIES


def credited_after(text: str, pos: int) -> bool:
    """Whether a bracket crediting a director before a country or a year follows ``pos`` in ``text`` (a title's
    closing quote: "'Halcyon' (Tomas Varga, Hungary)"), as a line-up credits each title."""
    credit = _CREDIT_AFTER.match(text, pos)
    return bool(credit) and names_a_director(credit.group("credit")) and names_a_place_or_year(credit.group("place"))


def line_up_lines(text: str) -> frozenset[str]:
    """The lines of ``text`` (a whole article) that are :data:`LINE_UP_LINE`\\ s crediting a director, each beside
    another (only blank space between them), stripped. Linear: one regex scan."""
    lines = [
        m for m in LINE_UP_LINE.finditer(text)
        if names_a_director(m.group("credit") or m.group("slashed")) and (m.group("slashed") or names_a_place_or_year(m.group("place")))
    ]
    found = set()
    for before, after in zip(lines, lines[1:], strict=False):
        if not text[before.end() : after.start()].strip():
            found.update((before.group().strip(), after.group().strip()))
    return frozenset(found)
