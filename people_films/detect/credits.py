"""Photographers credited in capitals, as agencies and newspapers print them beside a picture:
"PHOTO: JOHN SMITH", "© AFP / JEFF PACHOUD", "Foto: MARKUS SCHÖNFELD/dpa",
"PHOTO : JULIEN LAMBERT / NORD-OUEST FILMS".

A credit line names the agency and the photographer, in any order, set apart by slashes or
commas. A part of two or three words in capitals is the photographer when it reads as a name:
its first word a common given name ("JOHN", "MADDIE"), or a Korean or Chinese name's shape
("WANG ZHAO"), or any name beside a picture agency's ("AFP / KIRILL KUDRYAVTSEV"); "GETTY
IMAGES", "NORD-OUEST FILMS" and "AFP" are none.
"""

from __future__ import annotations

import re

from ingest.credit_shape import PICTURE_AGENCIES
from people_films.detect.shapes import korean_shaped, sinosphere_shaped
from people_films.detect.words import Candidate, Spans, overlaps
from people_films.names import GIVEN_NAMES

# What opens a picture's credit, in English, German and French, up to the end of the line.
_CREDIT = re.compile(
    r"(?:\b(?:PHOTOS?|Photos?|photos?|FOTOS?|Fotos?|Bild|BILD|Cr[ée]dits?(?: photo)?|CR[ÉE]DITS?(?: PHOTO)?|Credit|CREDIT)"
    r"(?:[ \t]*:|[ \t]+(?:by|BY|von|VON|de|DE)\b)|©)([^\n]{1,120})"
)

def on_a_credit_line(text: str, at: int) -> bool:
    """Whether the line of ``text`` holding ``text[at]`` credits a picture ("Photo: IFFR / Ben Houdijk", "Eileen Gu,
    skier. © AFP / Jeff Pachoud"): its slashes and brackets part an agency and a photographer, not a title and a name."""
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _CREDIT.search(text[line_start : len(text) if line_end < 0 else line_end]) is not None


# One part of the credit: two or three words in capitals (accents, hyphens and apostrophes inside words).
_CAPITALS_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){1,2}")

_PART = re.compile(r"[^/,;|()\[\]]+")


def photo_credits(text: str, spans: Spans) -> list[Candidate]:
    """Photographers named in capitals in ``text``'s picture credits (see the module's docstring)."""
    found = []
    for credit in _CREDIT.finditer(text):
        parts = list(_PART.finditer(credit.group(1)))
        agency = any(part.group().strip(" .").lower() in PICTURE_AGENCIES for part in parts)
        for part in parts:
            written = part.group().strip(" .")
            if not _CAPITALS_NAME.fullmatch(written) or written.lower() in PICTURE_AGENCIES:
                continue
            words = [w.capitalize() for w in written.split()]
            if not (agency or words[0] in GIVEN_NAMES or korean_shaped(words) or sinosphere_shaped(words)):
                continue
            start = credit.start(1) + part.start() + part.group().index(written)
            end = start + len(written)
            if not overlaps(start, end, spans):
                found.append(Candidate("person", start, end, written))
                spans.append((start, end))
    return found
