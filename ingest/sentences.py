"""Sentence boundaries: the sentence a mention is quoted in (people and films), and whether a full stop
ends a sentence (the card summary)."""

from __future__ import annotations

import re

from people_films.names import GIVEN_NAMES

# A sentence ends at . ! ? (or the CJK full stop), possibly followed by a
# closing quote or bracket, before white space and a capital, digit, quote or
# Hangul; not at the full stop of an abbreviation English writes before a name,
# a number or a day ("Dr. Kim", "Typhoon Signal No. 8", "Aug. 12"), nor at the last of "a.k.a." before another
# name of the same person ("Lee Han-gyeol (a.k.a. Harry Lee)"), nor at a name's initial after a given name,
# another initial or a word in lower case ("Justin H. Min", "J. R. R. Tolkien", "by J. Kim"; "Plan B. The firm"
# ends one).
_BOUNDARY = re.compile(r"(?<=[.!?。])[’”\"')\]]*\s+(?=[“\"‘'(\[A-Z0-9\uac00-\ud7a3])")
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Jr|Sr|No|Nos|Vol|Vols|Pt|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[aA]\.[kK]\.[aA])\.$"
)
MAX_SENTENCE_CHARS = 400
# Only this much text on either side is looked at: a sentence is shown clipped
# to MAX_SENTENCE_CHARS anyway, and a mention in a paragraph of thousands of
# names must cost the same as one in a short paragraph (linear-time detection).
WINDOW_CHARS = 2 * MAX_SENTENCE_CHARS


def sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` that holds the character at ``offset`` (at most WINDOW_CHARS either side)."""
    if len(text) > 2 * WINDOW_CHARS:
        low = max(0, offset - WINDOW_CHARS)
        text, offset = text[low : offset + WINDOW_CHARS], offset - low
    start = 0
    for match in _BOUNDARY.finditer(text):
        if stops_no_sentence(text, match.start()):
            continue
        if match.end() > offset:
            return _clip(text[start : match.start() + 1].strip(), offset - start)
        start = match.end()
    return _clip(text[start:].strip(), offset - start)


def stops_no_sentence(text: str, end: int) -> bool:
    """Whether the full stop that ``text[:end]`` ends with (closing quotes aside) closes an abbreviation
    ("Nov.", "Dr.") or a name's initial ("Justin H.") rather than a sentence (see _BOUNDARY)."""
    return bool(_ABBREVIATION.search(text, max(0, end - 7), end)) or _is_initial(text, end)


_INITIAL = re.compile(r"(?:^|(?<=\s))(?P<before>\S+)\s+[A-Z]\.$")


def _is_initial(text: str, stop: int) -> bool:
    """Whether the full stop ending at ``stop`` closes a name's initial: a capital letter alone after a given
    name, another initial or a word in lower case (see _BOUNDARY)."""
    match = _INITIAL.search(text, max(0, stop - 40), stop)
    if match is None:
        return False
    before = match["before"].strip("(\"“‘'")
    return before in GIVEN_NAMES or bool(re.fullmatch(r"[A-Z]\.", before)) or before[:1].islower()


def _clip(sentence: str, offset: int) -> str:
    """Keep long run-on "sentences" readable: a window around the mention."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return sentence
    half = MAX_SENTENCE_CHARS // 2
    begin = max(0, min(offset - half, len(sentence) - MAX_SENTENCE_CHARS))
    piece = sentence[begin : begin + MAX_SENTENCE_CHARS]
    return ("…" if begin else "") + piece.strip() + ("…" if begin + MAX_SENTENCE_CHARS < len(sentence) else "")
