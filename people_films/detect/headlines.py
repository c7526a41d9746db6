"""Headlines: lines in headline case (every word capitalised, so a capital says nothing there),
the words a headline capitalises that no name holds, and the interview headline that names its film and
its guest ("Night Tide: An Interview with Nora Field").
"""

from __future__ import annotations

import re

from people_films.detect.words import LOOK_CHARS, TITLE_MINOR_WORDS, Candidate, Spans, overlaps, title_case
from people_films.names import GIVEN_NAMES

# Auxiliary verbs a headline or a song's title capitalises ("Taylor Swift Is Back"); no name holds one. Not "May",
# "Will", "Can", "Do": family and given names too.
# German's formal pronouns are capitalised too ("@Gregor Tobias Sie hat ..."): they end a name as well.
AUXILIARY_VERBS = frozenset("is are was were been has have had does did would could should must ist sind war hat est sont sie ihnen".split())


# Joining words a headline capitalises, in English, German and French: never part of a person's name.
HEADLINE_JOINS = frozenset("And Or As With In To Of For At On From After Before Into Vs Versus Und Oder Mit Et Avec".split())


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def in_headline(text: str, at: int) -> bool:
    """Whether the line around ``at`` is written in headline case: four words or more within
    :data:`LOOK_CHARS` either side, each capitalised but the minor words of a title. Initials are no
    words here: "By J.R. Stone" is a byline of two words and a name's initials, not a headline."""
    window = text[max(0, at - LOOK_CHARS) : at + LOOK_CHARS]
    cut = at - max(0, at - LOOK_CHARS)
    line = window[window.rfind("\n", 0, cut) + 1 :].split("\n", 1)[0]
    words = [w for w in _HEADLINE_WORD.findall(line) if len(w) > 1]
    return len(words) >= 4 and all(w[:1].isupper() or w.lower() in TITLE_MINOR_WORDS for w in words)


# The headline of an interview: "Night Tide: An Interview with Nora Field".
_INTERVIEW_HEADLINE = re.compile(
    r"^\s*(?P<film>[^:\n]{1,80}?)\s*:\s+(?:an?\s+)?(?:interview|conversation|talk|chat|q&a|in conversation)\s+with\s+"
    r"(?P<person>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3})\s*$",
    re.IGNORECASE,
)


def interview_headline(text: str, spans: Spans) -> list[Candidate]:
    match = _INTERVIEW_HEADLINE.match(text)
    if not match:
        return []
    found = []
    for kind, group in (("film", "film"), ("person", "person")):
        start, end = match.span(group)
        if not overlaps(start, end, spans) and title_case(match.group(group)):
            found.append(Candidate(kind, start, end, match.group(group)))
            spans.append((start, end))
    return found


# A speaker's label in capitals at the start of a line, then a colon, as interview transcripts and
# celebrity round-ups set them ("ALEXANDRIA DOUZIECH: I try to ...", "KARLA TARAZONA: POR SER FAN ...").
_SPEAKER_LABEL = re.compile(r"(?m)^[ \t‘'“\"]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){1,2})[ \t]*:")


def speaker_labels(text: str, spans: Spans) -> list[Candidate]:
    """People named by a speaker's label in capitals (:data:`_SPEAKER_LABEL`): two or three words, the first a
    common given name ("KARLA", read as "Karla"), so that a label such as "UPDATE:" or "L.A. WEEKLY:" is none."""
    found = []
    for label in _SPEAKER_LABEL.finditer(text):
        words = label.group(1).split()
        start, end = label.span(1)
        if words[0].capitalize() in GIVEN_NAMES and not overlaps(start, end, spans):
            found.append(Candidate("person", start, end, label.group(1)))
            spans.append((start, end))
    return found
