"""Photographers named in a picture's credit: "© AFP / JEFF PACHOUD", "Foto: dpa / Kay Nietfeld".

News and celebrity pages credit a picture with its agency, a slash, then the
photographer, often in capitals. The credit is the cue: the last part after
the slash, two or three words opened by a common given name, is a person
unless a word says it is an agency or archive ("GETTY IMAGES", "picture alliance").
"""

from __future__ import annotations

import re

from people_films.detect.vocabulary import NOT_NAME_WORDS
from people_films.detect.words import Candidate, Spans, overlaps
from people_films.names import GIVEN_NAMES, is_chinese_surname, is_korean_surname

# The copyright sign, or a credit word and a colon, then up to three parts each closed by a slash (no
# digits: "© 2024 Acme / ..." is a rights notice), then the part checked. Each part's end is its slash:
# one way to match, linear in the text.
_CREDIT = re.compile(
    r"(?:©|\b(?:[Ff]otos?|[Pp]hotos?|[Bb]ild(?:er)?|[Cc]redits?)\s*:)"
    r"[ \t]*(?:[^/\n©:\d]{1,40}/[ \t]*){1,3}"
    r"(?P<name>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+){1,2})[ \t]*(?=$|[\n.,;)|])",
    re.MULTILINE,
)

# Words of agencies' and archives' names, never a photographer's: they come last in a credit too
# ("© Getty Images", "Foto: IMAGO / Future Image", "picture alliance"), on top of the organisation words.
AGENCY_WORDS = frozenset("images image picture pictures alliance photo photos foto fotos stock archive archiv collection handout private privat".split())


def photo_credits(text: str, spans: Spans) -> list[Candidate]:
    """Photographers named last in the credits of ``text`` (:data:`_CREDIT`), outside ``spans``.

    Two or three words, each capitalised or all in capitals, none an agency or organisation word, the
    first a common given name or a Chinese or Korean family name.
    """
    found = []
    for credit in _CREDIT.finditer(text):
        words = credit.group("name").split()
        start, end = credit.span("name")
        if any(not w[:1].isupper() or w.lower() in AGENCY_WORDS or w.lower() in NOT_NAME_WORDS for w in words):
            continue
        if not (words[0].capitalize() in GIVEN_NAMES or is_chinese_surname(words[0]) or is_korean_surname(words[0])):
            continue  # a channel or a brand credited last ("© HBO / Sky Atlantic", "Netflix / Prime Video")
        if not overlaps(start, end, spans):
            found.append(Candidate("person", start, end, credit.group("name")))
            spans.append((start, end))
    return found
